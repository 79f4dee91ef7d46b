// The demo data on both engines: the counts and states, the persons (NIRs, names, e-mails), the
// lockouts after five failures, the certification, the agents and their demo passwords.
// tst_demoseederruns has how a seeding runs (same seed same data, refusals, tiny counts, progress).

#include "accounts/AccountRepository.h"
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "audit/AuditSealer.h"
#include "core/PasswordHasher.h"
#include "core/PasswordPolicy.h"
#include "core/SecretGenerator.h"
#include "db/SqlDialect.h"
#include "demo/DemoSeeder.h"
#include "identity/CivilStatus.h"
#include "identity/IdentityService.h"
#include "identity/Nir.h"
#include "support/DemoSeederTesting.h"
#include "support/TestDatabases.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace DemoSeederTesting;

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void countsAndStates_data() { TestDatabase::addEngineRows(); }
    void countsAndStates();
    void personsNirsNamesAndEmails_data() { TestDatabase::addEngineRows(); }
    void personsNirsNamesAndEmails();
    void lockoutsFollowFiveFailures_data() { TestDatabase::addEngineRows(); }
    void lockoutsFollowFiveFailures();
    void certification_data() { TestDatabase::addEngineRows(); }
    void certification();
    void agentsAndDemoPasswords_data() { TestDatabase::addEngineRows(); }
    void agentsAndDemoPasswords();
};

void TestDemoSeeder::countsAndStates()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    // Some indexes are dropped for the load: all are there again afterwards.
    const QString indexes = engine == QLatin1String("sqlite")
        ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1");
    const QList<QVariantList> indexesBefore = rows(db, indexes);
    const Result<DemoSeeder::Report> report = seed(db, 600);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));
    QVERIFY(indexesBefore.size() > 20);
    QCOMPARE(rows(db, indexes), indexesBefore);
    if (engine == QLatin1String("sqlite")) { // loaded without foreign-key lookups, which are back on
        QVERIFY(rows(db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    }

    QCOMPARE(report->accounts, 600);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM accounts")), 600);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM persons")), report->persons);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM person_nir_history")), report->persons);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM national_register")), report->registerEntries);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM login_attempts")), report->loginAttempts);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lockout_events")), report->lockouts);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lockout_events WHERE unlocked_at IS NULL")),
             report->openLockouts);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE NOT certified")),
             report->uncertifiedPersons);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM agents")), report->agents.size());
    QVERIFY(report->persons > 600 && report->persons < 700);
    QVERIFY(report->loginAttempts > 600);

    // The report's states are the desk's view of the rows.
    const QHash<QString, int>& states = report->accountsByState;
    const qint64 pending = scalar(db,
                                  QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = 'pending_activation'"
                                                 " AND temp_password_expires_at > ?"),
                                  {at(db, Now)});
    const qint64 expired = scalar(db,
                                  QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = 'pending_activation'"
                                                 " AND temp_password_expires_at <= ?"),
                                  {at(db, Now)});
    QCOMPARE(states.value(QStringLiteral("active")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = 'active'")));
    QCOMPARE(states.value(QStringLiteral("locked")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = 'locked'")));
    QCOMPARE(states.value(QStringLiteral("pending_activation")), pending);
    QCOMPARE(states.value(QStringLiteral("temporary_expired")), expired);
    QCOMPARE(states.value(QStringLiteral("no_account")), report->persons - report->accounts);
    // Every state, in about the documented proportions.
    QVERIFY2(states.value(QStringLiteral("active")) > 420,
             qPrintable(QString::number(states.value(QStringLiteral("active")))));
    for (const char* state : {"locked", "pending_activation"})
        QVERIFY(states.value(QString::fromLatin1(state)) >= 40 && states.value(QString::fromLatin1(state)) <= 70);
    QVERIFY(expired >= 20 && expired <= 35);
    QVERIFY(report->uncertifiedPersons >= 20 && report->uncertifiedPersons <= 45);

    const QDateTime fifteenDaysAgo = Now.addDays(-15);

    // Pending: a temporary password issued less than 15 days ago, unused; no personal password yet.
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = 'pending_activation'"
                                " AND (temp_password_hash IS NULL OR temp_password_used_at IS NOT NULL"
                                " OR password_hash IS NOT NULL OR temp_password_issued_at IS NULL)")));
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = 'pending_activation'"
                                " AND temp_password_expires_at > ? AND temp_password_issued_at <= ?"),
                 {at(db, Now), at(db, fifteenDaysAgo)}));
    // Active and locked accounts have a personal password and no live temporary one.
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status <> 'pending_activation'"
                                " AND (password_hash IS NULL OR temp_password_hash IS NOT NULL"
                                " OR temp_password_used_at IS NULL)")));
    // Locked: locked_at, 5 failures; the others: no locked_at.
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = 'locked'"
                                " AND (locked_at IS NULL OR failed_attempts <> 5 OR last_failed_at <> locked_at)")));
    QVERIFY(
        none(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status <> 'locked' AND locked_at IS NOT NULL")));
    QVERIFY(none(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE status = 'active' AND failed_attempts >= 5")));
    // Some accounts have a secret question; the desk can see a few failed attempts on active ones.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE secret_answer_hash IS NOT NULL")) > 300);
    // Nothing happens after now, or before the person existed.
    QVERIFY(none(db, QStringLiteral("SELECT COUNT(*) FROM accounts WHERE created_at > ? OR updated_at > ?"),
                 {at(db, Now), at(db, Now)}));
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN persons p ON p.id = a.person_id"
                                " WHERE p.created_at > a.created_at OR p.certified_at > a.created_at")));
}

