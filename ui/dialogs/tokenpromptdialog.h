#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

// Asks for the access token when none is stored or the keychain is
// unavailable. The token is shown as dots and goes nowhere but token().
class TokenPromptDialog final : public QDialog
{
    Q_OBJECT

public:
    TokenPromptDialog(const QString &profileName, const QString &reason, bool keychainAvailable,
                      QWidget *parent = nullptr);

    QByteArray token() const;
    bool remember() const;
    QLineEdit *tokenEdit() const { return m_token; }

private:
    QLineEdit *m_token = nullptr;
    QCheckBox *m_remember = nullptr;
};
