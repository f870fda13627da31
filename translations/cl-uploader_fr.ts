<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>the server reported %1</source>
        <translation>le serveur a signalé %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>le serveur a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the address and port right?)</source>
        <translation>la connexion à %1 a été refusée (l&apos;adresse et le port sont-ils corrects ?)</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>pas de réponse de %1 dans le délai imparti</translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3; the connection was refused</source>
        <translation>%1 a présenté un certificat d&apos;empreinte %2, mais l&apos;empreinte épinglée est %3 ; la connexion a été refusée</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed</source>
        <translation>la connexion TLS à %1 a échoué</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;opération « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>Logging in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>Refreshing the login session</source>
        <translation>actualisation de la session de connexion</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>déconnexion</translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation>liste des bibliothèques</translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation>lecture de la bibliothèque %1</translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation>recherche des bibliothèques</translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation>liste des éléments de la bibliothèque %1</translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation>lecture de l&apos;élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation>recherche des éléments de bibliothèque</translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation>création de l&apos;élément de bibliothèque « %1 »</translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation>suppression de l&apos;élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation>liste des fichiers de l&apos;élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation>lecture du fichier « %1 » de l&apos;élément de bibliothèque %2</translation>
    </message>
    <message>
        <source>Listing item types</source>
        <translation>liste des types d&apos;élément</translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation>liste des banques de données</translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation>création d&apos;une session de mise à jour pour l&apos;élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation>liste des sessions de mise à jour</translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation>lecture de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation>modification du comportement des avertissements de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Deleting update session %1</source>
        <translation>suppression de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Completing update session %1</source>
        <translation>finalisation de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Canceling update session %1</source>
        <translation>annulation de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Marking update session %1 as failed</source>
        <translation>marquage de la session de mise à jour %1 comme échouée</translation>
    </message>
    <message>
        <source>Keeping update session %1 alive</source>
        <translation>maintien de la session de mise à jour %1 active</translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation>ajout du fichier « %1 » à la session de mise à jour %2</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation>lecture du fichier « %1 » de la session de mise à jour %2</translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation>liste des fichiers de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation>retrait du fichier « %1 » de la session de mise à jour %2</translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation>validation des fichiers de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Listing trusted certificates</source>
        <translation>liste des certificats approuvés</translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation>lecture du certificat approuvé %1</translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation>ajout d&apos;un certificat approuvé</translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation>retrait du certificat approuvé %1</translation>
    </message>
</context>
<context>
    <name>BlockReader</name>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>aucune donnée reçue depuis %1 s</translation>
    </message>
</context>
<context>
    <name>ChecksumCalculator</name>
    <message>
        <source>Checksum of %1 canceled.</source>
        <translation>Calcul de la somme de contrôle de %1 annulé.</translation>
    </message>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>Impossible de lire %1 pour calculer sa somme de contrôle : %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to compute its checksum: %2</source>
        <translation>Impossible d&apos;ouvrir %1 pour calculer sa somme de contrôle : %2</translation>
    </message>
    <message>
        <source>Cannot compute the checksum of %1: %2</source>
        <translation>Impossible de calculer la somme de contrôle de %1 : %2</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>unknown warning type &quot;%1&quot;; use SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE, NOT_YET_VALID_CERTIFICATE or UNTRUSTED_CERTIFICATE</source>
        <translation>type d&apos;avertissement inconnu « %1 » ; utilisez SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE, NOT_YET_VALID_CERTIFICATE ou UNTRUSTED_CERTIFICATE</translation>
    </message>
    <message>
        <source>Scriptable client for vCenter Content Library update sessions.

%1</source>
        <translation>Client scriptable pour les sessions de mise à jour des bibliothèques de contenu vCenter.

%1</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Sortie JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Library name or id.</source>
        <translation>Nom ou ID de la bibliothèque.</translation>
    </message>
    <message>
        <source>library</source>
        <translation>library</translation>
    </message>
    <message>
        <source>Item name or id.</source>
        <translation>Nom ou ID de l&apos;élément.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Create the item when it does not exist.</source>
        <translation>Créer l&apos;élément s&apos;il n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Type of a created item: ovf, iso or file (default: from the file names).</source>
        <translation>Type d&apos;un élément créé : ovf, iso ou file (par défaut : d&apos;après les noms de fichier).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Package warnings to ignore: all, or TYPE,TYPE...</source>
        <translation>Avertissements du package à ignorer : all, ou TYPE,TYPE...</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>Files sent at the same time (default 2).</source>
        <translation>Fichiers envoyés simultanément (2 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Checksum algorithm: sha256 (default), sha1, sha512, md5.</source>
        <translation>Algorithme de somme de contrôle : sha256 (par défaut), sha1, sha512, md5.</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithm</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>Arguments de la commande.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>aucune commande indiquée.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>--%1 is an option of &quot;upload&quot;, not of &quot;%2&quot;.</source>
        <translation>--%1 est une option de « upload », pas de « %2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects %2.</source>
        <translation>« %1 » attend %2.</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>aucun argument</translation>
    </message>
    <message>
        <source>one library name or id</source>
        <translation>un nom ou ID de bibliothèque</translation>
    </message>
    <message>
        <source>one session id</source>
        <translation>un ID de session</translation>
    </message>
    <message>
        <source>a session id and at least one warning type</source>
        <translation>un ID de session et au moins un type d&apos;avertissement</translation>
    </message>
    <message>
        <source>upload needs --library and --item.</source>
        <translation>upload nécessite --library et --item.</translation>
    </message>
    <message>
        <source>--type must be ovf, iso or file, not &quot;%1&quot;.</source>
        <translation>--type doit être ovf, iso ou file, pas « %1 ».</translation>
    </message>
    <message>
        <source>--type only applies with --create-item.</source>
        <translation>--type ne s&apos;applique qu&apos;avec --create-item.</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 16, not &quot;%1&quot;.</source>
        <translation>--concurrency doit être un nombre de 1 à 16, pas « %1 ».</translation>
    </message>
    <message>
        <source>--checksum must be sha256, sha1, sha512 or md5, not &quot;%1&quot;.</source>
        <translation>--checksum doit être sha256, sha1, sha512 ou md5, pas « %1 ».</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the certificate of the https:// sources vCenter fetches (40 hex digits, colons optional).</source>
        <translation>Empreinte numérique SHA-1 du certificat des sources https:// que vCenter récupère (40 chiffres hexadécimaux, deux-points facultatifs).</translation>
    </message>
    <message>
        <source>sha1</source>
        <translation>sha1</translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation>Langue de l&apos;interface : %1. Par défaut : la langue du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>at least one file or URL</source>
        <translation>au moins un fichier ou une URL</translation>
    </message>
    <message>
        <source>--source-thumbprint must be a SHA-1 thumbprint (40 hex digits), not &quot;%1&quot;.</source>
        <translation>--source-thumbprint doit être une empreinte numérique SHA-1 (40 chiffres hexadécimaux), pas « %1 ».</translation>
    </message>
    <message>
        <source>--source-thumbprint only applies to https:// sources.</source>
        <translation>--source-thumbprint ne s&apos;applique qu&apos;aux sources https://.</translation>
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
  preflight [--allow-preflight-warnings] [--library L --item I] SOURCE...
                            check files or a package locally, as an upload does
                            before it creates a session; with --library and
                            --item also whether you may update that item
  ignore-warnings &lt;id&gt; TYPE...          ignore preview warnings of a session
  complete &lt;id&gt;             complete an update session
  cancel &lt;id&gt;               cancel an update session
  version                   print the version

Environment: CLU_URL, CLU_USERNAME, CLU_PASSWORD (or --password-stdin, or the
keychain entry user@host of service &quot;cl-uploader&quot;), CLU_THUMBPRINT (pin: SHA-256
or SHA-1 hex), CLU_INSECURE=1 (accept any server certificate),
CLU_ALLOW_HTTP=1 (allow plain http://, lab only), CLU_UPLOAD_HOSTS=h1,h2 (other
hosts that may receive uploads), CLU_MAX_RESPONSE_MIB (32), CLU_CALL_DEADLINE_SECONDS
(120), CLU_PARALLEL_GETS (12).
Warning types: SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE,
NOT_YET_VALID_CERTIFICATE, UNTRUSTED_CERTIFICATE.
</source>
        <translation>Commandes :
  libraries                 lister les bibliothèques de contenu
  items &lt;library&gt;           lister les éléments d&apos;une bibliothèque (nom ou ID)
  sessions                  lister vos sessions de mise à jour
  session &lt;id&gt;              afficher une session de mise à jour et ses fichiers
  upload --library L --item I [--create-item] [--type ovf|iso|file]
         [--ignore-warnings all|TYPE,...] [--concurrency N]
         [--checksum sha256|sha1|sha512|md5] [--source-thumbprint SHA1] SOURCE...
                            téléverser des fichiers, un package .ovf ou un .ova dans un élément ;
                            une SOURCE http(s):// est récupérée par vCenter lui-même
  preflight [--allow-preflight-warnings] [--library L --item I] SOURCE...
                            vérifier localement des fichiers ou un package, comme le fait
                            un téléversement avant de créer une session ; avec --library
                            et --item, vérifier aussi si vous pouvez mettre à jour cet élément
  ignore-warnings &lt;id&gt; TYPE...          ignorer des avertissements d&apos;aperçu d&apos;une session
  complete &lt;id&gt;             terminer une session de mise à jour
  cancel &lt;id&gt;               annuler une session de mise à jour
  version                   afficher la version

Environnement : CLU_URL, CLU_USERNAME, CLU_PASSWORD (ou --password-stdin, ou
l&apos;entrée de trousseau user@host du service « cl-uploader »), CLU_THUMBPRINT
(épinglage : SHA-256 ou SHA-1 hexadécimal), CLU_INSECURE=1 (accepter tout certificat),
CLU_ALLOW_HTTP=1 (autoriser http:// non chiffré, environnement de test uniquement),
CLU_UPLOAD_HOSTS=h1,h2 (autres hôtes autorisés à recevoir les téléversements),
CLU_MAX_RESPONSE_MIB (32), CLU_CALL_DEADLINE_SECONDS (120), CLU_PARALLEL_GETS (12).
Types d&apos;avertissement : SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE,
NOT_YET_VALID_CERTIFICATE, UNTRUSTED_CERTIFICATE.
</translation>
    </message>
    <message>
        <source>Let preflight warnings pass (upload, preflight); failures still stop an upload.</source>
        <translation>Laisser passer les avertissements de la vérification préalable (upload, preflight) ; les échecs arrêtent toujours un téléversement.</translation>
    </message>
    <message>
        <source>--allow-preflight-warnings is an option of &quot;upload&quot; and &quot;preflight&quot;, not of &quot;%1&quot;.</source>
        <translation>--allow-preflight-warnings est une option de « upload » et « preflight », pas de « %1 ».</translation>
    </message>
    <message>
        <source>at least one file, or one .ovf or .ova</source>
        <translation>au moins un fichier, ou un .ovf ou un .ova</translation>
    </message>
    <message>
        <source>preflight checks privileges with both --library and --item, or neither.</source>
        <translation>preflight vérifie les privilèges avec --library et --item ensemble ; indiquez les deux ou aucun.</translation>
    </message>
</context>
<context>
    <name>ContentRejection</name>
    <message>
        <source>the server computed another checksum for %1 (%2) than the one sent (%3)</source>
        <translation>le serveur a calculé pour %1 une autre somme de contrôle (%2) que celle envoyée (%3)</translation>
    </message>
    <message>
        <source>the server received all %1 bytes of %2 and refused them, so their checksum did not match</source>
        <translation>le serveur a reçu les %1 octets de %2 et les a refusés : leur somme de contrôle ne correspondait donc pas</translation>
    </message>
    <message>
        <source>the server reported %1</source>
        <translation>le serveur a signalé %1</translation>
    </message>
    <message>
        <source>the server&apos;s message speaks of a checksum: %1</source>
        <translation>le message du serveur évoque une somme de contrôle : %1</translation>
    </message>
</context>
<context>
    <name>CurlPut</name>
    <message>
        <source>the source ended after %1 of %2 bytes</source>
        <translation>la source s’est terminée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n’a pas pu démarrer de transfert</translation>
    </message>
    <message>
        <source>this build&apos;s libcurl cannot let the TLS policy check certificates (it needs libcurl with the OpenSSL backend: %1)</source>
        <translation>la libcurl de cette version ne permet pas à la politique TLS de vérifier les certificats (il faut libcurl avec le backend OpenSSL : %1)</translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation>le transfert a été annulé</translation>
    </message>
    <message>
        <source>the server&apos;s answer is %1 bytes (Content-Length), more than the limit of %2; it was not read</source>
        <translation>la réponse du serveur fait %1 octets (Content-Length), plus que la limite de %2 ; elle n’a pas été lue</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the upload is more than %1 bytes; the rest was not read</source>
        <translation>la réponse du serveur au téléversement dépasse %1 octets ; le reste n’a pas été lu</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused</source>
        <translation>le certificat de %1 a été refusé</translation>
    </message>
    <message>
        <source>the server sent no HTTP answer</source>
        <translation>le serveur n’a envoyé aucune réponse HTTP</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 before the whole body was sent</source>
        <translation>le serveur a répondu HTTP %1 avant que tout le contenu soit envoyé</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 and closed the connection</source>
        <translation>le serveur a répondu HTTP %1 et fermé la connexion</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>no reason given</source>
        <translation>aucune raison indiquée</translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1 here: %2</source>
        <translation>OpenSSL ne peut pas calculer %1 ici : %2</translation>
    </message>
    <message>
        <source>OpenSSL failed while hashing: %1</source>
        <translation>OpenSSL a échoué pendant le calcul du hachage : %1</translation>
    </message>
</context>
<context>
    <name>FanOut</name>
    <message>
        <source>the server listed %1 %2, more than the %3 this client reads one by one; look the object up by name or id instead</source>
        <translation>le serveur a listé %1 %2, plus que les %3 que ce client lit un par un ; recherchez plutôt l&apos;objet par nom ou par ID</translation>
    </message>
</context>
<context>
    <name>FileTransferStatus</name>
    <message>
        <source>Adding</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Server fetching</source>
        <translation>Récupération par le serveur</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvel essai</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Start a local demo server (cl-simulator with seeded content) and connect to it.</source>
        <translation>Démarrer un serveur de démonstration local (cl-simulator avec un contenu d&apos;exemple) et s&apos;y connecter.</translation>
    </message>
    <message>
        <source>The cl-simulator executable to use for --demo.</source>
        <translation>L&apos;exécutable cl-simulator à utiliser pour --demo.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>With --demo: write PNG screenshots of the main window, the certificate tab and the upload dialog into this directory, then quit.</source>
        <translation>Avec --demo : enregistrer dans ce répertoire des captures PNG de la fenêtre principale, de l&apos;onglet du certificat et de la boîte de dialogue de téléversement, puis quitter.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Content Library Uploader: upload OVF/OVA templates, ISOs and files into vCenter Content Libraries through update sessions.</source>
        <translation>Content Library Uploader : téléverser des modèles OVF/OVA, des images ISO et des fichiers dans les bibliothèques de contenu vCenter au moyen de sessions de mise à jour.</translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation>Langue de l&apos;interface : %1. Par défaut : la langue du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Files, or one OVF/OVA package, to upload: the New upload dialog opens with them once connected.</source>
        <translation>Fichiers, ou un package OVF/OVA, à téléverser : la boîte de dialogue Nouveau téléversement s&apos;ouvre avec eux une fois la connexion établie.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file to add has no name.</source>
        <translation>Le fichier à ajouter n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; must not contain a path separator.</source>
        <translation>Le nom de fichier « %1 » ne doit pas contenir de séparateur de chemin.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is to be pulled but has no source URL.</source>
        <translation>Le fichier « %1 » doit être récupéré (PULL) mais n&apos;a pas d&apos;URL source.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; needs source type PUSH or PULL (got &quot;%2&quot;).</source>
        <translation>Le fichier « %1 » nécessite le type de source PUSH ou PULL (reçu : « %2 »).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has a negative size.</source>
        <translation>Le fichier « %1 » a une taille négative.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>A new item needs the id of the library it goes into.</source>
        <translation>Un nouvel élément nécessite l&apos;ID de la bibliothèque qui le contiendra.</translation>
    </message>
    <message>
        <source>A new item needs a name.</source>
        <translation>Un nouvel élément nécessite un nom.</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a 64-bit integer</source>
        <translation>un entier 64 bits</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure ISO-8601</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>« %1 » n&apos;est pas un URI absolu</translation>
    </message>
</context>
<context>
    <name>KeyStrength</name>
    <message>
        <source>opaque</source>
        <translation>opaque</translation>
    </message>
    <message>
        <source>the certificate of %1</source>
        <translation>le certificat de %1</translation>
    </message>
    <message>
        <source>a CA certificate in the chain of %1 (%2)</source>
        <translation>un certificat de CA dans la chaîne de %1 (%2)</translation>
    </message>
    <message>
        <source>%1 has a %2-bit %3 key, but this computer&apos;s OpenSSL (security level %4) refuses %3 keys shorter than %5 bits in any TLS connection, trusted or not. Give the server a certificate with a key of at least %5 bits (e.g. RSA 2048 or an EC P-256 key).</source>
        <translation>%1 a une clé %3 de %2 bits, mais l&apos;OpenSSL de cet ordinateur (niveau de sécurité %4) refuse les clés %3 de moins de %5 bits dans toute connexion TLS, approuvée ou non. Donnez au serveur un certificat dont la clé fait au moins %5 bits (par ex. RSA 2048 ou une clé EC P-256).</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>no %1 has the id or name &quot;%2&quot;</source>
        <translation>%1 introuvable avec l&apos;ID ou le nom « %2 »</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>la connexion n&apos;existe plus</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>aucun ID n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation>liste des bibliothèques</translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation>lecture de la bibliothèque %1</translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation>recherche des bibliothèques</translation>
    </message>
    <message>
        <source>Finding library &quot;%1&quot;</source>
        <translation>recherche de la bibliothèque « %1 »</translation>
    </message>
    <message>
        <source>library</source>
        <translation>bibliothèque</translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation>liste des éléments de la bibliothèque %1</translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation>lecture de l&apos;élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation>recherche des éléments de bibliothèque</translation>
    </message>
    <message>
        <source>Finding item &quot;%1&quot;</source>
        <translation>recherche de l&apos;élément « %1 »</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation>création de l&apos;élément de bibliothèque « %1 »</translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation>suppression de l&apos;élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation>liste des fichiers de l&apos;élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation>lecture du fichier « %1 » de l&apos;élément de bibliothèque %2</translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation>liste des banques de données</translation>
    </message>
    <message numerus="yes">
        <source>%n libraries are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>%n bibliothèque s&apos;appelle « %1 » (ID %2) ; indiquez plutôt l&apos;ID</numerusform>
            <numerusform>%n bibliothèques s&apos;appellent « %1 » (ID %2) ; indiquez plutôt l&apos;ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>%n élément s&apos;appelle « %1 » (ID %2) ; indiquez plutôt l&apos;ID</numerusform>
            <numerusform>%n éléments s&apos;appellent « %1 » (ID %2) ; indiquez plutôt l&apos;ID</numerusform>
        </translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>bibliothèques</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <source>Reading libraries</source>
        <translation>lecture des bibliothèques</translation>
    </message>
    <message>
        <source>Reading library items</source>
        <translation>lecture des éléments de bibliothèque</translation>
    </message>
</context>
<context>
    <name>LocalFileCheck</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 est un répertoire, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device has no size to declare).</source>
        <translation>%1 n&apos;est pas un fichier normal (un tube, un socket ou un périphérique n&apos;a pas de taille à déclarer).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no known size.</source>
        <translation>La taille de %1 est inconnue.</translation>
    </message>
</context>
<context>
    <name>ManifestLint</name>
    <message>
        <source>&quot;%1&quot; is OpenSSL 3&apos;s spelling (openssl dgst); vCenter accepts only SHA1, SHA256 and SHA512</source>
        <translation>« %1 » est la graphie d&apos;OpenSSL 3 (openssl dgst) ; vCenter n&apos;accepte que SHA1, SHA256 et SHA512</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written in capitals (%2)</source>
        <translation>« %1 » doit être écrit en majuscules (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an algorithm vCenter accepts (SHA1, SHA256, SHA512)</source>
        <translation>« %1 » n&apos;est pas un algorithme accepté par vCenter (SHA1, SHA256, SHA512)</translation>
    </message>
    <message>
        <source>line %1 is not of the form &quot;SHA256(file)= digest&quot;: %2</source>
        <translation>la ligne %1 n&apos;est pas de la forme « SHA256(fichier)= condensé » : %2</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>ligne %1 (%2) : %3</translation>
    </message>
    <message>
        <source>line %1 (%2): a %3 digest is %4 hex digits, this one is &quot;%5&quot;</source>
        <translation>ligne %1 (%2) : un condensé %3 compte %4 chiffres hexadécimaux, celui-ci est « %5 »</translation>
    </message>
    <message>
        <source>line %1 lists %2 a second time</source>
        <translation>la ligne %1 mentionne %2 une deuxième fois</translation>
    </message>
    <message>
        <source>the manifest lists no files</source>
        <translation>le manifeste ne mentionne aucun fichier</translation>
    </message>
    <message>
        <source>line(s) %1 are not spaced as ovftool writes them (&quot;SHA256(file)= digest&quot;) nor as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), the two spellings vCenter is known to read</source>
        <translation>les lignes %1 ne sont espacées ni comme les écrit ovftool (« SHA256(fichier)= condensé ») ni comme les écrit VirtualBox (« SHA256 (fichier) = condensé »), les deux graphies que vCenter sait lire</translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries, spaced as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), which vCenter reads</source>
        <translation>
            <numerusform>%n entrée bien formée, espacée comme l&apos;écrit VirtualBox (« SHA256 (fichier) = condensé »), ce que vCenter sait lire</numerusform>
            <numerusform>%n entrées bien formées, espacées comme les écrit VirtualBox (« SHA256 (fichier) = condensé »), ce que vCenter sait lire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries</source>
        <translation>
            <numerusform>%n entrée bien formée</numerusform>
            <numerusform>%n entrées bien formées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OvaReader</name>
    <message>
        <source>Cannot open the OVA %1: %2</source>
        <translation>Impossible d&apos;ouvrir l&apos;OVA %1 : %2</translation>
    </message>
    <message>
        <source>The OVA %1 is damaged or not a tar archive: %2</source>
        <translation>L&apos;OVA %1 est endommagé ou n&apos;est pas une archive tar : %2</translation>
    </message>
    <message>
        <source>The OVA %1 has no member named %2</source>
        <translation>L&apos;OVA %1 ne contient aucun membre nommé %2</translation>
    </message>
    <message>
        <source>%1 in the OVA %2 is %3 bytes, larger than the %4 bytes allowed for it</source>
        <translation>%1 dans l&apos;OVA %2 fait %3 octets, plus que les %4 octets autorisés</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 ends after %2 of %3 bytes: the OVA is truncated</source>
        <translation>%1 s&apos;arrête après %2 octets sur %3 : l&apos;OVA est tronqué</translation>
    </message>
    <message>
        <source>The OVA %1 has no readable member named %2</source>
        <translation>L&apos;OVA %1 ne contient aucun membre lisible nommé %2</translation>
    </message>
    <message>
        <source>Cannot locate the bytes of %1 inside the OVA %2</source>
        <translation>Impossible de localiser les octets de %1 dans l&apos;OVA %2</translation>
    </message>
