#pragma once

#include <QByteArray>
#include <QString>

class QHeaderView;
class QSettings;

namespace clu::gui {

// A window's saved layout in QSettings (geometry, toolbars and docks, splitters, column
// headers), tagged with the layout version that wrote it. Qt's saved states describe the widgets
// as they were built when saved: resize modes, widths and order of columns, which section
// stretches, splitter sizes and collapsibility. Applied to widgets built differently by a newer
// build, an old state undoes their layout (the sessions table squeezed into a strip that
// scrolls sideways). So states are restored only when the same layout version wrote them; an
// older, newer or unversioned layout is dropped and the next save writes the current one.
class LayoutStore
{
public:
    // Raise whenever a state saved before would no longer fit the widgets: columns added,
    // removed or given other resize modes, panes rearranged, default shares changed.
    // 1 = the states of builds before this key existed (no version stored);
    // 2 = sessions table fitted to the width (stretching preview, middle-elided id) with the
    //     larger share of the height, non-collapsible panes;
    // 3 = libraries tree fitted to its dock (stretching name, type and version hidden).
    static constexpr int kVersion = 3;

    // The states live in `group` of `settings` (which must outlive this object).
    LayoutStore(QSettings &settings, const QString &group);

    // The layout version of the stored states; 1 when states without a version are stored,
    // 0 when nothing is stored.
    int storedVersion() const;
    bool isCurrent() const { return storedVersion() == kVersion; }

    // The stored state `key`, or empty when the stored layout is another version's.
    QByteArray state(const QString &key) const;
    // Stores `state` under `key` and marks the layout as the current version's.
    void setState(const QString &key, const QByteArray &state);
    // Removes every stored state of the group (another version's layout: never applied, and
    // not left behind for a later build to misread).
    void discard();

    // header->restoreState(state), refused (header untouched, false) when `state` describes a
    // different number of sections than the header's model has: Qt would apply it anyway and
    // keep sections the model does not have, or give new ones default widths beyond the view.
    static bool restoreHeader(QHeaderView *header, const QByteArray &state);
    // The number of sections a QHeaderView::saveState() describes; -1 when `state` is not one.
    static int headerSectionCount(const QByteArray &state);

private:
    QString key(const QString &name) const;

    QSettings &m_settings;
    QString m_group;
};

} // namespace clu::gui
