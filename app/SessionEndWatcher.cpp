#include "SessionEndWatcher.h"

#include "Platform.h"

SessionEndWatcher::SessionEndWatcher(QObject* parent) : QObject(parent)
{
    m_watching = Platform::watchSessionEnd(this, [this] { Q_EMIT sessionEnding(); });
    m_owner = m_watching;
}

SessionEndWatcher::~SessionEndWatcher()
{
    if (m_owner)
        Platform::unwatchSessionEnd();
}
