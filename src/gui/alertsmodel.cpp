#include "gui/alertsmodel.h"

#include "core/displaytext.h"
#include "core/enums.h"
#include "core/timeutil.h"

#include <QApplication>
#include <QCollator>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <algorithm>

namespace vigie::gui {

namespace {

int severityRank(const QString &s)
{
    if (s == u"high")
        return 4;
    if (s == u"medium")
        return 3;
    if (s == u"low")
        return 2;
    if (s == u"informational")
        return 1;
    return 0;
}

QString localTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(fromEpochMs(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

bool contains(const store::AlertQueueRow &r, const QString &needle)
{
    for (const QString *f : {&r.displayName, &r.alertType, &r.customerName, &r.customerId,
                             &r.resellerName, &r.subscriptionName, &r.subscriptionId, &r.id})
        if (f->contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

// Three-way comparison for a column; ties fall back to newest first, then id,
// so an order is stable whatever the sort.
int compare(const store::AlertQueueRow &a, const store::AlertQueueRow &b, int column)
{
    const auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : (y < x ? 1 : 0); };
    const auto cmpText = [](const QString &x, const QString &y) {
        return QString::localeAwareCompare(x, y);
    };
    switch (column) {
    case AlertsModel::Severity:
        return cmp(severityRank(a.severity), severityRank(b.severity));
    case AlertsModel::Type:
        return cmpText(AlertsModel::typeLabel(a.alertType), AlertsModel::typeLabel(b.alertType));
    case AlertsModel::Customer:
        return cmpText(a.customerName.isEmpty() ? a.customerId : a.customerName,
                       b.customerName.isEmpty() ? b.customerId : b.customerName);
    case AlertsModel::Reseller:
        return cmpText(a.resellerName, b.resellerName);
    case AlertsModel::Subscription:
        return cmpText(AlertsModel::subscriptionText(a), AlertsModel::subscriptionText(b));
    case AlertsModel::FirstObserved:
        return cmp(a.firstObservedAtMs, b.firstObservedAtMs);
    case AlertsModel::LastObserved:
        return cmp(a.lastObservedAtMs, b.lastObservedAtMs);
    case AlertsModel::Status:
        return cmpText(a.status, b.status);
    case AlertsModel::Age: // older first when ascending
        return cmp(b.detectedAtMs, a.detectedAtMs);
    case AlertsModel::ResolvedReason:
        return cmpText(a.resolvedReason, b.resolvedReason);
    case AlertsModel::Confidence:
        return cmp(severityRank(a.confidence), severityRank(b.confidence));
    case AlertsModel::Title:
        return cmpText(a.displayName, b.displayName);
    default:
        return 0;
    }
}

} // namespace

AlertQueueFilter AlertQueueFilter::openAlerts()
{
    AlertQueueFilter f;
    f.statuses = {QStringLiteral("active"), QStringLiteral("investigating")};
    return f;
}

bool AlertQueueFilter::matches(const store::AlertQueueRow &r) const
{
    if (!statuses.isEmpty() && !statuses.contains(r.status))
        return false;
    if (!severities.isEmpty() && !severities.contains(r.severity))
        return false;
    if (!customerId.isEmpty() && r.customerId.compare(customerId, Qt::CaseInsensitive) != 0)
        return false;
    if (!customerTag.isEmpty() && !r.customerTags.contains(customerTag, Qt::CaseInsensitive))
        return false;
    if (!alertType.isEmpty() && r.alertType != alertType)
        return false;
    if (!resellerId.isEmpty() && r.resellerTenantId.compare(resellerId, Qt::CaseInsensitive) != 0)
        return false;
    if (fromMs > 0 && r.detectedAtMs < fromMs)
        return false;
    if (toMs > 0 && r.detectedAtMs >= toMs)
        return false;
    if (resolvedFromMs > 0 && r.resolvedAtMs < resolvedFromMs)
        return false;
    if (!subscriptionIds.isEmpty() && !subscriptionIds.contains(r.subscriptionId.toLower()))
        return false;
    return text.isEmpty() || contains(r, text);
}

namespace {

// The text a text column sorts on, or a null string for numeric columns.
QString sortText(const store::AlertQueueRow &r, int column)
{
    switch (column) {
    case AlertsModel::Type:
        return AlertsModel::typeLabel(r.alertType);
    case AlertsModel::Customer:
        return r.customerName.isEmpty() ? r.customerId : r.customerName;
    case AlertsModel::Reseller:
        return r.resellerName;
    case AlertsModel::Subscription:
        return AlertsModel::subscriptionText(r);
    case AlertsModel::Status:
        return r.status;
    case AlertsModel::ResolvedReason:
        return r.resolvedReason;
    case AlertsModel::Title:
        return r.displayName;
    default:
        return QString();
    }
}

bool isTextColumn(int column)
{
    switch (column) {
    case AlertsModel::Type:
    case AlertsModel::Customer:
    case AlertsModel::Reseller:
    case AlertsModel::Subscription:
    case AlertsModel::Status:
    case AlertsModel::ResolvedReason:
    case AlertsModel::Title:
        return true;
    default:
        return false;
    }
}

} // namespace

QList<int> filterAndSort(const QList<store::AlertQueueRow> &rows, const AlertQueueFilter &filter,
                         int column, Qt::SortOrder order)
{
    QList<int> out;
    out.reserve(rows.size());
    for (int i = 0; i < int(rows.size()); ++i)
        if (filter.matches(rows[i]))
            out << i;
    // Text columns: locale-aware order of the distinct values once (a few
    // hundred customers, not 100,000 comparisons of strings), then integers;
    // the collator's sort keys compare as bytes.
    QList<int> rank;
    if (isTextColumn(column)) {
        QHash<QString, int> distinct;
        for (int i : std::as_const(out))
            distinct.insert(sortText(rows[i], column), 0);
        const QStringList keys = distinct.keys();
        const QCollator collator;
        QList<QPair<QCollatorSortKey, int>> sorted;
        sorted.reserve(keys.size());
        for (int i = 0; i < int(keys.size()); ++i)
            sorted.append({collator.sortKey(keys[i]), i});
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
        QStringList values;
        values.reserve(keys.size());
        for (const auto &k : std::as_const(sorted))
            values << keys[k.second];
        for (int i = 0; i < int(values.size()); ++i)
            distinct[values[i]] = i;
        rank.resize(rows.size());
        for (int i : std::as_const(out))
            rank[i] = distinct.value(sortText(rows[i], column));
    }
    std::stable_sort(out.begin(), out.end(), [&](int x, int y) {
        const store::AlertQueueRow &a = rows[x];
        const store::AlertQueueRow &b = rows[y];
        int c = rank.isEmpty() ? compare(a, b, column) : (rank[x] > rank[y]) - (rank[x] < rank[y]);
        if (order == Qt::DescendingOrder)
            c = -c;
        if (c != 0)
            return c < 0;
        if (a.detectedAtMs != b.detectedAtMs)
            return a.detectedAtMs > b.detectedAtMs;
        return a.id < b.id;
    });
    return out;
}

QList<qint64> columnSortKeys(const QList<store::AlertQueueRow> &rows, int column)
{
    QList<qint64> keys(rows.size(), 0);
    if (isTextColumn(column)) {
        QHash<QString, qint64> distinct;
        for (const store::AlertQueueRow &r : rows)
            distinct.insert(sortText(r, column), 0);
        const QStringList values = distinct.keys();
        const QCollator collator;
        QList<QPair<QCollatorSortKey, int>> sorted;
        sorted.reserve(values.size());
        for (int i = 0; i < int(values.size()); ++i)
            sorted.append({collator.sortKey(values[i]), i});
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.first.compare(b.first) < 0; });
        for (int i = 0; i < int(sorted.size()); ++i)
            distinct[values[sorted[i].second]] = i;
        for (int i = 0; i < int(rows.size()); ++i)
            keys[i] = distinct.value(sortText(rows[i], column));
        return keys;
    }
    for (int i = 0; i < int(rows.size()); ++i) {
        const store::AlertQueueRow &r = rows[i];
        switch (column) {
        case AlertsModel::Severity:
            keys[i] = severityRank(r.severity);
            break;
        case AlertsModel::Confidence:
            keys[i] = severityRank(r.confidence);
            break;
        case AlertsModel::FirstObserved:
            keys[i] = r.firstObservedAtMs;
            break;
        case AlertsModel::LastObserved:
            keys[i] = r.lastObservedAtMs;
            break;
        case AlertsModel::Age: // older first when ascending
            keys[i] = -r.detectedAtMs;
            break;
        default:
            break;
        }
    }
    return keys;
}

AlertsModel::AlertsModel(QObject *parent)
    : QAbstractTableModel(parent), m_rows(std::make_shared<const QList<store::AlertQueueRow>>()),
      m_now(QDateTime::currentDateTimeUtc())
{}

void AlertsModel::setRows(Rows rows, QList<int> order)
{
    beginResetModel();
    m_rows = rows ? std::move(rows) : std::make_shared<const QList<store::AlertQueueRow>>();
    m_order = std::move(order);
    m_position.fill(-1, m_rows->size());
    for (int i = 0; i < int(m_order.size()); ++i)
        m_position[m_order[i]] = i;
    endResetModel();
}

void AlertsModel::setOrder(QList<int> order)
{
    // A layout change, not a reset: the view keeps its scroll position, the
    // selection and the current index follow their alert (the selection
    // model keeps one persistent index per selected row under this hint),
    // and no section of the headers is rebuilt for the unchanged columns.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QList<int> position(m_rows->size(), -1);
    for (int i = 0; i < int(order.size()); ++i)
        position[order[i]] = i;
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &i : from) {
        const int source = m_order.value(i.row(), -1);
        const int row = source >= 0 ? position.value(source, -1) : -1;
        to << (row >= 0 ? createIndex(row, i.column()) : QModelIndex());
    }
    m_order = std::move(order);
    m_position = std::move(position);
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

const store::AlertQueueRow *AlertsModel::rowAt(int row) const
{
    if (row < 0 || row >= m_order.size())
        return nullptr;
    return &m_rows->at(m_order[row]);
}

int AlertsModel::rowOf(const QString &alertId) const
{
    // Every row, shown or not (one pass, no string built): then its place.
    for (int i = 0; i < int(m_rows->size()); ++i)
        if (m_rows->at(i).id == alertId)
            return m_position.value(i, -1);
    return -1;
}

void AlertsModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_order.isEmpty())
        Q_EMIT dataChanged(index(0, Age), index(int(m_order.size()) - 1, Age), {Qt::DisplayRole});
}

