#include "GuiLogging.h"

Q_LOGGING_CATEGORY(lcGui, "clu.gui", QtInfoMsg)
