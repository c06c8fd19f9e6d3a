#pragma once

#include <QObject>
#include <QString>

#include <functional>

class MainWindow;

// For the docs: saves the All watched view demo mode opens with (after its
// first sweep), then opens the first demo subscription and saves the window as it
// looks at rest, filtered, with a cut session's details, at 1280x720 and
// 1920x1080, with the table and the timeline (timeline-light.png or
// timeline-dark.png, after the palette), with the start and stop dialogs open, with the sessions the radar
// flags (Needs attention) and those stopping as of their limit, and as a
// production connection opens (read-only), and the Views menu — the hidden
// --screenshot-dir option.
class ScreenshotTour final : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, const QString &folder, QObject *parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    void shoot(const QString &name);
    void shootScreen(const QString &name);
    void afterLoad();
    void shootWatchList();
    // The Views menu open over a demo view, then the window as it was; `then` goes on.
    void shootViewsMenu(const std::function<void()> &then);
    void step(int index);
    // Selects the table row showing `sessionId` (the first row when none does).
    void selectSession(const QString &sessionId);
    // Selects the rows the radar found past a limit (their 99th percentile
    // included): those "as of its limit" stops at an earlier instant.
    void selectPastLimit();
    void shootTotals();
    QString busiestActiveUnit() const;

    MainWindow *m_window;
    QString m_folder;
    bool m_started = false;
    bool m_watchListShot = false;
};
