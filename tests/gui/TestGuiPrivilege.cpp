// The GUI side of issue 11's privilege naming: a read-only account of a real cl-simulator
// (--readonly-users) starts an upload to a new item from the main window; the 403 on creating
// the item comes back naming the vCenter privilege it lacks, and no item is left behind.
#include "GuiSimHelpers.h"
#include "MainWindow.h"
#include "SimulatorProcess.h"
#include "uploads/UploadController.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu;
using namespace clu::gui;
using clu::test::SimulatorProcess;

class TestGuiPrivilege : public QObject
{
    Q_OBJECT

private slots:
    void refusedCreateNamesThePrivilege()
    {
        SimulatorProcess sim(
            { QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--users"),
              QStringLiteral("administrator@vsphere.local:VMware1!,"
                             "viewer@vsphere.local:View1!"),
              QStringLiteral("--readonly-users"), QStringLiteral("viewer@vsphere.local") });
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QTemporaryDir dir;
        const QString iso = dir.filePath(QStringLiteral("tools.iso"));
        QFile f(iso);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'i'));
        f.close();

        MainWindow w;
        w.show();
        ServerProfile p = clu::test::simulatorProfile(sim);
        p.username = QStringLiteral("viewer@vsphere.local");
        QVERIFY(clu::test::connectWindow(w, p, QStringLiteral("View1!")));
        QString library;
        for (const Library &l : w.libraryModel()->libraries())
            if (l.acceptsUploads() && library.isEmpty())
                library = l.id;
        QVERIFY(!library.isEmpty());

        NewUploadDialog::Request req;
        req.libraryId = library;
        req.newItem.libraryId = library;
        req.newItem.name = QStringLiteral("gui-viewer-item");
        req.newItem.type = QStringLiteral("iso");
        req.paths = { iso };
        QSignalSpy finished(&w, &MainWindow::uploadFinished);
        QVERIFY(w.startUpload(req));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        const UploadOutcome o = finished.first().first().value<UploadOutcome>();
        QVERIFY(!o.ok);
        QVERIFY2(o.summary.contains(QStringLiteral("gui-viewer-item"))
                     && o.summary.contains(QStringLiteral("Content library.Add library item"))
                     && o.summary.contains(QStringLiteral("ContentLibrary.AddLibraryItem")),
                 qPrintable(o.summary));
        QVERIFY(o.sessionId.isEmpty());
    }
};

QTEST_MAIN(TestGuiPrivilege)
#include "TestGuiPrivilege.moc"
