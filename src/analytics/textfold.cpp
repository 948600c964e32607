#include "analytics/textfold.h"

#include <QUrl>
#include <arpa/inet.h>
#include <cstring>

namespace vigie::analytics {

namespace {

QString normalize(QStringView text, bool lower)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        const char16_t u = c.unicode();
        if (u == 0x2013 || u == 0x2014 || u == 0x2212)
            c = u'-';
        out += lower ? c.toLower() : c;
    }
    return out;
}

} // namespace

QString fold(QStringView text)
{
    // Fast path: plain ASCII without surrounding or double spaces.
    bool simple = !text.isEmpty() && text.front() != u' ' && text.back() != u' ';
    if (simple) {
        char16_t prev = 0;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x80 || (u < 0x20) || (u == u' ' && prev == u' ')) {
                simple = false;
                break;
            }
            prev = u;
        }
    }
    if (simple)
        return text.toString().toLower();
    return normalize(text, true);
}

QString normalizeSpaces(QStringView text)
{
    return normalize(text, false);
}

namespace {

int parseAddress(QStringView text, unsigned char *out)
{
    const QByteArray a = text.trimmed().toLatin1();
    if (a.contains(':')) {
        in6_addr v6;
        if (inet_pton(AF_INET6, a.constData(), &v6) == 1) {
            std::memcpy(out, &v6, 16);
            return 6;
        }
        return 0;
    }
    in_addr v4;
    if (inet_pton(AF_INET, a.constData(), &v4) == 1) {
        std::memcpy(out, &v4, 4);
        return 4;
    }
    return 0;
}

} // namespace

Cidr Cidr::parse(QStringView text)
{
    Cidr c;
    const qsizetype slash = text.indexOf(u'/');
    const QStringView addr = slash < 0 ? text : text.left(slash);
    c.family = parseAddress(addr, c.bytes);
    if (!c.family)
        return c;
    const int max = c.family == 4 ? 32 : 128;
    if (slash < 0) {
        c.prefix = max;
    } else {
        bool ok = false;
        c.prefix = text.mid(slash + 1).trimmed().toInt(&ok);
        if (!ok || c.prefix < 0 || c.prefix > max)
            c.family = 0;
    }
    return c;
}

bool Cidr::contains(QStringView address) const
{
    if (!family)
        return false;
    unsigned char b[16] = {};
    const int f = parseAddress(address, b);
    if (f != family)
        return false;
    const int full = prefix / 8;
    if (std::memcmp(b, bytes, size_t(full)) != 0)
        return false;
    const int rest = prefix % 8;
    if (rest == 0)
        return true;
    const unsigned char mask = static_cast<unsigned char>(0xFF << (8 - rest));
    return (b[full] & mask) == (bytes[full] & mask);
}

QString urlHost(QStringView url)
{
    const QString s = url.trimmed().toString();
    QUrl u(s, QUrl::TolerantMode);
    QString host = u.host();
    if (host.isEmpty()) {
        // Wildcards and odd forms QUrl refuses: cut by hand.
        QStringView v(s);
        const qsizetype scheme = v.indexOf(u"://");
        if (scheme >= 0)
            v = v.mid(scheme + 3);
        qsizetype end = v.size();
        for (QChar stop : {u'/', u'?', u'#'}) {
            const qsizetype i = v.indexOf(stop);
            if (i >= 0 && i < end)
                end = i;
        }
        v = v.left(end);
        const qsizetype at = v.lastIndexOf(u'@');
        if (at >= 0)
            v = v.mid(at + 1);
        if (!v.startsWith(u'[')) {
            const qsizetype colon = v.lastIndexOf(u':');
            if (colon >= 0)
                v = v.left(colon);
        }
        host = v.toString();
    }
    return host.toLower();
}

} // namespace vigie::analytics
