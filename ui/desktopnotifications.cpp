#include "ui/desktopnotifications.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

namespace {

const QString DefaultAction = QStringLiteral("default");

} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent)
    : QObject(parent)
{
}

DesktopNotifications::~DesktopNotifications() = default;

bool DesktopNotifications::ensureBus()
{
    if (m_bus)
        return m_bus->isConnected();
    m_bus = QDBusConnection::sessionBus();
    if (!m_bus->isConnected())
        return false;
    // Signals of the service, whoever owns the name now.
    m_bus->connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                   SLOT(onActionInvoked(uint, QString)));
    m_bus->connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this,
                   SLOT(onNotificationClosed(uint, uint)));
    return true;
}

void DesktopNotifications::show(const QString &summary, const QString &body)
{
    m_withdrawAfterReply = false;
    if (!ensureBus()) {
        emit failed(summary, body, m_bus->lastError().message());
        return;
    }
    if (m_inFlight) {
        // Sent with the ID the call on its way returns, so it replaces that one.
        m_queued = Notice{summary, body};
        return;
    }
    send({summary, body});
}

void DesktopNotifications::send(const Notice &notice)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    const QString appName = QGuiApplication::applicationDisplayName();
    call << appName << m_id << QGuiApplication::desktopFileName() << notice.summary << notice.body
         << QStringList{DefaultAction, tr("Show")} << hints << qint32(-1);
    m_inFlight = true;
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notice](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_inFlight = false;
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            m_queued.reset();
            emit failed(notice.summary, notice.body, reply.error().message());
            return;
        }
        m_id = reply.value();
        emit shown(m_id);
        if (m_queued) {
            const Notice next = *m_queued;
            m_queued.reset();
            send(next);
        } else if (m_withdrawAfterReply) {
            withdraw();
        }
    });
}

void DesktopNotifications::withdraw()
{
    m_queued.reset();
    if (m_inFlight) {
        m_withdrawAfterReply = true;
        return;
    }
    if (m_id == 0 || !m_bus || !m_bus->isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("CloseNotification"));
    call << m_id;
    m_id = 0;
    m_bus->asyncCall(call); // nothing to do with its answer
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    if (id != 0 && id == m_id && action == DefaultAction)
        emit activated();
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    if (id == m_id)
        m_id = 0;
}