void TestDemoSeeder::personsNirsNamesAndEmails()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    const Result<DemoSeeder::Report> report = seed(db, 800);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));

    const QList<QVariantList> persons = rows(
        db,
        QStringLiteral("SELECT nir, sex, last_name, first_names, birth_date, birth_place FROM persons ORDER BY id"));
    QCOMPARE(persons.size(), report->persons);
    QSet<QString> seen, departments, countries, communes;
    QSet<int> sexes, years;
    int overseas = 0, abroad = 0, provisional = 0;
    for (const QVariantList& row : persons) {
        const QString digits = row.at(0).toString();
        Nir::Error error = Nir::Error::None;
        const Nir nir = Nir::parse(digits, &error);
        QVERIFY2(!nir.isNull(), qPrintable(Nir::errorCode(error)));
        QCOMPARE(nir.digits(), digits);
        QCOMPARE(nir.key(), Nir::computeKey(QStringView(digits).first(13)));
        QCOMPARE(row.at(1).toInt(), nir.sex());
        const CivilStatus civil{row.at(2).toString(), row.at(3).toString(), SqlDialect::toDate(row.at(4)),
                                row.at(5).toString()};
        QCOMPARE(civil.birthDate.year() % 100, nir.birthYear());
        QCOMPARE(civil.birthDate.month(), nir.birthMonth());
        QCOMPARE(civil.validate(nir, Now.date()), CivilStatus::Problem::None);
        QVERIFY(civil.birthDate.year() >= 1940 && civil.birthDate.year() <= 2005);
        QVERIFY2(!seen.contains(digits), "NIR given twice");
        seen.insert(digits);
        departments.insert(nir.department());
        sexes.insert(nir.sex());
        years.insert(civil.birthDate.year());
        if (nir.department().size() == 3) {
            ++overseas;
            QVERIFY(nir.department() >= QLatin1String("971") && nir.department() <= QLatin1String("976"));
            QCOMPARE(nir.commune().size(), 2);
        }
        abroad += nir.isBornAbroad() ? 1 : 0;
        (nir.isBornAbroad() ? countries : communes).insert(civil.birthPlace);
        provisional += nir.isProvisional() ? 1 : 0;
    }
    QVERIFY(departments.contains(QStringLiteral("2A")));
    QVERIFY(departments.contains(QStringLiteral("2B")));
    QVERIFY(overseas > 0);
    QVERIFY(abroad > 0);
    QVERIFY(provisional > 0);
    QVERIFY(sexes.contains(1) && sexes.contains(2));
    QVERIFY(departments.size() > 30);
    QVERIFY(*std::max_element(years.cbegin(), years.cend()) >= 2000);
    QVERIFY(*std::min_element(years.cbegin(), years.cend()) <= 1945);

    // Provisional numbers are born abroad and not certified yet; born abroad, the place is a country.
    QVERIFY(none(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE sex IN (7, 8) AND certified")));
    QVERIFY(!countries.intersects(communes));
    QVERIFY(countries.contains(QStringLiteral("Côte d'Ivoire")) || countries.size() > 5);
    // The register carries the same NIRs, once each.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM national_register r JOIN persons p ON p.nir = r.nir")),
             report->registerEntries);

    // Names with accents, hyphens and apostrophes; e-mail addresses derived from them.
    bool accent = false, hyphen = false, apostrophe = false, compoundFirst = false, severalFirst = false;
    for (const QVariantList& row : rows(db, QStringLiteral("SELECT last_name, first_names FROM persons"))) {
        const QString last = row.at(0).toString(), first = row.at(1).toString();
        accent = accent || !isAscii(last) || !isAscii(first);
        hyphen = hyphen || last.contains(u'-');
        apostrophe = apostrophe || last.contains(u'\'');
        compoundFirst = compoundFirst || first.contains(u'-');
        severalFirst = severalFirst || first.contains(u' ');
        QCOMPARE(last.trimmed(), last);
        QVERIFY(!first.contains(QLatin1String("  ")));
    }
    QVERIFY(accent);
    QVERIFY(hyphen);
    QVERIFY(apostrophe);
    QVERIFY(compoundFirst);
    QVERIFY(severalFirst);

    const QStringList domains = QStringLiteral("laposte.net orange.fr gmail.com free.fr sfr.fr wanadoo.fr hotmail.fr"
                                               " yahoo.fr")
                                    .split(u' ');
    QSet<QString> emails, used;
    for (const QVariantList& row : rows(db, QStringLiteral("SELECT email FROM accounts"))) {
        const QString email = row.at(0).toString();
        QVERIFY2(isAscii(email), "e-mail addresses are ASCII");
        QCOMPARE(email.count(u'@'), 1);
        QVERIFY(!email.contains(u' ') && !email.contains(u'\''));
        QCOMPARE(email, email.toLower());
        const QString domain = email.section(u'@', 1);
        QVERIFY(domains.contains(domain));
        used.insert(domain);
        QVERIFY2(!emails.contains(email), "e-mail address given twice");
        emails.insert(email);
    }
    QVERIFY(used.size() >= 4);
    // Birth places with accents and apostrophes too.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE birth_place LIKE '%''%'")) > 0);
}

