#pragma once

// Splits a fuzzer's input into the values a target needs, deterministically.

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

namespace Servery::Fuzz {

class Input {
public:
    Input(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data), qsizetype(size))
    {
    }

    bool empty() const { return m_pos >= m_data.size(); }

    // The next byte, or 0 when the input is used up.
    quint8 byte() { return m_pos < m_data.size() ? quint8(m_data[m_pos++]) : 0; }

    quint64 integer(int bytes)
    {
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | byte();
        return v;
    }

    // Bytes up to the next NUL (consumed), or the rest.
    QByteArray field()
    {
        const qsizetype nul = m_data.indexOf('\0', m_pos);
        const qsizetype end = nul < 0 ? m_data.size() : nul;
        QByteArray out = m_data.sliced(m_pos, end - m_pos).toByteArray();
        m_pos = nul < 0 ? m_data.size() : end + 1;
        return out;
    }

    QByteArrayView rest()
    {
        const QByteArrayView r = m_data.sliced(std::min(m_pos, m_data.size()));
        m_pos = m_data.size();
        return r;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace Servery::Fuzz

// An invariant that must hold; a violation stops the fuzzer with the input.
#define FUZZ_ASSERT(condition)                                                                                         \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            fprintf(stderr, "invariant violated: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                       \
            abort();                                                                                                   \
        }                                                                                                              \
    } while (false)
