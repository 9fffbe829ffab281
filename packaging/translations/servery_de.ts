<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On: /about serves about.html</source>
        <translation>Ein: /about liefert about.html aus</translation>
    </message>
    <message>
        <source>Strict: /about.html redirects to /about</source>
        <translation>Strikt: /about.html leitet auf /about um</translation>
    </message>
    <message>
        <source>%1 bytes (binary)</source>
        <translation>%1 Bytes (binär)</translation>
    </message>
    <message>
        <source>

[%1 more bytes not shown]</source>
        <translation>

[%1 weitere Bytes nicht angezeigt]</translation>
    </message>
    <message>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
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
        <translation>Dieses SVG-Bild kann hier nicht angezeigt werden (keine SVG-Unterstützung installiert).</translation>
    </message>
    <message>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <source>This image is broken or in a format that cannot be shown (%1).</source>
        <translation>Dieses Bild ist beschädigt oder hat ein Format, das nicht angezeigt werden kann (%1).</translation>
    </message>
    <message>
        <source>The Content-Type names no boundary, so the parts cannot be told apart.</source>
        <translation>Der Content-Type nennt keine Boundary, daher lassen sich die Teile nicht unterscheiden.</translation>
    </message>
    <message>
        <source>No part begins with the boundary &quot;%1&quot;.</source>
        <translation>Kein Teil beginnt mit der Boundary „%1“.</translation>
    </message>
    <message>
        <source>A part&apos;s head is longer than %1.</source>
        <translation>Der Kopfbereich eines Teils ist länger als %1.</translation>
    </message>
</context>
<context>
    <name>Servery::AboutDialog</name>
    <message>
        <source>release build</source>
        <translation>Release-Build</translation>
    </message>
    <message>
        <source>debug build</source>
        <translation>Debug-Build</translation>
    </message>
    <message>
        <source>, with AddressSanitizer</source>
        <translation>, mit AddressSanitizer</translation>
    </message>
    <message>
        <source>an unknown compiler</source>
        <translation>ein unbekannter Compiler</translation>
    </message>
    <message>
        <source>About Servery</source>
        <translation>Über Servery</translation>
    </message>
    <message>
        <source>Share a folder with phones and browsers, preview a site as a real server serves it, and watch every request arrive.</source>
        <translation>Einen Ordner für Handys und Browser freigeben, eine Website so in der Vorschau ansehen, wie ein echter Server sie ausliefert, und jede eingehende Anfrage mitverfolgen.</translation>
    </message>
    <message>
        <source>Copyright © 2026 The Servery developers.</source>
        <translation>Copyright © 2026 Die Servery-Entwickler.</translation>
    </message>
    <message>
        <source>Free software under the MIT License: use, copy, change and share it; it comes with no warranty.</source>
        <translation>Freie Software unter der MIT-Lizenz: Sie dürfen sie verwenden, kopieren, ändern und weitergeben; sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <source>Built with %1; %2</source>
        <translation>Erstellt mit %1; %2</translation>
    </message>
    <message>
        <source>Running on %1 (%2, %3)</source>
        <translation>Läuft auf %1 (%2, %3)</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the version and build details, for a bug report</source>
        <translation>Version und Build-Details kopieren, für einen Fehlerbericht</translation>
    </message>
</context>
<context>
    <name>Servery::BodyViewer</name>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>Multipart</source>
        <translation>Multipart</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>Read the whole body into this view</source>
        <translation>Den ganzen Body in diese Ansicht laden</translation>
    </message>
    <message>
        <source>View as</source>
        <translation>Anzeigen als</translation>
    </message>
    <message>
        <source>How to show the body</source>
        <translation>Wie der Body angezeigt wird</translation>
    </message>
    <message>
        <source>This JSON is too large for the tree (%1); see it as Pretty or Text.</source>
        <translation>Dieses JSON ist zu groß für den Baum (%1); nutzen Sie „Formatiert“ oder „Text“.</translation>
    </message>
    <message>
        <source>Only the first %1 is loaded, which is not a whole JSON document: press Load all to see the tree.</source>
        <translation>Nur die ersten %1 sind geladen, also kein vollständiges JSON-Dokument: Klicken Sie auf „Alles laden“, um den Baum zu sehen.</translation>
    </message>
    <message>
        <source>This is shown as it is: it is not valid JSON, or indenting it would make it too large.</source>
        <translation>Dies wird unverändert angezeigt: Es ist kein gültiges JSON, oder das Einrücken würde es zu groß machen.</translation>
    </message>
    <message>
        <source>The body was not kept.</source>
        <translation>Der Body wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>There is no body.</source>
        <translation>Es gibt keinen Body.</translation>
    </message>
    <message>
        <source>This image is too large to show here (%1); see Hex.</source>
        <translation>Dieses Bild ist zu groß, um es hier anzuzeigen (%1); siehe „Hex“.</translation>
    </message>
    <message>
        <source>only the first %1 was kept</source>
        <translation>nur die ersten %1 wurden aufbewahrt</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>die ersten %1 werden angezeigt</translation>
    </message>
    <message>
        <source>Load all (%1)</source>
        <translation>Alles laden (%1)</translation>
    </message>
    <message>
        <source>Load the first %1</source>
        <translation>Die ersten %1 laden</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Body-Text</translation>
    </message>
    <message>
        <source>Body in hex</source>
        <translation>Body als Hex</translation>
    </message>
    <message>
        <source>The body ends inside this part.</source>
        <translation>Der Body endet innerhalb dieses Teils.</translation>
    </message>
</context>
<context>
    <name>Servery::CommandLine</name>
    <message>
        <source>--completion is bash, zsh or fish, not &quot;%1&quot;.</source>
        <translation>--completion ist bash, zsh oder fish, nicht „%1“.</translation>
    </message>
    <message>
        <source>Only one folder can be shared at a time (got %1).</source>
        <translation>Es kann nur ein Ordner gleichzeitig freigegeben werden (erhalten: %1).</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535, not &quot;%1&quot;.</source>
        <translation>Der Port muss eine Zahl von 0 bis 65535 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; --bind takes one, such as 192.168.1.23 or ::1.</source>
        <translation>„%1“ ist keine IP-Adresse; --bind erwartet eine, etwa 192.168.1.23 oder ::1.</translation>
    </message>
    <message>
        <source>Use either --bind or --local-only, not both.</source>
        <translation>Verwenden Sie entweder --bind oder --local-only, nicht beides.</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--workers takes a number from 1 to 256, not &quot;%1&quot;.</source>
        <translation>--workers erwartet eine Zahl von 1 bis 256, nicht „%1“.</translation>
    </message>
    <message>
        <source>--mode is preview or share, not &quot;%1&quot;.</source>
        <translation>--mode ist preview oder share, nicht „%1“.</translation>
    </message>
    <message>
        <source>--index takes a file name such as index.html, not &quot;%1&quot;.</source>
        <translation>--index erwartet einen Dateinamen wie index.html, nicht „%1“.</translation>
    </message>
    <message>
        <source>Use either --key or --no-key, not both.</source>
        <translation>Verwenden Sie entweder --key oder --no-key, nicht beides.</translation>
    </message>
    <message>
        <source>--key takes 12 to 128 characters from A-Z a-z 0-9 - _ . (it goes into URLs), not &quot;%1&quot;.</source>
        <translation>--key erwartet 12 bis 128 Zeichen aus A-Z a-z 0-9 - _ . (er steht in URLs), nicht „%1“.</translation>
    </message>
    <message>
        <source>--allow-host takes a host name such as myhost.lan, not &quot;%1&quot;.</source>
        <translation>--allow-host erwartet einen Hostnamen wie myhost.lan, nicht „%1“.</translation>
    </message>
    <message>
        <source>--clean-urls is on, off or strict, not &quot;%1&quot;.</source>
        <translation>--clean-urls ist on, off oder strict, nicht „%1“.</translation>
    </message>
    <message>
        <source>--spa takes a file inside the folder, such as app.html, not &quot;%1&quot;.</source>
        <translation>--spa erwartet eine Datei im Ordner, etwa app.html, nicht „%1“.</translation>
    </message>
    <message>
        <source>--cors takes origins such as http://localhost:5173, not &quot;%1&quot;.</source>
        <translation>--cors erwartet Origins wie http://localhost:5173, nicht „%1“.</translation>
    </message>
    <message>
        <source>--header takes &apos;Name: value&apos;, such as &apos;X-Frame-Options: DENY&apos;, not &quot;%1&quot;.</source>
        <translation>--header erwartet &apos;Name: Wert&apos;, etwa &apos;X-Frame-Options: DENY&apos;, nicht „%1“.</translation>
    </message>
    <message>
        <source>--overwrite only means something with --upload.</source>
        <translation>--overwrite wirkt nur zusammen mit --upload.</translation>
    </message>
    <message>
        <source>--catch answers every request itself and shares no folder; leave out &quot;%1&quot;.</source>
        <translation>--catch beantwortet jede Anfrage selbst und gibt keinen Ordner frei; lassen Sie „%1“ weg.</translation>
    </message>
    <message>
        <source>--catch shares no folder, so --upload has nowhere to put files.</source>
        <translation>--catch gibt keinen Ordner frei, daher kann --upload nirgends Dateien ablegen.</translation>
    </message>
    <message>
        <source>--capture-limit takes a size such as 10M, 512k or 1G (at most 4G), not &quot;%1&quot;.</source>
        <translation>--capture-limit erwartet eine Größe wie 10M, 512k oder 1G (höchstens 4G), nicht „%1“.</translation>
    </message>
    <message>
        <source>--start is for the window; --headless always serves at once.</source>
        <translation>--start gilt für das Fenster; --headless startet den Server immer sofort.</translation>
    </message>
</context>
<context>
    <name>Servery::CommandParts</name>
    <message>
        <source>body truncated: %1 of %2 bytes included</source>
        <translation>Body gekürzt: %1 von %2 Bytes enthalten</translation>
    </message>
</context>
<context>
    <name>Servery::CompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Untereinander</translation>
    </message>
    <message>
        <source>Comparison layout</source>
        <translation>Vergleichsansicht</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Pick two requests to compare.</source>
        <translation>Wählen Sie zwei Anfragen zum Vergleichen aus.</translation>
    </message>
    <message>
        <source>%1 and %2 are the same.</source>
        <translation>%1 und %2 sind gleich.</translation>
    </message>
    <message>
        <source>Different: %1.</source>
        <translation>Unterschiedlich: %1.</translation>
    </message>
    <message>
        <source>⋯ %1 equal lines ⋯</source>
        <translation>⋯ %1 gleiche Zeilen ⋯</translation>
    </message>
    <message>
        <source>⋯ %1 more lines are not shown ⋯</source>
        <translation>⋯ %1 weitere Zeilen werden nicht angezeigt ⋯</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>Servery::ContactWatch</name>
    <message>
        <source>Windows Firewall may block it. In an administrator terminal: &lt;code&gt;netsh advfirewall firewall add rule name=&quot;Servery&quot; dir=in action=allow protocol=TCP localport=%1&lt;/code&gt;</source>
        <translation>Die Windows-Firewall blockiert die Verbindung möglicherweise. In einem Administrator-Terminal: &lt;code&gt;netsh advfirewall firewall add rule name=&quot;Servery&quot; dir=in action=allow protocol=TCP localport=%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The macOS firewall may block it: System Settings → Network → Firewall → Options, and allow incoming connections for Servery (port %1).</source>
        <translation>Die macOS-Firewall blockiert die Verbindung möglicherweise: Systemeinstellungen → Netzwerk → Firewall → Optionen, dort eingehende Verbindungen für Servery erlauben (Port %1).</translation>
    </message>
    <message>
        <source>A firewall may block port %1. With ufw: &lt;code&gt;sudo ufw allow %1/tcp&lt;/code&gt;; with firewalld: &lt;code&gt;sudo firewall-cmd --add-port=%1/tcp&lt;/code&gt;.</source>
        <translation>Eine Firewall blockiert möglicherweise Port %1. Mit ufw: &lt;code&gt;sudo ufw allow %1/tcp&lt;/code&gt;; mit firewalld: &lt;code&gt;sudo firewall-cmd --add-port=%1/tcp&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No device has connected yet.&lt;/b&gt; Things to check:&lt;ul&gt;&lt;li&gt;The phone is on the same Wi-Fi as this computer (not on mobile data).&lt;/li&gt;&lt;li&gt;Guest and café networks often keep devices apart: try a home network or a hotspot.&lt;/li&gt;&lt;li&gt;A VPN on either device can hide the local network: pause it.&lt;/li&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;This computer may have several addresses: pick another one under “Address”.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Noch hat sich kein Gerät verbunden.&lt;/b&gt; Zu prüfen:&lt;ul&gt;&lt;li&gt;Das Handy ist im selben WLAN wie dieser Computer (nicht über mobile Daten).&lt;/li&gt;&lt;li&gt;Gäste- und Café-Netzwerke trennen Geräte oft voneinander: Versuchen Sie ein Heimnetzwerk oder einen Hotspot.&lt;/li&gt;&lt;li&gt;Ein VPN auf einem der beiden Geräte kann das lokale Netzwerk verbergen: Pausieren Sie es.&lt;/li&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;Dieser Computer hat möglicherweise mehrere Adressen: Wählen Sie unter „Adresse zur Freigabe“ eine andere.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>Servery::DeviceListModel</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>%1 (blocked)</source>
        <translation>%1 (blockiert)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
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
        <translation>%1 unter %2</translation>
    </message>
