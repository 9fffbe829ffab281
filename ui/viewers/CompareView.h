#pragma once

#include "RecordDiff.h"

#include <QColor>
#include <QWidget>

class QComboBox;
class QLabel;
class QPalette;
class QTextBrowser;

namespace Servery {

// Two exchanges compared: request line, headers, status, response headers
// and request body, side by side or as one unified list. Colours come from
// the palette (a tint of green or red over the base colour), so they read
// in light and dark themes alike.
class CompareView : public QWidget {
    Q_OBJECT

public:
    enum class Mode { SideBySide, Unified };

    struct Colors {
        QColor added;
        QColor removed;
        QColor text;
    };
    // Backgrounds for added and removed lines over `palette`'s base.
    static Colors colors(const QPalette &palette);

    explicit CompareView(QWidget *parent = nullptr);

    void setRecords(const RequestRecord &a, const RequestRecord &b);
    void setSections(QList<DiffSection> sections, QString titleA, QString titleB);
    void clear();
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    const QList<DiffSection> &sections() const { return m_sections; }
    QString plainText() const;

    // The HTML shown (exposed for tests).
    static QString html(const QList<DiffSection> &sections, Mode mode, const QPalette &palette,
                        const QString &titleA = {}, const QString &titleB = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QList<DiffSection> m_sections;
    QString m_titleA;
    QString m_titleB;
    Mode m_mode = Mode::SideBySide;
    QLabel *m_summary = nullptr;
    QComboBox *m_modes = nullptr;
    QTextBrowser *m_text = nullptr;
};

} // namespace Servery
