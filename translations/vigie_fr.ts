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
    <name>App</name>
    <message>
        <source>Vigie</source>
        <translation>Vigie</translation>
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
        <source>Subscription id</source>
        <translation>Identifiant de l’abonnement</translation>
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
        <source>No data yet. Sign in and sync to see new and unresolved alerts, the 60-day backlog, spend spikes and new findings.</source>
        <translation>Aucune donnée pour l’instant. Connectez-vous et synchronisez pour voir les alertes nouvelles et non résolues, l’arriéré sur 60 jours, les pics de dépense et les nouveaux constats.</translation>
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
</context>
<context>
    <name>Net</name>
    <message>
        <source>Refusing endpoint %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Point d’accès %1 refusé : seul https, ou http vers cet ordinateur (boucle locale), est autorisé.</translation>
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
        <translation type="unfinished"></translation>
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
</context>
</TS>
