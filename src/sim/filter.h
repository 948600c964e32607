#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace vigie::sim {

// A tiny OData $filter subset: comparisons (eq ne ge le gt lt) joined with
// and / or / not and parentheses. Literals: 'quoted strings' ('' escapes a
// quote), or bare tokens (datetimes, numbers, null, true, false).
struct FilterNode
{
    enum class Kind
    {
        Or,
        And,
        Not,
        Cmp
    };
    Kind kind = Kind::Cmp;
    std::vector<FilterNode> kids;
    QString prop;
    QString op;
    QString literal;
    bool quoted = false;
};

std::optional<FilterNode> parseFilter(const QString &text, QString *error);

} // namespace vigie::sim