</context>
<context>
    <name>OvfDescriptor</name>
    <message>
        <source>a References/File element has an empty ovf:href</source>
        <translation>un élément References/File a un ovf:href vide</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; contains a path separator; only file names beside the descriptor are supported</source>
        <translation>le fichier référencé « %1 » contient un séparateur de chemin ; seuls les noms de fichiers situés à côté du descripteur sont pris en charge</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is not a file name</source>
        <translation>le fichier référencé « %1 » n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation>%1 n&apos;est pas un descripteur OVF valide : %2 (ligne %3)</translation>
    </message>
    <message>
        <source>%1 is not an OVF descriptor: the root element is not Envelope</source>
        <translation>%1 n&apos;est pas un descripteur OVF : l&apos;élément racine n&apos;est pas Envelope</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is a URL; this uploader sends only files that are part of the package (download it and reference it by file name)</source>
        <translation>le fichier référencé « %1 » est une URL ; cet outil ne téléverse que les fichiers faisant partie du package (téléchargez-le et référencez-le par son nom de fichier)</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; looks like a drive path; only file names beside the descriptor are supported</source>
        <translation>le fichier référencé « %1 » ressemble à un chemin de lecteur ; seuls les noms de fichiers situés à côté du descripteur sont pris en charge</translation>
    </message>
    <message>
        <source>%1: ovf:chunkSize &quot;%2&quot; of &quot;%3&quot; is not a positive number of bytes</source>
        <translation>%1 : ovf:chunkSize « %2 » de « %3 » n&apos;est pas un nombre d&apos;octets positif</translation>
    </message>
</context>
<context>
    <name>OvfDiskSection</name>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation>%1 n&apos;est pas un descripteur OVF valide : %2 (ligne %3)</translation>
    </message>
    <message>
        <source>ovf:capacity is the property reference %1, known only at deployment</source>
        <translation>ovf:capacity est la référence de propriété %1, connue seulement au déploiement</translation>
    </message>
    <message>
        <source>ovf:capacity &quot;%1&quot; is not a number</source>
        <translation>ovf:capacity « %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>ovf:capacityAllocationUnits &quot;%1&quot; is not a unit of the form &quot;byte * 2^30&quot;</source>
        <translation>ovf:capacityAllocationUnits « %1 » n&apos;est pas une unité de la forme « byte * 2^30 »</translation>
    </message>
    <message>
        <source>ovf:capacity %1 × %2 overflows</source>
        <translation>ovf:capacity %1 × %2 provoque un dépassement de capacité</translation>
    </message>
</context>
<context>
    <name>OvfManifest</name>
    <message>
        <source>%1 line %2 is not a manifest entry of the form &quot;SHA256(file)= digest&quot;: %3</source>
        <translation>%1, ligne %2, n&apos;est pas une entrée de manifeste de la forme « SHA256(fichier)= condensé » : %3</translation>
    </message>
</context>
<context>
    <name>OvfPackage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>%1 has a certificate (%2) but no manifest (%3): a signature covers the manifest, so the package cannot be verified</source>
        <translation>%1 a un certificat (%2) mais pas de manifeste (%3) : une signature porte sur le manifeste, le package ne peut donc pas être vérifié</translation>
    </message>
    <message>
        <source>%1 references files that are not in the package: %2</source>
        <translation>%1 référence des fichiers absents du package : %2</translation>
    </message>
    <message>
        <source>The manifest %1 is too large (%2 bytes)</source>
        <translation>Le manifeste %1 est trop volumineux (%2 octets)</translation>
    </message>
    <message>
        <source>Cannot open the OVF descriptor %1: %2</source>
        <translation>Impossible d&apos;ouvrir le descripteur OVF %1 : %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>%1 is too large for an OVF descriptor (%2 bytes)</source>
        <translation>%1 est trop volumineux pour un descripteur OVF (%2 octets)</translation>
    </message>
    <message>
        <source>The OVA %1 contains no .ovf descriptor</source>
        <translation>L&apos;OVA %1 ne contient aucun descripteur .ovf</translation>
    </message>
    <message>
        <source>the manifest lists %1, which is not part of the package</source>
        <translation>le manifeste mentionne %1, qui ne fait pas partie du package</translation>
    </message>
    <message>
        <source>%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but the package holds the unsplit file %2 instead of the chunks %4, ...; re-export it with the chunks, or remove ovf:chunkSize from the descriptor (and its manifest line)</source>
        <translation>%1 déclare %2 comme découpé en segments de %3 octets (ovf:chunkSize), mais le package contient le fichier non découpé %2 au lieu des segments %4, ... ; réexportez-le avec les segments ou supprimez ovf:chunkSize du descripteur (ainsi que sa ligne de manifeste)</translation>
    </message>
    <message>
        <source>%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but its first chunk %4 is not in the package</source>
        <translation>%1 déclare %2 comme découpé en segments de %3 octets (ovf:chunkSize), mais son premier segment %4 ne figure pas dans le package</translation>
    </message>
    <message>
        <source>%1: the chunk %2 of %3 has %4 bytes, but ovf:chunkSize says every chunk but the last has %5 bytes (and the last at most that, at least 1)</source>
        <translation>%1 : le segment %2 de %3 fait %4 octets, mais ovf:chunkSize indique que chaque segment sauf le dernier fait %5 octets (et le dernier au plus autant, au moins 1)</translation>
    </message>
    <message>
        <source>%1: the %2 chunks of %3 (%4 to %5) add up to %6 bytes, but its ovf:size is %7; a chunk is missing or truncated</source>
        <translation>%1 : les %2 segments de %3 (%4 à %5) totalisent %6 octets, mais son ovf:size vaut %7 ; un segment manque ou est tronqué</translation>
    </message>
    <message>
        <source>The manifest of %1 lists %2, which the package does not hold (and the descriptor does not reference)</source>
        <translation>Le manifeste de %1 mentionne %2, que le package ne contient pas (et que le descripteur ne référence pas)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 est trop volumineux (%2 octets)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n&apos;est pas un fichier normal</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 n&apos;est pas lisible</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) present and readable; not an OVF package, so nothing else is checked</source>
        <translation>
            <numerusform>%n fichier présent et lisible ; ce n&apos;est pas un package OVF, rien d&apos;autre n&apos;est donc vérifié</numerusform>
            <numerusform>%n fichiers présents et lisibles ; ce n&apos;est pas un package OVF, rien d&apos;autre n&apos;est donc vérifié</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 holds a document type declaration (DTD), which vCenter&apos;s OVF parser refuses; remove the &lt;!DOCTYPE ...&gt;</source>
        <translation>la ligne %1 contient une déclaration de type de document (DTD), que l&apos;analyseur OVF de vCenter refuse ; supprimez le &lt;!DOCTYPE ...&gt;</translation>
    </message>
    <message>
        <source>the Envelope is in the OVF 0.9 namespace %1, which vCenter no longer imports; re-export it as OVF 1.0 or later (ovftool converts it)</source>
        <translation>l&apos;Envelope est dans l&apos;espace de noms OVF 0.9 %1, que vCenter n&apos;importe plus ; réexportez-le en OVF 1.0 ou ultérieur (ovftool le convertit)</translation>
    </message>
    <message>
        <source>the root element is {%1}%2, not an OVF Envelope in the namespace %3 or %4</source>
        <translation>l&apos;élément racine est {%1}%2, et non un Envelope OVF dans l&apos;espace de noms %3 ou %4</translation>
    </message>
    <message>
        <source>an OVF 2.x Envelope, no DTD</source>
        <translation>un Envelope OVF 2.x, sans DTD</translation>
    </message>
    <message>
        <source>an OVF 1.x Envelope, no DTD</source>
        <translation>un Envelope OVF 1.x, sans DTD</translation>
    </message>
    <message>
        <source>ovf:size says %L1 bytes, the file has %L2 bytes</source>
        <translation>ovf:size indique %L1 octets, le fichier fait %L2 octets</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have the size their ovf:size declares</source>
        <translation>
            <numerusform>%n fichier a la taille déclarée par son ovf:size</numerusform>
            <numerusform>%n fichiers ont la taille déclarée par leur ovf:size</numerusform>
        </translation>
    </message>
    <message>
        <source>the descriptor declares no ovf:size to compare</source>
        <translation>le descripteur ne déclare aucun ovf:size à comparer</translation>
    </message>
    <message>
        <source>no manifest (.mf): the files&apos; contents are not covered by digests</source>
        <translation>aucun manifeste (.mf) : le contenu des fichiers n&apos;est couvert par aucun condensé</translation>
    </message>
    <message>
        <source>unsigned package (no .cert)</source>
        <translation>package non signé (pas de .cert)</translation>
    </message>
    <message>
        <source>lists %1, which is not part of the package</source>
        <translation>mentionne %1, qui ne fait pas partie du package</translation>
    </message>
    <message>
        <source>Disk %1 refers to the file id %2, which References does not list</source>
        <translation>Le disque %1 fait référence à l&apos;ID de fichier %2, absent de References</translation>
    </message>
    <message>
        <source>the descriptor&apos;s DiskSection references no disk file</source>
        <translation>la DiskSection du descripteur ne référence aucun fichier de disque</translation>
    </message>
    <message>
        <source>the descriptor references files the package does not hold: %1</source>
        <translation>le descripteur référence des fichiers que le package ne contient pas : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: a well-formed OVF descriptor, %n file(s) in the package</source>
        <translation>
            <numerusform>%1 : un descripteur OVF bien formé, %n fichier dans le package</numerusform>
            <numerusform>%1 : un descripteur OVF bien formé, %n fichiers dans le package</numerusform>
        </translation>
    </message>
    <message>
        <source>the OVA&apos;s first member is %1, not the descriptor %2: the OVF specification puts the descriptor first and streaming importers expect it there</source>
        <translation>le premier membre de l&apos;OVA est %1, et non le descripteur %2 : la spécification OVF place le descripteur en premier et les importateurs en flux l&apos;y attendent</translation>
    </message>
    <message>
        <source>every file the descriptor references is in the package</source>
        <translation>chaque fichier référencé par le descripteur figure dans le package</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed (%n check(s), %1 allowed).</source>
        <translation>
            <numerusform>Vérification préalable : réussie (%n contrôle, %1 autorisé(s)).</numerusform>
            <numerusform>Vérification préalable : réussie (%n contrôles, %1 autorisé(s)).</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight: %1, %2: an upload would stop here.</source>
        <translation>Vérification préalable : %1, %2 : un téléversement s’arrêterait ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight: %1, %2: an upload would stop here (--allow-preflight-warnings lets warnings pass).</source>
        <translation>Vérification préalable : %1, %2 : un téléversement s’arrêterait ici (--allow-preflight-warnings laisse passer les avertissements).</translation>
    </message>
