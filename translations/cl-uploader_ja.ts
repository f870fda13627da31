<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>the server reported %1</source>
        <translation>サーバが %1 を報告しました</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>サーバが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the address and port right?)</source>
        <translation>%1 への接続が拒否されました (アドレスとポートは正しいですか?)</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>%1 から時間内に応答がありません</translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3; the connection was refused</source>
        <translation>%1 はフィンガープリント %2 の証明書を提示しましたが、固定されたフィンガープリントは %3 です。接続は拒否されました</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed</source>
        <translation>%1 への TLS 接続に失敗しました</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>Logging in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Refreshing the login session</source>
        <translation>ログイン セッションの更新</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation>ライブラリの一覧取得</translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation>ライブラリ %1 の読み取り</translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation>ライブラリの検索</translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation>ライブラリ %1 のアイテムの一覧取得</translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation>ライブラリ アイテム %1 の読み取り</translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation>ライブラリ アイテムの検索</translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation>ライブラリ アイテム「%1」の作成</translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation>ライブラリ アイテム %1 の削除</translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation>ライブラリ アイテム %1 のファイルの一覧取得</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation>ライブラリ アイテム %2 のファイル「%1」の読み取り</translation>
    </message>
    <message>
        <source>Listing item types</source>
        <translation>アイテム タイプの一覧取得</translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation>データストアの一覧取得</translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation>ライブラリ アイテム %1 の更新セッションの作成</translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation>更新セッションの一覧取得</translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation>更新セッション %1 の読み取り</translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation>更新セッション %1 の警告動作の変更</translation>
    </message>
    <message>
        <source>Deleting update session %1</source>
        <translation>更新セッション %1 の削除</translation>
    </message>
    <message>
        <source>Completing update session %1</source>
        <translation>更新セッション %1 の完了</translation>
    </message>
    <message>
        <source>Canceling update session %1</source>
        <translation>更新セッション %1 のキャンセル</translation>
    </message>
    <message>
        <source>Marking update session %1 as failed</source>
        <translation>更新セッション %1 を失敗としてマーク</translation>
    </message>
    <message>
        <source>Keeping update session %1 alive</source>
        <translation>更新セッション %1 のアクティブ維持</translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation>更新セッション %2 へのファイル「%1」の追加</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation>更新セッション %2 のファイル「%1」の読み取り</translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation>更新セッション %1 のファイルの一覧取得</translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation>更新セッション %2 からのファイル「%1」の削除</translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation>更新セッション %1 のファイルの検証</translation>
    </message>
    <message>
        <source>Listing trusted certificates</source>
        <translation>信頼済み証明書の一覧取得</translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation>信頼済み証明書 %1 の読み取り</translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation>信頼済み証明書の追加</translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation>信頼済み証明書 %1 の削除</translation>
    </message>
</context>
<context>
    <name>BlockReader</name>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>%1 秒間データが届きませんでした</translation>
    </message>
</context>
<context>
    <name>ChecksumCalculator</name>
    <message>
        <source>Checksum of %1 canceled.</source>
        <translation>%1 のチェックサム計算がキャンセルされました。</translation>
    </message>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>チェックサムを計算するために %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to compute its checksum: %2</source>
        <translation>チェックサムを計算するために %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot compute the checksum of %1: %2</source>
        <translation>%1 のチェックサムを計算できません: %2</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>unknown warning type &quot;%1&quot;; use SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE, NOT_YET_VALID_CERTIFICATE or UNTRUSTED_CERTIFICATE</source>
        <translation>不明な警告タイプ「%1」です。SELF_SIGNED_CERTIFICATE、EXPIRED_CERTIFICATE、NOT_YET_VALID_CERTIFICATE、UNTRUSTED_CERTIFICATE のいずれかを使用してください</translation>
    </message>
    <message>
        <source>Scriptable client for vCenter Content Library update sessions.

%1</source>
        <translation>vCenter コンテンツ ライブラリの更新セッション用のスクリプト可能なクライアントです。

%1</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>機械可読な JSON で出力します。</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>パスワードを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>Library name or id.</source>
        <translation>ライブラリの名前または ID。</translation>
    </message>
    <message>
        <source>library</source>
        <translation>library</translation>
    </message>
    <message>
        <source>Item name or id.</source>
        <translation>アイテムの名前または ID。</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Create the item when it does not exist.</source>
        <translation>アイテムが存在しない場合は作成します。</translation>
    </message>
    <message>
        <source>Type of a created item: ovf, iso or file (default: from the file names).</source>
        <translation>作成するアイテムのタイプ: ovf、iso、file (デフォルト: ファイル名から判定)。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Package warnings to ignore: all, or TYPE,TYPE...</source>
        <translation>無視するパッケージの警告: all または TYPE,TYPE...</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>Files sent at the same time (default 2).</source>
        <translation>同時に送信するファイル数 (デフォルト 2)。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Checksum algorithm: sha256 (default), sha1, sha512, md5.</source>
        <translation>チェックサム アルゴリズム: sha256 (デフォルト)、sha1、sha512、md5。</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithm</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>実行するコマンド。</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>コマンドの引数。</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>不明なコマンド「%1」です。</translation>
    </message>
    <message>
        <source>--%1 is an option of &quot;upload&quot;, not of &quot;%2&quot;.</source>
        <translation>--%1 は「upload」のオプションであり、「%2」のオプションではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects %2.</source>
        <translation>「%1」には %2 が必要です。</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>引数なし</translation>
    </message>
    <message>
        <source>one library name or id</source>
        <translation>1 つのライブラリ名または ID</translation>
    </message>
    <message>
        <source>one session id</source>
        <translation>1 つのセッション ID</translation>
    </message>
    <message>
        <source>a session id and at least one warning type</source>
        <translation>セッション ID と少なくとも 1 つの警告タイプ</translation>
    </message>
    <message>
        <source>upload needs --library and --item.</source>
        <translation>upload には --library と --item が必要です。</translation>
    </message>
    <message>
        <source>--type must be ovf, iso or file, not &quot;%1&quot;.</source>
        <translation>--type には「%1」ではなく ovf、iso、file のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--type only applies with --create-item.</source>
        <translation>--type は --create-item と併用する場合にのみ有効です。</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 16, not &quot;%1&quot;.</source>
        <translation>--concurrency には「%1」ではなく 1 から 16 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--checksum must be sha256, sha1, sha512 or md5, not &quot;%1&quot;.</source>
        <translation>--checksum には「%1」ではなく sha256、sha1、sha512、md5 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the certificate of the https:// sources vCenter fetches (40 hex digits, colons optional).</source>
        <translation>vCenter が取得する https:// ソースの証明書の SHA-1 サムプリント (16 進数 40 桁、コロンは省略可)。</translation>
    </message>
    <message>
        <source>sha1</source>
        <translation>sha1</translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation>ユーザー インターフェイスの言語: %1。デフォルト: システムの言語。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>at least one file or URL</source>
        <translation>少なくとも 1 つのファイルまたは URL</translation>
    </message>
    <message>
        <source>--source-thumbprint must be a SHA-1 thumbprint (40 hex digits), not &quot;%1&quot;.</source>
        <translation>--source-thumbprint には「%1」ではなく SHA-1 サムプリント (16 進数 40 桁) を指定してください。</translation>
    </message>
    <message>
        <source>--source-thumbprint only applies to https:// sources.</source>
        <translation>--source-thumbprint は https:// ソースにのみ適用されます。</translation>
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
        <translation>コマンド:
  libraries                 コンテンツ ライブラリを一覧表示
  items &lt;library&gt;           ライブラリのアイテムを一覧表示 (名前または ID)
  sessions                  自分の更新セッションを一覧表示
  session &lt;id&gt;              更新セッションとそのファイルを表示
  upload --library L --item I [--create-item] [--type ovf|iso|file]
         [--ignore-warnings all|TYPE,...] [--concurrency N]
         [--checksum sha256|sha1|sha512|md5] [--source-thumbprint SHA1] SOURCE...
                            ファイル、.ovf パッケージ、.ova をアイテムにアップロード。
                            http(s):// の SOURCE は vCenter 自身が取得
  preflight [--allow-preflight-warnings] [--library L --item I] SOURCE...
                            アップロードがセッション作成前に行うのと同様に、ファイルまたは
                            パッケージをローカルで確認。--library と --item を指定すると、
                            そのアイテムを更新する権限があるかも確認
  ignore-warnings &lt;id&gt; TYPE...          セッションのプレビュー警告を無視
  complete &lt;id&gt;             更新セッションを完了
  cancel &lt;id&gt;               更新セッションをキャンセル
  version                   バージョンを表示

環境変数: CLU_URL、CLU_USERNAME、CLU_PASSWORD (または --password-stdin、または
サービス「cl-uploader」のキーチェーン エントリ user@host)、CLU_THUMBPRINT (固定: SHA-256
または SHA-1 の 16 進数)、CLU_INSECURE=1 (任意のサーバ証明書を受け入れる)、
CLU_ALLOW_HTTP=1 (暗号化されない http:// を許可、テスト環境専用)、
CLU_UPLOAD_HOSTS=h1,h2 (アップロードの受信を許可するその他のホスト)、
CLU_MAX_RESPONSE_MIB (32)、CLU_CALL_DEADLINE_SECONDS (120)、CLU_PARALLEL_GETS (12)。
警告タイプ: SELF_SIGNED_CERTIFICATE、EXPIRED_CERTIFICATE、
NOT_YET_VALID_CERTIFICATE、UNTRUSTED_CERTIFICATE。
</translation>
    </message>
    <message>
        <source>Let preflight warnings pass (upload, preflight); failures still stop an upload.</source>
        <translation>事前チェックの警告を許容します (upload、preflight)。失敗がある場合、アップロードは停止します。</translation>
    </message>
    <message>
        <source>--allow-preflight-warnings is an option of &quot;upload&quot; and &quot;preflight&quot;, not of &quot;%1&quot;.</source>
        <translation>--allow-preflight-warnings は「upload」と「preflight」のオプションであり、「%1」のオプションではありません。</translation>
    </message>
    <message>
        <source>at least one file, or one .ovf or .ova</source>
        <translation>少なくとも 1 つのファイル、または 1 つの .ovf か .ova</translation>
    </message>
    <message>
        <source>preflight checks privileges with both --library and --item, or neither.</source>
        <translation>preflight で権限を確認するには --library と --item の両方を指定します。どちらか一方だけを指定することはできません。</translation>
    </message>
</context>
<context>
    <name>ContentRejection</name>
    <message>
        <source>the server computed another checksum for %1 (%2) than the one sent (%3)</source>
        <translation>サーバが計算した %1 のチェックサム (%2) は、送信したチェックサム (%3) と異なります</translation>
    </message>
    <message>
        <source>the server received all %1 bytes of %2 and refused them, so their checksum did not match</source>
        <translation>サーバは %2 の全 %1 バイトを受信したうえで拒否しました。つまりチェックサムが一致しませんでした</translation>
    </message>
    <message>
        <source>the server reported %1</source>
        <translation>サーバが %1 を報告しました</translation>
    </message>
    <message>
        <source>the server&apos;s message speaks of a checksum: %1</source>
        <translation>サーバのメッセージはチェックサムに言及しています: %1</translation>
    </message>
</context>
<context>
    <name>CurlPut</name>
    <message>
        <source>the source ended after %1 of %2 bytes</source>
        <translation>ソースが %2 バイト中 %1 バイトで終わりました</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl が転送を開始できませんでした</translation>
    </message>
    <message>
        <source>this build&apos;s libcurl cannot let the TLS policy check certificates (it needs libcurl with the OpenSSL backend: %1)</source>
        <translation>このビルドの libcurl では TLS ポリシーによる証明書の検証ができません (OpenSSL バックエンドの libcurl が必要です: %1)</translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation>転送はキャンセルされました</translation>
    </message>
    <message>
        <source>the server&apos;s answer is %1 bytes (Content-Length), more than the limit of %2; it was not read</source>
        <translation>サーバーの応答は %1 バイト (Content-Length) で、上限の %2 を超えています。読み込みませんでした</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the upload is more than %1 bytes; the rest was not read</source>
        <translation>アップロードに対するサーバーの応答が %1 バイトを超えています。残りは読み込みませんでした</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused</source>
        <translation>%1 の証明書は拒否されました</translation>
    </message>
    <message>
        <source>the server sent no HTTP answer</source>
        <translation>サーバーから HTTP 応答がありませんでした</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 before the whole body was sent</source>
        <translation>本文をすべて送信する前にサーバーが HTTP %1 を返しました</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 and closed the connection</source>
        <translation>サーバーが HTTP %1 を返して接続を閉じました</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>no reason given</source>
        <translation>理由は示されていません</translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1 here: %2</source>
        <translation>この環境の OpenSSL では %1 を計算できません: %2</translation>
    </message>
    <message>
        <source>OpenSSL failed while hashing: %1</source>
        <translation>OpenSSL でハッシュの計算中にエラーが発生しました: %1</translation>
    </message>
</context>
<context>
    <name>FanOut</name>
    <message>
        <source>the server listed %1 %2, more than the %3 this client reads one by one; look the object up by name or id instead</source>
        <translation>サーバが %1 個の%2を列挙しました。このクライアントが個別に読み取る上限の %3 個を超えています。代わりに名前または ID でオブジェクトを検索してください</translation>
    </message>
</context>
<context>
    <name>FileTransferStatus</name>
    <message>
        <source>Adding</source>
        <translation>追加中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Server fetching</source>
        <translation>サーバが取得中</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>再試行中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Start a local demo server (cl-simulator with seeded content) and connect to it.</source>
        <translation>ローカルのデモ サーバ (サンプル コンテンツ入りの cl-simulator) を起動して接続します。</translation>
    </message>
    <message>
        <source>The cl-simulator executable to use for --demo.</source>
        <translation>--demo で使用する cl-simulator の実行ファイル。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>With --demo: write PNG screenshots of the main window, the certificate tab and the upload dialog into this directory, then quit.</source>
        <translation>--demo と併用: メイン ウィンドウ、証明書タブ、アップロード ダイアログの PNG スクリーンショットをこのディレクトリに書き込んで終了します。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Content Library Uploader: upload OVF/OVA templates, ISOs and files into vCenter Content Libraries through update sessions.</source>
        <translation>Content Library Uploader: 更新セッションを使用して、OVF/OVA テンプレート、ISO、ファイルを vCenter コンテンツ ライブラリにアップロードします。</translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation>ユーザー インターフェイスの言語: %1。デフォルト: システムの言語。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Files, or one OVF/OVA package, to upload: the New upload dialog opens with them once connected.</source>
        <translation>アップロードするファイル、または 1 つの OVF/OVA パッケージ: 接続後、これらを指定した状態で [新しいアップロード] ダイアログが開きます。</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[ファイル...]</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file to add has no name.</source>
        <translation>追加するファイルに名前がありません。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; must not contain a path separator.</source>
        <translation>ファイル名「%1」にパス区切り文字を含めることはできません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is to be pulled but has no source URL.</source>
        <translation>ファイル「%1」はプル対象ですが、ソース URL がありません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; needs source type PUSH or PULL (got &quot;%2&quot;).</source>
        <translation>ファイル「%1」にはソース タイプ PUSH または PULL が必要です (指定値:「%2」)。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has a negative size.</source>
        <translation>ファイル「%1」のサイズが負の値です。</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>A new item needs the id of the library it goes into.</source>
        <translation>新しいアイテムには、格納先ライブラリの ID が必要です。</translation>
    </message>
    <message>
        <source>A new item needs a name.</source>
        <translation>新しいアイテムには名前が必要です。</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a 64-bit integer</source>
        <translation>64 ビット整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>「%1」は ISO-8601 形式の日時ではありません</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>「%1」は絶対 URI ではありません</translation>
    </message>
</context>
<context>
    <name>KeyStrength</name>
    <message>
        <source>opaque</source>
        <translation>不透明</translation>
    </message>
    <message>
        <source>the certificate of %1</source>
        <translation>%1 の証明書</translation>
    </message>
    <message>
        <source>a CA certificate in the chain of %1 (%2)</source>
        <translation>%1 のチェーン内の CA 証明書 (%2)</translation>
    </message>
    <message>
        <source>%1 has a %2-bit %3 key, but this computer&apos;s OpenSSL (security level %4) refuses %3 keys shorter than %5 bits in any TLS connection, trusted or not. Give the server a certificate with a key of at least %5 bits (e.g. RSA 2048 or an EC P-256 key).</source>
        <translation>%1 の %3 鍵は %2 ビットですが、このコンピュータの OpenSSL (セキュリティ レベル %4) は、信頼済みかどうかにかかわらず、すべての TLS 接続で %5 ビット未満の %3 鍵を拒否します。%5 ビット以上の鍵を持つ証明書をサーバに設定してください (例: RSA 2048 または EC P-256 鍵)。</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>no %1 has the id or name &quot;%2&quot;</source>
        <translation>ID または名前が「%2」の%1はありません</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>ID が指定されていません</translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation>ライブラリの一覧取得</translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation>ライブラリ %1 の読み取り</translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation>ライブラリの検索</translation>
    </message>
    <message>
        <source>Finding library &quot;%1&quot;</source>
        <translation>ライブラリ「%1」の検索</translation>
    </message>
    <message>
        <source>library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation>ライブラリ %1 のアイテムの一覧取得</translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation>ライブラリ アイテム %1 の読み取り</translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation>ライブラリ アイテムの検索</translation>
    </message>
    <message>
        <source>Finding item &quot;%1&quot;</source>
        <translation>アイテム「%1」の検索</translation>
    </message>
    <message>
        <source>item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation>ライブラリ アイテム「%1」の作成</translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation>ライブラリ アイテム %1 の削除</translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation>ライブラリ アイテム %1 のファイルの一覧取得</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation>ライブラリ アイテム %2 のファイル「%1」の読み取り</translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation>データストアの一覧取得</translation>
    </message>
    <message numerus="yes">
        <source>%n libraries are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>名前が「%1」のライブラリが %n 個あります (ID %2)。代わりに ID を指定してください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>名前が「%1」のアイテムが %n 個あります (ID %2)。代わりに ID を指定してください</numerusform>
        </translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>items</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Reading libraries</source>
        <translation>ライブラリの読み取り</translation>
    </message>
    <message>
        <source>Reading library items</source>
        <translation>ライブラリ アイテムの読み取り</translation>
    </message>
</context>
<context>
    <name>LocalFileCheck</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 はディレクトリであり、ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device has no size to declare).</source>
        <translation>%1 は通常のファイルではありません (パイプ、ソケット、デバイスには宣言できるサイズがありません)。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 has no known size.</source>
        <translation>%1 のサイズが不明です。</translation>
    </message>
