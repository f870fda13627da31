#include "widgets/Icons.h"

#include <QFile>

namespace clu::gui {

QIcon Icons::icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    Q_ASSERT_X(QFile::exists(path), "Icons::icon", qPrintable(path));
    return QIcon(path);
}

QString Icons::sessionStateIconName(SessionState state)
{
    switch (state) {
    case SessionState::Active:
        return QStringLiteral("state-active");
    case SessionState::Done:
        return QStringLiteral("state-done");
    case SessionState::Error:
        return QStringLiteral("state-error");
    case SessionState::Canceled:
        return QStringLiteral("state-canceled");
    case SessionState::Unknown:
        break;
    }
    return QStringLiteral("state-unknown");
}

QIcon Icons::sessionState(SessionState state)
{
    return icon(sessionStateIconName(state));
}

} // namespace clu::gui
