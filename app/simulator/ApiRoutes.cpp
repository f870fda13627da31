#include "RouteMatch.h"

namespace clu::sim {

namespace {

bool set(RouteMatch *out, const QString &op, QJsonObject args = {})
{
    out->op = op;
    out->args = std::move(args);
    return true;
}

} // namespace

bool ApiRoutes::resolve(const RouteInput &in, RouteMatch *out)
{
    const QStringList &s = in.segments;
    const QString &m = in.method;
    const QString action = in.query.value(QStringLiteral("action"));
    out->clientToken = !in.clientTokenHeader.isEmpty()
        ? in.clientTokenHeader
        : in.query.value(QStringLiteral("client_token"));
    const QJsonObject spec { { QStringLiteral("spec"), in.body } };
    const int n = int(s.size());
    auto is = [&](int i, const char *text) {
        return n > i && s.at(i) == QLatin1String(text);
    };

    if (n == 1 && is(0, "session")) {
        if (m == QLatin1String("POST"))
            return set(out, QStringLiteral("auth.login"));
        if (m == QLatin1String("GET"))
            return set(out, QStringLiteral("auth.get"));
        if (m == QLatin1String("DELETE"))
            return set(out, QStringLiteral("auth.logout"));
        return false;
    }
    if (n == 2 && is(0, "vcenter") && is(1, "datastore") && m == QLatin1String("GET"))
        return set(out, QStringLiteral("datastore.list"));
    if (!is(0, "content"))
        return false;

    if (n >= 2 && (is(1, "local-library") || is(1, "subscribed-library"))) {
        const QString prefix = is(1, "local-library") ? QStringLiteral("local_library.")
                                                      : QStringLiteral("subscribed_library.");
        if (n == 2 && m == QLatin1String("GET"))
            return set(out, prefix + QStringLiteral("list"));
        if (n == 2 && m == QLatin1String("POST") && action.isEmpty())
            return set(out, prefix + QStringLiteral("create"), spec);
        const QJsonObject id { { QStringLiteral("library_id"), n > 2 ? s.at(2) : QString() } };
        if (n == 3 && m == QLatin1String("GET"))
            return set(out, prefix + QStringLiteral("get"), id);
        if (n == 3 && m == QLatin1String("DELETE"))
            return set(out, prefix + QStringLiteral("delete"), id);
        return false;
    }
    if (n == 2 && is(1, "type") && m == QLatin1String("GET"))
        return set(out, QStringLiteral("type.list"));
    if (n >= 2 && is(1, "trusted-certificates")) {
        if (n == 2 && m == QLatin1String("GET"))
            return set(out, QStringLiteral("trusted.list"));
        if (n == 2 && m == QLatin1String("POST"))
            return set(out, QStringLiteral("trusted.create"), spec);
        const QJsonObject id { { QStringLiteral("certificate"), n > 2 ? s.at(2) : QString() } };
        if (n == 3 && m == QLatin1String("GET"))
            return set(out, QStringLiteral("trusted.get"), id);
        if (n == 3 && m == QLatin1String("DELETE"))
            return set(out, QStringLiteral("trusted.delete"), id);
        return false;
    }
    if (!is(1, "library"))
        return false;
    if (n == 2) {
        if (m == QLatin1String("GET"))
            return set(out, QStringLiteral("library.list"));
        if (m == QLatin1String("POST") && action == QLatin1String("find"))
            return set(out, QStringLiteral("library.find"), spec);
        return false;
    }
    if (n == 3 && !is(2, "item")) {
        if (m == QLatin1String("GET"))
            return set(out, QStringLiteral("library.get"),
                       { { QStringLiteral("library_id"), s.at(2) } });
        return false;
    }
    // content/library/item...
    if (n == 3) {
        if (m == QLatin1String("GET"))
            return set(
                out, QStringLiteral("item.list"),
                { { QStringLiteral("library_id"), in.query.value(QStringLiteral("library_id")) } });
        if (m == QLatin1String("POST") && action == QLatin1String("find"))
            return set(out, QStringLiteral("item.find"), spec);
        if (m == QLatin1String("POST") && action.isEmpty())
            return set(out, QStringLiteral("item.create"), spec);
        return false;
    }
    if (is(3, "update-session")) {
        if (n == 4) {
            if (m == QLatin1String("GET")) {
                QJsonObject a;
                if (in.query.contains(QStringLiteral("library_item_id")))
                    a.insert(QStringLiteral("library_item_id"),
                             in.query.value(QStringLiteral("library_item_id")));
                return set(out, QStringLiteral("session.list"), a);
            }
            if (m == QLatin1String("POST") && action.isEmpty())
                return set(out, QStringLiteral("session.create"), spec);
            return false;
        }
        QJsonObject a { { QStringLiteral("session_id"), s.at(4) } };
        if (n == 5) {
            if (m == QLatin1String("GET"))
                return set(out, QStringLiteral("session.get"), a);
            if (m == QLatin1String("DELETE"))
                return set(out, QStringLiteral("session.delete"), a);
            if (m == QLatin1String("PATCH")) {
                a.insert(QStringLiteral("spec"), in.body);
                return set(out, QStringLiteral("session.update"), a);
            }
            if (m == QLatin1String("POST")
                && (action == QLatin1String("complete") || action == QLatin1String("cancel")
                    || action == QLatin1String("fail") || action == QLatin1String("keep-alive"))) {
                for (auto it = in.body.begin(); it != in.body.end(); ++it)
                    a.insert(it.key(), it.value());
                a.insert(QStringLiteral("session_id"), s.at(4));
                return set(out, QStringLiteral("session.") + action, a);
            }
            return false;
        }
        if (!is(5, "file"))
            return false;
        if (n == 6) {
            if (m == QLatin1String("GET"))
                return set(out, QStringLiteral("file.list"), a);
            if (m == QLatin1String("POST") && action == QLatin1String("validate"))
                return set(out, QStringLiteral("file.validate"), a);
            if (m == QLatin1String("POST") && action.isEmpty()) {
                a.insert(QStringLiteral("spec"), in.body);
                return set(out, QStringLiteral("file.add"), a);
            }
            return false;
        }
        if (n == 7) {
            a.insert(QStringLiteral("file_name"), s.at(6));
            if (m == QLatin1String("GET"))
                return set(out, QStringLiteral("file.get"), a);
            if (m == QLatin1String("DELETE"))
                return set(out, QStringLiteral("file.remove"), a);
        }
        return false;
    }
    const QJsonObject item { { QStringLiteral("item_id"), s.at(3) } };
    if (n == 4) {
        if (m == QLatin1String("GET"))
            return set(out, QStringLiteral("item.get"), item);
        if (m == QLatin1String("DELETE"))
            return set(out, QStringLiteral("item.delete"), item);
        return false;
    }
    if (n == 5 && is(4, "file") && m == QLatin1String("GET")) {
        if (in.query.contains(QStringLiteral("name"))) {
            QJsonObject a = item;
            a.insert(QStringLiteral("name"), in.query.value(QStringLiteral("name")));
            return set(out, QStringLiteral("item_file.get"), a);
        }
        return set(out, QStringLiteral("item_file.list"), item);
    }
    return false;
}

} // namespace clu::sim
