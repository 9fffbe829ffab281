#pragma once

#include "BodyReader.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace Servery {

class FormTableModel;
class HexModel;
class ImageView;
class JsonTreeModel;
class MultipartModel;

// Shows a request or response body the way it is best read: a JSON tree,
// a table of form fields, the parts of a multipart body, an image, text in
// its charset, or hex, with a switcher to pick another view. Bytes come
// through a reader, so a body in memory and one in a file both work; text
// views read at most the first kFirstLoadBytes until "Load all" is pressed,
// and the hex view reads only the rows it shows.
class BodyViewer : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Empty, Json, Form, Multipart, Image, Text, Binary };
    enum class View { Tree, Pretty, Table, Parts, Image, Text, Hex };

    static constexpr qint64 kFirstLoadBytes = 1024 * 1024;
    // "Load all" stops here: past it, a body is read in the hex view.
    static constexpr qint64 kMaxLoadBytes = 64 * 1024 * 1024;
    static constexpr qint64 kMaxImageBytes = 32 * 1024 * 1024;
    // How much of a body chooseKind() is shown.
    static constexpr qint64 kSniffBytes = 4096;

    explicit BodyViewer(QWidget *parent = nullptr);
    ~BodyViewer() override;

    // What a body is, from its first bytes and its Content-Type: the type
    // decides when it says (JSON, form, multipart with a boundary, image,
    // text), else the bytes (image signatures, JSON, UTF-8 text). Pure.
    static Kind chooseKind(QByteArrayView head, QByteArrayView contentType);
    // The views offered for a kind, the best first.
    static QList<View> viewsFor(Kind kind);
    static QString viewName(View view);

    // Shows `size` readable bytes (`totalSize` were received, -1: the same)
    // in the best view for them.
    void setBody(BodyReader reader, qint64 size, QByteArrayView contentType, qint64 totalSize = -1);
    void clear();

    Kind kind() const { return m_kind; }
    View view() const { return m_view; }
    QList<View> availableViews() const { return viewsFor(m_kind); }
    void setView(View view);
    // The text views show the whole body (or all kMaxLoadBytes of it).
    bool isFullyLoaded() const { return m_loaded.size() >= std::min(m_size, kMaxLoadBytes); }
    void loadAll();
    // The line above the views: kind, size, charset, what is not shown.
    QString status() const;

    // The parts, for tests and for people who script it.
    QPushButton *loadAllButton() const { return m_loadAll; }
    QWidget *currentPage() const;
    JsonTreeModel *jsonModel() const { return m_jsonModel; }
    FormTableModel *formModel() const { return m_formModel; }
    MultipartModel *multipartModel() const { return m_partsModel; }
    HexModel *hexModel() const { return m_hexModel; }
    ImageView *imageView() const { return m_image; }
    QString text() const; // what the text view shows
    QString message() const; // the JSON error, or what keeps a view empty
    BodyViewer *partViewer() const { return m_partViewer; }

Q_SIGNALS:
    void viewChanged(Servery::BodyViewer::View view);

private:
    QByteArray loadedBytes(); // the first kFirstLoadBytes, read once
    void showView(View view);
    void updateStatus();
    QWidget *page(View view);
    QWidget *makeTreePage();
    QWidget *makeTablePage();
    QWidget *makePartsPage();
    QWidget *makeTextPage();
    QWidget *makeHexPage();
    void fillPage(View view);
    void showPart(int row);

    int m_depth = 0; // how deep inside multipart parts this viewer is
    BodyReader m_reader;
    qint64 m_size = 0;
    qint64 m_totalSize = 0;
    QByteArray m_contentType;
    Kind m_kind = Kind::Empty;
    View m_view = View::Text;
    QByteArray m_loaded;
    bool m_loadedRead = false;
    QString m_charsetNote;
    QList<View> m_filled; // pages showing the current body
    QMap<View, QString> m_messages; // what each of them has to say

    QLabel *m_status = nullptr;
    QComboBox *m_views = nullptr;
    QPushButton *m_loadAll = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<QPair<View, QWidget *>> m_pageOf;

    JsonTreeModel *m_jsonModel = nullptr;
    FormTableModel *m_formModel = nullptr;
    MultipartModel *m_partsModel = nullptr;
    HexModel *m_hexModel = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ImageView *m_image = nullptr;
    QListView *m_partList = nullptr;
    QLabel *m_partHead = nullptr;
    BodyViewer *m_partViewer = nullptr;
};

} // namespace Servery
