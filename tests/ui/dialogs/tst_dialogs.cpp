// Every dialog the app builds, opened with realistic content: the keyboard
// reaches each control and comes back round, and each control has a name and
// (where its name does not say it all) a description. Also the colours the
// app adds on light and dark palettes, icons at device pixel ratio 2, the
// filter bar's dates in ISO 8601 or the locale's form, and start/stop times
// picked in local time and sent as the right UTC instant.
#include "accessibilitywalk.h"
#include "uitestsupport.h"

#include "ui/connectioncontroller.h"
#include "ui/filterbar.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"
#include "ui/dialogs/profilemanagerdialog.h"
#include "ui/sessionitemdelegate.h"
#include "ui/sessiontableview.h"

#include "actions/actionjournal.h"
#include "actions/actionpolicy.h"
#include "actions/profilestore.h"
#include "actions/sessionactionrunner.h"
#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "ui/dialogs/journaldialog.h"
#include "ui/widgets/localdatetimefield.h"
#include "ui/widgets/palettecolors.h"
#include "ui/dialogs/productionunlockdialog.h"
#include "ui/dialogs/profiledialog.h"
#include "secrets/tokenvault.h"
#include "sessions/displayformat.h"
#include "sessions/sessionbrowser.h"
#include "ui/dialogs/startsessiondialog.h"
#include "ui/dialogs/stopconfirmationdialog.h"
#include "ui/dialogs/tokenpromptdialog.h"

#include <QAction>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTableWidget>
#include <QTimeZone>

#include <memory>

using BillForward::UsageSession;

namespace {

const QByteArray Token = "dialogs-test-token";
// Two hours before a fixed instant, so local and UTC differ by the zone's offset.
constexpr qint64 HourMs = 3600 * 1000;

UsageSession session(const QString &id, qint64 startMs)
{
    UsageSession s;
    s.subscriptionId = QStringLiteral("SUB-7F3A-2291");
    s.sessionId = id;
    s.uom = QStringLiteral("minutes");
    s.pricingComponentName = QStringLiteral("Call minutes");
    s.pricingComponentId = QStringLiteral("PC-1");
    s.start = startMs;
    s.state = QStringLiteral("Active");
    return s;
}

template<typename T>
T *modal()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

} // namespace

class tst_Dialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void keyboardReachesEveryControlAndEachIsNamed_data();
    void keyboardReachesEveryControlAndEachIsNamed();
    void coloursReadOnLightAndDarkPalettes_data();
    void coloursReadOnLightAndDarkPalettes();
    void markedFieldFollowsAPaletteChangeAtRunTime();
    void iconsAreCrispAtDevicePixelRatio2_data();
    void iconsAreCrispAtDevicePixelRatio2();
    void filterDatesFollowTheIsoOptionLive();
    void startAndStopTimesAreLocalAndSentAsUtc();

private:
    QDialog *makeDialog(const QString &kind);

    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
    QPalette m_lightPalette;
    std::unique_ptr<ActionJournal> m_journal;
    std::unique_ptr<QSettings> m_profileSettings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ConnectionController> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Dialogs::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    UiTest::isolateSettings(m_dir);
    m_lightPalette = QApplication::style()->standardPalette();
    QApplication::setPalette(m_lightPalette);
    Emulator::Options options;
    options.token = Token;
    options.demoData = true;
    QVERIFY(m_emulator.start(options));

    m_journal = std::make_unique<ActionJournal>(m_dir.filePath(QStringLiteral("journal.jsonl")));
    for (int i = 0; i < 3; ++i) {
        JournalEntry entry;
        entry.id = QStringLiteral("entry-%1").arg(i);
        entry.time = QDateTime::fromSecsSinceEpoch(1767225600 + i * 60, QTimeZone::utc());
        entry.profileName = QStringLiteral("Sandbox");
        entry.action = i == 2 ? QStringLiteral("stop") : QStringLiteral("start");
        entry.outcome = QStringLiteral("ok");
        entry.sessions = {session(QStringLiteral("kiosk-%1").arg(i), 1767225600000)};
        QVERIFY(m_journal->append(entry));
    }
    m_profileSettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("profiles.ini")),
                                                    QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_profileSettings.get());
    m_profiles->load();
    m_profiles->save(ConnectionProfile::sandbox());
    m_profiles->save(ConnectionProfile::production());
    m_vault = std::make_unique<TokenVault>();
    m_vault->setTimeout(3000);

    // The about box and other message boxes belong to the main window.
    m_connection = std::make_unique<ConnectionController>();
    m_connection->connectTo(m_emulator.url, Token);
    m_connection->client()->setMaxAttempts(1);
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Dialogs::cleanup()
{
    while (QWidget *widget = QApplication::activeModalWidget())
        delete widget;
    QApplication::setPalette(m_lightPalette);
    DisplayFormat::setIso8601(false);
}

