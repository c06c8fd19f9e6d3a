#pragma once

#include "emulator/emulatoroptions.h"

#include <QRandomGenerator>

namespace Emulator {

// Decides, request by request, which configured fault strikes. Seeded, so a
// run with the same options and requests misbehaves the same way.
class FaultInjector final
{
public:
    explicit FaultInjector(const Options &options);

    // False when the budget of the second that began with the window's
    // first request is spent (answer 429). The window starts at a request,
    // not at a whole second of the clock, so a burst is limited wherever
    // it falls.
    bool admit(qint64 nowMs);
    int latencyMs();
    bool shouldFail();
    bool shouldDrop();

private:
    int m_latencyMinMs;
    int m_latencyMaxMs;
    double m_failRate;
    double m_dropRate;
    int m_ratePerSecond;
    qint64 m_windowStartMs = -1;
    int m_windowCount = 0;
    QRandomGenerator m_random;
};

} // namespace Emulator
