#include "ui/totalsstrip.h"

#include "sessions/sessionbrowser.h"
#include "sessions/totalscounter.h"
#include "sessions/totalstext.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *selectableLine(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true); // a long list of units wraps instead of widening the window
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

} // namespace

TotalsStrip::TotalsStrip(SessionBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
{
    setAccessibleName(tr("Totals"));
    setAccessibleDescription(tr("Number of sessions by state, total duration per unit, earliest start and latest "
                                "stop, of every session the filters show and of the selection. Active sessions "
                                "count up to now; with a period, only the part inside it counts."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    auto *lines = new QVBoxLayout;
    lines->setSpacing(0);
    m_set = selectableLine(this, QStringLiteral("totalsSetText"), tr("Totals of the filtered sessions"));
    m_selection = selectableLine(this, QStringLiteral("totalsSelectionText"), tr("Totals of the selection"));
    m_selection->hide();
    for (QLabel *line : {m_set, m_selection}) {
        line->installEventFilter(this);
        lines->addWidget(line);
    }
    layout->addLayout(lines, 1);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyTotalsButton"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the totals as text"));
    m_copy->setAccessibleName(tr("Copy totals"));
    connect(m_copy, &QToolButton::clicked, this, &TotalsStrip::copyToClipboard);
    layout->addWidget(m_copy, 0, Qt::AlignTop);

    m_counter = new TotalsCounter(m_browser->store(), this);
    connect(m_counter, &TotalsCounter::finished, this, &TotalsStrip::showSetTotals);
    connect(m_counter, &TotalsCounter::invalidated, this, &TotalsStrip::scheduleRecount);
    m_recount.setSingleShot(true);
    connect(&m_recount, &QTimer::timeout, this, &TotalsStrip::recountSet);
    connect(m_browser, &SessionBrowser::contentChanged, this, &TotalsStrip::scheduleRecount);
    recountSet();
}

bool TotalsStrip::eventFilter(QObject *watched, QEvent *event)
{
    // The window's Ctrl+C copies table rows; in a line of totals it copies
    // the text selected, or the whole line when none is.
    auto *line = qobject_cast<QLabel *>(watched);
    const bool isKey = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (line && isKey) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept();
                return true;
            }
            if (key->matches(QKeySequence::Copy) && !line->hasSelectedText()) {
                QApplication::clipboard()->setText(line->text());
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TotalsStrip::setSelection(const QList<int> &storeRows)
{
    m_selectedRows = storeRows;
    m_selectionGeneration = m_browser->store().layoutGeneration();
    showSelection();
    followClock();
}

int TotalsStrip::setCounts() const
{
    return m_counter->countsStarted();
}

void TotalsStrip::followClock()
{
    const qint64 now = m_browser->now();
    if (now == m_countedAt || m_counter->isCounting() || m_recount.isActive())
        return; // a count in hand or on its way takes the new now
    // A relative period that moved on (midnight, the 1st) bills other parts.
    if (!(m_countedPeriod.resolve(QDateTime::fromMSecsSinceEpoch(now)) == m_countedBounds)) {
        scheduleRecount();
        return;
    }
    if (!m_counter->countedActiveRows())
        return; // nothing counted runs: the figures stand
    // Only the running sessions' shares grew: count those again.
    SessionTotals::Result totals;
    if (!m_counter->advanceTo(now, &totals)) {
        scheduleRecount(); // rows were removed since: their numbers are stale
        return;
    }
    m_countedAt = now;
    m_setTotals = totals;
    m_set->setText(TotalsText::forSet(m_setTotals, m_countedPeriod));
    emit setCounted();
}

QString TotalsStrip::setText() const
{
    return m_set->text();
}

QString TotalsStrip::selectionText() const
{
    return m_selection->isHidden() ? QString() : m_selection->text();
}

QString TotalsStrip::plainText() const
{
    const QString selection = selectionText();
    return selection.isEmpty() ? setText() : setText() + QLatin1Char('\n') + selection;
}

void TotalsStrip::copyToClipboard()
{
    QApplication::clipboard()->setText(plainText());
}

void TotalsStrip::scheduleRecount()
{
    // A new filter: the figures follow at once, and a count in hand is
    // useless. Rows arriving or changing (a load or a refresh merges
    // hundreds of slices) are counted at most every RecountMs.
    const bool filterChanged = m_countedFilter != m_browser->filter();
    if (m_counter->isCounting()) {
        if (filterChanged) {
            m_counter->cancel();
        } else {
            m_dirty = true; // counted again when this count ends
            return;
        }
    }
    if (filterChanged) {
        m_recount.start(0);
        return;
    }
    if (m_recount.isActive())
        return; // rows keep arriving: the pending count takes them in
    const qint64 since = m_sinceRecount.isValid() ? m_sinceRecount.elapsed() : RecountMs;
    m_recount.start(int(qMax<qint64>(0, RecountMs - since)));
}

void TotalsStrip::recountSet()
{
    m_sinceRecount.start();
    m_dirty = false;
    m_countedAt = m_browser->now();
    m_countedFilter = m_browser->filter();
    m_countedPeriod = m_countedFilter.period();
    m_countedBounds = m_countedPeriod.resolve(QDateTime::fromMSecsSinceEpoch(m_countedAt));
    m_counter->start(m_browser->view(), m_countedAt, m_countedBounds);
    showSelection(); // the period or the rows may have changed under it
}

void TotalsStrip::showSetTotals(const SessionTotals::Result &totals)
{
    m_setTotals = totals;
    m_set->setText(TotalsText::forSet(m_setTotals, m_countedPeriod));
    emit setCounted();
    if (m_dirty)
        scheduleRecount();
}

void TotalsStrip::showSelection()
{
    // Rows removed since the selection was given renumber the rest: the
    // line waits for the table's next selection (at the latest the tick).
    if (m_selectionGeneration != m_browser->store().layoutGeneration())
        m_selectedRows.clear();
    m_selectedRows.removeIf([this](int row) { return row < 0 || row >= m_browser->store().size(); });
    if (m_selectedRows.isEmpty()) {
        m_selection->hide();
        return;
    }
    // A selection is a few rows (the table's selection model is the limit): counted at once.
    const Period &period = m_browser->filter().period();
    SessionTotals totals(m_browser->store(), m_browser->now(),
                         period.resolve(QDateTime::fromMSecsSinceEpoch(m_browser->now())));
    totals.addAll(m_selectedRows);
    m_selection->setText(TotalsText::forSelection(totals.result(), period));
    m_selection->show();
}
