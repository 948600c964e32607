#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

// Fuzz entry points: one function per harness, shared by the libFuzzer
// executables (VIGIE_FUZZ, clang) and by the replay test that feeds the
// committed corpus and every crash reproducer to the same functions under
// any compiler (tests/fuzz/tst_fuzz_replay.cpp).
namespace vigie::fuzz {

struct Target
{
    const char *name; // also the folder under fuzz/corpus and fuzz/crashes
    int (*run)(const uint8_t *data, size_t size); // always returns 0 (libFuzzer's contract)
};

const std::vector<Target> &targets();
const Target *findTarget(const char *name);

// Silences Qt's message output (parsers log every skipped item) and sets
// what the entry points share; idempotent.
void initialize();

// Aborts with `what` when an invariant of a parser's result does not hold:
// a finding for the fuzzer like a crash.
void check(bool condition, const char *what);

} // namespace vigie::fuzz
