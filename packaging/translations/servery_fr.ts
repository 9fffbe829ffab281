<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On: /about serves about.html</source>
        <translation>Activé&#xa0;: /about sert about.html</translation>
    </message>
    <message>
        <source>Strict: /about.html redirects to /about</source>
        <translation>Strict&#xa0;: /about.html redirige vers /about</translation>
    </message>
    <message>
        <source>%1 bytes (binary)</source>
        <translation>%1 octets (binaire)</translation>
    </message>
    <message>
        <source>

[%1 more bytes not shown]</source>
        <translation>

[%1 octets de plus non affichés]</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>This SVG image cannot be shown here (no SVG support is installed).</source>
        <translation>Cette image SVG ne peut pas être affichée ici (la prise en charge du SVG n&apos;est pas installée).</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>L&apos;image est vide.</translation>
    </message>
    <message>
        <source>This image is broken or in a format that cannot be shown (%1).</source>
        <translation>Cette image est endommagée ou dans un format qui ne peut pas être affiché (%1).</translation>
    </message>
    <message>
        <source>The Content-Type names no boundary, so the parts cannot be told apart.</source>
        <translation>Le Content-Type n&apos;indique aucun délimiteur (boundary)&#xa0;: impossible de distinguer les parties.</translation>
    </message>
    <message>
        <source>No part begins with the boundary &quot;%1&quot;.</source>
        <translation>Aucune partie ne commence par le délimiteur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A part&apos;s head is longer than %1.</source>
        <translation>L&apos;en-tête d&apos;une partie dépasse %1.</translation>
    </message>
</context>
<context>
    <name>Servery::AboutDialog</name>
    <message>
        <source>release build</source>
        <translation>version de production</translation>
    </message>
    <message>
        <source>debug build</source>
        <translation>version de débogage</translation>
    </message>
    <message>
        <source>, with AddressSanitizer</source>
        <translation>, avec AddressSanitizer</translation>
    </message>
    <message>
        <source>an unknown compiler</source>
        <translation>un compilateur inconnu</translation>
    </message>
    <message>
        <source>About Servery</source>
        <translation>À propos de Servery</translation>
    </message>
    <message>
        <source>Share a folder with phones and browsers, preview a site as a real server serves it, and watch every request arrive.</source>
        <translation>Partagez un dossier avec des téléphones et des navigateurs, affichez l&apos;aperçu d&apos;un site tel que le servirait un vrai serveur, et regardez arriver chaque requête.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Servery developers.</source>
        <translation>Copyright © 2026 Les développeurs de Servery.</translation>
    </message>
    <message>
        <source>Free software under the MIT License: use, copy, change and share it; it comes with no warranty.</source>
        <translation>Logiciel libre sous licence MIT&#xa0;: utilisez-le, copiez-le, modifiez-le et partagez-le&#xa0;; il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilé avec Qt %2)</translation>
    </message>
    <message>
        <source>Built with %1; %2</source>
        <translation>Compilé avec %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>Running on %1 (%2, %3)</source>
        <translation>Exécuté sur %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the version and build details, for a bug report</source>
        <translation>Copier la version et les détails de compilation, pour un rapport de bogue</translation>
    </message>
</context>
<context>
    <name>Servery::BodyViewer</name>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hexa</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Aucun corps</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Champs de formulaire</translation>
    </message>
    <message>
        <source>Multipart</source>
        <translation>Multipart</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binaire</translation>
    </message>
    <message>
        <source>Read the whole body into this view</source>
        <translation>Charger le corps entier dans cette vue</translation>
    </message>
    <message>
        <source>View as</source>
        <translation>Afficher en</translation>
    </message>
    <message>
        <source>How to show the body</source>
        <translation>Comment afficher le corps</translation>
    </message>
    <message>
        <source>This JSON is too large for the tree (%1); see it as Pretty or Text.</source>
        <translation>Ce JSON est trop volumineux pour l&apos;arbre (%1)&#xa0;; affichez-le en «&#xa0;Mis en forme&#xa0;» ou «&#xa0;Texte&#xa0;».</translation>
    </message>
    <message>
        <source>Only the first %1 is loaded, which is not a whole JSON document: press Load all to see the tree.</source>
        <translation>Seuls les premiers %1 sont chargés, ce qui n&apos;est pas un document JSON complet&#xa0;: cliquez sur «&#xa0;Tout charger&#xa0;» pour voir l&apos;arbre.</translation>
    </message>
    <message>
        <source>This is shown as it is: it is not valid JSON, or indenting it would make it too large.</source>
        <translation>Affiché tel quel&#xa0;: ce n&apos;est pas du JSON valide, ou l&apos;indenter le rendrait trop volumineux.</translation>
    </message>
    <message>
        <source>The body was not kept.</source>
        <translation>Le corps n&apos;a pas été conservé.</translation>
    </message>
    <message>
        <source>There is no body.</source>
        <translation>Il n&apos;y a pas de corps.</translation>
    </message>
    <message>
        <source>This image is too large to show here (%1); see Hex.</source>
        <translation>Cette image est trop volumineuse pour être affichée ici (%1)&#xa0;; voir «&#xa0;Hexa&#xa0;».</translation>
    </message>
    <message>
        <source>only the first %1 was kept</source>
        <translation>seuls les premiers %1 ont été conservés</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>affichage des premiers %1</translation>
    </message>
    <message>
        <source>Load all (%1)</source>
        <translation>Tout charger (%1)</translation>
    </message>
    <message>
        <source>Load the first %1</source>
        <translation>Charger les premiers %1</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Texte du corps</translation>
    </message>
    <message>
        <source>Body in hex</source>
        <translation>Corps en hexadécimal</translation>
    </message>
    <message>
        <source>The body ends inside this part.</source>
        <translation>Le corps se termine à l&apos;intérieur de cette partie.</translation>
    </message>
</context>
<context>
    <name>Servery::CommandLine</name>
    <message>
        <source>--completion is bash, zsh or fish, not &quot;%1&quot;.</source>
        <translation>--completion vaut bash, zsh ou fish, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only one folder can be shared at a time (got %1).</source>
        <translation>Un seul dossier peut être partagé à la fois (%1 indiqués).</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>Le port doit être un nombre de 0 à 65535, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; --bind takes one, such as 192.168.1.23 or ::1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse IP&#xa0;; --bind en attend une, par exemple 192.168.1.23 ou ::1.</translation>
    </message>
    <message>
        <source>Use either --bind or --local-only, not both.</source>
        <translation>Utilisez soit --bind, soit --local-only, pas les deux.</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 nécessite un nom de fichier.</translation>
    </message>
    <message>
        <source>--workers takes a number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--workers attend un nombre de 1 à 256, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--mode is preview or share, not &quot;%1&quot;.</source>
        <translation>--mode vaut preview ou share, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--index takes a file name such as index.html, not &quot;%1&quot;.</source>
        <translation>--index attend un nom de fichier tel que index.html, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Use either --key or --no-key, not both.</source>
        <translation>Utilisez soit --key, soit --no-key, pas les deux.</translation>
    </message>
    <message>
        <source>--key takes 12 to 128 characters from A-Z a-z 0-9 - _ . (it goes into URLs), not &quot;%1&quot;.</source>
        <translation>--key attend de 12 à 128 caractères parmi A-Z a-z 0-9 - _ . (la clé figure dans les URL), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--allow-host takes a host name such as myhost.lan, not &quot;%1&quot;.</source>
        <translation>--allow-host attend un nom d&apos;hôte tel que myhost.lan, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--clean-urls is on, off or strict, not &quot;%1&quot;.</source>
        <translation>--clean-urls vaut on, off ou strict, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--spa takes a file inside the folder, such as app.html, not &quot;%1&quot;.</source>
        <translation>--spa attend un fichier du dossier, tel que app.html, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--cors takes origins such as http://localhost:5173, not &quot;%1&quot;.</source>
        <translation>--cors attend des origines telles que http://localhost:5173, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--header takes &apos;Name: value&apos;, such as &apos;X-Frame-Options: DENY&apos;, not &quot;%1&quot;.</source>
        <translation>--header attend &apos;Nom: valeur&apos;, par exemple &apos;X-Frame-Options: DENY&apos;, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--overwrite only means something with --upload.</source>
        <translation>--overwrite n&apos;a de sens qu&apos;avec --upload.</translation>
    </message>
    <message>
        <source>--catch answers every request itself and shares no folder; leave out &quot;%1&quot;.</source>
        <translation>--catch répond lui-même à chaque requête et ne partage aucun dossier&#xa0;; retirez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--catch shares no folder, so --upload has nowhere to put files.</source>
        <translation>--catch ne partage aucun dossier, --upload n&apos;a donc nulle part où mettre les fichiers.</translation>
    </message>
    <message>
        <source>--capture-limit takes a size such as 10M, 512k or 1G (at most 4G), not &quot;%1&quot;.</source>
        <translation>--capture-limit attend une taille telle que 10M, 512k ou 1G (4G au plus), et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--start is for the window; --headless always serves at once.</source>
        <translation>--start concerne la fenêtre&#xa0;; --headless sert toujours immédiatement.</translation>
    </message>
</context>
<context>
    <name>Servery::CommandParts</name>
    <message>
        <source>body truncated: %1 of %2 bytes included</source>
        <translation>corps tronqué&#xa0;: %1 octets sur %2 inclus</translation>
    </message>
</context>
<context>
    <name>Servery::CompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unifié</translation>
    </message>
    <message>
        <source>Comparison layout</source>
        <translation>Disposition de la comparaison</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Pick two requests to compare.</source>
        <translation>Choisissez deux requêtes à comparer.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same.</source>
        <translation>%1 et %2 sont identiques.</translation>
    </message>
    <message>
        <source>Different: %1.</source>
        <translation>Différences&#xa0;: %1.</translation>
    </message>
    <message>
        <source>⋯ %1 equal lines ⋯</source>
        <translation>⋯ %1 lignes identiques ⋯</translation>
    </message>
    <message>
        <source>⋯ %1 more lines are not shown ⋯</source>
        <translation>⋯ %1 lignes de plus non affichées ⋯</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>Servery::ContactWatch</name>
    <message>
        <source>Windows Firewall may block it. In an administrator terminal: &lt;code&gt;netsh advfirewall firewall add rule name=&quot;Servery&quot; dir=in action=allow protocol=TCP localport=%1&lt;/code&gt;</source>
        <translation>Le pare-feu Windows bloque peut-être la connexion. Dans un terminal administrateur&#xa0;: &lt;code&gt;netsh advfirewall firewall add rule name=&quot;Servery&quot; dir=in action=allow protocol=TCP localport=%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The macOS firewall may block it: System Settings → Network → Firewall → Options, and allow incoming connections for Servery (port %1).</source>
        <translation>Le coupe-feu de macOS bloque peut-être la connexion&#xa0;: Réglages Système → Réseau → Coupe-feu → Options, puis autorisez les connexions entrantes pour Servery (port %1).</translation>
    </message>
    <message>
        <source>A firewall may block port %1. With ufw: &lt;code&gt;sudo ufw allow %1/tcp&lt;/code&gt;; with firewalld: &lt;code&gt;sudo firewall-cmd --add-port=%1/tcp&lt;/code&gt;.</source>
        <translation>Un pare-feu bloque peut-être le port %1. Avec ufw&#xa0;: &lt;code&gt;sudo ufw allow %1/tcp&lt;/code&gt;&#xa0;; avec firewalld&#xa0;: &lt;code&gt;sudo firewall-cmd --add-port=%1/tcp&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No device has connected yet.&lt;/b&gt; Things to check:&lt;ul&gt;&lt;li&gt;The phone is on the same Wi-Fi as this computer (not on mobile data).&lt;/li&gt;&lt;li&gt;Guest and café networks often keep devices apart: try a home network or a hotspot.&lt;/li&gt;&lt;li&gt;A VPN on either device can hide the local network: pause it.&lt;/li&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;This computer may have several addresses: pick another one under “Address”.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Aucun appareil ne s&apos;est encore connecté.&lt;/b&gt; Points à vérifier&#xa0;:&lt;ul&gt;&lt;li&gt;Le téléphone est sur le même Wi-Fi que cet ordinateur (pas sur les données mobiles).&lt;/li&gt;&lt;li&gt;Les réseaux invités et ceux des cafés isolent souvent les appareils&#xa0;: essayez un réseau domestique ou un point d&apos;accès mobile.&lt;/li&gt;&lt;li&gt;Un VPN sur l&apos;un des appareils peut masquer le réseau local&#xa0;: mettez-le en pause.&lt;/li&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;Cet ordinateur a peut-être plusieurs adresses&#xa0;: choisissez-en une autre sous «&#xa0;Adresse à partager&#xa0;».&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Servery::DeviceListModel</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Appareil inconnu</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (bloqué)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>Servery::DeviceName</name>
    <message>
        <source>%1 %2</source>
        <comment>a phone and its browser: iPhone Safari</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>a browser on a computer: Firefox on Windows</comment>
        <translation>%1 sous %2</translation>
    </message>
