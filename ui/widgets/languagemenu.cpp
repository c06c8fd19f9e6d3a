#include "ui/widgets/languagemenu.h"

#include "sessions/displayformat.h"
#include "settings/appsettings.h"

#include "translationloader.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QMessageBox>
#include <QSettings>

LanguageMenu::LanguageMenu(QWidget *window, QWidget *parent)
    : QMenu(tr("Lan&guage"), parent)
    , m_window(window)
    , m_languages(new QActionGroup(this))
{
    setAccessibleName(tr("Language"));
    const QString chosen = TranslationLoader::chosenLanguage();

    QAction *system = addAction(tr("&System language (%1)").arg(TranslationLoader::nativeName(
        QLocale::system().name().section(QLatin1Char('_'), 0, 0))));
    system->setCheckable(true);
    system->setChecked(chosen.isEmpty());
    m_languages->addAction(system);
    connect(system, &QAction::triggered, this, [this] { chooseLanguage(QString()); });

    // Language names stay in their own language, so that anyone can find theirs.
    const QStringList codes = TranslationLoader::availableLanguages();
    for (const QString &code : codes) {
        const QString name = TranslationLoader::nativeName(code);
        QAction *action = addAction(QLatin1Char('&') + name);
        action->setCheckable(true);
        action->setChecked(chosen == code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    addSeparator();
    QAction *iso = addAction(tr("&ISO 8601 dates"));
    iso->setToolTip(tr("Show dates and times as 2026-02-27 13:15:51 instead of in the system's format"));
    iso->setCheckable(true);
    iso->setChecked(DisplayFormat::isIso8601());
    connect(iso, &QAction::toggled, this, &LanguageMenu::setIso8601);
}

void LanguageMenu::chooseLanguage(const QString &code)
{
    if (code == TranslationLoader::chosenLanguage())
        return;
    TranslationLoader::setChosenLanguage(code);
    // Every text was translated when its widget was built: switching live
    // would leave a mix, so the choice waits for the next start.
    QMessageBox::information(m_window, tr("Language"),
                             tr("The new language applies the next time you start Usage Session Admin."));
}

void LanguageMenu::setIso8601(bool on)
{
    DisplayFormat::setIso8601(on);
    AppSettings::Iso8601Dates.write(on);
    const auto views = m_window->findChildren<QAbstractItemView *>();
    for (QAbstractItemView *view : views)
        view->viewport()->update();
    emit dateFormatChanged();
}
