#pragma once

#include "AccountSummary.h"
#include "Error.h"
#include "Nir.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class AccountLookupService;
class DatabaseWorker;

namespace Ui {
class LookupWindow;
}

// The desk's main window, for now: the agent types the caller's social-security number, the
// window says precisely what is wrong with it while they type, and Enter (or Look up) shows the
// person and their portal account. The lookup runs on the DatabaseWorker's thread; the window
// only ever shows the answer for the number that is in the field.
class LookupWindow : public QMainWindow
{
    Q_OBJECT

public:
    // service and worker must outlive the window.
    LookupWindow(AccountLookupService& service, DatabaseWorker& worker, QWidget* parent = nullptr);
    ~LookupWindow() override;
    Q_DISABLE_COPY_MOVE(LookupWindow)

    // Whether a lookup is under way (the busy indicator shows).
    bool isLookingUp() const { return m_lookingUp; }

Q_SIGNALS:
    // After the answer of a lookup is on screen (found, not found or an error); not for an answer
    // that was dropped because the number changed meanwhile.
    void lookupFinished();

public Q_SLOTS:
    // Looks up the number in the field; does nothing while it is not a valid NIR.
    void lookUp();
    // Puts the cursor in the number field and selects its text, ready for the next caller.
    void focusNirField();

protected:
    void closeEvent(QCloseEvent* event) override;

private Q_SLOTS:
    void onNirChanged(const Nir& nir, Nir::Error error);
    void onLookupFinished();

private:
    enum class Tone { Neutral, Good, Problem };

    void showNirStatus(Nir::Error error);
    void showMessage(Tone tone, const QString& text, const QString& hint);
    void showNothing();
    void setBusy(bool busy);
    void setToneColor(QWidget* widget, Tone tone);
    QString databaseDescription() const;
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::LookupWindow> m_ui;
    AccountLookupService& m_service;
    DatabaseWorker& m_worker;
    QFutureWatcher<Result<AccountSummary>> m_watcher;
    // Every lookup and every change of the number in the field takes a new sequence number; an
    // answer is shown only when nothing happened since its lookup started.
    quint64 m_sequence = 0;
    quint64 m_watchedSequence = 0;
    quint64 m_shownSequence = 0;
    Nir m_resultNir; // the number whose answer is on screen or on its way; null when none
    bool m_lookingUp = false;
};