</context>
<context>
    <name>ManifestLint</name>
    <message>
        <source>&quot;%1&quot; is OpenSSL 3&apos;s spelling (openssl dgst); vCenter accepts only SHA1, SHA256 and SHA512</source>
        <translation>「%1」は OpenSSL 3 の表記です (openssl dgst)。vCenter が受け付けるのは SHA1、SHA256、SHA512 のみです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written in capitals (%2)</source>
        <translation>「%1」は大文字で記述する必要があります (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an algorithm vCenter accepts (SHA1, SHA256, SHA512)</source>
        <translation>「%1」は vCenter が受け付けるアルゴリズムではありません (SHA1、SHA256、SHA512)</translation>
    </message>
    <message>
        <source>line %1 is not of the form &quot;SHA256(file)= digest&quot;: %2</source>
        <translation>%1 行目は「SHA256(file)= digest」形式ではありません: %2</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>%1 行目 (%2): %3</translation>
    </message>
    <message>
        <source>line %1 (%2): a %3 digest is %4 hex digits, this one is &quot;%5&quot;</source>
        <translation>%1 行目 (%2): %3 ダイジェストは 16 進数 %4 桁ですが、この値は「%5」です</translation>
    </message>
    <message>
        <source>line %1 lists %2 a second time</source>
        <translation>%1 行目に %2 が再度記載されています</translation>
    </message>
    <message>
        <source>the manifest lists no files</source>
        <translation>マニフェストにファイルが記載されていません</translation>
    </message>
    <message>
        <source>line(s) %1 are not spaced as ovftool writes them (&quot;SHA256(file)= digest&quot;) nor as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), the two spellings vCenter is known to read</source>
        <translation>%1 行目の空白の入れ方が、ovftool の形式 (「SHA256(file)= digest」) とも VirtualBox の形式 (「SHA256 (file) = digest」) とも異なります。vCenter が読み取れることがわかっているのはこの 2 つの形式です</translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries, spaced as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), which vCenter reads</source>
        <translation>
            <numerusform>正しい形式のエントリ %n 個。空白は VirtualBox の形式 (「SHA256 (file) = digest」) で、vCenter はこれを読み取れます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries</source>
        <translation>
            <numerusform>正しい形式のエントリ %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OvaReader</name>
    <message>
        <source>Cannot open the OVA %1: %2</source>
        <translation>OVA %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The OVA %1 is damaged or not a tar archive: %2</source>
        <translation>OVA %1 は破損しているか、tar アーカイブではありません: %2</translation>
    </message>
    <message>
        <source>The OVA %1 has no member named %2</source>
        <translation>OVA %1 に %2 という名前のメンバーはありません</translation>
    </message>
    <message>
        <source>%1 in the OVA %2 is %3 bytes, larger than the %4 bytes allowed for it</source>
        <translation>OVA %2 内の %1 は %3 バイトで、許容される %4 バイトを超えています</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 ends after %2 of %3 bytes: the OVA is truncated</source>
        <translation>%1 は %3 バイト中 %2 バイトで終わっています: OVA が切り詰められています</translation>
    </message>
    <message>
        <source>The OVA %1 has no readable member named %2</source>
        <translation>OVA %1 に %2 という名前の読み取り可能なメンバーはありません</translation>
    </message>
    <message>
        <source>Cannot locate the bytes of %1 inside the OVA %2</source>
        <translation>OVA %2 内で %1 のバイトの位置を特定できません</translation>
    </message>
</context>
<context>
    <name>OvfDescriptor</name>
    <message>
        <source>a References/File element has an empty ovf:href</source>
        <translation>References/File 要素の ovf:href が空です</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; contains a path separator; only file names beside the descriptor are supported</source>
        <translation>参照ファイル「%1」にパス区切り文字が含まれています。記述子と同じ場所にあるファイル名のみがサポートされます</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is not a file name</source>
        <translation>参照ファイル「%1」はファイル名ではありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation>%1 は有効な OVF 記述子ではありません: %2 (%3 行目)</translation>
    </message>
    <message>
        <source>%1 is not an OVF descriptor: the root element is not Envelope</source>
        <translation>%1 は OVF 記述子ではありません: ルート要素が Envelope ではありません</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is a URL; this uploader sends only files that are part of the package (download it and reference it by file name)</source>
        <translation>参照ファイル「%1」は URL です。このアップローダはパッケージに含まれるファイルのみを送信します (ダウンロードしてファイル名で参照してください)</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; looks like a drive path; only file names beside the descriptor are supported</source>
        <translation>参照ファイル「%1」はドライブ パスのようです。記述子と同じ場所にあるファイル名のみがサポートされます</translation>
    </message>
    <message>
        <source>%1: ovf:chunkSize &quot;%2&quot; of &quot;%3&quot; is not a positive number of bytes</source>
        <translation>%1: 「%3」の ovf:chunkSize「%2」は正のバイト数ではありません</translation>
    </message>
</context>
<context>
    <name>OvfDiskSection</name>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation>%1 は有効な OVF 記述子ではありません: %2 (%3 行目)</translation>
    </message>
    <message>
        <source>ovf:capacity is the property reference %1, known only at deployment</source>
        <translation>ovf:capacity はプロパティ参照 %1 で、値はデプロイ時にのみ決まります</translation>
    </message>
    <message>
        <source>ovf:capacity &quot;%1&quot; is not a number</source>
        <translation>ovf:capacity「%1」は数値ではありません</translation>
    </message>
    <message>
        <source>ovf:capacityAllocationUnits &quot;%1&quot; is not a unit of the form &quot;byte * 2^30&quot;</source>
        <translation>ovf:capacityAllocationUnits「%1」は「byte * 2^30」形式の単位ではありません</translation>
    </message>
    <message>
        <source>ovf:capacity %1 × %2 overflows</source>
        <translation>ovf:capacity %1 × %2 がオーバーフローします</translation>
    </message>
</context>
<context>
    <name>OvfManifest</name>
    <message>
        <source>%1 line %2 is not a manifest entry of the form &quot;SHA256(file)= digest&quot;: %3</source>
        <translation>%1 の %2 行目は「SHA256(file)= digest」形式のマニフェスト エントリではありません: %3</translation>
    </message>
</context>
<context>
    <name>OvfPackage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (%2 内)</translation>
    </message>
    <message>
        <source>%1 has a certificate (%2) but no manifest (%3): a signature covers the manifest, so the package cannot be verified</source>
        <translation>%1 には証明書 (%2) がありますがマニフェスト (%3) がありません: 署名はマニフェストを対象とするため、パッケージを検証できません</translation>
    </message>
    <message>
        <source>%1 references files that are not in the package: %2</source>
        <translation>%1 はパッケージにないファイルを参照しています: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is too large (%2 bytes)</source>
        <translation>マニフェスト %1 が大きすぎます (%2 バイト)</translation>
    </message>
    <message>
        <source>Cannot open the OVF descriptor %1: %2</source>
        <translation>OVF 記述子 %1 を開けません: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>%1 is too large for an OVF descriptor (%2 bytes)</source>
        <translation>%1 は OVF 記述子としては大きすぎます (%2 バイト)</translation>
    </message>
    <message>
        <source>The OVA %1 contains no .ovf descriptor</source>
        <translation>OVA %1 に .ovf 記述子が含まれていません</translation>
    </message>
    <message>
        <source>the manifest lists %1, which is not part of the package</source>
        <translation>マニフェストに記載された %1 はパッケージに含まれていません</translation>
    </message>
    <message>
        <source>%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but the package holds the unsplit file %2 instead of the chunks %4, ...; re-export it with the chunks, or remove ovf:chunkSize from the descriptor (and its manifest line)</source>
        <translation>%1 は %2 を %3 バイトのチャンクに分割されていると宣言していますが (ovf:chunkSize)、パッケージにはチャンク %4, ... ではなく分割されていないファイル %2 が含まれています。チャンクを含めて再エクスポートするか、記述子から ovf:chunkSize (およびそのマニフェスト行) を削除してください</translation>
    </message>
    <message>
        <source>%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but its first chunk %4 is not in the package</source>
        <translation>%1 は %2 を %3 バイトのチャンクに分割されていると宣言していますが (ovf:chunkSize)、最初のチャンク %4 がパッケージにありません</translation>
    </message>
    <message>
        <source>%1: the chunk %2 of %3 has %4 bytes, but ovf:chunkSize says every chunk but the last has %5 bytes (and the last at most that, at least 1)</source>
        <translation>%1: %3 のチャンク %2 は %4 バイトですが、ovf:chunkSize によると最後以外のすべてのチャンクは %5 バイトです (最後のチャンクは 1 バイト以上 %5 バイト以下)</translation>
    </message>
    <message>
        <source>%1: the %2 chunks of %3 (%4 to %5) add up to %6 bytes, but its ovf:size is %7; a chunk is missing or truncated</source>
        <translation>%1: %3 の %2 個のチャンク (%4 ～ %5) の合計は %6 バイトですが、ovf:size は %7 です。チャンクが欠落しているか切り詰められています</translation>
    </message>
    <message>
        <source>The manifest of %1 lists %2, which the package does not hold (and the descriptor does not reference)</source>
        <translation>%1 のマニフェストには %2 が記載されていますが、パッケージに含まれていません (記述子からも参照されていません)</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 が大きすぎます (%2 バイト)</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) present and readable; not an OVF package, so nothing else is checked</source>
        <translation>
            <numerusform>%n 個のファイルが存在し、読み取り可能です。OVF パッケージではないため、これ以外は確認しません</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 holds a document type declaration (DTD), which vCenter&apos;s OVF parser refuses; remove the &lt;!DOCTYPE ...&gt;</source>
        <translation>%1 行目に文書型宣言 (DTD) が含まれていますが、vCenter の OVF パーサはこれを拒否します。&lt;!DOCTYPE ...&gt; を削除してください</translation>
    </message>
    <message>
        <source>the Envelope is in the OVF 0.9 namespace %1, which vCenter no longer imports; re-export it as OVF 1.0 or later (ovftool converts it)</source>
        <translation>Envelope は OVF 0.9 の名前空間 %1 にありますが、vCenter はこれをインポートしなくなりました。OVF 1.0 以降として再エクスポートしてください (ovftool で変換できます)</translation>
    </message>
    <message>
        <source>the root element is {%1}%2, not an OVF Envelope in the namespace %3 or %4</source>
        <translation>ルート要素は {%1}%2 であり、名前空間 %3 または %4 の OVF Envelope ではありません</translation>
    </message>
    <message>
        <source>an OVF 2.x Envelope, no DTD</source>
        <translation>OVF 2.x の Envelope、DTD なし</translation>
    </message>
    <message>
        <source>an OVF 1.x Envelope, no DTD</source>
        <translation>OVF 1.x の Envelope、DTD なし</translation>
    </message>
    <message>
        <source>ovf:size says %L1 bytes, the file has %L2 bytes</source>
        <translation>ovf:size では %L1 バイトですが、ファイルは %L2 バイトです</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have the size their ovf:size declares</source>
        <translation>
            <numerusform>%n 個のファイルのサイズが ovf:size の宣言と一致しています</numerusform>
        </translation>
    </message>
    <message>
        <source>the descriptor declares no ovf:size to compare</source>
        <translation>記述子に比較する ovf:size が宣言されていません</translation>
    </message>
    <message>
        <source>no manifest (.mf): the files&apos; contents are not covered by digests</source>
        <translation>マニフェスト (.mf) なし: ファイルの内容はダイジェストで保護されていません</translation>
    </message>
    <message>
        <source>unsigned package (no .cert)</source>
        <translation>署名されていないパッケージ (.cert なし)</translation>
    </message>
    <message>
        <source>lists %1, which is not part of the package</source>
        <translation>パッケージに含まれていない %1 が記載されています</translation>
    </message>
    <message>
        <source>Disk %1 refers to the file id %2, which References does not list</source>
        <translation>ディスク %1 はファイル ID %2 を参照していますが、References に記載されていません</translation>
    </message>
    <message>
        <source>the descriptor&apos;s DiskSection references no disk file</source>
        <translation>記述子の DiskSection はディスク ファイルを参照していません</translation>
    </message>
    <message>
        <source>the descriptor references files the package does not hold: %1</source>
        <translation>記述子がパッケージに含まれていないファイルを参照しています: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: a well-formed OVF descriptor, %n file(s) in the package</source>
        <translation>
            <numerusform>%1: 正しい形式の OVF 記述子、パッケージ内のファイル %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>the OVA&apos;s first member is %1, not the descriptor %2: the OVF specification puts the descriptor first and streaming importers expect it there</source>
        <translation>OVA の最初のメンバーは %1 で、記述子 %2 ではありません: OVF 仕様では記述子を先頭に置くことになっており、ストリーミング インポータもそれを前提としています</translation>
    </message>
    <message>
        <source>every file the descriptor references is in the package</source>
        <translation>記述子が参照するすべてのファイルがパッケージに含まれています</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed (%n check(s), %1 allowed).</source>
        <translation>
            <numerusform>事前チェック: 合格 (%n 件のチェック、%1 を許可)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight: %1, %2: an upload would stop here.</source>
        <translation>事前チェック: %1、%2: アップロードはここで停止します。</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n 件の失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight: %1, %2: an upload would stop here (--allow-preflight-warnings lets warnings pass).</source>
        <translation>事前チェック: %1、%2: アップロードはここで停止します (--allow-preflight-warnings を付けると警告は通過します)。</translation>
    </message>
