// The demo's cl-simulator ends with the GUI, however the GUI ends: the real cl-uploader --demo
// (offscreen) is started as a process, its simulator found from the GUI's log line, the GUI
// ended by a signal, and the simulator must be gone within seconds, its port free and its
// temporary data directory (with the TLS private key) removed. SIGKILL is the case the GUI
// cannot help with: there the simulator notices EOF on the stdin pipe the GUI held.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

namespace {

// True while `pid` exists and is not a zombie (an orphan is reaped by init, but a container's
// PID 1 may not reap: a zombie holds no port and no files, so it counts as gone).
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray s = stat.readAll();
    const qsizetype paren = s.lastIndexOf(')');
    return paren > 0 && s.size() > paren + 2 && s.at(paren + 2) != 'Z';
}

bool portAccepts(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    return s.waitForConnected(2000);
}

} // namespace

class TestDemoLifetime : public QObject
{
    Q_OBJECT
private slots:
    void simulatorEndsWithTheGui_data();
    void simulatorEndsWithTheGui();
    void cleanup();

private:
    qint64 m_simPid = 0;
};

void TestDemoLifetime::simulatorEndsWithTheGui_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGKILL") << int(SIGKILL);
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestDemoLifetime::simulatorEndsWithTheGui()
{
    QFETCH(int, signal);
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("clu.gui.info=true"));
    gui.setProcessEnvironment(env);
    gui.setProcessChannelMode(QProcess::SeparateChannels);
    gui.start(QString::fromUtf8(CLU_GUI_PATH),
              { QStringLiteral("--demo"), QStringLiteral("--simulator"),
                qEnvironmentVariable("CLU_SIMULATOR") });
    QVERIFY2(gui.waitForStarted(10000), qPrintable(gui.errorString()));

    // "demo server at https://127.0.0.1:PORT pid PID data directory DIR" (DemoServer).
    static const QRegularExpression line(QStringLiteral(
        "demo server at https://127\\.0\\.0\\.1:(\\d+) pid (\\d+) data directory (.+)"));
    QByteArray log;
    QRegularExpressionMatch m;
    QElapsedTimer clock;
    clock.start();
    while (!(m = line.match(QString::fromLocal8Bit(log))).hasMatch()) {
        QVERIFY2(clock.elapsed() < 120000, log.constData());
        QVERIFY2(gui.state() == QProcess::Running, log.constData());
        gui.waitForReadyRead(1000);
        log += gui.readAllStandardError();
    }
    const quint16 port = quint16(m.captured(1).toUInt());
    m_simPid = m.captured(2).toLongLong();
    const QString dataDir = m.captured(3).trimmed();
    QVERIFY(processAlive(m_simPid));
    QVERIFY(portAccepts(port));
    QVERIFY2(QFile::exists(dataDir + QStringLiteral("/tls/key.pem")), qPrintable(dataDir));

    QCOMPARE(::kill(pid_t(gui.processId()), signal), 0);
    QVERIFY(gui.waitForFinished(15000));
    if (signal == SIGKILL)
        QCOMPARE(gui.exitStatus(), QProcess::CrashExit);
    else // the GUI quit its event loop and unwound: a normal exit
        QVERIFY2(gui.exitStatus() == QProcess::NormalExit,
                 qPrintable(gui.readAllStandardError().right(2000)));

    QTRY_VERIFY2_WITH_TIMEOUT(
        !processAlive(m_simPid),
        qPrintable(QStringLiteral("cl-simulator %1 still runs").arg(m_simPid)), 10000);
    QVERIFY(!portAccepts(port));
    QTRY_VERIFY2_WITH_TIMEOUT(!QFileInfo::exists(dataDir), qPrintable(dataDir), 5000);
    m_simPid = 0;
}

void TestDemoLifetime::cleanup()
{
    // Only when a check failed: do not leave the simulator this test caused behind.
    if (m_simPid > 0 && processAlive(m_simPid))
        ::kill(pid_t(m_simPid), SIGKILL);
    m_simPid = 0;
}

QTEST_GUILESS_MAIN(TestDemoLifetime)
#include "TestDemoLifetime.moc"
