#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace clu {

// The wait a Retry-After header asks for (RFC 9110 §10.2.3): delay-seconds ("120") or an
// HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT", and the obsolete RFC 850 and asctime forms every
// recipient must accept), measured from `nowUtc`. A date in the past means "now" (zero);
// nullopt when the value is neither, so the caller falls back to its own backoff.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value,
                                                         const QDateTime &nowUtc);

} // namespace clu
