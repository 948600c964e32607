#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace vigie::store {

// One prepared statement. Typed binds (1-based, as in SQLite), step, typed
// column reads (0-based). Non-copyable; finalized on destruction.
//
// Reading rows:
//     for (const Statement &row : st->rows())
//         out << row.text(0);
//     if (Status s = st->finish(); !s)
//         return s.error();
// or, in one call, `Status s = st->forEachRow([&](const Statement &row) { ... });`.
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

    // Input iterator over the rows of one execution: each increment steps;
    // iteration ends at the last row or at the first failed step (see finish()).
    class RowIterator
    {
    public:
        explicit RowIterator(Statement *st) : m_st(st) {}
        const Statement &operator*() const { return *m_st; }
        RowIterator &operator++()
        {
            if (m_st->step() != Step::Row)
                m_st = nullptr;
            return *this;
        }
        bool operator!=(const RowIterator &other) const { return m_st != other.m_st; }
        bool operator==(const RowIterator &other) const { return m_st == other.m_st; }

    private:
        Statement *m_st;
    };
    class Rows
    {
    public:
        explicit Rows(Statement *st) : m_st(st) {}
        // Steps to the first row.
        RowIterator begin() { return m_st->step() == Step::Row ? RowIterator(m_st) : end(); }
        RowIterator end() { return RowIterator(nullptr); }

    private:
        Statement *m_st;
    };
    // The rows of the next execution, for a range-for; call finish() afterwards.
    Rows rows() { return Rows(this); }
    // After reading rows: the error if the last step failed, and reset (bindings cleared).
    Status finish();
    // Calls onRow(const Statement &) for every row, then finish().
    template <typename F> Status forEachRow(F &&onRow)
    {
        for (const Statement &row : rows())
            onRow(row);
        return finish();
    }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step/reset; a null view
    // for SQL NULL.
    QByteArrayView textView(int column) const;
    QByteArray textUtf8(int column) const;
    int columnCount() const;

    // Error of the last failed step/exec (already logged), with the statement
    // text in its detail.
    Error lastError() const;
    const QByteArray &sql() const { return m_sql; }

private:
    void noteBindResult(int rc);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
    QByteArray m_sql;
    int m_bindError = 0;
    std::optional<Error> m_error; // of the last failed step, until reset()
};

} // namespace vigie::store
