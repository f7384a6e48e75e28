#pragma once

// What every fuzz target needs once: a QCoreApplication (Qt's SQL driver plugin is found through it).

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace tp::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "trainplan-fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace tp::fuzz
