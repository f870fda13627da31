#include "SourceHasher.h"

#include "ChecksumCalculator.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UploadPreparer)
};
} // namespace

SourceHasher::SourceHasher(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<clu::SourceDigest>();
}

SourceHasher::~SourceHasher()
{
    m_cancel.store(true);
    join();
}

void SourceHasher::join()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

SourceDigest SourceHasher::hash(const UploadSource &s, ChecksumAlgorithm algorithm,
                                const OvfManifest::Entry *entry, const std::atomic_bool *cancel,
                                const std::function<void(qint64)> &onProgress)
{
    SourceDigest d;
    d.name = s.name;
    QString error;
    std::unique_ptr<QIODevice> dev = s.open(&error);
    if (!dev) {
        d.error = error;
        return d;
    }
    const ChecksumResult c =
        ChecksumCalculator::hashDevice(dev.get(), s.label(), algorithm, cancel, onProgress);
    if (!c.ok) {
        d.canceled = c.canceled;
        d.error = c.error;
        return d;
    }
    d.bytes = c.bytes;
    if (c.bytes != s.size) {
        d.error = Tr::tr("%1 has %2 bytes, but %3 were expected (it changed while being read?)")
                      .arg(s.label())
                      .arg(c.bytes)
                      .arg(s.size);
        return d;
    }
    d.hex = c.hex;
    if (entry) {
        QString actual = c.hex;
        if (entry->algorithm != algorithm) {
            std::unique_ptr<QIODevice> again = s.open(&error);
            const ChecksumResult m = again
                ? ChecksumCalculator::hashDevice(again.get(), s.label(), entry->algorithm, cancel)
                : ChecksumResult {};
            if (!m.ok) {
                d.canceled = m.canceled;
                d.error = again ? m.error : error;
                return d;
            }
            actual = m.hex;
        }
        if (actual != entry->digest)
            d.mismatch = DigestMismatch { s.name,
                                          OpenEnum<ChecksumAlgorithm>::nameOf(entry->algorithm),
                                          entry->digest, actual, QString() };
    }
    d.ok = true;
    return d;
}

bool SourceHasher::start(const QList<Job> &jobs, ChecksumAlgorithm algorithm)
{
    if (m_thread && !m_thread->isFinished())
        return false;
    join();
    m_cancel.store(false);
    QPointer<SourceHasher> self(this);
    std::atomic_bool *cancel = &m_cancel; // outlives the thread: the destructor joins it
    qint64 total = 0;
    for (const Job &j : jobs)
        total += j.source.size;
    m_thread = QThread::create([self, cancel, jobs, algorithm, total]() {
        qint64 base = 0, lastReported = 0;
        for (const Job &j : jobs) {
            const SourceDigest d = hash(j.source, algorithm,
                                        j.manifestEntry ? &*j.manifestEntry : nullptr, cancel,
                                        [&](qint64 n) {
                                            if (base + n - lastReported < 32 * 1024 * 1024)
                                                return;
                                            lastReported = base + n;
                                            if (self)
                                                QMetaObject::invokeMethod(
                                                    self.data(), "progress", Qt::QueuedConnection,
                                                    Q_ARG(qint64, base + n), Q_ARG(qint64, total));
                                        });
            base += j.source.size;
            if (cancel->load())
                return;
            if (self)
                QMetaObject::invokeMethod(self.data(), "hashed", Qt::QueuedConnection,
                                          Q_ARG(clu::SourceDigest, d));
            if (!d.ok)
                return;
        }
    });
    m_thread->setObjectName(QStringLiteral("clu-hash"));
    m_thread->start();
    return true;
}

} // namespace clu
