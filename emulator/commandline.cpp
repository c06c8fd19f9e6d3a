#include "emulator/commandline.h"

#include <QCommandLineParser>
#include <QFile>

#include <algorithm>

namespace Emulator {

namespace {

// A bound on what one start writes to its store (about 1 KB a session).
constexpr qint64 MaxGeneratedSessions = 50'000'000;

bool parseRate(const QString &text, double &out)
{
    bool ok = false;
    out = text.toDouble(&ok);
    return ok && out >= 0.0 && out <= 1.0;
}

} // namespace

CommandLine::Result CommandLine::fail(const QString &message)
{
    m_error = message;
    return Result::Error;
}

QString CommandLine::versionText()
{
    return QStringLiteral("usage-session-emulator %1").arg(QStringLiteral(USA_VERSION));
}

CommandLine::Result CommandLine::parse(const QStringList &arguments)
{
    m_options = Options();
    m_error.clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("An emulator of the BillForward usage-sessions API on a local HTTP port."));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    tr("Address to listen on (default 127.0.0.1); any other than "
                                       "loopback needs a token."),
                                    tr("ADDR"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port to listen on (default 8080; 0 picks a free one)."),
                                  tr("N"));
    const QCommandLineOption basePath(QStringLiteral("base-path"),
                                      tr("Path prefix of the API (default /RestAPI)."),
                                      tr("PATH"));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("SQLite file to keep sessions in (default: in memory)."),
                                tr("PATH"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("Require 'Authorization: Bearer TOKEN' on every request."),
                                   tr("TOKEN"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       tr("Read the token from this file."), tr("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo-data"),
                                  tr("Fill an empty store with demo sessions."));
    const QCommandLineOption generate(QStringLiteral("generate"),
                                      tr("Add COUNT generated sessions to SUBSCRIPTION "
                                         "(repeatable)."),
                                      tr("SUBSCRIPTION:COUNT"));
    const QCommandLineOption generateSubscriptions(
            QStringLiteral("generate-subscriptions"),
            tr("Add N subscriptions (SUB-GEN-00000 to N-1) of about M sessions each, a few of them "
               "active (1 to 5 a subscription), the same for the same --seed: a watch list to sweep."),
            tr("N:M"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     tr("Delay every answer by N, or between N and M, "
                                        "milliseconds."),
                                     tr("N[-M]"));
    const QCommandLineOption failRate(QStringLiteral("fail-rate"),
                                      tr("Share (0..1) of requests answered 500 ServerError."),
                                      tr("P"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       tr("Requests allowed per second; more are answered 429."),
                                       tr("PER_SECOND"));
    const QCommandLineOption dropRate(QStringLiteral("drop-rate"),
                                      tr("Share (0..1) of applied starts and stops whose "
                                         "connection is dropped before the answer."),
                                      tr("P"));
    const QCommandLineOption writeFault(QStringLiteral("write-fault"),
                                        tr("Answer every applied start and stop with KIND instead of its "
                                           "result: server-error, bare-server-error, see-other, cut-body, "
                                           "drop or stall."),
                                        tr("KIND"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of demo data and fault injection."), tr("N"));
    const QCommandLineOption pageCap(QStringLiteral("page-cap"),
                                     tr("Serve at most N sessions a page whatever records asks, "
                                        "naming the next page, as a server with a cap of its own does."),
                                     tr("N"));
    parser.addOptions({ help, version, listen, port, basePath, db, token, tokenFile, demo,
                        generate, generateSubscriptions, latency, failRate, rateLimit, dropRate, writeFault, seed, pageCap });
    m_help = parser.helpText();

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help))
        return Result::Help;
    if (parser.isSet(version))
        return Result::Version;
    if (!parser.positionalArguments().isEmpty()) {
        return fail(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    }

    Options &o = m_options;
    if (parser.isSet(listen)) {
        if (!o.listenAddress.setAddress(parser.value(listen)))
            return fail(tr("Not an IP address: %1").arg(parser.value(listen)));
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535)
            return fail(tr("Not a port number: %1").arg(parser.value(port)));
        o.port = quint16(value);
    }
    if (parser.isSet(basePath)) {
        QString path = parser.value(basePath).trimmed();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty() && !path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        o.basePath = path;
    }
    o.databasePath = parser.value(db);
    if (parser.isSet(token) && parser.isSet(tokenFile))
        return fail(tr("Use either --token or --token-file, not both."));
    if (parser.isSet(token)) {
        o.token = parser.value(token).toUtf8();
        if (o.token.isEmpty())
            return fail(tr("The token is empty."));
    }
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the token file %1: %2").arg(file.fileName(), file.errorString()));
        o.token = file.readAll().trimmed();
        if (o.token.isEmpty())
            return fail(tr("The token file %1 is empty.").arg(file.fileName()));
    }
    o.demoData = parser.isSet(demo);
    const auto generated = parser.values(generate);
    for (const QString &value : generated) {
        const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const qint64 count = colon > 0 ? value.mid(colon + 1).toLongLong(&ok) : 0;
        if (!ok || count < 1)
            return fail(tr("--generate wants SUBSCRIPTION:COUNT, got %1").arg(value));
        o.generate.append({ value.left(colon), count });
    }
    if (parser.isSet(generateSubscriptions)) {
        const QString value = parser.value(generateSubscriptions);
        const QStringList parts = value.split(QLatin1Char(':'));
        bool okCount = false;
        bool okEach = false;
        const int count = parts.value(0).toInt(&okCount);
        const int each = parts.value(1).toInt(&okEach);
        if (parts.size() != 2 || !okCount || !okEach || count < 1 || each < 1
            || qint64(count) * each > MaxGeneratedSessions) {
            return fail(tr("--generate-subscriptions wants N:M, N subscriptions of about M sessions each "
                           "(both 1 or more, at most %1 sessions in all), got %2")
                                .arg(MaxGeneratedSessions)
                                .arg(value));
        }
        o.generatedSubscriptions = count;
        o.sessionsPerGeneratedSubscription = each;
    }
    if (parser.isSet(latency)) {
        const QStringList parts = parser.value(latency).split(QLatin1Char('-'));
        bool okMin = false;
        bool okMax = true;
        o.latencyMinMs = parts.value(0).toInt(&okMin);
        o.latencyMaxMs = parts.size() > 1 ? parts.value(1).toInt(&okMax) : o.latencyMinMs;
        if (parts.size() > 2 || !okMin || !okMax || o.latencyMinMs < 0
            || o.latencyMaxMs < o.latencyMinMs) {
            return fail(tr("--latency-ms wants N or N-M (0 <= N <= M), got %1")
                                .arg(parser.value(latency)));
        }
    }
    if (parser.isSet(failRate) && !parseRate(parser.value(failRate), o.failRate))
        return fail(tr("--fail-rate wants a share between 0 and 1, got %1").arg(parser.value(failRate)));
    if (parser.isSet(dropRate) && !parseRate(parser.value(dropRate), o.dropRate))
        return fail(tr("--drop-rate wants a share between 0 and 1, got %1").arg(parser.value(dropRate)));
    if (parser.isSet(writeFault)) {
        static const QList<QPair<QString, WriteFault>> kinds = {
            { QStringLiteral("server-error"), WriteFault::ServerError },
            { QStringLiteral("bare-server-error"), WriteFault::BareServerError },
            { QStringLiteral("see-other"), WriteFault::SeeOther },
            { QStringLiteral("cut-body"), WriteFault::CutBody },
            { QStringLiteral("drop"), WriteFault::Drop },
            { QStringLiteral("stall"), WriteFault::Stall },
        };
        const QString kind = parser.value(writeFault);
        const auto found = std::find_if(kinds.cbegin(), kinds.cend(),
                                        [&kind](const auto &entry) { return entry.first == kind; });
        if (found == kinds.cend())
            return fail(tr("--write-fault wants server-error, bare-server-error, see-other, cut-body, drop or "
                           "stall, got %1")
                                .arg(kind));
        o.writeFault = found->second;
    }
    if (parser.isSet(rateLimit)) {
        bool ok = false;
        o.rateLimitPerSecond = parser.value(rateLimit).toInt(&ok);
        if (!ok || o.rateLimitPerSecond < 0)
            return fail(tr("--rate-limit wants a number of requests per second, got %1")
                                .arg(parser.value(rateLimit)));
    }
    if (parser.isSet(pageCap)) {
        bool ok = false;
        o.pageCap = parser.value(pageCap).toInt(&ok);
        if (!ok || o.pageCap < 1)
            return fail(tr("--page-cap wants a number of sessions of 1 or more, got %1")
                                .arg(parser.value(pageCap)));
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        o.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return fail(tr("--seed wants a non-negative number, got %1").arg(parser.value(seed)));
    }

    const QString problem = validate(o);
    if (!problem.isEmpty())
        return fail(problem);
    return Result::Run;
}

QString CommandLine::validate(const Options &options)
{
    if (!options.listenAddress.isLoopback() && options.token.isEmpty()) {
        return tr("Refusing to listen on %1 without a token: anyone on the network could change "
                  "sessions. Set --token or --token-file, or listen on 127.0.0.1.")
                .arg(options.listenAddress.toString());
    }
    return {};
}

} // namespace Emulator
