#include "ui/screenshottour.h"

#include "ui/connectioncontroller.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "ui/viewscontroller.h"
#include "ui/watchcontroller.h"
#include "ui/timelineview.h"
#include "ui/widgets/palettecolors.h"
#include "ui/dialogs/stopconfirmationdialog.h"

#include "emulator/demodata.h"
#include "sessions/sessionbrowser.h"
#include "radar/attention.h"
#include "sessions/sessioncolumn.h"
#include "sessions/sessiontablemodel.h"
#include "watch/watchloader.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QDockWidget>
#include <QPalette>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QToolButton>

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
    if (qEnvironmentVariable("USA_SCREENSHOT_PALETTE") == QLatin1String("dark"))
        QApplication::setPalette(PaletteColors::darkDesktopExample());
    m_window->resize(1500, 900);
    connect(m_window->loader(), &SessionLoader::loadFinished, this, [this] {
        if (!m_started && !m_window->loader()->isLoading()) {
            m_started = true;
            QTimer::singleShot(600, this, &ScreenshotTour::afterLoad);
        }
    });
    // Demo mode opens with its subscriptions watched: that view first.
    connect(m_window->watch()->loader(), &WatchLoader::sweepFinished, this, [this] {
        if (!m_watchListShot && m_window->watch()->isAllWatchedShown()) {
            m_watchListShot = true;
            QTimer::singleShot(600, this, &ScreenshotTour::shootWatchList);
        }
    });
    QTimer::singleShot(90000, this, [this] { emit finished(1); });
}

void ScreenshotTour::shootWatchList()
{
    m_window->table()->selectRow(0);
    m_window->table()->setFocus();
    QTimer::singleShot(300, this, [this] {
        shoot(QStringLiteral("watch-list.png"));
        // The rest of the tour shows one subscription's history.
        m_window->openSubscription(Emulator::DemoData::subscriptionIds().constFirst());
    });
}

void ScreenshotTour::afterLoad()
{
    shootViewsMenu([this] { step(0); });
}

