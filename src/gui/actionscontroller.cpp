#include "gui/actionscontroller.h"

#include "core/actor.h"
#include "core/displaytext.h"
#include "gui/checklistdialog.h"
#include "gui/logging.h"
#include "gui/resolvedialog.h"
#include "gui/storeworker.h"
#include "gui/suspenddialog.h"
#include "store/activityreadmodel.h"
#include "store/checklist.h"
#include "store/database.h"

#include <QDateTime>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolButton>

namespace vigie::gui {

namespace {

// What a resolve job hands back to the GUI thread.
struct Queued
{
    Queued() : ids(QList<qint64>()) {}
    Result<QList<qint64>> ids;
    QString customerId; // of the first alert: the checklist offered after a Fraud
};

} // namespace

ActionsController::ActionsController(QMainWindow &window, StoreWorker &worker,
                                     const QString &cachePath, sync::PushChannelFactory push,
                                     QObject *parent)
    : QObject(parent), m_window(window), m_worker(worker)
{
    if (push) {
        m_push = new sync::PushEngine(cachePath, std::move(push), QString(), this);
        connect(m_push, &sync::PushEngine::finished, this, &ActionsController::onPushFinished);
    }
    m_status = new QToolButton(&window);
    m_status->setAutoRaise(true);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->hide();
    connect(m_status, &QToolButton::clicked, this, &ActionsController::activityRequested);
    window.statusBar()->addPermanentWidget(m_status);

    m_menu = new QMenu(&window);
    m_resolveAction = m_menu->addAction(QString());
    connect(m_resolveAction, &QAction::triggered, this, [this] {
        if (m_selection)
            openResolveDialog(m_selection());
    });
    m_resolveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_backlogAction = m_menu->addAction(QString());
    connect(m_backlogAction, &QAction::triggered, this, [this] { openBacklogDialog(); });
    m_backlogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_menu->addSeparator();
    m_suspendAction = m_menu->addAction(QString());
    connect(m_suspendAction, &QAction::triggered, this, [this] {
        const QStringList ids = m_selection ? m_selection() : QStringList();
        if (!ids.isEmpty())
            openSuspendForAlert(ids.first());
    });
    m_suspendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_checklistAction = m_menu->addAction(QString());
    connect(m_checklistAction, &QAction::triggered, this, [this] {
        const QStringList ids = m_selection ? m_selection() : QStringList();
        if (ids.isEmpty())
            return;
        m_worker.run<QString>(
            this,
            [id = ids.first()](store::Database &db) {
                auto a = store::ActionTargets(db).alert(id);
                return a && *a ? (*a)->customerId : QString();
            },
            [this](QString customer) {
                if (!customer.isEmpty())
                    openChecklist(customer);
            });
    });
    m_checklistAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_menu->addSeparator();
    m_pushAction = m_menu->addAction(QString());
    connect(m_pushAction, &QAction::triggered, this, [this] { this->push(); });
    m_pushAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pushAction->setEnabled(m_push != nullptr);
    // Before Help, the last menu.
    QMenuBar *bar = window.menuBar();
    const QList<QAction *> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    retranslate();
    refreshCounts();
}

ActionsController::~ActionsController() = default;

ResolveDialog *ActionsController::resolveDialog() const
{
    return m_resolveDialog;
}

SuspendDialog *ActionsController::suspendDialog() const
{
    return m_suspendDialog;
}

ChecklistDialog *ActionsController::checklistDialog() const
{
    return m_checklistDialog;
}

QString ActionsController::actor() const
{
    return actor::current();
}

void ActionsController::setSelection(std::function<QStringList()> selectedAlertIds)
{
    m_selection = std::move(selectedAlertIds);
}

void ActionsController::retranslate()
{
    m_menu->setTitle(tr("&Actions"));
    m_resolveAction->setText(tr("&Resolve the selected alerts…"));
    m_backlogAction->setText(tr("Resolve &older alerts as Ignore…"));
    m_suspendAction->setText(tr("&Suspend or cancel the alert's subscription…"));
    m_checklistAction->setText(tr("Response &checklist…"));
    m_pushAction->setText(tr("&Push queued actions"));
    const qint64 queued = m_counts[0], failed = m_counts[1], conflict = m_counts[2];
    QStringList parts;
    if (queued)
        parts << tr("%n action(s) queued", nullptr, int(queued));
    if (failed)
        parts << tr("%n failed", nullptr, int(failed));
    if (conflict)
        parts << tr("%n in conflict", nullptr, int(conflict));
    m_status->setText(parts.join(QStringLiteral(" · ")));
    m_status->setToolTip(tr("The outbox: open the Activity page (Ctrl+6)"));
    m_status->setVisible(!parts.isEmpty());
}

void ActionsController::refreshCounts()
{
    m_worker.run<Result<store::OutboxCounts>>(
        this, [](store::Database &db) { return store::outboxCounts(db); },
        [this](Result<store::OutboxCounts> c) {
            if (!c)
                return;
            m_counts[0] = c->queued;
            m_counts[1] = c->failed;
            m_counts[2] = c->conflict;
            retranslate();
        });
}

bool ActionsController::push()
{
    return m_push && m_push->push();
}

void ActionsController::queueResolve(const QStringList &alertIds, sync::Resolution resolution,
                                     const QString &note)
{
    if (alertIds.isEmpty())
        return;
    m_worker.run<Queued>(
        this,
        [alertIds, resolution, note, who = actor()](store::Database &db) {
            Queued q;
            q.ids = sync::ActionQueue(db, SystemClock::instance(), who)
                        .resolve(alertIds, resolution, note);
            if (auto a = store::ActionTargets(db).alert(alertIds.first()); a && *a)
                q.customerId = (*a)->customerId;
            return q;
        },
        [this, resolution](Queued q) {
            if (!q.ids) {
                Q_EMIT message(q.ids.error().message, 10000);
                return;
            }
            Q_EMIT message(m_push ? tr("%n action(s) queued; sending.", nullptr, int(q.ids->size()))
                                  : tr("%n action(s) queued in the outbox; \"vigie push\" sends "
                                       "them.",
                                       nullptr, int(q.ids->size())),
                           8000);
            push();
            refreshCounts();
            Q_EMIT actionsChanged();
            // A fraud is a compromise: offer the response steps (not modal).
            if (resolution == sync::Resolution::Fraud && !q.customerId.isEmpty())
                openChecklist(q.customerId);
        });
}

void ActionsController::onPushFinished(const sync::PushReport &report)
{
    int done = 0, failed = 0, conflicts = 0;
    for (const sync::PushOutcome &o : report.outcomes) {
        done += o.state == ActionState::Enum::Done ? 1 : 0;
        failed += o.state == ActionState::Enum::Failed ? 1 : 0;
        conflicts += o.state == ActionState::Enum::Conflict ? 1 : 0;
        if (m_suspendDialog && o.actionId == m_suspendActionId) {
            m_suspendDialog->actionFinished(o.state, o.message);
            m_suspendActionId = 0;
            reloadSuspendDialog();
            // A compromise was answered: offer the response steps.
            if (o.state == ActionState::Enum::Done)
                openChecklist(m_suspendDialog->customerId());
        }
    }
    if (m_suspendDialog && m_suspendActionId && (report.offline || report.signInRequired)) {
        m_suspendDialog->actionFinished(ActionState::Enum::Queued,
                                        report.signInRequired ? tr("Sign in to send it.")
                                                              : tr("The service is unreachable."));
        m_suspendActionId = 0;
    }
    QString text;
    if (report.signInRequired)
        text = tr("Actions stay queued: sign in (File › Sign in) to send them.");
    else if (report.offline)
        text = tr("Offline: %n action(s) stay queued and are sent when the network is back.",
                  nullptr, report.left);
    else if (!report.outcomes.isEmpty())
        text = tr("Outbox pushed: %1 done, %2 failed, %3 in conflict.")
                   .arg(QLocale().toString(done), QLocale().toString(failed),
                        QLocale().toString(conflicts));
    if (!text.isEmpty())
        Q_EMIT message(text, 10000);
    refreshCounts();
    Q_EMIT actionsChanged();
    Q_EMIT pushFinished(report);
}

void ActionsController::openResolveDialog(const QStringList &alertIds)
{
    if (alertIds.isEmpty())
        return;
    m_worker.run<QList<store::AlertTarget>>(
        this,
        [alertIds](store::Database &db) {
            QList<store::AlertTarget> out;
            store::ActionTargets targets(db);
            for (const QString &id : alertIds)
                if (auto a = targets.alert(id); a && *a)
                    out << **a;
            return out;
        },
        [this](QList<store::AlertTarget> alerts) { openResolveFor(alerts); });
}

void ActionsController::openResolveFor(const QList<store::AlertTarget> &alerts)
{
    if (alerts.isEmpty())
        return;
    auto *dialog = new ResolveDialog(ResolveDialog::Mode::Selection, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAlerts(alerts);
    m_resolveDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        queueResolve(dialog->alertIds(), dialog->resolution(), dialog->note());
    });
    dialog->open();
}

