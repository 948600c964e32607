#include "analytics/engine.h"

#include <QHash>

namespace vigie::analytics {

// detections.md §5; wording ours.
QString signInErrorMeaning(qint64 code, const QString &language)
{
    struct Text
    {
        const char *en;
        const char *fr;
    };
    static const QHash<qint64, Text> table{
        {0, {"success", "succès"}},
        {50034, {"user account not found in the directory", "compte introuvable dans l'annuaire"}},
        {50053,
         {"account locked (smart lockout) or sign-in blocked from a malicious IP",
          "compte verrouillé (verrouillage intelligent) ou IP malveillante bloquée"}},
        {50055, {"password expired", "mot de passe expiré"}},
        {50057, {"user account disabled", "compte utilisateur désactivé"}},
        {50074,
         {"strong authentication required; sign-in stopped at the MFA step (interrupt, normally "
          "followed by MFA)",
          "authentification forte requise, arrêt à l'étape MFA (interruption)"}},
        {50076,
         {"MFA required because of policy or new location",
          "MFA exigée par stratégie ou nouvel emplacement"}},
        {50125,
         {"sign-in interrupted for password reset / registration",
          "connexion interrompue pour réinitialisation ou inscription du mot de passe"}},
        {50126, {"invalid username or password", "nom d'utilisateur ou mot de passe incorrect"}},
        {50133,
         {"session revoked: password expired or recently changed",
          "session invalide (expirée ou mot de passe changé récemment)"}},
        {50140, {"\"keep me signed in\" interrupt", "interruption « rester connecté »"}},
        {50144, {"on-premises AD password expired", "mot de passe AD local expiré"}},
        {50158,
         {"external security challenge (e.g. third-party MFA) not satisfied",
          "défi de sécurité externe non satisfait"}},
        {53000,
         {"device not compliant / not managed as CA requires",
          "appareil non conforme exigé par l'accès conditionnel"}},
        {53003, {"blocked by Conditional Access", "bloqué par l'accès conditionnel"}},
        {530032,
         {"blocked by a tenant security policy",
          "bloqué par une stratégie de sécurité du locataire"}},
        {65001,
         {"consent missing: user or admin has not consented to the app",
          "consentement absent pour l'application"}},
        {70044,
         {"session expired or invalid because of a Conditional Access sign-in-frequency check "
          "(unverified)",
          "session expirée (contrôle de fréquence de connexion de l'accès conditionnel)"}},
        {90014,
         {"request missing a required field (protocol error)",
          "champ obligatoire manquant dans la requête"}},
        {500011,
         {"resource service principal not found in the tenant",
          "principal de service de la ressource introuvable"}},
        {500121,
         {"strong-authentication (MFA) request failed or was denied",
          "échec ou refus de la demande d'authentification forte (MFA)"}},
        {700016,
         {"application not found in the directory / tenant",
          "application introuvable dans le locataire"}},
        {7000218,
         {"request body must contain client_assertion or client_secret",
          "la requête doit contenir client_assertion ou client_secret"}},
    };
    const auto it = table.constFind(code);
    if (it == table.constEnd())
        return {};
    return QString::fromUtf8(language == u"fr" ? it->fr : it->en);
}

} // namespace vigie::analytics