</context>
<context>
    <name>PreflightReport</name>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVERT.</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Preflight stopped the upload before a session was created: %1</source>
        <translation>La vérification préalable a arrêté le téléversement avant la création d&apos;une session : %1</translation>
    </message>
    <message>
        <source>Preflight stopped the upload of %1 before a session was created: %2</source>
        <translation>La vérification préalable a arrêté le téléversement de %1 avant la création d&apos;une session : %2</translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>on the library</source>
        <translation>sur la bibliothèque</translation>
    </message>
    <message>
        <source>on the library item</source>
        <translation>sur l&apos;élément de bibliothèque</translation>
    </message>
    <message>
        <source>on the source datastore</source>
        <translation>sur la banque de données source</translation>
    </message>
    <message>
        <source>the account lacks the vCenter privilege &quot;%1&quot; (%2) %3 (server: %4)</source>
        <translation>le compte n&apos;a pas le privilège vCenter « %1 » (%2) %3 (serveur : %4)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Le fichier de paramètres %1 n&apos;a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Content Library Uploader</source>
        <translation>Content Library Uploader</translation>
    </message>
</context>
<context>
    <name>ResultDecoding</name>
    <message>
        <source>the server&apos;s answer does not match the API: %1</source>
        <translation>la réponse du serveur ne correspond pas à l&apos;API : %1</translation>
    </message>
    <message>
        <source>expected an id (a non-empty JSON string)</source>
        <translation>ID attendu (une chaîne JSON non vide)</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil nécessite un nom.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL with a host name.</source>
        <translation>L&apos;adresse du serveur « %1 » n&apos;est pas une URL valide avec un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (found &quot;%1&quot;).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (trouvé : « %1 »).</translation>
    </message>
    <message>
        <source>The profile needs a user name, for example administrator@vsphere.local.</source>
        <translation>Le profil nécessite un nom d&apos;utilisateur, par exemple administrator@vsphere.local.</translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 nor a SHA-256 fingerprint.</source>
        <translation>L&apos;empreinte numérique épinglée « %1 » n&apos;est ni une empreinte SHA-1 ni une empreinte SHA-256.</translation>
    </message>
</context>
<context>
    <name>SessionFileService</name>
    <message>
        <source>the connection is gone</source>
        <translation>la connexion n&apos;existe plus</translation>
    </message>
    <message>
        <source>no update session id was given</source>
        <translation>aucun ID de session de mise à jour n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>aucun nom de fichier n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation>ajout du fichier « %1 » à la session de mise à jour %2</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation>lecture du fichier « %1 » de la session de mise à jour %2</translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation>liste des fichiers de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation>retrait du fichier « %1 » de la session de mise à jour %2</translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation>validation des fichiers de la session de mise à jour %1</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>has no signature line of the form &quot;SHA256(%1)= &lt;hex signature&gt;&quot;</source>
        <translation>ne contient aucune ligne de signature de la forme « SHA256(%1)= &lt;signature hexadécimale&gt; »</translation>
    </message>
    <message>
        <source>signs %1, but the package&apos;s manifest is %2</source>
        <translation>signe %1, mais le manifeste du package est %2</translation>
    </message>
    <message>
        <source>holds no PEM certificate after the signature line</source>
        <translation>ne contient aucun certificat PEM après la ligne de signature</translation>
    </message>
    <message>
        <source>the %1 signature does not verify over %2 with the certificate&apos;s key: the manifest was changed after signing, or signed with another key</source>
        <translation>la signature %1 de %2 ne se vérifie pas avec la clé du certificat : le manifeste a été modifié après la signature, ou signé avec une autre clé</translation>
    </message>
    <message>
        <source>%1 signature over %2 verifies (signer: %3)</source>
        <translation>la signature %1 de %2 est vérifiée (signataire : %3)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate expired on %1; vCenter will raise EXPIRED_CERTIFICATE</source>
        <translation>le certificat du signataire a expiré le %1 ; vCenter signalera EXPIRED_CERTIFICATE</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is valid only from %1; vCenter will raise NOT_YET_VALID_CERTIFICATE</source>
        <translation>le certificat du signataire n&apos;est valide qu&apos;à partir du %1 ; vCenter signalera NOT_YET_VALID_CERTIFICATE</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is self-signed (valid until %1); vCenter will raise SELF_SIGNED_CERTIFICATE</source>
        <translation>le certificat du signataire est auto-signé (valide jusqu&apos;au %1) ; vCenter signalera SELF_SIGNED_CERTIFICATE</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is valid until %1 (issuer: %2)</source>
        <translation>le certificat du signataire est valide jusqu&apos;au %1 (émetteur : %2)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available; choose one of: %2.</source>
        <translation>La langue « %1 » n&apos;est pas disponible ; choisissez parmi : %2.</translation>
    </message>
</context>
<context>
    <name>TransportRules</name>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host</source>
        <translation>« %1 » n&apos;est pas une URL https:// avec un hôte</translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation>la réponse de connexion ne contient aucun jeton de session</translation>
    </message>
    <message>
        <source>the login answer&apos;s session token is %1 characters long (at most %2 are accepted); refusing it</source>
        <translation>le jeton de session de la réponse de connexion fait %1 caractères (%2 au maximum sont acceptés) ; il est refusé</translation>
    </message>
    <message>
        <source>the login answer&apos;s session token contains U+%1 at position %2, which cannot go into an HTTP header (a CR/LF would inject headers); refusing it</source>
        <translation>le jeton de session de la réponse de connexion contient U+%1 à la position %2, qui ne peut pas figurer dans un en-tête HTTP (un CR/LF injecterait des en-têtes) ; il est refusé</translation>
    </message>
    <message>
        <source>the server answered with a redirect without a Location; not followed</source>
        <translation>le serveur a répondu par une redirection sans Location ; elle n&apos;a pas été suivie</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the redirect was not followed, so no password or session token went to %3</source>
        <translation>%1 a redirigé vers %2, une autre origine ; la redirection n&apos;a pas été suivie, donc aucun mot de passe ni jeton de session n&apos;a été envoyé à %3</translation>
    </message>
    <message>
        <source>the server redirected to %1; the vSphere API does not redirect, so it was not followed (is the URL right?)</source>
        <translation>le serveur a redirigé vers %1 ; l&apos;API vSphere ne redirige pas, la redirection n&apos;a donc pas été suivie (l&apos;URL est-elle correcte ?)</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP answer: the server probably speaks HTTPS on this port (try %2)</source>
        <translation>%1 a fermé la connexion sans réponse HTTP : le serveur utilise probablement HTTPS sur ce port (essayez %2)</translation>
    </message>
    <message>
        <source>%1 uses plain http://: the password and the session token would cross the network unencrypted, so nothing was sent. Use https://, or allow plain http explicitly for a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile&apos;s &quot;Allow plain http (lab only)&quot;)</source>
        <translation>%1 utilise http:// non chiffré : le mot de passe et le jeton de session traverseraient le réseau sans chiffrement, donc rien n&apos;a été envoyé. Utilisez https://, ou autorisez explicitement http non chiffré pour un environnement de test (CLI : CLU_ALLOW_HTTP=1 ; interface graphique : « Autoriser http non chiffré (environnement de test uniquement) » dans le profil)</translation>
    </message>
</context>
<context>
    <name>TrustedCertificateService</name>
    <message>
        <source>Listing trusted certificates</source>
        <translation>liste des certificats approuvés</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>la connexion n&apos;existe plus</translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation>lecture du certificat approuvé %1</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>aucun ID n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation>ajout d&apos;un certificat approuvé</translation>
    </message>
    <message>
        <source>the text is not a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>le texte n&apos;est pas un certificat PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation>retrait du certificat approuvé %1</translation>
    </message>
</context>
<context>
    <name>UpdateSessionService</name>
    <message>
        <source>the connection is gone</source>
        <translation>la connexion n&apos;existe plus</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>aucun ID n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation>création d&apos;une session de mise à jour pour l&apos;élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation>lecture de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation>liste des sessions de mise à jour</translation>
    </message>
    <message>
        <source>the session has no warning behavior for %1 after it was set</source>
        <translation>la session n&apos;a aucun comportement d&apos;avertissement pour %1 après sa définition</translation>
    </message>
    <message>
        <source>the session reports %1 as %2 after it was set to %3</source>
        <translation>la session indique %1 comme %2 après sa définition à %3</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>non ignoré</translation>
    </message>
    <message>
        <source>the preview still shows warning %1 as %2</source>
        <translation>l&apos;aperçu affiche toujours l&apos;avertissement %1 comme %2</translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation>modification du comportement des avertissements de la session de mise à jour %1</translation>
    </message>
    <message>
        <source>client progress %1 is outside 0-100</source>
        <translation>la progression client %1 est hors de la plage 0-100</translation>
    </message>
    <message>
        <source>Reading update sessions</source>
        <translation>lecture des sessions de mise à jour</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
</context>
<context>
    <name>UploadEngine</name>
    <message>
        <source>preparing files</source>
        <translation>la préparation des fichiers</translation>
    </message>
    <message>
        <source>creating the update session</source>
        <translation>la création de la session de mise à jour</translation>
    </message>
    <message>
        <source>sending the OVF descriptor</source>
        <translation>l&apos;envoi du descripteur OVF</translation>
    </message>
    <message>
        <source>waiting for the OVF preview</source>
        <translation>l&apos;attente de l&apos;aperçu OVF</translation>
    </message>
    <message>
        <source>waiting for a decision on warnings</source>
        <translation>l&apos;attente d&apos;une décision sur les avertissements</translation>
    </message>
    <message>
        <source>sending files</source>
        <translation>l&apos;envoi des fichiers</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>la validation</translation>
    </message>
    <message>
        <source>completing</source>
        <translation>la finalisation</translation>
    </message>
    <message>
        <source>cleaning up</source>
        <translation>le nettoyage</translation>
    </message>
    <message>
        <source>done</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>the update session %1 no longer exists: it expired or was deleted (the server answered HTTP %2%3)</source>
        <translation>la session de mise à jour %1 n&apos;existe plus : elle a expiré ou a été supprimée (le serveur a répondu HTTP %2%3)</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s); the item could not be read back: %1</source>
        <translation>
            <numerusform>%n fichier téléversé ; l&apos;élément n&apos;a pas pu être relu : %1</numerusform>
            <numerusform>%n fichiers téléversés ; l&apos;élément n&apos;a pas pu être relu : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; the server reports no content version for the item.</source>
        <translation>
            <numerusform>%n fichier téléversé, %1 octets ; le serveur n&apos;indique aucune version du contenu pour l&apos;élément.</numerusform>
            <numerusform>%n fichiers téléversés, %1 octets ; le serveur n&apos;indique aucune version du contenu pour l&apos;élément.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; item content version %2, size %3 bytes.</source>
        <translation>
            <numerusform>%n fichier téléversé, %1 octets ; version du contenu de l&apos;élément %2, taille %3 octets.</numerusform>
            <numerusform>%n fichiers téléversés, %1 octets ; version du contenu de l&apos;élément %2, taille %3 octets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified by the server (its complete accepted the session): %1.</source>
        <translation>Non vérifié par le serveur (bien qu&apos;il ait accepté la finalisation de la session) : %1.</translation>
    </message>
