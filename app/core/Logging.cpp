#include "Logging.h"

Q_LOGGING_CATEGORY(lcCredentials, "clu.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRest, "clu.rest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "clu.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUpload, "clu.upload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOvf, "clu.ovf", QtInfoMsg)
Q_LOGGING_CATEGORY(lcI18n, "clu.i18n", QtInfoMsg)
