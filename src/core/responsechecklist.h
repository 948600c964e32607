#pragma once

#include <QList>
#include <QString>

namespace vigie {

// One step of the response to a compromised customer (seed 000, "what to do
// if an Azure subscription was compromised"). `key` is stable (stored ticks
// refer to it); `label` is translated.
struct ChecklistItem
{
    QString key;
    QString label;
};

// The steps in the order the guide gives them; labels in the current
// language (context "ResponseChecklist").
QList<ChecklistItem> responseChecklistItems();

} // namespace vigie
