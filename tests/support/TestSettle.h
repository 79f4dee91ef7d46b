#pragma once

class DatabaseWorker;

// Waits that prove the work finished, for the checks that something did NOT happen (no signal, no
// second call, no row): instead of waiting a fixed time and hoping the work was done by then.
namespace TestSettle {

// Runs everything this thread's event loop already holds: a marker is queued behind it and the
// loop turns until the marker has run (queued calls and posted events run in the order they were
// posted), then the deferred deletions. False if the marker did not run within 20 s.
[[nodiscard]] bool events();

// The worker's jobs submitted so far have ended (it runs them one after the other, so a no-op job
// submitted now ends after them), and their answers have reached this thread (events()).
[[nodiscard]] bool worker(DatabaseWorker& worker);

} // namespace TestSettle
