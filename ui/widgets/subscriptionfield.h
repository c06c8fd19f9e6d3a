#pragma once

#include <QComboBox>

// Where the user types or pastes a subscription ID (the API cannot list
// subscriptions). Recent IDs are remembered; an ID of the wrong shape is
// marked at the field and never sent.
class SubscriptionField final : public QComboBox
{
    Q_OBJECT

public:
    explicit SubscriptionField(QWidget *parent = nullptr);

    // Non-empty, at most 100 characters, no whitespace, slash or control characters.
    static bool isValidId(const QString &trimmedId);

    QString currentId() const; // trimmed
    void setCurrentId(const QString &id);
    // Offered first (the demo's subscriptions), then recent ones.
    void setSuggested(const QStringList &ids);
    void addRecent(const QString &id);
    QStringList recent() const;

signals:
    // Enter in the field or a choice from the list; only valid IDs.
    void subscriptionChosen(const QString &id);

private:
    void rebuildItems();
    void markValidity();
    void choose();

    QStringList m_suggested;
    QString m_lastChosen;
    bool m_choosing = false;
};
