#pragma once

#include "wire/usagesession.h"

#include <QWidget>

class QDateTimeEdit;
class QLabel;

// A time the user picks in local time, as the session table shows times,
// in the display format (locale or ISO 8601), with the UTC instant that
// will be sent written beside it.
class LocalDateTimeField final : public QWidget
{
    Q_OBJECT

public:
    explicit LocalDateTimeField(QWidget *parent = nullptr);

    BillForward::Timestamp utcMs() const;
    void setUtcMs(BillForward::Timestamp utcMs);
    QDateTimeEdit *edit() const { return m_edit; }
    QLabel *utcLabel() const { return m_utc; }

signals:
    void changed();

private:
    void updateUtcText();

    QDateTimeEdit *m_edit;
    QLabel *m_utc;
};
