#pragma once

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace clu::test {

// Starts govmomi's vcsim (our tests/vcsim/server/main.go, built by CMake as $CLU_VCSIM) on a free
// loopback port, reads the JSON line it prints when it is ready and stops it again. Its
// datastore directories live in a temporary directory of this object (TMPDIR of the process).
class VcsimProcess
{
public:
    struct Datastore
    {
        QString id; // vcsim's datastore id, for a library's storage_backings
        QString path; // where vcsim writes that datastore's files
    };

    // rsaBits 0: vcsim's built-in certificate (1024-bit RSA); otherwise a generated one.
    explicit VcsimProcess(int rsaBits = 0);
    ~VcsimProcess();
    VcsimProcess(const VcsimProcess &) = delete;
    VcsimProcess &operator=(const VcsimProcess &) = delete;

    bool start(int timeoutMs = 60000); // false: errorString() says why
    void stop();

    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString certificateSha256() const { return m_certSha256; } // upper-case hex
    int certificateKeyBits() const { return m_keyBits; }
    QList<Datastore> datastores() const { return m_datastores; }
    QString output(); // stderr so far, for failure messages

    // Raw vAPI call over /rest with a session of its own (not through our client), the
    // server's certificate checked against its fingerprint. Returns the "value" of the answer;
    // *status gets the HTTP status (0 when no answer).
    QJsonValue rest(const QByteArray &method, const QString &path, const QJsonObject &body,
                    int *status);
    // Creates a LOCAL library on the first datastore; returns its id or an empty string.
    QString createLibrary(const QString &name);

private:
    int m_rsaBits;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
    QString m_stderr;
    QUrl m_baseUrl;
    QString m_certSha256;
    int m_keyBits = 0;
    QList<Datastore> m_datastores;
    QByteArray m_token;
};

} // namespace clu::test
