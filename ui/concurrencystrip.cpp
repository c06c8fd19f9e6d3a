#include "concurrencystrip.h"

#include "concurrency/workthreads.h"
#include "sessions/displayformat.h"
#include "sessions/sessionbrowser.h"
#include "ui/widgets/palettecolors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPaintEvent>
#include <QPainter>
#include <QPointer>

#include <cmath>
#include <memory>
#include <utility>
#include <vector>

namespace {

// Below this many events the sort takes a millisecond or two: no hand-over.
constexpr size_t EventsSortedInPlace = 100000;

// Graphics need a contrast of 3:1 (WCAG 1.4.11), text 4.5:1.
constexpr double GraphicContrast = 3.0;

QColor lineColour(const QPalette &palette)
{
    return PaletteColors::readable(palette.color(QPalette::Active, QPalette::Highlight),
                                   {palette.color(QPalette::Base)}, GraphicContrast);
}

QColor fillColour(const QPalette &palette)
{
    return PaletteColors::mix(lineColour(palette), palette.color(QPalette::Base), 0.6);
}

} // namespace

ConcurrencyStrip::ConcurrencyStrip(SessionBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
{
    setAccessibleName(tr("Sessions running at once"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_rebuildTimer.setSingleShot(true);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &ConcurrencyStrip::rebuild);
    // Active sessions grow: their ends follow the clock, once a second.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &ConcurrencyStrip::tick);
    connect(m_browser, &SessionBrowser::contentChanged, this, &ConcurrencyStrip::onContentChanged);
    describe();
}

void ConcurrencyStrip::setScale(const TimeScale &scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    update();
}

void ConcurrencyStrip::setLeftMargin(int pixels)
{
    if (pixels == m_leftMargin)
        return;
    m_leftMargin = qMax(0, pixels);
    update();
}

QString ConcurrencyStrip::maximumText() const
{
    if (m_steps.isEmpty())
        return tr("No sessions to count");
    //: The most sessions running at once in the view, and when: "max 37 at 27.02.2026 14:05:00"
    return tr("max %1 at %2")
        .arg(DisplayFormat::number(m_steps.maximum()),
             DisplayFormat::timestamp(m_steps.maximumAt()));
}

int ConcurrencyStrip::maximumInView() const
{
    const QRect chart = chartRect();
    if (m_steps.isEmpty() || chart.width() <= 0 || m_scale.msPerPixel() <= 0)
        return m_steps.maximum();
    return m_steps.maximumIn(m_scale.timeAt(0), m_scale.timeAt(chart.width()));
}

QString ConcurrencyStrip::labelText() const
{
    const int inView = maximumInView();
    if (m_steps.isEmpty() || inView == m_steps.maximum())
        return maximumText();
    //: Over the strip when zoomed in: the most sessions at once within the visible span, then overall
    return tr("max %1 in view · %2").arg(DisplayFormat::number(inView), maximumText());
}

QRect ConcurrencyStrip::chartRect() const
{
    const int labelHeight = fontMetrics().height() + 2;
    return QRect(QPoint(m_leftMargin, labelHeight), QPoint(width() - 1, height() - 2));
}

QSize ConcurrencyStrip::sizeHint() const
{
    return {200, fontMetrics().height() * 4};
}

QSize ConcurrencyStrip::minimumSizeHint() const
{
    return {100, fontMetrics().height() * 3};
}

void ConcurrencyStrip::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_clock.start();
    if (m_stale)
        scheduleRebuild();
}

void ConcurrencyStrip::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_clock.stop();
}

void ConcurrencyStrip::onContentChanged()
{
    m_stale = true;
    if (isVisible())
        scheduleRebuild(); // hidden: when shown again
}

void ConcurrencyStrip::scheduleRebuild()
{
    if (m_building || m_rebuildTimer.isActive())
        return; // the result of the build under way schedules the next
    const qint64 since = m_sinceRebuild.isValid() ? m_sinceRebuild.elapsed() : RebuildIntervalMs;
    m_rebuildTimer.start(int(qMax<qint64>(0, RebuildIntervalMs - since)));
}

void ConcurrencyStrip::rebuild()
{
    m_stale = false;
    m_building = true;
    m_sinceRebuild.start();
    const SessionStore &store = m_browser->store();
    m_reading = std::make_unique<Reading>();
    m_reading->events.nowUtcMs = now();
    m_reading->events.items.reserve(2 * size_t(store.size()));
    m_reading->shown = ConcurrencySteps::shownRows(store, m_browser->view());
    m_reading->endRow = store.size();
    m_reading->layoutGeneration = store.layoutGeneration();
    readSlice();
}

