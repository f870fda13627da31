// The shipped catalogues are complete, embedded and faithful to their sources, and
// clu::Translations chooses among them the way --lang and the system locale say.
#include "i18n/Translations.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

using clu::Translations;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one entry, or the <numerusform>s
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage msg;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto n = xml.name();
            if (n == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (n == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (n == QLatin1String("message")) {
                msg = TsMessage();
                msg.context = context;
                msg.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (n == QLatin1String("source")) {
                msg.source = xml.readElementText();
            } else if (n == QLatin1String("comment")) {
                msg.comment = xml.readElementText();
            } else if (n == QLatin1String("translation")) {
                msg.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!msg.numerus)
                    msg.forms << xml.readElementText();
            } else if (n == QLatin1String("numerusform")) {
                msg.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << msg;
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QString tsPath(const QString &code)
{
    return QStringLiteral(CLU_TRANSLATIONS_DIR "/cl-uploader_%1.ts").arg(code);
}

QStringList shippedCodes()
{
    QStringList codes;
    const QString prefix = QStringLiteral("cl-uploader_");
    for (const QString &f :
         QDir(QStringLiteral(CLU_TRANSLATIONS_DIR)).entryList({ prefix + "*.ts" }, QDir::Files))
        codes << f.mid(prefix.size(), f.size() - prefix.size() - 3);
    codes.sort();
    return codes;
}

// %1 … %99 as a sorted multiset-free set; %n separately.
QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2})"));
    QSet<QString> out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

// A keyboard mnemonic: "&" before a letter or digit, not "&&" and not an HTML entity.
bool hasMnemonic(const QString &s)
{
    // Only the entities the sources use: a mnemonic word right before a ';' is not an entity.
    static const QRegularExpression entity(
        QStringLiteral("&(?:amp|lt|gt|quot|apos|nbsp|mdash|ndash|hellip);|&#\\d+;"));
    QString t = s;
    t.remove(entity).replace(QStringLiteral("&&"), QString());
    static const QRegularExpression mnemonic(QStringLiteral("&\\w"));
    return mnemonic.match(t).hasMatch();
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyShippedLanguageIsEmbedded()
    {
        const QStringList codes = shippedCodes();
        for (const char *must : { "de", "en", "fr", "ja", "zh_CN" })
            QVERIFY2(codes.contains(QLatin1String(must)), must);
        // Every .ts has its .qm in the resources, and nothing else is there.
        QCOMPARE(Translations::available(), codes);
        for (const QString &c : codes) {
            const QString qm = QStringLiteral(":/i18n/cl-uploader_%1.qm").arg(c);
            QVERIFY2(QFile::exists(qm), qPrintable(qm + " is missing from the resources"));
            QTranslator t;
            QVERIFY2(t.load(qm), qPrintable(qm));
            QVERIFY(!t.isEmpty());
        }
    }

    void catalogueIsFinishedAndFaithful_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &c : shippedCodes())
            QTest::newRow(qPrintable(c)) << c;
    }

    void catalogueIsFinishedAndFaithful()
    {
        QFETCH(QString, code);
        const TsFile ts = readTs(tsPath(code));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, code);
        QVERIFY(!ts.messages.isEmpty());
        const bool english = code == QLatin1String("en");
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            if (!m.translationType.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(describe(m), m.translationType);
                continue;
            }
            // English carries only plural forms (lupdate -pluralonly); see translations/.
            if (english && !m.numerus)
                problems << describe(m) + QStringLiteral(" is not a plural message");
            bool anyN = false;
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << describe(m) + QStringLiteral(" has an empty translation");
                    continue;
                }
                if (placeholders(form) != placeholders(m.source)) {
                    problems << QStringLiteral("%1 → \"%2\": placeholders differ")
                                    .arg(describe(m), form.left(80));
                }
                anyN = anyN || form.contains(QLatin1String("%n"));
                if (hasMnemonic(m.source) && !hasMnemonic(form))
                    problems << QStringLiteral("%1 → \"%2\": the keyboard mnemonic (&) is lost")
                                    .arg(describe(m), form);
            }
            if (m.source.contains(QLatin1String("%n")) && !anyN)
                problems << describe(m) + QStringLiteral(": no form shows the count %n");
        }
        const int total = int(problems.size());
        if (total > 25)
            problems = problems.mid(0, 25) << QStringLiteral("… and %1 more").arg(total - 25);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A catalogue left behind after lupdate (a language someone forgot) differs from the others.
    void fullCataloguesCoverTheSameMessages()
    {
        QSet<QString> reference;
        QString referenceCode;
        for (const QString &c : shippedCodes()) {
            if (c == QLatin1String("en"))
                continue;
            QSet<QString> keys;
            for (const TsMessage &m : readTs(tsPath(c)).messages)
                keys.insert(m.context + QChar(0) + m.source + QChar(0) + m.comment);
            if (referenceCode.isEmpty()) {
                reference = keys;
                referenceCode = c;
                continue;
            }
            QVERIFY2(keys == reference,
                     qPrintable(QStringLiteral("%1 and %2 have different messages; run the "
                                               "update_translations target")
                                    .arg(c, referenceCode)));
        }
    }

    // The compiled .qm says what the .ts says, so the build did not ship a stale catalogue.
    void embeddedCatalogueMatchesItsSource_data() { catalogueIsFinishedAndFaithful_data(); }
    void embeddedCatalogueMatchesItsSource()
    {
        QFETCH(QString, code);
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/cl-uploader_%1.qm").arg(code)));
        for (const TsMessage &m : readTs(tsPath(code)).messages) {
            const QByteArray ctx = m.context.toUtf8(), src = m.source.toUtf8(),
                             cmt = m.comment.toUtf8();
            const char *comment = m.comment.isEmpty() ? nullptr : cmt.constData();
            if (m.numerus) {
                QCOMPARE(t.translate(ctx, src, comment, 1), m.forms.first());
                QCOMPARE(t.translate(ctx, src, comment, 5), m.forms.last());
            } else {
                QCOMPARE(t.translate(ctx, src, comment), m.forms.first());
            }
        }
    }

    void matchAcceptsRegionsAndSeparators()
    {
        QCOMPARE(Translations::match(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Translations::match(QStringLiteral("de_AT")), QStringLiteral("de"));
        QCOMPARE(Translations::match(QStringLiteral("FR-ca")), QStringLiteral("fr"));
        QCOMPARE(Translations::match(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
        QCOMPARE(Translations::match(QStringLiteral("ja_JP")), QStringLiteral("ja"));
        // Traditional Chinese is not Simplified Chinese, and unknown stays unknown.
        QCOMPARE(Translations::match(QStringLiteral("zh_TW")), QString());
        QCOMPARE(Translations::match(QStringLiteral("pt_BR")), QString());
        QCOMPARE(Translations::match(QString()), QString());
    }

    void requestedLanguageReadsBothSpellings()
    {
        QCOMPARE(Translations::requestedLanguage({ "x", "--lang", "fr", "sessions" }),
                 QStringLiteral("fr"));
        QCOMPARE(Translations::requestedLanguage({ "x", "sessions", "--lang=ja" }),
                 QStringLiteral("ja"));
        QCOMPARE(Translations::requestedLanguage({ "x", "sessions" }), QString());
        // After "--" everything is a positional argument, even "--lang".
        QCOMPARE(Translations::requestedLanguage({ "x", "--", "--lang", "de" }), QString());
    }

    void unknownLanguageIsRefusedWithTheChoices()
    {
        QString error;
        QVERIFY(!Translations::install(qApp, QStringLiteral("klingon"), &error));
        QVERIFY2(error.contains(QLatin1String("\"klingon\"")), qPrintable(error));
        for (const QString &c : Translations::available())
            QVERIFY2(error.contains(c), qPrintable(error));
    }

    void installedLanguageTranslatesOwnAndQtTexts()
    {
        QString error;
        QVERIFY2(Translations::install(qApp, QStringLiteral("de_DE"), &error), qPrintable(error));
        QCOMPARE(Translations::current(), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);

        // Our own catalogue: any finished message comes back translated through the installed
        // translator, exactly as tr() would return it.
        const TsFile de = readTs(tsPath(QStringLiteral("de")));
        QVERIFY(!de.messages.isEmpty());
        for (const TsMessage &m : de.messages) {
            if (m.numerus || m.forms.first() == m.source)
                continue;
            QCOMPARE(QCoreApplication::translate(
                         m.context.toUtf8(), m.source.toUtf8(),
                         m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData()),
                     m.forms.first());
            break;
        }

        // Qt's catalogue, so QCommandLineParser and the standard dialogs speak German too.
        const QString qtbase =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
        if (!QFile::exists(qtbase))
            QSKIP(qPrintable(qtbase + " is not installed (Debian: qt6-translations-l10n)"));
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
                 QStringLiteral("Zeigt Versionsinformation an."));
    }

    void switchingLanguageReplacesThePreviousOne()
    {
        QString error;
        QVERIFY(Translations::install(qApp, QStringLiteral("ja"), &error));
        QVERIFY(Translations::install(qApp, QStringLiteral("en"), &error));
        QCOMPARE(Translations::current(), QStringLiteral("en"));
        // English has no qtbase catalogue and ours holds only plurals: sources come back as-is.
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays version information."),
                 QStringLiteral("Displays version information."));
        const TsFile en = readTs(tsPath(QStringLiteral("en")));
        QVERIFY(!en.messages.isEmpty());
        const TsMessage &m = en.messages.first();
        const QString one =
            QCoreApplication::translate(m.context.toUtf8(), m.source.toUtf8(), nullptr, 1);
        const QString many =
            QCoreApplication::translate(m.context.toUtf8(), m.source.toUtf8(), nullptr, 3);
        QCOMPARE(one, QString(m.forms.first()).replace(QLatin1String("%n"), QLatin1String("1")));
        QCOMPARE(many, QString(m.forms.last()).replace(QLatin1String("%n"), QLatin1String("3")));
        QVERIFY(one != many);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
