#include "ChecksumInfo.h"

namespace clu {

ChecksumInfo ChecksumInfo::read(JsonReader &r)
{
    ChecksumInfo c;
    if (!r.expectObject())
        return c;
    c.algorithm = r.enumeration<ChecksumAlgorithm>("algorithm", JsonReader::Optional);
    c.checksum = r.string("checksum");
    return c;
}

QJsonObject ChecksumInfo::toJson() const
{
    QJsonObject o { { QStringLiteral("checksum"), checksum } };
    if (algorithm.isSet())
        o.insert(QStringLiteral("algorithm"), algorithm.toString());
    return o;
}

} // namespace clu
