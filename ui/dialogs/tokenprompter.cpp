#include "ui/dialogs/tokenprompter.h"

#include "ui/dialogs/tokenpromptdialog.h"

#include "secrets/tokenresolver.h"

TokenPrompter::TokenPrompter(TokenResolver *resolver, QWidget *window)
    : QObject(window), m_resolver(resolver), m_window(window)
{
    connect(resolver, &TokenResolver::tokenNeeded, this, &TokenPrompter::ask);
}

void TokenPrompter::ask(const QString &profileId, const QString &reason, bool keychainAvailable)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new TokenPromptDialog(m_profileName.isEmpty() ? profileId : m_profileName, reason,
                                         keychainAvailable, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, profileId](int code) {
        if (code == QDialog::Accepted)
            m_resolver->provideToken(profileId, dialog->token(), dialog->remember());
        else
            m_resolver->provideToken(profileId, {});
    });
    dialog->open();
}
