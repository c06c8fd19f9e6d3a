#pragma once

#include "api/apierror.h"
#include "api/sessionfetcher.h"
#include "cli/checkarguments.h"
#include "cli/emptylistnote.h"
#include "cli/sessionformatter.h"
#include "cli/sessionstreamwriter.h"
#include "sessions/period.h"
#include "wire/usagesession.h"

#include <QCommandLineOption>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class SessionStore;

namespace BillForward {

class ApiClient;
class ApiReply;
class SessionFetcher;

// usage-session-cli: parses the arguments, runs one command against the API
// and prints the result. Asynchronous: run() starts, done() reports the exit
// code (0 success, 1 refused or failed, 2 usage error, 3 the outcome of a
// start or stop is unknown; CliWriteCommand runs those; `check` exits
// with CliCheckCommand's monitoring-plugin codes, a usage error included).
// On failure exactly one line `error: <kind>: <message>` goes to stderr,
// and nothing to stdout except the rows `list --all` wrote before it
// failed (its JSON array left unclosed). A list that finds nothing for a subscription adds a note on
// stderr (EmptyListNote).
class CliApp final : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Success = 0, ApiFailure = 1, UsageError = 2, OutcomeUnknown = 3 };

    explicit CliApp(const QStringList &arguments, QObject *parent = nullptr);
    ~CliApp() override;

    void run();

signals:
    void done(int exitCode);

private:
    enum class Command { List, Start, Stop, Check };

    bool parse();
    bool readToken(const QString &tokenFile);
    void runList();
    void listNext();
    void runAll();
    void runSummary(); // list --all --summary
    void finishOnceFetched(std::function<void()> writeResult);
    void runPost();
    void runCheck();
    // `check --help`: its own synopsis, the options it takes, its exit codes.
    static QString checkHelp(const QList<QCommandLineOption> &options);
    // Said after "use list, start or stop": a sentence of its own, so the
    // translated messages scripts and tests know stay as they were.
    static QString alsoCheck();
    void succeed(const QList<UsageSession> &sessions);
    void failUsage(const QString &message);
    void failApi(const ApiError &error);
    void fail(const QString &kind, const QString &message, int exitCode);

    QStringList m_arguments;
    ApiClient *m_client = nullptr;
    SessionFetcher *m_fetcher = nullptr;
    QPointer<ApiReply> m_reply;

    Command m_command = Command::List;
    SessionFormatter::Format m_format = SessionFormatter::Format::Table;
    QStringList m_subscriptions;
    int m_nextSubscription = 0;
    bool m_active = false;
    bool m_all = false;
    QStringList m_organizations;
    qint64 m_offset = 0;
    int m_records = 8766;
    bool m_recordsGiven = false;
    qint64 m_maxPages = SessionFetcher::DefaultPageLimit;       // list --all
    qint64 m_maxSessions = SessionFetcher::DefaultSessionLimit;
    QString m_orderBy = QStringLiteral("created");
    QString m_order = QStringLiteral("ASC");
    SessionBatch m_batch;
    CheckArguments m_check;
    QList<UsageSession> m_results;          // list of one page per subscription
    std::unique_ptr<SessionStreamWriter> m_stream; // list --all
    bool m_summary = false;                        // list --all --summary
    Period m_between;
    std::unique_ptr<SessionStore> m_summaryStore;
    EmptyListNote m_emptyNote;
    bool m_allowProduction = false;
    bool m_finished = false;
};

} // namespace BillForward
