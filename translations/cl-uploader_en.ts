<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LibraryService</name>
    <message numerus="yes">
        <source>%n libraries are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>%n library is named &quot;%1&quot; (ids %2); give the id instead</numerusform>
            <numerusform>%n libraries are named &quot;%1&quot; (ids %2); give the id instead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>%n item is named &quot;%1&quot; (ids %2); give the id instead</numerusform>
            <numerusform>%n items are named &quot;%1&quot; (ids %2); give the id instead</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestLint</name>
    <message numerus="yes">
        <source>%n well-formed entries, spaced as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), which vCenter reads</source>
        <translation>
            <numerusform>%n well-formed entry, spaced as VirtualBox writes it (&quot;SHA256 (file) = digest&quot;), which vCenter reads</numerusform>
            <numerusform>%n well-formed entries, spaced as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), which vCenter reads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries</source>
        <translation>
            <numerusform>%n well-formed entry</numerusform>
            <numerusform>%n well-formed entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message numerus="yes">
        <source>%n file(s) present and readable; not an OVF package, so nothing else is checked</source>
        <translation>
            <numerusform>%n file present and readable; not an OVF package, so nothing else is checked</numerusform>
            <numerusform>%n files present and readable; not an OVF package, so nothing else is checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have the size their ovf:size declares</source>
        <translation>
            <numerusform>%n file has the size its ovf:size declares</numerusform>
            <numerusform>%n files have the size their ovf:size declares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: a well-formed OVF descriptor, %n file(s) in the package</source>
        <translation>
            <numerusform>%1: a well-formed OVF descriptor, %n file in the package</numerusform>
            <numerusform>%1: a well-formed OVF descriptor, %n files in the package</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed (%n check(s), %1 allowed).</source>
        <translation>
            <numerusform>Preflight: passed (%n check, %1 allowed).</numerusform>
            <numerusform>Preflight: passed (%n checks, %1 allowed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadEngine</name>
    <message numerus="yes">
        <source>Uploaded %n file(s); the item could not be read back: %1</source>
        <translation>
            <numerusform>Uploaded %n file; the item could not be read back: %1</numerusform>
            <numerusform>Uploaded %n files; the item could not be read back: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; the server reports no content version for the item.</source>
        <translation>
            <numerusform>Uploaded %n file, %1 bytes; the server reports no content version for the item.</numerusform>
            <numerusform>Uploaded %n files, %1 bytes; the server reports no content version for the item.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; item content version %2, size %3 bytes.</source>
        <translation>
            <numerusform>Uploaded %n file, %1 bytes; item content version %2, size %3 bytes.</numerusform>
            <numerusform>Uploaded %n files, %1 bytes; item content version %2, size %3 bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadPreparer</name>
    <message numerus="yes">
        <source>%1 is split into %n chunk(s) (ovf:chunkSize); each chunk is uploaded as its own file: %2.</source>
        <translation>
            <numerusform>%1 is split into %n chunk (ovf:chunkSize); each chunk is uploaded as its own file: %2.</numerusform>
            <numerusform>%1 is split into %n chunks (ovf:chunkSize); each chunk is uploaded as its own file: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::SessionCleanup</name>
    <message numerus="yes">
        <source>%1 (%n tries): %2</source>
        <translation>
            <numerusform>%1 (%n try): %2</numerusform>
            <numerusform>%1 (%n tries): %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::UploadEngine</name>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 could not be uploaded after %n attempt: %2</numerusform>
            <numerusform>%1 could not be uploaded after %n attempts: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s) in %2 sessions: %3</source>
        <translation>
            <numerusform>%1 could not be uploaded after %n attempt in %2 sessions: %3</numerusform>
            <numerusform>%1 could not be uploaded after %n attempts in %2 sessions: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::cli::CliContext</name>
    <message numerus="yes">
        <source>%1, %n blocking warning(s)</source>
        <translation>
            <numerusform>%1, %n blocking warning</numerusform>
            <numerusform>%1, %n blocking warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateWarningsTab</name>
    <message numerus="yes">
        <source>%n warning(s) still block Complete. Tick Ignore and press Apply to accept them, or reject the package.</source>
        <translation>
            <numerusform>%n warning still blocks Complete. Tick Ignore and press Apply to accept it, or reject the package.</numerusform>
            <numerusform>%n warnings still block Complete. Tick Ignore and press Apply to accept them, or reject the package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n warning(s) are ignored on the server; they no longer block Complete.</source>
        <translation>
            <numerusform>The warning is ignored on the server; it no longer blocks Complete.</numerusform>
            <numerusform>All %n warnings are ignored on the server; they no longer block Complete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::MainWindow</name>
    <message numerus="yes">
        <source>Blocked: %n warning(s) are not ignored. Review them on the Certificate &amp; warnings tab.</source>
        <translation>
            <numerusform>Blocked: %n warning is not ignored. Review it on the Certificate &amp; warnings tab.</numerusform>
            <numerusform>Blocked: %n warnings are not ignored. Review them on the Certificate &amp; warnings tab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::PreflightChecklist</name>
    <message numerus="yes">
        <source>Preflight: %n check(s) failed; vCenter would refuse this upload.</source>
        <translation>
            <numerusform>Preflight: %n check failed; vCenter would refuse this upload.</numerusform>
            <numerusform>Preflight: %n checks failed; vCenter would refuse this upload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed with %n warning(s).</source>
        <translation>
            <numerusform>Preflight: passed with %n warning.</numerusform>
            <numerusform>Preflight: passed with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: all %n check(s) passed.</source>
        <translation>
            <numerusform>Preflight: the %n check passed.</numerusform>
            <numerusform>Preflight: all %n checks passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionTableModel</name>
    <message numerus="yes">
        <source>%1, %n warning(s) ignored</source>
        <translation>
            <numerusform>%1, %n warning ignored</numerusform>
            <numerusform>%1, %n warnings ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) blocking</source>
        <translation>
            <numerusform>%1, %n warning blocking</numerusform>
            <numerusform>%1, %n warnings blocking</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::UploadController</name>
    <message numerus="yes">
        <source>The preview reports %n warning(s); waiting for the review.</source>
        <translation>
            <numerusform>The preview reports %n warning; waiting for the review.</numerusform>
            <numerusform>The preview reports %n warnings; waiting for the review.</numerusform>
        </translation>
    </message>
</context>
</TS>
