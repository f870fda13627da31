#pragma once
// Shared by the TestGui*Flow tests: the real window against one real cl-simulator (--seed demo)
// per test class, with settings in a home of the test's own.

#include "GuiSimHelpers.h"
#include "uploads/NewUploadDialog.h"

#include <QFile>
#include <QJsonArray>

#include <memory>

namespace clu::test {

// A test class derives from QObject and from this; setUpSimulator() in initTestCase(),
// resetSimulator() in cleanup(), stopSimulator() in cleanupTestCase().
class GuiFlowFixture
{
protected:
    static constexpr int kLong = 60000;

    QTemporaryDir m_home;
    std::unique_ptr<SimulatorProcess> m_sim;

    // Isolates the settings under `testName` and starts the simulator. Empty = ready.
    QString setUpSimulator(const QString &testName)
    {
        if (!m_home.isValid())
            return QStringLiteral("no temporary home directory: %1").arg(m_home.errorString());
        isolateSettings(m_home, testName);
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--seed"), QStringLiteral("demo") });
        if (!m_sim->start())
            return m_sim->errorString();
        return {};
    }

    // Faults, throttles and the request log of one test do not reach the next.
    void resetSimulator()
    {
        if (m_sim && m_sim->isRunning())
            m_sim->control("POST", QStringLiteral("/control/reset"));
    }

    void stopSimulator()
    {
        if (m_sim)
            m_sim->stop();
    }

    // Requests the simulator saw, oldest first.
    QJsonArray seenRequests()
    {
        return m_sim->control("GET", QStringLiteral("/control/requests"))
            .object()
            .value(QLatin1String("requests"))
            .toArray();
    }

    static QString firstLocalLibrary(const gui::MainWindow &w)
    {
        for (const Library &l : w.libraryModel()->libraries())
            if (l.acceptsUploads())
                return l.id;
        return {};
    }

    // New upload of `paths` into a new item `name` of `type` in the first LOCAL library.
    static gui::NewUploadDialog::Request newItemUpload(const gui::MainWindow &w,
                                                       const QString &name, const QString &type,
                                                       const QStringList &paths)
    {
        gui::NewUploadDialog::Request req;
        req.libraryId = firstLocalLibrary(w);
        req.newItem.libraryId = req.libraryId;
        req.newItem.name = name;
        req.newItem.type = type;
        req.paths = paths;
        return req;
    }

    // `size` bytes of `fill`; false when the file cannot be written.
    static bool writeBytes(const QString &path, int size, char fill)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QByteArray(size, fill));
        return true;
    }
};

} // namespace clu::test
