#include "gui/alertqueueindex.h"

#include <algorithm>

namespace vigie::gui {

namespace {

constexpr const char16_t *kStatuses[] = {u"active", u"investigating", u"resolved"};
constexpr const char16_t *kSeverities[] = {u"informational", u"low", u"medium", u"high"};

template <size_t N> qint8 code(const QString &value, const char16_t *const (&names)[N])
{
    for (size_t i = 0; i < N; ++i)
        if (value == QStringView(names[i]))
            return qint8(i);
    return -1;
}

// The same facets apart from the text.
bool sameFacets(const AlertQueueFilter &a, const AlertQueueFilter &b)
{
    return a.statuses == b.statuses && a.severities == b.severities &&
           a.customerId.compare(b.customerId, Qt::CaseInsensitive) == 0 &&
           a.customerTag.compare(b.customerTag, Qt::CaseInsensitive) == 0 &&
           a.alertType == b.alertType && a.fromMs == b.fromMs && a.toMs == b.toMs &&
           a.resolvedFromMs == b.resolvedFromMs && a.subscriptionIds == b.subscriptionIds;
}

} // namespace

AlertQueueIndex::AlertQueueIndex(AlertsModel::Rows rows)
    : m_rows(rows ? std::move(rows) : std::make_shared<const QList<store::AlertQueueRow>>())
{
    const int n = size();
    m_haystack.reserve(n);
    m_status.reserve(n);
    m_severity.reserve(n);
    const QChar sep(0x1f); // never in a needle: matches stay within one field
    for (const store::AlertQueueRow &r : *m_rows) {
        QString h;
        h.reserve(r.displayName.size() + r.alertType.size() + r.customerName.size() +
                  r.customerId.size() + r.resellerName.size() + r.subscriptionId.size() +
                  r.id.size() + 7);
        for (const QString *f : {&r.displayName, &r.alertType, &r.customerName, &r.customerId,
                                 &r.resellerName, &r.subscriptionId, &r.id})
            h += f->toLower() + sep;
        m_haystack << h;
        m_status << code(r.status, kStatuses);
        m_severity << code(r.severity, kSeverities);
    }
}

void AlertQueueIndex::clearSortCache()
{
    QMutexLocker lock(&m_mutex);
    for (auto &byOrder : m_permutations)
        for (QList<int> &p : byOrder)
            p.clear();
}

const QList<int> &AlertQueueIndex::permutation(int column, Qt::SortOrder order)
{
    QList<int> &p = m_permutations[size_t(column)][order == Qt::AscendingOrder ? 0 : 1];
    if (p.isEmpty() && size() > 0) {
        // Once per column and direction: every row in the tie order (newest
        // first, then id), stably sorted on one integer per row. Same order
        // as filterAndSort(), without a string in the comparisons.
        if (m_base.isEmpty()) {
            m_base.resize(size());
            for (int i = 0; i < size(); ++i)
                m_base[i] = i;
            const auto &rows = *m_rows;
            std::sort(m_base.begin(), m_base.end(), [&rows](int x, int y) {
                const auto &a = rows[x];
                const auto &b = rows[y];
                if (a.detectedAtMs != b.detectedAtMs)
                    return a.detectedAtMs > b.detectedAtMs;
                return a.id < b.id;
            });
        }
        const QList<qint64> keys = columnSortKeys(*m_rows, column);
        p = m_base;
        if (order == Qt::AscendingOrder)
            std::stable_sort(p.begin(), p.end(),
                             [&keys](int x, int y) { return keys[x] < keys[y]; });
        else
            std::stable_sort(p.begin(), p.end(),
                             [&keys](int x, int y) { return keys[x] > keys[y]; });
    }
    return p;
}

QList<int> AlertQueueIndex::select(const AlertQueueFilter &filter, int column, Qt::SortOrder order)
{
    QMutexLocker lock(&m_mutex);
    const int n = size();
    const QString needle = filter.text.toLower();
    if (column < 0 || column >= AlertsModel::ColumnCount)
        column = AlertsModel::LastObserved;

    // Which rows match: narrowing the text of the same facets re-checks only
    // the rows the last answer kept.
    QList<char> keep(n, 0);
    const bool narrowing = m_last.valid && sameFacets(m_last.filter, filter) &&
                           needle.contains(m_last.needle) && int(m_last.keep.size()) == n;
    // Facets as small sets of codes (no string hashing per row).
    bool statusOk[3] = {true, true, true};
    bool otherStatusOk = filter.statuses.isEmpty();
    if (!filter.statuses.isEmpty())
        for (int s = 0; s < 3; ++s)
            statusOk[s] = filter.statuses.contains(QString::fromUtf16(kStatuses[s]));
    bool severityOk[4] = {true, true, true, true};
    if (!filter.severities.isEmpty())
        for (int s = 0; s < 4; ++s)
            severityOk[s] = filter.severities.contains(QString::fromUtf16(kSeverities[s]));
    for (int i = 0; i < n; ++i) {
        if (narrowing && !m_last.keep[i])
            continue;
        const qint8 st = m_status[i];
        if (st >= 0 ? !statusOk[st]
                    : !(otherStatusOk || filter.statuses.contains(m_rows->at(i).status)))
            continue;
        const qint8 sv = m_severity[i];
        if (sv >= 0 ? !severityOk[sv]
                    : !(filter.severities.isEmpty() ||
                        filter.severities.contains(m_rows->at(i).severity)))
            continue;
        const store::AlertQueueRow &r = m_rows->at(i);
        if (!filter.customerId.isEmpty() &&
            r.customerId.compare(filter.customerId, Qt::CaseInsensitive) != 0)
            continue;
        if (!filter.customerTag.isEmpty() &&
            !r.customerTags.contains(filter.customerTag, Qt::CaseInsensitive))
            continue;
        if (!filter.alertType.isEmpty() && r.alertType != filter.alertType)
            continue;
        if (filter.fromMs > 0 && r.detectedAtMs < filter.fromMs)
            continue;
        if (filter.toMs > 0 && r.detectedAtMs >= filter.toMs)
            continue;
        if (filter.resolvedFromMs > 0 && r.resolvedAtMs < filter.resolvedFromMs)
            continue;
        if (!filter.subscriptionIds.isEmpty() &&
            !filter.subscriptionIds.contains(r.subscriptionId.toLower()))
            continue;
        if (!needle.isEmpty() && !m_haystack[i].contains(needle))
            continue;
        keep[i] = 1;
    }
    m_last.valid = true;
    m_last.filter = filter;
    m_last.needle = needle;
    m_last.keep = keep;

    // The order: the column's permutation, kept rows only.
    const QList<int> &p = permutation(column, order);
    QList<int> out;
    out.reserve(n);
    for (int i : p)
        if (keep[i])
            out << i;
    return out;
}

} // namespace vigie::gui
