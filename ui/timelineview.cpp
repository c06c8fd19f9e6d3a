#include "ui/timelineview.h"

#include "sessions/displayformat.h"
#include "sessions/durationformat.h"
#include "sessions/sessionbrowser.h"
#include "ui/pictureexporter.h"
#include "ui/widgets/palettecolors.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

TimelineView::TimelineView(SessionBrowser *browser, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_browser(browser)
    , m_attentionIcon(QStringLiteral(":/icons/state-attention.svg"))
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Session timeline"));
    setAccessibleDescription(tr("The filtered sessions as bars on a time axis, one lane per session ID and unit. "
                                "Plus and minus zoom, Left and Right pan, Home shows all, Page Up and Page Down scroll. "
                                "Up and Down move the current bar from lane to lane, Control with Left or Right to "
                                "the previous or next bar in its lane; Enter or Space selects its session in the "
                                "table and the details panel. The sessions table (View menu) shows the same "
                                "sessions and is its accessible equivalent."));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    horizontalScrollBar()->setAccessibleName(tr("Scroll time"));
    verticalScrollBar()->setAccessibleName(tr("Scroll lanes"));
    viewport()->setMouseTracking(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    updateMetrics();

    connect(browser, &SessionBrowser::contentChanged, this, &TimelineView::markDirty);
    connect(browser, &SessionBrowser::rowsChanged, this, &TimelineView::markDirty);
    // Not on `reordered`: a clock-dependent filter sends it at every tick
    // when nothing moved; a real change of the rows or their order comes
    // with contentChanged (SessionBrowser::showView).

    connect(browser, &SessionBrowser::attentionChanged, viewport(), qOverload<>(&QWidget::update));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::scrollTimeTo);
    m_rebuildTimer.setSingleShot(true);
    connect(&m_rebuildTimer, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
}

void TimelineView::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    m_laneHeight = metrics.height() + 8;
    m_gutter = metrics.horizontalAdvance(QLatin1Char('0')) * 24;
    verticalScrollBar()->setSingleStep(m_laneHeight);
    m_ticksValid = false;
    emit gutterChanged();
}

void TimelineView::markDirty()
{
    m_dirty = true;
    viewport()->update();
}

void TimelineView::ensureLanes(Freshness freshness)
{
    if (!m_dirty)
        return;
    // While a load merges slice after slice, a paint may show the lanes of
    // a moment ago: a rebuild (100 ms and more at a million rows) at most
    // every RebuildSpacing times its own cost. Only while every row they
    // name is still the same session (the store only grew: no removal
    // renumbered the rows), and never for what a click names.
    const SessionStore &store = m_browser->store();
    if (freshness == Freshness::MayLag && m_lanes.laneCount() > 0 && store.size() >= m_builtStoreSize
        && store.layoutGeneration() == m_builtGeneration && m_sinceBuild.isValid()) {
        const qint64 wait = RebuildSpacing * m_lastBuildMs - m_sinceBuild.elapsed();
        if (wait > 0) {
            if (!m_rebuildTimer.isActive())
                m_rebuildTimer.start(int(wait));
            return;
        }
    }
    m_rebuildTimer.stop();
    m_dirty = false;
    QElapsedTimer timer;
    timer.start();
    m_lanes.build(store, m_browser->view());
    m_lastBuildMs = timer.elapsed();
    m_sinceBuild.start();
    m_builtStoreSize = store.size();
    m_builtGeneration = store.layoutGeneration();
    ++m_buildCount;
    updateScrollRange();
    if (m_revealPending) // a row asked for before these lanes had it
        QTimer::singleShot(0, this, [this] {
            if (m_revealPending)
                showStoreRow(currentStoreRow());
        });
    if (m_lanes.laneCount() == 0)
        m_fitPending = true; // a new subscription: show all of it once it arrives
    else if (m_fitPending && viewport()->width() > m_gutter) {
        m_fitPending = false;
        fitAll();
    }
}

const TimelineLanes &TimelineView::lanes()
{
    ensureLanes();
    return m_lanes;
}

void TimelineView::updateScrollRange()
{
    const int content = m_lanes.laneCount() * m_laneHeight;
    verticalScrollBar()->setPageStep(qMax(m_laneHeight, viewport()->height()));
    verticalScrollBar()->setRange(0, qMax(0, content - viewport()->height()));
    updateTimeScrollRange();
}

