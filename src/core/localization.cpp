#include "core/localization.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vigie {

Localization::Localization(QObject *parent) : QObject(parent) {}

Localization::~Localization()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList Localization::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

QString Localization::systemLanguage()
{
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

QString Localization::normalize(const QString &lang)
{
    const QString l = lang.trimmed().toLower().left(2);
    return supportedLanguages().contains(l) ? l : QString();
}

bool Localization::apply(const QString &requested)
{
    const QString lang =
        normalize(requested).isEmpty() ? QStringLiteral("en") : normalize(requested);
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());

    auto app = std::make_unique<QTranslator>();
    const bool appOk = app->load(QStringLiteral(":/i18n/vigie_%1.qm").arg(lang));
    if (!appOk)
        qCWarning(lcCore) << "missing Vigie translation for" << lang;
    auto qt = std::make_unique<QTranslator>();
    const bool qtOk = qt->load(QStringLiteral("qtbase_%1").arg(lang),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // Number and date formatting follow the chosen language too.
    QLocale::setDefault(QLocale(lang == u"fr" ? QLocale::French : QLocale::English,
                                lang == u"fr" ? QLocale::France : QLocale::UnitedKingdom));
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (appOk)
        QCoreApplication::installTranslator(m_app.get());
    if (qtOk)
        QCoreApplication::installTranslator(m_qt.get());
    const bool changed = m_language != lang;
    m_language = lang;
    if (changed)
        Q_EMIT languageChanged(lang);
    return appOk;
}

} // namespace vigie
