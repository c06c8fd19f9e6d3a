#pragma once

#include "actions/actionpolicy.h"
#include "actions/fieldissue.h"
#include "actions/stopplan.h"
#include "actions/stoprequest.h"
#include "ui/widgets/fieldmarker.h"

#include <QDialog>

class QCheckBox;
class LocalDateTimeField;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTimer;

// Confirms a stop: how many, which (session, unit, start, grouped by
// organization when there are several), the instant each stops at in UTC
// and the duration that will be billed. Stop now, at a chosen time, or, when
// a session ran past its limit, as of its limit (never before its current
// part's start). A stop time before any start is marked. "Don't ask again
// for this profile" is offered except on production. Nothing is sent from
// here: on confirmation the dialog emits stopRequested() with the plan, one
// batch per organization, its stop instants fixed at that moment.
class StopConfirmationDialog final : public QDialog
{
    Q_OBJECT

public:
    StopConfirmationDialog(const QList<BillForward::UsageSession> &sessions, const ActionPolicy &policy,
                           QWidget *parent = nullptr);

    // Test hook: a fixed clock (UTC ms); otherwise the clock ticks each second.
    void setNow(BillForward::Timestamp utcMs);
    // Stop at a chosen time instead of now.
    void setStopTime(BillForward::Timestamp utcMs);
    // Per session: the instant it reached its limit (its run's start + the
    // limit). Offers "as of its limit" when a selected session has one.
    void setLimitInstants(const QHash<SessionKey, BillForward::Timestamp> &instants);
    // A selected session has a limit instant: "as of its limit" is offered.
    bool offersStopAsOfLimit() const;
    // Stop each session as of its limit (those without one: now).
    void setStopAsOfLimit();

    StopRequest request() const;
    // What confirming now would send.
    StopPlan plan() const { return StopPlan::of(request(), now()); }
    // The user turned the confirmation off for this profile (never on production).
    bool dontAskAgain() const;
    FieldIssues validateAndMark();

    QPushButton *stopButton() const { return m_stopButton; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *dontAskAgainBox() const { return m_dontAsk; }
    QRadioButton *asOfLimitButton() const { return m_stopAsOfLimit; }
    // The table row of sessions().at(index) (rows naming an organization sit between).
    int rowOf(int index) const { return m_rowOfSession.value(index, -1); }
    const QList<BillForward::UsageSession> &sessions() const { return m_sessions; }

    enum Column { SessionIdColumn, UnitColumn, StartedColumn, BilledColumn, StopUtcColumn, NoteColumn };

signals:
    void stopRequested(const StopPlan &plan);

private:
    BillForward::Timestamp now() const;
    void refresh();
    void layOutRows();
    void onStopClicked();

    QList<BillForward::UsageSession> m_sessions; // grouped by organization, in the order they first appear
    QHash<SessionKey, BillForward::Timestamp> m_limitInstants;
    QList<int> m_rowOfSession;
    int m_organizationCount = 0;
    ActionPolicy m_policy;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QRadioButton *m_stopNow = nullptr;
    QRadioButton *m_stopAsOfLimit = nullptr;
    QRadioButton *m_stopAt = nullptr;
    LocalDateTimeField *m_stopTime = nullptr;
    QCheckBox *m_dontAsk = nullptr;
    QPushButton *m_stopButton = nullptr;
    QTimer *m_clock = nullptr;
    FieldMarker m_timeMarker;
    BillForward::Timestamp m_fixedNow = BillForward::NoTimestamp;
};