void TimelineView::updateTimeScrollRange()
{
    const double width = qMax(1, viewport()->width() - m_gutter);
    const qint64 viewFirst = m_scale.timeAt(0);
    const qint64 viewLast = m_scale.timeAt(width);
    qint64 first = viewFirst;
    qint64 last = viewLast;
    if (m_lanes.laneCount() > 0) { // the lanes of a moment ago while a load streams in: close enough
        first = qMin(first, m_lanes.earliestStart());
        const qint64 latest = m_lanes.hasOpenBars() ? qMax(m_lanes.latestStop(), m_browser->now())
                                                    : m_lanes.latestStop();
        last = qMax(last, latest);
    }
    m_timeScrollStart = first;
    m_timeScrollUnit = qMax(m_scale.msPerPixel(), double(last - first) / 1e9);
    QScrollBar *bar = horizontalScrollBar();
    const QSignalBlocker blocker(bar); // this follows the scale, not the other way round
    bar->setRange(0, int(double(last - first - (viewLast - viewFirst)) / m_timeScrollUnit));
    bar->setPageStep(qMax(1, int(double(viewLast - viewFirst) / m_timeScrollUnit)));
    bar->setSingleStep(qMax(1, bar->pageStep() / 10));
    bar->setValue(int(double(viewFirst - first) / m_timeScrollUnit));
}

void TimelineView::scrollTimeTo(int value)
{
    setScale(TimeScale(m_timeScrollStart + qint64(value * m_timeScrollUnit), m_scale.msPerPixel()));
}

void TimelineView::setScale(const TimeScale &scale)
{
    if (scale == m_scale)
        return;
    m_scale = scale;
    m_ticksValid = false;
    updateTimeScrollRange();
    viewport()->update();
    emit scaleChanged(m_scale);
}

void TimelineView::fitAll()
{
    ensureLanes();
    const double width = viewport()->width() - m_gutter;
    if (m_lanes.laneCount() == 0 || width <= 0)
        return;
    const qint64 now = m_browser->now();
    const qint64 last = m_lanes.hasOpenBars() ? qMax(m_lanes.latestStop(), now) : m_lanes.latestStop();
    setScale(TimeScale::fitting(m_lanes.earliestStart(), last, width, 12));
}

void TimelineView::zoomAround(double viewportX, double factor)
{
    setScale(m_scale.zoomedAround(viewportX - m_gutter, factor));
}

int TimelineView::laneTop(int lane) const
{
    return lane * m_laneHeight - verticalScrollBar()->value();
}

QRectF TimelineView::barRect(int storeRow)
{
    ensureLanes();
    const int index = m_lanes.barOfStoreRow(storeRow);
    if (index < 0)
        return {};
    const TimelineLanes::Bar &bar = m_lanes.bar(index);
    const qint64 stop = bar.isOpen() ? qMax(bar.start, m_browser->now()) : bar.stop;
    const double left = xOf(bar.start);
    return QRectF(left, laneTop(bar.lane) + 3, xOf(stop) - left, m_laneHeight - 6);
}