</context>
<context>
    <name>PreflightReport</name>
    <message>
        <source>PASS</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Preflight stopped the upload before a session was created: %1</source>
        <translation>セッションの作成前に、事前チェックによりアップロードが停止されました: %1</translation>
    </message>
    <message>
        <source>Preflight stopped the upload of %1 before a session was created: %2</source>
        <translation>セッションの作成前に、事前チェックにより %1 のアップロードが停止されました: %2</translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>on the library</source>
        <translation>ライブラリに対する</translation>
    </message>
    <message>
        <source>on the library item</source>
        <translation>ライブラリ アイテムに対する</translation>
    </message>
    <message>
        <source>on the source datastore</source>
        <translation>ソース データストアに対する</translation>
    </message>
    <message>
        <source>the account lacks the vCenter privilege &quot;%1&quot; (%2) %3 (server: %4)</source>
        <translation>アカウントに%3 vCenter 権限「%1」(%2) がありません (サーバ: %4)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>設定ファイル %1 を書き込めませんでした。</translation>
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
        <translation>サーバの応答が API と一致しません: %1</translation>
    </message>
    <message>
        <source>expected an id (a non-empty JSON string)</source>
        <translation>ID (空でない JSON 文字列) が必要です</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL with a host name.</source>
        <translation>サーバ アドレス「%1」はホスト名を含む有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (found &quot;%1&quot;).</source>
        <translation>サーバ アドレスは https:// で始まる必要があります (指定値:「%1」)。</translation>
    </message>
    <message>
        <source>The profile needs a user name, for example administrator@vsphere.local.</source>
        <translation>プロファイルにはユーザー名が必要です (例: administrator@vsphere.local)。</translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 nor a SHA-256 fingerprint.</source>
        <translation>固定されたサムプリント「%1」は SHA-1 でも SHA-256 でもありません。</translation>
    </message>
</context>
<context>
    <name>SessionFileService</name>
    <message>
        <source>the connection is gone</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>no update session id was given</source>
        <translation>更新セッション ID が指定されていません</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>ファイル名が指定されていません</translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation>更新セッション %2 へのファイル「%1」の追加</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation>更新セッション %2 のファイル「%1」の読み取り</translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation>更新セッション %1 のファイルの一覧取得</translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation>更新セッション %2 からのファイル「%1」の削除</translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation>更新セッション %1 のファイルの検証</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>has no signature line of the form &quot;SHA256(%1)= &lt;hex signature&gt;&quot;</source>
        <translation>「SHA256(%1)= &lt;16 進署名&gt;」形式の署名行がありません</translation>
    </message>
    <message>
        <source>signs %1, but the package&apos;s manifest is %2</source>
        <translation>%1 に署名していますが、パッケージのマニフェストは %2 です</translation>
    </message>
    <message>
        <source>holds no PEM certificate after the signature line</source>
        <translation>署名行の後に PEM 証明書がありません</translation>
    </message>
    <message>
        <source>the %1 signature does not verify over %2 with the certificate&apos;s key: the manifest was changed after signing, or signed with another key</source>
        <translation>証明書の鍵で %2 に対する %1 署名を検証できません: 署名後にマニフェストが変更されたか、別の鍵で署名されています</translation>
    </message>
    <message>
        <source>%1 signature over %2 verifies (signer: %3)</source>
        <translation>%2 に対する %1 署名を検証しました (署名者: %3)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate expired on %1; vCenter will raise EXPIRED_CERTIFICATE</source>
        <translation>署名者の証明書は %1 に期限切れになりました。vCenter は EXPIRED_CERTIFICATE を報告します</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is valid only from %1; vCenter will raise NOT_YET_VALID_CERTIFICATE</source>
        <translation>署名者の証明書は %1 以降にのみ有効です。vCenter は NOT_YET_VALID_CERTIFICATE を報告します</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is self-signed (valid until %1); vCenter will raise SELF_SIGNED_CERTIFICATE</source>
        <translation>署名者の証明書は自己署名です (%1 まで有効)。vCenter は SELF_SIGNED_CERTIFICATE を報告します</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is valid until %1 (issuer: %2)</source>
        <translation>署名者の証明書は %1 まで有効です (発行者: %2)</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available; choose one of: %2.</source>
        <translation>言語「%1」は使用できません。次のいずれかを選択してください: %2。</translation>
    </message>
</context>
<context>
    <name>TransportRules</name>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host</source>
        <translation>「%1」はホストを含む https:// の URL ではありません</translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation>ログインの応答にセッション トークンが含まれていません</translation>
    </message>
    <message>
        <source>the login answer&apos;s session token is %1 characters long (at most %2 are accepted); refusing it</source>
        <translation>ログインの応答のセッション トークンは %1 文字です (受け付けるのは最大 %2 文字)。このトークンを拒否します</translation>
    </message>
    <message>
        <source>the login answer&apos;s session token contains U+%1 at position %2, which cannot go into an HTTP header (a CR/LF would inject headers); refusing it</source>
        <translation>ログインの応答のセッション トークンの位置 %2 に U+%1 が含まれていますが、これは HTTP ヘッダーに含めることができません (CR/LF はヘッダーの挿入につながります)。このトークンを拒否します</translation>
    </message>
    <message>
        <source>the server answered with a redirect without a Location; not followed</source>
        <translation>サーバが Location のないリダイレクトを返しました。リダイレクトには従いませんでした</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the redirect was not followed, so no password or session token went to %3</source>
        <translation>%1 が別のオリジンである %2 にリダイレクトしました。リダイレクトには従わなかったため、パスワードとセッション トークンは %3 に送信されていません</translation>
    </message>
    <message>
        <source>the server redirected to %1; the vSphere API does not redirect, so it was not followed (is the URL right?)</source>
        <translation>サーバが %1 にリダイレクトしました。vSphere API はリダイレクトしないため、従いませんでした (URL は正しいですか?)</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP answer: the server probably speaks HTTPS on this port (try %2)</source>
        <translation>%1 が HTTP 応答なしで接続を閉じました: サーバはこのポートで HTTPS を使用している可能性があります (%2 を試してください)</translation>
    </message>
    <message>
        <source>%1 uses plain http://: the password and the session token would cross the network unencrypted, so nothing was sent. Use https://, or allow plain http explicitly for a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile&apos;s &quot;Allow plain http (lab only)&quot;)</source>
        <translation>%1 は暗号化されない http:// を使用しています: パスワードとセッション トークンが暗号化されずにネットワークを通過するため、何も送信しませんでした。https:// を使用するか、テスト環境に限り暗号化されない http を明示的に許可してください (CLI: CLU_ALLOW_HTTP=1、GUI: プロファイルの [暗号化されない http を許可 (テスト環境専用)])</translation>
    </message>
</context>
<context>
    <name>TrustedCertificateService</name>
    <message>
        <source>Listing trusted certificates</source>
        <translation>信頼済み証明書の一覧取得</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation>信頼済み証明書 %1 の読み取り</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>ID が指定されていません</translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation>信頼済み証明書の追加</translation>
    </message>
    <message>
        <source>the text is not a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>テキストは PEM 証明書 (-----BEGIN CERTIFICATE-----) ではありません</translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation>信頼済み証明書 %1 の削除</translation>
    </message>
</context>
<context>
    <name>UpdateSessionService</name>
    <message>
        <source>the connection is gone</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>ID が指定されていません</translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation>ライブラリ アイテム %1 の更新セッションの作成</translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation>更新セッション %1 の読み取り</translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation>更新セッションの一覧取得</translation>
    </message>
    <message>
        <source>the session has no warning behavior for %1 after it was set</source>
        <translation>設定後、セッションに %1 の警告動作がありません</translation>
    </message>
    <message>
        <source>the session reports %1 as %2 after it was set to %3</source>
        <translation>%3 に設定した後、セッションは %1 を %2 と報告しています</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>無視しない</translation>
    </message>
    <message>
        <source>the preview still shows warning %1 as %2</source>
        <translation>プレビューには警告 %1 がまだ %2 として表示されています</translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation>更新セッション %1 の警告動作の変更</translation>
    </message>
    <message>
        <source>client progress %1 is outside 0-100</source>
        <translation>クライアントの進行状況 %1 が 0 ～ 100 の範囲外です</translation>
    </message>
    <message>
        <source>Reading update sessions</source>
        <translation>更新セッションの読み取り</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>セッション</translation>
    </message>
</context>
<context>
    <name>UploadEngine</name>
    <message>
        <source>preparing files</source>
        <translation>ファイルの準備</translation>
    </message>
    <message>
        <source>creating the update session</source>
        <translation>更新セッションの作成</translation>
    </message>
    <message>
        <source>sending the OVF descriptor</source>
        <translation>OVF 記述子の送信</translation>
    </message>
    <message>
        <source>waiting for the OVF preview</source>
        <translation>OVF プレビューの待機</translation>
    </message>
    <message>
        <source>waiting for a decision on warnings</source>
        <translation>警告についての判断の待機</translation>
    </message>
    <message>
        <source>sending files</source>
        <translation>ファイルの送信</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>completing</source>
        <translation>完了処理</translation>
    </message>
    <message>
        <source>cleaning up</source>
        <translation>クリーンアップ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>the update session %1 no longer exists: it expired or was deleted (the server answered HTTP %2%3)</source>
        <translation>更新セッション %1 はもう存在しません: 期限切れになったか削除されました (サーバが HTTP %2%3 を返しました)</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s); the item could not be read back: %1</source>
        <translation>
            <numerusform>%n 個のファイルをアップロードしました。アイテムを読み戻せませんでした: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; the server reports no content version for the item.</source>
        <translation>
            <numerusform>%n 個のファイル (%1 バイト) をアップロードしました。サーバはアイテムのコンテンツ バージョンを報告していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; item content version %2, size %3 bytes.</source>
        <translation>
            <numerusform>%n 個のファイル (%1 バイト) をアップロードしました。アイテムのコンテンツ バージョン %2、サイズ %3 バイト。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified by the server (its complete accepted the session): %1.</source>
        <translation>サーバで検証されていません (サーバはセッションの完了を受け入れました): %1。</translation>
    </message>
