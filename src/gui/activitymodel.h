#pragma once

#include "store/activityreadmodel.h"

#include <QAbstractTableModel>
#include <memory>

namespace vigie::gui {

// The activity trail as the Activity page lists it, newest first: names
// shown, ids in tooltips. Rows come from the store thread (shared, never copied).
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        User,
        Action,
        Target,
        Customer,
        Reason,
        Note,
        Result,
        RequestId,
        ColumnCount
    };
    enum Role
    {
        EntryIdRole = Qt::UserRole + 1
    };

    explicit ActivityModel(QObject *parent = nullptr);

    using Rows = std::shared_ptr<const QList<store::ActivityRow>>;
    void setRows(Rows rows);
    const store::ActivityRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Translated labels of the trail's wire words (unknown ones shown as stored).
    static QString verbLabel(const QString &verb);
    static QString resultLabel(const QString &result);
    static QStringList knownVerbs();
    static QStringList knownResults();

private:
    QString text(const store::ActivityRow &r, int column) const;

    Rows m_rows;
};

} // namespace vigie::gui
