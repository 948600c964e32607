#include "gui/signindialog.h"

#include "ui_signindialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QPushButton>

namespace vigie::gui {

SignInDialog::SignInDialog(Account &account, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_account(account),
      m_openBrowser([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_ui->setupUi(this);
    m_ui->authorizeUrl->hide();
    m_ui->newCodeButton->hide();
    m_ui->pages->setCurrentWidget(m_ui->browserPage);
    m_ui->browserButton->setFocus();
    // The stack is as tall as the page shown, not as its tallest page (the
    // device page's big code left a gap under the browser page).
    connect(m_ui->pages, &QStackedWidget::currentChanged, this, &SignInDialog::fitToPage);
    fitToPage();

    connect(m_ui->browserButton, &QPushButton::clicked, this, &SignInDialog::startBrowserSignIn);
    connect(m_ui->useDeviceCodeButton, &QPushButton::clicked, this,
            [this] { setMode(Mode::DeviceCode); });
    connect(m_ui->useBrowserButton, &QPushButton::clicked, this,
            [this] { setMode(Mode::Browser); });
    connect(m_ui->newCodeButton, &QPushButton::clicked, this, &SignInDialog::startDeviceCode);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        if (m_code.userCode.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(m_code.userCode);
        setStatus(tr("Code copied. Waiting for you to approve the sign-in…"));
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (!m_code.verificationUri.isEmpty())
            m_openBrowser(QUrl(m_code.verificationUri));
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &SignInDialog::updateCountdown);
}

SignInDialog::~SignInDialog()
{
    stopFlow();
}

void SignInDialog::setBrowserOpener(BrowserOpener opener)
{
    m_openBrowser = std::move(opener);
}

QString SignInDialog::statusText() const
{
    return m_ui->status->text();
}

QString SignInDialog::countdownText() const
{
    return m_ui->countdown->text();
}

void SignInDialog::setStatus(const QString &text, bool error)
{
    m_ui->status->setText(text);
    m_ui->status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void SignInDialog::fitToPage()
{
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        QWidget *page = m_ui->pages->widget(i);
        const bool current = page == m_ui->pages->currentWidget();
        page->setSizePolicy(current ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                            current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    m_ui->pages->updateGeometry();
    adjustSize();
}

void SignInDialog::setMode(Mode mode)
{
    if (mode == m_mode && (mode == Mode::Browser || isBusy()))
        return;
    stopFlow();
    m_mode = mode;
    setStatus({});
    if (mode == Mode::Browser) {
        m_ui->pages->setCurrentWidget(m_ui->browserPage);
        m_ui->browserButton->setEnabled(true);
        m_ui->browserButton->setDefault(true);
        m_ui->browserButton->setFocus();
    } else {
        m_ui->pages->setCurrentWidget(m_ui->devicePage);
        m_ui->copyButton->setDefault(true);
        startDeviceCode();
    }
}

void SignInDialog::stopFlow()
{
    m_tick.stop();
    if (m_flow) {
        net::Job *job = m_flow;
        m_flow.clear();
        job->disconnect(this);
        job->abort();
        job->deleteLater();
    }
}

void SignInDialog::startBrowserSignIn()
{
    stopFlow();
    auto *flow = m_account.createBrowserFlow(
        [this](const QUrl &url) {
            m_ui->authorizeUrl->setText(url.toString(QUrl::FullyEncoded));
            m_ui->authorizeUrl->show();
            m_openBrowser(url);
        },
        this);
    m_flow = flow;
    connect(flow, &net::Job::finished, this, [this, flow] { onFlowFinished(flow); });
    m_ui->browserButton->setEnabled(false);
    setStatus(tr("Waiting for the browser… Finish signing in there, then come back here."));
    flow->start();
}

void SignInDialog::startDeviceCode()
{
    stopFlow();
    m_code = {};
    m_ui->userCode->setText(QStringLiteral("…"));
    m_ui->verificationUri->clear();
    m_ui->countdown->clear();
    m_ui->copyButton->setEnabled(false);
    m_ui->openButton->setEnabled(false);
    m_ui->newCodeButton->hide();
    auto *flow = m_account.createDeviceCodeFlow(this);
    m_flow = flow;
    connect(flow, &net::DeviceCodeFlow::userCodeReady, this, &SignInDialog::onUserCode);
    connect(flow, &net::Job::finished, this, [this, flow] { onFlowFinished(flow); });
    setStatus(tr("Asking Microsoft for a code…"));
    flow->start();
}

void SignInDialog::onUserCode(const net::DeviceCode &code)
{
    m_code = code;
    m_ui->userCode->setText(code.userCode);
    m_ui->verificationUri->setText(code.verificationUri);
    m_ui->copyButton->setEnabled(true);
    m_ui->openButton->setEnabled(true);
    m_expiry = QDeadlineTimer(qint64(code.expiresInSec) * 1000);
    if (auto *dc = qobject_cast<net::DeviceCodeFlow *>(m_flow.data()))
        m_initialInterval = dc->currentIntervalSec();
    setStatus(tr("Waiting for you to approve the sign-in…"));
    updateCountdown();
    m_tick.start();
}

void SignInDialog::updateCountdown()
{
    const qint64 left = qMax<qint64>(0, (m_expiry.remainingTime() + 999) / 1000);
    m_ui->countdown->setText(tr("The code expires in %1:%2")
                                 .arg(left / 60, 2, 10, QLatin1Char('0'))
                                 .arg(left % 60, 2, 10, QLatin1Char('0')));
    if (auto *dc = qobject_cast<net::DeviceCodeFlow *>(m_flow.data());
        dc && dc->currentIntervalSec() > m_initialInterval) {
        setStatus(tr("Microsoft asked Vigie to check less often; still waiting for your "
                     "approval…"));
    }
    if (left == 0) {
        stopFlow();
        m_ui->countdown->setText(tr("The code expired."));
        m_ui->copyButton->setEnabled(false);
        m_ui->newCodeButton->show();
        setStatus(tr("The code expired before the sign-in was approved. Ask for a new code."),
                  true);
    }
}

void SignInDialog::onFlowFinished(net::Job *job)
{
    if (job != m_flow)
        return;
    m_flow.clear();
    m_tick.stop();
    job->deleteLater();
    if (!job->ok()) {
        const Error &e = *job->error();
        if (e.kind == Error::Kind::Cancelled)
            return;
        m_ui->browserButton->setEnabled(true);
        if (m_mode == Mode::DeviceCode) {
            m_ui->copyButton->setEnabled(false);
            m_ui->newCodeButton->show();
            m_ui->newCodeButton->setDefault(true);
        }
        const QString message = e.message.isEmpty() ? tr("The sign-in failed.") : e.message;
        setStatus(message, true);
        Q_EMIT failed(message);
        return;
    }
    net::TokenResponse tokens = static_cast<net::ValueJob<net::TokenResponse> *>(job)->value();
    setStatus(tr("Signed in. Saving the sign-in…"));
    QPointer<SignInDialog> self(this);
    m_account.acceptSignIn(tokens, [self](Status st) {
        if (!self)
            return;
        if (!st) {
            const QString message =
                tr("Signed in, but the sign-in could not be saved: %1").arg(st.error().message);
            self->setStatus(message, true);
            self->m_ui->browserButton->setEnabled(true);
            Q_EMIT self->failed(message);
            return;
        }
        self->setStatus(tr("Signed in."));
        Q_EMIT self->signedIn();
        self->accept();
    });
}

void SignInDialog::reject()
{
    stopFlow();
    QDialog::reject();
}

} // namespace vigie::gui
