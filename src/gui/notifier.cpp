#include "gui/notifier.h"

#include "core/displaytext.h"
#include "core/enums.h"
#include "gui/alertsmodel.h"
#include "gui/logging.h"
#include "gui/storeworker.h"

#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSystemTrayIcon>

namespace vigie::gui {

namespace {

QString customerOf(const store::NewItem &i)
{
    return displayText(i.customerName.isEmpty() ? i.customerId : i.customerName, 60);
}

struct Tally
{
    int count = 0;
    int high = 0;
    int medium = 0;
    QSet<QString> customers;
    const store::NewItem *newest = nullptr;
    void add(const store::NewItem &i)
    {
        ++count;
        (i.severity == u"high" ? high : medium) += 1;
        customers.insert(i.customerId.toLower());
        newest = &i;
    }
};

} // namespace

Notifier::Notifier(StoreWorker &worker, QSettings &settings,
                   std::function<bool(store::NewItem::Kind)> isShowing, QObject *parent)
    : QObject(parent), m_worker(worker), m_settings(settings), m_isShowing(std::move(isShowing)),
      m_marks(std::make_shared<store::NewItemMarks>())
{
    // Only what arrives from now on is news. The marks live on the store
    // thread (every job that reads or moves them runs there, in order), so
    // this first job takes them before any check can look.
    m_worker.run<bool>(
        this,
        [marks = m_marks](store::Database &db) {
            auto m = store::NewItemsReadModel(db).marks();
            if (m)
                *marks = *m;
            return m.ok();
        },
        [](bool) {});
}

Notifier::~Notifier() = default;

QString Notifier::level(const QSettings &settings)
{
    const QString l = settings.value(QStringLiteral("notifications/level")).toString().trimmed();
    return l == u"high" || l == u"none" ? l : QStringLiteral("all");
}

void Notifier::showTrayIcon(const QIcon &icon, const QList<QAction *> &menu)
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(icon, this);
    auto *m = new QMenu();
    m->addActions(menu);
    connect(this, &QObject::destroyed, m, [m] { delete m; });
    m_tray->setContextMenu(m);
    m_tray->setToolTip(QStringLiteral("Vigie"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::activateLast);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick)
            Q_EMIT showRequested();
    });
    m_tray->show();
}

void Notifier::check(std::function<void()> done)
{
    m_worker.run<Result<store::NewItems>>(
        this,
        [marks = m_marks](store::Database &db) -> Result<store::NewItems> {
            auto items = store::NewItemsReadModel(db).since(*marks, 5000);
            if (items)
                *marks = items->marks;
            return items;
        },
        [this, done = std::move(done)](Result<store::NewItems> items) {
            if (!items) {
                qCWarning(lcGui).noquote() << "new items:" << items.error().message;
            } else {
                const QString lvl = level(m_settings);
                const Message m = compose(*items, lvl, m_isShowing);
                if (!m.isEmpty()) {
                    m_last = m;
                    m_lastItems = *items;
                    m_lastLevel = lvl;
                    m_lastAlertsShown = m_isShowing && m_isShowing(store::NewItem::Kind::Alert);
                    m_lastFindingsShown = m_isShowing && m_isShowing(store::NewItem::Kind::Finding);
                    if (m_tray)
                        m_tray->showMessage(m.title, m.body, QSystemTrayIcon::Information, 10000);
                    Q_EMIT notified(m.title, m.body);
                }
            }
            if (done)
                done();
        });
}

void Notifier::activateLast()
{
    if (m_last.target.kind != Target::Kind::None)
        Q_EMIT openRequested(m_last.target);
    else
        Q_EMIT showRequested();
}

Notifier::Message Notifier::recomposeLast() const
{
    if (m_last.isEmpty())
        return {};
    return compose(
        m_lastItems, m_lastLevel,
        [alerts = m_lastAlertsShown, findings = m_lastFindingsShown](store::NewItem::Kind kind) {
            return kind == store::NewItem::Kind::Alert ? alerts : findings;
        });
}

Notifier::Message Notifier::compose(const store::NewItems &items, const QString &level,
                                    const std::function<bool(store::NewItem::Kind)> &isShowing)
{
    if (level == u"none")
        return {};
    using Kind = store::NewItem::Kind;
    const bool alertsShown = isShowing && isShowing(Kind::Alert);
    const bool findingsShown = isShowing && isShowing(Kind::Finding);
    Tally alerts, findings;
    for (const store::NewItem &i : items.items) {
        if (level == u"high" && i.severity != u"high")
            continue;
        if (i.kind == Kind::Alert && !alertsShown)
            alerts.add(i);
        else if (i.kind == Kind::Finding && !findingsShown)
            findings.add(i);
    }
    Message m;
    if (alerts.count + findings.count == 0)
        return m;
    if (alerts.count + findings.count == 1) {
        const store::NewItem &i = alerts.count ? *alerts.newest : *findings.newest;
        if (i.kind == Kind::Alert) {
            m.title = tr("New security alert");
            m.body = tr("%1 · %2 · %3")
                         .arg(AlertsModel::severityLabel(i.severity), customerOf(i),
                              displayText(i.title.isEmpty() ? i.id : i.title, 120));
            m.target = {Target::Kind::Alert, i.id};
        } else {
            m.title = tr("New detection finding");
            m.body = tr("%1 · %2 · %3")
                         .arg(displayName(Risk::parse(i.severity)), customerOf(i),
                              displayText(i.title, 120));
            m.target = {Target::Kind::Finding, i.id};
        }
        return m;
    }
    // Grouped: one line per kind, "12 new alerts from 5 customers (4 high, 8 medium)".
    QStringList parts;
    const auto line = [](const Tally &t, const QString &what) {
        return tr("%1 from %n customer(s)", nullptr, int(t.customers.size())).arg(what) +
               QStringLiteral(" ") +
               // Each count its own plural ("1 élevée, 3 moyennes"), not "élevée(s)".
               tr("(%1, %2)", "high and medium counts")
                   .arg(tr("%n high", "alerts or findings", t.high),
                        tr("%n medium", "alerts or findings", t.medium));
    };
    if (alerts.count)
        parts << line(alerts, tr("%n new alert(s)", nullptr, alerts.count));
    if (findings.count)
        parts << line(findings, tr("%n new finding(s)", nullptr, findings.count));
    m.title = alerts.count && findings.count ? tr("New alerts and findings")
              : alerts.count                 ? tr("New security alerts")
                                             : tr("New detection findings");
    m.body = parts.join(QStringLiteral("; "));
    // Clicking opens the newest item of the first kind listed, on its page.
    const store::NewItem &open = alerts.count ? *alerts.newest : *findings.newest;
    m.target = {open.kind == Kind::Alert ? Target::Kind::Alert : Target::Kind::Finding, open.id};
    return m;
}

} // namespace vigie::gui
