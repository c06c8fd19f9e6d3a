// Fuzzes the emulator's request handling without sockets, through
// EmulatorServer::answer(): the first byte picks the method, then lines give
// the request-target (path and query) and the Authorization header; the rest
// is the body. Invariants: no crash, no sanitizer report, a status the
// contract allows, and a body that is a UsageSessionPagedMetadata on 200 and
// a BFError otherwise.

#include "fuzzinput.h"

#include "emulator/emulatorserver.h"
#include "wire/sessioncodec.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace BillForward;

namespace {

// Never destroyed: at exit Qt's SQL registry may already be gone. Still
// reachable, so LeakSanitizer does not count it.
Emulator::EmulatorServer *g_server = nullptr;
int g_runs = 0;

void resetServer()
{
    Emulator::Options options;
    options.token = "fuzz-token";
    options.maxBodyBytes = 64 * 1024;
    delete g_server;
    g_server = new Emulator::EmulatorServer(options);
    QString error;
    if (!g_server->database().open(QString(), &error)) {
        fprintf(stderr, "cannot open the in-memory store: %s\n", qPrintable(error));
        abort();
    }
}

QHttpServerRequest::Method methodFor(uint8_t byte)
{
    using M = QHttpServerRequest::Method;
    switch (byte) {
    case 'G': return M::Get;
    case 'P': return M::Post;
    case 'U': return M::Put;
    case 'D': return M::Delete;
    default: break;
    }
    static const M others[] = {M::Get, M::Post, M::Put, M::Delete, M::Head, M::Options, M::Patch, M::Trace};
    return others[byte % 8];
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver is a plugin: it needs an application
    resetServer();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // Keep the store small: starts pile up across runs.
    if (++g_runs % 5000 == 0)
        resetServer();

    const QByteArray input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype firstBreak = input.indexOf('\n');
    QByteArray target = firstBreak < 0 ? input : input.left(firstBreak);
    QByteArray authorization;
    QByteArray body;
    if (firstBreak >= 0) {
        const qsizetype secondBreak = input.indexOf('\n', firstBreak + 1);
        authorization = input.mid(firstBreak + 1, secondBreak < 0 ? -1 : secondBreak - firstBreak - 1);
        if (secondBreak >= 0)
            body = input.mid(secondBreak + 1);
    }
    if (!target.startsWith('/'))
        target.prepend('/');

    Emulator::EmulatorServer::Request request;
    request.method = methodFor(data[0]);
    request.url = QUrl::fromEncoded("http://127.0.0.1:8080" + target);
    request.authorization = authorization;
    request.contentLength = QByteArray::number(body.size());
    request.body = body;
    const Emulator::Answer answer = g_server->answer(request);

    static const int allowed[] = {200, 400, 401, 403, 404, 405, 429, 500};
    bool known = false;
    for (int status : allowed)
        known = known || status == answer.status;
    USA_FUZZ_CHECK(known);
    if (answer.status == 200) {
        SessionPage page;
        DecodeError error;
        USA_FUZZ_CHECK(SessionCodec::decodePage(answer.body, page, error));
    } else {
        BFError error;
        USA_FUZZ_CHECK(SessionCodec::decodeError(answer.body, error));
        USA_FUZZ_CHECK(!error.errorType.isEmpty());
    }
    return 0;
}
