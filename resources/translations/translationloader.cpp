#include "translationloader.h"

#include "settings/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{
}

TranslationLoader::~TranslationLoader()
{
    uninstall();
}

bool TranslationLoader::install(const QLocale &locale)
{
    uninstall();
    // QTranslator::load(QLocale, ...) walks locale.uiLanguages() ("de-AT",
    // "de", ...) and takes the first catalogue found.
    if (!m_app->load(locale, catalogueName(), QStringLiteral("_"), catalogueDirectory()))
        return false;
    QCoreApplication::installTranslator(m_app);
    // Qt's own strings (standard buttons, context menus of line edits); a
    // missing Qt catalogue is not an error, the app's words are translated.
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    m_installed = true;
    return true;
}

void TranslationLoader::uninstall()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(m_qt);
    QCoreApplication::removeTranslator(m_app);
    m_installed = false;
}

QLocale TranslationLoader::preferredLocale()
{
    const QString chosen = chosenLanguage();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

QString TranslationLoader::chosenLanguage()
{
    return AppSettings::Language.read();
}

void TranslationLoader::setChosenLanguage(const QString &code)
{
    if (code.isEmpty())
        AppSettings::Language.remove();
    else
        AppSettings::Language.write(code);
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QString prefix = catalogueName() + QLatin1Char('_');
    const QStringList files = QDir(catalogueDirectory()).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files,
                                                                   QDir::Name);
    for (const QString &file : files)
        codes << file.mid(prefix.size()).chopped(3);
    return codes;
}

QString TranslationLoader::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    // "English" rather than "American English": the catalogue is not regional.
    return code == QLatin1String("en") ? QStringLiteral("English") : name.left(1).toUpper() + name.mid(1);
}
