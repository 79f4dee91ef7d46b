#include "text/ErrorText.h"

#include "core/ActorName.h"
#include "core/PortalPolicy.h"
#include "core/TextLimits.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>

QString ErrorText::nir(Nir::Error error)
{
    switch (error) {
    case Nir::Error::None:
        return tr("Valid social-security number.");
    case Nir::Error::Empty:
        return tr("Type the social-security number: 13 or 15 characters.");
    case Nir::Error::InvalidCharacter:
        return tr("Only digits are allowed, plus 2A or 2B for a birth in Corsica.");
    case Nir::Error::WrongLength:
        return tr("A social-security number has 13 characters, or 15 with its key.");
    case Nir::Error::InvalidSex:
        //: The first digit of the NIR.
        return tr("The first digit must be 1 or 2 (3, 4, 7 or 8 for a provisional number).");
    case Nir::Error::InvalidMonth:
        return tr("The month of birth (4th and 5th digits) is not valid.");
    case Nir::Error::InvalidDepartment:
        return tr("The department of birth is not valid (01 to 95, 2A, 2B, 96, 971 to 989, or 99 abroad).");
    case Nir::Error::InvalidCommune:
        return tr("The commune of birth cannot be zero.");
    case Nir::Error::InvalidCountry:
        return tr("The country of birth cannot be zero.");
    case Nir::Error::InvalidOrder:
        return tr("The birth order number cannot be 000.");
    case Nir::Error::InvalidKey:
        return tr("The key (last two digits) must be between 01 and 97.");
    case Nir::Error::KeyMismatch:
        return tr("The key does not match the number: check each digit with the caller.");
    }
    return {};
}