</context>
<context>
    <name>UploadPreparer</name>
    <message>
        <source>No files to upload were given.</source>
        <translation>Aucun fichier à téléverser n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own (its referenced files are collected automatically); got %1 paths.</source>
        <translation>Un .ovf ou un .ova doit être téléversé seul (ses fichiers référencés sont collectés automatiquement) ; %1 chemins reçus.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier normal.</translation>
    </message>
    <message>
        <source>%1 is not readable.</source>
        <translation>%1 n&apos;est pas lisible.</translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation>Deux fichiers s&apos;appellent %1 ; les noms doivent être uniques dans un élément.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but %3 were expected (it changed while being read?)</source>
        <translation>%1 fait %2 octets, mais %3 étaient attendus (modifié pendant la lecture ?)</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation>%1 ne correspond pas au manifeste : %2 vaut %3, le manifeste indique %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation>« %1 » n&apos;est pas une URL http:// ou https:// avec un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 does not end in a file name; name the file.</source>
        <translation>%1 ne se termine pas par un nom de fichier ; nommez le fichier.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a path separator.</source>
        <translation>Le nom de fichier « %1 » contient un séparateur de chemin.</translation>
    </message>
    <message>
        <source>%1 is an OVF package: it cannot be assembled from a URL here; download it and upload the package.</source>
        <translation>%1 est un package OVF : il ne peut pas être assemblé ici à partir d&apos;une URL ; téléchargez-le et téléversez le package.</translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own; it cannot be combined with files fetched from URLs.</source>
        <translation>Un .ovf ou un .ova doit être téléversé seul ; il ne peut pas être combiné à des fichiers récupérés depuis des URL.</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but not referenced by the descriptor: its %2 digest matches; it is not uploaded (vCenter keeps only the files the descriptor references).</source>
        <translation>%1 figure dans le manifeste mais n&apos;est pas référencé par le descripteur : son condensé %2 correspond ; il n&apos;est pas téléversé (vCenter ne conserve que les fichiers référencés par le descripteur).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is split into %n chunk(s) (ovf:chunkSize); each chunk is uploaded as its own file: %2.</source>
        <translation>
            <numerusform>%1 est découpé en %n segment (ovf:chunkSize) ; chaque segment est téléversé comme un fichier distinct : %2.</numerusform>
            <numerusform>%1 est découpé en %n segments (ovf:chunkSize) ; chaque segment est téléversé comme un fichier distinct : %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadTargetPolicy</name>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation>le serveur n&apos;a fourni aucune URL de téléversement utilisable (« %1 »)</translation>
    </message>
    <message>
        <source>the server&apos;s upload URL %1 is neither https nor http; nothing was sent</source>
        <translation>l&apos;URL de téléversement du serveur %1 n&apos;est ni https ni http ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>the server asked for the upload to go to %1, which is not the vCenter %2: the file and the session token were not sent there. If that host really belongs to this vCenter, allow it explicitly (CLI: CLU_UPLOAD_HOSTS=%3)</source>
        <translation>le serveur a demandé que le téléversement aille vers %1, qui n&apos;est pas le vCenter %2 : le fichier et le jeton de session n&apos;y ont pas été envoyés. Si cet hôte appartient réellement à ce vCenter, autorisez-le explicitement (CLI : CLU_UPLOAD_HOSTS=%3)</translation>
    </message>
    <message>
        <source>the server asked for the upload over plain http (%1): the file and the session token would cross the network unencrypted, so nothing was sent. Allow plain http only in a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile&apos;s &quot;Allow plain http (lab only)&quot;)</source>
        <translation>le serveur a demandé le téléversement en http non chiffré (%1) : le fichier et le jeton de session traverseraient le réseau sans chiffrement, donc rien n&apos;a été envoyé. N&apos;autorisez http non chiffré que dans un environnement de test (CLI : CLU_ALLOW_HTTP=1 ; interface graphique : « Autoriser http non chiffré (environnement de test uniquement) » dans le profil)</translation>
    </message>
</context>
<context>
    <name>VmdkInspector</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>is a text descriptor whose data lives in other extent files (a flat or split disk), not a streamOptimized VMDK</source>
        <translation>est un descripteur texte dont les données se trouvent dans d&apos;autres fichiers d&apos;extent (disque plat ou fractionné), et non un VMDK streamOptimized</translation>
    </message>
    <message>
        <source>is an ESX sparse (COWD) extent, not a streamOptimized VMDK</source>
        <translation>est un extent sparse ESX (COWD), et non un VMDK streamOptimized</translation>
    </message>
    <message>
        <source>does not start with the sparse VMDK magic &quot;KDMV&quot; (it starts with %1): it is not a VMDK</source>
        <translation>ne commence pas par la signature VMDK sparse « KDMV » (mais par %1) : ce n&apos;est pas un VMDK</translation>
    </message>
    <message>
        <source>sparse header version %1 is not one VMware defines (1, 2 or 3)</source>
        <translation>la version %1 de l&apos;en-tête sparse n&apos;est pas une version définie par VMware (1, 2 ou 3)</translation>
    </message>
    <message>
        <source>grain size of %1 sectors is not a power of two of at least 8 sectors</source>
        <translation>une taille de grain de %1 secteurs n&apos;est pas une puissance de deux d&apos;au moins 8 secteurs</translation>
    </message>
    <message>
        <source>%1 entries per grain table; VMware&apos;s format has 512</source>
        <translation>%1 entrées par table de grains ; le format de VMware en prévoit 512</translation>
    </message>
    <message>
        <source>sparse header &quot;KDMV&quot; version %1, grains of %2 KiB</source>
        <translation>en-tête sparse « KDMV » version %1, grains de %2 Kio</translation>
    </message>
    <message>
        <source>compressed grains (bit 16)</source>
        <translation>grains compressés (bit 16)</translation>
    </message>
    <message>
        <source>markers (bit 17)</source>
        <translation>marqueurs (bit 17)</translation>
    </message>
    <message>
        <source>header flags %1 lack %2, which a streamOptimized disk needs</source>
        <translation>les indicateurs d&apos;en-tête %1 n&apos;ont pas %2, requis pour un disque streamOptimized</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>the header&apos;s newline-detection bytes were rewritten: the file went through a text-mode (ASCII) transfer and is corrupt</source>
        <translation>les octets de détection de fin de ligne de l&apos;en-tête ont été réécrits : le fichier a subi un transfert en mode texte (ASCII) et est corrompu</translation>
    </message>
    <message>
        <source>header flags %1: compressed grains with markers</source>
        <translation>indicateurs d&apos;en-tête %1 : grains compressés avec marqueurs</translation>
    </message>
    <message>
        <source>grains are deflate-compressed</source>
        <translation>les grains sont compressés avec deflate</translation>
    </message>
    <message>
        <source>the header names no compression algorithm (0); streamOptimized grains are deflate-compressed (1)</source>
        <translation>l&apos;en-tête n&apos;indique aucun algorithme de compression (0) ; les grains streamOptimized sont compressés avec deflate (1)</translation>
    </message>
    <message>
        <source>compression algorithm %1 is unknown; VMware defines only deflate (1)</source>
        <translation>l&apos;algorithme de compression %1 est inconnu ; VMware ne définit que deflate (1)</translation>
    </message>
    <message>
        <source>capacity %1 sectors and grain size %2 give %3 grain tables: the header is inconsistent</source>
        <translation>une capacité de %1 secteurs et une taille de grain de %2 donnent %3 tables de grains : l&apos;en-tête est incohérent</translation>
    </message>
    <message>
        <source>the grain directory (sector %1, %2) lies beyond the end of the file (%3): the file is truncated</source>
        <translation>le répertoire de grains (secteur %1, %2) se trouve au-delà de la fin du fichier (%3) : le fichier est tronqué</translation>
    </message>
    <message>
        <source>grain table %1 at sector %2 lies beyond the end of the file: the file is truncated</source>
        <translation>la table de grains %1 au secteur %2 se trouve au-delà de la fin du fichier : le fichier est tronqué</translation>
    </message>
    <message>
        <source>grain directory of %1 tables at sector %2; the disk holds no data grains</source>
        <translation>répertoire de grains de %1 tables au secteur %2 ; le disque ne contient aucun grain de données</translation>
    </message>
    <message>
        <source>the grain table puts LBA %1 at sector %2, beyond the end of the file: the file is truncated</source>
        <translation>la table de grains place le LBA %1 au secteur %2, au-delà de la fin du fichier : le fichier est tronqué</translation>
    </message>
    <message>
        <source>the grain table puts LBA %1 at sector %2, but the marker there says LBA %3 with %4 compressed bytes: grain directory and markers disagree</source>
        <translation>la table de grains place le LBA %1 au secteur %2, mais le marqueur à cet endroit indique le LBA %3 avec %4 octets compressés : le répertoire de grains et les marqueurs ne concordent pas</translation>
    </message>
    <message>
        <source>the grain of LBA %1 at sector %2 runs past the end of the file: the file is truncated</source>
        <translation>le grain du LBA %1 au secteur %2 dépasse la fin du fichier : le fichier est tronqué</translation>
    </message>
    <message>
        <source>grain directory of %1 tables at sector %2; the markers of its first and last grains match it</source>
        <translation>répertoire de grains de %1 tables au secteur %2 ; les marqueurs de son premier et de son dernier grain concordent</translation>
    </message>
    <message>
        <source>no valid marker where the grain stream starts (sector %1): the flags promise markers the data does not have</source>
        <translation>aucun marqueur valide au début du flux de grains (secteur %1) : les indicateurs annoncent des marqueurs que les données n&apos;ont pas</translation>
    </message>
    <message>
        <source>the grain stream starts with a marker at sector %1</source>
        <translation>le flux de grains commence par un marqueur au secteur %1</translation>
    </message>
    <message>
        <source>the file is %1, not a whole number of 512-byte sectors: it is truncated</source>
        <translation>le fichier fait %1, ce qui n&apos;est pas un nombre entier de secteurs de 512 octets : il est tronqué</translation>
    </message>
    <message>
        <source>ends with the end-of-stream marker</source>
        <translation>se termine par le marqueur de fin de flux</translation>
    </message>
    <message>
        <source>no end-of-stream marker, as qemu-img writes it: the header holds the grain directory and the file ends exactly with its last grain</source>
        <translation>pas de marqueur de fin de flux, comme l&apos;écrit qemu-img : l&apos;en-tête contient le répertoire de grains et le fichier se termine exactement par son dernier grain</translation>
    </message>
    <message>
        <source>the last sector is not the end-of-stream marker: the file ends inside the grain stream (truncated, or its writer never finished)</source>
        <translation>le dernier secteur n&apos;est pas le marqueur de fin de flux : le fichier se termine au milieu du flux de grains (tronqué, ou son écriture n&apos;a jamais abouti)</translation>
    </message>
    <message>
        <source>the header leaves the grain directory to the footer (GD_AT_END), but there is no footer before the end-of-stream marker</source>
        <translation>l&apos;en-tête renvoie le répertoire de grains au pied de fichier (GD_AT_END), mais il n&apos;y a pas de pied de fichier avant le marqueur de fin de flux</translation>
    </message>
    <message>
        <source>no footer, none needed: the header holds the grain directory offset</source>
        <translation>pas de pied de fichier, aucun n&apos;est nécessaire : l&apos;en-tête contient la position du répertoire de grains</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>grain size</source>
        <translation>taille de grain</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compression</translation>
    </message>
    <message>
        <source>the footer&apos;s grain directory offset is GD_AT_END as well: nothing says where the grain directory is</source>
        <translation>la position du répertoire de grains dans le pied de fichier est également GD_AT_END : rien n&apos;indique où se trouve le répertoire de grains</translation>
    </message>
    <message>
        <source>the footer disagrees with the header on %1</source>
        <translation>le pied de fichier diffère de l&apos;en-tête pour : %1</translation>
    </message>
    <message>
        <source>footer present, grain directory at sector %1</source>
        <translation>pied de fichier présent, répertoire de grains au secteur %1</translation>
    </message>
    <message>
        <source>the embedded descriptor&apos;s extents hold %1, the sparse header %2</source>
        <translation>les extents du descripteur intégré contiennent %1, l&apos;en-tête sparse %2</translation>
    </message>
    <message>
        <source>ovf:capacity=&quot;%1&quot; ovf:capacityAllocationUnits=&quot;%2&quot;</source>
        <translation>ovf:capacity=&quot;%1&quot; ovf:capacityAllocationUnits=&quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot compare with the OVF: %1</source>
        <translation>impossible de comparer avec l&apos;OVF : %1</translation>
    </message>
    <message>
        <source>the disk holds %1, more than the OVF declares (%2 = %3)</source>
        <translation>le disque contient %1, plus que ce que déclare l&apos;OVF (%2 = %3)</translation>
    </message>
    <message>
        <source>the OVF declares %1 (%2), the disk holds %3: it would be grown when deployed</source>
        <translation>l&apos;OVF déclare %1 (%2), le disque contient %3 : il serait agrandi lors du déploiement</translation>
    </message>
    <message>
        <source>%1, as the OVF declares</source>
        <translation>%1, comme le déclare l&apos;OVF</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format is streamOptimized</source>
        <translation>Disque %1 : ovf:format est streamOptimized</translation>
    </message>
    <message>
        <source>Disk %1 has no ovf:format; it must be %2</source>
        <translation>Le disque %1 n&apos;a pas d&apos;ovf:format ; il doit valoir %2</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is the OVF 0.9 name of streamOptimized; current importers expect %3</source>
        <translation>Disque %1 : ovf:format %2 est le nom OVF 0.9 de streamOptimized ; les importateurs actuels attendent %3</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is a monolithicSparse disk; vCenter imports only streamOptimized disks (%3)</source>
        <translation>Disque %1 : ovf:format %2 est un disque monolithicSparse ; vCenter n&apos;importe que des disques streamOptimized (%3)</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is not the streamOptimized VMDK format %3</source>
        <translation>Disque %1 : ovf:format %2 n&apos;est pas le format VMDK streamOptimized %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is %1 long, too short for a sparse VMDK header (512 bytes)</source>
        <translation>fait %1, trop court pour un en-tête VMDK sparse (512 octets)</translation>
    </message>
    <message>
        <source>libvmdk cannot read the disk&apos;s embedded descriptor: %1</source>
        <translation>libvmdk ne peut pas lire le descripteur intégré du disque : %1</translation>
    </message>
    <message>
        <source>embedded descriptor: createType=&quot;streamOptimized&quot;</source>
        <translation>descripteur intégré : createType=&quot;streamOptimized&quot;</translation>
    </message>
    <message>
        <source>the embedded descriptor says createType=&quot;%1&quot;; a disk in an OVF must be streamOptimized (convert it with qemu-img convert -O vmdk -o subformat=streamOptimized, or ovftool)</source>
        <translation>le descripteur intégré indique createType=&quot;%1&quot; ; un disque dans un OVF doit être streamOptimized (convertissez-le avec qemu-img convert -O vmdk -o subformat=streamOptimized, ou ovftool)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run &quot;cl-uploader-cli --help&quot; for the full usage.
</source>
        <translation>Exécutez « cl-uploader-cli --help » pour l&apos;aide complète.
</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>interrompu.</translation>
    </message>
</context>
<context>
    <name>clu::CertificateProbe</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s.</source>
        <translation>%1:%2 n&apos;a pas terminé la négociation TLS en %3 s.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host name; only https sources have a certificate.</source>
        <translation>« %1 » n&apos;est pas une URL https:// avec un nom d&apos;hôte ; seules les sources https ont un certificat.</translation>
    </message>
    <message>
        <source>%1:%2 completed the TLS handshake without presenting a certificate.</source>
        <translation>%1:%2 a terminé la négociation TLS sans présenter de certificat.</translation>
    </message>
    <message>
        <source>Could not read the certificate of %1:%2: %3</source>
        <translation>Impossible de lire le certificat de %1:%2 : %3</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed: %3</source>
        <translation>La négociation TLS avec %1:%2 a échoué : %3</translation>
    </message>
