#include "RequestBody.h"

#include <strings.h>

namespace clu::sim {

RequestBody::Framing RequestBody::framing(const httplib::Request &req)
{
    if (req.has_header("Transfer-Encoding")) {
        // Exactly the test httplib's chunked reader is selected by (is_chunked_transfer_encoding).
        return ::strcasecmp(req.get_header_value("Transfer-Encoding").c_str(), "chunked") == 0
            ? Framing::Chunked
            : Framing::Unsupported;
    }
    return req.has_header("Content-Length") ? Framing::Length : Framing::None;
}

bool RequestBody::read(const httplib::Request &req, const httplib::ContentReader &reader,
                       std::string *body)
{
    body->clear();
    switch (framing(req)) {
    case Framing::None:
        return true;
    case Framing::Unsupported:
        return false;
    case Framing::Length:
    case Framing::Chunked:
        break;
    }
    return reader([body](const char *data, size_t len) {
        body->append(data, len);
        return true;
    });
}

void RequestBody::drain(const httplib::Request &req, const httplib::ContentReader &reader)
{
    const Framing f = framing(req);
    if (f == Framing::Length || f == Framing::Chunked)
        reader([](const char *, size_t) { return true; });
}

} // namespace clu::sim