QString ErrorText::error(const Error& error)
{
    switch (error.code()) {
    case ErrorCode::None:
        return {};
    case ErrorCode::InvalidInput:
        if (const QString sentence = problem(error.context().value(QStringLiteral("problem")).toString());
            !sentence.isEmpty())
            return sentence;
        return tr("The data given is incomplete or not valid.");
    case ErrorCode::NotFound:
        return tr("Nothing was found.");
    case ErrorCode::Duplicate:
        return tr("This record already exists.");
    case ErrorCode::DatabaseUnavailable:
        return tr("The database cannot be reached. Check the connection settings or try again in a moment.");
    case ErrorCode::DatabaseError:
        return tr("The database refused the operation; nothing was changed.");
    case ErrorCode::SchemaTooNew:
        return tr("The database was created by a newer version of Guichet. Install the update first.");
    case ErrorCode::Busy:
        return tr("The database is busy. Try again in a moment; nothing was changed.");
    case ErrorCode::Conflict:
        //: %1 says who changed the account and that nothing was done.
        return tr("%1 Look the account up again.").arg(conflict(error));
    case ErrorCode::Forbidden:
        if (error.context().value(QStringLiteral("problem")).toString() == QLatin1String("own_request"))
            return tr("Four eyes: a request you made, or about an address you changed, is approved by another "
                      "supervisor.");
        return tr("Your role does not allow this action.");
    case ErrorCode::NotVerified:
        return tr("The caller's identity has not been verified in this call.");
    case ErrorCode::Unauthenticated:
        //: %1 is a number of minutes (15).
        return tr("The login or the password is wrong, or the login is locked for a while after too many wrong "
                  "passwords: try again in %1 minutes, or ask an administrator.")
            .arg(PortalPolicy::AgentLockMinutes);
    case ErrorCode::CallNotOpen:
        return tr("This call is not open at your desk (ended, or started by someone else).");
    case ErrorCode::NothingLookedUp:
        return tr("Look the caller up first.");
    case ErrorCode::VerificationExhausted:
        return tr("Three identity checks failed in this call: no action is possible on this account.");
    case ErrorCode::NoAccount:
        return tr("This person has no portal account yet.");
    case ErrorCode::NotLocked:
        return tr("The account is not locked.");
    case ErrorCode::ProvisionalNir:
        return tr("A provisional social-security number cannot be certified; the caller must contact their pension "
                  "fund (3960).");
    case ErrorCode::AlreadyCertified:
        return tr("The social-security number is already certified.");
    case ErrorCode::NotInRegister:
        return tr("The national register has no entry for this number; certification is not possible from the desk.");
    case ErrorCode::RegisterMismatch:
        return tr("The civil status differs from the national register; the number was not certified.");
    case ErrorCode::NoPendingChange:
        return tr("No change of e-mail address is waiting for a code.");
    case ErrorCode::CodeNotSent:
        return tr("The confirmation code has not been sent yet; wait a moment and ask again.");
    case ErrorCode::CodeExpired:
        return tr("The confirmation code has expired; start the change of address again.");
    case ErrorCode::WrongCode:
        return tr("The confirmation code is wrong.");
    case ErrorCode::CodeAttemptsExhausted:
        return tr("Too many wrong codes; start the change of address again.");
    case ErrorCode::IdempotencyKeyReused:
        return tr("This request key was already used for another call, account or action.");
    case ErrorCode::MailRelayRefused:
        return tr("The mail relay refuses the mail service's settings (login, password, sender or encryption): "
                  "delivery is paused until an administrator corrects them.");
    case ErrorCode::DeliveryFailed:
        return tr("Some of the mail that was due was not sent: failed mail is tried again later, dead mail is given "
                  "up.");
    case ErrorCode::PasswordFileUnreadable:
        return tr("The password file cannot be read, or it is empty.");
    case ErrorCode::AgentDisabled:
        return tr("This login is disabled by an administrator. Ask an administrator to re-enable it.");
    case ErrorCode::DatabaseAuthenticationFailed:
        return tr("The database server refused the login: check the database user and its password (saved with the "
                  "connection profile), or ask IT whether this login may connect from this computer.");
    case ErrorCode::DatabaseCertificateInvalid:
        return certificate(error);
    case ErrorCode::DatabaseUnreachable:
        return tr("No database server answers at this address: check the host and the port, the network, or ask IT "
                  "whether the server is running.");
    case ErrorCode::DatabaseBadOption:
        return tr("A database connection option is not valid, or a file it names cannot be read (sslmode, "
                  "sslrootcert, sslcert, sslkey): correct the connection settings.");
    case ErrorCode::DatabasePermissionDenied:
        return tr("The database login lacks a privilege for this operation; nothing was changed. Ask IT to grant the "
                  "privileges listed in the installation guide.");
    case ErrorCode::DatabaseMissing:
        return tr("The database named in the connection settings does not exist on the server: check its name.");
    case ErrorCode::SchemaUpgradeNeeded:
        if (error.context().value(QStringLiteral("schema_version"), -1).toInt() == 0)
            return tr("The database has no Guichet schema yet: an administrator creates it with guichetctl init, "
                      "with the login that will own the schema.");
        return tr("The database needs an upgrade by an administrator (guichetctl migrate, with the login that owns "
                  "the schema) before Guichet can use it.");
    case ErrorCode::SchemaOwnerRequired:
        return tr("Only the login that owns the database schema may create or upgrade it: run guichetctl init or "
                  "migrate with that login.");
    case ErrorCode::DatabaseFileMissing:
        //: %1 is the full path of the SQLite file.
        return tr("There is no database file at %1. Check the path in the connection settings (or --database); "
                  "an administrator creates a new database with guichetctl init.")
            .arg(filePath(error));
    case ErrorCode::DatabaseFileReadOnly:
        //: %1 is the full path of the SQLite file.
        return tr("The database file %1 is read-only for you, and Guichet must write to it (every sign-in and "
                  "action is recorded). Ask an administrator to let your account write the file and its folder.")
            .arg(filePath(error));
    case ErrorCode::DatabaseFileCorrupt:
        //: %1 is the full path of the SQLite file.
        return tr("The file %1 is not a Guichet database, or it is damaged. Check the path; if it is the right file, "
                  "an administrator restores it from the last backup.")
            .arg(filePath(error));
    case ErrorCode::IdentityChecksLimited:
        return tr("This person's identity checks have failed too often recently, across calls and agents: no new "
                  "check is possible for now, and supervisors are alerted.");
    case ErrorCode::ApprovalRequired:
        return tr("The e-mail address was changed recently: a temporary password goes to the new address only "
                  "after a supervisor approves it.");
    case ErrorCode::ChangeWaitingPeriod: {
        const QString sentence
            = tr("The e-mail address was changed recently and the previous address may still refuse the change: "
                 "no temporary password goes to the new address before the waiting period ends.");
        const QDateTime until
            = QDateTime::fromString(error.context().value(QStringLiteral("until")).toString(), Qt::ISODateWithMs);
        if (!until.isValid())
            return sentence;
        //: %1 is the sentence above; %2 the end of the waiting period, a date and time the agent tells the caller.
        return tr("%1 It ends on %2.").arg(sentence, QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    }
    case ErrorCode::ChangeRefusedByOwner:
        return tr("The holder refused the change of e-mail address from the previous address; that address is "
                  "kept.");
    case ErrorCode::AuditKeyUnavailable:
        return tr("The audit's sealing key is not on this computer: sealing and full verification run where the "
                  "audit sequencer runs.");
    case ErrorCode::CheckpointUnreadable:
        return tr("The checkpoint file cannot be read, or it is not a Guichet audit checkpoint.");
    case ErrorCode::ConnectionLost:
        return tr("The connection to the database was lost; Guichet is reconnecting and checking the result.");
    case ErrorCode::OutcomeUnknown:
        return tr("The connection to the database was lost while the action was being recorded, and its result "
                  "could not be checked: look at the account again before repeating the action.");
    }
    return {};
}

QString ErrorText::filePath(const Error& error)
{
    return QDir::toNativeSeparators(error.context().value(QStringLiteral("path")).toString());
}

QString ErrorText::certificate(const Error& error)
{
    const QString expected = error.context().value(QStringLiteral("expected_host")).toString();
    const QString names = error.context().value(QStringLiteral("certificate_names")).toString();
    const bool otherName = error.context().value(QStringLiteral("reason")).toString() == QLatin1String("host_name");
    if (otherName && !expected.isEmpty() && !names.isEmpty())
        //: %1 is the host name in the connection settings, %2 the names the server's certificate holds.
        return tr("The database server's certificate does not name %1 (it names %2): connect with a host name that "
                  "the certificate names, or ask IT for a certificate that names %1.")
            .arg(expected, names);
    if (!expected.isEmpty())
        //: %1 is the host name in the connection settings.
        return tr("The certificate of the database server %1 could not be verified: check the CA file (sslrootcert) "
                  "given by IT.")
            .arg(expected);
    return tr("The database server's certificate could not be verified: check the CA file (sslrootcert) given by "
              "IT.");
}

QString ErrorText::databaseUrl(DatabaseUrl::ParseError error)
{
    switch (error) {
    case DatabaseUrl::ParseError::None:
        return {};
    case DatabaseUrl::ParseError::Empty:
        return tr("The database URL is empty.");
    case DatabaseUrl::ParseError::UnknownScheme:
        return tr("The database URL must start with sqlite: or postgresql://.");
    case DatabaseUrl::ParseError::MissingPath:
        return tr("The SQLite database URL has no file path.");
    case DatabaseUrl::ParseError::MissingHost:
        return tr("The PostgreSQL database URL has no host.");
    case DatabaseUrl::ParseError::MissingDatabase:
        return tr("The PostgreSQL database URL has no database name.");
    case DatabaseUrl::ParseError::InvalidPort:
        return tr("The port in the database URL is not valid.");
    case DatabaseUrl::ParseError::PasswordInUrl:
        return tr("A password does not belong in the database URL; use PGPASSWORD or the .pgpass file.");
    case DatabaseUrl::ParseError::UnknownOption:
        return tr("The database URL has an unknown option (only sslmode, sslrootcert, sslcert, sslkey and host are "
                  "accepted).");
    case DatabaseUrl::ParseError::InvalidOptionValue:
        return tr("An option of the database URL has a value that is not valid (sslmode: disable, allow, prefer, "
                  "require, verify-ca or verify-full; a file name without a semicolon).");
    }
    return {};
}

QString ErrorText::civilStatus(CivilStatus::Problem problem)
{
    switch (problem) {
    case CivilStatus::Problem::None:
        return {};
    case CivilStatus::Problem::MissingLastName:
        return tr("The last name is missing.");
    case CivilStatus::Problem::InvalidLastName:
        return tr("The last name may hold only letters, spaces, hyphens and apostrophes.");
    case CivilStatus::Problem::MissingFirstNames:
        return tr("The first names are missing.");
    case CivilStatus::Problem::InvalidFirstNames:
        return tr("The first names may hold only letters, spaces, hyphens and apostrophes.");
    case CivilStatus::Problem::InvalidBirthDate:
        //: The agent types dates as day/month/year (24/12/1960) or as 1960-12-24, in every language.
        return tr("The date of birth is not valid: type the day, the month and the year in four digits (24/12/1960), "
                  "or 1960-12-24; not in the future.");
    case CivilStatus::Problem::BirthDateMismatch:
        return tr("The date of birth does not match the year and month in the social-security number.");
    case CivilStatus::Problem::MissingBirthPlace:
        return tr("The place of birth is missing.");
    case CivilStatus::Problem::InvalidBirthPlace:
        return tr("The place of birth holds characters that are not allowed.");
    case CivilStatus::Problem::AmbiguousBirthDate:
        return tr("This date can be read two ways, so it was not checked: type the day first, then the month, then "
                  "the year in four digits (24/12/1960), or 1960-12-24.");
    }
    return {};
}

QString ErrorText::emailAddress(EmailAddress::Problem problem)
{
    switch (problem) {
    case EmailAddress::Problem::None:
        return {};
    case EmailAddress::Problem::Empty:
        return tr("Type the e-mail address.");
    case EmailAddress::Problem::TooLong:
        return tr("An e-mail address has at most %1 characters.").arg(TextLimits::EmailAddress);
    case EmailAddress::Problem::MissingAt:
        return tr("An e-mail address has exactly one @ between the name and the domain, as in name@domain.fr.");
    case EmailAddress::Problem::MissingLocalPart:
        return tr("The name before the @ is missing.");
    case EmailAddress::Problem::LocalPartTooLong:
        return tr("The name before the @ has at most 64 characters.");
    case EmailAddress::Problem::InvalidLocalPart:
        return tr("The name before the @ may hold only unaccented letters, digits, dots (not first, last or two in a "
                  "row) and signs such as - _ +.");
    case EmailAddress::Problem::MissingDomain:
        return tr("The domain after the @ is missing.");
    case EmailAddress::Problem::InvalidDomain:
        return tr("The domain after the @ may hold only letters, digits, hyphens and single dots.");
    case EmailAddress::Problem::DomainWithoutDot:
        return tr("Only public addresses are accepted: the domain after the @ needs its extension, as in "
                  "laposte.net or orange.fr.");
    case EmailAddress::Problem::DomainNotPublic:
        return tr("Only public addresses are accepted: this domain is a network address or is reserved for local or "
                  "test use.");
    }
    return {};
}

QString ErrorText::problem(const QString& name)
{
    EmailAddress::Problem email = EmailAddress::Problem::None;
    if (EmailAddress::parseProblemName(name, &email))
        return emailAddress(email);
    CivilStatus::Problem civil = CivilStatus::Problem::None;
    if (name != QLatin1String("none") && CivilStatus::parseProblemCode(name, &civil))
        return civilStatus(civil);
    if (name == QLatin1String("secret"))
        //: The portal's registration; %1 is the longest question or answer, in characters.
        return tr("The secret question and its answer must not be empty (at most %1 characters each), and the answer "
                  "needs a letter or a digit.")
            .arg(TextLimits::SecretQuestion);
    if (name == QLatin1String("email_same_address"))
        return tr("This is already the address on file.");
    if (name == QLatin1String("reason"))
        //: %1 is the longest reason allowed, in characters.
        return tr("Say why in a few words (at most %1 characters).").arg(TextLimits::Reason);
    if (name == QLatin1String("code_format"))
        return tr("A confirmation code has 6 digits.");
    if (name == QLatin1String("idempotency_key"))
        return tr("A request key has 8 to 128 characters.");
    return {};
}

QString ErrorText::conflict(const Error& error)
{
    const QVariantMap context = error.context();
    const QString kind = context.value(QStringLiteral("changed_by_kind")).toString();
    const QString who = context.value(QStringLiteral("changed_by")).toString();
    if (kind == QLatin1String("desk") && !who.isEmpty()) {
        //: %1 is the login of the agent (or the system's part, in words) who acted first.
        return tr("%1 acted on this account from another desk meanwhile; nothing was done.")
            .arg(ActorName::display(who));
    }
    if (kind == QLatin1String("portal")) {
        if (context.value(QStringLiteral("account_status")).toString() == QLatin1String("locked"))
            return tr("The account was locked meanwhile (too many wrong passwords on the portal); nothing was done.");
        return tr("The account changed on the portal meanwhile (its state or its address); nothing was done.");
    }
    return tr("Someone else changed this account meanwhile; nothing was done.");
}
