#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant of the parser under test: when it does not hold, print which and abort (libFuzzer
// keeps the input as crash-<sha1>).
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);                     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