QDialog *tst_Dialogs::makeDialog(const QString &kind)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (kind.startsWith(QLatin1String("start session"))) {
        auto *dialog = new StartSessionDialog;
        dialog->setSubscriptionId(QStringLiteral("SUB-7F3A-2291"));
        dialog->setPricingComponents({{QStringLiteral("Call minutes"), QStringLiteral("PC-1")},
                                      {QStringLiteral("Data"), QStringLiteral("PC-2")}});
        dialog->setUnits({QStringLiteral("minutes"), QStringLiteral("GB")});
        if (kind.endsWith(QLatin1String("at a time"))) {
            const auto radios = dialog->findChildren<QRadioButton *>();
            for (QRadioButton *radio : radios) {
                if (radio->accessibleName() == QLatin1String("Start at a chosen time"))
                    radio->setChecked(true);
            }
        }
        return dialog;
    }
    if (kind.startsWith(QLatin1String("stop confirmation"))) {
        auto *dialog = new StopConfirmationDialog(
            {session(QStringLiteral("call-2031"), now - 2 * HourMs), session(QStringLiteral("call-2032"), now - HourMs)},
            ActionPolicy(ConnectionProfile::sandbox()));
        if (kind.endsWith(QLatin1String("at a time")))
            dialog->setStopTime(now - 60000);
        return dialog;
    }
    if (kind == QLatin1String("profile"))
        return new ProfileDialog(ConnectionProfile::sandbox(), m_vault.get());
    if (kind == QLatin1String("profile (production)"))
        return new ProfileDialog(ConnectionProfile::production(), m_vault.get());
    if (kind == QLatin1String("production unlock"))
        return new ProductionUnlockDialog(QStringLiteral("BillForward production"));
    if (kind == QLatin1String("token prompt"))
        return new TokenPromptDialog(QStringLiteral("Sandbox"),
                                     QStringLiteral("The system keychain holds no token for this connection."), true);
    if (kind == QLatin1String("journal"))
        return new JournalDialog(m_journal.get());
    if (kind == QLatin1String("profile manager")) {
        auto *dialog = new ProfileManagerDialog(m_profiles.get(), m_vault.get(), m_profiles->profiles().constFirst().id);
        dialog->list()->setCurrentRow(0);
        return dialog;
    }
    if (kind == QLatin1String("about")) {
        m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        return modal<QMessageBox>();
    }
    return nullptr;
}

void tst_Dialogs::keyboardReachesEveryControlAndEachIsNamed_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"start session", "start session at a time", "stop confirmation",
                             "stop confirmation at a time", "profile", "profile (production)", "production unlock",
                             "token prompt", "journal", "profile manager", "about"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void tst_Dialogs::keyboardReachesEveryControlAndEachIsNamed()
{
    QFETCH(QString, kind);
    const std::unique_ptr<QDialog> owner(makeDialog(kind));
    QDialog *dialog = owner.get();
    QVERIFY(dialog);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);

    const QStringList gaps = UiTest::accessibilityGaps(dialog);
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("; "))));
    QVERIFY2(!dialog->accessibleName().isEmpty() || !dialog->windowTitle().isEmpty(), "the dialog has no name");

    const QList<QWidget *> expected = UiTest::tabStops(dialog);
    QVERIFY(expected.size() >= 1);
    QString error;
    const QList<QWidget *> reached = UiTest::tabRound(dialog, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList missing = UiTest::unreached(expected, reached);
    QStringList passed;
    for (QWidget *widget : reached)
        passed << UiTest::describe(widget);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Tab never reaches: %1 (Tab went through %2)")
                                               .arg(missing.join(QStringLiteral("; ")), passed.join(QStringLiteral(", ")))));
}

