#pragma once

#include "mail/MailDispatcher.h"

#include <QObject>
#include <QThread>

#include <memory>

class Database;
class MailTransport;
class QTimer;

// The embedded delivery of a desk: a MailDispatcher on a background thread of its own, with its
// own database connection, passing every interval and whenever the desk queued something
// (wakeUp()). A shared deployment runs `guichetctl mailer run` instead and starts no pump.
//
// The transport (SMTP with its password, or a folder) is owned by the pump and used only on its
// thread. The destructor stops the thread after the pass under way, if any.
class MailPump : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 30000;

    MailPump(Database& database, std::unique_ptr<MailTransport> transport, QObject* parent = nullptr);
    ~MailPump() override;

    void setIntervalMs(int milliseconds) { m_intervalMs = milliseconds; }
    bool isRunning() const { return m_thread.isRunning(); }

    // Starts the thread and a first pass.
    void start();
    // A pass now (on the pump's thread), e.g. right after a reissue; passes do not overlap.
    void wakeUp();

Q_SIGNALS:
    // After a pass that did something; in the pump owner's thread.
    void passed(const DispatchReport& report);
    // After a pass that the database refused (down, locked…); the next pass tries again.
    void passFailed(const Error& error);
    // After every pass, whatever it found (nothing, mail, a refusal), once passed or passFailed
    // (if any) has been emitted; in the pump owner's thread.
    void passFinished();

private:
    void pass(); // on the pump's thread

    Database& m_database;
    std::unique_ptr<MailTransport> m_transport;
    int m_intervalMs = DefaultIntervalMs;
    QThread m_thread;
    QTimer* m_timer = nullptr; // lives in m_thread
};
