#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace clu {

// Outcome of one keychain operation. `message` is translated and names what failed and why.
struct CredentialResult
{
    enum class Status {
        Ok, // done in the OS keychain (or, for reads, found in the in-memory fallback)
        NotFound, // no password stored under that key
        MemoryOnly, // keychain unavailable: the password is held in memory for this run only
        Failed // keychain refused or failed; nothing was stored
    };
    Status status = Status::Failed;
    QString password; // reads only
    QString message; // empty on plain success
    bool fromMemory = false;

    bool ok() const { return status == Status::Ok || status == Status::MemoryOnly; }
};

// Passwords live only in the OS keychain (Secret Service, Keychain, Credential Manager) through
// QtKeychain's asynchronous jobs. When no keychain can be reached the password is kept in this
// object's memory for the rest of the run and the caller is told so; it is never written to
// QSettings or any other file.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const CredentialResult &)>;

    explicit CredentialStore(const QString &service = QStringLiteral("cl-uploader"),
                             QObject *parent = nullptr);

    // Keychain key for a login: "user@host", as the product spec fixes it.
    static QString keyFor(const QString &user, const QString &host);

    QString service() const { return m_service; }

    // Each call finishes asynchronously; `done` runs in `context`'s thread unless context dies
    // first.
    void readPassword(const QString &key, QObject *context, Callback done);
    void writePassword(const QString &key, const QString &password, QObject *context,
                       Callback done);
    void removePassword(const QString &key, QObject *context, Callback done);

    // False after the keychain failed in a way that means "no usable backend" this run.
    bool keychainUsable() const { return m_keychainUsable; }

private:
    QString m_service;
    QHash<QString, QString> m_memoryFallback;
    bool m_keychainUsable = true;
};

} // namespace clu
