#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace clu::cli {

// Everything cl-uploader-cli prints. Results go to stdout (text tables or, with --json, one JSON
// document); errors and progress to stderr, progress only when stderr is a terminal so scripts
// and logs never see carriage-return noise.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
public:
    explicit CliOutput(bool json);

    bool json() const { return m_json; }
    void line(const QString &text);
    void table(const QStringList &headers, const QList<QStringList> &rows);
    void printJson(const QJsonValue &value);
    void error(const QString &text); // "cl-uploader-cli: text" on stderr
    void note(const QString &text); // informational line on stderr (never in JSON output)

    bool progressEnabled() const { return m_tty; }
    void progress(const QString &text);
    void endProgress();

    // Text for a terminal: control characters (C0 but tab/newline, DEL, C1, the bidi overrides)
    // become visible escapes like "\x1b", so a server-chosen name such as
    // "ESC]0;pwned BEL ESC[2J" cannot retitle, clear or reorder the terminal (issue 10 #4).
    // Every text path of this class uses it; JSON output stays exact. `multiLine` keeps '\n'.
    static QString printable(const QString &text, bool multiLine = true);

    static QString bytes(qint64 n); // "1.5 GiB"
    static QString duration(qint64 seconds); // "1:02:03" / "2:03"

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json;
    bool m_tty;
    int m_progressWidth = 0;
};

} // namespace clu::cli
