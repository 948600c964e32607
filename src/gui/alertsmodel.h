#pragma once

#include "store/alertqueue.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <memory>

namespace vigie::gui {

// What the queue shows: a filter over every cached alert. Empty sets and
// strings match everything.
struct AlertQueueFilter
{
    QSet<QString> statuses; // wire values; the default view: active + investigating
    QSet<QString> severities;
    QString customerId;
    QString customerTag; // customers carrying this tag (case-insensitive)
    QString alertType;
    QString resellerId; // reseller tenant id (case-insensitive)
    QString text;       // in name, type, customer, reseller, subscription, id (case-insensitive)
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 resolvedFromMs = 0;     // resolved at or after (the Overview's time-to-resolve tile)
    QSet<QString> subscriptionIds; // lower-case Azure subscription ids (spend at risk)

    static AlertQueueFilter openAlerts();
    bool matches(const store::AlertQueueRow &row) const;
};

// Filter and order as a list of row indices, computed off the GUI thread:
// at 100,000 alerts a pass takes a few milliseconds and the model only swaps.
QList<int> filterAndSort(const QList<store::AlertQueueRow> &rows, const AlertQueueFilter &filter,
                         int column, Qt::SortOrder order);

// One integer per row that orders `column` as filterAndSort() does before
// its tie-break (text columns: the locale-aware rank of the row's text).
QList<qint64> columnSortKeys(const QList<store::AlertQueueRow> &rows, int column);

// The alerts queue across every customer. Holds the rows read by the store
// thread (shared, never copied) and the current order; names, not ids.
// A new filter or sort over the same rows is a new order, not a reset:
// setOrder() moves the persistent indexes (the current alert, the selection)
// with their alert, so the view keeps them and repaints; a reset is only for
// new rows (a reload). data() builds no string per call for labels and
// dates: they come from small caches cleared on a language switch.
class AlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Severity,
        Type,
        Customer,
        Reseller,
        Subscription,
        FirstObserved,
        LastObserved,
        Status,
        Age,
        ResolvedReason,
        Confidence,
        Title,
        ColumnCount
    };
    enum Role
    {
        AlertIdRole = Qt::UserRole + 1,
        CustomerIdRole
    };

    explicit AlertsModel(QObject *parent = nullptr);

    using Rows = std::shared_ptr<const QList<store::AlertQueueRow>>;
    // New rows (a reload): a model reset.
    void setRows(Rows rows, QList<int> order);
    // The same rows in a new filter or order (indices into rows()): one
    // layout change; persistent indexes follow their alert, and those of an
    // alert the new order leaves out become invalid.
    void setOrder(QList<int> order);
    const Rows &rows() const { return m_rows; }
    const store::AlertQueueRow *rowAt(int row) const;
    int rowOf(const QString &alertId) const;
    // The view row of rows()[sourceRow], -1 when the filter hides it.
    int rowOfSource(int sourceRow) const { return m_position.value(sourceRow, -1); }
    int sourceRow(int row) const { return m_order.value(row, -1); }
    // "Now" for the Age column (injected so tests and a paused clock agree).
    void setNow(const QDateTime &now);
    // After a language switch: labels, dates and headers in the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityLabel(const QString &wire);
    static QString statusLabel(const QString &wire);
    static QString reasonLabel(const QString &wire);
    static QString typeLabel(const QString &wire);
    static QString confidenceLabel(const QString &wire);
    // The subscription's friendly name, or its id when the cache has none.
    static QString subscriptionText(const store::AlertQueueRow &r);

private:
    QString text(const store::AlertQueueRow &r, int column) const;
    QString cachedLabel(int column, const QString &wire) const;
    QString cachedTime(qint64 ms) const;
    QString cachedAge(qint64 detectedAtMs) const;
    void clearCaches();

    Rows m_rows;
    QList<int> m_order;    // view row -> index in m_rows
    QList<int> m_position; // index in m_rows -> view row, -1 hidden
    QDateTime m_now;
    // Labels of wire values per column, dates and ages as shown: a repaint
    // formats each distinct value once (a few hundred, never per row).
    mutable QHash<QString, QString> m_labels[ColumnCount];
    mutable QHash<qint64, QString> m_times;
    mutable QHash<qint64, QString> m_ages;
    mutable QIcon m_severityIcons[3]; // high, medium, other
};

} // namespace vigie::gui
