#include "gui/alertqueueindex.h"

#include <algorithm>
#include <string_view>

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

} // namespace

AlertQueueIndex::AlertQueueIndex(AlertsModel::Rows rows)
    : m_rows(rows ? std::move(rows) : std::make_shared<const QList<store::AlertQueueRow>>())
{
    const int n = size();
    m_textEnd.reserve(n);
    m_text.reserve(qsizetype(n) * 160);
    m_status.reserve(n);
    m_severity.reserve(n);
    const char sep = 0x1f; // never in a needle: matches stay within one field
    for (const store::AlertQueueRow &r : *m_rows) {
        for (const QString *f : {&r.displayName, &r.alertType, &r.customerName, &r.customerId,
                                 &r.resellerName, &r.subscriptionName, &r.subscriptionId, &r.id})
            m_text += f->toLower().toUtf8() + sep;
        m_textEnd << m_text.size();
        m_status << code(r.status, kStatuses);
        m_severity << code(r.severity, kSeverities);
        m_typeCode << m_types.code(r.alertType);
        m_customerCode << m_customers.code(r.customerId.toLower());
        m_resellerCode << m_resellers.code(r.resellerTenantId.toLower());
        QList<int> tags;
        tags.reserve(r.customerTags.size());
        for (const QString &t : r.customerTags)
            tags << m_tags.code(t.toCaseFolded());
        m_tagCodes << tags;
    }
}

int AlertQueueIndex::Vocabulary::code(const QString &key)
{
    const auto it = codes.constFind(key);
    if (it != codes.cend())
        return *it;
    values << key;
    return *codes.insert(key, int(values.size()) - 1);
}

void AlertQueueIndex::clearSortCache()
{
    QMutexLocker lock(&m_mutex);
    for (auto &byOrder : m_permutations)
        for (QList<int> &p : byOrder)
            p.clear();
    ++m_generation;
}

// Every row in the tie order: newest first, then id.
QList<int> AlertQueueIndex::computeBase() const
{
    QList<int> base(size());
    for (int i = 0; i < size(); ++i)
        base[i] = i;
    const auto &rows = *m_rows;
    std::sort(base.begin(), base.end(), [&rows](int x, int y) {
        const auto &a = rows[x];
        const auto &b = rows[y];
        if (a.detectedAtMs != b.detectedAtMs)
            return a.detectedAtMs > b.detectedAtMs;
        return a.id < b.id;
    });
    return base;
}

// Every row in the tie order, stably sorted on one integer per row. Same
// order as filterAndSort(), without a string in the comparisons.
QList<int> AlertQueueIndex::computePermutation(const QList<int> &base, int column,
                                               Qt::SortOrder order) const
{
    const QList<qint64> keys = columnSortKeys(*m_rows, column);
    if (keys.isEmpty())
        return base;
    // Few distinct keys (severities, statuses, the ranks of customer names,
    // types…): a stable counting sort, two passes over the rows and no
    // comparison. Times (one key per row) keep the stable sort.
    const auto [lo, hi] = std::minmax_element(keys.cbegin(), keys.cend());
    if (quint64(*hi - *lo) < quint64(keys.size()) / 4 + 64) {
        const qint64 low = *lo;
        const int buckets = int(*hi - low) + 1;
        const auto bucket = [&](int row) {
            const int b = int(keys[row] - low);
            return order == Qt::AscendingOrder ? b : buckets - 1 - b;
        };
        QList<int> start(buckets + 1, 0);
        for (int row : base)
            ++start[bucket(row) + 1];
        for (int b = 0; b < buckets; ++b)
            start[b + 1] += start[b];
        QList<int> p(base.size());
        for (int row : base) // in the tie order: stable
            p[start[bucket(row)]++] = row;
        return p;
    }
    QList<int> p = base;
    if (order == Qt::AscendingOrder)
        std::stable_sort(p.begin(), p.end(), [&keys](int x, int y) { return keys[x] < keys[y]; });
    else
        std::stable_sort(p.begin(), p.end(), [&keys](int x, int y) { return keys[x] > keys[y]; });
    return p;
}

