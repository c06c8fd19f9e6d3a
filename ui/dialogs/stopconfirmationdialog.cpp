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
    : QDialog(parent), m_policy(policy)
{
    // Grouped by organization, as the requests will be: one per organization.
    QStringList organizations;
    for (const BillForward::UsageSession &session : sessions) {
        if (!organizations.contains(session.organizationId))
            organizations.append(session.organizationId);
    }
    for (const QString &organization : std::as_const(organizations)) {
        for (const BillForward::UsageSession &session : sessions) {
            if (session.organizationId == organization)
                m_sessions.append(session);
        }
    }
    m_organizationCount = int(organizations.size());

    setWindowTitle(tr("Stop sessions"));
    setAccessibleName(tr("Stop sessions"));

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setAccessibleName(tr("Sessions that will stop"));
    m_table->setAccessibleDescription(
        tr("Each session that will stop, grouped by organization: its ID, unit, start in local time, "
           "the duration that will be billed and the instant it stops at in UTC."));
    m_table->setHorizontalHeaderLabels(
        {tr("Session ID"), tr("Unit"), tr("Started"), tr("Billed duration"), tr("Stops at (UTC)"), tr("Note")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    m_stopNow = new QRadioButton(tr("&Now"));
    m_stopNow->setAccessibleName(tr("Stop now"));
    m_stopNow->setChecked(true);
    m_stopAsOfLimit = new QRadioButton(tr("As of its &limit"));
    m_stopAsOfLimit->setObjectName(QStringLiteral("stopAsOfLimit"));
    m_stopAsOfLimit->setAccessibleName(tr("Stop as of each session’s limit"));
    m_stopAsOfLimit->setToolTip(tr("Each session that ran past its limit stops when its run reached the limit; "
                                   "the others stop now."));
    m_stopAsOfLimit->setVisible(false);
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
    timeLayout->addWidget(m_stopAsOfLimit);
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
    connect(m_stopAsOfLimit, &QRadioButton::toggled, this, &StopConfirmationDialog::refresh);
    connect(m_stopTime, &LocalDateTimeField::changed, this, &StopConfirmationDialog::refresh);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &StopConfirmationDialog::refresh);
    m_clock->start();

    setTabOrder(m_table, m_stopNow);
    setTabOrder(m_stopNow, m_stopAsOfLimit);
    setTabOrder(m_stopAsOfLimit, m_stopAt);
    setTabOrder(m_stopAt, m_stopTime->edit());
    setTabOrder(m_stopTime->edit(), m_dontAsk);
    layOutRows();
    refresh();
    cancel->setFocus();
    resize(960, 340);
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

void StopConfirmationDialog::setLimitInstants(const QHash<SessionKey, BillForward::Timestamp> &instants)
{
    m_limitInstants = instants;
    bool any = false;
    for (const BillForward::UsageSession &session : std::as_const(m_sessions))
        any = any || instants.contains(SessionKey::of(session));
    // setVisible(false) on a shown dialog's checked radio would leave it checked.
    if (!any && m_stopAsOfLimit->isChecked())
        m_stopNow->setChecked(true);
    m_stopAsOfLimit->setVisible(any);
    refresh();
}

bool StopConfirmationDialog::offersStopAsOfLimit() const
{
    return m_stopAsOfLimit->isVisibleTo(this);
}

void StopConfirmationDialog::setStopAsOfLimit()
{
    if (offersStopAsOfLimit())
        m_stopAsOfLimit->setChecked(true);
}

BillForward::Timestamp StopConfirmationDialog::now() const
{
    return m_fixedNow != BillForward::NoTimestamp ? m_fixedNow : QDateTime::currentMSecsSinceEpoch();
}

StopRequest StopConfirmationDialog::request() const
{
    StopRequest request;
    request.sessions = m_sessions;
    request.limitInstants = m_limitInstants;
    if (m_stopAt->isChecked()) {
        request.when = StopRequest::When::At;
        request.stop = m_stopTime->utcMs();
    } else if (m_stopAsOfLimit->isChecked()) {
        request.when = StopRequest::When::AsOfLimit;
    }
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

void StopConfirmationDialog::layOutRows()
{
    // Several organizations: a row naming each above its sessions, since each
    // goes as a request of its own.
    const bool named = m_organizationCount > 1;
    m_rowOfSession.clear();
    m_table->setRowCount(0);
    QString organization;
    for (int index = 0; index < m_sessions.size(); ++index) {
        const BillForward::UsageSession &session = m_sessions.at(index);
        if (named && (index == 0 || session.organizationId != organization)) {
            organization = session.organizationId;
            int count = 0;
            for (const BillForward::UsageSession &other : std::as_const(m_sessions))
                count += other.organizationId == organization ? 1 : 0;
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QString name = organization.isEmpty() ? tr("No organization") : organization;
            auto *item = new QTableWidgetItem(count == 1 ? tr("Organization %1: 1 session, one request").arg(name)
                                                         : tr("Organization %1: %2 sessions, one request")
                                                               .arg(name)
                                                               .arg(count));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            m_table->setItem(row, 0, item);
            m_table->setSpan(row, 0, 1, m_table->columnCount());
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_rowOfSession.append(row);
    }
}

void StopConfirmationDialog::refresh()
{
    const int count = int(m_sessions.size());
    const StopRequest asked = request();
    const BillForward::Timestamp at = now();
    QString summary;
    switch (asked.when) {
    case StopRequest::When::Now:
        summary = count == 1 ? tr("1 session will stop now.") : tr("%1 sessions will stop now.").arg(count);
        break;
    case StopRequest::When::At:
        summary = count == 1 ? tr("1 session will stop at the time chosen below.")
                             : tr("%1 sessions will stop at the time chosen below.").arg(count);
        break;
    case StopRequest::When::AsOfLimit:
        summary = count == 1 ? tr("1 session will stop as of its limit.")
                             : tr("%1 sessions will stop as of their limits; those without a limit stop now.")
                                   .arg(count);
        break;
    }
    if (m_organizationCount > 1)
        summary += QLatin1Char(' ')
            + tr("They belong to %1 organizations: one request is sent for each.").arg(m_organizationCount);
    int earlierParts = 0;
    bool anyNote = false;
    for (int index = 0; index < count; ++index) {
        const BillForward::UsageSession &session = m_sessions.at(index);
        const bool beforeStart = asked.chosenBeforeStart(session, at);
        // A chosen time before the start is refused: show it as chosen, not as it would be held.
        const BillForward::Timestamp stopAt = beforeStart ? asked.stop : asked.stopOf(session, at);
        const QString start = session.start == BillForward::NoTimestamp
            ? QString()
            : DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(session.start).toLocalTime());
        const QString duration = beforeStart ? tr("before the start")
                                             : DurationFormat::forPeople(StopRequest::durationAt(session, stopAt));
        // ISO 8601, as LocalDateTimeField shows the instant sent.
        const QString stopUtc = stopAt == BillForward::NoTimestamp
            ? QString()
            : QDateTime::fromMSecsSinceEpoch(stopAt, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QString note;
        QString noteTip;
        if (StopRequest::startsAfter(session, at)) {
            note = tr("Starts in the future: stopped at its start, nothing billed");
            noteTip = tr("Its start lies ahead of now (its device’s clock may run ahead). The server refuses a stop "
                         "before the start, so it stops at its start and is billed for no time.");
        } else if (asked.when == StopRequest::When::AsOfLimit) {
            if (!asked.hasLimit(session)) {
                note = tr("No limit: stops now");
            } else if (asked.limitBeforeCurrentPart(session)) {
                note = tr("Earlier parts already ended: stops at this part’s start");
                noteTip = tr("Its limit fell in an earlier part of the run: those parts already ended and are "
                             "billed as they were, so only this part is stopped, at its start.");
                ++earlierParts;
            } else {
                note = tr("As of its limit");
            }
        }
        anyNote = anyNote || !note.isEmpty();
        const QStringList cells = {session.sessionId, session.uom, start, duration, stopUtc, note};
        const int row = m_rowOfSession.at(index);
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(cells.at(column));
            if (column == NoteColumn)
                item->setToolTip(noteTip.isEmpty() ? note : noteTip);
        }
    }
    if (earlierParts > 0)
        summary += QLatin1Char(' ')
            + (earlierParts == 1
                   ? tr("For 1 session the limit fell in an earlier part of its run: the earlier parts already "
                        "ended and are billed as they were.")
                   : tr("For %1 sessions the limit fell in an earlier part of their run: the earlier parts "
                        "already ended and are billed as they were.")
                         .arg(earlierParts));
    m_summary->setText(summary);
    m_summary->setAccessibleName(summary);
    // Notes concern stops as of a limit and sessions that start later.
    m_table->setColumnHidden(NoteColumn, asked.when != StopRequest::When::AsOfLimit && !anyNote);
    m_table->resizeColumnsToContents();
    m_stopButton->setText(count == 1 ? tr("Stop session") : tr("Stop %1 sessions").arg(count));
    m_stopButton->setAccessibleName(m_stopButton->text());
    validateAndMark();
}

void StopConfirmationDialog::onStopClicked()
{
    if (!validateAndMark().isEmpty())
        return;
    // The instants are fixed here: however late the plan is sent, it stops
    // at what the user saw.
    emit stopRequested(plan());
    accept();
}
