#include "ControlEndpoint.h"

#include "Auth.h"
#include "Faults.h"
#include "RequestBody.h"
#include "RequestLog.h"
#include "SessionOperations.h"
#include "SimState.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clu::sim {

namespace {

void answer(httplib::Response &res, int status, QJsonObject o)
{
    o.insert(QStringLiteral("ok"), status == 200);
    const QByteArray b = QJsonDocument(o).toJson(QJsonDocument::Compact);
    res.status = status;
    res.set_content(b.constData(), size_t(b.size()), "application/json");
}

void refuse(httplib::Response &res, const QString &why)
{
    answer(res, 400, { { QStringLiteral("error"), why } });
}

// Parses the body; false (and a 400 answer) when it is not a JSON object.
bool body(const std::string &raw, httplib::Response &res, QJsonObject *out)
{
    if (raw.empty()) {
        *out = {};
        return true;
    }
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray::fromStdString(raw), &e);
    if (!d.isObject()) {
        refuse(res, QStringLiteral("body is not a JSON object: %1").arg(e.errorString()));
        return false;
    }
    *out = d.object();
    return true;
}

bool wholeNumber(const QJsonObject &o, const char *key, qint64 min, qint64 *out,
                 httplib::Response &res, bool required = true, qint64 fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && !required) {
        *out = fallback;
        return true;
    }
    if (!v.isDouble() || v.toDouble() < double(min) || v.toDouble() != double(v.toInteger())) {
        refuse(
            res,
            QStringLiteral("\"%1\" must be a whole number >= %2").arg(QLatin1String(key)).arg(min));
        return false;
    }
    *out = v.toInteger();
    return true;
}

using BodyHandler = std::function<void(const std::string &body, httplib::Response &res)>;

// A POST whose body RequestBody reads (a body-less `curl -X POST` must not hang, RequestBody.h).
void post(httplib::Server &s, const char *path, BodyHandler handler)
{
    s.Post(path,
           [handler = std::move(handler)](const httplib::Request &req, httplib::Response &res,
                                          const httplib::ContentReader &reader) {
               std::string raw;
               if (!RequestBody::read(req, reader, &raw))
                   return refuse(res, QStringLiteral("the request body could not be read"));
               handler(raw, res);
           });
}

} // namespace

ControlEndpoint::ControlEndpoint(Deps deps)
    : m_d(std::move(deps))
{ }

qint64 ControlEndpoint::peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

