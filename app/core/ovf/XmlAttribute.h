#pragma once

#include <QString>
#include <QXmlStreamAttributes>

namespace clu {

// The value of the attribute with this local name, whatever its prefix: ovf:href normally
// carries the OVF namespace, but hand-written descriptors sometimes use another prefix.
// Empty when there is none.
inline QString localAttribute(const QXmlStreamAttributes &attrs, QLatin1String localName)
{
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name() == localName)
            return a.value().toString();
    }
    return {};
}

} // namespace clu
