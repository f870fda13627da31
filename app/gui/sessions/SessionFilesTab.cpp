#include "sessions/SessionFilesTab.h"

#include "uploads/UrlSourceDialog.h"

#include "connection/ServerConnection.h"
#include "model/ItemFile.h"
#include "sessions/LibraryTreeModel.h"
#include "upload/ChecksumCalculator.h"
#include "upload/SessionFileTransfer.h"
#include "widgets/Icons.h"
#include "widgets/ProgressBarDelegate.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clu::gui {

SessionFilesTab::SessionFilesTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("filesTab"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("filesTable"));
    m_table->setAccessibleName(tr("Session files"));
    m_table->setHorizontalHeaderLabels(
        { tr("Name"), tr("Size"), tr("Transferred"), tr("Status"), tr("Checksum"), tr("Source") });
    m_table->setItemDelegateForColumn(TransferredColumn, new ProgressBarDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto make = [&](const QString &icon, const QString &text, const QString &name,
                    const QString &tip) {
        auto *b = new QPushButton(Icons::icon(icon), text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_add = make(QStringLiteral("add-file"), tr("Add &files…"), QStringLiteral("addFilesButton"),
                 tr("Upload local files into this session (SHA-256 checksum sent)"));
    m_addUrl = make(QStringLiteral("add-url"), tr("Add from &URL…"), QStringLiteral("addUrlButton"),
                    tr("Let the server fetch a file from an http(s) URL"));
    m_remove = make(QStringLiteral("remove"), tr("&Remove"), QStringLiteral("removeFileButton"),
                    tr("Remove the selected file from the item when the session completes"));
    m_retry = make(QStringLiteral("retry"), tr("Re&try"), QStringLiteral("retryFileButton"),
                   tr("Send the selected failed file again"));
    m_validate = make(QStringLiteral("validate"), tr("&Validate"), QStringLiteral("validateButton"),
                      tr("Ask the server which files are missing or invalid"));
    buttons->addStretch();
    layout->addLayout(buttons);
    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationResult"));
    m_validation->setWordWrap(true);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_validation);

    connect(m_add, &QPushButton::clicked, this, &SessionFilesTab::chooseFiles);
    connect(m_addUrl, &QPushButton::clicked, this, &SessionFilesTab::addFromUrl);
    connect(m_remove, &QPushButton::clicked, this, &SessionFilesTab::removeSelected);
    connect(m_retry, &QPushButton::clicked, this, &SessionFilesTab::retrySelected);
    connect(m_validate, &QPushButton::clicked, this, &SessionFilesTab::validate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SessionFilesTab::updateButtons);
    clearSession();
}

SessionFilesTab::~SessionFilesTab()
{
    for (const auto &t : qAsConst(m_transfers))
        if (t)
            t->abort();
}

void SessionFilesTab::clearSession()
{
    m_session = UpdateSession();
    setFiles({});
    m_validation->clear();
    updateButtons();
}

void SessionFilesTab::setSession(const UpdateSession &session)
{
    const bool changed = session.id != m_session.id;
    m_session = session;
    if (changed) {
        m_validation->clear();
        setFiles({});
    }
    updateButtons();
    reload();
}

void SessionFilesTab::reload()
{
    if (!m_session.id.isEmpty() && m_session.state == SessionState::Done) {
        showFinalFiles();
        return;
    }
    if (m_session.id.isEmpty() || m_session.state != SessionState::Active)
        return; // the server lists files only for sessions that still exist and are active
    const QString id = m_session.id;
    m_connection->files().list(id, this, [this, id](const Result<QList<SessionFile>> &r) {
        if (id != m_session.id)
            return;
        if (r.ok()) {
            setFiles(r.value);
            emit filesChanged(id, int(r.value.size()));
        } else {
            m_validation->setText(tr("Could not list the files: %1").arg(r.error.message()));
        }
    });
}

void SessionFilesTab::showFinalFiles()
{
    // What the rows showed while sending ("Verifying", "not yet verified") is over: read what
    // the server holds now. The session record first (it lists each file's final status); the
    // engine deletes it after DONE, then the item's files are what the session produced.
    const QString id = m_session.id;
    const QString itemId = m_session.libraryItemId;
    m_connection->files().list(id, this, [this, id, itemId](const Result<QList<SessionFile>> &r) {
        if (id != m_session.id)
            return;
        if (r.ok()) {
            setFiles(r.value);
            return;
        }
        if (itemId.isEmpty()) {
            setFiles({});
            m_validation->setText(tr("The session is done; its files can no longer be listed: %1")
                                      .arg(r.error.message()));
            return;
        }
        m_connection->libraries().listItemFiles(
            itemId, this, [this, id](const Result<QList<ItemFile>> &item) {
                if (id != m_session.id)
                    return;
                if (!item.ok()) {
                    setFiles({});
                    m_validation->setText(
                        tr("The session is done; the item's files could not be read: %1")
                            .arg(item.error.message()));
                    return;
                }
                QList<SessionFile> files;
                for (const ItemFile &f : item.value) {
                    SessionFile sf;
                    sf.name = f.name;
                    sf.sourceType = SourceType::None; // now part of the item
                    sf.size = f.size;
                    sf.bytesTransferred = f.size;
                    sf.checksumInfo = f.checksumInfo;
                    sf.status = FileStatus::Ready;
                    files.append(sf);
                }
                setFiles(files);
                m_validation->setText(tr("The session is done; these are the files of the item "
                                         "now."));
            });
    });
}

static QString statusText(const SessionFile &f)
{
    switch (f.status.value()) {
    case FileStatus::WaitingForTransfer:
        return SessionFilesTab::tr("Waiting for transfer");
    case FileStatus::Transferring:
        return SessionFilesTab::tr("Transferring");
    case FileStatus::Ready:
        return SessionFilesTab::tr("Ready");
    case FileStatus::Validating:
        return SessionFilesTab::tr("Validating");
    case FileStatus::Error:
        return f.errorMessage ? SessionFilesTab::tr("Error: %1").arg(f.errorMessage->text())
                              : SessionFilesTab::tr("Error");
    case FileStatus::Unknown:
        break;
    }
    return f.status.toString();
}

void SessionFilesTab::setFiles(const QList<SessionFile> &files)
{
    m_files = files;
    const QString keep = selectedName();
    m_table->setRowCount(int(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        const SessionFile &f = files.at(i);
        auto set = [&](int col, const QString &text, const QString &tip = {}) {
            auto *it = new QTableWidgetItem(text);
            if (!tip.isEmpty())
                it->setToolTip(tip);
            m_table->setItem(i, col, it);
            return it;
        };
        set(NameColumn, f.name)->setData(Qt::UserRole, f.name);
        set(SizeColumn, f.size ? LibraryTreeModel::formatSize(*f.size) : QString());
        const qint64 total = f.size.value_or(0);
        int pct = -1;
        if (f.status == FileStatus::Ready)
            pct = 100;
        else if (total > 0)
            pct = int(f.bytesTransferred * 100 / total);
        auto *tr = set(TransferredColumn, LibraryTreeModel::formatSize(f.bytesTransferred));
        tr->setData(ProgressBarDelegate::ProgressRole, pct >= 0 ? QVariant(pct) : QVariant());
        auto *st =
            set(StatusColumn, statusText(f), f.errorMessage ? f.errorMessage->id : QString());
        if (f.status == FileStatus::Error)
            st->setIcon(Icons::icon(QStringLiteral("state-error")));
        else if (f.status == FileStatus::Ready)
            st->setIcon(Icons::icon(QStringLiteral("state-done")));
        QString sum;
        if (f.checksumInfo) {
            // The server fills checksum_info of a READY file with what it verified/computed.
            sum = QStringLiteral("%1 %2").arg(
                f.checksumInfo->algorithm.isSet() ? f.checksumInfo->algorithm.toString()
                                                  : QStringLiteral("SHA1"),
                f.checksumInfo->checksum.left(16) + QStringLiteral("…"));
            sum += f.status == FileStatus::Ready ? SessionFilesTab::tr(" (verified)")
                                                 : SessionFilesTab::tr(" (not yet verified)");
        }
        set(ChecksumColumn, sum, f.checksumInfo ? f.checksumInfo->checksum : QString());
        QString source = f.sourceType.toString();
        if (f.sourceEndpoint)
            source += QLatin1Char(' ') + f.sourceEndpoint->uri.toString();
        else if (m_localPaths.contains(f.name))
            source += QLatin1Char(' ') + m_localPaths.value(f.name);
        set(SourceColumn, source);
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->item(r, NameColumn)->text() == keep)
                m_table->selectRow(r);
    updateButtons();
}

QString SessionFilesTab::selectedName() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *it = m_table->item(rows.first().row(), NameColumn);
    return it ? it->text() : QString();
}

QString SessionFilesTab::validationText() const
{
    return m_validation->text();
}

void SessionFilesTab::updateButtons()
{
    const bool active = !m_session.id.isEmpty() && m_session.state == SessionState::Active;
    const QString sel = selectedName();
    bool failed = false;
    for (const SessionFile &f : m_files)
        if (f.name == sel)
            failed = f.status == FileStatus::Error;
    m_add->setEnabled(active);
    m_addUrl->setEnabled(active);
    m_remove->setEnabled(active && !sel.isEmpty());
    m_retry->setEnabled(active && failed && m_localPaths.contains(sel));
    m_validate->setEnabled(active);
}

void SessionFilesTab::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add files to the session"));
    if (!paths.isEmpty())
        addLocalFiles(paths);
}

