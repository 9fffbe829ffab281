#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>

namespace Servery {

// The one tag live reload adds to a page, and where: pure functions over
// bytes, so the page's own Content-Security-Policy decides what happens.

// The script path pages load; the events and console paths sit beside it.
inline constexpr char kLiveScriptPath[] = "/__servery/live.js";
inline constexpr char kLiveEventsPath[] = "/__servery/events";
inline constexpr char kLiveConsolePath[] = "/__servery/console";
inline constexpr char kServeryPathPrefix[] = "/__servery/";

// What a page's policies allow the live-reload script.
struct CspVerdict {
    bool allowed = true;
    QByteArray nonce; // put on the tag: the policy only runs scripts with it
    QString reason; // when not allowed, for people
};

// Policies given by <meta http-equiv="Content-Security-Policy"> in the
// page's head (the first 64 KiB are looked at).
QByteArrayList metaContentSecurityPolicies(QByteArrayView html);

// Whether every policy (response headers and meta tags) lets the script
// load from this server ('self', a scheme or '*', or a nonce it names) and
// open its event stream (connect-src). With 'strict-dynamic' only a nonce
// counts. Report-only policies are not passed here: they block nothing.
CspVerdict liveScriptAllowedBy(const QByteArrayList &policies);

// <script src="/__servery/live.js" [nonce="..."]></script>
QByteArray liveScriptTag(QByteArrayView nonce);

// The page with `tag` inserted just before its last </body> (any case), or
// at the end when there is none.
QByteArray injectBeforeBodyEnd(QByteArrayView html, QByteArrayView tag);

} // namespace Servery
