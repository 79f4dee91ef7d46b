#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help → About, in the desk and the supervisor's desk: the product, its version and commit
// (BuildInfo), the version of the database's schema the window works on, the Qt it runs on, and
// the licences of the libraries it ships with (Qt, QtKeychain, libsodium). open() it.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // schemaVersion: what the database's schema_version says (Migrator); 0 when unknown.
    explicit AboutDialog(int schemaVersion, QWidget* parent = nullptr);
    ~AboutDialog() override;
    Q_DISABLE_COPY_MOVE(AboutDialog)

    // What Help → About does in each window: opens one dialog (deleted when closed) and keeps it
    // in *dialog, or raises the one already open.
    static void showOnce(QPointer<AboutDialog>* dialog, int schemaVersion, QWidget* parent);

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
