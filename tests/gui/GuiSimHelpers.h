#pragma once
// Shared by the GUI tests that drive a real MainWindow against a real cl-simulator.

#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "SimulatorProcess.h"
#include "net/TlsPolicy.h"
#include "sessions/LibraryTreeModel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace clu::test {

// A profile for `sim` with its certificate pinned, so no trust dialog interrupts the test.
inline ServerProfile simulatorProfile(const SimulatorProcess &sim, bool pinned = true)
{
    ServerProfile p;
    p.name = QStringLiteral("sim");
    p.url = sim.baseUrl();
    p.username = sim.username();
    if (pinned)
        p.pinnedThumbprint = TlsPolicy::sha256(sim.certificate());
    return p;
}

// Connects the window and waits until the first refresh brought libraries and sessions.
inline bool connectWindow(gui::MainWindow &w, const ServerProfile &p, const QString &password,
                          int timeoutMs = 60000)
{
    QSignalSpy connected(&w, &gui::MainWindow::connectedChanged);
    QSignalSpy refreshed(&w, &gui::MainWindow::sessionsRefreshed);
    w.connectToProfile(p, password);
    if (!connected.wait(timeoutMs) || !connected.at(0).at(0).toBool())
        return false;
    if (refreshed.isEmpty() && !refreshed.wait(timeoutMs))
        return false;
    return QTest::qWaitFor([&] { return w.libraryModel()->rowCount() > 0; }, timeoutMs);
}

inline bool connectWindow(gui::MainWindow &w, const SimulatorProcess &sim)
{
    return connectWindow(w, simulatorProfile(sim), sim.password());
}

} // namespace clu::test
