#pragma once

#include "actions/actionresult.h"
#include "cli/sessionformatter.h"
#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <memory>

class ActionJournal;
class SessionActionRunner;
class SignalWatcher;

namespace BillForward {

class ApiClient;

// `usage-session-cli start|stop`: one batch through the app's own
// SessionActionRunner, so the CLI keeps the app's rules: the production
// lock (lifted only by --allow-production), the journal line written to
// disk before sending (the app's journal file), and reconciliation with
// the server when the answer does not tell whether the write took effect.
// Reports on stdout the sessions as the server now has them, on stderr
// what went wrong item by item, and finishes with an exit code (see
// exitCodesHelp()).
class CliWriteCommand final : public QObject
{
    Q_OBJECT

public:
    enum class Action { Start, Stop };
    // One table for every command (--help, the man page, the README).
    enum ExitCode { Done = 0, RefusedOrFailed = 1, CommandLineWrong = 2, OutcomeUnknown = 3 };

    CliWriteCommand(ApiClient *client, Action action, const SessionBatch &batch,
                    SessionFormatter::Format format, QObject *parent = nullptr);
    ~CliWriteCommand() override;

    void setAllowProduction(bool allow) { m_allowProduction = allow; }
    // Default: ActionJournal::defaultPath(), the file the app writes.
    void setJournalPath(const QString &path) { m_journalPath = path; }

    void run();

    // The exit code of a finished batch.
    static int exitCodeOf(const ActionResult &result);
    // The exit-status table, for --help.
    static QString exitCodesHelp();

signals:
    void done(int exitCode);

private:
    void finish(const ActionResult &result);
    void refuse(const QString &message);

    ApiClient *m_client;
    Action m_action;
    SessionBatch m_batch;
    SessionFormatter::Format m_format;
    bool m_allowProduction = false;
    QString m_journalPath;
    std::unique_ptr<ActionJournal> m_journal;
    SessionActionRunner *m_runner = nullptr;
    SignalWatcher *m_interrupts = nullptr;
    bool m_finished = false;
};

} // namespace BillForward
