#pragma once

#include "model/SessionFile.h"
#include "model/UpdateSession.h"
#include "upload/FileTransferStatus.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clu {
class SessionFileTransfer;
}

namespace clu::gui {

class ServerConnection;

// "Files" tab: the files of the selected session (per-file progress, status, checksum and
// whether the server verified it, source) and the file operations: Add files… (PUSH with a
// SHA-256 checksum), Add from URL… (PULL, thumbprint confirmed), Remove, Retry, Validate.
class SessionFilesTab : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SizeColumn,
        TransferredColumn,
        StatusColumn,
        ChecksumColumn,
        SourceColumn,
        ColumnCount
    };

    SessionFilesTab(ServerConnection *connection, QWidget *parent = nullptr);
    ~SessionFilesTab() override;

    void setSession(const UpdateSession &session);
    void clearSession();
    QString sessionId() const { return m_session.id; }
    // Re-reads the file list of the current session.
    void reload();

    // Live progress of a file this client is sending (from the upload engine).
    void showTransferProgress(const QString &sessionId, const QString &name, qint64 sent,
                              qint64 total);
    // Where the upload engine's transfer of a file stands (translated in the Status column).
    void showTransferStatus(const QString &sessionId, const QString &name,
                            clu::FileTransferStatus status);

    // Programmatic variants of the buttons (tests, drag and drop).
    void addLocalFiles(const QStringList &paths);
    void validate();

    QTableWidget *table() const { return m_table; }
    QString validationText() const;
    QList<SessionFile> files() const { return m_files; }

signals:
    void logged(const QString &sessionId, const QString &text);
    void filesChanged(const QString &sessionId, int count);

private:
    void setFiles(const QList<SessionFile> &files);
    // A DONE session: the server's final view (session record, else the item's files).
    void showFinalFiles();
    void updateButtons();
    QString selectedName() const;
    void chooseFiles();
    void addFromUrl();
    void removeSelected();
    void retrySelected();
    void startTransfer(const QString &path);
    void setRowProgress(const QString &name, qint64 sent, qint64 total, const QString &status);

    ServerConnection *m_connection;
    UpdateSession m_session;
    QList<SessionFile> m_files;
    QHash<QString, QString> m_localPaths; // file name → local path, for Retry
    QList<QPointer<SessionFileTransfer>> m_transfers;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addUrl = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_validate = nullptr;
    QLabel *m_validation = nullptr;
};

} // namespace clu::gui