</context>
<context>
    <name>clu::CredentialStore</name>
    <message>
        <source>No password is saved in the system keychain for %1.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans le trousseau du système pour %1.</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keychain: %2</source>
        <translation>Impossible de lire le mot de passe de %1 dans le trousseau du système : %2</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). The password for %2 is kept in memory until the program exits and is not saved.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). Le mot de passe de %2 est conservé en mémoire jusqu&apos;à la fin du programme et n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>The system keychain refused to save the password for %1: %2</source>
        <translation>Le trousseau du système a refusé d&apos;enregistrer le mot de passe de %1 : %2</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keychain: %2</source>
        <translation>Impossible de supprimer le mot de passe de %1 du trousseau du système : %2</translation>
    </message>
</context>
<context>
    <name>clu::FileUploadJob</name>
    <message>
        <source>upload %1</source>
        <translation>téléversement de %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation>le serveur n&apos;a fourni aucune URL de téléversement utilisable (« %1 »)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1 changed size since it was added (%2 bytes, now %3)</source>
        <translation>la taille de %1 a changé depuis son ajout (%2 octets, maintenant %3)</translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation>le transfert a été annulé</translation>
    </message>
    <message>
        <source>no data could be sent for %1 s (after %2 of %3 bytes)</source>
        <translation>aucune donnée n&apos;a pu être envoyée pendant %1 s (après %2 octets sur %3)</translation>
    </message>
    <message>
        <source>; reading the file failed: %1</source>
        <translation> ; la lecture du fichier a échoué : %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 of %2 bytes were sent (%3)%4</source>
        <translation>la connexion a été interrompue après l&apos;envoi de %1 octets sur %2 (%3)%4</translation>
    </message>
    <message>
        <source>all %1 bytes were sent, but the server did not answer within %2 s</source>
        <translation>les %1 octets ont tous été envoyés, mais le serveur n&apos;a pas répondu en %2 s</translation>
    </message>
</context>
<context>
    <name>clu::PrivilegeProbe</name>
    <message>
        <source>the item has an active update session, so the privilege probe could not run: %1</source>
        <translation>l&apos;élément a une session de mise à jour active, la vérification des privilèges n&apos;a donc pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>the privilege probe failed: %1</source>
        <translation>la vérification des privilèges a échoué : %1</translation>
    </message>
    <message>
        <source>the account may create update sessions on the item (&quot;%1&quot;): a probe session was created, canceled and deleted</source>
        <translation>le compte peut créer des sessions de mise à jour sur l&apos;élément (« %1 ») : une session de test a été créée, annulée et supprimée</translation>
    </message>
    <message>
        <source>the account may add items (&quot;%1&quot;), but the probe item %2 could not be deleted: %3</source>
        <translation>le compte peut ajouter des éléments (« %1 »), mais l&apos;élément de test %2 n&apos;a pas pu être supprimé : %3</translation>
    </message>
    <message>
        <source>the account may add items to the library (&quot;%1&quot;): a probe item was created and deleted</source>
        <translation>le compte peut ajouter des éléments à la bibliothèque (« %1 ») : un élément de test a été créé puis supprimé</translation>
    </message>
</context>
<context>
    <name>clu::ReplyLimits</name>
    <message>
        <source>no complete answer within %1 s (%2 bytes had arrived); the call was ended</source>
        <translation>pas de réponse complète en %1 s (%2 octets étaient arrivés) ; l&apos;appel a été interrompu</translation>
    </message>
    <message>
        <source>the server&apos;s answer is %1 bytes (Content-Length), more than the limit of %2; it was not read</source>
        <translation>la réponse du serveur fait %1 octets (Content-Length), plus que la limite de %2 ; elle n&apos;a pas été lue</translation>
    </message>
    <message>
        <source>the server&apos;s answer passed the limit of %1 while it arrived; the rest was not read</source>
        <translation>la réponse du serveur a dépassé la limite de %1 pendant sa réception ; le reste n&apos;a pas été lu</translation>
    </message>
</context>
<context>
    <name>clu::RestClient</name>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1 à la position %2</translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation>plus d&apos;une valeur JSON</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); SHA-256 fingerprint %3</source>
        <translation>le certificat de %1 n&apos;est pas approuvé (%2) ; empreinte SHA-256 %3</translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation>aucune adresse de serveur n&apos;est définie</translation>
    </message>
    <message>
        <source>the server&apos;s answer (HTTP %1) is not valid JSON: %2</source>
        <translation>la réponse du serveur (HTTP %1) n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>the server&apos;s answer has no {&quot;value&quot;: …} wrapper as /rest results must</source>
        <translation>la réponse du serveur n&apos;a pas l&apos;enveloppe {&quot;value&quot;: …} exigée pour les résultats /rest</translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation>la réponse de connexion ne contient aucun jeton de session</translation>
    </message>
</context>
<context>
    <name>clu::SessionCleanup</name>
    <message>
        <source>the connection is gone</source>
        <translation>la connexion n&apos;existe plus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>get: %1</source>
        <translation>get : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tries): %2</source>
        <translation>
            <numerusform>%1 (%n tentative) : %2</numerusform>
            <numerusform>%1 (%n tentatives) : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Update session %1 has ended but could not be deleted (%2); vCenter removes it later.</source>
        <translation>La session de mise à jour %1 est terminée mais n&apos;a pas pu être supprimée (%2) ; vCenter la supprimera plus tard.</translation>
    </message>
    <message>
        <source>Update session %1 could not be ended and may still lock the item (tried %2). Cancel it in vCenter or with &quot;cl-uploader-cli cancel %1&quot;.</source>
        <translation>La session de mise à jour %1 n&apos;a pas pu être terminée et verrouille peut-être encore l&apos;élément (tentatives : %2). Annulez-la dans vCenter ou avec « cl-uploader-cli cancel %1 ».</translation>
    </message>
</context>
<context>
    <name>clu::SessionFileTransfer</name>
    <message>
        <source>add %1 to the update session</source>
        <translation>ajout de %1 à la session de mise à jour</translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR right after adding it</source>
        <translation>le serveur indique le fichier à l&apos;état ERROR juste après son ajout</translation>
    </message>
    <message>
        <source>the server returned no upload_endpoint for a PUSH file</source>
        <translation>le serveur n&apos;a renvoyé aucun upload_endpoint pour un fichier PUSH</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>téléversement de %1</translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR after %1 of %2 bytes</source>
        <translation>le serveur indique le fichier à l&apos;état ERROR après %1 octets sur %2</translation>
    </message>
    <message>
        <source>the server still reports %1 long after all bytes were sent</source>
        <translation>le serveur indique toujours %1 longtemps après l&apos;envoi de tous les octets</translation>
    </message>
    <message>
        <source>the session went to %1, so the file cannot be sent again in it</source>
        <translation>la session est passée à %1 ; le fichier ne peut donc plus y être renvoyé</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); retrying in %3 s</source>
        <translation>la tentative %1 a échoué (%2) ; nouvel essai dans %3 s</translation>
    </message>
    <message>
        <source>fetch %1 from %2</source>
        <translation>récupération de %1 depuis %2</translation>
    </message>
    <message>
        <source>the server could not fetch the file</source>
        <translation>le serveur n&apos;a pas pu récupérer le fichier</translation>
    </message>
    <message>
        <source>the server reported no progress for %1 s (%2 bytes fetched)</source>
        <translation>le serveur n&apos;a signalé aucune progression pendant %1 s (%2 octets récupérés)</translation>
    </message>
    <message>
        <source>%1: the server answered the upload with success but never reported the file as received (still %2, 0 of %3 bytes after %4 s)</source>
        <translation>%1 : le serveur a répondu au téléversement par un succès mais n&apos;a jamais indiqué le fichier comme reçu (toujours %2, 0 octet sur %3 après %4 s)</translation>
    </message>
</context>
<context>
    <name>clu::TlsPolicy</name>
    <message>
        <source>&quot;%1&quot; is neither a SHA-256 nor a SHA-1 certificate fingerprint (expected 64 or 40 hex digits, colons allowed).</source>
        <translation>« %1 » n&apos;est ni une empreinte de certificat SHA-256 ni SHA-1 (64 ou 40 chiffres hexadécimaux attendus, deux-points autorisés).</translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3</source>
        <translation>%1 a présenté un certificat d&apos;empreinte %2, mais l&apos;empreinte épinglée est %3</translation>
    </message>
</context>
<context>
    <name>clu::UploadEngine</name>
    <message>
        <source>upload</source>
        <translation>téléversement</translation>
    </message>
    <message>
        <source>no library item was given</source>
        <translation>aucun élément de bibliothèque n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>No library item was given.</source>
        <translation>Aucun élément de bibliothèque n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>canceled by the user</source>
        <translation>annulé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The upload was canceled while %1.</source>
        <translation>Le téléversement a été annulé pendant %1.</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>vérification des fichiers à téléverser</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>The item already has an active update session.</source>
        <translation>L&apos;élément a déjà une session de mise à jour active.</translation>
    </message>
    <message>
        <source>The item already has an active update session: %1.</source>
        <translation>L&apos;élément a déjà une session de mise à jour active : %1.</translation>
    </message>
    <message>
        <source>Could not create the update session: %1</source>
        <translation>Impossible de créer la session de mise à jour : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 n&apos;a pas pu être téléversé après %n tentative : %2</numerusform>
            <numerusform>%1 n&apos;a pas pu être téléversé après %n tentatives : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the session while waiting for the OVF preview: %1</source>
        <translation>Impossible de lire la session pendant l&apos;attente de l&apos;aperçu OVF : %1</translation>
    </message>
    <message>
        <source>wait for the OVF preview</source>
        <translation>attente de l&apos;aperçu OVF</translation>
    </message>
    <message>
        <source>the session went to %1</source>
        <translation>la session est passée à %1</translation>
    </message>
    <message>
        <source>the preview is still %1 after %2 s</source>
        <translation>l&apos;aperçu est toujours %1 après %2 s</translation>
    </message>
    <message>
        <source>The server did not finish checking the OVF descriptor in time.</source>
        <translation>Le serveur n&apos;a pas terminé à temps la vérification du descripteur OVF.</translation>
    </message>
    <message>
        <source>review the package signature</source>
        <translation>examen de la signature du package</translation>
    </message>
    <message>
        <source>warnings not ignored: %1</source>
        <translation>avertissements non ignorés : %1</translation>
    </message>
    <message>
        <source>the signer was rejected</source>
        <translation>le signataire a été refusé</translation>
    </message>
    <message>
        <source>The package has warnings that were not ignored (%1); the session was canceled before any disk was sent.</source>
        <translation>Le package a des avertissements non ignorés (%1) ; la session a été annulée avant l&apos;envoi du moindre disque.</translation>
    </message>
    <message>
        <source>The package signature was rejected; the session was canceled before any disk was sent.</source>
        <translation>La signature du package a été refusée ; la session a été annulée avant l&apos;envoi du moindre disque.</translation>
    </message>
    <message>
        <source>Could not ignore the package warnings: %1</source>
        <translation>Impossible d&apos;ignorer les avertissements du package : %1</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Échec de la validation : %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <source>invalid: %1 (%2)</source>
        <translation>non valide : %1 (%2)</translation>
    </message>
    <message>
        <source>validate the session files</source>
        <translation>validation des fichiers de la session</translation>
    </message>
    <message>
        <source>The server reports problems with the files: %1</source>
        <translation>Le serveur signale des problèmes avec les fichiers : %1</translation>
    </message>
    <message>
        <source>Complete was refused: %1</source>
        <translation>La finalisation a été refusée : %1</translation>
    </message>
    <message>
        <source>Could not read the session after complete: %1</source>
        <translation>Impossible de lire la session après la finalisation : %1</translation>
    </message>
    <message>
        <source>complete the update session</source>
        <translation>finalisation de la session de mise à jour</translation>
    </message>
    <message>
        <source>the session ended in %1</source>
        <translation>la session s&apos;est terminée à l&apos;état %1</translation>
    </message>
    <message>
        <source>The session ended in %1 after complete: %2</source>
        <translation>La session s&apos;est terminée à l&apos;état %1 après la finalisation : %2</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>toujours %1</translation>
    </message>
    <message>
        <source>The session did not reach DONE in time.</source>
        <translation>La session n&apos;a pas atteint DONE à temps.</translation>
    </message>
    <message>
        <source>The upload ended while its session was created.</source>
        <translation>Le téléversement s&apos;est terminé pendant la création de sa session.</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s) in %2 sessions: %3</source>
        <translation>
            <numerusform>%1 n&apos;a pas pu être téléversé après %n tentative dans %2 sessions : %3</numerusform>
            <numerusform>%1 n&apos;a pas pu être téléversé après %n tentatives dans %2 sessions : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>validate: the server answered without a validation result</source>
        <translation>validation : le serveur a répondu sans résultat de validation</translation>
    </message>
    <message>
        <source>The upload stopped: %1</source>
        <translation>Le téléversement s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation>%1 ne correspond pas au manifeste : %2 vaut %3, le manifeste indique %4.</translation>
    </message>
    <message>
        <source>The update session ended while %1: %2</source>
        <translation>La session de mise à jour s&apos;est terminée pendant %1 : %2</translation>
    </message>
    <message>
        <source>the session ended (%1); starting over in a new session (%2 of %3)</source>
        <translation>la session s&apos;est terminée (%1) ; reprise dans une nouvelle session (%2 sur %3)</translation>
    </message>
    <message>
        <source>Could not start over: %1 %2</source>
        <translation>Impossible de recommencer : %1 %2</translation>
    </message>
    <message>
        <source>%1 Nothing was completed; start the upload again.</source>
        <translation>%1 Rien n&apos;a été finalisé ; relancez le téléversement.</translation>
    </message>
    <message>
        <source>The upload starts over in a new session: %1</source>
        <translation>Le téléversement reprend dans une nouvelle session : %1</translation>
    </message>
    <message>
        <source>%1 was removed during the upload.</source>
        <translation>%1 a été supprimé pendant le téléversement.</translation>
    </message>
    <message>
        <source>%1 changed during the upload (size %2 bytes, now %3).</source>
        <translation>%1 a changé pendant le téléversement (taille %2 octets, maintenant %3).</translation>
    </message>
    <message>
        <source>%1 changed during the upload (modified %2).</source>
        <translation>%1 a changé pendant le téléversement (modifié le %2).</translation>
    </message>
    <message>
        <source>hash %1 again</source>
        <translation>recalcul de la somme de contrôle de %1</translation>
    </message>
    <message>
        <source>Could not hash %1 again: %2</source>
        <translation>Impossible de recalculer la somme de contrôle de %1 : %2</translation>
    </message>
    <message>
        <source>check the OVF package</source>
        <translation>vérification du package OVF</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The server refused the package %1 before any disk was sent: %2</source>
        <translation>Le serveur a refusé le package %1 avant l&apos;envoi du moindre disque : %2</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>le serveur n&apos;a donné aucune raison</translation>
    </message>
    <message>
        <source>The server refused the package %1 before any disk was sent (the session went to %2): %3</source>
        <translation>Le serveur a refusé le package %1 avant l&apos;envoi du moindre disque (la session est passée à %2) : %3</translation>
    </message>
    <message>
        <source>The update session ended while waiting for the review: %1</source>
        <translation>La session de mise à jour s&apos;est terminée pendant l&apos;attente de l&apos;examen : %1</translation>
    </message>
    <message>
        <source>%1; hashing the files again for the new session</source>
        <translation>%1 ; recalcul des sommes de contrôle des fichiers pour la nouvelle session</translation>
    </message>
