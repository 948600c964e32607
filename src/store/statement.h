#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace vigie::store {

// One prepared statement. Typed binds (1-based, as in SQLite), step, typed
// column reads (0-based). Non-copyable; finalized on destruction.
class Statement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    Statement(sqlite3 *db, sqlite3_stmt *stmt, QByteArray sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const char16_t *value) { return bind(index, QStringView(value)); }
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    Statement &bindBool(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }

    Step step();
    // Runs a statement that returns no rows; resets it afterwards.
    Status exec();
    void reset(); // also clears bindings

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step/reset; a null view
    // for SQL NULL.
    QByteArrayView textView(int column) const;
    QByteArray textUtf8(int column) const;
    int columnCount() const;

    // Error of the last step/exec, with the statement text for logs.
    Error lastError() const;
    const QByteArray &sql() const { return m_sql; }

private:
    void noteBindResult(int rc);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    QByteArray m_sql;
    int m_bindError = 0;
};

} // namespace vigie::store
