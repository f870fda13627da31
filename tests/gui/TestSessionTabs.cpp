#include "GuiTestCertificates.h"
#include "certificates/CertificateDetailsWidget.h"
#include "connection/ServerConnection.h"
#include "review/CertificateWarningsTab.h"
#include "review/WarningListWidget.h"
#include "sessions/SessionInfoTab.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace clu;
using namespace clu::gui;

namespace {
PreviewWarning warning(WarningType t, bool ignored)
{
    PreviewWarning w;
    w.type = t;
    w.ignored = ignored;
    w.message.id = QStringLiteral("com.vmware.ovfs.warning");
    w.message.defaultMessage = QStringLiteral("The certificate is self-signed.");
    return w;
}

UpdateSession session(PreviewState state)
{
    UpdateSession s;
    s.id = QStringLiteral("s1:abc");
    s.libraryItemId = QStringLiteral("item-1");
    s.state = SessionState::Active;
    PreviewInfo p;
    p.state = state;
    s.previewInfo = p;
    return s;
}
} // namespace

// The session detail tabs without a server: what they show for a given session model.
class TestSessionTabs : public QObject
{
    Q_OBJECT
private slots:
    void preparingShowsABusyIndicator()
    {
        ServerConnection conn;
        CertificateWarningsTab tab(&conn);
        tab.show();
        tab.setSession(session(PreviewState::Preparing));
        auto *busy = tab.findChild<QProgressBar *>(QStringLiteral("previewBusy"));
        QVERIFY(busy->isVisible());
        QCOMPARE(busy->maximum(), 0); // indeterminate
        tab.setSession(session(PreviewState::Available));
        QVERIFY(!busy->isVisible());
    }

    void warningsBannerAndApplyFollowTheChoices()
    {
        const auto gen = clu::test::generateCertificate({});
        UpdateSession s = session(PreviewState::Available);
        CertificateInfo ci;
        ci.subject = QStringLiteral("/C=DE/O=Example Corp/CN=Test Signer");
        ci.issuer = ci.subject;
        ci.selfSigned = true;
        ci.x509 = QString::fromLatin1(gen.certificate.toPem());
        s.previewInfo->certificateInfo = ci;
        s.previewInfo->certChain = { ci.x509 };
        s.previewInfo->warnings = { warning(WarningType::SelfSignedCertificate, false),
                                    warning(WarningType::UntrustedCertificate, true) };

        ServerConnection conn;
        CertificateWarningsTab tab(&conn);
        tab.show();
        tab.setSession(s);
        QCOMPARE(tab.certificateDetails()->certificate(), gen.certificate);
        QCOMPARE(tab.warningList()->count(), 2);
        QCOMPARE(tab.warningList()->uncheckedCount(), 1);
        QVERIFY2(tab.bannerText().startsWith(QStringLiteral("1 warning(s) still block Complete")),
                 qPrintable(tab.bannerText()));
        QVERIFY(!tab.applyButton()->isEnabled()); // nothing changed yet
        QVERIFY(tab.warningList()->setIgnored(QStringLiteral("SELF_SIGNED_CERTIFICATE"), true));
        QVERIFY(tab.applyButton()->isEnabled());
        QCOMPARE(tab.warningList()->ignoredTypes().size(), 2);
        // A refresh of the same session keeps unapplied choices.
        tab.setSession(s);
        QCOMPARE(tab.warningList()->uncheckedCount(), 0);
        // Terminal sessions cannot be patched.
        s.state = SessionState::Done;
        tab.setSession(s);
        QVERIFY(!tab.applyButton()->isEnabled());
    }

    void decisionButtonsAnswerOnce()
    {
        UpdateSession s = session(PreviewState::Available);
        s.previewInfo->warnings = { warning(WarningType::ExpiredCertificate, false) };
        ServerConnection conn;
        CertificateWarningsTab tab(&conn);
        tab.show();
        tab.setSession(s);
        tab.setDecisionPending(true);
        QVERIFY(tab.continueButton()->isVisible());
        QSignalSpy decided(&tab, &CertificateWarningsTab::decisionMade);
        // Continuing with a warning left blocking would only fail later.
        QVERIFY(!tab.continueButton()->isEnabled());
        QVERIFY(tab.rejectButton()->isEnabled());
        tab.warningList()->setIgnored(QStringLiteral("EXPIRED_CERTIFICATE"), true);
        QVERIFY(tab.continueButton()->isEnabled());
        tab.continueButton()->click();
        QCOMPARE(decided.count(), 1);
        QCOMPARE(decided.at(0).at(0).toBool(), true);
        const auto ignore = decided.at(0).at(1).value<QList<OpenEnum<WarningType>>>();
        QCOMPARE(ignore.size(), 1);
        QCOMPARE(ignore.first().toString(), QStringLiteral("EXPIRED_CERTIFICATE"));
        QVERIFY(!tab.isDecisionPending());
        QVERIFY(!tab.continueButton()->isVisible());
    }

    void detailsTabShowsEveryFieldAndTheLog()
    {
        UpdateSession s = session(PreviewState::Unavailable);
        s.state = SessionState::Error;
        s.libraryItemContentVersion = QStringLiteral("7");
        s.clientProgress = 42;
        LocalizableMessage m;
        m.id = QStringLiteral(
            "com.vmware.vdcs.cls-main.update_session_invalid_state_for_operation_reason");
        m.defaultMessage = QStringLiteral("IO error during transfer: Pipe closed");
        s.errorMessage = m;
        WarningBehavior b;
        b.type = WarningType::SelfSignedCertificate;
        b.ignored = true;
        s.warningBehavior = { b };
        SessionInfoTab tab;
        tab.log(s.id, QStringLiteral("Complete"));
        tab.setSession(s, QStringLiteral("photon-5"), QStringLiteral("Templates"));
        QCOMPARE(tab.fieldText(QStringLiteral("sessionIdValue")), s.id);
        QCOMPARE(tab.fieldText(QStringLiteral("itemValue")), QStringLiteral("photon-5 (item-1)"));
        QCOMPARE(tab.fieldText(QStringLiteral("contentVersionValue")), QStringLiteral("7"));
        QCOMPARE(tab.fieldText(QStringLiteral("clientProgressValue")), QStringLiteral("42%"));
        QCOMPARE(tab.fieldText(QStringLiteral("stateValue")), QStringLiteral("Error"));
        QCOMPARE(tab.fieldText(QStringLiteral("errorValue")), m.defaultMessage);
        QCOMPARE(tab.fieldText(QStringLiteral("errorIdValue")), m.id);
        QCOMPARE(tab.fieldText(QStringLiteral("warningBehaviorValue")),
                 QStringLiteral("SELF_SIGNED_CERTIFICATE: ignored"));
        tab.log(s.id, QStringLiteral("Delete"));
        QCOMPARE(tab.logOf(s.id).size(), 2);
        QVERIFY(tab.logOf(s.id).last().endsWith(QStringLiteral("Delete")));
    }
};

QTEST_MAIN(TestSessionTabs)
#include "TestSessionTabs.moc"
