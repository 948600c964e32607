#pragma once

#include "core/result.h"

#include <QSaveFile>
#include <QString>

namespace vigie::exporting {

// A file written next to its final place under a temporary name and renamed
// over it only when everything was written (QSaveFile): a failure or a
// cancel never leaves half a file, and an existing file stays as it was.
// Errors say which file and why, in the UI language.
class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // not committed: the temporary file is removed

    Status open();
    QIODevice &device() { return m_file; }
    bool write(const QByteArray &bytes);
    bool write(const QString &text) { return write(text.toUtf8()); }
    // Renames the temporary file into place.
    Status commit();
    void cancel();

private:
    Error failure(const QString &reason) const;

    QString m_path;
    QSaveFile m_file;
    bool m_done = false;
};

} // namespace vigie::exporting
