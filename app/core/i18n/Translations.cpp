#include "Translations.h"

#include "Logging.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace clu {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
const QString kCatalogue = QStringLiteral("cl-uploader");
QString g_current;
// The translators install() put in place, removed again when it runs a second time (tests, or a
// future language switch at run time) so an earlier language cannot shadow the new one.
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;

void removePrevious()
{
    for (QPointer<QTranslator> *t : { &g_own, &g_qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
}

QString normalized(QString code)
{
    return code.trimmed().replace(QLatin1Char('-'), QLatin1Char('_'));
}
} // namespace

QStringList Translations::available()
{
    QStringList codes;
    const QString prefix = kCatalogue + QLatin1Char('_');
    const QStringList files =
        QDir(kResourceDir).entryList({ prefix + QStringLiteral("*.qm") }, QDir::Files);
    for (const QString &f : files)
        codes << f.mid(prefix.size(), f.size() - prefix.size() - 3);
    codes.sort();
    return codes;
}

QString Translations::requestedLanguage(const QStringList &arguments)
{
    const QString flag = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == flag)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (a.startsWith(flag + QLatin1Char('=')))
            return a.mid(flag.size() + 1);
    }
    return {};
}

QString Translations::match(const QString &requested)
{
    const QString want = normalized(requested);
    if (want.isEmpty())
        return {};
    const QStringList codes = available();
    // Exact first (zh_CN), then the language alone (de_AT → de, zh_TW is not zh_CN).
    for (const QString &c : codes) {
        if (c.compare(want, Qt::CaseInsensitive) == 0)
            return c;
    }
    const QString language = want.section(QLatin1Char('_'), 0, 0);
    for (const QString &c : codes) {
        if (c.compare(language, Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}

bool Translations::install(QCoreApplication *app, const QString &requested, QString *error)
{
    QString code;
    if (!requested.trimmed().isEmpty()) {
        code = match(requested);
        if (code.isEmpty()) {
            if (error) {
                *error = tr("The language \"%1\" is not available; choose one of: %2.")
                             .arg(requested, available().join(QStringLiteral(", ")));
            }
            return false;
        }
    } else {
        // uiLanguages() is the user's ordered preference list (LANGUAGE=fr:de gives fr, then de).
        const QStringList preferred = QLocale::system().uiLanguages();
        for (const QString &p : preferred) {
            code = match(p);
            if (!code.isEmpty())
                break;
        }
        if (code.isEmpty())
            code = QStringLiteral("en");
    }

    removePrevious();
    const QLocale locale(code);
    QLocale::setDefault(locale);

    auto *own = new QTranslator(app);
    if (own->load(kCatalogue + QLatin1Char('_') + code, kResourceDir)) {
        QCoreApplication::installTranslator(own);
        g_own = own;
    } else {
        // Cannot happen with a correct build (TestTranslations checks every catalogue is embedded).
        qCWarning(lcI18n) << "translation catalogue for" << code << "is missing from the resources";
        delete own;
    }

    // Qt's catalogues come from the Qt installation (Debian: qt6-translations-l10n). English has
    // none, and their absence only leaves standard buttons in English, so it is not an error.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qt = new QTranslator(app);
    if (code != QLatin1String("en")
        && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        if (code != QLatin1String("en"))
            qCInfo(lcI18n) << "no Qt translation for" << code << "in" << qtDir;
        delete qt;
    }
    g_current = code;
    qCDebug(lcI18n) << "user interface language" << code;
    return true;
}

QString Translations::current()
{
    return g_current;
}

} // namespace clu
