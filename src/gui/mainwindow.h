#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QSettings;

namespace Ui {
class MainWindow;
}

namespace vigie {
class Localization;
}

namespace vigie::gui {

// The dashboard's shell: navigation between the pages of DESIGN.md, menus,
// status bar, run-time language switch and remembered window state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Overview,
        Alerts,
        Customers,
        Detections,
        Spend,
        Activity,
        Settings,
        PageCount
    };

    struct Options
    {
        bool demo = false;
        QString cachePath;
    };

    MainWindow(const Options &options, QSettings &settings, Localization &localization,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void showPage(Page page);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void setLanguage(const QString &lang);
    void retranslate();
    void saveState();
    void restoreState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Options m_options;
    QSettings &m_settings;
    Localization &m_localization;
    QLabel *m_statusLabel = nullptr;
};

} // namespace vigie::gui
