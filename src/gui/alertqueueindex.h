#pragma once

#include "gui/alertsmodel.h"

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
// select() is safe to call from any thread (one caller at a time per index
// is the expected use; a mutex guards the caches).
class AlertQueueIndex
{
public:
    explicit AlertQueueIndex(AlertsModel::Rows rows);

    const AlertsModel::Rows &rows() const { return m_rows; }
    int size() const { return int(m_rows->size()); }

    // The rows that match `filter`, in the order of `column`/`order` (ties:
    // newest first, then id), as filterAndSort() gives them.
    QList<int> select(const AlertQueueFilter &filter, int column, Qt::SortOrder order);

    // The permutations depend on labels in the UI language (alert types):
    // forget them after a language switch.
    void clearSortCache();

private:
    const QList<int> &permutation(int column, Qt::SortOrder order);

    AlertsModel::Rows m_rows;
    QList<QString> m_haystack; // lower case: name, type, customer, reseller, subscription, id
    QList<qint8> m_status;     // index in kStatuses, -1 other
    QList<qint8> m_severity;   // index in kSeverities, -1 other
    QMutex m_mutex;
    std::array<std::array<QList<int>, 2>, AlertsModel::ColumnCount> m_permutations;
    // The last filter answered (without its text) and its text, for narrowing.
    struct Last
    {
        bool valid = false;
        AlertQueueFilter filter;
        QString needle;
        QList<char> keep; // per row: matched the last filter
    } m_last;
};

} // namespace vigie::gui
