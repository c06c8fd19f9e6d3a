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
    // Signals from any sender: naming the service would have QtDBus look up
    // its owner, a call that waits. The slots keep those of the server that
    // showed the notice (its unique name, from the Notify answer).
    m_bus->connect(QString(), Path, Interface, QStringLiteral("ActionInvoked"), this,
                   SLOT(onActionInvoked(uint, QString, QDBusMessage)));
    m_bus->connect(QString(), Path, Interface, QStringLiteral("NotificationClosed"), this,
                   SLOT(onNotificationClosed(uint, uint, QDBusMessage)));
    return true;
}

void DesktopNotifications::show(const QString &summary, const QString &body)
{
    m_withdrawAfterReply = false;
    if (!ensureBus()) {
        emit failed(summary, body, m_bus->lastError().message());
        return;
    }
    // Only the latest is sent: it replaces whatever is on its way.
    m_queued = Notice{summary, body};
    if (m_capabilities == Capabilities::Unknown)
        askCapabilities();
    else if (m_capabilities == Capabilities::Known && !m_inFlight)
        sendQueued();
}

void DesktopNotifications::askCapabilities()
{
    m_capabilities = Capabilities::Asking;
    const QDBusMessage call
        = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            m_capabilities = Capabilities::Unknown; // the service may come later
            if (m_queued)
                fail(*m_queued, reply.error().message());
            return;
        }
        m_capabilities = Capabilities::Known;
        m_bodyMarkup = reply.value().contains(QStringLiteral("body-markup"));
        if (m_queued)
            sendQueued();
    });
}

void DesktopNotifications::sendQueued()
{
    const Notice notice = *m_queued;
    m_queued.reset();
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    const QString body = m_bodyMarkup ? notice.body.toHtmlEscaped() : notice.body;
    call << QGuiApplication::applicationDisplayName() << m_id << QGuiApplication::desktopFileName()
         << notice.summary << body << QStringList{DefaultAction, tr("Show")} << hints << qint32(-1);
    m_inFlight = true;
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, notice](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_inFlight = false;
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            m_capabilities = Capabilities::Unknown;
            fail(m_queued.value_or(notice), reply.error().message());
            return;
        }
        m_id = reply.value();
        m_server = reply.reply().service();
        emit shown(m_id);
        if (m_queued)
            sendQueued();
        else if (m_withdrawAfterReply)
            withdraw();
    });
}

void DesktopNotifications::fail(const Notice &notice, const QString &reason)
{
    m_queued.reset();
    m_id = 0;
    emit failed(notice.summary, notice.body, reason);
}

void DesktopNotifications::withdraw()
{
    m_queued.reset(); // not sent yet: it never will be
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

bool DesktopNotifications::isOurs(uint id, const QDBusMessage &signal) const
{
    return id != 0 && id == m_id && signal.service() == m_server;
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action, const QDBusMessage &signal)
{
    if (isOurs(id, signal) && action == DefaultAction)
        emit activated();
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason, const QDBusMessage &signal)
{
    Q_UNUSED(reason);
    if (isOurs(id, signal))
        m_id = 0;
}
