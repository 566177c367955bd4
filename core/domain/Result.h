#pragma once

#include "domain/Problem.h"

#include <optional>
#include <utility>

namespace sal::core {

// A value or the list of problems that prevented it: errors a user can cause travel as values,
// never as exceptions across layers. (std::expected is C++23; this is the small part we need.)
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Problems problems) : m_problems(std::move(problems)) { }
    Result(Problem problem) : m_problems { std::move(problem) } { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // Reading the value of a failed result is a programming error: stop loudly, naming the problems.
    const T &value() const &
    {
        requireValue();
        return *m_value;
    }
    T &value() &
    {
        requireValue();
        return *m_value;
    }
    T value() && // by value: safe in a range-for over a temporary
    {
        requireValue();
        return std::move(*m_value);
    }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

    const Problems &problems() const { return m_problems; }

private:
    void requireValue() const
    {
        if (!m_value)
            qFatal("Result::value() on a failed result: %s", qPrintable(joinProblems(m_problems)));
    }

    std::optional<T> m_value;
    Problems m_problems;
};

} // namespace sal::core
