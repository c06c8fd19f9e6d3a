#include "emulator/embeddedemulator.h"

#include "emulator/commandline.h"
#include "emulator/emulatorserver.h"

#include "concurrency/workthreads.h"

#include <QThread>

namespace Emulator {

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
    connect(m_thread, &QThread::finished, anchor, &QObject::deleteLater);
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
