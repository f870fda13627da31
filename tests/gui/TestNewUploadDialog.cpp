// New upload: the chosen package is read once per choice, on a worker thread, never again
// while the user types; a late result of an earlier choice does not overwrite a newer one.
#include "ovf/PackageBuilder.h"
#include "uploads/NewUploadDialog.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace clu;
using namespace clu::gui;

namespace {

QList<Library> oneLocalLibrary()
{
    Library l;
    l.id = QStringLiteral("lib-1");
    l.name = QStringLiteral("Local");
    l.type = LibraryType::Local;
    return { l };
}

std::optional<clu::sim::ovf::BuiltPackage> build(const QString &dir, const QString &base,
                                                 bool ova)
{
    clu::sim::ovf::PackageSpec spec;
    spec.baseName = base;
    spec.diskSizes = { 64 * 1024, 32 * 1024 };
    spec.signing = clu::sim::ovf::PackageSigning::Unsigned;
    spec.makeOva = ova;
    QString error;
    auto pkg = clu::sim::ovf::PackageBuilder::build(spec, dir, &error);
    if (!pkg)
        qWarning() << error;
    return pkg;
}

bool anyRowContains(const QStringList &rows, const QString &text)
{
    for (const QString &r : rows)
        if (r.contains(text))
            return true;
    return false;
}

} // namespace

class TestNewUploadDialog : public QObject
{
    Q_OBJECT
private slots:
    void packageIsReadOncePerChoiceNotPerKeystroke()
    {
        QTemporaryDir dir;
        const auto pkg = build(dir.path(), QStringLiteral("appliance"), false);
        QVERIFY(pkg);
        NewUploadDialog dialog(oneLocalLibrary(), {});
        dialog.show();
        dialog.setPaths({ pkg->ovfPath });
        // Until the worker has read it, Start waits and says why.
        if (dialog.isReadingPackage()) {
            QVERIFY(!dialog.startButton()->isEnabled());
            QVERIFY(!dialog.problem().isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingPackage(), 20000);
        QStringList rows = dialog.collectedFiles();
        QVERIFY2(anyRowContains(rows, QStringLiteral("appliance-disk1.vmdk")),
                 qPrintable(rows.join('|')));
        QVERIFY2(anyRowContains(rows, QStringLiteral("appliance-disk2.vmdk")),
                 qPrintable(rows.join('|')));
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.problem()));

        // A disk goes away; typing a name must not read the package again (it would now
        // report the disk missing), only a new choice does.
        QVERIFY(QFile::remove(pkg->diskPaths.at(1)));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("newItemName"));
        QVERIFY(name);
        name->clear();
        QTest::keyClicks(name, QStringLiteral("typed name"));
        QVERIFY(!dialog.isReadingPackage());
        rows = dialog.collectedFiles();
        QVERIFY2(!anyRowContains(rows, QStringLiteral("missing")), qPrintable(rows.join('|')));
        QCOMPARE(dialog.request().newItem.name, QStringLiteral("typed name"));

        dialog.setPaths({ pkg->ovfPath });
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingPackage(), 20000);
        rows = dialog.collectedFiles();
        QVERIFY2(anyRowContains(rows, QStringLiteral("appliance-disk2.vmdk  (missing)")),
                 qPrintable(rows.join('|')));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.problem().contains(QStringLiteral("appliance-disk2.vmdk")),
                 qPrintable(dialog.problem()));
    }

    void theLatestChoiceWins()
    {
        QTemporaryDir dir;
        const auto first = build(dir.path(), QStringLiteral("first"), true);
        const auto second = build(dir.path(), QStringLiteral("second"), false);
        QVERIFY(first && second);
        NewUploadDialog dialog(oneLocalLibrary(), {});
        // Two choices in a row: whichever worker finishes last, the rows are the second's.
        dialog.setPaths({ first->ovaPath });
        dialog.setPaths({ second->ovfPath });
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isReadingPackage(), 20000);
        QTest::qWait(200); // a late result of the first choice would land by now
        const QStringList rows = dialog.collectedFiles();
        QVERIFY2(anyRowContains(rows, QStringLiteral("second-disk1.vmdk")),
                 qPrintable(rows.join('|')));
        QVERIFY2(!anyRowContains(rows, QStringLiteral("first")), qPrintable(rows.join('|')));
    }

    void plainFilesNeedNoReading()
    {
        QTemporaryDir dir;
        const QString iso = dir.filePath(QStringLiteral("tools.iso"));
        QFile f(iso);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'i'));
        f.close();
        NewUploadDialog dialog(oneLocalLibrary(), {});
        dialog.setPaths({ iso });
        QVERIFY(!dialog.isReadingPackage());
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.problem()));
    }
};

QTEST_MAIN(TestNewUploadDialog)
#include "TestNewUploadDialog.moc"