</context>
<context>
    <name>Servery::DevicesPanel</name>
    <message>
        <source>Devices that opened the shared folder since Servery started.</source>
        <translation>Geräte, die den freigegebenen Ordner geöffnet haben, seit Servery gestartet wurde.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Refuse every request from this device until Servery stops sharing</source>
        <translation>Jede Anfrage dieses Geräts ablehnen, bis Servery die Freigabe stoppt</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Blockierung aufheben</translation>
    </message>
</context>
<context>
    <name>Servery::EmptyState</name>
    <message>
        <source>Drop a folder here to share it</source>
        <translation>Ordner hierher ziehen, um ihn freizugeben</translation>
    </message>
    <message>
        <source>Phones on your network open it from a QR code, browsers see it as a real web server would serve it, and every request shows up here as it happens.</source>
        <translation>Handys in Ihrem Netzwerk öffnen ihn per QR-Code, Browser sehen ihn so, wie ein echter Webserver ihn ausliefern würde, und jede Anfrage erscheint hier, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose a folder to share</source>
        <translation>Einen Ordner zum Freigeben wählen</translation>
    </message>
    <message>
        <source>Try the sample site</source>
        <translation>Beispiel-Website ausprobieren</translation>
    </message>
    <message>
        <source>Share the bundled sample site</source>
        <translation>Die mitgelieferte Beispiel-Website freigeben</translation>
    </message>
    <message>
        <source>Catch requests</source>
        <translation>Anfragen abfangen</translation>
    </message>
    <message>
        <source>Catch requests sent to this computer</source>
        <translation>An diesen Computer gesendete Anfragen abfangen</translation>
    </message>
    <message>
        <source>For webhooks, apps and devices: every method on every path is answered and kept whole in the log. No folder needed.</source>
        <translation>Für Webhooks, Apps und Geräte: Jede Methode auf jedem Pfad wird beantwortet und vollständig im Protokoll aufbewahrt. Kein Ordner nötig.</translation>
    </message>
    <message>
        <source>Browsers on this computer see it as a real web server would serve it, and every request shows up here as it happens. Only this computer can connect; choose “Devices on my network” to share with phones.</source>
        <translation>Browser auf diesem Computer sehen ihn so, wie ein echter Webserver ihn ausliefern würde, und jede Anfrage erscheint hier, sobald sie eintrifft. Nur dieser Computer kann sich verbinden; wählen Sie „Geräte in meinem Netzwerk“, um für Handys freizugeben.</translation>
    </message>
</context>
<context>
    <name>Servery::FormTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Servery::HeadlessSession</name>
    <message>
        <source>cannot write the access log to %1: %2</source>
        <translation>das Zugriffsprotokoll kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write the HAR to %1: the folder %2 does not exist.</source>
        <translation>die HAR-Datei kann nicht in %1 geschrieben werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>cannot write the HAR to %1: it cannot be written there.</source>
        <translation>die HAR-Datei kann nicht in %1 geschrieben werden: Dort darf nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>live reload is not in %1: %2.</source>
        <translation>%1 enthält kein Live-Neuladen: %2.</translation>
    </message>
    <message>
        <source>no reply rule could be read from %1.</source>
        <translation>aus %1 konnte keine Antwortregel gelesen werden.</translation>
    </message>
    <message>
        <source>Servery %1 is catching requests: every method on every path is answered and kept whole.</source>
        <translation>Servery %1 fängt Anfragen ab: Jede Methode auf jedem Pfad wird beantwortet und vollständig aufbewahrt.</translation>
    </message>
    <message>
        <source>Servery %1 is sharing %2</source>
        <translation>Servery %1 gibt %2 frei</translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation>Dieser Computer:</translation>
    </message>
    <message>
        <source>Your network:</source>
        <translation>Ihr Netzwerk:</translation>
    </message>
    <message>
        <source>%1, virtual</source>
        <comment>a network interface</comment>
        <translation>%1, virtuell</translation>
    </message>
    <message>
        <source>Warning: anyone on your network can open this folder (--no-key: no access key).</source>
        <translation>Warnung: Jeder in Ihrem Netzwerk kann diesen Ordner öffnen (--no-key: kein Zugangsschlüssel).</translation>
    </message>
    <message>
        <source>Devices on your network can send requests here; no files are shared.</source>
        <translation>Geräte in Ihrem Netzwerk können Anfragen hierher senden; es werden keine Dateien freigegeben.</translation>
    </message>
    <message>
        <source>Bodies are kept up to %1 (--capture-limit).</source>
        <translation>Bodys werden bis %1 aufbewahrt (--capture-limit).</translation>
    </message>
    <message>
        <source>Every request goes to %1 as HAR when you stop.</source>
        <translation>Beim Stoppen wird jede Anfrage als HAR in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Uploads are on (--upload --overwrite): devices can add files, and PUT can replace one.</source>
        <translation>Uploads sind aktiviert (--upload --overwrite): Geräte können Dateien hinzufügen, und PUT kann eine ersetzen.</translation>
    </message>
    <message>
        <source>Uploads are on (--upload): devices can add files; none is ever replaced.</source>
        <translation>Uploads sind aktiviert (--upload): Geräte können Dateien hinzufügen; keine wird je ersetzt.</translation>
    </message>
    <message>
        <source>Scan with a phone on the same network to open %1</source>
        <translation>Mit einem Handy im selben Netzwerk scannen, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>Only this computer can connect (--local-only), so there is no QR code.</source>
        <translation>Nur dieser Computer kann sich verbinden (--local-only), daher gibt es keinen QR-Code.</translation>
    </message>
    <message>
        <source>Other devices can&apos;t reach this address, so there is no QR code.</source>
        <translation>Andere Geräte können diese Adresse nicht erreichen, daher gibt es keinen QR-Code.</translation>
    </message>
    <message>
        <source>No network connection found for phones to use, so there is no QR code.</source>
        <translation>Keine Netzwerkverbindung für Handys gefunden, daher gibt es keinen QR-Code.</translation>
    </message>
    <message>
        <source>live reload</source>
        <translation>Live-Neuladen</translation>
    </message>
    <message>
        <source>clean URLs (strict)</source>
        <translation>saubere URLs (strikt)</translation>
    </message>
    <message>
        <source>clean URLs</source>
        <translation>saubere URLs</translation>
    </message>
    <message>
        <source>SPA fallback to %1</source>
        <translation>SPA-Fallback auf %1</translation>
    </message>
    <message>
        <source>Site preview: %1.</source>
        <translation>Website-Vorschau: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Stoppen Strg+C drücken.</translation>
    </message>
    <message>
        <source>Choose another with --port, or --port 0 for any free port.</source>
        <translation>Wählen Sie mit --port einen anderen oder --port 0 für einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>Use a port of 1024 or above, such as --port 8080.</source>
        <translation>Verwenden Sie einen Port ab 1024, etwa --port 8080.</translation>
    </message>
    <message>
        <source>Leave out --bind to listen on every address.</source>
        <translation>Lassen Sie --bind weg, um auf allen Adressen zu lauschen.</translation>
    </message>
    <message>
        <source>Name a folder you can read: servery /path/to/folder</source>
        <translation>Geben Sie einen Ordner an, den Sie lesen dürfen: servery /path/to/folder</translation>
    </message>
    <message>
        <source>Stopped at once.</source>
        <translation>Sofort gestoppt.</translation>
    </message>
    <message>
        <source>Stopping: finishing requests under way (Ctrl+C again to stop at once)...</source>
        <translation>Wird gestoppt: Laufende Anfragen werden abgeschlossen (erneut Strg+C, um sofort zu stoppen)...</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>cannot write the access log to %1: %2. Serving goes on; lines that cannot be written are counted.</source>
        <translation>das Zugriffsprotokoll kann nicht in %1 geschrieben werden: %2. Der Server läuft weiter; nicht geschriebene Zeilen werden gezählt.</translation>
    </message>
    <message>
        <source>cannot write the HAR to %1: %2</source>
        <translation>die HAR-Datei kann nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest were left out to stay within memory.</source>
        <translation>
            <numerusform>Die älteste Anfrage (%n) wurde weggelassen, um im Speicherrahmen zu bleiben.</numerusform>
            <numerusform>Die ältesten Anfragen (%n) wurden weggelassen, um im Speicherrahmen zu bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>console.%1 from %2: %3 (%4)</source>
        <translation>console.%1 von %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>Reply rules: %n rules from %1.</source>
        <translation>
            <numerusform>Antwortregeln: %n Regel aus %1.</numerusform>
            <numerusform>Antwortregeln: %n Regeln aus %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host rules</source>
        <translation>
            <numerusform>%n Hosting-Regel</numerusform>
            <numerusform>%n Hosting-Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n access log lines could not be written.</source>
        <translation>
            <numerusform>Gestoppt. %n Zeile des Zugriffsprotokolls konnte nicht geschrieben werden.</numerusform>
            <numerusform>Gestoppt. %n Zeilen des Zugriffsprotokolls konnten nicht geschrieben werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n requests to %1.</source>
        <translation>
            <numerusform>%n Anfrage in %1 geschrieben.</numerusform>
            <numerusform>%n Anfragen in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Documentation</source>
        <translation>&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Open Servery&apos;s documentation in your browser</source>
        <translation>Die Dokumentation von Servery im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Servery</source>
        <translation>Ü&amp;ber Servery</translation>
    </message>
</context>
<context>
    <name>Servery::HexModel</name>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
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
        <translation>%1, %2 × %3 Pixel</translation>
    </message>
</context>
<context>
    <name>Servery::JsonTree</name>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>extra text after the end: %1</source>
        <translation>zusätzlicher Text nach dem Ende: %1</translation>
    </message>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <translation>Kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the text ends where %1 should be</source>
        <translation>der Text endet, wo %1 stehen sollte</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a name in double quotes</source>
        <translation>ein Name in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the name</source>
        <translation>&apos;:&apos; nach dem Namen</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>a line break inside a string (write \n)</source>
        <translation>ein Zeilenumbruch in einer Zeichenkette (\n schreiben)</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>four hex digits after \u</source>
        <translation>vier Hexziffern nach \u</translation>
    </message>
    <message>
        <source>an escape such as \n or \&quot;</source>
        <translation>eine Escape-Sequenz wie \n oder \&quot;</translation>
    </message>
    <message>
        <source>the text ends inside a string</source>
        <translation>der Text endet in einer Zeichenkette</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false oder null</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>a digit after &apos;.&apos;</source>
        <translation>eine Ziffer nach &apos;.&apos;</translation>
    </message>
    <message>
        <source>a digit in the exponent</source>
        <translation>eine Ziffer im Exponenten</translation>
    </message>
</context>
<context>
    <name>Servery::JsonTreeModel</name>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>Servery::LaunchRequests</name>
    <message>
        <source>Servery is catching requests.</source>
        <translation>Servery fängt Anfragen ab.</translation>
    </message>
    <message>
        <source>Servery is sharing “%1”.</source>
        <translation>Servery gibt „%1“ frei.</translation>
    </message>
    <message>
        <source>Restart it with the new port or scope?</source>
        <translation>Mit dem neuen Port bzw. Zugriffsbereich neu starten?</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stop sharing and catch requests instead?</source>
        <translation>Freigabe stoppen und stattdessen Anfragen abfangen?</translation>
    </message>
    <message>
        <source>Catch requests</source>
        <translation>Anfragen abfangen</translation>
    </message>
    <message>
        <source>Share “%1” instead?</source>
        <translation>Stattdessen „%1“ freigeben?</translation>
    </message>
    <message>
        <source>Share “%1”</source>
        <translation>„%1“ freigeben</translation>
    </message>
    <message>
        <source>Another folder for Servery</source>
        <translation>Ein weiterer Ordner für Servery</translation>
    </message>
    <message>
        <source>Serving restarts, and requests under way are finished first.</source>
        <translation>Der Server startet neu; laufende Anfragen werden vorher abgeschlossen.</translation>
    </message>
    <message>
        <source>Serving restarts with a new access key: phones need to scan the new QR code.</source>
        <translation>Der Server startet mit einem neuen Zugangsschlüssel neu: Handys müssen den neuen QR-Code scannen.</translation>
    </message>
    <message>
        <source>Keep catching</source>
        <translation>Weiter abfangen</translation>
    </message>
    <message>
        <source>Keep sharing</source>
        <translation>Weiter freigeben</translation>
    </message>
    <message>
        <source>Not applied to this window: %1. Start another window with --new-instance to use them.</source>
        <translation>Nicht auf dieses Fenster angewendet: %1. Starten Sie mit --new-instance ein weiteres Fenster, um sie zu verwenden.</translation>
    </message>
