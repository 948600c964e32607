// libFuzzer glue: one executable per harness, named by VIGIE_FUZZ_TARGET.
#include "targets.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    vigie::fuzz::initialize();
    if (!vigie::fuzz::findTarget(VIGIE_FUZZ_TARGET)) {
        std::fprintf(stderr, "unknown fuzz target %s\n", VIGIE_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const vigie::fuzz::Target *target = vigie::fuzz::findTarget(VIGIE_FUZZ_TARGET);
    return target->run(data, size);
}
