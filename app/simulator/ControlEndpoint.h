#pragma once

#include <QtGlobal>

#include <httplib.h>

#include <atomic>
#include <functional>

namespace clu::sim {

class Auth;
class Faults;
class RequestLog;
class SimState;
class SessionOperations;

// The fault-injection endpoint (plain HTTP on loopback, separate port, not part of the
// vCenter API). Contract: /work shared context "Simulator control endpoint".
class ControlEndpoint
{
public:
    struct Deps
    {
        SimState &state;
        Faults &faults;
        Auth &auth;
        RequestLog &log;
        SessionOperations &sessions;
        std::atomic<qint64> &keepAliveCalls;
        std::function<void()> resetFaults;
        int gcAfterSeconds;
    };
    explicit ControlEndpoint(Deps deps);
    void install(httplib::Server &server);

    static qint64 peakRssKiB();

private:
    Deps m_d;
};

} // namespace clu::sim
