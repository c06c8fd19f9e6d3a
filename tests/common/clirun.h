#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// What one run of usage-session-cli printed and how it ended.
struct CliRun
{
    int exitCode = -1; // -1: crashed or killed
    QByteArray out;
    QByteArray err;
};

// Runs the CLI (USA_CLI_PATH) with `env` and waits for it without blocking
// the event loop: a test server on this thread answers it meanwhile. A CLI
// still running after `timeoutMs` is killed. It runs in English whatever the
// tester's language, since the tests read its messages.
inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000)
{
    QProcess process;
    QProcessEnvironment english = env;
    english.remove(QStringLiteral("LANGUAGE"));
    english.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    // Starts and stops write the journal under XDG_DATA_HOME: unless the
    // test chose a place, one of the test run's own, never the tester's.
    const QString dataHome = QStringLiteral("XDG_DATA_HOME");
    if (english.value(dataHome) == QProcessEnvironment::systemEnvironment().value(dataHome)) {
        static QTemporaryDir testData;
        english.insert(dataHome, testData.path());
    }
    process.setProcessEnvironment(english);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(USA_CLI_PATH), arguments);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    CliRun result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// Splits one CSV line the way RFC 4180 quotes it.
inline QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}
