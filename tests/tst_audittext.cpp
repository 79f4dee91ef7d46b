// The audit trail's catalogue and its words: every action the model writes is in the catalogue
// (AuditAction), every action, outcome, refusal and role has words in English and in French, and the
// details an event carries (key=value filters, counts, call reasons, mail kinds) are said in words,
// an unknown key kept as it is.
#include "audit/AuditAction.h"
#include "core/Error.h"
#include "desk/CallCatalog.h"
#include "supervision/AuditText.h"
#include "text/ErrorText.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

namespace {

// Words for people: not empty, not the code, no code-like underscore.
bool inWords(const QString& text, const QString& code)
{
    return !text.trimmed().isEmpty() && text != code && !text.contains(QLatin1Char('_'));
}

QStringList errorCodeNames()
{
    QStringList names;
    for (int value = 1;; ++value) {
        const QString name = Error::codeName(static_cast<ErrorCode>(value));
        if (name == QLatin1String("unknown"))
            return names;
        names.append(name);
    }
}

QString readModelSource(const QString& name)
{
    QFile file(QStringLiteral(GUICHET_MODEL_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestAuditText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue();
    void catalogueMatchesItsDeclaration();
    void modelWritesOnlyCatalogueActions();
    void words_data();
    void words();
    void refusalsUseErrorText();
    void details();
};

void TestAuditText::catalogue()
{
    const QList<AuditAction> actions = AuditActions::all();
    QCOMPARE(actions.size(), 32);
    QSet<QString> codes;
    const QRegularExpression codeShape(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    for (const AuditAction action : actions) {
        const QString code = AuditActions::code(action);
        QVERIFY2(codeShape.match(code).hasMatch(), qPrintable(code));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        QCOMPARE(AuditActions::fromCode(code), std::optional<AuditAction>(action));
    }
    QVERIFY(!AuditActions::fromCode(QStringLiteral("Unlock")).has_value());
    QVERIFY(!AuditActions::fromCode(QString()).has_value());
    // The codes already in the databases never change.
    for (const char* stored : {"lookup",        "verify",         "unlock",    "unlock_bulk",   "reissue",
                               "email_change",  "email_confirm",  "certify",   "call_start",    "call_end",
                               "history_list",  "history_detail", "purge",     "agent_sign_in", "agent_add",
                               "agent_disable", "agent_enable",   "mail_sent", "mail_failed",   "mail_requeued"})
        QVERIFY2(codes.contains(QLatin1String(stored)), stored);

    const QList<AuditOutcome> outcomes = AuditActions::outcomes();
    QSet<QString> outcomeCodes;
    for (const AuditOutcome outcome : outcomes) {
        const QString code = AuditActions::code(outcome);
        QVERIFY2(codeShape.match(code).hasMatch(), qPrintable(code));
        outcomeCodes.insert(code);
        QCOMPARE(AuditActions::outcomeFromCode(code), std::optional<AuditOutcome>(outcome));
    }
    QCOMPARE(outcomeCodes.size(), outcomes.size());
    // An outcome code is never also an ErrorCode's name: a refusal reads as one.
    const QStringList errors = errorCodeNames();
    for (const QString& code : std::as_const(outcomeCodes))
        QVERIFY2(!errors.contains(code), qPrintable(code));
}

// Each enumerator of AuditAction and AuditOutcome, with the code its comment names, is in all() /
// outcomes() with that code: an action added to the enum but not to the catalogue's list fails here.
void TestAuditText::catalogueMatchesItsDeclaration()
{
    const QString header = readModelSource(QStringLiteral("audit/AuditAction.h"));
    QVERIFY(!header.isEmpty());
    for (const QString& enumName : {QStringLiteral("AuditAction"), QStringLiteral("AuditOutcome")}) {
        const qsizetype start = header.indexOf(QStringLiteral("enum class %1 {").arg(enumName));
        QVERIFY(start >= 0);
        const qsizetype end = header.indexOf(QStringLiteral("};"), start);
        const QString body = header.mid(start, end - start);
        const QRegularExpression entry(QStringLiteral("\\n\\s+(\\w+), // \"([a-z_]+)\""));
        QStringList declared;
        for (QRegularExpressionMatchIterator it = entry.globalMatch(body); it.hasNext();)
            declared.append(it.next().captured(2));
        QStringList listed;
        if (enumName == QLatin1String("AuditAction")) {
            for (const AuditAction action : AuditActions::all())
                listed.append(AuditActions::code(action));
        } else {
            for (const AuditOutcome outcome : AuditActions::outcomes())
                listed.append(AuditActions::code(outcome));
        }
        QCOMPARE(listed, declared);
        QCOMPARE(QString(body).count(QStringLiteral(", //")), declared.size()); // no enumerator without its code
    }
}

// What model/ writes: AgentSession::auditEntry takes an AuditAction (the compiler checks those);
// an AuditEntry's action is set only from the catalogue, and the actions the model's SQL names are
// catalogue codes.
void TestAuditText::modelWritesOnlyCatalogueActions()
{
    const QDir folder(QStringLiteral(GUICHET_MODEL_DIR));
    QStringList sources;
    for (QDirIterator it(folder.path(), {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();)
        sources.append(folder.relativeFilePath(it.next()));
    QVERIFY(sources.size() > 20);
    const QRegularExpression assignment(QStringLiteral("\\.action\\s*=(?!=)\\s*([^;]+);"));
    const QRegularExpression sqlAction(
        QStringLiteral("action\\s*(?:=|IN)\\s*\\(?\\s*('[a-z_]+'(?:\\s*,\\s*'[a-z_]+')*)"));
    const QRegularExpression quoted(QStringLiteral("'([a-z_]+)'"));
    int sqlNames = 0;
    for (const QString& name : sources) {
        const QString text = readModelSource(name);
        QVERIFY2(!text.isEmpty(), qPrintable(name));
        for (QRegularExpressionMatchIterator it = assignment.globalMatch(text); it.hasNext();) {
            const QString value = it.next().captured(1).trimmed();
            if (value.startsWith(QLatin1Char(':')))
                continue; // a bound value in SQL ("e.action = :action"), not C++
            const bool fromCatalogue = value.startsWith(QLatin1String("AuditActions::code("));
            const bool readBack = value.contains(QLatin1String("value(")); // a row read from the database
            // An AuditAction itself (ActionAnswer::action), or one read back through the catalogue
            // (std::optional<AuditAction>): the compiler keeps it in the catalogue.
            QString variable = value;
            if (variable.startsWith(QLatin1Char('*')))
                variable.remove(0, 1);
            const bool typed = value.startsWith(QLatin1String("AuditAction::"))
                || text.contains(QRegularExpression(
                    QStringLiteral("\\bAuditAction>?\\s+%1\\b").arg(QRegularExpression::escape(variable))));
            QVERIFY2(fromCatalogue || readBack || typed, qPrintable(name + QLatin1String(": .action = ") + value));
        }
        for (QRegularExpressionMatchIterator it = sqlAction.globalMatch(text); it.hasNext();) {
            const QString list = it.next().captured(1);
            for (QRegularExpressionMatchIterator code = quoted.globalMatch(list); code.hasNext();) {
                const QString action = code.next().captured(1);
                ++sqlNames;
                QVERIFY2(AuditActions::fromCode(action).has_value(), qPrintable(name + QLatin1String(": ") + action));
            }
        }
    }
    QVERIFY(sqlNames > 0); // CallStatistics names unlock, unlock_bulk and reissue
}

void TestAuditText::words_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestAuditText::words()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language == QLatin1String("fr")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/guichet_fr.qm")));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    for (const AuditAction action : AuditActions::all()) {
        const QString code = AuditActions::code(action);
        QVERIFY2(inWords(AuditText::action(action), code), qPrintable(code));
        QCOMPARE(AuditText::action(code), AuditText::action(action));
    }
    QCOMPARE(AuditText::action(QStringLiteral("not_an_action")), QStringLiteral("not_an_action")); // shown, not dropped
    for (const AuditOutcome outcome : AuditActions::outcomes()) {
        const QString code = AuditActions::code(outcome);
        QVERIFY2(inWords(AuditText::outcome(code), code), qPrintable(code));
        QVERIFY(!AuditText::isRefusal(code));
    }
    for (const QString& code : errorCodeNames())
        QVERIFY2(inWords(AuditText::outcome(code), code), qPrintable(code));
    for (const QString& role :
         {QStringLiteral("agent"), QStringLiteral("supervisor"), QStringLiteral("admin"), QStringLiteral("system")}) {
        QVERIFY2(!AuditText::role(role).isEmpty(), qPrintable(role));
    }
    QVERIFY(AuditText::role(QStringLiteral("admin")) != QLatin1String("admin"));
    for (const QString& kind : {QStringLiteral("temporary_password"), QStringLiteral("email_confirmation"),
                                QStringLiteral("address_change_notice")})
        QVERIFY2(inWords(AuditText::mailKind(kind), kind), qPrintable(kind));
    if (language == QLatin1String("fr"))
        QCoreApplication::removeTranslator(&translator);
}

void TestAuditText::refusalsUseErrorText()
{
    QVERIFY(AuditText::isRefusal(QStringLiteral("forbidden")));
    QVERIFY(!AuditText::isRefusal(QStringLiteral("not_found")));
    QVERIFY(!AuditText::isRefusal(QStringLiteral("ok")));
    QCOMPARE(AuditText::outcome(QStringLiteral("ok")), QStringLiteral("done"));
    QCOMPARE(AuditText::outcome(QStringLiteral("forbidden")),
             QStringLiteral("refused: ") + ErrorText::error(Error(ErrorCode::Forbidden)));
    QCOMPARE(AuditText::outcome(QStringLiteral("not_verified")),
             QStringLiteral("refused: ") + ErrorText::error(Error(ErrorCode::NotVerified)));
    QVERIFY(AuditText::outcome(QStringLiteral("conflict")).startsWith(QStringLiteral("refused: ")));
    QVERIFY(!AuditText::outcome(QStringLiteral("conflict")).contains(QStringLiteral("conflict")));
    QCOMPARE(AuditText::outcome(QStringLiteral("wrong_password")), QStringLiteral("refused: wrong password"));
    QCOMPARE(AuditText::outcome(QStringLiteral("pass")), QStringLiteral("identity confirmed"));
    QCOMPARE(AuditText::outcome(QStringLiteral("something_new")), QStringLiteral("something_new"));
    QCOMPARE(AuditText::role(QStringLiteral("supervisor")), QStringLiteral("supervisor"));
    QCOMPARE(AuditText::role(QStringLiteral("admin")), QStringLiteral("administrator"));
}

void TestAuditText::details()
{
    const QHash<qint64, QString> agents{{7, QStringLiteral("bruno")}};
    const QDateTime from(QDate(2026, 12, 1), QTime(9, 30), QTimeZone::utc());
    const QDateTime to(QDate(2027, 1, 1), QTime(17, 45), QTimeZone::utc());
    const QString listing = AuditText::details(
        QStringLiteral("history_list"),
        QStringLiteral("from=2026-12-01T09:30:00Z;to=2027-01-01T17:45:00Z;state=locked;agent=7;nir=yes;repeat=yes;"
                       "colour=blue"),
        agents);
    QVERIFY2(listing.contains(QStringLiteral("from ") + QLocale().toString(from.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("until ") + QLocale().toString(to.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(listing));
    // Day bounds (local midnight) are days; the excluded end is said as the last day covered.
    const QDateTime dayStart(QDate(2026, 12, 1), QTime(0, 0));
    const QDateTime dayEnd(QDate(2026, 12, 8), QTime(0, 0));
    const QString days
        = AuditText::details(QStringLiteral("history_list"),
                             QStringLiteral("from=%1;to=%2")
                                 .arg(dayStart.toUTC().toString(Qt::ISODate), dayEnd.toUTC().toString(Qt::ISODate)));
    QCOMPARE(days,
             QStringLiteral("from %1, until %2")
                 .arg(QLocale().toString(QDate(2026, 12, 1), QLocale::ShortFormat),
                      QLocale().toString(QDate(2026, 12, 7), QLocale::ShortFormat)));
    QVERIFY2(listing.contains(QStringLiteral("still locked only")), qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("unlocked by bruno")), qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("one social-security number")), qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("repeated lockouts only")), qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("colour=blue")), qPrintable(listing)); // unknown: as it is
    for (const char* code : {"from=", "to=", "state=", "agent=", "nir=", "repeat=", "2026-12-01T"})
        QVERIFY2(!listing.contains(QLatin1String(code)), qPrintable(listing));
    QCOMPARE(AuditText::details(QStringLiteral("history_list"), QStringLiteral("state=all;agent=9")),
             QStringLiteral("all lockouts, unlocked by agent no. 9"));

    // Plural forms come from the English catalogue ("day(s)" untranslated): the numbers, in words.
    const QString purge
        = AuditText::details(QStringLiteral("purge"),
                             QStringLiteral("older_than_days=365;login_attempts=12;consultations=1;identity_checks=3"));
    QVERIFY2(purge.startsWith(QStringLiteral("older than 365 day")), qPrintable(purge));
    QVERIFY2(purge.contains(QStringLiteral(", 12 login attempt")), qPrintable(purge));
    QVERIFY2(purge.contains(QStringLiteral(", 1 consultation")), qPrintable(purge));
    QVERIFY2(purge.contains(QStringLiteral(", 3 identity check")), qPrintable(purge));
    QVERIFY2(!purge.contains(QLatin1Char('=')) && !purge.contains(QLatin1Char('_')), qPrintable(purge));
    QCOMPARE(AuditText::details(QStringLiteral("history_detail"), QStringLiteral("event=42")),
             QStringLiteral("lockout no. 42"));
    // The audit trail's own reading, in words.
    QCOMPARE(AuditText::details(QStringLiteral("audit_list"), QStringLiteral("by=9;account=3;action=unlock"),
                                {{9, QStringLiteral("sophie")}}),
             QStringLiteral("events by sophie, account no. 3, events: Unlock"));
    const QString verified = AuditText::details(QStringLiteral("audit_verify"), QStringLiteral("events=12;intact=no"));
    QVERIFY2(verified.startsWith(QStringLiteral("12 event")) && verified.endsWith(QStringLiteral(", chain broken")),
             qPrintable(verified));
    QCOMPARE(AuditText::details(QStringLiteral("call_start"), QStringLiteral("registration")),
             CallCatalog::reasonLabel(QStringLiteral("registration")));
    QCOMPARE(AuditText::details(QStringLiteral("call_end"), QStringLiteral("resolved")),
             CallCatalog::outcomeLabel(QStringLiteral("resolved")));
    QCOMPARE(AuditText::details(QStringLiteral("agent_add"), QStringLiteral("supervisor")),
             QStringLiteral("role: supervisor"));
    QCOMPARE(AuditText::details(QStringLiteral("mail_sent"), QStringLiteral("temporary_password")),
             QStringLiteral("temporary password"));
    QCOMPARE(AuditText::details(QStringLiteral("mail_failed"), QStringLiteral("email_confirmation: 550 no such user")),
             QStringLiteral("e-mail confirmation code: 550 no such user"));
    QCOMPARE(
        AuditText::details(QStringLiteral("mail_requeued"), QStringLiteral("temporary_password: dead, queued again")),
        QStringLiteral("temporary password: given up before, queued again"));
    // Typed by an agent, or unknown to the catalogue: as it is.
    QCOMPARE(AuditText::details(QStringLiteral("unlock"), QStringLiteral("caller locked out, state=fine")),
             QStringLiteral("caller locked out, state=fine"));
    QCOMPARE(AuditText::details(QStringLiteral("not_an_action"), QStringLiteral("a=b")), QStringLiteral("a=b"));
    QCOMPARE(AuditText::details(QStringLiteral("unlock"), QString()), QString());
}

QTEST_GUILESS_MAIN(TestAuditText)
#include "tst_audittext.moc"
