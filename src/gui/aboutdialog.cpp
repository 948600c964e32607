#include "gui/aboutdialog.h"

#include "core/paths.h"
#include "ui_aboutdialog.h"

namespace vigie::gui {

AboutDialog::AboutDialog(const QString &cachePath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->version->setText(
        tr("Version %1 (Qt %2)")
            .arg(QStringLiteral(VIGIE_VERSION), QString::fromLatin1(qVersion())));
    m_ui->paths->setText(tr("Cache: %1\nSettings: %2").arg(cachePath, paths::settingsFile()));
}

AboutDialog::~AboutDialog() = default;

} // namespace vigie::gui
