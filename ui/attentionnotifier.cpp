#include "ui/attentionnotifier.h"

#include "ui/attentiontray.h"
#include "ui/desktopnotifications.h"

#include "radar/attentionalerts.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionloader.h"
#include "watch/watchloader.h"

#include <QEvent>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QWidget>

AttentionNotifier::AttentionNotifier(QWidget *window, SessionBrowser *browser, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_browser(browser)
    , m_alerts(new AttentionAlerts(this))
    , m_notifications(new DesktopNotifications(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new AttentionTray(this);
        m_tray->icon()->show();
        connect(m_tray, &AttentionTray::showRequested, this, &AttentionNotifier::bringUpWindow);
        connect(m_tray, &AttentionTray::quitRequested, this, &AttentionNotifier::quitRequested);
        connect(m_alerts, &AttentionAlerts::unseenCountChanged, m_tray, &AttentionTray::setUnseenCount);
    }
    connect(m_alerts, &AttentionAlerts::unseenCountChanged, this, &AttentionNotifier::unseenCountChanged);
    connect(m_alerts, &AttentionAlerts::alertRequested, this, [this](const AttentionAlerts::Notice &notice) {
        m_notifications->show(notice.summary, notice.body);
    });
    connect(m_alerts, &AttentionAlerts::seen, m_notifications, &DesktopNotifications::withdraw);
    connect(m_notifications, &DesktopNotifications::activated, this, &AttentionNotifier::bringUpWindow);
    // No notification service: the tray says it, where there is one.
    connect(m_notifications, &DesktopNotifications::failed, this,
            [this](const QString &summary, const QString &body) {
                if (m_tray)
                    m_tray->showMessage(summary, body);
            });

    window->installEventFilter(this);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &AttentionNotifier::updateLooking);
    updateLooking();
}

AttentionNotifier::~AttentionNotifier() = default;

void AttentionNotifier::follow(SessionLoader *loader)
{
    connect(loader, &SessionLoader::loadFinished, this, [this, loader](SessionLoader::Origin origin) {
        onLoadFinished(origin == SessionLoader::Origin::Background, {loader->subscriptionId()});
    });
}

void AttentionNotifier::follow(WatchLoader *loader)
{
    // Only a sweep that ran to its end: a cancelled one holds part of the list.
    connect(loader, &WatchLoader::sweepFinished, this, [this, loader](SessionLoader::Origin origin) {
        const QStringList ids = loader->subscriptionIds();
        onLoadFinished(origin == SessionLoader::Origin::Background, QSet<QString>(ids.cbegin(), ids.cend()));
    });
}

int AttentionNotifier::unseenCount() const
{
    return m_alerts->unseenCount();
}

void AttentionNotifier::onLoadFinished(bool background, const QSet<QString> &subscriptions)
{
    // A failed load keeps the rows it had: they are still what the radar sees.
    // The radar judges rows a moment after they arrive; judge the last
    // ones now, at the instant the rows are shown at.
    m_browser->setNow(m_browser->now());
    updateLooking();
    m_alerts->loadFinished(AttentionAlerts::needingAttentionIn(*m_browser), background, subscriptions);
}

void AttentionNotifier::bringUpWindow()
{
    if (m_window) {
        if (m_window->isMinimized())
            m_window->showNormal();
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    emit showRequested();
}

bool AttentionNotifier::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ActivationChange:
    case QEvent::WindowStateChange:
    case QEvent::Show:
    case QEvent::Hide:
        updateLooking();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AttentionNotifier::updateLooking()
{
    // Looking: the window is the active one of an active application.
    const bool looking = m_window && m_window->isVisible() && !m_window->isMinimized()
        && m_window->isActiveWindow() && QGuiApplication::applicationState() == Qt::ApplicationActive;
    m_alerts->setUserLooking(looking);
}
