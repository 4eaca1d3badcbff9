// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace netzatlas {

/// A user-facing error: a translated message plus where it happened (file, line, field).
/// Errors are values: they cross layer boundaries instead of exceptions.
struct Error
{
    QString message; ///< translated, complete German (or English) sentence
    QString file;    ///< file the problem was found in, may be empty
    int line = 0;    ///< 1-based line in that file, 0 when not applicable
    QString field;   ///< column or field name, may be empty
    QStringList details; ///< further messages (e.g. one per rejected line)

    /// "Datei „x.csv“, Zeile 3, Feld „type“: …" with only the parts that are known.
    [[nodiscard]] QString toString() const;

    static Error make(QString message) { return Error{std::move(message), {}, 0, {}, {}}; }
    static Error at(QString file, int line, QString field, QString message)
    {
        return Error{std::move(message), std::move(file), line, std::move(field), {}};
    }
};

/// Either a value or an Error. Intentionally small: no monadic helpers beyond what the code needs.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit by design, like std::expected
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const T &operator*() const & { return value(); }
    [[nodiscard]] T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace netzatlas

/// Propagates an error of a Result<void> expression.
#define NETZATLAS_TRY(expr)                                                                                            \
    do {                                                                                                               \
        if (auto netzatlasTryResult_ = (expr); !netzatlasTryResult_.ok())                                             \
            return netzatlasTryResult_.error();                                                                        \
    } while (false)

/// Declares `var` from a Result<T> expression or propagates its error.
#define NETZATLAS_TRY_ASSIGN(var, expr)                                                                                \
    auto var##Result_ = (expr);                                                                                        \
    if (!var##Result_.ok())                                                                                            \
        return var##Result_.error();                                                                                   \
    auto var = std::move(var##Result_).value()
