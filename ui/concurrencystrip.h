#pragma once

#include "timeline/concurrencysteps.h"
#include "timeline/timescale.h"

#include <QWidget>

class SessionBrowser;

// Above the timeline's lanes: how many of the filtered sessions ran at each
// moment, as a step chart with its maximum labelled. Rebuilds its steps
// when the browser's content changes (while it is visible); follows the
// lanes' zoom and pan through setScale().
class ConcurrencyStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit ConcurrencyStrip(SessionBrowser *browser, QWidget *parent = nullptr);

    void setScale(const TimeScale &scale);
    const TimeScale &scale() const { return m_scale; }
    // Pixels at the left kept clear, above the lanes' labels.
    void setLeftMargin(int pixels);
    const ConcurrencySteps &steps() const { return m_steps; }

    QSize sizeHint() const override;

private:
    SessionBrowser *m_browser;
    TimeScale m_scale;
    ConcurrencySteps m_steps;
    int m_leftMargin = 0;
};