</context>
<context>
    <name>Servery::Listing</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Show %1 more (%2 not shown)</source>
        <translation>%1 weitere anzeigen (%2 nicht angezeigt)</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Previous photo</source>
        <translation>Vorheriges Foto</translation>
    </message>
    <message>
        <source>Next photo</source>
        <translation>Nächstes Foto</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>the upload is gone</source>
        <translation>den Upload gibt es nicht mehr</translation>
    </message>
    <message>
        <source>uploads are off</source>
        <translation>Uploads sind deaktiviert</translation>
    </message>
    <message>
        <source>the upload expired</source>
        <translation>der Upload ist abgelaufen</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the server said %1</source>
        <translation>der Server meldete %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>the server did not say how much it has</source>
        <translation>der Server hat nicht mitgeteilt, wie viel er schon hat</translation>
    </message>
    <message>
        <source>Resuming at %1%</source>
        <translation>Fortsetzen bei %1 %</translation>
    </message>
    <message>
        <source>the server did not take the bytes</source>
        <translation>der Server hat die Bytes nicht angenommen</translation>
    </message>
    <message>
        <source>the server keeps failing (%1)</source>
        <translation>der Server schlägt wiederholt fehl (%1)</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>Server error, retrying…</source>
        <translation>Serverfehler, neuer Versuch…</translation>
    </message>
    <message>
        <source>Connection lost, retrying…</source>
        <translation>Verbindung unterbrochen, neuer Versuch…</translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation>Gespeichert als „%1“</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Show the files that arrived</source>
        <translation>Eingetroffene Dateien anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Failed: folders cannot be sent; choose the files inside it</source>
        <translation>Fehlgeschlagen: Ordner können nicht gesendet werden; wählen Sie die Dateien darin aus</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Download this folder as a zip file</source>
        <translation>Diesen Ordner als ZIP-Datei herunterladen</translation>
    </message>
    <message>
        <source>Download all</source>
        <translation>Alle herunterladen</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortieren</translation>
    </message>
    <message>
        <source>Nothing here matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>Shared with Servery</source>
        <translation>Freigegeben mit Servery</translation>
    </message>
    <message>
        <source>This folder is empty.</source>
        <translation>Dieser Ordner ist leer.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Nach oben zu %1</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>%Ln Ordner</numerusform>
            <numerusform>%Ln Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (%1)</source>
        <translation>
            <numerusform>%Ln Datei (%1)</numerusform>
            <numerusform>%Ln Dateien (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::LogFileActions</name>
    <message>
        <source>Export the selected requests</source>
        <translation>Die ausgewählten Anfragen exportieren</translation>
    </message>
    <message>
        <source>Export the log</source>
        <translation>Das Protokoll exportieren</translation>
    </message>
    <message>
        <source>Select the requests to export in the log first.</source>
        <translation>Wählen Sie zuerst im Protokoll die zu exportierenden Anfragen aus.</translation>
    </message>
    <message>
        <source>The log is empty: there is nothing to export yet.</source>
        <translation>Das Protokoll ist leer: Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>HAR-Datei importieren</translation>
    </message>
    <message>
        <source>HAR files (*.har *.json);;All files (*)</source>
        <translation>HAR-Dateien (*.har *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Could not import %1: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The log is paused: they show when it resumes.</source>
        <translation>Das Protokoll ist pausiert: Sie erscheinen, wenn es fortgesetzt wird.</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n requests…</source>
        <translation>
            <numerusform>%n Anfrage wird exportiert…</numerusform>
            <numerusform>%n Anfragen werden exportiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to %1.</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert.</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n requests from %1.</source>
        <translation>
            <numerusform>%n Anfrage aus %1 importiert.</numerusform>
            <numerusform>%n Anfragen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read.</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log holds %1 rows: %n more entries were left out.</source>
        <translation>
            <numerusform>Das Protokoll fasst %1 Zeilen: %n weiterer Eintrag wurde weggelassen.</numerusform>
            <numerusform>Das Protokoll fasst %1 Zeilen: %n weitere Einträge wurden weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::LogFiles</name>
    <message>
        <source>HAR 1.2, for browsers&apos; developer tools (*.har)</source>
        <translation>HAR 1.2, für die Entwicklerwerkzeuge von Browsern (*.har)</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
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
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Hold new requests back while you read</source>
        <translation>Neue Anfragen zurückhalten, während Sie lesen</translation>
    </message>
    <message>
        <source>Pause the log</source>
        <translation>Protokoll pausieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every request from the log</source>
        <translation>Alle Anfragen aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected requests: headers and bodies, side by side</source>
        <translation>Die zwei ausgewählten Anfragen vergleichen: Header und Bodys nebeneinander</translation>
    </message>
    <message>
        <source>Compare the selected requests</source>
        <translation>Die ausgewählten Anfragen vergleichen</translation>
    </message>
    <message>
        <source>Filter: words, method:, path:, status:, rule:, header:, body: (Ctrl+F)</source>
        <translation>Filter: Wörter, method:, path:, status:, rule:, header:, body: (Strg+F)</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>How to filter</source>
        <translation>Hilfe zum Filtern</translation>
    </message>
    <message>
        <source>Show %1 responses</source>
        <translation>%1-Antworten anzeigen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused. New requests will wait here until you resume.</source>
        <translation>Pausiert. Neue Anfragen warten hier, bis Sie fortsetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new request(s) waiting.</source>
        <translation>
            <numerusform>Pausiert: %n neue Anfrage wartet.</numerusform>
            <numerusform>Pausiert: %n neue Anfragen warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare requests</source>
        <translation>Anfragen vergleichen</translation>
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
        <translation>Keine Anfrage passt zum Filter.</translation>
    </message>
    <message>
        <source>Waiting for requests. Send anything to the address above: every method on every path is caught.</source>
        <translation>Warten auf Anfragen. Senden Sie irgendetwas an die Adresse oben: Jede Methode auf jedem Pfad wird abgefangen.</translation>
    </message>
    <message>
        <source>New requests are waiting until you resume.</source>
        <translation>Neue Anfragen warten, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>No requests yet. Each one shows here as it arrives.</source>
        <translation>Noch keine Anfragen. Jede erscheint hier, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <source>Show successful</source>
        <translation>Erfolgreiche anzeigen</translation>
    </message>
    <message>
        <source>3xx</source>
        <translation>3xx</translation>
    </message>
    <message>
        <source>Show redirects and not modified</source>
        <translation>Weiterleitungen und unveränderte anzeigen</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>Show client errors</source>
        <translation>Clientfehler anzeigen</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Show server errors</source>
        <translation>Serverfehler anzeigen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Show exchanges without a response</source>
        <translation>Anfragen ohne Antwort anzeigen</translation>
    </message>
</context>
<context>
    <name>Servery::LogTableHeader</name>
    <message>
        <source>Co&amp;lumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Servery::LogTableMenu</name>
    <message>
        <source>Copied the URL</source>
        <translation>URL kopiert</translation>
    </message>
    <message>
        <source>Copied a curl command</source>
        <translation>curl-Befehl kopiert</translation>
    </message>
    <message>
        <source>No web browser could open %1</source>
        <translation>Kein Webbrowser konnte %1 öffnen</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>U&amp;RL kopieren</translation>
    </message>
    <message>
        <source>Copy the URL of this request on this server</source>
        <translation>Die URL dieser Anfrage auf diesem Server kopieren</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this request</source>
        <translation>Einen curl-Befehl kopieren, der diese Anfrage wiederholt</translation>
    </message>
    <message>
        <source>Filter by &amp;Client</source>
        <translation>Nach &amp;Client filtern</translation>
    </message>
    <message>
        <source>Show only the requests from this client</source>
        <translation>Nur die Anfragen von diesem Client anzeigen</translation>
    </message>
    <message>
        <source>Filter by &amp;Path</source>
        <translation>Nach &amp;Pfad filtern</translation>
    </message>
    <message>
        <source>Show only the requests for this path and below it</source>
        <translation>Nur die Anfragen für diesen Pfad und darunter anzeigen</translation>
    </message>
    <message>
        <source>Filter by &amp;Status</source>
        <translation>Nach &amp;Status filtern</translation>
    </message>
    <message>
        <source>Show only the requests answered with this status</source>
        <translation>Nur die mit diesem Status beantworteten Anfragen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open this URL in the web browser (GET and HEAD requests)</source>
        <translation>Diese URL im Webbrowser öffnen (GET- und HEAD-Anfragen)</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>&amp;Details anzeigen</translation>
    </message>
    <message>
        <source>Select this request and show its details</source>
        <translation>Diese Anfrage auswählen und ihre Details anzeigen</translation>
    </message>
</context>
<context>
    <name>Servery::MainWindow</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <source>&amp;Transfers</source>
        <translation>Ü&amp;bertragungen</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Reached from %1</source>
        <translation>Erreicht von %1</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Start sharing</source>
        <translation>Freigabe &amp;starten</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Try the sa&amp;mple site</source>
        <translation>Beispiel-&amp;Website ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>S&amp;hare</source>
        <translation>&amp;Freigabe</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Enlarge QR code</source>
        <translation>QR-Code &amp;vergrößern</translation>
    </message>
    <message>
        <source>&amp;Save QR code as PNG…</source>
        <translation>QR-Code als PNG &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Export the log…</source>
        <translation>Protokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the &amp;selected requests…</source>
        <translation>&amp;Ausgewählte Anfragen exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import a HAR file…</source>
        <translation>HAR-Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Test the reply rules with this request</source>
        <translation>Antwortregeln mit dieser Anfrage &amp;testen</translation>
    </message>
    <message>
        <source>Show &amp;window</source>
        <translation>&amp;Fenster anzeigen</translation>
    </message>
    <message>
        <source>Catching requests — Servery</source>
        <translation>Anfragen werden abgefangen — Servery</translation>
    </message>
    <message>
        <source>Catch requests — Servery</source>
        <translation>Anfragen abfangen — Servery</translation>
    </message>
    <message>
        <source>Sharing %1</source>
        <translation>%1 wird freigegeben</translation>
    </message>
    <message>
        <source>Choose a folder to share</source>
        <translation>Einen Ordner zum Freigeben wählen</translation>
    </message>
    <message>
        <source>One moment: Servery is still starting or stopping.</source>
        <translation>Einen Moment: Servery startet oder stoppt noch.</translation>
    </message>
    <message>
        <source>Could not copy the sample site to your disk.</source>
        <translation>Die Beispiel-Website konnte nicht auf Ihren Datenträger kopiert werden.</translation>
    </message>
    <message>
        <source>Choose a folder to share first: drop one on the window, or use Browse.</source>
        <translation>Wählen Sie zuerst einen Ordner zum Freigeben: Ziehen Sie einen ins Fenster, oder nutzen Sie „Durchsuchen“.</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>Freigabe &amp;stoppen</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Use %2?</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet. %2 verwenden?</translation>
    </message>
    <message>
        <source>Use port %1</source>
        <translation>Port %1 verwenden</translation>
    </message>
    <message>
        <source>Choose another folder with Browse.</source>
        <translation>Wählen Sie über „Durchsuchen“ einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Choose a port of 1024 or above.</source>
        <translation>Wählen Sie einen Port ab 1024.</translation>
    </message>
    <message>
        <source>%1 is blocked until sharing stops.</source>
        <translation>%1 ist blockiert, bis die Freigabe gestoppt wird.</translation>
    </message>
    <message>
        <source>%1 may connect again.</source>
        <translation>%1 darf sich wieder verbinden.</translation>
    </message>
    <message>
        <source>Uploads are on: other devices can add files to the folder.</source>
        <translation>Uploads sind aktiviert: Andere Geräte können Dateien zum Ordner hinzufügen.</translation>
    </message>
    <message>
        <source>Uploads are off.</source>
        <translation>Uploads sind deaktiviert.</translation>
    </message>
    <message>
        <source>Files received</source>
        <translation>Dateien empfangen</translation>
    </message>
    <message>
        <source>&amp;Devices (%1)</source>
        <translation>&amp;Geräte (%1)</translation>
    </message>
    <message>
        <source>&amp;Transfers (%1)</source>
        <translation>Ü&amp;bertragungen (%1)</translation>
    </message>
    <message>
        <source>Pre&amp;view (%1)</source>
        <translation>&amp;Vorschau (%1)</translation>
    </message>
    <message>
        <source>R&amp;ules (%1)</source>
        <translation>&amp;Regeln (%1)</translation>
    </message>
    <message>
        <source>Select a request in the log first.</source>
        <translation>Wählen Sie zuerst eine Anfrage im Protokoll aus.</translation>
    </message>
    <message>
        <source>Start sharing first; then there is an address to copy.</source>
        <translation>Starten Sie zuerst die Freigabe; dann gibt es eine Adresse zum Kopieren.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the QR code to %1.</source>
        <translation>Der QR-Code konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Scan to open %1</source>
        <translation>Scannen, um %1 zu öffnen</translation>
    </message>
    <message>
        <source>Click to close</source>
        <translation>Zum Schließen klicken</translation>
    </message>
    <message>
        <source>Servery is still sharing</source>
        <translation>Servery gibt weiterhin frei</translation>
    </message>
    <message>
        <source>It keeps running here. Use the tray menu to stop it or quit.</source>
        <translation>Servery läuft hier weiter. Über das Menü im Infobereich können Sie die Freigabe stoppen oder Servery beenden.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Servery::MultipartModel</name>
    <message>
        <source>The first %1 parts</source>
        <translation>Die ersten %1 Teile</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>%n parts</source>
        <translation>
            <numerusform>%n Teil</numerusform>
            <numerusform>%n Teile</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the body ends inside the last part</source>
        <translation>%1; der Body endet innerhalb des letzten Teils</translation>
    </message>
    <message>
        <source>%1 cut short</source>
        <comment>a part of a multipart body</comment>
        <translation>%1 abgeschnitten</translation>
    </message>
</context>
<context>
    <name>Servery::Options</name>
    <message>
        <source>port to listen on (default 8080; 0 picks a free one)</source>
        <translation>Port, auf dem gelauscht wird (Standard 8080; 0 wählt einen freien)</translation>
    </message>
    <message>
        <source>listen on this one address only, e.g. 192.168.1.23 (headless)</source>
        <translation>nur auf dieser einen Adresse lauschen, z. B. 192.168.1.23 (mit --headless)</translation>
    </message>
    <message>
        <source>only this computer may connect (127.0.0.1 and ::1)</source>
        <translation>nur dieser Computer darf sich verbinden (127.0.0.1 und ::1)</translation>
    </message>
    <message>
        <source>no window: print the addresses, a QR code for phones and an access log (Combined Log Format)</source>
        <translation>kein Fenster: Adressen, einen QR-Code für Handys und ein Zugriffsprotokoll (Combined Log Format) ausgeben</translation>
    </message>
    <message>
        <source>open the window and start sharing at once (with the network unless --local-only)</source>
        <translation>das Fenster öffnen und die Freigabe sofort starten (im Netzwerk, außer mit --local-only)</translation>
    </message>
    <message>
        <source>open a new window even when Servery is already running (otherwise a second start hands its folder to the running window)</source>
        <translation>ein neues Fenster öffnen, auch wenn Servery schon läuft (sonst übergibt ein zweiter Start seinen Ordner an das laufende Fenster)</translation>
    </message>
    <message>
        <source>append the access log to FILE, not standard output (headless)</source>
        <translation>das Zugriffsprotokoll an FILE anhängen statt an die Standardausgabe (mit --headless)</translation>
    </message>
    <message>
        <source>no access log (headless)</source>
        <translation>kein Zugriffsprotokoll (mit --headless)</translation>
    </message>
    <message>
        <source>preview (default): browsers revalidate every file, so edits show at once; share: files may be cached for 5 minutes</source>
        <translation>preview (Standard): Browser prüfen jede Datei erneut, sodass Änderungen sofort sichtbar sind; share: Browser dürfen Dateien 5 Minuten zwischenspeichern</translation>
    </message>
    <message>
        <source>the file served for a folder (default index.html)</source>
        <translation>die Datei, die für einen Ordner ausgeliefert wird (Standard index.html)</translation>
    </message>
    <message>
        <source>never list a folder&apos;s contents (404 instead)</source>
        <translation>den Inhalt eines Ordners nie auflisten (stattdessen 404)</translation>
    </message>
    <message>
        <source>serve and list dotfiles (hidden by default)</source>
        <translation>Punktdateien ausliefern und auflisten (standardmäßig versteckt)</translation>
    </message>
    <message>
        <source>let symlinks lead outside the shared folder</source>
        <translation>symbolische Links dürfen aus dem freigegebenen Ordner herausführen</translation>
    </message>
    <message>
        <source>worker threads (default: one per core)</source>
        <translation>Arbeitsthreads (Standard: einer pro Kern)</translation>
    </message>
    <message>
        <source>turn off live reload (by default, pages reload when a file changes, and stylesheets are swapped in place)</source>
        <translation>Live-Neuladen ausschalten (standardmäßig werden Seiten neu geladen, wenn sich eine Datei ändert, und Stylesheets an Ort und Stelle ausgetauscht)</translation>
    </message>
    <message>
        <source>mirror every console message of the pages, not only errors</source>
        <translation>jede Konsolenmeldung der Seiten spiegeln, nicht nur Fehler</translation>
    </message>
    <message>
        <source>/about serves about.html (on by default in preview); strict: /about.html redirects to /about</source>
        <translation>/about liefert about.html aus (in der Vorschau standardmäßig an); strict: /about.html leitet auf /about um</translation>
    </message>
    <message>
        <source>a single-page app: unknown paths that ask for HTML get index.html (or FILE, an .html file) with 200</source>
        <translation>eine Single-Page-App: Unbekannte Pfade, die HTML anfordern, erhalten index.html (oder FILE, eine .html-Datei) mit 200</translation>
    </message>
    <message>
        <source>allow other sites to fetch from this one: any origin, or only ORIGINS (comma-separated, e.g. http://localhost:5173); preflights are answered</source>
        <translation>anderen Websites erlauben, Daten von dieser abzurufen: jeder Origin oder nur ORIGINS (kommagetrennt, z. B. http://localhost:5173); Preflight-Anfragen werden beantwortet</translation>
    </message>
    <message>
        <source>add this header to every response. Repeatable.</source>
        <translation>diesen Header zu jeder Antwort hinzufügen. Wiederholbar.</translation>
    </message>
    <message>
        <source>catch requests instead of sharing a folder: every method on every path is answered (200 with a small JSON receipt, or a reply rule) and kept whole in the log; no access key unless --key is given</source>
        <translation>Anfragen abfangen statt einen Ordner freizugeben: Jede Methode auf jedem Pfad wird beantwortet (200 mit einer kleinen JSON-Quittung oder per Antwortregel) und vollständig im Protokoll aufbewahrt; kein Zugangsschlüssel, außer --key ist angegeben</translation>
    </message>
    <message>
        <source>reply rules, a JSON array, that answer matching requests (in front of the folder when sharing one):</source>
        <translation>Antwortregeln, ein JSON-Array, die passende Anfragen beantworten (vor dem Ordner, wenn einer freigegeben ist):</translation>
    </message>
    <message>
        <source>write every request (bodies included) to FILE as HAR 1.2 when stopped with Ctrl+C (headless)</source>
        <translation>jede Anfrage (samt Bodys) beim Stoppen mit Strg+C als HAR 1.2 in FILE schreiben (mit --headless)</translation>
    </message>
    <message>
        <source>keep caught bodies up to SIZE (default 10M; k, M, G); a larger body is answered 413</source>
        <translation>abgefangene Bodys bis SIZE aufbewahren (Standard 10M; k, M, G); ein größerer Body wird mit 413 beantwortet</translation>
    </message>
    <message>
        <source>the access key other devices need: in the QR code and the network URLs (default: a new random key each time sharing starts; 12+ characters A-Z a-z 0-9 - _ .)</source>
        <translation>der Zugangsschlüssel, den andere Geräte brauchen: im QR-Code und in den Netzwerk-URLs (Standard: bei jedem Start der Freigabe ein neuer zufälliger Schlüssel; 12+ Zeichen A-Z a-z 0-9 - _ .)</translation>
    </message>
    <message>
        <source>no access key: anyone who can reach the port sees the folder</source>
        <translation>kein Zugangsschlüssel: Jeder, der den Port erreicht, sieht den Ordner</translation>
    </message>
    <message>
        <source>also answer requests made to the host name NAME (a name your router gives this computer, say); only this computer&apos;s own names and addresses are answered otherwise. Repeatable.</source>
        <translation>auch Anfragen an den Hostnamen NAME beantworten (etwa einen Namen, den Ihr Router diesem Computer gibt); sonst werden nur die eigenen Namen und Adressen dieses Computers beantwortet. Wiederholbar.</translation>
    </message>
    <message>
        <source>let other devices upload files into the folder</source>
        <translation>anderen Geräten erlauben, Dateien in den Ordner hochzuladen</translation>
    </message>
    <message>
        <source>with --upload: PUT may replace an existing file</source>
        <translation>mit --upload: PUT darf eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version anzeigen</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Site preview (--mode preview, the default):</source>
        <translation>Website-Vorschau (--mode preview, der Standard):</translation>
    </message>
    <message>
        <source>The folder&apos;s _redirects and _headers (Netlify) and serve.json (serve) apply in preview, and are read again when they change.</source>
        <translation>_redirects und _headers (Netlify) sowie serve.json (serve) des Ordners gelten in der Vorschau und werden bei Änderungen neu eingelesen.</translation>
    </message>
    <message>
        <source>Inspector:</source>
        <translation>Inspektor:</translation>
    </message>
    <message>
        <source>Who can connect (other devices; this computer always can):</source>
        <translation>Wer darf sich verbinden (andere Geräte; dieser Computer immer):</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Share DIR (default: the current folder) with browsers on this computer and on your network, and watch every request as it arrives.</source>
        <translation>DIR (Standard: der aktuelle Ordner) für Browser auf diesem Computer und in Ihrem Netzwerk freigeben und jede Anfrage beim Eintreffen mitverfolgen.</translation>
    </message>
    <message>
        <source>Without --headless, Servery opens its window (or runs headless, saying so, when there is no display).</source>
        <translation>Ohne --headless öffnet Servery sein Fenster (oder läuft ohne Fenster und meldet das, wenn kein Display vorhanden ist).</translation>
    </message>
    <message>
        <source>Headless exit status: 0 after Ctrl+C, SIGTERM or SIGHUP and a graceful stop, 1 when serving fails (port busy, folder missing), 2 for a command-line mistake.</source>
        <translation>Exit-Status mit --headless: 0 nach Strg+C, SIGTERM oder SIGHUP und einem geordneten Stopp, 1 wenn der Server fehlschlägt (Port belegt, Ordner fehlt), 2 bei einem Fehler in der Befehlszeile.</translation>
    </message>
</context>
<context>
    <name>Servery::Preferences</name>
    <message>
        <source>The index file is a file name such as index.html, without slashes.</source>
        <translation>Die Indexdatei ist ein Dateiname wie index.html, ohne Schrägstriche.</translation>
    </message>
    <message>
        <source>Worker threads go from 0 (one per core) to %1.</source>
        <translation>Arbeitsthreads reichen von 0 (einer pro Kern) bis %1.</translation>
    </message>
    <message>
        <source>The log keeps from %1 to %2 requests.</source>
        <translation>Das Protokoll bewahrt %1 bis %2 Anfragen auf.</translation>
    </message>
    <message>
        <source>Request bodies are kept up to 1 MB to %1 MB.</source>
        <translation>Die Grenze für Anfrage-Bodys liegt zwischen 1 MB und %1 MB.</translation>
    </message>
</context>
<context>
    <name>Servery::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>The port the window opens with; starting on another port changes it.</source>
        <translation>Der Port, mit dem das Fenster öffnet; ein Start auf einem anderen Port ändert ihn.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Preview: browsers check every file again, so edits show at once</source>
        <translation>Vorschau: Browser prüfen jede Datei erneut, sodass Änderungen sofort sichtbar sind</translation>
    </message>
    <message>
        <source>Share: browsers may keep files for 5 minutes</source>
        <translation>Freigabe: Browser dürfen Dateien 5 Minuten zwischenspeichern</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>The file served for a folder&apos;s address, such as index.html.</source>
        <translation>Die Datei, die für die Adresse eines Ordners ausgeliefert wird, etwa index.html.</translation>
    </message>
    <message>
        <source>&amp;Index file:</source>
        <translation>&amp;Indexdatei:</translation>
    </message>
    <message>
        <source>&amp;List a folder&apos;s files when it has no index file</source>
        <translation>Dateien eines Ordners &amp;auflisten, wenn er keine Indexdatei hat</translation>
    </message>
    <message>
        <source>Serve and list &amp;hidden files (names starting with a dot)</source>
        <translation>&amp;Versteckte Dateien ausliefern und auflisten (Namen, die mit einem Punkt beginnen)</translation>
    </message>
    <message>
        <source>Let symbolic links lead &amp;outside the shared folder</source>
        <translation>Symbolische Links dürfen aus dem freigegebenen Ordner &amp;herausführen</translation>
    </message>
    <message>
        <source>one per core</source>
        <translation>einer pro Kern</translation>
    </message>
    <message>
        <source>&amp;Worker threads:</source>
        <translation>Ar&amp;beitsthreads:</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source>The oldest requests make room for new ones past this number.</source>
        <translation>Über dieser Anzahl machen die ältesten Anfragen Platz für neue.</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Die &amp;letzten aufbewahren:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Each caught request body is kept whole up to this size; a larger one is answered 413.</source>
        <translation>Jeder abgefangene Anfrage-Body wird bis zu dieser Größe vollständig aufbewahrt; ein größerer wird mit 413 beantwortet.</translation>
    </message>
    <message>
        <source>Keep request &amp;bodies up to:</source>
        <translation>Anfrage-Bod&amp;ys aufbewahren bis:</translation>
    </message>
    <message>
        <source>Servery is serving now: these take effect at the next Start.</source>
        <translation>Servery läuft gerade: Diese Einstellungen gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Until Servery is started again, the command line&apos;s %1 wins over these.</source>
        <translation>Bis Servery neu gestartet wird, hat %1 aus der Befehlszeile Vorrang vor diesen Einstellungen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Servery::PreviewPanel</name>
    <message>
        <source>Reload pages when a file changes (stylesheets in place)</source>
        <translation>Seiten neu laden, wenn sich eine Datei ändert (Stylesheets an Ort und Stelle)</translation>
    </message>
    <message>
        <source>Live reload:</source>
        <translation>Live-Neuladen:</translation>
    </message>
    <message>
        <source>Show every console message, not only errors</source>
        <translation>Jede Konsolenmeldung anzeigen, nicht nur Fehler</translation>
    </message>
    <message>
        <source>Console:</source>
        <translation>Konsole:</translation>
    </message>
    <message>
        <source>Clean URLs:</source>
        <translation>Saubere URLs:</translation>
    </message>
    <message>
        <source>Follow _redirects, _headers and serve.json</source>
        <translation>_redirects, _headers und serve.json befolgen</translation>
    </message>
    <message>
        <source>Host rules:</source>
        <translation>Hosting-Regeln:</translation>
    </message>
    <message>
        <source>Single-page app: unknown pages get</source>
        <translation>Single-Page-App: Unbekannte Seiten erhalten</translation>
    </message>
    <message>
        <source>Fallback:</source>
        <translation>Fallback:</translation>
    </message>
    <message>
        <source>Allow other sites:</source>
        <translation>Andere Websites erlauben:</translation>
    </message>
    <message>
        <source>any origin, or e.g. http://localhost:5173</source>
        <translation>jeder Origin, oder z. B. http://localhost:5173</translation>
    </message>
    <message>
        <source>CORS:</source>
        <translation>CORS:</translation>
    </message>
    <message>
        <source>One per line, e.g. X-Frame-Options: DENY</source>
        <translation>Einer pro Zeile, z. B. X-Frame-Options: DENY</translation>
    </message>
    <message>
        <source>Extra headers:</source>
        <translation>Zusätzliche Header:</translation>
    </message>
    <message>
        <source>Active rules</source>
        <translation>Aktive Regeln</translation>
    </message>
    <message>
        <source>Console of the pages</source>
        <translation>Konsole der Seiten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Line %1 is not &quot;Name: value&quot;.</source>
        <translation>Zeile %1 ist nicht „Name: Wert“.</translation>
    </message>
    <message>
        <source>Servery</source>
        <translation>Servery</translation>
    </message>
    <message>
        <source>live reload</source>
        <translation>Live-Neuladen</translation>
    </message>
    <message>
        <source>Live reload is not in this page: %1.</source>
        <translation>Diese Seite enthält kein Live-Neuladen: %1.</translation>
    </message>
    <message>
        <source>Stylesheets swapped: %1</source>
        <translation>Stylesheets ausgetauscht: %1</translation>
    </message>
    <message>
        <source>Pages reloaded for: %1</source>
        <translation>Seiten neu geladen wegen: %1</translation>
    </message>
    <message>
        <source>Live reload starts with sharing.</source>
        <translation>Live-Neuladen startet mit der Freigabe.</translation>
    </message>
    <message>
        <source>Live reload is off.</source>
        <translation>Live-Neuladen ist aus.</translation>
    </message>
    <message>
        <source>Live reload is off: pages don&apos;t reload by themselves.</source>
        <translation>Live-Neuladen ist aus: Seiten laden nicht von selbst neu.</translation>
    </message>
    <message>
        <source>Live reload is on: no page is connected yet (open an HTML page of the site).</source>
        <translation>Live-Neuladen ist an: Noch ist keine Seite verbunden (öffnen Sie eine HTML-Seite der Website).</translation>
    </message>
    <message>
        <source>The rules of the folder show here while sharing.</source>
        <translation>Die Regeln des Ordners erscheinen hier während der Freigabe.</translation>
    </message>
    <message>
        <source>No _redirects, _headers or serve.json in this folder.</source>
        <translation>Keine _redirects, _headers oder serve.json in diesem Ordner.</translation>
    </message>
    <message>
        <source>Host rules are off.</source>
        <translation>Hosting-Regeln sind aus.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live reload is on: %n pages connected.</source>
        <translation>
            <numerusform>Live-Neuladen ist an: %n Seite verbunden.</numerusform>
            <numerusform>Live-Neuladen ist an: %n Seiten verbunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folders.</source>
        <translation>
            <numerusform>%n Ordner wird überwacht.</numerusform>
            <numerusform>%n Ordner werden überwacht.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Servery::QrCodeWidget</name>
    <message>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
</context>
<context>
    <name>Servery::RecordDiff</name>
    <message>
        <source>(no response)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <source>Same bytes (%1 in all)</source>
        <translation>Gleiche Bytes (insgesamt %1)</translation>
    </message>
    <message>
        <source>The bodies differ at byte %1 (of %2 and %3 bytes)</source>
        <translation>Die Bodys unterscheiden sich ab Byte %1 (von %2 und %3 Bytes)</translation>
    </message>
    <message>
        <source>Request line</source>
        <translation>Anfragezeile</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Same content</source>
        <translation>Gleicher Inhalt</translation>
    </message>
    <message>
        <source>The bodies differ</source>
        <translation>Die Bodys unterscheiden sich</translation>
    </message>
    <message>
        <source>Same content, different bytes (spacing or encoding)</source>
        <translation>Gleicher Inhalt, andere Bytes (Leerraum oder Kodierung)</translation>
    </message>
    <message>
        <source>%1 (the first %2 of each body)</source>
        <translation>%1 (die ersten %2 jedes Bodys)</translation>
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
        <translation>Der Server hat die Verbindung abgelehnt: Unter %1 lauscht nichts.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found.</source>
        <translation>Der Hostname %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses can be replayed.</source>
        <translation>Nur http://- und https://-Adressen können erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not valid HTTP.</source>
        <translation>Die Antwort des Servers war kein gültiges HTTP.</translation>
    </message>
    <message>
        <source>The network could not reach %1: %2</source>
        <translation>Das Netzwerk konnte %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>The replay failed: %1</source>
        <translation>Das erneute Senden ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choose a method.</source>
        <translation>Wählen Sie eine Methode.</translation>
    </message>
    <message>
        <source>The method “%1” is not one word (letters, digits and !#$%&amp;&apos;*+-.^_`|~).</source>
        <translation>Die Methode „%1“ ist kein einzelnes Wort (Buchstaben, Ziffern und !#$%&amp;&apos;*+-.^_`|~).</translation>
    </message>
    <message>
        <source>Type the address to send the request to.</source>
        <translation>Geben Sie die Adresse ein, an die die Anfrage gesendet werden soll.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The address “%1” names no host.</source>
        <translation>Die Adresse „%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>“%1” cannot be a header name.</source>
        <translation>„%1“ kann kein Header-Name sein.</translation>
    </message>
    <message>
        <source>The value of %1 has a line break, which a header cannot hold.</source>
        <translation>Der Wert von %1 enthält einen Zeilenumbruch, den ein Header nicht enthalten kann.</translation>
    </message>
    <message>
        <source>No answer within %1.</source>
        <translation>Keine Antwort innerhalb von %1.</translation>
    </message>
    <message>
        <source>The answer did not finish within %1; this is what arrived.</source>
        <translation>Die Antwort wurde nicht innerhalb von %1 fertig; das ist angekommen.</translation>
    </message>
</context>
<context>
    <name>Servery::ReplayDialog</name>
    <message>
        <source>Replay %1 %2</source>
        <translation>%1 %2 erneut senden</translation>
    </message>
    <message>
        <source>Original response</source>
        <translation>Ursprüngliche Antwort</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <source>%1 bytes (binary)</source>
        <translation>%1 Bytes (binär)</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 bytes were kept; the replay sends those.</source>
        <translation>Nur die ersten %1 von %2 Bytes wurden aufbewahrt; beim erneuten Senden werden diese verwendet.</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>Header hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <source>Replace body</source>
        <translation>Body ersetzen</translation>
    </message>
    <message>
        <source>No headers</source>
        <translation>Keine Header</translation>
    </message>
    <message>
        <source>No response was sent.</source>
        <translation>Es wurde keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>No response was sent: %1</source>
        <translation>Es wurde keine Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 bytes (not kept by the log)</source>
        <translation>%1 Bytes (vom Protokoll nicht aufbewahrt)</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>under 1 ms</source>
        <translation>unter 1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Only the first %1 bytes of the body were kept.</source>
        <translation>Nur die ersten %1 Bytes des Bodys wurden aufbewahrt.</translation>
    </message>
    <message>
        <source>%1: headers</source>
        <comment>the title of a response, then a part of it</comment>
        <translation>%1: Header</translation>
    </message>
    <message>
        <source>%1: body</source>
        <comment>the title of a response, then a part of it</comment>
        <translation>%1: Body</translation>
    </message>
</context>
<context>
    <name>Servery::ReplyRules</name>
    <message>
        <source>path must start with / (or be * for any path)</source>
        <translation>path muss mit / beginnen (oder * für jeden Pfad sein)</translation>
    </message>
    <message>
        <source>use * as a whole segment (&quot;/files/*&quot;), not inside &quot;%1&quot;</source>
        <translation>* nur als ganzes Segment verwenden („/files/*“), nicht innerhalb von „%1“</translation>
    </message>
    <message>
        <source>a : segment needs a name (&quot;/users/:id&quot;)</source>
        <translation>ein :-Segment braucht einen Namen („/users/:id“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use letters, digits and _</source>
        <translation>„%1“ ist kein Name: Verwenden Sie Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 must be an object of names and values</source>
        <translation>%1 muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header name</source>
        <translation>„%1“ ist kein Header-Name</translation>
    </message>
    <message>
        <source>the value of %1 must be text or a number</source>
        <translation>der Wert von %1 muss Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>the value of %1 cannot hold a line break</source>
        <translation>der Wert von %1 darf keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <source>the value of %1 cannot hold control characters</source>
        <translation>der Wert von %1 darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>%1 is set by the server; ignored</source>
        <translation>%1 wird vom Server gesetzt; ignoriert</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Feld „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>enabled must be true or false</source>
        <translation>enabled muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a method</source>
        <translation>„%1“ ist keine Methode</translation>
    </message>
    <message>
        <source>bodyJson must be an object of fields and values</source>
        <translation>bodyJson muss ein Objekt aus Feldern und Werten sein</translation>
    </message>
    <message>
        <source>status must be a number from 200 to 599</source>
        <translation>status muss eine Zahl von 200 bis 599 sein</translation>
    </message>
    <message>
        <source>body must be text or JSON, not null</source>
        <translation>body muss Text oder JSON sein, nicht null</translation>
    </message>
    <message>
        <source>a rule has either body or bodyFile, not both</source>
        <translation>eine Regel hat entweder body oder bodyFile, nicht beides</translation>
    </message>
    <message>
        <source>template must be true or false</source>
        <translation>template muss true oder false sein</translation>
    </message>
    <message>
        <source>delay must be milliseconds from 0 to %1</source>
        <translation>delay muss eine Anzahl Millisekunden von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON array: [ {&quot;path&quot;: &quot;/api/*&quot;, ...} ]</source>
        <translation>die Regeln müssen ein JSON-Array sein: [ {&quot;path&quot;: &quot;/api/*&quot;, ...} ]</translation>
    </message>
    <message>
        <source>rule %1 must be an object</source>
        <translation>Regel %1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>The rule&apos;s file %1 is not a regular file</source>
        <translation>Die Datei %1 der Regel ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>The rule&apos;s file %1 cannot be read: %2</source>
        <translation>Die Datei %1 der Regel kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The rule&apos;s file %1 is larger than %2 MiB</source>
        <translation>Die Datei %1 der Regel ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>The rule&apos;s file %1 is larger than %2 KiB</source>
        <translation>Die Datei %1 der Regel ist größer als %2 KiB</translation>
    </message>
</context>
<context>
    <name>Servery::RequestCommands</name>
    <message>
        <source>the request target was %1, which no URL can carry: this goes to &quot;/&quot;</source>
        <translation>das Anfrageziel war %1, was keine URL abbilden kann: Dies geht an „/“</translation>
    </message>
    <message>
        <source>fetch() cannot send a body with %1: the %2 bytes of the request body are left out</source>
        <translation>fetch() kann mit %1 keinen Body senden: Die %2 Bytes des Anfrage-Bodys werden weggelassen</translation>
    </message>
    <message>
        <source>fetch() refuses the method %1: this call throws a TypeError</source>
        <translation>fetch() lehnt die Methode %1 ab: Dieser Aufruf wirft einen TypeError</translation>
    </message>
    <message>
        <source>left out, a browser sets them itself: %1</source>
        <translation>weggelassen, da ein Browser sie selbst setzt: %1</translation>
    </message>
    <message>
        <source>the URL parser removes the &quot;.&quot; and &quot;..&quot; segments of this path</source>
        <translation>der URL-Parser entfernt die Segmente „.“ und „..“ aus diesem Pfad</translation>
    </message>
    <message>
        <source>HTTPie sends the method in capitals: the request said %1</source>
        <translation>HTTPie sendet die Methode in Großbuchstaben: Die Anfrage hatte %1</translation>
    </message>
    <message>
        <source>HTTPie takes only methods made of letters: this one will not go as %1</source>
        <translation>HTTPie akzeptiert nur Methoden aus Buchstaben: Diese wird nicht als %1 gesendet</translation>
    </message>
</context>
<context>
    <name>Servery::RequestDetails</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>the first %1 kept</source>
        <translation>die ersten %1 aufbewahrt</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Request details</source>
        <translation>Anfragedetails</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>The request head as received</source>
        <translation>Der Anfragekopf wie empfangen</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>The request line and headers exactly as they arrived</source>
        <translation>Anfragezeile und Header genau so, wie sie ankamen</translation>
    </message>
    <message>
        <source>Repla&amp;y…</source>
        <translation>Erneut &amp;senden…</translation>
    </message>
    <message>
        <source>Send this request again, as it is or edited, and compare the answers</source>
        <translation>Diese Anfrage erneut senden, unverändert oder bearbeitet, und die Antworten vergleichen</translation>
    </message>
    <message>
        <source>Replay the request</source>
        <translation>Anfrage erneut senden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the URL, or a command that repeats this request</source>
        <translation>Die URL kopieren oder einen Befehl, der diese Anfrage wiederholt</translation>
    </message>
    <message>
        <source>Copy the request</source>
        <translation>Anfrage kopieren</translation>
    </message>
    <message>
        <source>(no request line)</source>
        <translation>(keine Anfragezeile)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>First byte after</source>
        <translation>Erstes Byte nach</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>%1 of body, %2 in all</source>
        <translation>%1 Body, insgesamt %2</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>#%1, request %2 on it</source>
        <translation>#%1, darauf Anfrage %2</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Answered by rule: %1</source>
        <translation>Beantwortet von Regel: %1</translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>No request body was kept (%1 received).</source>
        <translation>Kein Anfrage-Body aufbewahrt (%1 empfangen).</translation>
    </message>
    <message>
        <source>%1 of %2 bytes kept.</source>
        <translation>%1 von %2 Bytes aufbewahrt.</translation>
    </message>
    <message>
        <source>No response was sent.</source>
        <translation>Es wurde keine Antwort gesendet.</translation>
    </message>
    <message>
        <source>No response body was kept (%1 sent). The log keeps bodies made in memory, such as a rule&apos;s reply or an error page, not files streamed from disk.</source>
        <translation>Kein Antwort-Body aufbewahrt (%1 gesendet). Das Protokoll bewahrt im Speicher erzeugte Bodys auf, etwa die Antwort einer Regel oder eine Fehlerseite, nicht vom Datenträger gestreamte Dateien.</translation>
    </message>
    <message>
        <source>The head as received is kept for caught requests only: in catch mode, and when a reply rule answers.</source>
        <translation>Der Kopf wie empfangen wird nur für abgefangene Anfragen aufbewahrt: im Abfangmodus und wenn eine Antwortregel antwortet.</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no header fields</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Copy U&amp;RL</source>
        <translation>U&amp;RL kopieren</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>Als c&amp;URL kopieren</translation>
    </message>
    <message>
        <source>a curl command</source>
        <translation>curl-Befehl</translation>
    </message>
    <message>
        <source>Copy as &amp;fetch()</source>
        <translation>Als &amp;fetch() kopieren</translation>
    </message>
    <message>
        <source>a fetch() call</source>
        <translation>fetch()-Aufruf</translation>
    </message>
    <message>
        <source>Copy as &amp;HTTPie</source>
        <translation>Als &amp;HTTPie kopieren</translation>
    </message>
    <message>
        <source>an HTTPie command</source>
        <translation>HTTPie-Befehl</translation>
    </message>
</context>
<context>
    <name>Servery::RequestFilterModel</name>
    <message>
        <source>the method; method:put,patch for either</source>
        <translation>die Methode; method:put,patch für eine von beiden</translation>
    </message>
    <message>
        <source>the path, * for anything; path:/api is /api and below</source>
        <translation>der Pfad, * für beliebige; path:/api ist /api und darunter</translation>
    </message>
    <message>
        <source>the status; status:4xx a class, status:none no response</source>
        <translation>der Status; status:4xx eine Klasse, status:none keine Antwort</translation>
    </message>
    <message>
        <source>the device or the client address</source>
        <translation>das Gerät oder die Client-Adresse</translation>
    </message>
    <message>
        <source>the rule that answered; rule:* any, rule:none none</source>
        <translation>die Regel, die geantwortet hat; rule:* beliebige, rule:none keine</translation>
    </message>
    <message>
        <source>a request or response header, name or value</source>
        <translation>ein Anfrage- oder Antwort-Header, Name oder Wert</translation>
    </message>
    <message>
        <source>the request or response body (the first 64 KiB kept in memory)</source>
        <translation>der Anfrage- oder Antwort-Body (die ersten 64 KiB im Speicher)</translation>
    </message>
    <message>
        <source>Words, all of which must match (case does not matter). A plain word is looked for everywhere: method, path, status, client, rule, headers and bodies.</source>
        <translation>Wörter, die alle passen müssen (Groß-/Kleinschreibung egal). Ein einfaches Wort wird überall gesucht: Methode, Pfad, Status, Client, Regel, Header und Bodys.</translation>
    </message>
    <message>
        <source>Quotes keep spaces in one term: body:&quot;two words&quot;.</source>
        <translation>Anführungszeichen halten Leerzeichen in einem Begriff: body:&quot;zwei Wörter&quot;.</translation>
    </message>
</context>
<context>
    <name>Servery::RequestLogModel</name>
    <message>
        <source>Answered by rule: %1</source>
        <translation>Beantwortet von Regel: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>Servery::RuleEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>Optional; the log shows it for the requests this rule answers</source>
        <translation>Optional; das Protokoll zeigt ihn bei den Anfragen, die diese Regel beantwortet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>On: this rule answers the requests it matches</source>
        <translation>An: Diese Regel beantwortet die Anfragen, auf die sie passt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which requests&lt;/b&gt;</source>
        <translation>&lt;b&gt;Welche Anfragen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>A rule for GET answers HEAD requests too</source>
        <translation>Eine Regel für GET beantwortet auch HEAD-Anfragen</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Starts with /. Each part between slashes is plain text, or:
  :name  any one part, kept as {{params.name}} (&quot;/users/:id&quot;)
  *      any one part; as the last part, anything after it, even nothing (&quot;/files/*&quot;)
* alone matches every path. The query (?a=1) is not part of the path.</source>
        <translation>Beginnt mit /. Jeder Teil zwischen Schrägstrichen ist einfacher Text oder:
  :name  ein beliebiger Teil, verfügbar als {{params.name}} (&quot;/users/:id&quot;)
  *      ein beliebiger Teil; als letzter Teil alles danach, auch nichts (&quot;/files/*&quot;)
* allein passt auf jeden Pfad. Der Query-String (?a=1) gehört nicht zum Pfad.</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Request headers:</source>
        <translation>Anfrage-Header:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value (empty or * for any)</source>
        <translation>Wert (leer oder * für beliebig)</translation>
    </message>
    <message>
        <source>request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Text the request body must contain</source>
        <translation>Text, den der Anfrage-Body enthalten muss</translation>
    </message>
    <message>
        <source>Body &amp;contains:</source>
        <translation>Body &amp;enthält:</translation>
    </message>
    <message>
        <source>Body JSON:</source>
        <translation>Body-JSON:</translation>
    </message>
    <message>
        <source>Field (a.b.c)</source>
        <translation>Feld (a.b.c)</translation>
    </message>
    <message>
        <source>Equals (JSON value)</source>
        <translation>Gleich (JSON-Wert)</translation>
    </message>
    <message>
        <source>body JSON fields</source>
        <translation>Body-JSON-Felder</translation>
    </message>
    <message>
        <source>A field of a JSON body by its dotted path (customer.id, items.0.sku) and the value it must equal: 7, true, &quot;text&quot; (plain text counts as text)</source>
        <translation>Ein Feld eines JSON-Bodys über seinen Punktpfad (customer.id, items.0.sku) und der Wert, dem es gleichen muss: 7, true, &quot;text&quot; (einfacher Text zählt als Text)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The reply&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Antwort&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Reply headers:</source>
        <translation>Antwort-Header:</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>reply headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Reply body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>The whole path of a file to answer with</source>
        <translation>Der vollständige Pfad einer Datei, mit der geantwortet wird</translation>
    </message>
    <message>
        <source>Reply file</source>
        <translation>Antwortdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Template: fill in parts of the request</source>
        <translation>Vorlage: Teile der Anfrage einsetzen</translation>
    </message>
    <message>
        <source>In the body and header values: {{method}} {{path}} {{query.NAME}} {{params.NAME}} {{headers.NAME}} {{body}} {{body.a.b}} {{now}}</source>
        <translation>In Body und Header-Werten: {{method}} {{path}} {{query.NAME}} {{params.NAME}} {{headers.NAME}} {{body}} {{body.a.b}} {{now}}</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Wait this long before answering, to try slow networks</source>
        <translation>So lange vor dem Antworten warten, um langsame Netzwerke zu testen</translation>
    </message>
    <message>
        <source>&amp;Delay:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>Answer with a file</source>
        <translation>Mit einer Datei antworten</translation>
    </message>
    <message>
        <source>Optional; without one the log says %1</source>
        <translation>Optional; ohne Namen zeigt das Protokoll %1</translation>
    </message>
    <message>
        <source>%1 is listed twice: a rule keeps one value for a name</source>
        <translation>%1 ist doppelt aufgeführt: Eine Regel behält einen Wert pro Name</translation>
    </message>
    <message>
        <source>Choose a file, or answer with text.</source>
        <translation>Wählen Sie eine Datei, oder antworten Sie mit Text.</translation>
    </message>
    <message>
        <source>Give the whole path of the file.</source>
        <translation>Geben Sie den vollständigen Pfad der Datei an.</translation>
    </message>
    <message>
        <source>There is no file %1: the rule answers 500 until there is.</source>
        <translation>Es gibt keine Datei %1: Die Regel antwortet mit 500, bis es sie gibt.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>Servery::RuleTester</name>
    <message>
        <source>Rule #%1</source>
        <translation>Regel #%1</translation>
    </message>
    <message>
        <source>Rule #%1 “%2”</source>
        <translation>Regel #%1 „%2“</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Body)</translation>
    </message>
    <message>
        <source>(%1 bytes of binary data)</source>
        <translation>(%1 Bytes Binärdaten)</translation>
    </message>
    <message>
        <source>… and %1 bytes more</source>
        <translation>… und %1 weitere Bytes</translation>
    </message>
    <message>
        <source>%1 replies:</source>
        <translation>%1 antwortet:</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Unknown in the template, left empty: %1</source>
        <translation>Unbekannt in der Vorlage, leer gelassen: %1</translation>
    </message>
    <message>
        <source>Sent after a %1 ms delay.</source>
        <translation>Nach %1 ms Verzögerung gesendet.</translation>
    </message>
    <message>
        <source>Header line %1 is not “Name: value”; left out.</source>
        <translation>Header-Zeile %1 ist nicht „Name: Wert“; weggelassen.</translation>
    </message>
    <message>
        <source>No rule answers this request: it goes on as if there were no rules.</source>
        <translation>Keine Regel beantwortet diese Anfrage: Sie läuft weiter, als gäbe es keine Regeln.</translation>
    </message>
    <message>
        <source>This rule answers: no rule before it matches.</source>
        <translation>Diese Regel antwortet: Keine Regel davor passt.</translation>
    </message>
    <message>
        <source>%1 comes first and answers instead.</source>
        <translation>%1 kommt zuerst und antwortet stattdessen.</translation>
    </message>
    <message>
        <source>%1 answers this request.</source>
        <translation>%1 beantwortet diese Anfrage.</translation>
    </message>
    <message>
        <source>Test request method</source>
        <translation>Methode der Testanfrage</translation>
    </message>
    <message>
        <source>Test request path and query</source>
        <translation>Pfad und Query-String der Testanfrage</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>One per line, e.g. Content-Type: application/json</source>
        <translation>Einer pro Zeile, z. B. Content-Type: application/json</translation>
    </message>
    <message>
        <source>Test request headers</source>
        <translation>Header der Testanfrage</translation>
    </message>
    <message>
        <source>Headers:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Test request body</source>
        <translation>Body der Testanfrage</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Show what the rules would do with this request; nothing is sent</source>
        <translation>Zeigen, was die Regeln mit dieser Anfrage tun würden; es wird nichts gesendet</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>What the rules would answer shows here.</source>
        <translation>Hier erscheint, was die Regeln antworten würden.</translation>
    </message>
    <message>
        <source>There are no rules yet: every request goes on as usual.</source>
        <translation>Es gibt noch keine Regeln: Jede Anfrage läuft wie gewohnt weiter.</translation>
    </message>
    <message>
        <source>Method, path and headers: match</source>
        <translation>Methode, Pfad und Header: passen</translation>
    </message>
    <message>
        <source>Method, path and headers: no (%1)</source>
        <translation>Methode, Pfad und Header: nein (%1)</translation>
    </message>
    <message>
        <source>Body: the rule does not look at it</source>
        <translation>Body: wird von der Regel nicht geprüft</translation>
    </message>
    <message>
        <source>Body: matches</source>
        <translation>Body: passt</translation>
    </message>
    <message>
        <source>Body: no (%1)</source>
        <translation>Body: nein (%1)</translation>
    </message>
    <message>
        <source>This rule is off, so it never answers.</source>
        <translation>Diese Regel ist aus und antwortet daher nie.</translation>
    </message>
</context>
<context>
    <name>Servery::RulesPanel</name>
    <message>
        <source>No reply rules yet</source>
        <translation>Noch keine Antwortregeln</translation>
    </message>
    <message>
        <source>A reply rule answers requests for you. It picks requests by method, path, headers or body, and answers with the status, headers and body you set, after a delay if you like. The first rule that matches answers; other requests go on as usual.</source>
        <translation>Eine Antwortregel beantwortet Anfragen für Sie. Sie wählt Anfragen nach Methode, Pfad, Headern oder Body aus und antwortet mit dem Status, den Headern und dem Body, die Sie festlegen, auf Wunsch nach einer Verzögerung. Die erste passende Regel antwortet; andere Anfragen laufen wie gewohnt weiter.</translation>
    </message>
    <message>
        <source>For example:  POST /api/*  →  201 {&quot;id&quot;: 7}</source>
        <translation>Zum Beispiel:  POST /api/*  →  201 {&quot;id&quot;: 7}</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Load a rules file…</source>
        <translation>Regeldatei laden…</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add a rule after the selected one</source>
        <translation>Eine Regel nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Duplicat&amp;e</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Rules are tried from the top: the first that matches answers</source>
        <translation>Regeln werden von oben nach unten geprüft: Die erste passende antwortet</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Laden…</translation>
    </message>
    <message>
        <source>Replace the rules with those of a rules file (JSON)</source>
        <translation>Die Regeln durch die einer Regeldatei (JSON) ersetzen</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the rules as a file for servery --rules</source>
        <translation>Die Regeln als Datei für servery --rules speichern</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the problems</source>
        <translation>Probleme ausblenden</translation>
    </message>
    <message>
        <source>Problems in the rules file</source>
        <translation>Probleme in der Regeldatei</translation>
    </message>
    <message>
        <source>Reply rules, in the order they are tried</source>
        <translation>Antwortregeln in der Reihenfolge, in der sie geprüft werden</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>Test this rule</source>
        <translation>Diese Regel testen</translation>
    </message>
    <message>
        <source>saved rules</source>
        <translation>gespeicherte Regeln</translation>
    </message>
    <message>
        <source>Problems in the saved rules:</source>
        <translation>Probleme in den gespeicherten Regeln:</translation>
    </message>
    <message>
        <source>Nothing was loaded from %1:</source>
        <translation>Aus %1 wurde nichts geladen:</translation>
    </message>
    <message>
        <source>Load reply rules</source>
        <translation>Antwortregeln laden</translation>
    </message>
    <message>
        <source>Rules files (*.json);;All files (*)</source>
        <translation>Regeldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the %1 rules you have with the %2 rules of %3?</source>
        <translation>Ihre %1 Regeln durch die %2 Regeln aus %3 ersetzen?</translation>
    </message>
    <message>
        <source>Save reply rules</source>
        <translation>Antwortregeln speichern</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>Die Regeln konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n rules from %1; rules with an error were left out:</source>
        <translation>
            <numerusform>%n Regel aus %1 geladen; Regeln mit einem Fehler wurden weggelassen:</numerusform>
            <numerusform>%n Regeln aus %1 geladen; Regeln mit einem Fehler wurden weggelassen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::RulesTableModel</name>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>header %1 is present</source>
        <translation>Header %1 ist vorhanden</translation>
    </message>
    <message>
        <source>header %1: %2</source>
        <translation>Header %1: %2</translation>
    </message>
    <message>
        <source>body contains %1</source>
        <translation>Body enthält %1</translation>
    </message>
    <message>
        <source>JSON %1 = %2</source>
        <translation>JSON %1 = %2</translation>
    </message>
    <message>
        <source>On: this rule answers the requests it matches</source>
        <translation>An: Diese Regel beantwortet die Anfragen, auf die sie passt</translation>
    </message>
    <message>
        <source>Off: this rule is skipped</source>
        <translation>Aus: Diese Regel wird übersprungen</translation>
    </message>
    <message>
        <source>Rules that are off are skipped</source>
        <translation>Ausgeschaltete Regeln werden übersprungen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>%1 headers</source>
        <translation>%1 Header</translation>
    </message>
    <message>
        <source>%1 JSON fields</source>
        <translation>%1 JSON-Felder</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>kein Body</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>%1 ms delay</source>
        <translation>%1 ms Verzögerung</translation>
    </message>
    <message>
        <source>method is %1, the rule wants %2</source>
        <translation>Methode ist %1, die Regel verlangt %2</translation>
    </message>
    <message>
        <source>path %1 does not match %2</source>
        <translation>Pfad %1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>header %1 is missing</source>
        <translation>Header %1 fehlt</translation>
    </message>
    <message>
        <source>header %1 is %2, the rule wants %3</source>
        <translation>Header %1 ist %2, die Regel verlangt %3</translation>
    </message>
    <message>
        <source>body does not contain %1</source>
        <translation>Body enthält %1 nicht</translation>
    </message>
    <message>
        <source>body is empty, the rule checks JSON fields</source>
        <translation>Body ist leer, die Regel prüft JSON-Felder</translation>
    </message>
    <message>
        <source>body is not JSON, the rule checks JSON fields</source>
        <translation>Body ist kein JSON, die Regel prüft JSON-Felder</translation>
    </message>
    <message>
        <source>body field %1 is not %2</source>
        <translation>Body-Feld %1 ist nicht %2</translation>
    </message>
</context>
<context>
    <name>Servery::ServePanel</name>
    <message>
        <source>Share a folder</source>
        <translation>Ordner freigeben</translation>
    </message>
    <message>
        <source>Catch requests</source>
        <translation>Anfragen abfangen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Share a folder with phones and browsers, or catch whatever is sent here (webhooks, apps, devices): every method on every path is answered and kept whole in the log.</source>
        <translation>Einen Ordner für Handys und Browser freigeben oder alles abfangen, was hierher gesendet wird (Webhooks, Apps, Geräte): Jede Methode auf jedem Pfad wird beantwortet und vollständig im Protokoll aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Choose a folder to share</source>
        <translation>Einen Ordner zum Freigeben wählen</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Freigegebener Ordner</translation>
    </message>
    <message>
        <source>The folder to share. Recent folders are in the list.</source>
        <translation>Der freizugebende Ordner. Zuletzt verwendete Ordner stehen in der Liste.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Browse for a folder</source>
        <translation>Einen Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>Por&amp;t</translation>
    </message>
    <message>
        <source>any free</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The port to listen on; 0 picks any free port.</source>
        <translation>Der Port, auf dem gelauscht wird; 0 wählt einen beliebigen freien Port.</translation>
    </message>
    <message>
        <source>&amp;Who can connect</source>
        <translation>&amp;Wer darf sich verbinden</translation>
    </message>
    <message>
        <source>Devices on my network</source>
        <translation>Geräte in meinem Netzwerk</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Nur dieser Computer</translation>
    </message>
    <message>
        <source>Who can connect</source>
        <translation>Wer darf sich verbinden</translation>
    </message>
    <message>
        <source>&amp;Keep bodies up to</source>
        <translation>Bod&amp;ys aufbewahren bis</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep request bodies up to</source>
        <translation>Anfrage-Bodys aufbewahren bis</translation>
    </message>
    <message>
        <source>Each caught request body is kept whole up to this size (past 1 MB in a private temporary file); a larger one is answered 413.</source>
        <translation>Jeder abgefangene Anfrage-Body wird bis zu dieser Größe vollständig aufbewahrt (über 1 MB in einer privaten temporären Datei); ein größerer wird mit 413 beantwortet.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start or stop sharing</source>
        <translation>Freigabe starten oder stoppen</translation>
    </message>
    <message>
        <source>Every method on every path is answered and kept whole in the log; reply rules (the Rules tab) answer first.</source>
        <translation>Jede Methode auf jedem Pfad wird beantwortet und vollständig im Protokoll aufbewahrt; Antwortregeln (Tab „Regeln“) antworten zuerst.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bitte warten…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Choose a folder to share first</source>
        <translation>Zuerst einen Ordner zum Freigeben wählen</translation>
    </message>
</context>
<context>
    <name>Servery::SharePanel</name>
    <message>
        <source>Where the server listens</source>
        <translation>Wo der Server lauscht</translation>
    </message>
    <message>
        <source>⚠ Anyone on this network can open the folder (no access key).</source>
        <translation>⚠ Jeder in diesem Netzwerk kann den Ordner öffnen (kein Zugangsschlüssel).</translation>
    </message>
    <message>
        <source>Warning: no access key</source>
        <translation>Warnung: kein Zugangsschlüssel</translation>
    </message>
    <message>
        <source>&amp;Address to share</source>
        <translation>A&amp;dresse zur Freigabe</translation>
    </message>
    <message>
        <source>Address to share</source>
        <translation>Adresse zur Freigabe</translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation>Zu öffnende Adresse</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the address (Ctrl+Shift+C)</source>
        <translation>Die Adresse kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Die Adresse kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>I&amp;m Browser öffnen</translation>
    </message>
    <message>
        <source>Open the address in your browser</source>
        <translation>Die Adresse im Browser öffnen</translation>
    </message>
    <message>
        <source>Open in your browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Who has connected</source>
        <translation>Wer sich verbunden hat</translation>
    </message>
    <message>
        <source>Scan with a phone camera. Click to enlarge.</source>
        <translation>Mit einer Handykamera scannen. Zum Vergrößern klicken.</translation>
    </message>
    <message>
        <source>QR code of the address</source>
        <translation>QR-Code der Adresse</translation>
    </message>
    <message>
        <source>&amp;Enlarge</source>
        <translation>V&amp;ergrößern</translation>
    </message>
    <message>
        <source>Show the QR code larger</source>
        <translation>Den QR-Code größer anzeigen</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als P&amp;NG speichern…</translation>
    </message>
    <message>
        <source>Save the QR code as a PNG image</source>
        <translation>Den QR-Code als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Allow &amp;uploads from other devices</source>
        <translation>&amp;Uploads von anderen Geräten erlauben</translation>
    </message>
    <message>
        <source>Allow uploads from other devices</source>
        <translation>Uploads von anderen Geräten erlauben</translation>
    </message>
    <message>
        <source>Not catching yet.</source>
        <translation>Noch wird nichts abgefangen.</translation>
    </message>
    <message>
        <source>Not sharing yet.</source>
        <translation>Noch wird nichts freigegeben.</translation>
    </message>
    <message>
        <source>Press Start, and a QR code for phones on your network appears here.</source>
        <translation>Klicken Sie auf „Starten“, dann erscheint hier ein QR-Code für Handys in Ihrem Netzwerk.</translation>
    </message>
    <message>
        <source>Listening on this computer only.</source>
        <translation>Lauscht nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Listening on every network, but this computer has no network connection right now: only this computer can connect.</source>
        <translation>Lauscht in allen Netzwerken, aber dieser Computer hat gerade keine Netzwerkverbindung: Nur dieser Computer kann sich verbinden.</translation>
    </message>
    <message>
        <source>Listening on your local network: %1, and on this computer.</source>
        <translation>Lauscht in Ihrem lokalen Netzwerk: %1, und auf diesem Computer.</translation>
    </message>
    <message>
        <source> (virtual adapter)</source>
        <translation> (virtueller Adapter)</translation>
    </message>
    <message>
        <source>No network connection found, so there is no QR code. Connect to Wi-Fi or Ethernet to share with phones.</source>
        <translation>Keine Netzwerkverbindung gefunden, daher gibt es keinen QR-Code. Verbinden Sie sich mit WLAN oder Ethernet, um für Handys freizugeben.</translation>
    </message>
    <message>
        <source>Devices on this network can send requests here (no access key); no files are shared.</source>
        <translation>Geräte in diesem Netzwerk können Anfragen hierher senden (kein Zugangsschlüssel); es werden keine Dateien freigegeben.</translation>
    </message>
    <message>
        <source>↑ Other devices can add files to this folder (never replacing one).</source>
        <translation>↑ Andere Geräte können Dateien zu diesem Ordner hinzufügen (ohne je eine zu ersetzen).</translation>
    </message>
    <message>
        <source>Other devices can look and download, not add files.</source>
        <translation>Andere Geräte können ansehen und herunterladen, aber keine Dateien hinzufügen.</translation>
    </message>
    <message>
        <source>Waiting for a device: scan the QR code with a phone on the same network.</source>
        <translation>Warten auf ein Gerät: Scannen Sie den QR-Code mit einem Handy im selben Netzwerk.</translation>
    </message>
    <message>
        <source>✔ Reached from &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>✔ Erreicht von &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Only this computer can connect, so there will be no QR code. Choose “Devices on my network” to share with phones.</source>
        <translation>Nur dieser Computer kann sich verbinden, daher wird es keinen QR-Code geben. Wählen Sie „Geräte in meinem Netzwerk“, um für Handys freizugeben.</translation>
    </message>
    <message>
        <source>Only this computer can connect, so there is no QR code. Choose “Devices on my network” to share with phones.</source>
        <translation>Nur dieser Computer kann sich verbinden, daher gibt es keinen QR-Code. Wählen Sie „Geräte in meinem Netzwerk“, um für Handys freizugeben.</translation>
    </message>
</context>
<context>
    <name>Servery::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Im Fenster</translation>
    </message>
    <message>
        <source>Alt and an underlined letter open a menu or move to a field.</source>
        <translation>Alt und ein unterstrichener Buchstabe öffnen ein Menü oder springen zu einem Feld.</translation>
    </message>
</context>
<context>
    <name>Servery::SiteRules</name>
    <message>
        <source>more than %1 rules: the rest of the file is ignored</source>
        <translation>mehr als %1 Regeln: Der Rest der Datei wird ignoriert</translation>
    </message>
    <message>
        <source>the destination URL has no host</source>
        <translation>die Ziel-URL hat keinen Host</translation>
    </message>
    <message>
        <source>placeholders in the destination&apos;s host are not supported</source>
        <translation>Platzhalter im Host des Ziels werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the destination must start with &apos;/&apos;, http:// or https://</source>
        <translation>das Ziel muss mit &apos;/&apos;, http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>the destination &quot;%1&quot; would leave this host</source>
        <translation>das Ziel „%1“ würde diesen Host verlassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>„%1“ ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <source>the value of %1 has control characters</source>
        <translation>der Wert von %1 enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>Basic-Auth (Netlify&apos;s password protection) is not supported locally and is not sent</source>
        <translation>Basic-Auth (der Passwortschutz von Netlify) wird lokal nicht unterstützt und nicht gesendet</translation>
    </message>
    <message>
        <source>%1 is set by the server; a rule cannot set it</source>
        <translation>%1 wird vom Server gesetzt; eine Regel kann es nicht setzen</translation>
    </message>
    <message>
        <source>domain-level rule for %1 does not apply to a local preview; skipped</source>
        <translation>Regel auf Domainebene für %1 gilt nicht für eine lokale Vorschau; übersprungen</translation>
    </message>
    <message>
        <source>FROM must be a path starting with &apos;/&apos;: &quot;%1&quot;</source>
        <translation>FROM muss ein Pfad sein, der mit &apos;/&apos; beginnt: „%1“</translation>
    </message>
    <message>
        <source>FROM has a query string; match query parameters with key=value after FROM</source>
        <translation>FROM hat einen Query-String; Query-Parameter mit key=value nach FROM abgleichen</translation>
    </message>
    <message>
        <source>missing destination (TO)</source>
        <translation>Ziel fehlt (TO)</translation>
    </message>
    <message>
        <source>missing destination (TO): it must start with &apos;/&apos;, http:// or https://</source>
        <translation>Ziel fehlt (TO): Es muss mit &apos;/&apos;, http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a key=value query condition nor a destination</source>
        <translation>„%1“ ist weder eine key=value-Query-Bedingung noch ein Ziel</translation>
    </message>
    <message>
        <source>invalid status &quot;%1&quot; (expected 200, 301, 302, 303, 307, 308, 404, 410 or 451, with an optional &apos;!&apos;)</source>
        <translation>ungültiger Status „%1“ (erwartet 200, 301, 302, 303, 307, 308, 404, 410 oder 451, optional mit &apos;!&apos;)</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; ignored</source>
        <translation>unerwartetes „%1“ ignoriert</translation>
    </message>
    <message>
        <source>condition %1 is not supported locally and is ignored: the rule applies to every request</source>
        <translation>Bedingung %1 wird lokal nicht unterstützt und ignoriert: Die Regel gilt für jede Anfrage</translation>
    </message>
    <message>
        <source>unknown condition %1 ignored</source>
        <translation>unbekannte Bedingung %1 ignoriert</translation>
    </message>
    <message>
        <source>no headers for %1</source>
        <translation>keine Header für %1</translation>
    </message>
    <message>
        <source>headers for the domain-level path %1 do not apply to a local preview; skipped</source>
        <translation>Header für den Pfad %1 auf Domainebene gelten nicht für eine lokale Vorschau; übersprungen</translation>
    </message>
    <message>
        <source>a path line must hold only the path</source>
        <translation>eine Pfadzeile darf nur den Pfad enthalten</translation>
    </message>
    <message>
        <source>header line before any path</source>
        <translation>Header-Zeile vor jedem Pfad</translation>
    </message>
    <message>
        <source>expected &quot;Name: value&quot;</source>
        <translation>„Name: Wert“ erwartet</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>is not a file; not read</source>
        <extracomment>After a file&apos;s name: &quot;_redirects: is not a file; not read&quot;</extracomment>
        <translation>ist keine Datei; nicht gelesen</translation>
    </message>
    <message>
        <source>is a link leading outside the folder; not read</source>
        <extracomment>After a file&apos;s name: &quot;_redirects: is a link leading outside the folder; not read&quot;</extracomment>
        <translation>ist ein Link, der aus dem Ordner herausführt; nicht gelesen</translation>
    </message>
    <message>
        <source>is larger than %1 KiB; not read</source>
        <extracomment>After a file&apos;s name: &quot;_redirects: is larger than %1 KiB; not read&quot;</extracomment>
        <translation>ist größer als %1 KiB; nicht gelesen</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <extracomment>After a file&apos;s name: &quot;_redirects: could not be read: %1&quot;</extracomment>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Servery::Size</name>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>TB</source>
        <translation>TB</translation>
    </message>
    <message>
        <source>PB</source>
        <translation>PB</translation>
    </message>
</context>
<context>
    <name>Servery::StatusStrip</name>
    <message>
        <source>Server activity</source>
        <translation>Serveraktivität</translation>
    </message>
    <message>
        <source>Not sharing</source>
        <translation>Keine Freigabe</translation>
    </message>
    <message>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open connections</source>
        <translation>
            <numerusform>%Ln offene Verbindung</numerusform>
            <numerusform>%Ln offene Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests in all</source>
        <translation>
            <numerusform>%Ln Anfrage insgesamt</numerusform>
            <numerusform>%Ln Anfragen insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::TextDecoding</name>
    <message>
        <source>Unknown charset &quot;%1&quot;; shown as UTF-8.</source>
        <translation>Unbekannter Zeichensatz „%1“; als UTF-8 angezeigt.</translation>
    </message>
    <message>
        <source>Some bytes are not valid %1; they are shown as �.</source>
        <translation>Einige Bytes sind kein gültiges %1; sie werden als � angezeigt.</translation>
    </message>
</context>
<context>
    <name>Servery::TransferListModel</name>
    <message>
        <source>Failed at %1</source>
        <translation>Fehlgeschlagen bei %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
</context>
<context>
    <name>Servery::TransfersPanel</name>
    <message>
        <source>Uploads from other devices, and downloads of 1 MB or more.</source>
        <translation>Uploads von anderen Geräten sowie Dateien ab 1 MB, die heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
</context>
<context>
    <name>Servery::UploadNotices</name>
    <message numerus="yes">
        <source>%n photos from %1 saved to %2</source>
        <translation>
            <numerusform>%n Foto von %1 in %2 gespeichert</numerusform>
            <numerusform>%n Fotos von %1 in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos from %1 saved to %2</source>
        <translation>
            <numerusform>%n Video von %1 in %2 gespeichert</numerusform>
            <numerusform>%n Videos von %1 in %2 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files from %1 saved to %2</source>
        <translation>
            <numerusform>%n Datei von %1 in %2 gespeichert</numerusform>
            <numerusform>%n Dateien von %1 in %2 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Servery is already running: its window takes this. (--new-instance opens another window.)
</source>
        <translation>Servery läuft bereits: Sein Fenster übernimmt dies. (--new-instance öffnet ein weiteres Fenster.)
</translation>
    </message>
    <message>
        <source>servery: %1
Try &apos;servery --help&apos; for the options.
</source>
        <translation>servery: %1
„servery --help“ zeigt die Optionen.
</translation>
    </message>
    <message>
        <source>servery: --bind, --access-log and --quiet go with --headless; the window chooses who can connect and shows its own log.
Try &apos;servery --help&apos; for the options.
</source>
        <translation>servery: --bind, --access-log und --quiet gehören zu --headless; das Fenster legt selbst fest, wer sich verbinden darf, und zeigt sein eigenes Protokoll.
„servery --help“ zeigt die Optionen.
</translation>
    </message>
    <message>
        <source>servery: no display found, so running headless (as with --headless).
</source>
        <translation>servery: kein Display gefunden, daher ohne Fenster (wie mit --headless).
</translation>
    </message>
    <message>
        <source>servery: built without the window, so running headless.
</source>
        <translation>servery: ohne grafische Oberfläche gebaut, daher ohne Fenster.
</translation>
    </message>
</context>
</TS>
