#pragma once

// Certificates shared by the signing tests, generated once per test binary (RSA key generation
// costs tens of milliseconds each).

#include "ovf/CertificateFactory.h"

#include <QDateTime>

namespace signing_test {

inline const clu::sim::ovf::SigningIdentity &selfSigned()
{
    static const clu::sim::ovf::SigningIdentity id = [] {
        clu::sim::ovf::CertificateRequest r;
        r.commonName = QStringLiteral("Fixture Self Signed");
        r.organization = QStringLiteral("VMware, Inc.");
        QString error;
        return clu::sim::ovf::CertificateFactory::create(r, nullptr, &error).value();
    }();
    return id;
}

inline const clu::sim::ovf::SigningIdentity &otherSelfSigned()
{
    static const clu::sim::ovf::SigningIdentity id = [] {
        clu::sim::ovf::CertificateRequest r;
        r.commonName = QStringLiteral("Fixture Other");
        QString error;
        return clu::sim::ovf::CertificateFactory::create(r, nullptr, &error).value();
    }();
    return id;
}

} // namespace signing_test
