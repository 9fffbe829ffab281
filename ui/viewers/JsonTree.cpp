#include "JsonTree.h"

#include <QCoreApplication>
#include <QStringBuilder>

namespace Servery {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r'; // RFC 8259 2
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

// The context of this file's strings in the catalogue.
struct JsonText {
    Q_DECLARE_TR_FUNCTIONS(Servery::JsonTree)
};

// What a person sees for the character the parser stopped at.
QString shown(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f)
        return JsonText::tr("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
    return u'\'' % QLatin1Char(c) % u'\'';
}

} // namespace

// A recursive-descent reader (depth is bounded) that records each value as
// a node pointing into the source; it validates as it goes.
class JsonTreeParser {
    Q_DECLARE_TR_FUNCTIONS(Servery::JsonTree)

public:
    explicit JsonTreeParser(JsonTree &tree)
        : m_tree(tree)
        , m_in(tree.m_source)
    {
    }

    void run()
    {
        skipSpace();
        if (!value(-1, -1, 0, 0))
            return;
        skipSpace();
        if (m_pos < m_in.size())
            fail(tr("extra text after the end: %1").arg(shown(m_in[m_pos])));
    }

private:
    bool atEnd() const { return m_pos >= m_in.size(); }
    char peek() const { return atEnd() ? '\0' : m_in[m_pos]; }

    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(m_in[m_pos]))
            ++m_pos;
    }

    bool fail(const QString &why)
    {
        if (!m_tree.m_error.isEmpty())
            return false;
        const qsizetype at = std::min(m_pos, m_in.size());
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < at; ++i) {
            if (m_in[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(m_in[i]) & 0xc0) != 0x80) {
                ++column; // count characters, not UTF-8 continuation bytes
            }
        }
        m_tree.m_errorLine = line;
        m_tree.m_endedEarly = atEnd();
        m_tree.m_error = tr("Not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(why);
        m_tree.m_nodes.clear();
        return false;
    }

    bool unexpected(const QString &expected)
    {
        if (atEnd())
            return fail(tr("the text ends where %1 should be").arg(expected));
        return fail(tr("expected %1, found %2").arg(expected, shown(peek())));
    }

    int addNode(JsonNode::Type type, int parent, qsizetype keyOffset, qsizetype keyLength)
    {
        JsonNode node;
        node.type = type;
        node.parent = parent;
        node.keyOffset = keyOffset;
        node.keyLength = keyLength;
        node.valueOffset = m_pos;
        const int index = int(m_tree.m_nodes.size());
        if (parent >= 0) {
            node.row = int(m_tree.m_nodes[size_t(parent)].children.size());
            m_tree.m_nodes[size_t(parent)].children.append(index);
        }
        m_tree.m_nodes.push_back(std::move(node));
        return index;
    }

    void finish(int index)
    {
        m_tree.m_nodes[size_t(index)].valueLength = m_pos - m_tree.m_nodes[size_t(index)].valueOffset;
    }

    bool value(int parent, qsizetype keyOffset, qsizetype keyLength, int depth)
    {
        using Type = JsonNode::Type;
        switch (peek()) {
        case '{':
        case '[':
            return container(addNode(peek() == '{' ? Type::Object : Type::Array, parent, keyOffset, keyLength), depth);
        case '"': {
            const int index = addNode(Type::String, parent, keyOffset, keyLength);
            if (!string())
                return false;
            finish(index);
            return true;
        }
        case 't':
            return literal(addNode(Type::Boolean, parent, keyOffset, keyLength), "true");
        case 'f':
            return literal(addNode(Type::Boolean, parent, keyOffset, keyLength), "false");
        case 'n':
            return literal(addNode(Type::Null, parent, keyOffset, keyLength), "null");
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9'))
                return number(addNode(Type::Number, parent, keyOffset, keyLength));
            return unexpected(tr("a value"));
        }
    }

    bool container(int index, int depth)
    {
        if (depth >= JsonTree::kMaxDepth)
            return fail(tr("nested deeper than %1 levels").arg(JsonTree::kMaxDepth));
        const char close = m_in[m_pos] == '{' ? '}' : ']';
        const bool isObject = close == '}';
        ++m_pos;
        skipSpace();
        if (peek() == close) {
            ++m_pos;
            finish(index);
            return true;
        }
        for (;;) {
            qsizetype keyOffset = -1;
            qsizetype keyLength = 0;
            if (isObject) {
                if (peek() != '"')
                    return unexpected(tr("a name in double quotes"));
                keyOffset = m_pos;
                if (!string())
                    return false;
                keyLength = m_pos - keyOffset;
                skipSpace();
                if (peek() != ':')
                    return unexpected(tr("':' after the name"));
                ++m_pos;
                skipSpace();
            }
            if (!value(index, keyOffset, keyLength, depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
                continue;
            }
            if (peek() != close)
                return unexpected(isObject ? tr("',' or '}'") : tr("',' or ']'"));
            ++m_pos;
            finish(index);
            return true;
        }
    }

    // RFC 8259 7: no raw control characters, only the listed escapes.
    bool string()
    {
        ++m_pos;
        while (!atEnd()) {
            const auto c = static_cast<unsigned char>(m_in[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return fail(c == '\n' ? tr("a line break inside a string (write \\n)")
                                      : tr("a control character inside a string"));
            ++m_pos;
            if (c != '\\')
                continue;
            const char e = peek();
            if (e == 'u') {
                for (int i = 1; i <= 4; ++i) {
                    if (m_pos + i >= m_in.size() || !isHexDigit(m_in[m_pos + i])) {
                        m_pos = std::min(m_pos + i, m_in.size());
                        return unexpected(tr("four hex digits after \\u"));
                    }
                }
                m_pos += 5;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                ++m_pos;
            } else {
                return unexpected(tr("an escape such as \\n or \\\""));
            }
        }
        return fail(tr("the text ends inside a string"));
    }

    bool literal(int index, QByteArrayView word)
    {
        for (const char c : word) {
            if (peek() != c)
                return unexpected(tr("true, false or null"));
            ++m_pos;
        }
        finish(index);
        return true;
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9')
            ++m_pos;
        return m_pos > start;
    }

    // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?  (RFC 8259 6)
    bool number(int index)
    {
        if (peek() == '-')
            ++m_pos;
        if (peek() == '0')
            ++m_pos;
        else if (!digits())
            return unexpected(tr("a digit"));
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return unexpected(tr("a digit after '.'"));
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return unexpected(tr("a digit in the exponent"));
        }
        finish(index);
        return true;
    }

    JsonTree &m_tree;
    QByteArrayView m_in;
    qsizetype m_pos = 0;
};

JsonTree JsonTree::parse(QByteArray utf8)
{
    JsonTree tree;
    tree.m_source = std::move(utf8);
    JsonTreeParser(tree).run();
    if (!tree.isValid())
        tree.m_source.clear();
    return tree;
}

QString JsonTree::key(int i) const
{
    const JsonNode &n = node(i);
    if (n.keyOffset < 0)
        return {};
    return unescape(QByteArrayView(m_source).sliced(n.keyOffset, n.keyLength));
}

QString JsonTree::scalar(int i) const
{
    const JsonNode &n = node(i);
    const QByteArrayView text = QByteArrayView(m_source).sliced(n.valueOffset, n.valueLength);
    if (n.type == JsonNode::Type::String)
        return unescape(text);
    if (n.type == JsonNode::Type::Object || n.type == JsonNode::Type::Array)
        return {};
    return QString::fromLatin1(text);
}

QString JsonTree::unescape(QByteArrayView quoted)
{
    const QByteArrayView in = quoted.sliced(1, quoted.size() - 2);
    if (!in.contains('\\'))
        return QString::fromUtf8(in);
    QString out;
    out.reserve(in.size());
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '\\')
            continue;
        out += QString::fromUtf8(in.sliced(plainFrom, i - plainFrom));
        const char e = in[++i];
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            // UTF-16 code units: a surrogate pair is two escapes in a row.
            char16_t unit = 0;
            for (int k = 1; k <= 4; ++k)
                unit = char16_t(unit * 16 + hexValue(in[i + k]));
            out += QChar(unit);
            i += 4;
            break;
        }
        default:
            out += QLatin1Char(e); // '"', '\\', '/'
        }
        plainFrom = i + 1;
    }
    out += QString::fromUtf8(in.sliced(plainFrom));
    return out;
}

} // namespace Servery
