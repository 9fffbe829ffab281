// BodyViewer's pure half: which view a body gets, and what views are named.

#include "BodyViewer.h"
#include "ImageView.h"

#include <QStringDecoder>

namespace Servery {

namespace {

bool isJsonType(const QByteArray &type)
{
    return type == "application/json" || type == "text/json" || type.endsWith("+json");
}

bool isTextType(const QByteArray &type)
{
    static const char *const kTextTypes[] = {
        "application/xml",      "application/javascript", "application/ecmascript", "application/x-javascript",
        "application/x-ndjson", "application/jsonl",      "application/graphql",    "application/yaml",
        "application/x-yaml",   "application/sql",        "application/x-sh",
    };
    if (type.startsWith("text/") || type.endsWith("+xml"))
        return true;
    for (const char *t : kTextTypes) {
        if (type == t)
            return true;
    }
    return false;
}

// UTF-8 (a character cut by the end of `head` is fine) without control
// characters other than whitespace.
bool looksLikeText(QByteArrayView head)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(head);
    if (decoder.hasError())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n' && u != u'\f') || (u >= 0x7f && u <= 0x9f))
            return false;
    }
    return true;
}

bool startsLikeJson(QByteArrayView head)
{
    for (const char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

BodyViewer::Kind BodyViewer::chooseKind(QByteArrayView head, QByteArrayView contentType)
{
    if (head.isEmpty())
        return Kind::Empty;
    const QByteArray type = mediaType(contentType);
    // The declared type decides first: a person who sent form data with the
    // wrong bytes wants to see that it is not a form.
    if (type.startsWith("multipart/") && !contentTypeParameter(contentType, "boundary").isEmpty())
        return Kind::Multipart;
    if (type == "application/x-www-form-urlencoded")
        return Kind::Form;
    if (isJsonType(type))
        return Kind::Json;
    if (type.startsWith("image/"))
        return Kind::Image;
    if (isTextType(type))
        return Kind::Text;
    // Otherwise (no type, application/octet-stream, a wrong one) the bytes.
    if (!imageFormat(head, {}).isEmpty())
        return Kind::Image;
    if (looksLikeText(head))
        return startsLikeJson(head) ? Kind::Json : Kind::Text;
    if (!contentTypeParameter(contentType, "charset").isEmpty())
        return Kind::Text;
    return Kind::Binary;
}

QList<BodyViewer::View> BodyViewer::viewsFor(Kind kind)
{
    switch (kind) {
    case Kind::Empty:
        return {View::Text};
    case Kind::Json:
        return {View::Tree, View::Pretty, View::Text, View::Hex};
    case Kind::Form:
        return {View::Table, View::Text, View::Hex};
    case Kind::Multipart:
        return {View::Parts, View::Text, View::Hex};
    case Kind::Image:
        return {View::Image, View::Text, View::Hex};
    case Kind::Text:
        return {View::Text, View::Hex};
    case Kind::Binary:
        return {View::Hex, View::Text};
    }
    return {View::Hex};
}

QString BodyViewer::viewName(View view)
{
    switch (view) {
    case View::Tree:
        return tr("Tree");
    case View::Pretty:
        return tr("Pretty");
    case View::Table:
        return tr("Table");
    case View::Parts:
        return tr("Parts");
    case View::Image:
        return tr("Image");
    case View::Text:
        return tr("Text");
    case View::Hex:
        return tr("Hex");
    }
    return {};
}

} // namespace Servery
