#pragma once

// The built usage-session-emulator as a child process: started with
// arguments, its base URL read from the one line it prints, killed with
// SIGKILL when a test wants a crash. For the tests and the benchmarks.

#include <QProcess>
#include <QSignalSpy>
#include <QUrl>

#include <sched.h>
#include <unistd.h>

namespace TestSupport {

class EmulatorProcess
{
public:
    ~EmulatorProcess() { kill(); }

    // Before start(): the emulator runs at the lowest CPU priority, as a
    // server on another machine takes none of this machine's cores. Nice 19
    // alone is not that: the scheduler (EEVDF) still ran a nice-19 server
    // for 25 ms while the GUI thread waited on the same core, on credit
    // the server saved while it slept. SCHED_IDLE runs it only on a core
    // nothing else wants.
    void setLowestPriority()
    {
        m_process.setChildProcessModifier([] {
            (void)nice(19);
#if defined(SCHED_IDLE)
            const sched_param none{};
            (void)sched_setscheduler(0, SCHED_IDLE, &none);
#endif
        });
    }

    bool start(const QStringList &arguments, int timeoutMs = 60000)
    {
        m_process.setProgram(QStringLiteral(USA_EMULATOR_PATH));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(timeoutMs))
            return false;
        QByteArray out;
        QSignalSpy ready(&m_process, &QProcess::readyReadStandardOutput);
        while (!out.contains('\n')) {
            if (m_process.state() != QProcess::Running || !ready.wait(timeoutMs))
                return false;
            out += m_process.readAllStandardOutput();
        }
        const QByteArray line = out.left(out.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on "))
            return false;
        m_url = QUrl::fromEncoded(line.mid(int(qstrlen("listening on "))));
        return m_url.isValid();
    }

    // SIGKILL: no chance to flush or close anything.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(30000);
    }

    QUrl url() const { return m_url; }
    QByteArray standardError() { return m_process.readAllStandardError(); }
    qint64 processId() const { return m_process.processId(); }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace TestSupport
