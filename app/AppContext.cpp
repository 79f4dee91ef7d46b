#include "AppContext.h"

#include "core/BuildInfo.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void AppContext::setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Guichet"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("guichet.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationVersion(BuildInfo::version());
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