</context>
<context>
    <name>UploadPreparer</name>
    <message>
        <source>No files to upload were given.</source>
        <translation>アップロードするファイルが指定されていません。</translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own (its referenced files are collected automatically); got %1 paths.</source>
        <translation>.ovf または .ova は単独でアップロードする必要があります (参照ファイルは自動的に収集されます)。%1 個のパスが指定されました。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not readable.</source>
        <translation>%1 を読み取れません。</translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation>%1 という名前のファイルが 2 つあります。アイテム内で名前は一意である必要があります。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but %3 were expected (it changed while being read?)</source>
        <translation>%1 は %2 バイトですが、%3 バイトのはずでした (読み取り中に変更されましたか?)</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation>%1 がマニフェストと一致しません: %2 は %3 ですが、マニフェストでは %4 です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation>「%1」はホスト名を含む http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>%1 does not end in a file name; name the file.</source>
        <translation>%1 はファイル名で終わっていません。ファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a path separator.</source>
        <translation>ファイル名「%1」にパス区切り文字が含まれています。</translation>
    </message>
    <message>
        <source>%1 is an OVF package: it cannot be assembled from a URL here; download it and upload the package.</source>
        <translation>%1 は OVF パッケージです: ここでは URL から組み立てられません。ダウンロードしてパッケージをアップロードしてください。</translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own; it cannot be combined with files fetched from URLs.</source>
        <translation>.ovf または .ova は単独でアップロードする必要があり、URL から取得するファイルと組み合わせることはできません。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but not referenced by the descriptor: its %2 digest matches; it is not uploaded (vCenter keeps only the files the descriptor references).</source>
        <translation>%1 はマニフェストに記載されていますが、記述子からは参照されていません: %2 ダイジェストは一致しています。このファイルはアップロードされません (vCenter は記述子が参照するファイルのみを保持します)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is split into %n chunk(s) (ovf:chunkSize); each chunk is uploaded as its own file: %2.</source>
        <translation>
            <numerusform>%1 は %n 個のチャンクに分割されています (ovf:chunkSize)。各チャンクは個別のファイルとしてアップロードされます: %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadTargetPolicy</name>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation>サーバから使用可能なアップロード URL が返されませんでした (「%1」)</translation>
    </message>
    <message>
        <source>the server&apos;s upload URL %1 is neither https nor http; nothing was sent</source>
        <translation>サーバのアップロード URL %1 は https でも http でもありません。何も送信しませんでした</translation>
    </message>
    <message>
        <source>the server asked for the upload to go to %1, which is not the vCenter %2: the file and the session token were not sent there. If that host really belongs to this vCenter, allow it explicitly (CLI: CLU_UPLOAD_HOSTS=%3)</source>
        <translation>サーバがアップロード先として %1 を要求しましたが、これは vCenter %2 ではありません: ファイルとセッション トークンはそこに送信されていません。そのホストが本当にこの vCenter に属している場合は、明示的に許可してください (CLI: CLU_UPLOAD_HOSTS=%3)</translation>
    </message>
    <message>
        <source>the server asked for the upload over plain http (%1): the file and the session token would cross the network unencrypted, so nothing was sent. Allow plain http only in a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile&apos;s &quot;Allow plain http (lab only)&quot;)</source>
        <translation>サーバが暗号化されない http によるアップロードを要求しました (%1): ファイルとセッション トークンが暗号化されずにネットワークを通過するため、何も送信しませんでした。暗号化されない http はテスト環境でのみ許可してください (CLI: CLU_ALLOW_HTTP=1、GUI: プロファイルの [暗号化されない http を許可 (テスト環境専用)])</translation>
    </message>
</context>
<context>
    <name>VmdkInspector</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 バイト</translation>
    </message>
    <message>
        <source>is a text descriptor whose data lives in other extent files (a flat or split disk), not a streamOptimized VMDK</source>
        <translation>テキスト記述子であり、データは他のエクステント ファイル (フラット ディスクまたは分割ディスク) にあります。streamOptimized VMDK ではありません</translation>
    </message>
    <message>
        <source>is an ESX sparse (COWD) extent, not a streamOptimized VMDK</source>
        <translation>ESX スパース (COWD) エクステントであり、streamOptimized VMDK ではありません</translation>
    </message>
    <message>
        <source>does not start with the sparse VMDK magic &quot;KDMV&quot; (it starts with %1): it is not a VMDK</source>
        <translation>スパース VMDK のマジック「KDMV」で始まっていません (先頭は %1): VMDK ではありません</translation>
    </message>
    <message>
        <source>sparse header version %1 is not one VMware defines (1, 2 or 3)</source>
        <translation>スパース ヘッダーのバージョン %1 は VMware が定義するバージョン (1、2、3) ではありません</translation>
    </message>
    <message>
        <source>grain size of %1 sectors is not a power of two of at least 8 sectors</source>
        <translation>%1 セクタのグレイン サイズは、8 セクタ以上の 2 のべき乗ではありません</translation>
    </message>
    <message>
        <source>%1 entries per grain table; VMware&apos;s format has 512</source>
        <translation>グレイン テーブルあたり %1 エントリです。VMware の形式では 512 です</translation>
    </message>
    <message>
        <source>sparse header &quot;KDMV&quot; version %1, grains of %2 KiB</source>
        <translation>スパース ヘッダー「KDMV」バージョン %1、グレイン %2 KiB</translation>
    </message>
    <message>
        <source>compressed grains (bit 16)</source>
        <translation>圧縮グレイン (ビット 16)</translation>
    </message>
    <message>
        <source>markers (bit 17)</source>
        <translation>マーカー (ビット 17)</translation>
    </message>
    <message>
        <source>header flags %1 lack %2, which a streamOptimized disk needs</source>
        <translation>ヘッダー フラグ %1 には、streamOptimized ディスクに必要な %2 がありません</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>the header&apos;s newline-detection bytes were rewritten: the file went through a text-mode (ASCII) transfer and is corrupt</source>
        <translation>ヘッダーの改行検出バイトが書き換えられています: ファイルがテキスト モード (ASCII) で転送されたため破損しています</translation>
    </message>
    <message>
        <source>header flags %1: compressed grains with markers</source>
        <translation>ヘッダー フラグ %1: マーカー付きの圧縮グレイン</translation>
    </message>
    <message>
        <source>grains are deflate-compressed</source>
        <translation>グレインは deflate で圧縮されています</translation>
    </message>
    <message>
        <source>the header names no compression algorithm (0); streamOptimized grains are deflate-compressed (1)</source>
        <translation>ヘッダーに圧縮アルゴリズムが指定されていません (0)。streamOptimized のグレインは deflate で圧縮されます (1)</translation>
    </message>
    <message>
        <source>compression algorithm %1 is unknown; VMware defines only deflate (1)</source>
        <translation>圧縮アルゴリズム %1 は不明です。VMware が定義しているのは deflate (1) のみです</translation>
    </message>
    <message>
        <source>capacity %1 sectors and grain size %2 give %3 grain tables: the header is inconsistent</source>
        <translation>容量 %1 セクタとグレイン サイズ %2 からグレイン テーブルは %3 個になります: ヘッダーに矛盾があります</translation>
    </message>
    <message>
        <source>the grain directory (sector %1, %2) lies beyond the end of the file (%3): the file is truncated</source>
        <translation>グレイン ディレクトリ (セクタ %1、%2) がファイルの末尾 (%3) より後ろにあります: ファイルが切り詰められています</translation>
    </message>
    <message>
        <source>grain table %1 at sector %2 lies beyond the end of the file: the file is truncated</source>
        <translation>セクタ %2 のグレイン テーブル %1 がファイルの末尾より後ろにあります: ファイルが切り詰められています</translation>
    </message>
    <message>
        <source>grain directory of %1 tables at sector %2; the disk holds no data grains</source>
        <translation>セクタ %2 に %1 テーブルのグレイン ディレクトリがあります。ディスクにデータ グレインはありません</translation>
    </message>
    <message>
        <source>the grain table puts LBA %1 at sector %2, beyond the end of the file: the file is truncated</source>
        <translation>グレイン テーブルでは LBA %1 がセクタ %2 にあり、ファイルの末尾より後ろです: ファイルが切り詰められています</translation>
    </message>
    <message>
        <source>the grain table puts LBA %1 at sector %2, but the marker there says LBA %3 with %4 compressed bytes: grain directory and markers disagree</source>
        <translation>グレイン テーブルでは LBA %1 がセクタ %2 にありますが、そこのマーカーは LBA %3 (圧縮 %4 バイト) を示しています: グレイン ディレクトリとマーカーが一致しません</translation>
    </message>
    <message>
        <source>the grain of LBA %1 at sector %2 runs past the end of the file: the file is truncated</source>
        <translation>セクタ %2 にある LBA %1 のグレインがファイルの末尾を越えています: ファイルが切り詰められています</translation>
    </message>
    <message>
        <source>grain directory of %1 tables at sector %2; the markers of its first and last grains match it</source>
        <translation>セクタ %2 に %1 テーブルのグレイン ディレクトリがあります。最初と最後のグレインのマーカーは一致しています</translation>
    </message>
    <message>
        <source>no valid marker where the grain stream starts (sector %1): the flags promise markers the data does not have</source>
        <translation>グレイン ストリームの開始位置 (セクタ %1) に有効なマーカーがありません: フラグはマーカーがあることを示していますが、データにはありません</translation>
    </message>
    <message>
        <source>the grain stream starts with a marker at sector %1</source>
        <translation>グレイン ストリームはセクタ %1 のマーカーで始まっています</translation>
    </message>
    <message>
        <source>the file is %1, not a whole number of 512-byte sectors: it is truncated</source>
        <translation>ファイルは %1 で、512 バイト セクタの整数倍ではありません: 切り詰められています</translation>
    </message>
    <message>
        <source>ends with the end-of-stream marker</source>
        <translation>ストリーム終端マーカーで終わっています</translation>
    </message>
    <message>
        <source>no end-of-stream marker, as qemu-img writes it: the header holds the grain directory and the file ends exactly with its last grain</source>
        <translation>qemu-img が書き込む形式と同様にストリーム終端マーカーがありません: ヘッダーにグレイン ディレクトリがあり、ファイルは最後のグレインでちょうど終わっています</translation>
    </message>
    <message>
        <source>the last sector is not the end-of-stream marker: the file ends inside the grain stream (truncated, or its writer never finished)</source>
        <translation>最後のセクタがストリーム終端マーカーではありません: ファイルはグレイン ストリームの途中で終わっています (切り詰められたか、書き込みが完了していません)</translation>
    </message>
    <message>
        <source>the header leaves the grain directory to the footer (GD_AT_END), but there is no footer before the end-of-stream marker</source>
        <translation>ヘッダーはグレイン ディレクトリの位置をフッターに委ねています (GD_AT_END) が、ストリーム終端マーカーの前にフッターがありません</translation>
    </message>
    <message>
        <source>no footer, none needed: the header holds the grain directory offset</source>
        <translation>フッターはありませんが不要です: ヘッダーにグレイン ディレクトリのオフセットがあります</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>grain size</source>
        <translation>グレイン サイズ</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <source>the footer&apos;s grain directory offset is GD_AT_END as well: nothing says where the grain directory is</source>
        <translation>フッターのグレイン ディレクトリ オフセットも GD_AT_END です: グレイン ディレクトリの位置を示す情報がありません</translation>
    </message>
    <message>
        <source>the footer disagrees with the header on %1</source>
        <translation>フッターとヘッダーで %1 が一致しません</translation>
    </message>
    <message>
        <source>footer present, grain directory at sector %1</source>
        <translation>フッターあり、グレイン ディレクトリはセクタ %1</translation>
    </message>
    <message>
        <source>the embedded descriptor&apos;s extents hold %1, the sparse header %2</source>
        <translation>埋め込み記述子のエクステントは %1、スパース ヘッダーは %2 です</translation>
    </message>
    <message>
        <source>ovf:capacity=&quot;%1&quot; ovf:capacityAllocationUnits=&quot;%2&quot;</source>
        <translation>ovf:capacity=&quot;%1&quot; ovf:capacityAllocationUnits=&quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot compare with the OVF: %1</source>
        <translation>OVF と比較できません: %1</translation>
    </message>
    <message>
        <source>the disk holds %1, more than the OVF declares (%2 = %3)</source>
        <translation>ディスクの容量は %1 で、OVF の宣言 (%2 = %3) より大きくなっています</translation>
    </message>
    <message>
        <source>the OVF declares %1 (%2), the disk holds %3: it would be grown when deployed</source>
        <translation>OVF の宣言は %1 (%2)、ディスクの容量は %3 です: デプロイ時に拡張されます</translation>
    </message>
    <message>
        <source>%1, as the OVF declares</source>
        <translation>%1 (OVF の宣言どおり)</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format is streamOptimized</source>
        <translation>ディスク %1: ovf:format は streamOptimized です</translation>
    </message>
    <message>
        <source>Disk %1 has no ovf:format; it must be %2</source>
        <translation>ディスク %1 に ovf:format がありません。%2 である必要があります</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is the OVF 0.9 name of streamOptimized; current importers expect %3</source>
        <translation>ディスク %1: ovf:format %2 は streamOptimized の OVF 0.9 での名前です。現在のインポータは %3 を想定しています</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is a monolithicSparse disk; vCenter imports only streamOptimized disks (%3)</source>
        <translation>ディスク %1: ovf:format %2 は monolithicSparse ディスクです。vCenter がインポートするのは streamOptimized ディスク (%3) のみです</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is not the streamOptimized VMDK format %3</source>
        <translation>ディスク %1: ovf:format %2 は streamOptimized VMDK 形式 %3 ではありません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>is %1 long, too short for a sparse VMDK header (512 bytes)</source>
        <translation>サイズが %1 で、スパース VMDK ヘッダー (512 バイト) には短すぎます</translation>
    </message>
    <message>
        <source>libvmdk cannot read the disk&apos;s embedded descriptor: %1</source>
        <translation>libvmdk はディスクの埋め込み記述子を読み取れません: %1</translation>
    </message>
    <message>
        <source>embedded descriptor: createType=&quot;streamOptimized&quot;</source>
        <translation>埋め込み記述子: createType=&quot;streamOptimized&quot;</translation>
    </message>
    <message>
        <source>the embedded descriptor says createType=&quot;%1&quot;; a disk in an OVF must be streamOptimized (convert it with qemu-img convert -O vmdk -o subformat=streamOptimized, or ovftool)</source>
        <translation>埋め込み記述子は createType=&quot;%1&quot; です。OVF 内のディスクは streamOptimized である必要があります (qemu-img convert -O vmdk -o subformat=streamOptimized または ovftool で変換してください)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run &quot;cl-uploader-cli --help&quot; for the full usage.
</source>
        <translation>詳しい使用方法は「cl-uploader-cli --help」を実行してください。
</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>中断されました。</translation>
    </message>
