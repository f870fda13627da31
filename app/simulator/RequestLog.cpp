#include "RequestLog.h"

#include <QString>

#include <cstdio>

namespace clu::sim {

void RequestLog::record(const httplib::Request &req, const httplib::Response &res)
{
    QJsonObject headers;
    for (const auto &h : req.headers) {
        const QString name = QString::fromStdString(h.first).toLower();
        const bool secret = name == QLatin1String("authorization")
            || name == QLatin1String("vmware-api-session-id") || name == QLatin1String("cookie");
        headers.insert(name,
                       secret ? QStringLiteral("<redacted>") : QString::fromStdString(h.second));
    }
    const std::string &target = req.target;
    const auto q = target.find('?');
    const QString query =
        q == std::string::npos ? QString() : QString::fromStdString(target.substr(q + 1));
    const QJsonObject e { { QStringLiteral("method"), QString::fromStdString(req.method) },
                          { QStringLiteral("path"), QString::fromStdString(req.path) },
                          { QStringLiteral("query"), query },
                          { QStringLiteral("status"), res.status },
                          { QStringLiteral("headers"), headers } };
    if (m_echo)
        std::fprintf(stderr, "cl-simulator: %s %s -> %d\n", req.method.c_str(), target.c_str(),
                     res.status);
    std::lock_guard lock(m_mutex);
    m_entries.push_back(e);
    while (m_entries.size() > 500)
        m_entries.pop_front();
}

QJsonArray RequestLog::entries()
{
    std::lock_guard lock(m_mutex);
    QJsonArray a;
    for (const QJsonObject &e : m_entries)
        a.append(e);
    return a;
}

} // namespace clu::sim
