#pragma once

#include "sessions/period.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

// "A range of dates…" of the filter bar's period: the first and the last
// day, both included, in local time (Period::days). OK stays off while the
// last day is before the first, and the message says so.
class PeriodRangeDialog final : public QDialog
{
    Q_OBJECT

public:
    PeriodRangeDialog(QDate first, QDate last, QWidget *parent = nullptr);

    Period period() const;
    bool isValid() const;
    QDateEdit *firstDayField() const { return m_first; }
    QDateEdit *lastDayField() const { return m_last; }

private:
    void check();

    QDateEdit *m_first;
    QDateEdit *m_last;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
