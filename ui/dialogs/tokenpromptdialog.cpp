#include "ui/dialogs/tokenpromptdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TokenPromptDialog::TokenPromptDialog(const QString &profileName, const QString &reason,
                                     bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Access token for %1").arg(profileName));
    setAccessibleName(windowTitle());
    auto *text = new QLabel(reason);
    text->setWordWrap(true);
    text->setObjectName(QStringLiteral("reason"));
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_token->setAccessibleDescription(tr("The BillForward API access token of this connection. It is never shown or logged."));
    auto *label = new QLabel(tr("Access &token:"));
    label->setBuddy(m_token);
    m_remember = new QCheckBox(tr("&Remember in the system keychain"));
    m_remember->setAccessibleName(tr("Remember the token in the system keychain"));
    m_remember->setEnabled(keychainAvailable);
    m_remember->setChecked(keychainAvailable);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Connect"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_token, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_token);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QByteArray TokenPromptDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

bool TokenPromptDialog::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}
