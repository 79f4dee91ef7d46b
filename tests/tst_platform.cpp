// app/Platform, the one file that calls the operating system: a stream that is no terminal, the
// stop requests of the mail service and the audit sequencer (SIGTERM, SIGINT here; the console's
// events on Windows), and the desk's session end (one watch per process).
#include "Platform.h"

#include <QObject>
#include <QTemporaryFile>
#include <QTest>

#include <csignal>
#include <cstdio>

class TestPlatform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileIsNoTerminal();
    void stopRequestSetsTheFlag_data();
    void stopRequestSetsTheFlag();
    void sessionEndIsOnePerProcess();
};

void TestPlatform::fileIsNoTerminal()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    std::FILE* stream = std::fopen(QFile::encodeName(file.fileName()).constData(), "r");
    QVERIFY(stream != nullptr);
    QVERIFY(!Platform::isTerminal(stream));
    QVERIFY(!Platform::disableEcho(stream)); // nothing to restore
    QString line;
#ifndef Q_OS_WIN
    QVERIFY(!Platform::readConsoleLine(stream, &line)); // the caller reads the bytes
#endif
    std::fclose(stream);
}

void TestPlatform::stopRequestSetsTheFlag_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM (systemctl stop)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestPlatform::stopRequestSetsTheFlag()
{
#ifdef Q_OS_WIN
    QSKIP("Windows stops through the console's events (GenerateConsoleCtrlEvent), not signals");
#endif
    QFETCH(int, signal);
    QVERIFY(Platform::watchStopRequests());
    QVERIFY(!Platform::stopRequested());
    QCOMPARE(std::raise(signal), 0); // the process lives on: only the flag is set
    QVERIFY(Platform::stopRequested());
    Platform::unwatchStopRequests();
    QVERIFY(Platform::watchStopRequests()); // a new run starts without the old request
    QVERIFY(!Platform::stopRequested());
    Platform::unwatchStopRequests();
}

void TestPlatform::sessionEndIsOnePerProcess()
{
    QObject context;
    int endings = 0;
    QVERIFY(Platform::watchSessionEnd(&context, [&endings] { ++endings; }));
    QVERIFY(!Platform::watchSessionEnd(&context, [] {})); // one per process
#ifndef Q_OS_WIN
    QCOMPARE(std::raise(SIGHUP), 0); // a logout: on the context's thread, through the event loop
    QTRY_COMPARE(endings, 1);
#endif
    Platform::unwatchSessionEnd();
    QVERIFY(Platform::watchSessionEnd(&context, [] {})); // free again once unwatched
    Platform::unwatchSessionEnd();
}

QTEST_GUILESS_MAIN(TestPlatform)
#include "tst_platform.moc"
