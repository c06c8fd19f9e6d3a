#include "cli/cliapp.h"

#include "api/apiclient.h"
#include "api/sessionfetcher.h"
#include "cli/clicheckcommand.h"
#include "cli/clioutput.h"
#include "cli/cliwritecommand.h"
#include "cli/summaryformatter.h"
#include "credentials/environmenttoken.h"
#include "credentials/serverorigin.h"
#include "credentials/tokenfile.h"
#include "sessions/sessionstore.h"
#include "sessions/sessiontotals.h"
#include "wire/sessioncodec.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>
#include <utility>

namespace BillForward {

namespace {

QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

CliApp::CliApp(const QStringList &arguments, QObject *parent)
    : QObject(parent), m_arguments(arguments), m_client(new ApiClient(this))
{
}

CliApp::~CliApp() = default;

void CliApp::run()
{
    if (!parse())
        return;
    switch (m_command) {
    case Command::List:
        m_emptyNote = EmptyListNote(m_subscriptions, m_active, m_organizations, m_all ? 0 : m_offset);
        if (m_all)
            runAll();
        else
            runList();
        return;
    case Command::Start:
    case Command::Stop:
        runPost();
        return;
    case Command::Check:
        runCheck();
        return;
    }
}

QString CliApp::alsoCheck()
{
    return tr("check finds the active sessions that need attention.");
}

QString CliApp::checkHelp(const QList<QCommandLineOption> &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Print the active sessions that need attention, with the reason, and exit with the\n"
        "monitoring-plugin status that Nagios, Icinga or a cron job reads.\n\n"
        "  usage-session-cli check SUBSCRIPTION... [--subscriptions-file FILE]\n"
        "      [--longer-than DURATION] [--limit UNIT=DURATION]... [--component-limit COMPONENT=DURATION]...\n"
        "      [--format table|csv|json]\n\n"
        "A session needs attention when it has run longer than its limit (counted from the start of the\n"
        "first part of its run), or when it starts in the future. Its limit is the one of its pricing\n"
        "component, else of its unit, else --longer-than (default 24h). Durations: 90m, 8h, 3d, 1d12h.\n"
        "The active sessions of all subscriptions are read as the app's sweep reads them: at most 4\n"
        "requests in flight, pausing when the server asks to wait.\n\n"
        "csv and json: one record per session with subscriptionID, sessionID, uom, pricing component,\n"
        "runStart, runMs, limitMs, reason (over-limit or future-start) and reasonText.\n"
        "table: a summary line first, for a monitoring system's status. Subscriptions that could not be\n"
        "read are named on standard error."));
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("check"), tr("The command."), QStringLiteral("check"));
    parser.addPositionalArgument(QStringLiteral("SUBSCRIPTION"), tr("Subscription IDs to check."),
                                 QStringLiteral("SUBSCRIPTION..."));
    return parser.helpText() + QLatin1Char('\n') + CliCheckCommand::exitCodesHelp();
}