void ScreenshotTour::shootViewsMenu(const std::function<void()> &then)
{
    ViewsController *views = m_window->views();
    const QList<SavedView> demoViews = views->views().views();
    if (demoViews.size() < 2) {
        then();
        return;
    }
    const SavedView before = views->capture(QString());
    views->apply(demoViews.at(1).name); // ended this month, by unit
    QTimer::singleShot(600, this, [this, views, before, then] {
        m_window->menuBar()->setActiveAction(views->menu()->menuAction());
        QTimer::singleShot(600, this, [this, views, before, then] {
            shootScreen(QStringLiteral("views-menu.png"));
            views->menu()->close();
            views->applyView(before); // the rest of the tour starts from the window as it was
            QTimer::singleShot(600, this, then);
        });
    });
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
        shootTotals(); // before step 3
        break;
    case 3: {
        // A session cut at a billing-period end shows its lineage.
        const SessionStore &store = browser->store();
        for (int row = store.size() - 1; row >= 0; --row) {
            if (store.sessionix(row) > 0) {
                m_window->filterBar()->searchField()->setText(QStringLiteral("session:%1").arg(store.sessionId(row)));
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
        m_window->filterBar()->searchField()->clear();
        break;
    case 6:
        // The sizes billing staff have: a laptop (or 1920x1080 at 150 %) and a full HD screen.
        table->selectRow(2);
        m_window->resize(1280, 720);
        break;
    case 7:
        shoot(QStringLiteral("window-1280x720.png"));
        m_window->resize(1920, 1080);
        break;
    case 8:
        shoot(QStringLiteral("window-1920x1080.png"));
        m_window->resize(1500, 900);
        QTimer::singleShot(700, this, [this] { step(100); }); // the timeline, then on at 9
        return;
    case 100: {
        // Table and timeline: the last days across the width, a session selected.
        m_window->setSessionLayout(SessionLayout::TableAndTimeline);
        TimelineView *timeline = m_window->timelineView();
        const qint64 now = browser->now();
        constexpr qint64 Day = 24 * 3600 * 1000;
        timeline->setScale(TimeScale::fitting(now - 3 * Day, now + Day / 6,
                                              timeline->viewport()->width() - timeline->gutterWidth()));
        table->selectRow(2);
        table->setFocus();
        break;
    }
    case 101: {
        const bool dark = qEnvironmentVariable("USA_SCREENSHOT_PALETTE") == QLatin1String("dark");
        shoot(dark ? QStringLiteral("timeline-dark.png") : QStringLiteral("timeline-light.png"));
        m_window->setSessionLayout(SessionLayout::Table);
        QTimer::singleShot(700, this, [this] { step(9); });
        return;
    }
    case 9: {
        table->selectRow(0);
        m_window->startSessions();
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            break;
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("sessionIds"))
            ->setPlainText(QStringLiteral("kiosk-21\nkiosk-22\nkiosk-23"));
        dialog->findChild<QLineEdit *>(QStringLiteral("description"))->setText(tr("Lobby kiosks, replaced hardware"));
        break;
    }
    case 10:
        shootScreen(QStringLiteral("start-dialog.png"));
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
        m_window->filterBar()->searchField()->setText(QStringLiteral("state:active"));
        break;
    case 11:
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        m_window->stopSelected();
        break;
    case 12:
        shootScreen(QStringLiteral("stop-confirmation.png"));
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
        m_window->filterBar()->searchField()->clear(); // applied after the debounce, before the next step
        break;
    case 13:
        // The radar's finds: the demo data has a session for each reason.
        if (auto *needsAttention = m_window->filterBar()->findChild<QToolButton *>(QStringLiteral("needsAttentionButton")))
            needsAttention->click();
        break;
    case 14: {
        // The Attention column dragged next to the session ID, as a user
        // would: by default it comes last, out of sight beside the details.
        QHeaderView *header = table->horizontalHeader();
        header->moveSection(header->visualIndex(int(SessionColumn::Attention)),
                            header->visualIndex(int(SessionColumn::SessionId)) + 1);
        // Over the 99th percentile: the reason that says the most.
        selectSession(QStringLiteral("CALL-20002"));
        m_window->detailsDock()->show();
        break;
    }
    case 15:
        shoot(QStringLiteral("needs-attention.png"));
        selectPastLimit();
        m_window->stopSelected();
        if (auto *dialog = qobject_cast<StopConfirmationDialog *>(QApplication::activeModalWidget())) {
            dialog->setStopAsOfLimit();
            // Room for every column and the UTC line of the stop time.
            dialog->resize(qMax(dialog->width(), 1180), qMax(dialog->height(), 460));
            dialog->move(m_window->geometry().center() - dialog->rect().center());
        }
        break;
    case 16: {
        shootScreen(QStringLiteral("stop-as-of-limit.png"));
        if (QWidget *dialog = QApplication::activeModalWidget())
            dialog->close();
        QHeaderView *header = table->horizontalHeader();
        header->moveSection(header->visualIndex(int(SessionColumn::Attention)), header->count() - 1);
        if (auto *all = m_window->filterBar()->findChild<QToolButton *>(QStringLiteral("allStatesButton")))
            all->click();
        // The embedded emulator shown as a production connection: the
        // read-only banner as a clerk sees it. No other server is contacted.
        ConnectionProfile production = ConnectionProfile::production();
        production.name = tr("BillForward production");
        m_window->connection()->showDemoServerAs(production);
        break;
    }
    case 17:
        table->selectRow(0); // a running session: Stop stays off while read-only
        break;
    case 18:
        shoot(QStringLiteral("production-window.png"));
        emit finished(0);
        return;
    }
    QTimer::singleShot(700, this, [this, index] { step(index + 1); });
}

// totals.png: one unit's sessions, a few of them selected, and the strip
// under the table with the set's and the selection's totals. Done within
// a step (the search's debounce, then the selection), ending with the
// search cleared as step 3 expects.
void ScreenshotTour::shootTotals()
{
    m_window->filterBar()->searchField()->setText(QStringLiteral("uom:%1").arg(busiestActiveUnit()));
    QTimer::singleShot(FilterBar::DebounceMs + 150, this, [this] {
        SessionTableView *table = m_window->table();
        table->clearSelection();
        // The last rows in view, just above the strip in the picture.
        int last = table->rowAt(table->viewport()->height() - 2);
        if (last < 0)
            last = table->model()->rowCount() - 1;
        for (int row = qMax(0, last - 3); row <= last; ++row)
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    });
    QTimer::singleShot(FilterBar::DebounceMs + 350, this, [this] {
        const auto *strip = m_window->findChild<QWidget *>(QStringLiteral("totalsStrip"));
        const QPoint at = strip->mapTo(m_window, QPoint(0, 0));
        const int above = 150; // the last rows of the table, with the selection
        const QRect area(0, qMax(0, at.y() - above), m_window->width(), strip->height() + above);
        const QString path = QDir(m_folder).filePath(QStringLiteral("totals.png"));
        const bool ok = m_window->grab(area).save(path);
        QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << '\n';
        m_window->filterBar()->searchField()->clear();
    });
}

void ScreenshotTour::selectSession(const QString &sessionId)
{
    SessionTableView *table = m_window->table();
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, int(SessionColumn::SessionId)).data().toString() == sessionId) {
            table->selectRow(row);
            return;
        }
    }
    table->selectRow(0);
}

void ScreenshotTour::selectPastLimit()
{
    SessionTableView *table = m_window->table();
    const QAbstractItemModel *model = table->model();
    table->clearSelection();
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto reason = Attention::Reason(model->index(row, 0).data(SessionTableModel::AttentionReasonRole).toInt());
        if (reason == Attention::Reason::OverLimit || reason == Attention::Reason::OverPercentile)
            table->selectionModel()->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString ScreenshotTour::busiestActiveUnit() const
{
    const SessionStore &store = m_window->browser()->store();
    QHash<QString, int> counts;
    for (int row = 0; row < store.size(); ++row) {
        if (store.isActive(row))
            ++counts[store.uom(row)];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best))
            best = it.key();
    }
    return best;
}

void ScreenshotTour::shootScreen(const QString &name)
{
    // The dialog is a window of its own: take the screen where the main window is.
    const QString path = QDir(m_folder).filePath(name);
    const QRect area = m_window->frameGeometry();
    const bool ok = m_window->screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << '\n';
}

void ScreenshotTour::shoot(const QString &name)
{
    const QString path = QDir(m_folder).filePath(name);
    const bool ok = m_window->grab().save(path);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << path << '\n';
}
