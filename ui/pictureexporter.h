#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// A widget (the timeline with its strip and axis) as a picture file for a
// report or an email: PNG at the screen's pixel ratio, so it is as sharp as
// on screen, or SVG, which scales. The widget draws itself (QWidget::render),
// exactly as it is shown.
class PictureExporter
{
    Q_DECLARE_TR_FUNCTIONS(PictureExporter)

public:
    enum class Format { Png, Svg };

    // By the file's suffix; a path without one gets the chosen dialog filter's.
    static Format formatOfPath(const QString &path);
    static QString pngFilter();
    static QString svgFilter();
    static QString withSuffix(const QString &path, const QString &chosenFilter);

    // Writes `widget` to `path`; `title` and `description` go into an SVG.
    // False with a message saying what happened and what to do.
    static bool save(const QWidget *widget, const QString &path, const QString &title, const QString &description,
                     QString *errorMessage);

    // Asks where to (PNG or SVG), saves, and shows a failure in a message
    // over `parent`. The path written; empty when cancelled or failed.
    static QString exportWithDialog(const QWidget *widget, QWidget *parent, const QString &suggestedPath,
                                    const QString &title, const QString &description);

    // "<folder>/<subject>-timeline.png", "<folder>/timeline.png" without a
    // subject; characters a file name cannot hold become "_".
    static QString suggestedPath(const QString &folder, const QString &subject);

    // True while `widget` or one of its parents is drawn into a picture:
    // screen-only marks (the focus frame) are left out.
    static bool isRendering(const QWidget *widget);

    static QByteArray png(const QWidget *widget);
    static QByteArray svg(const QWidget *widget, const QString &title, const QString &description);
};
