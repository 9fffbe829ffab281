#include "server/inspect/ReplyRules.h"

#include "server/files/MimeTypes.h"
#include "server/http/HttpGrammar.h"
#include "server/http/limits.h"
#include "server/util/Catalogue.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Servery {

namespace {

// A rule's reply file, read at offsets as it is sent (on the worker that
// answers; one open file per response).
class OpenFileContent final : public Content {
public:
    explicit OpenFileContent(std::unique_ptr<QFile> file)
        : m_file(std::move(file))
        , m_size(m_file->size())
    {
    }
    qint64 size() const override { return m_size; }
    qint64 readAt(char *buffer, qint64 length, qint64 offset) override
    {
        if (!m_file->seek(offset))
            return -1;
        return m_file->read(buffer, std::min(length, m_size - offset));
    }

private:
    std::unique_ptr<QFile> m_file;
    qint64 m_size;
};

} // namespace

namespace {

// ---- Where things are in the text ---------------------------------------------
// QJsonDocument says where a syntax error is, but not where a rule or one of
// its fields starts; this scan of a text QJsonDocument already accepted
// finds the top-level elements and the keys of each.

struct KeyPlace {
    QString key;
    qsizetype offset = 0;
};
struct ElementPlace {
    qsizetype offset = 0;
    QList<KeyPlace> keys;
};

class Scanner {
public:
    explicit Scanner(const QByteArray &text)
        : m_s(text)
    {
    }

    QList<ElementPlace> topLevel()
    {
        QList<ElementPlace> places;
        skipSpace();
        if (!eat('['))
            return places;
        skipSpace();
        if (eat(']'))
            return places;
        while (m_i < m_s.size()) {
            skipSpace();
            ElementPlace place;
            place.offset = m_i;
            if (peek() == '{') {
                ++m_i;
                skipSpace();
                while (m_i < m_s.size() && peek() != '}') {
                    const qsizetype at = m_i;
                    const QString key = readString();
                    place.keys.append({key, at});
                    skipSpace();
                    eat(':');
                    skipValue();
                    skipSpace();
                    if (!eat(','))
                        break;
                    skipSpace();
                }
                eat('}');
            } else {
                skipValue();
            }
            places.append(place);
            skipSpace();
            if (!eat(','))
                break;
        }
        return places;
    }

private:
    char peek() const { return m_i < m_s.size() ? m_s.at(m_i) : '\0'; }
    bool eat(char c)
    {
        if (peek() != c)
            return false;
        ++m_i;
        return true;
    }
    void skipSpace()
    {
        while (m_i < m_s.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_i;
    }
    QString readString()
    {
        const qsizetype start = m_i;
        skipString();
        // The document is valid JSON, so this string is too.
        const QJsonDocument d = QJsonDocument::fromJson('[' + m_s.mid(start, m_i - start) + ']');
        return d.array().at(0).toString();
    }
    void skipString()
    {
        if (!eat('"'))
            return;
        while (m_i < m_s.size()) {
            const char c = m_s.at(m_i++);
            if (c == '\\')
                ++m_i;
            else if (c == '"')
                return;
        }
    }
    void skipValue()
    {
        skipSpace();
        int depth = 0;
        while (m_i < m_s.size()) {
            const char c = peek();
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_i;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return;
                --depth;
                ++m_i;
            } else if (c == ',' && depth == 0) {
                return;
            } else {
                ++m_i;
            }
            if (depth == 0 && (c == '"' || c == '}' || c == ']'))
                return;
        }
    }

    const QByteArray &m_s;
    qsizetype m_i = 0;
};

// Line and column of an offset in the text, found without scanning from the
// start for each rule or problem: that made a file of many rules quadratic
// (60,000 rules in 4 MiB took minutes), on one line or many. Columns count
// characters, not UTF-8 bytes, as an editor does.
class TextPlaces {
public:
    explicit TextPlaces(const QByteArray &text)
        : m_text(text)
    {
        m_lineStarts.append(0);
        qsizetype continuations = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (i % kBlock == 0)
                m_blockContinuations.append(continuations);
            if (text.at(i) == '\n')
                m_lineStarts.append(i + 1);
            if (isContinuation(i))
                ++continuations;
        }
        if (text.size() % kBlock == 0) // the end is a block's start: offset == size has one too
            m_blockContinuations.append(continuations);
    }

