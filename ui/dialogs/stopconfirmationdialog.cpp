#include "ui/dialogs/stopconfirmationdialog.h"

#include "ui/widgets/localdatetimefield.h"

#include "actions/stoprequestvalidator.h"
#include "sessions/displayformat.h"
#include "sessions/durationformat.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

StopConfirmationDialog::StopConfirmationDialog(const QList<BillForward::UsageSession> &sessions,
                                               const ActionPolicy &policy, QWidget *parent)
    : QDialog(parent), m_sessions(sessions), m_policy(policy)
{
    setWindowTitle(tr("Stop sessions"));
    setAccessibleName(tr("Stop sessions"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(int(sessions.size()), 4);
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setAccessibleName(tr("Sessions that will stop"));
    m_table->setAccessibleDescription(tr("Each session that will stop: its ID, unit, start in local time and the duration it will have."));
    m_table->setHorizontalHeaderLabels(
        {tr("Session ID"), tr("Unit"), tr("Started"), tr("Duration at stop")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    m_stopNow = new QRadioButton(tr("&Now"));
    m_stopNow->setAccessibleName(tr("Stop now"));
    m_stopNow->setChecked(true);
    m_stopAt = new QRadioButton(tr("&At"));
    m_stopAt->setAccessibleName(tr("Stop at a chosen time"));
    m_stopTime = new LocalDateTimeField;
    m_stopTime->edit()->setObjectName(QStringLiteral("stopTime"));
    m_stopTime->edit()->setAccessibleName(tr("Stop time"));
    m_stopTime->setEnabled(false);
    auto *timeRow = new QWidget;
    timeRow->setObjectName(QStringLiteral("stopTimeRow"));
    auto *timeLayout = new QHBoxLayout(timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    auto *timeLabel = new QLabel(tr("Stop &time:"));
    timeLabel->setBuddy(m_stopNow);
    timeLayout->addWidget(timeLabel);
    timeLayout->addWidget(m_stopNow);
    timeLayout->addWidget(m_stopAt);
    timeLayout->addWidget(m_stopTime, 1);
    m_timeMarker = FieldMarker(timeRow);

    m_dontAsk = new QCheckBox(tr("&Don’t ask again for this profile"));
    m_dontAsk->setAccessibleName(tr("Don’t ask again for this profile"));
    m_dontAsk->setVisible(m_policy.canSkipStopConfirmation());

    auto *buttons = new QDialogButtonBox;
    m_stopButton = buttons->addButton(tr("Stop session"), QDialogButtonBox::AcceptRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    // A destructive action is not the default: Enter alone must not stop sessions.
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stopButton, &QPushButton::clicked, this, &StopConfirmationDialog::onStopClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_timeMarker.container());
    layout->addWidget(m_dontAsk);
    layout->addWidget(buttons);

    connect(m_stopAt, &QRadioButton::toggled, this, [this](bool at) {
        m_stopTime->setEnabled(at);
        refresh();
    });
    connect(m_stopTime, &LocalDateTimeField::changed, this, &StopConfirmationDialog::refresh);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &StopConfirmationDialog::refresh);
    m_clock->start();

    setTabOrder(m_table, m_stopNow);
    setTabOrder(m_stopNow, m_stopAt);
    setTabOrder(m_stopAt, m_stopTime->edit());
    setTabOrder(m_stopTime->edit(), m_dontAsk);
    refresh();
    cancel->setFocus();
    resize(640, 320);
}

void StopConfirmationDialog::setNow(BillForward::Timestamp utcMs)
{
    m_fixedNow = utcMs;
    m_clock->stop();
    if (!m_stopAt->isChecked())
        m_stopTime->setUtcMs(utcMs);
    refresh();
}

void StopConfirmationDialog::setStopTime(BillForward::Timestamp utcMs)
{
    m_stopTime->setUtcMs(utcMs);
    m_stopAt->setChecked(true);
    refresh();
}

BillForward::Timestamp StopConfirmationDialog::now() const
{
    return m_fixedNow != BillForward::NoTimestamp ? m_fixedNow : QDateTime::currentMSecsSinceEpoch();
}

BillForward::Timestamp StopConfirmationDialog::effectiveStop() const
{
    const BillForward::Timestamp chosen = request().stop;
    return chosen != BillForward::NoTimestamp ? chosen : now();
}

StopRequest StopConfirmationDialog::request() const
{
    StopRequest request;
    request.sessions = m_sessions;
    if (m_stopAt->isChecked())
        request.stop = m_stopTime->utcMs();
    return request;
}

bool StopConfirmationDialog::dontAskAgain() const
{
    return m_policy.canSkipStopConfirmation() && m_dontAsk->isChecked();
}

FieldIssues StopConfirmationDialog::validateAndMark()
{
    StopRequestValidator validator;
    validator.setNow(now());
    const FieldIssues issues = validator.validate(request());
    QStringList messages;
    for (const FieldIssue &issue : issues)
        messages.append(issue.message);
    m_timeMarker.setMessages(messages);
    return issues;
}

void StopConfirmationDialog::refresh()
{
    const int count = int(m_sessions.size());
    const BillForward::Timestamp stopAt = effectiveStop();
    if (m_stopAt->isChecked())
        m_summary->setText(count == 1 ? tr("1 session will stop at the time chosen below.")
                                      : tr("%1 sessions will stop at the time chosen below.").arg(count));
    else
        m_summary->setText(count == 1 ? tr("1 session will stop now.")
                                      : tr("%1 sessions will stop now.").arg(count));
    m_summary->setAccessibleName(m_summary->text());
    for (int row = 0; row < count; ++row) {
        const BillForward::UsageSession &session = m_sessions.at(row);
        const QString start = session.start == BillForward::NoTimestamp
            ? QString()
            : DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(session.start).toLocalTime());
        const bool beforeStart = session.start != BillForward::NoTimestamp && stopAt < session.start;
        const QString duration = beforeStart ? tr("before the start")
                                             : DurationFormat::forPeople(StopRequest::durationAt(session, stopAt));
        const QStringList cells = {session.sessionId, session.uom, start, duration};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells.at(column));
        }
    }
    m_table->resizeColumnsToContents();
    m_stopButton->setText(count == 1 ? tr("Stop session") : tr("Stop %1 sessions").arg(count));
    m_stopButton->setAccessibleName(m_stopButton->text());
    validateAndMark();
}

void StopConfirmationDialog::onStopClicked()
{
    if (!validateAndMark().isEmpty())
        return;
    emit stopRequested(batch());
    accept();
}
