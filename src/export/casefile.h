#pragma once

#include "analytics/spendanomaly.h"
#include "core/result.h"
#include "core/timeutil.h"
#include "core/types.h"
#include "store/alertrepository.h"
#include "store/exportreadmodel.h"
#include "store/notes.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

namespace vigie::exporting {

// Everything the PDF case report shows about one customer, read from the
// cache in one go (on a worker thread in the window). No Widgets here: the
// report is drawn by src/gui/report from this.
struct CaseFile
{
    struct AlertEntry
    {
        store::AlertRow alert;
        QList<store::Note> notes;                     // the analyst's, oldest first
        QList<store::AlertRepository::Event> history; // status changes seen by Vigie
    };
    // One action taken for the customer, from the activity trail; the
    // request id is the outbox idempotency key (MS-RequestId / client-request-id).
    struct ActionEntry
    {
        qint64 atMs = 0;
        QString actor;
        QString action; // resolve, investigate, suspend, cancel, ...
        QString objectKind;
        QString objectId;
        QString reason;
        QString note;
        QString result;
        QString requestId;
    };
    struct FindingEntry
    {
        Finding finding;
        QString title; // in the report's language
    };
    struct SpendSeries
    {
        QString subscriptionId;
        QString currency;
        QList<analytics::SpendPoint> points; // every day, gaps filled
        double totalInWindow = 0.0;
    };

    store::CustomerProfile customer;
    QString language;
    qint64 generatedAtMs = 0;
    QList<AlertEntry> alerts;              // newest first
    QList<ActionEntry> actions;            // oldest first
    QList<QPair<QString, bool>> checklist; // (item, ticked), as the caller passes it
    QList<FindingEntry> openFindings;      // new and acknowledged
    QList<SpendSeries> spend;              // by spend in the window, largest first
    // The charts' window (yyyyMMdd, inclusive): 30 days ending on the latest
    // alert or spend day, or today.
    int firstDay = 0;
    int lastDay = 0;

    // Alerts detected per day of the window, by severity wire name.
    QMap<int, QMap<QString, int>> alertsPerDay() const;
};

// NotFound when the customer is not in the cache.
Result<CaseFile> collectCaseFile(store::Database &db, const QString &customerId,
                                 const QString &language,
                                 const QList<QPair<QString, bool>> &checklist,
                                 const Clock &clock = SystemClock::instance());

} // namespace vigie::exporting
