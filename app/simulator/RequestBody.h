#pragma once

#include <httplib.h>

#include <string>

namespace clu::sim {

// Request-body framing as RFC 9112 §6.3 defines it for requests, in one place for every route.
//
// cpp-httplib 0.11.4 reads the body of a POST/PUT/PATCH that has neither Content-Length nor
// Transfer-Encoding until the client closes the connection (read_content_without_length, a rule
// that holds for responses only). A client that sends `curl -X POST .../api/session` — the login
// as VMware documents it — then waits for a reply until the read timeout. So every route with a
// body is registered as a content-reader handler (httplib then reads nothing on its own) and asks
// this class whether and how a body follows, before it reads a byte.
class RequestBody
{
public:
    enum class Framing {
        None, // neither header: the body has length zero (§6.3 point 7)
        Length, // Content-Length (possibly 0)
        Chunked, // Transfer-Encoding: chunked
        Unsupported, // another transfer coding: we cannot find the end of the body (§6.1: 501)
    };

    static Framing framing(const httplib::Request &req);

    // Reads the whole body into *body (empty without one). False when the body cannot be read
    // (broken connection, bad chunk, unsupported coding); *body then holds what arrived.
    static bool read(const httplib::Request &req, const httplib::ContentReader &reader,
                     std::string *body);

    // Reads and discards the body of a refused request, so the next request on the keep-alive
    // connection starts where it should; a request without a body costs nothing.
    static void drain(const httplib::Request &req, const httplib::ContentReader &reader);
};

} // namespace clu::sim
