#include "mail/SmtpClient.h"

#include "core/EmailAddress.h"
#include "core/Logging.h"
#include "core/TextLimits.h"
#include "mail/MailComposer.h"
#include "mail/SmtpReply.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>

namespace {

constexpr int MaxReplyTextChars = 300;
constexpr int QuitTimeoutMs = 2000;

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3) + QStringLiteral(" s");
}

// A server's reply may quote the addresses of the envelope: never keep them.
QString scrubbed(QString text)
{
    static const QRegularExpression address(QStringLiteral("[^\\s<>()\\[\\]\",;:]+@[^\\s<>()\\[\\]\",;:]+"));
    text.replace(address, QStringLiteral("<address>"));
    if (text.size() > MaxReplyTextChars)
        text = text.left(MaxReplyTextChars) + QStringLiteral("…");
    return text;
}

// An address that can go between angle brackets on an SMTP command line as it is.
bool isPlainAsciiAddress(const QString& address)
{
    if (address.isEmpty() || address.size() > TextLimits::EmailAddress)
        return false;
    return std::all_of(address.cbegin(), address.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('<') && c != QLatin1Char('>');
    });
}

bool hasEightBitBytes(const QByteArray& bytes)
{
    return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<uchar>(c) >= 0x80; });
}

// The EHLO/HELO argument: the address literal of our end of the connection (RFC 5321 4.1.3).
QByteArray addressLiteral(const QHostAddress& local)
{
    QHostAddress address = local;
    address.setScopeId(QString());
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4)
        return "[" + QHostAddress(ipv4).toString().toLatin1() + "]";
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return "[IPv6:" + address.toString().toLatin1() + "]";
    return "[127.0.0.1]";
}

} // namespace

QString SmtpClient::Failure::describe() const
{
    const QString name = stepName(step);
    if (replyCode > 0)
        return name + QStringLiteral(": ") + QString::number(replyCode) + QLatin1Char(' ') + text;
    return name + QStringLiteral(": ") + text;
}

SmtpClient::SmtpClient(SmtpSettings settings) : m_settings(std::move(settings))
{ }

SmtpClient::~SmtpClient() = default;

QString SmtpClient::stepName(Step step)
{
    switch (step) {
    case Step::None:
        return QStringLiteral("none");
    case Step::Connect:
        return QStringLiteral("connect");
    case Step::Greeting:
        return QStringLiteral("greeting");
    case Step::Ehlo:
        return QStringLiteral("EHLO");
    case Step::StartTls:
        return QStringLiteral("STARTTLS");
    case Step::Tls:
        return QStringLiteral("TLS");
    case Step::Auth:
        return QStringLiteral("AUTH");
    case Step::MailFrom:
        return QStringLiteral("MAIL FROM");
    case Step::RcptTo:
        return QStringLiteral("RCPT TO");
    case Step::Data:
        return QStringLiteral("DATA");
    case Step::EndOfData:
        return QStringLiteral("end of DATA");
    }
    return QStringLiteral("unknown");
}

QByteArray SmtpClient::dataBlock(const QByteArray& message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 32 + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
            out.append("\r\n");
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            out.append('.');
        out.append(c);
        lineStart = false;
    }
    if (!lineStart)
        out.append("\r\n");
    out.append(".\r\n");
    return out;
}

void SmtpClient::resetSession()
{
    m_failure = Failure();
    m_extensions.clear();
    m_authMechanisms.clear();
    m_usedHelo = false;
    m_encrypted = false;
    m_authMechanism.clear();
    m_maxSize = 0;
}

void SmtpClient::dropSession()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
    m_sessionOpen = false;
    m_transactionDone = false;
}

bool SmtpClient::checkSettings()
{
    if (!m_settings.isValid())
        return failAs(Step::Connect, QStringLiteral("invalid SMTP settings"), Failure::Kind::Configuration);
    if (m_settings.timeoutMs() <= 0)
        return failAs(Step::Connect, QStringLiteral("invalid timeout"), Failure::Kind::Configuration);
    return true;
}

bool SmtpClient::send(const QByteArray& message, const QString& recipient)
{
    const bool ok = deliver(message, recipient);
    close();
    return ok;
}

