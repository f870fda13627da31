#pragma once

#include "credentials/CredentialStore.h"

#include <QtTest>

#include <optional>

namespace clu::test {

// Runs one asynchronous CredentialStore call and waits for its answer:
//   auto r = waitForCredential([&](auto done) { store.readPassword(key, this, done); });
// A default CredentialResult comes back (and the calling test fails) when none arrives in time.
template<typename Op> clu::CredentialResult waitForCredential(Op op, int timeoutMs = 60000)
{
    std::optional<clu::CredentialResult> result;
    op([&result](const clu::CredentialResult &r) { result = r; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), timeoutMs);
    }();
    return result.value_or(clu::CredentialResult {});
}

} // namespace clu::test
