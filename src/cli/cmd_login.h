#pragma once

namespace vigie::cli {

// Attaches the `login` and `logout` handlers (net layer sign-in).
void registerLoginVerbs();

} // namespace vigie::cli
