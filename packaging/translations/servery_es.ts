<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>QObject</name>
        <message>
            <source>Off</source>
            <translation>Desactivado</translation>
        </message>
        <message>
            <source>On: /about serves about.html</source>
            <translation>Activado: /about sirve about.html</translation>
        </message>
        <message>
            <source>Strict: /about.html redirects to /about</source>
            <translation>Estricto: /about.html redirige a /about</translation>
        </message>
        <message>
            <source>%1 bytes (binary)</source>
            <translation>%1 bytes (binario)</translation>
        </message>
        <message>
            <source>

[%1 more bytes not shown]</source>
            <translation>

[%1 bytes más sin mostrar]</translation>
        </message>
        <message>
            <source>under a second</source>
            <translation>menos de un segundo</translation>
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
            <translation>Esta imagen SVG no se puede mostrar aquí (no hay compatibilidad con SVG instalada).</translation>
        </message>
        <message>
            <source>The image is empty.</source>
            <translation>La imagen está vacía.</translation>
        </message>
        <message>
            <source>This image is broken or in a format that cannot be shown (%1).</source>
            <translation>Esta imagen está dañada o tiene un formato que no se puede mostrar (%1).</translation>
        </message>
        <message>
            <source>The Content-Type names no boundary, so the parts cannot be told apart.</source>
            <translation>El Content-Type no indica ningún boundary, así que no se pueden separar las partes.</translation>
        </message>
        <message>
            <source>No part begins with the boundary "%1".</source>
            <translation>Ninguna parte empieza con el boundary «%1».</translation>
        </message>
        <message>
            <source>A part's head is longer than %1.</source>
            <translation>El encabezado de una parte ocupa más de %1.</translation>
        </message>
    </context>
    <context>
        <name>Servery::AboutDialog</name>
        <message>
            <source>release build</source>
            <translation>compilación de lanzamiento</translation>
        </message>
        <message>
            <source>debug build</source>
            <translation>compilación de depuración</translation>
        </message>
        <message>
            <source>, with AddressSanitizer</source>
            <translation>, con AddressSanitizer</translation>
        </message>
        <message>
            <source>an unknown compiler</source>
            <translation>un compilador desconocido</translation>
        </message>
        <message>
            <source>About Servery</source>
            <translation>Acerca de Servery</translation>
        </message>
        <message>
            <source>Share a folder with phones and browsers, preview a site as a real server serves it, and watch every request arrive.</source>
            <translation>Comparte una carpeta con móviles y navegadores, previsualiza un sitio tal como lo sirve un servidor real y observa cada solicitud que llega.</translation>
        </message>
        <message>
            <source>Copyright © 2026 The Servery developers.</source>
            <translation>Copyright © 2026 Los desarrolladores de Servery.</translation>
        </message>
        <message>
            <source>Free software under the MIT License: use, copy, change and share it; it comes with no warranty.</source>
            <translation>Software libre bajo la licencia MIT: úsalo, cópialo, modifícalo y compártelo; se ofrece sin ninguna garantía.</translation>
        </message>
        <message>
            <source>Qt %1 (built with Qt %2)</source>
            <translation>Qt %1 (compilado con Qt %2)</translation>
        </message>
        <message>
            <source>Built with %1; %2</source>
            <translation>Compilado con %1; %2</translation>
        </message>
        <message>
            <source>Running on %1 (%2, %3)</source>
            <translation>Ejecutándose en %1 (%2, %3)</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar detalles</translation>
        </message>
        <message>
            <source>Copy the version and build details, for a bug report</source>
            <translation>Copiar la versión y los detalles de compilación, para un informe de errores</translation>
        </message>
    </context>
    <context>
        <name>Servery::BodyViewer</name>
        <message>
            <source>Tree</source>
            <translation>Árbol</translation>
        </message>
        <message>
            <source>Pretty</source>
            <translation>Formateado</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabla</translation>
        </message>
        <message>
            <source>Parts</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Hex</source>
            <translation>Hex</translation>
        </message>
        <message>
            <source>No body</source>
            <translation>Sin cuerpo</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>Form fields</source>
            <translation>Campos de formulario</translation>
        </message>
        <message>
            <source>Multipart</source>
            <translation>Multipart</translation>
        </message>
        <message>
            <source>Binary</source>
            <translation>Binario</translation>
        </message>
        <message>
            <source>Read the whole body into this view</source>
            <translation>Cargar el cuerpo completo en esta vista</translation>
        </message>
        <message>
            <source>View as</source>
            <translation>Ver como</translation>
        </message>
        <message>
            <source>How to show the body</source>
            <translation>Cómo mostrar el cuerpo</translation>
        </message>
        <message>
            <source>This JSON is too large for the tree (%1); see it as Pretty or Text.</source>
            <translation>Este JSON es demasiado grande para el árbol (%1); míralo como Formateado o Texto.</translation>
        </message>
        <message>
            <source>Only the first %1 is loaded, which is not a whole JSON document: press Load all to see the tree.</source>
            <translation>Solo se han cargado los primeros %1, que no forman un documento JSON completo: pulsa Cargar todo para ver el árbol.</translation>
        </message>
        <message>
            <source>This is shown as it is: it is not valid JSON, or indenting it would make it too large.</source>
            <translation>Se muestra tal cual: no es JSON válido o indentarlo lo haría demasiado grande.</translation>
        </message>
        <message>
            <source>The body was not kept.</source>
            <translation>No se conservó el cuerpo.</translation>
        </message>
        <message>
            <source>There is no body.</source>
            <translation>No hay cuerpo.</translation>
        </message>
        <message>
            <source>This image is too large to show here (%1); see Hex.</source>
            <translation>Esta imagen es demasiado grande para mostrarla aquí (%1); mírala en Hex.</translation>
        </message>
        <message>
            <source>only the first %1 was kept</source>
            <translation>solo se conservaron los primeros %1</translation>
        </message>
        <message>
            <source>showing the first %1</source>
            <translation>se muestran los primeros %1</translation>
        </message>
        <message>
            <source>Load all (%1)</source>
            <translation>Cargar todo (%1)</translation>
        </message>
        <message>
            <source>Load the first %1</source>
            <translation>Cargar los primeros %1</translation>
        </message>
        <message>
            <source>Body text</source>
            <translation>Texto del cuerpo</translation>
        </message>
        <message>
            <source>Body in hex</source>
            <translation>Cuerpo en hexadecimal</translation>
        </message>
        <message>
            <source>The body ends inside this part.</source>
            <translation>El cuerpo termina dentro de esta parte.</translation>
        </message>
    </context>
    <context>
        <name>Servery::CommandLine</name>
        <message>
            <source>--completion is bash, zsh or fish, not "%1".</source>
            <translation>--completion es bash, zsh o fish, no «%1».</translation>
        </message>
        <message>
            <source>Only one folder can be shared at a time (got %1).</source>
            <translation>Solo se puede compartir una carpeta a la vez (se indicaron %1).</translation>
        </message>
        <message>
            <source>The port must be a number from 0 to 65535, not "%1".</source>
            <translation>El puerto debe ser un número de 0 a 65535, no «%1».</translation>
        </message>
        <message>
            <source>"%1" is not an IP address; --bind takes one, such as 192.168.1.23 or ::1.</source>
            <translation>«%1» no es una dirección IP; --bind necesita una, como 192.168.1.23 o ::1.</translation>
        </message>
        <message>
            <source>Use either --bind or --local-only, not both.</source>
            <translation>Usa --bind o --local-only, pero no ambas.</translation>
        </message>
        <message>
            <source>%1 needs a file name.</source>
            <translation>%1 necesita un nombre de archivo.</translation>
        </message>
        <message>
            <source>--workers takes a number from 1 to 256, not "%1".</source>
            <translation>--workers acepta un número de 1 a 256, no «%1».</translation>
        </message>
        <message>
            <source>--mode is preview or share, not "%1".</source>
            <translation>--mode es preview o share, no «%1».</translation>
        </message>
        <message>
            <source>--index takes a file name such as index.html, not "%1".</source>
            <translation>--index acepta un nombre de archivo como index.html, no «%1».</translation>
        </message>
        <message>
            <source>Use either --key or --no-key, not both.</source>
            <translation>Usa --key o --no-key, pero no ambas.</translation>
        </message>
        <message>
            <source>--key takes 12 to 128 characters from A-Z a-z 0-9 - _ . (it goes into URLs), not "%1".</source>
            <translation>--key acepta de 12 a 128 caracteres de A-Z a-z 0-9 - _ . (va en las URL), no «%1».</translation>
        </message>
        <message>
            <source>--allow-host takes a host name such as myhost.lan, not "%1".</source>
            <translation>--allow-host acepta un nombre de host como myhost.lan, no «%1».</translation>
        </message>
        <message>
            <source>--clean-urls is on, off or strict, not "%1".</source>
            <translation>--clean-urls es on, off o strict, no «%1».</translation>
        </message>
        <message>
            <source>--spa takes a file inside the folder, such as app.html, not "%1".</source>
            <translation>--spa acepta un archivo dentro de la carpeta, como app.html, no «%1».</translation>
        </message>
        <message>
            <source>--cors takes origins such as http://localhost:5173, not "%1".</source>
            <translation>--cors acepta orígenes como http://localhost:5173, no «%1».</translation>
        </message>
        <message>
            <source>--header takes 'Name: value', such as 'X-Frame-Options: DENY', not "%1".</source>
            <translation>--header acepta 'Nombre: valor', como 'X-Frame-Options: DENY', no «%1».</translation>
        </message>
        <message>
            <source>--overwrite only means something with --upload.</source>
            <translation>--overwrite solo tiene sentido con --upload.</translation>
        </message>
        <message>
            <source>--catch answers every request itself and shares no folder; leave out "%1".</source>
            <translation>--catch responde él mismo a todas las solicitudes y no comparte ninguna carpeta; quita «%1».</translation>
        </message>
        <message>
            <source>--catch shares no folder, so --upload has nowhere to put files.</source>
            <translation>--catch no comparte ninguna carpeta, así que --upload no tiene dónde guardar archivos.</translation>
        </message>
        <message>
            <source>--capture-limit takes a size such as 10M, 512k or 1G (at most 4G), not "%1".</source>
            <translation>--capture-limit acepta un tamaño como 10M, 512k o 1G (como máximo 4G), no «%1».</translation>
        </message>
        <message>
            <source>--start is for the window; --headless always serves at once.</source>
            <translation>--start es para la ventana; --headless siempre empieza a servir de inmediato.</translation>
        </message>
    </context>
    <context>
        <name>Servery::CommandParts</name>
        <message>
            <source>body truncated: %1 of %2 bytes included</source>
            <translation>cuerpo truncado: se incluyen %1 de %2 bytes</translation>
        </message>
    </context>
    <context>
        <name>Servery::CompareView</name>
        <message>
            <source>Side by side</source>
            <translation>En paralelo</translation>
        </message>
        <message>
            <source>Unified</source>
            <translation>Unificado</translation>
        </message>
        <message>
            <source>Comparison layout</source>
            <translation>Diseño de la comparación</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Comparación</translation>
        </message>
        <message>
            <source>Request body</source>
            <translation>Cuerpo de la solicitud</translation>
        </message>
        <message>
            <source>#%1</source>
            <translation>#%1</translation>
        </message>
        <message>
            <source>Pick two requests to compare.</source>
            <translation>Elige dos solicitudes para compararlas.</translation>
        </message>
        <message>
            <source>%1 and %2 are the same.</source>
            <translation>%1 y %2 son iguales.</translation>
        </message>
        <message>
            <source>Different: %1.</source>
            <translation>Diferencias: %1.</translation>
        </message>
        <message>
            <source>⋯ %1 equal lines ⋯</source>
            <translation>⋯ %1 líneas iguales ⋯</translation>
        </message>
        <message>
            <source>⋯ %1 more lines are not shown ⋯</source>
            <translation>⋯ %1 líneas más sin mostrar ⋯</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
    </context>
    <context>
        <name>Servery::ContactWatch</name>
        <message>
            <source>Windows Firewall may block it. In an administrator terminal: &lt;code&gt;netsh advfirewall firewall add rule name="Servery" dir=in action=allow protocol=TCP localport=%1&lt;/code&gt;</source>
            <translation>Es posible que el Firewall de Windows lo bloquee. En un terminal de administrador: &lt;code&gt;netsh advfirewall firewall add rule name="Servery" dir=in action=allow protocol=TCP localport=%1&lt;/code&gt;</translation>
        </message>
        <message>
            <source>The macOS firewall may block it: System Settings → Network → Firewall → Options, and allow incoming connections for Servery (port %1).</source>
            <translation>Es posible que el firewall de macOS lo bloquee: Ajustes del Sistema → Red → Firewall → Opciones, y permite las conexiones entrantes para Servery (puerto %1).</translation>
        </message>
        <message>
            <source>A firewall may block port %1. With ufw: &lt;code&gt;sudo ufw allow %1/tcp&lt;/code&gt;; with firewalld: &lt;code&gt;sudo firewall-cmd --add-port=%1/tcp&lt;/code&gt;.</source>
            <translation>Es posible que un firewall bloquee el puerto %1. Con ufw: &lt;code&gt;sudo ufw allow %1/tcp&lt;/code&gt;; con firewalld: &lt;code&gt;sudo firewall-cmd --add-port=%1/tcp&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No device has connected yet.&lt;/b&gt; Things to check:&lt;ul&gt;&lt;li&gt;The phone is on the same Wi-Fi as this computer (not on mobile data).&lt;/li&gt;&lt;li&gt;Guest and café networks often keep devices apart: try a home network or a hotspot.&lt;/li&gt;&lt;li&gt;A VPN on either device can hide the local network: pause it.&lt;/li&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;This computer may have several addresses: pick another one under “Address”.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;b&gt;Todavía no se ha conectado ningún dispositivo.&lt;/b&gt; Comprueba lo siguiente:&lt;ul&gt;&lt;li&gt;El móvil está en la misma red wifi que este equipo (no con datos móviles).&lt;/li&gt;&lt;li&gt;Las redes de invitados y de cafeterías suelen aislar los dispositivos entre sí: prueba con una red doméstica o un punto de acceso.&lt;/li&gt;&lt;li&gt;Una VPN en cualquiera de los dos dispositivos puede ocultar la red local: ponla en pausa.&lt;/li&gt;&lt;li&gt;%1&lt;/li&gt;&lt;li&gt;Este equipo puede tener varias direcciones: elige otra en «Dirección para compartir».&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
    </context>
    <context>
        <name>Servery::DeviceListModel</name>
        <message>
            <source>This computer</source>
            <translation>Este equipo</translation>
        </message>
        <message>
            <source>Unknown device</source>
            <translation>Dispositivo desconocido</translation>
        </message>
        <message>
            <source>%1 (blocked)</source>
            <translation>%1 (bloqueado)</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Última actividad</translation>
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
            <translation>%1 en %2</translation>
        </message>
    </context>
    <context>
        <name>Servery::DevicesPanel</name>
        <message>
            <source>Devices that opened the shared folder since Servery started.</source>
            <translation>Dispositivos que han abierto la carpeta compartida desde que se inició Servery.</translation>
        </message>
        <message>
            <source>Block</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <source>Refuse every request from this device until Servery stops sharing</source>
            <translation>Rechazar todas las solicitudes de este dispositivo hasta que Servery deje de compartir</translation>
        </message>
        <message>
            <source>Unblock</source>
            <translation>Desbloquear</translation>
        </message>
    </context>
    <context>
        <name>Servery::EmptyState</name>
        <message>
            <source>Drop a folder here to share it</source>
            <translation>Suelta una carpeta aquí para compartirla</translation>
        </message>
        <message>
            <source>Phones on your network open it from a QR code, browsers see it as a real web server would serve it, and every request shows up here as it happens.</source>
            <translation>Los móviles de tu red la abren desde un código QR, los navegadores la ven tal como la serviría un servidor web real y cada solicitud aparece aquí en el momento.</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Elegir una carpeta…</translation>
        </message>
        <message>
            <source>Choose a folder to share</source>
            <translation>Elegir una carpeta para compartir</translation>
        </message>
        <message>
            <source>Try the sample site</source>
            <translation>Probar el sitio de ejemplo</translation>
        </message>
        <message>
            <source>Share the bundled sample site</source>
            <translation>Compartir el sitio de ejemplo incluido</translation>
        </message>
        <message>
            <source>Catch requests</source>
            <translation>Capturar solicitudes</translation>
        </message>
        <message>
            <source>Catch requests sent to this computer</source>
            <translation>Capturar las solicitudes enviadas a este equipo</translation>
        </message>
        <message>
            <source>For webhooks, apps and devices: every method on every path is answered and kept whole in the log. No folder needed.</source>
            <translation>Para webhooks, apps y dispositivos: se responde a cualquier método en cualquier ruta y todo queda íntegro en el registro. No hace falta ninguna carpeta.</translation>
        </message>
        <message>
            <source>Browsers on this computer see it as a real web server would serve it, and every request shows up here as it happens. Only this computer can connect; choose “Devices on my network” to share with phones.</source>
            <translation>Los navegadores de este equipo la ven tal como la serviría un servidor web real y cada solicitud aparece aquí en el momento. Solo este equipo puede conectarse; elige «Dispositivos de mi red» para compartir con móviles.</translation>
        </message>
    </context>
    <context>
        <name>Servery::FormTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
    </context>
    <context>
        <name>Servery::HeadlessSession</name>
        <message>
            <source>cannot write the access log to %1: %2</source>
            <translation>no se puede escribir el registro de accesos en %1: %2</translation>
        </message>
        <message>
            <source>cannot write the HAR to %1: the folder %2 does not exist.</source>
            <translation>no se puede escribir el HAR en %1: la carpeta %2 no existe.</translation>
        </message>
        <message>
            <source>cannot write the HAR to %1: it cannot be written there.</source>
            <translation>no se puede escribir el HAR en %1: no se puede escribir ahí.</translation>
        </message>
        <message>
            <source>live reload is not in %1: %2.</source>
            <translation>la recarga automática no está en %1: %2.</translation>
        </message>
        <message>
            <source>no reply rule could be read from %1.</source>
            <translation>no se pudo leer ninguna regla de respuesta de %1.</translation>
        </message>
        <message>
            <source>Servery %1 is catching requests: every method on every path is answered and kept whole.</source>
            <translation>Servery %1 está capturando solicitudes: se responde a cualquier método en cualquier ruta y todo se conserva íntegro.</translation>
        </message>
        <message>
            <source>Servery %1 is sharing %2</source>
            <translation>Servery %1 está compartiendo %2</translation>
        </message>
        <message>
            <source>This computer:</source>
            <translation>Este equipo:</translation>
        </message>
        <message>
            <source>Your network:</source>
            <translation>Tu red:</translation>
        </message>
        <message>
            <source>%1, virtual</source>
            <comment>a network interface</comment>
            <translation>%1, virtual</translation>
        </message>
        <message>
            <source>Warning: anyone on your network can open this folder (--no-key: no access key).</source>
            <translation>Advertencia: cualquiera en tu red puede abrir esta carpeta (--no-key: sin clave de acceso).</translation>
        </message>
        <message>
            <source>Devices on your network can send requests here; no files are shared.</source>
            <translation>Los dispositivos de tu red pueden enviar solicitudes aquí; no se comparte ningún archivo.</translation>
        </message>
        <message>
            <source>Bodies are kept up to %1 (--capture-limit).</source>
            <translation>Los cuerpos se conservan hasta %1 (--capture-limit).</translation>
        </message>
        <message>
            <source>Every request goes to %1 as HAR when you stop.</source>
            <translation>Todas las solicitudes se guardan en %1 como HAR al detener.</translation>
        </message>
        <message>
            <source>Uploads are on (--upload --overwrite): devices can add files, and PUT can replace one.</source>
            <translation>Las subidas están activadas (--upload --overwrite): los dispositivos pueden añadir archivos, y PUT puede reemplazar uno.</translation>
        </message>
        <message>
            <source>Uploads are on (--upload): devices can add files; none is ever replaced.</source>
            <translation>Las subidas están activadas (--upload): los dispositivos pueden añadir archivos; nunca se reemplaza ninguno.</translation>
        </message>
        <message>
            <source>Scan with a phone on the same network to open %1</source>
            <translation>Escanea con un móvil de la misma red para abrir %1</translation>
        </message>
        <message>
            <source>Only this computer can connect (--local-only), so there is no QR code.</source>
            <translation>Solo este equipo puede conectarse (--local-only), así que no hay código QR.</translation>
        </message>
        <message>
            <source>Other devices can't reach this address, so there is no QR code.</source>
            <translation>Otros dispositivos no pueden llegar a esta dirección, así que no hay código QR.</translation>
        </message>
        <message>
            <source>No network connection found for phones to use, so there is no QR code.</source>
            <translation>No se encontró ninguna conexión de red que puedan usar los móviles, así que no hay código QR.</translation>
        </message>
        <message>
            <source>live reload</source>
            <translation>recarga automática</translation>
        </message>
        <message>
            <source>clean URLs (strict)</source>
            <translation>URL limpias (estricto)</translation>
        </message>
        <message>
            <source>clean URLs</source>
            <translation>URL limpias</translation>
        </message>
        <message>
            <source>SPA fallback to %1</source>
            <translation>alternativa SPA: %1</translation>
        </message>
        <message>
            <source>Site preview: %1.</source>
            <translation>Vista previa del sitio: %1.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Press Ctrl+C to stop.</source>
            <translation>Pulsa Ctrl+C para detener.</translation>
        </message>
        <message>
            <source>Choose another with --port, or --port 0 for any free port.</source>
            <translation>Elige otro con --port, o --port 0 para cualquier puerto libre.</translation>
        </message>
        <message>
            <source>Use a port of 1024 or above, such as --port 8080.</source>
            <translation>Usa un puerto a partir del 1024, como --port 8080.</translation>
        </message>
        <message>
            <source>Leave out --bind to listen on every address.</source>
            <translation>Quita --bind para escuchar en todas las direcciones.</translation>
        </message>
        <message>
            <source>Name a folder you can read: servery /path/to/folder</source>
            <translation>Indica una carpeta que puedas leer: servery /path/to/folder</translation>
        </message>
        <message>
            <source>Stopped at once.</source>
            <translation>Detenido de inmediato.</translation>
        </message>
        <message>
            <source>Stopping: finishing requests under way (Ctrl+C again to stop at once)...</source>
            <translation>Deteniendo: terminando las solicitudes en curso (Ctrl+C otra vez para detener de inmediato)...</translation>
        </message>
        <message>
            <source>Stopped.</source>
            <translation>Detenido.</translation>
        </message>
        <message>
            <source>standard output</source>
            <translation>la salida estándar</translation>
        </message>
        <message>
            <source>cannot write the access log to %1: %2. Serving goes on; lines that cannot be written are counted.</source>
            <translation>no se puede escribir el registro de accesos en %1: %2. El servicio continúa; se cuentan las líneas que no se pueden escribir.</translation>
        </message>
        <message>
            <source>cannot write the HAR to %1: %2</source>
            <translation>no se puede escribir el HAR en %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>The %n oldest were left out to stay within memory.</source>
            <translation>
                <numerusform>Se omitió %n, la más antigua, para no exceder la memoria.</numerusform>
                <numerusform>Se omitieron las %n más antiguas para no exceder la memoria.</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>aviso: %1</translation>
        </message>
        <message>
            <source>console.%1 from %2: %3 (%4)</source>
            <translation>console.%1 de %2: %3 (%4)</translation>
        </message>
        <message numerus="yes">
            <source>Reply rules: %n rules from %1.</source>
            <translation>
                <numerusform>Reglas de respuesta: %n regla de %1.</numerusform>
                <numerusform>Reglas de respuesta: %n reglas de %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n host rules</source>
            <translation>
                <numerusform>%n regla de alojamiento</numerusform>
                <numerusform>%n reglas de alojamiento</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped. %n access log lines could not be written.</source>
            <translation>
                <numerusform>Detenido. No se pudo escribir %n línea del registro de accesos.</numerusform>
                <numerusform>Detenido. No se pudieron escribir %n líneas del registro de accesos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n requests to %1.</source>
            <translation>
                <numerusform>Se guardó %n solicitud en %1.</numerusform>
                <numerusform>Se guardaron %n solicitudes en %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Servery::HelpMenu</name>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Documentation</source>
            <translation>&amp;Documentación</translation>
        </message>
        <message>
            <source>Open Servery's documentation in your browser</source>
            <translation>Abrir la documentación de Servery en el navegador</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>A&amp;tajos de teclado</translation>
        </message>
        <message>
            <source>&amp;About Servery</source>
            <translation>&amp;Acerca de Servery</translation>
        </message>
    </context>
    <context>
        <name>Servery::HexModel</name>
        <message>
            <source>Offset</source>
            <translation>Desplazamiento</translation>
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
            <comment>an image's format and size: PNG, 640 × 480 pixels</comment>
            <translation>%1, %2 × %3 píxeles</translation>
        </message>
    </context>
    <context>
        <name>Servery::JsonTree</name>
        <message>
            <source>byte 0x%1</source>
            <translation>byte 0x%1</translation>
        </message>
        <message>
            <source>extra text after the end: %1</source>
            <translation>texto de más tras el final: %1</translation>
        </message>
        <message>
            <source>Not valid JSON at line %1, column %2: %3</source>
            <translation>JSON no válido en la línea %1, columna %2: %3</translation>
        </message>
        <message>
            <source>the text ends where %1 should be</source>
            <translation>el texto termina donde debería haber %1</translation>
        </message>
        <message>
            <source>expected %1, found %2</source>
            <translation>se esperaba %1 y se encontró %2</translation>
        </message>
        <message>
            <source>a value</source>
            <translation>un valor</translation>
        </message>
        <message>
            <source>nested deeper than %1 levels</source>
            <translation>anidado a más de %1 niveles</translation>
        </message>
        <message>
            <source>a name in double quotes</source>
            <translation>un nombre entre comillas dobles</translation>
        </message>
        <message>
            <source>':' after the name</source>
            <translation>':' después del nombre</translation>
        </message>
        <message>
            <source>',' or '}'</source>
            <translation>',' o '}'</translation>
        </message>
        <message>
            <source>',' or ']'</source>
            <translation>',' o ']'</translation>
        </message>
        <message>
            <source>a line break inside a string (write \n)</source>
            <translation>un salto de línea dentro de una cadena (escribe \n)</translation>
        </message>
        <message>
            <source>a control character inside a string</source>
            <translation>un carácter de control dentro de una cadena</translation>
        </message>
        <message>
            <source>four hex digits after \u</source>
            <translation>cuatro dígitos hexadecimales después de \u</translation>
        </message>
        <message>
            <source>an escape such as \n or \"</source>
            <translation>un escape como \n o \"</translation>
        </message>
        <message>
            <source>the text ends inside a string</source>
            <translation>el texto termina dentro de una cadena</translation>
        </message>
        <message>
            <source>true, false or null</source>
            <translation>true, false o null</translation>
        </message>
        <message>
            <source>a digit</source>
            <translation>un dígito</translation>
        </message>
        <message>
            <source>a digit after '.'</source>
            <translation>un dígito después de '.'</translation>
        </message>
        <message>
            <source>a digit in the exponent</source>
            <translation>un dígito en el exponente</translation>
        </message>
    </context>
    <context>
        <name>Servery::JsonTreeModel</name>
        <message>
            <source>object</source>
            <translation>objeto</translation>
        </message>
        <message>
            <source>array</source>
            <translation>array</translation>
        </message>
        <message>
            <source>string</source>
            <translation>cadena</translation>
        </message>
        <message>
            <source>number</source>
            <translation>número</translation>
        </message>
        <message>
            <source>boolean</source>
            <translation>booleano</translation>
        </message>
        <message>
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
    </context>
    <context>
        <name>Servery::LaunchRequests</name>
        <message>
            <source>Servery is catching requests.</source>
            <translation>Servery está capturando solicitudes.</translation>
        </message>
        <message>
            <source>Servery is sharing “%1”.</source>
            <translation>Servery está compartiendo «%1».</translation>
        </message>
        <message>
            <source>Restart it with the new port or scope?</source>
            <translation>¿Reiniciarlo con el nuevo puerto o ámbito?</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Reiniciar</translation>
        </message>
        <message>
            <source>Stop sharing and catch requests instead?</source>
            <translation>¿Dejar de compartir y capturar solicitudes en su lugar?</translation>
        </message>
        <message>
            <source>Catch requests</source>
            <translation>Capturar solicitudes</translation>
        </message>
        <message>
            <source>Share “%1” instead?</source>
            <translation>¿Compartir «%1» en su lugar?</translation>
        </message>
        <message>
            <source>Share “%1”</source>
            <translation>Compartir «%1»</translation>
        </message>
        <message>
            <source>Another folder for Servery</source>
            <translation>Otra carpeta para Servery</translation>
        </message>
        <message>
            <source>Serving restarts, and requests under way are finished first.</source>
            <translation>El servidor se reinicia; antes se terminan las solicitudes en curso.</translation>
        </message>
        <message>
            <source>Serving restarts with a new access key: phones need to scan the new QR code.</source>
            <translation>El servidor se reinicia con una nueva clave de acceso: los móviles tienen que escanear el nuevo código QR.</translation>
        </message>
        <message>
            <source>Keep catching</source>
            <translation>Seguir capturando</translation>
        </message>
        <message>
            <source>Keep sharing</source>
            <translation>Seguir compartiendo</translation>
        </message>
        <message>
            <source>Not applied to this window: %1. Start another window with --new-instance to use them.</source>
            <translation>No se aplican a esta ventana: %1. Abre otra ventana con --new-instance para usarlas.</translation>
        </message>
    </context>
    <context>
        <name>Servery::Listing</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>Show %1 more (%2 not shown)</source>
            <translation>Mostrar %1 más (%2 sin mostrar)</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Descargar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Previous photo</source>
            <translation>Foto anterior</translation>
        </message>
        <message>
            <source>Next photo</source>
            <translation>Foto siguiente</translation>
        </message>
        <message>
            <source>not allowed</source>
            <translation>no está permitido</translation>
        </message>
        <message>
            <source>the upload is gone</source>
            <translation>la subida ya no existe</translation>
        </message>
        <message>
            <source>uploads are off</source>
            <translation>las subidas están desactivadas</translation>
        </message>
        <message>
            <source>the upload expired</source>
            <translation>la subida caducó</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>el archivo es demasiado grande</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the server said %1</source>
            <translation>el servidor respondió %1</translation>
        </message>
        <message>
            <source>Failed: %1</source>
            <translation>Error: %1</translation>
        </message>
        <message>
            <source>Resuming…</source>
            <translation>Reanudando…</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>the server did not say how much it has</source>
            <translation>el servidor no indicó cuánto ha recibido</translation>
        </message>
        <message>
            <source>Resuming at %1%</source>
            <translation>Reanudando desde el %1%</translation>
        </message>
        <message>
            <source>the server did not take the bytes</source>
            <translation>el servidor no aceptó los bytes</translation>
        </message>
        <message>
            <source>the server keeps failing (%1)</source>
            <translation>el servidor sigue fallando (%1)</translation>
        </message>
        <message>
            <source>no connection</source>
            <translation>sin conexión</translation>
        </message>
        <message>
            <source>Server error, retrying…</source>
            <translation>Error del servidor, reintentando…</translation>
        </message>
        <message>
            <source>Connection lost, retrying…</source>
            <translation>Se perdió la conexión, reintentando…</translation>
        </message>
        <message>
            <source>Saved as “%1”</source>
            <translation>Guardado como «%1»</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>Show the files that arrived</source>
            <translation>Mostrar los archivos que han llegado</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Failed: folders cannot be sent; choose the files inside it</source>
            <translation>Error: no se pueden subir carpetas; elige los archivos que contienen</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation>Carpetas</translation>
        </message>
        <message>
            <source>Download this folder as a zip file</source>
            <translation>Descargar esta carpeta como archivo zip</translation>
        </message>
        <message>
            <source>Download all</source>
            <translation>Descargar todo</translation>
        </message>
        <message>
            <source>Filter by name</source>
            <translation>Filtrar por nombre</translation>
        </message>
        <message>
            <source>View</source>
            <translation>Vista</translation>
        </message>
        <message>
            <source>Sort</source>
            <translation>Ordenar</translation>
        </message>
        <message>
            <source>Nothing here matches.</source>
            <translation>Aquí no hay nada que coincida.</translation>
        </message>
        <message>
            <source>Shared with Servery</source>
            <translation>Compartido con Servery</translation>
        </message>
        <message>
            <source>This folder is empty.</source>
            <translation>Esta carpeta está vacía.</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Vacía</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Cuadrícula</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Carpeta</translation>
        </message>
        <message>
            <source>Up to %1</source>
            <translation>Volver a %1</translation>
        </message>
        <message>
            <source>Download %1</source>
            <translation>Descargar %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln folder(s)</source>
            <translation>
                <numerusform>%Ln carpeta</numerusform>
                <numerusform>%Ln carpetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln file(s) (%1)</source>
            <translation>
                <numerusform>%Ln archivo (%1)</numerusform>
                <numerusform>%Ln archivos (%1)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Servery::LogFileActions</name>
        <message>
            <source>Export the selected requests</source>
            <translation>Exportar las solicitudes seleccionadas</translation>
        </message>
        <message>
            <source>Export the log</source>
            <translation>Exportar el registro</translation>
        </message>
        <message>
            <source>Select the requests to export in the log first.</source>
            <translation>Primero selecciona en el registro las solicitudes que quieres exportar.</translation>
        </message>
        <message>
            <source>The log is empty: there is nothing to export yet.</source>
            <translation>El registro está vacío: todavía no hay nada que exportar.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <source>Import a HAR file</source>
            <translation>Importar un archivo HAR</translation>
        </message>
        <message>
            <source>HAR files (*.har *.json);;All files (*)</source>
            <translation>Archivos HAR (*.har *.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message>
            <source>Could not import %1: %2</source>
            <translation>No se pudo importar %1: %2</translation>
        </message>
        <message>
            <source>The log is paused: they show when it resumes.</source>
            <translation>El registro está en pausa: aparecerán cuando se reanude.</translation>
        </message>
        <message numerus="yes">
            <source>Exporting %n requests…</source>
            <translation>
                <numerusform>Exportando %n solicitud…</numerusform>
                <numerusform>Exportando %n solicitudes…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n requests to %1.</source>
            <translation>
                <numerusform>Se exportó %n solicitud a %1.</numerusform>
                <numerusform>Se exportaron %n solicitudes a %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n requests from %1.</source>
            <translation>
                <numerusform>Se importó %n solicitud de %1.</numerusform>
                <numerusform>Se importaron %n solicitudes de %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entries could not be read.</source>
            <translation>
                <numerusform>No se pudo leer %n entrada.</numerusform>
                <numerusform>No se pudieron leer %n entradas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The log holds %1 rows: %n more entries were left out.</source>
            <translation>
                <numerusform>El registro admite %1 filas: se omitió %n entrada más.</numerusform>
                <numerusform>El registro admite %1 filas: se omitieron %n entradas más.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Servery::LogFiles</name>
        <message>
            <source>HAR 1.2, for browsers' developer tools (*.har)</source>
            <translation>HAR 1.2, para las herramientas de desarrollo de los navegadores (*.har)</translation>
        </message>
        <message>
            <source>CSV, for spreadsheets (*.csv)</source>
            <translation>CSV, para hojas de cálculo (*.csv)</translation>
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
            <translation>Pausar</translation>
        </message>
        <message>
            <source>Hold new requests back while you read</source>
            <translation>Retener las solicitudes nuevas mientras lees</translation>
        </message>
        <message>
            <source>Pause the log</source>
            <translation>Pausar el registro</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Remove every request from the log</source>
            <translation>Quitar todas las solicitudes del registro</translation>
        </message>
        <message>
            <source>Clear the log</source>
            <translation>Borrar el registro</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <source>Compare the two selected requests: headers and bodies, side by side</source>
            <translation>Comparar las dos solicitudes seleccionadas: encabezados y cuerpos, en paralelo</translation>
        </message>
        <message>
            <source>Compare the selected requests</source>
            <translation>Comparar las solicitudes seleccionadas</translation>
        </message>
        <message>
            <source>Filter: words, method:, path:, status:, rule:, header:, body: (Ctrl+F)</source>
            <translation>Filtro: palabras, method:, path:, status:, rule:, header:, body: (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter requests</source>
            <translation>Filtrar solicitudes</translation>
        </message>
        <message>
            <source>How to filter</source>
            <translation>Cómo filtrar</translation>
        </message>
        <message>
            <source>Show %1 responses</source>
            <translation>Mostrar las respuestas %1</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>Se ha copiado %1</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Paused. New requests will wait here until you resume.</source>
            <translation>En pausa. Las solicitudes nuevas esperarán aquí hasta que reanudes.</translation>
        </message>
        <message numerus="yes">
            <source>Paused: %n new request(s) waiting.</source>
            <translation>
                <numerusform>En pausa: %n solicitud nueva en espera.</numerusform>
                <numerusform>En pausa: %n solicitudes nuevas en espera.</numerusform>
            </translation>
        </message>
        <message>
            <source>Compare requests</source>
            <translation>Comparar solicitudes</translation>
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
            <translation>Ninguna solicitud coincide con el filtro.</translation>
        </message>
        <message>
            <source>Waiting for requests. Send anything to the address above: every method on every path is caught.</source>
            <translation>Esperando solicitudes. Envía lo que quieras a la dirección de arriba: se captura cualquier método en cualquier ruta.</translation>
        </message>
        <message>
            <source>New requests are waiting until you resume.</source>
            <translation>Las solicitudes nuevas esperan hasta que reanudes.</translation>
        </message>
        <message>
            <source>No requests yet. Each one shows here as it arrives.</source>
            <translation>Aún no hay solicitudes. Cada una aparece aquí en cuanto llega.</translation>
        </message>
        <message>
            <source>2xx</source>
            <translation>2xx</translation>
        </message>
        <message>
            <source>Show successful</source>
            <translation>Mostrar las solicitudes correctas</translation>
        </message>
        <message>
            <source>3xx</source>
            <translation>3xx</translation>
        </message>
        <message>
            <source>Show redirects and not modified</source>
            <translation>Mostrar redirecciones y respuestas sin modificar</translation>
        </message>
        <message>
            <source>4xx</source>
            <translation>4xx</translation>
        </message>
        <message>
            <source>Show client errors</source>
            <translation>Mostrar los errores del cliente</translation>
        </message>
        <message>
            <source>5xx</source>
            <translation>5xx</translation>
        </message>
        <message>
            <source>Show server errors</source>
            <translation>Mostrar los errores del servidor</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallidas</translation>
        </message>
        <message>
            <source>Show exchanges without a response</source>
            <translation>Mostrar las solicitudes sin respuesta</translation>
        </message>
    </context>
    <context>
        <name>Servery::LogTableHeader</name>
        <message>
            <source>Co&amp;lumns</source>
            <translation>Co&amp;lumnas</translation>
        </message>
        <message>
            <source>&amp;Reset Columns</source>
            <translation>&amp;Restablecer columnas</translation>
        </message>
    </context>
    <context>
        <name>Servery::LogTableMenu</name>
        <message>
            <source>Copied the URL</source>
            <translation>Se ha copiado la URL</translation>
        </message>
        <message>
            <source>Copied a curl command</source>
            <translation>Se ha copiado un comando curl</translation>
        </message>
        <message>
            <source>No web browser could open %1</source>
            <translation>Ningún navegador web pudo abrir %1</translation>
        </message>
        <message>
            <source>Copy U&amp;RL</source>
            <translation>Copiar U&amp;RL</translation>
        </message>
        <message>
            <source>Copy the URL of this request on this server</source>
            <translation>Copiar la URL de esta solicitud en este servidor</translation>
        </message>
        <message>
            <source>Copy as c&amp;URL</source>
            <translation>Copiar como c&amp;URL</translation>
        </message>
        <message>
            <source>Copy a curl command that repeats this request</source>
            <translation>Copiar un comando curl que repite esta solicitud</translation>
        </message>
        <message>
            <source>Filter by &amp;Client</source>
            <translation>Filtrar por &amp;cliente</translation>
        </message>
        <message>
            <source>Show only the requests from this client</source>
            <translation>Mostrar solo las solicitudes de este cliente</translation>
        </message>
        <message>
            <source>Filter by &amp;Path</source>
            <translation>Filtrar por ru&amp;ta</translation>
        </message>
        <message>
            <source>Show only the requests for this path and below it</source>
            <translation>Mostrar solo las solicitudes de esta ruta y de lo que hay debajo</translation>
        </message>
        <message>
            <source>Filter by &amp;Status</source>
            <translation>Filtrar por &amp;estado</translation>
        </message>
        <message>
            <source>Show only the requests answered with this status</source>
            <translation>Mostrar solo las solicitudes respondidas con este estado</translation>
        </message>
        <message>
            <source>&amp;Open in Browser</source>
            <translation>&amp;Abrir en el navegador</translation>
        </message>
        <message>
            <source>Open this URL in the web browser (GET and HEAD requests)</source>
            <translation>Abrir esta URL en el navegador web (solicitudes GET y HEAD)</translation>
        </message>
        <message>
            <source>Show &amp;Details</source>
            <translation>Mostrar &amp;detalles</translation>
        </message>
        <message>
            <source>Select this request and show its details</source>
            <translation>Seleccionar esta solicitud y mostrar sus detalles</translation>
        </message>
    </context>
    <context>
        <name>Servery::MainWindow</name>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Close the notice</source>
            <translation>Cerrar el aviso</translation>
        </message>
        <message>
            <source>&amp;Requests</source>
            <translation>S&amp;olicitudes</translation>
        </message>
        <message>
            <source>&amp;Devices</source>
            <translation>&amp;Dispositivos</translation>
        </message>
        <message>
            <source>&amp;Transfers</source>
            <translation>&amp;Transferencias</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>R&amp;ules</source>
            <translation>Re&amp;glas</translation>
        </message>
        <message>
            <source>Reached from %1</source>
            <translation>Acceso desde %1</translation>
        </message>
        <message>
            <source>&amp;Server</source>
            <translation>&amp;Servidor</translation>
        </message>
        <message>
            <source>&amp;Start sharing</source>
            <translation>&amp;Iniciar el uso compartido</translation>
        </message>
        <message>
            <source>Choose &amp;folder…</source>
            <translation>Elegir &amp;carpeta…</translation>
        </message>
        <message>
            <source>Try the sa&amp;mple site</source>
            <translation>Probar el sitio de &amp;ejemplo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>S&amp;hare</source>
            <translation>Co&amp;mpartir</translation>
        </message>
        <message>
            <source>&amp;Copy address</source>
            <translation>&amp;Copiar la dirección</translation>
        </message>
        <message>
            <source>&amp;Enlarge QR code</source>
            <translation>&amp;Ampliar el código QR</translation>
        </message>
        <message>
            <source>&amp;Save QR code as PNG…</source>
            <translation>&amp;Guardar el código QR como PNG…</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>&amp;Registro</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>&amp;Filtrar</translation>
        </message>
        <message>
            <source>&amp;Pause or resume</source>
            <translation>&amp;Pausar o reanudar</translation>
        </message>
        <message>
            <source>&amp;Clear</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>&amp;Export the log…</source>
            <translation>&amp;Exportar el registro…</translation>
        </message>
        <message>
            <source>Export the &amp;selected requests…</source>
            <translation>Exportar las solicitudes &amp;seleccionadas…</translation>
        </message>
        <message>
            <source>&amp;Import a HAR file…</source>
            <translation>&amp;Importar un archivo HAR…</translation>
        </message>
        <message>
            <source>&amp;Test the reply rules with this request</source>
            <translation>Probar las &amp;reglas de respuesta con esta solicitud</translation>
        </message>
        <message>
            <source>Show &amp;window</source>
            <translation>Mostrar la &amp;ventana</translation>
        </message>
        <message>
            <source>Catching requests — Servery</source>
            <translation>Capturando solicitudes — Servery</translation>
        </message>
        <message>
            <source>Catch requests — Servery</source>
            <translation>Capturar solicitudes — Servery</translation>
        </message>
        <message>
            <source>Sharing %1</source>
            <translation>Compartiendo %1</translation>
        </message>
        <message>
            <source>Choose a folder to share</source>
            <translation>Elegir una carpeta para compartir</translation>
        </message>
        <message>
            <source>One moment: Servery is still starting or stopping.</source>
            <translation>Un momento: Servery todavía se está iniciando o deteniendo.</translation>
        </message>
        <message>
            <source>Could not copy the sample site to your disk.</source>
            <translation>No se pudo copiar el sitio de ejemplo al disco.</translation>
        </message>
        <message>
            <source>Choose a folder to share first: drop one on the window, or use Browse.</source>
            <translation>Primero elige una carpeta para compartir: suelta una en la ventana o usa Examinar.</translation>
        </message>
        <message>
            <source>&amp;Stop sharing</source>
            <translation>&amp;Detener el uso compartido</translation>
        </message>
        <message>
            <source>Port %1 is already in use by another program. Use %2?</source>
            <translation>El puerto %1 ya lo está usando otro programa. ¿Usar el %2?</translation>
        </message>
        <message>
            <source>Use port %1</source>
            <translation>Usar el puerto %1</translation>
        </message>
        <message>
            <source>Choose another folder with Browse.</source>
            <translation>Elige otra carpeta con Examinar.</translation>
        </message>
        <message>
            <source>Choose a port of 1024 or above.</source>
            <translation>Elige un puerto a partir del 1024.</translation>
        </message>
        <message>
            <source>%1 is blocked until sharing stops.</source>
            <translation>%1 está bloqueado hasta que se detenga el uso compartido.</translation>
        </message>
        <message>
            <source>%1 may connect again.</source>
            <translation>%1 puede volver a conectarse.</translation>
        </message>
        <message>
            <source>Uploads are on: other devices can add files to the folder.</source>
            <translation>Las subidas están activadas: otros dispositivos pueden añadir archivos a la carpeta.</translation>
        </message>
        <message>
            <source>Uploads are off.</source>
            <translation>Las subidas están desactivadas.</translation>
        </message>
        <message>
            <source>Files received</source>
            <translation>Archivos recibidos</translation>
        </message>
        <message>
            <source>&amp;Devices (%1)</source>
            <translation>&amp;Dispositivos (%1)</translation>
        </message>
        <message>
            <source>&amp;Transfers (%1)</source>
            <translation>&amp;Transferencias (%1)</translation>
        </message>
        <message>
            <source>Pre&amp;view (%1)</source>
            <translation>&amp;Vista previa (%1)</translation>
        </message>
        <message>
            <source>R&amp;ules (%1)</source>
            <translation>Re&amp;glas (%1)</translation>
        </message>
        <message>
            <source>Select a request in the log first.</source>
            <translation>Primero selecciona una solicitud en el registro.</translation>
        </message>
        <message>
            <source>Start sharing first; then there is an address to copy.</source>
            <translation>Primero inicia el uso compartido; entonces habrá una dirección que copiar.</translation>
        </message>
        <message>
            <source>Copied %1</source>
            <translation>Se ha copiado %1</translation>
        </message>
        <message>
            <source>Save the QR code</source>
            <translation>Guardar el código QR</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Se ha guardado %1</translation>
        </message>
        <message>
            <source>Could not save the QR code to %1.</source>
            <translation>No se pudo guardar el código QR en %1.</translation>
        </message>
        <message>
            <source>Scan to open %1</source>
            <translation>Escanea para abrir %1</translation>
        </message>
        <message>
            <source>Click to close</source>
            <translation>Haz clic para cerrar</translation>
        </message>
        <message>
            <source>Servery is still sharing</source>
            <translation>Servery sigue compartiendo</translation>
        </message>
        <message>
            <source>It keeps running here. Use the tray menu to stop it or quit.</source>
            <translation>Sigue funcionando aquí. Usa el menú de la bandeja del sistema para detenerlo o salir.</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
    </context>
    <context>
        <name>Servery::MultipartModel</name>
        <message>
            <source>The first %1 parts</source>
            <translation>Las primeras %1 partes</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(sin nombre)</translation>
        </message>
        <message numerus="yes">
            <source>%n parts</source>
            <translation>
                <numerusform>%n parte</numerusform>
                <numerusform>%n partes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1; the body ends inside the last part</source>
            <translation>%1; el cuerpo termina dentro de la última parte</translation>
        </message>
        <message>
            <source>%1 cut short</source>
            <comment>a part of a multipart body</comment>
            <translation>%1 truncada</translation>
        </message>
    </context>
    <context>
        <name>Servery::Options</name>
        <message>
            <source>port to listen on (default 8080; 0 picks a free one)</source>
            <translation>puerto de escucha (por defecto 8080; 0 elige uno libre)</translation>
        </message>
        <message>
            <source>listen on this one address only, e.g. 192.168.1.23 (headless)</source>
            <translation>escuchar solo en esta dirección, p. ej. 192.168.1.23 (headless)</translation>
        </message>
        <message>
            <source>only this computer may connect (127.0.0.1 and ::1)</source>
            <translation>solo este equipo puede conectarse (127.0.0.1 y ::1)</translation>
        </message>
        <message>
            <source>no window: print the addresses, a QR code for phones and an access log (Combined Log Format)</source>
            <translation>sin ventana: muestra las direcciones, un código QR para móviles y un registro de accesos (Combined Log Format)</translation>
        </message>
        <message>
            <source>open the window and start sharing at once (with the network unless --local-only)</source>
            <translation>abrir la ventana y empezar a compartir de inmediato (en la red salvo con --local-only)</translation>
        </message>
        <message>
            <source>open a new window even when Servery is already running (otherwise a second start hands its folder to the running window)</source>
            <translation>abrir una ventana nueva aunque Servery ya esté en marcha (si no, un segundo inicio pasa su carpeta a la ventana abierta)</translation>
        </message>
        <message>
            <source>append the access log to FILE, not standard output (headless)</source>
            <translation>añadir el registro de accesos a FILE en vez de a la salida estándar (headless)</translation>
        </message>
        <message>
            <source>no access log (headless)</source>
            <translation>sin registro de accesos (headless)</translation>
        </message>
        <message>
            <source>preview (default): browsers revalidate every file, so edits show at once; share: files may be cached for 5 minutes</source>
            <translation>preview (por defecto): los navegadores revalidan cada archivo, así que los cambios se ven al momento; share: los archivos pueden quedar en caché 5 minutos</translation>
        </message>
        <message>
            <source>the file served for a folder (default index.html)</source>
            <translation>el archivo que se sirve para una carpeta (por defecto index.html)</translation>
        </message>
        <message>
            <source>never list a folder's contents (404 instead)</source>
            <translation>no listar nunca el contenido de una carpeta (404 en su lugar)</translation>
        </message>
        <message>
            <source>serve and list dotfiles (hidden by default)</source>
            <translation>servir y listar los archivos que empiezan por punto (ocultos por defecto)</translation>
        </message>
        <message>
            <source>let symlinks lead outside the shared folder</source>
            <translation>permitir que los enlaces simbólicos lleven fuera de la carpeta compartida</translation>
        </message>
        <message>
            <source>worker threads (default: one per core)</source>
            <translation>hilos de trabajo (por defecto: uno por núcleo)</translation>
        </message>
        <message>
            <source>turn off live reload (by default, pages reload when a file changes, and stylesheets are swapped in place)</source>
            <translation>desactivar la recarga automática (por defecto, las páginas se recargan cuando cambia un archivo y las hojas de estilo se sustituyen sin recargar)</translation>
        </message>
        <message>
            <source>mirror every console message of the pages, not only errors</source>
            <translation>reflejar todos los mensajes de consola de las páginas, no solo los errores</translation>
        </message>
        <message>
            <source>/about serves about.html (on by default in preview); strict: /about.html redirects to /about</source>
            <translation>/about sirve about.html (activado por defecto en preview); strict: /about.html redirige a /about</translation>
        </message>
        <message>
            <source>a single-page app: unknown paths that ask for HTML get index.html (or FILE, an .html file) with 200</source>
            <translation>una aplicación de una sola página: las rutas desconocidas que piden HTML reciben index.html (o FILE, un archivo .html) con 200</translation>
        </message>
        <message>
            <source>allow other sites to fetch from this one: any origin, or only ORIGINS (comma-separated, e.g. http://localhost:5173); preflights are answered</source>
            <translation>permitir que otros sitios hagan fetch a este: cualquier origen, o solo ORIGINS (separados por comas, p. ej. http://localhost:5173); se responde a las solicitudes preflight</translation>
        </message>
        <message>
            <source>add this header to every response. Repeatable.</source>
            <translation>añadir este encabezado a todas las respuestas. Se puede repetir.</translation>
        </message>
        <message>
            <source>catch requests instead of sharing a folder: every method on every path is answered (200 with a small JSON receipt, or a reply rule) and kept whole in the log; no access key unless --key is given</source>
            <translation>capturar solicitudes en vez de compartir una carpeta: se responde a cualquier método en cualquier ruta (200 con un pequeño recibo JSON, o una regla de respuesta) y todo queda íntegro en el registro; sin clave de acceso salvo que se indique --key</translation>
        </message>
        <message>
            <source>reply rules, a JSON array, that answer matching requests (in front of the folder when sharing one):</source>
            <translation>reglas de respuesta, un array JSON, que responden a las solicitudes que coinciden (antes que la carpeta si se comparte una):</translation>
        </message>
        <message>
            <source>write every request (bodies included) to FILE as HAR 1.2 when stopped with Ctrl+C (headless)</source>
            <translation>escribir todas las solicitudes (con sus cuerpos) en FILE como HAR 1.2 al detener con Ctrl+C (headless)</translation>
        </message>
        <message>
            <source>keep caught bodies up to SIZE (default 10M; k, M, G); a larger body is answered 413</source>
            <translation>conservar los cuerpos capturados hasta SIZE (por defecto 10M; k, M, G); a un cuerpo mayor se le responde 413</translation>
        </message>
        <message>
            <source>the access key other devices need: in the QR code and the network URLs (default: a new random key each time sharing starts; 12+ characters A-Z a-z 0-9 - _ .)</source>
            <translation>la clave de acceso que necesitan otros dispositivos: va en el código QR y en las URL de red (por defecto: una clave aleatoria nueva cada vez que se inicia el uso compartido; 12 o más caracteres A-Z a-z 0-9 - _ .)</translation>
        </message>
        <message>
            <source>no access key: anyone who can reach the port sees the folder</source>
            <translation>sin clave de acceso: cualquiera que llegue al puerto ve la carpeta</translation>
        </message>
        <message>
            <source>also answer requests made to the host name NAME (a name your router gives this computer, say); only this computer's own names and addresses are answered otherwise. Repeatable.</source>
            <translation>responder también a las solicitudes hechas al nombre de host NAME (por ejemplo, un nombre que tu router da a este equipo); si no, solo se responde a los nombres y direcciones propios de este equipo. Se puede repetir.</translation>
        </message>
        <message>
            <source>let other devices upload files into the folder</source>
            <translation>permitir que otros dispositivos suban archivos a la carpeta</translation>
        </message>
        <message>
            <source>with --upload: PUT may replace an existing file</source>
            <translation>con --upload: PUT puede reemplazar un archivo existente</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>mostrar esta ayuda</translation>
        </message>
        <message>
            <source>show the version</source>
            <translation>mostrar la versión</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Opciones:</translation>
        </message>
        <message>
            <source>Site preview (--mode preview, the default):</source>
            <translation>Vista previa del sitio (--mode preview, el predeterminado):</translation>
        </message>
        <message>
            <source>The folder's _redirects and _headers (Netlify) and serve.json (serve) apply in preview, and are read again when they change.</source>
            <translation>Los archivos _redirects y _headers (Netlify) y serve.json (serve) de la carpeta se aplican en preview y se vuelven a leer cuando cambian.</translation>
        </message>
        <message>
            <source>Inspector:</source>
            <translation>Inspector:</translation>
        </message>
        <message>
            <source>Who can connect (other devices; this computer always can):</source>
            <translation>Quién puede conectarse (otros dispositivos; este equipo siempre puede):</translation>
        </message>
        <message>
            <source>Usage: %1</source>
            <translation>Uso: %1</translation>
        </message>
        <message>
            <source>Share DIR (default: the current folder) with browsers on this computer and on your network, and watch every request as it arrives.</source>
            <translation>Comparte DIR (por defecto: la carpeta actual) con los navegadores de este equipo y de tu red, y observa cada solicitud en cuanto llega.</translation>
        </message>
        <message>
            <source>Without --headless, Servery opens its window (or runs headless, saying so, when there is no display).</source>
            <translation>Sin --headless, Servery abre su ventana (o se ejecuta en modo headless, y lo indica, cuando no hay pantalla).</translation>
        </message>
        <message>
            <source>Headless exit status: 0 after Ctrl+C, SIGTERM or SIGHUP and a graceful stop, 1 when serving fails (port busy, folder missing), 2 for a command-line mistake.</source>
            <translation>Estado de salida en modo headless: 0 tras Ctrl+C, SIGTERM o SIGHUP y una parada ordenada, 1 si falla el servicio (puerto ocupado, carpeta inexistente), 2 por un error en la línea de comandos.</translation>
        </message>
    </context>
    <context>
        <name>Servery::Preferences</name>
        <message>
            <source>The index file is a file name such as index.html, without slashes.</source>
            <translation>El archivo de índice es un nombre de archivo como index.html, sin barras.</translation>
        </message>
        <message>
            <source>Worker threads go from 0 (one per core) to %1.</source>
            <translation>Los hilos de trabajo van de 0 (uno por núcleo) a %1.</translation>
        </message>
        <message>
            <source>The log keeps from %1 to %2 requests.</source>
            <translation>El registro conserva de %1 a %2 solicitudes.</translation>
        </message>
        <message>
            <source>Request bodies are kept up to 1 MB to %1 MB.</source>
            <translation>Los cuerpos de solicitud se conservan desde 1 MB hasta %1 MB.</translation>
        </message>
    </context>
    <context>
        <name>Servery::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Serving</source>
            <translation>Servidor</translation>
        </message>
        <message>
            <source>any free</source>
            <translation>uno libre</translation>
        </message>
        <message>
            <source>The port the window opens with; starting on another port changes it.</source>
            <translation>El puerto con el que se abre la ventana; iniciar en otro puerto lo cambia.</translation>
        </message>
        <message>
            <source>&amp;Port:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <source>Preview: browsers check every file again, so edits show at once</source>
            <translation>Vista previa: los navegadores vuelven a comprobar cada archivo, así que los cambios se ven al momento</translation>
        </message>
        <message>
            <source>Share: browsers may keep files for 5 minutes</source>
            <translation>Compartir: los navegadores pueden conservar los archivos 5 minutos</translation>
        </message>
        <message>
            <source>&amp;Mode:</source>
            <translation>&amp;Modo:</translation>
        </message>
        <message>
            <source>The file served for a folder's address, such as index.html.</source>
            <translation>El archivo que se sirve para la dirección de una carpeta, como index.html.</translation>
        </message>
        <message>
            <source>&amp;Index file:</source>
            <translation>Archivo de í&amp;ndice:</translation>
        </message>
        <message>
            <source>&amp;List a folder's files when it has no index file</source>
            <translation>&amp;Listar los archivos de una carpeta cuando no tenga archivo de índice</translation>
        </message>
        <message>
            <source>Serve and list &amp;hidden files (names starting with a dot)</source>
            <translation>Servir y listar los archivos &amp;ocultos (nombres que empiezan por punto)</translation>
        </message>
        <message>
            <source>Let symbolic links lead &amp;outside the shared folder</source>
            <translation>Permitir que los enlaces simbólicos lleven &amp;fuera de la carpeta compartida</translation>
        </message>
        <message>
            <source>one per core</source>
            <translation>uno por núcleo</translation>
        </message>
        <message>
            <source>&amp;Worker threads:</source>
            <translation>&amp;Hilos de trabajo:</translation>
        </message>
        <message>
            <source>Request log</source>
            <translation>Registro de solicitudes</translation>
        </message>
        <message>
            <source> requests</source>
            <translation> solicitudes</translation>
        </message>
        <message>
            <source>The oldest requests make room for new ones past this number.</source>
            <translation>Las solicitudes más antiguas dejan sitio a las nuevas a partir de este número.</translation>
        </message>
        <message>
            <source>&amp;Keep the last:</source>
            <translation>Con&amp;servar las últimas:</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Each caught request body is kept whole up to this size; a larger one is answered 413.</source>
            <translation>Cada cuerpo de solicitud capturado se conserva íntegro hasta este tamaño; a uno mayor se le responde 413.</translation>
        </message>
        <message>
            <source>Keep request &amp;bodies up to:</source>
            <translation>Conservar los c&amp;uerpos de solicitud hasta:</translation>
        </message>
        <message>
            <source>Servery is serving now: these take effect at the next Start.</source>
            <translation>Servery está sirviendo ahora: estos cambios se aplicarán la próxima vez que pulses Iniciar.</translation>
        </message>
        <message>
            <source>Until Servery is started again, the command line's %1 wins over these.</source>
            <translation>Hasta que Servery se vuelva a iniciar, la opción %1 de la línea de comandos prevalece sobre estos ajustes.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
    </context>
    <context>
        <name>Servery::PreviewPanel</name>
        <message>
            <source>Reload pages when a file changes (stylesheets in place)</source>
            <translation>Recargar las páginas cuando cambia un archivo (hojas de estilo sin recargar)</translation>
        </message>
        <message>
            <source>Live reload:</source>
            <translation>Recarga automática:</translation>
        </message>
        <message>
            <source>Show every console message, not only errors</source>
            <translation>Mostrar todos los mensajes de consola, no solo los errores</translation>
        </message>
        <message>
            <source>Console:</source>
            <translation>Consola:</translation>
        </message>
        <message>
            <source>Clean URLs:</source>
            <translation>URL limpias:</translation>
        </message>
        <message>
            <source>Follow _redirects, _headers and serve.json</source>
            <translation>Aplicar _redirects, _headers y serve.json</translation>
        </message>
        <message>
            <source>Host rules:</source>
            <translation>Reglas de alojamiento:</translation>
        </message>
        <message>
            <source>Single-page app: unknown pages get</source>
            <translation>Aplicación de una sola página: las páginas desconocidas reciben</translation>
        </message>
        <message>
            <source>Fallback:</source>
            <translation>Alternativa:</translation>
        </message>
        <message>
            <source>Allow other sites:</source>
            <translation>Permitir otros sitios:</translation>
        </message>
        <message>
            <source>any origin, or e.g. http://localhost:5173</source>
            <translation>cualquier origen, o p. ej. http://localhost:5173</translation>
        </message>
        <message>
            <source>CORS:</source>
            <translation>CORS:</translation>
        </message>
        <message>
            <source>One per line, e.g. X-Frame-Options: DENY</source>
            <translation>Uno por línea, p. ej. X-Frame-Options: DENY</translation>
        </message>
        <message>
            <source>Extra headers:</source>
            <translation>Encabezados adicionales:</translation>
        </message>
        <message>
            <source>Active rules</source>
            <translation>Reglas activas</translation>
        </message>
        <message>
            <source>Console of the pages</source>
            <translation>Consola de las páginas</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Line %1 is not "Name: value".</source>
            <translation>La línea %1 no tiene la forma «Nombre: valor».</translation>
        </message>
        <message>
            <source>Servery</source>
            <translation>Servery</translation>
        </message>
        <message>
            <source>live reload</source>
            <translation>recarga automática</translation>
        </message>
        <message>
            <source>Live reload is not in this page: %1.</source>
            <translation>La recarga automática no está en esta página: %1.</translation>
        </message>
        <message>
            <source>Stylesheets swapped: %1</source>
            <translation>Hojas de estilo sustituidas: %1</translation>
        </message>
        <message>
            <source>Pages reloaded for: %1</source>
            <translation>Páginas recargadas por: %1</translation>
        </message>
        <message>
            <source>Live reload starts with sharing.</source>
            <translation>La recarga automática se inicia con el uso compartido.</translation>
        </message>
        <message>
            <source>Live reload is off.</source>
            <translation>La recarga automática está desactivada.</translation>
        </message>
        <message>
            <source>Live reload is off: pages don't reload by themselves.</source>
            <translation>La recarga automática está desactivada: las páginas no se recargan solas.</translation>
        </message>
        <message>
            <source>Live reload is on: no page is connected yet (open an HTML page of the site).</source>
            <translation>La recarga automática está activada: todavía no hay ninguna página conectada (abre una página HTML del sitio).</translation>
        </message>
        <message>
            <source>The rules of the folder show here while sharing.</source>
            <translation>Las reglas de la carpeta aparecen aquí mientras se comparte.</translation>
        </message>
        <message>
            <source>No _redirects, _headers or serve.json in this folder.</source>
            <translation>No hay _redirects, _headers ni serve.json en esta carpeta.</translation>
        </message>
        <message>
            <source>Host rules are off.</source>
            <translation>Las reglas de alojamiento están desactivadas.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the items of a list</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 y %n más</numerusform>
                <numerusform>%1 y %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Live reload is on: %n pages connected.</source>
            <translation>
                <numerusform>La recarga automática está activada: %n página conectada.</numerusform>
                <numerusform>La recarga automática está activada: %n páginas conectadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Watching %n folders.</source>
            <translation>
                <numerusform>Vigilando %n carpeta.</numerusform>
                <numerusform>Vigilando %n carpetas.</numerusform>
            </translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>aviso: %1</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
    </context>
    <context>
        <name>Servery::QrCodeWidget</name>
        <message>
            <source>QR code for %1</source>
            <translation>Código QR para %1</translation>
        </message>
    </context>
    <context>
        <name>Servery::RecordDiff</name>
        <message>
            <source>(no response)</source>
            <translation>(sin respuesta)</translation>
        </message>
        <message>
            <source>Same bytes (%1 in all)</source>
            <translation>Mismos bytes (%1 en total)</translation>
        </message>
        <message>
            <source>The bodies differ at byte %1 (of %2 and %3 bytes)</source>
            <translation>Los cuerpos difieren en el byte %1 (de %2 y %3 bytes)</translation>
        </message>
        <message>
            <source>Request line</source>
            <translation>Línea de solicitud</translation>
        </message>
        <message>
            <source>Request headers</source>
            <translation>Encabezados de la solicitud</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Response headers</source>
            <translation>Encabezados de la respuesta</translation>
        </message>
        <message>
            <source>Same content</source>
            <translation>Mismo contenido</translation>
        </message>
        <message>
            <source>The bodies differ</source>
            <translation>Los cuerpos difieren</translation>
        </message>
        <message>
            <source>Same content, different bytes (spacing or encoding)</source>
            <translation>Mismo contenido, bytes distintos (espacios o codificación)</translation>
        </message>
        <message>
            <source>%1 (the first %2 of each body)</source>
            <translation>%1 (los primeros %2 de cada cuerpo)</translation>
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
            <translation>El servidor rechazó la conexión: no hay nada escuchando en %1.</translation>
        </message>
        <message>
            <source>The host name %1 could not be found.</source>
            <translation>No se encontró el nombre de host %1.</translation>
        </message>
        <message>
            <source>The server closed the connection without answering.</source>
            <translation>El servidor cerró la conexión sin responder.</translation>
        </message>
        <message>
            <source>The connection to %1 timed out.</source>
            <translation>Se agotó el tiempo de espera de la conexión con %1.</translation>
        </message>
        <message>
            <source>The secure connection could not be set up: %1</source>
            <translation>No se pudo establecer la conexión segura: %1</translation>
        </message>
        <message>
            <source>Only http:// and https:// addresses can be replayed.</source>
            <translation>Solo se pueden reenviar direcciones http:// y https://.</translation>
        </message>
        <message>
            <source>The server's answer was not valid HTTP.</source>
            <translation>La respuesta del servidor no era HTTP válido.</translation>
        </message>
        <message>
            <source>The network could not reach %1: %2</source>
            <translation>La red no pudo llegar a %1: %2</translation>
        </message>
        <message>
            <source>The replay failed: %1</source>
            <translation>El reenvío falló: %1</translation>
        </message>
        <message>
            <source>Choose a method.</source>
            <translation>Elige un método.</translation>
        </message>
        <message>
            <source>The method “%1” is not one word (letters, digits and !#$%&amp;'*+-.^_`|~).</source>
            <translation>El método «%1» no es una sola palabra (letras, dígitos y !#$%&amp;'*+-.^_`|~).</translation>
        </message>
        <message>
            <source>Type the address to send the request to.</source>
            <translation>Escribe la dirección a la que enviar la solicitud.</translation>
        </message>
        <message>
            <source>“%1” is not a web address.</source>
            <translation>«%1» no es una dirección web.</translation>
        </message>
        <message>
            <source>The address “%1” names no host.</source>
            <translation>La dirección «%1» no indica ningún host.</translation>
        </message>
        <message>
            <source>“%1” cannot be a header name.</source>
            <translation>«%1» no puede ser un nombre de encabezado.</translation>
        </message>
        <message>
            <source>The value of %1 has a line break, which a header cannot hold.</source>
            <translation>El valor de %1 tiene un salto de línea, y un encabezado no puede contenerlo.</translation>
        </message>
        <message>
            <source>No answer within %1.</source>
            <translation>Sin respuesta en %1.</translation>
        </message>
        <message>
            <source>The answer did not finish within %1; this is what arrived.</source>
            <translation>La respuesta no terminó en %1; esto es lo que llegó.</translation>
        </message>
    </context>
    <context>
        <name>Servery::ReplayDialog</name>
        <message>
            <source>Replay %1 %2</source>
            <translation>Reenviar %1 %2</translation>
        </message>
        <message>
            <source>Original response</source>
            <translation>Respuesta original</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Reenvío</translation>
        </message>
        <message>
            <source>%1 bytes (binary)</source>
            <translation>%1 bytes (binario)</translation>
        </message>
        <message>
            <source>Only the first %1 of %2 bytes were kept; the replay sends those.</source>
            <translation>Solo se conservaron los primeros %1 de %2 bytes; el reenvío envía esos.</translation>
        </message>
        <message>
            <source>Not sent yet.</source>
            <translation>Aún no se ha enviado.</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Encabezado</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Add header</source>
            <translation>Añadir encabezado</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Request body</source>
            <translation>Cuerpo de la solicitud</translation>
        </message>
        <message>
            <source>No body</source>
            <translation>Sin cuerpo</translation>
        </message>
        <message>
            <source>Replace body</source>
            <translation>Reemplazar el cuerpo</translation>
        </message>
        <message>
            <source>No headers</source>
            <translation>Sin encabezados</translation>
        </message>
        <message>
            <source>No response was sent.</source>
            <translation>No se envió ninguna respuesta.</translation>
        </message>
        <message>
            <source>No response was sent: %1</source>
            <translation>No se envió ninguna respuesta: %1</translation>
        </message>
        <message>
            <source>%1 %2 · %3</source>
            <translation>%1 %2 · %3</translation>
        </message>
        <message>
            <source>%1 bytes (not kept by the log)</source>
            <translation>%1 bytes (el registro no los conservó)</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>under 1 ms</source>
            <translation>menos de 1 ms</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>Only the first %1 bytes of the body were kept.</source>
            <translation>Solo se conservaron los primeros %1 bytes del cuerpo.</translation>
        </message>
        <message>
            <source>%1: headers</source>
            <comment>the title of a response, then a part of it</comment>
            <translation>%1: encabezados</translation>
        </message>
        <message>
            <source>%1: body</source>
            <comment>the title of a response, then a part of it</comment>
            <translation>%1: cuerpo</translation>
        </message>
    </context>
    <context>
        <name>Servery::ReplyRules</name>
        <message>
            <source>path must start with / (or be * for any path)</source>
            <translation>path debe empezar por / (o ser * para cualquier ruta)</translation>
        </message>
        <message>
            <source>use * as a whole segment ("/files/*"), not inside "%1"</source>
            <translation>usa * como segmento completo («/files/*»), no dentro de «%1»</translation>
        </message>
        <message>
            <source>a : segment needs a name ("/users/:id")</source>
            <translation>un segmento : necesita un nombre («/users/:id»)</translation>
        </message>
        <message>
            <source>"%1" is not a name: use letters, digits and _</source>
            <translation>«%1» no es un nombre: usa letras, dígitos y _</translation>
        </message>
        <message>
            <source>%1 must be text</source>
            <translation>%1 debe ser texto</translation>
        </message>
        <message>
            <source>%1 must be an object of names and values</source>
            <translation>%1 debe ser un objeto de nombres y valores</translation>
        </message>
        <message>
            <source>"%1" is not a header name</source>
            <translation>«%1» no es un nombre de encabezado</translation>
        </message>
        <message>
            <source>the value of %1 must be text or a number</source>
            <translation>el valor de %1 debe ser texto o un número</translation>
        </message>
        <message>
            <source>the value of %1 cannot hold a line break</source>
            <translation>el valor de %1 no puede contener un salto de línea</translation>
        </message>
        <message>
            <source>the value of %1 cannot hold control characters</source>
            <translation>el valor de %1 no puede contener caracteres de control</translation>
        </message>
        <message>
            <source>%1 is set by the server; ignored</source>
            <translation>%1 lo establece el servidor; se ignora</translation>
        </message>
        <message>
            <source>unknown field "%1" (known: %2)</source>
            <translation>campo desconocido «%1» (conocidos: %2)</translation>
        </message>
        <message>
            <source>enabled must be true or false</source>
            <translation>enabled debe ser true o false</translation>
        </message>
        <message>
            <source>"%1" is not a method</source>
            <translation>«%1» no es un método</translation>
        </message>
        <message>
            <source>bodyJson must be an object of fields and values</source>
            <translation>bodyJson debe ser un objeto de campos y valores</translation>
        </message>
        <message>
            <source>status must be a number from 200 to 599</source>
            <translation>status debe ser un número de 200 a 599</translation>
        </message>
        <message>
            <source>body must be text or JSON, not null</source>
            <translation>body debe ser texto o JSON, no null</translation>
        </message>
        <message>
            <source>a rule has either body or bodyFile, not both</source>
            <translation>una regla tiene body o bodyFile, no ambos</translation>
        </message>
        <message>
            <source>template must be true or false</source>
            <translation>template debe ser true o false</translation>
        </message>
        <message>
            <source>delay must be milliseconds from 0 to %1</source>
            <translation>delay debe estar en milisegundos, de 0 a %1</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>JSON no válido: %1</translation>
        </message>
        <message>
            <source>the rules must be a JSON array: [ {"path": "/api/*", ...} ]</source>
            <translation>las reglas deben ser un array JSON: [ {"path": "/api/*", ...} ]</translation>
        </message>
        <message>
            <source>rule %1 must be an object</source>
            <translation>la regla %1 debe ser un objeto</translation>
        </message>
        <message>
            <source>cannot read the file: %1</source>
            <translation>no se puede leer el archivo: %1</translation>
        </message>
        <message>
            <source>the file is larger than %1 MiB</source>
            <translation>el archivo ocupa más de %1 MiB</translation>
        </message>
        <message>
            <source>warning: %1</source>
            <translation>aviso: %1</translation>
        </message>
        <message>
            <source>The rule's file %1 is not a regular file</source>
            <translation>El archivo %1 de la regla no es un archivo normal</translation>
        </message>
        <message>
            <source>The rule's file %1 cannot be read: %2</source>
            <translation>El archivo %1 de la regla no se puede leer: %2</translation>
        </message>
        <message>
            <source>The rule's file %1 is larger than %2 MiB</source>
            <translation>El archivo %1 de la regla ocupa más de %2 MiB</translation>
        </message>
        <message>
            <source>The rule's file %1 is larger than %2 KiB</source>
            <translation>El archivo %1 de la regla ocupa más de %2 KiB</translation>
        </message>
    </context>
    <context>
        <name>Servery::RequestCommands</name>
        <message>
            <source>the request target was %1, which no URL can carry: this goes to "/"</source>
            <translation>el destino de la solicitud era %1, que ninguna URL puede llevar: esto va a «/»</translation>
        </message>
        <message>
            <source>fetch() cannot send a body with %1: the %2 bytes of the request body are left out</source>
            <translation>fetch() no puede enviar un cuerpo con %1: se omiten los %2 bytes del cuerpo de la solicitud</translation>
        </message>
        <message>
            <source>fetch() refuses the method %1: this call throws a TypeError</source>
            <translation>fetch() rechaza el método %1: esta llamada lanza un TypeError</translation>
        </message>
        <message>
            <source>left out, a browser sets them itself: %1</source>
            <translation>omitidos, el navegador los establece por sí mismo: %1</translation>
        </message>
        <message>
            <source>the URL parser removes the "." and ".." segments of this path</source>
            <translation>el analizador de URL elimina los segmentos «.» y «..» de esta ruta</translation>
        </message>
        <message>
            <source>HTTPie sends the method in capitals: the request said %1</source>
            <translation>HTTPie envía el método en mayúsculas: la solicitud decía %1</translation>
        </message>
        <message>
            <source>HTTPie takes only methods made of letters: this one will not go as %1</source>
            <translation>HTTPie solo acepta métodos formados por letras: este no se enviará como %1</translation>
        </message>
    </context>
    <context>
        <name>Servery::RequestDetails</name>
        <message>
            <source>%1 bytes</source>
            <translation>%1 bytes</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>the first %1 kept</source>
            <translation>se conservaron los primeros %1</translation>
        </message>
        <message>
            <source>not kept</source>
            <translation>no se conservó</translation>
        </message>
        <message>
            <source>Request details</source>
            <translation>Detalles de la solicitud</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Request body</source>
            <translation>Cuerpo de la solicitud</translation>
        </message>
        <message>
            <source>Response body</source>
            <translation>Cuerpo de la respuesta</translation>
        </message>
        <message>
            <source>The request head as received</source>
            <translation>El encabezado de la solicitud tal como se recibió</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Sin procesar</translation>
        </message>
        <message>
            <source>The request line and headers exactly as they arrived</source>
            <translation>La línea de solicitud y los encabezados exactamente como llegaron</translation>
        </message>
        <message>
            <source>Repla&amp;y…</source>
            <translation>&amp;Reenviar…</translation>
        </message>
        <message>
            <source>Send this request again, as it is or edited, and compare the answers</source>
            <translation>Enviar de nuevo esta solicitud, tal cual o editada, y comparar las respuestas</translation>
        </message>
        <message>
            <source>Replay the request</source>
            <translation>Reenviar la solicitud</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Copy the URL, or a command that repeats this request</source>
            <translation>Copiar la URL o un comando que repite esta solicitud</translation>
        </message>
        <message>
            <source>Copy the request</source>
            <translation>Copiar la solicitud</translation>
        </message>
        <message>
            <source>(no request line)</source>
            <translation>(sin línea de solicitud)</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>First byte after</source>
            <translation>Primer byte tras</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Tiempo total</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>%1 of body, %2 in all</source>
            <translation>%1 de cuerpo, %2 en total</translation>
        </message>
        <message>
            <source>Answered by</source>
            <translation>Respondida por</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Conexión</translation>
        </message>
        <message>
            <source>#%1, request %2 on it</source>
            <translation>#%1, solicitud %2 en ella</translation>
        </message>
        <message>
            <source>Query parameters</source>
            <translation>Parámetros de consulta</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Request headers</source>
            <translation>Encabezados de la solicitud</translation>
        </message>
        <message>
            <source>Response headers</source>
            <translation>Encabezados de la respuesta</translation>
        </message>
        <message>
            <source>Answered by rule: %1</source>
            <translation>Respondida por la regla: %1</translation>
        </message>
        <message>
            <source>Select a request to see its details.</source>
            <translation>Selecciona una solicitud para ver sus detalles.</translation>
        </message>
        <message>
            <source>No request body was kept (%1 received).</source>
            <translation>No se conservó el cuerpo de la solicitud (se recibieron %1).</translation>
        </message>
        <message>
            <source>%1 of %2 bytes kept.</source>
            <translation>Se conservaron %1 de %2 bytes.</translation>
        </message>
        <message>
            <source>No response was sent.</source>
            <translation>No se envió ninguna respuesta.</translation>
        </message>
        <message>
            <source>No response body was kept (%1 sent). The log keeps bodies made in memory, such as a rule's reply or an error page, not files streamed from disk.</source>
            <translation>No se conservó el cuerpo de la respuesta (se enviaron %1). El registro conserva los cuerpos generados en memoria, como la respuesta de una regla o una página de error, no los archivos transmitidos desde el disco.</translation>
        </message>
        <message>
            <source>The head as received is kept for caught requests only: in catch mode, and when a reply rule answers.</source>
            <translation>El encabezado tal como se recibió solo se conserva para las solicitudes capturadas: en el modo de captura y cuando responde una regla de respuesta.</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no header fields</comment>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Copy U&amp;RL</source>
            <translation>Copiar U&amp;RL</translation>
        </message>
        <message>
            <source>the URL</source>
            <translation>la URL</translation>
        </message>
        <message>
            <source>Copy as c&amp;URL</source>
            <translation>Copiar como c&amp;URL</translation>
        </message>
        <message>
            <source>a curl command</source>
            <translation>un comando curl</translation>
        </message>
        <message>
            <source>Copy as &amp;fetch()</source>
            <translation>Copiar como &amp;fetch()</translation>
        </message>
        <message>
            <source>a fetch() call</source>
            <translation>una llamada fetch()</translation>
        </message>
        <message>
            <source>Copy as &amp;HTTPie</source>
            <translation>Copiar como &amp;HTTPie</translation>
        </message>
        <message>
            <source>an HTTPie command</source>
            <translation>un comando HTTPie</translation>
        </message>
    </context>
    <context>
        <name>Servery::RequestFilterModel</name>
        <message>
            <source>the method; method:put,patch for either</source>
            <translation>el método; method:put,patch para cualquiera de los dos</translation>
        </message>
        <message>
            <source>the path, * for anything; path:/api is /api and below</source>
            <translation>la ruta, * para cualquier cosa; path:/api es /api y lo que hay debajo</translation>
        </message>
        <message>
            <source>the status; status:4xx a class, status:none no response</source>
            <translation>el estado; status:4xx una clase, status:none sin respuesta</translation>
        </message>
        <message>
            <source>the device or the client address</source>
            <translation>el dispositivo o la dirección del cliente</translation>
        </message>
        <message>
            <source>the rule that answered; rule:* any, rule:none none</source>
            <translation>la regla que respondió; rule:* cualquiera, rule:none ninguna</translation>
        </message>
        <message>
            <source>a request or response header, name or value</source>
            <translation>un encabezado de la solicitud o de la respuesta, nombre o valor</translation>
        </message>
        <message>
            <source>the request or response body (the first 64 KiB kept in memory)</source>
            <translation>el cuerpo de la solicitud o de la respuesta (los primeros 64 KiB conservados en memoria)</translation>
        </message>
        <message>
            <source>Words, all of which must match (case does not matter). A plain word is looked for everywhere: method, path, status, client, rule, headers and bodies.</source>
            <translation>Palabras que deben coincidir todas (sin distinguir mayúsculas y minúsculas). Una palabra sola se busca en todas partes: método, ruta, estado, cliente, regla, encabezados y cuerpos.</translation>
        </message>
        <message>
            <source>Quotes keep spaces in one term: body:"two words".</source>
            <translation>Las comillas mantienen los espacios en un mismo término: body:"two words".</translation>
        </message>
    </context>
    <context>
        <name>Servery::RequestLogModel</name>
        <message>
            <source>Answered by rule: %1</source>
            <translation>Respondida por la regla: %1</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regla</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
    </context>
    <context>
        <name>Servery::RuleEditor</name>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add to %1</source>
            <translation>Añadir a %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove from %1</source>
            <translation>Quitar de %1</translation>
        </message>
        <message>
            <source>Optional; the log shows it for the requests this rule answers</source>
            <translation>Opcional; el registro lo muestra en las solicitudes que responde esta regla</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>On: this rule answers the requests it matches</source>
            <translation>Activada: esta regla responde a las solicitudes que coinciden con ella</translation>
        </message>
        <message>
            <source>&lt;b&gt;Which requests&lt;/b&gt;</source>
            <translation>&lt;b&gt;Qué solicitudes&lt;/b&gt;</translation>
        </message>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>A rule for GET answers HEAD requests too</source>
            <translation>Una regla para GET también responde a las solicitudes HEAD</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Método:</translation>
        </message>
        <message>
            <source>Starts with /. Each part between slashes is plain text, or:
  :name  any one part, kept as {{params.name}} ("/users/:id")
  *      any one part; as the last part, anything after it, even nothing ("/files/*")
* alone matches every path. The query (?a=1) is not part of the path.</source>
            <translation>Empieza por /. Cada parte entre barras es texto literal, o bien:
  :name  una parte cualquiera, guardada como {{params.name}} ("/users/:id")
  *      una parte cualquiera; como última parte, todo lo que sigue, incluso nada ("/files/*")
* por sí solo coincide con todas las rutas. La consulta (?a=1) no forma parte de la ruta.</translation>
        </message>
        <message>
            <source>&amp;Path:</source>
            <translation>&amp;Ruta:</translation>
        </message>
        <message>
            <source>Request headers:</source>
            <translation>Encabezados de la solicitud:</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Encabezado</translation>
        </message>
        <message>
            <source>Value (empty or * for any)</source>
            <translation>Valor (vacío o * para cualquiera)</translation>
        </message>
        <message>
            <source>request headers</source>
            <translation>encabezados de la solicitud</translation>
        </message>
        <message>
            <source>Text the request body must contain</source>
            <translation>Texto que debe contener el cuerpo de la solicitud</translation>
        </message>
        <message>
            <source>Body &amp;contains:</source>
            <translation>El cuerpo &amp;contiene:</translation>
        </message>
        <message>
            <source>Body JSON:</source>
            <translation>JSON del cuerpo:</translation>
        </message>
        <message>
            <source>Field (a.b.c)</source>
            <translation>Campo (a.b.c)</translation>
        </message>
        <message>
            <source>Equals (JSON value)</source>
            <translation>Es igual a (valor JSON)</translation>
        </message>
        <message>
            <source>body JSON fields</source>
            <translation>campos JSON del cuerpo</translation>
        </message>
        <message>
            <source>A field of a JSON body by its dotted path (customer.id, items.0.sku) and the value it must equal: 7, true, "text" (plain text counts as text)</source>
            <translation>Un campo de un cuerpo JSON, por su ruta con puntos (customer.id, items.0.sku), y el valor al que debe ser igual: 7, true, "texto" (el texto sin comillas cuenta como texto)</translation>
        </message>
        <message>
            <source>&lt;b&gt;The reply&lt;/b&gt;</source>
            <translation>&lt;b&gt;La respuesta&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>Reply headers:</source>
            <translation>Encabezados de la respuesta:</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>reply headers</source>
            <translation>encabezados de la respuesta</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>&amp;Texto</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>Arc&amp;hivo</translation>
        </message>
        <message>
            <source>Body:</source>
            <translation>Cuerpo:</translation>
        </message>
        <message>
            <source>Reply body</source>
            <translation>Cuerpo de la respuesta</translation>
        </message>
        <message>
            <source>The whole path of a file to answer with</source>
            <translation>La ruta completa de un archivo con el que responder</translation>
        </message>
        <message>
            <source>Reply file</source>
            <translation>Archivo de respuesta</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Template: fill in parts of the request</source>
            <translation>Plantilla: rellenar partes de la solicitud</translation>
        </message>
        <message>
            <source>In the body and header values: {{method}} {{path}} {{query.NAME}} {{params.NAME}} {{headers.NAME}} {{body}} {{body.a.b}} {{now}}</source>
            <translation>En el cuerpo y en los valores de los encabezados: {{method}} {{path}} {{query.NAME}} {{params.NAME}} {{headers.NAME}} {{body}} {{body.a.b}} {{now}}</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>Wait this long before answering, to try slow networks</source>
            <translation>Esperar este tiempo antes de responder, para probar redes lentas</translation>
        </message>
        <message>
            <source>&amp;Delay:</source>
            <translation>&amp;Demora:</translation>
        </message>
        <message>
            <source>Answer with a file</source>
            <translation>Responder con un archivo</translation>
        </message>
        <message>
            <source>Optional; without one the log says %1</source>
            <translation>Opcional; sin nombre, el registro muestra %1</translation>
        </message>
        <message>
            <source>%1 is listed twice: a rule keeps one value for a name</source>
            <translation>%1 aparece dos veces: una regla guarda un solo valor por nombre</translation>
        </message>
        <message>
            <source>Choose a file, or answer with text.</source>
            <translation>Elige un archivo o responde con texto.</translation>
        </message>
        <message>
            <source>Give the whole path of the file.</source>
            <translation>Indica la ruta completa del archivo.</translation>
        </message>
        <message>
            <source>There is no file %1: the rule answers 500 until there is.</source>
            <translation>No existe el archivo %1: la regla responde 500 hasta que exista.</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Nota: %1</translation>
        </message>
    </context>
    <context>
        <name>Servery::RuleTester</name>
        <message>
            <source>Rule #%1</source>
            <translation>Regla #%1</translation>
        </message>
        <message>
            <source>Rule #%1 “%2”</source>
            <translation>Regla #%1 «%2»</translation>
        </message>
        <message>
            <source>(no body)</source>
            <translation>(sin cuerpo)</translation>
        </message>
        <message>
            <source>(%1 bytes of binary data)</source>
            <translation>(%1 bytes de datos binarios)</translation>
        </message>
        <message>
            <source>… and %1 bytes more</source>
            <translation>… y %1 bytes más</translation>
        </message>
        <message>
            <source>%1 replies:</source>
            <translation>%1 responde:</translation>
        </message>
        <message>
            <source>Problem: %1</source>
            <translation>Problema: %1</translation>
        </message>
        <message>
            <source>Unknown in the template, left empty: %1</source>
            <translation>Desconocido en la plantilla, se deja vacío: %1</translation>
        </message>
        <message>
            <source>Sent after a %1 ms delay.</source>
            <translation>Enviada tras una demora de %1 ms.</translation>
        </message>
        <message>
            <source>Header line %1 is not “Name: value”; left out.</source>
            <translation>La línea de encabezado %1 no tiene la forma «Nombre: valor»; se omite.</translation>
        </message>
        <message>
            <source>No rule answers this request: it goes on as if there were no rules.</source>
            <translation>Ninguna regla responde a esta solicitud: sigue su curso como si no hubiera reglas.</translation>
        </message>
        <message>
            <source>This rule answers: no rule before it matches.</source>
            <translation>Esta regla responde: ninguna regla anterior coincide.</translation>
        </message>
        <message>
            <source>%1 comes first and answers instead.</source>
            <translation>%1 va antes y responde en su lugar.</translation>
        </message>
        <message>
            <source>%1 answers this request.</source>
            <translation>%1 responde a esta solicitud.</translation>
        </message>
        <message>
            <source>Test request method</source>
            <translation>Método de la solicitud de prueba</translation>
        </message>
        <message>
            <source>Test request path and query</source>
            <translation>Ruta y consulta de la solicitud de prueba</translation>
        </message>
        <message>
            <source>Request:</source>
            <translation>Solicitud:</translation>
        </message>
        <message>
            <source>One per line, e.g. Content-Type: application/json</source>
            <translation>Uno por línea, p. ej. Content-Type: application/json</translation>
        </message>
        <message>
            <source>Test request headers</source>
            <translation>Encabezados de la solicitud de prueba</translation>
        </message>
        <message>
            <source>Headers:</source>
            <translation>Encabezados:</translation>
        </message>
        <message>
            <source>Test request body</source>
            <translation>Cuerpo de la solicitud de prueba</translation>
        </message>
        <message>
            <source>Body:</source>
            <translation>Cuerpo:</translation>
        </message>
        <message>
            <source>&amp;Test</source>
            <translation>Pro&amp;bar</translation>
        </message>
        <message>
            <source>Show what the rules would do with this request; nothing is sent</source>
            <translation>Mostrar qué harían las reglas con esta solicitud; no se envía nada</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Resultado de la prueba</translation>
        </message>
        <message>
            <source>What the rules would answer shows here.</source>
            <translation>Aquí aparece lo que responderían las reglas.</translation>
        </message>
        <message>
            <source>There are no rules yet: every request goes on as usual.</source>
            <translation>Todavía no hay reglas: todas las solicitudes siguen su curso normal.</translation>
        </message>
        <message>
            <source>Method, path and headers: match</source>
            <translation>Método, ruta y encabezados: coinciden</translation>
        </message>
        <message>
            <source>Method, path and headers: no (%1)</source>
            <translation>Método, ruta y encabezados: no (%1)</translation>
        </message>
        <message>
            <source>Body: the rule does not look at it</source>
            <translation>Cuerpo: la regla no lo examina</translation>
        </message>
        <message>
            <source>Body: matches</source>
            <translation>Cuerpo: coincide</translation>
        </message>
        <message>
            <source>Body: no (%1)</source>
            <translation>Cuerpo: no (%1)</translation>
        </message>
        <message>
            <source>This rule is off, so it never answers.</source>
            <translation>Esta regla está desactivada, así que nunca responde.</translation>
        </message>
    </context>
    <context>
        <name>Servery::RulesPanel</name>
        <message>
            <source>No reply rules yet</source>
            <translation>Aún no hay reglas de respuesta</translation>
        </message>
        <message>
            <source>A reply rule answers requests for you. It picks requests by method, path, headers or body, and answers with the status, headers and body you set, after a delay if you like. The first rule that matches answers; other requests go on as usual.</source>
            <translation>Una regla de respuesta responde a las solicitudes por ti. Elige las solicitudes por método, ruta, encabezados o cuerpo, y responde con el estado, los encabezados y el cuerpo que indiques, con una demora si quieres. Responde la primera regla que coincide; las demás solicitudes siguen su curso normal.</translation>
        </message>
        <message>
            <source>For example:  POST /api/*  →  201 {"id": 7}</source>
            <translation>Por ejemplo:  POST /api/*  →  201 {"id": 7}</translation>
        </message>
        <message>
            <source>Add a rule</source>
            <translation>Añadir una regla</translation>
        </message>
        <message>
            <source>Load a rules file…</source>
            <translation>Cargar un archivo de reglas…</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>Add a rule after the selected one</source>
            <translation>Añadir una regla después de la seleccionada</translation>
        </message>
        <message>
            <source>Duplicat&amp;e</source>
            <translation>Du&amp;plicar</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Mover arr&amp;iba</translation>
        </message>
        <message>
            <source>Rules are tried from the top: the first that matches answers</source>
            <translation>Las reglas se prueban desde arriba: responde la primera que coincide</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Mover aba&amp;jo</translation>
        </message>
        <message>
            <source>&amp;Load…</source>
            <translation>Car&amp;gar…</translation>
        </message>
        <message>
            <source>Replace the rules with those of a rules file (JSON)</source>
            <translation>Reemplazar las reglas por las de un archivo de reglas (JSON)</translation>
        </message>
        <message>
            <source>Sa&amp;ve…</source>
            <translation>G&amp;uardar…</translation>
        </message>
        <message>
            <source>Save the rules as a file for servery --rules</source>
            <translation>Guardar las reglas como archivo para servery --rules</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Hide the problems</source>
            <translation>Ocultar los problemas</translation>
        </message>
        <message>
            <source>Problems in the rules file</source>
            <translation>Problemas en el archivo de reglas</translation>
        </message>
        <message>
            <source>Reply rules, in the order they are tried</source>
            <translation>Reglas de respuesta, en el orden en que se prueban</translation>
        </message>
        <message>
            <source>Selected rule</source>
            <translation>Regla seleccionada</translation>
        </message>
        <message>
            <source>Test this rule</source>
            <translation>Probar esta regla</translation>
        </message>
        <message>
            <source>saved rules</source>
            <translation>reglas guardadas</translation>
        </message>
        <message>
            <source>Problems in the saved rules:</source>
            <translation>Problemas en las reglas guardadas:</translation>
        </message>
        <message>
            <source>Nothing was loaded from %1:</source>
            <translation>No se cargó nada de %1:</translation>
        </message>
        <message>
            <source>Load reply rules</source>
            <translation>Cargar reglas de respuesta</translation>
        </message>
        <message>
            <source>Rules files (*.json);;All files (*)</source>
            <translation>Archivos de reglas (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Replace the %1 rules you have with the %2 rules of %3?</source>
            <translation>¿Reemplazar tus %1 reglas por las %2 reglas de %3?</translation>
        </message>
        <message>
            <source>Save reply rules</source>
            <translation>Guardar reglas de respuesta</translation>
        </message>
        <message>
            <source>The rules could not be saved: %1</source>
            <translation>No se pudieron guardar las reglas: %1</translation>
        </message>
        <message numerus="yes">
            <source>Loaded %n rules from %1; rules with an error were left out:</source>
            <translation>
                <numerusform>Se cargó %n regla de %1; se omitieron las reglas con errores:</numerusform>
                <numerusform>Se cargaron %n reglas de %1; se omitieron las reglas con errores:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Servery::RulesTableModel</name>
        <message>
            <source>any</source>
            <translation>cualquiera</translation>
        </message>
        <message>
            <source>header %1 is present</source>
            <translation>el encabezado %1 está presente</translation>
        </message>
        <message>
            <source>header %1: %2</source>
            <translation>encabezado %1: %2</translation>
        </message>
        <message>
            <source>body contains %1</source>
            <translation>el cuerpo contiene %1</translation>
        </message>
        <message>
            <source>JSON %1 = %2</source>
            <translation>JSON %1 = %2</translation>
        </message>
        <message>
            <source>On: this rule answers the requests it matches</source>
            <translation>Activada: esta regla responde a las solicitudes que coinciden con ella</translation>
        </message>
        <message>
            <source>Off: this rule is skipped</source>
            <translation>Desactivada: esta regla se omite</translation>
        </message>
        <message>
            <source>Rules that are off are skipped</source>
            <translation>Las reglas desactivadas se omiten</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Condiciones</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (copia)</translation>
        </message>
        <message>
            <source>header %1</source>
            <translation>encabezado %1</translation>
        </message>
        <message>
            <source>%1 headers</source>
            <translation>%1 encabezados</translation>
        </message>
        <message>
            <source>%1 JSON fields</source>
            <translation>%1 campos JSON</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>file %1</source>
            <translation>archivo %1</translation>
        </message>
        <message>
            <source>no body</source>
            <translation>sin cuerpo</translation>
        </message>
        <message>
            <source>template</source>
            <translation>plantilla</translation>
        </message>
        <message>
            <source>%1 ms delay</source>
            <translation>demora de %1 ms</translation>
        </message>
        <message>
            <source>method is %1, the rule wants %2</source>
            <translation>el método es %1, la regla pide %2</translation>
        </message>
        <message>
            <source>path %1 does not match %2</source>
            <translation>la ruta %1 no coincide con %2</translation>
        </message>
        <message>
            <source>header %1 is missing</source>
            <translation>falta el encabezado %1</translation>
        </message>
        <message>
            <source>header %1 is %2, the rule wants %3</source>
            <translation>el encabezado %1 es %2, la regla pide %3</translation>
        </message>
        <message>
            <source>body does not contain %1</source>
            <translation>el cuerpo no contiene %1</translation>
        </message>
        <message>
            <source>body is empty, the rule checks JSON fields</source>
            <translation>el cuerpo está vacío, la regla comprueba campos JSON</translation>
        </message>
        <message>
            <source>body is not JSON, the rule checks JSON fields</source>
            <translation>el cuerpo no es JSON, la regla comprueba campos JSON</translation>
        </message>
        <message>
            <source>body field %1 is not %2</source>
            <translation>el campo %1 del cuerpo no es %2</translation>
        </message>
    </context>
    <context>
        <name>Servery::ServePanel</name>
        <message>
            <source>Share a folder</source>
            <translation>Compartir una carpeta</translation>
        </message>
        <message>
            <source>Catch requests</source>
            <translation>Capturar solicitudes</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>Share a folder with phones and browsers, or catch whatever is sent here (webhooks, apps, devices): every method on every path is answered and kept whole in the log.</source>
            <translation>Comparte una carpeta con móviles y navegadores, o captura lo que se envíe aquí (webhooks, apps, dispositivos): se responde a cualquier método en cualquier ruta y todo queda íntegro en el registro.</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Carpeta</translation>
        </message>
        <message>
            <source>Choose a folder to share</source>
            <translation>Elegir una carpeta para compartir</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Carpeta compartida</translation>
        </message>
        <message>
            <source>The folder to share. Recent folders are in the list.</source>
            <translation>La carpeta que se comparte. Las carpetas recientes están en la lista.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Browse for a folder</source>
            <translation>Buscar una carpeta</translation>
        </message>
        <message>
            <source>&amp;Port</source>
            <translation>&amp;Puerto</translation>
        </message>
        <message>
            <source>any free</source>
            <translation>uno libre</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>The port to listen on; 0 picks any free port.</source>
            <translation>El puerto de escucha; 0 elige cualquier puerto libre.</translation>
        </message>
        <message>
            <source>&amp;Who can connect</source>
            <translation>&amp;Quién puede conectarse</translation>
        </message>
        <message>
            <source>Devices on my network</source>
            <translation>Dispositivos de mi red</translation>
        </message>
        <message>
            <source>This computer only</source>
            <translation>Solo este equipo</translation>
        </message>
        <message>
            <source>Who can connect</source>
            <translation>Quién puede conectarse</translation>
        </message>
        <message>
            <source>&amp;Keep bodies up to</source>
            <translation>Conservar cu&amp;erpos hasta</translation>
        </message>
        <message>
            <source> MB</source>
            <translation> MB</translation>
        </message>
        <message>
            <source>Keep request bodies up to</source>
            <translation>Conservar los cuerpos de solicitud hasta</translation>
        </message>
        <message>
            <source>Each caught request body is kept whole up to this size (past 1 MB in a private temporary file); a larger one is answered 413.</source>
            <translation>Cada cuerpo de solicitud capturado se conserva íntegro hasta este tamaño (a partir de 1 MB, en un archivo temporal privado); a uno mayor se le responde 413.</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Iniciar</translation>
        </message>
        <message>
            <source>Start or stop sharing</source>
            <translation>Iniciar o detener el uso compartido</translation>
        </message>
        <message>
            <source>Every method on every path is answered and kept whole in the log; reply rules (the Rules tab) answer first.</source>
            <translation>Se responde a cualquier método en cualquier ruta y todo queda íntegro en el registro; las reglas de respuesta (la pestaña Reglas) responden primero.</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Procesando…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Choose a folder to share first</source>
            <translation>Primero elige una carpeta para compartir</translation>
        </message>
    </context>
    <context>
        <name>Servery::SharePanel</name>
        <message>
            <source>Where the server listens</source>
            <translation>Dónde escucha el servidor</translation>
        </message>
        <message>
            <source>⚠ Anyone on this network can open the folder (no access key).</source>
            <translation>⚠ Cualquiera en esta red puede abrir la carpeta (sin clave de acceso).</translation>
        </message>
        <message>
            <source>Warning: no access key</source>
            <translation>Advertencia: sin clave de acceso</translation>
        </message>
        <message>
            <source>&amp;Address to share</source>
            <translation>Direcc&amp;ión para compartir</translation>
        </message>
        <message>
            <source>Address to share</source>
            <translation>Dirección para compartir</translation>
        </message>
        <message>
            <source>Address to open</source>
            <translation>Dirección para abrir</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>Copi&amp;ar</translation>
        </message>
        <message>
            <source>Copy the address (Ctrl+Shift+C)</source>
            <translation>Copiar la dirección (Ctrl+Mayús+C)</translation>
        </message>
        <message>
            <source>Copy the address</source>
            <translation>Copiar la dirección</translation>
        </message>
        <message>
            <source>&amp;Open in browser</source>
            <translation>A&amp;brir en el navegador</translation>
        </message>
        <message>
            <source>Open the address in your browser</source>
            <translation>Abrir la dirección en el navegador</translation>
        </message>
        <message>
            <source>Open in your browser</source>
            <translation>Abrir en el navegador</translation>
        </message>
        <message>
            <source>Who has connected</source>
            <translation>Quién se ha conectado</translation>
        </message>
        <message>
            <source>Scan with a phone camera. Click to enlarge.</source>
            <translation>Escanéalo con la cámara del móvil. Haz clic para ampliarlo.</translation>
        </message>
        <message>
            <source>QR code of the address</source>
            <translation>Código QR de la dirección</translation>
        </message>
        <message>
            <source>&amp;Enlarge</source>
            <translation>Amp&amp;liar</translation>
        </message>
        <message>
            <source>Show the QR code larger</source>
            <translation>Mostrar el código QR más grande</translation>
        </message>
        <message>
            <source>Save as &amp;PNG…</source>
            <translation>Guardar como P&amp;NG…</translation>
        </message>
        <message>
            <source>Save the QR code as a PNG image</source>
            <translation>Guardar el código QR como imagen PNG</translation>
        </message>
        <message>
            <source>Allow &amp;uploads from other devices</source>
            <translation>Permitir &amp;subidas desde otros dispositivos</translation>
        </message>
        <message>
            <source>Allow uploads from other devices</source>
            <translation>Permitir subidas desde otros dispositivos</translation>
        </message>
        <message>
            <source>Not catching yet.</source>
            <translation>Todavía no se está capturando.</translation>
        </message>
        <message>
            <source>Not sharing yet.</source>
            <translation>Todavía no se está compartiendo.</translation>
        </message>
        <message>
            <source>Press Start, and a QR code for phones on your network appears here.</source>
            <translation>Pulsa Iniciar y aquí aparecerá un código QR para los móviles de tu red.</translation>
        </message>
        <message>
            <source>Listening on this computer only.</source>
            <translation>Escuchando solo en este equipo.</translation>
        </message>
        <message>
            <source>Listening on every network, but this computer has no network connection right now: only this computer can connect.</source>
            <translation>Escuchando en todas las redes, pero este equipo no tiene conexión de red ahora mismo: solo este equipo puede conectarse.</translation>
        </message>
        <message>
            <source>Listening on your local network: %1, and on this computer.</source>
            <translation>Escuchando en tu red local: %1, y en este equipo.</translation>
        </message>
        <message>
            <source> (virtual adapter)</source>
            <translation> (adaptador virtual)</translation>
        </message>
        <message>
            <source>No network connection found, so there is no QR code. Connect to Wi-Fi or Ethernet to share with phones.</source>
            <translation>No se encontró ninguna conexión de red, así que no hay código QR. Conéctate a una red wifi o Ethernet para compartir con móviles.</translation>
        </message>
        <message>
            <source>Devices on this network can send requests here (no access key); no files are shared.</source>
            <translation>Los dispositivos de esta red pueden enviar solicitudes aquí (sin clave de acceso); no se comparte ningún archivo.</translation>
        </message>
        <message>
            <source>↑ Other devices can add files to this folder (never replacing one).</source>
            <translation>↑ Otros dispositivos pueden añadir archivos a esta carpeta (sin reemplazar nunca ninguno).</translation>
        </message>
        <message>
            <source>Other devices can look and download, not add files.</source>
            <translation>Otros dispositivos pueden ver y descargar, pero no añadir archivos.</translation>
        </message>
        <message>
            <source>Waiting for a device: scan the QR code with a phone on the same network.</source>
            <translation>Esperando un dispositivo: escanea el código QR con un móvil de la misma red.</translation>
        </message>
        <message>
            <source>✔ Reached from &lt;b&gt;%1&lt;/b&gt; (%2).</source>
            <translation>✔ Acceso desde &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
        </message>
        <message>
            <source>Only this computer can connect, so there will be no QR code. Choose “Devices on my network” to share with phones.</source>
            <translation>Solo este equipo puede conectarse, así que no habrá código QR. Elige «Dispositivos de mi red» para compartir con móviles.</translation>
        </message>
        <message>
            <source>Only this computer can connect, so there is no QR code. Choose “Devices on my network” to share with phones.</source>
            <translation>Solo este equipo puede conectarse, así que no hay código QR. Elige «Dispositivos de mi red» para compartir con móviles.</translation>
        </message>
    </context>
    <context>
        <name>Servery::ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Atajo</translation>
        </message>
        <message>
            <source>In the window</source>
            <translation>En la ventana</translation>
        </message>
        <message>
            <source>Alt and an underlined letter open a menu or move to a field.</source>
            <translation>Alt y una letra subrayada abren un menú o llevan a un campo.</translation>
        </message>
    </context>
    <context>
        <name>Servery::SiteRules</name>
        <message>
            <source>more than %1 rules: the rest of the file is ignored</source>
            <translation>más de %1 reglas: se ignora el resto del archivo</translation>
        </message>
        <message>
            <source>the destination URL has no host</source>
            <translation>la URL de destino no tiene host</translation>
        </message>
        <message>
            <source>placeholders in the destination's host are not supported</source>
            <translation>no se admiten marcadores en el host del destino</translation>
        </message>
        <message>
            <source>the destination must start with '/', http:// or https://</source>
            <translation>el destino debe empezar por '/', http:// o https://</translation>
        </message>
        <message>
            <source>the destination "%1" would leave this host</source>
            <translation>el destino «%1» saldría de este host</translation>
        </message>
        <message>
            <source>"%1" is not a valid header name</source>
            <translation>«%1» no es un nombre de encabezado válido</translation>
        </message>
        <message>
            <source>the value of %1 has control characters</source>
            <translation>el valor de %1 tiene caracteres de control</translation>
        </message>
        <message>
            <source>Basic-Auth (Netlify's password protection) is not supported locally and is not sent</source>
            <translation>Basic-Auth (la protección con contraseña de Netlify) no se admite en local y no se envía</translation>
        </message>
        <message>
            <source>%1 is set by the server; a rule cannot set it</source>
            <translation>%1 lo establece el servidor; una regla no puede establecerlo</translation>
        </message>
        <message>
            <source>domain-level rule for %1 does not apply to a local preview; skipped</source>
            <translation>la regla a nivel de dominio para %1 no se aplica a una vista previa local; se omite</translation>
        </message>
        <message>
            <source>FROM must be a path starting with '/': "%1"</source>
            <translation>FROM debe ser una ruta que empiece por '/': «%1»</translation>
        </message>
        <message>
            <source>FROM has a query string; match query parameters with key=value after FROM</source>
            <translation>FROM tiene una cadena de consulta; para coincidir con parámetros de consulta usa key=value después de FROM</translation>
        </message>
        <message>
            <source>missing destination (TO)</source>
            <translation>falta el destino (TO)</translation>
        </message>
        <message>
            <source>missing destination (TO): it must start with '/', http:// or https://</source>
            <translation>falta el destino (TO): debe empezar por '/', http:// o https://</translation>
        </message>
        <message>
            <source>"%1" is neither a key=value query condition nor a destination</source>
            <translation>«%1» no es ni una condición de consulta key=value ni un destino</translation>
        </message>
        <message>
            <source>invalid status "%1" (expected 200, 301, 302, 303, 307, 308, 404, 410 or 451, with an optional '!')</source>
            <translation>estado no válido «%1» (se esperaba 200, 301, 302, 303, 307, 308, 404, 410 o 451, con un '!' opcional)</translation>
        </message>
        <message>
            <source>unexpected "%1" ignored</source>
            <translation>se ignora «%1», que no se esperaba</translation>
        </message>
        <message>
            <source>condition %1 is not supported locally and is ignored: the rule applies to every request</source>
            <translation>la condición %1 no se admite en local y se ignora: la regla se aplica a todas las solicitudes</translation>
        </message>
        <message>
            <source>unknown condition %1 ignored</source>
            <translation>se ignora la condición desconocida %1</translation>
        </message>
        <message>
            <source>no headers for %1</source>
            <translation>no hay encabezados para %1</translation>
        </message>
        <message>
            <source>headers for the domain-level path %1 do not apply to a local preview; skipped</source>
            <translation>los encabezados para la ruta a nivel de dominio %1 no se aplican a una vista previa local; se omiten</translation>
        </message>
        <message>
            <source>a path line must hold only the path</source>
            <translation>una línea de ruta solo debe contener la ruta</translation>
        </message>
        <message>
            <source>header line before any path</source>
            <translation>línea de encabezado antes de cualquier ruta</translation>
        </message>
        <message>
            <source>expected "Name: value"</source>
            <translation>se esperaba «Nombre: valor»</translation>
        </message>
        <message>
            <source>%1 has no value</source>
            <translation>%1 no tiene valor</translation>
        </message>
        <message>
            <source>is not a file; not read</source>
            <extracomment>After a file's name: "_redirects: is not a file; not read"</extracomment>
            <translation>no es un archivo; no se ha leído</translation>
        </message>
        <message>
            <source>is a link leading outside the folder; not read</source>
            <extracomment>After a file's name: "_redirects: is a link leading outside the folder; not read"</extracomment>
            <translation>es un enlace que lleva fuera de la carpeta; no se ha leído</translation>
        </message>
        <message>
            <source>is larger than %1 KiB; not read</source>
            <extracomment>After a file's name: "_redirects: is larger than %1 KiB; not read"</extracomment>
            <translation>ocupa más de %1 KiB; no se ha leído</translation>
        </message>
        <message>
            <source>could not be read: %1</source>
            <extracomment>After a file's name: "_redirects: could not be read: %1"</extracomment>
            <translation>no se pudo leer: %1</translation>
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
            <translation>Actividad del servidor</translation>
        </message>
        <message>
            <source>Not sharing</source>
            <translation>No se está compartiendo</translation>
        </message>
        <message>
            <source>%1 requests/s</source>
            <translation>%1 solicitudes/s</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open connections</source>
            <translation>
                <numerusform>%Ln conexión abierta</numerusform>
                <numerusform>%Ln conexiones abiertas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln requests in all</source>
            <translation>
                <numerusform>%Ln solicitud en total</numerusform>
                <numerusform>%Ln solicitudes en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln clients</source>
            <translation>
                <numerusform>%Ln cliente</numerusform>
                <numerusform>%Ln clientes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Servery::TextDecoding</name>
        <message>
            <source>Unknown charset "%1"; shown as UTF-8.</source>
            <translation>Juego de caracteres desconocido «%1»; se muestra como UTF-8.</translation>
        </message>
        <message>
            <source>Some bytes are not valid %1; they are shown as �.</source>
            <translation>Algunos bytes no son %1 válido; se muestran como �.</translation>
        </message>
    </context>
    <context>
        <name>Servery::TransferListModel</name>
        <message>
            <source>Failed at %1</source>
            <translation>Error tras %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Completada</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Detenida</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Dispositivo</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
    </context>
    <context>
        <name>Servery::TransfersPanel</name>
        <message>
            <source>Uploads from other devices, and downloads of 1 MB or more.</source>
            <translation>Subidas desde otros dispositivos y descargas de 1 MB o más.</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <source>Clear finished</source>
            <translation>Borrar las terminadas</translation>
        </message>
    </context>
    <context>
        <name>Servery::UploadNotices</name>
        <message numerus="yes">
            <source>%n photos from %1 saved to %2</source>
            <translation>
                <numerusform>%n foto de %1 guardada en %2</numerusform>
                <numerusform>%n fotos de %1 guardadas en %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n videos from %1 saved to %2</source>
            <translation>
                <numerusform>%n vídeo de %1 guardado en %2</numerusform>
                <numerusform>%n vídeos de %1 guardados en %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n files from %1 saved to %2</source>
            <translation>
                <numerusform>%n archivo de %1 guardado en %2</numerusform>
                <numerusform>%n archivos de %1 guardados en %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Servery is already running: its window takes this. (--new-instance opens another window.)
</source>
            <translation>Servery ya se está ejecutando: su ventana se encarga de esto. (--new-instance abre otra ventana.)
</translation>
        </message>
        <message>
            <source>servery: %1
Try 'servery --help' for the options.
</source>
            <translation>servery: %1
Prueba 'servery --help' para ver las opciones.
</translation>
        </message>
        <message>
            <source>servery: --bind, --access-log and --quiet go with --headless; the window chooses who can connect and shows its own log.
Try 'servery --help' for the options.
</source>
            <translation>servery: --bind, --access-log y --quiet van con --headless; la ventana elige quién puede conectarse y muestra su propio registro.
Prueba 'servery --help' para ver las opciones.
</translation>
        </message>
        <message>
            <source>servery: no display found, so running headless (as with --headless).
</source>
            <translation>servery: no se encontró ninguna pantalla, así que se ejecuta en modo headless (como con --headless).
</translation>
        </message>
        <message>
            <source>servery: built without the window, so running headless.
</source>
            <translation>servery: compilado sin la ventana, así que se ejecuta en modo headless.
</translation>
        </message>
    </context>
</TS>
