#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

using clu::gui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Keep the test's QSettings away from the user's.
        QVERIFY(m_home.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_home.path());
        QCoreApplication::setOrganizationName(QStringLiteral("cl-uploader-test"));
        QCoreApplication::setApplicationName(QStringLiteral("TestMainWindow"));
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

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
