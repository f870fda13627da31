#include "demo/ScreenshotTour.h"

#include "GuiLogging.h"
#include "MainWindow.h"
#include "connection/ServerConnection.h"
#include "i18n/Translations.h"
#include "review/CertificateWarningsTab.h"
#include "sessions/SessionTableModel.h"
#include "uploads/NewUploadDialog.h"
#include "uploads/UrlSourceDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

namespace clu::gui {

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{ }

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    // The size the README describes and TestCertificateTabLayout checks, whatever was saved.
    m_window->resize(1200, 760);
    connect(m_window, &MainWindow::sessionsRefreshed, this, [this] {
        if (m_started || m_window->sessionModel()->rowCount() == 0)
            return;
        m_started = true;
        // Let item names, file counts and icons settle before taking pictures.
        QTimer::singleShot(1500, this, &ScreenshotTour::shoot);
    });
    // Give up rather than hang a script forever.
    QTimer::singleShot(90000, this, [this] {
        if (!m_started) {
            qCWarning(lcGui) << "screenshots: no sessions were listed within 90 s";
            emit finished(false);
        }
    });
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name);
    const bool ok = widget->grab().save(path, "PNG");
    qCInfo(lcGui) << "screenshot" << path << (ok ? "written" : "FAILED");
    m_ok = m_ok && ok;
    return ok;
}

void ScreenshotTour::shoot()
{
    SessionTableModel *model = m_window->sessionModel();
    // Prefer the session whose preview shows a signer with the most warnings (the fullest
    // Certificate & warnings tab); else an active one; else the first.
    QString withCert, active;
    qsizetype mostWarnings = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const SessionRow *row = model->rowData(r);
        const auto &preview = row->session.previewInfo;
        if (preview && preview->certificateInfo && preview->warnings.size() > mostWarnings) {
            withCert = row->session.id;
            mostWarnings = preview->warnings.size();
        }
        if (row->session.state == SessionState::Active && active.isEmpty())
            active = row->session.id;
    }
    const QString pick = !withCert.isEmpty() ? withCert
        : !active.isEmpty()                  ? active
                                             : model->rowData(0)->session.id;
    m_window->selectSession(pick);
    m_window->detailsTabs()->setCurrentIndex(0);
    QTimer::singleShot(1500, this, [this] {
        const QString lang = Translations::current();
        const bool english = lang.isEmpty() || lang == QLatin1String("en");
        if (english)
            save(m_window, QStringLiteral("main-window.png"));
        m_window->detailsTabs()->setCurrentWidget(m_window->certificateTab());
        // Reviewing a package, one drags the details pane up (the sessions table keeps 40 %):
        // the picture shows the warnings and the signer, not only the blocking count.
        auto *split = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        const QList<int> sizes = split ? split->sizes() : QList<int>();
        if (sizes.size() == 2) {
            const int total = sizes.at(0) + sizes.at(1);
            split->setSizes({ total * 2 / 5, total - total * 2 / 5 });
        }
        QTimer::singleShot(500, this, [this, english, lang, split, sizes] {
            save(m_window,
                 QStringLiteral("certificate-tab-%1.png")
                     .arg(english ? QStringLiteral("en") : lang));
            if (split && sizes.size() == 2)
                split->setSizes(sizes);
            // The other pictures are the English README's; another language adds only its
            // certificate tab (the layout that has to hold for every language).
            if (!english) {
                emit finished(m_ok);
                return;
            }
            // A file to show in the dialog, the way a drag and drop would prefill it.
            m_files = std::make_unique<QTemporaryDir>();
            QString sample;
            if (m_files->isValid()) {
                sample = m_files->filePath(QStringLiteral("ubuntu-24.04.1-live-server-amd64.iso"));
                QFile f(sample);
                if (f.open(QIODevice::WriteOnly))
                    f.resize(3 * 1024 * 1024);
            }
            m_window->openNewUpload(sample.isEmpty() ? QStringList() : QStringList { sample });
            QTimer::singleShot(700, this, [this] {
                auto *dialog = m_window->findChild<NewUploadDialog *>();
                if (dialog) {
                    save(dialog, QStringLiteral("upload-dialog.png"));
                    dialog->reject();
                } else {
                    m_ok = false;
                }
                shootUrlSource();
            });
        });
    });
}

void ScreenshotTour::shootUrlSource()
{
    // The demo server is an https server with a self-signed certificate, which is just what a
    // typical internal PULL source looks like.
    auto *dialog = new UrlSourceDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QUrl url = m_window->connection()->profile().url;
    url.setPath(QStringLiteral("/images/virtio-win-0.1.262.iso"));
    connect(dialog, &UrlSourceDialog::certificateChecked, this, [this, dialog] {
        if (auto *confirm =
                dialog->findChild<QCheckBox *>(QStringLiteral("confirmThumbprintCheck")))
            confirm->setChecked(true);
        QTimer::singleShot(300, this, [this, dialog] {
            save(dialog, QStringLiteral("url-source-dialog.png"));
            dialog->close();
            emit finished(m_ok);
        });
    });
    dialog->show();
    dialog->setUrl(url.toString());
}

} // namespace clu::gui
