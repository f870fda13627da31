#include "ContentRules.h"

#include <QDir>
#include <QUuid>

namespace clu::sim {

QString ContentRules::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ContentRules::nameMatches(const QJsonObject &spec, const QString &name)
{
    return !spec.contains(QLatin1String("name"))
        || spec.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0;
}

bool ContentRules::hasActiveSession(const SimState &state, const QString &itemId)
{
    for (const UpdateSession &u : state.sessions)
        if (u.itemId == itemId && u.state == QLatin1String("ACTIVE"))
            return true;
    return false;
}

VapiError ContentRules::busyItem(const QString &itemId)
{
    return VapiError::make(
        QStringLiteral("RESOURCE_BUSY"),
        QStringLiteral("com.vmware.vdcs.cls-main.library_item_busy"),
        QStringLiteral("Library item %1 has an active update session.").arg(itemId), { itemId });
}

void ContentRules::removeItem(SimState &state, const QString &itemId)
{
    state.items.remove(itemId);
    QDir(state.filesDir() + QLatin1Char('/') + itemId).removeRecursively();
}

} // namespace clu::sim
