#pragma once

// The built usage-session-emulator as a child process: started with
// arguments, its base URL read from the one line it prints, killed with
// SIGKILL when a test wants a crash. For the tests and the benchmarks.

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
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

    // Before start(): the emulator's heap is given 2 MB pages (transparent
    // huge pages, glibc's malloc.hugetlb tunable) where the kernel offers
    // them on request. On the virtual machine measured, each 4 KiB page
    // touched for the first time is a trip to the host that also holds up
    // the other vCPU: the emulator took 94,000-103,000 faults while it
    // served a million sessions (3,500-5,000 in 2 MB pages), and the app's
    // GUI thread woke 16-35 ms late three to six times a load. A server on
    // another machine costs this one none.
    void setHugePageHeap()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QString name = QStringLiteral("GLIBC_TUNABLES");
        QString tunables = environment.value(name);
        if (!tunables.contains(QLatin1String("glibc.malloc.hugetlb"))) {
            if (!tunables.isEmpty())
                tunables += QLatin1Char(':');
            tunables += QLatin1String("glibc.malloc.hugetlb=1");
        }
        environment.insert(name, tunables);
        m_process.setProcessEnvironment(environment);
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

    // The page faults the emulator has taken so far (minor and major), -1
    // where /proc does not tell.
    qint64 pageFaults() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        // Fields after the command name in parentheses (which may hold
        // spaces), from the state (field 3): minflt is field 10, majflt 12.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 10)
            return -1;
        return fields.at(7).toLongLong() + fields.at(9).toLongLong();
    }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace TestSupport
