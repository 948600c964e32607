#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class WelcomePage;
}

namespace vigie::gui {

// First run (nobody signed in, an empty cache, not the demo): what Vigie is,
// "Sign in" or "Explore the demo", and what it needs from the partner (app
// registration, roles) with a link to the README's section.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // The README section on the app registration.
    static QString registrationHelpUrl();

Q_SIGNALS:
    void signInRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace vigie::gui
