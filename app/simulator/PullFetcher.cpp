#include "PullFetcher.h"

#include "Faults.h"
#include "OvfAdapter.h"
#include "SessionRules.h"
#include "SimState.h"
#include "StreamDigest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <memory>

namespace clu::sim {

namespace {

QString normalizedThumbprint(QString t)
{
    return t.remove(QLatin1Char(':')).remove(QLatin1Char(' ')).toLower();
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':')).toUpper();
}

} // namespace

PullFetcher::PullFetcher(SimState &state, Faults &faults, OvfAdapter &ovf,
                         int sessionTimeoutSeconds, std::function<void(const QString &)> finished)
    : m_state(state)
    , m_faults(faults)
    , m_ovf(ovf)
    , m_timeout(sessionTimeoutSeconds)
    , m_finished(std::move(finished))
{
    m_thread.setObjectName(QStringLiteral("pull-fetcher"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

PullFetcher::~PullFetcher()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            delete m_worker;
            m_worker = nullptr;
        }, // with any pull still running
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PullFetcher::start(const QString &sessionId, const QString &fileName)
{
    QMetaObject::invokeMethod(
        m_worker, [this, sessionId, fileName] { fetch(sessionId, fileName); },
        Qt::QueuedConnection);
}

void PullFetcher::fetch(const QString &sessionId, const QString &fileName)
{
    QString uri, thumbprint, stagingPath, algorithm, checksum;
    qint64 expectedSize = -1;
    int generation = 0;
    {
        std::lock_guard lock(m_state.mutex);
        auto it = m_state.sessions.find(sessionId);
        if (it == m_state.sessions.end() || !it->files.contains(fileName)
            || it->state != QLatin1String("ACTIVE"))
            return;
        SessionFile &f = it->files[fileName];
        f.status = QStringLiteral("TRANSFERRING");
        f.transferring = true;
        uri = f.sourceUri;
        thumbprint = normalizedThumbprint(f.thumbprint);
        stagingPath = f.stagingPath;
        algorithm = f.checksumAlgorithm;
        checksum = f.checksum;
        expectedSize = f.expectedSize;
        generation = f.generation;
    }
    auto withFile = [this, sessionId, fileName,
                     generation](const std::function<void(UpdateSession &, SessionFile &)> &fn) {
        std::lock_guard lock(m_state.mutex);
        auto it = m_state.sessions.find(sessionId);
        if (it == m_state.sessions.end() || it->state != QLatin1String("ACTIVE")
            || !it->files.contains(fileName) || it->files[fileName].generation != generation)
            return false;
        fn(*it, it->files[fileName]);
        return true;
    };

    QDir().mkpath(QFileInfo(stagingPath).absolutePath());
    auto out = std::make_shared<QFile>(stagingPath);
    if (!out->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        withFile([&](UpdateSession &s, SessionFile &f) {
            SessionRules::failTransfer(m_state, s, f,
                                       QStringLiteral("cannot write to the datastore"));
        });
        m_finished(sessionId);
        return;
    }
    QNetworkRequest request { QUrl(uri) };
    request.setTransferTimeout(60000);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // One access manager per pull: its connection cache must not carry a TLS decision made for
    // another pull's thumbprint to this one.
    auto *nam = new QNetworkAccessManager(m_worker);
    QNetworkReply *reply = nam->get(request);
    connect(reply, &QObject::destroyed, nam, &QObject::deleteLater);
    auto requested = std::make_shared<StreamDigest>(algorithm);
    auto sha1 = std::make_shared<StreamDigest>(QStringLiteral("SHA1"));
    auto received = std::make_shared<qint64>(0);
    auto failure = std::make_shared<QString>();

    auto checkPeer = [reply, thumbprint, failure]() {
        if (thumbprint.isEmpty())
            return true;
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        const QByteArray digest = peer.digest(QCryptographicHash::Sha1);
        if (QString::fromLatin1(digest.toHex()) == thumbprint)
            return true;
        *failure =
            QStringLiteral("the source certificate does not match ssl_certificate_thumbprint "
                           "(expected %1, the server presented %2)")
                .arg(thumbprint.toUpper(), colonHex(digest));
        return false;
    };
    connect(reply, &QNetworkReply::sslErrors, reply,
            [reply, checkPeer, thumbprint, failure](const QList<QSslError> &errors) {
                // With a thumbprint the pinned certificate is the only check (§5.5).
                if (!thumbprint.isEmpty() && checkPeer()) {
                    reply->ignoreSslErrors();
                    return;
                }
                if (failure->isEmpty())
                    *failure =
                        QStringLiteral("the source certificate is not trusted (%1); supply "
                                       "ssl_certificate_thumbprint")
                            .arg(errors.isEmpty() ? QString() : errors.first().errorString());
            });
    connect(reply, &QNetworkReply::encrypted, reply, [reply, checkPeer]() {
        if (!checkPeer())
            reply->abort();
    });
    // A kept-alive connection from an earlier pull skips the handshake (no encrypted/sslErrors):
    // check the peer of every request before accepting a byte of it.
    connect(reply, &QNetworkReply::metaDataChanged, reply,
            [reply, checkPeer, https = QUrl(uri).scheme() == QLatin1String("https")]() {
                if (https && !checkPeer())
                    reply->abort();
            });
    connect(reply, &QNetworkReply::readyRead, reply, [=]() {
        const QByteArray chunk = reply->readAll();
        if (out->write(chunk) != chunk.size()) {
            *failure = QStringLiteral("No space left on device");
            reply->abort();
            return;
        }
        if (!algorithm.isEmpty())
            requested->addData(chunk.constData(), chunk.size());
        sha1->addData(chunk.constData(), chunk.size());
        *received += chunk.size();
        const qint64 n = *received;
        if (!withFile([&](UpdateSession &s, SessionFile &f) {
                f.bytesTransferred = n;
                SessionRules::touch(s, m_timeout);
            })) {
            *failure = QStringLiteral("canceled");
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, reply, [=]() {
        reply->deleteLater();
        out->close();
        QString problem = *failure;
        if (problem.isEmpty() && reply->error() != QNetworkReply::NoError)
            problem = reply->errorString();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (problem.isEmpty() && status != 200)
            problem = QStringLiteral("the source answered HTTP %1").arg(status);
        if (problem.isEmpty() && expectedSize >= 0 && *received != expectedSize)
            problem = QStringLiteral("received %1 bytes, the file was declared with size %2")
                          .arg(*received)
                          .arg(expectedSize);
        const QString actual = QString::fromLatin1(requested->hexResult());
        if (problem.isEmpty() && !checksum.isEmpty() && actual != checksum)
            problem = QStringLiteral("Checksum mismatch: expected %1 %2, computed %3")
                          .arg(algorithm, checksum, actual);
        const QString sha1Hex = QString::fromLatin1(sha1->hexResult());
        const int previewDelay = m_faults.get().previewDelaySeconds;
        withFile([&](UpdateSession &s, SessionFile &f) {
            f.transferring = false;
            f.bytesTransferred = *received;
            if (!problem.isEmpty()) {
                SessionRules::failTransfer(m_state, s, f, problem);
                return;
            }
            f.status = QStringLiteral("READY");
            f.sha1 = sha1Hex;
            m_ovf.fileReady(s, m_state.items.value(s.itemId), f, previewDelay);
            m_state.save();
        });
        m_finished(sessionId);
    });
}

} // namespace clu::sim
