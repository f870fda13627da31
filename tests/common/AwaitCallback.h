#pragma once
// Waits in a test for the callback of an asynchronous clu-core call (a service's Result<T>, the
// RestClient's ApiResult). Header-only: only tests that link clu-core include it.

#include "model/ApiError.h"

#include <QtTest>

namespace clu::test {

// Starts the call (`start` gets the callback) and turns the event loop until the callback ran,
// for at most timeoutMs; after that, a Canceled error saying the test gave up.
template<typename R, typename Start> R awaitCallback(int timeoutMs, Start start)
{
    R out;
    bool done = false;
    start([&](const R &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&]() { return done; }, timeoutMs)) {
        out.error.kind = ApiError::Kind::Canceled;
        out.error.detail = QStringLiteral("test gave up waiting for the callback");
    }
    return out;
}

} // namespace clu::test
