#pragma once

#include <QString>

namespace clu {

// The two path/body conventions vCenter serves for the same services (§0, §2).
enum class ApiFlavor {
    Api, // /api/...: resource paths, action=, bare bodies and results (vSphere 7.0 U2+)
    Rest // /rest/com/vmware/...: id: paths, ~action=, bodies wrapped by parameter name, {"value"}
};

inline QString flavorName(ApiFlavor f)
{
    return f == ApiFlavor::Api ? QStringLiteral("/api") : QStringLiteral("/rest");
}

} // namespace clu