</context>
<context>
    <name>clu::cli::CliContext</name>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>CONTENT VERSION</source>
        <translation>VERSION DU CONTENU</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>set CLU_URL and CLU_USERNAME</source>
        <translation>définir CLU_URL et CLU_USERNAME</translation>
    </message>
    <message>
        <source>CLU_URL and CLU_USERNAME must be set (e.g. CLU_URL=https://vcenter.example.com).</source>
        <translation>CLU_URL et CLU_USERNAME doivent être définis (par ex. CLU_URL=https://vcenter.example.com).</translation>
    </message>
    <message>
        <source>CLU_URL &quot;%1&quot; is not an http(s) URL with a host.</source>
        <translation>CLU_URL « %1 » n&apos;est pas une URL http(s) avec un hôte.</translation>
    </message>
    <message>
        <source>Warning: CLU_INSECURE=1, the server certificate is not checked.</source>
        <translation>Avertissement : CLU_INSECURE=1, le certificat du serveur n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <source>CLU_THUMBPRINT: %1</source>
        <translation>CLU_THUMBPRINT : %1</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin : aucun mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>No password: set CLU_PASSWORD, use --password-stdin, or store it in the keychain under %1 (%2).</source>
        <translation>Aucun mot de passe : définissez CLU_PASSWORD, utilisez --password-stdin ou enregistrez-le dans le trousseau sous %1 (%2).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n blocking warning(s)</source>
        <translation>
            <numerusform>%1, %n avertissement bloquant</numerusform>
            <numerusform>%1, %n avertissements bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Signer certificate:</source>
        <translation>Certificat du signataire :</translation>
    </message>
    <message>
        <source>  subject:     %1</source>
        <translation>  sujet :       %1</translation>
    </message>
    <message>
        <source>  issuer:      %1</source>
        <translation>  émetteur :    %1</translation>
    </message>
    <message>
        <source>  self-signed: %1</source>
        <translation>  auto-signé :  %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>  valid:       %1 to %2</source>
        <translation>  valide :      du %1 au %2</translation>
    </message>
    <message>
        <source>  SHA-256:     %1</source>
        <translation>  SHA-256 :     %1</translation>
    </message>
    <message>
        <source>  SHA-1:       %1</source>
        <translation>  SHA-1 :       %1</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>Avertissements : aucun</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
    <message>
        <source>  %1 [%2] %3</source>
        <translation>  %1 [%2] %3</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>non ignoré</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>ÉLÉMENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>PROGRESSION</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>APERÇU</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRATION</translation>
    </message>
    <message>
        <source>Session:         %1</source>
        <translation>Session :               %1</translation>
    </message>
    <message>
        <source>Item:            %1 (content version %2)</source>
        <translation>Élément :               %1 (version du contenu %2)</translation>
    </message>
    <message>
        <source>State:           %1</source>
        <translation>État :                  %1</translation>
    </message>
    <message>
        <source>Client progress: %1%</source>
        <translation>Progression du client : %1 %</translation>
    </message>
    <message>
        <source>Expires:         %1</source>
        <translation>Expiration :            %1</translation>
    </message>
    <message>
        <source>Error:           %1 (%2)</source>
        <translation>Erreur :                %1 (%2)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>TRANSFERRED</source>
        <translation>TRANSFÉRÉ</translation>
    </message>
    <message>
        <source>Warning behavior updated.</source>
        <translation>Comportement des avertissements mis à jour.</translation>
    </message>
    <message>
        <source>Session %1 completed (state %2).</source>
        <translation>Session %1 terminée (état %2).</translation>
    </message>
    <message>
        <source>Session %1 canceled.</source>
        <translation>Session %1 annulée.</translation>
    </message>
    <message>
        <source>CLU_URL: %1.</source>
        <translation>CLU_URL : %1.</translation>
    </message>
    <message>
        <source>Warning: CLU_ALLOW_HTTP=1 and CLU_URL is http://: the password, the session token and the files cross the network unencrypted (lab only).</source>
        <translation>Avertissement : CLU_ALLOW_HTTP=1 et CLU_URL est en http:// : le mot de passe, le jeton de session et les fichiers traversent le réseau sans chiffrement (environnement de test uniquement).</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a positive whole number.</source>
        <translation>%1=« %2 » n&apos;est pas un nombre entier positif.</translation>
    </message>
</context>
<context>
    <name>clu::cli::UploadCommand</name>
    <message>
        <source>Interrupted: canceling the update session (Ctrl-C again to quit at once)...</source>
        <translation>Interrompu : annulation de la session de mise à jour (Ctrl-C à nouveau pour quitter immédiatement)...</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>interrompu.</translation>
    </message>
    <message>
        <source>Library &quot;%1&quot; is a subscribed library; only local libraries accept uploads.</source>
        <translation>La bibliothèque « %1 » est une bibliothèque abonnée ; seules les bibliothèques locales acceptent les téléversements.</translation>
    </message>
    <message>
        <source>%1 (add --create-item to create it)</source>
        <translation>%1 (ajoutez --create-item pour le créer)</translation>
    </message>
    <message>
        <source>Created item &quot;%1&quot; (%2, type %3).</source>
        <translation>Élément « %1 » créé (%2, type %3).</translation>
    </message>
    <message>
        <source>checking files: %1 of %2</source>
        <translation>vérification des fichiers : %1 sur %2</translation>
    </message>
    <message>
        <source>%1% %2 of %3, %4/s, ETA %5</source>
        <translation>%1 % %2 sur %3, %4/s, fin estimée dans %5</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>update session %1</source>
        <translation>session de mise à jour %1</translation>
    </message>
    <message>
        <source>Existing session: %1 (see &quot;cl-uploader-cli session %1&quot;, or cancel it with &quot;cl-uploader-cli cancel %1&quot;).</source>
        <translation>Session existante : %1 (voir « cl-uploader-cli session %1 », ou l&apos;annuler avec « cl-uploader-cli cancel %1 »).</translation>
    </message>
    <message>
        <source>%1 is sent without a certificate thumbprint: vCenter must already trust its certificate (see --source-thumbprint).</source>
        <translation>%1 est envoyé sans empreinte numérique de certificat : vCenter doit déjà approuver son certificat (voir --source-thumbprint).</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>vérification des fichiers à téléverser</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and has been deleted again.</source>
        <translation>L&apos;élément « %1 » (%2) a été créé pour ce téléversement et a de nouveau été supprimé.</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and is still empty; deleting it failed: %3</source>
        <translation>L&apos;élément « %1 » (%2) a été créé pour ce téléversement et est encore vide ; sa suppression a échoué : %3</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateDetailsWidget</name>
    <message>
        <source>Subject:</source>
        <translation>Sujet :</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>Auto-signé :</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du :</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>Valide jusqu&apos;au :</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>Empreinte SHA-1 :</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>Clé publique :</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Certificate &amp;chain (signer first):</source>
        <translation>&amp;Chaîne de certificats (signataire en premier) :</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>View &amp;PEM…</source>
        <translation>Afficher le &amp;PEM…</translation>
    </message>
    <message>
        <source>Show the certificate chain as PEM text you can copy</source>
        <translation>Afficher la chaîne de certificats en texte PEM à copier</translation>
    </message>
    <message>
        <source>&amp;Trust this signer…</source>
        <translation>&amp;Approuver ce signataire…</translation>
    </message>
    <message>
        <source>Add this certificate to the server&apos;s trusted certificates, so packages it signs are no longer reported as untrusted</source>
        <translation>Ajouter ce certificat aux certificats approuvés du serveur, afin que les packages qu&apos;il signe ne soient plus signalés comme non approuvés</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation>Dans sa période de validité.</translation>
    </message>
    <message>
        <source>Expired: the validity period has ended.</source>
        <translation>Expiré : la période de validité est terminée.</translation>
    </message>
    <message>
        <source>Not yet valid: the validity period has not started.</source>
        <translation>Pas encore valide : la période de validité n&apos;a pas commencé.</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Aucun certificat.</translation>
    </message>
    <message>
        <source>No certificate to show.</source>
        <translation>Aucun certificat à afficher.</translation>
    </message>
    <message>
        <source>Yes (nobody else vouches for it)</source>
        <translation>Oui (personne d&apos;autre ne s&apos;en porte garant)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(pas encore valide)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(expiré)</translation>
    </message>
    <message>
        <source>%1. %2 (issued by %3)</source>
        <translation>%1. %2 (émis par %3)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>Certificat (PEM)</translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation>Texte PEM</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateTrustDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>Certificat de serveur non approuvé</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not trusted by this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare the SHA-256 fingerprint below with the one your vCenter administrator gave you before you trust it. If they differ, somebody may be intercepting the connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le certificat de %1 n&apos;est pas approuvé par cet ordinateur.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Avant de l&apos;approuver, comparez l&apos;empreinte SHA-256 ci-dessous avec celle que votre administrateur vCenter vous a communiquée. Si elles diffèrent, quelqu&apos;un intercepte peut-être la connexion.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>Ne pas se connecter</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Approuver &amp;une fois</translation>
    </message>
    <message>
        <source>Accept this certificate until the application quits</source>
        <translation>Accepter ce certificat jusqu&apos;à la fermeture de l&apos;application</translation>
    </message>
    <message>
        <source>Trust and &amp;pin</source>
        <translation>Approuver et é&amp;pingler</translation>
    </message>
    <message>
        <source>Remember this certificate&apos;s fingerprint in the server profile; any other certificate from this server will be refused</source>
        <translation>Mémoriser l&apos;empreinte de ce certificat dans le profil du serveur ; tout autre certificat de ce serveur sera refusé</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateWarningsTab</name>
    <message>
        <source>Preview is being prepared</source>
        <translation>L&apos;aperçu est en cours de préparation</translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation>A&amp;vertissements :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Send the Ignore choices to the server (PATCH warning_behavior) and read back what it now reports</source>
        <translation>Envoyer les choix Ignorer au serveur (PATCH warning_behavior) et relire ce qu&apos;il indique désormais</translation>
    </message>
    <message>
        <source>The upload waits for your decision before sending the disks.</source>
        <translation>Le téléversement attend votre décision avant d&apos;envoyer les disques.</translation>
    </message>
    <message>
        <source>C&amp;ontinue upload</source>
        <translation>&amp;Continuer le téléversement</translation>
    </message>
    <message>
        <source>Ignore the ticked warnings and send the remaining files</source>
        <translation>Ignorer les avertissements cochés et envoyer les fichiers restants</translation>
    </message>
    <message>
        <source>&amp;Reject package</source>
        <translation>&amp;Refuser le package</translation>
    </message>
    <message>
        <source>Cancel the upload session; nothing more is sent</source>
        <translation>Annuler la session de téléversement ; plus rien n&apos;est envoyé</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>Aucune session sélectionnée.</translation>
    </message>
    <message>
        <source>Preview: none reported yet (no OVF descriptor in this session).</source>
        <translation>Aperçu : aucun pour l&apos;instant (pas de descripteur OVF dans cette session).</translation>
    </message>
    <message>
        <source>Preview: only reported while a session is active.</source>
        <translation>Aperçu : indiqué uniquement tant qu&apos;une session est active.</translation>
    </message>
    <message>
        <source>Preview: unavailable — add the OVF descriptor to see its signer.</source>
        <translation>Aperçu : indisponible — ajoutez le descripteur OVF pour voir son signataire.</translation>
    </message>
    <message>
        <source>Preview: preparing — the OVF descriptor is still being received…</source>
        <translation>Aperçu : en préparation — le descripteur OVF est encore en cours de réception…</translation>
    </message>
    <message>
        <source>Preview: available — the package is signed.</source>
        <translation>Aperçu : disponible — le package est signé.</translation>
    </message>
    <message>
        <source>Preview: available — the package is not signed.</source>
        <translation>Aperçu : disponible — le package n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>Preview: not applicable — no metadata file in this session.</source>
        <translation>Aperçu : sans objet — aucun fichier de métadonnées dans cette session.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Tick Ignore for every warning to continue, or reject the package</source>
        <translation>Cochez Ignorer pour chaque avertissement pour continuer, ou refusez le package</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still block Complete. Tick Ignore and press Apply to accept them, or reject the package.</source>
        <translation>
            <numerusform>%n avertissement bloque encore la finalisation. Cochez Ignorer et cliquez sur Appliquer pour l&apos;accepter, ou refusez le package.</numerusform>
            <numerusform>%n avertissements bloquent encore la finalisation. Cochez Ignorer et cliquez sur Appliquer pour les accepter, ou refusez le package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n warning(s) are ignored on the server; they no longer block Complete.</source>
        <translation>
            <numerusform>L&apos;avertissement (%n) est ignoré sur le serveur ; il ne bloque plus la finalisation.</numerusform>
            <numerusform>Les %n avertissements sont ignorés sur le serveur ; ils ne bloquent plus la finalisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>PATCH warning_behavior: %1</source>
        <translation>PATCH warning_behavior : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>non ignoré</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>aucun avertissement</translation>
    </message>
    <message>
        <source>The server now reports: %1.</source>
        <translation>Le serveur indique désormais : %1.</translation>
    </message>
    <message>
        <source>The server accepted the change but reports something else: %1 (%2)</source>
        <translation>Le serveur a accepté la modification mais indique autre chose : %1 (%2)</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>Impossible d&apos;appliquer : %1</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>Approuver ce signataire</translation>
    </message>
    <message>
        <source>Add the certificate of &quot;%1&quot; (SHA-256 %2) to the server&apos;s trusted certificates? Packages it signs will then no longer be reported as untrusted.</source>
        <translation>Ajouter le certificat de « %1 » (SHA-256 %2) aux certificats approuvés du serveur ? Les packages qu&apos;il signe ne seront alors plus signalés comme non approuvés.</translation>
    </message>
    <message>
        <source>The signer was added to the server&apos;s trusted certificates (id %1).</source>
        <translation>Le signataire a été ajouté aux certificats approuvés du serveur (ID %1).</translation>
    </message>
    <message>
        <source>Could not add the signer to the trusted certificates: %1</source>
        <translation>Impossible d&apos;ajouter le signataire aux certificats approuvés : %1</translation>
    </message>
</context>
<context>
    <name>clu::gui::ConnectionController</name>
    <message>
        <source>Profile %1 cannot be used: %2</source>
        <translation>Le profil %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>The server refused the password saved for %1; enter the current one.</source>
        <translation>Le serveur a refusé le mot de passe enregistré pour %1 ; saisissez le mot de passe actuel.</translation>
    </message>
    <message>
        <source>The password for %1 is now in the system keychain.</source>
        <translation>Le mot de passe de %1 est maintenant dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is kept in memory until the program ends.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau du système (%1) ; il est conservé en mémoire jusqu&apos;à la fin du programme.</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Serveur de démonstration</translation>
    </message>
    <message>
        <source>Pinned the certificate of %1 in profile %2.</source>
        <translation>Certificat de %1 épinglé dans le profil %2.</translation>
    </message>
</context>
<context>
    <name>clu::gui::DemoServer</name>
    <message>
        <source>The demo server did not report its address within %1 seconds.</source>
        <translation>Le serveur de démonstration n&apos;a pas indiqué son adresse en %1 secondes.</translation>
    </message>
    <message>
        <source>The demo needs cl-simulator, which was found neither next to cl-uploader, nor in ../simulator/, nor on PATH. Build the cl-simulator target or install the full package.</source>
        <translation>La démonstration nécessite cl-simulator, introuvable à côté de cl-uploader, dans ../simulator/ et dans le PATH. Compilez la cible cl-simulator ou installez le package complet.</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>Impossible de démarrer le serveur de démonstration (%1) : %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>s&apos;est arrêté brutalement</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>s&apos;est terminé avec le code %1</translation>
    </message>
    <message>
        <source>The demo server %1.</source>
        <translation>Le serveur de démonstration %1.</translation>
    </message>
    <message>
        <source>The demo server %1: %2</source>
        <translation>Le serveur de démonstration %1 : %2</translation>
    </message>
</context>
<context>
    <name>clu::gui::LibrariesPane</name>
    <message>
        <source>Filter libraries and items</source>
        <translation>Filtrer les bibliothèques et les éléments</translation>
    </message>
    <message>
        <source>Libraries and items</source>
        <translation>Bibliothèques et éléments</translation>
    </message>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>Clic droit pour afficher ou masquer des colonnes</translation>
    </message>
</context>
<context>
    <name>clu::gui::LibraryTreeModel</name>
    <message>
        <source>%1 (subscribed)</source>
        <translation>%1 (abonnée)</translation>
    </message>
    <message>
        <source>Subscribed library</source>
        <translation>Bibliothèque abonnée</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>Bibliothèque locale</translation>
    </message>
    <message>
        <source>%1 is subscribed to another library: its content is synced from the publisher and cannot be uploaded to.</source>
        <translation>%1 est abonnée à une autre bibliothèque : son contenu est synchronisé depuis l&apos;éditeur et ne peut pas recevoir de téléversement.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>clu::gui::MainWindow</name>
    <message>
        <source>Content Library Uploader</source>
        <translation>Content Library Uploader</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect to the selected vCenter server</source>
        <translation>Se connecter au serveur vCenter sélectionné</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>&amp;Profils de serveur…</translation>
    </message>
    <message>
        <source>Add, edit or delete server profiles</source>
        <translation>Ajouter, modifier ou supprimer des profils de serveur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload libraries and update sessions</source>
        <translation>Recharger les bibliothèques et les sessions de mise à jour</translation>
    </message>
    <message>
        <source>&amp;New upload…</source>
        <translation>&amp;Nouveau téléversement…</translation>
    </message>
    <message>
        <source>Upload files into a library item</source>
        <translation>Téléverser des fichiers dans un élément de bibliothèque</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Complete the selected update session</source>
        <translation>Terminer la session de mise à jour sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>C&amp;ancel session</source>
        <translation>Annu&amp;ler la session</translation>
    </message>
    <message>
        <source>Cancel the selected update session and discard its uploaded data</source>
        <translation>Annuler la session de mise à jour sélectionnée et abandonner ses données téléversées</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Keep alive</source>
        <translation>&amp;Maintenir active</translation>
    </message>
    <message>
        <source>Extend the selected update session before it expires</source>
        <translation>Prolonger la session de mise à jour sélectionnée avant son expiration</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Supprimer la session</translation>
    </message>
    <message>
        <source>Delete the selected finished update session</source>
        <translation>Supprimer la session de mise à jour terminée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>Quitter l&apos;application</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>The vCenter server to connect to</source>
        <translation>Le serveur vCenter auquel se connecter</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>Actions de session</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Content Library Uploader</source>
        <translation>À &amp;propos de Content Library Uploader</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>F&amp;ichiers</translation>
    </message>
    <message>
        <source>Certificate &amp;&amp; &amp;warnings</source>
        <translation>Certificat et a&amp;vertissements</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <source>Subscribed libraries cannot be uploaded to.</source>
        <translation>Les bibliothèques abonnées ne peuvent pas recevoir de téléversement.</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>API flavor the server speaks</source>
        <translation>Variante d&apos;API utilisée par le serveur</translation>
    </message>
    <message>
        <source>Overall upload rate</source>
        <translation>Débit global de téléversement</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Uploads running</source>
        <translation>Téléversements en cours</translation>
    </message>
    <message>
        <source>Uploads are still running. Quit and cancel them?</source>
        <translation>Des téléversements sont encore en cours. Quitter et les annuler ?</translation>
    </message>
    <message>
        <source>About Content Library Uploader</source>
        <translation>À propos de Content Library Uploader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;Uploads templates, ISO images and files into vCenter Content Libraries through update sessions, with certificate review and live progress.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;Téléverse des modèles, des images ISO et des fichiers dans les bibliothèques de contenu vCenter au moyen de sessions de mise à jour, avec examen des certificats et progression en direct.&lt;/p&gt;&lt;p&gt;Distribué sous licence Apache 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>Serveur de démonstration</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Demo server failed</source>
        <translation>Échec du serveur de démonstration</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Démarrage du serveur de démonstration…</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>Serveur de démonstration (%1)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <source>Log out of the server</source>
        <translation>Se déconnecter du serveur</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n warning(s) are not ignored. Review them on the Certificate &amp; warnings tab.</source>
        <translation>
            <numerusform>Bloqué : %n avertissement n&apos;est pas ignoré. Examinez-le dans l&apos;onglet Certificat et avertissements.</numerusform>
            <numerusform>Bloqué : %n avertissements ne sont pas ignorés. Examinez-les dans l&apos;onglet Certificat et avertissements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Complete accepted</source>
        <translation>Finalisation acceptée</translation>
    </message>
    <message>
        <source>Complete failed: %1</source>
        <translation>Échec de la finalisation : %1</translation>
    </message>
    <message>
        <source>Could not complete %1: %2</source>
        <translation>Impossible de terminer %1 : %2</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Annuler la session</translation>
    </message>
    <message>
        <source>Cancel the update session of %1? Data uploaded so far is discarded and the item stays as it was.</source>
        <translation>Annuler la session de mise à jour de %1 ? Les données déjà téléversées sont abandonnées et l&apos;élément reste inchangé.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation>Échec de l&apos;annulation : %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>Impossible d&apos;annuler : %1</translation>
    </message>
    <message>
        <source>Keep-alive sent</source>
        <translation>Maintien actif envoyé</translation>
    </message>
    <message>
        <source>Keep-alive failed: %1</source>
        <translation>Échec du maintien actif : %1</translation>
    </message>
    <message>
        <source>The session of %1 was kept alive.</source>
        <translation>La session de %1 a été maintenue active.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <source>Delete the record of the update session of %1?</source>
        <translation>Supprimer l&apos;enregistrement de la session de mise à jour de %1 ?</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>Session supprimée.</translation>
    </message>
    <message>
        <source>Could not delete the session: %1</source>
        <translation>Impossible de supprimer la session : %1</translation>
    </message>
    <message>
        <source>Connect to a server before starting an upload.</source>
        <translation>Connectez-vous à un serveur avant de démarrer un téléversement.</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Starting upload of %1</source>
        <translation>Démarrage du téléversement de %1</translation>
    </message>
    <message>
        <source>Upload started: %1</source>
        <translation>Téléversement démarré : %1</translation>
    </message>
    <message>
        <source>Review the certificate and warnings of %1 before the disks are sent.</source>
        <translation>Examinez le certificat et les avertissements de %1 avant l&apos;envoi des disques.</translation>
    </message>
    <message>
        <source>Upload finished.</source>
        <translation>Téléversement terminé.</translation>
    </message>
    <message>
        <source>Item is busy</source>
        <translation>Élément occupé</translation>
    </message>
    <message>
        <source>Another update session (%1) is already open on this item. Open that session?</source>
        <translation>Une autre session de mise à jour (%1) est déjà ouverte sur cet élément. Ouvrir cette session ?</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>Téléversement terminé</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Échec du téléversement</translation>
    </message>
    <message>
        <source>New upload opens with %1 once connected.</source>
        <translation>Nouveau téléversement s&apos;ouvrira avec %1 une fois la connexion établie.</translation>
    </message>
    <message>
        <source>Reading the password of %1…</source>
        <translation>Lecture du mot de passe de %1…</translation>
    </message>
</context>
<context>
    <name>clu::gui::NewUploadDialog</name>
    <message>
        <source>New upload</source>
        <translation>Nouveau téléversement</translation>
    </message>
    <message>
        <source>1. Target</source>
        <translation>1. Cible</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothèque :</translation>
    </message>
    <message>
        <source>&amp;Existing item:</source>
        <translation>Élément &amp;existant :</translation>
    </message>
    <message>
        <source>Existing item</source>
        <translation>Élément existant</translation>
    </message>
    <message>
        <source>New &amp;item named:</source>
        <translation>Nouvel é&amp;lément nommé :</translation>
    </message>
    <message>
        <source>New item name</source>
        <translation>Nom du nouvel élément</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Detected from the files: ovf for .ovf/.ova, iso for .iso, else file</source>
        <translation>Déterminé d&apos;après les fichiers : ovf pour .ovf/.ova, iso pour .iso, sinon file</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>2. Files</source>
        <translation>2. Fichiers</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>Fichiers à téléverser</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Plain files, e.g. ISO images</source>
        <translation>Fichiers simples, par ex. des images ISO</translation>
    </message>
    <message>
        <source>OVF/OV&amp;A package…</source>
        <translation>Package OVF/OV&amp;A…</translation>
    </message>
    <message>
        <source>One .ovf (its disks, .mf and .cert are collected) or one .ova</source>
        <translation>Un .ovf (ses disques, .mf et .cert sont collectés) ou un .ova</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Sent in checksum_info; the server verifies each file with it</source>
        <translation>Envoyé dans checksum_info ; le serveur vérifie chaque fichier avec</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>OVF or OVA package</source>
        <translation>Package OVF ou OVA</translation>
    </message>
    <message>
        <source>OVF packages (*.ovf *.ova)</source>
        <translation>Packages OVF (*.ovf *.ova)</translation>
    </message>
    <message>
        <source>%1  (missing)</source>
        <translation>%1  (manquant)</translation>
    </message>
    <message>
        <source>The descriptor references files that are not there: %1.</source>
        <translation>Le descripteur référence des fichiers absents : %1.</translation>
    </message>
    <message>
        <source>Signed package: the certificate review opens before the disks are sent if the server reports warnings.</source>
        <translation>Package signé : l&apos;examen du certificat s&apos;ouvre avant l&apos;envoi des disques si le serveur signale des avertissements.</translation>
    </message>
    <message>
        <source>Unsigned package.</source>
        <translation>Package non signé.</translation>
    </message>
    <message>
        <source>%1 is an OVF package: upload it on its own.</source>
        <translation>%1 est un package OVF : téléversez-le seul.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>There is no local library to upload to (subscribed libraries cannot be uploaded to).</source>
        <translation>Aucune bibliothèque locale ne peut recevoir le téléversement (les bibliothèques abonnées ne le peuvent pas).</translation>
    </message>
    <message>
        <source>Choose the files to upload.</source>
        <translation>Choisissez les fichiers à téléverser.</translation>
    </message>
    <message>
        <source>Name the new item.</source>
        <translation>Nommez le nouvel élément.</translation>
    </message>
    <message>
        <source>Choose the item to update.</source>
        <translation>Choisissez l&apos;élément à mettre à jour.</translation>
    </message>
    <message>
        <source>From &amp;URL…</source>
        <translation>Depuis une &amp;URL…</translation>
    </message>
    <message>
        <source>A file vCenter fetches itself from an http(s) URL; the source&apos;s certificate thumbprint is shown for confirmation</source>
        <translation>Un fichier que vCenter récupère lui-même depuis une URL http(s) ; l&apos;empreinte numérique du certificat de la source est affichée pour confirmation</translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2)</source>
        <translation>%1  (récupéré par vCenter depuis %2)</translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2, certificate thumbprint %3)</source>
        <translation>%1  (récupéré par vCenter depuis %2, empreinte numérique du certificat %3)</translation>
    </message>
    <message>
        <source>%1 is an OVF package: vCenter cannot assemble a package from a URL here; download it and upload it as a package.</source>
        <translation>%1 est un package OVF : vCenter ne peut pas assembler ici un package depuis une URL ; téléchargez-le et téléversez-le comme package.</translation>
    </message>
    <message>
        <source>An OVF package is uploaded on its own; remove the URL sources or the package.</source>
        <translation>Un package OVF est téléversé seul ; retirez les sources URL ou le package.</translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation>Deux fichiers s&apos;appellent %1 ; les noms doivent être uniques dans un élément.</translation>
    </message>
    <message>
        <source>%1  (reading the package…)</source>
        <translation>%1  (lecture du package…)</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>Lecture du package…</translation>
    </message>
    <message>
        <source>3. Preflight</source>
        <translation>3. Vérification préalable</translation>
    </message>
    <message>
        <source>4. &amp;Checksum:</source>
        <translation>4. Somme de &amp;contrôle :</translation>
    </message>
    <message>
        <source>Preflight is checking the files.</source>
        <translation>La vérification préalable contrôle les fichiers.</translation>
    </message>
    <message>
        <source>Preflight found what vCenter would refuse; see the checklist.</source>
        <translation>La vérification préalable a trouvé ce que vCenter refuserait ; consultez la liste de contrôle.</translation>
    </message>
    <message>
        <source>Preflight has warnings; check &quot;Upload despite preflight warnings&quot; to go ahead.</source>
        <translation>La vérification préalable signale des avertissements ; cochez « Téléverser malgré les avertissements de la vérification préalable » pour continuer.</translation>
    </message>
