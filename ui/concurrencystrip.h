#pragma once

#include "timeline/concurrencysteps.h"
#include "timeline/timescale.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class SessionBrowser;

// Above the timeline's lanes: how many of the filtered sessions ran at each
// moment, as a step chart with its maximum labelled. Rebuilds its steps
// when the browser's content changes (while it is visible); follows the
// lanes' zoom and pan through setScale(). The scale's x = 0 is the left
// margin's edge: TimelinePane sets the margin to where the lanes' x = 0 is.
class ConcurrencyStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit ConcurrencyStrip(SessionBrowser *browser, QWidget *parent = nullptr);

    void setScale(const TimeScale &scale);
    const TimeScale &scale() const { return m_scale; }
    // Pixels at the left kept clear, above the lanes' labels; the scale's x = 0.
    void setLeftMargin(int pixels);
    int leftMargin() const { return m_leftMargin; }
    const ConcurrencySteps &steps() const { return m_steps; }

    // What the label over the chart says ("max 37 at 27.02.2026 14:05:00").
    QString maximumText() const;
    // The most running at once within the chart's span of time (its height is
    // this many); the overall maximum when no scale is set yet.
    int maximumInView() const;
    // The label over the chart: maximumText(), led by the maximum in view
    // when zoomed to where fewer ran ("max 3 in view · max 37 at …").
    QString labelText() const;
    // Where the steps are drawn: below the label, right of the margin.
    QRect chartRect() const;

    // A load merges many slices: the steps are made again at most this often.
    static constexpr int RebuildIntervalMs = 300;
    // Rows of the store read per turn of the event loop: a few ms (docs/performance.md).
    static constexpr int RowsReadPerTurn = 128 * 1024;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stepsChanged(); // rebuilt from the browser

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onContentChanged();
    void scheduleRebuild();
    void rebuild();
    void readSlice();
    void adopt(ConcurrencySteps steps);
    void tick();
    qint64 now() const;
    void describe();
    void paintSteps(QPainter &painter, const QRect &dirty) const;

    SessionBrowser *m_browser;
    TimeScale m_scale;
    ConcurrencySteps m_steps;
    int m_leftMargin = 0;
    QTimer m_rebuildTimer;
    // A rebuild reads the store a slice per turn of the event loop.
    struct Reading
    {
        ConcurrencySteps::Events events;
        std::vector<quint8> shown;
        int nextRow = 0;
        int endRow = 0;
        int layoutGeneration = 0; // the store's, which `shown` and the rows belong to
    };
    std::unique_ptr<Reading> m_reading;
    QTimer m_clock;
    QElapsedTimer m_sinceRebuild;
    bool m_stale = true;     // the browser changed since the steps were made
    bool m_building = false; // a read, or a sort off the GUI thread, is under way
};
