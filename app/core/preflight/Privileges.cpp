#include "Privileges.h"

#include <QCoreApplication>

namespace clu {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Privileges)
};
} // namespace

QString Privileges::label(Need need)
{
    // vCenter's privilege names are not translated by the vSphere Client's English catalogue
    // we quote; keep them verbatim so an administrator can search for them.
    switch (need) {
    case Need::AddLibraryItem:
        return QStringLiteral("Content library.Add library item");
    case Need::UpdateFiles:
        return QStringLiteral("Content library.Update files");
    case Need::ReadStorage:
        return QStringLiteral("Content library.Read storage");
    }
    return {};
}

QString Privileges::id(Need need)
{
    switch (need) {
    case Need::AddLibraryItem:
        return QStringLiteral("ContentLibrary.AddLibraryItem");
    case Need::UpdateFiles:
        return QStringLiteral("ContentLibrary.UpdateSession");
    case Need::ReadStorage:
        return QStringLiteral("ContentLibrary.ReadStorage");
    }
    return {};
}

QString Privileges::explain(const ApiError &error, Need need)
{
    if (!error.is(ErrorType::Unauthorized))
        return error.message();
    const QString where = need == Need::AddLibraryItem ? Tr::tr("on the library")
        : need == Need::UpdateFiles                    ? Tr::tr("on the library item")
                                                       : Tr::tr("on the source datastore");
    return Tr::tr("the account lacks the vCenter privilege \"%1\" (%2) %3 (server: %4)")
        .arg(label(need), id(need), where, error.message());
}

} // namespace clu
