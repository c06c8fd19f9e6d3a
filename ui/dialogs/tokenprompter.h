#pragma once

#include <QObject>
#include <QPointer>

class QWidget;
class TokenPromptDialog;
class TokenResolver;

// Answers TokenResolver::tokenNeeded() with a window-modal TokenPromptDialog
// (opened, never exec()'d) and hands the answer back to the resolver.
class TokenPrompter final : public QObject
{
    Q_OBJECT

public:
    TokenPrompter(TokenResolver *resolver, QWidget *window);

    // The profile name shown in the dialog's title.
    void setProfileName(const QString &name) { m_profileName = name; }
    TokenPromptDialog *dialog() const { return m_dialog; }

private:
    void ask(const QString &profileId, const QString &reason, bool keychainAvailable);

    TokenResolver *m_resolver;
    QPointer<QWidget> m_window;
    QPointer<TokenPromptDialog> m_dialog;
    QString m_profileName;
};
