#pragma once

#include "sessions/followedrow.h"
#include "timeline/timeaxis.h"
#include "timeline/timelinelanes.h"
#include "timeline/timescale.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

class SessionBrowser;

// The filtered, sorted sessions on a time axis: one lane per subscription
// + session ID + unit (TimelineLanes), lane labels in a gutter at the left,
// each run a bar coloured by state, cuts marked, a now-line. Paints only
// the lanes and bars in view, so a repaint at any zoom stays within a frame
// with a million sessions loaded. Wheel zooms around the pointer, a drag
// pans, the keyboard does both; a click selects the session under it.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(SessionBrowser *browser, QWidget *parent = nullptr);

    const TimeScale &scale() const { return m_scale; }
    void setScale(const TimeScale &scale);
    // The whole filtered set across the width (Home).
    void fitAll();
    void zoomAround(double viewportX, double factor);
    static constexpr double ZoomStep = 1.25; // a wheel notch or a key press

    // The lanes, rebuilt first when the browser changed since.
    const TimelineLanes &lanes();
    int gutterWidth() const { return m_gutter; }
    int laneHeight() const { return m_laneHeight; }
    // The viewport x of a time, the top of a lane in viewport coordinates.
    double xOf(qint64 utcMs) const { return m_gutter + m_scale.xOf(utcMs); }
    int laneTop(int lane) const;
    // Where a store row's bar is drawn in the viewport (whole run); empty
    // when the view does not show the row.
    QRectF barRect(int storeRow);
    // The store row under a viewport point (the part of the run there), or -1.
    int storeRowAt(const QPoint &viewportPos);
    // The ticks the axis above draws (and the grid lines here).
    const QList<TimeAxis::Tick> &ticks();
    // The row shown as current, found again by key after a removal
    // renumbered the rows; -1 when there is none or its session is gone.
    int currentStoreRow() const;
    // How many times the lanes were built: for tests and the benchmark.
    int lanesBuilt() const { return m_buildCount; }

public slots:
    // Marks the row as current and scrolls its lane and bar into view.
    void showStoreRow(int storeRow);
    // The clock ticked: running bars grow.
    void followNow();

signals:
    void scaleChanged(const TimeScale &scale);
    void storeRowClicked(int storeRow);
    void gutterChanged(); // the lanes' x = 0 moved: a new font

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void markDirty();
    // The keyboard's current bar: `laneStep` lanes down (up when negative)
    // to the bar there nearest in time, or `barStep` bars along its lane.
    void moveCurrent(int laneStep, int barStep);
    int nearestBar(int lane, qint64 utcMs) const;
    enum class Freshness { Now, MayLag };
    void ensureLanes(Freshness freshness = Freshness::Now);
    void updateScrollRange();
    // The horizontal scroll bar spans the bars and the time in view.
    void updateTimeScrollRange();
    void scrollTimeTo(int value);
    void updateMetrics();
    QString toolTipOf(int storeRow) const;
    struct BarColours { QColor active, historic, activeFill, historicFill, cut, selected; };
    BarColours barColours() const; // from the palette, once a paint
    void paintLane(QPainter &painter, int lane, int top, const QRect &clip, const BarColours &colours);

    SessionBrowser *m_browser;
    TimelineLanes m_lanes;
    TimeScale m_scale;
    QList<TimeAxis::Tick> m_ticks;
    bool m_ticksValid = false;
    bool m_dirty = true;
    static constexpr int RebuildSpacing = 10;
    qint64 m_lastBuildMs = 0;
    QElapsedTimer m_sinceBuild;
    int m_builtStoreSize = 0;
    int m_builtGeneration = -1; // the store's layout generation the lanes name rows of
    int m_buildCount = 0;
    QTimer m_rebuildTimer; // the lagging lanes' rebuild
    bool m_fitPending = true;
    bool m_revealPending = false; // showStoreRow() before the view had a size
    qint64 m_timeScrollStart = 0; // the time at the horizontal scroll bar's 0
    double m_timeScrollUnit = 1;  // ms per step: a pixel, coarser when an int would overflow
    int m_gutter = 160;
    int m_laneHeight = 22;
    FollowedRow m_current; // the current bar's session
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    bool m_pressed = false;
    QIcon m_attentionIcon;
};