bool CliApp::parse()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "List, start and stop BillForward usage sessions.\n\n"
        "  usage-session-cli list SUBSCRIPTION... [--active] [--organization ORG]...\n"
        "      [--order-by FIELD] [--order ASC|DESC] [--offset N] [--records N] [--all]\n"
        "      [--max-pages N] [--max-sessions N] [--format table|csv|json]\n"
        "  usage-session-cli start --subscription S --session ID --uom U\n"
        "      (--pricing-component-id P | --pricing-component-name N)\n"
        "      [--description D] [--start DATETIME] [--format ...]\n"
        "  usage-session-cli stop --subscription S --session ID --uom U [--stop DATETIME] [--format ...]\n"
        "  usage-session-cli start|stop --from-file BODY.json   (a CompoundUsageSession)\n\n"
        "The access token is read from --token-file or BILLFORWARD_ACCESS_TOKEN, never from an argument.\n"
        "Datetimes are ISO 8601, for example 2026-02-27T13:15:51Z.")
        + QStringLiteral("\n\n")
        + tr("Totals per unit and state instead of the sessions (--between: only the part inside a range, as a bill counts):\n"
             "  usage-session-cli list SUBSCRIPTION... --all --summary [--between FROM..TO] [--active] [--format ...]")
        + QStringLiteral("\n\n")
        + tr("Check which active sessions need attention, for monitoring (see usage-session-cli check --help):\n"
             "  usage-session-cli check SUBSCRIPTION... [--subscriptions-file FILE]\n"
             "      [--longer-than DURATION] [--limit UNIT=DURATION]... [--component-limit COMPONENT=DURATION]...\n"
             "      [--format table|csv|json]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
                                     tr("API base URL (else BILLFORWARD_BASE_URL)."), tr("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       tr("File holding the access token (else BILLFORWARD_ACCESS_TOKEN)."),
                                       tr("PATH"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Transfer timeout (default 30)."),
                                     tr("SECONDS"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output: table (default), csv or json."),
                                    tr("FORMAT"));
    const QCommandLineOption active(QStringLiteral("active"), tr("list: only active sessions."));
    const QCommandLineOption organization(QStringLiteral("organization"),
                                          tr("list: restrict to this organization (repeatable); start/stop: the request's organization."),
                                          tr("ORG"));
    const QCommandLineOption orderBy(QStringLiteral("order-by"), tr("list: field to order by (default created)."),
                                     tr("FIELD"));
    const QCommandLineOption order(QStringLiteral("order"), tr("list: ASC (default) or DESC."), tr("ORDER"));
    const QCommandLineOption offset(QStringLiteral("offset"), tr("list: index of the first record."), tr("N"));
    const QCommandLineOption records(QStringLiteral("records"), tr("list: page size (default 8766; with --all 2000, or what the server serves)."), tr("N"));
    const QCommandLineOption all(QStringLiteral("all"), tr("list: every page, not only one. Rows are written as pages arrive; on a failure those written stay on stdout (a JSON array unclosed) and the exit code is 1."));
    const QCommandLineOption maxPages(QStringLiteral("max-pages"),
                                      tr("list --all: the most pages one run reads (default %1); at that ceiling the run stops with an error and exit code 1.")
                                          .arg(SessionFetcher::DefaultPageLimit),
                                      tr("N"));
    const QCommandLineOption maxSessions(QStringLiteral("max-sessions"),
                                         tr("list --all: the most sessions one run reads (default %1); at that ceiling the run stops with an error and exit code 1.")
                                             .arg(SessionFetcher::DefaultSessionLimit),
                                         tr("N"));
    const QCommandLineOption subscription(QStringLiteral("subscription"), tr("start/stop: subscription ID."),
                                          tr("S"));
    const QCommandLineOption session(QStringLiteral("session"), tr("start/stop: session ID."), tr("ID"));
    const QCommandLineOption uom(QStringLiteral("uom"), tr("start/stop: unit of measure."), tr("U"));
    const QCommandLineOption pricingId(QStringLiteral("pricing-component-id"),
                                       tr("start: pricing component ID."), tr("P"));
    const QCommandLineOption pricingName(QStringLiteral("pricing-component-name"),
                                         tr("start: pricing component name."), tr("N"));
    const QCommandLineOption description(QStringLiteral("description"), tr("start: description."), tr("D"));
    const QCommandLineOption startTime(QStringLiteral("start"), tr("start: start time (default now)."),
                                       tr("DATETIME"));
    const QCommandLineOption stopTime(QStringLiteral("stop"), tr("stop: stop time (default now)."),
                                      tr("DATETIME"));
    const QCommandLineOption fromFile(QStringLiteral("from-file"),
                                      tr("start/stop: send this CompoundUsageSession JSON file."), tr("BODY.json"));
    const QCommandLineOption allowProduction(QStringLiteral("allow-production"),
                                             tr("start/stop: allow changes on BillForward production."));
    const QCommandLineOption subscriptionsFile(QStringLiteral("subscriptions-file"),
                                               tr("check: also the subscriptions in this file: one ID per line, or a CSV column named subscriptionID; - reads standard input; # starts a comment."),
                                               tr("FILE"));
    const QCommandLineOption longerThan(QStringLiteral("longer-than"),
                                        tr("check: the default limit: a session running longer needs attention (default 24h). Durations: 90m, 8h, 3d, 1d12h."),
                                        tr("DURATION"));
    const QCommandLineOption summary(QStringLiteral("summary"),
                                     tr("list --all: instead of the sessions, per unit and state the number of sessions, their total duration (active ones up to now), earliest start and latest stop."));
    const QCommandLineOption between(QStringLiteral("between"),
                                     tr("list --all --summary: count only the part of each session inside this range, as a bill would: FROM..TO, half-open, each end a date (local midnight), a local date and time or an instant with Z or an offset; or this-month, last-month, 2026-11, 2026-11-03 and the like. The UTC instants used are printed."),
                                     tr("FROM..TO"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   tr("check: the limit for sessions of this unit of measure (repeatable)."),
                                   tr("UNIT=DURATION"));
    const QCommandLineOption componentLimit(QStringLiteral("component-limit"),
                                            tr("check: the limit for sessions of this pricing component, by its name (or its ID when it has none); before a unit's limit (repeatable)."),
                                            tr("COMPONENT=DURATION"));
    const QCommandLineOption requestsInFlight(QStringLiteral("requests-in-flight"),
                                              tr("check: requests sent at once, 1 to 6 (default 4); the server is shared with the customer's own integration."),
                                              tr("N"));
    parser.addOptions({help, version, baseUrl, tokenFile, timeout, format, active, organization, orderBy,
                       order, offset, records, all, maxPages, maxSessions, summary, between, subscription, session, uom, pricingId, pricingName,
                       description, startTime, stopTime, fromFile, allowProduction, subscriptionsFile, longerThan, limit,
                       componentLimit, requestsInFlight});
    parser.addPositionalArgument(QStringLiteral("command"), tr("list, start, stop or check."));

    const bool argumentsParsed = parser.parse(m_arguments);
    // The command decides what a wrong command line exits with (check: 3,
    // as a monitoring system reads it), so it is known first.
    if (!parser.positionalArguments().isEmpty() && parser.positionalArguments().constFirst() == QLatin1String("check"))
        m_command = Command::Check;
    // A token in argv is visible to every user through the process list and
    // stays in shell history, so the option does not exist; say why.
    for (const QString &argument : std::as_const(m_arguments).mid(1)) {
        for (const char *refused : {"--token", "--access-token", "-token", "--access_token"}) {
            const QString name = QString::fromLatin1(refused);
            if (argument == name || argument.startsWith(name + QLatin1Char('='))) {
                failUsage(tr("%1 is not accepted: a token on the command line can be read by other users and stays in shell history. Put it in a file and pass --token-file PATH, or set BILLFORWARD_ACCESS_TOKEN.")
                              .arg(name));
                return false;
            }
        }
    }
    if (!argumentsParsed) {
        failUsage(parser.errorText());
        return false;
    }
    if (parser.isSet(help) && m_command == Command::Check) {
        CliOutput::write(stdout, checkHelp({help, baseUrl, tokenFile, timeout, format, subscriptionsFile, longerThan,
                                            limit, componentLimit, requestsInFlight})
                                     .toUtf8());
        m_finished = true;
        emit done(Success);
        return false;
    }
    if (parser.isSet(help)) {
        CliOutput::write(stdout, (parser.helpText() + QLatin1Char('\n') + CliWriteCommand::exitCodesHelp()
                                  + QLatin1Char('\n') + CliCheckCommand::exitCodesHelp())
                                     .toUtf8());
        m_finished = true;
        emit done(Success);
        return false;
    }
    if (parser.isSet(version)) {
        CliOutput::write(stdout, QByteArrayLiteral("usage-session-cli " USA_VERSION "\n"));
        m_finished = true;
        emit done(Success);
        return false;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        failUsage(tr("no command given; use list, start or stop (see --help).") + QLatin1Char(' ') + alsoCheck());
        return false;
    }
    const QString command = positional.first();
    if (command == QLatin1String("list")) {
        m_command = Command::List;
    } else if (command == QLatin1String("start")) {
        m_command = Command::Start;
    } else if (command == QLatin1String("stop")) {
        m_command = Command::Stop;
    } else if (command == QLatin1String("check")) {
        m_command = Command::Check;
    } else {
        failUsage(tr("unknown command \"%1\"; use list, start or stop (see --help).").arg(command) + QLatin1Char(' ')
                  + alsoCheck());
        return false;
    }

    const auto refuseFor = [&](const QList<const QCommandLineOption *> &options) {
        for (const QCommandLineOption *option : options) {
            if (parser.isSet(*option)) {
                failUsage(tr("--%1 is not an option of %2 (see --help).").arg(option->names().first(), command));
                return true;
            }
        }
        return false;
    };

    if (parser.isSet(format)) {
        const auto parsed = SessionFormatter::parseFormat(parser.value(format));
        if (!parsed) {
            failUsage(tr("--format must be table, csv or json."));
            return false;
        }
        m_format = *parsed;
    }

    if (m_command != Command::List && refuseFor({&summary, &between}))
        return false;
    if (m_command != Command::Check
        && refuseFor({&subscriptionsFile, &longerThan, &limit, &componentLimit, &requestsInFlight}))
        return false;
    if (m_command == Command::Check) {
        if (refuseFor({&active, &organization, &orderBy, &order, &offset, &records, &all, &maxPages, &maxSessions,
                       &subscription, &session, &uom, &pricingId, &pricingName, &description, &startTime,
                       &stopTime, &fromFile, &allowProduction}))
            return false;
        CheckArguments::Given given;
        given.subscriptionIds = positional.mid(1);
        if (parser.isSet(subscriptionsFile))
            given.subscriptionsFile = parser.value(subscriptionsFile);
        if (parser.isSet(longerThan))
            given.longerThan = parser.value(longerThan);
        given.unitLimits = parser.values(limit);
        given.componentLimits = parser.values(componentLimit);
        if (parser.isSet(requestsInFlight))
            given.requestsInFlight = parser.value(requestsInFlight);
        QString error;
        std::optional<CheckArguments> check = CheckArguments::parse(given, error);
        if (!check) {
            failUsage(error);
            return false;
        }
        m_check = std::move(*check);
    } else if (m_command == Command::List) {
        if (refuseFor({&subscription, &session, &uom, &pricingId, &pricingName, &description, &startTime,
                       &stopTime, &fromFile, &allowProduction}))
            return false;
        m_subscriptions = positional.mid(1);
        if (m_subscriptions.isEmpty()) {
            failUsage(tr("list needs at least one SUBSCRIPTION ID."));
            return false;
        }
        m_active = parser.isSet(active);
        m_all = parser.isSet(all);
        m_organizations = parser.values(organization);
        if (m_all && (parser.isSet(offset) || parser.isSet(orderBy) || parser.isSet(order))) {
            failUsage(tr("--all reads every page ordered by created; it cannot be combined with --offset, --order-by or --order."));
            return false;
        }
        if (parser.isSet(offset)) {
            bool ok = false;
            m_offset = parser.value(offset).toLongLong(&ok);
            if (!ok || m_offset < 0) {
                failUsage(tr("--offset must be a whole number of 0 or more."));
                return false;
            }
        }
        if (parser.isSet(records)) {
            bool ok = false;
            m_records = parser.value(records).toInt(&ok);
            if (!ok || m_records < 1) {
                failUsage(tr("--records must be a whole number of 1 or more."));
                return false;
            }
            m_recordsGiven = true;
        }
        for (const auto &[option, ceiling] : {std::pair{&maxPages, &m_maxPages}, std::pair{&maxSessions, &m_maxSessions}}) {
            if (!parser.isSet(*option))
                continue;
            if (!m_all) {
                failUsage(tr("--%1 applies to list --all only.").arg(option->names().first()));
                return false;
            }
            bool ok = false;
            *ceiling = parser.value(*option).toLongLong(&ok);
            if (!ok || *ceiling < 1) {
                failUsage(tr("--%1 must be a whole number of 1 or more.").arg(option->names().first()));
                return false;
            }
        }
        m_summary = parser.isSet(summary);
        if (m_summary && !m_all) {
            failUsage(tr("--summary counts every session, so it needs --all: usage-session-cli list SUBSCRIPTION --all --summary."));
            return false;
        }
        if (parser.isSet(between)) {
            if (!m_summary) {
                failUsage(tr("--between applies to list --all --summary only: the totals count the part of each session inside the range. To list sessions, leave --between out."));
                return false;
            }
            QString error;
            const std::optional<Period> period = Period::parse(parser.value(between), &error);
            if (!period || period->isNull()) {
                failUsage(tr("--between: %1").arg(period ? tr("the range is empty; give FROM..TO, for example 2026-11-01..2026-12-01.") : error));
                return false;
            }
            m_between = *period;
        }
        if (parser.isSet(orderBy)) {
            m_orderBy = parser.value(orderBy);
            if (m_orderBy.isEmpty()) {
                failUsage(tr("--order-by needs a field name."));
                return false;
            }
        }
        if (parser.isSet(order)) {
            m_order = parser.value(order).toUpper();
            if (m_order != QLatin1String("ASC") && m_order != QLatin1String("DESC")) {
                failUsage(tr("--order must be ASC or DESC."));
                return false;
            }
        }
    } else {
        if (refuseFor({&active, &orderBy, &order, &offset, &records, &all, &maxPages, &maxSessions}))
            return false;
        if (positional.size() > 1) {
            failUsage(tr("%1 takes no positional arguments; use --subscription, --session and --uom.").arg(command));
            return false;
        }
        if (m_command == Command::Stop && refuseFor({&pricingId, &pricingName, &description, &startTime}))
            return false;
        if (m_command == Command::Start && refuseFor({&stopTime}))
            return false;
        if (parser.values(organization).size() > 1) {
            failUsage(tr("%1 takes at most one --organization.").arg(command));
            return false;
        }
        if (parser.isSet(fromFile)) {
            if (refuseFor({&subscription, &session, &uom, &pricingId, &pricingName, &description, &startTime,
                           &stopTime}))
                return false;
            QFile file(parser.value(fromFile));
            if (!file.open(QIODevice::ReadOnly)) {
                failUsage(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
                return false;
            }
            DecodeError decodeError;
            if (!SessionCodec::decodeBatch(file.readAll(), m_batch, decodeError)) {
                failUsage(tr("%1 is not a CompoundUsageSession: %2").arg(file.fileName(), decodeError.message()));
                return false;
            }
            if (m_batch.usageSessions.isEmpty()) {
                failUsage(tr("%1 holds no usageSessions.").arg(file.fileName()));
                return false;
            }
        } else {
            UsageSession item;
            item.subscriptionId = parser.value(subscription);
            item.sessionId = parser.value(session);
            item.uom = parser.value(uom);
            QStringList missing;
            for (const QCommandLineOption *required : {&subscription, &session, &uom}) {
                if (parser.value(*required).isEmpty())
                    missing.append(QLatin1String("--") + required->names().constFirst());
            }
            if (!missing.isEmpty()) {
                failUsage(tr("%1 is missing %2 (or give the whole request with --from-file).")
                              .arg(command, missing.join(QStringLiteral(", "))));
                return false;
            }
            if (m_command == Command::Start) {
                item.pricingComponentId = parser.value(pricingId);
                item.pricingComponentName = parser.value(pricingName);
                if (item.pricingComponentId.isEmpty() == item.pricingComponentName.isEmpty()) {
                    failUsage(tr("start needs exactly one of --pricing-component-id and --pricing-component-name."));
                    return false;
                }
                item.description = parser.value(description);
            }
            const QCommandLineOption &timeOption = m_command == Command::Start ? startTime : stopTime;
            if (parser.isSet(timeOption)) {
                Timestamp when = NoTimestamp;
                if (!WireTime::parse(parser.value(timeOption).toUtf8(), when)) {
                    failUsage(tr("--%1 must be an ISO 8601 datetime such as 2026-02-27T13:15:51Z.")
                                  .arg(timeOption.names().first()));
                    return false;
                }
                (m_command == Command::Start ? item.start : item.stop) = when;
            }
            m_batch.usageSessions.append(item);
        }
        if (parser.isSet(organization))
            m_batch.organizationId = parser.value(organization);
        m_allowProduction = parser.isSet(allowProduction);
    }

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString base = parser.isSet(baseUrl) ? parser.value(baseUrl)
                                               : env.value(QStringLiteral("BILLFORWARD_BASE_URL"));
    if (base.isEmpty()) {
        failUsage(tr("no server address: pass --base-url URL or set BILLFORWARD_BASE_URL."));
        return false;
    }
    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        failUsage(tr("the server address must be an http:// or https:// URL such as https://app.billforward.net/v1."));
        return false;
    }
    m_client->setBaseUrl(url);

    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 24 * 3600) {
            failUsage(tr("--timeout must be a number of seconds greater than 0."));
            return false;
        }
        m_client->setTransferTimeout(qMax(1, int(seconds * 1000)));
    }

    if (parser.isSet(tokenFile))
        return readToken(parser.value(tokenFile));
    // The app's rule (EnvironmentToken): the environment's token goes to
    // BILLFORWARD_BASE_URL's origin only, or to --base-url when that is unset.
    const QByteArray environmentToken = EnvironmentToken::forServer(url, true);
    if (!environmentToken.isEmpty()) {
        m_client->setAccessToken(environmentToken);
        return true;
    }
    // Refused before anything is sent: a request without a token can only be refused.
    if (!qEnvironmentVariable(EnvironmentToken::tokenVariable()).trimmed().isEmpty()) {
        failUsage(tr("BILLFORWARD_ACCESS_TOKEN is the token of BILLFORWARD_BASE_URL (%1), and --base-url names another server (%2); it is not sent there. Put this server's token in a file (chmod 600) and pass --token-file PATH.")
                      .arg(ServerOrigin::of(EnvironmentToken::environmentBaseUrl()), ServerOrigin::of(url)));
        return false;
    }
    failUsage(tr("no access token was given. Put it in a file readable only by you (chmod 600) and pass --token-file PATH, or set BILLFORWARD_ACCESS_TOKEN."));
    return false;
}

bool CliApp::readToken(const QString &tokenFile)
{
    const TokenFile::Result read = TokenFile::read(tokenFile);
    if (!read.ok()) {
        failUsage(read.error);
        return false;
    }
    m_client->setAccessToken(read.token);
    return true;
}

void CliApp::runList()
{
    m_nextSubscription = 0;
    listNext();
}

void CliApp::listNext()
{
    if (m_nextSubscription >= m_subscriptions.size()) {
        succeed(m_results);
        return;
    }
    ListQuery query;
    query.subscriptionId = m_subscriptions.at(m_nextSubscription++);
    query.activeOnly = m_active;
    query.organizations = m_organizations;
    query.offset = m_offset;
    query.records = m_records;
    query.orderBy = m_orderBy;
    query.order = m_order;
    m_reply = m_client->list(query);
    ApiReply *reply = m_reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isOk()) {
            failApi(reply->error());
            return;
        }
        const QList<UsageSession> page = reply->takePage().results;
        m_emptyNote.see(page);
        m_results += page;
        listNext();
    });
}

