#pragma once

// Shared by every fuzz target: quiet Qt logging (a parser's qWarning per input would drown the fuzzer's own
// output) and the input as a QByteArray that does not copy.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace CarScout::Fuzz {

// Call once from LLVMFuzzerInitialize.
void initialize();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace CarScout::Fuzz
