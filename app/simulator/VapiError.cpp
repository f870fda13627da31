#include "VapiError.h"

#include <QJsonDocument>

namespace clu::sim {

QString snakeLower(const QString &upper)
{
    return upper.toLower();
}

QJsonObject VapiError::message(const QString &id, const QString &defaultMessage,
                               const QStringList &args)
{
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("default_message"), defaultMessage },
                         { QStringLiteral("args"), QJsonArray::fromStringList(args) } };
}

VapiError VapiError::make(const QString &errorType, const QString &id,
                          const QString &defaultMessage, const QStringList &args)
{
    VapiError e;
    e.errorType = errorType;
    e.messages.append(message(id, defaultMessage, args));
    return e;
}

int VapiError::httpStatus() const
{
    if (status)
        return status;
    static const QStringList badRequest { QStringLiteral("ALREADY_EXISTS"),
                                          QStringLiteral("ALREADY_IN_DESIRED_STATE"),
                                          QStringLiteral("FEATURE_IN_USE"),
                                          QStringLiteral("INVALID_ARGUMENT"),
                                          QStringLiteral("INVALID_ELEMENT_CONFIGURATION"),
                                          QStringLiteral("INVALID_ELEMENT_TYPE"),
                                          QStringLiteral("INVALID_REQUEST"),
                                          QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
                                          QStringLiteral("RESOURCE_BUSY"),
                                          QStringLiteral("RESOURCE_IN_USE"),
                                          QStringLiteral("RESOURCE_INACCESSIBLE"),
                                          QStringLiteral("UNABLE_TO_ALLOCATE_RESOURCE"),
                                          QStringLiteral("UNSUPPORTED"),
                                          QStringLiteral("UNEXPECTED_INPUT") };
    if (badRequest.contains(errorType))
        return 400;
    if (errorType == QLatin1String("UNAUTHENTICATED"))
        return 401;
    if (errorType == QLatin1String("UNAUTHORIZED"))
        return 403;
    if (errorType == QLatin1String("NOT_FOUND")
        || errorType == QLatin1String("OPERATION_NOT_FOUND"))
        return 404;
    if (errorType == QLatin1String("CONCURRENT_CHANGE"))
        return 409;
    if (errorType == QLatin1String("SERVICE_UNAVAILABLE"))
        return 503;
    if (errorType == QLatin1String("TIMED_OUT"))
        return 504;
    return 500;
}

QByteArray VapiError::body(Flavor flavor) const
{
    QJsonObject inner { { QStringLiteral("error_type"), errorType },
                        { QStringLiteral("messages"), messages } };
    if (!data.isUndefined() && !data.isNull())
        inner.insert(QStringLiteral("data"), data);
    if (flavor == Flavor::Api)
        return QJsonDocument(inner).toJson(QJsonDocument::Compact);
    const QJsonObject outer { { QStringLiteral("type"),
                                QStringLiteral("com.vmware.vapi.std.errors.")
                                    + snakeLower(errorType) },
                              { QStringLiteral("value"), inner } };
    return QJsonDocument(outer).toJson(QJsonDocument::Compact);
}

VapiError VapiError::unauthorized()
{
    return make(QStringLiteral("UNAUTHORIZED"),
                QStringLiteral("vapi.security.authorization.invalid"),
                QStringLiteral("Unable to authorize user"));
}

VapiError VapiError::unauthenticated()
{
    return make(QStringLiteral("UNAUTHENTICATED"),
                QStringLiteral("com.vmware.vapi.endpoint.method.authentication.required"),
                QStringLiteral("Authentication required."));
}

VapiError VapiError::notFound(const QString &what, const QString &id)
{
    return make(QStringLiteral("NOT_FOUND"), QStringLiteral("com.vmware.vdcs.util.not_found"),
                QStringLiteral("The %1 with identifier %2 does not exist.").arg(what, id),
                { what, id });
}

VapiError VapiError::invalidArgument(const QString &text)
{
    return make(QStringLiteral("INVALID_ARGUMENT"),
                QStringLiteral("com.vmware.vapi.bindings.invalid_argument"), text, { text });
}

VapiError VapiError::invalidState(const QString &operation, const QString &state,
                                  const QString &reason)
{
    return make(QStringLiteral("NOT_ALLOWED_IN_CURRENT_STATE"),
                QStringLiteral(
                    "com.vmware.vdcs.cls-main.update_session_invalid_state_for_operation_reason"),
                QStringLiteral("The operation %1 can not be invoked when the import session is in "
                               "the %2 state. Reason: %3")
                    .arg(operation, state, reason),
                { operation, state, reason });
}

} // namespace clu::sim
