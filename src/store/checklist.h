#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace vigie::store {

class Database;

// The analyst's ticks on a customer's response checklist
// (core/responsechecklist.h): shown after an action and in the case report.
struct ChecklistTick
{
    QString itemKey;
    bool done = false;
    qint64 atMs = 0;
    QString by;
};

// Every tick stored for the customer (items never ticked are absent), in
// item-key order.
Result<QList<ChecklistTick>> checklistTicks(Database &db, const QString &customerId);
// Ticks or unticks one item, and records it in the activity trail, in one
// transaction.
Status setChecklistTick(Database &db, const QString &customerId, const QString &itemKey, bool done,
                        qint64 atMs, const QString &by);

} // namespace vigie::store