</context>
<context>
    <name>clu::CertificateProbe</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s.</source>
        <translation>%1:%2 は %3 秒以内に TLS ハンドシェイクを完了しませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host name; only https sources have a certificate.</source>
        <translation>「%1」はホスト名を含む https:// の URL ではありません。証明書があるのは https ソースのみです。</translation>
    </message>
    <message>
        <source>%1:%2 completed the TLS handshake without presenting a certificate.</source>
        <translation>%1:%2 は証明書を提示せずに TLS ハンドシェイクを完了しました。</translation>
    </message>
    <message>
        <source>Could not read the certificate of %1:%2: %3</source>
        <translation>%1:%2 の証明書を読み取れませんでした: %3</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed: %3</source>
        <translation>%1:%2 との TLS ハンドシェイクに失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>clu::CredentialStore</name>
    <message>
        <source>No password is saved in the system keychain for %1.</source>
        <translation>%1 のパスワードはシステムのキーチェーンに保存されていません。</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keychain: %2</source>
        <translation>システムのキーチェーンから %1 のパスワードを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). The password for %2 is kept in memory until the program exits and is not saved.</source>
        <translation>システムのキーチェーンを使用できません (%1)。%2 のパスワードはプログラム終了までメモリ内に保持され、保存されません。</translation>
    </message>
    <message>
        <source>The system keychain refused to save the password for %1: %2</source>
        <translation>システムのキーチェーンが %1 のパスワードの保存を拒否しました: %2</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keychain: %2</source>
        <translation>システムのキーチェーンから %1 のパスワードを削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>clu::FileUploadJob</name>
    <message>
        <source>upload %1</source>
        <translation>%1 のアップロード</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation>サーバから使用可能なアップロード URL が返されませんでした (「%1」)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 はもう存在しません</translation>
    </message>
    <message>
        <source>%1 changed size since it was added (%2 bytes, now %3)</source>
        <translation>%1 のサイズが追加後に変わりました (%2 バイト、現在 %3)</translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation>転送はキャンセルされました</translation>
    </message>
    <message>
        <source>no data could be sent for %1 s (after %2 of %3 bytes)</source>
        <translation>%1 秒間データを送信できませんでした (%3 バイト中 %2 バイト送信後)</translation>
    </message>
    <message>
        <source>; reading the file failed: %1</source>
        <translation>。ファイルの読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 of %2 bytes were sent (%3)%4</source>
        <translation>%2 バイト中 %1 バイト送信後に接続が切断されました (%3)%4</translation>
    </message>
    <message>
        <source>all %1 bytes were sent, but the server did not answer within %2 s</source>
        <translation>%1 バイトをすべて送信しましたが、サーバは %2 秒以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>clu::PrivilegeProbe</name>
    <message>
        <source>the item has an active update session, so the privilege probe could not run: %1</source>
        <translation>アイテムにアクティブな更新セッションがあるため、権限の確認を実行できませんでした: %1</translation>
    </message>
    <message>
        <source>the privilege probe failed: %1</source>
        <translation>権限の確認に失敗しました: %1</translation>
    </message>
    <message>
        <source>the account may create update sessions on the item (&quot;%1&quot;): a probe session was created, canceled and deleted</source>
        <translation>アカウントはこのアイテムで更新セッションを作成できます (「%1」): テスト用のセッションを作成し、キャンセルして削除しました</translation>
    </message>
    <message>
        <source>the account may add items (&quot;%1&quot;), but the probe item %2 could not be deleted: %3</source>
        <translation>アカウントはアイテムを追加できます (「%1」) が、テスト用のアイテム %2 を削除できませんでした: %3</translation>
    </message>
    <message>
        <source>the account may add items to the library (&quot;%1&quot;): a probe item was created and deleted</source>
        <translation>アカウントはライブラリにアイテムを追加できます (「%1」): テスト用のアイテムを作成して削除しました</translation>
    </message>
</context>
<context>
    <name>clu::ReplyLimits</name>
    <message>
        <source>no complete answer within %1 s (%2 bytes had arrived); the call was ended</source>
        <translation>%1 秒以内に完全な応答がありませんでした (%2 バイト受信済み)。呼び出しを終了しました</translation>
    </message>
    <message>
        <source>the server&apos;s answer is %1 bytes (Content-Length), more than the limit of %2; it was not read</source>
        <translation>サーバの応答は %1 バイト (Content-Length) で、上限の %2 を超えています。応答は読み取りませんでした</translation>
    </message>
    <message>
        <source>the server&apos;s answer passed the limit of %1 while it arrived; the rest was not read</source>
        <translation>サーバの応答が受信中に上限の %1 を超えました。残りは読み取りませんでした</translation>
    </message>
</context>
<context>
    <name>clu::RestClient</name>
    <message>
        <source>%1 at offset %2</source>
        <translation>オフセット %2 で %1</translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation>JSON 値が複数あります</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); SHA-256 fingerprint %3</source>
        <translation>%1 の証明書は信頼されていません (%2)。SHA-256 フィンガープリント %3</translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation>サーバ アドレスが設定されていません</translation>
    </message>
    <message>
        <source>the server&apos;s answer (HTTP %1) is not valid JSON: %2</source>
        <translation>サーバの応答 (HTTP %1) は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>the server&apos;s answer has no {&quot;value&quot;: …} wrapper as /rest results must</source>
        <translation>サーバの応答に、/rest の結果に必須の {&quot;value&quot;: …} ラッパーがありません</translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation>ログインの応答にセッション トークンが含まれていません</translation>
    </message>
</context>
<context>
    <name>clu::SessionCleanup</name>
    <message>
        <source>the connection is gone</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>get: %1</source>
        <translation>get: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tries): %2</source>
        <translation>
            <numerusform>%1 (%n 回試行): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Update session %1 has ended but could not be deleted (%2); vCenter removes it later.</source>
        <translation>更新セッション %1 は終了しましたが、削除できませんでした (%2)。vCenter が後で削除します。</translation>
    </message>
    <message>
        <source>Update session %1 could not be ended and may still lock the item (tried %2). Cancel it in vCenter or with &quot;cl-uploader-cli cancel %1&quot;.</source>
        <translation>更新セッション %1 を終了できませんでした。アイテムがまだロックされている可能性があります (試行内容: %2)。vCenter で、または「cl-uploader-cli cancel %1」でキャンセルしてください。</translation>
    </message>
</context>
<context>
    <name>clu::SessionFileTransfer</name>
    <message>
        <source>add %1 to the update session</source>
        <translation>更新セッションへの %1 の追加</translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR right after adding it</source>
        <translation>追加直後にサーバがファイルのステータスを ERROR と報告しています</translation>
    </message>
    <message>
        <source>the server returned no upload_endpoint for a PUSH file</source>
        <translation>サーバが PUSH ファイルの upload_endpoint を返しませんでした</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>%1 のアップロード</translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR after %1 of %2 bytes</source>
        <translation>%2 バイト中 %1 バイト後にサーバがファイルのステータスを ERROR と報告しています</translation>
    </message>
    <message>
        <source>the server still reports %1 long after all bytes were sent</source>
        <translation>すべてのバイトを送信してしばらく経っても、サーバはまだ %1 と報告しています</translation>
    </message>
    <message>
        <source>the session went to %1, so the file cannot be sent again in it</source>
        <translation>セッションが %1 になったため、このセッションでファイルを再送信できません</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); retrying in %3 s</source>
        <translation>試行 %1 に失敗しました (%2)。%3 秒後に再試行します</translation>
    </message>
    <message>
        <source>fetch %1 from %2</source>
        <translation>%2 からの %1 の取得</translation>
    </message>
    <message>
        <source>the server could not fetch the file</source>
        <translation>サーバはファイルを取得できませんでした</translation>
    </message>
    <message>
        <source>the server reported no progress for %1 s (%2 bytes fetched)</source>
        <translation>サーバから %1 秒間進行状況の報告がありません (%2 バイト取得済み)</translation>
    </message>
    <message>
        <source>%1: the server answered the upload with success but never reported the file as received (still %2, 0 of %3 bytes after %4 s)</source>
        <translation>%1: サーバはアップロードに成功を返しましたが、ファイルを受信済みとして報告しませんでした (%4 秒後もまだ %2、%3 バイト中 0 バイト)</translation>
    </message>
</context>
<context>
    <name>clu::TlsPolicy</name>
    <message>
        <source>&quot;%1&quot; is neither a SHA-256 nor a SHA-1 certificate fingerprint (expected 64 or 40 hex digits, colons allowed).</source>
        <translation>「%1」は SHA-256 または SHA-1 の証明書フィンガープリントではありません (16 進数 64 桁または 40 桁、コロン使用可)。</translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3</source>
        <translation>%1 はフィンガープリント %2 の証明書を提示しましたが、固定されたフィンガープリントは %3 です</translation>
    </message>
</context>
<context>
    <name>clu::UploadEngine</name>
    <message>
        <source>upload</source>
        <translation>アップロード</translation>
    </message>
    <message>
        <source>no library item was given</source>
        <translation>ライブラリ アイテムが指定されていません</translation>
    </message>
    <message>
        <source>No library item was given.</source>
        <translation>ライブラリ アイテムが指定されていません。</translation>
    </message>
    <message>
        <source>canceled by the user</source>
        <translation>ユーザーによりキャンセルされました</translation>
    </message>
    <message>
        <source>The upload was canceled while %1.</source>
        <translation>%1 中にアップロードがキャンセルされました。</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>アップロードするファイルの確認</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>何も送信されませんでした: %1</translation>
    </message>
    <message>
        <source>The item already has an active update session.</source>
        <translation>このアイテムにはすでにアクティブな更新セッションがあります。</translation>
    </message>
    <message>
        <source>The item already has an active update session: %1.</source>
        <translation>このアイテムにはすでにアクティブな更新セッションがあります: %1。</translation>
    </message>
    <message>
        <source>Could not create the update session: %1</source>
        <translation>更新セッションを作成できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s): %2</source>
        <translation>
            <numerusform>%n 回試行しましたが %1 をアップロードできませんでした: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the session while waiting for the OVF preview: %1</source>
        <translation>OVF プレビューの待機中にセッションを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>wait for the OVF preview</source>
        <translation>OVF プレビューの待機</translation>
    </message>
    <message>
        <source>the session went to %1</source>
        <translation>セッションが %1 になりました</translation>
    </message>
    <message>
        <source>the preview is still %1 after %2 s</source>
        <translation>%2 秒経ってもプレビューはまだ %1 です</translation>
    </message>
    <message>
        <source>The server did not finish checking the OVF descriptor in time.</source>
        <translation>サーバは時間内に OVF 記述子の確認を完了しませんでした。</translation>
    </message>
    <message>
        <source>review the package signature</source>
        <translation>パッケージ署名の確認</translation>
    </message>
    <message>
        <source>warnings not ignored: %1</source>
        <translation>無視されていない警告: %1</translation>
    </message>
    <message>
        <source>the signer was rejected</source>
        <translation>署名者が拒否されました</translation>
    </message>
    <message>
        <source>The package has warnings that were not ignored (%1); the session was canceled before any disk was sent.</source>
        <translation>パッケージに無視されていない警告があります (%1)。ディスクを送信する前にセッションはキャンセルされました。</translation>
    </message>
    <message>
        <source>The package signature was rejected; the session was canceled before any disk was sent.</source>
        <translation>パッケージの署名が拒否されました。ディスクを送信する前にセッションはキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not ignore the package warnings: %1</source>
        <translation>パッケージの警告を無視できませんでした: %1</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>invalid: %1 (%2)</source>
        <translation>無効: %1 (%2)</translation>
    </message>
    <message>
        <source>validate the session files</source>
        <translation>セッション ファイルの検証</translation>
    </message>
    <message>
        <source>The server reports problems with the files: %1</source>
        <translation>サーバがファイルの問題を報告しています: %1</translation>
    </message>
    <message>
        <source>Complete was refused: %1</source>
        <translation>完了が拒否されました: %1</translation>
    </message>
    <message>
        <source>Could not read the session after complete: %1</source>
        <translation>完了後にセッションを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>complete the update session</source>
        <translation>更新セッションの完了</translation>
    </message>
    <message>
        <source>the session ended in %1</source>
        <translation>セッションは %1 で終了しました</translation>
    </message>
    <message>
        <source>The session ended in %1 after complete: %2</source>
        <translation>完了後、セッションは %1 で終了しました: %2</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>まだ %1</translation>
    </message>
    <message>
        <source>The session did not reach DONE in time.</source>
        <translation>セッションは時間内に DONE になりませんでした。</translation>
    </message>
    <message>
        <source>The upload ended while its session was created.</source>
        <translation>セッションの作成中にアップロードが終了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s) in %2 sessions: %3</source>
        <translation>
            <numerusform>%2 個のセッションで %n 回試行しましたが %1 をアップロードできませんでした: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>validate: the server answered without a validation result</source>
        <translation>検証: サーバが検証結果なしで応答しました</translation>
    </message>
    <message>
        <source>The upload stopped: %1</source>
        <translation>アップロードが停止しました: %1</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation>%1 がマニフェストと一致しません: %2 は %3 ですが、マニフェストでは %4 です。</translation>
    </message>
    <message>
        <source>The update session ended while %1: %2</source>
        <translation>%1 中に更新セッションが終了しました: %2</translation>
    </message>
    <message>
        <source>the session ended (%1); starting over in a new session (%2 of %3)</source>
        <translation>セッションが終了しました (%1)。新しいセッションでやり直します (%3 回中 %2 回目)</translation>
    </message>
    <message>
        <source>Could not start over: %1 %2</source>
        <translation>やり直せませんでした: %1 %2</translation>
    </message>
    <message>
        <source>%1 Nothing was completed; start the upload again.</source>
        <translation>%1 何も完了していません。アップロードをもう一度開始してください。</translation>
    </message>
    <message>
        <source>The upload starts over in a new session: %1</source>
        <translation>アップロードを新しいセッションでやり直します: %1</translation>
    </message>
    <message>
        <source>%1 was removed during the upload.</source>
        <translation>アップロード中に %1 が削除されました。</translation>
    </message>
    <message>
        <source>%1 changed during the upload (size %2 bytes, now %3).</source>
        <translation>アップロード中に %1 が変更されました (サイズ %2 バイト、現在 %3)。</translation>
    </message>
    <message>
        <source>%1 changed during the upload (modified %2).</source>
        <translation>アップロード中に %1 が変更されました (更新日時 %2)。</translation>
    </message>
    <message>
        <source>hash %1 again</source>
        <translation>%1 のチェックサムの再計算</translation>
    </message>
    <message>
        <source>Could not hash %1 again: %2</source>
        <translation>%1 のチェックサムを再計算できませんでした: %2</translation>
    </message>
    <message>
        <source>check the OVF package</source>
        <translation>OVF パッケージの確認</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused the package %1 before any disk was sent: %2</source>
        <translation>ディスクを送信する前に、サーバがパッケージ %1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>サーバは理由を示しませんでした</translation>
    </message>
    <message>
        <source>The server refused the package %1 before any disk was sent (the session went to %2): %3</source>
        <translation>ディスクを送信する前に、サーバがパッケージ %1 を拒否しました (セッションが %2 になりました): %3</translation>
    </message>
    <message>
        <source>The update session ended while waiting for the review: %1</source>
        <translation>確認の待機中に更新セッションが終了しました: %1</translation>
    </message>
    <message>
        <source>%1; hashing the files again for the new session</source>
        <translation>%1。新しいセッションのためにファイルのチェックサムを再計算します</translation>
    </message>
