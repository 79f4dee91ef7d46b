#pragma once

#include <QString>

class QCoreApplication;

// Start-up wiring shared by guichet and guichetctl: application identity (for QStandardPaths),
// language and translations. Which database both open: ConnectionChoice (model).
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
};
