#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace clu::test {

// Keeps a test's QSettings (profiles, window state) in `home`, away from the user's.
inline void isolateSettings(const QTemporaryDir &home, const QString &testName)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    QCoreApplication::setOrganizationName(QStringLiteral("cl-uploader-test"));
    QCoreApplication::setApplicationName(testName);
}

// Answers the next modal dialog of type T that opens (polling, so it also works inside nested
// event loops such as QDialog::exec() or a TLS handshake's decision handler). `act` gets the
// dialog and must close it.
template<typename T>
void whenModalOpens(QObject *context, std::function<void(T *)> act, int timeoutMs = 60000)
{
    auto *timer = new QTimer(context);
    auto remaining = std::make_shared<int>(timeoutMs / 50);
    QObject::connect(timer, &QTimer::timeout, context, [timer, act, remaining] {
        if (--*remaining < 0) {
            timer->deleteLater();
            return;
        }
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
    });
    timer->start(50);
}

// Clicks `button` in the next QMessageBox that opens modally.
inline void answerNextMessageBox(QObject *context, QMessageBox::StandardButton button)
{
    whenModalOpens<QMessageBox>(context, [button](QMessageBox *box) {
        if (QAbstractButton *b = box->button(button))
            b->click();
        else
            box->reject();
    });
}

} // namespace clu::test
