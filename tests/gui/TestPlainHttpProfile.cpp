// Issue 10 #1 in the GUI: a profile's "Allow plain http (lab only)" box, off by default and
// stored per profile, decides whether an http:// server is used — against cl-simulator
// serving plain HTTP (--http). Off: refused before anything is sent, with the message that
// names the box. On: login, libraries and an upload over http, as CLU_ALLOW_HTTP=1 does for
// the CLI, without any environment variable.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "SimulatorProcess.h"
#include "connection/ProfilesDialog.h"
#include "connection/ServerConnection.h"
#include "credentials/CredentialStore.h"
#include "credentials/ProfileStore.h"
#include "net/RestClient.h"
#include "sessions/LibraryTreeModel.h"
#include "uploads/NewUploadDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace clu;
using namespace clu::gui;
using clu::test::SimulatorProcess;

namespace {
const int kLong = 60000;
const QString kProfile = QStringLiteral("plain-lab");
} // namespace

class TestPlainHttpProfile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<SimulatorProcess> m_sim;
    // Lives as long as the test: a keychain job the dialog started (reading a profile's saved
    // password) may finish after the dialog is gone, and QtKeychain's libsecret callback then
    // needs its store's job to still exist.
    CredentialStore m_credentials;

    int apiRequests()
    {
        return int(m_sim->control("GET", QStringLiteral("/control/requests"))
                       .object()
                       .value(QLatin1String("requests"))
                       .toArray()
                       .size());
    }

    // Presses Connect with the profile selected; returns whether the window got connected.
    bool connectProfile(MainWindow &w)
    {
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        combo->setCurrentIndex(combo->findData(kProfile));
        if (combo->currentData().toString() != kProfile)
            return false;
        QSignalSpy connected(&w, &MainWindow::connectedChanged);
        w.connectAction()->trigger();
        return connected.wait(kLong) && connected.at(0).at(0).toBool();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        clu::test::isolateSettings(m_home, QStringLiteral("TestPlainHttpProfile"));
        QVERIFY(qEnvironmentVariableIsEmpty("CLU_ALLOW_HTTP"));
        m_sim = std::make_unique<SimulatorProcess>(QStringList {
            QStringLiteral("--http"), QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
        QCOMPARE(m_sim->baseUrl().scheme(), QStringLiteral("http"));
    }

    void offByDefaultAndRefusedBeforeAnythingIsSent()
    {
        ProfileStore store;
        QHash<QString, QString> typed;
        {
            ProfilesDialog dialog(&store, &m_credentials);
            auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowHttpCheck"));
            QVERIFY(allow);
            QVERIFY(!allow->isChecked());
            QVERIFY(allow->text().contains(QStringLiteral("lab only")));
            dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(kProfile);
            dialog.findChild<QLineEdit *>(QStringLiteral("urlEdit"))
                ->setText(m_sim->baseUrl().toString());
            dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(m_sim->username());
            dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(m_sim->password());
            dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
            QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.statusText()));
            typed = dialog.passwordsForSession();
        }
        QVERIFY(!store.profile(kProfile).allowPlainHttp);
        QSettings settings;
        QVERIFY(settings.allKeys().filter(QStringLiteral("allowPlainHttp")).size() == 1);

        const int before = apiRequests();
        MainWindow w;
        w.show();
        w.controller()->addSessionPasswords(typed);
        QVERIFY(!connectProfile(w));
        QVERIFY2(w.lastMessage().contains(QStringLiteral("uses plain http://"))
                     && w.lastMessage().contains(QStringLiteral("Allow plain http (lab only)")),
                 qPrintable(w.lastMessage()));
        QVERIFY(!w.connection()->isConnected());
        // Nothing, not even the login with the password, reached the server.
        QCOMPARE(apiRequests(), before);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()),
                                 kLong);
        QApplication::activeModalWidget()->close();
    }

    void allowedProfileConnectsAndUploadsOverHttp()
    {
        ProfileStore store;
        QHash<QString, QString> typed;
        {
            ProfilesDialog dialog(&store, &m_credentials);
            dialog.selectProfile(kProfile);
            auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowHttpCheck"));
            QVERIFY(!allow->isChecked()); // as stored
            allow->setChecked(true);
            dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                ->setText(m_sim->password());
            dialog.findChild<QCheckBox *>(QStringLiteral("rememberCheck"))->setChecked(false);
            QVERIFY2(dialog.saveCurrent(), qPrintable(dialog.statusText()));
            typed = dialog.passwordsForSession();
        }
        QVERIFY(store.profile(kProfile).allowPlainHttp);
        {
            // And the dialog shows it when the profile is opened again.
            ProfilesDialog again(&store, &m_credentials);
            again.selectProfile(kProfile);
            QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("allowHttpCheck"))->isChecked());
        }

        MainWindow w;
        w.show();
        w.controller()->addSessionPasswords(typed);
        QVERIFY2(connectProfile(w), qPrintable(w.lastMessage()));
        QVERIFY(w.connection()->client()->allowPlainHttp());
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("userStatus"))->text(), m_sim->username());
        QTRY_VERIFY_WITH_TIMEOUT(w.libraryModel()->rowCount() > 0, kLong);

        // An upload: the simulator's upload URL is http too, allowed by the same switch.
        QTemporaryDir dir;
        const QString iso = dir.filePath(QStringLiteral("over-http.iso"));
        {
            QFile f(iso);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(256 * 1024, 'h'));
        }
        NewUploadDialog::Request req;
        for (const Library &l : w.libraryModel()->libraries())
            if (req.libraryId.isEmpty() && l.acceptsUploads())
                req.libraryId = l.id;
        QVERIFY(!req.libraryId.isEmpty());
        req.newItem.libraryId = req.libraryId;
        req.newItem.name = QStringLiteral("plain-http-upload");
        req.newItem.type = QStringLiteral("iso");
        req.paths = { iso };
        QSignalSpy finished(&w, &MainWindow::uploadFinished);
        QVERIFY(w.startUpload(req));
        QVERIFY(finished.wait(kLong * 2));
        const auto outcome = finished.at(0).at(0).value<UploadOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.summary));
    }
};

QTEST_MAIN(TestPlainHttpProfile)
#include "TestPlainHttpProfile.moc"
