#include "ui/pictureexporter.h"
#include "uitestsupport.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "sessions/sessionbrowser.h"
#include "ui/concurrencystrip.h"
#include "ui/connectioncontroller.h"
#include "ui/mainwindow.h"
#include "ui/sessionlayoutswitch.h"
#include "ui/timelinepane.h"
#include "ui/timelineview.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QXmlStreamReader>

namespace {

const QString Subscription = Emulator::DemoData::subscriptionIds().constFirst();
const QByteArray Token = "picture-export-token";

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

// File > Export timeline picture: what is written is the widget as shown,
// PNG at the screen's pixel ratio (a screen at 200 % here) or SVG, and a
// path that cannot be written is reported with what to do. Until the
// timeline exists, a pane of the strip (with sessions from the emulator)
// and a label stands in for it.
class tst_PictureExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        UiTest::isolateSettings(m_dir);
        QVERIFY(m_emulator.startDemo(m_client));
        m_browser.setNow(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(UiTest::loadSessions(m_browser, m_client, Subscription));
        QVERIFY(m_browser.store().size() > 100);

        m_pane.resize(480, 160);
        auto *layout = new QVBoxLayout(&m_pane);
        m_strip = new ConcurrencyStrip(&m_browser, &m_pane);
        layout->addWidget(m_strip);
        layout->addWidget(new QLabel(QStringLiteral("lanes stand here"), &m_pane));
        QSignalSpy rebuilt(m_strip, &ConcurrencyStrip::stepsChanged);
        m_pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_pane));
        QTRY_VERIFY(!rebuilt.isEmpty());
        const ConcurrencySteps &steps = m_strip->steps();
        m_strip->setScale(TimeScale::fitting(steps.times().front(), steps.times().back(), m_strip->width()));
    }

    void pngIsTheWidgetAtTheScreensPixelRatio()
    {
        const QString path = m_dir.filePath(QStringLiteral("timeline.png"));
        QString error;
        QVERIFY2(PictureExporter::save(&m_pane, path, QStringLiteral("t"), QStringLiteral("d"), &error),
                 qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(m_pane.devicePixelRatioF(), 2.0);
        QCOMPARE(image.size(), QSize(960, 320));
        QVERIFY(distinctColours(image) >= 3); // not blank: the steps, the label's text

        // What is written is what the screen shows.
        const QImage shown = m_pane.grab().toImage().convertToFormat(QImage::Format_ARGB32);
        image = image.convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(shown.size(), image.size());
        int differing = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                differing += image.pixel(x, y) != shown.pixel(x, y);
        QVERIFY2(differing < image.width() * image.height() / 100, qPrintable(QString::number(differing)));
    }

    void svgIsWellFormedWithTitleDescriptionAndDrawing()
    {
        const QString path = m_dir.filePath(QStringLiteral("timeline.svg"));
        QString error;
        QVERIFY2(PictureExporter::save(&m_pane, path, QStringLiteral("Usage sessions of SUB-1"),
                                       QStringLiteral("Sessions of SUB-1, 12 shown"), &error),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("svg"));
        QString title, description;
        int drawn = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("title"))
                title = xml.readElementText();
            else if (xml.name() == QLatin1String("desc"))
                description = xml.readElementText();
            else if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("rect")
                     || xml.name() == QLatin1String("polyline") || xml.name() == QLatin1String("text"))
                ++drawn;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, QStringLiteral("Usage sessions of SUB-1"));
        QCOMPARE(description, QStringLiteral("Sessions of SUB-1, 12 shown"));
        QVERIFY2(drawn > 20, qPrintable(QString::number(drawn))); // the strip's columns, the label
    }

    void suffixFollowsTheChosenFilter()
    {
        QCOMPARE(PictureExporter::withSuffix(QStringLiteral("/tmp/a"), PictureExporter::svgFilter()),
                 QStringLiteral("/tmp/a.svg"));
        QCOMPARE(PictureExporter::withSuffix(QStringLiteral("/tmp/a"), PictureExporter::pngFilter()),
                 QStringLiteral("/tmp/a.png"));
        QCOMPARE(PictureExporter::withSuffix(QStringLiteral("/tmp/a.SVG"), PictureExporter::pngFilter()),
                 QStringLiteral("/tmp/a.SVG"));
        QCOMPARE(PictureExporter::formatOfPath(QStringLiteral("/tmp/a.SVG")), PictureExporter::Format::Svg);
    }

    void anUnwritablePathSaysWhatHappenedAndWhatToDo()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/timeline.png"));
        QString error;
        QVERIFY(!PictureExporter::save(&m_pane, path, {}, {}, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Choose a folder you can write to")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }

    void aHiddenPaneIsNotExported()
    {
        QWidget hidden;
        hidden.resize(100, 50);
        QString error;
        QVERIFY(!PictureExporter::save(&hidden, m_dir.filePath(QStringLiteral("hidden.png")), {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("Show the timeline")), qPrintable(error));
        QVERIFY(!PictureExporter::save(nullptr, m_dir.filePath(QStringLiteral("none.png")), {}, {}, &error));
    }

    void theFileMenuOffersItWhenThereIsATimeline()
    {
        ConnectionController connection;
        connection.connectTo(m_emulator.url, Token);
        MainWindow window(&connection);
        auto *action = window.findChild<QAction *>(QStringLiteral("exportPictureAction"));
        QVERIFY(action);
        QMenu *file = window.menuBar()->actions().constFirst()->menu();
        QVERIFY(file && file->actions().contains(action));
        QVERIFY(action->text().contains(QStringLiteral("picture")));
        // Enabled only while the timeline shows: no file dialog for a picture that cannot be made.
        SessionLayoutSwitch *layouts = window.findChild<SessionLayoutSwitch *>();
        QVERIFY(layouts);
        layouts->setLayout(SessionLayout::Table);
        QVERIFY(!action->isEnabled());
        layouts->setLayout(SessionLayout::Timeline);
        QVERIFY(action->isEnabled());
        layouts->setLayout(SessionLayout::TableAndTimeline);
        QVERIFY(action->isEnabled());
        layouts->setLayout(SessionLayout::Table);
        QVERIFY(!action->isEnabled());
    }

    void theSuggestedNameNamesWhatIsShown()
    {
        QCOMPARE(PictureExporter::suggestedPath(QStringLiteral("/docs"), QStringLiteral("SUB-1")),
                 QStringLiteral("/docs/SUB-1-timeline.png"));
        QCOMPARE(PictureExporter::suggestedPath(QStringLiteral("/docs"), QStringLiteral("all-watched")),
                 QStringLiteral("/docs/all-watched-timeline.png"));
        // No subscription (All watched, not connected): no name starting with "-".
        QCOMPARE(PictureExporter::suggestedPath(QStringLiteral("/docs"), QString()), QStringLiteral("/docs/timeline.png"));
        QCOMPARE(PictureExporter::suggestedPath(QStringLiteral("/docs"), QStringLiteral("a/b:c")),
                 QStringLiteral("/docs/a_b_c-timeline.png"));
    }

    // The focus frame is for the screen: the picture shows the timeline without it.
    void thePictureHasNoFocusFrame()
    {
        TimelinePane pane(&m_browser);
        pane.resize(600, 300);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QApplication::setActiveWindow(&pane);
        pane.view()->setFocus();
        QTRY_VERIFY(pane.view()->hasFocus());
        QWidget *viewport = pane.view()->viewport();
        const QRgb highlight = pane.palette().color(QPalette::Highlight).rgb();
        const QPoint onFrame = viewport->mapTo(&pane, QPoint(1, viewport->height() / 2));
        const qreal ratio = pane.devicePixelRatioF();
        const QImage screen = pane.grab().toImage();
        QCOMPARE(screen.pixel(qRound(onFrame.x() * ratio), qRound(onFrame.y() * ratio)), highlight); // on screen
        QImage picture;
        QVERIFY(picture.loadFromData(PictureExporter::png(&pane), "PNG"));
        QVERIFY(picture.pixel(qRound(onFrame.x() * ratio), qRound(onFrame.y() * ratio)) != highlight);
        QVERIFY(pane.view()->hasFocus()); // exporting took nothing from the user
    }

private:
    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
    BillForward::ApiClient m_client;
    SessionBrowser m_browser;
    QWidget m_pane;
    ConcurrencyStrip *m_strip = nullptr;
};

// An offscreen screen at 200 %, as a HiDPI laptop has.
int main(int argc, char *argv[])
{
    QTemporaryDir screenDir;
    if (!UiTest::useOffscreenScreen(screenDir, 1280, 800, 2))
        return 1;
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_PictureExporter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pictureexporter.moc"
