// The main window's default layout with the demo's sessions loaded (the real cl-uploader demo:
// cl-simulator --seed demo): at 1200×760 the Update sessions table — the main view — gets at
// least 55 % of the central area's height and fits its width without a horizontal scroll bar,
// the session id elided in the middle. A layout the user saved with this build is restored next
// time; one saved by an older build (other column widths and modes, a splitter giving the table
// a strip, no or another layout version) is ignored and replaced, never applied. The Libraries
// dock fits its 300 px too: long names are elided in the middle, whole in the tooltip.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "connection/ServerConnection.h"
#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionTableModel.h"
#include "widgets/ElideMiddleDelegate.h"
#include "widgets/LayoutStore.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QMainWindow>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

#include <optional>

using namespace clu;
using namespace clu::gui;

namespace {
const int kLong = 60000;

// The layout states as builds before the layout version wrote them (MainWindow::saveSettings
// of 0.x: QWidget/QMainWindow/QSplitter/QHeaderView::saveState() of widgets set up the old way).
struct OldLayout
{
    QByteArray geometry, state, splitter, sessionColumns, libraryColumns;

    // `columns` sections, Interactive with the last one stretching, names 200 px, progress
    // 130 px, preview 220 px (the old table), in a view as wide as the old window gave it.
    static QByteArray sessionHeader(int columns)
    {
        QStandardItemModel model(0, columns);
        QTableView view;
        view.setModel(&model);
        view.horizontalHeader()->setStretchLastSection(true);
        view.setColumnWidth(SessionTableModel::ItemName, 200);
        view.setColumnWidth(SessionTableModel::Progress, 130);
        view.setColumnWidth(SessionTableModel::Preview, 220);
        view.resize(880, 300);
        view.show();
        return view.horizontalHeader()->saveState();
    }

    // The old libraries tree: name, type, size, version, all Interactive, the name 190 px.
    static QByteArray libraryHeader()
    {
        QStandardItemModel model(0, LibraryTreeModel::ColumnCount);
        QTreeView view;
        view.setModel(&model);
        view.setColumnWidth(LibraryTreeModel::Name, 190);
        view.resize(290, 400);
        view.show();
        return view.header()->saveState();
    }

    static OldLayout make(int columns)
    {
        OldLayout old;
        QWidget window;
        window.resize(900, 600);
        old.geometry = window.saveGeometry();

        QMainWindow main;
        main.setCentralWidget(new QWidget(&main));
        auto *dock = new QDockWidget(QStringLiteral("Libraries"), &main);
        dock->setObjectName(QStringLiteral("librariesDock"));
        main.addDockWidget(Qt::LeftDockWidgetArea, dock);
        main.resize(1200, 760);
        main.show();
        main.resizeDocks({ dock }, { 520 }, Qt::Horizontal);
        old.state = main.saveState();

        // The table's pane got a strip: the details took most of the height.
        QSplitter split(Qt::Vertical);
        split.addWidget(new QWidget(&split));
        split.addWidget(new QWidget(&split));
        split.resize(880, 600);
        split.show();
        split.setSizes({ 110, 490 });
        old.splitter = split.saveState();

        old.sessionColumns = sessionHeader(columns);
        old.libraryColumns = libraryHeader();
        return old;
    }

