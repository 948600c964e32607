#include "gui/alertspage.h"

#include "core/displaytext.h"
#include "core/timeutil.h"
#include "gui/headerfit.h"
#include "gui/storeworker.h"
#include "store/alertqueue.h"
#include "ui_alertspage.h"

#include <QEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QShortcut>
#include <QtConcurrent>

namespace vigie::gui {

namespace {

QString esc(const QString &s)
{
    return displayText(s).toHtmlEscaped();
}

QString localTime(qint64 ms)
{
    return ms > 0 ? QLocale().toString(fromEpochMs(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

// A small text chart: one block per hour, scaled to the busiest hour.
QString sparkline(const QList<int> &values)
{
    static const QChar blocks[] = {u' ', u'▁', u'▂', u'▃', u'▄', u'▅', u'▆', u'▇', u'█'};
    int top = 0;
    for (int v : values)
        top = std::max(top, v);
    QString out;
    for (int v : values)
        out += top == 0 ? blocks[0] : blocks[(v * 8 + top - 1) / top];
    return out;
}

int total(const QList<int> &values)
{
    int t = 0;
    for (int v : values)
        t += v;
    return t;
}

// additionalDetails values are often JSON text: shown expanded.
QString prettyValue(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString();
        const QJsonDocument inner = QJsonDocument::fromJson(s.toUtf8());
        if (inner.isArray() || inner.isObject())
            return QString::fromUtf8(inner.toJson(QJsonDocument::Indented)).trimmed();
        return s;
    }
    if (v.isArray() || v.isObject())
        return QString::fromUtf8(
                   (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                       .toJson(QJsonDocument::Indented))
            .trimmed();
    return v.toVariant().toString();
}

} // namespace

AlertsPage::AlertsPage(StoreWorker &worker, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AlertsPage>()), m_worker(worker),
      m_model(new AlertsModel(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() +
                                                         6); // one line per row, never wrapped
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    fitColumns();
    fillCombos();

    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                m_sortColumn = column;
                m_sortOrder = order;
                refilter();
            });
    // Customer tags (Customers page): one more facet beside the customer.
    m_tagCombo = new QComboBox(this);
    m_tagCombo->setObjectName(QStringLiteral("tagCombo"));
    m_tagCombo->addItem(tr("All tags"), QString());
    m_ui->filterBar->insertWidget(m_ui->filterBar->indexOf(m_ui->customerCombo) + 1, m_tagCombo);
    for (QComboBox *combo :
         {m_ui->statusCombo, m_ui->severityCombo, m_ui->customerCombo, m_tagCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            readFilterFromBar();
            refilter();
        });
    connect(m_ui->search, &QLineEdit::textChanged, this, [this] {
        readFilterFromBar();
        refilter();
    });
    connect(&m_filtering, &QFutureWatcher<Selection>::finished, this, [this] {
        const QString keep = m_openAlert.isEmpty() ? m_keepCurrent : m_openAlert;
        Selection answer = m_filtering.result();
        const qsizetype total = answer.rows->size();
        m_model->setRows(std::move(answer.rows), std::move(answer.order));
        m_ui->countLabel->setText(
            tr("%1 of %2").arg(QLocale().toString(m_model->rowCount()), QLocale().toString(total)));
        if (!m_openAlert.isEmpty() && !m_refilterAgain && m_model->rowOf(m_openAlert) < 0) {
            const AlertQueueFilter &f = m_filter;
            const bool everything = f.statuses.isEmpty() && f.severities.isEmpty() &&
                                    f.customerId.isEmpty() && f.alertType.isEmpty() &&
                                    f.text.isEmpty() && f.fromMs == 0 && f.toMs == 0;
            if (!everything) {
                // Hidden by the filter: every status, every customer, no text.
                setFilter(AlertQueueFilter{});
                return;
            }
            m_openAlert.clear(); // not in the cache (any more)
        }
        if (const int row = m_model->rowOf(keep); row >= 0) {
            m_ui->table->setCurrentIndex(m_model->index(row, 0));
            m_ui->table->scrollTo(m_model->index(row, 0));
            if (keep == m_openAlert)
                m_openAlert.clear();
        } else if (m_model->rowCount() > 0)
            m_ui->table->setCurrentIndex(m_model->index(0, 0));
        else
            m_ui->detail->clear();
        Q_EMIT loaded(int(total), m_model->rowCount());
        if (m_refilterAgain) {
            m_refilterAgain = false;
            refilter();
        }
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPage::showDetail);
    connect(m_ui->legitimateButton, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::Resolution::Legitimate); });
    connect(m_ui->fraudButton, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::Resolution::Fraud); });
    connect(m_ui->ignoreButton, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::Resolution::Ignore); });
    connect(m_ui->investigatingButton, &QPushButton::clicked, this,
            [this] { resolveSelected(sync::Resolution::Investigating); });
    connect(m_ui->noteButton, &QPushButton::clicked, this, &AlertsPage::addNote);

    // Every action without a mouse.
    const auto key = [this](const QKeySequence &seq, auto slot) {
        auto *s = new QShortcut(seq, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    key(QKeySequence(Qt::Key_J), [this] { moveCurrent(1); });
    key(QKeySequence(Qt::Key_K), [this] { moveCurrent(-1); });
    key(QKeySequence(Qt::Key_Slash), [this] {
        m_ui->search->setFocus();
        m_ui->search->selectAll();
    });
    key(QKeySequence(Qt::Key_L), [this] { resolveSelected(sync::Resolution::Legitimate); });
    key(QKeySequence(Qt::Key_F), [this] { resolveSelected(sync::Resolution::Fraud); });
    key(QKeySequence(Qt::Key_I), [this] { resolveSelected(sync::Resolution::Ignore); });
    key(QKeySequence(Qt::Key_V), [this] { resolveSelected(sync::Resolution::Investigating); });
    key(QKeySequence(Qt::Key_N), [this] { addNote(); });
    key(QKeySequence(Qt::Key_Return), [this] { m_ui->detail->setFocus(); });
    key(QKeySequence(Qt::Key_Escape), [this] { m_ui->table->setFocus(); });
}

AlertsPage::~AlertsPage()
{
    m_filtering.waitForFinished();
}

void AlertsPage::fillCombos()
{
    const QSignalBlocker a(m_ui->statusCombo), b(m_ui->severityCombo);
    const int status = std::max(0, m_ui->statusCombo->currentIndex());
    const int severity = std::max(0, m_ui->severityCombo->currentIndex());
    m_ui->statusCombo->clear();
    m_ui->statusCombo->addItem(
        tr("Active and investigating"),
        QStringList{QStringLiteral("active"), QStringLiteral("investigating")});
    m_ui->statusCombo->addItem(tr("Active"), QStringList{QStringLiteral("active")});
    m_ui->statusCombo->addItem(tr("Investigating"), QStringList{QStringLiteral("investigating")});
    m_ui->statusCombo->addItem(tr("Resolved"), QStringList{QStringLiteral("resolved")});
    m_ui->statusCombo->addItem(tr("All"), QStringList{});
    m_ui->statusCombo->setCurrentIndex(status);
    m_ui->severityCombo->clear();
    m_ui->severityCombo->addItem(tr("Any severity"), QString());
    for (const char *s : {"high", "medium", "low", "informational"})
        m_ui->severityCombo->addItem(AlertsModel::severityLabel(QLatin1String(s)),
                                     QString::fromLatin1(s));
    m_ui->severityCombo->setCurrentIndex(severity);
}

void AlertsPage::readFilterFromBar()
{
    const QStringList statuses = m_ui->statusCombo->currentData().toStringList();
    m_filter.statuses = QSet<QString>(statuses.begin(), statuses.end());
    const QString severity = m_ui->severityCombo->currentData().toString();
    m_filter.severities = severity.isEmpty() ? QSet<QString>() : QSet<QString>{severity};
    m_filter.customerId = m_ui->customerCombo->currentData().toString();
    m_filter.customerTag = m_tagCombo->currentData().toString();
    m_filter.text = m_ui->search->text().trimmed();
}

void AlertsPage::setFilter(const AlertQueueFilter &filter)
{
    m_filter = filter;
    const QSignalBlocker a(m_ui->statusCombo), b(m_ui->severityCombo), c(m_ui->customerCombo),
        d(m_ui->search);
    for (int i = 0; i < m_ui->statusCombo->count(); ++i) {
        const QStringList s = m_ui->statusCombo->itemData(i).toStringList();
        if (QSet<QString>(s.begin(), s.end()) == filter.statuses)
            m_ui->statusCombo->setCurrentIndex(i);
    }
    const int sev = m_ui->severityCombo->findData(
        filter.severities.size() == 1 ? *filter.severities.begin() : QString());
    m_ui->severityCombo->setCurrentIndex(std::max(0, sev));
    m_ui->customerCombo->setCurrentIndex(
        std::max(0, m_ui->customerCombo->findData(filter.customerId)));
    {
        const QSignalBlocker e(m_tagCombo);
        if (!filter.customerTag.isEmpty() && m_tagCombo->findData(filter.customerTag) < 0)
            m_tagCombo->addItem(filter.customerTag, filter.customerTag); // before the rows load
        m_tagCombo->setCurrentIndex(std::max(0, m_tagCombo->findData(filter.customerTag)));
    }
    m_ui->search->setText(filter.text);
    refilter();
}

void AlertsPage::reload()
{
    // The rows and their index (search text, sort permutations) are built
    // on the store thread: the GUI thread only swaps them in.
    m_worker.run<std::shared_ptr<AlertQueueIndex>>(
        this,
        [](store::Database &db) -> std::shared_ptr<AlertQueueIndex> {
            auto rows = store::AlertQueueReadModel(db).all();
            if (!rows)
                return nullptr;
            return std::make_shared<AlertQueueIndex>(
                std::make_shared<const QList<store::AlertQueueRow>>(std::move(rows).value()));
        },
        [this](std::shared_ptr<AlertQueueIndex> index) {
            if (!index)
                return;
            m_index = std::move(index);
            m_rows = m_index->rows();
            // Customers that have alerts, by name.
            QMap<QString, QString> customers; // name -> id, sorted by name
            for (const store::AlertQueueRow &r : *m_rows)
                customers.insert(
                    displayText(r.customerName.isEmpty() ? r.customerId : r.customerName),
                    r.customerId);
            const QString current = m_ui->customerCombo->currentData().toString();
            {
                const QSignalBlocker block(m_ui->customerCombo);
                m_ui->customerCombo->clear();
                m_ui->customerCombo->addItem(tr("All customers"), QString());
                for (auto it = customers.cbegin(); it != customers.cend(); ++it)
                    m_ui->customerCombo->addItem(it.key(), it.value());
                m_ui->customerCombo->setCurrentIndex(
                    std::max(0, m_ui->customerCombo->findData(current)));
            }
            QMap<QString, QString> tags; // folded -> as written, sorted
            for (const store::AlertQueueRow &r : *m_rows)
                for (const QString &t : r.customerTags)
                    tags.insert(t.toCaseFolded(), t);
            if (!m_filter.customerTag.isEmpty())
                tags.insert(m_filter.customerTag.toCaseFolded(), m_filter.customerTag);
            {
                const QSignalBlocker block(m_tagCombo);
                m_tagCombo->clear();
                m_tagCombo->addItem(tr("All tags"), QString());
                for (const QString &t : tags)
                    m_tagCombo->addItem(t, t);
                m_tagCombo->setCurrentIndex(
                    std::max(0, m_tagCombo->findData(m_filter.customerTag, Qt::UserRole,
                                                     Qt::MatchFixedString)));
            }
            refilter();
        });
}

void AlertsPage::refilter()
{
    if (!m_index)
        return;
    if (m_filtering.isRunning()) {
        m_refilterAgain = true; // the newest filter wins once this pass is in
        return;
    }
    if (const store::AlertQueueRow *r = m_model->rowAt(m_ui->table->currentIndex().row()))
        m_keepCurrent = r->id;
    m_filtering.setFuture(QtConcurrent::run(
        [index = m_index, filter = m_filter, column = m_sortColumn, order = m_sortOrder] {
            return Selection{index->rows(), index->select(filter, column, order)};
        }));
}

QStringList AlertsPage::selectedAlertIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_ui->table->selectionModel()->selectedRows())
        if (const store::AlertQueueRow *r = m_model->rowAt(i.row()))
            ids << r->id;
    if (ids.isEmpty())
        if (const store::AlertQueueRow *r = m_model->rowAt(m_ui->table->currentIndex().row()))
            ids << r->id;
    return ids;
}