// The store may only be read here, where it changes, and a million rows
// take longer than a frame: a slice per turn of the event loop. Rows that
// change meanwhile make the strip stale, and it builds again after this.
void ConcurrencyStrip::readSlice()
{
    Reading &reading = *m_reading;
    if (reading.layoutGeneration != m_browser->store().layoutGeneration()) {
        // A removal renumbered the rows: the marks and the rows read so far
        // name other sessions now. Start again (the removal made us stale).
        m_reading.reset();
        m_building = false;
        m_stale = true;
        if (isVisible())
            scheduleRebuild();
        return;
    }
    const int end = qMin(reading.endRow, reading.nextRow + RowsReadPerTurn);
    ConcurrencySteps::readRows(m_browser->store(), reading.shown, reading.nextRow, end, &reading.events);
    reading.nextRow = end;
    if (reading.nextRow < reading.endRow && reading.nextRow < m_browser->store().size()) {
        QTimer::singleShot(0, this, &ConcurrencyStrip::readSlice);
        return;
    }
    auto events = std::make_shared<ConcurrencySteps::Events>(std::move(reading.events));
    m_reading.reset();
    if (events->items.size() < EventsSortedInPlace) {
        adopt(ConcurrencySteps::fromEvents(std::move(*events)));
        return;
    }
    // The sort of a large view (2M events at 1M sessions) goes to a background thread.
    WorkThreads::startInBackground([events, strip = QPointer<ConcurrencyStrip>(this)] {
        auto steps = std::make_shared<ConcurrencySteps>(ConcurrencySteps::fromEvents(std::move(*events)));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [steps, strip] {
                if (strip)
                    strip->adopt(std::move(*steps));
            },
            Qt::QueuedConnection);
    });
}

void ConcurrencyStrip::adopt(ConcurrencySteps steps)
{
    m_building = false;
    // Millions of steps are freed on a background thread, not here.
    WorkThreads::releaseInBackground(std::exchange(m_steps, std::move(steps)));
    m_steps.advanceTo(now());
    describe();
    update();
    emit stepsChanged();
    if (m_stale && isVisible())
        scheduleRebuild();
}

void ConcurrencyStrip::tick()
{
    m_steps.advanceTo(now());
    update();
}

qint64 ConcurrencyStrip::now() const
{
    // The browser's clock, which active rows are shown at; before its first tick, the wall clock.
    return m_browser->now() > 0 ? m_browser->now() : QDateTime::currentMSecsSinceEpoch();
}

void ConcurrencyStrip::describe()
{
    if (m_steps.isEmpty()) {
        setAccessibleDescription(tr("Sessions running at once: none of the sessions shown has started"));
        return;
    }
    setAccessibleDescription(
        tr("Sessions running at once: at most %1, at %2")
            .arg(DisplayFormat::number(m_steps.maximum()),
                 DisplayFormat::timestamp(m_steps.maximumAt())));
}

void ConcurrencyStrip::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::Base));
    paintSteps(painter, event->rect());

    const QRect chart = chartRect();
    painter.setPen(colours.color(QPalette::Text));
    const QRect label(chart.left() + 4, 0, qMax(0, chart.width() - 8), chart.top());
    painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(labelText(), Qt::ElideRight,
                                                                                         label.width()));
}

// One column per device pixel, each the most running at once within its
// span of time: edges on whole device pixels keep the lines crisp at any
// scale factor, and only the columns asked for are computed.
void ConcurrencyStrip::paintSteps(QPainter &painter, const QRect &dirty) const
{
    const QRect chart = chartRect().intersected(dirty.adjusted(-1, 0, 1, 0));
    if (chart.width() <= 0 || chart.height() <= 0 || m_steps.isEmpty())
        return;
    const QRect whole = chartRect();
    const qreal ratio = devicePixelRatioF();
    const int first = int(std::floor(chart.left() * ratio));
    const int end = int(std::ceil((chart.right() + 1) * ratio));
    const int bottom = int(std::lround((whole.bottom() + 1) * ratio));
    const double height = whole.height() * ratio;
    // Scaled to the most within the visible span: a quiet day zoomed into is not flat.
    const int maximum = qMax(1, maximumInView());
    auto topOf = [&](int count) {
        if (count <= 0)
            return bottom;
        return bottom - qMax(1, int(std::lround(double(count) * height / maximum)));
    };
    const QColor line = lineColour(palette());
    const QColor fill = fillColour(palette());

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.scale(1 / ratio, 1 / ratio);
    // The scale's x = 0 is the chart's left edge, where the lanes' x = 0 is.
    const auto timeAt = [&](int column) { return m_scale.timeAt(column / ratio - m_leftMargin); };
    int previousTop = topOf(m_steps.countAt(timeAt(first - 1)));
    int runStart = first; // columns of one height are filled as one rectangle
    int runTop = -1;
    std::vector<QRect> risers; // drawn last, over the fills
    auto fillRun = [&](int runEnd) {
        if (runTop < bottom && runEnd > runStart) {
            painter.fillRect(QRect(runStart, runTop, runEnd - runStart, bottom - runTop), fill);
            painter.fillRect(QRect(runStart, runTop, runEnd - runStart, 1), line);
        }
    };
    for (int column = first; column < end; ++column) {
        const int count = m_steps.maximumIn(timeAt(column), timeAt(column + 1));
        const int top = topOf(count);
        if (top != runTop) {
            fillRun(column);
            runStart = column;
            runTop = top;
        }
        if (top != previousTop) // the riser between two steps
            risers.emplace_back(column, qMin(top, previousTop), 1, qAbs(top - previousTop) + 1);
        previousTop = top;
    }
    fillRun(end);
    for (const QRect &riser : risers)
        painter.fillRect(riser.intersected(QRect(first, 0, end - first, bottom)), line);
    painter.restore();
}
