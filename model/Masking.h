#pragma once

#include <QString>

// How personal data is shown before the caller is verified: the first letter of each part and
// a fixed-length run of dots, so that neither the value nor its length leaks.
class Masking
{
public:
    static QString name(const QString& name); // "Marie-Hélène Durand" -> "M••• D•••"
    static QString email(const QString& email); // "jean.dupont@laposte.fr" -> "j•••@l•••.fr"
    static QString nir(const QString& digits); // "185037510604292" -> "1 85 •• •• ••• ••• ••"
};
