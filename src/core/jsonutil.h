#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace vigie::json {

// Booleans arrive as true/false or as the strings "true"/"false" in any case
// (Graph partner alerts send "isTest": "false").
std::optional<bool> toBool(const QJsonValue &v);

// Integers arrive as numbers or numeric strings (Partner Center error codes,
// v1 token endpoint expires_in). A number outside qint64 (1e300) is no integer.
std::optional<qint64> toInt(const QJsonValue &v);

// `d` truncated to an integer when it is finite and within qint64, else
// nullopt: a plain cast of 1e300 or NaN is undefined behaviour, and a hostile
// server or file can send either.
std::optional<qint64> integralPart(double d);

// A string, or empty for null/missing/non-string (numbers are rendered).
QString toString(const QJsonValue &v);

// Dotted path lookup: "location.countryOrRegion". Missing == Undefined.
QJsonValue at(const QJsonObject &obj, QStringView dottedPath);

// Case-insensitive member lookup (Partner Center responses only).
QJsonValue valueCi(const QJsonObject &obj, QStringView key);

} // namespace vigie::json
