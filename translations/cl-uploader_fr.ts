<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>the server reported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the address and port right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3; the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>Logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the login session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing item types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceling update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking update session %1 as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping update session %1 alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksumCalculator</name>
    <message>
        <source>Checksum of %1 canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 stalled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 to compute its checksum: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>unknown warning type &quot;%1&quot;; use SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE, NOT_YET_VALID_CERTIFICATE or UNTRUSTED_CERTIFICATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scriptable client for vCenter Content Library update sessions.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item name or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the item when it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of a created item: ovf, iso or file (default: from the file names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package warnings to ignore: all, or TYPE,TYPE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files sent at the same time (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum algorithm: sha256 (default), sha1, sha512, md5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is an option of &quot;upload&quot;, not of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one library name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session id and at least one warning type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload needs --library and --item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be ovf, iso or file, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type only applies with --create-item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 16, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checksum must be sha256, sha1, sha512 or md5, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
  libraries                 list content libraries
  items &lt;library&gt;           list the items of a library (name or id)
  sessions                  list your update sessions
  session &lt;id&gt;              show one update session and its files
  upload --library L --item I [--create-item] [--type ovf|iso|file]
         [--ignore-warnings all|TYPE,...] [--concurrency N]
         [--checksum sha256|sha1|sha512|md5] [--source-thumbprint SHA1] SOURCE...
                            upload files, an .ovf package or an .ova into an item;
                            an http(s):// SOURCE is fetched by vCenter itself
  ignore-warnings &lt;id&gt; TYPE...          ignore preview warnings of a session
  complete &lt;id&gt;             complete an update session
  cancel &lt;id&gt;               cancel an update session
  version                   print the version

Environment: CLU_URL, CLU_USERNAME, CLU_PASSWORD (or --password-stdin, or the
keychain entry user@host of service &quot;cl-uploader&quot;), CLU_THUMBPRINT (pin: SHA-256
or SHA-1 hex), CLU_INSECURE=1 (accept any server certificate).
Warning types: SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE,
NOT_YET_VALID_CERTIFICATE, UNTRUSTED_CERTIFICATE.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the certificate of the https:// sources vCenter fetches (40 hex digits, colons optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one file or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source-thumbprint must be a SHA-1 thumbprint (40 hex digits), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source-thumbprint only applies to https:// sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Start a local demo server (cl-simulator with seeded content) and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cl-simulator executable to use for --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: write PNG screenshots of the main window, the certificate tab and the upload dialog into this directory, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Library Uploader: upload OVF/OVA templates, ISOs and files into vCenter Content Libraries through update sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file to add has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; must not contain a path separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is to be pulled but has no source URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; needs source type PUSH or PULL (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has a negative size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item needs the id of the library it goes into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new item needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 64-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>no %1 has the id or name &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2s are named &quot;%3&quot; (ids %4); give the id instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding library &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvaReader</name>
    <message>
        <source>Cannot open the OVA %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVA %1 is damaged or not a tar archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVA %1 has no member named %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the OVA %2 is %3 bytes, larger than the %4 bytes allowed for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends after %2 of %3 bytes: the OVA is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvfDescriptor</name>
    <message>
        <source>a References/File element has an empty ovf:href</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; contains a path separator; only file names beside the descriptor are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; looks like a URL or drive path; only file names beside the descriptor are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OVF descriptor: the root element is not Envelope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvfManifest</name>
    <message>
        <source>%1 line %2 is not a manifest entry of the form &quot;SHA256(file)= digest&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OvfPackage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a certificate (%2) but no manifest (%3): a signature covers the manifest, so the package cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 references files that are not in the package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 is too large (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the OVF descriptor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for an OVF descriptor (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OVA %1 contains no .ovf descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest lists %1, which is not part of the package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Content Library Uploader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDecoding</name>
    <message>
        <source>the server&apos;s answer does not match the API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id (a non-empty JSON string)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (found &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a user name, for example administrator@vsphere.local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 nor a SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFileService</name>
    <message>
        <source>the connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no update session id was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustedCertificateService</name>
    <message>
        <source>Listing trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateSessionService</name>
    <message>
        <source>the connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session has no warning behavior for %1 after it was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session reports %1 as %2 after it was set to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview still shows warning %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client progress %1 is outside 0-100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadEngine</name>
    <message>
        <source>preparing files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the update session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the OVF descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the OVF preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a decision on warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaning up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadPreparer</name>
    <message>
        <source>No files to upload were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own (its referenced files are collected automatically); got %1 paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but %3 were expected (it changed while being read?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists %1, which is not part of the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not end in a file name; name the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a path separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OVF package: it cannot be assembled from a URL here; download it and upload the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own; it cannot be combined with files fetched from URLs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run &quot;cl-uploader-cli --help&quot; for the full usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::CertificateProbe</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host name; only https sources have a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 completed the TLS handshake without presenting a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the certificate of %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::CredentialStore</name>
    <message>
        <source>No password is saved in the system keychain for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). The password for %2 is kept in memory until the program exits and is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused to save the password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::FileUploadJob</name>
    <message>
        <source>upload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed size since it was added (%2 bytes, now %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data could be sent for %1 s (after %2 of %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke after %1 of %2 bytes were sent (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::RestClient</name>
    <message>
        <source>%1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); SHA-256 fingerprint %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer (HTTP %1) is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer has no {&quot;value&quot;: …} wrapper as /rest results must</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::SessionFileTransfer</name>
    <message>
        <source>add %1 to the update session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR right after adding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returned no upload_endpoint for a PUSH file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server still reports %1 long after all bytes were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session went to %1, so the file cannot be sent again in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); retrying in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server could not fetch the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported no progress for %1 s (%2 bytes fetched)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::TlsPolicy</name>
    <message>
        <source>&quot;%1&quot; is neither a SHA-256 nor a SHA-1 certificate fingerprint (expected 64 or 40 hex digits, colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::UploadEngine</name>
    <message>
        <source>upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no library item was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library item was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was canceled while %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item already has an active update session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item already has an active update session: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the update session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s): %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the session ended (%1); starting over in a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the session while waiting for the OVF preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait for the OVF preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session went to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session went to %1 while the OVF descriptor was checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview is still %1 after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not finish checking the OVF descriptor in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review the package signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings not ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signer was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has warnings that were not ignored (%1); the session was canceled before any disk was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package signature was rejected; the session was canceled before any disk was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ignore the package warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate the session files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports problems with the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the session after complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete the update session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session ended in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended in %1 after complete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session did not reach DONE in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; item content version %2, size %3 bytes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s); the item could not be read back: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The update session disappeared (expired or deleted by someone else): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::cli::CliContext</name>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTENT VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set CLU_URL and CLU_USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLU_URL and CLU_USERNAME must be set (e.g. CLU_URL=https://vcenter.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLU_URL &quot;%1&quot; is not an http(s) URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: CLU_INSECURE=1, the server certificate is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLU_THUMBPRINT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password: set CLU_PASSWORD, use --password-stdin, or store it in the keychain under %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n blocking warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  subject:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  issuer:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  self-signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  valid:       %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-1:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 [%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:            %1 (content version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client progress: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:           %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRANSFERRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning behavior updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 completed (state %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::cli::UploadCommand</name>
    <message>
        <source>Interrupted: canceling the update session (Ctrl-C again to quit at once)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library &quot;%1&quot; is a subscribed library; only local libraries accept uploads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (add --create-item to create it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created item &quot;%1&quot; (%2, type %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking files: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% %2 of %3, %4/s, ETA %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing session: %1 (see &quot;cl-uploader-cli session %1&quot;, or cancel it with &quot;cl-uploader-cli cancel %1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sent without a certificate thumbprint: vCenter must already trust its certificate (see --source-thumbprint).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateDetailsWidget</name>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;chain (signer first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the certificate chain as PEM text you can copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this certificate to the server&apos;s trusted certificates, so packages it signs are no longer reported as untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opaque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: the validity period has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid: the validity period has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (nobody else vouches for it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (issued by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateTrustDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not trusted by this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare the SHA-256 fingerprint below with the one your vCenter administrator gave you before you trust it. If they differ, somebody may be intercepting the connection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this certificate until the application quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this certificate&apos;s fingerprint in the server profile; any other certificate from this server will be refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateWarningsTab</name>
    <message>
        <source>Preview is being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the Ignore choices to the server (PATCH warning_behavior) and read back what it now reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload waits for your decision before sending the disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore the ticked warnings and send the remaining files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the upload session; nothing more is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: none reported yet (no OVF descriptor in this session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: only reported while a session is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: unavailable — add the OVF descriptor to see its signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: preparing — the OVF descriptor is still being received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: available — the package is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: available — the package is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: not applicable — no metadata file in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick Ignore for every warning to continue, or reject the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still block Complete. Tick Ignore and press Apply to accept them, or reject the package.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n warning(s) are ignored on the server; they no longer block Complete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PATCH warning_behavior: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server now reports: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the change but reports something else: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the certificate of &quot;%1&quot; (SHA-256 %2) to the server&apos;s trusted certificates? Packages it signs will then no longer be reported as untrusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer was added to the server&apos;s trusted certificates (id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the signer to the trusted certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::DemoServer</name>
    <message>
        <source>The demo server did not report its address within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs cl-simulator, which was found neither next to cl-uploader, nor in ../simulator/, nor on PATH. Build the cl-simulator target or install the full package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a data directory for the demo server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::LibraryTreeModel</name>
    <message>
        <source>%1 (subscribed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is subscribed to another library: its content is synced from the publisher and cannot be uploaded to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::MainWindow</name>
    <message>
        <source>Content Library Uploader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned the certificate of %1 in profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the selected vCenter server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or delete server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload libraries and update sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload files into a library item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the selected update session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected update session and discard its uploaded data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selected update session before it expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected finished update session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vCenter server to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Content Library Uploader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Update sessions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sessions in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by item, library or session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;&amp; &amp;warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter libraries and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed libraries cannot be uploaded to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API flavor the server speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall upload rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploads are still running. Quit and cancel them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Content Library Uploader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;Uploads templates, ISO images and files into vCenter Content Libraries through update sessions, with certificate review and live progress.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content Library Uploader — Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n warning(s) are not ignored. Review them on the Certificate &amp; warnings tab.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not complete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the update session of %1? Data uploaded so far is discarded and the item stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep-alive failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 was kept alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record of the update session of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a server before starting an upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting upload of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the certificate and warnings of %1 before the disks are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another update session (%1) is already open on this item. Open that session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password saved for %1; enter the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is now in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is kept in memory until the program ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::NewUploadDialog</name>
    <message>
        <source>New upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Existing item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;item named:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected from the files: ovf for .ovf/.ova, iso for .iso, else file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain files, e.g. ISO images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVF/OV&amp;A package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One .ovf (its disks, .mf and .cert are collected) or one .ova</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in checksum_info; the server verifies each file with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. &amp;Checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVF or OVA package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVF packages (*.ovf *.ova)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor references files that are not there: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed package: the certificate review opens before the disks are sent if the server reports warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OVF package: upload it on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local library to upload to (subscribed libraries cannot be uploaded to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the files to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the item to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file vCenter fetches itself from an http(s) URL; the source&apos;s certificate thumbprint is shown for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2, certificate thumbprint %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an OVF package: vCenter cannot assemble a package from a URL here; download it and upload it as a package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OVF package is uploaded on its own; remove the URL sources or the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved once the server has accepted it; never in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory until the program ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::PinMismatchDialog</name>
    <message>
        <source>Server certificate changed — connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one pinned in this profile. The connection was refused.

Pinned fingerprint:
%2

Presented fingerprint:
%3

If the vCenter certificate was renewed on purpose, verify the new fingerprint with its administrator and update the pin in Server profiles. Otherwise somebody may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://vcenter.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example administrator@vsphere.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned &amp;thumbprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 or SHA-1 fingerprint of the server certificate; only that certificate will be accepted. Leave empty to use the system&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain when &quot;Remember&quot; is ticked, never in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 (40 hex digits) nor a SHA-256 (64 hex digits) fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved; the password is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is unavailable; the password is kept in memory until the application quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved. You will be asked for the password when connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved. The password is kept in memory until the application quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::ServerConnection</name>
    <message>
        <source>%1 refused the user name or password. Check them in Server profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused). Is the address and port right and the vCenter running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the pinned one; the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionFilesTab</name>
    <message>
        <source>Session files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload local files into this session (SHA-256 checksum sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the server fetch a file from an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file from the item when the session completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected failed file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server which files are missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not yet verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the SHA-256 checksum of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 (%2 bytes, SHA-256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added (server fetches it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the item when this session completes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation passed: no missing or invalid files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation found problems. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL, certificate thumbprint %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionInfoTab</name>
    <message>
        <source>Session ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content version at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning behavior:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this client did to the session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) blocking</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer progress of this client&apos;s upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress reported by the uploading client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::UploadController</name>
    <message numerus="yes">
        <source>The preview reports %n warning(s); waiting for the review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Update session created for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the item &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload could not start: another upload is running or the request is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: continue, ignoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: package rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::UrlSourceDialog</name>
    <message>
        <source>Add from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCenter fetches the file from this http:// or https:// URL itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the source and show the certificate it presents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name in the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;compared this thumbprint with the one the source&apos;s owner published; vCenter may fetch from this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the certificate of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL vCenter should fetch the file from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http: the file travels unencrypted and the source is not authenticated; the checksum vCenter computes is the only check. No thumbprint is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the source&apos;s certificate to confirm its thumbprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 thumbprint vCenter will require: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer trusts the certificate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the thumbprint to add the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file (the URL&apos;s path does not end in a file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clu::gui::WarningListWidget</name>
    <message>
        <source>Certificate warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to let Complete succeed despite this warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
