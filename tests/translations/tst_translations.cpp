// The German catalogue: every source string translated (placeholders, plural
// forms and accelerators kept), the committed .ts current with the sources,
// and the embedded .qm turning each library's texts German at run time.
#include "tsfile.h"
#include "settings/appsettings.h"

#include "actions/connectionprofile.h"
#include "api/apierror.h"
#include "ui/filterbar.h"
#include "ui/widgets/languagemenu.h"
#include "secrets/tokenvault.h"
#include "sessions/displayformat.h"
#include "sessions/durationformat.h"
#include "sessions/sessionfilter.h"
#include "sessions/sessionpager.h"
#include "sessions/totalstext.h"
#include "ui/dialogs/startsessiondialog.h"
#include "translationloader.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using BillForward::ApiError;

namespace {

QString tsFile()
{
    return QStringLiteral(USA_TS_FILE);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

// The accelerator letter of a text ("Sei&te" -> 't'), or a null QChar.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

QStringList describe(const QList<TsMessage> &messages)
{
    QStringList lines;
    for (const TsMessage &m : messages)
        lines << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
    return lines;
}

using Item = QPair<QString, QString>; // context, source

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyMessageIsTranslated();
    void placeholdersAreKept();
    void acceleratorsAreKept();
    void acceleratorsAreUniqueTogether_data();
    void acceleratorsAreUniqueTogether();
    void catalogueIsCurrentWithTheSources();

    void textsComeOutGerman_data();
    void textsComeOutGerman();
    void germanIsOffered();
    void anotherLanguageKeepsEnglish();
    void languageMenuOffersLanguagesAndIsoDates();

private:
    QTemporaryDir m_settingsDir;
    QList<TsMessage> m_messages;
    TranslationLoader *m_loader = nullptr;
};

void TstTranslations::initTestCase()
{
    // The menu writes settings: keep them out of the user's.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("UsageSessionAdmin"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QString error;
    m_messages = readTsFile(tsFile(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_messages.size() > 400);

    m_loader = new TranslationLoader(this);
    QVERIFY(m_loader->install(QLocale(QLocale::German, QLocale::Germany)));
}

void TstTranslations::everyMessageIsTranslated()
{
    QList<TsMessage> bad;
    for (const TsMessage &m : std::as_const(m_messages)) {
        const bool done = m.translationType.isEmpty()
            && (m.numerus ? m.numerusForms.size() == 2 && !m.numerusForms.contains(QString()) // German: one, other
                          : !m.translation.isEmpty());
        if (!done)
            bad << m;
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("untranslated, unfinished or vanished:\n")
                                       + describe(bad).join(QLatin1Char('\n'))));
}

void TstTranslations::placeholdersAreKept()
{
    QList<TsMessage> bad;
    for (const TsMessage &m : std::as_const(m_messages)) {
        const QStringList forms = m.numerus ? m.numerusForms : QStringList{m.translation};
        for (const QString &form : forms) {
            if (placeholders(form) != placeholders(m.source)) {
                bad << m;
                break;
            }
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1, %2 … or %n differ:\n") + describe(bad).join(QLatin1Char('\n'))));
}

void TstTranslations::acceleratorsAreKept()
{
    QList<TsMessage> bad;
    for (const TsMessage &m : std::as_const(m_messages)) {
        if (!m.numerus && accelerator(m.source).isNull() != accelerator(m.translation).isNull())
            bad << m;
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("an accelerator (&) gained or lost:\n")
                                       + describe(bad).join(QLatin1Char('\n'))));
}

// Texts shown together (one menu, one dialog, one window's Alt keys) need
// different accelerator letters in German too.
void TstTranslations::acceleratorsAreUniqueTogether_data()
{
    QTest::addColumn<QList<Item>>("items");
    const auto mw = [](const char *source) { return Item(QStringLiteral("MainWindow"), QString::fromUtf8(source)); };
    QTest::newRow("main window: menu bar and fields")
        << QList<Item>{mw("&File"), mw("&View"), mw("&Session"), mw("&Connection"), mw("&Help"),
                       mw("S&ubscription:"), {QStringLiteral("FilterBar"), QStringLiteral("&Search:")},
                       {QStringLiteral("FilterBar"), QStringLiteral("Started &between")},
                       {QStringLiteral("PaginationBar"), QStringLiteral("Rows per &page:")},
                       {QStringLiteral("PaginationBar"), QStringLiteral("Pa&ge")},
                       {QStringLiteral("DetailsPanel"), QStringLiteral("&JSON")}};
    QTest::newRow("File menu") << QList<Item>{mw("&Open subscription…"), mw("&Export filtered rows…"), mw("&Quit")};
    QTest::newRow("View menu") << QList<Item>{
        mw("&Refresh"), mw("&Auto-refresh"), mw("A&ctive sessions"), mw("A&ll sessions"), mw("&Find…"),
        mw("&Next page"), mw("&Previous page"), mw("Details &panel"), mw("&Reset columns"),
        {QStringLiteral("LanguageMenu"), QStringLiteral("Lan&guage")}};
    QTest::newRow("Auto-refresh menu") << QList<Item>{mw("&Off"), mw("Every &10 seconds"), mw("Every &30 seconds"),
                                                      mw("Every &60 seconds")};
    QTest::newRow("Session menu") << QList<Item>{
        mw("&Start session…"), mw("S&top selected"), mw("&Allow changes…"), mw("&Journal…"), mw("&Copy rows"),
        mw("Show &details"), mw("Filter by this &unit"), mw("Filter by this &pricing component")};
    QTest::newRow("Connection menu") << QList<Item>{mw("&Edit connection…"), mw("&Manage connections…")};
    const auto pd = [](const char *source) { return Item(QStringLiteral("ProfileDialog"), QString::fromUtf8(source)); };
    QTest::newRow("connection dialog") << QList<Item>{
        pd("&Name:"), pd("&Server:"), pd("Base &URL:"), pd("&Organizations:"), pd("Access &token:"), pd("Test &with:"),
        pd("&Read-only: never start or stop sessions"), pd("Ask for &confirmation before stopping"),
        pd("T&est connection"), pd("Un&do window:")};
    const auto sd = [](const char *source) { return Item(QStringLiteral("StartSessionDialog"), QString::fromUtf8(source)); };
    QTest::newRow("start dialog") << QList<Item>{sd("&Subscription:"), sd("S&ession IDs:"), sd("&Pricing component:"),
                                                 sd("or &ID"), sd("&Unit:"), sd("&Description:"), sd("S&tart:"),
                                                 sd("&Now"), sd("&At")};
    const auto st = [](const char *source) { return Item(QStringLiteral("StopConfirmationDialog"), QString::fromUtf8(source)); };
    QTest::newRow("stop dialog") << QList<Item>{st("&Now"), st("&At"), st("Stop &time:"),
                                                st("&Don’t ask again for this profile")};
    const auto pm = [](const char *source) { return Item(QStringLiteral("ProfileManagerDialog"), QString::fromUtf8(source)); };
    QTest::newRow("connections dialog") << QList<Item>{pm("&Saved connections:"), pm("&New…"), pm("&Edit…"),
                                                       pm("&Delete"), pm("&Connect")};
    QTest::newRow("token prompt") << QList<Item>{{QStringLiteral("TokenPromptDialog"), QStringLiteral("Access &token:")},
                                                 {QStringLiteral("TokenPromptDialog"),
                                                  QStringLiteral("&Remember in the system keychain")}};
}

void TstTranslations::acceleratorsAreUniqueTogether()
{
    QFETCH(QList<Item>, items);
    QHash<QChar, QString> taken;
    for (const Item &item : items) {
        const QString key = TsMessage{item.first, item.second, {}, false, {}, {}, {}}.key();
        const auto found = std::find_if(m_messages.cbegin(), m_messages.cend(),
                                        [&key](const TsMessage &m) { return m.key() == key; });
        // A text the UI no longer has drops out of the check rather than failing it.
        if (found == m_messages.cend())
            continue;
        const QChar letter = accelerator(found->translation);
        QVERIFY2(!letter.isNull(), qPrintable(found->translation));
        QVERIFY2(!taken.contains(letter), qPrintable(QStringLiteral("'%1' in both \"%2\" and \"%3\"")
                                                         .arg(letter).arg(taken.value(letter), found->translation)));
        taken.insert(letter, found->translation);
    }
}

// lupdate over today's sources into a copy of the committed .ts must find
// nothing new and nothing gone: else run the update_translations target and
// translate what it adds.
void TstTranslations::catalogueIsCurrentWithTheSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("usage-session-admin_de.ts"));
    QVERIFY(QFile::copy(tsFile(), copy));

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    const QString options = QStringLiteral(USA_LUPDATE_OPTIONS);
    QStringList arguments = options.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    arguments << QLatin1Char('@') + QStringLiteral(USA_LUPDATE_LIST_FILE) << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(USA_LUPDATE_EXECUTABLE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());

