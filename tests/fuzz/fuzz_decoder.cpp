// Fuzzes the response decoder: the first byte picks decodePage, decodeBatch,
// decodeError or decodeSession; the rest is the body. Invariants: no crash,
// no sanitizer report, and every session a page yields survives a round
// trip through the encoder.

#include "fuzzinput.h"

#include "wire/sessioncodec.h"

#include <cstdio>
#include <cstdlib>

using namespace BillForward;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView body(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    DecodeError error;
    switch (data[0] % 4) {
    case 0: {
        SessionPage page;
        if (!SessionCodec::decodePage(body, page, error)) {
            USA_FUZZ_CHECK(!error.reason.isEmpty());
            return 0;
        }
        for (const UsageSession &session : std::as_const(page.results)) {
            UsageSession again;
            DecodeError againError;
            USA_FUZZ_CHECK(SessionCodec::decodeSession(SessionCodec::encodeSession(session), again, againError));
            USA_FUZZ_CHECK(again.subscriptionId == session.subscriptionId);
            USA_FUZZ_CHECK(again.sessionId == session.sessionId);
            USA_FUZZ_CHECK(again.uom == session.uom);
            USA_FUZZ_CHECK(again.sessionix == session.sessionix);
            USA_FUZZ_CHECK(again.description == session.description);
        }
        return 0;
    }
    case 1: {
        SessionBatch batch;
        if (SessionCodec::decodeBatch(body, batch, error)) {
            SessionBatch again;
            DecodeError againError;
            USA_FUZZ_CHECK(SessionCodec::decodeBatch(SessionCodec::encodeBatch(batch), again, againError));
            USA_FUZZ_CHECK(again.usageSessions.size() == batch.usageSessions.size());
        }
        return 0;
    }
    case 2: {
        BFError bf;
        SessionCodec::decodeError(body, bf);
        return 0;
    }
    default: {
        UsageSession session;
        SessionCodec::decodeSession(body, session, error);
        return 0;
    }
    }
}
