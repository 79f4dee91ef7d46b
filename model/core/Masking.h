#pragma once

#include <QString>

// How personal data is shown before the caller is verified: a fixed run of dots, so that neither
// the value, nor its length, nor any of its letters leaks. What the agent needs to recognise the
// case is the number they typed, the account's state and its mails' status, never a letter of a
// name or an address: an initial or a domain is a hint to whoever is trying to pass for the
// holder (the identity check asks for the names).
class Masking
{
public:
    static QString name(const QString& name); // "Marie-Hélène" -> "•••", "Durand" -> "•••"
    // The first names then the last name, each masked as its own part: "Jean-Pierre", "Martin"
    // -> "••• •••".
    static QString fullName(const QString& firstNames, const QString& lastName);
    // That there is an address, nothing of it: "jean.dupont@laposte.fr" -> "•••@•••"; "•••" for a
    // text without "@".
    static QString email(const QString& email);
    static QString nir(const QString& digits); // "185037510604292" -> "1 85 •• •• ••• ••• ••"
};
