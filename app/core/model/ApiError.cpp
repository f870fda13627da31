#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace clu {

namespace {
const QLatin1String kVapiErrorPrefix("com.vmware.vapi.std.errors.");
}

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Timeout:
    case Kind::ConnectionRefused:
    case Kind::Network:
        return true;
    case Kind::Server:
        return errorType == ErrorType::ServiceUnavailable || errorType == ErrorType::TimedOut;
    case Kind::Http:
        return httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::kindName(Kind k)
{
    switch (k) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::PinMismatch:
        return QStringLiteral("pin_mismatch");
    case Kind::BadResponse:
        return QStringLiteral("bad_response");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    case Kind::Mismatch:
        return QStringLiteral("mismatch");
    }
    return QStringLiteral("unknown");
}

QString ApiError::code() const
{
    if (kind == Kind::Server && errorType.isSet())
        return errorType.toString();
    return kindName(kind);
}

QString ApiError::message() const
{
    if (kind == Kind::None)
        return {};
    QString why;
    switch (kind) {
    case Kind::Server: {
        QStringList parts;
        for (const LocalizableMessage &m : messages) {
            if (!m.text().isEmpty())
                parts.append(m.text());
        }
        const QString type = errorType.isSet() ? errorType.toString() : vapiType;
        why = parts.isEmpty() ? tr("the server reported %1").arg(type)
                              : parts.join(QLatin1String(" — "));
        why += QStringLiteral(" [%1, HTTP %2]").arg(type).arg(httpStatus);
        break;
    }
    case Kind::Http:
        why = tr("the server answered HTTP %1").arg(httpStatus);
        if (!detail.isEmpty())
            why += QLatin1String(": ") + detail;
        break;
    case Kind::ConnectionRefused:
        why = tr("the connection to %1 was refused (is the address and port right?)")
                  .arg(url.authority());
        break;
    case Kind::Timeout:
        // A limit of ours (the call deadline) sets a detail and no network error.
        why = detail.isEmpty() || networkError != QNetworkReply::NoError
            ? tr("no answer from %1 in time").arg(url.authority())
            : detail;
        break;
    case Kind::PinMismatch:
        why = tr("%1 presented a certificate with fingerprint %2, but the pinned fingerprint is "
                 "%3; the connection was refused")
                  .arg(url.host(), presentedFingerprint, expectedFingerprint);
        break;
    case Kind::Tls:
        why = detail.isEmpty() ? tr("the TLS connection to %1 failed").arg(url.host()) : detail;
        break;
    default:
        why = detail;
        break;
    }
    if (operation.isEmpty())
        return why;
    return tr("%1 failed: %2").arg(operation, why);
}

bool ApiError::readServerBody(const QByteArray &body)
{
    QJsonParseError pe {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    QJsonObject o = doc.object();
    QString type;
    if (o.value(QLatin1String("type")).isString() && o.value(QLatin1String("value")).isObject()) {
        // /rest: {"type":"com.vmware.vapi.std.errors.x","value":{error_type?,messages,data}}
        type = o.value(QLatin1String("type")).toString();
        o = o.value(QLatin1String("value")).toObject();
    }
    const QJsonValue et = o.value(QLatin1String("error_type"));
    const QJsonValue msgs = o.value(QLatin1String("messages"));
    if (!et.isString() && type.isEmpty())
        return false; // not a vAPI error body
    if (!msgs.isUndefined() && !msgs.isArray())
        return false;

    vapiType = type;
    if (et.isString()) {
        errorType = OpenEnum<ErrorType>::fromString(et.toString());
    } else if (type.startsWith(kVapiErrorPrefix)) {
        // Pre-6.7.2 servers only send the /rest type; its suffix is the snake_case form.
        errorType = OpenEnum<ErrorType>::fromString(type.mid(kVapiErrorPrefix.size()).toUpper());
    } else {
        errorType = OpenEnum<ErrorType>::fromString(type);
    }
    messages.clear();
    const QJsonArray arr = msgs.toArray();
    for (const QJsonValue m : arr) {
        QString err;
        const LocalizableMessage lm = LocalizableMessage::fromJson(m, &err);
        if (err.isEmpty())
            messages.append(lm);
        else if (m.isObject()) // keep what can be kept of a partly malformed message
            messages.append(LocalizableMessage { m[QLatin1String("id")].toString(),
                                                 m[QLatin1String("default_message")].toString(),
                                                 {},
                                                 {},
                                                 {} });
    }
    data = o.value(QLatin1String("data"));
    kind = Kind::Server;
    return true;
}

ApiError ApiError::invalidInput(const QString &op, const QString &why)
{
    ApiError e;
    e.kind = Kind::InvalidInput;
    e.operation = op;
    e.detail = why;
    return e;
}

ApiError ApiError::badResponse(const QString &op, const QString &why, int status)
{
    ApiError e;
    e.kind = Kind::BadResponse;
    e.operation = op;
    e.detail = why;
    e.httpStatus = status;
    return e;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), kindName(kind) },
                    { QStringLiteral("code"), code() },
                    { QStringLiteral("message"), message() } };
    if (errorType.isSet())
        o.insert(QStringLiteral("error_type"), errorType.toString());
    if (httpStatus)
        o.insert(QStringLiteral("http_status"), httpStatus);
    if (!operation.isEmpty())
        o.insert(QStringLiteral("operation"), operation);
    if (!messages.isEmpty())
        o.insert(QStringLiteral("messages"), json::fromList(messages));
    if (!data.isUndefined() && !data.isNull())
        o.insert(QStringLiteral("data"), data);
    if (kind == Kind::PinMismatch) {
        o.insert(QStringLiteral("expected_fingerprint"), expectedFingerprint);
        o.insert(QStringLiteral("presented_fingerprint"), presentedFingerprint);
    }
    return o;
}

} // namespace clu
