#pragma once

#include <QString>
#include <QStringView>

namespace vigie::analytics {

// detections.md §1.2 string folding: trim, collapse whitespace runs to one
// space, U+2013/U+2014/U+2212 to '-', lower case. Comparisons of rule values
// and event values always go through it.
QString fold(QStringView text);

// Same, keeping the case (subjects shown to the analyst).
QString normalizeSpaces(QStringView text);

// An IPv4 or IPv6 address (text form) inside a CIDR block ("10.0.0.0/8",
// "2001:db8::/32"; a bare address means /32 or /128).
struct Cidr
{
    unsigned char bytes[16] = {};
    int family = 0; // 4 or 6; 0 = invalid
    int prefix = 0;
    static Cidr parse(QStringView text);
    bool contains(QStringView address) const;
    bool isValid() const { return family != 0; }
};

// Host of a URL, lower case, without port ("https://A.b.com:8443/x" -> "a.b.com").
QString urlHost(QStringView url);

} // namespace vigie::analytics
