// The main window's default layout with the demo's sessions loaded (the real cl-uploader demo:
// cl-simulator --seed demo): at 1200×760 the Update sessions table — the main view — gets at
// least 55 % of the central area's height and fits its width without a horizontal scroll bar,
// the session id elided in the middle; a split the user chose is restored next time.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "sessions/SessionTableModel.h"
#include "widgets/ElideMiddleDelegate.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QtTest>

using namespace clu;
using namespace clu::gui;

namespace {
const int kLong = 60000;
}

class TestWindowLayout : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        clu::test::isolateSettings(m_home, QStringLiteral("TestWindowLayout"));
    }

    void sessionsTableIsTheMainViewAt1200x760()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1200, 760)); // the default of a first run
        QSignalSpy connected(&w, &MainWindow::connectedChanged);
        w.startDemo(qEnvironmentVariable("CLU_SIMULATOR"));
        QVERIFY(connected.wait(kLong));
        QVERIFY2(connected.at(0).at(0).toBool(), qPrintable(w.lastMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(w.sessionModel()->rowCount() >= 3, kLong);
        // Names and file counts resolved, so the columns hold what an admin will see.
        QTRY_VERIFY_WITH_TIMEOUT(!w.sessionModel()->rowData(0)->itemName.isEmpty(), kLong);
        QTest::qWait(300);

        QTableView *view = w.sessionView();
        const int central = w.centralWidget()->height();
        QVERIFY2(
            view->height() * 100 >= central * 55,
            qPrintable(QStringLiteral("table %1 px of %2 px").arg(view->height()).arg(central)));
        // Enough rows to work with, not three.
        QVERIFY2(view->viewport()->height() >= 10 * view->verticalHeader()->defaultSectionSize(),
                 qPrintable(QString::number(view->viewport()->height())));

        QVERIFY2(!view->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("columns %1 px in a %2 px view")
                                .arg(view->horizontalHeader()->length())
                                .arg(view->viewport()->width())));
        QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
        // Every column keeps a readable width; the preview takes the rest and shows its whole
        // text; the session id is elided in the middle (its ends tell sessions apart).
        for (int c = 0; c < SessionTableModel::ColumnCount; ++c)
            QVERIFY2(view->columnWidth(c) >= 40, qPrintable(QString::number(c)));
        QVERIFY(view->columnWidth(SessionTableModel::SessionId) >= 100);
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex preview = view->model()->index(r, SessionTableModel::Preview);
            const int needed = view->sizeHintForIndex(preview).width();
            QVERIFY2(view->columnWidth(SessionTableModel::Preview) >= needed,
                     qPrintable(QStringLiteral("%1: %2 px, needs %3")
                                    .arg(preview.data().toString())
                                    .arg(view->columnWidth(SessionTableModel::Preview))
                                    .arg(needed)));
        }
        const QModelIndex id = view->model()->index(0, SessionTableModel::SessionId);
        QVERIFY(qobject_cast<ElideMiddleDelegate *>(view->itemDelegateForIndex(id)));
        // Short columns show their whole header.
        const QFontMetrics fm(view->horizontalHeader()->font());
        for (int c : { int(SessionTableModel::State), int(SessionTableModel::Files),
                       int(SessionTableModel::Expires) }) {
            const QString title = w.sessionModel()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(view->columnWidth(c) >= fm.horizontalAdvance(title), qPrintable(title));
        }
    }

    void userSplitIsRestored()
    {
        QList<int> sizes;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            const int total = split->sizes().value(0) + split->sizes().value(1);
            split->setSizes({ total / 2, total - total / 2 });
            sizes = split->sizes();
            w.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }
};

QTEST_MAIN(TestWindowLayout)
#include "TestWindowLayout.moc"