    std::pair<int, int> lineAndColumn(qsizetype offset) const
    {
        offset = std::clamp<qsizetype>(offset, 0, m_text.size());
        const auto after = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const qsizetype lineStart = *(after - 1);
        const qsizetype characters
            = (offset - lineStart) - (continuationsBefore(offset) - continuationsBefore(lineStart));
        return {int(after - m_lineStarts.begin()), int(characters) + 1};
    }

private:
    static constexpr qsizetype kBlock = 512;

    bool isContinuation(qsizetype i) const { return (uchar(m_text.at(i)) & 0xC0) == 0x80; }
    // UTF-8 continuation bytes in text[0, offset).
    qsizetype continuationsBefore(qsizetype offset) const
    {
        const qsizetype block = offset / kBlock;
        qsizetype n = m_blockContinuations.at(block);
        for (qsizetype i = block * kBlock; i < offset; ++i)
            n += isContinuation(i);
        return n;
    }

    const QByteArray &m_text;
    QList<qsizetype> m_lineStarts;
    QList<qsizetype> m_blockContinuations; // before each block of kBlock bytes
};

const QStringList &knownFields()
{
    static const QStringList fields {
        QStringLiteral("name"),     QStringLiteral("enabled"),        QStringLiteral("method"),
        QStringLiteral("path"),     QStringLiteral("requestHeaders"), QStringLiteral("bodyContains"),
        QStringLiteral("bodyJson"), QStringLiteral("status"),         QStringLiteral("headers"),
        QStringLiteral("body"),     QStringLiteral("bodyFile"),       QStringLiteral("template"),
        QStringLiteral("delay"),    QStringLiteral("comment"),
    };
    return fields;
}

