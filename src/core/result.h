#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace vigie {

// An error that crosses a layer boundary. `message` is already translated and
// fit for a user; `detail` carries technical context for logs (never secrets).
struct Error
{
    enum class Kind
    {
        Generic,
        Usage, // bad input from the caller
        NotFound,
        Corrupt, // data that cannot be read (file, page, record)
        TooNew,  // written by a newer Vigie
        Locked,  // resource held by another process
        Network,
        Auth,      // sign-in required
        Forbidden, // signed in but lacking a role or permission
        Throttled,
        Conflict,
        Cancelled,
    };

    Kind kind = Kind::Generic;
    QString message;
    QString detail;

    static Error make(Kind kind, QString message, QString detail = {})
    {
        return Error{kind, std::move(message), std::move(detail)};
    }
};

// A value or an error. Deliberately tiny: C++20 has no std::expected.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_data); }
    const T &value() const & { return std::get<T>(m_data); }
    T &&value() && { return std::get<T>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success-or-error for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace vigie
