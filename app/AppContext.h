#pragma once

#include "DatabaseUrl.h"

#include <QString>

class QCoreApplication;

// Start-up wiring shared by guichet and guichetctl: application identity (for QStandardPaths),
// language, translations and the database URL.
class AppContext
{
public:
    static void setApplicationInfo();

    // "fr" or "en": the requested one when it is one of them, else the system locale's language
    // when it is English, else French (the users' language).
    static QString chooseLanguage(const QString& requested);
    // Loads Qt's own translation and Guichet's (:/i18n/guichet_<lang>.qm) and sets the default
    // locale for dates and numbers. The translators are children of app.
    static void installTranslators(QCoreApplication& app, const QString& language);

    // --database when given, else the GUICHET_DATABASE environment variable, else the default
    // SQLite file in the user's data folder. (guichetctl puts a connection profile, when one is
    // named, between --database and GUICHET_DATABASE.)
    static DatabaseUrl resolveDatabaseUrl(const QString& option, DatabaseUrl::ParseError* error);
    // The connection profile asked for: --profile when given, else the GUICHET_PROFILE environment
    // variable; empty when neither names one.
    static QString resolveProfileName(const QString& option);
};
