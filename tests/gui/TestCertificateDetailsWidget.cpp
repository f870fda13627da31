#include "GuiTestCertificates.h"
#include "certificates/CertificateDetailsWidget.h"
#include "certificates/CertificateTrustDialog.h"
#include "certificates/PinMismatchDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace clu::gui;
using clu::test::CertificateSpec;
using clu::test::generateCertificate;

class TestCertificateDetailsWidget : public QObject
{
    Q_OBJECT

    static QString field(const QWidget &w, const char *name)
    {
        auto *l = w.findChild<QLabel *>(QString::fromLatin1(name));
        return l ? l->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
    }
    static QColor colourOf(const QWidget &w, const char *name)
    {
        return w.findChild<QLabel *>(QString::fromLatin1(name))
            ->palette()
            .color(QPalette::WindowText);
    }

    static QStringList chainEntries(const QWidget &w)
    {
        QStringList out;
        for (const QLabel *l : w.findChildren<QLabel *>(QStringLiteral("chainEntry")))
            out << l->text();
        return out;
    }

private slots:
    void fingerprintsAreGroupedInEqualLines()
    {
        const QString sha1 = QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                            "01:02:03:04");
        QCOMPARE(CertificateDetailsWidget::grouped(sha1),
                 QStringLiteral("00:11:22:33:44:55:66:77:88:99:\nAA:BB:CC:DD:EE:FF:01:02:03:04"));
        QCOMPARE(CertificateDetailsWidget::grouped(sha1, 8),
                 QStringLiteral("00:11:22:33:44:55:66:\n77:88:99:AA:BB:CC:DD:\n"
                                "EE:FF:01:02:03:04"));
        QCOMPARE(CertificateDetailsWidget::grouped(QStringLiteral("AB:CD")),
                 QStringLiteral("AB:CD"));
        QCOMPARE(CertificateDetailsWidget::grouped(QString()), QString());
    }

    void selfSignedCertificateShowsEveryField()
    {
        CertificateSpec spec;
        spec.commonName = QStringLiteral("Photon Signer");
        spec.organization = QStringLiteral("VMware, Inc.");
        spec.country = QStringLiteral("US");
        spec.rsaBits = 2048;
        const auto gen = generateCertificate(spec);
        QVERIFY(!gen.certificate.isNull());

        CertificateDetailsWidget w;
        w.setCertificate(gen.certificate);
        QCOMPARE(field(w, "subjectValue"), QStringLiteral("/C=US/O=VMware, Inc./CN=Photon Signer"));
        QCOMPARE(field(w, "issuerValue"), QStringLiteral("/C=US/O=VMware, Inc./CN=Photon Signer"));
        QVERIFY(field(w, "selfSignedValue").startsWith(QStringLiteral("Yes")));
        QCOMPARE(field(w, "keyValue"), QStringLiteral("RSA, 2048 bits"));

        // Fingerprints as colon-separated upper-case hex of the DER digest.
        const QString sha256 = QString::fromLatin1(
            gen.certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        const QString sha1 = QString::fromLatin1(
            gen.certificate.digest(QCryptographicHash::Sha1).toHex(':').toUpper());
        // Shown in lines of whole groups (16 + 16, 10 + 10) that join back to the fingerprint.
        QCOMPARE(field(w, "sha256Value").split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(field(w, "sha1Value").split(QLatin1Char('\n')).size(), 2);
        QCOMPARE(field(w, "sha256Value").remove(QLatin1Char('\n')), sha256);
        QCOMPARE(field(w, "sha1Value").remove(QLatin1Char('\n')), sha1);
        QCOMPARE(sha256.size(), 32 * 3 - 1);
        QCOMPARE(sha1.size(), 20 * 3 - 1);

        QCOMPARE(field(w, "certificateStatus"),
                 CertificateDetailsWidget::validityText(CertificateDetailsWidget::Validity::Valid));
        QVERIFY(!field(w, "validToValue").contains(QStringLiteral("expired")));
        QCOMPARE(chainEntries(w).size(), 1);
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("viewPemButton"))->isEnabled());
    }

    void expiredAndNotYetValidAreHighlighted()
    {
        CertificateSpec old;
        old.notBeforeDays = -400;
        old.notAfterDays = -30;
        const auto expired = generateCertificate(old);
        CertificateDetailsWidget w;
        w.setCertificate(expired.certificate);
        QVERIFY2(field(w, "validToValue").contains(QStringLiteral("(expired)")),
                 qPrintable(field(w, "validToValue")));
        QVERIFY(field(w, "certificateStatus").startsWith(QStringLiteral("Expired")));
        QVERIFY(colourOf(w, "validToValue") != colourOf(w, "validFromValue"));
        QCOMPARE(CertificateDetailsWidget::validity(expired.certificate,
                                                    QDateTime::currentDateTimeUtc()),
                 CertificateDetailsWidget::Validity::Expired);

        CertificateSpec future;
        future.notBeforeDays = 10;
        future.notAfterDays = 400;
        const auto notYet = generateCertificate(future);
        w.setCertificate(notYet.certificate);
        QVERIFY(field(w, "validFromValue").contains(QStringLiteral("(not yet valid)")));
        QVERIFY(!field(w, "validToValue").contains(QStringLiteral("(expired)")));
        QVERIFY(field(w, "certificateStatus").startsWith(QStringLiteral("Not yet valid")));
        QVERIFY(colourOf(w, "validFromValue") != colourOf(w, "validToValue"));
    }

    void chainIsListedLeafFirstAndPemShowsAll()
    {
        CertificateSpec caSpec;
        caSpec.commonName = QStringLiteral("Example Root CA");
        caSpec.isCa = true;
        const auto ca = generateCertificate(caSpec);
        CertificateSpec leafSpec;
        leafSpec.commonName = QStringLiteral("Package Signer");
        leafSpec.rsaBits = 3072;
        const auto leaf = generateCertificate(leafSpec, &ca);

        CertificateDetailsWidget w;
        w.setTrustSignerVisible(true);
        w.setCertificate(leaf.certificate, { leaf.certificate, ca.certificate });
        QCOMPARE(field(w, "issuerValue"),
                 QStringLiteral("/C=DE/O=Example Corp/CN=Example Root CA"));
        QCOMPARE(field(w, "selfSignedValue"), QStringLiteral("No"));
        QCOMPARE(field(w, "keyValue"), QStringLiteral("RSA, 3072 bits"));
        const QStringList chain = chainEntries(w);
        QCOMPARE(chain.size(), 2);
        QVERIFY(chain.at(0).contains(QStringLiteral("Package Signer")));
        QVERIFY(chain.at(1).contains(QStringLiteral("Example Root CA")));

        QSignalSpy trust(&w, &CertificateDetailsWidget::trustSignerRequested);
        w.findChild<QPushButton *>(QStringLiteral("trustSignerButton"))->click();
        QCOMPARE(trust.count(), 1);
        QCOMPARE(trust.at(0).at(0).value<QSslCertificate>(), leaf.certificate);

        // View PEM opens a dialog with the whole chain as PEM.
        QString pemText;
        QTimer::singleShot(0, this, [&] {
            QWidget *dlg = QApplication::activeModalWidget();
            QVERIFY(dlg);
            pemText = dlg->findChild<QPlainTextEdit *>(QStringLiteral("pemText"))->toPlainText();
            dlg->close();
        });
        w.findChild<QPushButton *>(QStringLiteral("viewPemButton"))->click();
        QCOMPARE(pemText.count(QStringLiteral("BEGIN CERTIFICATE")), 2);
        QVERIFY(pemText.startsWith(QString::fromLatin1(leaf.certificate.toPem())));
    }

    void emptyWidgetShowsNothing()
    {
        CertificateDetailsWidget w;
        QCOMPARE(field(w, "sha256Value"), QStringLiteral("—"));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("viewPemButton"))->isEnabled());
    }

    void trustDialogReportsTheChoice_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("choice");
        QTest::newRow("cancel") << "cancelButton" << int(CertificateTrustDialog::Choice::Cancel);
        QTest::newRow("once") << "trustOnceButton"
                              << int(CertificateTrustDialog::Choice::TrustOnce);
        QTest::newRow("pin") << "trustAndPinButton"
                             << int(CertificateTrustDialog::Choice::TrustAndPin);
    }
    void trustDialogReportsTheChoice()
    {
        QFETCH(QString, button);
        QFETCH(int, choice);
        const auto gen = generateCertificate({});
        CertificateTrustDialog d(QStringLiteral("vc.example.com"), 8443, { gen.certificate },
                                 { QSslError(QSslError::SelfSignedCertificate, gen.certificate) });
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("trustIntro"))
                    ->text()
                    .contains(QStringLiteral("vc.example.com:8443")));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("trustReasons"))
                    ->text()
                    .contains(QSslError(QSslError::SelfSignedCertificate).errorString()));
        QCOMPARE(d.details()->certificate(), gen.certificate);
        d.show();
        d.findChild<QPushButton *>(button)->click();
        QCOMPARE(int(d.choice()), choice);
        QCOMPARE(d.result(), choice == 0 ? int(QDialog::Rejected) : int(QDialog::Accepted));
    }

    void pinMismatchNamesBothFingerprints()
    {
        const auto gen = generateCertificate({});
        const QString expected = QString(64, QLatin1Char('a'));
        const QString presented =
            QString::fromLatin1(gen.certificate.digest(QCryptographicHash::Sha256).toHex());
        PinMismatchDialog d(QStringLiteral("vc.example.com"), expected, presented,
                            { gen.certificate });
        QVERIFY(d.message().contains(QStringLiteral("vc.example.com")));
        QVERIFY(d.message().contains(PinMismatchDialog::formatFingerprint(expected)));
        QVERIFY(d.message().contains(PinMismatchDialog::formatFingerprint(presented)));
        QCOMPARE(PinMismatchDialog::formatFingerprint(QStringLiteral("abcdef")),
                 QStringLiteral("AB:CD:EF"));
    }
};

QTEST_MAIN(TestCertificateDetailsWidget)
#include "TestCertificateDetailsWidget.moc"