    QString error;
    const QList<TsMessage> current = readTsFile(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> committedKeys;
    for (const TsMessage &m : std::as_const(m_messages))
        committedKeys.insert(m.key());
    QList<TsMessage> added;
    QSet<QString> currentKeys;
    for (const TsMessage &m : current) {
        currentKeys.insert(m.key());
        if (!committedKeys.contains(m.key()))
            added << m;
    }
    QList<TsMessage> gone;
    for (const TsMessage &m : std::as_const(m_messages)) {
        if (!currentKeys.contains(m.key()))
            gone << m;
    }
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("strings in the sources but not in the .ts:\n")
                                         + describe(added).join(QLatin1Char('\n'))));
    QVERIFY2(gone.isEmpty(), qPrintable(QStringLiteral("strings in the .ts but no longer in the sources:\n")
                                        + describe(gone).join(QLatin1Char('\n'))));
}

// One text from each library, produced by the library's own code.
void TstTranslations::textsComeOutGerman_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");

    QTest::newRow("core: duration") << DurationFormat::forPeople(90061000, QLocale::c()) << QStringLiteral("1 Tg. 1 h 01 min 01 s");
    SessionPager pager;
    pager.setRowCount(0);
    QTest::newRow("core: pager") << pager.rangeText(0) << QStringLiteral("keine Zeilen");
    ApiError cancelled;
    cancelled.kind = ApiError::Kind::Cancelled;
    QTest::newRow("core: API error") << cancelled.message() << QStringLiteral("Die Anfrage wurde abgebrochen.");
    SessionFilter filter;
    filter.setState(SessionFilter::StateChoice::Active);
    QTest::newRow("core: filter chip") << (filter.chips().isEmpty() ? QString() : filter.chips().constFirst().label)
                                       << QStringLiteral("nur aktive");
    QTest::newRow("core: environment") << ConnectionProfile::environmentName(ConnectionProfile::Environment::Production)
                                       << QStringLiteral("Produktion");
    // A numerus string: the plural form, the number grouped.
    SessionTotals::Result totals;
    totals.counts[SessionTotals::Active] = 34;
    totals.counts[SessionTotals::Historic] = 1200;
    QTest::newRow("core: totals, many") << TotalsText::forSet(totals, Period()).section(QLatin1Char(':'), 0, 0)
                                        << QLocale().toString(1234) + QStringLiteral(" Sitzungen");
    totals.counts = {};
    totals.counts[SessionTotals::Active] = 1;
    QTest::newRow("core: totals, one") << TotalsText::forSet(totals, Period()).section(QLatin1Char(':'), 0, 0)
                                       << QStringLiteral("1 Sitzung");
    QTest::newRow("secrets") << TokenVault::tr("The system keychain refused access (%1).").arg(QStringLiteral("x"))
                             << QStringLiteral("Der System-Schlüsselbund hat den Zugriff verweigert (x).");
    StartSessionDialog dialog;
    QTest::newRow("ui actions: start dialog") << dialog.windowTitle() << QStringLiteral("Sitzungen starten");
    FilterBar bar;
    const auto fields = bar.findChildren<QLineEdit *>();
    QStringList names;
    for (const QLineEdit *field : fields)
        names << field->accessibleName();
    QTest::newRow("ui: filter bar") << names.filter(QStringLiteral("Sitzungen durchsuchen")).value(0)
                                    << QStringLiteral("Sitzungen durchsuchen");
    LanguageMenu menu(nullptr);
    QTest::newRow("ui: language menu") << menu.title() << QStringLiteral("S&prache");
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    QTest::newRow("Qt's own (qtbase_de)") << buttons.button(QDialogButtonBox::Cancel)->text()
                                          << QStringLiteral("Abbrechen");
}

