#pragma once

#include "api/apiclient.h"
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

    // Starts with the demo data (sessions over four months, overlapping,
    // some running now) and points `client` here, with a transfer timeout
    // a busy test machine keeps within.
    bool startDemo(BillForward::ApiClient &client)
    {
        Emulator::Options options;
        options.demoData = true;
        if (!start(options))
            return false;
        client.setBaseUrl(url);
        client.setTransferTimeout(10000);
        return true;
    }
};
