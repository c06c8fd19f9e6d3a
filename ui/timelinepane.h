#pragma once

#include <QWidget>

class ConcurrencyStrip;
class SessionBrowser;
class TimelineView;

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

private:
    TimelineView *m_view;
    ConcurrencyStrip *m_strip;
};
