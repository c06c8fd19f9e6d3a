#include "ui/statusbarcontroller.h"

#include "ui/widgets/elidinglabel.h"
#include "ui/widgets/palettecolors.h"


#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <algorithm>

namespace {

// Offline in bold error colour, picked for the palette in use (light or dark).
void applyNetworkColour(QLabel *label)
{
    const QPalette palette = PaletteColors::inheritedPalette(label);
    const bool offline = label->property("offline").toBool();
    PaletteColors::setTextColour(label, offline ? PaletteColors::errorText(palette)
                                                : palette.color(QPalette::Active, QPalette::WindowText));
    QFont font = label->font();
    font.setBold(offline);
    label->setFont(font);
}

void showOffline(QLabel *label, bool offline)
{
    label->setProperty("offline", offline);
    applyNetworkColour(label);
}

} // namespace

StatusBarController::StatusBarController(QStatusBar *bar, QObject *parent)
    : QObject(parent)
{
    m_counts = new QLabel(bar);
    m_counts->setAccessibleName(tr("Rows loaded"));
    m_lastRefresh = new QLabel(bar);
    m_lastRefresh->setAccessibleName(tr("Last refresh"));
    m_network = new ElidingLabel(bar); // a long offline message must not widen the window
    m_network->setAccessibleName(tr("Network state"));
    QLabel *network = m_network;
    PaletteColors::onPaletteChange(m_network, [network] { applyNetworkColour(network); });
    m_progress = new QProgressBar(bar);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton(bar);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_retry = new QToolButton(bar);
    m_retry->setText(tr("Retry"));
    m_retry->setAccessibleName(tr("Retry now"));

    bar->addWidget(m_counts);
    bar->addWidget(m_lastRefresh);
    bar->addPermanentWidget(m_network);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_cancel);
    bar->addPermanentWidget(m_retry);

    // QStatusBar hides these for a message only if they are visible at that
    // moment: a message shown before the window was drew over them.
    connect(bar, &QStatusBar::messageChanged, this, [this](const QString &message) {
        for (QLabel *label : {m_counts, m_lastRefresh})
            label->setVisible(message.isEmpty());
    });
    connect(m_cancel, &QToolButton::clicked, this, &StatusBarController::cancelRequested);
    connect(m_retry, &QToolButton::clicked, this, &StatusBarController::retryRequested);
    m_countdown.setInterval(1000);
    // A coarse timer may fire up to 5 % early or late, which can skip a
    // whole second of the countdown.
    m_countdown.setTimerType(Qt::PreciseTimer);
    connect(&m_countdown, &QTimer::timeout, this, &StatusBarController::updateCountdown);
    setCounts(0, 0);
    setLastRefresh({});
    setIdle();
}

void StatusBarController::setCounts(int loaded, int active)
{
    const QLocale locale;
    m_counts->setText(tr("%1 sessions loaded, %2 active").arg(locale.toString(loaded), locale.toString(active)));
}

void StatusBarController::setLastRefresh(const QDateTime &when)
{
    m_lastRefresh->setText(when.isValid() ? tr("Updated %1").arg(QLocale().toString(when.time(), QLocale::ShortFormat))
                                          : tr("Not loaded yet"));
    m_lastRefresh->setToolTip(when.isValid() ? QLocale().toString(when, QLocale::LongFormat) : QString());
}

void StatusBarController::setConnectionText(const QString &text, bool failed)
{
    m_connectionText = text;
    m_connectionFailed = failed;
    if (m_state == NetworkState::Idle)
        showConnection();
}

void StatusBarController::setIdle()
{
    m_state = NetworkState::Idle;
    m_countdown.stop();
    showConnection();
}

void StatusBarController::showConnection()
{
    m_network->setText(m_connectionText.isEmpty() ? tr("Not connected") : m_connectionText);
    m_network->setToolTip(m_connectionFailed ? m_connectionText : QString());
    showOffline(m_network, m_connectionFailed);
    m_progress->hide();
    m_cancel->hide();
    m_retry->setVisible(m_connectionFailed);
}

void StatusBarController::setLoading(qint64 delivered)
{
    m_state = NetworkState::Loading;
    m_countdown.stop();
    m_network->setText(delivered > 0 ? tr("Loading… %1 sessions").arg(QLocale().toString(delivered))
                                     : tr("Loading…"));
    showOffline(m_network, false);
    m_progress->show();
    m_cancel->show();
    m_retry->hide();
}

void StatusBarController::setOffline(const QString &message, int retryInSeconds)
{
    if (retryInSeconds <= 0) {
        setStopped(message);
        return;
    }
    m_retryAt.setRemainingTime(qint64(retryInSeconds) * 1000);
    showOfflineState(message);
    updateCountdown();
    m_countdown.start();
}

void StatusBarController::setStopped(const QString &message)
{
    m_countdown.stop();
    showOfflineState(message);
    m_network->setText(tr("Offline: %1 Not retrying; choose Retry to try again.").arg(message));
}

void StatusBarController::updateCountdown()
{
    // Never "0 s": the retry itself replaces the text (setLoading()) at about
    // that moment, and a second's rounding must not claim it is overdue.
    const qint64 seconds = std::max<qint64>(1, (m_retryAt.remainingTime() + 999) / 1000);
    m_network->setText(tr("Offline: %1 Retrying in %n s.", nullptr, int(seconds)).arg(m_offlineMessage));
    if (m_retryAt.hasExpired())
        m_countdown.stop();
}

void StatusBarController::showOfflineState(const QString &message)
{
    m_state = NetworkState::Offline;
    m_offlineMessage = message;
    m_network->setToolTip(message);
    showOffline(m_network, true);
    m_progress->hide();
    m_cancel->hide();
    m_retry->show();
}

QString StatusBarController::networkText() const
{
    return m_network->text();
}