void AlertsModel::clearCaches()
{
    for (auto &labels : m_labels)
        labels.clear();
    m_times.clear();
    m_ages.clear();
}

void AlertsModel::retranslate()
{
    clearCaches();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_order.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_order.size()) - 1, ColumnCount - 1));
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int AlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertsModel::severityLabel(const QString &wire)
{
    return displayName(AlertSeverity::parse(wire));
}

QString AlertsModel::statusLabel(const QString &wire)
{
    return displayName(AlertStatus::parse(wire));
}

QString AlertsModel::reasonLabel(const QString &wire)
{
    return wire.isEmpty() ? QString() : displayName(ResolvedReason::parse(wire));
}

QString AlertsModel::confidenceLabel(const QString &wire)
{
    if (wire == u"high")
        return tr("High");
    if (wire == u"medium")
        return tr("Medium");
    if (wire == u"low")
        return tr("Low");
    return displayText(wire);
}

// Published alert types (api.md §3.3) in words; an unknown type is shown as
// received, never dropped.
QString AlertsModel::typeLabel(const QString &wire)
{
    static const struct
    {
        const char16_t *wire;
        const char *label;
    } kTypes[] = {
        {u"ARM_AnomalousResourceConsumption", QT_TR_NOOP("Anomalous resource consumption")},
        {u"ARM_SuspiciousOperations", QT_TR_NOOP("Suspicious Azure operations")},
        {u"VM_AnomalousDeployment", QT_TR_NOOP("Anomalous virtual machine deployment")},
        {u"AzureBatch_AnomalousDeployment", QT_TR_NOOP("Anomalous Azure Batch deployment")},
        {u"AzureContainerInstances_AnomalousDeployment",
         QT_TR_NOOP("Anomalous container instances deployment")},
        {u"AzureMachineLearning_AnomalousDeployment",
         QT_TR_NOOP("Anomalous machine learning deployment")},
        {u"CryptoMining", QT_TR_NOOP("Crypto mining")},
        {u"networkConnectionsToCryptoMiningPools",
         QT_TR_NOOP("Network connections to crypto mining pools")},
        {u"usageAnomalyDetection", QT_TR_NOOP("Usage anomaly")},
    };
    for (const auto &t : kTypes)
        if (wire == QStringView(t.wire))
            return tr(t.label);
    return displayText(wire);
}

