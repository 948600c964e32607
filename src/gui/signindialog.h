#pragma once

#include "gui/account.h"
#include "net/auth.h"
#include "net/job.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace Ui {
class SignInDialog;
}

namespace vigie::gui {

// Interactive sign-in (DESIGN.md, Endpoints and sign-in). Default: the
// browser (authorization code + PKCE on a loopback redirect); alternative: a
// device code shown big with a countdown. The flows come from the Account
// (the dialog never builds one); on success the refresh token goes to the
// Account, signedIn() is emitted and the dialog accepts. Everything is
// asynchronous; nothing blocks the GUI thread.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Browser,
        DeviceCode,
    };
    using BrowserOpener = std::function<void(const QUrl &)>;

    // `account` builds the flows and stores the result; it must outlive the dialog.
    explicit SignInDialog(Account &account, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Default: QDesktopServices::openUrl. Used for the authorize URL and for
    // the device code's verification address.
    void setBrowserOpener(BrowserOpener opener);

    Mode mode() const { return m_mode; }
    // Switches the page; the device code mode asks for a code at once.
    void setMode(Mode mode);
    // Starts the browser sign-in (what the default button does).
    void startBrowserSignIn();
    // Asks for a (new) device code and polls until approved.
    void startDeviceCode();
    bool isBusy() const { return !m_flow.isNull(); }

    QString userCode() const { return m_code.userCode; }
    QString statusText() const;
    QString countdownText() const;

Q_SIGNALS:
    void signedIn();
    void failed(const QString &message);

public Q_SLOTS:
    void reject() override;

private:
    void stopFlow();
    void onFlowFinished(net::Job *job);
    void onUserCode(const net::DeviceCode &code);
    void updateCountdown();
    void setStatus(const QString &text, bool error = false);
    void fitToPage();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    Account &m_account;
    BrowserOpener m_openBrowser;
    Mode m_mode = Mode::Browser;
    QPointer<net::Job> m_flow;
    net::DeviceCode m_code;
    QDeadlineTimer m_expiry;
    int m_initialInterval = 0;
    QTimer m_tick;
};

} // namespace vigie::gui
