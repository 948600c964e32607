#pragma once

#include "store/customerdrilldown.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>
#include <optional>

namespace vigie::gui {

// The customer's merged timeline: alerts, findings, spend anomalies and
// actions, newest first. Names in the cells, ids in the tooltips.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Kind,
        What,
        Series,
        Detail,
        ColumnCount
    };
    static constexpr int DayRole = Qt::UserRole + 1;    // yyyyMMdd (int)
    static constexpr int KindRole = Qt::UserRole + 2;   // TimelineEntry::Kind (int)
    static constexpr int SeriesRole = Qt::UserRole + 3; // raw series key

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<store::TimelineEntry> &entries);
    const store::TimelineEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void retranslate();

    static QString kindLabel(store::TimelineEntry::Kind kind);

private:
    QList<store::TimelineEntry> m_rows;
};

// What a click on a chart keeps of the timeline: one day (or every day),
// one kind of entry (or all) and one series of that kind (or all).
struct TimelineFilter
{
    QDate day;
    std::optional<store::TimelineEntry::Kind> kind;
    QString series;
    bool isEmpty() const { return !day.isValid() && !kind && series.isEmpty(); }
};

class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TimelineFilter m_filter;
};

} // namespace vigie::gui
