#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace vigie::import {

// Streaming RFC 4180 reader: quoted fields may hold commas, doubled quotes
// and newlines; CRLF or LF line ends; a UTF-8 BOM before the first field is
// dropped. Reads the device in 1 MiB chunks, never the whole file.
class CsvReader
{
public:
    explicit CsvReader(QIODevice &device) : m_device(device) {}

    // The next record's fields (raw UTF-8). False at the end of the input.
    bool next(QList<QByteArray> &fields);

    // Line where the last record started (1-based).
    qint64 recordLine() const { return m_recordLine; }
    // True when the last record ended inside an open quote (file cut).
    bool unterminated() const { return m_unterminated; }
    qint64 bytesRead() const { return m_consumed + m_pos; }
    QString errorString() const { return m_error; }

private:
    bool fill();
    int peek();

    QIODevice &m_device;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_unterminated = false;
    QString m_error;
};

} // namespace vigie::import