</context>
<context>
    <name>clu::cli::CliContext</name>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>CONTENT VERSION</source>
        <translation>コンテンツ バージョン</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>set CLU_URL and CLU_USERNAME</source>
        <translation>CLU_URL と CLU_USERNAME の設定</translation>
    </message>
    <message>
        <source>CLU_URL and CLU_USERNAME must be set (e.g. CLU_URL=https://vcenter.example.com).</source>
        <translation>CLU_URL と CLU_USERNAME を設定する必要があります (例: CLU_URL=https://vcenter.example.com)。</translation>
    </message>
    <message>
        <source>CLU_URL &quot;%1&quot; is not an http(s) URL with a host.</source>
        <translation>CLU_URL「%1」はホストを含む http(s) URL ではありません。</translation>
    </message>
    <message>
        <source>Warning: CLU_INSECURE=1, the server certificate is not checked.</source>
        <translation>警告: CLU_INSECURE=1 のため、サーバ証明書は確認されません。</translation>
    </message>
    <message>
        <source>CLU_THUMBPRINT: %1</source>
        <translation>CLU_THUMBPRINT: %1</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin: 標準入力にパスワードがありません。</translation>
    </message>
    <message>
        <source>No password: set CLU_PASSWORD, use --password-stdin, or store it in the keychain under %1 (%2).</source>
        <translation>パスワードがありません: CLU_PASSWORD を設定するか、--password-stdin を使用するか、キーチェーンの %1 に保存してください (%2)。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2</source>
        <translation>%1 にログインできません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n blocking warning(s)</source>
        <translation>
            <numerusform>%1、ブロック中の警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>プレビュー: %1</translation>
    </message>
    <message>
        <source>Signer certificate:</source>
        <translation>署名者の証明書:</translation>
    </message>
    <message>
        <source>  subject:     %1</source>
        <translation>  サブジェクト: %1</translation>
    </message>
    <message>
        <source>  issuer:      %1</source>
        <translation>  発行者:       %1</translation>
    </message>
    <message>
        <source>  self-signed: %1</source>
        <translation>  自己署名:     %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>  valid:       %1 to %2</source>
        <translation>  有効期間:     %1 ～ %2</translation>
    </message>
    <message>
        <source>  SHA-256:     %1</source>
        <translation>  SHA-256:      %1</translation>
    </message>
    <message>
        <source>  SHA-1:       %1</source>
        <translation>  SHA-1:        %1</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>警告: なし</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>  %1 [%2] %3</source>
        <translation>  %1 [%2] %3</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>無視しない</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Session:         %1</source>
        <translation>セッション:       %1</translation>
    </message>
    <message>
        <source>Item:            %1 (content version %2)</source>
        <translation>アイテム:         %1 (コンテンツ バージョン %2)</translation>
    </message>
    <message>
        <source>State:           %1</source>
        <translation>状態:             %1</translation>
    </message>
    <message>
        <source>Client progress: %1%</source>
        <translation>クライアント進行状況: %1%</translation>
    </message>
    <message>
        <source>Expires:         %1</source>
        <translation>有効期限:         %1</translation>
    </message>
    <message>
        <source>Error:           %1 (%2)</source>
        <translation>エラー:           %1 (%2)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>TRANSFERRED</source>
        <translation>転送済み</translation>
    </message>
    <message>
        <source>Warning behavior updated.</source>
        <translation>警告動作を更新しました。</translation>
    </message>
    <message>
        <source>Session %1 completed (state %2).</source>
        <translation>セッション %1 が完了しました (状態 %2)。</translation>
    </message>
    <message>
        <source>Session %1 canceled.</source>
        <translation>セッション %1 をキャンセルしました。</translation>
    </message>
    <message>
        <source>CLU_URL: %1.</source>
        <translation>CLU_URL: %1。</translation>
    </message>
    <message>
        <source>Warning: CLU_ALLOW_HTTP=1 and CLU_URL is http://: the password, the session token and the files cross the network unencrypted (lab only).</source>
        <translation>警告: CLU_ALLOW_HTTP=1 で CLU_URL が http:// のため、パスワード、セッション トークン、ファイルは暗号化されずにネットワークを通過します (テスト環境専用)。</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a positive whole number.</source>
        <translation>%1=「%2」は正の整数ではありません。</translation>
    </message>
</context>
<context>
    <name>clu::cli::UploadCommand</name>
    <message>
        <source>Interrupted: canceling the update session (Ctrl-C again to quit at once)...</source>
        <translation>中断: 更新セッションをキャンセルしています (もう一度 Ctrl-C を押すとすぐに終了します)...</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>中断されました。</translation>
    </message>
    <message>
        <source>Library &quot;%1&quot; is a subscribed library; only local libraries accept uploads.</source>
        <translation>ライブラリ「%1」はサブスクライブ済みライブラリです。アップロードできるのはローカル ライブラリのみです。</translation>
    </message>
    <message>
        <source>%1 (add --create-item to create it)</source>
        <translation>%1 (作成するには --create-item を追加してください)</translation>
    </message>
    <message>
        <source>Created item &quot;%1&quot; (%2, type %3).</source>
        <translation>アイテム「%1」を作成しました (%2、タイプ %3)。</translation>
    </message>
    <message>
        <source>checking files: %1 of %2</source>
        <translation>ファイルの確認中: %2 中 %1</translation>
    </message>
    <message>
        <source>%1% %2 of %3, %4/s, ETA %5</source>
        <translation>%1% %3 中 %2、%4/秒、残り %5</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>update session %1</source>
        <translation>更新セッション %1</translation>
    </message>
    <message>
        <source>Existing session: %1 (see &quot;cl-uploader-cli session %1&quot;, or cancel it with &quot;cl-uploader-cli cancel %1&quot;).</source>
        <translation>既存のセッション: %1 (「cl-uploader-cli session %1」で確認するか、「cl-uploader-cli cancel %1」でキャンセルしてください)。</translation>
    </message>
    <message>
        <source>%1 is sent without a certificate thumbprint: vCenter must already trust its certificate (see --source-thumbprint).</source>
        <translation>%1 は証明書のサムプリントなしで送信されます: vCenter がその証明書をすでに信頼している必要があります (--source-thumbprint を参照)。</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>アップロードするファイルの確認</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>何も送信されませんでした: %1</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and has been deleted again.</source>
        <translation>アイテム「%1」(%2) はこのアップロードのために作成され、再び削除されました。</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and is still empty; deleting it failed: %3</source>
        <translation>アイテム「%1」(%2) はこのアップロードのために作成され、まだ空です。削除に失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateDetailsWidget</name>
    <message>
        <source>Subject:</source>
        <translation>サブジェクト:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>自己署名:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 フィンガープリント:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公開鍵:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>シリアル番号:</translation>
    </message>
    <message>
        <source>Certificate &amp;chain (signer first):</source>
        <translation>証明書チェーン (署名者が先頭)(&amp;C):</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>証明書チェーン</translation>
    </message>
    <message>
        <source>View &amp;PEM…</source>
        <translation>PEM を表示(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the certificate chain as PEM text you can copy</source>
        <translation>証明書チェーンをコピー可能な PEM テキストとして表示します</translation>
    </message>
    <message>
        <source>&amp;Trust this signer…</source>
        <translation>この署名者を信頼(&amp;T)…</translation>
    </message>
    <message>
        <source>Add this certificate to the server&apos;s trusted certificates, so packages it signs are no longer reported as untrusted</source>
        <translation>この証明書をサーバの信頼済み証明書に追加し、この署名者が署名したパッケージが信頼されていないと報告されないようにします</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1、%2 ビット</translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation>有効期間内です。</translation>
    </message>
    <message>
        <source>Expired: the validity period has ended.</source>
        <translation>期限切れ: 有効期間が終了しています。</translation>
    </message>
    <message>
        <source>Not yet valid: the validity period has not started.</source>
        <translation>まだ有効ではありません: 有効期間が始まっていません。</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>証明書がありません。</translation>
    </message>
    <message>
        <source>No certificate to show.</source>
        <translation>表示する証明書がありません。</translation>
    </message>
    <message>
        <source>Yes (nobody else vouches for it)</source>
        <translation>はい (他の誰も保証していません)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>(まだ有効ではありません)</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>(期限切れ)</translation>
    </message>
    <message>
        <source>%1. %2 (issued by %3)</source>
        <translation>%1. %2 (発行者: %3)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>証明書 (PEM)</translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation>PEM テキスト</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateTrustDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>信頼されていないサーバ証明書</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not trusted by this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare the SHA-256 fingerprint below with the one your vCenter administrator gave you before you trust it. If they differ, somebody may be intercepting the connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 の証明書はこのコンピュータで信頼されていません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;信頼する前に、以下の SHA-256 フィンガープリントを vCenter 管理者から受け取ったものと比較してください。一致しない場合は、誰かが接続を傍受している可能性があります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>接続しない</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>今回のみ信頼(&amp;O)</translation>
    </message>
    <message>
        <source>Accept this certificate until the application quits</source>
        <translation>アプリケーションを終了するまでこの証明書を受け入れます</translation>
    </message>
    <message>
        <source>Trust and &amp;pin</source>
        <translation>信頼して固定(&amp;P)</translation>
    </message>
    <message>
        <source>Remember this certificate&apos;s fingerprint in the server profile; any other certificate from this server will be refused</source>
        <translation>この証明書のフィンガープリントをサーバ プロファイルに記憶します。このサーバからの他の証明書はすべて拒否されます</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateWarningsTab</name>
    <message>
        <source>Preview is being prepared</source>
        <translation>プレビューを準備しています</translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation>警告(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>Send the Ignore choices to the server (PATCH warning_behavior) and read back what it now reports</source>
        <translation>無視の選択をサーバに送信し (PATCH warning_behavior)、サーバが現在報告している内容を読み戻します</translation>
    </message>
    <message>
        <source>The upload waits for your decision before sending the disks.</source>
        <translation>アップロードは、ディスクを送信する前にあなたの判断を待っています。</translation>
    </message>
    <message>
        <source>C&amp;ontinue upload</source>
        <translation>アップロードを続行(&amp;O)</translation>
    </message>
    <message>
        <source>Ignore the ticked warnings and send the remaining files</source>
        <translation>チェックした警告を無視して、残りのファイルを送信します</translation>
    </message>
    <message>
        <source>&amp;Reject package</source>
        <translation>パッケージを拒否(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the upload session; nothing more is sent</source>
        <translation>アップロード セッションをキャンセルします。これ以上は何も送信されません</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>セッションが選択されていません。</translation>
    </message>
    <message>
        <source>Preview: none reported yet (no OVF descriptor in this session).</source>
        <translation>プレビュー: まだ報告されていません (このセッションに OVF 記述子がありません)。</translation>
    </message>
    <message>
        <source>Preview: only reported while a session is active.</source>
        <translation>プレビュー: セッションがアクティブな間のみ報告されます。</translation>
    </message>
    <message>
        <source>Preview: unavailable — add the OVF descriptor to see its signer.</source>
        <translation>プレビュー: 使用不可 — 署名者を確認するには OVF 記述子を追加してください。</translation>
    </message>
    <message>
        <source>Preview: preparing — the OVF descriptor is still being received…</source>
        <translation>プレビュー: 準備中 — OVF 記述子をまだ受信しています…</translation>
    </message>
    <message>
        <source>Preview: available — the package is signed.</source>
        <translation>プレビュー: 使用可能 — パッケージは署名されています。</translation>
    </message>
    <message>
        <source>Preview: available — the package is not signed.</source>
        <translation>プレビュー: 使用可能 — パッケージは署名されていません。</translation>
    </message>
    <message>
        <source>Preview: not applicable — no metadata file in this session.</source>
        <translation>プレビュー: 該当なし — このセッションにメタデータ ファイルがありません。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>プレビュー: %1</translation>
    </message>
    <message>
        <source>Tick Ignore for every warning to continue, or reject the package</source>
        <translation>続行するにはすべての警告で [無視] をオンにするか、パッケージを拒否してください</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still block Complete. Tick Ignore and press Apply to accept them, or reject the package.</source>
        <translation>
            <numerusform>%n 件の警告が完了をまだブロックしています。受け入れるには [無視] をオンにして [適用] を押すか、パッケージを拒否してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n warning(s) are ignored on the server; they no longer block Complete.</source>
        <translation>
            <numerusform>%n 件の警告はすべてサーバ上で無視されています。完了はブロックされなくなりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>PATCH warning_behavior: %1</source>
        <translation>PATCH warning_behavior: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>無視しない</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>警告なし</translation>
    </message>
    <message>
        <source>The server now reports: %1.</source>
        <translation>サーバの現在の報告: %1。</translation>
    </message>
    <message>
        <source>The server accepted the change but reports something else: %1 (%2)</source>
        <translation>サーバは変更を受け入れましたが、異なる内容を報告しています: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>適用できませんでした: %1</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>この署名者を信頼</translation>
    </message>
    <message>
        <source>Add the certificate of &quot;%1&quot; (SHA-256 %2) to the server&apos;s trusted certificates? Packages it signs will then no longer be reported as untrusted.</source>
        <translation>「%1」の証明書 (SHA-256 %2) をサーバの信頼済み証明書に追加しますか? 追加すると、この署名者が署名したパッケージは信頼されていないと報告されなくなります。</translation>
    </message>
    <message>
        <source>The signer was added to the server&apos;s trusted certificates (id %1).</source>
        <translation>署名者をサーバの信頼済み証明書に追加しました (ID %1)。</translation>
    </message>
    <message>
        <source>Could not add the signer to the trusted certificates: %1</source>
        <translation>署名者を信頼済み証明書に追加できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>clu::gui::ConnectionController</name>
    <message>
        <source>Profile %1 cannot be used: %2</source>
        <translation>プロファイル %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>The server refused the password saved for %1; enter the current one.</source>
        <translation>サーバが %1 用に保存されたパスワードを拒否しました。現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The password for %1 is now in the system keychain.</source>
        <translation>%1 のパスワードをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is kept in memory until the program ends.</source>
        <translation>パスワードをシステムのキーチェーンに保存できませんでした (%1)。プログラム終了までメモリ内に保持されます。</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>デモ サーバ</translation>
    </message>
    <message>
        <source>Pinned the certificate of %1 in profile %2.</source>
        <translation>%1 の証明書をプロファイル %2 に固定しました。</translation>
    </message>
</context>
<context>
    <name>clu::gui::DemoServer</name>
    <message>
        <source>The demo server did not report its address within %1 seconds.</source>
        <translation>デモ サーバが %1 秒以内にアドレスを報告しませんでした。</translation>
    </message>
    <message>
        <source>The demo needs cl-simulator, which was found neither next to cl-uploader, nor in ../simulator/, nor on PATH. Build the cl-simulator target or install the full package.</source>
        <translation>デモには cl-simulator が必要ですが、cl-uploader と同じ場所、../simulator/、PATH のいずれにも見つかりませんでした。cl-simulator ターゲットをビルドするか、完全なパッケージをインストールしてください。</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>デモ サーバを起動できませんでした (%1): %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>がクラッシュしました</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>がコード %1 で終了しました</translation>
    </message>
    <message>
        <source>The demo server %1.</source>
        <translation>デモ サーバ%1。</translation>
    </message>
    <message>
        <source>The demo server %1: %2</source>
        <translation>デモ サーバ%1: %2</translation>
    </message>
</context>
<context>
    <name>clu::gui::LibrariesPane</name>
    <message>
        <source>Filter libraries and items</source>
        <translation>ライブラリとアイテムを絞り込む</translation>
    </message>
    <message>
        <source>Libraries and items</source>
        <translation>ライブラリとアイテム</translation>
    </message>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>右クリックで列の表示/非表示を切り替えます</translation>
    </message>
</context>
<context>
    <name>clu::gui::LibraryTreeModel</name>
    <message>
        <source>%1 (subscribed)</source>
        <translation>%1 (サブスクライブ済み)</translation>
    </message>
    <message>
        <source>Subscribed library</source>
        <translation>サブスクライブ済みライブラリ</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>ローカル ライブラリ</translation>
    </message>
    <message>
        <source>%1 is subscribed to another library: its content is synced from the publisher and cannot be uploaded to.</source>
        <translation>%1 は別のライブラリをサブスクライブしています: コンテンツはパブリッシャーから同期されるため、アップロードできません。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
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
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the selected vCenter server</source>
        <translation>選択した vCenter サーバに接続します</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>サーバ プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit or delete server profiles</source>
        <translation>サーバ プロファイルを追加、編集、削除します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload libraries and update sessions</source>
        <translation>ライブラリと更新セッションを再読み込みします</translation>
    </message>
    <message>
        <source>&amp;New upload…</source>
        <translation>新しいアップロード(&amp;N)…</translation>
    </message>
    <message>
        <source>Upload files into a library item</source>
        <translation>ライブラリ アイテムにファイルをアップロードします</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>完了(&amp;O)</translation>
    </message>
    <message>
        <source>Complete the selected update session</source>
        <translation>選択した更新セッションを完了します</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>C&amp;ancel session</source>
        <translation>セッションをキャンセル(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel the selected update session and discard its uploaded data</source>
        <translation>選択した更新セッションをキャンセルし、アップロード済みのデータを破棄します</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Keep alive</source>
        <translation>アクティブに維持(&amp;K)</translation>
    </message>
    <message>
        <source>Extend the selected update session before it expires</source>
        <translation>選択した更新セッションを期限切れになる前に延長します</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>セッションを削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected finished update session</source>
        <translation>選択した終了済みの更新セッションを削除します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>アプリケーションを終了します</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>サーバ プロファイル</translation>
    </message>
    <message>
        <source>The vCenter server to connect to</source>
        <translation>接続先の vCenter サーバ</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>セッションの操作</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Content Library Uploader</source>
        <translation>Content Library Uploader について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Certificate &amp;&amp; &amp;warnings</source>
        <translation>証明書と警告(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>詳細(&amp;E)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Subscribed libraries cannot be uploaded to.</source>
        <translation>サブスクライブ済みライブラリにはアップロードできません。</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>ログイン中のユーザー</translation>
    </message>
    <message>
        <source>API flavor the server speaks</source>
        <translation>サーバが使用する API の種類</translation>
    </message>
    <message>
        <source>Overall upload rate</source>
        <translation>全体のアップロード速度</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Uploads running</source>
        <translation>アップロード実行中</translation>
    </message>
    <message>
        <source>Uploads are still running. Quit and cancel them?</source>
        <translation>アップロードがまだ実行中です。終了してキャンセルしますか?</translation>
    </message>
    <message>
        <source>About Content Library Uploader</source>
        <translation>Content Library Uploader について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;Uploads templates, ISO images and files into vCenter Content Libraries through update sessions, with certificate review and live progress.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;更新セッションを使用して、テンプレート、ISO イメージ、ファイルを vCenter コンテンツ ライブラリにアップロードします。証明書の確認とリアルタイムの進行状況表示に対応しています。&lt;/p&gt;&lt;p&gt;Apache License 2.0 の下でライセンスされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>デモ サーバ</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Demo server failed</source>
        <translation>デモ サーバのエラー</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>デモ サーバを起動しています…</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>デモ サーバ (%1)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>切断(&amp;C)</translation>
    </message>
    <message>
        <source>Log out of the server</source>
        <translation>サーバからログアウトします</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>%2 として %1 に接続しました。</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n warning(s) are not ignored. Review them on the Certificate &amp; warnings tab.</source>
        <translation>
            <numerusform>ブロック: %n 件の警告が無視されていません。[証明書と警告] タブで確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Complete accepted</source>
        <translation>完了が受け入れられました</translation>
    </message>
    <message>
        <source>Complete failed: %1</source>
        <translation>完了に失敗しました: %1</translation>
    </message>
    <message>
        <source>Could not complete %1: %2</source>
        <translation>%1 を完了できませんでした: %2</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>セッションのキャンセル</translation>
    </message>
    <message>
        <source>Cancel the update session of %1? Data uploaded so far is discarded and the item stays as it was.</source>
        <translation>%1 の更新セッションをキャンセルしますか? これまでにアップロードしたデータは破棄され、アイテムは元のままになります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation>キャンセルに失敗しました: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>キャンセルできませんでした: %1</translation>
    </message>
    <message>
        <source>Keep-alive sent</source>
        <translation>キープアライブを送信しました</translation>
    </message>
    <message>
        <source>Keep-alive failed: %1</source>
        <translation>キープアライブに失敗しました: %1</translation>
    </message>
    <message>
        <source>The session of %1 was kept alive.</source>
        <translation>%1 のセッションをアクティブに維持しました。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>セッションの削除</translation>
    </message>
    <message>
        <source>Delete the record of the update session of %1?</source>
        <translation>%1 の更新セッションの記録を削除しますか?</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>セッションを削除しました。</translation>
    </message>
    <message>
        <source>Could not delete the session: %1</source>
        <translation>セッションを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Connect to a server before starting an upload.</source>
        <translation>アップロードを開始する前にサーバに接続してください。</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Starting upload of %1</source>
        <translation>%1 のアップロードを開始しています</translation>
    </message>
    <message>
        <source>Upload started: %1</source>
        <translation>アップロードを開始しました: %1</translation>
    </message>
    <message>
        <source>Review the certificate and warnings of %1 before the disks are sent.</source>
        <translation>ディスクを送信する前に %1 の証明書と警告を確認してください。</translation>
    </message>
    <message>
        <source>Upload finished.</source>
        <translation>アップロードが終了しました。</translation>
    </message>
    <message>
        <source>Item is busy</source>
        <translation>アイテムは使用中です</translation>
    </message>
    <message>
        <source>Another update session (%1) is already open on this item. Open that session?</source>
        <translation>このアイテムでは別の更新セッション (%1) がすでに開いています。そのセッションを開きますか?</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>アップロード終了</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>アップロード失敗</translation>
    </message>
    <message>
        <source>New upload opens with %1 once connected.</source>
        <translation>接続後、%1 を指定して [新しいアップロード] が開きます。</translation>
    </message>
    <message>
        <source>Reading the password of %1…</source>
        <translation>%1 のパスワードを読み取っています…</translation>
    </message>
</context>
<context>
    <name>clu::gui::NewUploadDialog</name>
    <message>
        <source>New upload</source>
        <translation>新しいアップロード</translation>
    </message>
    <message>
        <source>1. Target</source>
        <translation>1. ターゲット</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>ライブラリ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Existing item:</source>
        <translation>既存のアイテム(&amp;E):</translation>
    </message>
    <message>
        <source>Existing item</source>
        <translation>既存のアイテム</translation>
    </message>
    <message>
        <source>New &amp;item named:</source>
        <translation>新しいアイテムの名前(&amp;I):</translation>
    </message>
    <message>
        <source>New item name</source>
        <translation>新しいアイテムの名前</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Detected from the files: ovf for .ovf/.ova, iso for .iso, else file</source>
        <translation>ファイルから判定: .ovf/.ova は ovf、.iso は iso、その他は file</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>タイプ(&amp;T):</translation>
    </message>
    <message>
        <source>2. Files</source>
        <translation>2. ファイル</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>アップロードするファイル</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Plain files, e.g. ISO images</source>
        <translation>通常のファイル (ISO イメージなど)</translation>
    </message>
    <message>
        <source>OVF/OV&amp;A package…</source>
        <translation>OVF/OVA パッケージ(&amp;A)…</translation>
    </message>
    <message>
        <source>One .ovf (its disks, .mf and .cert are collected) or one .ova</source>
        <translation>.ovf 1 つ (ディスク、.mf、.cert は自動的に収集) または .ova 1 つ</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Sent in checksum_info; the server verifies each file with it</source>
        <translation>checksum_info で送信され、サーバはこれで各ファイルを検証します</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>OVF or OVA package</source>
        <translation>OVF または OVA パッケージ</translation>
    </message>
    <message>
        <source>OVF packages (*.ovf *.ova)</source>
        <translation>OVF パッケージ (*.ovf *.ova)</translation>
    </message>
    <message>
        <source>%1  (missing)</source>
        <translation>%1  (見つかりません)</translation>
    </message>
    <message>
        <source>The descriptor references files that are not there: %1.</source>
        <translation>記述子が存在しないファイルを参照しています: %1。</translation>
    </message>
    <message>
        <source>Signed package: the certificate review opens before the disks are sent if the server reports warnings.</source>
        <translation>署名済みパッケージ: サーバが警告を報告した場合、ディスクを送信する前に証明書の確認が開きます。</translation>
    </message>
    <message>
        <source>Unsigned package.</source>
        <translation>署名されていないパッケージです。</translation>
    </message>
    <message>
        <source>%1 is an OVF package: upload it on its own.</source>
        <translation>%1 は OVF パッケージです: 単独でアップロードしてください。</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 は読み取り可能なファイルではありません。</translation>
    </message>
    <message>
        <source>There is no local library to upload to (subscribed libraries cannot be uploaded to).</source>
        <translation>アップロード先のローカル ライブラリがありません (サブスクライブ済みライブラリにはアップロードできません)。</translation>
    </message>
    <message>
        <source>Choose the files to upload.</source>
        <translation>アップロードするファイルを選択してください。</translation>
    </message>
    <message>
        <source>Name the new item.</source>
        <translation>新しいアイテムに名前を付けてください。</translation>
    </message>
    <message>
        <source>Choose the item to update.</source>
        <translation>更新するアイテムを選択してください。</translation>
    </message>
    <message>
        <source>From &amp;URL…</source>
        <translation>URL から(&amp;U)…</translation>
    </message>
    <message>
        <source>A file vCenter fetches itself from an http(s) URL; the source&apos;s certificate thumbprint is shown for confirmation</source>
        <translation>vCenter が http(s) URL から自身で取得するファイルです。確認のためソースの証明書のサムプリントが表示されます</translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2)</source>
        <translation>%1  (vCenter が %2 から取得)</translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2, certificate thumbprint %3)</source>
        <translation>%1  (vCenter が %2 から取得、証明書のサムプリント %3)</translation>
    </message>
    <message>
        <source>%1 is an OVF package: vCenter cannot assemble a package from a URL here; download it and upload it as a package.</source>
        <translation>%1 は OVF パッケージです: vCenter はここで URL からパッケージを組み立てられません。ダウンロードしてパッケージとしてアップロードしてください。</translation>
    </message>
    <message>
        <source>An OVF package is uploaded on its own; remove the URL sources or the package.</source>
        <translation>OVF パッケージは単独でアップロードされます。URL ソースまたはパッケージを削除してください。</translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation>%1 という名前のファイルが 2 つあります。アイテム内で名前は一意である必要があります。</translation>
    </message>
    <message>
        <source>%1  (reading the package…)</source>
        <translation>%1  (パッケージを読み取っています…)</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>パッケージを読み取っています…</translation>
    </message>
    <message>
        <source>3. Preflight</source>
        <translation>3. 事前チェック</translation>
    </message>
    <message>
        <source>4. &amp;Checksum:</source>
        <translation>4. チェックサム(&amp;C):</translation>
    </message>
    <message>
        <source>Preflight is checking the files.</source>
        <translation>事前チェックでファイルを確認しています。</translation>
    </message>
    <message>
        <source>Preflight found what vCenter would refuse; see the checklist.</source>
        <translation>事前チェックで vCenter が拒否する問題が見つかりました。チェックリストを確認してください。</translation>
    </message>
    <message>
        <source>Preflight has warnings; check &quot;Upload despite preflight warnings&quot; to go ahead.</source>
        <translation>事前チェックで警告が見つかりました。続行するには [事前チェックの警告を無視してアップロード] を選択してください。</translation>
    </message>
</context>
<context>
    <name>clu::gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>&amp;Password for %1 on %2:</source>
        <translation>%2 上の %1 のパスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに記憶(&amp;R)</translation>
    </message>
    <message>
        <source>Saved once the server has accepted it; never in the settings</source>
        <translation>サーバが受け入れた後に保存されます。設定には保存されません</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory until the program ends</source>
        <translation>システムのキーチェーンを使用できません: パスワードはプログラム終了までメモリ内に保持されます</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>clu::gui::PinMismatchDialog</name>
    <message>
        <source>Server certificate changed — connection refused</source>
        <translation>サーバ証明書が変更されました — 接続を拒否しました</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one pinned in this profile. The connection was refused.

Pinned fingerprint:
%2

Presented fingerprint:
%3

If the vCenter certificate was renewed on purpose, verify the new fingerprint with its administrator and update the pin in Server profiles. Otherwise somebody may be intercepting the connection.</source>
        <translation>%1 は、このプロファイルに固定されたものとは異なる証明書を提示しました。接続は拒否されました。

固定されたフィンガープリント:
%2

提示されたフィンガープリント:
%3

vCenter の証明書が意図的に更新された場合は、新しいフィンガープリントを管理者に確認し、[サーバ プロファイル] で固定を更新してください。そうでない場合は、誰かが接続を傍受している可能性があります。</translation>
    </message>
</context>
<context>
    <name>clu::gui::PreflightChecklist</name>
    <message>
        <source>Preflight checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Upload despite preflight &amp;warnings</source>
        <translation>事前チェックの警告を無視してアップロード(&amp;W)</translation>
    </message>
    <message>
        <source>Failures always stop the upload; certificate warnings are decided in the certificate review</source>
        <translation>失敗があると常にアップロードは停止します。証明書の警告は証明書の確認で判断します</translation>
    </message>
    <message>
        <source>Preflight: checking the files…</source>
        <translation>事前チェック: ファイルを確認しています…</translation>
    </message>
    <message>
        <source>Preflight: choose files to check them before anything is sent.</source>
        <translation>事前チェック: 送信前に確認するファイルを選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Preflight: %n check(s) failed; vCenter would refuse this upload.</source>
        <translation>
            <numerusform>事前チェック: %n 件のチェックが失敗しました。vCenter はこのアップロードを拒否します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed with %n warning(s).</source>
        <translation>
            <numerusform>事前チェック: 合格 (警告 %n 件)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: all %n check(s) passed.</source>
        <translation>
            <numerusform>事前チェック: すべてのチェック (%n 件) に合格しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation>サーバ プロファイル</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>新しい空のプロファイルを作成します</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved password</source>
        <translation>選択したプロファイルと保存されたパスワードを削除します</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation>識別しやすい名前</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>サーバ URL(&amp;U):</translation>
    </message>
    <message>
        <source>https://vcenter.example.com</source>
        <translation>https://vcenter.example.com</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;S):</translation>
    </message>
    <message>
        <source>For example administrator@vsphere.local</source>
        <translation>例: administrator@vsphere.local</translation>
    </message>
    <message>
        <source>Pinned &amp;thumbprint:</source>
        <translation>固定するサムプリント(&amp;T):</translation>
    </message>
    <message>
        <source>SHA-256 or SHA-1 fingerprint of the server certificate; only that certificate will be accepted. Leave empty to use the system&apos;s trust store.</source>
        <translation>サーバ証明書の SHA-256 または SHA-1 フィンガープリント。この証明書のみが受け入れられます。システムの信頼ストアを使用する場合は空欄のままにします。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Stored in the system keychain when &quot;Remember&quot; is ticked, never in the settings file</source>
        <translation>[記憶] がオンの場合はシステムのキーチェーンに保存され、設定ファイルには保存されません</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>パスワードをシステムのキーチェーンに記憶(&amp;R)</translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 (40 hex digits) nor a SHA-256 (64 hex digits) fingerprint.</source>
        <translation>固定するサムプリント「%1」は SHA-1 (16 進数 40 桁) でも SHA-256 (16 進数 64 桁) でもありません。</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>パスワードをシステムのキーチェーンに保存しています…</translation>
    </message>
    <message>
        <source>Profile saved; the password is in the system keychain.</source>
        <translation>プロファイルを保存しました。パスワードはシステムのキーチェーンにあります。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable; the password is kept in memory until the application quits.</source>
        <translation>システムのキーチェーンを使用できません。パスワードはアプリケーション終了までメモリ内に保持されます。</translation>
    </message>
    <message>
        <source>Profile saved. You will be asked for the password when connecting.</source>
        <translation>プロファイルを保存しました。接続時にパスワードの入力を求められます。</translation>
    </message>
    <message>
        <source>Profile saved. The password is kept in memory until the application quits.</source>
        <translation>プロファイルを保存しました。パスワードはアプリケーション終了までメモリ内に保持されます。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation>プロファイル「%1」と保存されたパスワードを削除しますか?</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (lab only)</source>
        <translation>暗号化されない http を許可 (テスト環境専用)(&amp;H)</translation>
    </message>
    <message>
        <source>Connect to an http:// URL. The password, the session token and the uploaded files then cross the network unencrypted.</source>
        <translation>http:// の URL に接続します。その場合、パスワード、セッション トークン、アップロードするファイルは暗号化されずにネットワークを通過します。</translation>
    </message>
</context>
<context>
    <name>clu::gui::QuitOnSignals</name>
    <message>
        <source>cannot create the signal pipe: %1</source>
        <translation>シグナル パイプを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot install the handler of signal %1: %2</source>
        <translation>シグナル %1 のハンドラをインストールできません: %2</translation>
    </message>
    <message>
        <source>cannot install the console control handler (error %1)</source>
        <translation>コンソール制御ハンドラをインストールできません (エラー %1)</translation>
    </message>
</context>
<context>
    <name>clu::gui::ServerConnection</name>
    <message>
        <source>%1 refused the user name or password. Check them in Server profiles.</source>
        <translation>%1 がユーザー名またはパスワードを拒否しました。[サーバ プロファイル] で確認してください。</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused). Is the address and port right and the vCenter running?</source>
        <translation>%1 で接続を受け付けるものがありません (接続拒否)。アドレスとポートは正しく、vCenter は実行中ですか?</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 に到達できません: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 が時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 へのセキュア接続に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the pinned one; the connection was refused.</source>
        <translation>%1 が固定されたものとは異なる証明書を提示したため、接続は拒否されました。</translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>library items</source>
        <translation>ライブラリ アイテム</translation>
    </message>
    <message>
        <source>update sessions</source>
        <translation>更新セッション</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionFilesTab</name>
    <message>
        <source>Session files</source>
        <translation>セッション ファイル</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>転送済み</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>チェックサム</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>ファイルを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Upload local files into this session (SHA-256 checksum sent)</source>
        <translation>ローカル ファイルをこのセッションにアップロードします (SHA-256 チェックサムを送信)</translation>
    </message>
    <message>
        <source>Add from &amp;URL…</source>
        <translation>URL から追加(&amp;U)…</translation>
    </message>
    <message>
        <source>Let the server fetch a file from an http(s) URL</source>
        <translation>http(s) URL からサーバにファイルを取得させます</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected file from the item when the session completes</source>
        <translation>セッションの完了時に、選択したファイルをアイテムから削除します</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Send the selected failed file again</source>
        <translation>失敗した選択ファイルを再送信します</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Ask the server which files are missing or invalid</source>
        <translation>不足または無効なファイルをサーバに問い合わせます</translation>
    </message>
    <message>
        <source>Could not list the files: %1</source>
        <translation>ファイルを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Waiting for transfer</source>
        <translation>転送待ち</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>転送中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>検証中</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation> (検証済み)</translation>
    </message>
    <message>
        <source> (not yet verified)</source>
        <translation> (未検証)</translation>
    </message>
    <message>
        <source>Add files to the session</source>
        <translation>セッションにファイルを追加</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a readable file.</source>
        <translation>%1 を読み取れません: 読み取り可能なファイルではありません。</translation>
    </message>
    <message>
        <source>Computing the SHA-256 checksum of %1</source>
        <translation>%1 の SHA-256 チェックサムを計算しています</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 is on the server</source>
        <translation>%1 はサーバ上にあります</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Adding %1 (%2 bytes, SHA-256 %3)</source>
        <translation>%1 を追加しています (%2 バイト、SHA-256 %3)</translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL)</source>
        <translation>%2 から %1 を追加しています (PULL)</translation>
    </message>
    <message>
        <source>%1 added (server fetches it)</source>
        <translation>%1 を追加しました (サーバが取得します)</translation>
    </message>
    <message>
        <source>Adding %1 failed: %2</source>
        <translation>%1 の追加に失敗しました: %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>ファイルの削除</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the item when this session completes?</source>
        <translation>このセッションの完了時に「%1」をアイテムから削除しますか?</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 を削除しています</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>%1 の削除に失敗しました: %2</translation>
    </message>
    <message>
        <source>Retrying %1</source>
        <translation>%1 を再試行しています</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>検証しています…</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>検証に失敗しました: %1</translation>
    </message>
    <message>
        <source>Validation passed: no missing or invalid files.</source>
        <translation>検証に合格しました: 不足または無効なファイルはありません。</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>不足: %1</translation>
    </message>
    <message>
        <source>Invalid: %1 — %2</source>
        <translation>無効: %1 — %2</translation>
    </message>
    <message>
        <source>Validation found problems. %1</source>
        <translation>検証で問題が見つかりました。%1</translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL, certificate thumbprint %3)</source>
        <translation>%2 から %1 を追加しています (PULL、証明書のサムプリント %3)</translation>
    </message>
    <message>
        <source>The session is done; its files can no longer be listed: %1</source>
        <translation>セッションは完了しています。ファイルを一覧表示できなくなりました: %1</translation>
    </message>
    <message>
        <source>The session is done; the item&apos;s files could not be read: %1</source>
        <translation>セッションは完了しています。アイテムのファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>The session is done; these are the files of the item now.</source>
        <translation>セッションは完了しています。現在のアイテムのファイルを表示しています。</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionInfoTab</name>
    <message>
        <source>Session ID:</source>
        <translation>セッション ID:</translation>
    </message>
    <message>
        <source>Library item:</source>
        <translation>ライブラリ アイテム:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>ライブラリ:</translation>
    </message>
    <message>
        <source>Content version at start:</source>
        <translation>開始時のコンテンツ バージョン:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Client progress:</source>
        <translation>クライアントの進行状況:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <source>Warning behavior:</source>
        <translation>警告動作:</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>エラー メッセージ:</translation>
    </message>
    <message>
        <source>Error message id:</source>
        <translation>エラー メッセージ ID:</translation>
    </message>
    <message>
        <source>What this client did to the session:</source>
        <translation>このクライアントがセッションに対して行った操作:</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>セッション ログ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>無視しない</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>設定なし</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionTableModel</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>使用不可</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>準備中…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>使用可能</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) ignored</source>
        <translation>
            <numerusform>%1、%n 件の警告を無視</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) blocking</source>
        <translation>
            <numerusform>%1、%n 件の警告がブロック中</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Library item %1</source>
        <translation>ライブラリ アイテム %1</translation>
    </message>
    <message>
        <source>Transfer progress of this client&apos;s upload</source>
        <translation>このクライアントによるアップロードの転送の進行状況</translation>
    </message>
    <message>
        <source>Progress reported by the uploading client</source>
        <translation>アップロード中のクライアントが報告した進行状況</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>セッション ID</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionsPane</name>
    <message>
        <source>&lt;b&gt;Update sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;更新セッション&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>状態でフィルタ</translation>
    </message>
    <message>
        <source>Show only sessions in this state</source>
        <translation>この状態のセッションのみを表示します</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Filter by item, library or session id</source>
        <translation>アイテム、ライブラリ、セッション ID でフィルタ</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>セッションのフィルタ</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Update sessions</source>
        <translation>更新セッション</translation>
    </message>
