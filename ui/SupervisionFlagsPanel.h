#pragma once

#include "AgentSession.h"
#include "Error.h"
#include "SupervisionFlags.h"

#include <QWidget>

class Database;
class DatabaseWorker;
class QLabel;
class QProgressBar;
class QTableWidget;

// What a supervisor should look at: accounts locked again and again, agents whose unlocks or
// reissues stand far above their peers' (the rule shown beside them), and temporary passwords
// that expired without ever being used. Words in every cell, never colour alone.
class SupervisionFlagsPanel : public QWidget
{
    Q_OBJECT

public:
    SupervisionFlagsPanel(Database& database, DatabaseWorker& worker, const AgentSession& session,
                          QWidget* parent = nullptr);
    ~SupervisionFlagsPanel() override;
    Q_DISABLE_COPY_MOVE(SupervisionFlagsPanel)

    QTableWidget* repeatedTable() const { return m_repeated; }
    QTableWidget* outlierTable() const { return m_outliers; }
    QTableWidget* unusedTable() const { return m_unused; }
    QLabel* messageLabel() const { return m_message; }
    bool isBusy() const { return m_loading; }

public Q_SLOTS:
    void setPeriod(const QDateTime& from, const QDateTime& to);
    void reload();

private:
    struct Flags
    {
        Flags() = default;
        explicit Flags(Error failure) : error(std::move(failure)) { }
        Error error;
        QList<SupervisionFlags::RepeatedLockout> repeated;
        QList<SupervisionFlags::Outlier> outliers;
        QList<SupervisionFlags::UnusedTemporaryPassword> unused;
    };
    void showFlags(const Flags& flags);

    Database& m_database;
    DatabaseWorker& m_worker;
    AgentSession m_session;
    QDateTime m_from;
    QDateTime m_to;
    quint64 m_sequence = 0;
    bool m_loading = false;
    QTableWidget* m_repeated;
    QTableWidget* m_outliers;
    QTableWidget* m_unused;
    QProgressBar* m_busy;
    QLabel* m_message;
};