void TestDemoSeeder::lockoutsFollowFiveFailures()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    QVERIFY(seed(db, 1000).ok());

    // Exactly one open lockout per locked account, none elsewhere, at the account's locked_at.
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM accounts a WHERE a.status = 'locked' AND 1 <> (SELECT"
                                " COUNT(*) FROM lockout_events e WHERE e.account_id = a.id AND e.unlocked_at IS NULL"
                                " AND e.locked_at = a.locked_at)")));
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM lockout_events e JOIN accounts a ON a.id = e.account_id"
                                " WHERE e.unlocked_at IS NULL AND a.status <> 'locked'")));
    // Closed lockouts: unlocked later by an agent or a supervisor, with a reason in French.
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM lockout_events e LEFT JOIN agents g ON g.id = e.unlocked_by"
                                " WHERE e.unlocked_at IS NOT NULL AND (g.role IS NULL OR g.role = 'admin'"
                                " OR e.unlocked_at <= e.locked_at OR e.unlocked_at > ?"
                                " OR e.unlock_reason NOT LIKE '%identité%' OR e.failed_attempts <> 5)"),
                 {at(db, Now)}));
    const qint64 closed
        = scalar(db, QStringLiteral("SELECT COUNT(*) FROM lockout_events WHERE unlocked_at IS NOT NULL"));
    QVERIFY(closed > 50);
    // Each is in the audit trail too, at its time, by its agent, and the chain verifies.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_events e JOIN lockout_events l"
                                   " ON l.account_id = e.account_id AND l.unlocked_at = e.occurred_at"
                                   " AND l.unlocked_by = e.agent_id WHERE e.action = 'unlock'")),
             closed);
    const Result<AuditLog::Verification> chain = AuditLog(db.database().connection().value()).verify();
    QVERIFY(chain && chain->intact);
    // Written in bulk, in the order of the unlocks; the sequencer seals them all, and the seals hold.
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_events a JOIN audit_events b ON b.id > a.id"
                                " WHERE b.occurred_at < a.occurred_at")));
    const QByteArray key = AuditSealer::generateKey();
    AuditSealer sealer(db.database(), key);
    qint64 sealed = 0;
    for (Result<AuditSealer::Pass> pass = sealer.sealPending(); pass && pass->sealed > 0; pass = sealer.sealPending())
        sealed += pass->sealed;
    QCOMPARE(sealed, scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_events")));
    const Result<AuditLog::Verification> seals = AuditLog(db.database().connection().value()).verify(key);
    QVERIFY(seals);
    QVERIFY(seals->intact);
    QCOMPARE(seals->seals, AuditLog::SealCheck::Valid);
    QCOMPARE(seals->sealed, sealed);
    QCOMPARE(seals->unsealed, 0);
    // The repeat counts (migration 012) hold for the bulk-written lockouts: each one's count is the
    // account's lockouts in the 30 days up to it.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM lockout_events WHERE repeat_count >= 3")) >= 3);
    const QList<QVariantList> all = rows(db,
                                         QStringLiteral("SELECT account_id, locked_at, repeat_count"
                                                        " FROM lockout_events ORDER BY account_id, locked_at"));
    for (const QVariantList& row : all) {
        const QDateTime lockedAt = SqlDialect::toDateTime(row.at(1));
        const auto inWindow = std::count_if(all.cbegin(), all.cend(), [&](const QVariantList& other) {
            const QDateTime t = SqlDialect::toDateTime(other.at(1));
            return other.at(0) == row.at(0) && t <= lockedAt && t >= lockedAt.addDays(-30);
        });
        QCOMPARE(row.at(2).toLongLong(), qint64(inWindow));
    }
    // Repeat lockouts: some accounts locked 3 times or more in the last 30 days.
    QVERIFY(rows(db,
                 QStringLiteral("SELECT account_id FROM lockout_events WHERE locked_at >= ? GROUP BY account_id"
                                " HAVING COUNT(*) >= 3"),
                 {at(db, Now.addDays(-30))})
                .size()
            >= 3);
    // History: 90 days, password logins only.
    QVERIFY(none(db, QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE attempted_at < ? OR attempted_at > ?"),
                 {at(db, Now.addDays(-90)), at(db, Now)}));
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM login_attempts WHERE kind <> 'password'"
                                " OR NOT ((success AND outcome = 'ok') OR (NOT success AND outcome IN"
                                " ('wrong_password', 'locked')))")));

    // Each lockout comes right after five wrong passwords within the hour, the fifth at locked_at.
    QHash<qint64, QList<std::pair<QDateTime, QString>>> attempts;
    for (const QVariantList& row : rows(db,
                                        QStringLiteral("SELECT account_id, attempted_at, outcome FROM login_attempts"
                                                       " ORDER BY account_id, attempted_at, id")))
        attempts[row.at(0).toLongLong()].append({SqlDialect::toDateTime(row.at(1)), row.at(2).toString()});
    const QList<QVariantList> lockouts
        = rows(db, QStringLiteral("SELECT account_id, locked_at, unlocked_at FROM lockout_events"));
    QVERIFY(!lockouts.isEmpty());
    for (const QVariantList& lockout : lockouts) {
        const QList<std::pair<QDateTime, QString>>& list = attempts.value(lockout.at(0).toLongLong());
        const QDateTime lockedAt = SqlDialect::toDateTime(lockout.at(1));
        const auto fifth = std::find_if(list.cbegin(), list.cend(), [&](const auto& a) { return a.first == lockedAt; });
        QVERIFY2(fifth != list.cend(), "no attempt at the lockout");
        const qsizetype index = fifth - list.cbegin();
        QVERIFY(index >= 4);
        for (qsizetype i = index - 4; i <= index; ++i)
            QCOMPARE(list.at(i).second, QStringLiteral("wrong_password"));
        QVERIFY(list.at(index - 4).first.msecsTo(lockedAt) <= 60 * 60 * 1000);
        // Until the unlock, attempts are refused as locked.
        const QDateTime unlockedAt = SqlDialect::toDateTime(lockout.at(2));
        for (qsizetype i = index + 1; i < list.size() && (!unlockedAt.isValid() || list.at(i).first < unlockedAt); ++i)
            QCOMPARE(list.at(i).second, QStringLiteral("locked"));
    }
}

