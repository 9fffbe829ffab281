#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace Servery {

// A JSON document (RFC 8259) as a flat tree of nodes that point into the
// source bytes. Unlike QJsonDocument it keeps object members in the order
// they were written (and duplicate names), and it decodes names and strings
// only when asked, so a 1 MiB document costs one pass and a few words per
// value.
struct JsonNode {
    enum class Type : quint8 { Object, Array, String, Number, Boolean, Null };
    Type type = Type::Null;
    int parent = -1; // index in JsonTree::nodes, -1 for the root
    int row = 0; // place among the parent's children
    // The member name, quotes included, for members of an object; else -1.
    qsizetype keyOffset = -1;
    qsizetype keyLength = 0;
    // The value as written (a string with its quotes); the opening bracket
    // for objects and arrays.
    qsizetype valueOffset = 0;
    qsizetype valueLength = 0;
    QList<int> children;
};

class JsonTree {
public:
    // Deeper documents are refused rather than risk the stack.
    static constexpr int kMaxDepth = 256;

    // Parses `utf8`. On failure the tree is empty and error() says where.
    static JsonTree parse(QByteArray utf8);

    bool isValid() const { return m_error.isEmpty(); }
    // "Not valid JSON at line 3, column 7: expected ',' or '}'".
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // The error is that the text stopped in the middle of the document:
    // what a body cut short (not loaded whole) looks like.
    bool endedEarly() const { return m_endedEarly; }

    const std::vector<JsonNode> &nodes() const { return m_nodes; }
    const JsonNode &node(int i) const { return m_nodes[size_t(i)]; }
    bool isEmpty() const { return m_nodes.empty(); }

    // The member name of node `i` (unescaped), or a null string.
    QString key(int i) const;
    // A scalar's value: strings unescaped, numbers and literals as written.
    QString scalar(int i) const;

    // Unescapes the JSON string `quoted` (with its quotes), which the parser
    // has already checked.
    static QString unescape(QByteArrayView quoted);

private:
    friend class JsonTreeParser;
    QByteArray m_source;
    std::vector<JsonNode> m_nodes;
    QString m_error;
    int m_errorLine = 0;
    bool m_endedEarly = false;
};

} // namespace Servery
