// URL (PULL) sources in the GUI: the Add from URL dialog fetches and shows the source's
// certificate and asks for the thumbprint to be confirmed; the Files tab sends the confirmed
// thumbprint and the real cl-simulator then fetches from a real loopback https server.
#include "GuiSimHelpers.h"
#include "GuiTestHelpers.h"
#include "LoopbackSourceServer.h"
#include "MainWindow.h"
#include "SimulatorProcess.h"
#include "certificates/CertificateDetailsWidget.h"
#include "connection/ServerConnection.h"
#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionFilesTab.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"
#include "uploads/NewUploadDialog.h"
#include "uploads/UrlSourceDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace clu;
using namespace clu::gui;
using clu::test::LoopbackSourceServer;
using clu::test::SimulatorProcess;

namespace {
const int kLong = 60000;

QByteArray payload(int size)
{
    QByteArray d(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        d[i] = char(i * 13 + 5);
    return d;
}
} // namespace

class TestUrlSources : public QObject
{
    Q_OBJECT

    template<typename T> static T *child(QObject *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    // Answers the next UrlSourceDialog: enters `url`, waits for the certificate, confirms, adds.
    void confirmNextUrlDialog(const QString &url, bool *sawThumbprint, const QString &thumbprint)
    {
        clu::test::whenModalOpens<UrlSourceDialog>(this, [=](UrlSourceDialog *d) {
            connect(d, &UrlSourceDialog::certificateChecked, d, [=] {
                *sawThumbprint = child<QLabel>(d, "sourceThumbprint")->text().contains(thumbprint);
                child<QCheckBox>(d, "confirmThumbprintCheck")->setChecked(true);
                child<QPushButton>(d, "addSourceButton")->click();
            });
            d->setUrl(url);
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        clu::test::isolateSettings(m_home, QStringLiteral("TestUrlSources"));
    }

    void httpsSourceNeedsItsThumbprintConfirmed()
    {
        LoopbackSourceServer source(LoopbackSourceServer::Scheme::Https, QStringLiteral("disk.iso"),
                                    payload(1000));
        QVERIFY2(source.isRunning(), qPrintable(source.errorString()));
        UrlSourceDialog d;
        d.show();
        auto *add = child<QPushButton>(&d, "addSourceButton");
        auto *confirm = child<QCheckBox>(&d, "confirmThumbprintCheck");
        QVERIFY(!add->isEnabled());

        QSignalSpy checked(&d, &UrlSourceDialog::certificateChecked);
        d.setUrl(source.url());
        QVERIFY(checked.wait(kLong));
        // The whole certificate is shown, with the SHA-1 vCenter will compare.
        auto *details = child<CertificateDetailsWidget>(&d, "sourceCertificate");
        QVERIFY(details->isVisible());
        QCOMPARE(details->certificate(), source.certificate());
        QVERIFY2(child<QLabel>(&d, "sourceThumbprint")->text().contains(source.sha1Thumbprint()),
                 qPrintable(child<QLabel>(&d, "sourceThumbprint")->text()));
        // Self-signed, so this computer does not trust it, and says so.
        QVERIFY2(
            child<QLabel>(&d, "sourceStatus")->text().contains(QStringLiteral("does not trust")),
            qPrintable(child<QLabel>(&d, "sourceStatus")->text()));
        QCOMPARE(child<QLineEdit>(&d, "sourceNameEdit")->text(), QStringLiteral("disk.iso"));

        // Not before the administrator confirms.
        QVERIFY(!add->isEnabled());
        QVERIFY(d.problem().contains(QStringLiteral("Confirm")));
        confirm->setChecked(true);
        QVERIFY2(add->isEnabled(), qPrintable(d.problem()));
        const PullSource s = d.source();
        QCOMPARE(s.url, QUrl(source.url()));
        QCOMPARE(s.name, QStringLiteral("disk.iso"));
        QCOMPARE(s.sslThumbprint, source.sha1Thumbprint());

        // Editing the URL throws the confirmation away: it belonged to the old server.
        auto *url = child<QLineEdit>(&d, "sourceUrlEdit");
        url->setFocus();
        QTest::keyClick(url, Qt::Key_Backspace);
        QVERIFY(!confirm->isChecked());
        QVERIFY(!add->isEnabled());
    }

    void unreachableAndMalformedSourcesAreExplained()
    {
        UrlSourceDialog d;
        auto *add = child<QPushButton>(&d, "addSourceButton");
        d.setUrl(QStringLiteral("ftp://repo.example.com/x.iso"));
        QVERIFY(!add->isEnabled());
        QVERIFY2(d.problem().contains(QStringLiteral("ftp://repo.example.com/x.iso")),
                 qPrintable(d.problem()));

        // A port nothing listens on: the probe's reason is shown, Add stays off.
        int closedPort = 0;
        {
            LoopbackSourceServer gone(LoopbackSourceServer::Scheme::Http, QStringLiteral("x"), "x");
            QVERIFY(gone.isRunning());
            closedPort = gone.port();
        }
        QSignalSpy checked(&d, &UrlSourceDialog::certificateChecked);
        d.setUrl(QStringLiteral("https://127.0.0.1:%1/x.iso").arg(closedPort));
        QVERIFY(checked.wait(kLong));
        QVERIFY(!add->isEnabled());
        QVERIFY2(d.problem().contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)),
                 qPrintable(d.problem()));
    }

    void plainHttpNeedsNoThumbprint()
    {
        UrlSourceDialog d;
        d.setUrl(QStringLiteral("http://127.0.0.1:8/images/tools.iso"));
        auto *add = child<QPushButton>(&d, "addSourceButton");
        QVERIFY2(add->isEnabled(), qPrintable(d.problem()));
        QVERIFY(child<QLabel>(&d, "sourceStatus")->text().contains(QStringLiteral("unencrypted")));
        QCOMPARE(d.source().sslThumbprint, QString());
        QCOMPARE(d.source().name, QStringLiteral("tools.iso"));
        // A URL without a file name must be named by hand.
        d.setUrl(QStringLiteral("http://127.0.0.1:8/"));
        QVERIFY(!add->isEnabled());
        child<QLineEdit>(&d, "sourceNameEdit")->setText(QStringLiteral("a/b"));
        emit child<QLineEdit>(&d, "sourceNameEdit")->textEdited(QStringLiteral("a/b"));
        QVERIFY(!add->isEnabled());
        QVERIFY(d.problem().contains(QStringLiteral("/")));
    }

    // Files tab → Add from URL… → confirm → the simulator pulls from the https source, which it
    // accepts only because the confirmed thumbprint came along (the certificate is self-signed).
    void filesTabAddsAPullSourceTheServerFetches()
    {
        SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QByteArray data = payload(300000);
        LoopbackSourceServer source(LoopbackSourceServer::Scheme::Https,
                                    QStringLiteral("pulled.bin"), data);
        QVERIFY2(source.isRunning(), qPrintable(source.errorString()));

        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, sim));
        QString active;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < w.sessionModel()->rowCount(); ++r) {
                    const SessionRow *s = w.sessionModel()->rowData(r);
                    if (s->session.state == SessionState::Active) {
                        active = s->session.id;
                        return true;
                    }
                }
                return false;
            }(),
            kLong);
        w.selectSession(active);
        SessionFilesTab *files = w.filesTab();
        QTRY_VERIFY_WITH_TIMEOUT(!files->files().isEmpty(), kLong);

        bool sawThumbprint = false;
        confirmNextUrlDialog(source.url(), &sawThumbprint, source.sha1Thumbprint());
        child<QPushButton>(files, "addUrlButton")->click();
        QVERIFY(sawThumbprint);

        auto pulled = [&]() -> std::optional<SessionFile> {
            for (const SessionFile &f : files->files())
                if (f.name == QLatin1String("pulled.bin"))
                    return f;
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(pulled().has_value(), kLong);
        // Reloads follow the server; wait until it has fetched every byte.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                files->reload();
                QTest::qWait(200);
                const auto f = pulled();
                return f && f->status.toString() == QLatin1String("READY");
            }(),
            kLong);
        QCOMPARE(pulled()->bytesTransferred, qint64(data.size()));
        QCOMPARE(pulled()->sourceType.toString(), QStringLiteral("PULL"));
        QCOMPARE(pulled()->sourceEndpoint->sslCertificateThumbprint, source.sha1Thumbprint());
        const QString log = w.infoTab()->logOf(active).join(QLatin1Char('\n'));
        QVERIFY2(log.contains(source.sha1Thumbprint()), qPrintable(log));
    }

    // New upload → From URL… → the dialog lists the source with its confirmed thumbprint, detects
    // the item type from the file name, and the upload runs to DONE with vCenter fetching.
    void newUploadFromUrlCompletes()
    {
        SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const QByteArray data = payload(200000);
        LoopbackSourceServer source(LoopbackSourceServer::Scheme::Https,
                                    QStringLiteral("tools.iso"), data);
        QVERIFY2(source.isRunning(), qPrintable(source.errorString()));
        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, sim));

        QString libraryId;
        for (const Library &l : w.libraryModel()->libraries())
            if (l.acceptsUploads() && libraryId.isEmpty())
                libraryId = l.id;
        QVERIFY(!libraryId.isEmpty());
        NewUploadDialog dialog(w.libraryModel()->libraries(), {}, &w);
        dialog.selectLibrary(libraryId);
        dialog.show();
        bool sawThumbprint = false;
        confirmNextUrlDialog(source.url(), &sawThumbprint, source.sha1Thumbprint());
        child<QPushButton>(&dialog, "addUrlSourceButton")->click();
        QVERIFY(sawThumbprint);
        const QStringList rows = dialog.collectedFiles();
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().contains(source.sha1Thumbprint()), qPrintable(rows.first()));
        QCOMPARE(child<QComboBox>(&dialog, "itemTypeCombo")->currentText(), QStringLiteral("iso"));
        QCOMPARE(child<QLineEdit>(&dialog, "newItemName")->text(), QStringLiteral("tools"));
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.problem()));
        NewUploadDialog::Request req = dialog.request();
        QCOMPARE(req.pullSources.size(), 1);
        QCOMPARE(req.pullSources.first().sslThumbprint, source.sha1Thumbprint());
        req.newItem.name = QStringLiteral("pulled-tools");

        QSignalSpy finished(&w, &MainWindow::uploadFinished);
        QVERIFY(w.startUpload(req));
        QVERIFY(finished.wait(kLong));
        const auto outcome = finished.at(0).at(0).value<UploadOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.summary));
        QCOMPARE(outcome.item.size, qint64(data.size()));
    }

    // A package and a URL cannot go together; the dialog says so before anything is sent.
    void newUploadRefusesAPackageNextToAUrl()
    {
        NewUploadDialog dialog({}, {});
        PullSource s;
        s.url = QUrl(QStringLiteral("http://127.0.0.1:8/appliance.ova"));
        s.name = QStringLiteral("appliance.ova");
        dialog.addPullSource(s);
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("appliance.ova")),
                 qPrintable(dialog.problem()));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestUrlSources)
#include "TestUrlSources.moc"
