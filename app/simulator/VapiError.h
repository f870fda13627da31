#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace clu::sim {

enum class Flavor { Rest, Api };

// A vAPI error (§4): error_type, message stack, optional data, and the HTTP status it maps to.
struct VapiError
{
    QString errorType; // UPPER_CASE, e.g. NOT_FOUND
    QJsonArray messages;
    QJsonValue data;
    int status = 0; // 0: default mapping of §4.3

    static QJsonObject message(const QString &id, const QString &defaultMessage,
                               const QStringList &args = {});
    static VapiError make(const QString &errorType, const QString &id,
                          const QString &defaultMessage, const QStringList &args = {});

    int httpStatus() const;
    // /rest: {"type":"com.vmware.vapi.std.errors.x","value":{...}}; /api: the bare object.
    QByteArray body(Flavor flavor) const;

    static VapiError unauthenticated();
    // 403: authenticated, but lacking a privilege (§3.5; id as vCenter's vAPI endpoint sends it).
    static VapiError unauthorized();
    static VapiError notFound(const QString &what, const QString &id);
    static VapiError invalidArgument(const QString &text);
    static VapiError invalidState(const QString &operation, const QString &state,
                                  const QString &reason);
};

// Result of one operation before the flavor decides on wrapping and status (§2).
struct Outcome
{
    enum Kind { Value, Created, Empty, Error };
    Kind kind = Empty;
    QJsonValue value;
    VapiError error;

    static Outcome ok(const QJsonValue &v) { return { Value, v, {} }; }
    static Outcome created(const QJsonValue &v) { return { Created, v, {} }; }
    static Outcome empty() { return { Empty, {}, {} }; }
    static Outcome fail(const VapiError &e) { return { Error, {}, e }; }
    bool isError() const { return kind == Error; }
};

QString snakeLower(const QString &upper);

} // namespace clu::sim
