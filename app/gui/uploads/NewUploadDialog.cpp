#include "uploads/NewUploadDialog.h"

#include "ovf/OvfPackage.h"
#include "sessions/LibraryTreeModel.h"
#include "uploads/PreflightChecklist.h"
#include "uploads/UrlSourceDialog.h"
#include "widgets/Icons.h"
#include "widgets/SemanticColors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace clu::gui {

NewUploadDialog::NewUploadDialog(const QList<Library> &libraries,
                                 const QHash<QString, QList<Item>> &items, QWidget *parent)
    : QDialog(parent)
    , m_libraries(libraries)
    , m_items(items)
{
    setObjectName(QStringLiteral("newUploadDialog"));
    setWindowTitle(tr("New upload"));
    auto *layout = new QVBoxLayout(this);

    auto *target = new QGroupBox(tr("1. Target"), this);
    auto *tf = new QFormLayout(target);
    m_library = new QComboBox(target);
    m_library->setObjectName(QStringLiteral("libraryCombo"));
    m_library->setAccessibleName(tr("Library"));
    for (const Library &l : libraries) {
        if (!l.acceptsUploads())
            continue; // subscribed libraries are synced from their publisher
        m_library->addItem(Icons::icon(QStringLiteral("library")), l.name, l.id);
    }
    tf->addRow(tr("&Library:"), m_library);
    m_existing = new QRadioButton(tr("&Existing item:"), target);
    m_existing->setObjectName(QStringLiteral("existingItemRadio"));
    m_item = new QComboBox(target);
    m_item->setObjectName(QStringLiteral("itemCombo"));
    m_item->setAccessibleName(tr("Existing item"));
    tf->addRow(m_existing, m_item);
    m_new = new QRadioButton(tr("New &item named:"), target);
    m_new->setObjectName(QStringLiteral("newItemRadio"));
    m_name = new QLineEdit(target);
    m_name->setObjectName(QStringLiteral("newItemName"));
    m_name->setAccessibleName(tr("New item name"));
    tf->addRow(m_new, m_name);
    m_description = new QLineEdit(target);
    m_description->setObjectName(QStringLiteral("newItemDescription"));
    tf->addRow(tr("&Description:"), m_description);
    m_type = new QComboBox(target);
    m_type->setObjectName(QStringLiteral("itemTypeCombo"));
    m_type->addItems({ QStringLiteral("ovf"), QStringLiteral("iso"), QStringLiteral("file") });
    m_type->setToolTip(tr("Detected from the files: ovf for .ovf/.ova, iso for .iso, else file"));
    tf->addRow(tr("&Type:"), m_type);
    layout->addWidget(target);

    auto *filesBox = new QGroupBox(tr("2. Files"), this);
    auto *fl = new QVBoxLayout(filesBox);
    m_files = new QListWidget(filesBox);
    m_files->setObjectName(QStringLiteral("fileList"));
    m_files->setAccessibleName(tr("Files to upload"));
    fl->addWidget(m_files);
    auto *fb = new QHBoxLayout;
    auto *addFiles =
        new QPushButton(Icons::icon(QStringLiteral("add-file")), tr("Add &files…"), filesBox);
    addFiles->setToolTip(tr("Plain files, e.g. ISO images"));
    auto *addPkg =
        new QPushButton(Icons::icon(QStringLiteral("item-ovf")), tr("OVF/OV&A package…"), filesBox);
    addPkg->setToolTip(tr("One .ovf (its disks, .mf and .cert are collected) or one .ova"));
    auto *addUrl =
        new QPushButton(Icons::icon(QStringLiteral("add-url")), tr("From &URL…"), filesBox);
    addUrl->setObjectName(QStringLiteral("addUrlSourceButton"));
    addUrl->setToolTip(tr("A file vCenter fetches itself from an http(s) URL; the source's "
                          "certificate thumbprint is shown for confirmation"));
    auto *remove = new QPushButton(Icons::icon(QStringLiteral("remove")), tr("Re&move"), filesBox);
    fb->addWidget(addFiles);
    fb->addWidget(addPkg);
    fb->addWidget(addUrl);
    fb->addWidget(remove);
    fb->addStretch();
    fl->addLayout(fb);
    layout->addWidget(filesBox);

    auto *checks = new QGroupBox(tr("3. Preflight"), this);
    auto *cl = new QVBoxLayout(checks);
    m_preflight = new PreflightChecklist(checks);
    cl->addWidget(m_preflight);
    layout->addWidget(checks);
    connect(m_preflight, &PreflightChecklist::changed, this, &NewUploadDialog::revalidate);

    auto *opts = new QFormLayout;
    m_checksum = new QComboBox(this);
    m_checksum->setObjectName(QStringLiteral("checksumCombo"));
    m_checksum->addItem(QStringLiteral("SHA-256"), int(ChecksumAlgorithm::Sha256));
    m_checksum->addItem(QStringLiteral("SHA-1"), int(ChecksumAlgorithm::Sha1));
    m_checksum->addItem(QStringLiteral("SHA-512"), int(ChecksumAlgorithm::Sha512));
    m_checksum->addItem(QStringLiteral("MD5"), int(ChecksumAlgorithm::Md5));
    m_checksum->setToolTip(tr("Sent in checksum_info; the server verifies each file with it"));
    opts->addRow(tr("4. &Checksum:"), m_checksum);
    layout->addLayout(opts);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("uploadSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *box = new QDialogButtonBox(this);
    m_start = box->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startUploadButton"));
    m_start->setIcon(Icons::icon(QStringLiteral("new-upload")));
    box->addButton(QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_library, &QComboBox::currentIndexChanged, this, &NewUploadDialog::libraryChanged);
    connect(m_existing, &QRadioButton::toggled, this, &NewUploadDialog::revalidate);
    connect(m_item, &QComboBox::currentIndexChanged, this, &NewUploadDialog::revalidate);
    connect(m_name, &QLineEdit::textChanged, this, &NewUploadDialog::revalidate);
    connect(m_type, &QComboBox::activated, this, [this] { m_typeTouched = true; });
    connect(addFiles, &QPushButton::clicked, this, &NewUploadDialog::addFiles);
    connect(addPkg, &QPushButton::clicked, this, &NewUploadDialog::addPackage);
    connect(addUrl, &QPushButton::clicked, this, &NewUploadDialog::addUrl);
    connect(remove, &QPushButton::clicked, this, &NewUploadDialog::removeSelected);
    m_new->setChecked(true);
    libraryChanged();
    resize(620, 560);
}

void NewUploadDialog::libraryChanged()
{
    m_item->clear();
    for (const Item &i : m_items.value(m_library->currentData().toString()))
        if (i.type != QLatin1String("vm-template"))
            m_item->addItem(i.name, i.id);
    m_existing->setEnabled(m_item->count() > 0);
    if (m_item->count() == 0)
        m_new->setChecked(true);
    revalidate();
}

void NewUploadDialog::selectLibrary(const QString &libraryId)
{
    const int i = m_library->findData(libraryId);
    if (i >= 0)
        m_library->setCurrentIndex(i);
}

void NewUploadDialog::selectItem(const QString &itemId)
{
    for (const Library &l : m_libraries)
        for (const Item &i : m_items.value(l.id))
            if (i.id == itemId)
                selectLibrary(l.id);
    const int i = m_item->findData(itemId);
    if (i >= 0) {
        m_item->setCurrentIndex(i);
        m_existing->setChecked(true);
    }
}

void NewUploadDialog::setNewItemName(const QString &name)
{
    m_new->setChecked(true);
    m_name->setText(name);
}

QStringList NewUploadDialog::expandPaths(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        if (p.isEmpty())
            continue;
        const QFileInfo fi(p);
        if (!fi.isDir()) {
            out << fi.absoluteFilePath();
            continue;
        }
        const QDir dir(fi.absoluteFilePath());
        const QStringList pkgs =
            dir.entryList({ QStringLiteral("*.ovf"), QStringLiteral("*.ova") }, QDir::Files);
        if (pkgs.size() == 1) {
            out << dir.filePath(pkgs.first());
        } else {
            for (const QString &f : dir.entryList(QDir::Files, QDir::Name))
                out << dir.filePath(f);
        }
    }
    return out;
}

