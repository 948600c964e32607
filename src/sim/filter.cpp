#include "sim/filter.h"

#include <QStringList>

namespace vigie::sim {

namespace {

struct Tok
{
    QString text;
    bool quoted = false;
};

bool tokenize(const QString &s, std::vector<Tok> &out, QString *error)
{
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
            out.push_back({QString(c), false});
            ++i;
        } else if (c == QLatin1Char('\'')) {
            QString v;
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s[i] == QLatin1Char('\'')) {
                    if (i + 1 < s.size() && s[i + 1] == QLatin1Char('\'')) {
                        v += QLatin1Char('\'');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                v += s[i++];
            }
            if (!closed) {
                *error = QStringLiteral("Unterminated string literal.");
                return false;
            }
            out.push_back({v, true});
        } else {
            QString v;
            while (i < s.size() && !s[i].isSpace() && s[i] != QLatin1Char('(') &&
                   s[i] != QLatin1Char(')'))
                v += s[i++];
            out.push_back({v, false});
        }
    }
    return true;
}

class Parser
{
public:
    Parser(std::vector<Tok> t, QString *e) : m_t(std::move(t)), m_err(e) {}

    std::optional<FilterNode> parse()
    {
        auto n = orExpr();
        if (n && m_i != m_t.size()) {
            *m_err = QStringLiteral("Syntax error at '%1'.").arg(m_t[m_i].text);
            return std::nullopt;
        }
        return n;
    }

private:
    bool isWord(const char *w) const
    {
        return m_i < m_t.size() && !m_t[m_i].quoted &&
               m_t[m_i].text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    }

    std::optional<FilterNode> orExpr()
    {
        auto l = andExpr();
        if (!l)
            return l;
        if (!isWord("or"))
            return l;
        FilterNode n;
        n.kind = FilterNode::Kind::Or;
        n.kids.push_back(*l);
        while (isWord("or")) {
            ++m_i;
            auto r = andExpr();
            if (!r)
                return r;
            n.kids.push_back(*r);
        }
        return n;
    }

    std::optional<FilterNode> andExpr()
    {
        auto l = unary();
        if (!l)
            return l;
        if (!isWord("and"))
            return l;
        FilterNode n;
        n.kind = FilterNode::Kind::And;
        n.kids.push_back(*l);
        while (isWord("and")) {
            ++m_i;
            auto r = unary();
            if (!r)
                return r;
            n.kids.push_back(*r);
        }
        return n;
    }

    std::optional<FilterNode> unary()
    {
        if (m_i >= m_t.size()) {
            *m_err = QStringLiteral("Unexpected end of $filter.");
            return std::nullopt;
        }
        if (isWord("not")) {
            ++m_i;
            auto k = unary();
            if (!k)
                return k;
            FilterNode n;
            n.kind = FilterNode::Kind::Not;
            n.kids.push_back(*k);
            return n;
        }
        if (!m_t[m_i].quoted && m_t[m_i].text == QLatin1String("(")) {
            ++m_i;
            auto e = orExpr();
            if (!e)
                return e;
            if (m_i >= m_t.size() || m_t[m_i].text != QLatin1String(")")) {
                *m_err = QStringLiteral("Missing ')'.");
                return std::nullopt;
            }
            ++m_i;
            return e;
        }
        if (m_i + 2 >= m_t.size()) {
            *m_err = QStringLiteral("Incomplete comparison in $filter.");
            return std::nullopt;
        }
        FilterNode n;
        n.prop = m_t[m_i].text;
        const QString op = m_t[m_i + 1].text.toLower();
        static const QStringList ops{QStringLiteral("eq"), QStringLiteral("ne"),
                                     QStringLiteral("ge"), QStringLiteral("le"),
                                     QStringLiteral("gt"), QStringLiteral("lt")};
        if (m_t[m_i].quoted || !ops.contains(op)) {
            *m_err = QStringLiteral("Unsupported operator or syntax near '%1 %2'.")
                         .arg(n.prop, m_t[m_i + 1].text);
            return std::nullopt;
        }
        n.op = op;
        n.literal = m_t[m_i + 2].text;
        n.quoted = m_t[m_i + 2].quoted;
        m_i += 3;
        return n;
    }

    std::vector<Tok> m_t;
    size_t m_i = 0;
    QString *m_err;
};

} // namespace

std::optional<FilterNode> parseFilter(const QString &text, QString *error)
{
    std::vector<Tok> toks;
    if (!tokenize(text, toks, error))
        return std::nullopt;
    if (toks.empty()) {
        *error = QStringLiteral("Empty $filter.");
        return std::nullopt;
    }
    return Parser(std::move(toks), error).parse();
}

} // namespace vigie::sim
