#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <httplib.h>

#include <deque>
#include <mutex>

namespace clu::sim {

// The last requests the simulator answered (JSON API and uploads), for GET /control/requests:
// lets client tests assert what went over the wire. Session tokens are redacted.
class RequestLog
{
public:
    explicit RequestLog(bool echoToStderr)
        : m_echo(echoToStderr)
    { }
    void record(const httplib::Request &req, const httplib::Response &res);
    QJsonArray entries();

private:
    std::mutex m_mutex;
    std::deque<QJsonObject> m_entries;
    bool m_echo;
};

} // namespace clu::sim
