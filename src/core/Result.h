#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace tp {

// The one error type of the project: what went wrong, and where, in words a user can act on.
// `file`, `row` (1-based) and `column` (1-based, or a header name in `columnName`) are filled in
// wherever the error comes from a file or a table; `value` is the offending text as it was typed.
struct Error {
    Error() = default;
    explicit Error(QString text)
        : message(std::move(text))
    {
    }

    QString message;
    QString file;
    int row = 0;
    int column = 0;
    QString columnName;
    QString value;
    // What a caller may act on, where it matters: "busy" (another program is writing: retry), "disk-full".
    // Empty for everything else.
    QString code;

    // "file.csv 第 3 行 第 4 列(培训天数)「abc」: message" — location parts only where known.
    QString toString() const;
};

// Result<T>: either a value or an Error. A deliberately small std::expected stand-in (GCC 12 has no
// <expected> in C++20 mode).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Ok { };
using Status = Result<Ok>;
inline Status success()
{
    return Ok {};
}

} // namespace tp