void SessionFilesTab::addLocalFiles(const QStringList &paths)
{
    for (const QString &p : paths)
        startTransfer(p);
}

void SessionFilesTab::startTransfer(const QString &path)
{
    const QString id = m_session.id;
    const QFileInfo fi(path);
    if (!fi.isFile() || !fi.isReadable()) {
        m_validation->setText(tr("Cannot read %1: it is not a readable file.").arg(path));
        return;
    }
    m_localPaths.insert(fi.fileName(), fi.absoluteFilePath());
    emit logged(id, tr("Computing the SHA-256 checksum of %1").arg(fi.fileName()));
    // Hash on a worker thread so a large file does not freeze the window.
    auto *calc = new ChecksumCalculator(this);
    connect(
        calc, &ChecksumCalculator::finished, this, [this, calc, id, fi](const ChecksumResult &sum) {
            calc->deleteLater();
            if (!sum.ok) {
                m_validation->setText(sum.error);
                emit logged(id, sum.error);
                return;
            }
            SessionFileTransfer::Options options;
            auto *t = new SessionFileTransfer(m_connection->client(), id,
                                              UploadSource::fromFile(fi.absoluteFilePath()),
                                              sum.hex, sum.algorithm, options, this);
            m_transfers << t;
            const QString name = fi.fileName();
            connect(t, &SessionFileTransfer::statusChanged, this,
                    [this, id, name](FileTransferStatus status, const QString &detail) {
                        emit logged(id,
                                    tr("%1: %2 %3")
                                        .arg(name, fileTransferStatusName(status), detail)
                                        .trimmed());
                        setRowProgress(name, -1, -1, fileTransferStatusName(status));
                    });
            connect(t, &SessionFileTransfer::progress, this,
                    [this, name](qint64 sent, qint64 total, double, qint64) {
                        setRowProgress(name, sent, total, QString());
                    });
            connect(t, &SessionFileTransfer::finished, this, [this, t, id, name](bool ok) {
                emit logged(id,
                            ok ? tr("%1 is on the server").arg(name)
                               : tr("%1 failed: %2").arg(name, t->error().message()));
                m_transfers.removeAll(t);
                t->deleteLater();
                reload();
            });
            emit logged(
                id, tr("Adding %1 (%2 bytes, SHA-256 %3)").arg(name).arg(fi.size()).arg(sum.hex));
            t->start();
        });
    calc->start(fi.absoluteFilePath(), ChecksumAlgorithm::Sha256);
}