void AlertsPage::fitColumns()
{
    const int date = fontMetrics().horizontalAdvance(QLocale().toString(
                         QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat)) +
                     16;
    fitColumnsToHeaders(m_ui->table, AlertsModel::Title,
                        {{AlertsModel::Severity, 90},
                         {AlertsModel::Type, 180},
                         {AlertsModel::Customer, 160},
                         {AlertsModel::Subscription, 110},
                         {AlertsModel::FirstObserved, date},
                         {AlertsModel::LastObserved, date}});
}

void AlertsPage::openAlert(const QString &alertId)
{
    m_openAlert = alertId;
    reload();
}

QString AlertsPage::currentAlertId() const
{
    const store::AlertQueueRow *r = m_model->rowAt(m_ui->table->currentIndex().row());
    return r ? r->id : QString();
}

void AlertsPage::moveCurrent(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_ui->table->currentIndex().row() + delta, 0, rows - 1);
    m_ui->table->setCurrentIndex(m_model->index(row, 0));
    m_ui->table->setFocus();
}

void AlertsPage::resolveSelected(sync::Resolution resolution)
{
    const QStringList ids = selectedAlertIds();
    if (ids.isEmpty())
        return;
    if (ids.size() > 1) {
        // One confirmation for a bulk, with the count per customer.
        QMap<QString, int> perCustomer;
        for (const QModelIndex &i : m_ui->table->selectionModel()->selectedRows())
            if (const store::AlertQueueRow *r = m_model->rowAt(i.row()))
                ++perCustomer[displayText(r->customerName.isEmpty() ? r->customerId
                                                                    : r->customerName)];
        QStringList lines;
        for (auto it = perCustomer.cbegin(); it != perCustomer.cend(); ++it)
            lines << tr("%1: %n alert(s)", nullptr, it.value()).arg(it.key());
        const QString what =
            resolution == sync::Resolution::Investigating
                ? tr("Mark %n alert(s) as under investigation?", nullptr, int(ids.size()))
                : tr("Resolve %n alert(s) as %1?", nullptr, int(ids.size()))
                      .arg(AlertsModel::reasonLabel(sync::resolutionWireReason(resolution)));
        if (QMessageBox::question(this, tr("Resolve alerts"),
                                  what + QStringLiteral("\n\n") + lines.join(u'\n')) !=
            QMessageBox::Yes)
            return;
    }
    Q_EMIT resolveRequested(ids, resolution);
}

