#pragma once

#include <QObject>
#include <QThread>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace clu::sim {

class OvfAdapter;
class SimState;
class Faults;

// Server-side PULL (§8.6): fetches http(s) sources in a worker thread with its own
// QNetworkAccessManager, honouring ssl_certificate_thumbprint (SHA-1 of the DER certificate:
// when given, exactly that certificate is accepted, nothing else is checked).
class PullFetcher : public QObject
{
    Q_OBJECT
public:
    PullFetcher(SimState &state, Faults &faults, OvfAdapter &ovf, int sessionTimeoutSeconds,
                std::function<void(const QString &sessionId)> finished);
    ~PullFetcher() override;

    // Thread-safe: queues the fetch of one session file.
    void start(const QString &sessionId, const QString &fileName);

private:
    void fetch(const QString &sessionId, const QString &fileName);

    SimState &m_state;
    Faults &m_faults;
    OvfAdapter &m_ovf;
    int m_timeout;
    std::function<void(const QString &)> m_finished;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread: context of queued calls
};

} // namespace clu::sim