void SessionFilesTab::showTransferProgress(const QString &sessionId, const QString &name,
                                           qint64 sent, qint64 total)
{
    if (sessionId != m_session.id || sessionId.isEmpty())
        return;
    setRowProgress(name, sent, total, QString()); // the status comes from showTransferStatus
}

void SessionFilesTab::showTransferStatus(const QString &sessionId, const QString &name,
                                         FileTransferStatus status)
{
    if (sessionId != m_session.id || sessionId.isEmpty())
        return;
    setRowProgress(name, -1, -1, fileTransferStatusName(status));
}

void SessionFilesTab::setRowProgress(const QString &name, qint64 sent, qint64 total,
                                     const QString &status)
{
    int row = -1;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, NameColumn) && m_table->item(r, NameColumn)->text() == name)
            row = r;
    if (row < 0) {
        row = m_table->rowCount();
        m_table->insertRow(row);
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem);
        m_table->item(row, NameColumn)->setText(name);
        m_table->item(row, SourceColumn)
            ->setText(QStringLiteral("PUSH ") + m_localPaths.value(name));
    }
    if (total > 0) {
        m_table->item(row, SizeColumn)->setText(LibraryTreeModel::formatSize(total));
        m_table->item(row, TransferredColumn)->setText(LibraryTreeModel::formatSize(sent));
        m_table->item(row, TransferredColumn)
            ->setData(ProgressBarDelegate::ProgressRole, int(sent * 100 / total));
    }
    if (!status.isEmpty())
        m_table->item(row, StatusColumn)->setText(status);
}

