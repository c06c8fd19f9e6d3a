#include "emulator/faultinjector.h"

namespace Emulator {

FaultInjector::FaultInjector(const Options &options)
    : m_latencyMinMs(options.latencyMinMs)
    , m_latencyMaxMs(qMax(options.latencyMinMs, options.latencyMaxMs))
    , m_failRate(options.failRate)
    , m_dropRate(options.dropRate)
    , m_ratePerSecond(options.rateLimitPerSecond)
    , m_random(options.seed)
{
}

bool FaultInjector::admit(qint64 nowMs)
{
    if (m_ratePerSecond <= 0)
        return true;
    if (m_windowStartMs < 0 || nowMs - m_windowStartMs >= 1000 || nowMs < m_windowStartMs) {
        m_windowStartMs = nowMs;
        m_windowCount = 0;
    }
    return ++m_windowCount <= m_ratePerSecond;
}

int FaultInjector::latencyMs()
{
    if (m_latencyMaxMs <= 0)
        return 0;
    if (m_latencyMaxMs == m_latencyMinMs)
        return m_latencyMinMs;
    return m_latencyMinMs + int(m_random.bounded(quint32(m_latencyMaxMs - m_latencyMinMs + 1)));
}

bool FaultInjector::shouldFail()
{
    return m_failRate > 0.0 && (m_failRate >= 1.0 || m_random.generateDouble() < m_failRate);
}

bool FaultInjector::shouldDrop()
{
    return m_dropRate > 0.0 && (m_dropRate >= 1.0 || m_random.generateDouble() < m_dropRate);
}

} // namespace Emulator
