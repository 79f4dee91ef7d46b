#include "identity/Nir.h"
#include "text/ErrorText.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// The translation catalogues: translations/guichet_fr.ts and guichet_en.ts as lupdate and the translators leave
// them (complete, placeholders kept), and the .qm files compiled from them, embedded under :/i18n.

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // the <translation> type attribute: empty when finished, "unfinished", "vanished", "obsolete"
    QString translation; // when not numerus
    QStringList forms; // the <numerusform>s, when numerus
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

QString tsPath(const QString& name)
{
    return QStringLiteral(GUICHET_TRANSLATIONS_DIR "/") + name;
}

TsFile readTs(const QString& path)
{
    TsFile file;
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        file.error = QStringLiteral("cannot open %1: %2").arg(path, device.errorString());
        return file;
    }
    QXmlStreamReader xml(&device);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"TS") {
                file.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                inMessage = true;
                message = TsMessage();
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (inMessage && name == u"source") {
                message.source = xml.readElementText();
            } else if (inMessage && name == u"comment") {
                message.comment = xml.readElementText();
            } else if (inMessage && name == u"translation") {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (inMessage && name == u"numerusform") {
                message.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            inMessage = false;
            // Entries lupdate keeps for removed code are not compiled; -no-obsolete should leave none.
            if (message.type != u"vanished" && message.type != u"obsolete")
                file.messages.append(message);
        }
    }
    if (xml.hasError())
        file.error = QStringLiteral("%1:%2:%3: %4")
                         .arg(path)
                         .arg(xml.lineNumber())
                         .arg(xml.columnNumber())
                         .arg(xml.errorString());
    return file;
}

// How a failure names a message: its context and its English source text.
QString describe(const TsMessage& message)
{
    QString text = message.context + QStringLiteral(" / \"") + message.source + u'"';
    if (!message.comment.isEmpty())
        text += QStringLiteral(" (") + message.comment + u')';
    return text;
}

// %1 to %9 (also %L1…) and %n, as QString::arg and tr()'s plural handling read them.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?[1-9n]"));
    QSet<QString> found;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

QStringList translations(const TsMessage& message)
{
    return message.numerus ? message.forms : QStringList{message.translation};
}

QString failures(const QStringList& lines)
{
    return QString::number(lines.size()) + QStringLiteral(" problem(s):\n  ") + lines.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readable_data();
    void readable();
    void complete_data();
    void complete();
    void placeholdersKept_data();
    void placeholdersKept();
    void sameMessages();
    void compiledCatalogues_data();
    void compiledCatalogues();
    void frenchDiffersFromEnglish();

private:
    static void addFiles();
};

void TestTranslations::addFiles()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::newRow("fr") << QStringLiteral("guichet_fr.ts") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("guichet_en.ts") << QStringLiteral("en");
}

void TestTranslations::readable_data()
{
    addFiles();
}

void TestTranslations::readable()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const TsFile file = readTs(tsPath(name));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QVERIFY2(file.language.startsWith(language), qPrintable(file.language));
    QVERIFY(!file.messages.isEmpty());
}

void TestTranslations::complete_data()
{
    addFiles();
}

void TestTranslations::complete()
{
    QFETCH(QString, name);
    const TsFile file = readTs(tsPath(name));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QStringList problems;
    for (const TsMessage& message : file.messages) {
        if (message.type == u"unfinished") {
            problems.append(QStringLiteral("unfinished: ") + describe(message));
            continue;
        }
        if (message.numerus) {
            // French and English both have two plural forms in Qt's rules: one, and other.
            if (message.forms.size() != 2)
                problems.append(QStringLiteral("%1 numerus form(s) instead of 2: ").arg(message.forms.size())
                                + describe(message));
            for (qsizetype i = 0; i < message.forms.size(); ++i) {
                if (message.forms.at(i).trimmed().isEmpty())
                    problems.append(QStringLiteral("empty numerus form %1 of %2: ").arg(i + 1).arg(message.forms.size())
                                    + describe(message));
            }
        } else if (message.translation.trimmed().isEmpty()) {
            problems.append(QStringLiteral("empty translation: ") + describe(message));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(name + u' ' + failures(problems)));
}

void TestTranslations::placeholdersKept_data()
{
    addFiles();
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, name);
    const TsFile file = readTs(tsPath(name));
    QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    QStringList problems;
    for (const TsMessage& message : file.messages) {
        const QSet<QString> wanted = placeholders(message.source);
        if (wanted.isEmpty())
            continue;
        const QStringList texts = translations(message);
        for (const QString& text : texts) {
            if (text.isEmpty())
                continue; // complete() reports it
            const QSet<QString> lost = wanted - placeholders(text);
            if (!lost.isEmpty()) {
                QStringList names = lost.values();
                names.sort();
                problems.append(names.join(QStringLiteral(", ")) + QStringLiteral(" missing from \"") + text
                                + QStringLiteral("\": ") + describe(message));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(name + u' ' + failures(problems)));
}

void TestTranslations::sameMessages()
{
    const TsFile french = readTs(tsPath(QStringLiteral("guichet_fr.ts")));
    const TsFile english = readTs(tsPath(QStringLiteral("guichet_en.ts")));
    QVERIFY2(french.error.isEmpty(), qPrintable(french.error));
    QVERIFY2(english.error.isEmpty(), qPrintable(english.error));

    const auto keys = [](const TsFile& file) {
        QSet<QString> set;
        for (const TsMessage& message : file.messages)
            set.insert(describe(message));
        return set;
    };
    const QSet<QString> frenchKeys = keys(french);
    const QSet<QString> englishKeys = keys(english);
    QStringList problems;
    for (const QString& key : frenchKeys - englishKeys)
        problems.append(QStringLiteral("only in guichet_fr.ts: ") + key);
    for (const QString& key : englishKeys - frenchKeys)
        problems.append(QStringLiteral("only in guichet_en.ts: ") + key);
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
    QCOMPARE(french.messages.size(), english.messages.size());
}

void TestTranslations::compiledCatalogues_data()
{
    addFiles();
}

void TestTranslations::compiledCatalogues()
{
    QFETCH(QString, language);
    const QString path = QStringLiteral(":/i18n/guichet_%1.qm").arg(language);
    QTranslator translator;
    QVERIFY2(translator.load(path), qPrintable(path));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language().left(2), language);
}

void TestTranslations::frenchDiffersFromEnglish()
{
    // No translator is installed yet: ErrorText gives the English source text.
    const QString english = ErrorText::nir(Nir::Error::InvalidMonth);
    QVERIFY(!english.isEmpty());

    QTranslator french;
    QVERIFY(french.load(QStringLiteral(":/i18n/guichet_fr.qm")));
    const QString translated = french.translate("ErrorText", english.toUtf8().constData());
    QVERIFY2(!translated.isEmpty(), qPrintable(QStringLiteral("no French for \"") + english + u'"'));
    QVERIFY2(translated != english, qPrintable(translated));

    QTranslator englishTranslator;
    QVERIFY(englishTranslator.load(QStringLiteral(":/i18n/guichet_en.qm")));
    QCOMPARE(englishTranslator.translate("ErrorText", english.toUtf8().constData()), english);

    // And through tr(), as the application uses it.
    QVERIFY(QCoreApplication::installTranslator(&french));
    const QString installed = ErrorText::nir(Nir::Error::InvalidMonth);
    QCoreApplication::removeTranslator(&french);
    QCOMPARE(installed, translated);
    QCOMPARE(ErrorText::nir(Nir::Error::InvalidMonth), english);
}

QTEST_GUILESS_MAIN(TestTranslations)

#include "tst_translations.moc"
