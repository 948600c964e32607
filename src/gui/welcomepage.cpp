#include "gui/welcomepage.h"

#include "ui_welcomepage.h"

#include <QEvent>

namespace vigie::gui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    QFont title = m_ui->title->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->title->setFont(title);
    QFont needs = m_ui->needsTitle->font();
    needs.setBold(true);
    m_ui->needsTitle->setFont(needs);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    retranslate();
}

WelcomePage::~WelcomePage() = default;

QString WelcomePage::registrationHelpUrl()
{
    return QStringLiteral("https://vigie.example.org/#register-the-entra-application");
}

void WelcomePage::retranslate()
{
    const QStringList items{
        tr("An app registration in your partner tenant: multi-tenant, public client, redirect "
           "URI http://localhost, with the delegated permissions PartnerSecurity.ReadWrite.All, "
           "AuditLog.Read.All, Directory.Read.All, Partner Center user_impersonation and Azure "
           "Service Management user_impersonation (admin consent)."),
        tr("Its application (client) id and your partner tenant, in Settings (Ctrl+7) or in "
           "VIGIE_CLIENT_ID and VIGIE_TENANT."),
        tr("The Partner Center Admin Agent role; in each customer a GDAP role such as Security "
           "Reader (logs) and Cost Management Reader (spend). Sign-in logs need an Entra ID P1 "
           "or P2 licence in the customer's tenant.")};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul><p><a href=\"%1\">%2</a></p>")
                .arg(registrationHelpUrl().toHtmlEscaped(),
                     tr("Step by step: \"Register the Entra application\" in the README")
                         .toHtmlEscaped());
    m_ui->needs->setText(html);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace vigie::gui
