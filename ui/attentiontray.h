#pragma once

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The tray icon, where the desktop has a tray: its tooltip counts the
// sessions that newly need attention, a click or "Show" brings the window
// up, "Quit" quits. It also shows a notice when the notification service
// cannot.
class AttentionTray final : public QObject
{
    Q_OBJECT

public:
    explicit AttentionTray(QObject *parent = nullptr);
    ~AttentionTray() override;

    void setUnseenCount(int count);
    void showMessage(const QString &summary, const QString &body);
    QSystemTrayIcon *icon() const { return m_icon; }
    QAction *showAction() const { return m_show; }
    QAction *quitAction() const { return m_quit; }

signals:
    void showRequested();
    void quitRequested();

private:
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_show;
    QAction *m_quit;
};