const QList<int> &AlertQueueIndex::permutation(int column, Qt::SortOrder order)
{
    QList<int> &p = m_permutations[size_t(column)][order == Qt::AscendingOrder ? 0 : 1];
    if (p.isEmpty() && size() > 0) {
        if (m_base.isEmpty())
            m_base = computeBase();
        p = computePermutation(m_base, column, order);
    }
    return p;
}

void AlertQueueIndex::warmUp(int column)
{
    if (column < 0 || column >= AlertsModel::ColumnCount || size() == 0)
        return;
    QList<int> base;
    {
        QMutexLocker lock(&m_mutex);
        base = m_base;
    }
    if (base.isEmpty()) {
        base = computeBase();
        QMutexLocker lock(&m_mutex);
        if (m_base.isEmpty())
            m_base = base;
    }
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        quint64 generation = 0;
        {
            QMutexLocker lock(&m_mutex);
            if (!m_permutations[size_t(column)][order == Qt::AscendingOrder ? 0 : 1].isEmpty())
                continue;
            generation = m_generation;
        }
        QList<int> p = computePermutation(base, column, order);
        QMutexLocker lock(&m_mutex);
        QList<int> &slot = m_permutations[size_t(column)][order == Qt::AscendingOrder ? 0 : 1];
        if (generation == m_generation && slot.isEmpty())
            slot = std::move(p);
    }
}

// UTF-8 of lower-cased text on both sides: a byte match is a match of the
// characters (a needle's first byte never matches inside another character),
// found with memchr on its first byte then a compare — several times the
// speed of QString::contains over 100,000 rows, at half the memory.
bool AlertQueueIndex::textHas(int row, const QByteArray &needle) const
{
    const qsizetype begin = row > 0 ? m_textEnd[row - 1] : 0;
    const std::string_view text(m_text.constData() + begin, size_t(m_textEnd[row] - begin));
    return text.find(std::string_view(needle.constData(), size_t(needle.size()))) !=
           std::string_view::npos;
}

