#pragma once

#include <httplib.h>

namespace clu::sim {

class Faults;
class OvfAdapter;
class SimState;

// The data-transfer endpoint (§8): PUT/POST of raw bytes to an upload URI handed out by file
// add. Bytes are streamed to the session's staging file as they arrive (memory stays flat);
// size and checksum are enforced; short bodies and dropped connections fail file and session.
class UploadHandler
{
public:
    UploadHandler(SimState &state, Faults &faults, OvfAdapter &ovf, int sessionTimeoutSeconds);
    void handle(const httplib::Request &req, httplib::Response &res,
                const httplib::ContentReader &reader);

    // Closes the TCP connection of a request abruptly (fault injection "drop").
    static void dropConnection(const std::string &peerAddress, int peerPort);

private:
    SimState &m_state;
    Faults &m_faults;
    OvfAdapter &m_ovf;
    int m_timeout;
};

} // namespace clu::sim