QString AlertsModel::subscriptionText(const store::AlertQueueRow &r)
{
    return r.subscriptionName.isEmpty() ? r.subscriptionId : displayText(r.subscriptionName);
}

namespace {

// displayText() of `s`, without a copy when there is nothing to neutralise
// (almost every name): the same test as displayText's, no string built.
QString shown(const QString &s)
{
    if (s.size() > 4096)
        return displayText(s);
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || isBidiControl(c))
            return displayText(s);
    }
    return s;
}

// The caches hold distinct values (labels, customers, shown dates): bounded
// anyway, so scrolling through 100,000 alerts does not grow them for ever.
constexpr qsizetype kCacheLimit = 4096;

} // namespace

QString AlertsModel::cachedLabel(int column, const QString &wire) const
{
    QHash<QString, QString> &cache = m_labels[column];
    if (const auto it = cache.constFind(wire); it != cache.cend())
        return *it;
    QString label;
    switch (column) {
    case Severity:
        label = severityLabel(wire);
        break;
    case Type:
        label = typeLabel(wire);
        break;
    case Status:
        label = statusLabel(wire);
        break;
    case ResolvedReason:
        label = reasonLabel(wire);
        break;
    case Confidence:
        label = confidenceLabel(wire);
        break;
    default:
        label = displayText(wire);
        break;
    }
    if (cache.size() >= kCacheLimit)
        cache.clear();
    return *cache.insert(wire, label);
}

