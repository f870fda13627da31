// runChild(): the one platform-specific piece of the benchmark. On POSIX it forks and reaps the
// child with wait4() to get the child's own peak RSS (ru_maxrss: resident pages, file-mapped
// ones included); elsewhere it falls back to QProcess without a memory figure.
#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <QFile>
#include <QTemporaryFile>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>
#endif

namespace clu::bench {

#ifdef Q_OS_UNIX
ChildRun runChild(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env)
{
    ChildRun r;
    QTemporaryFile outFile, errFile;
    if (!outFile.open() || !errFile.open())
        return r;
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : storage)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (const QString &e : env.toStringList())
        envStorage.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &b : envStorage)
        envp.push_back(b.data());
    envp.push_back(nullptr);
    const int outFd = outFile.handle(), errFd = errFile.handle();
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid < 0)
        return r;
    if (pid == 0) {
        const int nullFd = ::open("/dev/null", O_RDONLY);
        dup2(nullFd, 0);
        dup2(outFd, 1);
        dup2(errFd, 2);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return r;
    r.wallMs = t.elapsed();
    r.started = true;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.maxRssKiB = usage.ru_maxrss; // KiB on Linux
    outFile.seek(0);
    errFile.seek(0);
    r.out = outFile.readAll();
    r.err = errFile.readAll();
    return r;
}
#else
ChildRun runChild(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env)
{
    ChildRun r;
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(-1))
        return r;
    p.waitForFinished(-1);
    r.wallMs = t.elapsed();
    r.started = true;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
#endif

} // namespace clu::bench
