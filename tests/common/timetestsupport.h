#pragma once

#include <QByteArray>
#include <QDateTime>

#include <time.h>

// Local times for tests of periods, time terms and the time axis, and a
// scoped switch of the process's zone (Qt reads TZ again after tzset(), so
// a Santiago case can sit next to the Berlin ones in one test).
namespace TimeTestSupport {

inline QDateTime localAt(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi));
}

inline qint64 local(int y, int mo, int d, int h = 0, int mi = 0)
{
    return localAt(y, mo, d, h, mi).toMSecsSinceEpoch();
}

// America/Santiago starts DST at midnight: 2026-09-06 begins at 01:00.
constexpr char GapAtMidnightZone[] = "America/Santiago";

class ScopedLocalZone
{
public:
    explicit ScopedLocalZone(const char *zone) : m_previous(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedLocalZone()
    {
        qputenv("TZ", m_previous);
        tzset();
    }
    ScopedLocalZone(const ScopedLocalZone &) = delete;
    ScopedLocalZone &operator=(const ScopedLocalZone &) = delete;

private:
    QByteArray m_previous;
};

} // namespace TimeTestSupport
