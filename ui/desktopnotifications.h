#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QString>

#include <optional>

// Desktop notifications through the freedesktop notification service on
// the session bus (org.freedesktop.Notifications: GNOME, KDE and most
// other desktops provide it). Every call is asynchronous: the GUI thread
// never waits for the bus. A new notice replaces the one shown before.
// With no bus or no service, failed() says so once per notice and the
// caller shows it another way. The server's capabilities are asked once:
// where it reads markup in the body, the body is escaped (a component
// named "Voice & Data" must not break it).
class DesktopNotifications final : public QObject
{
    Q_OBJECT

public:
    // The session bus is reached at the first notice, not before.
    explicit DesktopNotifications(QObject *parent = nullptr);
    ~DesktopNotifications() override;

    static inline const QString Service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString Path = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString Interface = QStringLiteral("org.freedesktop.Notifications");

    // Shows a notice with one action, "Show" (the default: a click on it).
    void show(const QString &summary, const QString &body);
    // Takes the notice shown off the screen (the user has seen it).
    void withdraw();
    uint shownId() const { return m_id; } // the server's ID, 0 when none

signals:
    void shown(uint id);
    // The user chose "Show" or clicked the notice.
    void activated();
    // No bus or no notification service: the notice was not shown.
    void failed(const QString &summary, const QString &body, const QString &reason);

private slots:
    void onActionInvoked(uint id, const QString &action, const QDBusMessage &signal);
    void onNotificationClosed(uint id, uint reason, const QDBusMessage &signal);

private:
    struct Notice
    {
        QString summary;
        QString body;
    };
    bool ensureBus();
    bool isOurs(uint id, const QDBusMessage &signal) const;
    void askCapabilities();
    void sendQueued();
    void fail(const Notice &notice, const QString &reason);

    std::optional<QDBusConnection> m_bus;
    uint m_id = 0;
    QString m_server; // the unique bus name of the server that gave m_id
    enum class Capabilities { Unknown, Asking, Known };
    Capabilities m_capabilities = Capabilities::Unknown;
    bool m_bodyMarkup = false;
    bool m_inFlight = false;
    bool m_withdrawAfterReply = false;
    std::optional<Notice> m_queued; // the next to send, once the bus is free
};
