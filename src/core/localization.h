#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QTranslator;

namespace vigie {

// Owns the installed translators and swaps them at run time. Vigie ships
// "fr" and "en"; anything else falls back to English.
class Localization : public QObject
{
    Q_OBJECT
public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    static QStringList supportedLanguages();
    // "fr" when the system locale is French, else "en".
    static QString systemLanguage();
    static QString normalize(const QString &lang);

    // Installs Vigie's and Qt's own translations for `lang`, replacing the
    // previous ones; QEvent::LanguageChange reaches every widget.
    bool apply(const QString &lang);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &lang);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace vigie
