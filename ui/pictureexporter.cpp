#include "pictureexporter.h"

#include "ui/rowexporter.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QWidget>

PictureExporter::Format PictureExporter::formatOfPath(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0 ? Format::Svg
                                                                                           : Format::Png;
}

QString PictureExporter::pngFilter()
{
    return tr("PNG image (*.png)");
}

QString PictureExporter::svgFilter()
{
    return tr("SVG drawing (*.svg)");
}

QString PictureExporter::withSuffix(const QString &path, const QString &chosenFilter)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + (chosenFilter == svgFilter() ? QLatin1String(".svg") : QLatin1String(".png"));
}

bool PictureExporter::save(const QWidget *widget, const QString &path, const QString &title,
                           const QString &description, QString *errorMessage)
{
    if (!widget || !widget->isVisible() || widget->width() <= 0 || widget->height() <= 0) {
        if (errorMessage)
            *errorMessage = tr("There is no picture to export: the timeline is not shown.\n"
                               "Show the timeline (View menu) and export again.");
        return false;
    }
    const QByteArray data = formatOfPath(path) == Format::Svg ? svg(widget, title, description) : png(widget);
    if (data.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("The picture could not be drawn (%1 × %2 pixels).\n"
                               "Make the window smaller and export again.")
                                .arg(widget->width())
                                .arg(widget->height());
        return false;
    }
    QString error;
    if (!RowExporter::writeFile(path, data, &error)) {
        if (errorMessage)
            *errorMessage = error + QLatin1Char('\n') + tr("Choose a folder you can write to and export again.");
        return false;
    }
    return true;
}

QString PictureExporter::exportWithDialog(const QWidget *widget, QWidget *parent, const QString &suggestedPath,
                                         const QString &title, const QString &description)
{
    QString filter = formatOfPath(suggestedPath) == Format::Svg ? svgFilter() : pngFilter();
    const QString chosen = QFileDialog::getSaveFileName(parent, tr("Export timeline picture"), suggestedPath,
                                                        pngFilter() + QLatin1String(";;") + svgFilter(), &filter);
    if (chosen.isEmpty())
        return {};
    const QString path = withSuffix(chosen, filter);
    QString error;
    if (!save(widget, path, title, description, &error)) {
        // Window-modal and non-blocking, like the window's other errors.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error, QMessageBox::Ok, parent);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return {};
    }
    return path;
}

namespace {

constexpr const char *RenderingProperty = "pictureExporterRendering";

// Marks the widget as drawn into a picture for as long as it lives.
class RenderingMark
{
public:
    explicit RenderingMark(const QWidget *widget)
        : m_widget(const_cast<QWidget *>(widget))
    {
        m_widget->setProperty(RenderingProperty, true);
    }
    ~RenderingMark() { m_widget->setProperty(RenderingProperty, QVariant()); }
    RenderingMark(const RenderingMark &) = delete;
    RenderingMark &operator=(const RenderingMark &) = delete;

private:
    QWidget *m_widget;
};

} // namespace

QString PictureExporter::suggestedPath(const QString &folder, const QString &subject)
{
    QString name = subject.trimmed();
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.isEmpty() ? folder + QLatin1String("/timeline.png") : folder + QLatin1Char('/') + name
                                                                          + QLatin1String("-timeline.png");
}

bool PictureExporter::isRendering(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->property(RenderingProperty).toBool())
            return true;
    }
    return false;
}

QByteArray PictureExporter::png(const QWidget *widget)
{
    const RenderingMark mark(widget);
    const qreal ratio = widget->devicePixelRatioF();
    QImage image(widget->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(ratio);
    image.fill(widget->palette().color(QPalette::Window));
    const_cast<QWidget *>(widget)->render(&image);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return data;
}

QByteArray PictureExporter::svg(const QWidget *widget, const QString &title, const QString &description)
{
    const RenderingMark mark(widget);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(widget->size());
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(title);
    generator.setDescription(description);
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    painter.fillRect(QRect(QPoint(0, 0), widget->size()), widget->palette().color(QPalette::Window));
    const_cast<QWidget *>(widget)->render(&painter);
    painter.end();
    return data;
}