void tst_Dialogs::coloursReadOnLightAndDarkPalettes_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light (the style's own)") << false;
    QTest::newRow("dark") << true;
}

void tst_Dialogs::coloursReadOnLightAndDarkPalettes()
{
    QFETCH(bool, dark);
    QApplication::setPalette(dark ? PaletteColors::darkDesktopExample() : m_lightPalette);
    QTRY_COMPARE(PaletteColors::isDark(m_window->table()->palette()), dark);
    const QPalette palette = m_window->table()->palette();
    const double min = PaletteColors::MinimumTextContrast;
    auto check = [min](const QColor &text, const QColor &background, const char *what) {
        const double ratio = PaletteColors::contrast(text, background);
        QVERIFY2(ratio >= min, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                              .arg(QLatin1String(what), text.name(), background.name())
                                              .arg(ratio, 0, 'f', 2)));
    };

    // The table's state colours on plain, alternate and just-changed rows.
    const QColor changed = SessionItemDelegate::highlightColor(palette);
    for (const QColor &background : {palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), changed}) {
        check(SessionItemDelegate::activeColor(palette), background, "active state");
        check(SessionItemDelegate::historicColor(palette), background, "historic state");
    }
    check(palette.color(QPalette::Text), changed, "text of a changed row");
    QVERIFY(changed != palette.color(QPalette::Base)); // the highlight shows

    // Banners and the connection badge: a fixed colour per environment, text that reads on it.
    for (const auto environment : {ConnectionController::Environment::Demo, ConnectionController::Environment::Sandbox,
                                   ConnectionController::Environment::Production,
                                   ConnectionController::Environment::Custom}) {
        const QColor background = ConnectionController::environmentColor(environment);
        check(PaletteColors::textOn(background), background, "banner text");
    }
    // As the window applies them: background first, text second in each style sheet.
    for (QWidget *filled : {m_window->banner(), static_cast<QWidget *>(m_window->connectionButton())}) {
        QList<QColor> colours;
        const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}"));
        for (auto it = hex.globalMatch(filled->styleSheet()); it.hasNext();)
            colours << QColor(it.next().captured());
        QVERIFY2(colours.size() >= 2, qPrintable(filled->styleSheet()));
        check(colours.at(1), colours.at(0), "banner or badge as styled");
    }

    // Error and success text, filter chips.
    const QPalette windowPalette = m_window->palette();
    check(PaletteColors::errorText(windowPalette), windowPalette.color(QPalette::Window), "error text");
    check(PaletteColors::successText(windowPalette), windowPalette.color(QPalette::Window), "success text");
    check(PaletteColors::chipText(windowPalette), PaletteColors::chipBackground(windowPalette), "chip text");
    check(PaletteColors::invalidFieldText(windowPalette), PaletteColors::invalidFieldBackground(windowPalette),
          "invalid subscription ID");
}