bool isFramingField(QByteArrayView name)
{
    for (const char *f : {"content-length", "transfer-encoding", "connection", "keep-alive"}) {
        if (name.compare(QByteArrayView(f), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// RFC 9110 5.5: a field value holds no control characters but HTAB (a CR
// or LF would end the field, a NUL is refused by recipients).
bool isFieldControl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F;
}

QString checkPath(const QString &path)
{
    if (path == u"*")
        return {};
    if (!path.startsWith(u'/'))
        return Catalogue::translate("Servery::ReplyRules", "path must start with / (or be * for any path)");
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment.contains(u'*') && segment != u"*")
            return Catalogue::translate("Servery::ReplyRules",
                                        "use * as a whole segment (\"/files/*\"), not inside \"%1\"")
                .arg(segment);
        if (segment.startsWith(u':')) {
            if (segment.size() < 2)
                return Catalogue::translate("Servery::ReplyRules", "a : segment needs a name (\"/users/:id\")");
            for (QChar c : QStringView(segment).mid(1)) {
                if (!(c.isLetterOrNumber() || c == u'_'))
                    return Catalogue::translate("Servery::ReplyRules",
                                                "\"%1\" is not a name: use letters, digits and _")
                        .arg(segment);
            }
        }
    }
    return {};
}

QString jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Integers exactly (below 2^53 every one is exact), others in the
        // fewest digits that read back the same: 0.1, not 0.10000000000000001.
        // The range is checked before the cast, which is undefined past it.
        const double d = v.toDouble();
        if (std::abs(d) < 9007199254740992.0 && d == std::trunc(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// The value at a dotted path ("a.b.0.c") of a JSON value; Undefined if none.
QJsonValue valueAt(QJsonValue v, const QString &path)
{
    for (const QString &part : path.split(u'.')) {
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (!o.contains(part))
                return QJsonValue(QJsonValue::Undefined);
            v = o.value(part);
        } else if (v.isArray()) {
            bool ok = false;
            const int i = part.toInt(&ok);
            const QJsonArray a = v.toArray();
            if (!ok || i < 0 || i >= a.size())
                return QJsonValue(QJsonValue::Undefined);
            v = a.at(i);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return v;
}

QJsonValue bodyJsonValue(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QString decoded(const QByteArray &s)
{
    return QUrl::fromPercentEncoding(s);
}

// A literal segment of a rule's path, compared with the request's decoded
// segments: decoded too, so "/my%20file" (as copied from an address bar or
// a curl command) matches as "/my file" does.
QString literalSegment(const QString &segment)
{
    return segment.contains(u'%') ? decoded(segment.toUtf8()) : segment;
}

QString queryValue(const QByteArray &query, const QString &name)
{
    for (const QByteArray &item : query.split('&')) {
        const qsizetype eq = item.indexOf('=');
        QByteArray key = eq < 0 ? item : item.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        if (decoded(key) == name)
            return decoded(value);
    }
    return {};
}

void parseRule(const QJsonObject &o, const ElementPlace &place, const TextPlaces &text, RulesParse &out)
{
    ReplyRule rule;
    rule.line = text.lineAndColumn(place.offset).first;
    bool bad = false;
    auto problem = [&](const QString &key, const QString &message, bool isError = true) {
        qsizetype at = place.offset;
        for (const KeyPlace &k : place.keys) {
            if (k.key == key)
                at = k.offset;
        }
        const auto [line, column] = text.lineAndColumn(at);
        out.problems.append({line, column, message, isError});
        if (isError)
            bad = true;
    };
    auto stringField = [&](const QString &key, QString *into) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            problem(key, Catalogue::translate("Servery::ReplyRules", "%1 must be text").arg(key));
        else
            *into = v.toString();
    };
    auto pairsField = [&](const QString &key, QList<std::pair<QByteArray, QString>> *into) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isObject()) {
            problem(key,
                    Catalogue::translate("Servery::ReplyRules", "%1 must be an object of names and values").arg(key));
            return;
        }
        const QJsonObject h = v.toObject();
        for (auto it = h.begin(); it != h.end(); ++it) {
            const QByteArray name = it.key().toUtf8();
            if (!Grammar::isToken(name)) {
                problem(key, Catalogue::translate("Servery::ReplyRules", "\"%1\" is not a header name").arg(it.key()));
                continue;
            }
            if (it.value().isObject() || it.value().isArray() || it.value().isNull()) {
                problem(key,
                        Catalogue::translate("Servery::ReplyRules", "the value of %1 must be text or a number")
                            .arg(it.key()));
                continue;
            }
            const QString value = jsonValueText(it.value());
            if (value.contains(u'\r') || value.contains(u'\n')) {
                problem(key,
                        Catalogue::translate("Servery::ReplyRules", "the value of %1 cannot hold a line break")
                            .arg(it.key()));
                continue;
            }
            if (std::any_of(value.begin(), value.end(), isFieldControl)) {
                problem(key,
                        Catalogue::translate("Servery::ReplyRules", "the value of %1 cannot hold control characters")
                            .arg(it.key()));
                continue;
            }
            if (key == u"headers" && isFramingField(name)) {
                problem(key,
                        Catalogue::translate("Servery::ReplyRules", "%1 is set by the server; ignored").arg(it.key()),
                        false);
                continue;
            }
            into->append({name, value});
        }
    };

    for (const KeyPlace &k : place.keys) {
        if (!knownFields().contains(k.key))
            problem(k.key,
                    Catalogue::translate("Servery::ReplyRules", "unknown field \"%1\" (known: %2)")
                        .arg(k.key, knownFields().join(QStringLiteral(", "))),
                    false);
    }

    stringField(QStringLiteral("name"), &rule.name);
    if (const QJsonValue v = o.value(QStringLiteral("enabled")); !v.isUndefined()) {
        if (!v.isBool())
            problem(QStringLiteral("enabled"),
                    Catalogue::translate("Servery::ReplyRules", "enabled must be true or false"));
        rule.enabled = v.toBool(true);
    }
    QString method;
    stringField(QStringLiteral("method"), &method);
    method = method.trimmed().toUpper();
    if (method == u"*" || method == u"ANY")
        method.clear();
    if (!method.isEmpty() && !Grammar::isToken(method.toLatin1()))
        problem(QStringLiteral("method"),
                Catalogue::translate("Servery::ReplyRules", "\"%1\" is not a method").arg(method));
    rule.method = method.toLatin1();
    if (o.contains(QStringLiteral("path"))) {
        stringField(QStringLiteral("path"), &rule.path);
        if (const QString why = checkPath(rule.path); !why.isEmpty())
            problem(QStringLiteral("path"), why);
    }
    pairsField(QStringLiteral("requestHeaders"), &rule.requestHeaders);
    stringField(QStringLiteral("bodyContains"), &rule.bodyContains);
    if (const QJsonValue v = o.value(QStringLiteral("bodyJson")); !v.isUndefined()) {
        if (!v.isObject()) {
            problem(QStringLiteral("bodyJson"),
                    Catalogue::translate("Servery::ReplyRules", "bodyJson must be an object of fields and values"));
        } else {
            const QJsonObject fields = v.toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                rule.bodyJson.append({it.key(), it.value()});
        }
    }
    if (const QJsonValue v = o.value(QStringLiteral("status")); !v.isUndefined()) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 200 || d > 599 || d != std::trunc(d))
            problem(QStringLiteral("status"),
                    Catalogue::translate("Servery::ReplyRules", "status must be a number from 200 to 599"));
        else
            rule.status = int(d);
    }
    pairsField(QStringLiteral("headers"), &rule.headers);
    if (const QJsonValue v = o.value(QStringLiteral("body")); !v.isUndefined()) {
        if (v.isNull())
            problem(QStringLiteral("body"),
                    Catalogue::translate("Servery::ReplyRules", "body must be text or JSON, not null"));
        rule.body = jsonValueText(v);
    }
    stringField(QStringLiteral("bodyFile"), &rule.bodyFile);
    if (!rule.bodyFile.isEmpty() && o.contains(QStringLiteral("body")))
        problem(QStringLiteral("bodyFile"),
                Catalogue::translate("Servery::ReplyRules", "a rule has either body or bodyFile, not both"));
    if (const QJsonValue v = o.value(QStringLiteral("template")); !v.isUndefined()) {
        if (!v.isBool())
            problem(QStringLiteral("template"),
                    Catalogue::translate("Servery::ReplyRules", "template must be true or false"));
        rule.isTemplate = v.toBool();
    }
    if (const QJsonValue v = o.value(QStringLiteral("delay")); !v.isUndefined()) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > Limits::kMaxReplyDelayMs || d != std::trunc(d))
            problem(QStringLiteral("delay"),
                    Catalogue::translate("Servery::ReplyRules", "delay must be milliseconds from 0 to %1")
                        .arg(Limits::kMaxReplyDelayMs));
        else
            rule.delayMs = int(d);
    }
    if (!bad)
        out.rules.append(rule);
}

} // namespace

