#pragma once

#include "LocalizableMessage.h"

namespace clu {

// §5.9: result of session-file validate.
struct ValidationResult
{
    struct InvalidFile
    {
        QString name;
        LocalizableMessage errorMessage;

        static InvalidFile read(JsonReader &r);
        QJsonObject toJson() const;
    };

    bool hasErrors = false;
    // False when the server answered validate without any result (govmomi's vcsim sends an
    // empty body): nothing was confirmed, the engine says so and lets complete decide.
    bool reported = true;
    QStringList missingFiles;
    QList<InvalidFile> invalidFiles;

    static ValidationResult read(JsonReader &r);
    static ValidationResult fromJson(const QJsonValue &v, QString *error)
    {
        return decodeJson<ValidationResult>(v, error);
    }
    QJsonObject toJson() const;
};

} // namespace clu
