#include "wire/jsonwriter.h"
#include "wire/sessioncodec.h"

namespace BillForward {

namespace {

constexpr qint64 MsecsPerDay = 86400000;

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

struct Civil
{
    qint64 year;
    unsigned month;
    unsigned day;
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

constexpr Timestamp MinTime = daysFromCivil(1, 1, 1) * MsecsPerDay;
constexpr Timestamp MaxTime = daysFromCivil(9999, 12, 31) * MsecsPerDay + MsecsPerDay - 1;

static_assert(daysFromCivil(1970, 1, 1) == 0);
static_assert(civilFromDays(daysFromCivil(2024, 2, 29)).day == 29);

constexpr bool isLeapYear(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr unsigned daysInMonth(qint64 y, unsigned m)
{
    constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

inline int digit(const char *p, qsizetype i)
{
    const unsigned v = unsigned(static_cast<unsigned char>(p[i])) - unsigned('0');
    return v <= 9 ? int(v) : -1;
}

// Two digits at p[i], or -1.
inline int twoDigits(const char *p, qsizetype i)
{
    const int a = digit(p, i);
    const int b = digit(p, i + 1);
    return a < 0 || b < 0 ? -1 : a * 10 + b;
}

inline void putDigits(char *out, unsigned value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

namespace WireTimeDetail {

int formatTo(char *out, Timestamp utcMsecs)
{
    if (utcMsecs < MinTime || utcMsecs > MaxTime)
        return 0;
    qint64 days = utcMsecs / MsecsPerDay;
    qint64 msOfDay = utcMsecs % MsecsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsecsPerDay;
        --days;
    }
    const Civil c = civilFromDays(days);
    const auto ms = unsigned(msOfDay);
    putDigits(out, unsigned(c.year), 4);
    out[4] = '-';
    putDigits(out + 5, c.month, 2);
    out[7] = '-';
    putDigits(out + 8, c.day, 2);
    out[10] = 'T';
    putDigits(out + 11, ms / 3600000, 2);
    out[13] = ':';
    putDigits(out + 14, ms / 60000 % 60, 2);
    out[16] = ':';
    putDigits(out + 17, ms / 1000 % 60, 2);
    int length = 19;
    if (ms % 1000 != 0) {
        out[19] = '.';
        putDigits(out + 20, ms % 1000, 3);
        length = 23;
    }
    out[length++] = 'Z';
    return length;
}

} // namespace WireTimeDetail

namespace WireTime {

bool parse(QByteArrayView text, Timestamp &out)
{
    const char *p = text.data();
    const qsizetype n = text.size();
    if (n < 19 || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != 't') || p[13] != ':'
        || p[16] != ':')
        return false;
    const int y1 = twoDigits(p, 0);
    const int y2 = twoDigits(p, 2);
    const int month = twoDigits(p, 5);
    const int day = twoDigits(p, 8);
    const int hour = twoDigits(p, 11);
    const int minute = twoDigits(p, 14);
    const int second = twoDigits(p, 17);
    if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59)
        return false;
    const int year = y1 * 100 + y2;
    if (year < 1 || unsigned(day) > daysInMonth(year, unsigned(month)))
        return false;

    qsizetype i = 19;
    int ms = 0;
    if (i < n && (p[i] == '.' || p[i] == ',')) {
        ++i;
        const qsizetype first = i;
        int scale = 100;
        for (; i < n; ++i) {
            const int d = digit(p, i);
            if (d < 0)
                break;
            ms += d * scale; // digits beyond milliseconds are dropped, not rounded
            scale /= 10;
        }
        if (i == first)
            return false;
    }

    qint64 offsetMinutes = 0;
    if (i < n) {
        const char zone = p[i++];
        if (zone == 'Z' || zone == 'z') {
            if (i != n)
                return false;
        } else if (zone == '+' || zone == '-') {
            const qsizetype rest = n - i;
            int offsetHours = rest >= 2 ? twoDigits(p, i) : -1;
            int offsetMins = 0;
            if (rest == 2) {
                offsetMins = 0;
            } else if (rest == 4) {
                offsetMins = twoDigits(p, i + 2);
            } else if (rest == 5 && p[i + 2] == ':') {
                offsetMins = twoDigits(p, i + 3);
            } else {
                return false;
            }
            if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59)
                return false;
            offsetMinutes = (zone == '+' ? 1 : -1) * qint64(offsetHours * 60 + offsetMins);
        } else {
            return false;
        }
    }
    // No zone at all: the contract's datetimes are UTC, so read it as UTC.

    const qint64 local = daysFromCivil(year, unsigned(month), unsigned(day)) * MsecsPerDay
        + ((qint64(hour) * 60 + minute) * 60 + second) * 1000 + ms;
    const qint64 utc = local - offsetMinutes * 60000;
    if (utc < MinTime || utc > MaxTime)
        return false;
    out = utc;
    return true;
}

QByteArray format(Timestamp utcMsecs)
{
    char buffer[32];
    const int length = WireTimeDetail::formatTo(buffer, utcMsecs);
    return QByteArray(buffer, length);
}

QString toString(Timestamp utcMsecs)
{
    char buffer[32];
    const int length = WireTimeDetail::formatTo(buffer, utcMsecs);
    return QString::fromLatin1(buffer, length);
}

} // namespace WireTime

} // namespace BillForward
