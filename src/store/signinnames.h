#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QString>

namespace vigie::store {

class Database;

// The UPN behind a user id, for subjects that rules key on a user id (P8,
// P9...): read from a sign-in the caller already points at — a finding's
// sign-in evidence — by the sign-in's key (customer, time, id). The cache has
// no index on user ids; a lookup never scans a customer's sign-ins.
class SignInNames
{
public:
    explicit SignInNames(Database &db) : m_db(db) {}

    // The UPN of `userId` from the first sign-ins of `evidenceJson` (a
    // finding's evidence array: [{"id", "stream", "time"}...]); empty when
    // `userId` is not a GUID or none of them is a sign-in of that user.
    Result<QString> upnFromEvidence(const QString &customerId, const QString &userId,
                                    QByteArrayView evidenceJson);
    // Same, from one sign-in's id and time (milliseconds since the epoch).
    Result<QString> upnOfSignIn(const QString &customerId, const QString &userId,
                                const QString &signInId, qint64 atMs);

private:
    Database &m_db;
};

} // namespace vigie::store
