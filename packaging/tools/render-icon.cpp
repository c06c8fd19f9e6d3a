// Build-time tool: renders the SVG application icon to the PNG sizes of the
// hicolor icon theme, so the PNGs can never drift from the SVG.
// It reads SVG through Qt's own image plugin (libqt6svg6), the renderer the
// desktop app draws its icons with, so no extra build dependency is needed.
// Painting into a QImage needs no QGuiApplication, hence no display and no
// platform plugin at build time.
//
//   usa-render-icon INPUT.svg SIZE OUTPUT.png

#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(2).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size < 1 || size > 4096) {
        err << "usage: usa-render-icon INPUT.svg SIZE OUTPUT.png\n";
        return 2;
    }
    QImageReader reader(args.at(1));
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read();
    if (image.isNull()) {
        err << "cannot render " << args.at(1) << ": " << reader.errorString()
            << " (is the Qt SVG image plugin, libqt6svg6, installed?)\n";
        return 1;
    }
    image = image.convertToFormat(QImage::Format_ARGB32);
    // Metadata-free output: the same SVG gives the same bytes on every build.
    image.setText(QString(), QString());
    if (!image.save(args.at(3), "PNG", 9)) {
        err << "cannot write " << args.at(3) << '\n';
        return 1;
    }
    return 0;
}
