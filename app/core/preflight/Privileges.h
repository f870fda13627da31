#pragma once

#include "model/ApiError.h"

#include <QString>

namespace clu {

// The Content Library privileges an upload needs, in vCenter's own terms, so a 403
// UNAUTHORIZED says which one the administrator has to grant (the API's error names none).
class Privileges
{
public:
    enum class Need {
        AddLibraryItem, // creating the item (--create-item, New item)
        UpdateFiles, // creating an update session on the item (§6: ContentLibrary.UpdateSession)
        ReadStorage, // PULL from ds:// or file:// (§7.1)
    };

    static QString
    label(Need need); // "Content library.Update files" (as the vSphere Client lists it)
    static QString id(Need need); // "ContentLibrary.UpdateSession"
    // For an UNAUTHORIZED error: "the account lacks the vCenter privilege ... on ...", with
    // the server's message; otherwise error.message() unchanged.
    static QString explain(const ApiError &error, Need need);
};

} // namespace clu
