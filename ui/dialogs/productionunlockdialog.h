#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

// Explicit unlock of a production connection for this session: the user
// types the profile's name or "production". The caller then calls
// SessionActionRunner::unlockProduction() (nothing is saved).
class ProductionUnlockDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProductionUnlockDialog(const QString &profileName, QWidget *parent = nullptr);

    bool isConfirmed() const;
    QLineEdit *confirmationEdit() const { return m_edit; }
    QPushButton *unlockButton() const { return m_unlock; }

private:
    QString m_profileName;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_unlock = nullptr;
};
