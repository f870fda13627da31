// The window against the real cl-simulator (--seed demo): connecting (libraries, sessions and the
// actions they allow), a wrong password, trusting and pinning on first connect, a pin that does not
// match, demo mode with files dropped on the window, files given on the command line. Reviewing
// signed packages: TestGuiReviewFlow; uploads and session actions: TestGuiSessionFlow.
#include "GuiFlowFixture.h"
#include "certificates/CertificateDetailsWidget.h"
#include "certificates/CertificateTrustDialog.h"
#include "certificates/PinMismatchDialog.h"
#include "connection/ServerConnection.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"

#include <QAction>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>

using namespace clu;
using namespace clu::gui;

namespace {
QString sha256Hex(const QSslCertificate &c)
{
    return QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestGuiFlow : public QObject, protected clu::test::GuiFlowFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator(QStringLiteral("TestGuiFlow"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { resetSimulator(); }

    void connectsAndShowsLibrariesAndSessions()
    {
        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("flavorStatus"))->text(),
                 QStringLiteral("/api"));
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("userStatus"))->text(), m_sim->username());
        // Demo seed: local and subscribed libraries; sessions in ERROR and ACTIVE.
        bool sawSubscribed = false;
        for (int r = 0; r < w.libraryModel()->rowCount(); ++r) {
            const QModelIndex i = w.libraryModel()->index(r, 0);
            if (!i.data(LibraryTreeModel::UploadableRole).toBool())
                sawSubscribed = true;
        }
        QVERIFY(sawSubscribed);
        QTRY_VERIFY_WITH_TIMEOUT(w.sessionModel()->rowCount() >= 2, kLong);
        QStringList states;
        for (int r = 0; r < w.sessionModel()->rowCount(); ++r)
            states << w.sessionModel()->rowData(r)->session.state.toString();
        QVERIFY2(states.contains(QStringLiteral("ERROR")), qPrintable(states.join(',')));
        QVERIFY2(states.contains(QStringLiteral("ACTIVE")), qPrintable(states.join(',')));
        // Item names are resolved, not ids.
        const SessionRow *row = w.sessionModel()->rowData(0);
        QTRY_VERIFY_WITH_TIMEOUT(!w.sessionModel()->rowData(0)->itemName.isEmpty(), kLong);
        Q_UNUSED(row)

