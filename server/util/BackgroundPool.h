#pragma once

class QThreadPool;

namespace Servery {

// The engine's threads for work that would block a worker too long (a huge
// folder read and sorted). One per core; separate from Qt's global pool,
// which the window uses for its own short tasks.
QThreadPool &backgroundPool();

// Makes the calling thread yield to others on a busy core (Linux: nice 10
// for this thread alone): background work must not slow the answers the
// workers owe. Elsewhere it does nothing.
void lowerThreadPriority();

// Hands memory the allocator keeps after a large release (a listing of
// 100,000 entries, say) back to the system. glibc keeps freed memory in
// per-thread arenas otherwise; elsewhere this does nothing.
void releaseFreeMemory();

} // namespace Servery
