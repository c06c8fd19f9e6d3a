#include "ui/dialogs/periodrangedialog.h"

#include "sessions/displayformat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

PeriodRangeDialog::PeriodRangeDialog(QDate first, QDate last, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Period"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Sessions that ran on any of these days, in local time. Both days are included."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *form = new QFormLayout;
    m_first = new QDateEdit(first, this);
    m_last = new QDateEdit(last, this);
    // The dates carry no time, so ISO 8601 is just the date part.
    const QString format = DisplayFormat::isIso8601() || QLocale().language() == QLocale::C
        ? QStringLiteral("yyyy-MM-dd")
        : QLocale().dateFormat(QLocale::ShortFormat);
    for (QDateEdit *edit : {m_first, m_last}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
        connect(edit, &QDateEdit::dateChanged, this, &PeriodRangeDialog::check);
    }
    m_first->setAccessibleName(tr("First day"));
    m_last->setAccessibleName(tr("Last day, included"));
    form->addRow(tr("&First day:"), m_first);
    form->addRow(tr("&Last day:"), m_last);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    check();
}

Period PeriodRangeDialog::period() const
{
    return Period::days(m_first->date(), m_last->date());
}

bool PeriodRangeDialog::isValid() const
{
    return m_last->date() >= m_first->date();
}

void PeriodRangeDialog::check()
{
    const bool valid = isValid();
    m_message->setText(valid ? QString() : tr("The last day is before the first: choose a later last day."));
    m_message->setVisible(!valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}
