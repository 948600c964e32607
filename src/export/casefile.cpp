#include "export/casefile.h"

#include "analytics/detectionservice.h"
#include "analytics/findingstore.h"
#include "analytics/rules.h"
#include "core/responsechecklist.h"
#include "store/checklist.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace vigie::exporting {

QMap<int, QMap<QString, int>> CaseFile::alertsPerDay() const
{
    QMap<int, QMap<QString, int>> out;
    for (const AlertEntry &a : alerts) {
        const int day = toDayNumber(fromEpochMs(a.alert.detectedAtMs).date());
        if (a.alert.detectedAtMs > 0 && day >= firstDay && day <= lastDay)
            ++out[day][a.alert.severity];
    }
    return out;
}

Result<CaseFile> collectCaseFile(store::Database &db, const QString &customerId,
                                 const QString &language,
                                 const QList<QPair<QString, bool>> &checklist, const Clock &clock)
{
    store::ExportReadModel model(db);
    auto profile = model.customer(customerId);
    if (!profile)
        return profile.error();
    if (!*profile)
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("Export", "No customer %1 in the cache.")
                               .arg(customerId.left(80)));
    CaseFile file;
    file.customer = **profile;
    file.language = language;
    file.generatedAtMs = toEpochMs(clock.now());
    file.checklist = checklist;
    if (file.checklist.isEmpty()) {
        // The analyst's ticks as stored; every step listed, ticked or not.
        auto ticks = store::checklistTicks(db, file.customer.id);
        if (!ticks)
            return ticks.error();
        for (const ChecklistItem &item : responseChecklistItems()) {
            const bool done = std::any_of(ticks->cbegin(), ticks->cend(), [&](const auto &t) {
                return t.itemKey == item.key && t.done;
            });
            file.checklist.append({item.label, done});
        }
    }

    store::AlertRepository alerts(db);
    store::AlertFilter filter;
    filter.customerId = file.customer.id;
    auto rows = alerts.list(filter);
    if (!rows)
        return rows.error();
    auto notes = model.alertNotes(file.customer.id);
    if (!notes)
        return notes.error();
    int latestDay = 0;
    for (const store::AlertRow &r : *rows) {
        auto history = alerts.events(r.id);
        if (!history)
            return history.error();
        file.alerts << CaseFile::AlertEntry{r, notes->value(r.id.toLower()), *history};
        if (r.detectedAtMs > 0)
            latestDay = std::max(latestDay, toDayNumber(fromEpochMs(r.detectedAtMs).date()));
    }

    auto actions = model.actions(file.customer.id);
    if (!actions)
        return actions.error();
    QHash<qint64, QString> requestIds;
    for (const store::ActionRecord &a : *actions)
        requestIds.insert(a.id, a.requestId);
    auto trail = model.activity(file.customer.id);
    if (!trail)
        return trail.error();
    for (const store::ActivityEntry &e : *trail) {
        CaseFile::ActionEntry a;
        a.atMs = e.atMs;
        a.actor = e.actor;
        a.action = e.verb;
        a.objectKind = e.objectKind;
        a.objectId = e.objectId;
        a.reason = e.detail.value(u"reason").toString();
        a.note = e.detail.value(u"note").toString();
        a.result = e.detail.value(u"result").toString();
        a.requestId = e.detail.value(u"requestId").toString();
        if (a.requestId.isEmpty() && e.detail.contains(u"actionId"))
            a.requestId = requestIds.value(e.detail.value(u"actionId").toInteger());
        file.actions << a;
    }

    analytics::FindingFilter findingFilter;
    findingFilter.customerId = file.customer.id;
    findingFilter.states = {QStringLiteral("new"), QStringLiteral("acknowledged")};
    auto findings = analytics::FindingStore(db).list(findingFilter);
    if (!findings)
        return findings.error();
    auto catalog = analytics::DetectionService(clock).catalog();
    for (const Finding &f : *findings) {
        const analytics::Rule *rule = catalog ? (*catalog)->find(f.ruleId) : nullptr;
        file.openFindings << CaseFile::FindingEntry{f, rule ? rule->title(language) : QString()};
    }

    auto spend = model.spend(file.customer.id);
    if (!spend)
        return spend.error();
    QMap<QString, CaseFile::SpendSeries> series;
    QMap<QString, QList<QPair<int, double>>> days;
    for (const SpendDay &d : *spend) {
        CaseFile::SpendSeries &s = series[d.subscriptionId];
        s.subscriptionId = d.subscriptionId;
        if (!d.currency.isEmpty())
            s.currency = d.currency;
        days[d.subscriptionId] << qMakePair(d.day, d.cost);
        latestDay = std::max(latestDay, d.day);
    }
    file.lastDay = latestDay > 0 ? latestDay : toDayNumber(clock.now().date());
    file.firstDay = toDayNumber(fromDayNumber(file.lastDay).addDays(-29));
    for (auto it = series.begin(); it != series.end(); ++it) {
        it->points = analytics::detectSpendAnomalies(days.value(it.key()));
        for (const analytics::SpendPoint &p : it->points)
            if (p.day >= file.firstDay && p.day <= file.lastDay)
                it->totalInWindow += p.cost;
        file.spend << *it;
    }
    std::stable_sort(file.spend.begin(), file.spend.end(),
                     [](const CaseFile::SpendSeries &a, const CaseFile::SpendSeries &b) {
                         return a.totalInWindow > b.totalInWindow;
                     });
    return file;
}

} // namespace vigie::exporting
