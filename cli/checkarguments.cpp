#include "cli/checkarguments.h"

#include "radar/durationtext.h"
#include "watch/subscriptionlistparser.h"
#include "watch/watchloader.h"

#include <QHash>
#include <QSet>

namespace BillForward {

namespace {

// The IDs of --subscriptions-file (`-`: standard input), read as the
// window's watch list reads a file. A check must judge what was meant, so
// any entry it cannot read, or a column it would have to guess, refuses
// the file instead of leaving subscriptions out unseen.
QStringList readSubscriptionsFile(const QString &path, QString &error)
{
    const SubscriptionListParser::Result read = SubscriptionListParser::fromFile(path);
    const QString source = path == QLatin1String("-") ? CheckArguments::tr("standard input") : path;
    if (!read.ok())
        error = read.error;
    else if (read.columnGuessed)
        error = CheckArguments::tr("%1 has several columns and no header that names the subscription column: add "
                                   "a first line naming it subscriptionID.")
                    .arg(source);
    else if (!read.problems.isEmpty())
        error = CheckArguments::tr("%1 holds entries that are not subscription IDs; fix them and run check "
                                   "again:\n%2")
                    .arg(source, read.problems.join(QLatin1Char('\n')));
    else if (read.ids.isEmpty())
        error = CheckArguments::tr("%1 holds no subscription ID: give one per line, or a CSV column named "
                                   "subscriptionID.")
                    .arg(source);
    return error.isEmpty() ? read.ids : QStringList();
}

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
        const QStringList ids = readSubscriptionsFile(*given.subscriptionsFile, error);
        if (!error.isEmpty())
            return std::nullopt;
        add(ids);
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
    if (given.requestsInFlight) {
        bool isNumber = false;
        const int requests = given.requestsInFlight->toInt(&isNumber);
        if (!isNumber || requests < 1 || requests > WatchLoader::MaxConcurrency) {
            error = tr("--requests-in-flight wants a number from 1 to %1; got \"%2\".")
                        .arg(WatchLoader::MaxConcurrency)
                        .arg(*given.requestsInFlight);
            return std::nullopt;
        }
        arguments.requestsInFlight = requests;
    }
    if (!readLimits(given.unitLimits, QStringLiteral("limit"), arguments.limits.perUnit, error)
        || !readLimits(given.componentLimits, QStringLiteral("component-limit"), arguments.limits.perPricingComponent,
                       error))
        return std::nullopt;
    return arguments;
}

} // namespace BillForward