</context>
<context>
    <name>Servery::DevicesPanel</name>
    <message>
        <source>Devices that opened the shared folder since Servery started.</source>
        <translation>Appareils ayant ouvert le dossier partagé depuis le démarrage de Servery.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <source>Refuse every request from this device until Servery stops sharing</source>
        <translation>Refuser toutes les requêtes de cet appareil jusqu&apos;à l&apos;arrêt du partage</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Débloquer</translation>
    </message>
</context>
<context>
    <name>Servery::EmptyState</name>
    <message>
        <source>Drop a folder here to share it</source>
        <translation>Déposez un dossier ici pour le partager</translation>
    </message>
    <message>
        <source>Phones on your network open it from a QR code, browsers see it as a real web server would serve it, and every request shows up here as it happens.</source>
        <translation>Les téléphones de votre réseau l&apos;ouvrent grâce à un code QR, les navigateurs le voient tel que le servirait un vrai serveur web, et chaque requête s&apos;affiche ici en direct.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose a folder to share</source>
        <translation>Choisir un dossier à partager</translation>
    </message>
    <message>
        <source>Try the sample site</source>
        <translation>Essayer le site d&apos;exemple</translation>
    </message>
    <message>
        <source>Share the bundled sample site</source>
        <translation>Partager le site d&apos;exemple fourni</translation>
    </message>
    <message>
        <source>Catch requests</source>
        <translation>Capturer les requêtes</translation>
    </message>
    <message>
        <source>Catch requests sent to this computer</source>
        <translation>Capturer les requêtes envoyées à cet ordinateur</translation>
    </message>
    <message>
        <source>For webhooks, apps and devices: every method on every path is answered and kept whole in the log. No folder needed.</source>
        <translation>Pour les webhooks, applications et appareils&#xa0;: chaque requête, quels que soient sa méthode et son chemin, reçoit une réponse et est conservée en entier dans le journal. Aucun dossier nécessaire.</translation>
    </message>
    <message>
        <source>Browsers on this computer see it as a real web server would serve it, and every request shows up here as it happens. Only this computer can connect; choose “Devices on my network” to share with phones.</source>
        <translation>Les navigateurs de cet ordinateur le voient tel que le servirait un vrai serveur web, et chaque requête s&apos;affiche ici en direct. Seul cet ordinateur peut se connecter&#xa0;; choisissez «&#xa0;Appareils de mon réseau&#xa0;» pour partager avec des téléphones.</translation>
    </message>
</context>
<context>
    <name>Servery::FormTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>Servery::HeadlessSession</name>
    <message>
        <source>cannot write the access log to %1: %2</source>
        <translation>impossible d&apos;écrire le journal d&apos;accès dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the HAR to %1: the folder %2 does not exist.</source>
        <translation>impossible d&apos;écrire le fichier HAR dans %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>cannot write the HAR to %1: it cannot be written there.</source>
        <translation>impossible d&apos;écrire le fichier HAR dans %1&#xa0;: l&apos;écriture y est impossible.</translation>
    </message>
    <message>
        <source>live reload is not in %1: %2.</source>
        <translation>le rechargement automatique n&apos;est pas actif dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>no reply rule could be read from %1.</source>
        <translation>aucune règle de réponse n&apos;a pu être lue dans %1.</translation>
    </message>
    <message>
        <source>Servery %1 is catching requests: every method on every path is answered and kept whole.</source>
        <translation>Servery %1 capture les requêtes&#xa0;: chaque requête, quels que soient sa méthode et son chemin, reçoit une réponse et est conservée en entier.</translation>
    </message>
    <message>
        <source>Servery %1 is sharing %2</source>
        <translation>Servery %1 partage %2</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Your network:</source>
        <translation>Votre réseau&#xa0;:</translation>
    </message>
    <message>
        <source>%1, virtual</source>
        <comment>a network interface</comment>
        <translation>%1, virtuelle</translation>
    </message>
    <message>
        <source>Warning: anyone on your network can open this folder (--no-key: no access key).</source>
        <translation>Attention&#xa0;: n&apos;importe qui sur votre réseau peut ouvrir ce dossier (--no-key&#xa0;: pas de clé d&apos;accès).</translation>
    </message>
    <message>
        <source>Devices on your network can send requests here; no files are shared.</source>
        <translation>Les appareils de votre réseau peuvent envoyer des requêtes ici&#xa0;; aucun fichier n&apos;est partagé.</translation>
    </message>
    <message>
        <source>Bodies are kept up to %1 (--capture-limit).</source>
        <translation>Les corps sont conservés jusqu&apos;à %1 (--capture-limit).</translation>
    </message>
    <message>
        <source>Every request goes to %1 as HAR when you stop.</source>
        <translation>Chaque requête est écrite dans %1 au format HAR à l&apos;arrêt.</translation>
    </message>
    <message>
        <source>Uploads are on (--upload --overwrite): devices can add files, and PUT can replace one.</source>
        <translation>Envois activés (--upload --overwrite)&#xa0;: les appareils peuvent ajouter des fichiers, et PUT peut en remplacer un.</translation>
    </message>
    <message>
        <source>Uploads are on (--upload): devices can add files; none is ever replaced.</source>
        <translation>Envois activés (--upload)&#xa0;: les appareils peuvent ajouter des fichiers&#xa0;; aucun n&apos;est jamais remplacé.</translation>
    </message>
    <message>
        <source>Scan with a phone on the same network to open %1</source>
        <translation>Scannez avec un téléphone sur le même réseau pour ouvrir %1</translation>
    </message>
    <message>
        <source>Only this computer can connect (--local-only), so there is no QR code.</source>
        <translation>Seul cet ordinateur peut se connecter (--local-only), il n&apos;y a donc pas de code QR.</translation>
    </message>
    <message>
        <source>Other devices can&apos;t reach this address, so there is no QR code.</source>
        <translation>Les autres appareils ne peuvent pas joindre cette adresse, il n&apos;y a donc pas de code QR.</translation>
    </message>
    <message>
        <source>No network connection found for phones to use, so there is no QR code.</source>
        <translation>Aucune connexion réseau utilisable par les téléphones, il n&apos;y a donc pas de code QR.</translation>
    </message>
    <message>
        <source>live reload</source>
        <translation>rechargement automatique</translation>
    </message>
    <message>
        <source>clean URLs (strict)</source>
        <translation>URL propres (strict)</translation>
    </message>
    <message>
        <source>clean URLs</source>
        <translation>URL propres</translation>
    </message>
    <message>
        <source>SPA fallback to %1</source>
        <translation>repli SPA sur %1</translation>
    </message>
    <message>
        <source>Site preview: %1.</source>
        <translation>Aperçu du site&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Appuyez sur Ctrl+C pour arrêter.</translation>
    </message>
    <message>
        <source>Choose another with --port, or --port 0 for any free port.</source>
        <translation>Choisissez-en un autre avec --port, ou --port 0 pour n&apos;importe quel port libre.</translation>
    </message>
    <message>
        <source>Use a port of 1024 or above, such as --port 8080.</source>
        <translation>Utilisez un port supérieur ou égal à 1024, par exemple --port 8080.</translation>
    </message>
    <message>
        <source>Leave out --bind to listen on every address.</source>
        <translation>Retirez --bind pour écouter sur toutes les adresses.</translation>
    </message>
    <message>
        <source>Name a folder you can read: servery /path/to/folder</source>
        <translation>Indiquez un dossier que vous pouvez lire&#xa0;: servery /chemin/vers/dossier</translation>
    </message>
    <message>
        <source>Stopped at once.</source>
        <translation>Arrêté immédiatement.</translation>
    </message>
    <message>
        <source>Stopping: finishing requests under way (Ctrl+C again to stop at once)...</source>
        <translation>Arrêt&#xa0;: fin des requêtes en cours (Ctrl+C à nouveau pour arrêter immédiatement)...</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la sortie standard</translation>
    </message>
    <message>
        <source>cannot write the access log to %1: %2. Serving goes on; lines that cannot be written are counted.</source>
        <translation>impossible d&apos;écrire le journal d&apos;accès dans %1&#xa0;: %2. Le service continue&#xa0;; les lignes qui ne peuvent pas être écrites sont comptées.</translation>
    </message>
    <message>
        <source>cannot write the HAR to %1: %2</source>
        <translation>impossible d&apos;écrire le fichier HAR dans %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest were left out to stay within memory.</source>
        <translation>
            <numerusform>%n requête, la plus ancienne, a été omise pour rester dans la limite de mémoire.</numerusform>
            <numerusform>Les %n plus anciennes ont été omises pour rester dans la limite de mémoire.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>console.%1 from %2: %3 (%4)</source>
        <translation>console.%1 depuis %2&#xa0;: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Reply rules: %n rules from %1.</source>
        <translation>
            <numerusform>Règles de réponse&#xa0;: %n règle chargée depuis %1.</numerusform>
            <numerusform>Règles de réponse&#xa0;: %n règles chargées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host rules</source>
        <translation>
            <numerusform>%n règle d&apos;hébergement</numerusform>
            <numerusform>%n règles d&apos;hébergement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n access log lines could not be written.</source>
        <translation>
            <numerusform>Arrêté. %n ligne du journal d&apos;accès n&apos;a pas pu être écrite.</numerusform>
            <numerusform>Arrêté. %n lignes du journal d&apos;accès n&apos;ont pas pu être écrites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n requests to %1.</source>
        <translation>
            <numerusform>%n requête écrite dans %1.</numerusform>
            <numerusform>%n requêtes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Documentation</translation>
    </message>
    <message>
        <source>Open Servery&apos;s documentation in your browser</source>
        <translation>Ouvrir la documentation de Servery dans votre navigateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Servery</source>
        <translation>À &amp;propos de Servery</translation>
    </message>
</context>
<context>
    <name>Servery::HexModel</name>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
</context>
<context>
    <name>Servery::ImageView</name>
    <message>
        <source>%1, %2 × %3 pixels</source>
        <comment>an image&apos;s format and size: PNG, 640 × 480 pixels</comment>
        <translation>%1, %2 × %3 pixels</translation>
    </message>
</context>
<context>
    <name>Servery::JsonTree</name>
    <message>
        <source>byte 0x%1</source>
        <translation>octet 0x%1</translation>
    </message>
    <message>
        <source>extra text after the end: %1</source>
        <translation>texte en trop après la fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the text ends where %1 should be</source>
        <translation>le texte se termine là où devrait se trouver %1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>une valeur</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a name in double quotes</source>
        <translation>un nom entre guillemets doubles</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the name</source>
        <translation>&apos;:&apos; après le nom</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; ou &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; ou &apos;]&apos;</translation>
    </message>
    <message>
        <source>a line break inside a string (write \n)</source>
        <translation>un saut de ligne dans une chaîne (écrivez \n)</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>un caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>four hex digits after \u</source>
        <translation>quatre chiffres hexadécimaux après \u</translation>
    </message>
    <message>
        <source>an escape such as \n or \&quot;</source>
        <translation>un échappement tel que \n ou \&quot;</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>le texte se termine à l&apos;intérieur d&apos;une chaîne</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false ou null</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>un chiffre</translation>
    </message>
    <message>
        <source>a digit after &apos;.&apos;</source>
        <translation>un chiffre après &apos;.&apos;</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>un chiffre dans l&apos;exposant</translation>
    </message>