void ControlEndpoint::install(httplib::Server &s)
{
    post(s, "/control/drop-upload", [this](const std::string &raw, httplib::Response &res) {
        QJsonObject o;
        qint64 after = 0, count = 0;
        if (!body(raw, res, &o))
            return;
        // "offsets": [n, …] drops the next uploads one each at these byte counts.
        if (o.contains(QLatin1String("offsets"))) {
            QList<qint64> offsets;
            for (const QJsonValue &v : o.value(QLatin1String("offsets")).toArray()) {
                if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
                    return refuse(res, QStringLiteral("\"offsets\" must be whole numbers >= 0"));
                offsets.append(v.toInteger());
            }
            if (offsets.isEmpty())
                return refuse(res, QStringLiteral("\"offsets\" must be a non-empty array"));
            m_d.faults.update([&](Faults::Snapshot &f) { f.dropOffsets = offsets; });
            return answer(res, 200, {});
        }
        if (!wholeNumber(o, "after_bytes", 0, &after, res)
            || !wholeNumber(o, "count", 1, &count, res, false, 1))
            return;
        m_d.faults.update([&](Faults::Snapshot &f) {
            f.dropAfterBytes = after;
            f.dropCount = int(count);
        });
        answer(res, 200, {});
    });
    post(s, "/control/throttle", [this](const std::string &raw, httplib::Response &res) {
        QJsonObject o;
        qint64 bps = 0;
        if (!body(raw, res, &o) || !wholeNumber(o, "bytes_per_second", 0, &bps, res))
            return;
        m_d.faults.update([&](Faults::Snapshot &f) { f.throttleBps = bps; });
        answer(res, 200, {});
    });
    post(s, "/control/fail-calls", [this](const std::string &raw, httplib::Response &res) {
        QJsonObject o;
        qint64 count = 0, status = 0, retryAfter = 0;
        if (!body(raw, res, &o) || !wholeNumber(o, "count", 0, &count, res)
            || !wholeNumber(o, "status", 400, &status, res, false, 503)
            || !wholeNumber(o, "retry_after", 0, &retryAfter, res, false, 0))
            return;
        if (status > 599)
            return refuse(res, QStringLiteral("\"status\" must be an HTTP error status (400-599)"));
        const QJsonValue match = o.value(QLatin1String("match"));
        if (!match.isUndefined() && !match.isString())
            return refuse(res, QStringLiteral("\"match\" must be a string"));
        const QRegularExpression pattern(match.toString());
        if (!pattern.isValid())
            return refuse(res,
                          QStringLiteral("\"match\" is not a regular expression: %1")
                              .arg(pattern.errorString()));
        const QJsonValue after = o.value(QLatin1String("after_call"));
        if (!after.isUndefined() && !after.isBool())
            return refuse(res, QStringLiteral("\"after_call\" must be true or false"));
        m_d.faults.update([&](Faults::Snapshot &f) {
            f.failAfterCall = after.toBool();
            f.failCalls = int(count);
            f.failMatch = pattern;
            f.failStatus = int(status);
            f.retryAfter = int(retryAfter);
        });
        answer(res, 200, {});
    });
    post(s, "/control/expire-logins", [this](const std::string &, httplib::Response &res) {
        m_d.auth.expireAll();
        answer(res, 200, {});
    });
    post(s, "/control/expire-session", [this](const std::string &raw, httplib::Response &res) {
        QJsonObject o;
        if (!body(raw, res, &o))
            return;
        const QString id = o.value(QLatin1String("session_id")).toString();
        {
            std::lock_guard lock(m_d.state.mutex);
            auto it = m_d.state.sessions.find(id);
            if (it == m_d.state.sessions.end())
                return refuse(res, QStringLiteral("no update session with id \"%1\"").arg(id));
            if (it->state != QLatin1String("ACTIVE"))
                return refuse(res,
                              QStringLiteral("update session %1 is %2, only ACTIVE sessions expire")
                                  .arg(id, it->state));
            // Expired under the same lock: a keep-alive or upload byte arriving in between
            // would otherwise move the expiration forward again, and the session would survive
            // (seen once in a full CI run of TestReviewRecovery).
            it->expiration = QDateTime::currentDateTimeUtc().addSecs(-1);
            m_d.sessions.expireLocked(m_d.gcAfterSeconds);
        }
        answer(res, 200, {});
    });
    post(s, "/control/preview-delay", [this](const std::string &raw, httplib::Response &res) {
        QJsonObject o;
        qint64 seconds = 0;
        if (!body(raw, res, &o) || !wholeNumber(o, "seconds", 0, &seconds, res))
            return;
        m_d.faults.update([&](Faults::Snapshot &f) { f.previewDelaySeconds = int(seconds); });
        answer(res, 200, {});
    });
    post(s, "/control/busy-status", [this](const std::string &raw, httplib::Response &res) {
        QJsonObject o;
        if (!body(raw, res, &o))
            return;
        const int status = o.value(QLatin1String("status")).toInt();
        if (status != 500 && status != 400)
            return refuse(res, QStringLiteral("\"status\" must be 500 or 400"));
        m_d.faults.update([&](Faults::Snapshot &f) { f.busyStatus = status; });
        answer(res, 200, {});
    });
    post(s, "/control/chunked", [this](const std::string &raw, httplib::Response &res) {
        QJsonObject o;
        if (!body(raw, res, &o))
            return;
        if (!o.value(QLatin1String("accept")).isBool())
            return refuse(res, QStringLiteral("\"accept\" must be true or false"));
        const bool accept = o.value(QLatin1String("accept")).toBool();
        m_d.faults.update([&](Faults::Snapshot &f) { f.acceptChunked = accept; });
        answer(res, 200, {});
    });
    post(s, "/control/checksum-reason", [this](const std::string &raw, httplib::Response &res) {
        QJsonObject o;
        if (!body(raw, res, &o))
            return;
        if (!o.value(QLatin1String("reason")).isString())
            return refuse(res, QStringLiteral("\"reason\" must be a string (empty: the default)"));
        const QString reason = o.value(QLatin1String("reason")).toString();
        m_d.faults.update([&](Faults::Snapshot &f) { f.checksumReason = reason; });
        answer(res, 200, {});
    });
    post(s, "/control/reset", [this](const std::string &, httplib::Response &res) {
        m_d.resetFaults();
        answer(res, 200, {});
    });
    s.Get("/control/requests", [this](const httplib::Request &, httplib::Response &res) {
        answer(res, 200, { { QStringLiteral("requests"), m_d.log.entries() } });
    });
    s.Get("/control/stats", [this](const httplib::Request &, httplib::Response &res) {
        qint64 sessions = 0;
        {
            std::lock_guard lock(m_d.state.mutex);
            sessions = m_d.state.sessions.size();
        }
        answer(res, 200,
               { { QStringLiteral("api_sessions"), m_d.auth.liveSessions() },
                 { QStringLiteral("update_sessions"), sessions },
                 { QStringLiteral("keepalive_calls"), qint64(m_d.keepAliveCalls.load()) },
                 { QStringLiteral("injected_failures"), m_d.faults.callFailures() },
                 { QStringLiteral("dropped_uploads"), m_d.faults.dropped() },
                 { QStringLiteral("peak_rss_kib"), peakRssKiB() } });
    });
    s.set_error_handler([](const httplib::Request &req, httplib::Response &res) {
        if (res.status == 404)
            answer(res, 404,
                   { { QStringLiteral("error"),
                       QStringLiteral("unknown control call %1 %2")
                           .arg(QString::fromStdString(req.method),
                                QString::fromStdString(req.path)) } });
    });
}

} // namespace clu::sim
