#pragma once

// The longest text a person may type, in characters: the one definition that the model checks and
// that the desk's and the supervisor's fields (QLineEdit::setMaxLength), guichetctl and the error
// texts read.
namespace TextLimits {

inline constexpr int Reason = 500; // why an agent acts; the audit trail keeps it
inline constexpr int CallNote = 500; // the agent's note when a call ends
inline constexpr int EmailAddress = 254; // RFC 5321's limit on a path
inline constexpr int Name = 200; // a last name, the first names, a place of birth
inline constexpr int SecretQuestion = 200; // the portal's secret question, as registered
inline constexpr int SecretAnswer = 200; // and its answer

} // namespace TextLimits
