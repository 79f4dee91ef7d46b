#pragma once

// The portal's and the desk's numbers, in one place (facts from the portal's FAQ where it has
// them). Services read them from here and nowhere else.
namespace PortalPolicy {

// Portal accounts.
inline constexpr int MaxFailedAttempts = 5; // the 5th wrong password locks the account
inline constexpr int TemporaryPasswordValidityDays = 15; // a temporary password expires after 15 days
inline constexpr int TemporaryPasswordLength = 14; // ≥ 12 characters of an unambiguous alphabet

// E-mail change: the code sent to the new address.
inline constexpr int EmailCodeValidityMinutes = 30;
inline constexpr int EmailCodeMaxAttempts = 3;
// A change confirmed at the desk: the previous address gets a notice with a refusal code, and no
// temporary password goes to the new address before EmailChangeWaitingHours have passed without a
// refusal, nor, while the change is under review (EmailChangeReviewDays), without the approval of
// a supervisor other than the agent who asked (four eyes). The holder may refuse while the change
// is under review, with EmailRefusalMaxAttempts tries of the code.
inline constexpr int EmailChangeWaitingHours = 72;
inline constexpr int EmailChangeReviewDays = 30;
inline constexpr int EmailRefusalMaxAttempts = 5;

// The desk.
inline constexpr int VerificationMaxFailures = 3; // 3 failed checks end the call's right to act
inline constexpr int VerificationValidityMinutes = 15; // a pass is valid 15 minutes
// Failed identity checks of one person, across every call and agent, within the last
// IdentityCheckWindowHours hours: at IdentityCheckMaxFailuresPerPerson every further check of that
// person (a right answer too) is refused until the oldest of them leaves the window. 5 lets a
// genuine caller spend one call's 3 attempts and 2 more the same day (a call back with their
// papers at hand); it lets whoever tries calls after calls, agents after agents, 5 guesses a day
// instead of 3 per call. 24 hours: the time the owner may take to notice, call back and be helped.
// A pass does not reset the count (a pass ends the guessing anyway).
inline constexpr int IdentityCheckMaxFailuresPerPerson = 5;
inline constexpr int IdentityCheckWindowHours = 24;
// Wrong passwords at the sign-in within AgentFailureWindowMinutes (counted from the first of them)
// that lock the login for AgentLockMinutes. A lock, never a disable: whoever knows a login cannot
// take it away for good. During the lock every attempt, the right password too, gets the one answer
// of a wrong password and counts for nothing; an administrator's `agent enable` lifts it at once.
inline constexpr int AgentMaxFailedLogins = 5;
inline constexpr int AgentFailureWindowMinutes = 15;
inline constexpr int AgentLockMinutes = 15;
inline constexpr int ScreenLockIdleMinutes = 5;
// Wrong passwords on the lock screen before the desk signs the agent out (the call in progress ends
// as interrupted). They do not count toward AgentMaxFailedLogins: a passer-by cannot lock a login.
inline constexpr int ScreenLockMaxAttempts = 3;

// Mail delivery.
inline constexpr int MailMaxAttempts = 8; // then the message is dead
inline constexpr int MailFirstRetrySeconds = 30; // doubled at each failure…
inline constexpr int MailMaxRetrySeconds = 3600; // …up to one hour
inline constexpr int MailLeaseSeconds = 300; // a claimed message not finished by then is taken again
inline constexpr int MailPauseRetrySeconds = 300; // while the relay refuses the service, one try per 5 minutes

} // namespace PortalPolicy
