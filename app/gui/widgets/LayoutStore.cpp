#include "widgets/LayoutStore.h"

#include "GuiLogging.h"

#include <QAbstractItemModel>
#include <QBitArray>
#include <QDataStream>
#include <QHash>
#include <QHeaderView>
#include <QList>
#include <QSettings>

namespace clu::gui {

namespace {
const QString kVersionKey = QStringLiteral("layoutVersion");
} // namespace

LayoutStore::LayoutStore(QSettings &settings, const QString &group)
    : m_settings(settings)
    , m_group(group)
{ }

QString LayoutStore::key(const QString &name) const
{
    return m_group + QLatin1Char('/') + name;
}

int LayoutStore::storedVersion() const
{
    if (m_settings.contains(key(kVersionKey))) {
        bool ok = false;
        const int v = m_settings.value(key(kVersionKey)).toInt(&ok);
        return ok ? v : -1; // unreadable: unknown, never current
    }
    m_settings.beginGroup(m_group);
    const bool any = !m_settings.childKeys().isEmpty();
    m_settings.endGroup();
    return any ? 1 : 0;
}

QByteArray LayoutStore::state(const QString &name) const
{
    if (!isCurrent())
        return {};
    return m_settings.value(key(name)).toByteArray();
}

void LayoutStore::setState(const QString &name, const QByteArray &state)
{
    m_settings.setValue(key(kVersionKey), kVersion);
    m_settings.setValue(key(name), state);
}

void LayoutStore::discard()
{
    const int version = storedVersion();
    if (version == 0)
        return;
    qCInfo(lcGui) << "ignoring the saved window layout of layout version" << version
                  << "(this build uses" << kVersion << "): the default layout is used";
    m_settings.remove(m_group);
}

int LayoutStore::headerSectionCount(const QByteArray &state)
{
    // QHeaderView::saveState(): a marker and a format version, then QHeaderViewPrivate::write()
    // in Qt 5.0 stream format (unchanged in Qt 5 and 6): the section count follows the sort
    // indicator, the index maps, the hidden sections (bits and sizes) and the length.
    QDataStream in(state);
    in.setVersion(QDataStream::Qt_5_0);
    int marker = 0;
    int format = -1;
    in >> marker >> format;
    if (in.status() != QDataStream::Ok || marker != 0xff || format != 0)
        return -1;
    int orientation = 0;
    int sortOrder = 0;
    int sortSection = 0;
    bool sortShown = false;
    QList<int> visualIndices;
    QList<int> logicalIndices;
    QBitArray hidden;
    QHash<int, int> hiddenSectionSizes; // logical index → size before it was hidden
    int length = 0;
    int sectionCount = -1;
    in >> orientation >> sortOrder >> sortSection >> sortShown >> visualIndices >> logicalIndices
        >> hidden >> hiddenSectionSizes >> length >> sectionCount;
    if (in.status() != QDataStream::Ok || sectionCount < 0)
        return -1;
    return sectionCount;
}

bool LayoutStore::restoreHeader(QHeaderView *header, const QByteArray &state)
{
    if (state.isEmpty() || !header->model())
        return false;
    const QAbstractItemModel *model = header->model();
    const int sections = header->orientation() == Qt::Horizontal
        ? model->columnCount(header->rootIndex())
        : model->rowCount(header->rootIndex());
    const int saved = headerSectionCount(state);
    if (saved != sections) {
        const QString view =
            header->parentWidget() ? header->parentWidget()->objectName() : header->objectName();
        qCInfo(lcGui).nospace() << "ignoring the saved columns of " << view << ": they describe "
                                << saved << " sections, the view has " << sections;
        return false;
    }
    return header->restoreState(state);
}

} // namespace clu::gui
