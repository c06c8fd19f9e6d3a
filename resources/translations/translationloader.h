#pragma once

#include <QLocale>
#include <QObject>
#include <QStringList>

class QTranslator;

// Installs the app's catalogue (embedded under :/i18n) and Qt's own
// (qtbase_xx from Qt's translations directory) for one language. The language
// is the system's unless the user chose one in the settings; a choice takes
// effect at the next start, when nothing has been translated yet.
class TranslationLoader final : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    // Loads and installs the catalogues for locale's UI languages; returns
    // false when the app has no catalogue for them (English, the source
    // language, then stays).
    bool install(const QLocale &locale);
    void uninstall();

    // The locale chosen in the settings, or the system locale.
    static QLocale preferredLocale();
    // "" follows the system; otherwise a language code such as "de" or "en".
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &code);
    // Language codes with a catalogue, the source language "en" first.
    static QStringList availableLanguages();
    // The language's own name ("Deutsch"), for a menu.
    static QString nativeName(const QString &code);

    static QString catalogueDirectory() { return QStringLiteral(":/i18n"); }
    static QString catalogueName() { return QStringLiteral("usage-session-admin"); }

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    bool m_installed = false;
};
