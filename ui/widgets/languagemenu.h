#pragma once

#include <QMenu>

class QActionGroup;

// View > Language: the app's language (the system's, or one with a
// catalogue) and whether dates show in ISO 8601. The language applies at the
// next start; the date form applies at once to the window's item views.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *window, QWidget *parent = nullptr);

signals:
    void dateFormatChanged();

private:
    void chooseLanguage(const QString &code);
    void setIso8601(bool on);

    QWidget *m_window;
    QActionGroup *m_languages;
};
