#pragma once

#include <QtGlobal>

// The ticks of a count axis that starts at 0: whole numbers at a round step (1, 2 or 5 × 10^k),
// at most MaxIntervals intervals, the top a multiple of the step (at least one step, so an empty
// chart still has a 0–1 axis). Every tick is a multiple of the step: the labels sit exactly on the
// grid lines and no two say the same number. Pure arithmetic, for the charts of ui/.
class AxisTicks
{
public:
    static constexpr int MaxIntervals = 6;

    // For the largest count the axis must show (negative counts as 0).
    static AxisTicks forMaximum(qint64 maximum, int maxIntervals = MaxIntervals);

    // Which category labels an axis shows: every n-th, so that each shown label has at least
    // labelWidth of room (n bars of plotWidth / categories each). 1 when they all fit, or when
    // nothing is known yet (no width, no categories).
    static int labelEvery(int categories, double plotWidth, double labelWidth);

    qint64 step() const { return m_step; }
    qint64 top() const { return m_top; }
    // Ticks, 0 and the top included.
    int tickCount() const { return int(m_top / m_step) + 1; }

private:
    qint64 m_step = 1;
    qint64 m_top = 1;
};
