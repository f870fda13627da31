#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace clu {

// The user interface language of cl-uploader and cl-uploader-cli.
//
// Both executables ship the same catalogues (compiled into clu-core under :/i18n, see
// translations/CMakeLists.txt) and choose the language the same way: `--lang CODE` when given,
// otherwise the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Qt's own catalogues
// (qtbase_*.qm) load too, so standard dialogs and command-line parser messages match.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    // Language codes with an embedded catalogue, sorted: "de", "en", "fr", "ja", "zh_CN".
    static QStringList available();

    // The value of "--lang CODE" or "--lang=CODE" in `arguments` (the program name first),
    // or an empty string. Read before QCommandLineParser runs, because the parser's own help
    // text must already be in the chosen language.
    static QString requestedLanguage(const QStringList &arguments);

    // The shipped code `requested` names ("de_DE" → "de", "zh-CN" → "zh_CN", "pt" → ""),
    // case-insensitively; empty when nothing shipped matches.
    static QString match(const QString &requested);

    // Installs the translators on the application. `requested` empty = system locale, falling
    // back to English (whose catalogue only supplies plural forms). A requested code that is not
    // shipped installs nothing, returns false and sets `*error`, naming the code and the choices.
    // Also makes the chosen locale the default for number and date formatting.
    static bool install(QCoreApplication *app, const QString &requested, QString *error);

    // The language install() chose last ("de", …), for tests and the About box.
    static QString current();
};

} // namespace clu