void ActionsController::openBacklogDialog(int days)
{
    auto *dialog = new ResolveDialog(ResolveDialog::Mode::Backlog, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_resolveDialog = dialog;
    auto load = [this, dialog](int d) {
        QPointer<ResolveDialog> guard(dialog);
        m_worker.run<Result<QList<store::AlertTarget>>>(
            dialog,
            [d, who = actor()](store::Database &db) {
                return sync::ActionQueue(db, SystemClock::instance(), who).backlog(d);
            },
            [guard, d](Result<QList<store::AlertTarget>> alerts) {
                if (guard && guard->days() == d) // an older answer is dropped
                    guard->setAlerts(alerts ? *alerts : QList<store::AlertTarget>());
            });
    };
    connect(dialog, &ResolveDialog::daysChanged, this, load);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        queueResolve(dialog->alertIds(), sync::Resolution::Ignore, dialog->note());
    });
    dialog->setDays(days);
    load(days);
    dialog->open();
}

void ActionsController::openSuspendForAlert(const QString &alertId)
{
    m_worker.run<std::optional<store::AlertTarget>>(
        this,
        [alertId](store::Database &db) -> std::optional<store::AlertTarget> {
            auto a = store::ActionTargets(db).alert(alertId);
            if (!a)
                return std::nullopt;
            return *a;
        },
        [this](std::optional<store::AlertTarget> a) {
            if (a)
                openSuspendDialog(a->customerId, a->subscriptionId);
        });
}