void SmtpClient::close()
{
    if (m_sessionOpen && m_socket)
        quit();
    dropSession();
}

bool SmtpClient::deliver(const QByteArray& message, const QString& recipient)
{
    m_failure = Failure();
    m_queueId.clear();
    if (!checkSettings()) {
        dropSession();
        return false;
    }
    if (!isPlainAsciiAddress(m_settings.envelopeSender())) {
        dropSession();
        return fail(Step::MailFrom, QStringLiteral("invalid sender address"));
    }
    // Not the server's verdict, but no retry will ever make it deliverable.
    if (!isPlainAsciiAddress(recipient) || !EmailAddress::isWellFormed(recipient))
        return fail(Step::RcptTo, QStringLiteral("recipient address not deliverable by this client"));

    if (m_sessionOpen && m_transactionDone) {
        // A session the server closed meanwhile (idle timeout, 421) fails here: a new one then.
        Reply reply;
        const QDeadlineTimer deadline = stepDeadline();
        if (!writeAll(Step::None, "RSET\r\n", deadline) || !readReply(Step::None, &reply, deadline)
            || reply.code != 250) {
            qCDebug(lcMail) << "smtp: the session was closed, opening a new one";
            dropSession();
        }
        m_failure = Failure();
        m_transactionDone = false;
    }
    if (m_sessionOpen && (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState))
        dropSession();
    if (!m_sessionOpen) {
        resetSession();
        ++m_sessionsOpened;
        if (!openSession()) {
            dropSession();
            return false;
        }
        m_sessionOpen = true;
    }
    const bool ok = transaction(message, recipient);
    // A refusal of this message (a 4xx or 5xx reply mid-transaction) leaves the session usable:
    // the next message starts with RSET. Lost connections, 421 and the relay refusing the service
    // end it.
    const bool sessionUsable
        = m_failure.replyCode != 0 && m_failure.replyCode != 421 && m_failure.kind != Failure::Kind::Configuration;
    if (!ok && !sessionUsable)
        dropSession();
    return ok;
}

bool SmtpClient::probe()
{
    resetSession();
    m_queueId.clear();
    bool ok = checkSettings();
    if (ok && !m_settings.sender().isEmpty() && !isPlainAsciiAddress(m_settings.envelopeSender()))
        ok = fail(Step::MailFrom, QStringLiteral("invalid sender address"));
    if (ok) {
        ++m_sessionsOpened;
        ok = openSession();
    }
    // Whether the relay takes this sender from this login (reject_sender_login_mismatch…).
    if (ok && !m_settings.sender().isEmpty())
        ok = command(Step::MailFrom, "MAIL FROM:<" + m_settings.envelopeSender().toLatin1() + ">", 2)
            && command(Step::None, "RSET", 250);
    if (ok)
        quit();
    dropSession();
    qCDebug(lcMail).noquote() << "smtp: probe" << (ok ? QStringLiteral("passed") : stepName(m_failure.step));
    return ok;
}

bool SmtpClient::transaction(const QByteArray& message, const QString& recipient)
{
    QByteArray block = dataBlock(message);
    // The block may hold a temporary password: wiped on every way out.
    struct Wipe
    {
        QByteArray& bytes;
        ~Wipe() { MailComposer::wipe(bytes); }
    } wipeBlock{block};
    const qint64 size = block.size() - 3; // without the final ".\r\n"

    QByteArray mailFrom = "MAIL FROM:<" + m_settings.envelopeSender().toLatin1() + ">";
    if (m_extensions.contains(QLatin1String("SIZE"))) {
        if (m_maxSize > 0 && size > m_maxSize)
            return failAs(Step::MailFrom, QStringLiteral("the message is larger than the server's SIZE limit"),
                          Failure::Kind::Recipient);
        mailFrom += " SIZE=" + QByteArray::number(size);
    }
    if (hasEightBitBytes(message) && m_extensions.contains(QLatin1String("8BITMIME")))
        mailFrom += " BODY=8BITMIME";
    m_transactionDone = true;
    if (!command(Step::MailFrom, mailFrom, 2))
        return false;
    if (!command(Step::RcptTo, "RCPT TO:<" + recipient.toLatin1() + ">", 2))
        return false;
    if (!command(Step::Data, "DATA", 354))
        return false;

    const QDeadlineTimer deadline = stepDeadline();
    Reply reply;
    if (!writeAll(Step::EndOfData, block, deadline) || !readReply(Step::EndOfData, &reply, deadline))
        return false;
    if (reply.code / 100 != 2)
        return failReply(Step::EndOfData, reply);
    m_queueId = parseQueueId(reply.lines.join(QLatin1Char(' ')));
    qCDebug(lcMail) << "smtp: message accepted:" << reply.code;
    return true;
}

