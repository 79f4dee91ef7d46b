#pragma once

#include <QString>

// How personal data is shown before the caller is verified: the first letter of each part and
// a fixed-length run of dots, so that neither the value nor its length leaks.
class Masking
{
public:
    // One name part (the first names, or the last name): the initials of its first two words.
    static QString name(const QString& name); // "Marie-Hélène" -> "M••• H•••", "Durand" -> "D•••"
    // The first names then the last name, each masked as its own part, so that a compound first
    // name never hides the last name's initial: "Jean-Pierre", "Martin" -> "J••• P••• M•••".
    static QString fullName(const QString& firstNames, const QString& lastName);
    static QString email(const QString& email); // "jean.dupont@laposte.fr" -> "j•••@l•••.fr"
    static QString nir(const QString& digits); // "185037510604292" -> "1 85 •• •• ••• ••• ••"
};
