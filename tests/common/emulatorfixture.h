#pragma once

#include "emulator/embeddedemulator.h"

#include <QSignalSpy>
#include <QUrl>

#include <memory>

// An in-process emulator on a free loopback port.
struct EmulatorFixture
{
    std::unique_ptr<Emulator::EmbeddedEmulator> emulator;
    QUrl url;

    bool start(Emulator::Options options = {})
    {
        options.port = 0;
        emulator = std::make_unique<Emulator::EmbeddedEmulator>(options);
        QSignalSpy started(emulator.get(), &Emulator::EmbeddedEmulator::started);
        emulator->start();
        if (!started.wait(30000))
            return false;
        url = started.constFirst().constFirst().toUrl();
        return url.isValid();
    }
};
