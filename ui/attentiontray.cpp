#include "ui/attentiontray.h"

#include "radar/attentionalerts.h"

#include <QAction>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

AttentionTray::AttentionTray(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_icon(new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/app.svg")), this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->setAccessibleName(tr("Tray menu"));
    m_show = m_menu->addAction(tr("&Show"));
    m_show->setObjectName(QStringLiteral("trayShowAction"));
    m_quit = m_menu->addAction(tr("&Quit"));
    m_quit->setObjectName(QStringLiteral("trayQuitAction"));
    m_icon->setContextMenu(m_menu);
    connect(m_show, &QAction::triggered, this, &AttentionTray::showRequested);
    connect(m_quit, &QAction::triggered, this, &AttentionTray::quitRequested);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit showRequested();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &AttentionTray::showRequested);
    setUnseenCount(0);
}

AttentionTray::~AttentionTray()
{
    delete m_menu; // QSystemTrayIcon does not own its menu
}

void AttentionTray::setUnseenCount(int count)
{
    const QString app = QGuiApplication::applicationDisplayName();
    m_icon->setToolTip(count == 0 ? app : tr("%1: %2").arg(app, AttentionAlerts::summaryFor(count)));
}

void AttentionTray::showMessage(const QString &summary, const QString &body)
{
    m_icon->showMessage(summary, body, QSystemTrayIcon::Information);
}
