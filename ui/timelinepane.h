#pragma once

#include <QWidget>

class ConcurrencyStrip;
class SessionBrowser;
class TimelineView;
class TimeAxisBar;

// What the window shows as "the timeline": the concurrency strip, the time
// axis and the lanes, one above the other, sharing the lanes' scale and
// their gutter. The picture File > Export picture saves.
class TimelinePane final : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePane(SessionBrowser *browser, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    ConcurrencyStrip *strip() const { return m_strip; }
    // The pane's x of the lanes' x = 0 (the viewport's gutter edge), which
    // the strip and the axis take as theirs.
    int lanesOrigin() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void alignOrigins();

    TimelineView *m_view;
    ConcurrencyStrip *m_strip;
    TimeAxisBar *m_axis;
};