void TestDemoSeeder::certification()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    QVERIFY(seed(db, 1000).ok());

    // No account without a certified NIR; uncertified persons carry no reference.
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM accounts a JOIN persons p ON p.id = a.person_id"
                                " WHERE NOT p.certified")));
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM persons WHERE NOT certified AND (certification_ref IS NOT NULL"
                                " OR certified_at IS NOT NULL)")));
    // Certified persons: the reference of their register entry, with the same civil status.
    QVERIFY(none(db,
                 QStringLiteral("SELECT COUNT(*) FROM persons p LEFT JOIN national_register r"
                                " ON r.reference = p.certification_ref AND r.nir = p.nir"
                                " AND r.last_name = p.last_name AND r.first_names = p.first_names"
                                " AND r.birth_date = p.birth_date AND r.birth_place = p.birth_place AND r.sex = p.sex"
                                " WHERE p.certified AND (r.id IS NULL OR p.certified_at IS NULL)")));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE certified AND certification_ref LIKE 'RN-%'"))
            > 900);
    // Uncertified persons: some match their entry (certification would pass), some differ in
    // exactly one field (it would be refused), some have none.
    int matching = 0, differing = 0, missing = 0;
    for (const QVariantList& row :
         rows(db,
              QStringLiteral("SELECT p.last_name, p.first_names, p.birth_date, p.birth_place, r.last_name,"
                             " r.first_names, r.birth_date, r.birth_place, r.id FROM persons p"
                             " LEFT JOIN national_register r ON r.nir = p.nir WHERE NOT p.certified"))) {
        if (row.at(8).isNull()) {
            ++missing;
            continue;
        }
        int differences = 0;
        for (int i = 0; i < 4; ++i) {
            const bool same = i == 2
                ? SqlDialect::toDate(row.at(i)) == SqlDialect::toDate(row.at(i + 4))
                : CivilStatus::fold(row.at(i).toString()) == CivilStatus::fold(row.at(i + 4).toString());
            differences += same ? 0 : 1;
        }
        QVERIFY(differences <= 1);
        (differences == 0 ? matching : differing) += 1;
    }
    QVERIFY2(matching > 0 && differing > 0 && missing > 0,
             qPrintable(QStringLiteral("%1 %2 %3").arg(matching).arg(differing).arg(missing)));
    // Persons certified but never registered on the portal.
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM persons p WHERE p.certified AND NOT EXISTS"
                                  " (SELECT 1 FROM accounts a WHERE a.person_id = p.id)"))
            > 20);
}