void CliApp::runAll()
{
    m_fetcher = new SessionFetcher(m_client, this);
    // Pages smaller than the API's default keep memory flat: decoding a
    // page takes about 7 times its JSON, on two threads at once (8766
    // sessions: about 130 MB at the peak, 2000: about 60 MB, in the same
    // time over loopback; docs/performance.md).
    constexpr int StreamingPageSize = 2000;
    m_fetcher->setPageSize(m_recordsGiven ? m_records : StreamingPageSize);
    m_fetcher->setPageLimit(m_maxPages, tr("To read more, raise the ceiling with --max-pages N."));
    m_fetcher->setSessionLimit(m_maxSessions, tr("To read more, raise the ceiling with --max-sessions N."));
    if (m_summary) {
        runSummary();
        return;
    }
    // Rows go out as they arrive, so memory stays flat however long the
    // list. A failure leaves them on stdout, unfinished (see SessionStreamWriter).
    m_stream = std::make_unique<SessionStreamWriter>(m_format, stdout);
    connect(m_fetcher, &SessionFetcher::sessionsArrived, this,
            [this](const QList<UsageSession> &sessions) {
                m_emptyNote.see(sessions);
                m_stream->write(sessions);
            });
    finishOnceFetched([this] { m_stream->finish(); });
    m_fetcher->start(m_subscriptions, m_active, m_organizations);
}

