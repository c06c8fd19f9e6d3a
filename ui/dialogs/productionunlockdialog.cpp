#include "ui/dialogs/productionunlockdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProductionUnlockDialog::ProductionUnlockDialog(const QString &profileName, QWidget *parent)
    : QDialog(parent), m_profileName(profileName)
{
    setWindowTitle(tr("Allow changes on production"));
    setAccessibleName(windowTitle());
    auto *text = new QLabel(
        tr("“%1” is a BillForward production connection. Starting and stopping sessions there "
           "changes what customers are billed.\n\nTo allow changes until the app closes, type the "
           "connection’s name or the word production.")
            .arg(profileName));
    text->setWordWrap(true);
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("confirmation"));
    m_edit->setAccessibleName(tr("Type the connection name or production to confirm"));
    m_edit->setAccessibleDescription(tr("Changes stay allowed until the app closes."));
    auto *label = new QLabel(tr("&Confirm:"));
    label->setBuddy(m_edit);

    auto *buttons = new QDialogButtonBox;
    m_unlock = buttons->addButton(tr("Allow changes"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setAccessibleName(m_unlock->text());
    m_unlock->setEnabled(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_unlock->setEnabled(isConfirmed());
        m_unlock->setDefault(isConfirmed());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

bool ProductionUnlockDialog::isConfirmed() const
{
    const QString typed = m_edit->text().trimmed();
    return !typed.isEmpty()
        && (typed.compare(m_profileName.trimmed(), Qt::CaseInsensitive) == 0
            || typed.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0);
}
