#pragma once

#include "core/result.h"
#include "store/alertqueue.h"

#include <QCoreApplication>
#include <QString>

namespace vigie::gui {

// The alert detail as HTML: every property localized (local-time dates),
// the service's text escaped (never markup), additionalDetails with nested
// JSON expanded, affected resources with their ids, the customer's totals
// around the alert time, open findings, the subscription's other alerts and
// the alert's local history. Without a context (its read failed): the
// properties alone. Texts keep the queue page's translation context.
class AlertDetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(vigie::gui::AlertsPage)
public:
    static QString build(const store::AlertQueueRow &row,
                         const Result<store::AlertContext> &context);
};

} // namespace vigie::gui
