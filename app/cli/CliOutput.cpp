#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace clu::cli {

CliOutput::CliOutput(bool json)
    : m_out(stdout)
    , m_err(stderr)
    , m_json(json)
    , m_tty(isatty(fileno(stderr)) == 1)
{ }

QString CliOutput::printable(const QString &text, bool multiLine)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\t' && !(multiLine && u == u'\n')) || u == 0x7f
            || (u >= 0x80 && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069);
        if (!control)
            out.append(c);
        else if (u < 0x100)
            out.append(QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0')));
        else
            out.append(QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0')));
    }
    return out;
}

void CliOutput::line(const QString &text)
{
    m_out << printable(text) << '\n';
    m_out.flush();
}

void CliOutput::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const QStringList &r : rows) {
        QStringList c;
        for (const QString &t : r)
            c.append(printable(t, false));
        cells.append(c);
    }
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(int(h.size()));
    for (const QStringList &r : cells) {
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(r.at(i).size()));
    }
    auto printRow = [&](const QStringList &r) {
        QString l;
        for (int i = 0; i < r.size(); ++i)
            l += i + 1 < r.size() ? r.at(i).leftJustified(widths.value(i) + 2) : r.at(i);
        m_out << l << '\n';
    };
    printRow(headers);
    for (const QStringList &r : cells)
        printRow(r);
    m_out.flush();
}

void CliOutput::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented);
    m_out.flush();
}

void CliOutput::error(const QString &text)
{
    endProgress();
    m_err << "cl-uploader-cli: " << printable(text) << '\n';
    m_err.flush();
}

void CliOutput::note(const QString &text)
{
    endProgress();
    m_err << printable(text) << '\n';
    m_err.flush();
}

void CliOutput::progress(const QString &text)
{
    if (!m_tty)
        return;
    const QString padded = printable(text, false).leftJustified(m_progressWidth);
    m_progressWidth = int(text.size());
    m_err << '\r' << padded;
    m_err.flush();
}

void CliOutput::endProgress()
{
    if (m_tty && m_progressWidth > 0) {
        m_err << '\n';
        m_err.flush();
    }
    m_progressWidth = 0;
}

QString CliOutput::bytes(qint64 n)
{
    const char *units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
    double v = double(n);
    int u = 0;
    while (v >= 1024.0 && u < 4) {
        v /= 1024.0;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(n)
                  : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

QString CliOutput::duration(qint64 s)
{
    if (s < 0)
        return QStringLiteral("--:--");
    const qint64 h = s / 3600, m = (s % 3600) / 60, sec = s % 60;
    return h > 0 ? QStringLiteral("%1:%2:%3")
                       .arg(h)
                       .arg(m, 2, 10, QLatin1Char('0'))
                       .arg(sec, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
}

} // namespace clu::cli
