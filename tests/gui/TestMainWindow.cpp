#include "GuiOptions.h"
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "sessions/SessionTableModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using clu::gui::MainWindow;
using clu::gui::SessionRow;
using clu::gui::SessionTableModel;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        clu::test::isolateSettings(m_home, QStringLiteral("TestMainWindow"));
    }

    void opensOffscreenWithTitleToolbarAndStatus()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.windowTitle(), QStringLiteral("Content Library Uploader"));

        auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("sessionToolBar"));
        QVERIFY(toolbar);
        QStringList names;
        for (QAction *a : toolbar->actions())
            if (!a->isSeparator())
                names << a->objectName();
        QCOMPARE(
            names,
            QStringList({ "actionConnect", "actionRefresh", "actionNewUpload", "actionComplete",
                          "actionCancel", "actionKeepAlive", "actionDelete" }));
        // Nothing is connected, so no session action may be enabled.
        for (QAction *a : toolbar->actions())
            if (!a->isSeparator() && a->objectName() != QLatin1String("actionConnect"))
                QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));

        auto *status = w.findChild<QLabel *>(QStringLiteral("serverStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Not connected"));

        // The window really paints: a grab has the window's size and is not empty.
        const QPixmap shot = w.grab();
        QCOMPARE(shot.size(), w.size());
        QVERIFY(!shot.toImage().isNull());
    }

    void remembersGeometryAcrossRuns()
    {
        {
            MainWindow w;
            w.resize(900, 640);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void remembersTheSplitBetweenSessionsAndDetails()
    {
        QList<int> sizes;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            QVERIFY(split);
            split->setSizes({ 250, 350 });
            sizes = split->sizes();
            w.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void remembersColumnWidths()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            // The session id stretches over what is left; the name columns are the user's.
            w.sessionView()->setColumnWidth(SessionTableModel::Library, 171);
            w.sessionView()->setColumnWidth(SessionTableModel::ItemName, 123);
            w.close();
        }
        MainWindow again;
        QCOMPARE(again.sessionView()->columnWidth(SessionTableModel::Library), 171);
        QCOMPARE(again.sessionView()->columnWidth(SessionTableModel::ItemName), 123);
    }

    void everyToolbarActionHasTooltipAndShortcutOrMnemonic()
    {
        MainWindow w;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->isSeparator() || a->objectName().isEmpty()
                || !a->objectName().startsWith(QLatin1String("action")))
                continue;
            QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->objectName()));
            QVERIFY2(!a->shortcut().isEmpty() || a->text().contains(QLatin1Char('&')),
                     qPrintable(a->objectName()));
            QVERIFY2(!a->icon().isNull() || a->objectName() == QLatin1String("actionAbout"),
                     qPrintable(a->objectName()));
        }
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("sessionView"))->accessibleName().isEmpty());
        QVERIFY(
            !w.findChild<QWidget *>(QStringLiteral("profileCombo"))->accessibleName().isEmpty());
        QVERIFY(!w.findChild<QWidget *>(QStringLiteral("stateFilter"))->accessibleName().isEmpty());
    }

    void stateFilterComboFiltersTheTable()
    {
        MainWindow w;
        SessionRow a;
        a.session.id = QStringLiteral("a");
        a.session.state = clu::SessionState::Active;
        SessionRow d;
        d.session.id = QStringLiteral("d");
        d.session.state = clu::SessionState::Done;
        w.sessionModel()->setRows({ a, d });
        auto *combo = w.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("DONE")));
        QCOMPARE(w.sessionView()->model()->rowCount(), 1);
        combo->setCurrentIndex(0);
        QCOMPARE(w.sessionView()->model()->rowCount(), 2);
        // Not connected: a selected session enables nothing.
        w.selectSession(QStringLiteral("a"));
        QVERIFY(!w.cancelAction()->isEnabled());
        QVERIFY(!w.completeAction()->isEnabled());
    }

    void demoWithoutSimulatorSaysWhy()
    {
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::messageShown);
        w.startDemo(QStringLiteral("/nonexistent/cl-simulator"));
        QTRY_VERIFY_WITH_TIMEOUT(
            w.lastMessage().contains(QStringLiteral("/nonexistent/cl-simulator")), 10000);
        QVERIFY(!w.isDemo());
        QCOMPARE(w.findChild<QLabel *>(QStringLiteral("serverStatus"))->text(),
                 QStringLiteral("Demo server failed"));
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *box = qobject_cast<QMessageBox *>(top))
                box->close();
    }

    void commandLineFilesAreTheUploadArguments()
    {
        clu::gui::GuiOptions options;
        QVERIFY2(options.parse({ QStringLiteral("cl-uploader"), QStringLiteral("--demo"),
                                 QStringLiteral("/tmp/a.ova"), QStringLiteral("b.iso") }),
                 qPrintable(options.errorText()));
        QVERIFY(options.demo());
        QCOMPARE(options.files(),
                 QStringList({ QStringLiteral("/tmp/a.ova"), QStringLiteral("b.iso") }));
        clu::gui::GuiOptions none;
        QVERIFY(none.parse({ QStringLiteral("cl-uploader") }));
        QVERIFY(none.files().isEmpty());
        clu::gui::GuiOptions bad;
        QVERIFY(!bad.parse({ QStringLiteral("cl-uploader"), QStringLiteral("--no-such-option") }));
        QVERIFY2(bad.errorText().contains(QStringLiteral("no-such-option")),
                 qPrintable(bad.errorText()));
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
