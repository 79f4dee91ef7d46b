#include "db/PgCertificateProbe.h"

#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

namespace {

// The PostgreSQL protocol's SSLRequest: length 8, code 80877103.
constexpr char SslRequest[] = {0x00, 0x00, 0x00, 0x08, 0x04, static_cast<char>(0xd2), 0x16, 0x2f};

} // namespace

QStringList PgCertificateProbe::names(const QString& host, int port, int timeoutMs)
{
    if (host.isEmpty() || host.startsWith(QLatin1Char('/')) || !QSslSocket::supportsSsl())
        return {};
    const QDeadlineTimer deadline(timeoutMs);
    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer); // look, do not judge
    socket.setSslConfiguration(configuration);
    socket.setPeerVerifyName(host);
    socket.connectToHost(host, static_cast<quint16>(port));
    if (!socket.waitForConnected(static_cast<int>(deadline.remainingTime())))
        return {};
    socket.write(SslRequest, sizeof(SslRequest));
    if (!socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime()))
        || !socket.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
        return {};
    char answer = 0;
    if (socket.read(&answer, 1) != 1 || answer != 'S')
        return {};
    socket.startClientEncryption();
    const bool encrypted = socket.waitForEncrypted(static_cast<int>(deadline.remainingTime()));
    const QSslCertificate certificate = socket.peerCertificate();
    socket.abort();
    if (!encrypted && certificate.isNull())
        return {};
    QStringList names;
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it) {
        if ((it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry) && !names.contains(it.value()))
            names.append(it.value());
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}
