#pragma once

#include <QIcon>

// Guichet's icon (resources/icons, drawn in guichet.svg, rendered to PNGs by make-icons.sh) from
// the ui library's resources: every size the window managers and the About dialog ask for.
// guichet_main sets it as the application's window icon, so every window and dialog has it.
class ApplicationIcon
{
public:
    static QIcon icon();
    static QList<int> sizes();
};
