#include "gui/activitymodel.h"

#include "core/displaytext.h"
#include "core/responsechecklist.h"
#include "gui/alertsmodel.h"

#include <QDateTime>
#include <QLocale>

namespace vigie::gui {

ActivityModel::ActivityModel(QObject *parent)
    : QAbstractTableModel(parent), m_rows(std::make_shared<const QList<store::ActivityRow>>())
{}

void ActivityModel::setRows(Rows rows)
{
    beginResetModel();
    m_rows = rows ? std::move(rows) : std::make_shared<const QList<store::ActivityRow>>();
    endResetModel();
}

const store::ActivityRow *ActivityModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows->size() ? &m_rows->at(row) : nullptr;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows->size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList ActivityModel::knownVerbs()
{
    return {
        QStringLiteral("resolve"), QStringLiteral("investigate"), QStringLiteral("suspend"),
        QStringLiteral("cancel"),  QStringLiteral("keep-remote"), QStringLiteral("checklist"),
        QStringLiteral("sync"),    QStringLiteral("sign-in"),     QStringLiteral("sign-out"),
        QStringLiteral("import"),  QStringLiteral("settings"),    QStringLiteral("approve-actor")};
}

QStringList ActivityModel::knownResults()
{
    return {QStringLiteral("queued"), QStringLiteral("done"), QStringLiteral("failed"),
            QStringLiteral("conflict")};
}

QString ActivityModel::verbLabel(const QString &verb)
{
    if (verb == u"resolve")
        return tr("Resolve");
    if (verb == u"investigate")
        return tr("Mark as investigating");
    if (verb == u"suspend")
        return tr("Suspend");
    if (verb == u"cancel")
        return tr("Cancel Azure subscription");
    if (verb == u"keep-remote")
        return tr("Keep the remote state");
    if (verb == u"checklist")
        return tr("Response checklist");
    if (verb == u"sync")
        return tr("Sync");
    if (verb == u"sign-in")
        return tr("Sign in");
    if (verb == u"sign-out")
        return tr("Sign out");
    if (verb == u"import")
        return tr("Import logs");
    if (verb == u"settings")
        return tr("Settings change");
    if (verb == u"approve-actor")
        return tr("Actor approval");
    return verb;
}

QString ActivityModel::resultLabel(const QString &result)
{
    if (result == u"queued")
        return tr("Queued");
    if (result == u"sending")
        return tr("Sending");
    if (result == u"done")
        return tr("Done");
    if (result == u"failed")
        return tr("Failed");
    if (result == u"conflict")
        return tr("Conflict");
    return result;
}

QString ActivityModel::text(const store::ActivityRow &r, int column) const
{
    switch (column) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.atMs).toLocalTime(),
                                  QLocale::ShortFormat);
    case User:
        return displayText(r.actor, 60);
    case Action:
        return verbLabel(r.verb);
    case Target:
        return displayText(r.objectName.isEmpty() ? r.objectId : r.objectName, 120);
    case Customer:
        return displayText(r.customerName.isEmpty() ? r.customerId : r.customerName, 80);
    case Reason:
        if (r.verb == u"checklist") {
            for (const ChecklistItem &i : responseChecklistItems())
                if (i.key == r.reason)
                    return i.label;
        }
        return r.reason.isEmpty() ? QString() : AlertsModel::reasonLabel(r.reason);
    case Note:
        return displayText(r.note, 200);
    case Result: {
        const QString label = resultLabel(r.result);
        return r.message.isEmpty()
                   ? label
                   : QString(label + QStringLiteral(" — ") + displayText(r.message));
    }
    case RequestId:
        return r.requestId;
    default:
        return {};
    }
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    const store::ActivityRow *r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(*r, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r->atMs).toLocalTime(),
                                      QLocale::LongFormat);
        case Target:
            return r->objectId;
        case Customer:
            return r->customerId;
        case Note:
        case Result:
        case RequestId: // elided in a narrow column
            return text(*r, index.column());
        default:
            return {};
        }
    case EntryIdRole:
        return r->id;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Target:
        return tr("Target");
    case Customer:
        return tr("Customer");
    case Reason:
        return tr("Reason");
    case Note:
        return tr("Note");
    case Result:
        return tr("Result");
    case RequestId:
        return tr("Request id");
    default:
        return {};
    }
}

} // namespace vigie::gui