void TestDemoSeeder::agentsAndDemoPasswords()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));
    const Result<DemoSeeder::Report> report = seed(db, 300);
    QVERIFY2(report.ok(), qPrintable(report.error().detail()));

    QHash<QString, int> roles;
    for (const DemoSeeder::DemoAgent& agent : report->agents) {
        ++roles[agent.role];
        QVERIFY2(strongEnough(agent.password), qPrintable(agent.password));
        QVERIFY(!agent.displayName.isEmpty());
        const QList<QVariantList> row
            = rows(db, QStringLiteral("SELECT password_hash, role, display_name, active FROM agents WHERE login = ?"),
                   {agent.login});
        QCOMPARE(row.size(), 1);
        QVERIFY(PasswordHasher::verify(row.first().at(0).toString(), agent.password));
        QCOMPARE(row.first().at(1).toString(), agent.role);
        QCOMPARE(row.first().at(2).toString(), agent.displayName);
        QVERIFY(row.first().at(3).toBool());
    }
    QVERIFY(roles.value(QStringLiteral("agent")) >= 2);
    QVERIFY(roles.value(QStringLiteral("supervisor")) >= 2);
    QVERIFY(roles.value(QStringLiteral("admin")) >= 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE role = 'agent'")),
             roles.value(QStringLiteral("agent")));
    QVERIFY(rows(db, QStringLiteral("SELECT display_name FROM agents")).size() == report->agents.size());

    // The documented demo secrets open the accounts: a few shared hashes of each.
    QVERIFY(strongEnough(report->demoAccountPassword));
    QVERIFY(report->demoTemporaryPassword.size() >= 12);
    for (const QChar c : report->demoTemporaryPassword)
        QVERIFY(SecretGenerator::unambiguousAlphabet().contains(c));
    for (const auto& [column, secret, most] :
         {std::tuple{"password_hash", report->demoAccountPassword, 4},
          std::tuple{"temp_password_hash", report->demoTemporaryPassword, 2},
          std::tuple{"secret_answer_hash", CivilStatus::fold(report->demoSecretAnswer), 2}}) { // the portal folds it
        const QString name = QString::fromLatin1(column); // from this list
        const QList<QVariantList> hashes
            = rows(db,
                   QLatin1String("SELECT DISTINCT ") + name + QLatin1String(" FROM accounts WHERE ") + name
                       + QLatin1String(" IS NOT NULL"));
        QVERIFY2(!hashes.isEmpty() && hashes.size() <= most, column);
        QVERIFY2(PasswordHasher::verify(hashes.first().first().toString(), secret), column);
    }
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