int TimelineView::storeRowAt(const QPoint &pos)
{
    // What is painted is what is hit: while a load grows the store, the
    // lanes of a moment ago (their rows still name the same sessions).
    ensureLanes(Freshness::MayLag);
    const int lane = (pos.y() + verticalScrollBar()->value()) / m_laneHeight;
    if (pos.y() < 0 || lane >= m_lanes.laneCount())
        return -1;
    if (pos.x() < m_gutter)
        return m_lanes.lane(lane).storeRow; // its label
    const qint64 now = m_browser->now();
    const qint64 at = m_scale.timeAt(pos.x() - m_gutter);
    const qint64 slack = qint64(3 * m_scale.msPerPixel()); // thin bars are still hit
    const auto [first, end] = m_lanes.barsBetween(lane, at - slack, at + slack, now);
    int best = -1;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (int i = first; i < end; ++i) {
        const TimelineLanes::Bar &bar = m_lanes.bar(i);
        const qint64 stop = bar.isOpen() ? qMax(bar.start, now) : bar.stop;
        const qint64 distance = at < bar.start ? bar.start - at : at > stop ? at - stop : 0;
        if (distance <= slack && distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return -1;
    // The part under the pointer: the last one starting before it.
    const TimelineLanes::Bar &bar = m_lanes.bar(best);
    int row = m_lanes.partRow(bar.firstPart);
    for (int part = 1; part < bar.partCount; ++part) {
        const int next = m_lanes.partRow(bar.firstPart + part);
        if (m_browser->store().start(next) > at)
            break;
        row = next;
    }
    return row;
}

const QList<TimeAxis::Tick> &TimelineView::ticks()
{
    if (!m_ticksValid) {
        const QFontMetrics metrics = fontMetrics();
        const double spacing = metrics.horizontalAdvance(QStringLiteral("00:00")) * 2.2;
        m_ticks = TimeAxis::ticks(m_scale, qMax(0, viewport()->width() - m_gutter), spacing,
                                  DisplayFormat::isIso8601(), locale());
        m_ticksValid = true;
    }
    return m_ticks;
}

int TimelineView::currentStoreRow() const
{
    return m_current.row(m_browser->store());
}

void TimelineView::showStoreRow(int storeRow)
{
    const bool changed = storeRow != currentStoreRow();
    m_current.set(m_browser->store(), storeRow);
    if (!isVisible()) { // the table alone: no lanes built for it, shown once the timeline is
        m_revealPending = true;
        return;
    }
    // Lagging lanes while a load grows the store (a full build is 80 ms and
    // more at 1M rows); a row they do not have yet is revealed once they do.
    ensureLanes(Freshness::MayLag);
    const int index = m_lanes.barOfStoreRow(storeRow);
    if (changed)
        viewport()->update();
    m_revealPending = index < 0 && m_dirty;
    if (index < 0)
        return;
    // Not laid out yet (hidden, or the splitter not sized): once it is.
    m_revealPending = !isVisible() || viewport()->height() < 2 * m_laneHeight || viewport()->width() <= m_gutter;
    if (m_revealPending)
        return;
    const TimelineLanes::Bar &bar = m_lanes.bar(index);
    const int top = bar.lane * m_laneHeight;
    QScrollBar *lanes = verticalScrollBar();
    if (top < lanes->value() || top + m_laneHeight > lanes->value() + viewport()->height())
        lanes->setValue(top - (viewport()->height() - m_laneHeight) / 2);
    // Across the width when it is out of view: its start a fifth in.
    const double width = viewport()->width() - m_gutter;
    const qint64 stop = bar.isOpen() ? qMax(bar.start, m_browser->now()) : bar.stop;
    if (width > 0 && bar.start != BillForward::NoTimestamp
        && (m_scale.xOf(stop) < 0 || m_scale.xOf(bar.start) > width))
        setScale(m_scale.panned(width / 5 - m_scale.xOf(bar.start)));
}

void TimelineView::followNow()
{
    if (!isVisible())
        return;
    viewport()->update(); // the now-line moves, running bars grow
    if (m_lanes.hasOpenBars())
        updateTimeScrollRange();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_ticksValid = false;
    updateScrollRange();
    if (m_fitPending && !m_dirty && m_lanes.laneCount() > 0 && viewport()->width() > m_gutter) {
        m_fitPending = false;
        fitAll();
    }
    if (m_revealPending)
        showStoreRow(currentStoreRow());
}

void TimelineView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (m_revealPending) // once the layout gave it its size
        QTimer::singleShot(0, this, [this] {
            if (m_revealPending)
                showStoreRow(currentStoreRow());
        });
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollRange();
    }
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    ensureLanes(Freshness::MayLag);
    QPainter painter(viewport());
    const QRect clip = event->rect();
    const QPalette &pal = palette();
    const int width = viewport()->width();
    const int height = viewport()->height();

    // Each pixel filled once (a full-HD frame at 2x is 33 MB to write): the
    // gutter, every lane's row (every other one tinted), the rest below.
    painter.fillRect(QRect(0, clip.top(), m_gutter, clip.height()), pal.color(QPalette::Window));
    const int scroll = verticalScrollBar()->value();
    const int firstLane = qMax(0, (clip.top() + scroll) / m_laneHeight);
    const int endLane = qMin(m_lanes.laneCount(), (clip.bottom() + scroll) / m_laneHeight + 1);
    const QRect lanesArea = QRect(m_gutter, 0, width - m_gutter, height) & clip;
    for (int lane = firstLane; lane < endLane; ++lane) {
        const QRect row = QRect(m_gutter, laneTop(lane), width - m_gutter, m_laneHeight) & lanesArea;
        painter.fillRect(row, pal.color(lane % 2 ? QPalette::AlternateBase : QPalette::Base));
    }
    const int lanesBottom = laneTop(endLane);
    if (lanesBottom <= lanesArea.bottom())
        painter.fillRect(QRect(m_gutter, lanesBottom, width - m_gutter, lanesArea.bottom() - lanesBottom + 1) & lanesArea,
                         pal.color(QPalette::Base));
    // Grid lines at the axis' ticks.
    const QColor grid = PaletteColors::mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12);
    for (const TimeAxis::Tick &tick : ticks())
        painter.fillRect(QRect(m_gutter + int(std::floor(tick.x)), 0, 1, height), grid);

    painter.setClipRect(QRect(m_gutter, 0, width - m_gutter, height) & clip);
    const BarColours colours = barColours();
    for (int lane = firstLane; lane < endLane; ++lane)
        paintLane(painter, lane, laneTop(lane), clip, colours);

    // The now-line.
    const double nowX = xOf(m_browser->now());
    if (nowX >= m_gutter && nowX < width)
        painter.fillRect(QRect(int(std::floor(nowX)), 0, 1, height), PaletteColors::errorText(pal));
    painter.setClipping(false);

    // The gutter with the lanes' labels.
    painter.fillRect(QRect(m_gutter - 1, clip.top(), 1, clip.height()), grid);
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(pal.color(QPalette::WindowText));
    const SessionStore &store = m_browser->store();
    for (int lane = firstLane; lane < endLane; ++lane) {
        const int row = m_lanes.lane(lane).storeRow;
        const QString label = store.sessionId(row) + QStringLiteral(" · ") + store.uom(row);
        const QRect box(6, laneTop(lane), m_gutter - 12, m_laneHeight);
        painter.drawText(box, Qt::AlignVCenter | Qt::AlignLeft, metrics.elidedText(label, Qt::ElideMiddle, box.width()));
    }

    // Keyboard focus visible on screen (not in an exported picture): a frame in the highlight colour.
    if (hasFocus() && !PictureExporter::isRendering(this)) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRect(1, 1, width - 2, height - 2));
    }
    if (m_lanes.laneCount() == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(m_gutter, 0, width - m_gutter, height), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No sessions to show: open a subscription, or change the filter."));
    }
}

