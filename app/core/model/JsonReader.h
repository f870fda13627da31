#pragma once

#include "Enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace clu {

// Strict, path-aware reading of server JSON. Every model type decodes itself through a reader;
// the first problem found is kept with the full field path, e.g.
// "preview_info.warnings[1].type: expected a string", so a bad server answer can be reported
// precisely instead of silently turning into default values. Child readers (nested objects and
// array elements) share the error of their root.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
public:
    enum Need { Required, Optional };

    explicit JsonReader(const QJsonValue &value);

    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }
    QString path() const { return m_path; }
    const QJsonValue &value() const { return m_value; }

    // Fails unless this reader's value is an object. Decoders call it first.
    bool expectObject();
    // Present and not null.
    bool has(const char *key) const;

    QString string(const char *key, Need need = Required);
    qint64 int64(const char *key, Need need = Required, qint64 fallback = 0);
    bool boolean(const char *key, Need need = Required, bool fallback = false);
    QDateTime dateTime(const char *key, Need need = Required);
    // Arrays: null reads as empty (Go's nil slices) whatever `need` says; absent fails if Required.
    QStringList stringList(const char *key, Need need = Required);
    // Raw JSON kept as is (e.g. an error's operation-specific `data`).
    QJsonValue raw(const char *key) const;

    template<typename E> OpenEnum<E> enumeration(const char *key, Need need = Required)
    {
        const QString s = string(key, need);
        return s.isEmpty() ? OpenEnum<E> {} : OpenEnum<E>::fromString(s);
    }

    // An optional nested object kept as raw JSON (fields we show or pass on but do not model);
    // empty when absent, and a failure naming the key when it is not an object.
    QJsonObject rawObject(const char *key);

    // Nested object decoded by T::read(JsonReader&).
    template<typename T> std::optional<T> object(const char *key, Need need = Required)
    {
        if (!has(key)) {
            if (need == Required)
                failMissing(key);
            return std::nullopt;
        }
        JsonReader child = at(key);
        T t = T::read(child);
        if (!ok())
            return std::nullopt;
        return t;
    }

    // Array of objects decoded by T::read(JsonReader&).
    template<typename T> QList<T> list(const char *key, Need need = Required)
    {
        QList<T> out;
        const QJsonArray arr = arrayAt(key, need);
        for (qsizetype i = 0; i < arr.size() && ok(); ++i) {
            JsonReader child = element(key, i, arr.at(i));
            out.append(T::read(child));
        }
        return out;
    }

    // Reports a problem with `key` (or the reader's own value when key is null).
    void fail(const char *key, const QString &message);

    // Value decoding for whole documents: "x: expected ..." without a leading dot.
    static bool toInt64(const QJsonValue &v, qint64 *out);

private:
    JsonReader(const QJsonValue &value, QString path, std::shared_ptr<QString> error);
    JsonReader at(const char *key) const;
    JsonReader element(const char *key, qsizetype index, const QJsonValue &v) const;
    QJsonArray arrayAt(const char *key, Need need);
    QString pathOf(const char *key) const;
    void failMissing(const char *key);
    void failType(const char *key, const QString &expected);

    QJsonValue m_value;
    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

// Helpers for the encoding side, shared by the models' toJson().
namespace json {
QString fromDateTime(const QDateTime &t); // ISO-8601 UTC with milliseconds, "…T22:13:05.651Z"
QJsonArray fromStringList(const QStringList &list);
// Optional string fields are left out of a request body rather than sent empty.
void insertIfNotEmpty(QJsonObject &o, const char *key, const QString &value);
template<typename T> QJsonArray fromList(const QList<T> &list)
{
    QJsonArray a;
    for (const T &t : list)
        a.append(t.toJson());
    return a;
}
} // namespace json

// Decodes a whole value as T: returns T (default-constructed on failure) and puts the first
// problem, with its field path, into *error (cleared on success).
template<typename T> T decodeJson(const QJsonValue &value, QString *error)
{
    JsonReader r(value);
    T t = T::read(r);
    if (error)
        *error = r.error();
    return r.ok() ? t : T {};
}

} // namespace clu
