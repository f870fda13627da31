#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

#include <algorithm>

namespace clu::bench {

qint64 parseSize(const QString &text)
{
    QString t = text.trimmed().toUpper();
    qint64 mult = 1;
    if (t.endsWith(QLatin1Char('G')))
        mult = qint64(1) << 30;
    else if (t.endsWith(QLatin1Char('M')))
        mult = qint64(1) << 20;
    else if (t.endsWith(QLatin1Char('K')))
        mult = qint64(1) << 10;
    if (mult > 1)
        t.chop(1);
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    return ok && n > 0 ? n * mult : -1;
}

qint64 peakRssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool writeNoiseFile(const QString &path, qint64 size, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    QByteArray block(1 << 20, Qt::Uninitialized);
    quint64 x = 88172645463325252ull;
    for (qint64 done = 0; done < size; done += block.size()) {
        auto *w = reinterpret_cast<quint64 *>(block.data());
        for (int i = 0; i < block.size() / 8; ++i) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            w[i] = x;
        }
        if (f.write(block.constData(), qMin<qint64>(block.size(), size - done)) < 0) {
            *error = f.errorString();
            return false;
        }
    }
    return true;
}

double mibPerSecond(qint64 bytes, qint64 ms)
{
    return ms > 0 ? double(bytes) / (1024.0 * 1024.0) / (double(ms) / 1000.0) : 0.0;
}

Stats stats(QList<double> values)
{
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.first();
    s.max = values.last();
    const qsizetype n = values.size();
    s.median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
    return s;
}

qint64 bareQnamPut(const QUrl &url, const QString &path, const QByteArray &token,
                   const QSslCertificate &serverCert, bool ownThread, QString *error)
{
    qint64 ms = -1;
    auto work = [&]() {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return;
        }
        QNetworkAccessManager nam;
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/octet-stream"));
        req.setHeader(QNetworkRequest::ContentLengthHeader, file.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        req.setRawHeader("vmware-api-session-id", token);
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = nam.put(req, &file);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply, serverCert](const QList<QSslError> &errors) {
                             if (reply->sslConfiguration().peerCertificate() == serverCert)
                                 reply->ignoreSslErrors(errors);
                         });
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200)
            *error = QStringLiteral("HTTP %1: %2").arg(status).arg(reply->errorString());
        else
            ms = t.elapsed();
        delete reply;
    };
    if (!ownThread) {
        work();
        return ms;
    }
    QThread *thread = QThread::create(work);
    QEventLoop wait;
    QObject::connect(thread, &QThread::finished, &wait, &QEventLoop::quit);
    thread->start();
    wait.exec();
    thread->wait();
    delete thread;
    return ms;
}

} // namespace clu::bench
