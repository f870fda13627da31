#include "SessionFile.h"

namespace clu {

SessionFile SessionFile::read(JsonReader &r)
{
    SessionFile f;
    if (!r.expectObject())
        return f;
    f.name = r.string("name");
    f.sourceType = r.enumeration<SourceType>("source_type");
    if (r.has("size"))
        f.size = r.int64("size");
    f.checksumInfo = r.object<ChecksumInfo>("checksum_info", JsonReader::Optional);
    f.sourceEndpoint = r.object<TransferEndpoint>("source_endpoint", JsonReader::Optional);
    f.uploadEndpoint = r.object<TransferEndpoint>("upload_endpoint", JsonReader::Optional);
    // Go's omitempty drops a zero count (vcsim): absent means nothing transferred yet.
    f.bytesTransferred = r.int64("bytes_transferred", JsonReader::Optional, 0);
    f.status = r.enumeration<FileStatus>("status");
    f.errorMessage = r.object<LocalizableMessage>("error_message", JsonReader::Optional);
    if (r.has("keep_in_storage"))
        f.keepInStorage = r.boolean("keep_in_storage");
    return f;
}

QJsonObject SessionFile::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name },
                    { QStringLiteral("source_type"), sourceType.toString() },
                    { QStringLiteral("bytes_transferred"), bytesTransferred },
                    { QStringLiteral("status"), status.toString() } };
    if (size)
        o.insert(QStringLiteral("size"), *size);
    if (checksumInfo)
        o.insert(QStringLiteral("checksum_info"), checksumInfo->toJson());
    if (sourceEndpoint)
        o.insert(QStringLiteral("source_endpoint"), sourceEndpoint->toJson());
    if (uploadEndpoint)
        o.insert(QStringLiteral("upload_endpoint"), uploadEndpoint->toJson());
    if (errorMessage)
        o.insert(QStringLiteral("error_message"), errorMessage->toJson());
    if (keepInStorage)
        o.insert(QStringLiteral("keep_in_storage"), *keepInStorage);
    return o;
}

} // namespace clu
