#include "gui/importdialog.h"

#include "gui/storeworker.h"
#include "ui_importdialog.h"

#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPointer>
#include <QPushButton>

namespace vigie::gui {

// Guards the dialog pointer used from the worker thread: the destructor
// clears it under the lock, so an event is never posted to a dead object.
struct ImportDialog::Relay
{
    QMutex mutex;
    ImportDialog *dialog = nullptr;

    void post(qint64 done, qint64 total)
    {
        QMutexLocker lock(&mutex);
        if (!dialog)
            return;
        QPointer<ImportDialog> target(dialog);
        QMetaObject::invokeMethod(
            dialog,
            [target, done, total] {
                if (target)
                    target->onProgress(done, total);
            },
            Qt::QueuedConnection);
    }
};

namespace {
constexpr int kScale = 1000; // progress bar range
constexpr int kMaxReasons = 3;
} // namespace

ImportDialog::ImportDialog(StoreWorker &worker, const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_worker(worker),
      m_relay(std::make_shared<Relay>())
{
    m_relay->dialog = this;
    m_ui->setupUi(this);
    m_importButton = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    m_ui->customer->lineEdit()->setPlaceholderText(tr("Read from the records"));
    m_ui->customer->setToolTip(
        tr("The customer the records belong to. Leave empty when the files carry the tenant "
           "id of each record."));
    m_ui->progress->setRange(0, kScale);
    m_ui->progress->setValue(0);
    m_ui->summary->hide();

    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::start);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_ui->files->selectedItems());
        updateButtons();
    });
    connect(m_ui->files, &QListWidget::itemSelectionChanged, this, &ImportDialog::updateButtons);
    setPaths(paths);
}

ImportDialog::~ImportDialog()
{
    {
        QMutexLocker lock(&m_relay->mutex);
        m_relay->dialog = nullptr;
    }
    if (m_stop)
        m_stop->store(true);
}

QStringList ImportDialog::paths() const
{
    QStringList out;
    for (int i = 0; i < m_ui->files->count(); ++i)
        out << m_ui->files->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ImportDialog::setPaths(const QStringList &paths)
{
    m_ui->files->clear();
    addPaths(paths);
}

void ImportDialog::addPaths(const QStringList &paths)
{
    const QStringList have = this->paths();
    for (const QString &p : paths) {
        if (p.isEmpty() || have.contains(p))
            continue;
        auto *item = new QListWidgetItem(QFileInfo(p).fileName(), m_ui->files);
        item->setData(Qt::UserRole, p);
        item->setToolTip(p);
    }
    updateButtons();
}

void ImportDialog::setCustomers(const QStringList &customerIds)
{
    const QString current = customerId();
    m_ui->customer->clear();
    m_ui->customer->addItem(QString());
    m_ui->customer->addItems(customerIds);
    m_ui->customer->setEditText(current);
}

void ImportDialog::setCustomerId(const QString &customerId)
{
    m_ui->customer->setEditText(customerId);
}

QString ImportDialog::customerId() const
{
    return m_ui->customer->currentText().trimmed();
}

int ImportDialog::progressValue() const
{
    return m_ui->progress->maximum() > 0
               ? int(qint64(m_ui->progress->value()) * 100 / m_ui->progress->maximum())
               : 0;
}

QString ImportDialog::summaryText() const
{
    return m_ui->summary->toPlainText();
}

void ImportDialog::browse()
{
    const QStringList picked = QFileDialog::getOpenFileNames(
        this, tr("Import logs"), QString(),
        tr("Logs (*.json *.jsonl *.ndjson *.csv *.txt);;All files (*)"));
    addPaths(picked);
}

void ImportDialog::updateButtons()
{
    m_importButton->setEnabled(!m_running && m_ui->files->count() > 0);
    m_ui->addButton->setEnabled(!m_running);
    m_ui->removeButton->setEnabled(!m_running && !m_ui->files->selectedItems().isEmpty());
    m_ui->customer->setEnabled(!m_running);
    m_ui->buttons->button(QDialogButtonBox::Close)
        ->setText(m_running ? tr("&Cancel") : tr("&Close"));
}

void ImportDialog::onProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    m_ui->progress->setValue(int(qBound(qint64(0), done * kScale / total, qint64(kScale))));
}

