// The New upload dialog's preflight checklist on packages qemu-img writes: it checks off the GUI
// thread as files are chosen (the dialog reports "checking" right after the selection), lists
// one row per check with its id, disables Start on a failure with the reason in the summary,
// and on a warning until "Upload despite preflight warnings" is checked, which the request
// carries to the engine; each failure of issue 11 (fixtures::issueFaults) fails with its reason.
#include "VmdkFixtures.h"
#include "uploads/NewUploadDialog.h"
#include "uploads/PreflightChecklist.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace clu;
using namespace clu::gui;
using namespace fixtures;

class TestPreflightChecklist : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString package(const QString &name, bool streamOptimized, const QByteArray &separator)
    {
        const QString dir = m_dir.filePath(name);
        QDir().mkpath(dir);
        const QString disk = dir + QLatin1String("/disk.vmdk");
        QStringList args { QStringLiteral("convert"), QStringLiteral("-f"), QStringLiteral("raw"),
                           QStringLiteral("-O"), QStringLiteral("vmdk") };
        if (streamOptimized)
            args << QStringLiteral("-o") << QStringLiteral("subformat=streamOptimized");
        args << m_dir.filePath(QStringLiteral("raw.img")) << disk;
        const QString err = qemuImg(args);
        if (!err.isEmpty())
            qWarning() << err;
        const QByteArray ovf = ovfFor(QStringLiteral("disk.vmdk"), QFileInfo(disk).size(),
                                      QStringLiteral("2"), QStringLiteral("byte * 2^20"));
        writeAll(dir + QLatin1String("/vm.ovf"), ovf);
        const auto hex = [](const QByteArray &d) {
            return QCryptographicHash::hash(d, QCryptographicHash::Sha256).toHex();
        };
        writeAll(dir + QLatin1String("/vm.mf"),
                 "SHA256(vm.ovf)" + separator + hex(ovf) + "\nSHA256(disk.vmdk)" + separator
                     + hex(readAll(disk)) + "\n");
        return dir + QLatin1String("/vm.ovf");
    }

    static QStringList rows(NewUploadDialog &d, const QString &status)
    {
        QStringList out;
        for (const PreflightCheck &c : d.preflight()->report().checks())
            if (PreflightCheck::statusId(c.status) == status)
                out << c.id;
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(haveQemuImg());
        QVERIFY(m_dir.isValid());
        writeAll(m_dir.filePath(QStringLiteral("raw.img")), rawImage(2));
    }

    void checklistFollowsTheSelection()
    {
        Library lib;
        lib.id = QStringLiteral("lib-1");
        lib.name = QStringLiteral("Local");
        lib.type = LibraryType::Local;
        NewUploadDialog dialog({ lib }, {});
        dialog.setNewItemName(QStringLiteral("vm"));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("preflightList"));
        QVERIFY(list);

        // monolithicSparse: refused.
        dialog.setPaths({ package(QStringLiteral("sparse"), false, "= ") });
        QVERIFY(dialog.preflight()->isChecking()); // off the GUI thread: not done yet
        QVERIFY(!dialog.startButton()->isEnabled());
        QTRY_VERIFY(!dialog.preflight()->isChecking());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(rows(dialog, QStringLiteral("fail")).contains(QStringLiteral("vmdk-create-type")),
                 qPrintable(rows(dialog, QStringLiteral("fail")).join(',')));
        QVERIFY2(dialog.problem().contains(QStringLiteral("vCenter would refuse")),
                 qPrintable(dialog.problem()));
        QCOMPARE(list->topLevelItemCount(), dialog.preflight()->report().checks().size());
        bool shown = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown =
                shown || list->topLevelItem(i)->text(1).contains(QLatin1String("monolithicSparse"));
        QVERIFY(shown);

        // streamOptimized with an ovftool manifest: passes, Start enabled.
        dialog.setPaths({ package(QStringLiteral("good"), true, "= ") });
        QTRY_VERIFY(!dialog.preflight()->isChecking());
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.problem()));
        QVERIFY(rows(dialog, QStringLiteral("fail")).isEmpty());

        // A manifest spacing warning: Start waits for the override.
        dialog.setPaths({ package(QStringLiteral("spaced"), true, "=") });
        QTRY_VERIFY(!dialog.preflight()->isChecking());
        QCOMPARE(rows(dialog, QStringLiteral("warn")), QStringList { QStringLiteral("manifest") });
        QVERIFY(!dialog.startButton()->isEnabled());
        auto *allow = dialog.findChild<QCheckBox *>(QStringLiteral("allowPreflightWarnings"));
        QVERIFY(allow);
        allow->setChecked(true);
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.problem()));
        QVERIFY(dialog.request().allowPreflightWarnings);

        // Each failure of issue 11: a failed row that says why, Start disabled.
        for (const Fault &f : issueFaults()) {
            const QString name = QString::fromLatin1(f.name);
            dialog.setPaths(
                { faultyPackage(m_dir.filePath(QStringLiteral("fault-") + name), name) });
            QVERIFY(dialog.preflight()->isChecking());
            QTRY_VERIFY(!dialog.preflight()->isChecking());
            QVERIFY2(!dialog.startButton()->isEnabled(), f.name);
            QVERIFY2(rows(dialog, QStringLiteral("fail")).contains(QLatin1String(f.check)),
                     qPrintable(name + QLatin1Char(' ')
                                + rows(dialog, QStringLiteral("fail")).join(',')));
            bool said = false;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                said = said || list->topLevelItem(i)->text(1).contains(QLatin1String(f.words));
            QVERIFY2(said, f.name);
            allow->setChecked(true); // the override is for warnings only
            QVERIFY2(!dialog.startButton()->isEnabled(), f.name);
            allow->setChecked(false);
        }

        // Nothing chosen: an empty checklist.
        dialog.setPaths({});
        QCOMPARE(list->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestPreflightChecklist)
#include "TestPreflightChecklist.moc"
