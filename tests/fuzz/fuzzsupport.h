#pragma once

// Shared by every fuzz target: quiet Qt logging (a parser's qWarning per input would drown the fuzzer's own
// output), the input as a QByteArray that does not copy, and the terms dictionary loaded once.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace CarScout::Sources {
class TermDictionary;
}

namespace CarScout::Fuzz {

// Call once from LLVMFuzzerInitialize.
void initialize();

// The default terms dictionary (resources/terms), loaded on first use and kept for the whole run.
const Sources::TermDictionary &terms();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace CarScout::Fuzz
