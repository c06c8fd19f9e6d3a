#include "screenshottour.h"

#include "filterbar.h"
#include "mainwindow.h"
#include "sessions/sessionbrowser.h"
#include "sessiontableview.h"

#include <QDir>
#include <QHash>
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
        m_window->filterBar()->searchField()->setText(QStringLiteral("state:active uom:%1").arg(busiestActiveUnit()));
        break;
    case 2:
        shoot(QStringLiteral("filtered.png"));
        m_window->filterBar()->searchField()->clear();
        break;
    case 3: {
        // A session cut at a billing-period end shows its lineage.
        const SessionStore &store = browser->store();
        for (int row = store.size() - 1; row >= 0; --row) {
            if (store.at(row).sessionix > 0) {
                m_window->filterBar()->searchField()->setText(QStringLiteral("session:%1").arg(store.at(row).sessionId));
                break;
            }
        }
        break;
    }
    case 4:
        table->selectRow(table->model()->rowCount() - 1);
        m_window->detailsDock()->show();
        break;
    case 5:
        shoot(QStringLiteral("details-panel.png"));
        emit finished(0);
        return;
    }
    QTimer::singleShot(700, this, [this, index] { step(index + 1); });
}

QString ScreenshotTour::busiestActiveUnit() const
{
    const SessionStore &store = m_window->browser()->store();
    QHash<QString, int> counts;
    for (int row = 0; row < store.size(); ++row) {
        if (store.at(row).isActive())
            ++counts[store.at(row).uom];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best))
            best = it.key();
    }
    return best;
}

void ScreenshotTour::shoot(const QString &name)
{
    const QString path = QDir(m_folder).filePath(name);
    const bool ok = m_window->grab().save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << '\n';
}
