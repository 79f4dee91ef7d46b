#pragma once

#include <QStringList>

class QWidget;

// What a person looking at a window would call broken, as sentences (empty: nothing to say):
// - a shown control outside its parent or outside the window (what lives in a scroll area is
//   reachable by scrolling and is not counted);
// - a label's or a button's text wider than the room it has (QFontMetrics::horizontalAdvance;
//   a word-wrapped label counts each word, and its height for its width);
// - two shown siblings laid out by the same layout that overlap.
// Used by tst_deskrender (the desk and its dialogs at 1280×800) and tst_windowsizes (the desk
// and the supervisor's desk on agents' screens).
namespace LayoutChecks {

[[nodiscard]] QStringList problems(const QWidget* window);

} // namespace LayoutChecks
