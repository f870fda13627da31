// The Certificate & warnings tab at the size it gets in a 1200×760 main window, in every shipped
// language, showing the real cl-simulator's signed demo packages (photon-5: self-signed;
// vendor-appliance: self-signed and expired): nothing in the tab may be cut off or need a
// horizontal scroll bar, every warning's message must be shown in full with its Ignore toggle,
// and the blocking count must be readable at the top.
#include "GuiSimHelpers.h"
#include "GuiTestHelpers.h"
#include "LayoutProblems.h"
#include "MainWindow.h"
#include "SimulatorProcess.h"
#include "certificates/CertificateDetailsWidget.h"
#include "i18n/Translations.h"
#include "review/CertificateWarningsTab.h"
#include "review/WarningListWidget.h"
#include "sessions/SessionTableModel.h"

#include <QAbstractButton>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QtTest>

#include <memory>

using namespace clu;
using namespace clu::gui;
using clu::test::SimulatorProcess;

namespace {
const int kLong = 60000;

// Active sessions whose preview shows a signer, i.e. what this tab exists for.
QStringList signedSessions(const MainWindow &w)
{
    QStringList ids;
    for (int r = 0; r < w.sessionModel()->rowCount(); ++r) {
        const UpdateSession &s = w.sessionModel()->rowData(r)->session;
        if (s.state == SessionState::Active && s.previewInfo && s.previewInfo->certificateInfo
            && !s.previewInfo->warnings.isEmpty())
            ids << s.id;
    }
    return ids;
}

// The visible label showing exactly `text`, or null.
const QLabel *labelShowing(const QWidget *root, const QString &text)
{
    for (const QLabel *l : root->findChildren<QLabel *>())
        if (l->isVisible() && clu::test::shownText(l) == text)
            return l;
    return nullptr;
}
} // namespace

class TestCertificateTabLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        clu::test::isolateSettings(m_home, QStringLiteral("TestCertificateTabLayout"));
        m_sim = std::make_unique<SimulatorProcess>(
            QStringList { QStringLiteral("--seed"), QStringLiteral("demo") });
        QVERIFY2(m_sim->start(), qPrintable(m_sim->errorString()));
    }

    void cleanupTestCase()
    {
        QString error;
        Translations::install(qApp, QStringLiteral("en"), &error);
    }

    void fitsAt1200x760_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &code : Translations::available())
            QTest::newRow(qPrintable(code)) << code;
    }

    void fitsAt1200x760()
    {
        QFETCH(QString, lang);
        QString error;
        QVERIFY2(Translations::install(qApp, lang, &error), qPrintable(error));

        MainWindow w; // built after install(): every tr() in the window is in `lang`
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1200, 760));
        QVERIFY(clu::test::connectWindow(w, *m_sim));
        QStringList ids;
        QTRY_VERIFY_WITH_TIMEOUT((ids = signedSessions(w)).size() >= 2, kLong);

        CertificateWarningsTab *tab = w.certificateTab();
        w.detailsTabs()->setCurrentWidget(tab);
        for (const QString &id : ids) {
            w.selectSession(id);
            QTRY_COMPARE_WITH_TIMEOUT(tab->sessionId(), id, kLong);
            QTRY_VERIFY_WITH_TIMEOUT(!tab->certificateDetails()->certificate().isNull(), kLong);
            const PreviewInfo preview = *tab->session().previewInfo;
            for (bool pending : { false, true }) {
                // The decision bar of an upload waiting for the user takes room too.
                tab->setDecisionPending(pending);
                QCoreApplication::processEvents();
                QTest::qWait(50); // layouts settle (posted LayoutRequest events)
                const QString where =
                    QStringLiteral("[%1, %2 warnings%3, tab %4×%5] ")
                        .arg(lang)
                        .arg(preview.warnings.size())
                        .arg(pending ? QStringLiteral(", decision pending") : QString())
                        .arg(tab->width())
                        .arg(tab->height());
                QVERIFY2(tab->isVisible(), qPrintable(where));

                QStringList problems = clu::test::layoutProblems(tab);
                // Every warning: its whole message, its type, its own Ignore toggle.
                for (const PreviewWarning &pw : preview.warnings) {
                    const QLabel *message = labelShowing(tab, pw.message.text());
                    if (!message)
                        problems << QStringLiteral("the message of %1 is not shown in full")
                                        .arg(pw.type.toString());
                    if (!labelShowing(tab, WarningListWidget::typeText(pw.type)))
                        problems << QStringLiteral("the type of %1 is not shown")
                                        .arg(pw.type.toString());
                    const QString type = pw.type.toString();
                    bool hasToggle = false;
                    for (const QAbstractButton *b : tab->findChildren<QAbstractButton *>())
                        hasToggle = hasToggle
                            || (b->isVisible() && b->isCheckable()
                                && b->property("warningType").toString() == type);
                    if (!hasToggle)
                        problems << QStringLiteral("no visible Ignore toggle for %1").arg(type);
                }
                // The blocking count, at the top: above the first warning's message.
                const int blocking = int(preview.blockingWarnings().size());
                const QLabel *banner = tab->findChild<QLabel *>(QStringLiteral("bannerText"));
                if (!banner || !banner->isVisible()
                    || !banner->text().contains(QString::number(blocking)))
                    problems << QStringLiteral("the blocking count %1 is not shown").arg(blocking);
                else if (const QLabel *first =
                             labelShowing(tab, preview.warnings.first().message.text());
                         first
                         && banner->mapTo(tab, QPoint()).y() > first->mapTo(tab, QPoint()).y())
                    problems << QStringLiteral("the blocking count is below the warnings");
                for (const QString &p : std::as_const(problems)) // QVERIFY2 cuts long texts
                    qWarning().noquote() << where << p;
                // CLU_LAYOUT_SHOTS=DIR: the whole scrolling column as laid out, to look at.
                const QString shots = qEnvironmentVariable("CLU_LAYOUT_SHOTS");
                if (!shots.isEmpty()) {
                    auto *scroll =
                        tab->findChild<QScrollArea *>(QStringLiteral("certificateScroll"));
                    QWidget *what = scroll ? scroll->widget() : static_cast<QWidget *>(tab);
                    what->grab().save(QStringLiteral("%1/%2-%3-%4.png")
                                          .arg(shots, lang)
                                          .arg(preview.warnings.size())
                                          .arg(pending ? 1 : 0));
                }
                QVERIFY2(problems.isEmpty(),
                         qPrintable(where + problems.join(QStringLiteral("\n    "))));
            }
            tab->setDecisionPending(false);
        }
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<SimulatorProcess> m_sim;
};

QTEST_MAIN(TestCertificateTabLayout)
#include "TestCertificateTabLayout.moc"
