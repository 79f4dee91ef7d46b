#include "secrets/SecretStoreText.h"

QString SecretStoreText::failure(SecretStore::Failure failure)
{
    switch (failure) {
    case SecretStore::Failure::None:
        return {};
    case SecretStore::Failure::NotFound:
        //: A password (database, mail server…) that Guichet keeps in the operating system's keychain.
        return tr("No password is saved for this setting in the system keychain yet. Type it in to save it.");
    case SecretStore::Failure::NoBackend:
        return tr("The system keychain is not available in this session (on Linux: no Secret Service such as "
                  "GNOME Keyring or KWallet is running). Guichet cannot save or read passwords until it is.");
    case SecretStore::Failure::AccessDenied:
        return tr("Access to the system keychain was refused. Unlock the keychain or allow Guichet to use it, then "
                  "try again.");
    case SecretStore::Failure::Other:
        return tr("The system keychain could not complete the operation. Try again; if the problem persists, "
                  "contact IT support.");
    }
    return {};
}