void CliApp::runSummary()
{
    // Every use of a session ID is kept once (the store's key), so a run
    // read twice across pages counts once.
    m_summaryStore = std::make_unique<SessionStore>();
    connect(m_fetcher, &SessionFetcher::sessionsArrived, this, [this](const QList<UsageSession> &sessions) {
        m_emptyNote.see(sessions);
        m_summaryStore->merge(sessions);
    });
    finishOnceFetched([this] {
        const QDateTime now = QDateTime::currentDateTime();
        const Period::Bounds bounds = m_between.resolve(now);
        SessionTotals totals(*m_summaryStore, now.toMSecsSinceEpoch(), bounds);
        for (int row = 0; row < m_summaryStore->size(); ++row)
            totals.add(row);
        CliOutput::write(stdout, SummaryFormatter::format(totals.result(), bounds, now.toMSecsSinceEpoch(), m_format));
    });
    m_fetcher->start(m_subscriptions, m_active, m_organizations);
}

// Ends list --all when the fetcher is done: with its error, or with what
// writeResult prints, the empty-list note and Success; once only, like
// every other ending (fail(), succeed()).
void CliApp::finishOnceFetched(std::function<void()> writeResult)
{
    connect(m_fetcher, &SessionFetcher::finished, this,
            [this, writeResult = std::move(writeResult)](const ApiError &error) {
                if (error.isError()) {
                    failApi(error);
                    return;
                }
                if (m_finished)
                    return;
                m_finished = true;
                writeResult();
                CliOutput::write(stderr, m_emptyNote.text().toUtf8());
                emit done(Success);
            });
}