void ActionsController::openSuspendDialog(const QString &customerId,
                                          const QString &azureSubscriptionId)
{
    if (customerId.isEmpty())
        return;
    if (!m_suspendDialog) {
        auto *dialog = new SuspendDialog(&m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_suspendDialog = dialog;
        connect(dialog, &SuspendDialog::actionRequested, this, &ActionsController::queueSuspend);
        connect(dialog, &SuspendDialog::checklistRequested, this,
                &ActionsController::openChecklist);
    }
    m_suspendActionId = 0;
    QPointer<SuspendDialog> guard(m_suspendDialog);
    m_worker.run<Result<store::CustomerHoldings>>(
        m_suspendDialog,
        [customerId](store::Database &db) { return store::ActionTargets(db).holdings(customerId); },
        [guard, azureSubscriptionId, this](Result<store::CustomerHoldings> h) {
            if (!guard)
                return;
            if (!h) {
                Q_EMIT message(h.error().message, 10000);
                return;
            }
            guard->setHoldings(*h, azureSubscriptionId);
            // Not modal: the analyst may look at the alert meanwhile, and the
            // response checklist it offers must take input.
            guard->show();
            guard->raise();
        });
}

void ActionsController::reloadSuspendDialog()
{
    if (!m_suspendDialog)
        return;
    QPointer<SuspendDialog> guard(m_suspendDialog);
    m_worker.run<Result<store::CustomerHoldings>>(
        m_suspendDialog,
        [customerId = m_suspendDialog->customerId()](store::Database &db) {
            return store::ActionTargets(db).holdings(customerId);
        },
        [guard](Result<store::CustomerHoldings> h) {
            if (guard && h)
                guard->setHoldings(*h);
        });
}

void ActionsController::queueSuspend(const sync::SuspendPlan &plan)
{
    m_worker.run<Result<qint64>>(
        this,
        [plan, who = actor()](store::Database &db) {
            return sync::ActionQueue(db, SystemClock::instance(), who).queueSuspend(plan);
        },
        [this, plan](Result<qint64> id) {
            if (!id) {
                if (m_suspendDialog)
                    m_suspendDialog->actionFinished(ActionState::Enum::Failed, id.error().message);
                return;
            }
            m_suspendActionId = *id;
            if (m_suspendDialog)
                m_suspendDialog->actionQueued(plan);
            if (!push() && m_suspendDialog) {
                m_suspendDialog->actionFinished(
                    ActionState::Enum::Queued,
                    tr("Queued in the outbox; \"vigie push\" sends it."));
                m_suspendActionId = 0;
            }
            refreshCounts();
            Q_EMIT actionsChanged();
        });
}

void ActionsController::openChecklist(const QString &customerId)
{
    if (customerId.isEmpty())
        return;
    if (!m_checklistDialog) {
        auto *dialog = new ChecklistDialog(&m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_checklistDialog = dialog;
        connect(dialog, &ChecklistDialog::tickChanged, this,
                [this](const QString &customer, const QString &key, bool done) {
                    m_worker.run<Status>(
                        this,
                        [customer, key, done, who = actor()](store::Database &db) {
                            return store::setChecklistTick(
                                db, customer, key, done, QDateTime::currentMSecsSinceEpoch(), who);
                        },
                        [this](Status s) {
                            if (!s)
                                Q_EMIT message(s.error().message, 10000);
                            reloadChecklist();
                            Q_EMIT actionsChanged();
                        });
                });
    }
    m_checklistDialog->setCustomer(customerId, QString());
    reloadChecklist();
    m_checklistDialog->show();
    m_checklistDialog->raise();
}

void ActionsController::reloadChecklist()
{
    if (!m_checklistDialog)
        return;
    struct Loaded
    {
        Loaded() {}
        QString name;
        QList<store::ChecklistTick> ticks;
    };
    QPointer<ChecklistDialog> guard(m_checklistDialog);
    const QString customer = m_checklistDialog->customerId();
    m_worker.run<Loaded>(
        m_checklistDialog,
        [customer](store::Database &db) {
            Loaded l;
            if (auto h = store::ActionTargets(db).holdings(customer))
                l.name = h->customerName;
            if (auto t = store::checklistTicks(db, customer))
                l.ticks = *t;
            return l;
        },
        [guard, customer](Loaded l) {
            if (!guard || guard->customerId() != customer)
                return;
            guard->setCustomer(customer, l.name);
            guard->setTicks(l.ticks);
        });
}

void ActionsController::retry(qint64 actionId)
{
    m_worker.run<Status>(
        this,
        [actionId, who = actor()](store::Database &db) {
            return sync::ActionQueue(db, SystemClock::instance(), who).retry(actionId);
        },
        [this](Status s) {
            if (!s)
                Q_EMIT message(s.error().message, 10000);
            else
                push();
            refreshCounts();
            Q_EMIT actionsChanged();
        });
}

void ActionsController::sendMineAgain(qint64 actionId)
{
    m_worker.run<Result<qint64>>(
        this,
        [actionId, who = actor()](store::Database &db) {
            return sync::ActionQueue(db, SystemClock::instance(), who).sendMineAgain(actionId);
        },
        [this](Result<qint64> id) {
            if (!id)
                Q_EMIT message(id.error().message, 10000);
            else
                push();
            refreshCounts();
            Q_EMIT actionsChanged();
        });
}

void ActionsController::keepRemote(qint64 actionId)
{
    m_worker.run<Status>(
        this,
        [actionId, who = actor()](store::Database &db) {
            return sync::ActionQueue(db, SystemClock::instance(), who).keepRemote(actionId);
        },
        [this](Status s) {
            Q_EMIT message(s ? tr("The remote state stands; nothing was sent.") : s.error().message,
                           8000);
            refreshCounts();
            Q_EMIT actionsChanged();
        });
}

} // namespace vigie::gui
