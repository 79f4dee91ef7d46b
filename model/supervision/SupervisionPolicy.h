#pragma once

#include <QDateTime>

// The supervision's thresholds and definitions, in one place: the supervisor's flags, the lockout
// history's "repeats only" filter, guichetctl and the texts that explain them all read these.
namespace SupervisionPolicy {

// A repeat lockout: an account locked RepeatedLockoutCount times or more within
// RepeatedLockoutWindowDays days. The window ends at a given instant (now for the flags, the
// lockout itself for the history) and starts RepeatedLockoutWindowDays days before it, both ends
// included: a lockout exactly 30 days before counts.
inline constexpr int RepeatedLockoutCount = 3;
inline constexpr int RepeatedLockoutWindowDays = 30;
inline QDateTime repeatWindowStart(const QDateTime& end)
{
    return end.addDays(-RepeatedLockoutWindowDays);
}

inline constexpr int OutlierMinimumActions = 10; // an agent below this volume is never flagged…
inline constexpr int OutlierMedianFactor = 2; // …else when above this multiple of the peers' median

} // namespace SupervisionPolicy
