#pragma once

#include <QLoggingCategory>

// Logging category of the desktop front end (QT_LOGGING_RULES="clu.gui.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcGui)
