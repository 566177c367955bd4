#pragma once

// Shared by the libFuzzer targets: the fuzzer's bytes as Qt types, and a QCoreApplication so Qt's
// resources (the built-in profiles and policy) and time zones work as in the real programs.

#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

namespace sal::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

} // namespace sal::fuzz
