#include "ValidationResult.h"

namespace clu {

ValidationResult::InvalidFile ValidationResult::InvalidFile::read(JsonReader &r)
{
    InvalidFile f;
    if (!r.expectObject())
        return f;
    f.name = r.string("name");
    if (auto m = r.object<LocalizableMessage>("error_message"))
        f.errorMessage = *m;
    return f;
}

QJsonObject ValidationResult::InvalidFile::toJson() const
{
    return { { QStringLiteral("name"), name },
             { QStringLiteral("error_message"), errorMessage.toJson() } };
}

ValidationResult ValidationResult::read(JsonReader &r)
{
    ValidationResult v;
    if (!r.expectObject())
        return v;
    // A Go server drops a false has_errors and empty lists (omitempty); a listed missing or
    // invalid file is an error whatever the flag says, so an absent flag never hides one. An
    // answer with none of the three confirms nothing: it counts as not reported.
    v.reported = r.has("has_errors") || r.has("missing_files") || r.has("invalid_files");
    v.missingFiles = r.stringList("missing_files", JsonReader::Optional);
    v.invalidFiles = r.list<InvalidFile>("invalid_files", JsonReader::Optional);
    v.hasErrors = r.boolean("has_errors", JsonReader::Optional, false) || !v.missingFiles.isEmpty()
        || !v.invalidFiles.isEmpty();
    return v;
}

QJsonObject ValidationResult::toJson() const
{
    return { { QStringLiteral("has_errors"), hasErrors },
             { QStringLiteral("missing_files"), json::fromStringList(missingFiles) },
             { QStringLiteral("invalid_files"), json::fromList(invalidFiles) } };
}

} // namespace clu
