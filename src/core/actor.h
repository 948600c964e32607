#pragma once

#include <QString>

namespace vigie::actor {

// Who acts, as the activity trail records it: the analyst's signed-in
// account (UPN) once a sign-in or the token store has said who it is, else
// the local OS account. Process-wide on purpose: one Vigie process acts for
// one analyst, and the trail is written from the GUI, the CLI verbs and the
// sync/push workers alike; threading the name through every page and dialog
// would only copy it. Thread-safe.
QString current();

// The signed-in UPN (empty when nobody is signed in to this process).
QString signedIn();
// Set by the token manager after a sign-in or when it reads the stored
// account; cleared (empty) by a sign-out.
void setSignedIn(const QString &upn);

// The local account name ($USER / %USERNAME%), or "vigie".
QString localAccount();

} // namespace vigie::actor