void TstTranslations::textsComeOutGerman()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TstTranslations::germanIsOffered()
{
    const QStringList languages = TranslationLoader::availableLanguages();
    QCOMPARE(languages.value(0), QStringLiteral("en"));
    QVERIFY2(languages.contains(QStringLiteral("de")), qPrintable(languages.join(QLatin1Char(' '))));
    QCOMPARE(TranslationLoader::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

void TstTranslations::anotherLanguageKeepsEnglish()
{
    m_loader->uninstall();
    TranslationLoader french;
    QVERIFY(!french.install(QLocale(QLocale::French, QLocale::France)));
    QCOMPARE(DurationFormat::forPeople(90061000, QLocale::c()), QStringLiteral("1 d 1 h 01 min 01 s"));
    QVERIFY(m_loader->install(QLocale(QLocale::German, QLocale::Austria))); // de_AT finds the de catalogue
    QCOMPARE(DurationFormat::forPeople(90061000, QLocale::c()), QStringLiteral("1 Tg. 1 h 01 min 01 s"));
}

void TstTranslations::languageMenuOffersLanguagesAndIsoDates()
{
    QWidget window;
    LanguageMenu menu(&window);
    QStringList texts;
    QAction *iso = nullptr;
    const auto actions = menu.actions();
    for (QAction *action : actions) {
        texts << action->text();
        if (action->text() == QStringLiteral("Datum nach &ISO 8601"))
            iso = action;
    }
    QVERIFY2(texts.contains(QStringLiteral("&Deutsch")) && texts.contains(QStringLiteral("&English")),
             qPrintable(texts.join(QLatin1String(" | "))));
    QVERIFY2(texts.constFirst().startsWith(QStringLiteral("&Systemsprache")), qPrintable(texts.constFirst()));
    QVERIFY(iso && iso->isCheckable() && !iso->isChecked());

    QSignalSpy changed(&menu, &LanguageMenu::dateFormatChanged);
    iso->trigger();
    QCOMPARE(changed.count(), 1);
    QVERIFY(DisplayFormat::isIso8601());
    QCOMPARE(AppSettings::Iso8601Dates.read(), true);
    QCOMPARE(DisplayFormat::dateTime(QDateTime(QDate(2026, 2, 7), QTime(13, 5, 9)), QLocale(QLocale::German)),
             QStringLiteral("2026-02-07 13:05:09"));
    iso->trigger();
    QVERIFY(!DisplayFormat::isIso8601());
    QCOMPARE(AppSettings::Iso8601Dates.read(), false);
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