    void write(const QVariant &version) const
    {
        QSettings settings;
        settings.remove(QStringLiteral("mainWindow"));
        settings.setValue(QStringLiteral("mainWindow/geometry"), geometry);
        settings.setValue(QStringLiteral("mainWindow/state"), state);
        settings.setValue(QStringLiteral("mainWindow/splitter"), splitter);
        settings.setValue(QStringLiteral("mainWindow/sessionColumns"), sessionColumns);
        settings.setValue(QStringLiteral("mainWindow/libraryColumns"), libraryColumns);
        if (version.isValid())
            settings.setValue(QStringLiteral("mainWindow/layoutVersion"), version);
    }
};

void clearLayout()
{
    QSettings().remove(QStringLiteral("mainWindow"));
}

// Starts the demo in `w` and waits for its sessions with names and file counts resolved, so the
// columns hold what an admin will see.
void loadDemo(MainWindow &w)
{
    QSignalSpy connected(&w, &MainWindow::connectedChanged);
    w.startDemo(qEnvironmentVariable("CLU_SIMULATOR"));
    QVERIFY(connected.wait(kLong));
    QVERIFY2(connected.at(0).at(0).toBool(), qPrintable(w.lastMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(w.sessionModel()->rowCount() >= 3, kLong);
    QTRY_VERIFY_WITH_TIMEOUT(!w.sessionModel()->rowData(0)->itemName.isEmpty(), kLong);
    QTRY_VERIFY_WITH_TIMEOUT(w.libraryModel()->rowCount() >= 3, kLong);
    QTest::qWait(300);
}

QTreeView *libraryTree(MainWindow &w)
{
    return w.findChild<QTreeView *>(QStringLiteral("libraryView"));
}

// The libraries tree fits its dock: no sideways scrolling, the name column gets most of the
// width (the size column the rest), type and version start hidden.
void verifyLibrariesFit(MainWindow &w)
{
    QTreeView *tree = libraryTree(w);
    QVERIFY2(!tree->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("columns %1 px in a %2 px tree")
                            .arg(tree->header()->length())
                            .arg(tree->viewport()->width())));
    QVERIFY(tree->header()->length() <= tree->viewport()->width());
    QVERIFY2(tree->columnWidth(LibraryTreeModel::Name) * 100 >= tree->viewport()->width() * 60,
             qPrintable(QString::number(tree->columnWidth(LibraryTreeModel::Name))));
    QVERIFY(!tree->isColumnHidden(LibraryTreeModel::Size));
    QVERIFY(tree->isColumnHidden(LibraryTreeModel::Type));
    QVERIFY(tree->isColumnHidden(LibraryTreeModel::ContentVersion));
}

// The default layout as a first run shows it.
void verifyDefaultLayout(MainWindow &w)
{
    QCOMPARE(w.size(), QSize(1200, 760));
    auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(!split->childrenCollapsible());
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("librariesDock"));
    QVERIFY2(qAbs(dock->width() - 300) <= 10, qPrintable(QString::number(dock->width())));

    QTableView *view = w.sessionView();
    const int central = w.centralWidget()->height();
    QVERIFY2(view->height() * 100 >= central * 55,
             qPrintable(QStringLiteral("table %1 px of %2 px").arg(view->height()).arg(central)));
    // Enough rows to work with, not three.
    QVERIFY2(view->viewport()->height() >= 10 * view->verticalHeader()->defaultSectionSize(),
             qPrintable(QString::number(view->viewport()->height())));

    QVERIFY2(!view->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("columns %1 px in a %2 px view")
                            .arg(view->horizontalHeader()->length())
                            .arg(view->viewport()->width())));
    QVERIFY(view->horizontalHeader()->length() <= view->viewport()->width());
    QCOMPARE(view->horizontalHeader()->count(), int(SessionTableModel::ColumnCount));
    // Every column keeps a readable width; the preview takes the rest and shows its whole
    // text; the session id is elided in the middle (its ends tell sessions apart).
    for (int c = 0; c < SessionTableModel::ColumnCount; ++c)
        QVERIFY2(view->columnWidth(c) >= 40, qPrintable(QString::number(c)));
    QVERIFY(view->columnWidth(SessionTableModel::SessionId) >= 100);
    QCOMPARE(view->horizontalHeader()->sectionResizeMode(SessionTableModel::Preview),
             QHeaderView::Stretch);
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
    verifyLibrariesFit(w);
}
} // namespace

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
        clearLayout();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        loadDemo(w);
        verifyDefaultLayout(w);
    }

    // Saved states the window must not apply: the fresh layout shows, and closing the window
    // replaces them with the current layout version's.
    void olderLayoutIsReplaced_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<QVariant>("version");
        // The previous release: the same 8 columns, other widths and modes, no version key.
        QTest::newRow("unversioned 0.x layout")
            << int(SessionTableModel::ColumnCount) << QVariant();
        QTest::newRow("unversioned, 6 columns") << 6 << QVariant();
        QTest::newRow("layout version 1") << int(SessionTableModel::ColumnCount) << QVariant(1);
        QTest::newRow("newer layout version")
            << int(SessionTableModel::ColumnCount) << QVariant(LayoutStore::kVersion + 1);
        QTest::newRow("unreadable layout version")
            << int(SessionTableModel::ColumnCount) << QVariant(QStringLiteral("two"));
    }

    void olderLayoutIsReplaced()
    {
        QFETCH(int, columns);
        QFETCH(QVariant, version);
        OldLayout::make(columns).write(version);
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            loadDemo(w);
            verifyDefaultLayout(w);
            if (QTest::currentTestFailed())
                return;
            w.close();
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("mainWindow/layoutVersion")).toInt(),
                 LayoutStore::kVersion);
        QCOMPARE(LayoutStore::headerSectionCount(
                     settings.value(QStringLiteral("mainWindow/sessionColumns")).toByteArray()),
                 int(SessionTableModel::ColumnCount));
    }

    // The current layout version, but the saved header has another number of columns than
    // the table (a column added or removed without a version bump): the columns stay default,
    // what else was saved is still the user's.
    void headerOfOtherColumnCountIsRefused()
    {
        clearLayout();
        {
            QSettings settings;
            settings.setValue(QStringLiteral("mainWindow/layoutVersion"), LayoutStore::kVersion);
            settings.setValue(QStringLiteral("mainWindow/sessionColumns"),
                              OldLayout::sessionHeader(SessionTableModel::ColumnCount + 2));
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        loadDemo(w);
        verifyDefaultLayout(w);
    }

    void headerSectionCountReadsQtStates()
    {
        for (int n : { 1, 4, 8, 13 })
            QCOMPARE(LayoutStore::headerSectionCount(OldLayout::sessionHeader(n)), n);
        // Hidden and moved sections are stored before the count.
        QStandardItemModel model(0, 7);
        QTableView view;
        view.setModel(&model);
        view.setColumnHidden(1, true);
        view.setColumnHidden(4, true);
        view.horizontalHeader()->moveSection(0, 5);
        QCOMPARE(LayoutStore::headerSectionCount(view.horizontalHeader()->saveState()), 7);
        QCOMPARE(LayoutStore::headerSectionCount({}), -1);
        QCOMPARE(LayoutStore::headerSectionCount(QByteArray("not a header state")), -1);
        QSplitter split;
        QCOMPARE(LayoutStore::headerSectionCount(split.saveState()), -1);
    }

    // An item with a long name (created on the demo server like any other) is elided in the
    // middle instead of widening the tree; its tooltip holds the whole name. Showing the type
    // column from the header's menu still fits.
    void longLibraryNamesAreElided()
    {
        clearLayout();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        loadDemo(w);
        const QString name = QStringLiteral(
            "windows-server-2022-datacenter-desktop-experience-en-us-2026-11-patched");
        Item spec;
        for (const Library &l : w.libraryModel()->libraries())
            if (l.name == QLatin1String("ISO Images"))
                spec.libraryId = l.id;
        QVERIFY(!spec.libraryId.isEmpty());
        spec.name = name;
        spec.type = QStringLiteral("iso");
        std::optional<Result<QString>> created;
        w.connection()->libraries().createItem(spec, &w,
                                               [&](const Result<QString> &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), kLong);
        QVERIFY2(created->ok(), qPrintable(created->error.message()));
        w.refreshNow();

        QTreeView *tree = libraryTree(w);
        QModelIndex shown;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown = tree->model()
                         ->match(tree->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                 Qt::MatchExactly | Qt::MatchRecursive)
                         .value(0))
                .isValid(),
            kLong);
        QTest::qWait(300);
        verifyLibrariesFit(w);

        // Not wide enough for the whole name: elided in the middle within the viewport.
        const QRect cell = tree->visualRect(shown);
        QVERIFY2(cell.right() <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("cell ends at %1 px").arg(cell.right())));
        QVERIFY(QFontMetrics(tree->font()).horizontalAdvance(name) > cell.width());
        QVERIFY(qobject_cast<ElideMiddleDelegate *>(tree->itemDelegateForIndex(shown)));
        QVERIFY(shown.data(Qt::ToolTipRole).toString().startsWith(name));

        // The header's menu shows the type column; the tree still fits.
        auto *typeAction = tree->header()->findChild<QAction *>(
            QStringLiteral("libraryColumn%1").arg(int(LibraryTreeModel::Type)));
        QVERIFY(typeAction);
        QVERIFY(tree->header()->actions().contains(typeAction));
        QVERIFY(!typeAction->isChecked());
        typeAction->trigger();
        QVERIFY(!tree->isColumnHidden(LibraryTreeModel::Type));
        QTest::qWait(100);
        QVERIFY(!tree->horizontalScrollBar()->isVisible());
        QVERIFY(tree->header()->length() <= tree->viewport()->width());
    }

    // A layout saved by this build is the user's choice: restored as it was left.
    void userLayoutIsRestored()
    {
        clearLayout();
        QList<int> sizes;
        int nameWidth = 0;
        int dockWidth = 0;
        QSize size;
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1280, 800);
            auto *split = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            const int total = split->sizes().value(0) + split->sizes().value(1);
            split->setSizes({ total / 2, total - total / 2 });
            w.sessionView()->setColumnWidth(SessionTableModel::ItemName, 185);
            auto *dock = w.findChild<QDockWidget *>(QStringLiteral("librariesDock"));
            w.resizeDocks({ dock }, { 340 }, Qt::Horizontal);
            // The type column shown from the header's menu.
            QTreeView *tree = libraryTree(w);
            tree->header()
                ->findChild<QAction *>(
                    QStringLiteral("libraryColumn%1").arg(int(LibraryTreeModel::Type)))
                ->trigger();
            QVERIFY(!tree->isColumnHidden(LibraryTreeModel::Type));
            QTest::qWait(50);
            sizes = split->sizes();
            nameWidth = w.sessionView()->columnWidth(SessionTableModel::ItemName);
            dockWidth = dock->width();
            size = w.size();
            w.close();
        }
        QCOMPARE(nameWidth, 185);
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), size);
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        QCOMPARE(again.sessionView()->columnWidth(SessionTableModel::ItemName), nameWidth);
        QCOMPARE(again.findChild<QDockWidget *>(QStringLiteral("librariesDock"))->width(),
                 dockWidth);
        QTreeView *tree = libraryTree(again);
        QVERIFY(!tree->isColumnHidden(LibraryTreeModel::Type));
        QVERIFY(tree->isColumnHidden(LibraryTreeModel::ContentVersion));
        // The header's menu says what is shown.
        QVERIFY(tree->header()
                    ->findChild<QAction *>(
                        QStringLiteral("libraryColumn%1").arg(int(LibraryTreeModel::Type)))
                    ->isChecked());
    }
};

QTEST_MAIN(TestWindowLayout)
#include "TestWindowLayout.moc"