QString AlertsModel::cachedTime(qint64 ms) const
{
    if (ms <= 0)
        return {};
    if (const auto it = m_times.constFind(ms); it != m_times.cend())
        return *it;
    if (m_times.size() >= kCacheLimit)
        m_times.clear();
    return *m_times.insert(ms, localTime(ms));
}

QString AlertsModel::cachedAge(qint64 detectedAtMs) const
{
    if (detectedAtMs <= 0)
        return {};
    const qint64 hours =
        std::max<qint64>(0, (m_now.toMSecsSinceEpoch() - detectedAtMs) / 3'600'000);
    // One entry per shown value: hours under two days, then days.
    const qint64 key = hours < 48 ? hours : 48 + hours / 24;
    if (const auto it = m_ages.constFind(key); it != m_ages.cend())
        return *it;
    if (m_ages.size() >= kCacheLimit)
        m_ages.clear();
    return *m_ages.insert(key, hours < 48 ? tr("%n hour(s)", nullptr, int(hours))
                                          : tr("%n day(s)", nullptr, int(hours / 24)));
}

QString AlertsModel::text(const store::AlertQueueRow &r, int column) const
{
    switch (column) {
    case Severity:
    case Type:
    case ResolvedReason:
    case Confidence:
        return cachedLabel(column, column == Severity         ? r.severity
                                   : column == Type           ? r.alertType
                                   : column == ResolvedReason ? r.resolvedReason
                                                              : r.confidence);
    case Customer:
        return cachedLabel(Customer, r.customerName.isEmpty() ? r.customerId : r.customerName);
    case Reseller:
        return cachedLabel(Reseller,
                           r.resellerName.isEmpty() ? r.resellerTenantId : r.resellerName);
    case Subscription:
        return subscriptionText(r);
    case FirstObserved:
        return cachedTime(r.firstObservedAtMs);
    case LastObserved:
        return cachedTime(r.lastObservedAtMs);
    case Status: {
        const QString s = cachedLabel(Status, r.status);
        if (r.pendingAction.isEmpty())
            return s;
        if (r.pendingAction == u"conflict")
            return tr("%1 (conflict)").arg(s);
        if (r.pendingAction == u"failed")
            return tr("%1 (action failed)").arg(s);
        return tr("%1 (action queued)").arg(s);
    }
    case Age:
        return cachedAge(r.detectedAtMs);
    case Title:
        return shown(r.displayName);
    default:
        return {};
    }
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    const store::AlertQueueRow *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, index.column());
    case Qt::ToolTipRole:
        // The whole text (cells elide) and, for names, the id to copy.
        if (index.column() == Customer)
            return tr("%1\nTenant id: %2").arg(text(*r, Customer), r->customerId);
        if (index.column() == Reseller && !r->resellerTenantId.isEmpty())
            return tr("%1\nTenant id: %2").arg(text(*r, Reseller), r->resellerTenantId);
        if (index.column() == Subscription && !r->subscriptionName.isEmpty())
            return tr("%1\nSubscription id: %2").arg(text(*r, Subscription), r->subscriptionId);
        return text(*r, index.column());
    case Qt::DecorationRole:
        if (index.column() == Severity) {
            // The style builds an icon per call: three, kept.
            const int rank = severityRank(r->severity);
            const int which = rank >= 4 ? 0 : rank == 3 ? 1 : 2;
            QIcon &icon = m_severityIcons[which];
            if (icon.isNull())
                icon = QApplication::style()->standardIcon(
                    which == 0   ? QStyle::SP_MessageBoxCritical
                    : which == 1 ? QStyle::SP_MessageBoxWarning
                                 : QStyle::SP_MessageBoxInformation);
            return icon;
        }
        return {};
    case AlertIdRole:
        return r->id;
    case CustomerIdRole:
        return r->customerId;
    default:
        return {};
    }
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Type:
        return tr("Type");
    case Customer:
        return tr("Customer");
    case Reseller:
        return tr("Reseller");
    case Subscription:
        return tr("Subscription");
    case FirstObserved:
        return tr("First observed");
    case LastObserved:
        return tr("Last observed");
    case Status:
        return tr("Status");
    case Age:
        return tr("Age");
    case ResolvedReason:
        return tr("Resolution");
    case Confidence:
        return tr("Confidence");
    case Title:
        return tr("Alert");
    default:
        return {};
    }
}

} // namespace vigie::gui
