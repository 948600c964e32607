#pragma once

namespace vigie::cli {

// Attaches the `login` and `logout` handlers (net layer sign-in).
void registerLoginVerbs();

// Makes the account stored by the last `vigie login` the activity trail's
// actor for this process (vigie::actor); the local account when none is.
// Verbs that write the trail call it first.
void loadSignedInActor();

} // namespace vigie::cli
