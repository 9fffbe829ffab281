#include "Permissions.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <linux/capability.h>
#include <sys/syscall.h>
#endif

namespace Servery::Test {

#ifdef Q_OS_LINUX
namespace {
bool setDacOverride(bool on)
{
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2] = {};
    if (::syscall(SYS_capget, &header, data) != 0)
        return false;
    for (int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH}) {
        const unsigned bit = 1u << (cap % 32);
        if (on)
            data[cap / 32].effective |= (data[cap / 32].permitted & bit);
        else
            data[cap / 32].effective &= ~bit;
    }
    return ::syscall(SYS_capset, &header, data) == 0;
}
} // namespace
#endif

ObeyFilePermissions::ObeyFilePermissions()
{
#ifdef Q_OS_UNIX
    if (::geteuid() != 0) {
        m_active = true;
        return;
    }
#endif
#ifdef Q_OS_LINUX
    m_dropped = setDacOverride(false);
    m_active = m_dropped;
#endif
}

ObeyFilePermissions::~ObeyFilePermissions()
{
#ifdef Q_OS_LINUX
    if (m_dropped)
        setDacOverride(true);
#endif
}

} // namespace Servery::Test
