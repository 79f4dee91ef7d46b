#include "core/BuildInfo.h"

#include "GuichetBuildInfoValues.h" // generated at build time; included here only

QString BuildInfo::version()
{
    return QStringLiteral(GUICHET_BUILD_VERSION);
}

QString BuildInfo::commit()
{
    return QStringLiteral(GUICHET_BUILD_COMMIT);
}