void SessionFilesTab::addFromUrl()
{
    UrlSourceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PullSource source = dialog.source();
    AddSpec spec;
    spec.name = source.name;
    spec.sourceType = SourceType::Pull;
    TransferEndpoint endpoint;
    endpoint.uri = source.url;
    endpoint.sslCertificateThumbprint = source.sslThumbprint;
    spec.sourceEndpoint = endpoint;
    const QString id = m_session.id;
    const QString name = source.name;
    emit logged(id,
                source.sslThumbprint.isEmpty()
                    ? tr("Adding %1 from %2 (PULL)").arg(name, source.url.toString())
                    : tr("Adding %1 from %2 (PULL, certificate thumbprint %3)")
                          .arg(name, source.url.toString(), source.sslThumbprint));
    m_connection->files().add(id, spec, this, [this, id, name](const Result<SessionFile> &r) {
        emit logged(id,
                    r.ok() ? tr("%1 added (server fetches it)").arg(name)
                           : tr("Adding %1 failed: %2").arg(name, r.error.message()));
        if (!r.ok())
            m_validation->setText(r.error.message());
        reload();
    });
}

void SessionFilesTab::removeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(
            this, tr("Remove file"),
            tr("Remove \"%1\" from the item when this session completes?").arg(name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const QString id = m_session.id;
    emit logged(id, tr("Removing %1").arg(name));
    m_connection->files().remove(id, name, this, [this, id, name](const Result<void> &r) {
        emit logged(id,
                    r.ok() ? tr("%1 removed").arg(name)
                           : tr("Removing %1 failed: %2").arg(name, r.error.message()));
        if (!r.ok())
            m_validation->setText(r.error.message());
        reload();
    });
}

void SessionFilesTab::retrySelected()
{
    const QString name = selectedName();
    if (!m_localPaths.contains(name))
        return;
    emit logged(m_session.id, tr("Retrying %1").arg(name));
    startTransfer(m_localPaths.value(name));
}

void SessionFilesTab::validate()
{
    const QString id = m_session.id;
    if (id.isEmpty())
        return;
    m_validation->setText(tr("Validating…"));
    m_connection->files().validate(id, this, [this, id](const Result<ValidationResult> &r) {
        if (id != m_session.id)
            return;
        QString text;
        if (!r.ok()) {
            text = tr("Validation failed: %1").arg(r.error.message());
        } else if (!r.value.hasErrors) {
            text = tr("Validation passed: no missing or invalid files.");
        } else {
            QStringList parts;
            if (!r.value.missingFiles.isEmpty())
                parts << tr("Missing: %1").arg(r.value.missingFiles.join(QStringLiteral(", ")));
            for (const auto &inv : r.value.invalidFiles)
                parts << tr("Invalid: %1 — %2").arg(inv.name, inv.errorMessage.text());
            text = tr("Validation found problems. %1").arg(parts.join(QStringLiteral("; ")));
        }
        m_validation->setText(text);
        emit logged(id, text);
    });
}

} // namespace clu::gui