QList<int> AlertQueueIndex::select(const AlertQueueFilter &filter, int column, Qt::SortOrder order,
                                   FacetCounts *counts)
{
    QMutexLocker lock(&m_mutex);
    const int n = size();
    const QString needle = filter.text.toLower();
    const QByteArray needle8 = needle.toUtf8();
    if (column < 0 || column >= AlertsModel::ColumnCount)
        column = AlertsModel::LastObserved;

    // A row whose text did not match the last needle cannot match a longer
    // one: typing one more letter re-checks only the others.
    const bool narrowing =
        m_last.valid && needle.contains(m_last.needle) && int(m_last.textOk.size()) == n;
    QList<char> textOk(n, 1);
    QList<char> keep(n, 0);

    // Facets as small sets of codes (no string hashing per row). A wanted
    // value no row has gets code -2: nothing matches.
    bool statusOk[3] = {true, true, true};
    bool otherStatusOk = filter.statuses.isEmpty();
    if (!filter.statuses.isEmpty())
        for (int s = 0; s < 3; ++s)
            statusOk[s] = filter.statuses.contains(QString::fromUtf16(kStatuses[s]));
    bool severityOk[4] = {true, true, true, true};
    if (!filter.severities.isEmpty())
        for (int s = 0; s < 4; ++s)
            severityOk[s] = filter.severities.contains(QString::fromUtf16(kSeverities[s]));
    const auto wanted = [](const Vocabulary &v, const QString &key) {
        return key.isEmpty() ? -1 : v.codes.value(key, -2);
    };
    const int type = wanted(m_types, filter.alertType);
    const int customer = wanted(m_customers, filter.customerId.toLower());
    const int reseller = wanted(m_resellers, filter.resellerId.toLower());
    const int tag = wanted(m_tags, filter.customerTag.toCaseFolded());

    enum Facet : unsigned
    {
        Status = 1,
        Severity = 2,
        Type = 4,
        Customer = 8,
        Tag = 16,
        Reseller = 32,
        Other = 64 // dates, subscriptions: not a facet of the bar
    };
    // Counters by code, turned into keyed counts at the end.
    QList<int> byStatus(4, 0), bySeverity(5, 0), byType(m_types.values.size(), 0),
        byCustomer(m_customers.values.size(), 0), byReseller(m_resellers.values.size(), 0),
        byTag(m_tags.values.size(), 0);
    int any[6] = {0, 0, 0, 0, 0, 0};

    for (int i = 0; i < n; ++i) {
        if (narrowing && !m_last.textOk[i]) {
            textOk[i] = 0;
            continue;
        }
        const store::AlertQueueRow &r = m_rows->at(i);
        unsigned failed = 0;
        const qint8 st = m_status[i];
        if (st >= 0 ? !statusOk[st] : !(otherStatusOk || filter.statuses.contains(r.status)))
            failed |= Status;
        const qint8 sv = m_severity[i];
        if (sv >= 0 ? !severityOk[sv]
                    : !(filter.severities.isEmpty() || filter.severities.contains(r.severity)))
            failed |= Severity;
        if (type != -1 && m_typeCode[i] != type)
            failed |= Type;
        if (customer != -1 && m_customerCode[i] != customer)
            failed |= Customer;
        if (reseller != -1 && m_resellerCode[i] != reseller)
            failed |= Reseller;
        if (tag != -1 && !m_tagCodes[i].contains(tag))
            failed |= Tag;
        if ((filter.fromMs > 0 && r.detectedAtMs < filter.fromMs) ||
            (filter.toMs > 0 && r.detectedAtMs >= filter.toMs) ||
            (filter.resolvedFromMs > 0 && r.resolvedAtMs < filter.resolvedFromMs) ||
            (!filter.subscriptionIds.isEmpty() &&
             !filter.subscriptionIds.contains(r.subscriptionId.toLower())))
            failed |= Other;
        // Kept, or counted for the one facet it misses: else the text is
        // not worth checking (textOk stays "maybe").
        const bool oneFacet = failed != 0 && (failed & (failed - 1)) == 0 && failed != Other;
        if (failed != 0 && (!counts || !oneFacet))
            continue;
        if (!needle.isEmpty() && !textHas(i, needle8)) {
            textOk[i] = 0;
            continue;
        }
        if (failed == 0)
            keep[i] = 1;
        if (!counts)
            continue;
        const auto count = [&](unsigned facet) { return failed == 0 || failed == facet; };
        if (count(Status)) {
            ++byStatus[st >= 0 ? st : 3];
            ++any[0];
        }
        if (count(Severity)) {
            ++bySeverity[sv >= 0 ? sv : 4];
            ++any[1];
        }
        if (count(Type)) {
            ++byType[m_typeCode[i]];
            ++any[2];
        }
        if (count(Customer)) {
            ++byCustomer[m_customerCode[i]];
            ++any[3];
        }
        if (count(Tag)) {
            for (int t : m_tagCodes[i])
                ++byTag[t];
            ++any[4];
        }
        if (count(Reseller)) {
            ++byReseller[m_resellerCode[i]];
            ++any[5];
        }
    }
    m_last.valid = true;
    m_last.needle = needle;
    m_last.textOk = std::move(textOk);

    if (counts) {
        *counts = FacetCounts{};
        for (int s = 0; s < 3; ++s)
            counts->statuses.insert(QString::fromUtf16(kStatuses[s]), byStatus[s]);
        for (int s = 0; s < 4; ++s)
            counts->severities.insert(QString::fromUtf16(kSeverities[s]), bySeverity[s]);
        const auto keyed = [](const Vocabulary &v, const QList<int> &by, QHash<QString, int> &to) {
            for (int c = 0; c < int(by.size()); ++c)
                to.insert(v.values[c], by[c]);
        };
        keyed(m_types, byType, counts->types);
        keyed(m_customers, byCustomer, counts->customers);
        keyed(m_tags, byTag, counts->tags);
        keyed(m_resellers, byReseller, counts->resellers);
        counts->anyStatus = any[0];
        counts->anySeverity = any[1];
        counts->anyType = any[2];
        counts->anyCustomer = any[3];
        counts->anyTag = any[4];
        counts->anyReseller = any[5];
    }

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