        // Actions follow the selected session's state.
        for (int r = 0; r < w.sessionModel()->rowCount(); ++r) {
            const SessionRow *s = w.sessionModel()->rowData(r);
            w.selectSession(s->session.id);
            const bool active = s->session.state == SessionState::Active;
            QCOMPARE(w.cancelAction()->isEnabled(), active);
            QCOMPARE(w.keepAliveAction()->isEnabled(), active);
            QCOMPARE(w.deleteAction()->isEnabled(), s->session.isTerminal());
        }
        // The ERROR session's details show the error message with its id.
        for (int r = 0; r < w.sessionModel()->rowCount(); ++r) {
            const SessionRow *s = w.sessionModel()->rowData(r);
            if (s->session.state != SessionState::Error)
                continue;
            w.selectSession(s->session.id);
            QVERIFY(s->session.errorMessage.has_value());
            QCOMPARE(w.infoTab()->fieldText(QStringLiteral("errorIdValue")),
                     s->session.errorMessage->id);
        }
    }

    void wrongPasswordIsExplained()
    {
        MainWindow w;
        QSignalSpy connected(&w, &MainWindow::connectedChanged);
        w.connectToProfile(clu::test::simulatorProfile(*m_sim), QStringLiteral("wrong-password"));
        QVERIFY(connected.wait(kLong));
        QCOMPARE(connected.at(0).at(0).toBool(), false);
        QVERIFY2(w.lastMessage().contains(QStringLiteral("refused the user name or password")),
                 qPrintable(w.lastMessage()));
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("connectErrorBox"));
        QVERIFY(box);
        QCOMPARE(box->text(), w.lastMessage());
        box->close();
    }

    void firstConnectAsksAndTrustAndPinPins()
    {
        MainWindow w;
        QString shownFingerprint;
        clu::test::whenModalOpens<CertificateTrustDialog>(this, [&](CertificateTrustDialog *d) {
            shownFingerprint = d->details()
                                   ->findChild<QLabel *>(QStringLiteral("sha256Value"))
                                   ->text()
                                   .remove(QLatin1Char('\n')); // shown in lines
            d->trustAndPinButton()->click();
        });
        QVERIFY(clu::test::connectWindow(w, clu::test::simulatorProfile(*m_sim, false),
                                         m_sim->password()));
        QCOMPARE(shownFingerprint, CertificateDetailsWidget::sha256(m_sim->certificate()));
        QCOMPARE(w.connection()->tlsPolicy()->pin(m_sim->baseUrl().host()),
                 sha256Hex(m_sim->certificate()));
    }

    void pinMismatchIsRefusedNamingBothFingerprints()
    {
        MainWindow w;
        ServerProfile p = clu::test::simulatorProfile(*m_sim);
        p.pinnedThumbprint = QString(64, QLatin1Char('a'));
        QSignalSpy connected(&w, &MainWindow::connectedChanged);
        w.connectToProfile(p, m_sim->password());
        QVERIFY(connected.wait(kLong));
        QCOMPARE(connected.at(0).at(0).toBool(), false);
        PinMismatchDialog *d = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((d = w.findChild<PinMismatchDialog *>()) != nullptr, kLong);
        QVERIFY(d->message().contains(PinMismatchDialog::formatFingerprint(p.pinnedThumbprint)));
        QVERIFY2(d->message().contains(
                     PinMismatchDialog::formatFingerprint(sha256Hex(m_sim->certificate()))),
                 qPrintable(d->message()));
        QVERIFY(!w.connection()->isConnected());
        d->close();
    }

    void demoModeConnectsAndSaysSo()
    {
        MainWindow w;
        w.show();
        QSignalSpy connected(&w, &MainWindow::connectedChanged);
        QSignalSpy refreshed(&w, &MainWindow::sessionsRefreshed);
        w.startDemo(qEnvironmentVariable("CLU_SIMULATOR"));
        QVERIFY(connected.wait(kLong));
        QVERIFY2(connected.at(0).at(0).toBool(), qPrintable(w.lastMessage()));
        QVERIFY(w.isDemo());
        // The application name is added by the platform (display name), not repeated here.
        QCOMPARE(w.windowTitle(), QStringLiteral("Demo server"));
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("serverStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Demo server")));
        QVERIFY(refreshed.wait(kLong) || w.sessionModel()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.sessionModel()->rowCount() > 0, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(w.libraryModel()->rowCount() > 0, kLong);

        // Dropping files onto the window opens New upload prefilled with them.
        QTemporaryDir dir;
        const QString iso = dir.filePath(QStringLiteral("dropped.iso"));
        QVERIFY(writeBytes(iso, 2048, 'z'));
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(iso) });
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        NewUploadDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<NewUploadDialog *>()) != nullptr, kLong);
        QCOMPARE(dialog->request().paths, QStringList { iso });
        QCOMPARE(dialog->request().newItem.type, QStringLiteral("iso"));
        QCOMPARE(dialog->request().newItem.name, QStringLiteral("dropped"));
        QVERIFY2(dialog->startButton()->isEnabled(), qPrintable(dialog->problem()));
        dialog->reject();
    }

    // cl-uploader FILE... (and the desktop entry's %F): New upload opens with the files once
    // a connection has loaded the libraries, not before (it would have no library to offer).
    void filesFromTheCommandLineOpenNewUploadOnceConnected()
    {
        QTemporaryDir dir;
        const QString iso = dir.filePath(QStringLiteral("from-argv.iso"));
        QVERIFY(writeBytes(iso, 4096, 'a'));
        const QString missing = dir.filePath(QStringLiteral("not-there.iso"));
        MainWindow w;
        w.show();
        w.openNewUploadWhenReady({ iso });
        QTest::qWait(100);
        QVERIFY(!w.findChild<NewUploadDialog *>());
        QVERIFY2(w.lastMessage().contains(iso), qPrintable(w.lastMessage()));
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        NewUploadDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<NewUploadDialog *>()) != nullptr, kLong);
        QCOMPARE(dialog->request().paths, QStringList { iso });
        QVERIFY(!dialog->request().libraryId.isEmpty());
        QCOMPARE(dialog->request().newItem.type, QStringLiteral("iso"));
        QCOMPARE(dialog->request().newItem.name, QStringLiteral("from-argv"));
        QVERIFY2(dialog->startButton()->isEnabled(), qPrintable(dialog->problem()));
        dialog->reject();
        delete dialog;

        // Connected already: at once. A path that is not there is named, Start stays off.
        w.openNewUploadWhenReady({ missing });
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.findChild<NewUploadDialog *>()) != nullptr, kLong);
        QVERIFY(!dialog->startButton()->isEnabled());
        QVERIFY2(dialog->problem().contains(missing), qPrintable(dialog->problem()));
        dialog->reject();
    }

    void cleanupTestCase() { stopSimulator(); }
};

QTEST_MAIN(TestGuiFlow)
#include "TestGuiFlow.moc"