void CliApp::runPost()
{
    auto *write = new CliWriteCommand(m_client,
                                      m_command == Command::Start ? CliWriteCommand::Action::Start
                                                                  : CliWriteCommand::Action::Stop,
                                      m_batch, m_format, this);
    write->setAllowProduction(m_allowProduction);
    connect(write, &CliWriteCommand::done, this, [this](int exitCode) {
        m_finished = true;
        emit done(exitCode);
    });
    write->run();
}

void CliApp::runCheck()
{
    auto *check = new CliCheckCommand(m_client, m_check.subscriptionIds, m_check.limits, m_format, this);
    check->setRequestsInFlight(m_check.requestsInFlight);
    connect(check, &CliCheckCommand::done, this, [this](int exitCode) {
        m_finished = true;
        emit done(exitCode);
    });
    check->run();
}

void CliApp::succeed(const QList<UsageSession> &sessions)
{
    if (m_finished)
        return;
    m_finished = true;
    CliOutput::write(stdout, SessionFormatter::format(sessions, m_format));
    if (m_command == Command::List)
        CliOutput::write(stderr, m_emptyNote.text().toUtf8());
    emit done(Success);
}

void CliApp::failUsage(const QString &message)
{
    // check speaks the monitoring-plugin convention: 3, it cannot tell.
    fail(QStringLiteral("usage"), message, m_command == Command::Check ? int(CliCheckCommand::CannotTell) : int(UsageError));
}

void CliApp::failApi(const ApiError &error)
{
    fail(error.kindName(), error.message(), ApiFailure);
}

void CliApp::fail(const QString &kind, const QString &message, int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    CliOutput::write(stderr, QStringLiteral("error: %1: %2\n").arg(kind, oneLine(message)).toUtf8());
    emit done(exitCode);
}

} // namespace BillForward
