// guichet: the desk console. The agent signs in, then the desk window takes the calls.
#include "AgentAuthService.h"
#include "AppContext.h"
#include "CallService.h"
#include "CertificationService.h"
#include "Database.h"
#include "DatabaseWorker.h"
#include "DeskWindow.h"
#include "ErrorText.h"
#include "HelpdeskService.h"
#include "Migrator.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>

#include <memory>

namespace {

// The translation context of what main() says.
class GuichetMain
{
    Q_DECLARE_TR_FUNCTIONS(GuichetMain)
};

// Before the event loop runs, a modal box is the one way to tell a desktop user why the
// application will not start.
int refuseToStart(const QString& text, const QString& detail = {})
{
    QMessageBox box(QMessageBox::Critical, QStringLiteral("Guichet"), text, QMessageBox::Ok);
    box.setInformativeText(detail);
    box.exec();
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppContext::setApplicationInfo(); // QSettings and the default database folder follow from it

    // The language is needed before the options are described, so --lang is read ahead.
    QString language;
    const QStringList arguments = QCoreApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    AppContext::installTranslators(app, AppContext::chooseLanguage(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(GuichetMain::tr("Desk console of the online-services hotline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("database")},
        //: Command-line help; keep sqlite:PATH and postgresql:// as they are.
        GuichetMain::tr("The database: sqlite:PATH or postgresql://USER@HOST:PORT/NAME. Default: the GUICHET_DATABASE "
                        "environment variable, else the file in your data folder."),
        QStringLiteral("URL"));
    const QCommandLineOption languageOption(
        QStringList{QStringLiteral("lang")},
        //: Command-line help.
        GuichetMain::tr("The language of the interface: fr or en. Default: the system's."), QStringLiteral("fr|en"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.process(app); // --help, --version and unknown options end here

    DatabaseUrl::ParseError urlError = DatabaseUrl::ParseError::None;
    const DatabaseUrl url = AppContext::resolveDatabaseUrl(parser.value(databaseOption), &urlError);
    if (urlError != DatabaseUrl::ParseError::None || !url.isValid())
        return refuseToStart(GuichetMain::tr("Guichet cannot start: the database address is not valid."),
                             ErrorText::databaseUrl(urlError));

    // Declared in this order so that they are destroyed in the reverse one: the window first, then
    // the worker (it finishes its jobs and closes its thread's connection), then the service its
    // jobs use, then the database.
    Database database(url);
    {
        // The schema is brought up to date here, on the UI thread, once, before any window shows:
        // acceptable while it is quick; a progress window on the worker can come later.
        Migrator migrator(database);
        const Result<int> version = migrator.migrate();
        if (!version)
            return refuseToStart(GuichetMain::tr("Guichet cannot open its database."),
                                 ErrorText::error(version.error()));
    }
    AgentAuthService auth(database);
    CallService calls(database);
    HelpdeskService helpdesk(database);
    CertificationService certification(database);
    DatabaseWorker worker(database);
    const DeskServices services{auth, calls, helpdesk, certification, worker};

    // Sign-in first (non-blocking: open(), then the desk on accepted); closing it ends the program.
    std::unique_ptr<DeskWindow> window;
    SignInDialog signIn(auth, worker);
    QObject::connect(&signIn, &QDialog::accepted, &signIn, [&window, &signIn, &services] {
        window = std::make_unique<DeskWindow>(services, signIn.session());
        window->show();
    });
    QObject::connect(&signIn, &QDialog::rejected, &app, &QCoreApplication::quit);
    signIn.open();
    const int status = QApplication::exec();
    window.reset(); // before the worker and the services it uses
    return status;
}
