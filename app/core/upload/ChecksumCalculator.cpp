#include "ChecksumCalculator.h"

#include "BlockReader.h"
#include "Digest.h"
#include "Logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThread>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChecksumCalculator)
};
} // namespace

ChecksumCalculator::ChecksumCalculator(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<clu::ChecksumResult>();
}

ChecksumCalculator::~ChecksumCalculator()
{
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool ChecksumCalculator::parseAlgorithm(const QString &text, ChecksumAlgorithm *algorithm)
{
    QString t = text.trimmed().toUpper();
    t.remove(QLatin1Char('-'));
    static const std::pair<const char *, ChecksumAlgorithm> names[] = {
        { "SHA256", ChecksumAlgorithm::Sha256 },
        { "SHA1", ChecksumAlgorithm::Sha1 },
        { "SHA512", ChecksumAlgorithm::Sha512 },
        { "MD5", ChecksumAlgorithm::Md5 },
    };
    for (const auto &n : names) {
        if (t == QLatin1String(n.first)) {
            *algorithm = n.second;
            return true;
        }
    }
    return false;
}

ChecksumResult ChecksumCalculator::hashDevice(QIODevice *device, const QString &label,
                                              ChecksumAlgorithm algorithm,
                                              const std::atomic_bool *cancel,
                                              const std::function<void(qint64)> &onProgress)
{
    ChecksumResult r;
    r.algorithm = algorithm;
    Digest hash(algorithm);
    if (!hash.isValid()) {
        r.error = Tr::tr("Cannot compute the checksum of %1: %2").arg(label, hash.errorString());
        return r;
    }
    BlockReader reader(device, blockSize); // reads ahead in a thread of its own
    for (;;) {
        if (cancel && cancel->load()) {
            r.canceled = true;
            r.error = Tr::tr("Checksum of %1 canceled.").arg(label);
            return r;
        }
        const char *data = nullptr;
        const qint64 n = reader.next(&data);
        if (n < 0) {
            r.error = Tr::tr("Cannot read %1 to compute its checksum: %2")
                          .arg(label, reader.errorString());
            return r;
        }
        if (n == 0)
            break;
        hash.addData(data, n);
        r.bytes += n;
        if (onProgress)
            onProgress(r.bytes);
    }
    r.hex = hash.hexResult();
    if (!hash.isValid()) {
        r.error = Tr::tr("Cannot compute the checksum of %1: %2").arg(label, hash.errorString());
        return r;
    }
    r.ok = true;
    return r;
}

ChecksumResult ChecksumCalculator::hashFile(const QString &path, ChecksumAlgorithm algorithm)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ChecksumResult r;
        r.algorithm = algorithm;
        r.error = Tr::tr("Cannot open %1 to compute its checksum: %2").arg(path, f.errorString());
        return r;
    }
    return hashDevice(&f, path, algorithm);
}

bool ChecksumCalculator::start(const QString &path, ChecksumAlgorithm algorithm)
{
    return start(
        [path](QString *error) -> std::unique_ptr<QIODevice> {
            auto f = std::make_unique<QFile>(path);
            if (!f->open(QIODevice::ReadOnly)) {
                *error = Tr::tr("Cannot open %1 to compute its checksum: %2")
                             .arg(path, f->errorString());
                return nullptr;
            }
            return f;
        },
        path, algorithm);
}

bool ChecksumCalculator::start(SourceFactory factory, const QString &label,
                               ChecksumAlgorithm algorithm)
{
    if (m_thread)
        return false;
    m_cancel.store(false);
    QPointer<ChecksumCalculator> self(this);
    std::atomic_bool *cancel = &m_cancel; // outlives the thread: the destructor joins it
    m_thread = QThread::create([self, cancel, factory, label, algorithm]() {
        ChecksumResult result;
        QString error;
        std::unique_ptr<QIODevice> device = factory(&error);
        if (!device) {
            result.algorithm = algorithm;
            result.error = error;
        } else {
            qint64 total = device->isSequential() ? -1 : device->size();
            qint64 lastReported = 0;
            result = hashDevice(device.get(), label, algorithm, cancel, [&](qint64 done) {
                // ~every 16 MiB: enough for a smooth bar without flooding the event loop.
                if (done - lastReported < 16 * blockSize)
                    return;
                lastReported = done;
                if (self)
                    QMetaObject::invokeMethod(self.data(), "progress", Qt::QueuedConnection,
                                              Q_ARG(qint64, done), Q_ARG(qint64, total));
            });
        }
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, result]() {
                    if (self)
                        self->onWorkerDone(result);
                },
                Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void ChecksumCalculator::onWorkerDone(const ChecksumResult &result)
{
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    if (result.ok)
        qCDebug(lcUpload) << "checksum" << result.bytes << "bytes";
    else
        qCDebug(lcUpload) << "checksum failed:" << result.error;
    emit finished(result);
}

} // namespace clu
