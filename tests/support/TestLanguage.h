#pragma once

#include <QString>
#include <QTranslator>

// Guichet's and Qt's translations for a language ("fr", "en"), as the application loads them, for
// the lifetime of the object; the default locale follows (France, United Kingdom).
class TestLanguage
{
public:
    explicit TestLanguage(const QString& language);
    ~TestLanguage();
    Q_DISABLE_COPY_MOVE(TestLanguage)

private:
    QTranslator m_qt;
    QTranslator m_guichet;
};
