#pragma once

#include <atomic>

namespace Servery {

// The few settings a person may change while the server runs, without a
// restart (which would drop connections and, in the window, make a new
// access key): read by handlers on any worker, written by the Server's
// owner. Plain atomics: each is one independent switch.
struct LiveSettings {
    std::atomic<bool> uploadsAllowed {false};
};

} // namespace Servery