</context>
<context>
    <name>clu::gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password for %1 on %2:</source>
        <translation>&amp;Mot de passe de %1 sur %2 :</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau du s&amp;ystème</translation>
    </message>
    <message>
        <source>Saved once the server has accepted it; never in the settings</source>
        <translation>Enregistré une fois accepté par le serveur ; jamais dans les paramètres</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory until the program ends</source>
        <translation>Aucun trousseau système n&apos;est disponible : le mot de passe est conservé en mémoire jusqu&apos;à la fin du programme</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>clu::gui::PinMismatchDialog</name>
    <message>
        <source>Server certificate changed — connection refused</source>
        <translation>Certificat du serveur modifié — connexion refusée</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one pinned in this profile. The connection was refused.

Pinned fingerprint:
%2

Presented fingerprint:
%3

If the vCenter certificate was renewed on purpose, verify the new fingerprint with its administrator and update the pin in Server profiles. Otherwise somebody may be intercepting the connection.</source>
        <translation>%1 a présenté un certificat différent de celui épinglé dans ce profil. La connexion a été refusée.

Empreinte épinglée :
%2

Empreinte présentée :
%3

Si le certificat vCenter a été renouvelé volontairement, vérifiez la nouvelle empreinte auprès de son administrateur et mettez à jour l&apos;épinglage dans Profils de serveur. Sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
</context>
<context>
    <name>clu::gui::PreflightChecklist</name>
    <message>
        <source>Preflight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Upload despite preflight &amp;warnings</source>
        <translation>Téléverser malgré les a&amp;vertissements de la vérification préalable</translation>
    </message>
    <message>
        <source>Failures always stop the upload; certificate warnings are decided in the certificate review</source>
        <translation>Les échecs arrêtent toujours le téléversement ; les avertissements de certificat se décident lors de l&apos;examen du certificat</translation>
    </message>
    <message>
        <source>Preflight: checking the files…</source>
        <translation>Vérification préalable : contrôle des fichiers…</translation>
    </message>
    <message>
        <source>Preflight: choose files to check them before anything is sent.</source>
        <translation>Vérification préalable : choisissez des fichiers pour les vérifier avant tout envoi.</translation>
    </message>
    <message numerus="yes">
        <source>Preflight: %n check(s) failed; vCenter would refuse this upload.</source>
        <translation>
            <numerusform>Vérification préalable : %n contrôle a échoué ; vCenter refuserait ce téléversement.</numerusform>
            <numerusform>Vérification préalable : %n contrôles ont échoué ; vCenter refuserait ce téléversement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed with %n warning(s).</source>
        <translation>
            <numerusform>Vérification préalable : réussie avec %n avertissement.</numerusform>
            <numerusform>Vérification préalable : réussie avec %n avertissements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: all %n check(s) passed.</source>
        <translation>
            <numerusform>Vérification préalable : %n contrôle réussi.</numerusform>
            <numerusform>Vérification préalable : les %n contrôles ont réussi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>Commencer un nouveau profil vide</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved password</source>
        <translation>Supprimer le profil sélectionné et son mot de passe enregistré</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation>Un nom que vous reconnaîtrez</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>https://vcenter.example.com</source>
        <translation>https://vcenter.example.com</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;u&amp;tilisateur :</translation>
    </message>
    <message>
        <source>For example administrator@vsphere.local</source>
        <translation>Par exemple administrator@vsphere.local</translation>
    </message>
    <message>
        <source>Pinned &amp;thumbprint:</source>
        <translation>&amp;Empreinte épinglée :</translation>
    </message>
    <message>
        <source>SHA-256 or SHA-1 fingerprint of the server certificate; only that certificate will be accepted. Leave empty to use the system&apos;s trust store.</source>
        <translation>Empreinte SHA-256 ou SHA-1 du certificat du serveur ; seul ce certificat sera accepté. Laissez vide pour utiliser le magasin de confiance du système.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Stored in the system keychain when &quot;Remember&quot; is ticked, never in the settings file</source>
        <translation>Enregistré dans le trousseau du système lorsque « Mémoriser » est coché, jamais dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau du s&amp;ystème</translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 (40 hex digits) nor a SHA-256 (64 hex digits) fingerprint.</source>
        <translation>L&apos;empreinte numérique épinglée « %1 » n&apos;est ni une empreinte SHA-1 (40 chiffres hexadécimaux) ni SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Profile saved; the password is in the system keychain.</source>
        <translation>Profil enregistré ; le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable; the password is kept in memory until the application quits.</source>
        <translation>Le trousseau du système n&apos;est pas disponible ; le mot de passe est conservé en mémoire jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Profile saved. You will be asked for the password when connecting.</source>
        <translation>Profil enregistré. Le mot de passe vous sera demandé à la connexion.</translation>
    </message>
    <message>
        <source>Profile saved. The password is kept in memory until the application quits.</source>
        <translation>Profil enregistré. Le mot de passe est conservé en mémoire jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation>Supprimer le profil « %1 » et son mot de passe enregistré ?</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (lab only)</source>
        <translation>Autoriser &amp;http non chiffré (environnement de test uniquement)</translation>
    </message>
    <message>
        <source>Connect to an http:// URL. The password, the session token and the uploaded files then cross the network unencrypted.</source>
        <translation>Se connecter à une URL http://. Le mot de passe, le jeton de session et les fichiers téléversés traversent alors le réseau sans chiffrement.</translation>
    </message>
