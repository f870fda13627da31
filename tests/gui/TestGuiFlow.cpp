#include "GuiSimHelpers.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "SimulatorProcess.h"
#include "certificates/CertificateDetailsWidget.h"
#include "certificates/CertificateTrustDialog.h"
#include "certificates/PinMismatchDialog.h"
#include "connection/ServerConnection.h"
#include "net/TlsPolicy.h"
#include "ovf/PackageBuilder.h"
#include "review/CertificateWarningsTab.h"
#include "review/ReviewCoordinator.h"
#include "review/WarningListWidget.h"
#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionFilesTab.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"
#include "uploads/NewUploadDialog.h"
#include "uploads/UploadController.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu;
using namespace clu::gui;
using clu::test::SimulatorProcess;

namespace {
const int kLong = 60000;

QString sha256Hex(const QSslCertificate &c)
{
    return QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex());
}
} // namespace

// The flow, end to end, through the real window against the real cl-simulator.
class TestGuiFlow : public QObject
{
    Q_OBJECT

    QString firstLocalLibrary(const MainWindow &w) const
    {
        for (const Library &l : w.libraryModel()->libraries())
            if (l.acceptsUploads())
                return l.id;
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        clu::test::isolateSettings(m_home, QStringLiteral("TestGuiFlow"));
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void cleanup()
    {
        if (m_sim && m_sim->isRunning())
            m_sim->control("POST", QStringLiteral("/control/reset"));
    }

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
        NewUploadDialog::Request req;
        req.libraryId = firstLocalLibrary(w);
        QVERIFY(!req.libraryId.isEmpty());
        req.newItem.libraryId = req.libraryId;
        req.newItem.name = QStringLiteral("gui-flow-signed");
        req.newItem.type = QStringLiteral("ovf");
        req.paths = { pkg->ovfPath };
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
        const QJsonArray requests = m_sim->control("GET", QStringLiteral("/control/requests"))
                                        .object()
                                        .value("requests")
                                        .toArray();
        bool patched = false;
        for (const auto &r : requests)
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
            NewUploadDialog::Request req;
            req.libraryId = firstLocalLibrary(w);
            req.newItem.libraryId = req.libraryId;
            req.newItem.name = QFileInfo(pkg.ovfPath).completeBaseName();
            req.newItem.type = QStringLiteral("ovf");
            req.paths = { pkg.ovfPath };
            uploads << w.startUpload(req);
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

    void cancelMidUpload()
    {
        QTemporaryDir dir;
        const QString iso = dir.filePath(QStringLiteral("slow.iso"));
        {
            QFile f(iso);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4 * 1024 * 1024, 'x'));
        }
        m_sim->control("POST", QStringLiteral("/control/throttle"),
                       QJsonObject { { "bytes_per_second", 200000 } });
        QVERIFY2(m_sim->lastControlOk(), qPrintable(m_sim->lastControlError()));

        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        NewUploadDialog::Request req;
        req.libraryId = firstLocalLibrary(w);
        req.newItem.libraryId = req.libraryId;
        req.newItem.name = QStringLiteral("gui-flow-cancel");
        req.newItem.type = QStringLiteral("iso");
        req.paths = { iso };
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
            const QJsonArray log = m_sim->control("GET", QStringLiteral("/control/requests"))
                                       .object()
                                       .value(QLatin1String("requests"))
                                       .toArray();
            for (const QJsonValue &v : log)
                if (v.toObject().value(QLatin1String("method")).toString() == QLatin1String("POST")
                    && (v.toObject().value(QLatin1String("path")).toString()
                            == QLatin1String("/api/content/library/item")
                        || v.toObject().value(QLatin1String("path")).toString()
                            == QLatin1String("/rest/com/vmware/content/library/item")))
                    ++n;
            return n;
        };
        const int before = itemCreates();
        NewUploadDialog::Request req;
        req.libraryId = firstLocalLibrary(w);
        req.newItem.libraryId = req.libraryId;
        req.newItem.name = QStringLiteral("gui-flow-not-a-file");
        req.newItem.type = QStringLiteral("file");
        req.paths = { dir.path() };
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
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(1024, 'y'));
        }
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
        {
            QFile f(extra);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(10000, 'n'));
        }
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
        {
            QFile f(iso);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(2048, 'z'));
        }
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
        {
            QFile f(iso);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'a'));
        }
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

    void cleanupTestCase()
    {
        if (m_sim)
            m_sim->stop();
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<SimulatorProcess> m_sim;
};

QTEST_MAIN(TestGuiFlow)
#include "TestGuiFlow.moc"
