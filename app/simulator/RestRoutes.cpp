#include "RouteMatch.h"

namespace clu::sim {

namespace {

bool set(RouteMatch *out, const QString &op, QJsonObject args = {})
{
    out->op = op;
    out->args = std::move(args);
    return true;
}

// "id:xyz" -> "xyz"; anything else is not an id segment.
bool idOf(const QString &segment, QString *id)
{
    if (!segment.startsWith(QLatin1String("id:")))
        return false;
    *id = segment.mid(3);
    return true;
}

} // namespace

bool RestRoutes::resolve(const RouteInput &in, RouteMatch *out)
{
    const QStringList &s = in.segments;
    const QString &m = in.method;
    const QString action = in.query.value(QStringLiteral("~action"));
    const QJsonObject &b = in.body;
    out->clientToken = b.value(QLatin1String("client_token")).toString();
    const int n = int(s.size());
    auto is = [&](int i, const char *text) {
        return n > i && s.at(i) == QLatin1String(text);
    };
    auto wrapped = [&](const char *param) {
        return QJsonObject { { QStringLiteral("spec"), b.value(QLatin1String(param)).toObject() } };
    };
    QString id;

    if (n == 2 && is(0, "vcenter") && is(1, "datastore") && m == QLatin1String("GET"))
        return set(out, QStringLiteral("datastore.list"));
    if (!is(0, "com") || !is(1, "vmware"))
        return false;
    if (n == 4 && is(2, "cis") && is(3, "session")) {
        if (m == QLatin1String("POST") && action == QLatin1String("get"))
            return set(out, QStringLiteral("auth.get"));
        if (m == QLatin1String("POST") && action.isEmpty())
            return set(out, QStringLiteral("auth.login"));
        if (m == QLatin1String("DELETE"))
            return set(out, QStringLiteral("auth.logout"));
        return false;
    }
    if (!is(2, "content"))
        return false;
    if (n == 4 && is(3, "type") && m == QLatin1String("GET"))
        return set(out, QStringLiteral("type.list"));
    if (n >= 4 && (is(3, "local-library") || is(3, "subscribed-library"))) {
        const QString prefix = is(3, "local-library") ? QStringLiteral("local_library.")
                                                      : QStringLiteral("subscribed_library.");
        if (n == 4 && m == QLatin1String("GET"))
            return set(out, prefix + QStringLiteral("list"));
        if (n == 4 && m == QLatin1String("POST") && action.isEmpty())
            return set(out, prefix + QStringLiteral("create"), wrapped("create_spec"));
        if (n == 5 && idOf(s.at(4), &id)) {
            if (m == QLatin1String("GET"))
                return set(out, prefix + QStringLiteral("get"),
                           { { QStringLiteral("library_id"), id } });
            if (m == QLatin1String("DELETE"))
                return set(out, prefix + QStringLiteral("delete"),
                           { { QStringLiteral("library_id"), id } });
        }
        return false;
    }
    if (!is(3, "library"))
        return false;
    if (n == 4) {
        if (m == QLatin1String("GET"))
            return set(out, QStringLiteral("library.list"));
        if (m == QLatin1String("POST") && action == QLatin1String("find"))
            return set(out, QStringLiteral("library.find"), wrapped("spec"));
        return false;
    }
    if (n == 5 && idOf(s.at(4), &id)) {
        if (m == QLatin1String("GET"))
            return set(out, QStringLiteral("library.get"),
                       { { QStringLiteral("library_id"), id } });
        return false;
    }
    if (!is(4, "item"))
        return false;
    if (n == 5) {
        if (m == QLatin1String("GET"))
            return set(
                out, QStringLiteral("item.list"),
                { { QStringLiteral("library_id"), in.query.value(QStringLiteral("library_id")) } });
        if (m == QLatin1String("POST") && action == QLatin1String("find"))
            return set(out, QStringLiteral("item.find"), wrapped("spec"));
        if (m == QLatin1String("POST") && action.isEmpty())
            return set(out, QStringLiteral("item.create"), wrapped("create_spec"));
        return false;
    }
    if (n == 6 && idOf(s.at(5), &id)) {
        if (m == QLatin1String("GET"))
            return set(out, QStringLiteral("item.get"), { { QStringLiteral("item_id"), id } });
        if (m == QLatin1String("DELETE"))
            return set(out, QStringLiteral("item.delete"), { { QStringLiteral("item_id"), id } });
        return false;
    }
    if (is(5, "file")) {
        if (n == 6 && m == QLatin1String("GET"))
            return set(out, QStringLiteral("item_file.list"),
                       { { QStringLiteral("item_id"),
                           in.query.value(QStringLiteral("library_item_id")) } });
        if (n == 7 && idOf(s.at(6), &id) && m == QLatin1String("POST")
            && action == QLatin1String("get"))
            return set(out, QStringLiteral("item_file.get"),
                       { { QStringLiteral("item_id"), id },
                         { QStringLiteral("name"), b.value(QLatin1String("name")).toString() } });
        return false;
    }
    if (is(5, "update-session")) {
        if (n == 6) {
            if (m == QLatin1String("GET")) {
                QJsonObject a;
                if (in.query.contains(QStringLiteral("library_item_id")))
                    a.insert(QStringLiteral("library_item_id"),
                             in.query.value(QStringLiteral("library_item_id")));
                return set(out, QStringLiteral("session.list"), a);
            }
            if (m == QLatin1String("POST") && action.isEmpty())
                return set(out, QStringLiteral("session.create"), wrapped("create_spec"));
            return false;
        }
        if (n != 7 || !idOf(s.at(6), &id))
            return false;
        QJsonObject a { { QStringLiteral("session_id"), id } };
        if (m == QLatin1String("GET"))
            return set(out, QStringLiteral("session.get"), a);
        if (m == QLatin1String("DELETE"))
            return set(out, QStringLiteral("session.delete"), a);
        if (m == QLatin1String("PATCH")) {
            a.insert(QStringLiteral("spec"), b.value(QLatin1String("update_spec")).toObject());
            return set(out, QStringLiteral("session.update"), a);
        }
        if (m == QLatin1String("POST")
            && (action == QLatin1String("complete") || action == QLatin1String("cancel")
                || action == QLatin1String("fail") || action == QLatin1String("keep-alive"))) {
            for (auto it = b.begin(); it != b.end(); ++it)
                a.insert(it.key(), it.value());
            a.insert(QStringLiteral("session_id"), id);
            return set(out, QStringLiteral("session.") + action, a);
        }
        return false;
    }
    if (is(5, "updatesession") && is(6, "file")) {
        if (n == 7 && m == QLatin1String("GET"))
            return set(out, QStringLiteral("file.list"),
                       { { QStringLiteral("session_id"),
                           in.query.value(QStringLiteral("update_session_id")) } });
        if (n != 8 || !idOf(s.at(7), &id) || m != QLatin1String("POST"))
            return false;
        QJsonObject a { { QStringLiteral("session_id"), id } };
        if (action == QLatin1String("add")) {
            a.insert(QStringLiteral("spec"), b.value(QLatin1String("file_spec")).toObject());
            return set(out, QStringLiteral("file.add"), a);
        }
        if (action == QLatin1String("get") || action == QLatin1String("remove")) {
            a.insert(QStringLiteral("file_name"), b.value(QLatin1String("file_name")).toString());
            return set(out, QStringLiteral("file.") + action, a);
        }
        if (action == QLatin1String("validate"))
            return set(out, QStringLiteral("file.validate"), a);
    }
    return false;
}

} // namespace clu::sim
