#pragma once

#include "actions/actionpolicy.h"
#include "actions/fieldissue.h"
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

// Confirms a stop: how many, which (session, unit, start) and the duration
// each will have at the chosen stop time. A stop time before any start is
// marked. "Don't ask again for this profile" is offered except on production.
// Nothing is sent from here: on confirmation the dialog emits stopRequested().
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

    StopRequest request() const;
    BillForward::SessionBatch batch() const { return request().toBatch(); }
    // The user turned the confirmation off for this profile (never on production).
    bool dontAskAgain() const;
    FieldIssues validateAndMark();

    QPushButton *stopButton() const { return m_stopButton; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *dontAskAgainBox() const { return m_dontAsk; }

signals:
    void stopRequested(const BillForward::SessionBatch &batch);

private:
    BillForward::Timestamp now() const;
    BillForward::Timestamp effectiveStop() const;
    void refresh();
    void onStopClicked();

    QList<BillForward::UsageSession> m_sessions;
    ActionPolicy m_policy;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QRadioButton *m_stopNow = nullptr;
    QRadioButton *m_stopAt = nullptr;
    LocalDateTimeField *m_stopTime = nullptr;
    QCheckBox *m_dontAsk = nullptr;
    QPushButton *m_stopButton = nullptr;
    QTimer *m_clock = nullptr;
    FieldMarker m_timeMarker;
    BillForward::Timestamp m_fixedNow = BillForward::NoTimestamp;
};
