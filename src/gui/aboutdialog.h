#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace vigie::gui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &cachePath, QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace vigie::gui
