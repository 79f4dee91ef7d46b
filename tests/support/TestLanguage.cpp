#include "support/TestLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

TestLanguage::TestLanguage(const QString& language)
{
    const bool french = language == QLatin1String("fr");
    QLocale::setDefault(
        QLocale(french ? QLocale::French : QLocale::English, french ? QLocale::France : QLocale::UnitedKingdom));
    if (m_qt.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    if (m_guichet.load(QStringLiteral(":/i18n/guichet_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_guichet);
    else
        qWarning("no Guichet translation for %s", qPrintable(language));
}

TestLanguage::~TestLanguage()
{
    QCoreApplication::removeTranslator(&m_guichet);
    QCoreApplication::removeTranslator(&m_qt);
    QLocale::setDefault(QLocale::c());
}