QString ReplyRule::label(int index) const
{
    return name.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : name;
}

bool ReplyRule::operator==(const ReplyRule &o) const
{
    return name == o.name && enabled == o.enabled && method == o.method && path == o.path
        && requestHeaders == o.requestHeaders && bodyContains == o.bodyContains && bodyJson == o.bodyJson
        && status == o.status && headers == o.headers && body == o.body && bodyFile == o.bodyFile
        && isTemplate == o.isTemplate && delayMs == o.delayMs;
}

bool RulesParse::hasErrors() const
{
    return std::any_of(problems.begin(), problems.end(), [](const RulesProblem &p) { return p.isError; });
}

RulesParse parseReplyRules(const QByteArray &json)
{
    RulesParse out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const TextPlaces places(json);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = places.lineAndColumn(error.offset);
        out.problems.append(
            {line, column, Catalogue::translate("Servery::ReplyRules", "not valid JSON: %1").arg(error.errorString())});
        return out;
    }
    if (!doc.isArray()) {
        out.problems.append({1, 1,
                             Catalogue::translate("Servery::ReplyRules",
                                                  "the rules must be a JSON array: [ {\"path\": \"/api/*\", ...} ]")});
        return out;
    }
    const QJsonArray array = doc.array();
    const QList<ElementPlace> elements = Scanner(json).topLevel();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const ElementPlace place = i < elements.size() ? elements.at(i) : ElementPlace {};
        if (!array.at(i).isObject()) {
            const auto [line, column] = places.lineAndColumn(place.offset);
            out.problems.append(
                {line, column, Catalogue::translate("Servery::ReplyRules", "rule %1 must be an object").arg(i + 1)});
            continue;
        }
        parseRule(array.at(i).toObject(), place, places, out);
    }
    return out;
}

