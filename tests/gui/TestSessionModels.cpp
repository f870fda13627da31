#include "sessions/LibraryTreeModel.h"
#include "sessions/SessionFilterProxy.h"
#include "sessions/SessionTableModel.h"
#include "widgets/ProgressBarDelegate.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

using namespace clu;
using namespace clu::gui;

namespace {
SessionRow row(const QString &id, SessionState state, int progress = 0,
               const QString &item = QStringLiteral("item"))
{
    SessionRow r;
    r.session.id = id;
    r.session.libraryItemId = QStringLiteral("item-") + id;
    r.session.state = state;
    r.session.clientProgress = progress;
    // Fixed, so that the same session built twice compares equal.
    r.session.expirationTime = QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC);
    r.itemName = item;
    r.libraryName = QStringLiteral("Templates");
    return r;
}

PreviewWarning warning(WarningType t, bool ignored)
{
    PreviewWarning w;
    w.type = t;
    w.ignored = ignored;
    w.message.defaultMessage = QStringLiteral("problem");
    return w;
}
} // namespace

class TestSessionModels : public QObject
{
    Q_OBJECT
private slots:
    void sessionModelPassesTheTesterThroughUpdates()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setRows({ row("a", SessionState::Active, 10), row("b", SessionState::Done, 100),
                        row("c", SessionState::Error, 40) });
        QCOMPARE(model.rowCount(), 3);
        model.setRows({ row("a", SessionState::Active, 60), row("c", SessionState::Error, 40),
                        row("d", SessionState::Canceled) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("b")), -1);
        QCOMPARE(model.index(model.rowOf("a"), SessionTableModel::Progress)
                     .data(ProgressBarDelegate::ProgressRole)
                     .toInt(),
                 60);
        model.setTransferProgress(QStringLiteral("a"), 75);
        QCOMPARE(model.index(model.rowOf("a"), SessionTableModel::Progress)
                     .data(ProgressBarDelegate::ProgressRole)
                     .toInt(),
                 75);
        model.removeSession(QStringLiteral("c"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // Sessions listed before their library was loaded get its name once it is.
    void libraryNamesLoadedLaterAreFilledIn()
    {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionRow early = row("a", SessionState::Active);
        early.libraryName.clear();
        SessionRow known = row("b", SessionState::Active);
        known.libraryName = QStringLiteral("Kept");
        model.setRows({ early, known });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto library = [&](const char *id) {
            return model.index(model.rowOf(QString::fromLatin1(id)), SessionTableModel::Library)
                .data()
                .toString();
        };
        QCOMPARE(library("a"), QString());
        model.fillLibraryNames([](const QString &) { return QString(); }); // still unknown
        QCOMPARE(changed.size(), 0);
        model.fillLibraryNames([](const QString &itemId) {
            return itemId == QLatin1String("item-a") ? QStringLiteral("ISO Images")
                                                     : QStringLiteral("Wrong");
        });
        QCOMPARE(library("a"), QStringLiteral("ISO Images"));
        QCOMPARE(library("b"), QStringLiteral("Kept")); // a name it had is not replaced
        QCOMPARE(changed.size(), 1);
    }

    void refreshUpdatesInPlaceAndKeepsSelection()
    {
        SessionTableModel model;
        SessionFilterProxy proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        model.setRows({ row("a", SessionState::Active, 10), row("b", SessionState::Active, 20) });
        const QModelIndex b = proxy.mapFromSource(model.index(model.rowOf("b"), 0));
        view.selectionModel()->select(
            b, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setRows({ row("a", SessionState::Active, 10), row("b", SessionState::Active, 55) });
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(changes.count(), 1); // only b changed; a was identical
        const auto selected = view.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(SessionTableModel::SessionIdRole).toString(),
                 QStringLiteral("b"));
        QCOMPARE(model.find("b")->session.clientProgress, 55);
    }

    void displayTextsIconsAndCountdown()
    {
        SessionTableModel model;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        model.setClock([now] { return now; });
        SessionRow r = row("s1", SessionState::Active, 30, QStringLiteral("photon-5"));
        r.session.expirationTime = now.addSecs(272);
        PreviewInfo p;
        p.state = PreviewState::Available;
        p.warnings = { warning(WarningType::SelfSignedCertificate, false),
                       warning(WarningType::ExpiredCertificate, true) };
        r.session.previewInfo = p;
        r.fileCount = 3;
        model.setRows({ r });
        auto cell = [&](int col, int role = Qt::DisplayRole) {
            return model.index(0, col).data(role);
        };
        QCOMPARE(cell(SessionTableModel::ItemName).toString(), QStringLiteral("photon-5"));
        QCOMPARE(cell(SessionTableModel::Library).toString(), QStringLiteral("Templates"));
        QCOMPARE(cell(SessionTableModel::State).toString(), QStringLiteral("Active"));
        QVERIFY(!cell(SessionTableModel::State, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(cell(SessionTableModel::Files).toString(), QStringLiteral("3"));
        QCOMPARE(cell(SessionTableModel::Preview).toString(),
                 QStringLiteral("Available, 1 warning(s) blocking"));
        QCOMPARE(cell(SessionTableModel::Expires).toString(), QStringLiteral("4:32"));
        QCOMPARE(cell(SessionTableModel::SessionId).toString(), QStringLiteral("s1"));
        QCOMPARE(SessionTableModel::countdownText(now.addSecs(-5), now), QStringLiteral("expired"));
        QCOMPARE(SessionTableModel::countdownText(now.addSecs(3 * 3600 + 120), now),
                 QStringLiteral("3 h 2 min"));
        // An unknown state from a newer server is shown as sent.
        SessionRow odd = row("s2", SessionState::Active);
        odd.session.state = OpenEnum<SessionState>::fromString(QStringLiteral("PAUSED"));
        model.upsert(odd);
        QCOMPARE(model.index(model.rowOf("s2"), SessionTableModel::State).data().toString(),
                 QStringLiteral("PAUSED"));
    }

    void stateAndTextFilter()
    {
        SessionTableModel model;
        SessionFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setRows({ row("a", SessionState::Active, 0, QStringLiteral("ubuntu")),
                        row("b", SessionState::Done, 0, QStringLiteral("photon")),
                        row("c", SessionState::Error, 0, QStringLiteral("photon-old")) });
        proxy.setStateFilter(QStringLiteral("DONE"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(SessionTableModel::SessionIdRole).toString(),
                 QStringLiteral("b"));
        proxy.setStateFilter(QString());
        proxy.setFilterFixedString(QStringLiteral("photon"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStateFilter(QStringLiteral("ERROR"));
        QCOMPARE(proxy.rowCount(), 1);
        // Sorting uses raw values: progress numerically.
        proxy.setStateFilter(QString());
        proxy.setFilterFixedString(QString());
        model.setTransferProgress("a", 9);
        model.setTransferProgress("b", 100);
        model.setTransferProgress("c", 10);
        proxy.sort(SessionTableModel::Progress, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data(SessionTableModel::SessionIdRole).toString(),
                 QStringLiteral("a"));
        QCOMPARE(proxy.index(2, 0).data(SessionTableModel::SessionIdRole).toString(),
                 QStringLiteral("b"));
    }

    void libraryTreePassesTheTesterAndMarksSubscribed()
    {
        LibraryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        Library local;
        local.id = QStringLiteral("lib1");
        local.name = QStringLiteral("Templates");
        local.type = LibraryType::Local;
        Library sub;
        sub.id = QStringLiteral("lib2");
        sub.name = QStringLiteral("Vendor feed");
        sub.type = LibraryType::Subscribed;
        Item i1;
        i1.id = QStringLiteral("i1");
        i1.libraryId = local.id;
        i1.name = QStringLiteral("photon-5");
        i1.type = QStringLiteral("ovf");
        i1.size = 1024 * 1024;
        i1.contentVersion = QStringLiteral("3");
        Item i2 = i1;
        i2.id = QStringLiteral("i2");
        i2.name = QStringLiteral("ubuntu.iso");
        i2.type = QStringLiteral("iso");
        i2.description = QStringLiteral("Ubuntu Server installer");
        Item i3 = i1;
        i3.id = QStringLiteral("i3");
        i3.libraryId = sub.id;
        i3.name = QStringLiteral("vendor-appliance");
        model.setContent({ local, sub }, { { local.id, { i1, i2 } }, { sub.id, { i3 } } });

        QCOMPARE(model.rowCount(), 2);
        const QModelIndex l0 = model.index(0, 0);
        const QModelIndex l1 = model.index(1, 0);
        QCOMPARE(model.rowCount(l0), 2);
        QCOMPARE(model.rowCount(l1), 1);
        QVERIFY(l0.data(LibraryTreeModel::UploadableRole).toBool());
        QVERIFY(!l1.data(LibraryTreeModel::UploadableRole).toBool());
        QVERIFY(l1.data().toString().contains(QStringLiteral("subscribed")));
        QVERIFY(!model.index(0, 0, l1).data(LibraryTreeModel::UploadableRole).toBool());
        QCOMPARE(model.index(0, LibraryTreeModel::ContentVersion, l0).data().toString(),
                 QStringLiteral("3"));
        QCOMPARE(model.index(1, 0, l0).parent(), l0);
        // The tree elides long names: the tooltip has the whole name, the description below.
        QCOMPARE(model.index(0, 0, l0).data(Qt::ToolTipRole).toString(), i1.name);
        QCOMPARE(model.index(1, 0, l0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("ubuntu.iso\nUbuntu Server installer"));
        QVERIFY(l1.data(Qt::ToolTipRole).toString().contains(sub.name));

        // Same shape again: updated in place, no reset (expansion survives in views).
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        i1.contentVersion = QStringLiteral("4");
        model.setContent({ local, sub }, { { local.id, { i1, i2 } }, { sub.id, { i3 } } });
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(0, LibraryTreeModel::ContentVersion, l0).data().toString(),
                 QStringLiteral("4"));
        // A new item changes the shape.
        Item i4 = i2;
        i4.id = QStringLiteral("i4");
        i4.name = QStringLiteral("readme.txt");
        model.setContent({ local, sub }, { { local.id, { i1, i2, i4 } }, { sub.id, { i3 } } });
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);

        proxy.setFilterFixedString(QStringLiteral("ubuntu"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestSessionModels)
#include "TestSessionModels.moc"
