#pragma once

#include "gui/alertsmodel.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <array>
#include <memory>

namespace vigie::gui {

// The alerts queue's rows with what makes filtering and sorting them cheap at
// 100,000 alerts, built once per load off the GUI thread:
//  - per row, one lower-cased haystack of the searchable fields and small
//    integer codes for status and severity (no string hashing per filter);
//  - per column and direction, the permutation of all rows in that order,
//    computed the first time the column is sorted and kept: a sort is then a
//    walk of that permutation keeping the rows that match, O(n), no
//    comparisons at all;
//  - the previous answer, so narrowing the search text (typing one more
//    letter) filters only what the previous text kept.
//  - per row, a small code for each facet value (type, customer, reseller,
//    tags), so one pass also counts, per facet, the rows of each value under
//    the other active filters (the filter bar's "High (12)").
// select() is safe to call from any thread (one caller at a time per index
// is the expected use; a mutex guards the caches).
// How many rows each facet value would show under the other active filters
// (the facet's own choice left out, as a filter bar counts). Keys: wire
// values for status and severity and type, lower-case ids for customer and
// reseller, case-folded tags.
struct FacetCounts
{
    QHash<QString, int> statuses;
    QHash<QString, int> severities;
    QHash<QString, int> types;
    QHash<QString, int> customers;
    QHash<QString, int> tags;
    QHash<QString, int> resellers;
    int anyStatus = 0; // rows under the other filters, whatever the status
    int anySeverity = 0;
    int anyType = 0;
    int anyCustomer = 0;
    int anyTag = 0;
    int anyReseller = 0;
};

class AlertQueueIndex
{
public:
    explicit AlertQueueIndex(AlertsModel::Rows rows);

    const AlertsModel::Rows &rows() const { return m_rows; }
    int size() const { return int(m_rows->size()); }

    // The rows that match `filter`, in the order of `column`/`order` (ties:
    // newest first, then id), as filterAndSort() gives them.
    // With `counts`, the same pass also counts every facet value.
    QList<int> select(const AlertQueueFilter &filter, int column, Qt::SortOrder order,
                      FacetCounts *counts = nullptr);

    // The permutations depend on labels in the UI language (alert types):
    // forget them after a language switch.
    void clearSortCache();

    // Computes the permutations of `column` (both directions) ahead of the
    // first sort, without holding the lock while it sorts: run on the thread
    // pool after a load, column by column, so a click on a header finds them.
    void warmUp(int column);

private:
    const QList<int> &permutation(int column, Qt::SortOrder order);
    QList<int> computeBase() const;
    QList<int> computePermutation(const QList<int> &base, int column, Qt::SortOrder order) const;

    AlertsModel::Rows m_rows;
    bool textHas(int row, const QByteArray &needle) const;
    // Per row, its searchable fields lower-cased in UTF-8 (name, type,
    // customer, reseller, subscription, ids), every row one after the other:
    // row i is [m_textEnd[i - 1], m_textEnd[i]).
    QByteArray m_text;
    QList<qsizetype> m_textEnd;
    QList<qint8> m_status;   // index in kStatuses, -1 other
    QList<qint8> m_severity; // index in kSeverities, -1 other
    // Facet values as codes: index into the vocabulary of that facet.
    struct Vocabulary
    {
        QStringList values;        // code -> key (wire type, lower-case id, folded tag)
        QHash<QString, int> codes; // key -> code
        int code(const QString &key);
    };
    Vocabulary m_types, m_customers, m_resellers, m_tags;
    QList<int> m_typeCode, m_customerCode, m_resellerCode;
    QList<QList<int>> m_tagCodes; // per row, the codes of its customer's tags
    QMutex m_mutex;
    std::array<std::array<QList<int>, 2>, AlertsModel::ColumnCount> m_permutations;
    QList<int> m_base;        // every row, newest first, then by id (the tie order)
    quint64 m_generation = 0; // moved by clearSortCache(): a warm-up's older answer is dropped
    // The last search text and, per row, whether it may match it (0: it
    // does not; typing one more letter cannot make it match).
    struct Last
    {
        bool valid = false;
        QString needle;
        QList<char> textOk;
    } m_last;
};

} // namespace vigie::gui
