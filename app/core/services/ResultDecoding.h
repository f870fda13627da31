#pragma once

#include "Result.h"
#include "model/JsonReader.h"
#include "net/ApiResult.h"

#include <QCoreApplication>

namespace clu {

// Turns ApiResults into typed Results for the services. A result that does not match the
// API's model becomes ApiError::Kind::BadResponse naming the field path, never a default value.
class ResultDecoding
{
    Q_DECLARE_TR_FUNCTIONS(ResultDecoding)
public:
    static ApiError mismatch(const ApiResult &r, const QString &operation, const QString &why)
    {
        return ApiError::badResponse(
            operation, tr("the server's answer does not match the API: %1").arg(why), r.httpStatus);
    }

    static Result<void> toVoid(const ApiResult &r)
    {
        Result<void> out;
        out.error = r.error;
        return out;
    }

    static Result<QString> toId(const ApiResult &r, const QString &operation)
    {
        Result<QString> out;
        out.error = r.error;
        if (!r.ok())
            return out;
        if (!r.value.isString() || r.value.toString().isEmpty())
            out.error = mismatch(r, operation, tr("expected an id (a non-empty JSON string)"));
        else
            out.value = r.value.toString();
        return out;
    }

    static Result<QStringList> toIdList(const ApiResult &r, const QString &operation)
    {
        Result<QStringList> out;
        out.error = r.error;
        if (!r.ok())
            return out;
        JsonReader reader(QJsonObject { { QStringLiteral("result"), r.value } });
        out.value = reader.stringList("result");
        if (!reader.ok())
            out.error = mismatch(r, operation, reader.error());
        return out;
    }

    template<typename T> static Result<T> toModel(const ApiResult &r, const QString &operation)
    {
        Result<T> out;
        out.error = r.error;
        if (!r.ok())
            return out;
        QString why;
        out.value = decodeJson<T>(r.value, &why);
        if (!why.isEmpty())
            out.error = mismatch(r, operation, why);
        return out;
    }

    template<typename T>
    static Result<QList<T>> toModelList(const ApiResult &r, const QString &operation,
                                        const char *key = "result")
    {
        Result<QList<T>> out;
        out.error = r.error;
        if (!r.ok())
            return out;
        JsonReader reader(QJsonObject { { QLatin1String(key), r.value } });
        out.value = reader.list<T>(key);
        if (!reader.ok())
            out.error = mismatch(r, operation, reader.error());
        return out;
    }

    template<typename T>
    static void failLater(QObject *context, const ResultCallback<T> &done, const ApiError &error)
    {
        // Keep every result asynchronous, also input errors found before sending anything.
        QMetaObject::invokeMethod(
            context ? context : QCoreApplication::instance(),
            [done, error]() {
                Result<T> r;
                r.error = error;
                if (done)
                    done(r);
            },
            Qt::QueuedConnection);
    }
};

} // namespace clu
