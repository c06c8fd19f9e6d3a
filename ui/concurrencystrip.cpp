#include "concurrencystrip.h"

#include "sessions/sessionbrowser.h"

// Placeholder until the concurrency strip lands: an empty strip.
ConcurrencyStrip::ConcurrencyStrip(SessionBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
{
    setAccessibleName(tr("Sessions running at once"));
}

void ConcurrencyStrip::setScale(const TimeScale &scale)
{
    m_scale = scale;
    update();
}

void ConcurrencyStrip::setLeftMargin(int pixels)
{
    m_leftMargin = pixels;
    update();
}

QSize ConcurrencyStrip::sizeHint() const
{
    return {200, fontMetrics().height() * 4};
}
