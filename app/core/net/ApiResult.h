#pragma once

#include "model/ApiError.h"

#include <QJsonValue>

namespace clu {

// Outcome of one JSON API call: the unwrapped result value (null when the call has none) or
// the typed error.
struct ApiResult
{
    QJsonValue value;
    int httpStatus = 0;
    ApiError error;

    bool ok() const { return !error.isError(); }
};

} // namespace clu
