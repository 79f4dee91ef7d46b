#pragma once

#include "mail/MailTransport.h"

#include <QString>

// Delivers each message as <directory>/<message-id>.eml (characters outside [A-Za-z0-9._-]
// replaced by '_'), written atomically and readable by its owner only: for `guichetctl mailer run
// --deliver-to-dir`, demos and tests. The folder is created when missing.
class EmlDirectoryTransport : public MailTransport
{
public:
    explicit EmlDirectoryTransport(QString directory);

    QString directory() const { return m_directory; }
    static QString fileNameFor(const QString& messageId);

    Error deliver(const QByteArray& mimeMessage, const QString& recipient, const QString& messageId) override;

private:
    QString m_directory;
};
