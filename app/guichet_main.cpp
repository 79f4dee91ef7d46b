// guichet: the desk console. The agent signs in, then the desk window takes the calls.
#include "AppContext.h"
#include "DeskApplication.h"
#include "SessionEndWatcher.h"
#include "WindowShownReporter.h"
#include "common/AccessibleComboBox.h"
#include "common/ApplicationIcon.h"
#include "core/BuildInfo.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>

#include <memory>

namespace {

// The translation context of what main() says.
class GuichetMain
{
    Q_DECLARE_TR_FUNCTIONS(GuichetMain)
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // Combo boxes named by their labels for screen readers, from the first window on (the sign-in).
    AccessibleComboBox::install();
    AppContext::setApplicationInfo(); // QSettings and the default database folder follow from it
    // Every window's icon; the menu entry that window lists match the windows with (its name is the
    // organisation domain reversed: resources/desktop).
    QApplication::setWindowIcon(ApplicationIcon::icon());
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.guichet.Guichet"));

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
        GuichetMain::tr("The database: sqlite:PATH or postgresql://USER@HOST:PORT/NAME; it wins over --profile. "
                        "Without either: the GUICHET_DATABASE environment variable, else GUICHET_PROFILE, else the "
                        "connection profile used last, else the file in your data folder."),
        QStringLiteral("URL"));
    const QCommandLineOption languageOption(
        QStringList{QStringLiteral("lang")},
        //: Command-line help.
        GuichetMain::tr("The language of the interface: fr or en. Default: the system's."), QStringLiteral("fr|en"));
    const QCommandLineOption profileOption(
        QStringList{QStringLiteral("profile")},
        //: Command-line help.
        GuichetMain::tr("The connection profile to use, unless --database is given. Default: see --database."),
        QStringLiteral("NAME"));
    parser.addOption(databaseOption);
    parser.addOption(languageOption);
    parser.addOption(profileOption);
    // --version says which commit too: "Guichet 0.1.0 (4f2a9c1e7b3d)".
    QCoreApplication::setApplicationVersion(BuildInfo::version() + QStringLiteral(" (") + BuildInfo::commit()
                                            + QLatin1Char(')'));
    parser.process(app); // --help, --version and unknown options end here

    QSettings settings;
    KeychainSecretStore secrets;
    // Which database: ConnectionChoice's order, the same as guichetctl's.
    DeskApplication desk(
        settings, secrets,
        ConnectionChoice::Request::fromEnvironment(parser.value(databaseOption), parser.value(profileOption)));
    QObject::connect(&desk, &DeskApplication::finished, &app, &QCoreApplication::quit);
    QObject::connect(&desk, &DeskApplication::cannotStart, &app, [&app](const QString& text, const QString& detail) {
        auto* box = new QMessageBox(QMessageBox::Critical, QStringLiteral("Guichet"), text, QMessageBox::Ok);
        box->setInformativeText(detail);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, &app, [] { QCoreApplication::exit(1); });
        box->open();
    });
    // The session ends without the agent (logout, shutdown, SIGTERM, a console closed): the call in
    // progress ends as interrupted. The desk's own Quit asks first (DeskWindow).
    SessionEndWatcher watcher;
    QObject::connect(&watcher, &SessionEndWatcher::sessionEnding, &desk, &DeskApplication::endSession);
    QObject::connect(&app, &QGuiApplication::commitDataRequest, &desk, [&desk] { desk.endSession(); });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &desk, [&desk] { desk.endSession(); });
    // GUICHET_REPORT_SHOWN set: a line on standard output when each window is shown.
    std::unique_ptr<WindowShownReporter> shownReporter;
    if (qEnvironmentVariableIsSet("GUICHET_REPORT_SHOWN"))
        shownReporter = std::make_unique<WindowShownReporter>();
    desk.start();
    return QApplication::exec();
}
