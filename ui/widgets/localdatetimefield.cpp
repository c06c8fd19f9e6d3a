#include "ui/widgets/localdatetimefield.h"

#include "sessions/displayformat.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>

LocalDateTimeField::LocalDateTimeField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_utc(new QLabel(this))
{
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setDisplayFormat(DisplayFormat::dateTimeFormat());
    m_edit->setCalendarPopup(true);
    m_utc->setObjectName(QStringLiteral("utcTime"));
    m_utc->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_utc);
    setFocusProxy(m_edit);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        updateUtcText();
        emit changed();
    });
    updateUtcText();
}

BillForward::Timestamp LocalDateTimeField::utcMs() const
{
    return m_edit->dateTime().toMSecsSinceEpoch();
}

void LocalDateTimeField::setUtcMs(BillForward::Timestamp utcMs)
{
    m_edit->setDateTime(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime());
}

void LocalDateTimeField::updateUtcText()
{
    // ISO 8601 for the instant sent: it is what the server and the journal record.
    const QString utc = QDateTime::fromMSecsSinceEpoch(utcMs(), QTimeZone::utc())
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_utc->setText(tr("= %1 UTC").arg(utc));
    m_utc->setAccessibleName(tr("Sent as %1 UTC").arg(utc));
    m_edit->setAccessibleDescription(tr("Local time. It is sent as %1 UTC.").arg(utc));
}