QString SmtpClient::parseQueueId(const QString& replyText)
{
    static const QRegularExpression queued(QStringLiteral("\\bqueued as ([A-Za-z0-9][A-Za-z0-9._:+-]{0,99})"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression exim(QStringLiteral("\\bid=([A-Za-z0-9][A-Za-z0-9._-]{0,99})"));
    for (const QRegularExpression* pattern : {&queued, &exim}) {
        const QRegularExpressionMatch match = pattern->match(replyText);
        if (match.hasMatch()) {
            QString id = match.captured(1);
            while (id.endsWith(QLatin1Char('.')))
                id.chop(1);
            return id;
        }
    }
    return {};
}

SmtpClient::Failure::Kind SmtpClient::classify(Step step, int replyCode, const QString& text)
{
    using Kind = Failure::Kind;
    if (replyCode == 0) {
        switch (step) {
        case Step::StartTls:
        case Step::Tls:
        case Step::Auth:
        case Step::MailFrom:
            return Kind::Configuration;
        case Step::RcptTo:
            return Kind::Recipient;
        default:
            return Kind::Transient; // the relay unreachable or down, a timeout, a connection lost
        }
    }
    if (replyCode / 100 == 4)
        return Kind::Transient;
    if (replyCode / 100 != 5)
        return Kind::Configuration; // an unexpected 2xx/3xx: the server does not speak our SMTP
    switch (step) {
    case Step::RcptTo:
        // 552 to RCPT TO is a full mailbox: temporary whatever its first digit (RFC 5321 4.5.3.1.10).
        return replyCode == 552 ? Kind::Transient : Kind::Recipient;
    case Step::Data:
    case Step::EndOfData:
        // 5.7.x: the relay's policy (DMARC, sender) refuses what the service sends, not this recipient.
        return text.startsWith(QLatin1String("5.7.")) ? Kind::Configuration : Kind::Recipient;
    default:
        return Kind::Configuration; // 5xx before RCPT TO: the relay refuses the service itself
    }
}

bool SmtpClient::openSession()
{
    if (!connectSocket())
        return false;
    Reply reply;
    if (!readReply(Step::Greeting, &reply, stepDeadline()))
        return false;
    if (reply.code != 220)
        return failReply(Step::Greeting, reply);
    if (!ehlo())
        return false;
    if (m_settings.security() == SmtpSettings::Security::StartTls && !startTls())
        return false;
    if (!m_settings.userName().isEmpty() && !authenticate())
        return false;
    return true;
}

bool SmtpClient::connectSocket()
{
    m_socket = std::make_unique<QSslSocket>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_settings.trustedCaFile().isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(
            m_settings.trustedCaFile(), QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty())
            return fail(Step::Tls, QStringLiteral("no PEM certificate in the trusted CA file"));
        configuration.addCaCertificates(certificates);
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyName(m_settings.hostName());
    m_socket->setProxy(QNetworkProxy::NoProxy);

    const QDeadlineTimer deadline = stepDeadline();
    const auto port = static_cast<quint16>(m_settings.port());
    if (m_settings.security() == SmtpSettings::Security::Implicit)
        m_socket->connectToHostEncrypted(m_settings.hostName(), port);
    else
        m_socket->connectToHost(m_settings.hostName(), port);
    if (!m_socket->waitForConnected(static_cast<int>(deadline.remainingTime())))
        return failSocket(Step::Connect, deadline, QStringLiteral("connection"));
    if (m_settings.security() == SmtpSettings::Security::Implicit)
        return encryptNow(stepDeadline());
    return true;
}

bool SmtpClient::encryptNow(QDeadlineTimer deadline)
{
    if (!m_socket->isEncrypted() && !m_socket->waitForEncrypted(static_cast<int>(deadline.remainingTime()))) {
        QStringList reasons;
        for (const QSslError& error : m_socket->sslHandshakeErrors())
            reasons << error.errorString();
        if (!reasons.isEmpty())
            return fail(Step::Tls, QStringLiteral("handshake failed: ") + reasons.join(QStringLiteral("; ")));
        return failSocket(Step::Tls, deadline, QStringLiteral("TLS handshake"));
    }
    m_encrypted = true;
    qCDebug(lcMail) << "smtp: TLS established:" << m_socket->sessionCipher().protocolString();
    return true;
}

bool SmtpClient::ehlo()
{
    const QByteArray domain = addressLiteral(m_socket->localAddress());
    Reply reply;
    if (!command(Step::Ehlo, "EHLO " + domain, 0, &reply))
        return false;
    m_extensions.clear();
    m_authMechanisms.clear();
    if (reply.code == 250) {
        for (qsizetype i = 1; i < reply.lines.size(); ++i) {
            const QStringList words = reply.lines.at(i).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.isEmpty())
                continue;
            QString keyword = words.first();
            QStringList parameters = words.mid(1);
            if (keyword.startsWith(QLatin1String("AUTH="))) { // the pre-standard form
                parameters.prepend(keyword.mid(5));
                keyword = QStringLiteral("AUTH");
            }
            if (keyword == QLatin1String("AUTH"))
                m_authMechanisms << parameters;
            if (keyword == QLatin1String("SIZE"))
                m_maxSize = parameters.value(0).toLongLong();
            if (!m_extensions.contains(keyword))
                m_extensions << keyword;
        }
        return true;
    }
    if (reply.code / 100 != 5)
        return failReply(Step::Ehlo, reply);
    // An old server: HELO, and no extension at all.
    if (!command(Step::Ehlo, "HELO " + domain, 250))
        return false;
    m_usedHelo = true;
    return true;
}

bool SmtpClient::startTls()
{
    if (!m_extensions.contains(QLatin1String("STARTTLS")))
        return fail(Step::StartTls,
                    QStringLiteral("the server does not offer STARTTLS, which is required "
                                   "(smtps:// for implicit TLS; ?starttls=off only on a trusted network)"));
    if (!command(Step::StartTls, "STARTTLS", 220))
        return false;
    // Anything already sent was not protected by TLS: a man in the middle may have injected it.
    if (m_socket->bytesAvailable() > 0)
        return fail(Step::StartTls, QStringLiteral("the server sent data before the TLS handshake"));
    m_socket->startClientEncryption();
    if (!encryptNow(stepDeadline()))
        return false;
    // What the server offered in clear no longer counts.
    return ehlo();
}

bool SmtpClient::authenticate()
{
    if (!m_socket->isEncrypted())
        return fail(Step::Auth, QStringLiteral("refusing to send credentials over a connection without TLS"));
    if (!m_extensions.contains(QLatin1String("AUTH")))
        return fail(Step::Auth, QStringLiteral("the server does not offer AUTH"));

    QByteArray user = m_settings.userName().toUtf8();
    QByteArray password = m_settings.password().toUtf8();
    bool ok = false;
    if (m_authMechanisms.contains(QLatin1String("PLAIN"))) {
        m_authMechanism = QStringLiteral("PLAIN");
        QByteArray credentials = '\0' + user + '\0' + password;
        QByteArray line = "AUTH PLAIN " + credentials.toBase64();
        ok = command(Step::Auth, line, 235);
        MailComposer::wipe(credentials);
        MailComposer::wipe(line);
    } else if (m_authMechanisms.contains(QLatin1String("LOGIN"))) {
        m_authMechanism = QStringLiteral("LOGIN");
        QByteArray encodedPassword = password.toBase64();
        ok = command(Step::Auth, "AUTH LOGIN", 334) && command(Step::Auth, user.toBase64(), 334)
            && command(Step::Auth, encodedPassword, 235);
        MailComposer::wipe(encodedPassword);
    } else {
        ok = fail(Step::Auth, QStringLiteral("the server offers no supported mechanism (PLAIN, LOGIN)"));
    }
    MailComposer::wipe(password);
    MailComposer::wipe(user);
    return ok;
}

void SmtpClient::quit()
{
    // The message is accepted: a server that does not answer QUIT changes nothing.
    const QDeadlineTimer deadline(std::min(m_settings.timeoutMs(), QuitTimeoutMs));
    Reply reply;
    const Failure kept = m_failure;
    if (writeAll(Step::None, "QUIT\r\n", deadline))
        readReply(Step::None, &reply, deadline);
    m_failure = kept;
    m_socket->disconnectFromHost();
}

bool SmtpClient::writeAll(Step step, const QByteArray& bytes, QDeadlineTimer deadline)
{
    if (m_socket->write(bytes) != bytes.size())
        return failSocket(step, deadline, QStringLiteral("write progress"));
    // Bounded by the deadline: each wait returns when something was written or the time is up.
    while (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0) {
        if (deadline.hasExpired() || m_socket->state() != QAbstractSocket::ConnectedState)
            return failSocket(step, deadline, QStringLiteral("write progress"));
        m_socket->waitForBytesWritten(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

bool SmtpClient::readReply(Step step, Reply* reply, QDeadlineTimer deadline)
{
    *reply = Reply();
    SmtpReply parsed;
    for (;;) {
        while (!m_socket->canReadLine()) {
            if (m_socket->bytesAvailable() > SmtpReply::MaxLineBytes)
                return fail(step, QStringLiteral("reply line too long"));
            if (deadline.hasExpired()
                || !m_socket->waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime()))))
                return failSocket(step, deadline, QStringLiteral("reply"));
        }
        switch (parsed.addLine(m_socket->readLine(SmtpReply::MaxLineBytes + 3))) {
        case SmtpReply::Status::Incomplete:
            continue;
        case SmtpReply::Status::Complete:
            reply->code = parsed.code();
            reply->lines = parsed.lines();
            qCDebug(lcMail).noquote() << "smtp:" << stepName(step) << reply->code;
            return true;
        case SmtpReply::Status::Malformed:
            return fail(step, QStringLiteral("malformed reply from the server"));
        case SmtpReply::Status::TooManyLines:
            return fail(step, QStringLiteral("reply with too many lines"));
        }
    }
}

bool SmtpClient::command(Step step, const QByteArray& line, int expectedCode, Reply* reply)
{
    Reply own;
    Reply* target = reply ? reply : &own;
    const QDeadlineTimer deadline = stepDeadline();
    if (!writeAll(step, line + "\r\n", deadline) || !readReply(step, target, deadline))
        return false;
    const bool expected = expectedCode == 0 || target->code == expectedCode
        || (expectedCode < 10 && target->code / 100 == expectedCode);
    return expected || failReply(step, *target);
}

bool SmtpClient::fail(Step step, const QString& text, int replyCode)
{
    return failAs(step, text, classify(step, replyCode, text), replyCode);
}

bool SmtpClient::failAs(Step step, const QString& text, Failure::Kind kind, int replyCode)
{
    m_failure.step = step;
    m_failure.replyCode = replyCode;
    m_failure.text = text;
    m_failure.kind = kind;
    m_failure.permanent = kind == Failure::Kind::Recipient;
    return false;
}

bool SmtpClient::failReply(Step step, const Reply& reply)
{
    return fail(step, scrubbed(reply.lines.join(QLatin1Char(' '))), reply.code);
}

bool SmtpClient::failSocket(Step step, QDeadlineTimer deadline, const QString& waitingFor)
{
    if (deadline.hasExpired() || m_socket->error() == QAbstractSocket::SocketTimeoutError)
        return fail(step, QStringLiteral("no %1 within %2").arg(waitingFor, seconds(m_settings.timeoutMs())));
    if (m_socket->state() != QAbstractSocket::ConnectedState
        && m_socket->error() == QAbstractSocket::UnknownSocketError)
        return fail(step, QStringLiteral("connection closed by the server"));
    return fail(step, m_socket->errorString());
}
