#pragma once

class QThreadPool;

namespace Servery {

// The engine's threads for work that would block a worker too long (a huge
// folder read and sorted). One per core; separate from Qt's global pool,
// which the window uses for its own short tasks.
QThreadPool &backgroundPool();

} // namespace Servery
