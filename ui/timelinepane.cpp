#include "ui/timelinepane.h"

#include "ui/concurrencystrip.h"
#include "ui/timelineview.h"
#include "ui/widgets/palettecolors.h"

#include <QEvent>
#include <QPainter>
#include <QVBoxLayout>

#include <cmath>

// The time axis over the lanes: tick marks and labels, the coarser
// context (the day, the month) above where it changes. Draws what the
// lanes' view computed, so grid lines and ticks agree.
class TimeAxisBar final : public QWidget
{
public:
    // Where the lanes' x = 0 is in this bar's coordinates.
    void setOrigin(int x)
    {
        if (x != m_origin) {
            m_origin = x;
            update();
        }
    }

    explicit TimeAxisBar(TimelineView *view, QWidget *parent)
        : QWidget(parent)
        , m_view(view)
    {
        setObjectName(QStringLiteral("timelineAxis"));
        setAccessibleName(TimelineView::tr("Time axis"));
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(view, &TimelineView::scaleChanged, this, qOverload<>(&QWidget::update));
    }

    QSize sizeHint() const override { return {200, fontMetrics().height() * 2 + 8}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QPalette &pal = palette();
        painter.fillRect(rect(), pal.color(QPalette::Window));
        const int gutter = m_origin;
        const QFontMetrics metrics = fontMetrics();
        const int lineHeight = metrics.height();
        const QColor mark = PaletteColors::mix(pal.color(QPalette::Window), pal.color(QPalette::WindowText), 0.5);
        painter.fillRect(QRect(0, height() - 1, width(), 1), mark);
        painter.setClipRect(QRect(gutter, 0, width() - gutter, height()));
        painter.setPen(pal.color(QPalette::WindowText));
        for (const TimeAxis::Tick &tick : m_view->ticks()) {
            const int x = gutter + int(std::floor(tick.x));
            painter.fillRect(QRect(x, height() - 6, 1, 6), mark);
            painter.drawText(QRect(x + 3, lineHeight + 2, 400, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             tick.label);
            if (!tick.context.isEmpty()) {
                painter.fillRect(QRect(x, 0, 1, lineHeight + 2), mark);
                QFont bold = painter.font();
                bold.setBold(true);
                painter.setFont(bold);
                painter.drawText(QRect(x + 3, 1, 600, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, tick.context);
                painter.setFont(font());
            }
        }
    }

private:
    TimelineView *m_view;
    int m_origin = 0;
};

TimelinePane::TimelinePane(SessionBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_view(new TimelineView(browser, this))
    , m_strip(new ConcurrencyStrip(browser, this))
{
    setObjectName(QStringLiteral("timelinePane"));
    setAccessibleName(tr("Timeline"));
    m_strip->setObjectName(QStringLiteral("concurrencyStrip"));
    m_axis = new TimeAxisBar(m_view, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_strip);
    layout->addWidget(m_axis);
    layout->addWidget(m_view, 1);
    m_strip->setScale(m_view->scale());
    connect(m_view, &TimelineView::scaleChanged, m_strip, &ConcurrencyStrip::setScale);
    // The lanes' x = 0 moves with the gutter (the font), the view's frame
    // and the viewport's place in it (style, scroll bar): follow all three.
    connect(m_view, &TimelineView::gutterChanged, this, &TimelinePane::alignOrigins);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    alignOrigins();
}

int TimelinePane::lanesOrigin() const
{
    return m_view->viewport()->mapTo(this, QPoint(m_view->gutterWidth(), 0)).x();
}

void TimelinePane::alignOrigins()
{
    const int origin = lanesOrigin();
    m_strip->setLeftMargin(origin - m_strip->x());
    m_axis->setOrigin(origin - m_axis->x());
}

bool TimelinePane::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::StyleChange:
        alignOrigins();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
