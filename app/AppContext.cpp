#include "AppContext.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void AppContext::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Guichet"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("guichet.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
}

QString AppContext::chooseLanguage(const QString& requested)
{
    const QString wanted = requested.trimmed().toLower().left(2);
    if (wanted == QLatin1String("fr") || wanted == QLatin1String("en"))
        return wanted;
    if (QLocale::system().language() == QLocale::English)
        return QStringLiteral("en");
    return QStringLiteral("fr");
}

void AppContext::installTranslators(QCoreApplication& app, const QString& language)
{
    const QLocale system = QLocale::system();
    const QLocale locale = system.language() == QLocale(language).language() ? system : QLocale(language);
    QLocale::setDefault(locale);

    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/guichet_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

DatabaseUrl AppContext::resolveDatabaseUrl(const QString& option, DatabaseUrl::ParseError* error)
{
    if (!option.isEmpty())
        return DatabaseUrl::parse(option, error);
    const QString fromEnvironment = qEnvironmentVariable("GUICHET_DATABASE");
    if (!fromEnvironment.isEmpty())
        return DatabaseUrl::parse(fromEnvironment, error);
    if (error)
        *error = DatabaseUrl::ParseError::None;
    return DatabaseUrl::defaultUrl();
}

QString AppContext::resolveProfileName(const QString& option)
{
    if (!option.isEmpty())
        return option;
    return qEnvironmentVariable("GUICHET_PROFILE");
}
