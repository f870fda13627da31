#include "JsonReader.h"

#include <cmath>
#include <limits>

namespace clu {

JsonReader::JsonReader(const QJsonValue &value)
    : JsonReader(value, QString(), std::make_shared<QString>())
{ }

JsonReader::JsonReader(const QJsonValue &value, QString path, std::shared_ptr<QString> error)
    : m_value(value)
    , m_object(value.toObject())
    , m_path(std::move(path))
    , m_error(std::move(error))
{ }

QString JsonReader::pathOf(const char *key) const
{
    if (!key)
        return m_path;
    const QString k = QString::fromLatin1(key);
    return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k;
}

void JsonReader::fail(const char *key, const QString &message)
{
    if (!m_error->isEmpty())
        return; // the first problem is the one worth reporting
    const QString p = pathOf(key);
    *m_error = p.isEmpty() ? message : p + QLatin1String(": ") + message;
}

void JsonReader::failMissing(const char *key)
{
    fail(key, tr("required field is missing"));
}

void JsonReader::failType(const char *key, const QString &expected)
{
    fail(key, tr("expected %1").arg(expected));
}

bool JsonReader::expectObject()
{
    if (!m_value.isObject()) {
        failType(nullptr, tr("an object"));
        return false;
    }
    return true;
}

bool JsonReader::has(const char *key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QJsonValue JsonReader::raw(const char *key) const
{
    return m_object.value(QLatin1String(key));
}

QString JsonReader::string(const char *key, Need need)
{
    if (!has(key)) {
        if (need == Required)
            failMissing(key);
        return {};
    }
    const QJsonValue v = raw(key);
    if (!v.isString()) {
        failType(key, tr("a string"));
        return {};
    }
    return v.toString();
}

bool JsonReader::toInt64(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble()) {
        // Qt 6 keeps integral JSON numbers as exact 64-bit integers; toInteger() refuses
        // fractions and out-of-range values instead of rounding them.
        const double d = v.toDouble();
        if (std::isnan(d) || std::floor(d) != d)
            return false;
        const qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 n = v.toInteger(sentinel);
        if (n == sentinel)
            return false;
        *out = n;
        return true;
    }
    if (v.isString()) {
        // Some gateways send 64-bit numbers as strings to protect them from double rounding.
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (!ok)
            return false;
        *out = n;
        return true;
    }
    return false;
}

qint64 JsonReader::int64(const char *key, Need need, qint64 fallback)
{
    if (!has(key)) {
        if (need == Required)
            failMissing(key);
        return fallback;
    }
    qint64 n = 0;
    if (!toInt64(raw(key), &n)) {
        failType(key, tr("a 64-bit integer"));
        return fallback;
    }
    return n;
}

bool JsonReader::boolean(const char *key, Need need, bool fallback)
{
    if (!has(key)) {
        if (need == Required)
            failMissing(key);
        return fallback;
    }
    const QJsonValue v = raw(key);
    if (!v.isBool()) {
        failType(key, tr("true or false"));
        return fallback;
    }
    return v.toBool();
}

QDateTime JsonReader::dateTime(const char *key, Need need)
{
    const QString s = string(key, need);
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid()) {
        fail(key, tr("\"%1\" is not an ISO-8601 date and time").arg(s));
        return {};
    }
    return t.toUTC();
}

QJsonArray JsonReader::arrayAt(const char *key, Need need)
{
    // A null array is an empty one, also where the API requires the field: Go servers
    // (govmomi's vcsim) send a nil slice as null. How a server spells "nothing" is not worth
    // refusing its answer for. A required array that is absent altogether still fails: it may
    // be what a decision rests on (an AVAILABLE preview's warnings).
    if (raw(key).isNull())
        return {};
    if (!has(key)) {
        if (need == Required)
            failMissing(key);
        return {};
    }
    const QJsonValue v = raw(key);
    if (!v.isArray()) {
        failType(key, tr("an array"));
        return {};
    }
    return v.toArray();
}

QStringList JsonReader::stringList(const char *key, Need need)
{
    QStringList out;
    const QJsonArray arr = arrayAt(key, need);
    for (qsizetype i = 0; i < arr.size(); ++i) {
        if (!arr.at(i).isString()) {
            element(key, i, arr.at(i)).failType(nullptr, tr("a string"));
            return {};
        }
        out.append(arr.at(i).toString());
    }
    return out;
}

JsonReader JsonReader::at(const char *key) const
{
    return JsonReader(raw(key), pathOf(key), m_error);
}

JsonReader JsonReader::element(const char *key, qsizetype index, const QJsonValue &v) const
{
    return JsonReader(v, pathOf(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'),
                      m_error);
}

namespace json {

QString fromDateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonArray fromStringList(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace json

QJsonObject JsonReader::rawObject(const char *key)
{
    if (!has(key))
        return {};
    if (!raw(key).isObject()) {
        fail(key, tr("expected an object"));
        return {};
    }
    return raw(key).toObject();
}

void json::insertIfNotEmpty(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace clu
