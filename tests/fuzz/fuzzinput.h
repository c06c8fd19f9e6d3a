#pragma once

// The two entry points every fuzz target defines (libFuzzer's names), shared
// by the libFuzzer build and the replay test.

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// A broken invariant: abort, so that libFuzzer keeps the input and the
// replay test fails.
#define USA_FUZZ_CHECK(condition)                                                                  \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
            abort();                                                                               \
        }                                                                                          \
    } while (false)
