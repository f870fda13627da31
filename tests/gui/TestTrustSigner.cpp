// "Trust this signer" on the Certificate & warnings tab, against the real cl-simulator's demo
// content: after the confirmation the signer is in the server's trusted certificates, the server
// re-evaluates the preview, and the tab shows UNTRUSTED_CERTIFICATE gone while SELF_SIGNED stays.
#include "GuiSimHelpers.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "SimulatorProcess.h"
#include "certificates/CertificateDetailsWidget.h"
#include "review/CertificateWarningsTab.h"
#include "review/WarningListWidget.h"
#include "sessions/SessionInfoTab.h"
#include "sessions/SessionTableModel.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

using namespace clu;
using namespace clu::gui;
using clu::test::SimulatorProcess;

namespace {
const int kLong = 60000;

QStringList warningTypes(const WarningListWidget *list)
{
    QStringList types;
    for (const PreviewWarning &w : list->warnings())
        types << w.type.toString();
    types.sort();
    return types;
}
} // namespace

class TestTrustSigner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        clu::test::isolateSettings(m_home, QStringLiteral("TestTrustSigner"));
    }

    void trustingTheSignerClearsUntrusted()
    {
        SimulatorProcess sim({ QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        MainWindow w;
        w.show();
        QVERIFY(clu::test::connectWindow(w, sim));

        // The demo's photon-5 session: self-signed signer, so SELF_SIGNED + UNTRUSTED only.
        const QStringList before = { QStringLiteral("SELF_SIGNED_CERTIFICATE"),
                                     QStringLiteral("UNTRUSTED_CERTIFICATE") };
        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < w.sessionModel()->rowCount(); ++r) {
                    const UpdateSession &s = w.sessionModel()->rowData(r)->session;
                    if (s.state != SessionState::Active || !s.previewInfo)
                        continue;
                    QStringList types;
                    for (const PreviewWarning &pw : s.previewInfo->warnings)
                        types << pw.type.toString();
                    types.sort();
                    if (types == before) {
                        id = s.id;
                        return true;
                    }
                }
                return false;
            }(),
            kLong);
        w.selectSession(id);
        CertificateWarningsTab *tab = w.certificateTab();
        w.detailsTabs()->setCurrentWidget(tab);
        QTRY_COMPARE_WITH_TIMEOUT(warningTypes(tab->warningList()), before, kLong);
        QTRY_VERIFY_WITH_TIMEOUT(!tab->certificateDetails()->certificate().isNull(), kLong);
        const QSslCertificate signer = tab->certificateDetails()->certificate();

        // Declining the confirmation changes nothing.
        auto *trust = tab->certificateDetails()->findChild<QPushButton *>(
            QStringLiteral("trustSignerButton"));
        QVERIFY(trust && trust->isVisible() && trust->isEnabled());
        clu::test::answerNextMessageBox(this, QMessageBox::No);
        trust->click();
        QTest::qWait(300);
        QCOMPARE(warningTypes(tab->warningList()), before);

        clu::test::answerNextMessageBox(this, QMessageBox::Yes);
        trust->click();
        QTRY_COMPARE_WITH_TIMEOUT(warningTypes(tab->warningList()),
                                  QStringList { QStringLiteral("SELF_SIGNED_CERTIFICATE") }, kLong);
        const QString log = w.infoTab()->logOf(id).join(QLatin1Char('\n'));
        // The simulator names trusted certificates by their SHA-1, as the log shows.
        const QString sha1 = QString::fromLatin1(signer.digest(QCryptographicHash::Sha1).toHex());
        QVERIFY2(log.contains(QStringLiteral("trusted certificates")), qPrintable(log));
        QVERIFY2(log.contains(sha1, Qt::CaseInsensitive), qPrintable(log));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestTrustSigner)
#include "TestTrustSigner.moc"
