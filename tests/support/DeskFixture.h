#pragma once

#include "agents/AgentAuthService.h"
#include "db/DatabaseWorker.h"
#include "desk/CallService.h"
#include "desk/CertificationService.h"
#include "desk/DeskServices.h"
#include "desk/HelpdeskService.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

#include <QDate>
#include <QObject>
#include <QString>

class QWidget;

class Database;

// What the desk window tests share: one caller (Marie), the agents' password, the seed and the
// services a desk needs.
namespace DeskFixture {

inline const QString Password = QStringLiteral("Guichet-Agent-1");
inline const QString MarieText = QStringLiteral("2 60 12 13 055 321 68");
inline const Nir MarieNir = Nir::parse(MarieText);
inline const CivilStatus Marie{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                               QStringLiteral("Marseille")};

// A certified person with a locked account; alice (agent) and, when asked, sophie (supervisor).
bool seed(Database& database, bool supervisor);

// The services a desk needs; the worker goes first on destruction (it finishes its jobs).
struct Services
{
    explicit Services(Database& database)
        : auth(database), calls(database), helpdesk(database), certification(database), worker(database)
    { }
    DeskServices desk() { return {auth, calls, helpdesk, certification, worker}; }

    AgentAuthService auth;
    CallService calls;
    HelpdeskService helpdesk;
    CertificationService certification;
    DatabaseWorker worker;
};

// sophie (the supervisor the seed makes when asked) signed in at this workstation.
Result<AgentSession> signInSupervisor(Services& services);
// One ended call about Marie (looked up, "call back"), for the tables and the statistics.
bool endedCall(Services& services, const AgentSession& session);

// The keyboard as the agent uses it: keys go to the focused widget (the active window when no
// widget has the focus).
QWidget* focused();
void keys(const QString& text);
void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
// No window manager (offscreen, bare Xvfb) gives a window back its activation after a dialog, or
// when the agent turns to another desk: the test does.
bool activate(QWidget& window);

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

} // namespace DeskFixture
