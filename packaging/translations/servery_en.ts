<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Servery::HeadlessSession</name>
    <message numerus="yes">
        <source>Reply rules: %n rules from %1.</source>
        <translation>
            <numerusform>Reply rules: %n rule from %1.</numerusform>
            <numerusform>Reply rules: %n rules from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host rules</source>
        <translation>
            <numerusform>%n host rule</numerusform>
            <numerusform>%n host rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. %n access log lines could not be written.</source>
        <translation>
            <numerusform>Stopped. %n access log line could not be written.</numerusform>
            <numerusform>Stopped. %n access log lines could not be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n requests to %1.</source>
        <translation>
            <numerusform>Wrote %n request to %1.</numerusform>
            <numerusform>Wrote %n requests to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n oldest were left out to stay within memory.</source>
        <translation>
            <numerusform>The oldest was left out to stay within memory.</numerusform>
            <numerusform>The %n oldest were left out to stay within memory.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::Listing</name>
    <message numerus="yes">
        <source>%Ln folder(s)</source>
        <translation>
            <numerusform>%Ln folder</numerusform>
            <numerusform>%Ln folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) (%1)</source>
        <translation>
            <numerusform>%Ln file (%1)</numerusform>
            <numerusform>%Ln files (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::LogFileActions</name>
    <message numerus="yes">
        <source>Exporting %n requests…</source>
        <translation>
            <numerusform>Exporting %n request…</numerusform>
            <numerusform>Exporting %n requests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n requests to %1.</source>
        <translation>
            <numerusform>Exported %n request to %1.</numerusform>
            <numerusform>Exported %n requests to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n requests from %1.</source>
        <translation>
            <numerusform>Imported %n request from %1.</numerusform>
            <numerusform>Imported %n requests from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be read.</source>
        <translation>
            <numerusform>%n entry could not be read.</numerusform>
            <numerusform>%n entries could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The log holds %1 rows: %n more entries were left out.</source>
        <translation>
            <numerusform>The log holds %1 rows: %n more entry was left out.</numerusform>
            <numerusform>The log holds %1 rows: %n more entries were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::LogPanel</name>
    <message numerus="yes">
        <source>Paused: %n new request(s) waiting.</source>
        <translation>
            <numerusform>Paused: %n new request waiting.</numerusform>
            <numerusform>Paused: %n new requests waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::MultipartModel</name>
    <message numerus="yes">
        <source>%n parts</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::PreviewPanel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live reload is on: %n pages connected.</source>
        <translation>
            <numerusform>Live reload is on: %n page connected.</numerusform>
            <numerusform>Live reload is on: %n pages connected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n folders.</source>
        <translation>
            <numerusform>Watching %n folder.</numerusform>
            <numerusform>Watching %n folders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::RulesPanel</name>
    <message numerus="yes">
        <source>Loaded %n rules from %1; rules with an error were left out:</source>
        <translation>
            <numerusform>Loaded %n rule from %1; rules with an error were left out:</numerusform>
            <numerusform>Loaded %n rules from %1; rules with an error were left out:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Servery::StatusStrip</name>
    <message numerus="yes">
        <source>%Ln open connections</source>
        <translation>
            <numerusform>%Ln open connection</numerusform>
            <numerusform>%Ln open connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests in all</source>
        <translation>
            <numerusform>%Ln request in all</numerusform>
            <numerusform>%Ln requests in all</numerusform>
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
    <name>Servery::UploadNotices</name>
    <message numerus="yes">
        <source>%n photos from %1 saved to %2</source>
        <translation>
            <numerusform>%n photo from %1 saved to %2</numerusform>
            <numerusform>%n photos from %1 saved to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n videos from %1 saved to %2</source>
        <translation>
            <numerusform>%n video from %1 saved to %2</numerusform>
            <numerusform>%n videos from %1 saved to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files from %1 saved to %2</source>
        <translation>
            <numerusform>%n file from %1 saved to %2</numerusform>
            <numerusform>%n files from %1 saved to %2</numerusform>
        </translation>
    </message>
</context>
</TS>