</context>
<context>
    <name>clu::gui::QuitOnSignals</name>
    <message>
        <source>cannot create the signal pipe: %1</source>
        <translation>impossible de créer le tube de signaux : %1</translation>
    </message>
    <message>
        <source>cannot install the handler of signal %1: %2</source>
        <translation>impossible d&apos;installer le gestionnaire du signal %1 : %2</translation>
    </message>
    <message>
        <source>cannot install the console control handler (error %1)</source>
        <translation>impossible d&apos;installer le gestionnaire de contrôle de la console (erreur %1)</translation>
    </message>
</context>
<context>
    <name>clu::gui::ServerConnection</name>
    <message>
        <source>%1 refused the user name or password. Check them in Server profiles.</source>
        <translation>%1 a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les dans Profils de serveur.</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused). Is the address and port right and the vCenter running?</source>
        <translation>Rien n&apos;accepte de connexions sur %1 (connexion refusée). L&apos;adresse et le port sont-ils corrects et vCenter est-il en cours d&apos;exécution ?</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the pinned one; the connection was refused.</source>
        <translation>%1 a présenté un certificat différent de celui épinglé ; la connexion a été refusée.</translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>bibliothèques</translation>
    </message>
    <message>
        <source>library items</source>
        <translation>éléments de bibliothèque</translation>
    </message>
    <message>
        <source>update sessions</source>
        <translation>sessions de mise à jour</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionFilesTab</name>
    <message>
        <source>Session files</source>
        <translation>Fichiers de la session</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Upload local files into this session (SHA-256 checksum sent)</source>
        <translation>Téléverser des fichiers locaux dans cette session (somme de contrôle SHA-256 envoyée)</translation>
    </message>
    <message>
        <source>Add from &amp;URL…</source>
        <translation>Ajouter depuis une &amp;URL…</translation>
    </message>
    <message>
        <source>Let the server fetch a file from an http(s) URL</source>
        <translation>Laisser le serveur récupérer un fichier depuis une URL http(s)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected file from the item when the session completes</source>
        <translation>Retirer le fichier sélectionné de l&apos;élément à la fin de la session</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Réess&amp;ayer</translation>
    </message>
    <message>
        <source>Send the selected failed file again</source>
        <translation>Renvoyer le fichier en échec sélectionné</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <source>Ask the server which files are missing or invalid</source>
        <translation>Demander au serveur quels fichiers manquent ou ne sont pas valides</translation>
    </message>
    <message>
        <source>Could not list the files: %1</source>
        <translation>Impossible de lister les fichiers : %1</translation>
    </message>
    <message>
        <source>Waiting for transfer</source>
        <translation>En attente de transfert</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>Transfert en cours</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation> (vérifié)</translation>
    </message>
    <message>
        <source> (not yet verified)</source>
        <translation> (pas encore vérifié)</translation>
    </message>
    <message>
        <source>Add files to the session</source>
        <translation>Ajouter des fichiers à la session</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a readable file.</source>
        <translation>Impossible de lire %1 : ce n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Computing the SHA-256 checksum of %1</source>
        <translation>Calcul de la somme de contrôle SHA-256 de %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>%1 is on the server</source>
        <translation>%1 est sur le serveur</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;opération « %1 » : %2</translation>
    </message>
    <message>
        <source>Adding %1 (%2 bytes, SHA-256 %3)</source>
        <translation>Ajout de %1 (%2 octets, SHA-256 %3)</translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL)</source>
        <translation>Ajout de %1 depuis %2 (PULL)</translation>
    </message>
    <message>
        <source>%1 added (server fetches it)</source>
        <translation>%1 ajouté (le serveur le récupère)</translation>
    </message>
    <message>
        <source>Adding %1 failed: %2</source>
        <translation>Échec de l&apos;ajout de %1 : %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the item when this session completes?</source>
        <translation>Retirer « %1 » de l&apos;élément à la fin de cette session ?</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Retrait de %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>Échec du retrait de %1 : %2</translation>
    </message>
    <message>
        <source>Retrying %1</source>
        <translation>Nouvel essai pour %1</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>Échec de la validation : %1</translation>
    </message>
    <message>
        <source>Validation passed: no missing or invalid files.</source>
        <translation>Validation réussie : aucun fichier manquant ou non valide.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquants : %1</translation>
    </message>
    <message>
        <source>Invalid: %1 — %2</source>
        <translation>Non valide : %1 — %2</translation>
    </message>
    <message>
        <source>Validation found problems. %1</source>
        <translation>La validation a trouvé des problèmes. %1</translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL, certificate thumbprint %3)</source>
        <translation>Ajout de %1 depuis %2 (PULL, empreinte numérique du certificat %3)</translation>
    </message>
    <message>
        <source>The session is done; its files can no longer be listed: %1</source>
        <translation>La session est terminée ; ses fichiers ne peuvent plus être listés : %1</translation>
    </message>
    <message>
        <source>The session is done; the item&apos;s files could not be read: %1</source>
        <translation>La session est terminée ; les fichiers de l&apos;élément n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The session is done; these are the files of the item now.</source>
        <translation>La session est terminée ; voici désormais les fichiers de l&apos;élément.</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionInfoTab</name>
    <message>
        <source>Session ID:</source>
        <translation>ID de session :</translation>
    </message>
    <message>
        <source>Library item:</source>
        <translation>Élément de bibliothèque :</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Bibliothèque :</translation>
    </message>
    <message>
        <source>Content version at start:</source>
        <translation>Version du contenu au départ :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Client progress:</source>
        <translation>Progression du client :</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expiration :</translation>
    </message>
    <message>
        <source>Warning behavior:</source>
        <translation>Comportement des avertissements :</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>Message d&apos;erreur :</translation>
    </message>
    <message>
        <source>Error message id:</source>
        <translation>ID du message d&apos;erreur :</translation>
    </message>
    <message>
        <source>What this client did to the session:</source>
        <translation>Ce que ce client a fait de la session :</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Journal de la session</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>non ignoré</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>aucun défini</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionTableModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) ignored</source>
        <translation>
            <numerusform>%1, %n avertissement ignoré</numerusform>
            <numerusform>%1, %n avertissements ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) blocking</source>
        <translation>
            <numerusform>%1, %n avertissement bloquant</numerusform>
            <numerusform>%1, %n avertissements bloquants</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Library item %1</source>
        <translation>Élément de bibliothèque %1</translation>
    </message>
    <message>
        <source>Transfer progress of this client&apos;s upload</source>
        <translation>Progression du transfert du téléversement de ce client</translation>
    </message>
    <message>
        <source>Progress reported by the uploading client</source>
        <translation>Progression indiquée par le client qui téléverse</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionsPane</name>
    <message>
        <source>&lt;b&gt;Update sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sessions de mise à jour&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>Show only sessions in this state</source>
        <translation>N&apos;afficher que les sessions dans cet état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by item, library or session id</source>
        <translation>Filtrer par élément, bibliothèque ou ID de session</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Update sessions</source>
        <translation>Sessions de mise à jour</translation>
    </message>
</context>
<context>
    <name>clu::gui::UploadController</name>
    <message numerus="yes">
        <source>The preview reports %n warning(s); waiting for the review.</source>
        <translation>
            <numerusform>L&apos;aperçu signale %n avertissement ; en attente de l&apos;examen.</numerusform>
            <numerusform>L&apos;aperçu signale %n avertissements ; en attente de l&apos;examen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Update session created for %1</source>
        <translation>Session de mise à jour créée pour %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>Could not create the item &quot;%1&quot;: %2</source>
        <translation>Impossible de créer l&apos;élément « %1 » : %2</translation>
    </message>
    <message>
        <source>The upload could not start: another upload is running or the request is incomplete.</source>
        <translation>Le téléversement n&apos;a pas pu démarrer : un autre téléversement est en cours ou la demande est incomplète.</translation>
    </message>
    <message>
        <source>Review: continue, ignoring %1</source>
        <translation>Examen : continuer en ignorant %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Review: package rejected</source>
        <translation>Examen : package refusé</translation>
    </message>
    <message>
        <source>Not verified by the server: %1</source>
        <translation>Non vérifié par le serveur : %1</translation>
    </message>
    <message>
        <source>The new item &quot;%1&quot; was deleted again.</source>
        <translation>Le nouvel élément « %1 » a de nouveau été supprimé.</translation>
    </message>
    <message>
        <source>The new item &quot;%1&quot; (%2) is still there, empty: deleting it failed: %3</source>
        <translation>Le nouvel élément « %1 » (%2) existe toujours, vide : sa suppression a échoué : %3</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>vérification des fichiers à téléverser</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Rien n&apos;a été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>clu::gui::UrlSourceDialog</name>
    <message>
        <source>Add from URL</source>
        <translation>Ajouter depuis une URL</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL source</translation>
    </message>
    <message>
        <source>vCenter fetches the file from this http:// or https:// URL itself</source>
        <translation>vCenter récupère lui-même le fichier depuis cette URL http:// ou https://</translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation>&amp;Récupérer le certificat</translation>
    </message>
    <message>
        <source>Connect to the source and show the certificate it presents</source>
        <translation>Se connecter à la source et afficher le certificat qu&apos;elle présente</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>File name in the item</source>
        <translation>Nom du fichier dans l&apos;élément</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier :</translation>
    </message>
    <message>
        <source>I have &amp;compared this thumbprint with the one the source&apos;s owner published; vCenter may fetch from this server.</source>
        <translation>J&apos;ai &amp;comparé cette empreinte numérique avec celle publiée par le propriétaire de la source ; vCenter peut récupérer depuis ce serveur.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Fetching the certificate of %1…</source>
        <translation>Récupération du certificat de %1…</translation>
    </message>
    <message>
        <source>Enter the URL vCenter should fetch the file from.</source>
        <translation>Saisissez l&apos;URL depuis laquelle vCenter doit récupérer le fichier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation>« %1 » n&apos;est pas une URL http:// ou https:// avec un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Plain http: the file travels unencrypted and the source is not authenticated; the checksum vCenter computes is the only check. No thumbprint is needed.</source>
        <translation>http simple : le fichier circule sans chiffrement et la source n&apos;est pas authentifiée ; la somme de contrôle calculée par vCenter est la seule vérification. Aucune empreinte numérique n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Fetch the source&apos;s certificate to confirm its thumbprint.</source>
        <translation>Récupérez le certificat de la source pour confirmer son empreinte numérique.</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint vCenter will require: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Empreinte numérique SHA-1 que vCenter exigera : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This computer trusts the certificate of %1.</source>
        <translation>Cet ordinateur approuve le certificat de %1.</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: %2</source>
        <translation>Cet ordinateur n&apos;approuve pas le certificat de %1 : %2</translation>
    </message>
    <message>
        <source>Confirm the thumbprint to add the file.</source>
        <translation>Confirmez l&apos;empreinte numérique pour ajouter le fichier.</translation>
    </message>
    <message>
        <source>Name the file (the URL&apos;s path does not end in a file name).</source>
        <translation>Nommez le fichier (le chemin de l&apos;URL ne se termine pas par un nom de fichier).</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation>Un nom de fichier ne peut pas contenir / ni \.</translation>
    </message>
</context>
<context>
    <name>clu::gui::WarningListWidget</name>
    <message>
        <source>Certificate warnings</source>
        <translation>Avertissements du certificat</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificat auto-signé</translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation>Certificat expiré</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Certificat pas encore valide</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>Ignorer %1</translation>
    </message>
    <message>
        <source>Tick to let Complete succeed despite this warning</source>
        <translation>Cocher pour que la finalisation réussisse malgré cet avertissement</translation>
    </message>
</context>
</TS>
