#include "CtlMailerCommands.h"

#include "CtlOutput.h"
#include "Database.h"
#include "EmlDirectoryTransport.h"
#include "ErrorText.h"
#include "Logging.h"
#include "MailDispatcher.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>

#include <csignal>

namespace {

const QString optOnce = QStringLiteral("once");
const QString optDeliverToDir = QStringLiteral("deliver-to-dir");
constexpr int PassIntervalMs = 5000;
constexpr int StopPollMs = 200;

volatile std::sig_atomic_t stopRequested = 0;

extern "C" void requestStop(int)
{
    stopRequested = 1;
}

QJsonObject describe(const DispatchReport& report)
{
    return QJsonObject{{QStringLiteral("sent"), report.sent},
                       {QStringLiteral("failed"), report.failed},
                       {QStringLiteral("dead"), report.dead}};
}

} // namespace

CtlMailerCommands::CtlMailerCommands(QCommandLineParser& parser, Database& database)
    : m_parser(parser), m_database(database)
{ }

void CtlMailerCommands::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {optOnce, tr("mailer run: deliver what is due once, then stop.")},
        {optDeliverToDir, tr("mailer run: write each message as an .eml file into this folder."), tr("folder")},
    });
}

QString CtlMailerCommands::commandSummary()
{
    return tr("  mailer run --deliver-to-dir DIR [--once]   deliver the mail outbox (until SIGINT/SIGTERM without "
              "--once)\n");
}

int CtlMailerCommands::run(const QStringList& argumentsAfterMailer)
{
    if (argumentsAfterMailer != QStringList{QStringLiteral("run")})
        return CtlOutput::usage(tr("Unknown mailer command: %1").arg(argumentsAfterMailer.join(QLatin1Char(' '))),
                                m_parser.helpText() + commandSummary());
    const QString directory = m_parser.value(optDeliverToDir);
    if (!m_parser.isSet(optDeliverToDir) || directory.isEmpty())
        return CtlOutput::usage(tr("mailer run needs --deliver-to-dir DIR: SMTP delivery arrives later."));

    EmlDirectoryTransport transport(directory);
    MailDispatcher dispatcher(m_database, transport);
    return m_parser.isSet(optOnce) ? runOnce(dispatcher) : runUntilStopped(dispatcher);
}

int CtlMailerCommands::runOnce(MailDispatcher& dispatcher)
{
    const Result<DispatchReport> report = dispatcher.runOnce(QDateTime::currentDateTimeUtc());
    if (!report)
        return CtlOutput::refused(report.error().codeName(), ErrorText::error(report.error()));
    return CtlOutput::success(describe(report.value()));
}

int CtlMailerCommands::runUntilStopped(MailDispatcher& dispatcher)
{
    stopRequested = 0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);

    DispatchReport total;
    auto pass = [&] {
        const Result<DispatchReport> report = dispatcher.runOnce(QDateTime::currentDateTimeUtc());
        if (!report) {
            // A database that is down now may be back at the next pass.
            qCWarning(lcMail) << "mailer pass failed:" << report.error().codeName() << report.error().detail();
            return;
        }
        total.sent += report->sent;
        total.failed += report->failed;
        total.dead += report->dead;
    };

    QTimer passTimer;
    passTimer.setInterval(PassIntervalMs);
    QObject::connect(&passTimer, &QTimer::timeout, &passTimer, pass);
    QTimer stopTimer;
    stopTimer.setInterval(StopPollMs);
    QObject::connect(&stopTimer, &QTimer::timeout, &stopTimer, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });

    pass();
    if (!stopRequested) {
        passTimer.start();
        stopTimer.start();
        QCoreApplication::exec();
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return CtlOutput::success(describe(total));
}
