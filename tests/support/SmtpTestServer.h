#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// One tests/smtp_server.py process (aiosmtpd, run with /usr/bin/python3) on a free loopback port,
// killed when this object goes away. Messages land in a private folder as <n>.eml.
class SmtpTestServer
{
public:
    static constexpr int ReadyTimeoutMs = 15000;

    SmtpTestServer();
    ~SmtpTestServer();
    Q_DISABLE_COPY_MOVE(SmtpTestServer)

    // Options as smtp_server.py takes them: --tls-cert C --tls-key K, --smtps, --auth-user U
    // --auth-password P, --refuse-recipient A, --defer-recipient A, --full-recipient A,
    // --allowed-sender A, --close-after N. Returns once the server says READY.
    bool start(const QStringList& options);

    quint16 port() const { return m_port; }
    QString url(const QString& scheme, const QString& user = {}, const QString& query = {}) const;
    // The n-th message received (1, 2…), as the server stored it after dot-unstuffing.
    QByteArray message(int n) const { return read(QStringLiteral("%1.eml").arg(n)); }
    QByteArray envelope(int n) const { return read(QStringLiteral("%1.envelope").arg(n)); }
    int count() const;
    // What smtp_server.py counted: "connections", "auths", "auth_failures" (0 before any).
    int statistic(const QString& name) const;
    // The folder the messages land in.
    QString maildir() const { return m_maildir.path(); }

    static quint16 freePort();

private:
    QByteArray read(const QString& name) const;

    quint16 m_port;
    QTemporaryDir m_maildir;
    QProcess m_process;
};

// What the server cases need on this machine: aiosmtpd for /usr/bin/python3 and a throwaway
// self-signed certificate for localhost/127.0.0.1 made by openssl.
class SmtpTestTools
{
public:
    // Checks the tools and makes the certificate; false with why() when something is missing.
    bool prepare();
    QString why() const { return m_why; }
    QString certificate() const { return m_cert; }
    QString key() const { return m_key; }

    // CI installs the tools: there a missing tool fails the test instead of skipping it.
    static bool required();

private:
    QTemporaryDir m_dir;
    QString m_why;
    QString m_cert;
    QString m_key;
};

// At the top of a test that needs the SMTP tools: fails in CI (SmtpTestTools::required()), skips
// elsewhere, with why they are missing.
#define GUICHET_REQUIRE_SMTP_TOOLS(ready, why)                                                                         \
    do {                                                                                                               \
        if (!(ready)) {                                                                                                \
            if (SmtpTestTools::required())                                                                             \
                QFAIL(qPrintable(why));                                                                                \
            QSKIP(qPrintable(why));                                                                                    \
        }                                                                                                              \
    } while (false)