</context>
<context>
    <name>Servery::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>Servery::LaunchRequests</name>
    <message>
        <source>Servery is catching requests.</source>
        <translation>Servery capture les requêtes.</translation>
    </message>
    <message>
        <source>Servery is sharing “%1”.</source>
        <translation>Servery partage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Restart it with the new port or scope?</source>
        <translation>Redémarrer avec le nouveau port ou le nouvel accès&#xa0;?</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Stop sharing and catch requests instead?</source>
        <translation>Arrêter le partage et capturer les requêtes à la place&#xa0;?</translation>
    </message>
    <message>
        <source>Catch requests</source>
        <translation>Capturer les requêtes</translation>
    </message>
    <message>
        <source>Share “%1” instead?</source>
        <translation>Partager «&#xa0;%1&#xa0;» à la place&#xa0;?</translation>
    </message>
    <message>
        <source>Share “%1”</source>
        <translation>Partager «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Another folder for Servery</source>
        <translation>Un autre dossier pour Servery</translation>
    </message>
    <message>
        <source>Serving restarts, and requests under way are finished first.</source>
        <translation>Le service redémarre après avoir terminé les requêtes en cours.</translation>
    </message>
    <message>
        <source>Serving restarts with a new access key: phones need to scan the new QR code.</source>
        <translation>Le service redémarre avec une nouvelle clé d&apos;accès&#xa0;: les téléphones doivent scanner le nouveau code QR.</translation>
    </message>
    <message>
        <source>Keep catching</source>
        <translation>Continuer la capture</translation>
    </message>
    <message>
        <source>Keep sharing</source>
        <translation>Continuer le partage</translation>
    </message>
    <message>
        <source>Not applied to this window: %1. Start another window with --new-instance to use them.</source>
        <translation>Options non appliquées à cette fenêtre&#xa0;: %1. Ouvrez une autre fenêtre avec --new-instance pour les utiliser.</translation>
    </message>
