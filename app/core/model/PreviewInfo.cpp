#include "PreviewInfo.h"

namespace clu {

QList<PreviewWarning> PreviewInfo::blockingWarnings() const
{
    QList<PreviewWarning> out;
    for (const PreviewWarning &w : warnings) {
        if (!w.ignored)
            out.append(w);
    }
    return out;
}

PreviewInfo PreviewInfo::read(JsonReader &r)
{
    PreviewInfo p;
    if (!r.expectObject())
        return p;
    p.state = r.enumeration<PreviewState>("state");
    p.certificateInfo = r.object<CertificateInfo>("certificate_info", JsonReader::Optional);
    // Required when AVAILABLE; other states may leave it out.
    p.warnings = r.list<PreviewWarning>("warnings",
                                        p.state == PreviewState::Available ? JsonReader::Required
                                                                           : JsonReader::Optional);
    p.certChain = r.stringList("cert_chain", JsonReader::Optional);
    return p;
}

QJsonObject PreviewInfo::toJson() const
{
    QJsonObject o { { QStringLiteral("state"), state.toString() } };
    if (certificateInfo)
        o.insert(QStringLiteral("certificate_info"), certificateInfo->toJson());
    if (!warnings.isEmpty() || state == PreviewState::Available)
        o.insert(QStringLiteral("warnings"), json::fromList(warnings));
    if (!certChain.isEmpty())
        o.insert(QStringLiteral("cert_chain"), json::fromStringList(certChain));
    return o;
}

} // namespace clu
