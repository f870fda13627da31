#pragma once

#include <QString>

#include "CluVersion.h"

namespace clu {

// The application version, from CMake's project(VERSION): shared by all executables and packages.
inline QString versionString()
{
    return QStringLiteral(CLU_VERSION_STRING);
}

} // namespace clu
