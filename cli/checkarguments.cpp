#include "cli/checkarguments.h"

#include "cli/subscriptionidfile.h"
#include "radar/durationtext.h"

#include <QHash>
#include <QSet>

namespace BillForward {

namespace {

// NAME=DURATION into `limits`: the last `=` splits, as names may hold one
// and durations never do. A later limit for the same name wins.
bool readLimits(const QStringList &values, const QString &option, QHash<QString, qint64> &limits, QString &error)
{
    for (const QString &value : values) {
        const qsizetype split = value.lastIndexOf(QLatin1Char('='));
        const QString name = split < 0 ? QString() : value.left(split).trimmed();
        if (name.isEmpty()) {
            error = option == QLatin1String("limit")
                ? CheckArguments::tr("--limit wants UNIT=DURATION, such as --limit minutes=8h; got \"%1\".").arg(value)
                : CheckArguments::tr("--component-limit wants COMPONENT=DURATION, such as --component-limit \"Call minutes=8h\"; got \"%1\".")
                      .arg(value);
            return false;
        }
        QString durationError;
        const qint64 ms = DurationText::parse(QStringView(value).mid(split + 1), &durationError);
        if (ms < 0) {
            error = QStringLiteral("--%1 %2: %3").arg(option, value, durationError);
            return false;
        }
        limits.insert(name, ms);
    }
    return true;
}

} // namespace

std::optional<CheckArguments> CheckArguments::parse(const Given &given, QString &error)
{
    CheckArguments arguments;
    QSet<QString> seen;
    const auto add = [&](const QStringList &ids) {
        for (const QString &id : ids) {
            const QString trimmed = id.trimmed();
            if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
                seen.insert(trimmed);
                arguments.subscriptionIds.append(trimmed);
            }
        }
    };
    add(given.subscriptionIds);
    if (given.subscriptionsFile) {
        const SubscriptionIdFile::Result read = SubscriptionIdFile::read(*given.subscriptionsFile);
        if (!read.ok()) {
            error = read.error;
            return std::nullopt;
        }
        add(read.ids);
    }
    if (arguments.subscriptionIds.isEmpty()) {
        error = tr("check needs at least one SUBSCRIPTION ID, as an argument or in --subscriptions-file FILE.");
        return std::nullopt;
    }

    if (given.longerThan) {
        QString durationError;
        arguments.limits.defaultMs = DurationText::parse(*given.longerThan, &durationError);
        if (arguments.limits.defaultMs < 0) {
            error = QStringLiteral("--longer-than %1: %2").arg(*given.longerThan, durationError);
            return std::nullopt;
        }
    }
    if (!readLimits(given.unitLimits, QStringLiteral("limit"), arguments.limits.perUnit, error)
        || !readLimits(given.componentLimits, QStringLiteral("component-limit"), arguments.limits.perPricingComponent,
                       error))
        return std::nullopt;
    return arguments;
}

} // namespace BillForward
