#pragma once

namespace Servery::Test {

// While alive, the calling thread (and threads it starts) obey file
// permissions even when running as root: CAP_DAC_OVERRIDE and
// CAP_DAC_READ_SEARCH are dropped from the effective set on Linux and put
// back afterwards. Tests need it to see "permission denied" from a file they
// made unreadable. `active()` is false where it could not be arranged and the
// process is root anyway.
class ObeyFilePermissions {
public:
    ObeyFilePermissions();
    ~ObeyFilePermissions();
    ObeyFilePermissions(const ObeyFilePermissions &) = delete;
    ObeyFilePermissions &operator=(const ObeyFilePermissions &) = delete;

    bool active() const { return m_active; }

private:
    bool m_active = false;
    bool m_dropped = false;
};

} // namespace Servery::Test