</context>
<context>
    <name>Servery::Listing</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Show %1 more (%2 not shown)</source>
        <translation>Afficher %1 de plus (%2 masqués)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Photo précédente</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Photo suivante</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>the upload is gone</source>
        <translation>l&apos;envoi n&apos;existe plus</translation>
    </message>
    <message>
        <source>uploads are off</source>
        <translation>les envois sont désactivés</translation>
    </message>
    <message>
        <source>the upload expired</source>
        <translation>l&apos;envoi a expiré</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the server said %1</source>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Reprise…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>the server did not say how much it has</source>
        <translation>le serveur n&apos;a pas indiqué combien il en a reçu</translation>
    </message>
    <message>
        <source>Resuming at %1%</source>
        <translation>Reprise à %1&#xa0;%</translation>
    </message>
    <message>
        <source>the server did not take the bytes</source>
        <translation>le serveur n&apos;a pas accepté les octets</translation>
    </message>
    <message>
        <source>the server keeps failing (%1)</source>
        <translation>le serveur échoue sans cesse (%1)</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <source>Server error, retrying…</source>
        <translation>Erreur du serveur, nouvel essai…</translation>
    </message>
    <message>
        <source>Connection lost, retrying…</source>
        <translation>Connexion perdue, nouvel essai…</translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation>Enregistré sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Show the files that arrived</source>
        <translation>Afficher les fichiers reçus</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed: folders cannot be sent; choose the files inside it</source>
        <translation>Échec&#xa0;: impossible d&apos;envoyer un dossier&#xa0;; choisissez les fichiers qu&apos;il contient</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Download this folder as a zip file</source>
        <translation>Télécharger ce dossier en fichier zip</translation>
    </message>
    <message>
        <source>Download all</source>
        <translation>Tout télécharger</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Nothing here matches.</source>
        <translation>Aucun élément ne correspond.</translation>
    </message>
    <message>
        <source>Shared with Servery</source>
        <translation>Partagé avec Servery</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Ce dossier est vide.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Remonter vers %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (%1)</source>
        <translation>
            <numerusform>%Ln fichier (%1)</numerusform>
            <numerusform>%Ln fichiers (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::LogFileActions</name>
    <message>
        <source>Export the selected requests</source>
        <translation>Exporter les requêtes sélectionnées</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>Select the requests to export in the log first.</source>
        <translation>Sélectionnez d&apos;abord dans le journal les requêtes à exporter.</translation>
    </message>
    <message>
        <source>The log is empty: there is nothing to export yet.</source>
        <translation>Le journal est vide&#xa0;: il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>Importer un fichier HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>Fichiers HAR (*.har *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>Impossible d&apos;importer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The log is paused: they show when it resumes.</source>
        <translation>Le journal est en pause&#xa0;: elles s&apos;afficheront à la reprise.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n requests…</source>
        <translation>
            <numerusform>Export de %n requête…</numerusform>
            <numerusform>Export de %n requêtes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to %1.</source>
        <translation>
            <numerusform>%n requête exportée vers %1.</numerusform>
            <numerusform>%n requêtes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n requests from %1.</source>
        <translation>
            <numerusform>%n requête importée depuis %1.</numerusform>
            <numerusform>%n requêtes importées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read.</source>
        <translation>
            <numerusform>%n entrée n&apos;a pas pu être lue.</numerusform>
            <numerusform>%n entrées n&apos;ont pas pu être lues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log holds %1 rows: %n more entries were left out.</source>
        <translation>
            <numerusform>Le journal peut contenir %1 lignes&#xa0;: %n entrée supplémentaire a été ignorée.</numerusform>
            <numerusform>Le journal peut contenir %1 lignes&#xa0;: %n entrées supplémentaires ont été ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::LogFiles</name>
    <message>
        <source>HAR 1.2, for browsers&apos; developer tools (*.har)</source>
        <translation>HAR 1.2, pour les outils de développement des navigateurs (*.har)</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, pour les tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
</context>
<context>
    <name>Servery::LogPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Hold new requests back while you read</source>
        <translation>Retenir les nouvelles requêtes pendant votre lecture</translation>
    </message>
    <message>
        <source>Pause the log</source>
        <translation>Mettre le journal en pause</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove every request from the log</source>
        <translation>Retirer toutes les requêtes du journal</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Effacer le journal</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the two selected requests: headers and bodies, side by side</source>
        <translation>Comparer les deux requêtes sélectionnées&#xa0;: en-têtes et corps, côte à côte</translation>
    </message>
    <message>
        <source>Compare the selected requests</source>
        <translation>Comparer les requêtes sélectionnées</translation>
    </message>
    <message>
        <source>Filter: words, method:, path:, status:, rule:, header:, body: (Ctrl+F)</source>
        <translation>Filtre&#xa0;: mots, method:, path:, status:, rule:, header:, body: (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Filtrer les requêtes</translation>
    </message>
    <message>
        <source>How to filter</source>
        <translation>Comment filtrer</translation>
    </message>
    <message>
        <source>Show %1 responses</source>
        <translation>Afficher les réponses %1</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Paused. New requests will wait here until you resume.</source>
        <translation>En pause. Les nouvelles requêtes attendront ici jusqu&apos;à la reprise.</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new request(s) waiting.</source>
        <translation>
            <numerusform>En pause&#xa0;: %n nouvelle requête en attente.</numerusform>
            <numerusform>En pause&#xa0;: %n nouvelles requêtes en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare requests</source>
        <translation>Comparer des requêtes</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>No request matches the filter.</source>
        <translation>Aucune requête ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Waiting for requests. Send anything to the address above: every method on every path is caught.</source>
        <translation>En attente de requêtes. Envoyez n&apos;importe quoi à l&apos;adresse ci-dessus&#xa0;: chaque requête est capturée, quels que soient sa méthode et son chemin.</translation>
    </message>
    <message>
        <source>New requests are waiting until you resume.</source>
        <translation>Les nouvelles requêtes attendent la reprise.</translation>
    </message>
    <message>
        <source>No requests yet. Each one shows here as it arrives.</source>
        <translation>Aucune requête pour l&apos;instant. Chacune s&apos;affiche ici dès son arrivée.</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>Show successful</source>
        <translation>Afficher les succès</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>Show redirects and not modified</source>
        <translation>Afficher les redirections et les ressources non modifiées</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>Show client errors</source>
        <translation>Afficher les erreurs client</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Show server errors</source>
        <translation>Afficher les erreurs serveur</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Show exchanges without a response</source>
        <translation>Afficher les échanges sans réponse</translation>
    </message>
</context>
<context>
    <name>Servery::LogTableHeader</name>
    <message>
        <source>Co&amp;lumns</source>
        <translation>Co&amp;lonnes</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>Servery::LogTableMenu</name>
    <message>
        <source>Copied the URL</source>
        <translation>URL copiée</translation>
    </message>
    <message>
        <source>Copied a curl command</source>
        <translation>Commande curl copiée</translation>
    </message>
    <message>
        <source>No web browser could open %1</source>
        <translation>Aucun navigateur web n&apos;a pu ouvrir %1</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>Copier l&apos;U&amp;RL</translation>
    </message>
    <message>
        <source>Copy the URL of this request on this server</source>
        <translation>Copier l&apos;URL de cette requête sur ce serveur</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request</source>
        <translation>Copier une commande curl qui reproduit cette requête</translation>
    </message>
    <message>
        <source>Filter by &amp;Client</source>
        <translation>Filtrer par &amp;client</translation>
    </message>
    <message>
        <source>Show only the requests from this client</source>
        <translation>Afficher uniquement les requêtes de ce client</translation>
    </message>
    <message>
        <source>Filter by &amp;Path</source>
        <translation>Filtrer par c&amp;hemin</translation>
    </message>
    <message>
        <source>Show only the requests for this path and below it</source>
        <translation>Afficher uniquement les requêtes vers ce chemin et ses sous-chemins</translation>
    </message>
    <message>
        <source>Filter by &amp;Status</source>
        <translation>Filtrer par &amp;statut</translation>
    </message>
    <message>
        <source>Show only the requests answered with this status</source>
        <translation>Afficher uniquement les requêtes dont la réponse a ce statut</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open this URL in the web browser (GET and HEAD requests)</source>
        <translation>Ouvrir cette URL dans le navigateur web (requêtes GET et HEAD)</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>Afficher les &amp;détails</translation>
    </message>
    <message>
        <source>Select this request and show its details</source>
        <translation>Sélectionner cette requête et afficher ses détails</translation>
    </message>
</context>
<context>
    <name>Servery::MainWindow</name>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Requêtes</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>Appare&amp;ils</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>&amp;Transferts</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Aperç&amp;u</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>Rè&amp;gles</translation>
    </message>
    <message>
        <source>Reached from %1</source>
        <translation>Connexion reçue de %1</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>&amp;Démarrer le partage</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <source>Try the sa&amp;mple site</source>
        <translation>Essayer le site d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Partage</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Enlarge QR code</source>
        <translation>A&amp;grandir le code QR</translation>
    </message>
    <message>
        <source>&amp;Save QR code as PNG…</source>
        <translation>&amp;Enregistrer le code QR en PNG…</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>Mettre en &amp;pause ou reprendre</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Export the log…</source>
        <translation>E&amp;xporter le journal…</translation>
    </message>
    <message>
        <source>Export the &amp;selected requests…</source>
        <translation>Exporter les requêtes &amp;sélectionnées…</translation>
    </message>
    <message>
        <source>&amp;Import a HAR file…</source>
        <translation>&amp;Importer un fichier HAR…</translation>
    </message>
    <message>
        <source>&amp;Test the reply rules with this request</source>
        <translation>&amp;Tester les règles de réponse avec cette requête</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>Afficher la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Catching requests — Servery</source>
        <translation>Capture des requêtes — Servery</translation>
    </message>
    <message>
        <source>Catch requests — Servery</source>
        <translation>Capturer les requêtes — Servery</translation>
    </message>
    <message>
        <source>Sharing %1</source>
        <translation>Partage de %1</translation>
    </message>
    <message>
        <source>Choose a folder to share</source>
        <translation>Choisir un dossier à partager</translation>
    </message>
    <message>
        <source>One moment: Servery is still starting or stopping.</source>
        <translation>Un instant&#xa0;: Servery est encore en train de démarrer ou de s&apos;arrêter.</translation>
    </message>
    <message>
        <source>Could not copy the sample site to your disk.</source>
        <translation>Impossible de copier le site d&apos;exemple sur votre disque.</translation>
    </message>
    <message>
        <source>Choose a folder to share first: drop one on the window, or use Browse.</source>
        <translation>Choisissez d&apos;abord un dossier à partager&#xa0;: déposez-en un sur la fenêtre ou utilisez Parcourir.</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Use %2?</source>
        <translation>Le port %1 est déjà utilisé par un autre programme. Utiliser le port %2&#xa0;?</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Utiliser le port %1</translation>
    </message>
    <message>
        <source>Choose another folder with Browse.</source>
        <translation>Choisissez un autre dossier avec Parcourir.</translation>
    </message>
    <message>
        <source>Choose a port of 1024 or above.</source>
        <translation>Choisissez un port supérieur ou égal à 1024.</translation>
    </message>
    <message>
        <source>%1 is blocked until sharing stops.</source>
        <translation>%1 est bloqué jusqu&apos;à l&apos;arrêt du partage.</translation>
    </message>
    <message>
        <source>%1 may connect again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Uploads are on: other devices can add files to the folder.</source>
        <translation>Envois activés&#xa0;: d&apos;autres appareils peuvent ajouter des fichiers au dossier.</translation>
    </message>
    <message>
        <source>Uploads are off.</source>
        <translation>Envois désactivés.</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Fichiers reçus</translation>
    </message>
    <message>
        <source>&amp;Devices (%1)</source>
        <translation>Appare&amp;ils (%1)</translation>
    </message>
    <message>
        <source>&amp;Transfers (%1)</source>
        <translation>&amp;Transferts (%1)</translation>
    </message>
    <message>
        <source>Pre&amp;view (%1)</source>
        <translation>Aperç&amp;u (%1)</translation>
    </message>
    <message>
        <source>R&amp;ules (%1)</source>
        <translation>Rè&amp;gles (%1)</translation>
    </message>
    <message>
        <source>Select a request in the log first.</source>
        <translation>Sélectionnez d&apos;abord une requête dans le journal.</translation>
    </message>
    <message>
        <source>Start sharing first; then there is an address to copy.</source>
        <translation>Démarrez d&apos;abord le partage&#xa0;; il y aura alors une adresse à copier.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the QR code to %1.</source>
        <translation>Impossible d&apos;enregistrer le code QR dans %1.</translation>
    </message>
    <message>
        <source>Scan to open %1</source>
        <translation>Scannez pour ouvrir %1</translation>
    </message>
    <message>
        <source>Click to close</source>
        <translation>Cliquez pour fermer</translation>
    </message>
    <message>
        <source>Servery is still sharing</source>
        <translation>Servery partage toujours</translation>
    </message>
    <message>
        <source>It keeps running here. Use the tray menu to stop it or quit.</source>
        <translation>Il continue de fonctionner ici. Utilisez le menu de la zone de notification pour l&apos;arrêter ou quitter.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>Servery::MultipartModel</name>
    <message>
        <source>The first %1 parts</source>
        <translation>Les %1 premières parties</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>%n parts</source>
        <translation>
            <numerusform>%n partie</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the body ends inside the last part</source>
        <translation>%1&#xa0;; le corps se termine à l&apos;intérieur de la dernière partie</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <comment>a part of a multipart body</comment>
        <translation>%1, tronquée</translation>
    </message>
</context>
<context>
    <name>Servery::Options</name>
    <message>
        <source>port to listen on (default 8080; 0 picks a free one)</source>
        <translation>port d&apos;écoute (8080 par défaut&#xa0;; 0 en choisit un libre)</translation>
    </message>
    <message>
        <source>listen on this one address only, e.g. 192.168.1.23 (headless)</source>
        <translation>n&apos;écouter que sur cette adresse, p. ex. 192.168.1.23 (--headless)</translation>
    </message>
    <message>
        <source>only this computer may connect (127.0.0.1 and ::1)</source>
        <translation>seul cet ordinateur peut se connecter (127.0.0.1 et ::1)</translation>
    </message>
    <message>
        <source>no window: print the addresses, a QR code for phones and an access log (Combined Log Format)</source>
        <translation>sans fenêtre&#xa0;: afficher les adresses, un code QR pour les téléphones et un journal d&apos;accès (Combined Log Format)</translation>
    </message>
    <message>
        <source>open the window and start sharing at once (with the network unless --local-only)</source>
        <translation>ouvrir la fenêtre et démarrer le partage aussitôt (avec le réseau, sauf avec --local-only)</translation>
    </message>
    <message>
        <source>open a new window even when Servery is already running (otherwise a second start hands its folder to the running window)</source>
        <translation>ouvrir une nouvelle fenêtre même si Servery est déjà lancé (sinon, un second lancement confie son dossier à la fenêtre ouverte)</translation>
    </message>
    <message>
        <source>append the access log to FILE, not standard output (headless)</source>
        <translation>ajouter le journal d&apos;accès à FILE plutôt qu&apos;à la sortie standard (--headless)</translation>
    </message>
    <message>
        <source>no access log (headless)</source>
        <translation>pas de journal d&apos;accès (--headless)</translation>
    </message>
    <message>
        <source>preview (default): browsers revalidate every file, so edits show at once; share: files may be cached for 5 minutes</source>
        <translation>preview (par défaut)&#xa0;: les navigateurs revalident chaque fichier, les modifications s&apos;affichent donc aussitôt&#xa0;; share&#xa0;: les fichiers peuvent être mis en cache 5 minutes</translation>
    </message>
    <message>
        <source>the file served for a folder (default index.html)</source>
        <translation>le fichier servi pour un dossier (index.html par défaut)</translation>
    </message>
    <message>
        <source>never list a folder&apos;s contents (404 instead)</source>
        <translation>ne jamais lister le contenu d&apos;un dossier (404 à la place)</translation>
    </message>
    <message>
        <source>serve and list dotfiles (hidden by default)</source>
        <translation>servir et lister les fichiers commençant par un point (masqués par défaut)</translation>
    </message>
    <message>
        <source>let symlinks lead outside the shared folder</source>
        <translation>permettre aux liens symboliques de mener hors du dossier partagé</translation>
    </message>
    <message>
        <source>worker threads (default: one per core)</source>
        <translation>threads de travail (par défaut&#xa0;: un par cœur)</translation>
    </message>
    <message>
        <source>turn off live reload (by default, pages reload when a file changes, and stylesheets are swapped in place)</source>
        <translation>désactiver le rechargement automatique (par défaut, les pages se rechargent quand un fichier change, et les feuilles de style sont remplacées sur place)</translation>
    </message>
    <message>
        <source>mirror every console message of the pages, not only errors</source>
        <translation>relayer tous les messages de console des pages, pas seulement les erreurs</translation>
    </message>
    <message>
        <source>/about serves about.html (on by default in preview); strict: /about.html redirects to /about</source>
        <translation>/about sert about.html (activé par défaut en preview)&#xa0;; strict&#xa0;: /about.html redirige vers /about</translation>
    </message>
    <message>
        <source>a single-page app: unknown paths that ask for HTML get index.html (or FILE, an .html file) with 200</source>
        <translation>application monopage&#xa0;: les chemins inconnus qui demandent du HTML reçoivent index.html (ou FILE, un fichier .html) avec 200</translation>
    </message>
    <message>
        <source>allow other sites to fetch from this one: any origin, or only ORIGINS (comma-separated, e.g. http://localhost:5173); preflights are answered</source>
        <translation>autoriser d&apos;autres sites à faire des requêtes vers celui-ci&#xa0;: toute origine, ou seulement ORIGINS (séparées par des virgules, p. ex. http://localhost:5173)&#xa0;; les requêtes preflight reçoivent une réponse</translation>
    </message>
    <message>
        <source>add this header to every response. Repeatable.</source>
        <translation>ajouter cet en-tête à chaque réponse. Répétable.</translation>
    </message>
    <message>
        <source>catch requests instead of sharing a folder: every method on every path is answered (200 with a small JSON receipt, or a reply rule) and kept whole in the log; no access key unless --key is given</source>
        <translation>capturer les requêtes au lieu de partager un dossier&#xa0;: chaque requête, quels que soient sa méthode et son chemin, reçoit une réponse (200 avec un petit reçu JSON, ou une règle de réponse) et est conservée en entier dans le journal&#xa0;; pas de clé d&apos;accès sauf si --key est indiqué</translation>
    </message>
    <message>
        <source>reply rules, a JSON array, that answer matching requests (in front of the folder when sharing one):</source>
        <translation>règles de réponse, un tableau JSON, qui répondent aux requêtes correspondantes (avant le dossier si un dossier est partagé)&#xa0;:</translation>
    </message>
    <message>
        <source>write every request (bodies included) to FILE as HAR 1.2 when stopped with Ctrl+C (headless)</source>
        <translation>écrire chaque requête (corps compris) dans FILE au format HAR 1.2 à l&apos;arrêt par Ctrl+C (--headless)</translation>
    </message>
    <message>
        <source>keep caught bodies up to SIZE (default 10M; k, M, G); a larger body is answered 413</source>
        <translation>conserver les corps capturés jusqu&apos;à SIZE (10M par défaut&#xa0;; k, M, G)&#xa0;; un corps plus grand reçoit la réponse 413</translation>
    </message>
    <message>
        <source>the access key other devices need: in the QR code and the network URLs (default: a new random key each time sharing starts; 12+ characters A-Z a-z 0-9 - _ .)</source>
        <translation>la clé d&apos;accès dont les autres appareils ont besoin&#xa0;: dans le code QR et les URL réseau (par défaut&#xa0;: une nouvelle clé aléatoire à chaque démarrage du partage&#xa0;; 12 caractères ou plus parmi A-Z a-z 0-9 - _ .)</translation>
    </message>
    <message>
        <source>no access key: anyone who can reach the port sees the folder</source>
        <translation>pas de clé d&apos;accès&#xa0;: quiconque peut joindre le port voit le dossier</translation>
    </message>
    <message>
        <source>also answer requests made to the host name NAME (a name your router gives this computer, say); only this computer&apos;s own names and addresses are answered otherwise. Repeatable.</source>
        <translation>répondre aussi aux requêtes adressées au nom d&apos;hôte NAME (par exemple un nom que votre routeur donne à cet ordinateur)&#xa0;; sinon, seuls les noms et adresses propres à cet ordinateur reçoivent une réponse. Répétable.</translation>
    </message>
    <message>
        <source>let other devices upload files into the folder</source>
        <translation>permettre aux autres appareils d&apos;envoyer des fichiers dans le dossier</translation>
    </message>
    <message>
        <source>with --upload: PUT may replace an existing file</source>
        <translation>avec --upload&#xa0;: PUT peut remplacer un fichier existant</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Site preview (--mode preview, the default):</source>
        <translation>Aperçu du site (--mode preview, par défaut)&#xa0;:</translation>
    </message>
    <message>
        <source>The folder&apos;s _redirects and _headers (Netlify) and serve.json (serve) apply in preview, and are read again when they change.</source>
        <translation>Les fichiers _redirects et _headers (Netlify) et serve.json (serve) du dossier s&apos;appliquent en aperçu, et sont relus quand ils changent.</translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation>Inspecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Who can connect (other devices; this computer always can):</source>
        <translation>Qui peut se connecter (autres appareils&#xa0;; cet ordinateur le peut toujours)&#xa0;:</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Share DIR (default: the current folder) with browsers on this computer and on your network, and watch every request as it arrives.</source>
        <translation>Partager DIR (par défaut&#xa0;: le dossier courant) avec les navigateurs de cet ordinateur et de votre réseau, et voir chaque requête à son arrivée.</translation>
    </message>
    <message>
        <source>Without --headless, Servery opens its window (or runs headless, saying so, when there is no display).</source>
        <translation>Sans --headless, Servery ouvre sa fenêtre (ou fonctionne sans fenêtre, en le signalant, quand il n&apos;y a pas d&apos;affichage).</translation>
    </message>
    <message>
        <source>Headless exit status: 0 after Ctrl+C, SIGTERM or SIGHUP and a graceful stop, 1 when serving fails (port busy, folder missing), 2 for a command-line mistake.</source>
        <translation>Statut de sortie en mode --headless&#xa0;: 0 après Ctrl+C, SIGTERM ou SIGHUP et un arrêt propre, 1 quand le service échoue (port occupé, dossier manquant), 2 pour une erreur de ligne de commande.</translation>
    </message>
</context>
<context>
    <name>Servery::Preferences</name>
    <message>
        <source>The index file is a file name such as index.html, without slashes.</source>
        <translation>Le fichier d&apos;index est un nom de fichier tel que index.html, sans barre oblique.</translation>
    </message>
    <message>
        <source>Worker threads go from 0 (one per core) to %1.</source>
        <translation>Les threads de travail vont de 0 (un par cœur) à %1.</translation>
    </message>
    <message>
        <source>The log keeps from %1 to %2 requests.</source>
        <translation>Le journal conserve de %1 à %2 requêtes.</translation>
    </message>
    <message>
        <source>Request bodies are kept up to 1 MB to %1 MB.</source>
        <translation>La limite de conservation des corps de requête va de 1 Mo à %1 Mo.</translation>
    </message>
</context>
<context>
    <name>Servery::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>The port the window opens with; starting on another port changes it.</source>
        <translation>Le port utilisé à l&apos;ouverture de la fenêtre&#xa0;; démarrer sur un autre port le modifie.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Preview: browsers check every file again, so edits show at once</source>
        <translation>Aperçu&#xa0;: les navigateurs revérifient chaque fichier, les modifications s&apos;affichent donc aussitôt</translation>
    </message>
    <message>
        <source>Share: browsers may keep files for 5 minutes</source>
        <translation>Partage&#xa0;: les navigateurs peuvent garder les fichiers 5 minutes</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>The file served for a folder&apos;s address, such as index.html.</source>
        <translation>Le fichier servi à l&apos;adresse d&apos;un dossier, tel que index.html.</translation>
    </message>
    <message>
        <source>&amp;Index file:</source>
        <translation>Fichier d&apos;&amp;index&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;List a folder&apos;s files when it has no index file</source>
        <translation>&amp;Lister les fichiers d&apos;un dossier s&apos;il n&apos;a pas de fichier d&apos;index</translation>
    </message>
    <message>
        <source>Serve and list &amp;hidden files (names starting with a dot)</source>
        <translation>Servir et lister les fichiers &amp;cachés (noms commençant par un point)</translation>
    </message>
    <message>
        <source>Let symbolic links lead &amp;outside the shared folder</source>
        <translation>Laisser les liens symboliques mener &amp;hors du dossier partagé</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>un par cœur</translation>
    </message>
    <message>
        <source>&amp;Worker threads:</source>
        <translation>&amp;Threads de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> requêtes</translation>
    </message>
    <message>
        <source>The oldest requests make room for new ones past this number.</source>
        <translation>Au-delà de ce nombre, les requêtes les plus anciennes laissent place aux nouvelles.</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Con&amp;server les dernières&#xa0;:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Each caught request body is kept whole up to this size; a larger one is answered 413.</source>
        <translation>Chaque corps de requête capturée est conservé en entier jusqu&apos;à cette taille&#xa0;; une requête dont le corps est plus grand reçoit la réponse 413.</translation>
    </message>
    <message>
        <source>Keep request &amp;bodies up to:</source>
        <translation>Conserver les c&amp;orps des requêtes jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>Servery is serving now: these take effect at the next Start.</source>
        <translation>Servery est en service&#xa0;: ces réglages prendront effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Until Servery is started again, the command line&apos;s %1 wins over these.</source>
        <translation>Jusqu&apos;au prochain démarrage de Servery, l&apos;option %1 de la ligne de commande prime sur ces réglages.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Servery::PreviewPanel</name>
    <message>
        <source>Reload pages when a file changes (stylesheets in place)</source>
        <translation>Recharger les pages quand un fichier change (feuilles de style sur place)</translation>
    </message>
    <message>
        <source>Live reload:</source>
        <translation>Rechargement automatique&#xa0;:</translation>
    </message>
    <message>
        <source>Show every console message, not only errors</source>
        <translation>Afficher tous les messages de console, pas seulement les erreurs</translation>
    </message>
    <message>
        <source>Console:</source>
        <translation>Console&#xa0;:</translation>
    </message>
    <message>
        <source>Clean URLs:</source>
        <translation>URL propres&#xa0;:</translation>
    </message>
    <message>
        <source>Follow _redirects, _headers and serve.json</source>
        <translation>Suivre _redirects, _headers et serve.json</translation>
    </message>
    <message>
        <source>Host rules:</source>
        <translation>Règles d&apos;hébergement&#xa0;:</translation>
    </message>
    <message>
        <source>Single-page app: unknown pages get</source>
        <translation>Application monopage&#xa0;: les pages inconnues reçoivent</translation>
    </message>
    <message>
        <source>Fallback:</source>
        <translation>Repli&#xa0;:</translation>
    </message>
    <message>
        <source>Allow other sites:</source>
        <translation>Autoriser d&apos;autres sites&#xa0;:</translation>
    </message>
    <message>
        <source>any origin, or e.g. http://localhost:5173</source>
        <translation>toute origine, ou p. ex. http://localhost:5173</translation>
    </message>
    <message>
        <source>CORS:</source>
        <translation>CORS&#xa0;:</translation>
    </message>
    <message>
        <source>One per line, e.g. X-Frame-Options: DENY</source>
        <translation>Un par ligne, p. ex. X-Frame-Options: DENY</translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation>En-têtes supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <source>Active rules</source>
        <translation>Règles actives</translation>
    </message>
    <message>
        <source>Console of the pages</source>
        <translation>Console des pages</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>La ligne %1 n&apos;est pas de la forme «&#xa0;Nom: valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Servery</source>
        <translation>Servery</translation>
    </message>
    <message>
        <source>live reload</source>
        <translation>rechargement automatique</translation>
    </message>
    <message>
        <source>Live reload is not in this page: %1.</source>
        <translation>Le rechargement automatique n&apos;est pas actif dans cette page&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Stylesheets swapped: %1</source>
        <translation>Feuilles de style remplacées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pages reloaded for: %1</source>
        <translation>Pages rechargées pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Live reload starts with sharing.</source>
        <translation>Le rechargement automatique démarre avec le partage.</translation>
    </message>
    <message>
        <source>Live reload is off.</source>
        <translation>Le rechargement automatique est désactivé.</translation>
    </message>
    <message>
        <source>Live reload is off: pages don&apos;t reload by themselves.</source>
        <translation>Le rechargement automatique est désactivé&#xa0;: les pages ne se rechargent pas d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <source>Live reload is on: no page is connected yet (open an HTML page of the site).</source>
        <translation>Le rechargement automatique est activé&#xa0;: aucune page n&apos;est encore connectée (ouvrez une page HTML du site).</translation>
    </message>
    <message>
        <source>The rules of the folder show here while sharing.</source>
        <translation>Les règles du dossier s&apos;affichent ici pendant le partage.</translation>
    </message>
    <message>
        <source>No _redirects, _headers or serve.json in this folder.</source>
        <translation>Aucun _redirects, _headers ni serve.json dans ce dossier.</translation>
    </message>
    <message>
        <source>Host rules are off.</source>
        <translation>Les règles d&apos;hébergement sont désactivées.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live reload is on: %n pages connected.</source>
        <translation>
            <numerusform>Le rechargement automatique est activé&#xa0;: %n page connectée.</numerusform>
            <numerusform>Le rechargement automatique est activé&#xa0;: %n pages connectées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folders.</source>
        <translation>
            <numerusform>Surveillance de %n dossier.</numerusform>
            <numerusform>Surveillance de %n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Servery::QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>Code QR pour %1</translation>
    </message>
</context>
<context>
    <name>Servery::RecordDiff</name>
    <message>
        <source>(no response)</source>
        <translation>(aucune réponse)</translation>
    </message>
    <message>
        <source>Same bytes (%1 in all)</source>
        <translation>Octets identiques (%1 au total)</translation>
    </message>
    <message>
        <source>The bodies differ at byte %1 (of %2 and %3 bytes)</source>
        <translation>Les corps diffèrent à l&apos;octet %1 (sur %2 et %3 octets)</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Ligne de requête</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Same content</source>
        <translation>Contenu identique</translation>
    </message>
    <message>
        <source>The bodies differ</source>
        <translation>Les corps diffèrent</translation>
    </message>
    <message>
        <source>Same content, different bytes (spacing or encoding)</source>
        <translation>Contenu identique, octets différents (espacement ou encodage)</translation>
    </message>
    <message>
        <source>%1 (the first %2 of each body)</source>
        <translation>%1 (les premiers %2 de chaque corps)</translation>
    </message>
</context>
<context>
    <name>Servery::ReplayClient</name>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing is listening at %1.</source>
        <translation>Le serveur a refusé la connexion&#xa0;: rien n&apos;écoute à %1.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found.</source>
        <translation>Le nom d&apos;hôte %1 est introuvable.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Le serveur a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Le délai de connexion à %1 a expiré.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>Impossible d&apos;établir la connexion sécurisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be replayed.</source>
        <translation>Seules les adresses http:// et https:// peuvent être rejouées.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid HTTP.</source>
        <translation>La réponse du serveur n&apos;était pas du HTTP valide.</translation>
    </message>
    <message>
        <source>The network could not reach %1: %2</source>
        <translation>Le réseau n&apos;a pas pu joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The replay failed: %1</source>
        <translation>Échec de la requête rejouée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a method.</source>
        <translation>Choisissez une méthode.</translation>
    </message>
    <message>
        <source>The method “%1” is not one word (letters, digits and !#$%&amp;&apos;*+-.^_`|~).</source>
        <translation>La méthode «&#xa0;%1&#xa0;» n&apos;est pas un mot unique (lettres, chiffres et !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>Type the address to send the request to.</source>
        <translation>Saisissez l&apos;adresse à laquelle envoyer la requête.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>The address “%1” names no host.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» n&apos;indique aucun hôte.</translation>
    </message>
    <message>
        <source>“%1” cannot be a header name.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The value of %1 has a line break, which a header cannot hold.</source>
        <translation>La valeur de %1 contient un saut de ligne, ce qu&apos;un en-tête ne peut pas contenir.</translation>
    </message>
    <message>
        <source>No answer within %1.</source>
        <translation>Aucune réponse en %1.</translation>
    </message>
    <message>
        <source>The answer did not finish within %1; this is what arrived.</source>
        <translation>La réponse ne s&apos;est pas terminée en %1&#xa0;; voici ce qui est arrivé.</translation>
    </message>
</context>
<context>
    <name>Servery::ReplayDialog</name>
    <message>
        <source>Replay %1 %2</source>
        <translation>Rejouer %1 %2</translation>
    </message>
    <message>
        <source>Original response</source>
        <translation>Réponse d&apos;origine</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Réponse rejouée</translation>
    </message>
    <message>
        <source>%1 bytes (binary)</source>
        <translation>%1 octets (binaire)</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 bytes were kept; the replay sends those.</source>
        <translation>Seuls les %1 premiers octets sur %2 ont été conservés&#xa0;; c&apos;est ce qu&apos;envoie la requête rejouée.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyée.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Ajouter un en-tête</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Aucun corps</translation>
    </message>
    <message>
        <source>Replace body</source>
        <translation>Remplacer le corps</translation>
    </message>
    <message>
        <source>No headers</source>
        <translation>Aucun en-tête</translation>
    </message>
    <message>
        <source>No response was sent.</source>
        <translation>Aucune réponse n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>No response was sent: %1</source>
        <translation>Aucune réponse n&apos;a été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 bytes (not kept by the log)</source>
        <translation>%1 octets (non conservés par le journal)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi en cours…</translation>
    </message>
    <message>
        <source>under 1 ms</source>
        <translation>moins de 1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Only the first %1 bytes of the body were kept.</source>
        <translation>Seuls les %1 premiers octets du corps ont été conservés.</translation>
    </message>
    <message>
        <source>%1: headers</source>
        <comment>the title of a response, then a part of it</comment>
        <translation>%1&#xa0;: en-têtes</translation>
    </message>
    <message>
        <source>%1: body</source>
        <comment>the title of a response, then a part of it</comment>
        <translation>%1&#xa0;: corps</translation>
    </message>
</context>
<context>
    <name>Servery::ReplyRules</name>
    <message>
        <source>path must start with / (or be * for any path)</source>
        <translation>path doit commencer par / (ou valoir * pour tout chemin)</translation>
    </message>
    <message>
        <source>use * as a whole segment (&quot;/files/*&quot;), not inside &quot;%1&quot;</source>
        <translation>utilisez * comme segment entier (&quot;/files/*&quot;), pas à l&apos;intérieur de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a : segment needs a name (&quot;/users/:id&quot;)</source>
        <translation>un segment «&#xa0;:&#xa0;» doit avoir un nom (&quot;/users/:id&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use letters, digits and _</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom&#xa0;: utilisez des lettres, des chiffres et _</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 doit être du texte</translation>
    </message>
    <message>
        <source>%1 must be an object of names and values</source>
        <translation>%1 doit être un objet de noms et de valeurs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;en-tête</translation>
    </message>
    <message>
        <source>the value of %1 must be text or a number</source>
        <translation>la valeur de %1 doit être du texte ou un nombre</translation>
    </message>
    <message>
        <source>the value of %1 cannot hold a line break</source>
        <translation>la valeur de %1 ne peut pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>the value of %1 cannot hold control characters</source>
        <translation>la valeur de %1 ne peut pas contenir de caractères de contrôle</translation>
    </message>
    <message>
        <source>%1 is set by the server; ignored</source>
        <translation>%1 est défini par le serveur&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>enabled must be true or false</source>
        <translation>enabled doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une méthode</translation>
    </message>
    <message>
        <source>bodyJson must be an object of fields and values</source>
        <translation>bodyJson doit être un objet de champs et de valeurs</translation>
    </message>
    <message>
        <source>status must be a number from 200 to 599</source>
        <translation>status doit être un nombre de 200 à 599</translation>
    </message>
    <message>
        <source>body must be text or JSON, not null</source>
        <translation>body doit être du texte ou du JSON, pas null</translation>
    </message>
    <message>
        <source>a rule has either body or bodyFile, not both</source>
        <translation>une règle a soit body, soit bodyFile, pas les deux</translation>
    </message>
    <message>
        <source>template must be true or false</source>
        <translation>template doit valoir true ou false</translation>
    </message>
    <message>
        <source>delay must be milliseconds from 0 to %1</source>
        <translation>delay doit être un nombre de millisecondes de 0 à %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON array: [ {&quot;path&quot;: &quot;/api/*&quot;, ...} ]</source>
        <translation>les règles doivent être un tableau JSON&#xa0;: [ {&quot;path&quot;: &quot;/api/*&quot;, ...} ]</translation>
    </message>
    <message>
        <source>rule %1 must be an object</source>
        <translation>la règle %1 doit être un objet</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>le fichier dépasse %1 Mio</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rule&apos;s file %1 is not a regular file</source>
        <translation>Le fichier %1 de la règle n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>The rule&apos;s file %1 cannot be read: %2</source>
        <translation>Le fichier %1 de la règle ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rule&apos;s file %1 is larger than %2 MiB</source>
        <translation>Le fichier %1 de la règle dépasse %2 Mio</translation>
    </message>
    <message>
        <source>The rule&apos;s file %1 is larger than %2 KiB</source>
        <translation>Le fichier %1 de la règle dépasse %2 Kio</translation>
    </message>
</context>
<context>
    <name>Servery::RequestCommands</name>
    <message>
        <source>the request target was %1, which no URL can carry: this goes to &quot;/&quot;</source>
        <translation>la cible de la requête était %1, qu&apos;aucune URL ne peut porter&#xa0;: la commande va vers &quot;/&quot;</translation>
    </message>
    <message>
        <source>fetch() cannot send a body with %1: the %2 bytes of the request body are left out</source>
        <translation>fetch() ne peut pas envoyer de corps avec %1&#xa0;: les %2 octets du corps de la requête sont omis</translation>
    </message>
    <message>
        <source>fetch() refuses the method %1: this call throws a TypeError</source>
        <translation>fetch() refuse la méthode %1&#xa0;: cet appel lève une TypeError</translation>
    </message>
    <message>
        <source>left out, a browser sets them itself: %1</source>
        <translation>omis, un navigateur les définit lui-même&#xa0;: %1</translation>
    </message>
    <message>
        <source>the URL parser removes the &quot;.&quot; and &quot;..&quot; segments of this path</source>
        <translation>l&apos;analyseur d&apos;URL supprime les segments &quot;.&quot; et &quot;..&quot; de ce chemin</translation>
    </message>
    <message>
        <source>HTTPie sends the method in capitals: the request said %1</source>
        <translation>HTTPie envoie la méthode en majuscules&#xa0;: la requête indiquait %1</translation>
    </message>
    <message>
        <source>HTTPie takes only methods made of letters: this one will not go as %1</source>
        <translation>HTTPie n&apos;accepte que les méthodes composées de lettres&#xa0;: celle-ci ne partira pas en tant que %1</translation>
    </message>
</context>
<context>
    <name>Servery::RequestDetails</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>the first %1 kept</source>
        <translation>les premiers %1 conservés</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>non conservé</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Détails de la requête</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>The request head as received</source>
        <translation>La ligne de requête et les en-têtes tels que reçus</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>The request line and headers exactly as they arrived</source>
        <translation>La ligne de requête et les en-têtes exactement tels qu&apos;ils sont arrivés</translation>
    </message>
    <message>
        <source>Repla&amp;y…</source>
        <translation>Re&amp;jouer…</translation>
    </message>
    <message>
        <source>Send this request again, as it is or edited, and compare the answers</source>
        <translation>Envoyer de nouveau cette requête, telle quelle ou modifiée, et comparer les réponses</translation>
    </message>
    <message>
        <source>Replay the request</source>
        <translation>Rejouer la requête</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the URL, or a command that repeats this request</source>
        <translation>Copier l&apos;URL, ou une commande qui répète cette requête</translation>
    </message>
    <message>
        <source>Copy the request</source>
        <translation>Copier la requête</translation>
    </message>
    <message>
        <source>(no request line)</source>
        <translation>(aucune ligne de requête)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>First byte after</source>
        <translation>Premier octet après</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>%1 of body, %2 in all</source>
        <translation>%1 de corps, %2 au total</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Réponse fournie par</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>#%1, request %2 on it</source>
        <translation>#%1, requête %2 sur cette connexion</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Paramètres d&apos;URL</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>En-têtes de la réponse</translation>
    </message>
    <message>
        <source>Answered by rule: %1</source>
        <translation>Réponse fournie par la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Sélectionnez une requête pour voir ses détails.</translation>
    </message>
    <message>
        <source>No request body was kept (%1 received).</source>
        <translation>Aucun corps de requête n&apos;a été conservé (%1 reçus).</translation>
    </message>
    <message>
        <source>%1 of %2 bytes kept.</source>
        <translation>%1 octets sur %2 conservés.</translation>
    </message>
    <message>
        <source>No response was sent.</source>
        <translation>Aucune réponse n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>No response body was kept (%1 sent). The log keeps bodies made in memory, such as a rule&apos;s reply or an error page, not files streamed from disk.</source>
        <translation>Aucun corps de réponse n&apos;a été conservé (%1 envoyés). Le journal conserve les corps produits en mémoire, comme la réponse d&apos;une règle ou une page d&apos;erreur, pas les fichiers lus en flux depuis le disque.</translation>
    </message>
    <message>
        <source>The head as received is kept for caught requests only: in catch mode, and when a reply rule answers.</source>
        <translation>La ligne de requête et les en-têtes tels que reçus ne sont conservés que pour les requêtes capturées&#xa0;: en mode capture, et quand une règle de réponse répond.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no header fields</comment>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>Copier l&apos;U&amp;RL</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>l&apos;URL</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Copier en c&amp;URL</translation>
    </message>
    <message>
        <source>a curl command</source>
        <translation>une commande curl</translation>
    </message>
    <message>
        <source>Copy as &amp;fetch()</source>
        <translation>Copier en &amp;fetch()</translation>
    </message>
    <message>
        <source>a fetch() call</source>
        <translation>un appel fetch()</translation>
    </message>
    <message>
        <source>Copy as &amp;HTTPie</source>
        <translation>Copier en HTTP&amp;ie</translation>
    </message>
    <message>
        <source>an HTTPie command</source>
        <translation>une commande HTTPie</translation>
    </message>
</context>
<context>
    <name>Servery::RequestFilterModel</name>
    <message>
        <source>the method; method:put,patch for either</source>
        <translation>la méthode&#xa0;; method:put,patch pour l&apos;une ou l&apos;autre</translation>
    </message>
    <message>
        <source>the path, * for anything; path:/api is /api and below</source>
        <translation>le chemin, * pour n&apos;importe quoi&#xa0;; path:/api désigne /api et ce qui est en dessous</translation>
    </message>
    <message>
        <source>the status; status:4xx a class, status:none no response</source>
        <translation>le statut&#xa0;; status:4xx pour une classe, status:none pour aucune réponse</translation>
    </message>
    <message>
        <source>the device or the client address</source>
        <translation>l&apos;appareil ou l&apos;adresse du client</translation>
    </message>
    <message>
        <source>the rule that answered; rule:* any, rule:none none</source>
        <translation>la règle qui a répondu&#xa0;; rule:* n&apos;importe laquelle, rule:none aucune</translation>
    </message>
    <message>
        <source>a request or response header, name or value</source>
        <translation>un en-tête de requête ou de réponse, nom ou valeur</translation>
    </message>
    <message>
        <source>the request or response body (the first 64 KiB kept in memory)</source>
        <translation>le corps de la requête ou de la réponse (les premiers 64 Kio conservés en mémoire)</translation>
    </message>
    <message>
        <source>Words, all of which must match (case does not matter). A plain word is looked for everywhere: method, path, status, client, rule, headers and bodies.</source>
        <translation>Des mots, qui doivent tous correspondre (sans tenir compte de la casse). Un mot simple est cherché partout&#xa0;: méthode, chemin, statut, client, règle, en-têtes et corps.</translation>
    </message>
    <message>
        <source>Quotes keep spaces in one term: body:&quot;two words&quot;.</source>
        <translation>Les guillemets gardent les espaces dans un seul terme&#xa0;: body:&quot;deux mots&quot;.</translation>
    </message>
</context>
<context>
    <name>Servery::RequestLogModel</name>
    <message>
        <source>Answered by rule: %1</source>
        <translation>Réponse fournie par la règle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>Servery::RuleEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Supprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Optional; the log shows it for the requests this rule answers</source>
        <translation>Facultatif&#xa0;; le journal l&apos;affiche pour les requêtes auxquelles cette règle répond</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>On: this rule answers the requests it matches</source>
        <translation>Activée&#xa0;: cette règle répond aux requêtes qui lui correspondent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which requests&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quelles requêtes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>A rule for GET answers HEAD requests too</source>
        <translation>Une règle pour GET répond aussi aux requêtes HEAD</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Starts with /. Each part between slashes is plain text, or:
  :name  any one part, kept as {{params.name}} (&quot;/users/:id&quot;)
  *      any one part; as the last part, anything after it, even nothing (&quot;/files/*&quot;)
* alone matches every path. The query (?a=1) is not part of the path.</source>
        <translation>Commence par /. Chaque segment entre barres obliques est du texte simple, ou&#xa0;:
  :name  un segment quelconque, conservé dans {{params.name}} (&quot;/users/:id&quot;)
  *      un segment quelconque&#xa0;; en dernier segment, tout ce qui suit, même rien (&quot;/files/*&quot;)
* seul correspond à tous les chemins. Les paramètres (?a=1) ne font pas partie du chemin.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>C&amp;hemin&#xa0;:</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>En-têtes de la requête&#xa0;:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value (empty or * for any)</source>
        <translation>Valeur (vide ou * pour n&apos;importe laquelle)</translation>
    </message>
    <message>
        <source>request headers</source>
        <translation>en-têtes de la requête</translation>
    </message>
    <message>
        <source>Text the request body must contain</source>
        <translation>Texte que le corps de la requête doit contenir</translation>
    </message>
    <message>
        <source>Body &amp;contains:</source>
        <translation>Le corps &amp;contient&#xa0;:</translation>
    </message>
    <message>
        <source>Body JSON:</source>
        <translation>JSON du corps&#xa0;:</translation>
    </message>
    <message>
        <source>Field (a.b.c)</source>
        <translation>Champ (a.b.c)</translation>
    </message>
    <message>
        <source>Equals (JSON value)</source>
        <translation>Égal à (valeur JSON)</translation>
    </message>
    <message>
        <source>body JSON fields</source>
        <translation>champs JSON du corps</translation>
    </message>
    <message>
        <source>A field of a JSON body by its dotted path (customer.id, items.0.sku) and the value it must equal: 7, true, &quot;text&quot; (plain text counts as text)</source>
        <translation>Un champ d&apos;un corps JSON désigné par son chemin à points (customer.id, items.0.sku) et la valeur à laquelle il doit être égal&#xa0;: 7, true, &quot;texte&quot; (du texte simple compte comme texte)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The reply&lt;/b&gt;</source>
        <translation>&lt;b&gt;La réponse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reply headers:</source>
        <translation>En-têtes de la réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>reply headers</source>
        <translation>en-têtes de la réponse</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Reply body</source>
        <translation>Corps de la réponse</translation>
    </message>
    <message>
        <source>The whole path of a file to answer with</source>
        <translation>Le chemin complet d&apos;un fichier à renvoyer en réponse</translation>
    </message>
    <message>
        <source>Reply file</source>
        <translation>Fichier de réponse</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Template: fill in parts of the request</source>
        <translation>Modèle&#xa0;: insérer des parties de la requête</translation>
    </message>
    <message>
        <source>In the body and header values: {{method}} {{path}} {{query.NAME}} {{params.NAME}} {{headers.NAME}} {{body}} {{body.a.b}} {{now}}</source>
        <translation>Dans le corps et les valeurs d&apos;en-tête&#xa0;: {{method}} {{path}} {{query.NAME}} {{params.NAME}} {{headers.NAME}} {{body}} {{body.a.b}} {{now}}</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Wait this long before answering, to try slow networks</source>
        <translation>Attendre ce délai avant de répondre, pour simuler un réseau lent</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Answer with a file</source>
        <translation>Répondre avec un fichier</translation>
    </message>
    <message>
        <source>Optional; without one the log says %1</source>
        <translation>Facultatif&#xa0;; sans nom, le journal indique %1</translation>
    </message>
    <message>
        <source>%1 is listed twice: a rule keeps one value for a name</source>
        <translation>%1 figure deux fois&#xa0;: une règle ne garde qu&apos;une valeur par nom</translation>
    </message>
    <message>
        <source>Choose a file, or answer with text.</source>
        <translation>Choisissez un fichier, ou répondez avec du texte.</translation>
    </message>
    <message>
        <source>Give the whole path of the file.</source>
        <translation>Indiquez le chemin complet du fichier.</translation>
    </message>
    <message>
        <source>There is no file %1: the rule answers 500 until there is.</source>
        <translation>Le fichier %1 n&apos;existe pas&#xa0;: la règle répond 500 tant qu&apos;il est absent.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Servery::RuleTester</name>
    <message>
        <source>Rule #%1</source>
        <translation>Règle #%1</translation>
    </message>
    <message>
        <source>Rule #%1 “%2”</source>
        <translation>Règle #%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(aucun corps)</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 octets de données binaires)</translation>
    </message>
    <message>
        <source>… and %1 bytes more</source>
        <translation>… et %1 octets de plus</translation>
    </message>
    <message>
        <source>%1 replies:</source>
        <translation>%1 répond&#xa0;:</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown in the template, left empty: %1</source>
        <translation>Inconnu dans le modèle, laissé vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sent after a %1 ms delay.</source>
        <translation>Envoyée après un délai de %1 ms.</translation>
    </message>
    <message>
        <source>Header line %1 is not “Name: value”; left out.</source>
        <translation>La ligne d&apos;en-tête %1 n&apos;est pas de la forme «&#xa0;Nom: valeur&#xa0;»&#xa0;; ignorée.</translation>
    </message>
    <message>
        <source>No rule answers this request: it goes on as if there were no rules.</source>
        <translation>Aucune règle ne répond à cette requête&#xa0;: elle suit son cours comme s&apos;il n&apos;y avait pas de règles.</translation>
    </message>
    <message>
        <source>This rule answers: no rule before it matches.</source>
        <translation>Cette règle répond&#xa0;: aucune règle précédente ne correspond.</translation>
    </message>
    <message>
        <source>%1 comes first and answers instead.</source>
        <translation>%1 passe avant et répond à sa place.</translation>
    </message>
    <message>
        <source>%1 answers this request.</source>
        <translation>%1 répond à cette requête.</translation>
    </message>
    <message>
        <source>Test request method</source>
        <translation>Méthode de la requête de test</translation>
    </message>
    <message>
        <source>Test request path and query</source>
        <translation>Chemin et paramètres de la requête de test</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>One per line, e.g. Content-Type: application/json</source>
        <translation>Un par ligne, p. ex. Content-Type: application/json</translation>
    </message>
    <message>
        <source>Test request headers</source>
        <translation>En-têtes de la requête de test</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>En-têtes&#xa0;:</translation>
    </message>
    <message>
        <source>Test request body</source>
        <translation>Corps de la requête de test</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Corps&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Show what the rules would do with this request; nothing is sent</source>
        <translation>Montrer ce que les règles feraient de cette requête&#xa0;; rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>What the rules would answer shows here.</source>
        <translation>La réponse que donneraient les règles s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>There are no rules yet: every request goes on as usual.</source>
        <translation>Il n&apos;y a pas encore de règles&#xa0;: chaque requête suit son cours normal.</translation>
    </message>
    <message>
        <source>Method, path and headers: match</source>
        <translation>Méthode, chemin et en-têtes&#xa0;: correspondent</translation>
    </message>
    <message>
        <source>Method, path and headers: no (%1)</source>
        <translation>Méthode, chemin et en-têtes&#xa0;: non (%1)</translation>
    </message>
    <message>
        <source>Body: the rule does not look at it</source>
        <translation>Corps&#xa0;: la règle ne l&apos;examine pas</translation>
    </message>
    <message>
        <source>Body: matches</source>
        <translation>Corps&#xa0;: correspond</translation>
    </message>
    <message>
        <source>Body: no (%1)</source>
        <translation>Corps&#xa0;: non (%1)</translation>
    </message>
    <message>
        <source>This rule is off, so it never answers.</source>
        <translation>Cette règle est désactivée, elle ne répond donc jamais.</translation>
    </message>
</context>
<context>
    <name>Servery::RulesPanel</name>
    <message>
        <source>No reply rules yet</source>
        <translation>Aucune règle de réponse pour l&apos;instant</translation>
    </message>
    <message>
        <source>A reply rule answers requests for you. It picks requests by method, path, headers or body, and answers with the status, headers and body you set, after a delay if you like. The first rule that matches answers; other requests go on as usual.</source>
        <translation>Une règle de réponse répond aux requêtes à votre place. Elle choisit les requêtes selon la méthode, le chemin, les en-têtes ou le corps, et répond avec le statut, les en-têtes et le corps que vous définissez, après un délai si vous le souhaitez. La première règle qui correspond répond&#xa0;; les autres requêtes suivent leur cours normal.</translation>
    </message>
    <message>
        <source>For example:  POST /api/*  →  201 {&quot;id&quot;: 7}</source>
        <translation>Par exemple&#xa0;:  POST /api/*  →  201 {&quot;id&quot;: 7}</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Load a rules file…</source>
        <translation>Charger un fichier de règles…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation>Ajouter une règle après celle sélectionnée</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>Dupliqu&amp;er</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Rules are tried from the top: the first that matches answers</source>
        <translation>Les règles sont essayées à partir du haut&#xa0;: la première qui correspond répond</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Charger…</translation>
    </message>
    <message>
        <source>Replace the rules with those of a rules file (JSON)</source>
        <translation>Remplacer les règles par celles d&apos;un fichier de règles (JSON)</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>En&amp;registrer…</translation>
    </message>
    <message>
        <source>Save the rules as a file for servery --rules</source>
        <translation>Enregistrer les règles dans un fichier pour servery --rules</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the problems</source>
        <translation>Masquer les problèmes</translation>
    </message>
    <message>
        <source>Problems in the rules file</source>
        <translation>Problèmes dans le fichier de règles</translation>
    </message>
    <message>
        <source>Reply rules, in the order they are tried</source>
        <translation>Règles de réponse, dans l&apos;ordre où elles sont essayées</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Tester cette règle</translation>
    </message>
    <message>
        <source>saved rules</source>
        <translation>règles enregistrées</translation>
    </message>
    <message>
        <source>Problems in the saved rules:</source>
        <translation>Problèmes dans les règles enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was loaded from %1:</source>
        <translation>Rien n&apos;a été chargé depuis %1&#xa0;:</translation>
    </message>
    <message>
        <source>Load reply rules</source>
        <translation>Charger des règles de réponse</translation>
    </message>
    <message>
        <source>Rules files (*.json);;All files (*)</source>
        <translation>Fichiers de règles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace the %1 rules you have with the %2 rules of %3?</source>
        <translation>Remplacer vos %1 règles par les %2 règles de %3&#xa0;?</translation>
    </message>
    <message>
        <source>Save reply rules</source>
        <translation>Enregistrer les règles de réponse</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les règles&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n rules from %1; rules with an error were left out:</source>
        <translation>
            <numerusform>%n règle chargée depuis %1&#xa0;; les règles comportant une erreur ont été ignorées&#xa0;:</numerusform>
            <numerusform>%n règles chargées depuis %1&#xa0;; les règles comportant une erreur ont été ignorées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::RulesTableModel</name>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>header %1 is present</source>
        <translation>en-tête %1 présent</translation>
    </message>
    <message>
        <source>header %1: %2</source>
        <translation>en-tête %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>body contains %1</source>
        <translation>le corps contient %1</translation>
    </message>
    <message>
        <source>JSON %1 = %2</source>
        <translation>JSON %1 = %2</translation>
    </message>
    <message>
        <source>On: this rule answers the requests it matches</source>
        <translation>Activée&#xa0;: cette règle répond aux requêtes qui lui correspondent</translation>
    </message>
    <message>
        <source>Off: this rule is skipped</source>
        <translation>Désactivée&#xa0;: cette règle est ignorée</translation>
    </message>
    <message>
        <source>Rules that are off are skipped</source>
        <translation>Les règles désactivées sont ignorées</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>en-tête %1</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>%1 en-têtes</translation>
    </message>
    <message>
        <source>%1 JSON fields</source>
        <translation>%1 champs JSON</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>aucun corps</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>%1 ms delay</source>
        <translation>délai de %1 ms</translation>
    </message>
    <message>
        <source>method is %1, the rule wants %2</source>
        <translation>la méthode est %1, la règle attend %2</translation>
    </message>
    <message>
        <source>path %1 does not match %2</source>
        <translation>le chemin %1 ne correspond pas à %2</translation>
    </message>
    <message>
        <source>header %1 is missing</source>
        <translation>l&apos;en-tête %1 est absent</translation>
    </message>
    <message>
        <source>header %1 is %2, the rule wants %3</source>
        <translation>l&apos;en-tête %1 vaut %2, la règle attend %3</translation>
    </message>
    <message>
        <source>body does not contain %1</source>
        <translation>le corps ne contient pas %1</translation>
    </message>
    <message>
        <source>body is empty, the rule checks JSON fields</source>
        <translation>le corps est vide, la règle vérifie des champs JSON</translation>
    </message>
    <message>
        <source>body is not JSON, the rule checks JSON fields</source>
        <translation>le corps n&apos;est pas du JSON, la règle vérifie des champs JSON</translation>
    </message>
    <message>
        <source>body field %1 is not %2</source>
        <translation>le champ %1 du corps ne vaut pas %2</translation>
    </message>
</context>
<context>
    <name>Servery::ServePanel</name>
    <message>
        <source>Share a folder</source>
        <translation>Partager un dossier</translation>
    </message>
    <message>
        <source>Catch requests</source>
        <translation>Capturer les requêtes</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Share a folder with phones and browsers, or catch whatever is sent here (webhooks, apps, devices): every method on every path is answered and kept whole in the log.</source>
        <translation>Partagez un dossier avec des téléphones et des navigateurs, ou capturez tout ce qui est envoyé ici (webhooks, applications, appareils)&#xa0;: chaque requête, quels que soient sa méthode et son chemin, reçoit une réponse et est conservée en entier dans le journal.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>Choose a folder to share</source>
        <translation>Choisir un dossier à partager</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>The folder to share. Recent folders are in the list.</source>
        <translation>Le dossier à partager. Les dossiers récents figurent dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Parcourir pour choisir un dossier</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>tout port libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port to listen on; 0 picks any free port.</source>
        <translation>Le port d&apos;écoute&#xa0;; 0 choisit un port libre.</translation>
    </message>
    <message>
        <source>&amp;Who can connect</source>
        <translation>&amp;Qui peut se connecter</translation>
    </message>
    <message>
        <source>Devices on my network</source>
        <translation>Appareils de mon réseau</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Cet ordinateur uniquement</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>Qui peut se connecter</translation>
    </message>
    <message>
        <source>&amp;Keep bodies up to</source>
        <translation>Co&amp;nserver les corps jusqu&apos;à</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Keep request bodies up to</source>
        <translation>Conserver les corps des requêtes jusqu&apos;à</translation>
    </message>
    <message>
        <source>Each caught request body is kept whole up to this size (past 1 MB in a private temporary file); a larger one is answered 413.</source>
        <translation>Chaque corps de requête capturée est conservé en entier jusqu&apos;à cette taille (dans un fichier temporaire privé au-delà de 1 Mo)&#xa0;; une requête dont le corps est plus grand reçoit la réponse 413.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Start or stop sharing</source>
        <translation>Démarrer ou arrêter le partage</translation>
    </message>
    <message>
        <source>Every method on every path is answered and kept whole in the log; reply rules (the Rules tab) answer first.</source>
        <translation>Chaque requête, quels que soient sa méthode et son chemin, reçoit une réponse et est conservée en entier dans le journal&#xa0;; les règles de réponse (onglet Règles) répondent en premier.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Choose a folder to share first</source>
        <translation>Choisissez d&apos;abord un dossier à partager</translation>
    </message>
</context>
<context>
    <name>Servery::SharePanel</name>
    <message>
        <source>Where the server listens</source>
        <translation>Où le serveur écoute</translation>
    </message>
    <message>
        <source>⚠ Anyone on this network can open the folder (no access key).</source>
        <translation>⚠ N&apos;importe qui sur ce réseau peut ouvrir le dossier (pas de clé d&apos;accès).</translation>
    </message>
    <message>
        <source>Warning: no access key</source>
        <translation>Attention&#xa0;: pas de clé d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Address to share</source>
        <translation>&amp;Adresse à partager</translation>
    </message>
    <message>
        <source>Address to share</source>
        <translation>Adresse à partager</translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation>Adresse à ouvrir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the address (Ctrl+Shift+C)</source>
        <translation>Copier l&apos;adresse (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>Ou&amp;vrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open the address in your browser</source>
        <translation>Ouvrir l&apos;adresse dans votre navigateur</translation>
    </message>
    <message>
        <source>Open in your browser</source>
        <translation>Ouvrir dans votre navigateur</translation>
    </message>
    <message>
        <source>Who has connected</source>
        <translation>Qui s&apos;est connecté</translation>
    </message>
    <message>
        <source>Scan with a phone camera. Click to enlarge.</source>
        <translation>Scannez avec l&apos;appareil photo d&apos;un téléphone. Cliquez pour agrandir.</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>Code QR de l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Enlarge</source>
        <translation>A&amp;grandir</translation>
    </message>
    <message>
        <source>Show the QR code larger</source>
        <translation>Afficher le code QR en plus grand</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Enregistrer le code QR en image PNG</translation>
    </message>
    <message>
        <source>Allow &amp;uploads from other devices</source>
        <translation>Autoriser les &amp;envois depuis d&apos;autres appareils</translation>
    </message>
    <message>
        <source>Allow uploads from other devices</source>
        <translation>Autoriser les envois depuis d&apos;autres appareils</translation>
    </message>
    <message>
        <source>Not catching yet.</source>
        <translation>Pas encore de capture en cours.</translation>
    </message>
    <message>
        <source>Not sharing yet.</source>
        <translation>Pas encore de partage en cours.</translation>
    </message>
    <message>
        <source>Press Start, and a QR code for phones on your network appears here.</source>
        <translation>Cliquez sur Démarrer&#xa0;: un code QR pour les téléphones de votre réseau apparaîtra ici.</translation>
    </message>
    <message>
        <source>Listening on this computer only.</source>
        <translation>À l&apos;écoute sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Listening on every network, but this computer has no network connection right now: only this computer can connect.</source>
        <translation>À l&apos;écoute sur tous les réseaux, mais cet ordinateur n&apos;a pas de connexion réseau pour le moment&#xa0;: seul cet ordinateur peut se connecter.</translation>
    </message>
    <message>
        <source>Listening on your local network: %1, and on this computer.</source>
        <translation>À l&apos;écoute sur votre réseau local&#xa0;: %1, et sur cet ordinateur.</translation>
    </message>
    <message>
        <source> (virtual adapter)</source>
        <translation> (carte virtuelle)</translation>
    </message>
    <message>
        <source>No network connection found, so there is no QR code. Connect to Wi-Fi or Ethernet to share with phones.</source>
        <translation>Aucune connexion réseau trouvée, il n&apos;y a donc pas de code QR. Connectez-vous au Wi-Fi ou à Ethernet pour partager avec des téléphones.</translation>
    </message>
    <message>
        <source>Devices on this network can send requests here (no access key); no files are shared.</source>
        <translation>Les appareils de ce réseau peuvent envoyer des requêtes ici (pas de clé d&apos;accès)&#xa0;; aucun fichier n&apos;est partagé.</translation>
    </message>
    <message>
        <source>↑ Other devices can add files to this folder (never replacing one).</source>
        <translation>↑ D&apos;autres appareils peuvent ajouter des fichiers à ce dossier (sans jamais en remplacer).</translation>
    </message>
    <message>
        <source>Other devices can look and download, not add files.</source>
        <translation>Les autres appareils peuvent consulter et télécharger, pas ajouter de fichiers.</translation>
    </message>
    <message>
        <source>Waiting for a device: scan the QR code with a phone on the same network.</source>
        <translation>En attente d&apos;un appareil&#xa0;: scannez le code QR avec un téléphone sur le même réseau.</translation>
    </message>
    <message>
        <source>✔ Reached from &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>✔ Connexion reçue de &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Only this computer can connect, so there will be no QR code. Choose “Devices on my network” to share with phones.</source>
        <translation>Seul cet ordinateur pourra se connecter, il n&apos;y aura donc pas de code QR. Choisissez «&#xa0;Appareils de mon réseau&#xa0;» pour partager avec des téléphones.</translation>
    </message>
    <message>
        <source>Only this computer can connect, so there is no QR code. Choose “Devices on my network” to share with phones.</source>
        <translation>Seul cet ordinateur peut se connecter, il n&apos;y a donc pas de code QR. Choisissez «&#xa0;Appareils de mon réseau&#xa0;» pour partager avec des téléphones.</translation>
    </message>
</context>
<context>
    <name>Servery::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <source>Alt and an underlined letter open a menu or move to a field.</source>
        <translation>Alt et une lettre soulignée ouvrent un menu ou mènent à un champ.</translation>
    </message>
</context>
<context>
    <name>Servery::SiteRules</name>
    <message>
        <source>more than %1 rules: the rest of the file is ignored</source>
        <translation>plus de %1 règles&#xa0;: le reste du fichier est ignoré</translation>
    </message>
    <message>
        <source>the destination URL has no host</source>
        <translation>l&apos;URL de destination n&apos;a pas d&apos;hôte</translation>
    </message>
    <message>
        <source>placeholders in the destination&apos;s host are not supported</source>
        <translation>les substitutions dans l&apos;hôte de destination ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>the destination must start with &apos;/&apos;, http:// or https://</source>
        <translation>la destination doit commencer par &apos;/&apos;, http:// ou https://</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; would leave this host</source>
        <translation>la destination «&#xa0;%1&#xa0;» quitterait cet hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;en-tête valide</translation>
    </message>
    <message>
        <source>the value of %1 has control characters</source>
        <translation>la valeur de %1 contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>Basic-Auth (Netlify&apos;s password protection) is not supported locally and is not sent</source>
        <translation>Basic-Auth (la protection par mot de passe de Netlify) n&apos;est pas pris en charge en local et n&apos;est pas envoyé</translation>
    </message>
    <message>
        <source>%1 is set by the server; a rule cannot set it</source>
        <translation>%1 est défini par le serveur&#xa0;; une règle ne peut pas le définir</translation>
    </message>
    <message>
        <source>domain-level rule for %1 does not apply to a local preview; skipped</source>
        <translation>la règle de domaine pour %1 ne s&apos;applique pas à un aperçu local&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>FROM must be a path starting with &apos;/&apos;: &quot;%1&quot;</source>
        <translation>FROM doit être un chemin commençant par &apos;/&apos;&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>FROM has a query string; match query parameters with key=value after FROM</source>
        <translation>FROM contient une chaîne de requête&#xa0;; faites correspondre les paramètres avec key=value après FROM</translation>
    </message>
    <message>
        <source>missing destination (TO)</source>
        <translation>destination manquante (TO)</translation>
    </message>
    <message>
        <source>missing destination (TO): it must start with &apos;/&apos;, http:// or https://</source>
        <translation>destination manquante (TO)&#xa0;: elle doit commencer par &apos;/&apos;, http:// ou https://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a key=value query condition nor a destination</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une condition de paramètre key=value ni une destination</translation>
    </message>
    <message>
        <source>invalid status &quot;%1&quot; (expected 200, 301, 302, 303, 307, 308, 404, 410 or 451, with an optional &apos;!&apos;)</source>
        <translation>statut non valide «&#xa0;%1&#xa0;» (attendu&#xa0;: 200, 301, 302, 303, 307, 308, 404, 410 ou 451, avec un &apos;!&apos; facultatif)</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; ignored</source>
        <translation>«&#xa0;%1&#xa0;» inattendu ignoré</translation>
    </message>
    <message>
        <source>condition %1 is not supported locally and is ignored: the rule applies to every request</source>
        <translation>la condition %1 n&apos;est pas prise en charge en local et est ignorée&#xa0;: la règle s&apos;applique à toutes les requêtes</translation>
    </message>
    <message>
        <source>unknown condition %1 ignored</source>
        <translation>condition inconnue %1 ignorée</translation>
    </message>
    <message>
        <source>no headers for %1</source>
        <translation>aucun en-tête pour %1</translation>
    </message>
    <message>
        <source>headers for the domain-level path %1 do not apply to a local preview; skipped</source>
        <translation>les en-têtes du chemin de domaine %1 ne s&apos;appliquent pas à un aperçu local&#xa0;; ignorés</translation>
    </message>
    <message>
        <source>a path line must hold only the path</source>
        <translation>une ligne de chemin ne doit contenir que le chemin</translation>
    </message>
    <message>
        <source>header line before any path</source>
        <translation>ligne d&apos;en-tête avant tout chemin</translation>
    </message>
    <message>
        <source>expected &quot;Name: value&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;Nom: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>is not a file; not read</source>
        <extracomment>After a file&apos;s name: &quot;_redirects: is not a file; not read&quot;</extracomment>
        <translation>n&apos;est pas un fichier&#xa0;; non lu</translation>
    </message>
    <message>
        <source>is a link leading outside the folder; not read</source>
        <extracomment>After a file&apos;s name: &quot;_redirects: is a link leading outside the folder; not read&quot;</extracomment>
        <translation>est un lien qui mène hors du dossier&#xa0;; non lu</translation>
    </message>
    <message>
        <source>is larger than %1 KiB; not read</source>
        <extracomment>After a file&apos;s name: &quot;_redirects: is larger than %1 KiB; not read&quot;</extracomment>
        <translation>dépasse %1 Kio&#xa0;; non lu</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <extracomment>After a file&apos;s name: &quot;_redirects: could not be read: %1&quot;</extracomment>
        <translation>n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Servery::Size</name>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>To</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>Po</translation>
    </message>
</context>
<context>
    <name>Servery::StatusStrip</name>
    <message>
        <source>Server activity</source>
        <translation>Activité du serveur</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Pas de partage</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 requêtes/s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open connections</source>
        <translation>
            <numerusform>%Ln connexion ouverte</numerusform>
            <numerusform>%Ln connexions ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests in all</source>
        <translation>
            <numerusform>%Ln requête au total</numerusform>
            <numerusform>%Ln requêtes au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::TextDecoding</name>
    <message>
        <source>Unknown charset &quot;%1&quot;; shown as UTF-8.</source>
        <translation>Jeu de caractères «&#xa0;%1&#xa0;» inconnu&#xa0;; affiché en UTF-8.</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they are shown as �.</source>
        <translation>Certains octets ne sont pas du %1 valide&#xa0;; ils sont affichés comme �.</translation>
    </message>
</context>
<context>
    <name>Servery::TransferListModel</name>
    <message>
        <source>Failed at %1</source>
        <translation>Échec à %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>Servery::TransfersPanel</name>
    <message>
        <source>Uploads from other devices, and downloads of 1 MB or more.</source>
        <translation>Envois depuis d&apos;autres appareils, et téléchargements de 1 Mo ou plus.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
</context>
<context>
    <name>Servery::UploadNotices</name>
    <message numerus="yes">
        <source>%n photos from %1 saved to %2</source>
        <translation>
            <numerusform>%n photo de %1 enregistrée dans %2</numerusform>
            <numerusform>%n photos de %1 enregistrées dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos from %1 saved to %2</source>
        <translation>
            <numerusform>%n vidéo de %1 enregistrée dans %2</numerusform>
            <numerusform>%n vidéos de %1 enregistrées dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files from %1 saved to %2</source>
        <translation>
            <numerusform>%n fichier de %1 enregistré dans %2</numerusform>
            <numerusform>%n fichiers de %1 enregistrés dans %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Servery is already running: its window takes this. (--new-instance opens another window.)
</source>
        <translation>Servery est déjà lancé&#xa0;: sa fenêtre prend le relais. (--new-instance ouvre une autre fenêtre.)
</translation>
    </message>
    <message>
        <source>servery: %1
Try &apos;servery --help&apos; for the options.
</source>
        <translation>servery: %1
Essayez &apos;servery --help&apos; pour voir les options.
</translation>
    </message>
    <message>
        <source>servery: --bind, --access-log and --quiet go with --headless; the window chooses who can connect and shows its own log.
Try &apos;servery --help&apos; for the options.
</source>
        <translation>servery: --bind, --access-log et --quiet s&apos;utilisent avec --headless&#xa0;; la fenêtre choisit qui peut se connecter et affiche son propre journal.
Essayez &apos;servery --help&apos; pour voir les options.
</translation>
    </message>
    <message>
        <source>servery: no display found, so running headless (as with --headless).
</source>
        <translation>servery: aucun affichage trouvé, exécution sans fenêtre (comme avec --headless).
</translation>
    </message>
    <message>
        <source>servery: built without the window, so running headless.
</source>
        <translation>servery: compilé sans la fenêtre, exécution sans fenêtre.
</translation>
    </message>
</context>
</TS>
