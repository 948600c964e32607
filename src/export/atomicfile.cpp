#include "export/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vigie::exporting {

AtomicFile::AtomicFile(const QString &path) : m_path(path), m_file(path) {}

AtomicFile::~AtomicFile()
{
    if (!m_done && m_file.isOpen())
        m_file.cancelWriting();
}

Error AtomicFile::failure(const QString &reason) const
{
    return Error::make(Error::Kind::Generic,
                       QCoreApplication::translate("Export", "Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(m_path), reason));
}

Status AtomicFile::open()
{
    const QFileInfo info(m_path);
    if (m_path.isEmpty())
        return failure(QCoreApplication::translate("Export", "no file name was given."));
    if (info.isDir())
        return failure(QCoreApplication::translate("Export", "it is a folder."));
    if (!info.absoluteDir().exists())
        return failure(QCoreApplication::translate("Export", "the folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(m_file.errorString());
    return {};
}

bool AtomicFile::write(const QByteArray &bytes)
{
    return m_file.write(bytes) == bytes.size();
}

Status AtomicFile::commit()
{
    m_done = true;
    if (m_file.error() != QFileDevice::NoError) {
        const QString reason = m_file.errorString();
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file
        return failure(reason);
    }
    if (!m_file.commit())
        return failure(m_file.errorString());
    return {};
}

void AtomicFile::cancel()
{
    if (m_done || !m_file.isOpen())
        return;
    m_done = true;
    m_file.cancelWriting();
    m_file.commit(); // removes the temporary file, leaves the target alone
}

} // namespace vigie::exporting