RulesParse readReplyRulesFile(const QString &path)
{
    RulesParse out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems.append(
            {0, 0, Catalogue::translate("Servery::ReplyRules", "cannot read the file: %1").arg(file.errorString())});
        return out;
    }
    // The read itself is bounded: a device or a pipe has no size to check first.
    QByteArray json;
    if (file.size() <= Limits::kMaxRulesFileBytes)
        json = file.read(Limits::kMaxRulesFileBytes + 1);
    if (file.size() > Limits::kMaxRulesFileBytes || json.size() > Limits::kMaxRulesFileBytes) {
        out.problems.append({0, 0,
                             Catalogue::translate("Servery::ReplyRules", "the file is larger than %1 MiB")
                                 .arg(Limits::kMaxRulesFileBytes >> 20)});
        return out;
    }
    out = parseReplyRules(json);
    const QDir folder = QFileInfo(path).absoluteDir();
    for (ReplyRule &rule : out.rules) {
        if (!rule.bodyFile.isEmpty())
            rule.bodyFile = QDir::cleanPath(folder.absoluteFilePath(rule.bodyFile));
    }
    return out;
}

QByteArray replyRulesToJson(const QList<ReplyRule> &rules)
{
    QJsonArray array;
    for (const ReplyRule &r : rules) {
        QJsonObject o;
        if (!r.name.isEmpty())
            o.insert(QStringLiteral("name"), r.name);
        if (!r.enabled)
            o.insert(QStringLiteral("enabled"), false);
        if (!r.method.isEmpty())
            o.insert(QStringLiteral("method"), QString::fromLatin1(r.method));
        if (r.path != u"*")
            o.insert(QStringLiteral("path"), r.path);
        auto pairs = [](const QList<std::pair<QByteArray, QString>> &list) {
            QJsonObject h;
            for (const auto &[name, value] : list)
                h.insert(QString::fromLatin1(name), value);
            return h;
        };
        if (!r.requestHeaders.isEmpty())
            o.insert(QStringLiteral("requestHeaders"), pairs(r.requestHeaders));
        if (!r.bodyContains.isEmpty())
            o.insert(QStringLiteral("bodyContains"), r.bodyContains);
        if (!r.bodyJson.isEmpty()) {
            QJsonObject fields;
            for (const auto &[field, value] : r.bodyJson)
                fields.insert(field, value);
            o.insert(QStringLiteral("bodyJson"), fields);
        }
        if (r.status != 200)
            o.insert(QStringLiteral("status"), r.status);
        if (!r.headers.isEmpty())
            o.insert(QStringLiteral("headers"), pairs(r.headers));
        if (!r.bodyFile.isEmpty())
            o.insert(QStringLiteral("bodyFile"), r.bodyFile);
        else if (!r.body.isEmpty())
            o.insert(QStringLiteral("body"), r.body);
        if (r.isTemplate)
            o.insert(QStringLiteral("template"), true);
        if (r.delayMs > 0)
            o.insert(QStringLiteral("delay"), r.delayMs);
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString describeProblem(const QString &fileName, const RulesProblem &problem)
{
    QString where = fileName;
    if (problem.line > 0)
        where += QStringLiteral(":%1:%2").arg(problem.line).arg(problem.column);
    return QStringLiteral("%1: %2").arg(
        where,
        problem.isError ? problem.message
                        : Catalogue::translate("Servery::ReplyRules", "warning: %1").arg(problem.message));
}

bool matchesHead(const ReplyRule &rule, const RuleRequest &request, RuleCaptures *captures)
{
    if (!rule.method.isEmpty() && rule.method != request.method && !(rule.method == "GET" && request.method == "HEAD"))
        return false;
    RuleCaptures found;
    if (rule.path != u"*") {
        const QStringList pattern = rule.path.split(u'/', Qt::SkipEmptyParts);
        QStringList segments;
        for (const QByteArray &s : request.path.split('/')) {
            if (!s.isEmpty())
                segments.append(decoded(s));
        }
        qsizetype i = 0;
        for (qsizetype p = 0; p < pattern.size(); ++p) {
            const QString &seg = pattern.at(p);
            if (seg == u"*" && p == pattern.size() - 1) {
                found.rest = segments.mid(i).join(u'/');
                i = segments.size();
                break;
            }
            if (i >= segments.size())
                return false;
            if (seg.startsWith(u':'))
                found.params.append({seg.mid(1), segments.at(i)});
            else if (seg != u"*" && literalSegment(seg) != segments.at(i))
                return false;
            ++i;
        }
        if (i != segments.size())
            return false;
    }
    for (const auto &[name, value] : rule.requestHeaders) {
        if (!request.headers.contains(name))
            return false;
        if (value != u"*" && QString::fromUtf8(request.headers.value(name).trimmed()) != value.trimmed())
            return false;
    }
    if (captures)
        *captures = std::move(found);
    return true;
}

bool matchesBody(const ReplyRule &rule, const QByteArray &body)
{
    if (!rule.bodyContains.isEmpty() && !body.contains(rule.bodyContains.toUtf8()))
        return false;
    if (rule.bodyJson.isEmpty())
        return true;
    const QJsonValue root = bodyJsonValue(body);
    if (root.isUndefined())
        return false;
    for (const auto &[field, value] : rule.bodyJson) {
        if (valueAt(root, field) != value)
            return false;
    }
    return true;
}

QString renderTemplate(const QString &text, const RuleRequest &request, const RuleCaptures &captures,
                       QStringList *unknown)
{
    QString out;
    out.reserve(text.size());
    QJsonValue json(QJsonValue::Undefined);
    bool jsonRead = false;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1String("}}"), open + 2);
        if (open < 0 || close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        const QString name = text.mid(open + 2, close - open - 2).trimmed();
        i = close + 2;
        auto after = [&](QLatin1String prefix) {
            return name.mid(prefix.size());
        };
        if (name == u"method") {
            out += QString::fromLatin1(request.method);
        } else if (name == u"path") {
            out += decoded(request.path);
        } else if (name == u"query") {
            out += QString::fromUtf8(request.query);
        } else if (name == u"rest") {
            out += captures.rest;
        } else if (name == u"now") {
            out += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        } else if (name == u"body") {
            out += QString::fromUtf8(request.body);
        } else if (name.startsWith(QLatin1String("query."))) {
            out += queryValue(request.query, after(QLatin1String("query.")));
        } else if (name.startsWith(QLatin1String("params."))) {
            const QString key = after(QLatin1String("params."));
            for (const auto &[param, value] : captures.params) {
                if (param == key) {
                    out += value;
                    break;
                }
            }
        } else if (name.startsWith(QLatin1String("headers."))) {
            out += QString::fromUtf8(request.headers.value(after(QLatin1String("headers.")).toLatin1()));
        } else if (name.startsWith(QLatin1String("body."))) {
            if (!jsonRead) {
                json = bodyJsonValue(request.body);
                jsonRead = true;
            }
            out += jsonValueText(valueAt(json, after(QLatin1String("body."))));
        } else if (unknown) {
            unknown->append(name);
        }
    }
    return out;
}

HttpResponse replyFor(const ReplyRule &rule, int index, const RuleRequest &request, const RuleCaptures &captures,
                      QString *problem)
{
    HttpResponse r;
    r.status = rule.status;
    r.handler = QStringLiteral("rule");
    r.rule = rule.label(index);
    r.delayMs = rule.delayMs;
    bool typeSet = false;
    for (const auto &[name, value] : rule.headers) {
        QString v = rule.isTemplate ? renderTemplate(value, request, captures) : value;
        v.removeIf(isFieldControl); // a template can bring anything a request sent
        r.headers.append(name, v.toUtf8());
        typeSet = typeSet || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    QByteArray body;
    if (!rule.bodyFile.isEmpty()) {
        auto file = std::make_unique<QFile>(rule.bodyFile);
        // A template is read and rendered whole, so it is kept small; any
        // other file goes out as it is read, like a shared file, never held
        // whole per request.
        const qint64 limit = rule.isTemplate ? Limits::kMaxReplyTemplateFileBytes : Limits::kMaxReplyFileBytes;
        QString why;
        if (!QFileInfo(rule.bodyFile).isFile() && QFileInfo::exists(rule.bodyFile)) {
            // A device or a pipe has no size to send, and may never end.
            why = Catalogue::translate("Servery::ReplyRules", "The rule's file %1 is not a regular file")
                      .arg(rule.bodyFile);
        } else if (!file->open(QIODevice::ReadOnly)) {
            why = Catalogue::translate("Servery::ReplyRules", "The rule's file %1 cannot be read: %2")
                      .arg(rule.bodyFile, file->errorString());
        } else if (file->size() > limit) {
            why = limit >= (1 << 20)
                ? Catalogue::translate("Servery::ReplyRules", "The rule's file %1 is larger than %2 MiB")
                      .arg(rule.bodyFile)
                      .arg(limit >> 20)
                : Catalogue::translate("Servery::ReplyRules", "The rule's file %1 is larger than %2 KiB")
                      .arg(rule.bodyFile)
                      .arg(limit >> 10);
        } else if (rule.isTemplate) {
            body = file->read(limit + 1);
            if (body.size() > limit)
                why = Catalogue::translate("Servery::ReplyRules", "The rule's file %1 is larger than %2 MiB")
                          .arg(rule.bodyFile)
                          .arg(limit >> 20);
        }
        if (!why.isEmpty()) {
            if (problem)
                *problem = why;
            HttpResponse failed = HttpResponse::error(500, QStringLiteral("rule"));
            failed.rule = r.rule;
            failed.logNote = why;
            // The client learns that the file failed, not where it is.
            failed.setBody(QByteArrayLiteral("The reply rule's file cannot be read.\n"));
            failed.headers.set("Content-Type", QByteArrayLiteral("text/plain; charset=utf-8"));
            return failed;
        }
        if (!typeSet)
            r.headers.append(QByteArrayLiteral("Content-Type"), mimeTypeForFileName(rule.bodyFile));
        if (!rule.isTemplate) {
            r.body = std::make_unique<SlicesSource>(std::make_shared<OpenFileContent>(std::move(file)));
            return r;
        }
        body = renderTemplate(QString::fromUtf8(body), request, captures).toUtf8();
    } else {
        body = (rule.isTemplate ? renderTemplate(rule.body, request, captures) : rule.body).toUtf8();
        if (!typeSet && !body.isEmpty()) {
            const QByteArray trimmed = body.trimmed();
            const bool json
                = (trimmed.startsWith('{') || trimmed.startsWith('[')) && !QJsonDocument::fromJson(trimmed).isNull();
            r.headers.append(QByteArrayLiteral("Content-Type"),
                             json ? QByteArrayLiteral("application/json")
                                  : QByteArrayLiteral("text/plain; charset=utf-8"));
        }
    }
    r.setBody(std::move(body));
    return r;
}

int firstMatch(const QList<ReplyRule> &rules, const RuleRequest &request, bool bodyKnown, RuleCaptures *captures)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const ReplyRule &rule = rules.at(i);
        if (!rule.enabled || !matchesHead(rule, request, captures))
            continue;
        if (rule.needsBody() && bodyKnown && !matchesBody(rule, request.body))
            continue;
        return int(i);
    }
    return -1;
}

} // namespace Servery