void ImportDialog::start()
{
    const QStringList files = paths();
    if (m_running || files.isEmpty())
        return;
    m_running = true;
    m_results.clear();
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_ui->progress->setValue(0);
    m_ui->summary->clear();
    m_ui->summary->hide();
    m_ui->note->setText(
        tr("Importing… Closing this window stops after the current file finishes; records "
           "already imported are kept."));
    updateButtons();

    const QString customer = customerId();
    auto relay = m_relay;
    auto stop = m_stop;
    m_worker.run<QList<FileResult>>(
        this,
        [files, customer, relay, stop](store::Database &db) {
            // Sizes for the overall bar, read here (never on the GUI thread).
            QList<qint64> sizes;
            qint64 total = 0;
            for (const QString &f : files) {
                sizes << qMax<qint64>(0, QFileInfo(f).size());
                total += sizes.last();
            }
            QList<FileResult> out;
            qint64 before = 0;
            for (qsizetype i = 0; i < files.size(); ++i) {
                if (stop->load())
                    break;
                import::ImportOptions options;
                options.customerId = customer;
                options.progress = [relay, before, total](qint64 done, qint64) {
                    relay->post(before + done, total);
                };
                FileResult r;
                r.path = files[i];
                auto report = import::importFile(db, files[i], options);
                if (report)
                    r.report = std::move(report.value());
                else
                    r.error = report.error().message;
                out << r;
                before += sizes[i];
                relay->post(before, total);
            }
            return out;
        },
        [this](QList<FileResult> results) { onFinished(results); });
}

void ImportDialog::onFinished(const QList<FileResult> &results)
{
    m_running = false;
    m_results = results;
    // The bar is at 100 % from the worker's last report unless it stopped early.
    QStringList lines;
    QStringList customers;
    for (const FileResult &r : results) {
        const QString name = QFileInfo(r.path).fileName();
        if (!r.report) {
            lines << tr("%1 — not imported: %2").arg(name, r.error);
            continue;
        }
        const import::ImportReport &rep = *r.report;
        lines << tr("%1 — %2: %3 taken, %4 duplicates, %5 rejected")
                     .arg(name, import::formatDescription(rep.format))
                     .arg(rep.taken)
                     .arg(rep.duplicates)
                     .arg(rep.rejected);
        for (int i = 0; i < rep.rejections.size() && i < kMaxReasons; ++i) {
            const import::Rejection &rj = rep.rejections[i];
            lines << (rj.line > 0 ? tr("    line %1: %2").arg(rj.line).arg(rj.reason)
                                  : tr("    record %1: %2").arg(rj.record).arg(rj.reason));
        }
        if (rep.truncated)
            lines << QStringLiteral("    ") + rep.truncation;
        for (const QString &c : rep.customers)
            if (!customers.contains(c))
                customers << c;
    }
    if (results.size() < paths().size())
        lines << tr("Stopped before the remaining files.");
    m_ui->summary->setPlainText(lines.join(u'\n'));
    m_ui->summary->show();
    m_ui->note->setText(tr("Import finished."));
    updateButtons();
    m_ui->buttons->button(QDialogButtonBox::Close)->setDefault(true);
    m_importButton->setDefault(false);
    QPointer<ImportDialog> self(this);
    Q_EMIT imported(customers);
    if (self && m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject(); // deletes the dialog when WA_DeleteOnClose is set
    }
}

void ImportDialog::reject()
{
    if (m_running) {
        // The current file finishes, the rest is skipped. Stay alive, hidden,
        // until the worker reports what was written: closing now would drop
        // imported() and with it the detection of the rows already written.
        if (m_stop)
            m_stop->store(true);
        m_closeWhenDone = true;
        setResult(QDialog::Rejected);
        hide();
        return;
    }
    QDialog::reject();
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        reject();
        event->ignore(); // no WA_DeleteOnClose yet
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace vigie::gui
