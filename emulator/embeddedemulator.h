#pragma once

#include "emulator/emulatoroptions.h"

#include <QObject>
#include <QUrl>

class QThread;

namespace Emulator {

class EmulatorServer;

// The emulator inside another process (the app's demo mode, tests): the
// server and its SQLite store live on a thread of their own, so no request
// ever runs on the caller's (GUI) thread.
class EmbeddedEmulator : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedEmulator(const Options &options, QObject *parent = nullptr);
    ~EmbeddedEmulator() override; // stops the server and joins its thread

    // Asynchronous: started() or failed() follows.
    void start();
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; } // empty until started()

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);

private:
    Options m_options;
    QThread *m_thread = nullptr;
    EmulatorServer *m_server = nullptr; // lives on m_thread
    QUrl m_baseUrl;
};

} // namespace Emulator
