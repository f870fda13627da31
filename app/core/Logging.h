#pragma once

#include <QLoggingCategory>

// Logging categories of the engine. Enable with QT_LOGGING_RULES="clu.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcRest)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcUpload)
Q_DECLARE_LOGGING_CATEGORY(lcOvf)
Q_DECLARE_LOGGING_CATEGORY(lcI18n)
