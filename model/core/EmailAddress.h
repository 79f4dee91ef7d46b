#pragma once

#include <QString>

// E-mail addresses as typed at a desk or on the portal.
//
// A caller's address (check(), isPublic()) must be a public Internet address, because the portal's
// mail goes out through a public relay to the caller's own mailbox: one @; a local part of at most
// 64 characters from RFC 5322's dot-atom (unaccented letters, digits, ! # $ % & ' * + / = ? ^ _ `
// { | } ~ -, dots but not first, last or two in a row); a domain of at least two labels of letters,
// digits and hyphens (an accented domain is taken in its ASCII form, xn--…), whose last label is
// alphabetic; no IP address, no single-label domain (someone@localhost, x@intranet) and no
// special-use top-level domain (RFC 2606, 6761, 6762, 7686: localhost, local, invalid, test,
// example, onion, internal, lan, home.arpa); at most 254 characters. Deliverability itself is
// proven by the confirmation code, not here.
//
// isWellFormed() is the syntax alone (any top-level domain): what the relay can carry, for a
// sender or a recipient already on file.
class EmailAddress
{
public:
    // What is wrong with an address; ErrorText::emailAddress() says it in words.
    enum class Problem {
        None,
        Empty,
        TooLong, // more than 254 characters
        MissingAt, // no @, or more than one
        MissingLocalPart,
        LocalPartTooLong, // more than 64 characters before the @
        InvalidLocalPart, // a character outside the dot-atom, or a misplaced dot
        MissingDomain,
        InvalidDomain, // a character or a label that no domain can have
        DomainWithoutDot, // a single label: localhost, intranet
        DomainNotPublic, // an IP address or a special-use top-level domain
    };

    static Problem check(const QString& address);
    static bool isPublic(const QString& address) { return check(address) == Problem::None; }
    static bool isWellFormed(const QString& address);
    static bool isValid(const QString& address)
    {
        return isWellFormed(address);
    } // TODO(merge): callers to isWellFormed
    // Stable name for JSON and the error's context ("email_domain_without_dot").
    static QString problemName(Problem problem);
    static bool parseProblemName(const QString& name, Problem* problem);

    // Trimmed, the domain in lower case and in its ASCII form.
    static QString normalized(const QString& address);
};
