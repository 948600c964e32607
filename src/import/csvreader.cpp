#include "import/csvreader.h"

#include <QIODevice>

namespace vigie::import {

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_consumed += m_buf.size();
    m_buf = m_device.read(1024 * 1024);
    m_pos = 0;
    if (m_buf.isEmpty()) {
        if (!m_device.atEnd() && !m_device.errorString().isEmpty())
            m_error = m_device.errorString();
        m_eof = true;
        return false;
    }
    if (!m_started) {
        m_started = true;
        if (m_buf.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_buf.size() && !fill())
        return -1;
    return uchar(m_buf[m_pos]);
}

bool CsvReader::next(QList<QByteArray> &fields)
{
    fields.clear();
    m_unterminated = false;
    m_recordLine = m_line;
    QByteArray field;
    bool inQuotes = false;
    bool any = false;
    for (;;) {
        if (m_pos >= m_buf.size() && !fill()) {
            if (!any)
                return false;
            m_unterminated = inQuotes;
            fields.append(field);
            return true;
        }
        // Copy plain runs in one go: the common case is unquoted text.
        const char *data = m_buf.constData();
        const qsizetype size = m_buf.size();
        any = true;
        if (inQuotes) {
            qsizetype end = m_pos;
            while (end < size && data[end] != '"') {
                if (data[end] == '\n')
                    ++m_line;
                ++end;
            }
            field.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (m_pos >= size)
                continue;
            ++m_pos; // the quote
            if (peek() == '"') {
                field.append('"');
                ++m_pos;
            } else {
                inQuotes = false;
            }
            continue;
        }
        qsizetype end = m_pos;
        while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '\r' &&
               data[end] != '"')
            ++end;
        field.append(data + m_pos, end - m_pos);
        m_pos = end;
        if (m_pos >= size)
            continue;
        const char c = data[m_pos++];
        if (c == ',') {
            fields.append(field);
            field.clear();
        } else if (c == '"') {
            if (field.isEmpty())
                inQuotes = true;
            else
                field.append('"'); // stray quote inside an unquoted value: keep it
        } else if (c == '\r') {
            if (peek() == '\n')
                ++m_pos;
            ++m_line;
            fields.append(field);
            return true;
        } else { // '\n'
            ++m_line;
            fields.append(field);
            return true;
        }
    }
}

} // namespace vigie::import
