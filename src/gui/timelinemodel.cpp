#include "gui/timelinemodel.h"

#include "core/displaytext.h"
#include "core/enums.h"
#include "core/timeutil.h"
#include "gui/charts/spendbandchart.h"

#include <QLocale>

namespace vigie::gui {

using EntryKind = store::TimelineEntry::Kind;

void TimelineModel::setEntries(const QList<store::TimelineEntry> &entries)
{
    beginResetModel();
    m_rows = entries;
    endResetModel();
}

const store::TimelineEntry *TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::kindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Alert:
        return tr("Alert");
    case EntryKind::Finding:
        return tr("Finding");
    case EntryKind::SpendAnomaly:
        return tr("Spend anomaly");
    case EntryKind::Action:
        return tr("Action");
    }
    return {};
}

namespace {

QString actionVerb(const QString &verb)
{
    if (verb == u"resolve")
        return TimelineModel::tr("Resolve");
    if (verb == u"investigate")
        return TimelineModel::tr("Investigate");
    if (verb == u"suspend")
        return TimelineModel::tr("Suspend");
    if (verb == u"cancel")
        return TimelineModel::tr("Cancel");
    return displayText(verb, 100);
}

QString actionResult(const QString &result)
{
    if (result == u"queued")
        return TimelineModel::tr("Queued");
    if (result == u"sending")
        return TimelineModel::tr("Sending");
    if (result == u"done")
        return TimelineModel::tr("Done");
    if (result == u"failed")
        return TimelineModel::tr("Failed");
    if (result == u"conflict")
        return TimelineModel::tr("Conflict");
    return displayText(result, 100);
}

} // namespace

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::TimelineEntry &e = m_rows[index.row()];
    const QLocale locale;
    switch (role) {
    case DayRole:
        return e.day;
    case KindRole:
        return int(e.kind);
    case SeriesRole:
        return e.series;
    case Qt::ToolTipRole:
        if (index.column() == What)
            return e.objectId;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case When: {
        const QDateTime t = fromEpochMs(e.atMs);
        return e.kind == EntryKind::SpendAnomaly
                   ? locale.toString(t.date(), QLocale::ShortFormat)
                   : locale.toString(t.toLocalTime(), QLocale::ShortFormat);
    }
    case Kind:
        return kindLabel(e.kind);
    case What:
        return displayText(e.title, 300);
    case Series:
        switch (e.kind) {
        case EntryKind::Alert:
            return displayName(AlertSeverity::parse(e.series));
        case EntryKind::Action:
            return actionVerb(e.series);
        case EntryKind::Finding:
            return displayText(e.series, 50);
        case EntryKind::SpendAnomaly:
            return tr("+%1%").arg(locale.toString(e.percent, 'f', 0));
        }
        return {};
    case Detail:
        switch (e.kind) {
        case EntryKind::Alert:
            return displayName(AlertStatus::parse(e.detail));
        case EntryKind::Finding:
            return displayName(FindingState::parse(e.detail));
        case EntryKind::SpendAnomaly:
            return tr("%1 over the baseline").arg(SpendBandChart::money(e.amount, e.currency));
        case EntryKind::Action:
            return actionResult(e.detail);
        }
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case What:
        return tr("What");
    case Series:
        return tr("Severity, rule or verb");
    case Detail:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

void TimelineModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TimelineFilterModel::setFilter(const TimelineFilter &filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filter.day.isValid()) {
        const QDate d = m_filter.day;
        if (i.data(TimelineModel::DayRole).toInt() != d.year() * 10000 + d.month() * 100 + d.day())
            return false;
    }
    if (m_filter.kind && i.data(TimelineModel::KindRole).toInt() != int(*m_filter.kind))
        return false;
    if (!m_filter.series.isEmpty() && i.data(TimelineModel::SeriesRole)
                                              .toString()
                                              .compare(m_filter.series, Qt::CaseInsensitive) != 0)
        return false;
    return true;
}

} // namespace vigie::gui
