<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>Security dashboard for Microsoft CSP partners: partner security alerts, spend anomalies and sign-in detections for every customer, online or offline.</source>
        <translation>Tableau de bord de sécurité pour les partenaires CSP Microsoft : alertes de sécurité partenaire, anomalies de dépense et détections de connexion pour chaque client, en ligne ou hors ligne.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>Pushing action %1 of %2…</source>
        <translation>Envoi de l’action %1 sur %2…</translation>
    </message>
    <message>
        <source>The service could not be reached; queued actions are kept.</source>
        <translation>Le service est injoignable ; les actions en attente sont conservées.</translation>
    </message>
    <message>
        <source>%1 queued, %2 failed, %3 in conflict.</source>
        <translation>%1 en attente, %2 en échec, %3 en conflit.</translation>
    </message>
    <message>
        <source>Every action is done.</source>
        <translation>Toutes les actions sont faites.</translation>
    </message>
    <message>
        <source>Refusing to act without confirmation: standard input is not a terminal. Add --yes to confirm.</source>
        <translation>Refus d’agir sans confirmation : l’entrée standard n’est pas un terminal. Ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Nothing was queued.</source>
        <translation>Rien n’a été mis en attente.</translation>
    </message>
    <message>
        <source>Give alert ids, or --older-than DAYS for the backlog, not both.</source>
        <translation>Indiquez des identifiants d’alertes, ou --older-than JOURS pour l’arriéré, pas les deux.</translation>
    </message>
    <message>
        <source>Unknown reason.</source>
        <translation>Motif inconnu.</translation>
    </message>
    <message>
        <source>--older-than expects a number of days from 1 to 3650.</source>
        <translation>--older-than attend un nombre de jours de 1 à 3650.</translation>
    </message>
    <message numerus="yes">
        <source>No open alert is older than %n day(s).</source>
        <translation>
            <numerusform>Aucune alerte ouverte n’a plus de %n jour.</numerusform>
            <numerusform>Aucune alerte ouverte n’a plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve them all as %1? [y/N]</source>
        <translation>Les résoudre toutes comme « %1 » ? [o/N]</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued.</source>
        <translation>
            <numerusform>%n action mise en attente.</numerusform>
            <numerusform>%n actions mises en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;vigie push&quot; to send them.</source>
        <translation>Lancez « vigie push » pour les envoyer.</translation>
    </message>
    <message>
        <source>Cancel the Azure subscription %1 (%2) of %3, under the plan %4, for compromise.</source>
        <translation>Annuler l’abonnement Azure %1 (%2) de %3, sous le plan %4, pour compromission.</translation>
    </message>
    <message>
        <source>Cancel it? [y/N]</source>
        <translation>L’annuler ? [o/N]</translation>
    </message>
    <message>
        <source>Suspend the subscription %1 (%2) of %3.</source>
        <translation>Suspendre l’abonnement %1 (%2) de %3.</translation>
    </message>
    <message>
        <source>Warning: this is an Azure plan; suspending it stops EVERY Azure subscription under it.</source>
        <translation>Attention : c’est un plan Azure ; le suspendre arrête TOUS les abonnements Azure qu’il contient.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name (%1) to confirm:</source>
        <translation>Tapez le nom du client (%1) pour confirmer :</translation>
    </message>
    <message>
        <source>No %1 %2 for customer %3 in the cache: run &quot;vigie sync&quot; first, or check the ids.</source>
        <translation>Aucun %1 %2 pour le client %3 dans le cache : lancez d’abord « vigie sync », ou vérifiez les identifiants.</translation>
    </message>
    <message>
        <source>No alert %1 in the cache: run &quot;vigie sync&quot; first, or check the id.</source>
        <translation>Aucune alerte %1 dans le cache : lancez d’abord « vigie sync », ou vérifiez l’identifiant.</translation>
    </message>
    <message>
        <source>Invalid identifier &quot;%1&quot;.</source>
        <translation>Identifiant « %1 » non valide.</translation>
    </message>
    <message>
        <source>subscription</source>
        <translation>abonnement</translation>
    </message>
    <message>
        <source>Unknown queued action %1.</source>
        <translation>Action en file inconnue : %1.</translation>
    </message>
    <message>
        <source>Only a failed action can be retried.</source>
        <translation>Seule une action en échec peut être relancée.</translation>
    </message>
    <message>
        <source>Sent again by the analyst (action %1).</source>
        <translation>Renvoyée par l’analyste (action %1).</translation>
    </message>
    <message>
        <source>The analyst kept the state on the service.</source>
        <translation>L’analyste a conservé l’état du service.</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) older than %1:</source>
        <translation>
            <numerusform>%n alerte ouverte de plus de %1 :</numerusform>
            <numerusform>%n alertes ouvertes de plus de %1 :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Actions that need you</source>
        <translation>Actions qui vous attendent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Local (Vigie)</source>
        <translation>Local (Vigie)</translation>
    </message>
    <message>
        <source>Remote (service)</source>
        <translation>Distant (service)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Send &amp;mine again</source>
        <translation>Renvoyer la &amp;mienne</translation>
    </message>
    <message>
        <source>&amp;Keep the remote state</source>
        <translation>&amp;Garder l’état distant</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Search the trail</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>AlertTrendChart</name>
    <message>
        <source>No severity</source>
        <translation>Sans gravité</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sans type</translation>
    </message>
    <message>
        <source>Other customers</source>
        <translation>Autres clients</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alertes par jour</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Cli&amp;ent :</translation>
    </message>
    <message>
        <source>Search alerts (/)</source>
        <translation>Rechercher des alertes (/)</translation>
    </message>
    <message>
        <source>&amp;Legitimate</source>
        <translation>&amp;Légitime</translation>
    </message>
    <message>
        <source>Expected activity or a false positive (L)</source>
        <translation>Activité attendue ou faux positif (L)</translation>
    </message>
    <message>
        <source>&amp;Fraud</source>
        <translation>&amp;Fraude</translation>
    </message>
    <message>
        <source>Abuse or unauthorised use (F)</source>
        <translation>Abus ou utilisation non autorisée (F)</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>An older alert set aside (I)</source>
        <translation>Alerte ancienne mise de côté (I)</translation>
    </message>
    <message>
        <source>In&amp;vestigating</source>
        <translation>En cours d’&amp;examen</translation>
    </message>
    <message>
        <source>Mark as under investigation (V)</source>
        <translation>Marquer comme en cours d’examen (V)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>A note kept in Vigie with the alert (N)</source>
        <translation>Une note conservée dans Vigie avec l’alerte (N)</translation>
    </message>
    <message>
        <source>↑/↓ or j/k move · Enter opens · / searches · L legitimate · F fraud · I ignore · V investigating · N note · Ctrl+A or Shift+click selects many</source>
        <translation>↑/↓ ou j/k : se déplacer · Entrée : ouvrir · / : rechercher · L légitime · F fraude · I ignorer · V en examen · N note · Ctrl+A ou Maj+clic : sélection multiple</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Reseller:</source>
        <translation>&amp;Revendeur :</translation>
    </message>
    <message>
        <source>&amp;Saved filters:</source>
        <translation>Filtres &amp;sauvegardés :</translation>
    </message>
    <message>
        <source>Choose a saved filter to apply it</source>
        <translation>Choisir un filtre sauvegardé pour l’appliquer</translation>
    </message>
    <message>
        <source>S&amp;ave filter…</source>
        <translation>Sau&amp;vegarder…</translation>
    </message>
    <message>
        <source>Save the current filter under a name (Ctrl+S)</source>
        <translation>Sauvegarder le filtre actuel sous un nom (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete filter</source>
        <translation>Su&amp;pprimer</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Supprimer le filtre sauvegardé choisi</translation>
    </message>
</context>
<context>
    <name>AlertsPerDayChart</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
</context>
<context>
    <name>Analytics</name>
    <message>
        <source>No finding with id %1.</source>
        <translation>Aucune détection avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A finding cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une détection ne peut pas passer de « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>Rule %1 (%2): field &quot;%3&quot;: %4</source>
        <translation>Règle %1 (%2) : champ « %3 » : %4</translation>
    </message>
    <message>
        <source>a settings reference needs a key</source>
        <translation>une référence aux paramètres doit nommer une clé</translation>
    </message>
    <message>
        <source>value object must be {&quot;setting&quot;} or {&quot;field&quot;}</source>
        <translation>un objet valeur doit être {&quot;setting&quot;} ou {&quot;field&quot;}</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>expected a non-empty array</source>
        <translation>tableau non vide attendu</translation>
    </message>
    <message>
        <source>array quantifier path must end with []</source>
        <translation>le chemin d&apos;un quantificateur de tableau doit finir par []</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>opérateur inconnu « %1 »</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>valeur manquante</translation>
    </message>
    <message>
        <source>invalid CIDR in list</source>
        <translation>CIDR invalide dans la liste</translation>
    </message>
    <message>
        <source>expected all, anyOf, not, anyItem, allItems or path</source>
        <translation>all, anyOf, not, anyItem, allItems ou path attendu</translation>
    </message>
    <message>
        <source>missing or invalid rule id</source>
        <translation>identifiant de règle manquant ou invalide</translation>
    </message>
    <message>
        <source>missing text</source>
        <translation>texte manquant</translation>
    </message>
    <message>
        <source>expected low, medium or high</source>
        <translation>low, medium ou high attendu</translation>
    </message>
    <message>
        <source>expected signIns or directoryAudits</source>
        <translation>signIns ou directoryAudits attendu</translation>
    </message>
    <message>
        <source>expected match, threshold, baseline-delta or allowlist</source>
        <translation>match, threshold, baseline-delta ou allowlist attendu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>expected a path, a list of paths or {&quot;firstOf&quot;}</source>
        <translation>chemin, liste de chemins ou {&quot;firstOf&quot;} attendu</translation>
    </message>
    <message>
        <source>expected an ISO-8601 duration</source>
        <translation>durée ISO 8601 attendue</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>nombre positif attendu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>expected countDistinct, count or anyIn</source>
        <translation>countDistinct, count ou anyIn attendu</translation>
    </message>
    <message>
        <source>expected in, cidrIn or hostIn</source>
        <translation>in, cidrIn ou hostIn attendu</translation>
    </message>
    <message>
        <source>expected unconfigured or skip</source>
        <translation>unconfigured ou skip attendu</translation>
    </message>
    <message>
        <source>expected {field, list}, {type: workingHours} or {when}</source>
        <translation>{field, list}, {type: workingHours} ou {when} attendu</translation>
    </message>
    <message>
        <source>an allowlist rule needs allow entries</source>
        <translation>une règle allowlist doit avoir des entrées allow</translation>
    </message>
    <message>
        <source>expected any or all</source>
        <translation>any ou all attendu</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>tableau de chaînes attendu</translation>
    </message>
    <message>
        <source>Rule file %1 is not valid JSON: %2 at offset %3</source>
        <translation>Le fichier de règles %1 n&apos;est pas du JSON valide : %2 à la position %3</translation>
    </message>
    <message>
        <source>Rule %1 (%2): field &quot;id&quot;: %3</source>
        <translation>Règle %1 (%2) : champ « id » : %3</translation>
    </message>
    <message>
        <source>defined twice</source>
        <translation>défini deux fois</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot; or other source</source>
        <translation>règle « %1 » inconnue ou d&apos;une autre source</translation>
    </message>
    <message>
        <source>No rule files in %1</source>
        <translation>Aucun fichier de règles dans %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Settings: field &quot;%1&quot;: %2</source>
        <translation>Paramètres : champ « %1 » : %2</translation>
    </message>
    <message>
        <source>expected day names Mon…Sun</source>
        <translation>noms de jours Mon…Sun attendus</translation>
    </message>
    <message>
        <source>expected HH:mm</source>
        <translation>HH:mm attendu</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>liste de chaînes attendue</translation>
    </message>
    <message>
        <source>invalid CIDR &quot;%1&quot;</source>
        <translation>CIDR invalide « %1 »</translation>
    </message>
    <message>
        <source>unknown IANA time zone &quot;%1&quot;</source>
        <translation>fuseau horaire IANA inconnu « %1 »</translation>
    </message>
    <message>
        <source>Rule %1 has no list of approved actors to add to.</source>
        <translation>La règle %1 n’a pas de liste d’acteurs approuvés à compléter.</translation>
    </message>
    <message>
        <source>The actor of this finding is unknown: its events are no longer in the cache. Add it in the customer&apos;s settings.</source>
        <translation>L’acteur de cette détection est inconnu : ses événements ne sont plus dans le cache. Ajoutez-le dans les paramètres du client.</translation>
    </message>
    <message>
        <source>Actor already approved for this customer (%1): %2.</source>
        <translation>Acteur déjà approuvé pour ce client (%1) : %2.</translation>
    </message>
    <message>
        <source>Actor approved for this customer (%1): %2.</source>
        <translation>Acteur approuvé pour ce client (%1) : %2.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>The demo cloud could not start on 127.0.0.1.</source>
        <translation>Le cloud de démonstration n’a pas pu démarrer sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Signing in to the demo cloud…</source>
        <translation>Connexion au cloud de démonstration…</translation>
    </message>
    <message>
        <source>Demo sign-in failed: %1</source>
        <translation>Échec de la connexion de démonstration : %1</translation>
    </message>
    <message>
        <source>Building the demo world (40 customers)…</source>
        <translation>Construction du monde de démonstration (40 clients)…</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>Alerts per day</source>
        <translation>Alertes par jour</translation>
    </message>
    <message>
        <source>Spend per day: %1</source>
        <translation>Dépense par jour : %1</translation>
    </message>
    <message>
        <source>Expected band</source>
        <translation>Plage attendue</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Coût (%1)</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Case report: %1</source>
        <translation>Rapport d’incident : %1</translation>
    </message>
    <message>
        <source>Generated on %1 by Vigie.</source>
        <translation>Généré le %1 par Vigie.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Tenant id</source>
        <translation>Identifiant du locataire</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>none (direct customer)</source>
        <translation>aucun (client direct)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>No alert for this customer in the cache.</source>
        <translation>Aucune alerte de ce client dans le cache.</translation>
    </message>
    <message>
        <source>Alert id</source>
        <translation>Identifiant de l’alerte</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détectée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Azure subscription</source>
        <translation>Abonnement Azure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>non résolue</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Changes seen</source>
        <translation>Changements constatés</translation>
    </message>
    <message>
        <source>Analyst&apos;s notes</source>
        <translation>Notes de l’analyste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Actions menées</translation>
    </message>
    <message>
        <source>No action recorded for this customer.</source>
        <translation>Aucune action enregistrée pour ce client.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id de requête</translation>
    </message>
    <message>
        <source>Response checklist</source>
        <translation>Liste de réponse</translation>
    </message>
    <message>
        <source>No response checklist recorded for this customer.</source>
        <translation>Aucune liste de réponse enregistrée pour ce client.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Open findings (%1)</source>
        <translation>Résultats ouverts (%1)</translation>
    </message>
    <message>
        <source>No open finding.</source>
        <translation>Aucun résultat ouvert.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première occurrence</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Du %1 au %2.</translation>
    </message>
    <message>
        <source>No spend in the cache for this customer.</source>
        <translation>Aucune dépense de ce client dans le cache.</translation>
    </message>
    <message numerus="yes">
        <source>%n smaller subscription(s) not drawn.</source>
        <translation>
            <numerusform>%n abonnement plus petit non dessiné.</numerusform>
            <numerusform>%n abonnements plus petits non dessinés.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>résolution</translation>
    </message>
    <message>
        <source>mark as investigating</source>
        <translation>mise en analyse</translation>
    </message>
    <message>
        <source>suspend the subscription</source>
        <translation>suspension de l’abonnement</translation>
    </message>
    <message>
        <source>cancel the Azure subscription</source>
        <translation>annulation de l’abonnement Azure</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>CaseReportDialog</name>
    <message>
        <source>Case report</source>
        <translation>Rapport d’incident</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>ChartFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Response checklist</source>
        <translation>Liste de réponse</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Use this cache file instead of the default</source>
        <translation>Utiliser ce fichier de cache au lieu de celui par défaut</translation>
    </message>
    <message>
        <source>Language of messages: fr or en</source>
        <translation>Langue des messages : fr ou en</translation>
    </message>
    <message>
        <source>Open the dashboard on a generated demo world (no sign-in, no network)</source>
        <translation>Ouvrir le tableau de bord sur un monde de démonstration généré (sans connexion, sans réseau)</translation>
    </message>
    <message>
        <source>Show the version and exit</source>
        <translation>Afficher la version et quitter</translation>
    </message>
    <message>
        <source>Show this help and exit</source>
        <translation>Afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>Usage: vigie [--demo] | vigie COMMAND [options]</source>
        <translation>Utilisation : vigie [--demo] | vigie COMMANDE [options]</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 1 error, 2 usage, 3 sign-in required, 4 partial (actions still queued)</source>
        <translation>Codes de sortie : 0 ok, 1 erreur, 2 utilisation, 3 connexion requise, 4 partiel (actions encore en file d’attente)</translation>
    </message>
    <message>
        <source>Vigie: security alerts, spend anomalies and sign-in detections for Microsoft CSP partners. Without a command, opens the dashboard.</source>
        <translation>Vigie : alertes de sécurité, anomalies de dépense et détections de connexion pour les partenaires CSP Microsoft. Sans commande, ouvre le tableau de bord.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options générales :</translation>
    </message>
    <message>
        <source>Run &quot;vigie COMMAND --help&quot; for the options of a command.</source>
        <translation>Lancez « vigie COMMANDE --help » pour les options d’une commande.</translation>
    </message>
    <message>
        <source>Usage: vigie %1 %2</source>
        <translation>Utilisation : vigie %1 %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Run &quot;vigie --help&quot; for more information.</source>
        <translation>Lancez « vigie --help » pour plus d’informations.</translation>
    </message>
    <message>
        <source>The command to run</source>
        <translation>La commande à exécuter</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr ou en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>--demo only applies to the dashboard.</source>
        <translation>--demo ne s’applique qu’au tableau de bord.</translation>
    </message>
    <message>
        <source>Missing argument for &quot;%1&quot;.</source>
        <translation>Argument manquant pour « %1 ».</translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;.</source>
        <translation>Trop d’arguments pour « %1 ».</translation>
    </message>
    <message>
        <source>Invalid argument &quot;%1&quot;: expected one of %2.</source>
        <translation>Argument « %1 » non valide : valeurs attendues %2.</translation>
    </message>
    <message>
        <source>Missing required option --%1.</source>
        <translation>Option obligatoire manquante : --%1.</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for --%2: expected one of %3.</source>
        <translation>Valeur « %1 » non valide pour --%2 : valeurs attendues %3.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; command is not available in this version of Vigie yet.</source>
        <translation>La commande « %1 » n’est pas encore disponible dans cette version de Vigie.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft (authorization code with PKCE, or device code)</source>
        <translation>Se connecter à Microsoft (code d’autorisation avec PKCE, ou code d’appareil)</translation>
    </message>
    <message>
        <source>Use the device code flow</source>
        <translation>Utiliser le flux par code d’appareil</translation>
    </message>
    <message>
        <source>Forget the stored sign-in tokens</source>
        <translation>Oublier les jetons de connexion enregistrés</translation>
    </message>
    <message>
        <source>Download alerts, customers, spend and logs into the cache</source>
        <translation>Télécharger alertes, clients, dépenses et journaux dans le cache</translation>
    </message>
    <message>
        <source>How many days back to read</source>
        <translation>Nombre de jours à relire</translation>
    </message>
    <message>
        <source>Only this customer (repeatable)</source>
        <translation>Seulement ce client (répétable)</translation>
    </message>
    <message>
        <source>Skip sign-in and audit logs</source>
        <translation>Ignorer les journaux de connexion et d’audit</translation>
    </message>
    <message>
        <source>Skip daily spend</source>
        <translation>Ignorer la dépense quotidienne</translation>
    </message>
    <message>
        <source>List partner security alerts from the cache</source>
        <translation>Lister les alertes de sécurité partenaire du cache</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filtrer par gravité</translation>
    </message>
    <message>
        <source>Filter by customer</source>
        <translation>Filtrer par client</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Format de sortie</translation>
    </message>
    <message>
        <source>Resolve alerts (queued, then pushed)</source>
        <translation>Résoudre des alertes (mises en file, puis envoyées)</translation>
    </message>
    <message>
        <source>Resolution reason</source>
        <translation>Motif de résolution</translation>
    </message>
    <message>
        <source>A note kept in Vigie</source>
        <translation>Une note conservée dans Vigie</translation>
    </message>
    <message>
        <source>Only queue; do not push now</source>
        <translation>Seulement mettre en file ; ne pas envoyer maintenant</translation>
    </message>
    <message>
        <source>Suspend a customer&apos;s subscription</source>
        <translation>Suspendre l’abonnement d’un client</translation>
    </message>
    <message>
        <source>Customer tenant id</source>
        <translation>Identifiant du locataire client</translation>
    </message>
    <message>
        <source>Do not ask for confirmation</source>
        <translation>Ne pas demander de confirmation</translation>
    </message>
    <message>
        <source>Send queued actions</source>
        <translation>Envoyer les actions en file d’attente</translation>
    </message>
    <message>
        <source>Import sign-in or audit log files</source>
        <translation>Importer des fichiers de journaux de connexion ou d’audit</translation>
    </message>
    <message>
        <source>Customer the logs belong to</source>
        <translation>Client auquel appartiennent les journaux</translation>
    </message>
    <message>
        <source>Run the detection rules and list findings</source>
        <translation>Exécuter les règles de détection et lister les constats</translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation>Seulement ce client</translation>
    </message>
    <message>
        <source>Re-run over events since this date (back-test)</source>
        <translation>Réévaluer les événements depuis cette date (rétro-test)</translation>
    </message>
    <message>
        <source>Export cached data to a file</source>
        <translation>Exporter les données du cache dans un fichier</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>Write a PDF case report for a customer</source>
        <translation>Écrire un rapport d’incident PDF pour un client</translation>
    </message>
    <message>
        <source>Every open alert detected more than DAYS days ago</source>
        <translation>Toutes les alertes ouvertes détectées il y a plus de DAYS jours</translation>
    </message>
    <message>
        <source>Partner Center subscription id, or an Azure subscription id as alerts name it</source>
        <translation>Identifiant d’abonnement de l’Espace partenaires, ou identifiant d’abonnement Azure tel que les alertes le nomment</translation>
    </message>
    <message>
        <source>For an Azure subscription: suspend its whole Azure plan instead of cancelling it alone</source>
        <translation>Pour un abonnement Azure : suspendre tout son plan Azure au lieu de l’annuler seul</translation>
    </message>
    <message>
        <source>Case report written to %1.</source>
        <translation>Rapport d’incident écrit dans %1.</translation>
    </message>
    <message>
        <source>--status and --severity only apply to alerts.</source>
        <translation>--status et --severity ne s’appliquent qu’aux alertes.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts only: filter by status</source>
        <translation>Alertes seulement : filtrer par état</translation>
    </message>
    <message>
        <source>Alerts only: filter by severity</source>
        <translation>Alertes seulement : filtrer par gravité</translation>
    </message>
</context>
<context>
    <name>CustomerDrillDownPage</name>
    <message>
        <source>Case &amp;report…</source>
        <translation>&amp;Rapport d’incident…</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>S&amp;pend of:</source>
        <translation>&amp;Dépense de :</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Tout afficher</translation>
    </message>
</context>
<context>
    <name>CustomerSettingsDialog</name>
    <message>
        <source>Detection settings</source>
        <translation>Paramètres de détection</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>Approved &amp;actors</source>
        <translation>&amp;Acteurs approuvés</translation>
    </message>
    <message>
        <source>A&amp;pps and domains</source>
        <translation>A&amp;pplications et domaines</translation>
    </message>
    <message>
        <source>Working &amp;hours</source>
        <translation>&amp;Heures de travail</translation>
    </message>
    <message>
        <source>Working hours are set</source>
        <translation>Heures de travail définies</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Mo&amp;n</source>
        <translation>&amp;Lun</translation>
    </message>
    <message>
        <source>&amp;Tue</source>
        <translation>&amp;Mar</translation>
    </message>
    <message>
        <source>&amp;Wed</source>
        <translation>M&amp;er</translation>
    </message>
    <message>
        <source>T&amp;hu</source>
        <translation>&amp;Jeu</translation>
    </message>
    <message>
        <source>&amp;Fri</source>
        <translation>&amp;Ven</translation>
    </message>
    <message>
        <source>S&amp;at</source>
        <translation>&amp;Sam</translation>
    </message>
    <message>
        <source>S&amp;un</source>
        <translation>&amp;Dim</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>Override the &amp;baseline of the baseline rules</source>
        <translation>Remplacer la &amp;référence des règles de référence</translation>
    </message>
    <message>
        <source>Baseline &amp;windows:</source>
        <translation>&amp;Fenêtres de référence :</translation>
    </message>
    <message>
        <source>Change in &amp;percent:</source>
        <translation>Variation en &amp;pourcentage :</translation>
    </message>
    <message>
        <source>&amp;Minimum volume:</source>
        <translation>Volume &amp;minimum :</translation>
    </message>
    <message>
        <source>Advanced (&amp;JSON)</source>
        <translation>Avancé (&amp;JSON)</translation>
    </message>
    <message>
        <source>The full settings, including thresholds, per-account working hours and disabled rules. Changes here and in the other tabs are kept in sync.</source>
        <translation>Les paramètres complets, y compris les seuils, les heures de travail par compte et les règles désactivées. Les modifications ici et dans les autres onglets restent synchronisées.</translation>
    </message>
    <message>
        <source>Settings as JSON</source>
        <translation>Paramètres en JSON</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Approve actors seen in the &amp;last 30 days…</source>
        <translation>Approuver les acteurs &amp;vus ces 30 derniers jours…</translation>
    </message>
    <message>
        <source>Lists the actors of open findings of the last 30 days that no approved list covers yet; tick the ones to add</source>
        <translation>Liste les acteurs des détections ouvertes des 30 derniers jours qu’aucune liste approuvée ne couvre encore ; cochez ceux à ajouter</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Name, domain, tenant id, reseller or tag</source>
        <translation>Nom, domaine, identifiant de locataire, revendeur ou étiquette</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>The customer&apos;s alerts and findings (Enter)</source>
        <translation>Les alertes et détections du client (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>Add or remove tags on the selected customers (T)</source>
        <translation>Ajouter ou retirer des étiquettes aux clients sélectionnés (T)</translation>
    </message>
    <message>
        <source>Detection settings of the &amp;tag…</source>
        <translation>Paramètres de détection de l&apos;é&amp;tiquette…</translation>
    </message>
    <message>
        <source>Settings applied to every customer of the chosen tag; a customer&apos;s own settings still win</source>
        <translation>Paramètres appliqués à chaque client de l&apos;étiquette choisie ; les paramètres propres d&apos;un client restent prioritaires</translation>
    </message>
    <message>
        <source>A&amp;lerts of the tag</source>
        <translation>A&amp;lertes de l&apos;étiquette</translation>
    </message>
    <message>
        <source>The alerts queue, filtered to the customers of the chosen tag</source>
        <translation>La file des alertes, filtrée sur les clients de l&apos;étiquette choisie</translation>
    </message>
    <message>
        <source>↑/↓ move · Enter opens · / searches · T tags the selection · Ctrl+A or Shift+click selects many</source>
        <translation>↑/↓ déplacent · Entrée ouvre · / recherche · T étiquette la sélection · Ctrl+A ou Maj+clic sélectionnent plusieurs lignes</translation>
    </message>
</context>
<context>
    <name>Detect</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n détection</numerusform>
            <numerusform>%n détections</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid date &quot;%1&quot; for --since: use YYYY-MM-DD or an ISO 8601 time.</source>
        <translation>Date « %1 » invalide pour --since : utilisez AAAA-MM-JJ ou une heure ISO 8601.</translation>
    </message>
    <message>
        <source>  %1 events evaluated…</source>
        <translation>  %1 événements évalués…</translation>
    </message>
    <message>
        <source>Re-running the detection rules for %1 since %2…</source>
        <translation>Nouvelle exécution des règles de détection pour %1 depuis %2…</translation>
    </message>
    <message>
        <source>Evaluating new events for %1…</source>
        <translation>Évaluation des nouveaux événements pour %1…</translation>
    </message>
    <message>
        <source>  %1 events evaluated, %2 new findings, %3 updated (%4 ms)</source>
        <translation>  %1 événements évalués, %2 nouvelles détections, %3 mises à jour (%4 ms)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucune détection.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>(no approved list yet)</source>
        <translation>(pas encore de liste approuvée)</translation>
    </message>
</context>
<context>
    <name>DetectionsPage</name>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Cli&amp;ent :</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Re-run detection…</source>
        <translation>&amp;Réévaluer la détection…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Prendre en &amp;compte</translation>
    </message>
    <message>
        <source>Acknowledge the finding (A)</source>
        <translation>Prendre le constat en compte (A)</translation>
    </message>
    <message>
        <source>&amp;False positive</source>
        <translation>&amp;Faux positif</translation>
    </message>
    <message>
        <source>Mark as a false positive (F)</source>
        <translation>Marquer comme faux positif (F)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lore</translation>
    </message>
    <message>
        <source>Close the finding (C)</source>
        <translation>Clore le constat (C)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>Add a note to the finding (N)</source>
        <translation>Ajouter une note au constat (N)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Choose a customer to switch rules on or off for that customer.</source>
        <translation>Choisissez un client pour activer ou désactiver des règles pour ce client.</translation>
    </message>
    <message>
        <source>Customer &amp;settings…</source>
        <translation>&amp;Paramètres du client…</translation>
    </message>
    <message>
        <source>Approved actors, countries, addresses, working hours and thresholds of this customer</source>
        <translation>Acteurs approuvés, pays, adresses, heures de travail et seuils de ce client</translation>
    </message>
    <message>
        <source>A&amp;pprove actor</source>
        <translation>A&amp;pprouver l’acteur</translation>
    </message>
    <message>
        <source>Add the actor to this customer&apos;s approved list and mark the finding as a false positive (P)</source>
        <translation>Ajoute l’acteur à la liste approuvée de ce client et marque la détection comme faux positif (P)</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En cours d’analyse</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Legitimate</source>
        <translation>Légitime</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>aucun nom de fichier n’a été donné.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>c’est un dossier.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No customer %1 in the cache.</source>
        <translation>Aucun client %1 dans le cache.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>FailedSignInsChart</name>
    <message>
        <source>Other codes</source>
        <translation>Autres codes</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
</context>
<context>
    <name>FindingsPerRuleChart</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1: not imported: %2</source>
        <translation>%1 : non importé : %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON invalide (%1 au caractère %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>%1 values for %2 columns</source>
        <translation>%1 valeurs pour %2 colonnes</translation>
    </message>
    <message>
        <source>the record names no customer tenant; use --customer ID</source>
        <translation>l’enregistrement ne nomme aucun locataire client ; utilisez --customer ID</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>the record is incomplete (the file breaks inside it)</source>
        <translation>l’enregistrement est incomplet (le fichier s’interrompt au milieu)</translation>
    </message>
    <message>
        <source>the file is cut at byte %1: the whole records before were kept</source>
        <translation>le fichier est coupé à l’octet %1 : les enregistrements complets qui précèdent ont été conservés</translation>
    </message>
    <message>
        <source>the JSON breaks at byte %1 (%2): the whole records before were kept, the rest was not read</source>
        <translation>le JSON est cassé à l’octet %1 (%2) : les enregistrements complets qui précèdent ont été conservés, la suite n’a pas été lue</translation>
    </message>
    <message>
        <source>the last line is cut</source>
        <translation>la dernière ligne est coupée</translation>
    </message>
    <message>
        <source>the file is cut in line %1: the whole lines before were kept</source>
        <translation>le fichier est coupé à la ligne %1 : les lignes complètes qui précèdent ont été conservées</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is not a log file Vigie knows (expected JSON, JSON Lines or a CSV log export)</source>
        <translation>ce n’est pas un fichier de journaux connu de Vigie (attendu : JSON, JSON Lines ou un export CSV de journaux)</translation>
    </message>
    <message>
        <source>the last record is cut (open quote)</source>
        <translation>le dernier enregistrement est coupé (guillemet ouvert)</translation>
    </message>
    <message>
        <source>the file is cut in line %1: the whole records before were kept</source>
        <translation>le fichier est coupé à la ligne %1 : les enregistrements complets qui précèdent ont été conservés</translation>
    </message>
    <message>
        <source>Graph JSON</source>
        <translation>JSON Graph</translation>
    </message>
    <message>
        <source>JSON array (Graph or Entra portal download)</source>
        <translation>tableau JSON (Graph ou téléchargement du portail Entra)</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>Entra portal CSV (sign-ins)</source>
        <translation>CSV du portail Entra (connexions)</translation>
    </message>
    <message>
        <source>Entra portal CSV (audit logs)</source>
        <translation>CSV du portail Entra (journaux d’audit)</translation>
    </message>
    <message>
        <source>Log Analytics export (JSON)</source>
        <translation>export Log Analytics (JSON)</translation>
    </message>
    <message>
        <source>Log Analytics export (CSV)</source>
        <translation>export Log Analytics (CSV)</translation>
    </message>
    <message>
        <source>Azure Monitor diagnostic export (JSON)</source>
        <translation>export de diagnostic Azure Monitor (JSON)</translation>
    </message>
    <message>
        <source>Azure Monitor diagnostic export (JSON Lines)</source>
        <translation>export de diagnostic Azure Monitor (JSON Lines)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : fichier introuvable</translation>
    </message>
    <message>
        <source>this is a binary file, not a log export (expected JSON, JSON Lines or CSV in UTF-8)</source>
        <translation>c’est un fichier binaire, pas un export de journaux (attendu : JSON, JSON Lines ou CSV en UTF-8)</translation>
    </message>
    <message>
        <source>the file holds no sign-in or audit records</source>
        <translation>le fichier ne contient aucune connexion ni aucun événement d’audit</translation>
    </message>
    <message>
        <source>the file holds no sign-in or audit records (first record: %1)</source>
        <translation>le fichier ne contient aucune connexion ni aucun événement d’audit (premier enregistrement : %1)</translation>
    </message>
    <message>
        <source>the records do not say which customer they belong to; run the import again with --customer ID</source>
        <translation>les enregistrements n’indiquent pas à quel client ils appartiennent ; relancez l’import avec --customer ID</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is neither sign-ins nor audit logs</source>
        <translation>la catégorie « %1 » n’est ni un journal de connexions ni un journal d’audit</translation>
    </message>
    <message>
        <source>The CSV header is not one Vigie recognises (columns found: %1). If the file comes from the Entra portal in another language, download it again with the portal in English.</source>
        <translation>L’en-tête CSV n’est pas reconnu par Vigie (colonnes trouvées : %1). Si le fichier vient du portail Entra dans une autre langue, téléchargez-le de nouveau avec le portail en anglais.</translation>
    </message>
    <message>
        <source>not a sign-in or audit record (no createdDateTime, activityDateTime, TimeGenerated or properties)</source>
        <translation>ni une connexion ni un événement d’audit (pas de createdDateTime, activityDateTime, TimeGenerated ni properties)</translation>
    </message>
    <message>
        <source>no createdDateTime</source>
        <translation>pas de createdDateTime</translation>
    </message>
    <message>
        <source>createdDateTime &quot;%1&quot; is not a date</source>
        <translation>createdDateTime « %1 » n’est pas une date</translation>
    </message>
    <message>
        <source>no activityDateTime</source>
        <translation>pas d’activityDateTime</translation>
    </message>
    <message>
        <source>activityDateTime &quot;%1&quot; is not a date</source>
        <translation>activityDateTime « %1 » n’est pas une date</translation>
    </message>
    <message>
        <source>%1: %2% read</source>
        <translation>%1 : %2 % lu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>taken %1 (sign-ins %2, audits %3), duplicates %4, rejected %5</source>
        <translation>importés %1 (connexions %2, audits %3), doublons %4, rejetés %5</translation>
    </message>
    <message>
        <source>record %1 (line %2): %3</source>
        <translation>enregistrement %1 (ligne %2) : %3</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>… and %1 more rejected</source>
        <translation>… et %1 autres rejetés</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Detections for %1: %2 events evaluated, %3 new findings, %4 updated</source>
        <translation>Détections pour %1 : %2 événements évalués, %3 nouvelles découvertes, %4 mises à jour</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import logs</source>
        <translation>Importer des journaux</translation>
    </message>
    <message>
        <source>&amp;Files (sign-in and audit logs: Graph JSON, JSON Lines, Entra portal CSV, Log Analytics, Azure Monitor):</source>
        <translation>&amp;Fichiers (journaux de connexion et d’audit : JSON Graph, JSON Lines, CSV du portail Entra, Log Analytics, Azure Monitor) :</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>Cli&amp;ent :</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Détections</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Demo mode: generated data from a simulated partner cloud. Nothing here is real and no action reaches Microsoft.</source>
        <translation>Mode démonstration : données générées par un cloud partenaire simulé. Rien n’est réel ici et aucune action n’atteint Microsoft.</translation>
    </message>
    <message>
        <source>No alerts in the cache yet.</source>
        <translation>Aucune alerte dans le cache pour l’instant.</translation>
    </message>
    <message>
        <source>No customers in the cache yet.</source>
        <translation>Aucun client dans le cache pour l’instant.</translation>
    </message>
    <message>
        <source>No findings yet. Import or sync sign-in and audit logs to run the detection rules.</source>
        <translation>Aucun constat pour l’instant. Importez ou synchronisez des journaux de connexion et d’audit pour exécuter les règles de détection.</translation>
    </message>
    <message>
        <source>No spend data in the cache yet.</source>
        <translation>Aucune donnée de dépense dans le cache pour l’instant.</translation>
    </message>
    <message>
        <source>No local activity recorded yet.</source>
        <translation>Aucune activité locale enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Settings for sync, sign-in and per-customer detection tuning.</source>
        <translation>Réglages de synchronisation, de connexion et de détection par client.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Import logs…</source>
        <translation>&amp;Importer des journaux…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alertes</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Detections</source>
        <translation>&amp;Détections</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Spend</source>
        <translation>Dé&amp;penses</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Ac&amp;tivité</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Maj+R</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>The overview charts (new and unresolved alerts, the 60-day backlog, spend spikes) are not built yet. Findings are on the Detections page; cached alerts are listed by the command line (vigie alerts).</source>
        <translation>Les graphiques de la vue d’ensemble (alertes nouvelles et non résolues, arriéré sur 60 jours, pics de dépense) ne sont pas encore construits. Les constats sont sur la page Détections ; la ligne de commande liste les alertes du cache (vigie alerts).</translation>
    </message>
</context>
<context>
    <name>Net</name>
    <message>
        <source>Refusing endpoint %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Point d’accès %1 refusé : seul https, ou http vers cet ordinateur (boucle locale), est autorisé.</translation>
    </message>
    <message>
        <source>No app registration: set VIGIE_CLIENT_ID to the application id.</source>
        <translation>Aucune inscription d’application : définissez VIGIE_CLIENT_ID avec l’identifiant de l’application.</translation>
    </message>
    <message>
        <source>Open this address in a web browser to sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur web pour vous connecter :</translation>
    </message>
    <message>
        <source>Waiting for the browser...</source>
        <translation>En attente du navigateur...</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed out: the stored tokens were removed.</source>
        <translation>Déconnecté : les jetons enregistrés ont été supprimés.</translation>
    </message>
    <message>
        <source>The sign-in service sent an unreadable answer.</source>
        <translation>Le service de connexion a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>Sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used; start the sign-in again.</source>
        <translation>Le code de connexion a expiré avant d’être utilisé ; recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in code was not recognised; start the sign-in again.</source>
        <translation>Le code de connexion n’a pas été reconnu ; recommencez la connexion.</translation>
    </message>
    <message>
        <source>Sign-in failed (%1).</source>
        <translation>Échec de la connexion (%1).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation>Pour vous connecter, ouvrez %1 et saisissez le code %2.</translation>
    </message>
    <message>
        <source>No answer from the browser in time; start the sign-in again.</source>
        <translation>Pas de réponse du navigateur à temps ; recommencez la connexion.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect: %1</source>
        <translation>Impossible d’attendre la redirection de connexion : %1</translation>
    </message>
    <message>
        <source>This sign-in is already finished.</source>
        <translation>Cette connexion est déjà terminée.</translation>
    </message>
    <message>
        <source>Sign-in refused: the answer does not match the request (state).</source>
        <translation>Connexion refusée : la réponse ne correspond pas à la demande (state).</translation>
    </message>
    <message>
        <source>Sign-in failed. You can close this window.</source>
        <translation>Échec de la connexion. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Signed in to Vigie. You can close this window.</source>
        <translation>Connecté à Vigie. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>The sign-in did not grant offline access (no refresh token).</source>
        <translation>La connexion n’a pas accordé l’accès hors connexion (aucun jeton d’actualisation).</translation>
    </message>
    <message>
        <source>Sign-in logs of tenant %1 are not available: the tenant has no Microsoft Entra ID P1 or P2 licence.</source>
        <translation>Les journaux de connexion du locataire %1 ne sont pas disponibles : le locataire n’a pas de licence Microsoft Entra ID P1 ou P2.</translation>
    </message>
    <message>
        <source>Access denied to the partner security alerts: the app needs the PartnerSecurity.Read.All permission (PartnerSecurity.ReadWrite.All to resolve alerts) with admin consent, and the user the Admin Agent role.</source>
        <translation>Accès refusé aux alertes de sécurité partenaire : l’application a besoin de l’autorisation PartnerSecurity.Read.All (PartnerSecurity.ReadWrite.All pour résoudre les alertes) avec le consentement administrateur, et l’utilisateur du rôle Agent d’administration (Admin Agent).</translation>
    </message>
    <message>
        <source>Access denied while updating a partner security alert: the app needs the PartnerSecurity.ReadWrite.All permission with admin consent, and the user the Admin Agent role.</source>
        <translation>Accès refusé lors de la mise à jour d’une alerte de sécurité partenaire : l’application a besoin de l’autorisation PartnerSecurity.ReadWrite.All avec le consentement administrateur, et l’utilisateur du rôle Agent d’administration (Admin Agent).</translation>
    </message>
    <message>
        <source>Access denied to the sign-in logs of tenant %1: the app needs the AuditLog.Read.All and Directory.Read.All permissions, and the user a directory role such as Security Reader or Reports Reader (through GDAP).</source>
        <translation>Accès refusé aux journaux de connexion du locataire %1 : l’application a besoin des autorisations AuditLog.Read.All et Directory.Read.All, et l’utilisateur d’un rôle d’annuaire comme Lecteur de sécurité ou Lecteur de rapports (via GDAP).</translation>
    </message>
    <message>
        <source>Access denied to the audit logs of tenant %1: the app needs the AuditLog.Read.All permission, and the user a directory role such as Security Reader or Reports Reader (through GDAP).</source>
        <translation>Accès refusé aux journaux d’audit du locataire %1 : l’application a besoin de l’autorisation AuditLog.Read.All, et l’utilisateur d’un rôle d’annuaire comme Lecteur de sécurité ou Lecteur de rapports (via GDAP).</translation>
    </message>
    <message>
        <source>Access denied by Partner Center: the user needs the Admin Agent role in the partner tenant (and a relationship with the customer).</source>
        <translation>Accès refusé par l’Espace partenaires : l’utilisateur a besoin du rôle Agent d’administration (Admin Agent) dans le locataire partenaire (et d’une relation avec le client).</translation>
    </message>
    <message>
        <source>Access denied to the costs of Azure subscription %1: the user needs the Cost Management Reader (or Reader) role on the subscription, through GDAP or the Admin Agents group.</source>
        <translation>Accès refusé aux coûts de l’abonnement Azure %1 : l’utilisateur a besoin du rôle Lecteur Cost Management (Cost Management Reader) ou Lecteur sur l’abonnement, via GDAP ou le groupe Admin Agents.</translation>
    </message>
    <message>
        <source>Access denied by the service.</source>
        <translation>Accès refusé par le service.</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>The object was changed by someone else.</source>
        <translation>L’objet a été modifié par quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The service is throttling requests; try again later.</source>
        <translation>Le service limite les requêtes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The service is unavailable (HTTP %1).</source>
        <translation>Le service est indisponible (HTTP %1).</translation>
    </message>
    <message>
        <source>The service rejected the request (HTTP %1).</source>
        <translation>Le service a rejeté la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The service rejected the request: %1</source>
        <translation>Le service a rejeté la requête : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Invalid identifier &quot;%1&quot;.</source>
        <translation>Identifiant « %1 » non valide.</translation>
    </message>
    <message>
        <source>Refusing to connect to %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Connexion à %1 refusée : seul https, ou http vers cet ordinateur (boucle locale), est autorisé.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>Unexpected redirection from %1.</source>
        <translation>Redirection inattendue de %1.</translation>
    </message>
    <message>
        <source>The answer from %1 cannot be read (%2); nothing was kept from it.</source>
        <translation>La réponse de %1 est illisible (%2) ; rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>No stored sign-in; run &quot;vigie login&quot;.</source>
        <translation>Aucune connexion enregistrée ; lancez « vigie login ».</translation>
    </message>
    <message>
        <source>Cannot access the stored sign-in: %1</source>
        <translation>Impossible d’accéder à la connexion enregistrée : %1</translation>
    </message>
    <message>
        <source>No keychain service is available to keep the sign-in. Start one (GNOME Keyring, KWallet), or set VIGIE_TOKEN_STORE=file to keep it in a private file.</source>
        <translation>Aucun service de trousseau n’est disponible pour conserver la connexion. Démarrez-en un (GNOME Keyring, KWallet) ou définissez VIGIE_TOKEN_STORE=file pour la conserver dans un fichier privé.</translation>
    </message>
    <message>
        <source>Sign-in required: run &quot;vigie login&quot;.</source>
        <translation>Connexion requise : lancez « vigie login ».</translation>
    </message>
    <message>
        <source>Not recorded in the activity trail: %1</source>
        <translation>Non enregistré dans le journal d’activité : %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Alert trend</source>
        <translation>Tendance des alertes</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>S&amp;tack by:</source>
        <translation>Em&amp;piler par :</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom in time, drag or ←/→ to pan, 0 to reset; click a legend entry to hide it; right-click to export.</source>
        <translation>Molette ou +/− pour zoomer dans le temps, glisser ou ←/→ pour se déplacer, 0 pour revenir ; un clic sur une entrée de la légende la masque ; clic droit pour exporter.</translation>
    </message>
    <message>
        <source>Top customers by active alerts</source>
        <translation>Clients ayant le plus d’alertes actives</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the customer&apos;s active alerts.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir les alertes actives du client.</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve alerts</source>
        <translation>Résoudre des alertes</translation>
    </message>
    <message>
        <source>Active alerts detected more than</source>
        <translation>Alertes actives détectées il y a plus de</translation>
    </message>
    <message>
        <source> days ago</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>&amp;Legitimate</source>
        <translation>&amp;Légitime</translation>
    </message>
    <message>
        <source>Expected activity or a false positive.</source>
        <translation>Activité attendue ou faux positif.</translation>
    </message>
    <message>
        <source>&amp;Fraud</source>
        <translation>&amp;Fraude</translation>
    </message>
    <message>
        <source>Abuse or unauthorised use of the customer&apos;s Azure resources.</source>
        <translation>Abus ou utilisation non autorisée des ressources Azure du client.</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>An older alert set aside.</source>
        <translation>Une alerte ancienne mise de côté.</translation>
    </message>
    <message>
        <source>Under in&amp;vestigation</source>
        <translation>En cours d’in&amp;vestigation</translation>
    </message>
    <message>
        <source>Not resolved yet: marks the alert as being looked into.</source>
        <translation>Pas encore résolue : marque l’alerte comme en cours d’examen.</translation>
    </message>
    <message>
        <source>&amp;Note (kept in Vigie; Graph keeps no note):</source>
        <translation>&amp;Note (gardée dans Vigie ; Graph ne garde aucune note) :</translation>
    </message>
</context>
<context>
    <name>ResponseChecklist</name>
    <message>
        <source>Change the credentials of the tenant admins and of RBAC access to the Azure subscriptions</source>
        <translation>Changer les informations d’identification des administrateurs du locataire et des accès RBAC aux abonnements Azure</translation>
    </message>
    <message>
        <source>Check that every tenant admin and RBAC owner has registered and enforced multi-factor authentication</source>
        <translation>Vérifier que chaque administrateur du locataire et propriétaire RBAC a inscrit et appliqué l’authentification multifacteur</translation>
    </message>
    <message>
        <source>Review the admins&apos; password recovery emails and phone numbers in Entra ID</source>
        <translation>Vérifier les e-mails et numéros de téléphone de récupération de mot de passe des administrateurs dans Entra ID</translation>
    </message>
    <message>
        <source>Review risky users, sign-ins and subscriptions (Entra ID Protection)</source>
        <translation>Examiner les utilisateurs, connexions et abonnements à risque (Entra ID Protection)</translation>
    </message>
    <message>
        <source>Review the customer&apos;s sign-ins around the alert time for unusual patterns</source>
        <translation>Examiner les connexions du client autour de l’heure de l’alerte à la recherche de schémas inhabituels</translation>
    </message>
    <message>
        <source>Look for unauthorised changes in the Azure activity log (billing, configuration, subscription level)</source>
        <translation>Rechercher les modifications non autorisées dans le journal d’activité Azure (facturation, configuration, niveau abonnement)</translation>
    </message>
    <message>
        <source>Review spend anomalies against the customer&apos;s budget in Cost Management</source>
        <translation>Examiner les anomalies de dépense par rapport au budget du client dans Cost Management</translation>
    </message>
    <message>
        <source>Disable or delete the compromised resources and remove the threat actor</source>
        <translation>Désactiver ou supprimer les ressources compromises et évincer l’acteur malveillant</translation>
    </message>
    <message>
        <source>Delete the unattached managed and unmanaged disks left after the incident</source>
        <translation>Supprimer les disques managés et non managés non attachés laissés après l’incident</translation>
    </message>
    <message>
        <source>Contact Azure support and report the incident</source>
        <translation>Contacter le support Azure et signaler l’incident</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Microsoft services (restart to apply)</source>
        <translation>Services Microsoft (appliqués au redémarrage)</translation>
    </message>
    <message>
        <source>&amp;Sign-in (login):</source>
        <translation>&amp;Connexion (login) :</translation>
    </message>
    <message>
        <source>Microsoft &amp;Graph:</source>
        <translation>Microsoft &amp;Graph :</translation>
    </message>
    <message>
        <source>&amp;Partner Center:</source>
        <translation>&amp;Espace partenaires :</translation>
    </message>
    <message>
        <source>Azure Resource &amp;Manager:</source>
        <translation>Azure Resource &amp;Manager :</translation>
    </message>
    <message>
        <source>App (&amp;client) id:</source>
        <translation>Id. d&apos;application (&amp;client) :</translation>
    </message>
    <message>
        <source>Partner &amp;tenant:</source>
        <translation>&amp;Locataire partenaire :</translation>
    </message>
    <message>
        <source>Token st&amp;ore:</source>
        <translation>St&amp;ockage des jetons :</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchroniser &amp;toutes les :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>First sync &amp;reads:</source>
        <translation>La première synchronisation &amp;lit :</translation>
    </message>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <source>Sync when Vigie &amp;starts</source>
        <translation>Synchroniser au &amp;démarrage de Vigie</translation>
    </message>
    <message>
        <source>Sign-in and audit &amp;logs</source>
        <translation>&amp;Journaux de connexion et d&apos;audit</translation>
    </message>
    <message>
        <source>Azure s&amp;pend</source>
        <translation>&amp;Dépense Azure</translation>
    </message>
    <message>
        <source>Detections</source>
        <translation>Détections</translation>
    </message>
    <message>
        <source>Default &amp;working hours (customers without their own)</source>
        <translation>&amp;Heures ouvrées par défaut (clients sans les leurs)</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Heures :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours :</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Language and notifications</source>
        <translation>Langue et notifications</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <translation>&amp;Notifications :</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Cache &amp;file:</source>
        <translation>&amp;Fichier du cache :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille :</translation>
    </message>
    <message>
        <source>&amp;Compact now</source>
        <translation>&amp;Compacter maintenant</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Microsoft</source>
        <translation>Connexion à Microsoft</translation>
    </message>
    <message>
        <source>Vigie opens your web browser on the Microsoft sign-in page. Sign in with your partner account; the browser then hands the sign-in back to Vigie.</source>
        <translation>Vigie ouvre votre navigateur sur la page de connexion Microsoft. Connectez-vous avec votre compte partenaire ; le navigateur transmet ensuite la connexion à Vigie.</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <source>If the browser did not open, copy this address into it.</source>
        <translation>Si le navigateur ne s’est pas ouvert, copiez-y cette adresse.</translation>
    </message>
    <message>
        <source>Use a &amp;device code instead</source>
        <translation>Utiliser plutôt un code d’&amp;appareil</translation>
    </message>
    <message>
        <source>On any device, open the address below and enter this code:</source>
        <translation>Sur n’importe quel appareil, ouvrez l’adresse ci-dessous et saisissez ce code :</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Code d’appareil</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Open browser</source>
        <translation>&amp;Ouvrir le navigateur</translation>
    </message>
    <message>
        <source>&amp;New code</source>
        <translation>Nouveau &amp;code</translation>
    </message>
    <message>
        <source>Use the bro&amp;wser instead</source>
        <translation>Utiliser plutôt le navi&amp;gateur</translation>
    </message>
</context>
<context>
    <name>SpendBandChart</name>
    <message>
        <source>Baseline band</source>
        <translation>Bande de référence</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Daily cost</source>
        <translation>Coût quotidien</translation>
    </message>
    <message>
        <source>Anomaly</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>Coût (%1)</translation>
    </message>
</context>
<context>
    <name>SpendPage</name>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Su&amp;bscription:</source>
        <translation>A&amp;bonnement :</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The cache %1 is in use by another Vigie process; try again when it is done.</source>
        <translation>Le cache %1 est utilisé par un autre processus Vigie ; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The file %1 is not a readable Vigie cache. It was left untouched.</source>
        <translation>Le fichier %1 n’est pas un cache Vigie lisible. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The cache %1 could not be opened: %2</source>
        <translation>Impossible d’ouvrir le cache %1 : %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Vigie cache (not an SQLite database). It was left untouched; choose another file with --cache.</source>
        <translation>Le fichier %1 n’est pas un cache Vigie (ce n’est pas une base SQLite). Il n’a pas été modifié ; choisissez un autre fichier avec --cache.</translation>
    </message>
    <message>
        <source>The cache %1 does not exist yet.</source>
        <translation>Le cache %1 n’existe pas encore.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database of another application. It was left untouched; choose another file with --cache.</source>
        <translation>Le fichier %1 est une base SQLite d’une autre application. Il n’a pas été modifié ; choisissez un autre fichier avec --cache.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Vigie (schema %2; this version knows up to %3). It was left untouched; update Vigie or use another cache with --cache.</source>
        <translation>Le cache %1 a été écrit par une version plus récente de Vigie (schéma %2 ; cette version connaît jusqu’au %3). Il n’a pas été modifié ; mettez Vigie à jour ou utilisez un autre cache avec --cache.</translation>
    </message>
    <message>
        <source>The local cache could not be updated: %1</source>
        <translation>Impossible de mettre à jour le cache local : %1</translation>
    </message>
    <message>
        <source>The cache %1 is damaged (integrity check failed). It was left untouched; move it aside and sync again.</source>
        <translation>Le cache %1 est endommagé (échec du contrôle d’intégrité). Il n’a pas été modifié ; mettez-le de côté et synchronisez à nouveau.</translation>
    </message>
    <message>
        <source>Vigie is already open with the cache %1 (process %2). Switch to that window, or close it first.</source>
        <translation>Vigie est déjà ouvert avec le cache %1 (processus %2). Passez à cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>Could not write logs to the cache.</source>
        <translation>Impossible d’écrire les journaux dans le cache.</translation>
    </message>
    <message>
        <source>The local cache has no such record.</source>
        <translation>Le cache local ne contient pas cet enregistrement.</translation>
    </message>
    <message>
        <source>The disk holding the cache %1 is full. Nothing already stored was lost; the last change was not written. Free some space and run again.</source>
        <translation>Le disque qui contient le cache %1 est plein. Rien de ce qui était enregistré n’est perdu ; la dernière modification n’a pas été écrite. Libérez de la place et relancez.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be written (a read-only file or folder, or no permission). Choose a writable place with --cache, or fix the permissions.</source>
        <translation>Le cache %1 ne peut pas être écrit (fichier ou dossier en lecture seule, ou permission refusée). Choisissez un emplacement accessible en écriture avec --cache, ou corrigez les permissions.</translation>
    </message>
    <message>
        <source>Upgrading the cache to schema %1: %2 of %3 events</source>
        <translation>Mise à niveau du cache vers le schéma %1 : %2 événements sur %3</translation>
    </message>
    <message>
        <source>The stored JSON of a cached event could not be read: the cache is damaged or was written by a newer Vigie.</source>
        <translation>Le JSON enregistré d’un événement du cache n’a pas pu être lu : le cache est endommagé ou a été écrit par une version plus récente de Vigie.</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>Suspend or cancel a subscription</source>
        <translation>Suspendre ou annuler un abonnement</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cancel this &amp;Azure subscription</source>
        <translation>Annuler cet abonnement &amp;Azure</translation>
    </message>
    <message>
        <source>&amp;Suspend the whole subscription</source>
        <translation>&amp;Suspendre tout l’abonnement</translation>
    </message>
    <message>
        <source>Response &amp;checklist…</source>
        <translation>&amp;Liste de réponse…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n alert(s) from the cache.</source>
        <translation>
            <numerusform>%n alerte lue dans le cache.</numerusform>
            <numerusform>%n alertes lues dans le cache.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown queued action %1.</source>
        <translation>Action en file inconnue : %1.</translation>
    </message>
    <message>
        <source>Action %1 is already finished.</source>
        <translation>L’action %1 est déjà terminée.</translation>
    </message>
    <message>
        <source>No cache at %1 yet: run &quot;vigie sync&quot; first.</source>
        <translation>Pas encore de cache à %1 : lancez d’abord « vigie sync ».</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détectée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Dernière synchronisation réussie : %1.</translation>
    </message>
    <message>
        <source>--days expects a number of days from 1 to 365.</source>
        <translation>--days attend un nombre de jours de 1 à 365.</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1 : échec : %2</translation>
    </message>
    <message>
        <source>Sync: %1 of %2 streams done, %3 items</source>
        <translation>Synchronisation : %1 flux sur %2 terminés, %3 éléments</translation>
    </message>
    <message>
        <source>Sync finished: %1 streams, %2 failed, %3 items.</source>
        <translation>Synchronisation terminée : %1 flux, %2 en échec, %3 éléments.</translation>
    </message>
    <message>
        <source>Sign-in required: run &quot;vigie login&quot; first.</source>
        <translation>Connexion requise : lancez d’abord « vigie login ».</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
    <message>
        <source>Last sync: %1, incomplete (%2).</source>
        <translation>Dernière synchronisation : %1, incomplète (%2).</translation>
    </message>
    <message>
        <source>some streams failed</source>
        <translation>certains flux ont échoué</translation>
    </message>
    <message>
        <source>The cache has never been synced.</source>
        <translation>Le cache n’a jamais été synchronisé.</translation>
    </message>
    <message>
        <source>%1: not available: %2</source>
        <translation>%1 : indisponible : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n log stream(s) not available for the tenant&apos;s licence (not a failure; asked again once a day).</source>
        <translation>
            <numerusform>%n flux de journaux indisponible en raison de la licence du locataire (pas un échec ; redemandé une fois par jour).</numerusform>
            <numerusform>%n flux de journaux indisponibles en raison de la licence du locataire (pas un échec ; redemandés une fois par jour).</numerusform>
        </translation>
    </message>
    <message>
        <source>Vigie asks again after %1.</source>
        <translation>Vigie redemandera après le %1.</translation>
    </message>
    <message>
        <source>Action %1 is not in conflict.</source>
        <translation>L’action %1 n’est pas en conflit.</translation>
    </message>
    <message>
        <source>Compacting the cache after a large sync (this can take a minute; nothing is lost if it is interrupted)…</source>
        <translation>Compactage du cache après une longue synchronisation (cela peut prendre une minute ; rien n’est perdu s’il est interrompu)…</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Customer tags</source>
        <translation>Étiquettes des clients</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Vigie</source>
        <translation>Bienvenue dans Vigie</translation>
    </message>
    <message>
        <source>Vigie gathers your customers&apos; partner security alerts, sign-in and audit logs and Azure spend in one local cache, and watches them with 49 detection rules. Nobody is signed in and the cache is empty: sign in to your partner tenant, or explore a generated demo first.</source>
        <translation>Vigie rassemble dans un cache local les alertes de sécurité partenaire, les journaux de connexion et d&apos;audit et la dépense Azure de vos clients, et les surveille avec 49 règles de détection. Personne n&apos;est connecté et le cache est vide : connectez-vous à votre locataire partenaire, ou explorez d&apos;abord une démo générée.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Explore the demo</source>
        <translation>&amp;Explorer la démo</translation>
    </message>
    <message>
        <source>What Vigie needs</source>
        <translation>Ce dont Vigie a besoin</translation>
    </message>
</context>
<context>
    <name>vigie::gui::AboutDialog</name>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Cache: %1
Settings: %2</source>
        <translation>Cache : %1
Paramètres : %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ActionsController</name>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>&amp;Resolve the selected alerts…</source>
        <translation>&amp;Résoudre les alertes sélectionnées…</translation>
    </message>
    <message>
        <source>Resolve &amp;older alerts as Ignore…</source>
        <translation>Résoudre les alertes &amp;anciennes comme Ignorer…</translation>
    </message>
    <message>
        <source>&amp;Suspend or cancel the alert&apos;s subscription…</source>
        <translation>&amp;Suspendre ou annuler l’abonnement de l’alerte…</translation>
    </message>
    <message>
        <source>Response &amp;checklist…</source>
        <translation>&amp;Liste de réponse…</translation>
    </message>
    <message>
        <source>&amp;Push queued actions</source>
        <translation>&amp;Envoyer les actions en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued</source>
        <translation>
            <numerusform>%n action en attente</numerusform>
            <numerusform>%n actions en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox: open the Activity page (Ctrl+6)</source>
        <translation>La file d’envoi : ouvrir la page Activité (Ctrl+6)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued; sending.</source>
        <translation>
            <numerusform>%n action en attente ; envoi en cours.</numerusform>
            <numerusform>%n actions en attente ; envoi en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) queued in the outbox; &quot;vigie push&quot; sends them.</source>
        <translation>
            <numerusform>%n action mise dans la file d’envoi ; « vigie push » l’envoie.</numerusform>
            <numerusform>%n actions mises dans la file d’envoi ; « vigie push » les envoie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to send it.</source>
        <translation>Connectez-vous pour l’envoyer.</translation>
    </message>
    <message>
        <source>The service is unreachable.</source>
        <translation>Le service est injoignable.</translation>
    </message>
    <message>
        <source>Actions stay queued: sign in (File › Sign in) to send them.</source>
        <translation>Les actions restent en attente : connectez-vous (Fichier › Se connecter) pour les envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n action(s) stay queued and are sent when the network is back.</source>
        <translation>
            <numerusform>Hors ligne : %n action reste en attente et partira au retour du réseau.</numerusform>
            <numerusform>Hors ligne : %n actions restent en attente et partiront au retour du réseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox pushed: %1 done, %2 failed, %3 in conflict.</source>
        <translation>File d’envoi traitée : %1 faites, %2 en échec, %3 en conflit.</translation>
    </message>
    <message>
        <source>Queued in the outbox; &quot;vigie push&quot; sends it.</source>
        <translation>En attente dans la file d’envoi ; « vigie push » l’envoie.</translation>
    </message>
    <message>
        <source>The remote state stands; nothing was sent.</source>
        <translation>L’état distant est conservé ; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ActivityModel</name>
    <message>
        <source>Resolve</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Mark as investigating</source>
        <translation>Marquage en investigation</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Cancel Azure subscription</source>
        <translation>Annulation d’abonnement Azure</translation>
    </message>
    <message>
        <source>Keep the remote state</source>
        <translation>État distant conservé</translation>
    </message>
    <message>
        <source>Response checklist</source>
        <translation>Liste de réponse</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Import logs</source>
        <translation>Importer des journaux</translation>
    </message>
    <message>
        <source>Settings change</source>
        <translation>Modification des paramètres</translation>
    </message>
    <message>
        <source>Actor approval</source>
        <translation>Approbation d’un acteur</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id de requête</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ActivityPage</name>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Every result</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolved as %1</source>
        <translation>Résolue comme %1</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Cancelled (compromise)</source>
        <translation>Annulé (compromission)</translation>
    </message>
    <message>
        <source>Unknown (not in the cache)</source>
        <translation>Inconnu (absent du cache)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Actions that need you (%1)</source>
        <translation>Actions qui vous attendent (%1)</translation>
    </message>
    <message>
        <source>Nothing failed and nothing is in conflict.</source>
        <translation>Rien n’est en échec ni en conflit.</translation>
    </message>
    <message>
        <source>%1 — local (Vigie): %2; remote (service): %3. %4 &quot;Send mine again&quot; sends your change over the remote state; &quot;Keep the remote state&quot; ends this action without sending anything.</source>
        <translation>%1 — local (Vigie) : %2 ; distant (service) : %3. %4 « Renvoyer la mienne » envoie votre modification par-dessus l’état distant ; « Garder l’état distant » clôt cette action sans rien envoyer.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 &quot;Retry&quot; queues it again with the same request id.</source>
        <translation>%1 — %2 : %3 « Réessayer » la remet en file avec le même id de requête.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::AlertContextCharts</name>
    <message>
        <source>Failed sign-ins (%1)</source>
        <translation>Connexions échouées (%1)</translation>
    </message>
    <message>
        <source>Directory changes (%1)</source>
        <translation>Modif. annuaire (%1)</translation>
    </message>
    <message>
        <source>Spend (%1)</source>
        <translation>Dépenses (%1)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>No spend data</source>
        <translation>Aucune dépense connue</translation>
    </message>
</context>
<context>
    <name>vigie::gui::AlertsModel</name>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Anomalous resource consumption</source>
        <translation>Consommation de ressources anormale</translation>
    </message>
    <message>
        <source>Suspicious Azure operations</source>
        <translation>Opérations Azure suspectes</translation>
    </message>
    <message>
        <source>Anomalous virtual machine deployment</source>
        <translation>Déploiement de machines virtuelles anormal</translation>
    </message>
    <message>
        <source>Anomalous Azure Batch deployment</source>
        <translation>Déploiement Azure Batch anormal</translation>
    </message>
    <message>
        <source>Anomalous container instances deployment</source>
        <translation>Déploiement d’instances de conteneur anormal</translation>
    </message>
    <message>
        <source>Anomalous machine learning deployment</source>
        <translation>Déploiement d’apprentissage automatique anormal</translation>
    </message>
    <message>
        <source>Crypto mining</source>
        <translation>Minage de cryptomonnaie</translation>
    </message>
    <message>
        <source>Network connections to crypto mining pools</source>
        <translation>Connexions à des pools de minage</translation>
    </message>
    <message>
        <source>Usage anomaly</source>
        <translation>Anomalie d’utilisation</translation>
    </message>
    <message>
        <source>%1 (conflict)</source>
        <translation>%1 (conflit)</translation>
    </message>
    <message>
        <source>%1 (action failed)</source>
        <translation>%1 (action en échec)</translation>
    </message>
    <message>
        <source>%1 (action queued)</source>
        <translation>%1 (action en attente)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Tenant id: %2</source>
        <translation>%1
Identifiant du locataire : %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>First observed</source>
        <translation>Première observation</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Dernière observation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>%1
Subscription id: %2</source>
        <translation>%1
Identifiant de l’abonnement : %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::AlertsPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Active and investigating</source>
        <translation>Actives et en examen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En cours d’analyse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n alert(s)</source>
        <translation>
            <numerusform>%1 : %n alerte</numerusform>
            <numerusform>%1 : %n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n alert(s) as under investigation?</source>
        <translation>
            <numerusform>Marquer %n alerte comme en cours d’examen ?</numerusform>
            <numerusform>Marquer %n alertes comme en cours d’examen ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n alert(s) as %1?</source>
        <translation>
            <numerusform>Résoudre %n alerte comme « %1 » ?</numerusform>
            <numerusform>Résoudre %n alertes comme « %1 » ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve alerts</source>
        <translation>Résoudre des alertes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A note on &quot;%1&quot;, kept in Vigie:</source>
        <translation>Une note sur « %1 », conservée dans Vigie :</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détectée</translation>
    </message>
    <message>
        <source>First observed</source>
        <translation>Première observation</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Dernière observation</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Alert id</source>
        <translation>Identifiant de l’alerte</translation>
    </message>
    <message>
        <source>Affected resources</source>
        <translation>Ressources concernées</translation>
    </message>
    <message>
        <source>Additional details</source>
        <translation>Détails supplémentaires</translation>
    </message>
    <message>
        <source>The customer from %1 to %2</source>
        <translation>Le client du %1 au %2</translation>
    </message>
    <message>
        <source>Open findings of the customer:</source>
        <translation>Détections ouvertes du client :</translation>
    </message>
    <message>
        <source>Other alerts of this subscription:</source>
        <translation>Autres alertes de cet abonnement :</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>first seen as %1</source>
        <translation>vue pour la première fois comme %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Customer tag</source>
        <translation>Étiquette client</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>All resellers</source>
        <translation>Tous les revendeurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Connexions en échec</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Directory changes</source>
        <translation>Modifications de l’annuaire</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Sauvegarder le filtre</translation>
    </message>
    <message>
        <source>Name of this filter (an existing name is replaced):</source>
        <translation>Nom de ce filtre (un nom existant est remplacé) :</translation>
    </message>
</context>
<context>
    <name>vigie::gui::BaselineChart</name>
    <message>
        <source>Baseline windows</source>
        <translation>Fenêtres de référence</translation>
    </message>
    <message>
        <source>Current window</source>
        <translation>Fenêtre actuelle</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>vigie::gui::CaseReportDialog</name>
    <message>
        <source>A PDF with the customer&apos;s alerts and how each was resolved, the actions taken, the response checklist, open findings and charts.</source>
        <translation>Un PDF avec les alertes du client et la façon dont chacune a été résolue, les actions menées, la liste de réponse, les résultats ouverts et des graphiques.</translation>
    </message>
    <message>
        <source>&amp;Write PDF</source>
        <translation>É&amp;crire le PDF</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Chargement des clients…</translation>
    </message>
    <message>
        <source>No customer in the cache yet</source>
        <translation>Aucun client dans le cache pour l’instant</translation>
    </message>
    <message>
        <source>Tenant id: %1</source>
        <translation>Identifiant du locataire : %1</translation>
    </message>
    <message>
        <source>Write the case report to</source>
        <translation>Écrire le rapport d’incident dans</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Reading the case file…</source>
        <translation>Lecture du dossier…</translation>
    </message>
    <message>
        <source>Choose a file to write the report to.</source>
        <translation>Choisissez le fichier dans lequel écrire le rapport.</translation>
    </message>
    <message>
        <source>The cache could not be opened.</source>
        <translation>Le cache n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Drawing the charts and writing the PDF…</source>
        <translation>Dessin des graphiques et écriture du PDF…</translation>
    </message>
    <message>
        <source>Case report written to %1.</source>
        <translation>Rapport d’incident écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1 : %2 (%3 %)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>Le graphique n’a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Chart exported by Vigie</source>
        <translation>Graphique exporté par Vigie</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ChecklistDialog</name>
    <message>
        <source>Response checklist: %1</source>
        <translation>Liste de réponse : %1</translation>
    </message>
    <message>
        <source>After a compromise of %1, work through these steps. Ticks are kept in Vigie and appear in the case report.</source>
        <translation>Après une compromission de %1, suivez ces étapes. Les coches sont gardées dans Vigie et figurent dans le rapport de dossier.</translation>
    </message>
    <message>
        <source>Ticked by %1 on %2</source>
        <translation>Cochée par %1 le %2</translation>
    </message>
    <message>
        <source>Unticked by %1 on %2</source>
        <translation>Décochée par %1 le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 étape faite sur %n</numerusform>
            <numerusform>%1 étapes faites sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::CustomerDrillDownPage</name>
    <message>
        <source>Timeline: every entry of the range</source>
        <translation>Chronologie : toutes les entrées de la période</translation>
    </message>
    <message numerus="yes">
        <source>Timeline: %1 (%n row(s))</source>
        <translation>
            <numerusform>Chronologie : %1 (%n ligne)</numerusform>
            <numerusform>Chronologie : %1 (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the cache yet (sync the customers)</source>
        <translation>Pas encore dans le cache (synchronisez les clients)</translation>
    </message>
    <message>
        <source>Direct customer</source>
        <translation>Client direct</translation>
    </message>
    <message>
        <source>Reseller: %1</source>
        <translation>Revendeur : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>état inconnu</translation>
    </message>
    <message>
        <source>: Azure %1</source>
        <translation> : Azure %1</translation>
    </message>
    <message>
        <source>Subscriptions: none cached</source>
        <translation>Abonnements : aucun dans le cache</translation>
    </message>
    <message>
        <source>Subscriptions: %1</source>
        <translation>Abonnements : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> (last sync failed)</source>
        <translation> (dernière synchro en échec)</translation>
    </message>
    <message>
        <source>alerts %1</source>
        <translation>alertes %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>sign-ins %1</source>
        <translation>connexions %1</translation>
    </message>
    <message>
        <source>audits %1</source>
        <translation>audits %1</translation>
    </message>
    <message>
        <source>spend %1</source>
        <translation>dépense %1</translation>
    </message>
    <message>
        <source>Data as of: %1</source>
        <translation>Données à jour : %1</translation>
    </message>
    <message>
        <source>Sign-in logs not available: no Entra ID P1/P2 licence in this tenant.</source>
        <translation>Journaux de connexion indisponibles : aucune licence Entra ID P1/P2 dans ce locataire.</translation>
    </message>
    <message>
        <source>%1 (learning)</source>
        <translation>%1 (apprentissage)</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alertes par jour</translation>
    </message>
    <message>
        <source>Failed sign-ins per day by error code</source>
        <translation>Connexions échouées par jour et code d’erreur</translation>
    </message>
    <message>
        <source>Findings per rule</source>
        <translation>Constats par règle</translation>
    </message>
    <message>
        <source>Spend: no Azure subscription with cost</source>
        <translation>Dépense : aucun abonnement Azure avec coût</translation>
    </message>
    <message>
        <source>Spend with its baseline band</source>
        <translation>Dépense et sa bande de référence</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
</context>
<context>
    <name>vigie::gui::CustomerSettingsDialog</name>
    <message>
        <source>&amp;Privileged accounts:</source>
        <translation>Comptes &amp;privilégiés :</translation>
    </message>
    <message>
        <source>&amp;VIP accounts:</source>
        <translation>Comptes &amp;VIP :</translation>
    </message>
    <message>
        <source>Privileged &amp;groups:</source>
        <translation>&amp;Groupes privilégiés :</translation>
    </message>
    <message>
        <source>Approved &amp;countries:</source>
        <translation>&amp;Pays approuvés :</translation>
    </message>
    <message>
        <source>Approved &amp;IP ranges (CIDR):</source>
        <translation>Plages &amp;IP approuvées (CIDR) :</translation>
    </message>
    <message>
        <source>Approved c&amp;ities:</source>
        <translation>&amp;Villes approuvées :</translation>
    </message>
    <message>
        <source>Approved &amp;browsers:</source>
        <translation>&amp;Navigateurs approuvés :</translation>
    </message>
    <message>
        <source>Approved &amp;operating systems:</source>
        <translation>Systèmes d’&amp;exploitation approuvés :</translation>
    </message>
    <message>
        <source>&amp;Account administrators:</source>
        <translation>&amp;Administrateurs de comptes :</translation>
    </message>
    <message>
        <source>&amp;Conditional Access:</source>
        <translation>Accès &amp;conditionnel :</translation>
    </message>
    <message>
        <source>Custom &amp;policies:</source>
        <translation>&amp;Stratégies personnalisées :</translation>
    </message>
    <message>
        <source>&amp;User flows:</source>
        <translation>&amp;Flux d’utilisateurs :</translation>
    </message>
    <message>
        <source>API co&amp;nnectors:</source>
        <translation>Co&amp;nnecteurs d’API :</translation>
    </message>
    <message>
        <source>&amp;Identity providers:</source>
        <translation>Fournisseurs d’&amp;identité :</translation>
    </message>
    <message>
        <source>App c&amp;redentials:</source>
        <translation>Identifiants d’app&amp;lication :</translation>
    </message>
    <message>
        <source>App &amp;owners:</source>
        <translation>&amp;Propriétaires d’applications :</translation>
    </message>
    <message>
        <source>Consent a&amp;dministrators:</source>
        <translation>A&amp;dministrateurs du consentement :</translation>
    </message>
    <message>
        <source>&amp;ROPC apps:</source>
        <translation>Applications &amp;ROPC :</translation>
    </message>
    <message>
        <source>B2C &amp;sign-in apps:</source>
        <translation>Applications de &amp;connexion B2C :</translation>
    </message>
    <message>
        <source>Owned &amp;domains:</source>
        <translation>&amp;Domaines détenus :</translation>
    </message>
    <message>
        <source>Detection settings — %1</source>
        <translation>Paramètres de détection — %1</translation>
    </message>
    <message>
        <source>One entry per line. Actor lists accept UPNs, object ids or app names; an entry ending with * is a prefix.</source>
        <translation>Une entrée par ligne. Les listes d’acteurs acceptent des UPN, des identifiants d’objet ou des noms d’applications ; une entrée finissant par * est un préfixe.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Exporter les paramètres</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Import settings</source>
        <translation>Importer des paramètres</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The stored settings could not be read: %1</source>
        <translation>Les paramètres enregistrés n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>JSON error at character %1: %2</source>
        <translation>Erreur JSON au caractère %1 : %2</translation>
    </message>
    <message>
        <source>The settings must be one JSON object.</source>
        <translation>Les paramètres doivent être un objet JSON.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a settings file (one JSON object).</source>
        <translation>%1 n’est pas un fichier de paramètres (un objet JSON).</translation>
    </message>
    <message>
        <source>The actors of recent findings could not be read: %1</source>
        <translation>Les acteurs des détections récentes n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Approve actors seen in the last %1 days</source>
        <translation>Approuver les acteurs vus ces %1 derniers jours</translation>
    </message>
    <message>
        <source>&amp;Approve ticked actors</source>
        <translation>&amp;Approuver les acteurs cochés</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — rules %3, %n open finding(s), last %4</source>
        <translation>
            <numerusform>%1 — %2 — règles %3, %n détection ouverte, dernière le %4</numerusform>
            <numerusform>%1 — %2 — règles %3, %n détections ouvertes, dernière le %4</numerusform>
        </translation>
    </message>
    <message>
        <source>No open finding of the last %1 days names an actor that is not approved yet.</source>
        <translation>Aucune détection ouverte des %1 derniers jours ne nomme un acteur pas encore approuvé.</translation>
    </message>
    <message>
        <source>Actors of this customer&apos;s open findings of the last %1 days that no approved list covers. Tick the ones to approve; Save keeps them.</source>
        <translation>Acteurs des détections ouvertes de ce client des %1 derniers jours qu’aucune liste approuvée ne couvre. Cochez ceux à approuver ; Enregistrer les conserve.</translation>
    </message>
    <message>
        <source>Tenant id: %1</source>
        <translation>Identifiant du locataire : %1</translation>
    </message>
</context>
<context>
    <name>vigie::gui::CustomersModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>sign-in logs not available (no P1/P2 licence)</source>
        <translation>journaux de connexion indisponibles (pas de licence P1/P2)</translation>
    </message>
    <message>
        <source>audit logs not available</source>
        <translation>journaux d&apos;audit indisponibles</translation>
    </message>
    <message>
        <source>sign-in and audit logs available</source>
        <translation>journaux de connexion et d&apos;audit disponibles</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>pas de référence</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>±0 %</source>
        <translation>±0 %</translation>
    </message>
    <message>
        <source>sign-ins %1 · audits %2 · spend %3</source>
        <translation>connexions %1 · audits %2 · dépense %3</translation>
    </message>
    <message>
        <source>%1
Tenant id: %2
Domain: %3</source>
        <translation>%1
Identifiant du locataire : %2
Domaine : %3</translation>
    </message>
    <message>
        <source>No spend in the 4 weeks before to compare with.</source>
        <translation>Aucune dépense dans les 4 semaines précédentes à laquelle comparer.</translation>
    </message>
    <message>
        <source>Last 7 days: %1
Baseline (average week of the 4 weeks before): %2</source>
        <translation>7 derniers jours : %1
Référence (semaine moyenne des 4 semaines précédentes) : %2</translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation>Détails du client</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Audits</source>
        <translation>Audits</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Dépenses</translation>
    </message>
    <message>
        <source>%1: available (checked %2)</source>
        <translation>%1 : disponibles (vérifié le %2)</translation>
    </message>
    <message>
        <source>%1: not available (checked %2; asked again after %3)</source>
        <translation>%1 : indisponibles (vérifié le %2 ; redemandé après le %3)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Active alerts: partner security alerts not resolved</source>
        <translation>Alertes actives : alertes de sécurité partenaire non résolues</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Open findings: detection findings new or acknowledged</source>
        <translation>Détections ouvertes : détections nouvelles ou prises en compte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Azure spend of the last 7 days</source>
        <translation>Dépense Azure des 7 derniers jours</translation>
    </message>
    <message>
        <source>Spend 7 days</source>
        <translation>Dépense 7 j</translation>
    </message>
    <message>
        <source>Last 7 days against an average week of the 4 weeks before</source>
        <translation>7 derniers jours comparés à une semaine moyenne des 4 semaines précédentes</translation>
    </message>
    <message>
        <source>vs baseline</source>
        <translation>vs référence</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendeur</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Data freshness: when each stream last synced</source>
        <translation>Fraîcheur des données : dernière synchronisation de chaque flux</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>Log availability: whether the tenant&apos;s sign-in and audit logs can be read</source>
        <translation>Disponibilité des journaux : si les journaux de connexion et d’audit du client peuvent être lus</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>sign-ins: no P1/P2</source>
        <translation>connexions : sans P1/P2</translation>
    </message>
    <message>
        <source>audits: none</source>
        <translation>audits : aucun</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponibles</translation>
    </message>
    <message>
        <source>sign-ins</source>
        <translation>connexions</translation>
    </message>
    <message>
        <source>audits</source>
        <translation>audits</translation>
    </message>
    <message>
        <source>spend</source>
        <translation>dépenses</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>stream: age</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::CustomersPage</name>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 clients sur %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::DetectionsPage</name>
    <message>
        <source>Open (new and acknowledged)</source>
        <translation>Ouverts (nouveaux et pris en compte)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris en compte</translation>
    </message>
    <message>
        <source>False positives</source>
        <translation>Faux positifs</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n détection</numerusform>
            <numerusform>%n détections</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings to show. Import or sync sign-in and audit logs, or widen the filter.</source>
        <translation>Aucun constat à afficher. Importez ou synchronisez des journaux de connexion et d’audit, ou élargissez le filtre.</translation>
    </message>
    <message>
        <source>Select a finding to see why it fired.</source>
        <translation>Sélectionnez un constat pour voir pourquoi il s’est déclenché.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première occurrence</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No approved list is configured for this customer yet, so every matching change fires. Approve the actor in the customer&apos;s settings to silence it.</source>
        <translation>Aucune liste d’approbation n’est encore configurée pour ce client : chaque modification correspondante se déclenche. Approuvez l’acteur dans les paramètres du client pour la faire taire.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Evidence (%1 of %2 events)</source>
        <translation>Éléments de preuve (%1 sur %2 événements)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Re-run detection</source>
        <translation>Réévaluer la détection</translation>
    </message>
    <message>
        <source>Evaluate every event of the last how many days again?</source>
        <translation>Réévaluer tous les événements des combien derniers jours ?</translation>
    </message>
    <message>
        <source>Re-running detection…</source>
        <translation>Réévaluation de la détection…</translation>
    </message>
    <message>
        <source>Re-running detection… %1 %</source>
        <translation>Réévaluation de la détection… %1 %</translation>
    </message>
    <message>
        <source>%1 events evaluated, %2 new findings</source>
        <translation>%1 événements évalués, %2 nouveaux constats</translation>
    </message>
    <message>
        <source>Already approved in %1: %2.</source>
        <translation>Déjà approuvé dans %1 : %2.</translation>
    </message>
    <message>
        <source>Approving the actor adds %1 to %2 for this customer (P).</source>
        <translation>Approuver l’acteur ajoute %1 à %2 pour ce client (P).</translation>
    </message>
    <message>
        <source>Approved for %1: %2.</source>
        <translation>Approuvé pour %1 : %2.</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message numerus="yes">
        <source>%1 (shared with %n other finding(s))</source>
        <translation>
            <numerusform>%1 (partagé avec %n autre détection)</numerusform>
            <numerusform>%1 (partagé avec %n autres détections)</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 matching events within %2 between %3 and %4; the threshold is %5.</source>
        <translation>Au plus %1 événements correspondants en %2 entre %3 et %4 ; le seuil est %5.</translation>
    </message>
    <message>
        <source>%1 events in the current window of %2 against a baseline (median) of %3; the limit is %4 (+%5 %), with at least %6 events.</source>
        <translation>%1 événements dans la fenêtre actuelle de %2 contre une référence (médiane) de %3 ; la limite est %4 (+%5 %), avec au moins %6 événements.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export alerts, findings, spend or the activity trail to CSV or JSON</source>
        <translation>Exporter les alertes, les résultats, la dépense ou le journal d’activité en CSV ou JSON</translation>
    </message>
    <message>
        <source>Case &amp;report…</source>
        <translation>&amp;Rapport d’incident…</translation>
    </message>
    <message>
        <source>Write a customer&apos;s case report as a PDF</source>
        <translation>Écrire le rapport d’incident d’un client en PDF</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ExportDialog</name>
    <message>
        <source>Alerts, with the analyst&apos;s notes</source>
        <translation>Alertes, avec les notes de l’analyste</translation>
    </message>
    <message>
        <source>Detection findings</source>
        <translation>Résultats de détection</translation>
    </message>
    <message>
        <source>Daily spend, with baseline and anomalies</source>
        <translation>Dépense quotidienne, avec référence et anomalies</translation>
    </message>
    <message>
        <source>Activity trail</source>
        <translation>Journal d’activité</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (tableur)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>JSON: one object per row, with Graph property names for alerts.</source>
        <translation>JSON : un objet par ligne, avec les noms de propriétés Graph pour les alertes.</translation>
    </message>
    <message>
        <source>CSV in UTF-8, French spreadsheet style: semicolon separator, decimal comma.</source>
        <translation>CSV en UTF-8, à la française : séparateur point-virgule, virgule décimale.</translation>
    </message>
    <message>
        <source>CSV in UTF-8 (RFC 4180): comma separator, decimal point.</source>
        <translation>CSV en UTF-8 (RFC 4180) : séparateur virgule, point décimal.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier dans lequel exporter.</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Export en cours… %1 lignes sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cache could not be opened: nothing was exported.</source>
        <translation>Le cache n’a pas pu être ouvert : rien n’a été exporté.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::FindingsModel</name>
    <message>
        <source>No approved list is configured for this customer yet, so every matching change fires.</source>
        <translation>Aucune liste d’approbation n’est encore configurée pour ce client : chaque modification correspondante se déclenche.</translation>
    </message>
    <message>
        <source>%1 (unconfigured)</source>
        <translation>%1 (non configuré)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première occurrence</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu en dernier</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>These findings come from audit events of one operation (correlation id %1).</source>
        <translation>Ces détections proviennent d’événements d’audit d’une même opération (identifiant de corrélation %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) · correlation %1</source>
        <translation>
            <numerusform>%n détection · corrélation %1</numerusform>
            <numerusform>%n détections · corrélation %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Correlated</source>
        <translation>Corrélées</translation>
    </message>
    <message>
        <source>The whole tenant</source>
        <translation>Tout le locataire</translation>
    </message>
    <message>
        <source>%1
User id: %2</source>
        <translation>%1
Identifiant de l’utilisateur : %2</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Read from the records</source>
        <translation>Lu dans les enregistrements</translation>
    </message>
    <message>
        <source>The customer the records belong to. Leave empty when the files carry the tenant id of each record.</source>
        <translation>Le client auquel appartiennent les enregistrements. Laissez vide si les fichiers indiquent l’identifiant de locataire de chaque enregistrement.</translation>
    </message>
    <message>
        <source>Import logs</source>
        <translation>Importer des journaux</translation>
    </message>
    <message>
        <source>Logs (*.json *.jsonl *.ndjson *.csv *.txt);;All files (*)</source>
        <translation>Journaux (*.json *.jsonl *.ndjson *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Importing… Closing this window stops after the current file finishes; records already imported are kept.</source>
        <translation>Importation… Fermer cette fenêtre arrête l’importation une fois le fichier en cours terminé ; les enregistrements déjà importés sont conservés.</translation>
    </message>
    <message>
        <source>%1 — not imported: %2</source>
        <translation>%1 — non importé : %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3 taken, %4 duplicates, %5 rejected</source>
        <translation>%1 — %2 : %3 retenus, %4 doublons, %5 rejetés</translation>
    </message>
    <message>
        <source>    line %1: %2</source>
        <translation>    ligne %1 : %2</translation>
    </message>
    <message>
        <source>    record %1: %2</source>
        <translation>    enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>Stopped before the remaining files.</source>
        <translation>Arrêté avant les fichiers restants.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::MainWindow</name>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Offline: not synced yet</source>
        <translation>Hors ligne : pas encore synchronisé</translation>
    </message>
    <message>
        <source>Vigie (demo)</source>
        <translation>Vigie (démo)</translation>
    </message>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <source>Sign in to Microsoft to sync (vigie login, or File › Sign in).</source>
        <translation>Connectez-vous à Microsoft pour synchroniser (vigie login, ou Fichier › Se connecter).</translation>
    </message>
    <message>
        <source>Import sign-in or audit logs</source>
        <translation>Importer des journaux de connexion ou d’audit</translation>
    </message>
    <message>
        <source>Log files (*.json *.jsonl *.ndjson *.csv *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.json *.jsonl *.ndjson *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed out; the cached data stays available offline.</source>
        <translation>Déconnecté ; les données du cache restent disponibles hors ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s) from the imported logs.</source>
        <translation>
            <numerusform>%n nouveau constat issu des journaux importés.</numerusform>
            <numerusform>%n nouveaux constats issus des journaux importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Note enregistrée.</translation>
    </message>
    <message>
        <source>Show Vigie</source>
        <translation>Afficher Vigie</translation>
    </message>
</context>
<context>
    <name>vigie::gui::Notifier</name>
    <message>
        <source>New security alert</source>
        <translation>Nouvelle alerte de sécurité</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>New detection finding</source>
        <translation>Nouvelle détection</translation>
    </message>
    <message numerus="yes">
        <source>%1 from %n customer(s)</source>
        <translation>
            <numerusform>%1 chez %n client</numerusform>
            <numerusform>%1 chez %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n nouvelle alerte</numerusform>
            <numerusform>%n nouvelles alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation>
            <numerusform>%n nouvelle détection</numerusform>
            <numerusform>%n nouvelles détections</numerusform>
        </translation>
    </message>
    <message>
        <source>New alerts and findings</source>
        <translation>Nouvelles alertes et détections</translation>
    </message>
    <message>
        <source>New security alerts</source>
        <translation>Nouvelles alertes de sécurité</translation>
    </message>
    <message>
        <source>New detection findings</source>
        <translation>Nouvelles détections</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <comment>high and medium counts</comment>
        <translation>(%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n high</source>
        <comment>alerts or findings</comment>
        <translation>
            <numerusform>%n élevée</numerusform>
            <numerusform>%n élevées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <comment>alerts or findings</comment>
        <translation>
            <numerusform>%n moyenne</numerusform>
            <numerusform>%n moyennes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::OverviewPage</name>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Alert type</source>
        <translation>Type d’alerte</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>La vue d’ensemble n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>No alert in this period.</source>
        <translation>Aucune alerte sur cette période.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the period</source>
        <translation>
            <numerusform>%n alerte sur la période</numerusform>
            <numerusform>%n alertes sur la période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean time from detection to resolution of the %n alert(s) resolved in the last 30 days. Opens them.</source>
        <translation>
            <numerusform>Délai moyen entre la détection et la résolution de l’alerte résolue ces 30 derniers jours (%n). L’ouvre.</numerusform>
            <numerusform>Délai moyen entre la détection et la résolution des %n alertes résolues ces 30 derniers jours. Les ouvre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cost above the expected baseline on anomalous days of the last 30 days, on %n subscription(s) with active alerts. Opens their alerts.</source>
        <translation>
            <numerusform>Coût au-delà de la référence attendue, les jours anormaux des 30 derniers jours, sur %n abonnement ayant des alertes actives. Ouvre ses alertes.</numerusform>
            <numerusform>Coût au-delà de la référence attendue, les jours anormaux des 30 derniers jours, sur %n abonnements ayant des alertes actives. Ouvre leurs alertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <source>New in 24 h</source>
        <translation>Nouvelles en 24 h</translation>
    </message>
    <message>
        <source>Unresolved &gt; 60 days</source>
        <translation>Non résolues &gt; 60 jours</translation>
    </message>
    <message>
        <source>Mean time to resolve (30 days)</source>
        <translation>Délai moyen de résolution (30 jours)</translation>
    </message>
    <message>
        <source>Spend at risk (30 days)</source>
        <translation>Dépense à risque (30 jours)</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Nouvelles détections</translation>
    </message>
    <message>
        <source>Partner security alerts still active. Opens them in the alerts queue.</source>
        <translation>Alertes de sécurité partenaire encore actives. Les ouvre dans la file des alertes.</translation>
    </message>
    <message>
        <source>Alerts detected in the last 24 hours, whatever their status. Opens them.</source>
        <translation>Alertes détectées ces dernières 24 heures, quel que soit leur état. Les ouvre.</translation>
    </message>
    <message>
        <source>Active or investigating alerts detected more than 60 days ago: the backlog. Opens them.</source>
        <translation>Alertes actives ou en cours d’examen détectées il y a plus de 60 jours : l’arriéré. Les ouvre.</translation>
    </message>
    <message>
        <source>Detection findings nobody has triaged yet. Opens the Detections page.</source>
        <translation>Détections que personne n’a encore triées. Ouvre la page Détections.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::ResolveDialog</name>
    <message numerus="yes">
        <source>%1: %n alert(s)</source>
        <translation>
            <numerusform>%1 : %n alerte</numerusform>
            <numerusform>%1 : %n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the alerts…</source>
        <translation>Lecture des alertes…</translation>
    </message>
    <message numerus="yes">
        <source>Resolve as Ignore %n active alert(s) detected more than %1 days ago:</source>
        <translation>
            <numerusform>Résoudre comme Ignorer %n alerte active détectée il y a plus de %1 jours :</numerusform>
            <numerusform>Résoudre comme Ignorer %n alertes actives détectées il y a plus de %1 jours :</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve &quot;%1&quot; of %2.</source>
        <translation>Résoudre « %1 » de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Resolve %n selected alert(s):</source>
        <translation>
            <numerusform>Résoudre %n alerte sélectionnée :</numerusform>
            <numerusform>Résoudre %n alertes sélectionnées :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::RulesModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Needs setup</source>
        <translation>À configurer</translation>
    </message>
    <message>
        <source>Not supported by this source</source>
        <translation>Non prise en charge par cette source</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Settings to fill in: %1</source>
        <translation>Paramètres à renseigner : %1</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation>Journaux d’audit</translation>
    </message>
    <message>
        <source>Active (unconfigured)</source>
        <translation>Active (non configurée)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Last hit</source>
        <translation>Dernier déclenchement</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>mixed (%1 of %2)</source>
        <translation>mixte (%1 sur %2)</translation>
    </message>
    <message>
        <source>match</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>seuil</translation>
    </message>
    <message>
        <source>baseline change</source>
        <translation>écart à la référence</translation>
    </message>
    <message>
        <source>allow list</source>
        <translation>liste d’autorisation</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SettingsPage</name>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>File (0600; headless machines)</source>
        <translation>Fichier (0600 ; machines sans écran)</translation>
    </message>
    <message>
        <source>New high and medium alerts</source>
        <translation>Nouvelles alertes élevées et moyennes</translation>
    </message>
    <message>
        <source>New high alerts only</source>
        <translation>Nouvelles alertes élevées seulement</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 is set in the environment and overrides this value.</source>
        <translation>%1 est défini dans l&apos;environnement et remplace cette valeur.</translation>
    </message>
    <message>
        <source>Empty: %1</source>
        <translation>Vide : %1</translation>
    </message>
    <message>
        <source>never (by hand only)</source>
        <translation>jamais (à la main seulement)</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>En cours d&apos;utilisation : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid https address.</source>
        <translation>« %1 » n&apos;est pas une adresse https valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is refused: plain http would send tokens and customer data unencrypted; only https is allowed, or http to this computer (127.0.0.1, ::1, localhost) for the simulator.</source>
        <translation>« %1 » est refusé : le http simple enverrait les jetons et les données des clients sans chiffrement ; seul https est permis, ou http vers cet ordinateur (127.0.0.1, ::1, localhost) pour le simulateur.</translation>
    </message>
    <message>
        <source>The app (client) id is a GUID, as shown in the app registration.</source>
        <translation>L&apos;identifiant d&apos;application (client) est un GUID, tel qu&apos;affiché dans l&apos;inscription de l&apos;application.</translation>
    </message>
    <message>
        <source>The partner tenant is a tenant id (GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Le locataire partenaire est un identifiant de locataire (GUID) ou un domaine tel que contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot; (an IANA name such as Europe/Paris).</source>
        <translation>Fuseau horaire inconnu « %1 » (un nom IANA tel que Europe/Paris).</translation>
    </message>
    <message>
        <source>Working hours need at least one day.</source>
        <translation>Les heures ouvrées demandent au moins un jour.</translation>
    </message>
    <message>
        <source>Working hours start and end at the same time.</source>
        <translation>Les heures ouvrées commencent et finissent à la même heure.</translation>
    </message>
    <message>
        <source>The cache file cannot be empty.</source>
        <translation>Le fichier du cache ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The settings file is saved, but the cache could not record the change: %1</source>
        <translation>Le fichier de paramètres est enregistré, mais le cache n&apos;a pas pu consigner le changement : %1</translation>
    </message>
    <message>
        <source>Microsoft services</source>
        <translation>services Microsoft</translation>
    </message>
    <message>
        <source>cache file</source>
        <translation>fichier du cache</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Saved and applied.</source>
        <translation>Enregistré et appliqué.</translation>
    </message>
    <message>
        <source>Saved. Applied now, except what takes effect when Vigie restarts: %1.</source>
        <translation>Enregistré. Appliqué maintenant, sauf ce qui prend effet au redémarrage de Vigie : %1.</translation>
    </message>
    <message>
        <source>Compacting the cache…</source>
        <translation>Compactage du cache…</translation>
    </message>
    <message>
        <source>The cache could not be compacted: %1</source>
        <translation>Le cache n&apos;a pas pu être compacté : %1</translation>
    </message>
    <message>
        <source>Cache compacted: %1 → %2.</source>
        <translation>Cache compacté : %1 → %2.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SignInDialog</name>
    <message>
        <source>Code copied. Waiting for you to approve the sign-in…</source>
        <translation>Code copié. En attente de votre approbation de la connexion…</translation>
    </message>
    <message>
        <source>Waiting for the browser… Finish signing in there, then come back here.</source>
        <translation>En attente du navigateur… Terminez la connexion dans le navigateur, puis revenez ici.</translation>
    </message>
    <message>
        <source>Asking Microsoft for a code…</source>
        <translation>Demande d’un code à Microsoft…</translation>
    </message>
    <message>
        <source>Waiting for you to approve the sign-in…</source>
        <translation>En attente de votre approbation de la connexion…</translation>
    </message>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>Le code expire dans %1:%2</translation>
    </message>
    <message>
        <source>Microsoft asked Vigie to check less often; still waiting for your approval…</source>
        <translation>Microsoft a demandé à Vigie de vérifier moins souvent ; toujours en attente de votre approbation…</translation>
    </message>
    <message>
        <source>The code expired.</source>
        <translation>Le code a expiré.</translation>
    </message>
    <message>
        <source>The code expired before the sign-in was approved. Ask for a new code.</source>
        <translation>Le code a expiré avant que la connexion soit approuvée. Demandez un nouveau code.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>Signed in. Saving the sign-in…</source>
        <translation>Connecté. Enregistrement de la connexion…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be saved: %1</source>
        <translation>Connecté, mais la connexion n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SpendAnomalyModel</name>
    <message>
        <source>+%1%</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>none that day</source>
        <translation>aucune ce jour-là</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>Band %1 – %2</source>
        <translation>Bande %1 – %2</translation>
    </message>
    <message>
        <source>Excess cost</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Above baseline</source>
        <translation>Au-dessus de la référence</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Alerts that day</source>
        <translation>Alertes ce jour-là</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SpendPage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (learning)</source>
        <translation>%1 (apprentissage)</translation>
    </message>
    <message>
        <source>No spend data in the cache yet.</source>
        <translation>Aucune donnée de dépense dans le cache pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>Learning: %n day(s) with spend in the last 28; anomalies are flagged once a subscription has 14.</source>
        <translation>
            <numerusform>Apprentissage : %n jour avec dépense sur les 28 derniers ; les anomalies sont signalées à partir de 14.</numerusform>
            <numerusform>Apprentissage : %n jours avec dépense sur les 28 derniers ; les anomalies sont signalées à partir de 14.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anomalies in the range: %n. Baseline: median of the 28 previous days × weekday factor; band ± max(4 × MAD, 25 %).</source>
        <translation>
            <numerusform>Anomalies sur la période : %n. Référence : médiane des 28 jours précédents × facteur du jour de la semaine ; bande ± max(4 × MAD, 25 %).</numerusform>
            <numerusform>Anomalies sur la période : %n. Référence : médiane des 28 jours précédents × facteur du jour de la semaine ; bande ± max(4 × MAD, 25 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No spend anomaly in the range.</source>
        <translation>Aucune anomalie de dépense sur la période.</translation>
    </message>
    <message numerus="yes">
        <source>Anomalies across customers: %n, largest excess cost first; Enter or double-click opens the customer at that day.</source>
        <translation>
            <numerusform>Anomalies, tous clients confondus : %n, plus gros surcoût d’abord ; Entrée ou double-clic ouvre le client à ce jour.</numerusform>
            <numerusform>Anomalies, tous clients confondus : %n, plus gros surcoût d’abord ; Entrée ou double-clic ouvre le client à ce jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::SuspendDialog</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <translation>Annulé (%1)</translation>
    </message>
    <message>
        <source>Suspend or cancel: %1</source>
        <translation>Suspendre ou annuler : %1</translation>
    </message>
    <message>
        <source>No subscription of %1 in the cache: sync first.</source>
        <translation>Aucun abonnement de %1 dans le cache : synchronisez d’abord.</translation>
    </message>
    <message>
        <source>Subscriptions of %1. Select the Azure subscription named by the alert to cancel it alone, or a subscription to suspend it whole.</source>
        <translation>Abonnements de %1. Sélectionnez l’abonnement Azure cité par l’alerte pour l’annuler seul, ou un abonnement pour le suspendre entièrement.</translation>
    </message>
    <message>
        <source>Selected: Azure subscription &quot;%1&quot; under &quot;%2&quot;.</source>
        <translation>Sélection : abonnement Azure « %1 » sous « %2 ».</translation>
    </message>
    <message>
        <source>Selected: subscription &quot;%1&quot;.</source>
        <translation>Sélection : abonnement « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Suspending the whole plan &quot;%1&quot; stops every Azure subscription under it (%n Azure subscription(s)), not only the one named by the alert.</source>
        <translation>
            <numerusform>Suspendre tout le plan « %1 » arrête chaque abonnement Azure qu’il contient (%n abonnement Azure), pas seulement celui cité par l’alerte.</numerusform>
            <numerusform>Suspendre tout le plan « %1 » arrête chaque abonnement Azure qu’il contient (%n abonnements Azure), pas seulement celui cité par l’alerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>To confirm, type the customer&apos;s name exactly: %1</source>
        <translation>Pour confirmer, saisissez exactement le nom du client : %1</translation>
    </message>
    <message>
        <source>&amp;Suspend the whole plan</source>
        <translation>&amp;Suspendre tout le plan</translation>
    </message>
    <message>
        <source>&amp;Suspend the whole subscription</source>
        <translation>&amp;Suspendre tout l’abonnement</translation>
    </message>
    <message>
        <source>Pending: the cancellation of &quot;%1&quot; is on its way to Partner Center.</source>
        <translation>En cours : l’annulation de « %1 » part vers l’Espace partenaires.</translation>
    </message>
    <message>
        <source>Pending: the suspension of &quot;%1&quot; is on its way to Partner Center.</source>
        <translation>En cours : la suspension de « %1 » part vers l’Espace partenaires.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait : %1</translation>
    </message>
    <message>
        <source>The subscription changed on the service: it was read again. Check it and confirm again. (%1)</source>
        <translation>L’abonnement a changé sur le service : il a été relu. Vérifiez-le et confirmez à nouveau. (%1)</translation>
    </message>
    <message>
        <source>Queued: %1 It is sent when the service can be reached.</source>
        <translation>En attente : %1 Elle partira quand le service sera joignable.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
</context>
<context>
    <name>vigie::gui::SyncStatus</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 streams, %3 items</source>
        <translation>Synchronisation : %1 flux sur %2, %3 éléments</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Synchronisation annulée.</translation>
    </message>
    <message>
        <source>Sign-in required.</source>
        <translation>Connexion requise.</translation>
    </message>
    <message>
        <source>The Microsoft services could not be reached.</source>
        <translation>Les services Microsoft sont injoignables.</translation>
    </message>
    <message numerus="yes">
        <source>%n stream(s) failed; the rest is up to date.</source>
        <translation>
            <numerusform>%n flux en échec ; le reste est à jour.</numerusform>
            <numerusform>%n flux en échec ; le reste est à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis le %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>data from %1</source>
        <translation>données d’%1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>nouvel essai dans %1 s</translation>
    </message>
    <message>
        <source>retrying in %1 min</source>
        <translation>nouvel essai dans %1 min</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the services now</source>
        <translation>Tenter de joindre les services maintenant</translation>
    </message>
    <message>
        <source>Try to reach the services now (%1)</source>
        <translation>Tenter de joindre les services maintenant (%1)</translation>
    </message>
    <message>
        <source>not available (licence)</source>
        <translation>indisponible (licence)</translation>
    </message>
    <message>
        <source>Compacting the cache after a large sync…</source>
        <translation>Compactage du cache après une longue synchronisation…</translation>
    </message>
</context>
<context>
    <name>vigie::gui::TagSettingsDialog</name>
    <message>
        <source>Detection settings of the tag &quot;%1&quot;</source>
        <translation>Paramètres de détection de l&apos;étiquette « %1 »</translation>
    </message>
    <message>
        <source>These settings apply to every customer tagged &quot;%1&quot;. A customer&apos;s own settings win key by key; an empty list leaves the tag&apos;s. Same keys as a customer&apos;s settings (approvedCountries, workingHours, thresholds, disabledRules…).</source>
        <translation>Ces paramètres s&apos;appliquent à chaque client étiqueté « %1 ». Les paramètres propres d&apos;un client l&apos;emportent clé par clé ; une liste vide laisse celle de l&apos;étiquette. Mêmes clés que les paramètres d&apos;un client (approvedCountries, workingHours, thresholds, disabledRules…).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The stored settings could not be read: %1</source>
        <translation>Les paramètres enregistrés n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON invalide au caractère %1 : %2</translation>
    </message>
    <message>
        <source>The settings are one JSON object.</source>
        <translation>Les paramètres sont un objet JSON.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>Les paramètres n’ont pas pu être enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>vigie::gui::TagsDialog</name>
    <message numerus="yes">
        <source>Tick the tags of the %n selected customer(s). A partly ticked tag is on some of them and stays as it is.</source>
        <translation>
            <numerusform>Cochez les étiquettes du client sélectionné. Une étiquette cochée en partie est sur certains d&apos;entre eux et reste telle quelle.</numerusform>
            <numerusform>Cochez les étiquettes des %n clients sélectionnés. Une étiquette cochée en partie est sur certains d&apos;entre eux et reste telle quelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::gui::TimelineModel</name>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Spend anomaly</source>
        <translation>Anomalie de dépense</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>Enquêter</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>+%1%</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>%1 over the baseline</source>
        <translation>%1 au-dessus de la référence</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Severity, rule or verb</source>
        <translation>Gravité, règle ou action</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>vigie::gui::TopCustomersModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
</context>
<context>
    <name>vigie::gui::WelcomePage</name>
    <message>
        <source>An app registration in your partner tenant: multi-tenant, public client, redirect URI http://localhost, with the delegated permissions PartnerSecurity.ReadWrite.All, AuditLog.Read.All, Directory.Read.All, Partner Center user_impersonation and Azure Service Management user_impersonation (admin consent).</source>
        <translation>Une inscription d&apos;application dans votre locataire partenaire : multilocataire, client public, URI de redirection http://localhost, avec les autorisations déléguées PartnerSecurity.ReadWrite.All, AuditLog.Read.All, Directory.Read.All, user_impersonation de l&apos;Espace partenaires et user_impersonation d&apos;Azure Service Management (consentement administrateur).</translation>
    </message>
    <message>
        <source>Its application (client) id and your partner tenant, in Settings (Ctrl+7) or in VIGIE_CLIENT_ID and VIGIE_TENANT.</source>
        <translation>Son identifiant d&apos;application (client) et votre locataire partenaire, dans Paramètres (Ctrl+7) ou dans VIGIE_CLIENT_ID et VIGIE_TENANT.</translation>
    </message>
    <message>
        <source>The Partner Center Admin Agent role; in each customer a GDAP role such as Security Reader (logs) and Cost Management Reader (spend). Sign-in logs need an Entra ID P1 or P2 licence in the customer&apos;s tenant.</source>
        <translation>Le rôle Agent administrateur de l&apos;Espace partenaires ; dans chaque client, un rôle GDAP tel que Lecteur de sécurité (journaux) et Lecteur Cost Management (dépense). Les journaux de connexion demandent une licence Entra ID P1 ou P2 dans le locataire du client.</translation>
    </message>
    <message>
        <source>Step by step: &quot;Register the Entra application&quot; in the README</source>
        <translation>Pas à pas : « Register the Entra application » dans le README</translation>
    </message>
</context>
<context>
    <name>vigie::sync::OutboxPusher</name>
    <message>
        <source>Already resolved as %1 on the service.</source>
        <translation>Déjà résolue comme « %1 » sur le service.</translation>
    </message>
    <message>
        <source>Resolved on the service as &quot;%1&quot;%2 while Vigie had &quot;%3&quot; queued: choose which one stands.</source>
        <translation>Résolue sur le service comme « %1 »%2 alors que Vigie avait « %3 » en attente : choisissez laquelle retenir.</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Already under investigation.</source>
        <translation>Déjà en cours d’examen.</translation>
    </message>
    <message>
        <source>Resolved as %1.</source>
        <translation>Résolue comme « %1 ».</translation>
    </message>
    <message>
        <source>Marked as under investigation.</source>
        <translation>Marquée comme en cours d’examen.</translation>
    </message>
    <message>
        <source>Already suspended.</source>
        <translation>Déjà suspendu.</translation>
    </message>
    <message>
        <source>The subscription kept changing on the service (412 twice): check it and confirm the suspension again.</source>
        <translation>L’abonnement a encore changé sur le service (412 deux fois) : vérifiez-le et confirmez de nouveau la suspension.</translation>
    </message>
    <message>
        <source>Suspended.</source>
        <translation>Suspendu.</translation>
    </message>
    <message>
        <source>The Azure subscription %1 is no longer under this plan.</source>
        <translation>L’abonnement Azure %1 n’est plus sous ce plan.</translation>
    </message>
    <message>
        <source>Already cancelled (status %1).</source>
        <translation>Déjà annulé (état %1).</translation>
    </message>
    <message>
        <source>Cancellation accepted; pending on the service (the status is read again at the next sync).</source>
        <translation>Annulation acceptée ; en cours sur le service (l’état sera relu à la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>Azure subscription cancelled (status %1).</source>
        <translation>Abonnement Azure annulé (état %1).</translation>
    </message>
    <message>
        <source>Partner Center refused the request (%1). It needs the Admin Agent role and a sign-in with multi-factor authentication: sign in again (vigie login, or File &gt; Sign in), complete MFA, then push again.</source>
        <translation>L’Espace partenaires a refusé la requête (%1). Il faut le rôle Agent administrateur et une connexion avec authentification multifacteur : reconnectez-vous (vigie login, ou Fichier &gt; Se connecter), validez la MFA, puis relancez l’envoi.</translation>
    </message>
    <message>
        <source>The alert no longer exists on the service.</source>
        <translation>L’alerte n’existe plus sur le service.</translation>
    </message>
    <message>
        <source>The subscription no longer exists on the service.</source>
        <translation>L’abonnement n’existe plus sur le service.</translation>
    </message>
</context>
</TS>