void NewUploadDialog::setPaths(const QStringList &paths)
{
    m_paths = paths;
    if (m_name->text().isEmpty() && !paths.isEmpty())
        m_name->setText(QFileInfo(paths.first()).completeBaseName());
    inspectPackage();
    revalidate();
}

void NewUploadDialog::inspectPackage()
{
    const quint64 choice = ++m_choice;
    m_package.reset();
    const bool package = m_paths.size() == 1
        && (m_paths.first().endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive)
            || m_paths.first().endsWith(QLatin1String(".ova"), Qt::CaseInsensitive));
    m_reading = package;
    if (!package)
        return;
    const QString path = m_paths.first();
    QPointer<NewUploadDialog> self(this);
    QThread *worker = QThread::create([self, path, choice] {
        auto pkg = std::make_shared<OvfPackage>(
            path.endsWith(QLatin1String(".ova"), Qt::CaseInsensitive) ? OvfPackage::fromOva(path)
                                                                      : OvfPackage::fromOvf(path));
        // Back on the GUI thread (qApp lives there), where `self` may be checked safely.
        QMetaObject::invokeMethod(
            qApp,
            [self, pkg, choice] {
                if (!self || choice != self->m_choice)
                    return;
                self->m_package = *pkg;
                self->m_reading = false;
                self->revalidate();
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void NewUploadDialog::addFiles()
{
    const QStringList add = QFileDialog::getOpenFileNames(this, tr("Files to upload"));
    if (!add.isEmpty())
        setPaths(m_paths + add);
}

void NewUploadDialog::addPackage()
{
    const QString p = QFileDialog::getOpenFileName(this, tr("OVF or OVA package"), QString(),
                                                   tr("OVF packages (*.ovf *.ova)"));
    if (!p.isEmpty())
        setPaths({ p });
}

void NewUploadDialog::addUrl()
{
    UrlSourceDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addPullSource(dialog.source());
}

void NewUploadDialog::addPullSource(const PullSource &source)
{
    m_pullSources << source;
    if (m_name->text().isEmpty())
        m_name->setText(QFileInfo(source.name).completeBaseName());
    revalidate();
}

void NewUploadDialog::removeSelected()
{
    // Rows list the local files first (a package's collected files count as its one path),
    // then the URL sources.
    const int row = m_files->currentRow();
    const int pullRow = row - (m_files->count() - int(m_pullSources.size()));
    if (row < 0)
        return;
    if (pullRow >= 0 && pullRow < m_pullSources.size()) {
        m_pullSources.removeAt(pullRow);
        revalidate();
    } else if (row < m_paths.size()) {
        QStringList p = m_paths;
        p.removeAt(row);
        setPaths(p);
    } else if (!m_paths.isEmpty()) {
        setPaths({}); // a row of a package: the package goes as a whole
    }
}

QStringList NewUploadDialog::collectedFiles() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << m_files->item(i)->text();
    return out;
}

void NewUploadDialog::revalidate()
{
    m_item->setEnabled(m_existing->isChecked());
    m_name->setEnabled(m_new->isChecked());
    m_description->setEnabled(m_new->isChecked());
    m_type->setEnabled(m_new->isChecked());

    m_files->clear();
    QStringList problems;
    QStringList notes;
    const bool package = m_paths.size() == 1
        && (m_paths.first().endsWith(QLatin1String(".ovf"), Qt::CaseInsensitive)
            || m_paths.first().endsWith(QLatin1String(".ova"), Qt::CaseInsensitive));
    if (package && !m_package) {
        m_files->addItem(
            tr("%1  (reading the package…)").arg(QFileInfo(m_paths.first()).fileName()));
        notes << tr("Reading the package…");
    } else if (package) {
        const OvfPackage &pkg = *m_package;
        for (const UploadSource &s : pkg.files())
            m_files->addItem(
                QStringLiteral("%1  (%2)").arg(s.name, LibraryTreeModel::formatSize(s.size)));
        for (const QString &m : pkg.missingFiles()) {
            auto *it = new QListWidgetItem(Icons::icon(QStringLiteral("state-error")),
                                           tr("%1  (missing)").arg(m), m_files);
            it->setForeground(SemanticColors::error(palette()));
        }
        if (!pkg.missingFiles().isEmpty())
            problems << tr("The descriptor references files that are not there: %1.")
                            .arg(pkg.missingFiles().join(QStringLiteral(", ")));
        for (const QString &e : pkg.errors())
            if (!problems.join(QString()).contains(e))
                problems << e;
        notes << (pkg.isSigned() ? tr("Signed package: the certificate review opens before the "
                                      "disks are sent if the server reports warnings.")
                                 : tr("Unsigned package."));
    } else {
        for (const QString &p : m_paths) {
            const QFileInfo fi(p);
            if (fi.suffix().compare(QLatin1String("ovf"), Qt::CaseInsensitive) == 0
                || fi.suffix().compare(QLatin1String("ova"), Qt::CaseInsensitive) == 0)
                problems << tr("%1 is an OVF package: upload it on its own.").arg(fi.fileName());
            if (!fi.isFile())
                problems << tr("%1 is not a readable file.").arg(p);
            m_files->addItem(QStringLiteral("%1  (%2)")
                                 .arg(fi.fileName(), LibraryTreeModel::formatSize(fi.size())));
        }
    }
    QStringList names = m_paths;
    for (const PullSource &s : m_pullSources) {
        names << s.name;
        auto *it = new QListWidgetItem(
            Icons::icon(QStringLiteral("add-url")),
            s.sslThumbprint.isEmpty()
                ? tr("%1  (fetched by vCenter from %2)").arg(s.name, s.url.toString())
                : tr("%1  (fetched by vCenter from %2, certificate thumbprint %3)")
                      .arg(s.name, s.url.toString(), s.sslThumbprint),
            m_files);
        it->setToolTip(s.url.toString());
        const QString suffix = QFileInfo(s.name).suffix().toLower();
        if (suffix == QLatin1String("ovf") || suffix == QLatin1String("ova"))
            problems << tr("%1 is an OVF package: vCenter cannot assemble a package from a URL "
                           "here; download it and upload it as a package.")
                            .arg(s.name);
    }
    if (package && !m_pullSources.isEmpty())
        problems << tr("An OVF package is uploaded on its own; remove the URL sources or the "
                       "package.");
    QStringList seen;
    for (const QString &n : names) {
        const QString base = QFileInfo(n).fileName();
        if (seen.contains(base, Qt::CaseInsensitive))
            problems
                << tr("Two files are named %1; names must be unique within an item.").arg(base);
        seen << base;
    }
    if (!m_typeTouched && !names.isEmpty())
        m_type->setCurrentText(OvfPackage::detectItemType(names));

    if (m_library->count() == 0)
        problems << tr("There is no local library to upload to (subscribed libraries cannot be "
                       "uploaded to).");
    if (m_paths.isEmpty() && m_pullSources.isEmpty())
        problems << tr("Choose the files to upload.");
    if (m_new->isChecked() && m_name->text().trimmed().isEmpty())
        problems << tr("Name the new item.");
    if (m_existing->isChecked() && m_item->currentIndex() < 0)
        problems << tr("Choose the item to update.");
    m_preflight->setPaths(m_paths);
    if (m_preflight->isChecking())
        problems << tr("Preflight is checking the files.");
    else if (m_preflight->blocks())
        problems << (m_preflight->report().hasFailures()
                         ? tr("Preflight found what vCenter would refuse; see the checklist.")
                         : tr("Preflight has warnings; check \"Upload despite preflight "
                              "warnings\" to go ahead."));

    m_problem = problems.join(QLatin1Char(' '));
    if (m_problem.isEmpty() && m_reading)
        m_problem = tr("Reading the package…");
    m_start->setEnabled(m_problem.isEmpty());
    QPalette p = m_summary->palette();
    p.setColor(QPalette::WindowText,
               problems.isEmpty() ? palette().color(QPalette::WindowText)
                                  : SemanticColors::error(palette()));
    m_summary->setPalette(p);
    m_summary->setText(problems.isEmpty() ? notes.join(QLatin1Char(' ')) : m_problem);
}

QString NewUploadDialog::problem() const
{
    return m_problem;
}

NewUploadDialog::Request NewUploadDialog::request() const
{
    Request r;
    r.libraryId = m_library->currentData().toString();
    if (m_existing->isChecked()) {
        r.itemId = m_item->currentData().toString();
        r.itemName = m_item->currentText();
    } else {
        r.newItem.libraryId = r.libraryId;
        r.newItem.name = m_name->text().trimmed();
        r.newItem.description = m_description->text().trimmed();
        r.newItem.type = m_type->currentText();
    }
    r.paths = m_paths;
    r.pullSources = m_pullSources;
    r.checksum = static_cast<ChecksumAlgorithm>(m_checksum->currentData().toInt());
    r.allowPreflightWarnings = m_preflight->allowWarnings();
    return r;
}

} // namespace clu::gui