TimelineView::BarColours TimelineView::barColours() const
{
    const QPalette &pal = palette();
    BarColours colours;
    colours.active = PaletteColors::activeText(pal);
    colours.historic = PaletteColors::historicText(pal);
    colours.activeFill = PaletteColors::mix(colours.active, pal.color(QPalette::Base), 0.35);
    colours.historicFill = PaletteColors::mix(colours.historic, pal.color(QPalette::Base), 0.55);
    colours.cut = pal.color(QPalette::Base);
    colours.selected = pal.color(QPalette::Highlight);
    return colours;
}

void TimelineView::paintLane(QPainter &painter, int lane, int top, const QRect &clip, const BarColours &colours)
{
    const SessionStore &store = m_browser->store();
    const qint64 now = m_browser->now();
    const int width = viewport()->width();
    const qint64 from = m_scale.timeAt(qMax(0, clip.left() - m_gutter) - 1);
    const qint64 to = m_scale.timeAt(clip.right() - m_gutter + 2);
    const auto [first, end] = m_lanes.barsBetween(lane, from, to, now);
    const int barTop = top + 3;
    const int barHeight = m_laneHeight - 6;
    const int left = m_gutter - 2, right = width + 2; // pixels drawn, bars clamped to them
    const int current = currentStoreRow();
    const int currentBar = current >= 0 ? m_lanes.barOfStoreRow(current) : -1;

    // Bars a few pixels wide in a row, of one colour, go out as one rectangle
    // (a year of a kiosk's daily runs is hundreds of them).
    int pendingX0 = 0, pendingX1 = -1;
    const QColor *pendingColour = nullptr;
    const auto flush = [&] {
        if (pendingColour)
            painter.fillRect(QRect(pendingX0, barTop, pendingX1 - pendingX0, barHeight), *pendingColour);
        pendingColour = nullptr;
    };

    for (int i = first; i < end;) {
        const TimelineLanes::Bar &bar = m_lanes.bar(i);
        if (bar.start == BillForward::NoTimestamp) {
            ++i;
            continue;
        }
        const qint64 stop = bar.isOpen() ? qMax(bar.start, now) : bar.stop;
        const double x0 = xOf(bar.start), x1 = xOf(stop);
        const int px0 = int(std::floor(qBound<double>(left, x0, right)));
        const int px1 = qMax(px0 + 1, int(std::ceil(qBound<double>(left, x1, right))));
        const int lastRow = m_lanes.lastPartRow(bar);
        const bool running = store.isActive(lastRow);
        const QColor &edge = running ? colours.active : colours.historic;
        const bool attention = running && m_browser->attentionOf(lastRow).needsAttention();
        if (px1 - px0 < 3 && !attention && i != currentBar) {
            // Too narrow for an outline or a visible cut: its state colour only.
            if (pendingColour == &edge && px0 <= pendingX1) {
                pendingX1 = qMax(pendingX1, px1);
            } else {
                flush();
                pendingColour = &edge;
                pendingX0 = px0;
                pendingX1 = px1;
            }
        } else {
            flush();
            const QRect box(px0, barTop, px1 - px0, barHeight);
            painter.fillRect(box, running ? colours.activeFill : colours.historicFill);
            // A 1-px outline of whole pixels, crisp at any device pixel ratio;
            // a running bar stays open at its end.
            painter.fillRect(QRect(px0, barTop, box.width(), 1), edge);
            painter.fillRect(QRect(px0, barTop + barHeight - 1, box.width(), 1), edge);
            painter.fillRect(QRect(px0, barTop, 1, barHeight), edge);
            if (!running)
                painter.fillRect(QRect(px1 - 1, barTop, 1, barHeight), edge);
            // Cuts at billing-period ends: a gap through the bar, ticks above and below.
            for (int part = 1; part < bar.partCount; ++part) {
                const double cx = xOf(store.start(m_lanes.partRow(bar.firstPart + part)));
                if (cx < left || cx > right)
                    continue;
                const int x = int(std::floor(cx));
                painter.fillRect(QRect(x, barTop + 1, 1, barHeight - 2), colours.cut);
                painter.fillRect(QRect(x, top, 1, 3), edge);
                painter.fillRect(QRect(x, barTop + barHeight, 1, 3), edge);
            }
            if (attention) {
                const int size = barHeight;
                m_attentionIcon.paint(&painter, QRect(qMin(px1, width - size) - size / 2, barTop, size, size));
            }
            if (i == currentBar) {
                painter.setPen(QPen(colours.selected, 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRect(px0 - 1, barTop - 1, px1 - px0 + 1, barHeight + 1));
            }
        }
        // Bars starting under this one's last pixel are hidden by it, but
        // for the last of them, which may reach further.
        if (i + 1 >= end)
            break;
        const int hiddenEnd = m_lanes.firstBarStartingFrom(i + 1, m_scale.timeAt(px1 - m_gutter));
        i = hiddenEnd - 1 > i ? hiddenEnd - 1 : i + 1;
    }
    flush();
}

QString TimelineView::toolTipOf(int storeRow) const
{
    const SessionStore &store = m_browser->store();
    const qint64 now = m_browser->now();
    QStringList lines;
    lines << tr("Session %1").arg(store.sessionId(storeRow).toHtmlEscaped());
    lines << tr("Subscription: %1").arg(store.subscriptionId(storeRow).toHtmlEscaped());
    lines << tr("Unit: %1").arg(store.uom(storeRow).toHtmlEscaped());
    if (!store.pricingComponentName(storeRow).isEmpty())
        lines << tr("Pricing component: %1").arg(store.pricingComponentName(storeRow).toHtmlEscaped());
    lines << tr("State: %1").arg(store.state(storeRow).toHtmlEscaped());
    lines << tr("Start: %1").arg(DisplayFormat::timestamp(store.start(storeRow)));
    lines << (store.isActive(storeRow) ? tr("Stop: still running")
                                       : tr("Stop: %1").arg(DisplayFormat::timestamp(store.stop(storeRow))));
    lines << tr("Duration: %1").arg(DurationFormat::forPeople(store.durationAt(storeRow, now), locale()));
    if (store.sessionix(storeRow) > 0)
        lines << tr("Part %1 of a run cut at billing-period ends").arg(store.sessionix(storeRow) + 1);
    const Attention attention = m_browser->attentionOf(storeRow);
    if (attention.needsAttention())
        lines << attention.text().toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = storeRowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), toolTipOf(row), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier) { // Shift: scroll the lanes
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    if (delta.y() == 0) {
        event->ignore();
        return;
    }
    const double x = event->position().x();
    zoomAround(qMax<double>(m_gutter, x), std::pow(ZoomStep, delta.y() / 120.0));
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        const QPoint delta = pos - m_lastDragPos;
        m_lastDragPos = pos;
        setScale(m_scale.panned(delta.x()));
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
    } else {
        const int row = storeRowAt(event->position().toPoint());
        if (row >= 0) {
            showStoreRow(row);
            emit storeRowClicked(row);
        }
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    ensureLanes(Freshness::MayLag); // the scroll range and the fit
    const double centre = m_gutter + (viewport()->width() - m_gutter) / 2.0;
    const double panStep = (viewport()->width() - m_gutter) / 8.0;
    QScrollBar *lanes = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(centre, ZoomStep);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAround(centre, 1 / ZoomStep);
        break;
    case Qt::Key_Left:
        if (event->modifiers() & Qt::ControlModifier)
            moveCurrent(0, -1);
        else
            setScale(m_scale.panned(panStep));
        break;
    case Qt::Key_Right:
        if (event->modifiers() & Qt::ControlModifier)
            moveCurrent(0, 1);
        else
            setScale(m_scale.panned(-panStep));
        break;
    case Qt::Key_Up:
        moveCurrent(-1, 0);
        break;
    case Qt::Key_Down:
        moveCurrent(1, 0);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        // The table and the details panel follow, as for a click.
        if (const int row = currentStoreRow(); row >= 0 && m_lanes.barOfStoreRow(row) >= 0)
            emit storeRowClicked(row);
        break;
    case Qt::Key_PageUp:
        lanes->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        lanes->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::moveCurrent(int laneStep, int barStep)
{
    ensureLanes();
    if (m_lanes.laneCount() == 0)
        return;
    const int current = currentStoreRow();
    int index = current >= 0 ? m_lanes.barOfStoreRow(current) : -1;
    if (index < 0) {
        // No current bar yet: the one nearest the middle of the first lane in view.
        const int lane = qBound(0, verticalScrollBar()->value() / m_laneHeight, m_lanes.laneCount() - 1);
        index = nearestBar(lane, m_scale.timeAt((viewport()->width() - m_gutter) / 2.0));
    } else if (laneStep != 0) {
        const TimelineLanes::Bar &bar = m_lanes.bar(index);
        const int lane = qBound(0, bar.lane + laneStep, m_lanes.laneCount() - 1);
        if (lane != bar.lane)
            index = nearestBar(lane, bar.start);
    } else {
        const TimelineLanes::Lane &lane = m_lanes.lane(m_lanes.bar(index).lane);
        index = qBound(lane.firstBar, index + barStep, lane.firstBar + lane.barCount - 1);
    }
    if (index >= 0)
        showStoreRow(m_lanes.partRow(m_lanes.bar(index).firstPart));
}

int TimelineView::nearestBar(int laneIndex, qint64 utcMs) const
{
    const TimelineLanes::Lane &lane = m_lanes.lane(laneIndex);
    if (lane.barCount == 0)
        return -1;
    const qint64 now = m_browser->now();
    const auto distance = [&](int i) {
        const TimelineLanes::Bar &bar = m_lanes.bar(i);
        const qint64 stop = bar.isOpen() ? qMax(bar.start, now) : bar.stop;
        return utcMs < bar.start ? bar.start - utcMs : utcMs > stop ? utcMs - stop : 0;
    };
    // The first bar starting at or after the time, or the one before it.
    const int next = qMin(m_lanes.firstBarStartingFrom(lane.firstBar, utcMs), lane.firstBar + lane.barCount - 1);
    const int previous = qMax(lane.firstBar, next - 1);
    return distance(previous) <= distance(next) ? previous : next;
}

void TimelineView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}
