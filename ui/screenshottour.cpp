#include "screenshottour.h"

#include "filterbar.h"
#include "mainwindow.h"
#include "sessions/sessionbrowser.h"
#include "sessiontableview.h"

#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(folder)
{
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_folder);
    m_window->resize(1500, 900);
    connect(m_window->loader(), &SessionLoader::loadFinished, this, [this] {
        if (!m_started && !m_window->loader()->isLoading()) {
            m_started = true;
            QTimer::singleShot(600, this, &ScreenshotTour::afterLoad);
        }
    });
    QTimer::singleShot(60000, this, [this] { emit finished(1); });
}

void ScreenshotTour::afterLoad()
{
    step(0);
}

void ScreenshotTour::step(int index)
{
    SessionTableView *table = m_window->table();
    const SessionBrowser *browser = m_window->browser();
    switch (index) {
    case 0:
        table->selectRow(2);
        table->setFocus();
        break;
    case 1:
        shoot(QStringLiteral("main-window.png"));
        if (!browser->uoms().isEmpty())
            m_window->filterBar()->searchField()->setText(QStringLiteral("state:active uom:%1").arg(browser->uoms().constFirst()));
        break;
    case 2:
        shoot(QStringLiteral("filtered.png"));
        m_window->filterBar()->searchField()->clear();
        break;
    case 3: {
        // A session cut at a billing-period end shows its lineage.
        const SessionTableModel *model = browser->model();
        int pick = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, int(SessionColumn::Sessionix)).data(SessionTableModel::RawValueRole).toInt() > 0) {
                pick = row;
                break;
            }
        }
        table->selectRow(pick);
        m_window->detailsDock()->show();
        break;
    }
    case 4:
        shoot(QStringLiteral("details-panel.png"));
        emit finished(0);
        return;
    }
    QTimer::singleShot(700, this, [this, index] { step(index + 1); });
}

void ScreenshotTour::shoot(const QString &name)
{
    const QString path = QDir(m_folder).filePath(name);
    const bool ok = m_window->grab().save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << '\n';
}
