#pragma once

#include "store/actiontargets.h"
#include "sync/actions.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ResolveDialog;
}

namespace vigie::gui {

// How the analyst answers one alert, a selection, or the backlog: the seed's
// three categories, each explained, or "under investigation", with a local
// note. The summary names every customer with its count, so accepting the
// dialog is the one confirmation of a bulk.
class ResolveDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Selection, // the alerts given by setAlerts()
        Backlog    // active alerts older than days(), resolved as Ignore
    };

    explicit ResolveDialog(Mode mode, QWidget *parent = nullptr);
    ~ResolveDialog() override;

    void setAlerts(const QList<store::AlertTarget> &alerts);
    void setResolution(sync::Resolution resolution);
    sync::Resolution resolution() const;
    QString note() const;
    int days() const;
    void setDays(int days);
    QStringList alertIds() const { return m_ids; }
    Mode mode() const { return m_mode; }

signals:
    // Backlog mode: the analyst changed the age; the owner reads the backlog
    // again and calls setAlerts().
    void daysChanged(int days);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    std::unique_ptr<Ui::ResolveDialog> m_ui;
    Mode m_mode;
    QList<store::AlertTarget> m_alerts;
    QStringList m_ids;
    bool m_loaded = false;
};

} // namespace vigie::gui
