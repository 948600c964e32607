#pragma once

#include "core/result.h"

namespace vigie::store {

class Database;

// Begins in the constructor; rolls back in the destructor unless commit()
// succeeded. Never throws. `Immediate` takes the write lock up front, so two
// processes cannot both start a migration or a page write.
class Transaction
{
public:
    enum class Kind
    {
        Deferred,
        Immediate
    };
    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN itself failed (e.g. the database stayed locked).
    bool isActive() const { return m_active; }
    const Status &beginStatus() const { return m_begin; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    Status m_begin;
    bool m_active = false;
};

} // namespace vigie::store
