// Uploads and session actions through the real window against the real cl-simulator (--seed
// demo): cancel mid-upload, no item created before the local checks pass, a busy item offering
// its existing session, the Files tab (add, validate), keep-alive and delete on existing sessions.
#include "GuiFlowFixture.h"
#include "sessions/SessionFilesTab.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"
#include "uploads/UploadController.h"

#include <QAction>
#include <QPushButton>
#include <QTableView>

using namespace clu;
using namespace clu::gui;

class TestGuiSessionFlow : public QObject, protected clu::test::GuiFlowFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator(QStringLiteral("TestGuiSessionFlow"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { resetSimulator(); }

    void cancelMidUpload()
    {
        QTemporaryDir dir;
        const QString iso = dir.filePath(QStringLiteral("slow.iso"));
        QVERIFY(writeBytes(iso, 4 * 1024 * 1024, 'x'));
        m_sim->control("POST", QStringLiteral("/control/throttle"),
                       QJsonObject { { "bytes_per_second", 200000 } });
        QVERIFY2(m_sim->lastControlOk(), qPrintable(m_sim->lastControlError()));

        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        const NewUploadDialog::Request req =
            newItemUpload(w, QStringLiteral("gui-flow-cancel"), QStringLiteral("iso"), { iso });
        QSignalSpy finished(&w, &MainWindow::uploadFinished);
        UploadController *u = w.startUpload(req);
        QTRY_VERIFY_WITH_TIMEOUT(!u->sessionId().isEmpty(), kLong);
        const QString id = u->sessionId();
        QTRY_VERIFY_WITH_TIMEOUT(
            w.sessionModel()->find(id) && w.sessionModel()->find(id)->transferProgress > 0, kLong);
        w.selectSession(id);
        QVERIFY(w.cancelAction()->isEnabled());
        clu::test::answerNextMessageBox(this, QMessageBox::Yes);
        w.cancelAction()->trigger();
        QVERIFY(finished.wait(kLong));
        const auto outcome = finished.at(0).at(0).value<UploadOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.canceled, qPrintable(outcome.summary));
        QCOMPARE(w.sessionModel()->find(id)->session.state.toString(), QStringLiteral("CANCELED"));
        // The item created for this upload holds nothing: it was deleted again, and said so.
        QVERIFY2(outcome.summary.contains(QStringLiteral("was deleted again")),
                 qPrintable(outcome.summary));
    }

    void newItemOnlyAfterLocalChecks()
    {
        // A directory cannot be uploaded: nothing is created on the server, and the message
        // names the path and why.
        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        QTemporaryDir dir;
        auto itemCreates = [&]() {
            int n = 0;
            for (const QJsonValue &v : seenRequests())
                if (v.toObject().value(QLatin1String("method")).toString() == QLatin1String("POST")
                    && (v.toObject().value(QLatin1String("path")).toString()
                            == QLatin1String("/api/content/library/item")
                        || v.toObject().value(QLatin1String("path")).toString()
                            == QLatin1String("/rest/com/vmware/content/library/item")))
                    ++n;
            return n;
        };
        const int before = itemCreates();
        const NewUploadDialog::Request req = newItemUpload(w, QStringLiteral("gui-flow-not-a-file"),
                                                           QStringLiteral("file"), { dir.path() });
        QSignalSpy finished(&w, &MainWindow::uploadFinished);
        w.startUpload(req);
        QVERIFY(finished.wait(kLong));
        const auto outcome = finished.at(0).at(0).value<UploadOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.summary.contains(dir.path())
                     && outcome.summary.contains(QStringLiteral("directory")),
                 qPrintable(outcome.summary));
        QCOMPARE(itemCreates(), before);
    }

    void busyItemOffersTheExistingSession()
    {
        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        QTRY_VERIFY_WITH_TIMEOUT(w.sessionModel()->rowCount() > 0, kLong);
        QString busyItem, busySession;
        for (int r = 0; r < w.sessionModel()->rowCount(); ++r) {
            const SessionRow *s = w.sessionModel()->rowData(r);
            if (s->session.state == SessionState::Active) {
                busyItem = s->session.libraryItemId;
                busySession = s->session.id;
            }
        }
        QVERIFY2(!busyItem.isEmpty(), "the demo seed has an ACTIVE session");
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("small.bin"));
        QVERIFY(writeBytes(file, 1024, 'y'));
        NewUploadDialog::Request req;
        req.itemId = busyItem;
        req.paths = { file };
        QSignalSpy finished(&w, &MainWindow::uploadFinished);
        w.startUpload(req);
        QVERIFY(finished.wait(kLong));
        const auto outcome = finished.at(0).at(0).value<UploadOutcome>();
        QVERIFY(outcome.error.isResourceBusy());
        QCOMPARE(outcome.existingSessionId, busySession);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = w.findChild<QMessageBox *>(QStringLiteral("busyItemBox"))),
                                 kLong);
        w.sessionView()->clearSelection();
        box->button(QMessageBox::Open)->click();
        QTRY_COMPARE_WITH_TIMEOUT(w.selectedSessionId(), busySession, kLong);
    }

    void filesTabAndSessionActionsOnExistingSessions()
    {
        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        QTRY_VERIFY_WITH_TIMEOUT(w.sessionModel()->rowCount() >= 2, kLong);
        QString active, failed;
        for (int r = 0; r < w.sessionModel()->rowCount(); ++r) {
            const SessionRow *s = w.sessionModel()->rowData(r);
            if (s->session.state == SessionState::Active && active.isEmpty())
                active = s->session.id;
            if (s->session.state == SessionState::Error)
                failed = s->session.id;
        }
        QVERIFY(!active.isEmpty());
        QVERIFY(!failed.isEmpty());

        // Files tab lists the session's files; Add files sends one with its checksum.
        w.selectSession(active);
        SessionFilesTab *files = w.filesTab();
        QTRY_VERIFY_WITH_TIMEOUT(!files->files().isEmpty(), kLong);
        const int before = int(files->files().size());
        QTemporaryDir dir;
        const QString extra = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeBytes(extra, 10000, 'n'));
        files->addLocalFiles({ extra });
        auto fileStatus = [&](const QString &name) {
            for (const SessionFile &f : files->files())
                if (f.name == name)
                    return f.status.toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(fileStatus(QStringLiteral("notes.txt")), QStringLiteral("READY"),
                                  kLong);
        QCOMPARE(int(files->files().size()), before + 1);
        QVERIFY(!w.infoTab()->logOf(active).isEmpty());

        // Validate reports what the server says.
        files->validate();
        QTRY_VERIFY_WITH_TIMEOUT(files->validationText().startsWith(QStringLiteral("Validation ")),
                                 kLong);
        QVERIFY2(!files->validationText().startsWith(QStringLiteral("Validation failed")),
                 qPrintable(files->validationText()));

        // Keep alive on the ACTIVE session.
        QVERIFY(w.keepAliveAction()->isEnabled());
        w.keepAliveAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.lastMessage().contains(QStringLiteral("kept alive")), kLong);

        // Delete the ERROR session after confirming.
        w.selectSession(failed);
        QVERIFY(w.deleteAction()->isEnabled());
        QVERIFY(!w.cancelAction()->isEnabled());
        clu::test::answerNextMessageBox(this, QMessageBox::Yes);
        w.deleteAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(w.sessionModel()->rowOf(failed) < 0, kLong);
        QSignalSpy refreshed(&w, &MainWindow::sessionsRefreshed);
        w.refreshNow();
        QVERIFY(refreshed.wait(kLong));
        QCOMPARE(w.sessionModel()->rowOf(failed), -1);
    }

    void cleanupTestCase() { stopSimulator(); }
};

QTEST_MAIN(TestGuiSessionFlow)
#include "TestGuiSessionFlow.moc"