</context>
<context>
    <name>clu::gui::UploadController</name>
    <message numerus="yes">
        <source>The preview reports %n warning(s); waiting for the review.</source>
        <translation>
            <numerusform>プレビューが %n 件の警告を報告しています。確認を待っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Update session created for %1</source>
        <translation>%1 の更新セッションを作成しました</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>段階: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Could not create the item &quot;%1&quot;: %2</source>
        <translation>アイテム「%1」を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>The upload could not start: another upload is running or the request is incomplete.</source>
        <translation>アップロードを開始できませんでした: 別のアップロードが実行中か、要求が不完全です。</translation>
    </message>
    <message>
        <source>Review: continue, ignoring %1</source>
        <translation>確認: %1 を無視して続行</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Review: package rejected</source>
        <translation>確認: パッケージを拒否</translation>
    </message>
    <message>
        <source>Not verified by the server: %1</source>
        <translation>サーバで検証されていません: %1</translation>
    </message>
    <message>
        <source>The new item &quot;%1&quot; was deleted again.</source>
        <translation>新しいアイテム「%1」は再び削除されました。</translation>
    </message>
    <message>
        <source>The new item &quot;%1&quot; (%2) is still there, empty: deleting it failed: %3</source>
        <translation>新しいアイテム「%1」(%2) は空のまま残っています: 削除に失敗しました: %3</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>アップロードするファイルの確認</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>何も送信されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>clu::gui::UrlSourceDialog</name>
    <message>
        <source>Add from URL</source>
        <translation>URL から追加</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>ソース URL</translation>
    </message>
    <message>
        <source>vCenter fetches the file from this http:// or https:// URL itself</source>
        <translation>vCenter がこの http:// または https:// URL からファイルを自身で取得します</translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation>証明書を取得(&amp;F)</translation>
    </message>
    <message>
        <source>Connect to the source and show the certificate it presents</source>
        <translation>ソースに接続し、提示される証明書を表示します</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>File name in the item</source>
        <translation>アイテム内のファイル名</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <source>I have &amp;compared this thumbprint with the one the source&apos;s owner published; vCenter may fetch from this server.</source>
        <translation>このサムプリントをソースの所有者が公開しているものと比較しました。vCenter はこのサーバから取得してかまいません(&amp;C)。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Fetching the certificate of %1…</source>
        <translation>%1 の証明書を取得しています…</translation>
    </message>
    <message>
        <source>Enter the URL vCenter should fetch the file from.</source>
        <translation>vCenter がファイルを取得する URL を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation>「%1」はホスト名を含む http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>Plain http: the file travels unencrypted and the source is not authenticated; the checksum vCenter computes is the only check. No thumbprint is needed.</source>
        <translation>通常の http: ファイルは暗号化されずに転送され、ソースは認証されません。vCenter が計算するチェックサムが唯一の確認手段です。サムプリントは不要です。</translation>
    </message>
    <message>
        <source>Fetch the source&apos;s certificate to confirm its thumbprint.</source>
        <translation>ソースの証明書を取得して、そのサムプリントを確認してください。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint vCenter will require: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>vCenter が要求する SHA-1 サムプリント: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This computer trusts the certificate of %1.</source>
        <translation>このコンピュータは %1 の証明書を信頼しています。</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: %2</source>
        <translation>このコンピュータは %1 の証明書を信頼していません: %2</translation>
    </message>
    <message>
        <source>Confirm the thumbprint to add the file.</source>
        <translation>ファイルを追加するにはサムプリントを確認してください。</translation>
    </message>
    <message>
        <source>Name the file (the URL&apos;s path does not end in a file name).</source>
        <translation>ファイルに名前を付けてください (URL のパスがファイル名で終わっていません)。</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation>ファイル名に / や \ を含めることはできません。</translation>
    </message>
</context>
<context>
    <name>clu::gui::WarningListWidget</name>
    <message>
        <source>Certificate warnings</source>
        <translation>証明書の警告</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>自己署名証明書</translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation>期限切れの証明書</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>まだ有効でない証明書</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>信頼されていない証明書</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>%1 を無視</translation>
    </message>
    <message>
        <source>Tick to let Complete succeed despite this warning</source>
        <translation>この警告があっても完了できるようにするにはオンにします</translation>
    </message>
</context>
</TS>
