#pragma once

#include "model/ApiError.h"

#include <functional>

namespace clu {

// Outcome of a service call: the decoded value, or the typed error saying what failed.
template<typename T> struct Result
{
    T value {};
    ApiError error;

    bool ok() const { return !error.isError(); }
};

template<> struct Result<void>
{
    ApiError error;

    bool ok() const { return !error.isError(); }
};

template<typename T> using ResultCallback = std::function<void(const Result<T> &)>;

} // namespace clu
