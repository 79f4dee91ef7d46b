#include "core/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRegularExpression>

#include <sodium.h>

QByteArray ScramVerifier::prepared(const QString& password)
{
    return password.normalized(QString::NormalizationForm_KC).toUtf8();
}

QString ScramVerifier::make(const QString& password)
{
    if (password.isEmpty() || sodium_init() < 0)
        return {};
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return make(password, salt, Iterations);
}

QString ScramVerifier::make(const QString& password, const QByteArray& salt, int iterations)
{
    if (password.isEmpty() || salt.isEmpty() || iterations < 1)
        return {};
    const QByteArray salted
        = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, prepared(password), salt, iterations, 32);
    if (salted.size() != 32)
        return {};
    const QByteArray clientKey
        = QMessageAuthenticationCode::hash(QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey
        = QMessageAuthenticationCode::hash(QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

bool ScramVerifier::isVerifier(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral(
        "^SCRAM-SHA-256\\$[1-9][0-9]{0,8}:[A-Za-z0-9+/]+={0,2}\\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$"));
    return shape.match(text).hasMatch();
}
