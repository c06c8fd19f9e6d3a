#include "timeline/timescale.h"

#include <algorithm>
#include <cmath>

TimeScale::TimeScale(qint64 originUtcMs, double msPerPixel)
    : m_origin(originUtcMs)
    , m_msPerPixel(std::clamp(msPerPixel, MinMsPerPixel, MaxMsPerPixel))
{
}

TimeScale TimeScale::zoomedAround(double x, double factor) const
{
    if (!(factor > 0) || !std::isfinite(factor))
        return *this;
    const qint64 anchor = timeAt(x);
    const double msPerPixel = std::clamp(m_msPerPixel / factor, MinMsPerPixel, MaxMsPerPixel);
    return TimeScale(anchor - qint64(std::llround(x * msPerPixel)), msPerPixel);
}

TimeScale TimeScale::panned(double dx) const
{
    return TimeScale(m_origin - qint64(std::llround(dx * m_msPerPixel)), m_msPerPixel);
}

TimeScale TimeScale::fitting(qint64 fromUtcMs, qint64 toUtcMs, double width, double margin)
{
    constexpr qint64 Hour = 3600 * 1000;
    if (toUtcMs - fromUtcMs < Hour) {
        const qint64 middle = fromUtcMs + (toUtcMs - fromUtcMs) / 2;
        fromUtcMs = middle - Hour / 2;
        toUtcMs = middle + Hour / 2;
    }
    const double inner = std::max(1.0, width - 2 * margin);
    const double msPerPixel = std::clamp(double(toUtcMs - fromUtcMs) / inner, MinMsPerPixel, MaxMsPerPixel);
    return TimeScale(fromUtcMs - qint64(std::llround(margin * msPerPixel)), msPerPixel);
}
