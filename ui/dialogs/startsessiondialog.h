#pragma once

#include "actions/fieldissue.h"
#include "actions/startrequest.h"
#include "ui/widgets/fieldmarker.h"
#include "wire/usagesession.h"

#include <QDialog>
#include <QHash>
#include <QPair>

class QButtonGroup;
class QComboBox;
class LocalDateTimeField;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// Start session…: one session or several (one ID per line) in one batch.
// Nothing is sent from here: on a valid form the dialog emits
// startRequested(batch) and accepts; invalid fields are marked instead.
class StartSessionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit StartSessionDialog(QWidget *parent = nullptr);

    void setSubscriptionId(const QString &subscriptionId);
    // What the subscription already uses, offered in the editable combos.
    void setPricingComponents(const QList<QPair<QString, QString>> &nameAndId);
    void setUnits(const QStringList &units);
    // Running sessions: starting one of them again is marked.
    void setActiveSessions(const QList<BillForward::UsageSession> &sessions);
    void setOrganizationId(const QString &organizationId) { m_organizationId = organizationId; }
    // Test hook: a fixed clock (UTC ms) instead of the system's.
    void setNow(BillForward::Timestamp utcMs) { m_now = utcMs; }

    StartRequest request() const;
    BillForward::SessionBatch batch() const { return request().toBatch(); }
    // Validates and marks the fields; empty when the form can be sent.
    FieldIssues validateAndMark();
    QPushButton *startButton() const { return m_startButton; }

signals:
    void startRequested(const BillForward::SessionBatch &batch);

private:
    void onStartClicked();
    void updateButtonText();
    void revalidateIfShown();
    void syncPricingComponent(bool fromName);

    QLineEdit *m_subscription = nullptr;
    QPlainTextEdit *m_sessionIds = nullptr;
    QComboBox *m_pcName = nullptr;
    QComboBox *m_pcId = nullptr;
    QComboBox *m_uom = nullptr;
    QLineEdit *m_description = nullptr;
    QRadioButton *m_startNow = nullptr;
    QRadioButton *m_startAt = nullptr;
    LocalDateTimeField *m_startTime = nullptr;
    QPushButton *m_startButton = nullptr;
    QHash<ActionField, FieldMarker> m_markers;
    QList<QPair<QString, QString>> m_pricingComponents;
    QList<BillForward::UsageSession> m_active;
    QString m_organizationId;
    BillForward::Timestamp m_now = BillForward::NoTimestamp;
    bool m_triedOnce = false;
};
