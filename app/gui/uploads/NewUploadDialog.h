#pragma once

#include "model/Enums.h"
#include "model/Item.h"
#include "model/Library.h"
#include "ovf/OvfPackage.h"
#include "upload/UploadTypes.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace clu::gui {

// New upload: target library (local only) and item (existing, or new with its type detected
// from the files), the files (plain files, one .ovf whose References/.mf/.cert are collected,
// or one .ova, and/or URLs vCenter fetches with their certificate thumbprint confirmed in
// UrlSourceDialog), and the checksum algorithm. Missing OVF references are listed before anything
// is sent, the preflight checklist shows what vCenter would refuse (checked off the GUI thread
// as files are chosen), and Start stays disabled until the selection is uploadable.
class PreflightChecklist;

class NewUploadDialog : public QDialog
{
    Q_OBJECT
public:
    struct Request
    {
        QString libraryId;
        QString itemId; // existing item; empty = create `newItem`
        QString itemName; // of the existing item, for display
        Item newItem; // libraryId/name/description/type when creating
        QStringList paths;
        QList<PullSource> pullSources; // files vCenter fetches from URLs (thumbprint confirmed)
        ChecksumAlgorithm checksum = ChecksumAlgorithm::Sha256;
        bool allowPreflightWarnings = false; // the checklist's override
    };

    NewUploadDialog(const QList<Library> &libraries, const QHash<QString, QList<Item>> &items,
                    QWidget *parent = nullptr);

    // What a drop or the command line names, as setPaths takes it: a folder stands for its one
    // .ovf/.ova, else for its files; other paths are kept (absolute) so that the dialog says
    // what is wrong with one that is not a readable file.
    static QStringList expandPaths(const QStringList &paths);

    // Prefill (drag and drop, command line, Libraries dock selection).
    void setPaths(const QStringList &paths);
    void addPullSource(const PullSource &source);
    void selectLibrary(const QString &libraryId);
    void selectItem(const QString &itemId);
    void setNewItemName(const QString &name);

    Request request() const;
    // Why Start is disabled (empty when it is enabled).
    QString problem() const;
    QPushButton *startButton() const { return m_start; }
    QStringList collectedFiles() const;
    // True while a chosen OVF/OVA is read on a worker thread (Start stays disabled).
    bool isReadingPackage() const { return m_reading; }
    PreflightChecklist *preflight() const { return m_preflight; }

private:
    void libraryChanged();
    void revalidate();
    // Reads the chosen package once per choice, off the GUI thread: an OVA scan may read up
    // to 64 MiB of descriptor, which must not run again on every keystroke in the name field.
    void inspectPackage();
    void addFiles();
    void addPackage();
    void addUrl();
    void removeSelected();

    QList<Library> m_libraries;
    QHash<QString, QList<Item>> m_items;
    QStringList m_paths;
    QList<PullSource> m_pullSources;
    QString m_problem;
    QComboBox *m_library = nullptr;
    QRadioButton *m_existing = nullptr;
    QRadioButton *m_new = nullptr;
    QComboBox *m_item = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_type = nullptr;
    QListWidget *m_files = nullptr;
    QComboBox *m_checksum = nullptr;
    QLabel *m_summary = nullptr;
    PreflightChecklist *m_preflight = nullptr;
    QPushButton *m_start = nullptr;
    bool m_typeTouched = false;
    std::optional<OvfPackage> m_package; // the inspected package of m_paths, once read
    quint64 m_choice = 0; // bumped per file choice: a late result of an older one is dropped
    bool m_reading = false;
};

} // namespace clu::gui