void AlertsPage::addNote()
{
    const store::AlertQueueRow *r = m_model->rowAt(m_ui->table->currentIndex().row());
    if (!r)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Note"),
        tr("A note on \"%1\", kept in Vigie:").arg(displayText(r->displayName, 80)), QString(),
        &ok);
    if (ok && !text.trimmed().isEmpty())
        Q_EMIT noteRequested(r->id, text.trimmed());
}

void AlertsPage::showDetail()
{
    const store::AlertQueueRow *row = m_model->rowAt(m_ui->table->currentIndex().row());
    if (!row) {
        m_ui->detail->clear();
        return;
    }
    const store::AlertQueueRow r = *row;
    const quint64 request = ++m_detailRequest;
    m_worker.run<Result<store::AlertContext>>(
        this,
        [id = r.id](store::Database &db) { return store::AlertQueueReadModel(db).context(id); },
        [this, r, request](Result<store::AlertContext> c) {
            if (request != m_detailRequest)
                return; // the analyst moved on
            QString html;
            const auto field = [&html](const QString &label, const QString &value) {
                if (!value.isEmpty())
                    html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                                .arg(label.toHtmlEscaped(), value);
            };
            html += QStringLiteral("<h3>%1</h3><table cellspacing='3'>").arg(esc(r.displayName));
            field(tr("Severity"), esc(AlertsModel::severityLabel(r.severity)));
            field(tr("Type"), esc(AlertsModel::typeLabel(r.alertType)));
            field(tr("Status"), esc(AlertsModel::statusLabel(r.status)));
            field(tr("Resolution"), esc(AlertsModel::reasonLabel(r.resolvedReason)));
            field(tr("Customer"),
                  esc(r.customerName.isEmpty() ? r.customerId : r.customerName) +
                      QStringLiteral(" <small>(%1)</small>").arg(esc(r.customerId)));
            field(tr("Reseller"),
                  esc(r.resellerName.isEmpty() ? r.resellerTenantId : r.resellerName));
            field(tr("Subscription"), esc(r.subscriptionId));
            field(tr("Detected"), esc(localTime(r.detectedAtMs)));
            field(tr("First observed"), esc(localTime(r.firstObservedAtMs)));
            field(tr("Last observed"), esc(localTime(r.lastObservedAtMs)));
            field(tr("Confidence"), esc(AlertsModel::confidenceLabel(r.confidence)));
            field(tr("Alert id"), esc(r.id));
            html += QStringLiteral("</table>");
            if (!c) {
                m_ui->detail->setHtml(html);
                return;
            }
            const QJsonObject raw = QJsonDocument::fromJson(c->raw).object();
            if (const QString d = raw.value(u"description").toString(); !d.isEmpty())
                html += QStringLiteral("<p>%1</p>")
                            .arg(d.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
            const QJsonArray resources = raw.value(u"affectedResources").toArray();
            if (!resources.isEmpty()) {
                html +=
                    QStringLiteral("<h4>%1</h4><ul>").arg(tr("Affected resources").toHtmlEscaped());
                for (const QJsonValue &v : resources)
                    html += QStringLiteral("<li><code>%1</code> %2</li>")
                                .arg(esc(v.toObject().value(u"resourceId").toString()),
                                     esc(v.toObject().value(u"resourceType").toString()));
                html += QStringLiteral("</ul>");
            }
            const QJsonObject details = raw.value(u"additionalDetails").toObject();
            if (!details.isEmpty()) {
                html += QStringLiteral("<h4>%1</h4><table cellspacing='3'>")
                            .arg(tr("Additional details").toHtmlEscaped());
                for (auto it = details.begin(); it != details.end(); ++it)
                    html += QStringLiteral("<tr><td><b>%1</b></td><td><pre>%2</pre></td></tr>")
                                .arg(esc(it.key()), prettyValue(it.value()).toHtmlEscaped());
                html += QStringLiteral("</table>");
            }
            // The same customer around the alert time: no web tool shows this.
            html += QStringLiteral("<h4>%1</h4><table cellspacing='3'>")
                        .arg(tr("The customer from %1 to %2")
                                 .arg(localTime(c->windowStartMs),
                                      localTime(c->windowStartMs + 48 * 3'600'000))
                                 .toHtmlEscaped());
            const auto series = [&](const QString &label, const QList<int> &values) {
                html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td>%3</td></tr>")
                            .arg(label.toHtmlEscaped(), sparkline(values).toHtmlEscaped(),
                                 QLocale().toString(total(values)));
            };
            series(tr("Failed sign-ins per hour"), c->failedSignInsPerHour);
            series(tr("Sign-ins per hour"), c->signInsPerHour);
            series(tr("Directory changes per hour"), c->auditChangesPerHour);
            html += QStringLiteral("</table>");
            if (!c->spend.isEmpty()) {
                QStringList days;
                for (const auto &[day, cost] : c->spend)
                    days << QStringLiteral("%1: %2").arg(
                        QLocale().toString(fromEpochMs(day).date(), QLocale::ShortFormat),
                        QLocale().toCurrencyString(cost, c->currency));
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(tr("Spend of the subscription:").toHtmlEscaped(),
                                 days.join(QStringLiteral(" · ")).toHtmlEscaped());
            }
            if (!c->openFindings.isEmpty()) {
                QStringList f;
                for (const auto &[rule, subject] : c->openFindings)
                    f << QStringLiteral("%1 (%2)").arg(rule, displayText(subject, 60));
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(tr("Open findings of the customer:").toHtmlEscaped(),
                                 f.join(QStringLiteral(", ")).toHtmlEscaped());
            }
            if (!c->sameSubscriptionAlerts.isEmpty()) {
                QStringList a;
                for (const auto &[id, name] : c->sameSubscriptionAlerts)
                    a << displayText(name.isEmpty() ? id : name, 80);
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(tr("Other alerts of this subscription:").toHtmlEscaped(),
                                 a.join(QStringLiteral("; ")).toHtmlEscaped());
            }
            if (!c->history.isEmpty() || !c->notes.isEmpty()) {
                html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("History").toHtmlEscaped());
                for (const auto &e : c->history)
                    html += QStringLiteral("<li>%1 — %2</li>")
                                .arg(esc(localTime(e.atMs)),
                                     e.oldStatus.isEmpty()
                                         ? tr("first seen as %1")
                                               .arg(AlertsModel::statusLabel(e.newStatus))
                                               .toHtmlEscaped()
                                         : tr("%1 → %2")
                                               .arg(AlertsModel::statusLabel(e.oldStatus),
                                                    AlertsModel::statusLabel(e.newStatus))
                                               .toHtmlEscaped());
                for (const auto &n : c->notes)
                    html += QStringLiteral("<li>%1 — %2: %3</li>")
                                .arg(esc(localTime(n.atMs)), esc(n.author),
                                     n.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
                html += QStringLiteral("</ul>");
            }
            m_ui->detail->setHtml(html);
        });
}

void AlertsPage::setNow(const QDateTime &now)
{
    m_model->setNow(now);
}

void AlertsPage::retranslate()
{
    m_ui->retranslateUi(this);
    fillCombos();
    fitColumns();
    m_tagCombo->setItemText(0, tr("All tags"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, AlertsModel::ColumnCount - 1);
    if (m_index) {
        m_filtering.waitForFinished(); // the index is not changed under a pass
        m_index->clearSortCache();     // type labels sort in the new language
        refilter();
    }
}

void AlertsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
