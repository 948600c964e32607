#include "store/transaction.h"

#include "store/database.h"

namespace vigie::store {

Transaction::Transaction(Database &db, Kind kind) : m_db(db)
{
    m_begin = m_db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    m_active = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_begin.ok()
                   ? Status(Error::make(Error::Kind::Generic, QStringLiteral("no transaction")))
                   : m_begin;
    Status s = m_db.exec("COMMIT");
    if (s)
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_db.exec("ROLLBACK");
        m_active = false;
    }
}

} // namespace vigie::store
