#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

// Where a main window opens: its preferred size, but never larger than the screen it opens on
// (1280×720 desks, 150 % scaling on 1920×1080), and a geometry saved on a larger screen brought
// back inside the one in use. Sizes are in the screen's device-independent pixels.
namespace WindowGeometry {

// Room kept around a window for its title bar and borders, which the window manager adds outside
// the geometry Qt sets.
inline constexpr QSize FrameAllowance{16, 40};

// The preferred size bounded by the available area less the frame allowance.
QSize fitted(QSize preferred, const QRect& available);

// frame (a window's frame geometry) made to fit inside available: smaller if it must be, then
// moved inside.
QRect clamped(const QRect& frame, const QRect& available);

// Sizes window for the screen it will open on, centred; then restores saved (QWidget::saveGeometry)
// if there is one, and brings the result inside the screen's available area.
void restore(QWidget* window, QSize preferred, const QByteArray& saved);

} // namespace WindowGeometry
