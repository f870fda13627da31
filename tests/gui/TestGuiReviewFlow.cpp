// Signed OVF packages through the real window against the real cl-simulator: the certificate
// review opens before any disk is sent, Ignore + Apply PATCHes the session and the server's answer
// is shown, Continue completes; two uploads waiting for review at once each get their own answer.
#include "GuiFlowFixture.h"
#include "certificates/CertificateDetailsWidget.h"
#include "ovf/PackageBuilder.h"
#include "review/CertificateWarningsTab.h"
#include "review/ReviewCoordinator.h"
#include "review/WarningListWidget.h"
#include "sessions/SessionFilesTab.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"
#include "uploads/UploadController.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace clu;
using namespace clu::gui;

class TestGuiReviewFlow : public QObject, protected clu::test::GuiFlowFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = setUpSimulator(QStringLiteral("TestGuiReviewFlow"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { resetSimulator(); }

    void signedSelfSignedOvfReviewIgnoreApplyAndComplete()
    {
        QTemporaryDir dir;
        clu::sim::ovf::PackageSpec spec;
        spec.baseName = QStringLiteral("gui-signed");
        spec.diskSizes = { 256 * 1024 };
        spec.signing = clu::sim::ovf::PackageSigning::SelfSigned;
        spec.signerCommonName = QStringLiteral("GUI Flow Signer");
        QString error;
        const auto pkg = clu::sim::ovf::PackageBuilder::build(spec, dir.path(), &error);
        QVERIFY2(pkg, qPrintable(error));
        const QSslCertificate signer(pkg->signerCertificatePem, QSsl::Pem);

        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        const NewUploadDialog::Request req = newItemUpload(w, QStringLiteral("gui-flow-signed"),
                                                           QStringLiteral("ovf"), { pkg->ovfPath });
        QVERIFY(!req.libraryId.isEmpty());
        QSignalSpy finished(&w, &MainWindow::uploadFinished);
        UploadController *u = w.startUpload(req);
        QVERIFY(u);

        // The review opens before the disks are sent.
        CertificateWarningsTab *tab = w.certificateTab();
        QTRY_VERIFY_WITH_TIMEOUT(tab->isDecisionPending(), kLong);
        QCOMPARE(w.detailsTabs()->currentWidget(), tab);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->certificateDetails()->certificate().isNull(), kLong);
        auto text = [&](const char *name) {
            return tab->certificateDetails()
                ->findChild<QLabel *>(QString::fromLatin1(name))
                ->text();
        };
        QVERIFY2(text("subjectValue").contains(QStringLiteral("CN=GUI Flow Signer")),
                 qPrintable(text("subjectValue")));
        QCOMPARE(text("issuerValue"), text("subjectValue"));
        QCOMPARE(text("sha256Value").remove(QLatin1Char('\n')),
                 CertificateDetailsWidget::sha256(signer));
        QVERIFY(text("selfSignedValue").startsWith(QStringLiteral("Yes")));
        QStringList types;
        for (const PreviewWarning &pw : tab->warningList()->warnings())
            types << pw.type.toString();
        QVERIFY2(types.contains(QStringLiteral("SELF_SIGNED_CERTIFICATE")),
                 qPrintable(types.join(',')));
        QVERIFY(tab->bannerText().contains(QStringLiteral("block Complete")));
        // Complete is blocked while a warning is not ignored.
        QCOMPARE(w.selectedSessionId(), u->sessionId());
        QVERIFY(!w.completeAction()->isEnabled());
        QVERIFY2(w.completeAction()->toolTip().contains(QStringLiteral("Blocked")),
                 qPrintable(w.completeAction()->toolTip()));

        // Tick Ignore for every warning, Apply: PATCH, re-read, the server reports it ignored.
        for (const QString &t : types)
            QVERIFY(tab->warningList()->setIgnored(t, true));
        QVERIFY(tab->applyButton()->isEnabled());
        tab->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            tab->applyResultText().startsWith(QStringLiteral("The server now reports")), kLong);
        QVERIFY2(tab->applyResultText().contains(QStringLiteral("SELF_SIGNED_CERTIFICATE ignored")),
                 qPrintable(tab->applyResultText()));
        QVERIFY2(tab->bannerText().contains(QStringLiteral("no longer block")),
                 qPrintable(tab->bannerText()));
        QVERIFY(w.sessionModel()
                    ->find(u->sessionId())
                    ->session.previewInfo->blockingWarnings()
                    .isEmpty());
        bool patched = false;
        for (const auto &r : seenRequests())
            patched = patched || r.toObject().value("method").toString() == QLatin1String("PATCH");
        QVERIFY(patched);

        // Continue: disks are sent, the session completes, the row shows DONE.
        tab->continueButton()->click();
        QVERIFY(finished.wait(kLong * 2));
        const auto outcome = finished.at(0).at(0).value<UploadOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.summary));
        const SessionRow *row = w.sessionModel()->find(outcome.sessionId);
        QVERIFY(row);
        QCOMPARE(row->session.state.toString(), QStringLiteral("DONE"));
        QCOMPARE(w.sessionModel()
                     ->index(w.sessionModel()->rowOf(outcome.sessionId), SessionTableModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("Done"));
        // It survives the next auto-refresh although the engine deleted the server's record.
        QSignalSpy refreshed(&w, &MainWindow::sessionsRefreshed);
        w.refreshNow();
        QVERIFY(refreshed.wait(kLong));
        QVERIFY(w.sessionModel()->find(outcome.sessionId));
        QVERIFY(!w.infoTab()->logOf(outcome.sessionId).isEmpty());

        // The Files tab of the DONE session shows the server's final state, not what the rows
        // said while sending: every file Ready and verified, none "Verifying".
        w.selectSession(outcome.sessionId);
        QTableWidget *files = w.filesTab()->table();
        auto cell = [&](int r, int c) {
            return files->item(r, c) ? files->item(r, c)->text() : QString();
        };
        auto allFinal = [&]() {
            if (files->rowCount() == 0)
                return false;
            for (int r = 0; r < files->rowCount(); ++r)
                if (cell(r, SessionFilesTab::StatusColumn) != QLatin1String("Ready")
                    || cell(r, SessionFilesTab::ChecksumColumn).contains(QLatin1String("not yet")))
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allFinal(), kLong);
        QStringList names;
        for (int r = 0; r < files->rowCount(); ++r)
            names << cell(r, SessionFilesTab::NameColumn);
        QVERIFY2(names.contains(QFileInfo(pkg->ovfPath).fileName()), qPrintable(names.join(',')));
    }

    // Two signed uploads waiting for their review at once: each keeps its own, and the answer
    // given on one session's tab goes to that session's upload, not to the one that asked last.
    void twoUploadsNeedingReviewBothGetIt()
    {
        QTemporaryDir dir;
        QList<clu::sim::ovf::BuiltPackage> pkgs;
        for (const char *base : { "review-one", "review-two" }) {
            clu::sim::ovf::PackageSpec spec;
            spec.baseName = QString::fromLatin1(base);
            spec.diskSizes = { 128 * 1024 };
            spec.signing = clu::sim::ovf::PackageSigning::SelfSigned;
            QString error;
            const auto pkg = clu::sim::ovf::PackageBuilder::build(
                spec, dir.filePath(QString::fromLatin1(base)), &error);
            QVERIFY2(pkg, qPrintable(error));
            pkgs << *pkg;
        }
        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        QSignalSpy finished(&w, &MainWindow::uploadFinished);
        QList<UploadController *> uploads;
        for (const auto &pkg : pkgs) {
            uploads << w.startUpload(newItemUpload(w, QFileInfo(pkg.ovfPath).completeBaseName(),
                                                   QStringLiteral("ovf"), { pkg.ovfPath }));
            QVERIFY(uploads.last());
        }
        QTRY_COMPARE_WITH_TIMEOUT(w.reviews()->pendingSessions().size(), 2, kLong);
        const QString first = uploads.at(0)->sessionId();
        const QString second = uploads.at(1)->sessionId();
        QVERIFY(w.reviews()->isPending(first));
        QVERIFY(w.reviews()->isPending(second));

        CertificateWarningsTab *tab = w.certificateTab();
        auto decide = [&](const QString &id) {
            w.selectSession(id);
            QTRY_VERIFY_WITH_TIMEOUT(tab->sessionId() == id && tab->isDecisionPending()
                                         && !tab->warningList()->warnings().isEmpty(),
                                     kLong);
            for (const PreviewWarning &pw : tab->warningList()->warnings())
                QVERIFY(tab->warningList()->setIgnored(pw.type.toString(), true));
            QVERIFY(tab->continueButton()->isEnabled());
            tab->continueButton()->click();
        };
        // The first upload is answered although the second asked last.
        decide(first);
        QVERIFY(!w.reviews()->isPending(first));
        QVERIFY(w.reviews()->isPending(second));
        QVERIFY(finished.wait(kLong * 2));
        QCOMPARE(finished.size(), 1);
        auto outcome = finished.at(0).at(0).value<UploadOutcome>();
        QCOMPARE(outcome.sessionId, first);
        QVERIFY2(outcome.ok, qPrintable(outcome.summary));
        // The second still waits, and its tab still offers the decision.
        QVERIFY(w.reviews()->isPending(second));
        decide(second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kLong * 2);
        outcome = finished.at(1).at(0).value<UploadOutcome>();
        QCOMPARE(outcome.sessionId, second);
        QVERIFY2(outcome.ok, qPrintable(outcome.summary));
        QVERIFY(w.reviews()->pendingSessions().isEmpty());
    }

    void cleanupTestCase() { stopSimulator(); }
};

QTEST_MAIN(TestGuiReviewFlow)
#include "TestGuiReviewFlow.moc"
