#pragma once

#include "sim/world.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>

namespace vigie::sim {

// One injected log event with its hidden label (detections.md §7). The label
// stays outside the event payload: `event` is exactly what Graph would send.
struct LabeledEvent
{
    QString stream;    // "signIns" | "directoryAudits"
    QJsonObject event; // Graph v1.0 shape (plus beta fields where a rule needs them)
    QString ruleId;    // rule the label is about ("" = filler, e.g. baseline history)
    bool fire = false; // true: a finding of ruleId must contain event["id"]
};

struct ScenarioSet
{
    QList<LabeledEvent> events; // sorted by event time
    QJsonObject settings;       // per-customer rule settings (detections.md §2) to apply first
};

// Must-fire cases and decoys for every rule of the detection catalog
// (detections.md §6/§7) for one customer tenant, placed between `start` and
// `end` (UTC; about 60 days are needed, the cases are packed from `start` and
// may run past a shorter `end`). Deterministic for a given seed. Subjects
// (users, IPs, actors) never collide with the background world's.
ScenarioSet generateScenarios(quint64 seed, const QString &customerTenantId, const QDateTime &start,
                              const QDateTime &end);

// The cases of one customer as the world keeps them (events packed, labels
// as manifest "detections" entries {ruleId, customer, eventIds, fire}, the
// settings), built without a World: safe on any thread, so the world builds
// several customers' cases beside each other and beside its server.
// `cancel` stops early (the answer is then incomplete and thrown away).
struct PackedScenarios
{
    World::PackedEvents signIns;
    World::PackedEvents audits;
    QJsonArray labels;
    QJsonObject settings;
    int events = 0;
};
PackedScenarios packScenarios(quint64 seed, const QString &customerTenantId, const QDateTime &start,
                              const QDateTime &end, const std::atomic<bool> *cancel = nullptr);

// Wires the cases into a generated world through its injection hook: events
// per stream, settings per customer, and one manifest "detections" entry per
// label {ruleId, customer, eventIds, fire}. Returns the number of events.
int injectScenarios(World &world, quint64 seed, const QString &customerTenantId,
                    const QDateTime &start, const QDateTime &end);

} // namespace vigie::sim
