#include "CredentialStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace clu {

namespace {

// Errors that mean "there is no working keychain here", as opposed to "this entry is missing"
// or "the user said no": only these switch on the in-memory fallback.
bool isBackendFailure(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return true;
    default:
        return false;
    }
}

} // namespace

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

QString CredentialStore::keyFor(const QString &user, const QString &host)
{
    return user + QLatin1Char('@') + host.toLower();
}

void CredentialStore::readPassword(const QString &key, QObject *context, Callback done)
{
    if (m_memoryFallback.contains(key)) {
        CredentialResult r;
        r.status = CredentialResult::Status::Ok;
        r.password = m_memoryFallback.value(key);
        r.fromMemory = true;
        done(r);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, key, guard, done](QKeychain::Job *j) {
        if (!guard)
            return;
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        CredentialResult r;
        if (j->error() == QKeychain::NoError) {
            r.status = CredentialResult::Status::Ok;
            r.password = readJob->textData();
            m_keychainUsable = true;
        } else if (j->error() == QKeychain::EntryNotFound) {
            r.status = CredentialResult::Status::NotFound;
            r.message = tr("No password is saved in the system keychain for %1.").arg(key);
        } else {
            if (isBackendFailure(j->error()))
                m_keychainUsable = false;
            r.status = CredentialResult::Status::Failed;
            r.message = tr("Could not read the password for %1 from the system keychain: %2")
                            .arg(key, j->errorString());
        }
        qCDebug(lcCredentials) << "read" << key << "status" << int(r.status);
        done(r);
    });
    job->start();
}

void CredentialStore::writePassword(const QString &key, const QString &password, QObject *context,
                                    Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(password);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, password, guard, done](QKeychain::Job *j) {
                CredentialResult r;
                if (j->error() == QKeychain::NoError) {
                    m_memoryFallback.remove(key);
                    m_keychainUsable = true;
                    r.status = CredentialResult::Status::Ok;
                } else if (isBackendFailure(j->error())) {
                    // Keep the user's password for this run so the work can go on, and say so.
                    m_keychainUsable = false;
                    m_memoryFallback.insert(key, password);
                    r.status = CredentialResult::Status::MemoryOnly;
                    r.message = tr("The system keychain is unavailable (%1). The password for %2 "
                                   "is kept in memory until the program exits and is not saved.")
                                    .arg(j->errorString(), key);
                    qCWarning(lcCredentials) << "keychain unavailable, memory-only password for"
                                             << key << ":" << j->errorString();
                } else {
                    r.status = CredentialResult::Status::Failed;
                    r.message = tr("The system keychain refused to save the password for %1: %2")
                                    .arg(key, j->errorString());
                }
                if (guard)
                    done(r);
            });
    job->start();
}

void CredentialStore::removePassword(const QString &key, QObject *context, Callback done)
{
    const bool hadMemory = m_memoryFallback.remove(key) > 0;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [key, hadMemory, guard, done](QKeychain::Job *j) {
        CredentialResult r;
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            r.status = CredentialResult::Status::Ok;
        } else if (hadMemory && isBackendFailure(j->error())) {
            // Only the in-memory copy existed; it is gone, which is what was asked.
            r.status = CredentialResult::Status::Ok;
        } else {
            r.status = CredentialResult::Status::Failed;
            r.message = tr("Could not remove the password for %1 from the system keychain: %2")
                            .arg(key, j->errorString());
        }
        if (guard)
            done(r);
    });
    job->start();
}

} // namespace clu
