#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class AttentionAlerts;
class AttentionTray;
class DesktopNotifications;
class QWidget;
class SessionBrowser;
class SessionLoader;
class WatchLoader;

// Tells the user, while they are away from the window, that sessions
// newly need attention: a desktop notification (its "Show" brings the
// window up on what needs attention), the tray icon where the desktop has
// a tray, and a count for the window title. AttentionAlerts decides when;
// this class watches the loads and whether the user looks at the window.
class AttentionNotifier final : public QObject
{
    Q_OBJECT

public:
    AttentionNotifier(QWidget *window, SessionBrowser *browser, QObject *parent = nullptr);
    ~AttentionNotifier() override;

    // The loads whose end is checked for sessions newly needing attention.
    void follow(SessionLoader *loader);
    void follow(WatchLoader *loader);

    int unseenCount() const;
    AttentionAlerts *alerts() const { return m_alerts; }
    DesktopNotifications *notifications() const { return m_notifications; }
    AttentionTray *tray() const { return m_tray; } // null where the desktop has no tray
    // Raises the window and asks for what needs attention to be shown.
    void bringUpWindow();

signals:
    void unseenCountChanged(int count);
    // The user asked (from a notification or the tray) to see what needs attention.
    void showRequested();
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // `subscriptions`: those the load covered.
    void onLoadFinished(bool background, const QSet<QString> &subscriptions);
    void updateLooking();

    QPointer<QWidget> m_window;
    SessionBrowser *m_browser;
    AttentionAlerts *m_alerts;
    DesktopNotifications *m_notifications;
    AttentionTray *m_tray = nullptr;
};
