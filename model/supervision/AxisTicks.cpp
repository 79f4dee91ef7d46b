#include "supervision/AxisTicks.h"

#include <algorithm>

AxisTicks AxisTicks::forMaximum(qint64 maximum, int maxIntervals)
{
    const qint64 value = std::max<qint64>(maximum, 0);
    const qint64 intervals = std::max(maxIntervals, 1);
    AxisTicks ticks;
    // 1, 2, 5, 10, 20, 50…: the first step that covers the value in few enough intervals.
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (const qint64 factor : {1, 2, 5}) {
            const qint64 step = factor * magnitude;
            const qint64 count = std::max<qint64>(1, (value + step - 1) / step);
            if (count <= intervals) {
                ticks.m_step = step;
                ticks.m_top = count * step;
                return ticks;
            }
        }
    }
}

int AxisTicks::labelEvery(int categories, double plotWidth, double labelWidth)
{
    if (categories <= 1 || plotWidth <= 0 || labelWidth <= 0)
        return 1;
    const double bar = plotWidth / categories;
    for (int every = 1; every < categories; ++every) {
        if (bar * every >= labelWidth)
            return every;
    }
    return categories;
}
