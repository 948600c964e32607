#pragma once

// Internal to the detection engine: a rule's conditions against one event.

#include "analytics/eventdata.h"

namespace vigie::analytics::detail {

// Evaluates conditions (detections.md §1.1 and the extras of the README)
// against `ev`; `elem` is the array element of anyItem/allItems (path `@`).
struct Evaluator
{
    EventData &ev;
    const ResolvedSettings &settings;

    const ValueList *settingList(int slot) const
    {
        return slot >= 0 ? &settings.lists[size_t(slot)] : nullptr;
    }

    Val get(const Path &p, const QJsonValue *elem)
    {
        if (elem)
            return Val::json(lookup(*elem, p));
        return ev.value(p);
    }

    QJsonValue getArray(const Path &p, const QJsonValue *elem)
    {
        if (elem)
            return lookup(*elem, p);
        return ev.jsonValue(p);
    }

    template <typename F> bool anyList(const Condition &c, F &&f)
    {
        if (f(c.literal))
            return true;
        if (const ValueList *l = settingList(c.settingSlot))
            return f(*l);
        return false;
    }

    bool matchOne(const Condition &c, const Val &v, const QJsonValue *elem);
    bool eval(const Condition &c, const QJsonValue *elem = nullptr);
};

} // namespace vigie::analytics::detail
