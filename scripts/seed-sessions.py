#!/usr/bin/env python3
"""Creates N library items with one ACTIVE update session each on a vCenter-like server
(cl-simulator) through the plain /api, so listing N sessions can be measured with a client we
did not write in the loop. One keep-alive TLS connection, standard library only.

Usage: seed-sessions.py BASE_URL USER PASSWORD COUNT [CA_FILE]
  BASE_URL  https://127.0.0.1:PORT (cl-simulator prints it on start)
  CA_FILE   the server's certificate (cl-simulator: <data-dir>/tls/cert.pem); without it the
            certificate is not checked (a loopback lab only).
Prints the number of sessions the server lists afterwards.
"""
import base64
import http.client
import json
import ssl
import sys
import urllib.parse


def main():
    if len(sys.argv) not in (5, 6):
        sys.exit(__doc__)
    base, user, password, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    url = urllib.parse.urlsplit(base)
    if url.scheme != "https":
        sys.exit("seed-sessions.py: BASE_URL must be https://")
    ctx = ssl.create_default_context(cafile=sys.argv[5]) if len(sys.argv) == 6 \
        else ssl._create_unverified_context()
    if len(sys.argv) == 6:
        ctx.check_hostname = False  # the simulator's certificate names 127.0.0.1 by IP
    conn = http.client.HTTPSConnection(url.hostname, url.port or 443, context=ctx)

    def call(method, path, body=None, headers=None, expect=(200, 201, 204)):
        h = {"Accept": "application/json"}
        if token:
            h["vmware-api-session-id"] = token
        if body is not None:
            h["Content-Type"] = "application/json"
            body = json.dumps(body)
        h.update(headers or {})
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        if r.status not in expect:
            sys.exit("seed-sessions.py: %s %s -> HTTP %d: %s" % (method, path, r.status,
                                                                 data[:300]))
        return json.loads(data) if data.strip() else None

    token = None
    basic = base64.b64encode(("%s:%s" % (user, password)).encode()).decode()
    token = call("POST", "/api/session", headers={"Authorization": "Basic " + basic})
    libs = call("GET", "/api/content/library")
    library = None
    for lib_id in libs:
        if call("GET", "/api/content/library/" + lib_id).get("type") == "LOCAL":
            library = lib_id
            break
    if not library:
        sys.exit("seed-sessions.py: the server has no LOCAL library")
    for i in range(count):
        item = call("POST", "/api/content/library/item",
                    {"library_id": library, "name": "seeded-%05d" % i, "type": "file"})
        call("POST", "/api/content/library/item/update-session",
             {"library_item_id": item})
    print(len(call("GET", "/api/content/library/item/update-session")))


if __name__ == "__main__":
    main()
