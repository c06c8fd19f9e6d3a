#pragma once

#include <QtGlobal>

// Where a time is on a timeline's x axis: a linear map from UTC ms to
// device-independent pixels, with zoom around a point and pan. A plain
// value, so the lanes, the concurrency strip and the axis share one.
class TimeScale
{
public:
    // From one second to ten years across a pixel: a zoom stops there.
    static constexpr double MinMsPerPixel = 1000.0 / 1000;                 // 1 ms
    static constexpr double MaxMsPerPixel = 10.0 * 365 * 24 * 3600 * 1000 / 100;

    TimeScale() = default;
    TimeScale(qint64 originUtcMs, double msPerPixel);

    qint64 origin() const { return m_origin; } // the time at x = 0
    double msPerPixel() const { return m_msPerPixel; }

    double xOf(qint64 utcMs) const { return double(utcMs - m_origin) / m_msPerPixel; }
    qint64 timeAt(double x) const { return m_origin + qint64(x * m_msPerPixel); }

    // `factor` > 1 zooms in (less time across the same width); the time
    // under `x` stays under `x`. Clamped to the limits above.
    TimeScale zoomedAround(double x, double factor) const;
    // The picture moves right by `dx` pixels: earlier times come into view.
    TimeScale panned(double dx) const;
    // [fromUtcMs, toUtcMs) across `width` pixels, `margin` pixels of air
    // on each side; a span too short is widened to an hour around it.
    static TimeScale fitting(qint64 fromUtcMs, qint64 toUtcMs, double width, double margin = 0);

    friend bool operator==(const TimeScale &a, const TimeScale &b)
    {
        return a.m_origin == b.m_origin && a.m_msPerPixel == b.m_msPerPixel;
    }
    friend bool operator!=(const TimeScale &a, const TimeScale &b) { return !(a == b); }

private:
    qint64 m_origin = 0;
    double m_msPerPixel = 60 * 1000; // a pixel a minute
};
