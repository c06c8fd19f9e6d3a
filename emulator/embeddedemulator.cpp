#include "emulator/embeddedemulator.h"

#include "emulator/commandline.h"
#include "emulator/emulatorserver.h"

#include "concurrency/workthreads.h"

#include <QThread>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#endif

namespace Emulator {

namespace {

// OpenSSL 3 keeps per-thread state that both the thread's own exit and
// OpenSSL's atexit cleanup free. QThread::wait() returns before the
// thread has run its exit destructors, so a process ending right after
// stop() freed it twice. Freed here, on the thread, nothing is left for
// either. Looked up at run time: Qt loads OpenSSL only when TLS is used.
void releaseOpenSslThreadState()
{
#if __has_include(<dlfcn.h>)
    for (const char *name : {"libcrypto.so.3", "libcrypto.so"}) {
        void *crypto = dlopen(name, RTLD_NOW | RTLD_NOLOAD);
        if (!crypto)
            continue;
        using ThreadStop = void (*)();
        if (auto threadStop = reinterpret_cast<ThreadStop>(dlsym(crypto, "OPENSSL_thread_stop")))
            threadStop();
        dlclose(crypto);
        return;
    }
#endif
}

} // namespace

EmbeddedEmulator::EmbeddedEmulator(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
}

EmbeddedEmulator::~EmbeddedEmulator()
{
    stop();
}

void EmbeddedEmulator::start()
{
    if (m_thread)
        return;
    const QString problem = CommandLine::validate(m_options);
    if (!problem.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, problem] { emit failed(problem); },
                                  Qt::QueuedConnection);
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("usage-session-emulator"));
    // A context object on the worker thread: the server, and with it the
    // SQLite connection, are created there and never touch this thread.
    auto *anchor = new QObject;
    anchor->moveToThread(m_thread);
    // Runs on the emulator's thread as its event loop ends.
    connect(m_thread, &QThread::finished, m_thread, [anchor] {
        delete anchor;
        releaseOpenSslThreadState();
    }, Qt::DirectConnection);
    m_thread->start();

    QMetaObject::invokeMethod(anchor, [this, anchor, options = m_options] {
        // The demo server shares the machine with the window it serves:
        // the window comes first.
        WorkThreads::lowerCurrentThreadPriority();
        auto *server = new EmulatorServer(options, anchor);
        QString error;
        if (!server->start(&error)) {
            delete server;
            QMetaObject::invokeMethod(this, [this, error] { emit failed(error); },
                                      Qt::QueuedConnection);
            return;
        }
        const QUrl url = server->baseUrl();
        QMetaObject::invokeMethod(this, [this, url] {
            if (!m_thread)
                return; // stopped meanwhile
            m_baseUrl = url;
            emit started(url);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void EmbeddedEmulator::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr;
    m_baseUrl.clear();
}

bool EmbeddedEmulator::isRunning() const
{
    return m_thread && m_thread->isRunning() && !m_baseUrl.isEmpty();
}

} // namespace Emulator
