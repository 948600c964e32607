#include "store/statement.h"

#include "store/sqlerror.h"

#include <sqlite3.h>

namespace vigie::store {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, QByteArray sql)
    : m_db(db), m_stmt(stmt), m_sql(std::move(sql))
{}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::noteBindResult(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0)
        m_bindError = rc;
}

Statement &Statement::bind(int index, qint64 value)
{
    noteBindResult(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBindResult(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    noteBindResult(sqlite3_bind_text64(m_stmt, index, utf8.constData(), utf8.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        return bindNull(index);
    noteBindResult(sqlite3_bind_text64(m_stmt, index, utf8.constData(), utf8.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    noteBindResult(
        sqlite3_bind_blob64(m_stmt, index, value.constData(), value.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    noteBindResult(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement::Step Statement::step()
{
    if (m_bindError != 0) {
        if (!m_error)
            m_error = sqlError(m_db, m_bindError, SqlFailure::Update, QString(), m_sql);
        return Step::Error;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    m_error = sqlError(m_db, rc, SqlFailure::Update, QString(), m_sql);
    return Step::Error;
}

Status Statement::exec()
{
    Step s = step();
    while (s == Step::Row)
        s = step();
    Status result;
    if (s == Step::Error)
        result = lastError();
    reset();
    return result;
}

Status Statement::finish()
{
    Status result;
    if (m_error)
        result = *m_error;
    reset();
    return result;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
    m_error.reset();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::textView(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::textUtf8(int column) const
{
    return textView(column).toByteArray();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

Error Statement::lastError() const
{
    if (m_error)
        return *m_error;
    // Not from a failed step (e.g. asked before stepping): described, not logged again.
    return sqlError(m_db, m_bindError ? m_bindError : sqlite3_errcode(m_db), SqlFailure::Update,
                    QString(), m_sql, {}, SqlLog::No);
}

} // namespace vigie::store