void tst_Dialogs::markedFieldFollowsAPaletteChangeAtRunTime()
{
    StartSessionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startButton()->click(); // no session IDs: the field is marked
    QLabel *message = nullptr;
    const auto labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && !label->text().isEmpty() && label->accessibleName() == label->text()
            && label->text().contains(QLatin1String("session"), Qt::CaseInsensitive))
            message = label;
    }
    QVERIFY(message);
    auto readable = [&dialog, message] {
        return PaletteColors::contrast(message->palette().color(QPalette::WindowText),
                                       dialog.palette().color(QPalette::Window))
            >= PaletteColors::MinimumTextContrast;
    };
    QVERIFY(readable());
    const QColor lightColour = message->palette().color(QPalette::WindowText);
    QApplication::setPalette(PaletteColors::darkDesktopExample());
    QTRY_VERIFY(PaletteColors::isDark(dialog.palette()));
    QTRY_VERIFY(readable());
    QVERIFY(message->palette().color(QPalette::WindowText) != lightColour);
    // To look at: USA_SCREENSHOT_DIR=… saves the marked dialog on the dark palette.
    if (const QString dir = qEnvironmentVariable("USA_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("start-dialog-dark-marked.png"))));
    QApplication::setPalette(m_lightPalette);
    QTRY_COMPARE(message->palette().color(QPalette::WindowText), lightColour);
}

void tst_Dialogs::iconsAreCrispAtDevicePixelRatio2_data()
{
    QTest::addColumn<QString>("path");
    const QStringList icons = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
    QVERIFY(icons.size() >= 10);
    for (const QString &icon : icons)
        QTest::newRow(qPrintable(icon)) << QStringLiteral(":/icons/") + icon;
}

void tst_Dialogs::iconsAreCrispAtDevicePixelRatio2()
{
    QFETCH(QString, path);
    const QIcon icon(path);
    for (const int size : {16, 22, 32}) {
        const QPixmap hidpi = icon.pixmap(QSize(size, size), 2.0);
        QCOMPARE(hidpi.size(), QSize(2 * size, 2 * size));
        QCOMPARE(hidpi.devicePixelRatio(), 2.0);
        // Drawn at the size, not a 1x pixmap blown up: the same pixels as at 2x size and ratio 1.
        const QImage twice = icon.pixmap(QSize(2 * size, 2 * size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
        QImage drawn = hidpi.toImage().convertToFormat(QImage::Format_ARGB32);
        drawn.setDevicePixelRatio(1.0);
        QCOMPARE(drawn, twice);
    }
    QCOMPARE(m_window->windowIcon().pixmap(QSize(32, 32), 2.0).size(), QSize(64, 64));
}

void tst_Dialogs::filterDatesFollowTheIsoOptionLive()
{
    FilterBar *bar = m_window->filterBar();
    auto *from = bar->findChild<QDateEdit *>(QStringLiteral("startedFrom"));
    auto *to = bar->findChild<QDateEdit *>(QStringLiteral("startedTo"));
    QVERIFY(from && to);
    QAction *iso = nullptr;
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->text().contains(QLatin1String("ISO 8601")))
            iso = action;
    }
    QVERIFY(iso);
    const QDate date(2026, 2, 7);
    from->setDate(date);
    iso->setChecked(false);
    const QString localForm = QLocale().dateFormat(QLocale::ShortFormat);
    QCOMPARE(from->displayFormat(), QLocale().language() == QLocale::C ? QStringLiteral("yyyy-MM-dd") : localForm);
    iso->setChecked(true);
    QCOMPARE(from->displayFormat(), QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(to->displayFormat(), QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(from->text(), QStringLiteral("2026-02-07"));
    QCOMPARE(from->date(), date); // the range itself does not move

    // A German locale shows its own short date until ISO is chosen; the
    // details panel's times switch with it.
    QSignalSpy loaded(m_window->loader(), &SessionLoader::loadFinished);
    QVERIFY(m_window->openSubscription(Emulator::DemoData::subscriptionIds().at(1)));
    QVERIFY(loaded.wait(30000));
    m_window->table()->selectRow(0);
    auto detailTimes = [this](const QRegularExpression &form) {
        int count = 0;
        const auto fields = m_window->detailsPanel()->findChildren<QLineEdit *>();
        for (const QLineEdit *field : fields)
            count += form.match(field->text()).hasMatch() ? 1 : 0;
        return count;
    };
    const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
    const QRegularExpression germanTime(QStringLiteral("^\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d:\\d\\d$"));
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    iso->setChecked(false);
    QCOMPARE(from->displayFormat(), QLocale().dateFormat(QLocale::ShortFormat));
    QCOMPARE(from->text(), QStringLiteral("07.02.26"));
    QVERIFY(detailTimes(germanTime) >= 2); // start and created
    QCOMPARE(detailTimes(isoTime), 0);
    iso->setChecked(true);
    QCOMPARE(from->text(), QStringLiteral("2026-02-07"));
    QVERIFY(detailTimes(isoTime) >= 2);
    QCOMPARE(detailTimes(germanTime), 0);
    QLocale::setDefault(before);
    iso->setChecked(false);
}

void tst_Dialogs::startAndStopTimesAreLocalAndSentAsUtc()
{
    // main() put the process in Asia/Kolkata (UTC+05:30): local and UTC differ.
    QCOMPARE(QDateTime::currentDateTime().offsetFromUtc(), 5 * 3600 + 1800);
    MainWindow &w = *m_window;
    QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
    QVERIFY(w.openSubscription(Emulator::DemoData::subscriptionIds().at(1)));
    QVERIFY(loaded.wait(30000));

    const qint64 now = QDateTime::currentSecsSinceEpoch() * 1000;
    const qint64 startUtc = now - 2 * HourMs;
    const QDateTime startLocal = QDateTime::fromMSecsSinceEpoch(startUtc).toLocalTime();
    w.startAction()->trigger();
    QTRY_VERIFY(modal<StartSessionDialog>());
    auto *start = modal<StartSessionDialog>();
    start->findChild<QPlainTextEdit *>(QStringLiteral("sessionIds"))->setPlainText(QStringLiteral("local-time-1"));
    const auto radios = start->findChildren<QRadioButton *>();
    for (QRadioButton *radio : radios) {
        if (radio->accessibleName() == QLatin1String("Start at a chosen time"))
            radio->setChecked(true);
    }
    auto *startEdit = start->findChild<QDateTimeEdit *>(QStringLiteral("startTime"));
    QVERIFY(startEdit && startEdit->isEnabled());
    startEdit->setDateTime(startLocal);
    // The field shows local time; beside it the UTC instant that will be sent.
    QCOMPARE(startEdit->text(), DisplayFormat::dateTime(startLocal));
    const QString startUtcText = QDateTime::fromMSecsSinceEpoch(startUtc, QTimeZone::utc())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY(startEdit->parentWidget()->findChild<QLabel *>(QStringLiteral("utcTime"))->text().contains(startUtcText));
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    start->startButton()->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constLast().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);

    const SessionStore &store = w.browser()->store();
    int storeRow = -1;
    for (int row = 0; row < store.size(); ++row) {
        if (store.at(row).sessionId == QLatin1String("local-time-1"))
            storeRow = row;
    }
    QVERIFY(storeRow >= 0);
    QCOMPARE(store.at(storeRow).start, startUtc); // what the emulator recorded and answered

    // Stop it an hour later, picked in local time.
    const qint64 stopUtc = startUtc + HourMs;
    const SessionKey key = SessionKey::of(store.at(storeRow));
    w.filterBar()->searchField()->setText(QStringLiteral("session:local-time-1"));
    QTRY_COMPARE(w.table()->model()->rowCount(), 1);
    w.table()->selectRow(0);
    QTRY_VERIFY(w.stopAction()->isEnabled());
    w.stopAction()->trigger();
    QTRY_VERIFY(modal<StopConfirmationDialog>());
    auto *stop = modal<StopConfirmationDialog>();
    const auto stopRadios = stop->findChildren<QRadioButton *>();
    for (QRadioButton *radio : stopRadios) {
        if (radio->accessibleName() == QLatin1String("Stop at a chosen time"))
            radio->setChecked(true);
    }
    auto *stopEdit = stop->findChild<QDateTimeEdit *>(QStringLiteral("stopTime"));
    QVERIFY(stopEdit && stopEdit->isEnabled());
    stopEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(stopUtc).toLocalTime());
    // The table of the confirmation shows the start in local time, as the main table does.
    QCOMPARE(stop->table()->item(0, 2)->text(), DisplayFormat::dateTime(startLocal));
    QCOMPARE(stop->request().stop, stopUtc);
    stop->stopButton()->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constLast().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
    const int after = w.browser()->store().indexOf(key);
    QVERIFY(after >= 0);
    QCOMPARE(w.browser()->store().at(after).stop, stopUtc);
    w.filterBar()->searchField()->clear();
}

int main(int argc, char **argv)
{
    // A zone with a half-hour offset and no daylight saving: any UTC/local mix-up shows.
    qputenv("TZ", "Asia/Kolkata");
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_Dialogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dialogs.moc"
