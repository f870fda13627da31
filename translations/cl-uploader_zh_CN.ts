<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <source>the server reported %1</source>
        <translation>服务器报告 %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>the connection to %1 was refused (is the address and port right?)</source>
        <translation>与 %1 的连接被拒绝（地址和端口是否正确？）</translation>
    </message>
    <message>
        <source>no answer from %1 in time</source>
        <translation>%1 未及时响应</translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3; the connection was refused</source>
        <translation>%1 提供的证书指纹为 %2，但固定的指纹为 %3；连接已被拒绝</translation>
    </message>
    <message>
        <source>the TLS connection to %1 failed</source>
        <translation>与 %1 的 TLS 连接失败</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败: %2</translation>
    </message>
</context>
<context>
    <name>ApiRoutes</name>
    <message>
        <source>Logging in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Refreshing the login session</source>
        <translation>刷新登录会话</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation>列出库</translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation>读取库 %1</translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation>查找库</translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation>列出库 %1 的项目</translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation>读取库项目 %1</translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation>查找库项目</translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation>创建库项目“%1”</translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation>删除库项目 %1</translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation>列出库项目 %1 的文件</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation>读取库项目 %2 的文件“%1”</translation>
    </message>
    <message>
        <source>Listing item types</source>
        <translation>列出项目类型</translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation>列出数据存储</translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation>为库项目 %1 创建更新会话</translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation>列出更新会话</translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation>读取更新会话 %1</translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation>更改更新会话 %1 的警告行为</translation>
    </message>
    <message>
        <source>Deleting update session %1</source>
        <translation>删除更新会话 %1</translation>
    </message>
    <message>
        <source>Completing update session %1</source>
        <translation>完成更新会话 %1</translation>
    </message>
    <message>
        <source>Canceling update session %1</source>
        <translation>取消更新会话 %1</translation>
    </message>
    <message>
        <source>Marking update session %1 as failed</source>
        <translation>将更新会话 %1 标记为失败</translation>
    </message>
    <message>
        <source>Keeping update session %1 alive</source>
        <translation>使更新会话 %1 保持活动状态</translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation>将文件“%1”添加到更新会话 %2</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation>读取更新会话 %2 的文件“%1”</translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation>列出更新会话 %1 的文件</translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation>从更新会话 %2 中移除文件“%1”</translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation>验证更新会话 %1 的文件</translation>
    </message>
    <message>
        <source>Listing trusted certificates</source>
        <translation>列出受信任的证书</translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation>读取受信任的证书 %1</translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation>添加受信任的证书</translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation>移除受信任的证书 %1</translation>
    </message>
</context>
<context>
    <name>BlockReader</name>
    <message>
        <source>no data arrived for %1 s</source>
        <translation>%1 秒内没有收到数据</translation>
    </message>
</context>
<context>
    <name>ChecksumCalculator</name>
    <message>
        <source>Checksum of %1 canceled.</source>
        <translation>%1 的校验和计算已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1 to compute its checksum: %2</source>
        <translation>无法读取 %1 以计算其校验和: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to compute its checksum: %2</source>
        <translation>无法打开 %1 以计算其校验和: %2</translation>
    </message>
    <message>
        <source>Cannot compute the checksum of %1: %2</source>
        <translation>无法计算 %1 的校验和: %2</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>unknown warning type &quot;%1&quot;; use SELF_SIGNED_CERTIFICATE, EXPIRED_CERTIFICATE, NOT_YET_VALID_CERTIFICATE or UNTRUSTED_CERTIFICATE</source>
        <translation>未知的警告类型“%1”；请使用 SELF_SIGNED_CERTIFICATE、EXPIRED_CERTIFICATE、NOT_YET_VALID_CERTIFICATE 或 UNTRUSTED_CERTIFICATE</translation>
    </message>
    <message>
        <source>Scriptable client for vCenter Content Library update sessions.

%1</source>
        <translation>用于 vCenter 内容库更新会话的可脚本化客户端。

%1</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>机器可读的 JSON 输出。</translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation>从标准输入 (stdin) 的第一行读取密码。</translation>
    </message>
    <message>
        <source>Library name or id.</source>
        <translation>库名称或 ID。</translation>
    </message>
    <message>
        <source>library</source>
        <translation>library</translation>
    </message>
    <message>
        <source>Item name or id.</source>
        <translation>项目名称或 ID。</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>Create the item when it does not exist.</source>
        <translation>项目不存在时创建该项目。</translation>
    </message>
    <message>
        <source>Type of a created item: ovf, iso or file (default: from the file names).</source>
        <translation>所创建项目的类型: ovf、iso 或 file（默认: 根据文件名确定）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Package warnings to ignore: all, or TYPE,TYPE...</source>
        <translation>要忽略的软件包警告: all，或 TYPE,TYPE...</translation>
    </message>
    <message>
        <source>types</source>
        <translation>types</translation>
    </message>
    <message>
        <source>Files sent at the same time (default 2).</source>
        <translation>同时发送的文件数（默认为 2）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Checksum algorithm: sha256 (default), sha1, sha512, md5.</source>
        <translation>校验和算法: sha256（默认）、sha1、sha512、md5。</translation>
    </message>
    <message>
        <source>algorithm</source>
        <translation>algorithm</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>Arguments of the command.</source>
        <translation>命令的参数。</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>--%1 is an option of &quot;upload&quot;, not of &quot;%2&quot;.</source>
        <translation>--%1 是“upload”的选项，而不是“%2”的选项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; expects %2.</source>
        <translation>“%1”需要%2。</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>不带参数</translation>
    </message>
    <message>
        <source>one library name or id</source>
        <translation>一个库名称或 ID</translation>
    </message>
    <message>
        <source>one session id</source>
        <translation>一个会话 ID</translation>
    </message>
    <message>
        <source>a session id and at least one warning type</source>
        <translation>一个会话 ID 和至少一个警告类型</translation>
    </message>
    <message>
        <source>upload needs --library and --item.</source>
        <translation>upload 需要 --library 和 --item。</translation>
    </message>
    <message>
        <source>--type must be ovf, iso or file, not &quot;%1&quot;.</source>
        <translation>--type 必须为 ovf、iso 或 file，而不是“%1”。</translation>
    </message>
    <message>
        <source>--type only applies with --create-item.</source>
        <translation>--type 仅与 --create-item 一起使用时有效。</translation>
    </message>
    <message>
        <source>--concurrency must be a number from 1 to 16, not &quot;%1&quot;.</source>
        <translation>--concurrency 必须为 1 到 16 之间的数字，而不是“%1”。</translation>
    </message>
    <message>
        <source>--checksum must be sha256, sha1, sha512 or md5, not &quot;%1&quot;.</source>
        <translation>--checksum 必须为 sha256、sha1、sha512 或 md5，而不是“%1”。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint of the certificate of the https:// sources vCenter fetches (40 hex digits, colons optional).</source>
        <translation>vCenter 获取的 https:// 源的证书 SHA-1 指纹（40 位十六进制数字，冒号可选）。</translation>
    </message>
    <message>
        <source>sha1</source>
        <translation>sha1</translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation>用户界面语言: %1。默认: 系统语言。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>at least one file or URL</source>
        <translation>至少一个文件或 URL</translation>
    </message>
    <message>
        <source>--source-thumbprint must be a SHA-1 thumbprint (40 hex digits), not &quot;%1&quot;.</source>
        <translation>--source-thumbprint 必须是 SHA-1 指纹（40 位十六进制数字），而不是“%1”。</translation>
    </message>
    <message>
        <source>--source-thumbprint only applies to https:// sources.</source>
        <translation>--source-thumbprint 仅适用于 https:// 源。</translation>
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
        <translation>命令:
  libraries                 列出内容库
  items &lt;library&gt;           列出库的项目（名称或 ID）
  sessions                  列出您的更新会话
  session &lt;id&gt;              显示一个更新会话及其文件
  upload --library L --item I [--create-item] [--type ovf|iso|file]
         [--ignore-warnings all|TYPE,...] [--concurrency N]
         [--checksum sha256|sha1|sha512|md5] [--source-thumbprint SHA1] SOURCE...
                            将文件、.ovf 软件包或 .ova 上传到项目中；
                            http(s):// 形式的 SOURCE 由 vCenter 自行获取
  preflight [--allow-preflight-warnings] [--library L --item I] SOURCE...
                            像上传在创建会话之前那样，在本地检查文件或软件包；
                            如果指定了 --library 和 --item，还会检查您是否有权
                            更新该项目
  ignore-warnings &lt;id&gt; TYPE...          忽略会话的预览警告
  complete &lt;id&gt;             完成更新会话
  cancel &lt;id&gt;               取消更新会话
  version                   显示版本

环境变量: CLU_URL、CLU_USERNAME、CLU_PASSWORD（或 --password-stdin，或服务
“cl-uploader”中的钥匙串条目 user@host）、CLU_THUMBPRINT（固定: SHA-256
或 SHA-1 十六进制）、CLU_INSECURE=1（接受任何服务器证书）、
CLU_ALLOW_HTTP=1（允许未加密的 http://，仅限测试环境）、
CLU_UPLOAD_HOSTS=h1,h2（允许接收上传的其他主机）、
CLU_MAX_RESPONSE_MIB (32)、CLU_CALL_DEADLINE_SECONDS (120)、CLU_PARALLEL_GETS (12)。
警告类型: SELF_SIGNED_CERTIFICATE、EXPIRED_CERTIFICATE、
NOT_YET_VALID_CERTIFICATE、UNTRUSTED_CERTIFICATE。
</translation>
    </message>
    <message>
        <source>Let preflight warnings pass (upload, preflight); failures still stop an upload.</source>
        <translation>放行预检警告（upload、preflight）；失败项仍会停止上传。</translation>
    </message>
    <message>
        <source>--allow-preflight-warnings is an option of &quot;upload&quot; and &quot;preflight&quot;, not of &quot;%1&quot;.</source>
        <translation>--allow-preflight-warnings 是“upload”和“preflight”的选项，而不是“%1”的选项。</translation>
    </message>
    <message>
        <source>at least one file, or one .ovf or .ova</source>
        <translation>至少一个文件，或一个 .ovf 或 .ova</translation>
    </message>
    <message>
        <source>preflight checks privileges with both --library and --item, or neither.</source>
        <translation>preflight 需要同时指定 --library 和 --item 才会检查权限；请两者都指定或都不指定。</translation>
    </message>
</context>
<context>
    <name>ContentRejection</name>
    <message>
        <source>the server computed another checksum for %1 (%2) than the one sent (%3)</source>
        <translation>服务器为 %1 计算出的校验和 (%2) 与发送的校验和 (%3) 不同</translation>
    </message>
    <message>
        <source>the server received all %1 bytes of %2 and refused them, so their checksum did not match</source>
        <translation>服务器收到了 %2 的全部 %1 字节后拒绝了它们，因此校验和不匹配</translation>
    </message>
    <message>
        <source>the server reported %1</source>
        <translation>服务器报告 %1</translation>
    </message>
    <message>
        <source>the server&apos;s message speaks of a checksum: %1</source>
        <translation>服务器的消息提到了校验和: %1</translation>
    </message>
</context>
<context>
    <name>CurlPut</name>
    <message>
        <source>the source ended after %1 of %2 bytes</source>
        <translation>源在 %2 字节中的 %1 字节后结束</translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl 无法开始传输</translation>
    </message>
    <message>
        <source>this build&apos;s libcurl cannot let the TLS policy check certificates (it needs libcurl with the OpenSSL backend: %1)</source>
        <translation>此版本的 libcurl 无法让 TLS 策略检查证书(需要使用 OpenSSL 后端的 libcurl: %1)</translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation>传输已取消</translation>
    </message>
    <message>
        <source>the server&apos;s answer is %1 bytes (Content-Length), more than the limit of %2; it was not read</source>
        <translation>服务器的应答为 %1 字节(Content-Length),超过上限 %2;未读取</translation>
    </message>
    <message>
        <source>the server&apos;s answer to the upload is more than %1 bytes; the rest was not read</source>
        <translation>服务器对上传的应答超过 %1 字节;其余部分未读取</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused</source>
        <translation>%1 的证书被拒绝</translation>
    </message>
    <message>
        <source>the server sent no HTTP answer</source>
        <translation>服务器未发送 HTTP 应答</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 before the whole body was sent</source>
        <translation>在全部内容发送完之前,服务器应答了 HTTP %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 and closed the connection</source>
        <translation>服务器应答了 HTTP %1 并关闭了连接</translation>
    </message>
</context>
<context>
    <name>Digest</name>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>OpenSSL cannot compute %1 here: %2</source>
        <translation>此处的 OpenSSL 无法计算 %1: %2</translation>
    </message>
    <message>
        <source>OpenSSL failed while hashing: %1</source>
        <translation>OpenSSL 在计算哈希时失败: %1</translation>
    </message>
</context>
<context>
    <name>FanOut</name>
    <message>
        <source>the server listed %1 %2, more than the %3 this client reads one by one; look the object up by name or id instead</source>
        <translation>服务器列出了 %1 个%2，超过了此客户端逐个读取的上限 %3 个；请改为按名称或 ID 查找该对象</translation>
    </message>
</context>
<context>
    <name>FileTransferStatus</name>
    <message>
        <source>Adding</source>
        <translation>正在添加</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Server fetching</source>
        <translation>服务器正在获取</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>正在重试</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>Start a local demo server (cl-simulator with seeded content) and connect to it.</source>
        <translation>启动本地演示服务器（带有预置内容的 cl-simulator）并连接到该服务器。</translation>
    </message>
    <message>
        <source>The cl-simulator executable to use for --demo.</source>
        <translation>用于 --demo 的 cl-simulator 可执行文件。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>With --demo: write PNG screenshots of the main window, the certificate tab and the upload dialog into this directory, then quit.</source>
        <translation>与 --demo 一起使用: 将主窗口、证书选项卡和上传对话框的 PNG 屏幕截图写入此目录，然后退出。</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Content Library Uploader: upload OVF/OVA templates, ISOs and files into vCenter Content Libraries through update sessions.</source>
        <translation>Content Library Uploader: 通过更新会话将 OVF/OVA 模板、ISO 和文件上传到 vCenter 内容库。</translation>
    </message>
    <message>
        <source>User interface language: %1. Default: the system language.</source>
        <translation>用户界面语言: %1。默认: 系统语言。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Files, or one OVF/OVA package, to upload: the New upload dialog opens with them once connected.</source>
        <translation>要上传的文件或一个 OVF/OVA 软件包: 连接后，将使用这些文件打开“新建上传”对话框。</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[文件...]</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The file to add has no name.</source>
        <translation>要添加的文件没有名称。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; must not contain a path separator.</source>
        <translation>文件名“%1”不得包含路径分隔符。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is to be pulled but has no source URL.</source>
        <translation>文件“%1”需要拉取，但没有源 URL。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; needs source type PUSH or PULL (got &quot;%2&quot;).</source>
        <translation>文件“%1”需要源类型 PUSH 或 PULL（收到的是“%2”）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has a negative size.</source>
        <translation>文件“%1”的大小为负数。</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>A new item needs the id of the library it goes into.</source>
        <translation>新项目需要其所属库的 ID。</translation>
    </message>
    <message>
        <source>A new item needs a name.</source>
        <translation>新项目需要名称。</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>应为%1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a 64-bit integer</source>
        <translation>64 位整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO-8601 date and time</source>
        <translation>“%1”不是 ISO-8601 日期和时间</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URI</source>
        <translation>“%1”不是绝对 URI</translation>
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
        <translation>%1 的证书</translation>
    </message>
    <message>
        <source>a CA certificate in the chain of %1 (%2)</source>
        <translation>%1 证书链中的 CA 证书 (%2)</translation>
    </message>
    <message>
        <source>%1 has a %2-bit %3 key, but this computer&apos;s OpenSSL (security level %4) refuses %3 keys shorter than %5 bits in any TLS connection, trusted or not. Give the server a certificate with a key of at least %5 bits (e.g. RSA 2048 or an EC P-256 key).</source>
        <translation>%1 使用 %2 位的 %3 密钥，但此计算机的 OpenSSL（安全级别 %4）在任何 TLS 连接中都会拒绝短于 %5 位的 %3 密钥，无论是否受信任。请为服务器提供密钥至少为 %5 位的证书（例如 RSA 2048 或 EC P-256 密钥）。</translation>
    </message>
</context>
<context>
    <name>LibraryService</name>
    <message>
        <source>no %1 has the id or name &quot;%2&quot;</source>
        <translation>没有 ID 或名称为“%2”的%1</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>未提供 ID</translation>
    </message>
    <message>
        <source>Listing libraries</source>
        <translation>列出库</translation>
    </message>
    <message>
        <source>Reading library %1</source>
        <translation>读取库 %1</translation>
    </message>
    <message>
        <source>Finding libraries</source>
        <translation>查找库</translation>
    </message>
    <message>
        <source>Finding library &quot;%1&quot;</source>
        <translation>查找库“%1”</translation>
    </message>
    <message>
        <source>library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Listing the items of library %1</source>
        <translation>列出库 %1 的项目</translation>
    </message>
    <message>
        <source>Reading library item %1</source>
        <translation>读取库项目 %1</translation>
    </message>
    <message>
        <source>Finding library items</source>
        <translation>查找库项目</translation>
    </message>
    <message>
        <source>Finding item &quot;%1&quot;</source>
        <translation>查找项目“%1”</translation>
    </message>
    <message>
        <source>item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Creating library item &quot;%1&quot;</source>
        <translation>创建库项目“%1”</translation>
    </message>
    <message>
        <source>Deleting library item %1</source>
        <translation>删除库项目 %1</translation>
    </message>
    <message>
        <source>Listing the files of library item %1</source>
        <translation>列出库项目 %1 的文件</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of library item %2</source>
        <translation>读取库项目 %2 的文件“%1”</translation>
    </message>
    <message>
        <source>Listing datastores</source>
        <translation>列出数据存储</translation>
    </message>
    <message numerus="yes">
        <source>%n libraries are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>有 %n 个库名为“%1”（ID 为 %2）；请改为提供 ID</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items are named &quot;%1&quot; (ids %2); give the id instead</source>
        <translation>
            <numerusform>有 %n 个项目名为“%1”（ID 为 %2）；请改为提供 ID</numerusform>
        </translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Reading libraries</source>
        <translation>读取库</translation>
    </message>
    <message>
        <source>Reading library items</source>
        <translation>读取库项目</translation>
    </message>
</context>
<context>
    <name>LocalFileCheck</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a directory, not a file.</source>
        <translation>%1 是目录，而不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device has no size to declare).</source>
        <translation>%1 不是常规文件（管道、套接字或设备没有可声明的大小）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <source>%1 has no known size.</source>
        <translation>%1 的大小未知。</translation>
    </message>
</context>
<context>
    <name>ManifestLint</name>
    <message>
        <source>&quot;%1&quot; is OpenSSL 3&apos;s spelling (openssl dgst); vCenter accepts only SHA1, SHA256 and SHA512</source>
        <translation>“%1”是 OpenSSL 3 的写法 (openssl dgst)；vCenter 仅接受 SHA1、SHA256 和 SHA512</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be written in capitals (%2)</source>
        <translation>“%1”必须使用大写字母 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an algorithm vCenter accepts (SHA1, SHA256, SHA512)</source>
        <translation>“%1”不是 vCenter 接受的算法（SHA1、SHA256、SHA512）</translation>
    </message>
    <message>
        <source>line %1 is not of the form &quot;SHA256(file)= digest&quot;: %2</source>
        <translation>第 %1 行的格式不是“SHA256(file)= digest”: %2</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 行 (%2): %3</translation>
    </message>
    <message>
        <source>line %1 (%2): a %3 digest is %4 hex digits, this one is &quot;%5&quot;</source>
        <translation>第 %1 行 (%2): %3 摘要应为 %4 位十六进制数字，此值为“%5”</translation>
    </message>
    <message>
        <source>line %1 lists %2 a second time</source>
        <translation>第 %1 行再次列出了 %2</translation>
    </message>
    <message>
        <source>the manifest lists no files</source>
        <translation>清单未列出任何文件</translation>
    </message>
    <message>
        <source>line(s) %1 are not spaced as ovftool writes them (&quot;SHA256(file)= digest&quot;) nor as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), the two spellings vCenter is known to read</source>
        <translation>第 %1 行的空格既不符合 ovftool 的写法（“SHA256(file)= digest”），也不符合 VirtualBox 的写法（“SHA256 (file) = digest”），而已知 vCenter 只能读取这两种写法</translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries, spaced as VirtualBox writes them (&quot;SHA256 (file) = digest&quot;), which vCenter reads</source>
        <translation>
            <numerusform>%n 个格式正确的条目，空格采用 VirtualBox 的写法（“SHA256 (file) = digest”），vCenter 可以读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n well-formed entries</source>
        <translation>
            <numerusform>%n 个格式正确的条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OvaReader</name>
    <message>
        <source>Cannot open the OVA %1: %2</source>
        <translation>无法打开 OVA %1: %2</translation>
    </message>
    <message>
        <source>The OVA %1 is damaged or not a tar archive: %2</source>
        <translation>OVA %1 已损坏或不是 tar 归档文件: %2</translation>
    </message>
    <message>
        <source>The OVA %1 has no member named %2</source>
        <translation>OVA %1 中没有名为 %2 的成员</translation>
    </message>
    <message>
        <source>%1 in the OVA %2 is %3 bytes, larger than the %4 bytes allowed for it</source>
        <translation>OVA %2 中的 %1 大小为 %3 字节，超过了其允许的 %4 字节</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <source>%1 ends after %2 of %3 bytes: the OVA is truncated</source>
        <translation>%1 在读取 %3 字节中的 %2 字节后结束: OVA 已被截断</translation>
    </message>
    <message>
        <source>The OVA %1 has no readable member named %2</source>
        <translation>OVA %1 中没有名为 %2 的可读成员</translation>
    </message>
    <message>
        <source>Cannot locate the bytes of %1 inside the OVA %2</source>
        <translation>无法在 OVA %2 中定位 %1 的字节</translation>
    </message>
</context>
<context>
    <name>OvfDescriptor</name>
    <message>
        <source>a References/File element has an empty ovf:href</source>
        <translation>某个 References/File 元素的 ovf:href 为空</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; contains a path separator; only file names beside the descriptor are supported</source>
        <translation>引用的文件“%1”包含路径分隔符；仅支持与描述符位于同一位置的文件名</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is not a file name</source>
        <translation>引用的文件“%1”不是文件名</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation>%1 不是有效的 OVF 描述符: %2（第 %3 行）</translation>
    </message>
    <message>
        <source>%1 is not an OVF descriptor: the root element is not Envelope</source>
        <translation>%1 不是 OVF 描述符: 根元素不是 Envelope</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; is a URL; this uploader sends only files that are part of the package (download it and reference it by file name)</source>
        <translation>引用的文件“%1”是 URL；此上传程序仅发送属于软件包的文件（请下载该文件并按文件名引用）</translation>
    </message>
    <message>
        <source>the referenced file &quot;%1&quot; looks like a drive path; only file names beside the descriptor are supported</source>
        <translation>引用的文件“%1”看起来像驱动器路径；仅支持与描述符位于同一位置的文件名</translation>
    </message>
    <message>
        <source>%1: ovf:chunkSize &quot;%2&quot; of &quot;%3&quot; is not a positive number of bytes</source>
        <translation>%1: “%3”的 ovf:chunkSize“%2”不是正的字节数</translation>
    </message>
</context>
<context>
    <name>OvfDiskSection</name>
    <message>
        <source>%1 is not a valid OVF descriptor: %2 (line %3)</source>
        <translation>%1 不是有效的 OVF 描述符: %2（第 %3 行）</translation>
    </message>
    <message>
        <source>ovf:capacity is the property reference %1, known only at deployment</source>
        <translation>ovf:capacity 是属性引用 %1，仅在部署时才能确定</translation>
    </message>
    <message>
        <source>ovf:capacity &quot;%1&quot; is not a number</source>
        <translation>ovf:capacity“%1”不是数字</translation>
    </message>
    <message>
        <source>ovf:capacityAllocationUnits &quot;%1&quot; is not a unit of the form &quot;byte * 2^30&quot;</source>
        <translation>ovf:capacityAllocationUnits“%1”不是“byte * 2^30”形式的单位</translation>
    </message>
    <message>
        <source>ovf:capacity %1 × %2 overflows</source>
        <translation>ovf:capacity %1 × %2 溢出</translation>
    </message>
</context>
<context>
    <name>OvfManifest</name>
    <message>
        <source>%1 line %2 is not a manifest entry of the form &quot;SHA256(file)= digest&quot;: %3</source>
        <translation>%1 第 %2 行不是格式为“SHA256(file)= digest”的清单条目: %3</translation>
    </message>
</context>
<context>
    <name>OvfPackage</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1: %2</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1（位于 %2 中）</translation>
    </message>
    <message>
        <source>%1 has a certificate (%2) but no manifest (%3): a signature covers the manifest, so the package cannot be verified</source>
        <translation>%1 具有证书 (%2) 但没有清单 (%3): 签名涵盖的是清单，因此无法验证该软件包</translation>
    </message>
    <message>
        <source>%1 references files that are not in the package: %2</source>
        <translation>%1 引用了软件包中不存在的文件: %2</translation>
    </message>
    <message>
        <source>The manifest %1 is too large (%2 bytes)</source>
        <translation>清单 %1 过大（%2 字节）</translation>
    </message>
    <message>
        <source>Cannot open the OVF descriptor %1: %2</source>
        <translation>无法打开 OVF 描述符 %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有此文件</translation>
    </message>
    <message>
        <source>%1 is too large for an OVF descriptor (%2 bytes)</source>
        <translation>%1 过大，不能作为 OVF 描述符（%2 字节）</translation>
    </message>
    <message>
        <source>The OVA %1 contains no .ovf descriptor</source>
        <translation>OVA %1 不包含 .ovf 描述符</translation>
    </message>
    <message>
        <source>the manifest lists %1, which is not part of the package</source>
        <translation>清单列出了 %1，但它不属于该软件包</translation>
    </message>
    <message>
        <source>%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but the package holds the unsplit file %2 instead of the chunks %4, ...; re-export it with the chunks, or remove ovf:chunkSize from the descriptor (and its manifest line)</source>
        <translation>%1 声明 %2 被拆分为每块 %3 字节的分块 (ovf:chunkSize)，但软件包中包含的是未拆分的文件 %2，而不是分块 %4, ...；请使用分块重新导出，或从描述符中删除 ovf:chunkSize（及其清单行）</translation>
    </message>
    <message>
        <source>%1 declares %2 as split into chunks of %3 bytes (ovf:chunkSize), but its first chunk %4 is not in the package</source>
        <translation>%1 声明 %2 被拆分为每块 %3 字节的分块 (ovf:chunkSize)，但其第一个分块 %4 不在软件包中</translation>
    </message>
    <message>
        <source>%1: the chunk %2 of %3 has %4 bytes, but ovf:chunkSize says every chunk but the last has %5 bytes (and the last at most that, at least 1)</source>
        <translation>%1: %3 的分块 %2 有 %4 字节，但根据 ovf:chunkSize，除最后一块外每块均为 %5 字节（最后一块最多为该值，至少 1 字节）</translation>
    </message>
    <message>
        <source>%1: the %2 chunks of %3 (%4 to %5) add up to %6 bytes, but its ovf:size is %7; a chunk is missing or truncated</source>
        <translation>%1: %3 的 %2 个分块（%4 至 %5）共 %6 字节，但其 ovf:size 为 %7；有分块缺失或被截断</translation>
    </message>
    <message>
        <source>The manifest of %1 lists %2, which the package does not hold (and the descriptor does not reference)</source>
        <translation>%1 的清单列出了 %2，但软件包中不包含该文件（描述符也未引用它）</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>%1 is too large (%2 bytes)</source>
        <translation>%1 过大（%2 字节）</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 不是常规文件</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 不可读</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) present and readable; not an OVF package, so nothing else is checked</source>
        <translation>
            <numerusform>%n 个文件存在且可读；不是 OVF 软件包，因此不检查其他内容</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 holds a document type declaration (DTD), which vCenter&apos;s OVF parser refuses; remove the &lt;!DOCTYPE ...&gt;</source>
        <translation>第 %1 行包含文档类型声明 (DTD)，vCenter 的 OVF 解析器会拒绝它；请删除 &lt;!DOCTYPE ...&gt;</translation>
    </message>
    <message>
        <source>the Envelope is in the OVF 0.9 namespace %1, which vCenter no longer imports; re-export it as OVF 1.0 or later (ovftool converts it)</source>
        <translation>Envelope 位于 OVF 0.9 命名空间 %1 中，vCenter 已不再导入此格式；请将其重新导出为 OVF 1.0 或更高版本（ovftool 可进行转换）</translation>
    </message>
    <message>
        <source>the root element is {%1}%2, not an OVF Envelope in the namespace %3 or %4</source>
        <translation>根元素为 {%1}%2，而不是命名空间 %3 或 %4 中的 OVF Envelope</translation>
    </message>
    <message>
        <source>an OVF 2.x Envelope, no DTD</source>
        <translation>OVF 2.x Envelope，无 DTD</translation>
    </message>
    <message>
        <source>an OVF 1.x Envelope, no DTD</source>
        <translation>OVF 1.x Envelope，无 DTD</translation>
    </message>
    <message>
        <source>ovf:size says %L1 bytes, the file has %L2 bytes</source>
        <translation>ovf:size 为 %L1 字节，但文件为 %L2 字节</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have the size their ovf:size declares</source>
        <translation>
            <numerusform>%n 个文件的大小与其 ovf:size 声明的一致</numerusform>
        </translation>
    </message>
    <message>
        <source>the descriptor declares no ovf:size to compare</source>
        <translation>描述符未声明可供比较的 ovf:size</translation>
    </message>
    <message>
        <source>no manifest (.mf): the files&apos; contents are not covered by digests</source>
        <translation>无清单 (.mf): 文件内容不受摘要保护</translation>
    </message>
    <message>
        <source>unsigned package (no .cert)</source>
        <translation>未签名的软件包（无 .cert）</translation>
    </message>
    <message>
        <source>lists %1, which is not part of the package</source>
        <translation>列出了不属于软件包的 %1</translation>
    </message>
    <message>
        <source>Disk %1 refers to the file id %2, which References does not list</source>
        <translation>磁盘 %1 引用了文件 ID %2，但 References 中未列出该 ID</translation>
    </message>
    <message>
        <source>the descriptor&apos;s DiskSection references no disk file</source>
        <translation>描述符的 DiskSection 未引用任何磁盘文件</translation>
    </message>
    <message>
        <source>the descriptor references files the package does not hold: %1</source>
        <translation>描述符引用了软件包中不包含的文件: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: a well-formed OVF descriptor, %n file(s) in the package</source>
        <translation>
            <numerusform>%1: 格式正确的 OVF 描述符，软件包中有 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>the OVA&apos;s first member is %1, not the descriptor %2: the OVF specification puts the descriptor first and streaming importers expect it there</source>
        <translation>OVA 的第一个成员是 %1，而不是描述符 %2: OVF 规范要求描述符位于最前面，流式导入程序也预期它在那里</translation>
    </message>
    <message>
        <source>every file the descriptor references is in the package</source>
        <translation>描述符引用的所有文件都在软件包中</translation>
    </message>
</context>
<context>
    <name>PreflightCommand</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed (%n check(s), %1 allowed).</source>
        <translation>
            <numerusform>预检: 通过(%n 项检查,允许 %1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight: %1, %2: an upload would stop here.</source>
        <translation>预检: %1, %2: 上传会在此处停止。</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Preflight: %1, %2: an upload would stop here (--allow-preflight-warnings lets warnings pass).</source>
        <translation>预检: %1, %2: 上传会在此处停止(--allow-preflight-warnings 可让警告通过)。</translation>
    </message>
</context>
<context>
    <name>PreflightReport</name>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
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
        <translation>预检在创建会话之前停止了上传: %1</translation>
    </message>
    <message>
        <source>Preflight stopped the upload of %1 before a session was created: %2</source>
        <translation>预检在创建会话之前停止了 %1 的上传: %2</translation>
    </message>
</context>
<context>
    <name>Privileges</name>
    <message>
        <source>on the library</source>
        <translation>对库的</translation>
    </message>
    <message>
        <source>on the library item</source>
        <translation>对库项目的</translation>
    </message>
    <message>
        <source>on the source datastore</source>
        <translation>对源数据存储的</translation>
    </message>
    <message>
        <source>the account lacks the vCenter privilege &quot;%1&quot; (%2) %3 (server: %4)</source>
        <translation>该帐户缺少%3 vCenter 权限“%1”(%2)（服务器: %4）</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>无法写入设置文件 %1。</translation>
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
        <translation>服务器的应答与 API 不符: %1</translation>
    </message>
    <message>
        <source>expected an id (a non-empty JSON string)</source>
        <translation>应为 ID（非空 JSON 字符串）</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>配置文件需要名称。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL with a host name.</source>
        <translation>服务器地址“%1”不是包含主机名的有效 URL。</translation>
    </message>
    <message>
        <source>The server address must start with https:// (found &quot;%1&quot;).</source>
        <translation>服务器地址必须以 https:// 开头（实际为“%1”）。</translation>
    </message>
    <message>
        <source>The profile needs a user name, for example administrator@vsphere.local.</source>
        <translation>配置文件需要用户名，例如 administrator@vsphere.local。</translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 nor a SHA-256 fingerprint.</source>
        <translation>固定的指纹“%1”既不是 SHA-1 指纹，也不是 SHA-256 指纹。</translation>
    </message>
</context>
<context>
    <name>SessionFileService</name>
    <message>
        <source>the connection is gone</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>no update session id was given</source>
        <translation>未提供更新会话 ID</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>未提供文件名</translation>
    </message>
    <message>
        <source>Adding file &quot;%1&quot; to update session %2</source>
        <translation>将文件“%1”添加到更新会话 %2</translation>
    </message>
    <message>
        <source>Reading file &quot;%1&quot; of update session %2</source>
        <translation>读取更新会话 %2 的文件“%1”</translation>
    </message>
    <message>
        <source>Listing the files of update session %1</source>
        <translation>列出更新会话 %1 的文件</translation>
    </message>
    <message>
        <source>Removing file &quot;%1&quot; from update session %2</source>
        <translation>从更新会话 %2 中移除文件“%1”</translation>
    </message>
    <message>
        <source>Validating the files of update session %1</source>
        <translation>验证更新会话 %1 的文件</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>has no signature line of the form &quot;SHA256(%1)= &lt;hex signature&gt;&quot;</source>
        <translation>没有格式为“SHA256(%1)= &lt;十六进制签名&gt;”的签名行</translation>
    </message>
    <message>
        <source>signs %1, but the package&apos;s manifest is %2</source>
        <translation>签名的是 %1，但软件包的清单是 %2</translation>
    </message>
    <message>
        <source>holds no PEM certificate after the signature line</source>
        <translation>签名行之后没有 PEM 证书</translation>
    </message>
    <message>
        <source>the %1 signature does not verify over %2 with the certificate&apos;s key: the manifest was changed after signing, or signed with another key</source>
        <translation>无法使用证书的密钥验证 %2 上的 %1 签名: 清单在签名后被更改，或者是用其他密钥签名的</translation>
    </message>
    <message>
        <source>%1 signature over %2 verifies (signer: %3)</source>
        <translation>%2 上的 %1 签名验证通过（签名者: %3）</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate expired on %1; vCenter will raise EXPIRED_CERTIFICATE</source>
        <translation>签名者的证书已于 %1 过期；vCenter 将报告 EXPIRED_CERTIFICATE</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is valid only from %1; vCenter will raise NOT_YET_VALID_CERTIFICATE</source>
        <translation>签名者的证书从 %1 起才有效；vCenter 将报告 NOT_YET_VALID_CERTIFICATE</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is self-signed (valid until %1); vCenter will raise SELF_SIGNED_CERTIFICATE</source>
        <translation>签名者的证书为自签名证书（有效期至 %1）；vCenter 将报告 SELF_SIGNED_CERTIFICATE</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is valid until %1 (issuer: %2)</source>
        <translation>签名者的证书有效期至 %1（颁发者: %2）</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available; choose one of: %2.</source>
        <translation>语言“%1”不可用；请选择以下语言之一: %2。</translation>
    </message>
</context>
<context>
    <name>TransportRules</name>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host</source>
        <translation>“%1”不是包含主机的 https:// URL</translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation>登录应答中不包含会话令牌</translation>
    </message>
    <message>
        <source>the login answer&apos;s session token is %1 characters long (at most %2 are accepted); refusing it</source>
        <translation>登录应答中的会话令牌长度为 %1 个字符（最多接受 %2 个）；已拒绝该令牌</translation>
    </message>
    <message>
        <source>the login answer&apos;s session token contains U+%1 at position %2, which cannot go into an HTTP header (a CR/LF would inject headers); refusing it</source>
        <translation>登录应答中的会话令牌在位置 %2 包含 U+%1，该字符不能出现在 HTTP 标头中（CR/LF 会注入标头）；已拒绝该令牌</translation>
    </message>
    <message>
        <source>the server answered with a redirect without a Location; not followed</source>
        <translation>服务器返回了不带 Location 的重定向；未跟随该重定向</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another origin; the redirect was not followed, so no password or session token went to %3</source>
        <translation>%1 重定向到了另一个源 %2；未跟随该重定向，因此没有向 %3 发送密码或会话令牌</translation>
    </message>
    <message>
        <source>the server redirected to %1; the vSphere API does not redirect, so it was not followed (is the URL right?)</source>
        <translation>服务器重定向到了 %1；vSphere API 不会重定向，因此未跟随该重定向（URL 是否正确？）</translation>
    </message>
    <message>
        <source>%1 closed the connection without an HTTP answer: the server probably speaks HTTPS on this port (try %2)</source>
        <translation>%1 在未返回 HTTP 应答的情况下关闭了连接: 服务器在此端口上可能使用 HTTPS（请尝试 %2）</translation>
    </message>
    <message>
        <source>%1 uses plain http://: the password and the session token would cross the network unencrypted, so nothing was sent. Use https://, or allow plain http explicitly for a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile&apos;s &quot;Allow plain http (lab only)&quot;)</source>
        <translation>%1 使用未加密的 http://: 密码和会话令牌将以未加密方式通过网络传输，因此未发送任何内容。请使用 https://，或仅在测试环境中明确允许未加密的 http（CLI: CLU_ALLOW_HTTP=1；GUI: 配置文件中的“允许未加密的 http（仅限测试环境）”）</translation>
    </message>
</context>
<context>
    <name>TrustedCertificateService</name>
    <message>
        <source>Listing trusted certificates</source>
        <translation>列出受信任的证书</translation>
    </message>
    <message>
        <source>the connection is gone</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>Reading trusted certificate %1</source>
        <translation>读取受信任的证书 %1</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>未提供 ID</translation>
    </message>
    <message>
        <source>Adding a trusted certificate</source>
        <translation>添加受信任的证书</translation>
    </message>
    <message>
        <source>the text is not a PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>该文本不是 PEM 证书 (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <source>Removing trusted certificate %1</source>
        <translation>移除受信任的证书 %1</translation>
    </message>
</context>
<context>
    <name>UpdateSessionService</name>
    <message>
        <source>the connection is gone</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>no id was given</source>
        <translation>未提供 ID</translation>
    </message>
    <message>
        <source>Creating an update session for library item %1</source>
        <translation>为库项目 %1 创建更新会话</translation>
    </message>
    <message>
        <source>Reading update session %1</source>
        <translation>读取更新会话 %1</translation>
    </message>
    <message>
        <source>Listing update sessions</source>
        <translation>列出更新会话</translation>
    </message>
    <message>
        <source>the session has no warning behavior for %1 after it was set</source>
        <translation>设置后，该会话中没有 %1 的警告行为</translation>
    </message>
    <message>
        <source>the session reports %1 as %2 after it was set to %3</source>
        <translation>该会话在设置为%3后报告 %1 为%2</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>未忽略</translation>
    </message>
    <message>
        <source>the preview still shows warning %1 as %2</source>
        <translation>预览仍显示警告 %1 为%2</translation>
    </message>
    <message>
        <source>Changing the warning behavior of update session %1</source>
        <translation>更改更新会话 %1 的警告行为</translation>
    </message>
    <message>
        <source>client progress %1 is outside 0-100</source>
        <translation>客户端进度 %1 超出 0-100 范围</translation>
    </message>
    <message>
        <source>Reading update sessions</source>
        <translation>读取更新会话</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>会话</translation>
    </message>
</context>
<context>
    <name>UploadEngine</name>
    <message>
        <source>preparing files</source>
        <translation>正在准备文件</translation>
    </message>
    <message>
        <source>creating the update session</source>
        <translation>正在创建更新会话</translation>
    </message>
    <message>
        <source>sending the OVF descriptor</source>
        <translation>正在发送 OVF 描述符</translation>
    </message>
    <message>
        <source>waiting for the OVF preview</source>
        <translation>正在等待 OVF 预览</translation>
    </message>
    <message>
        <source>waiting for a decision on warnings</source>
        <translation>正在等待对警告做出决定</translation>
    </message>
    <message>
        <source>sending files</source>
        <translation>正在发送文件</translation>
    </message>
    <message>
        <source>validating</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>completing</source>
        <translation>正在完成</translation>
    </message>
    <message>
        <source>cleaning up</source>
        <translation>正在清理</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>the update session %1 no longer exists: it expired or was deleted (the server answered HTTP %2%3)</source>
        <translation>更新会话 %1 已不存在: 它已过期或已被删除（服务器返回 HTTP %2%3）</translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s); the item could not be read back: %1</source>
        <translation>
            <numerusform>已上传 %n 个文件；无法回读项目: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; the server reports no content version for the item.</source>
        <translation>
            <numerusform>已上传 %n 个文件，共 %1 字节；服务器未报告该项目的内容版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uploaded %n file(s), %1 bytes; item content version %2, size %3 bytes.</source>
        <translation>
            <numerusform>已上传 %n 个文件，共 %1 字节；项目内容版本 %2，大小 %3 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified by the server (its complete accepted the session): %1.</source>
        <translation>未经服务器验证（尽管服务器已接受会话的完成请求）: %1。</translation>
    </message>
</context>
<context>
    <name>UploadPreparer</name>
    <message>
        <source>No files to upload were given.</source>
        <translation>未指定要上传的文件。</translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own (its referenced files are collected automatically); got %1 paths.</source>
        <translation>.ovf 或 .ova 必须单独上传（其引用的文件会自动收集）；但提供了 %1 个路径。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是常规文件。</translation>
    </message>
    <message>
        <source>%1 is not readable.</source>
        <translation>%1 不可读。</translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation>有两个文件均名为 %1；项目中的文件名必须唯一。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, but %3 were expected (it changed while being read?)</source>
        <translation>%1 有 %2 字节，但预期为 %3 字节（读取时文件是否发生了更改？）</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation>%1 与清单不匹配: %2 为 %3，而清单中为 %4。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation>“%1”不是带主机名的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>%1 does not end in a file name; name the file.</source>
        <translation>%1 不以文件名结尾；请为文件命名。</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; contains a path separator.</source>
        <translation>文件名“%1”包含路径分隔符。</translation>
    </message>
    <message>
        <source>%1 is an OVF package: it cannot be assembled from a URL here; download it and upload the package.</source>
        <translation>%1 是 OVF 软件包: 无法在此从 URL 组装；请下载后上传该软件包。</translation>
    </message>
    <message>
        <source>An .ovf or .ova must be uploaded on its own; it cannot be combined with files fetched from URLs.</source>
        <translation>.ovf 或 .ova 必须单独上传；不能与从 URL 获取的文件组合。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but not referenced by the descriptor: its %2 digest matches; it is not uploaded (vCenter keeps only the files the descriptor references).</source>
        <translation>%1 列在清单中，但描述符未引用它: 其 %2 摘要匹配；该文件不会上传（vCenter 仅保留描述符引用的文件）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is split into %n chunk(s) (ovf:chunkSize); each chunk is uploaded as its own file: %2.</source>
        <translation>
            <numerusform>%1 被拆分为 %n 个分块 (ovf:chunkSize)；每个分块将作为单独的文件上传: %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadTargetPolicy</name>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation>服务器未提供可用的上传 URL (“%1”)</translation>
    </message>
    <message>
        <source>the server&apos;s upload URL %1 is neither https nor http; nothing was sent</source>
        <translation>服务器的上传 URL %1 既不是 https 也不是 http；未发送任何内容</translation>
    </message>
    <message>
        <source>the server asked for the upload to go to %1, which is not the vCenter %2: the file and the session token were not sent there. If that host really belongs to this vCenter, allow it explicitly (CLI: CLU_UPLOAD_HOSTS=%3)</source>
        <translation>服务器要求将文件上传到 %1，但它不是 vCenter %2: 文件和会话令牌未发送到该处。如果该主机确实属于此 vCenter，请明确允许它（CLI: CLU_UPLOAD_HOSTS=%3）</translation>
    </message>
    <message>
        <source>the server asked for the upload over plain http (%1): the file and the session token would cross the network unencrypted, so nothing was sent. Allow plain http only in a lab (CLI: CLU_ALLOW_HTTP=1; GUI: the profile&apos;s &quot;Allow plain http (lab only)&quot;)</source>
        <translation>服务器要求通过未加密的 http 上传 (%1): 文件和会话令牌将以未加密方式通过网络传输，因此未发送任何内容。请仅在测试环境中允许未加密的 http（CLI: CLU_ALLOW_HTTP=1；GUI: 配置文件中的“允许未加密的 http（仅限测试环境）”）</translation>
    </message>
</context>
<context>
    <name>VmdkInspector</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 字节</translation>
    </message>
    <message>
        <source>is a text descriptor whose data lives in other extent files (a flat or split disk), not a streamOptimized VMDK</source>
        <translation>是文本描述符，其数据位于其他区段文件中（平面磁盘或拆分磁盘），而不是 streamOptimized VMDK</translation>
    </message>
    <message>
        <source>is an ESX sparse (COWD) extent, not a streamOptimized VMDK</source>
        <translation>是 ESX 稀疏 (COWD) 区段，而不是 streamOptimized VMDK</translation>
    </message>
    <message>
        <source>does not start with the sparse VMDK magic &quot;KDMV&quot; (it starts with %1): it is not a VMDK</source>
        <translation>未以稀疏 VMDK 魔数“KDMV”开头（开头为 %1）: 不是 VMDK</translation>
    </message>
    <message>
        <source>sparse header version %1 is not one VMware defines (1, 2 or 3)</source>
        <translation>稀疏标头版本 %1 不是 VMware 定义的版本（1、2 或 3）</translation>
    </message>
    <message>
        <source>grain size of %1 sectors is not a power of two of at least 8 sectors</source>
        <translation>%1 个扇区的 grain 大小不是不小于 8 个扇区的 2 的幂</translation>
    </message>
    <message>
        <source>%1 entries per grain table; VMware&apos;s format has 512</source>
        <translation>每个 grain 表有 %1 个条目；VMware 格式为 512 个</translation>
    </message>
    <message>
        <source>sparse header &quot;KDMV&quot; version %1, grains of %2 KiB</source>
        <translation>稀疏标头“KDMV”版本 %1，grain 大小 %2 KiB</translation>
    </message>
    <message>
        <source>compressed grains (bit 16)</source>
        <translation>压缩 grain（位 16）</translation>
    </message>
    <message>
        <source>markers (bit 17)</source>
        <translation>标记（位 17）</translation>
    </message>
    <message>
        <source>header flags %1 lack %2, which a streamOptimized disk needs</source>
        <translation>标头标志 %1 缺少 streamOptimized 磁盘所需的 %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>the header&apos;s newline-detection bytes were rewritten: the file went through a text-mode (ASCII) transfer and is corrupt</source>
        <translation>标头的换行检测字节已被改写: 文件经过了文本模式 (ASCII) 传输，已损坏</translation>
    </message>
    <message>
        <source>header flags %1: compressed grains with markers</source>
        <translation>标头标志 %1: 带标记的压缩 grain</translation>
    </message>
    <message>
        <source>grains are deflate-compressed</source>
        <translation>grain 使用 deflate 压缩</translation>
    </message>
    <message>
        <source>the header names no compression algorithm (0); streamOptimized grains are deflate-compressed (1)</source>
        <translation>标头未指定压缩算法 (0)；streamOptimized 的 grain 使用 deflate 压缩 (1)</translation>
    </message>
    <message>
        <source>compression algorithm %1 is unknown; VMware defines only deflate (1)</source>
        <translation>压缩算法 %1 未知；VMware 仅定义了 deflate (1)</translation>
    </message>
    <message>
        <source>capacity %1 sectors and grain size %2 give %3 grain tables: the header is inconsistent</source>
        <translation>容量 %1 个扇区、grain 大小 %2 得出 %3 个 grain 表: 标头不一致</translation>
    </message>
    <message>
        <source>the grain directory (sector %1, %2) lies beyond the end of the file (%3): the file is truncated</source>
        <translation>grain 目录（扇区 %1，%2）位于文件末尾 (%3) 之后: 文件已被截断</translation>
    </message>
    <message>
        <source>grain table %1 at sector %2 lies beyond the end of the file: the file is truncated</source>
        <translation>扇区 %2 处的 grain 表 %1 位于文件末尾之后: 文件已被截断</translation>
    </message>
    <message>
        <source>grain directory of %1 tables at sector %2; the disk holds no data grains</source>
        <translation>扇区 %2 处有包含 %1 个表的 grain 目录；磁盘不包含数据 grain</translation>
    </message>
    <message>
        <source>the grain table puts LBA %1 at sector %2, beyond the end of the file: the file is truncated</source>
        <translation>grain 表将 LBA %1 置于扇区 %2，超出了文件末尾: 文件已被截断</translation>
    </message>
    <message>
        <source>the grain table puts LBA %1 at sector %2, but the marker there says LBA %3 with %4 compressed bytes: grain directory and markers disagree</source>
        <translation>grain 表将 LBA %1 置于扇区 %2，但该处的标记显示为 LBA %3，压缩字节数为 %4: grain 目录与标记不一致</translation>
    </message>
    <message>
        <source>the grain of LBA %1 at sector %2 runs past the end of the file: the file is truncated</source>
        <translation>扇区 %2 处 LBA %1 的 grain 超出了文件末尾: 文件已被截断</translation>
    </message>
    <message>
        <source>grain directory of %1 tables at sector %2; the markers of its first and last grains match it</source>
        <translation>扇区 %2 处有包含 %1 个表的 grain 目录；其第一个和最后一个 grain 的标记与之匹配</translation>
    </message>
    <message>
        <source>no valid marker where the grain stream starts (sector %1): the flags promise markers the data does not have</source>
        <translation>grain 流的起始位置（扇区 %1）没有有效标记: 标志声明了数据中并不存在的标记</translation>
    </message>
    <message>
        <source>the grain stream starts with a marker at sector %1</source>
        <translation>grain 流以扇区 %1 处的标记开始</translation>
    </message>
    <message>
        <source>the file is %1, not a whole number of 512-byte sectors: it is truncated</source>
        <translation>文件为 %1，不是 512 字节扇区的整数倍: 已被截断</translation>
    </message>
    <message>
        <source>ends with the end-of-stream marker</source>
        <translation>以流结束标记结尾</translation>
    </message>
    <message>
        <source>no end-of-stream marker, as qemu-img writes it: the header holds the grain directory and the file ends exactly with its last grain</source>
        <translation>没有流结束标记（与 qemu-img 的写法相同）: 标头包含 grain 目录，且文件恰好以最后一个 grain 结尾</translation>
    </message>
    <message>
        <source>the last sector is not the end-of-stream marker: the file ends inside the grain stream (truncated, or its writer never finished)</source>
        <translation>最后一个扇区不是流结束标记: 文件在 grain 流中间结束（已被截断，或写入程序未完成写入）</translation>
    </message>
    <message>
        <source>the header leaves the grain directory to the footer (GD_AT_END), but there is no footer before the end-of-stream marker</source>
        <translation>标头将 grain 目录留给尾部指定 (GD_AT_END)，但流结束标记之前没有尾部</translation>
    </message>
    <message>
        <source>no footer, none needed: the header holds the grain directory offset</source>
        <translation>没有尾部，也无需尾部: 标头包含 grain 目录偏移量</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>grain size</source>
        <translation>grain 大小</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>压缩</translation>
    </message>
    <message>
        <source>the footer&apos;s grain directory offset is GD_AT_END as well: nothing says where the grain directory is</source>
        <translation>尾部中的 grain 目录偏移量也是 GD_AT_END: 没有任何信息指明 grain 目录的位置</translation>
    </message>
    <message>
        <source>the footer disagrees with the header on %1</source>
        <translation>尾部与标头在以下方面不一致: %1</translation>
    </message>
    <message>
        <source>footer present, grain directory at sector %1</source>
        <translation>存在尾部，grain 目录位于扇区 %1</translation>
    </message>
    <message>
        <source>the embedded descriptor&apos;s extents hold %1, the sparse header %2</source>
        <translation>嵌入式描述符的区段为 %1，稀疏标头为 %2</translation>
    </message>
    <message>
        <source>ovf:capacity=&quot;%1&quot; ovf:capacityAllocationUnits=&quot;%2&quot;</source>
        <translation>ovf:capacity=&quot;%1&quot; ovf:capacityAllocationUnits=&quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot compare with the OVF: %1</source>
        <translation>无法与 OVF 进行比较: %1</translation>
    </message>
    <message>
        <source>the disk holds %1, more than the OVF declares (%2 = %3)</source>
        <translation>磁盘容量为 %1，大于 OVF 声明的容量（%2 = %3）</translation>
    </message>
    <message>
        <source>the OVF declares %1 (%2), the disk holds %3: it would be grown when deployed</source>
        <translation>OVF 声明为 %1 (%2)，磁盘容量为 %3: 部署时将扩展磁盘</translation>
    </message>
    <message>
        <source>%1, as the OVF declares</source>
        <translation>%1，与 OVF 声明的一致</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format is streamOptimized</source>
        <translation>磁盘 %1: ovf:format 为 streamOptimized</translation>
    </message>
    <message>
        <source>Disk %1 has no ovf:format; it must be %2</source>
        <translation>磁盘 %1 没有 ovf:format；它必须为 %2</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is the OVF 0.9 name of streamOptimized; current importers expect %3</source>
        <translation>磁盘 %1: ovf:format %2 是 streamOptimized 在 OVF 0.9 中的名称；当前的导入程序需要 %3</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is a monolithicSparse disk; vCenter imports only streamOptimized disks (%3)</source>
        <translation>磁盘 %1: ovf:format %2 是 monolithicSparse 磁盘；vCenter 仅导入 streamOptimized 磁盘 (%3)</translation>
    </message>
    <message>
        <source>Disk %1: ovf:format %2 is not the streamOptimized VMDK format %3</source>
        <translation>磁盘 %1: ovf:format %2 不是 streamOptimized VMDK 格式 %3</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取: %1</translation>
    </message>
    <message>
        <source>is %1 long, too short for a sparse VMDK header (512 bytes)</source>
        <translation>长度为 %1，不足以容纳稀疏 VMDK 标头（512 字节）</translation>
    </message>
    <message>
        <source>libvmdk cannot read the disk&apos;s embedded descriptor: %1</source>
        <translation>libvmdk 无法读取磁盘的嵌入式描述符: %1</translation>
    </message>
    <message>
        <source>embedded descriptor: createType=&quot;streamOptimized&quot;</source>
        <translation>嵌入式描述符: createType=&quot;streamOptimized&quot;</translation>
    </message>
    <message>
        <source>the embedded descriptor says createType=&quot;%1&quot;; a disk in an OVF must be streamOptimized (convert it with qemu-img convert -O vmdk -o subformat=streamOptimized, or ovftool)</source>
        <translation>嵌入式描述符为 createType=&quot;%1&quot;；OVF 中的磁盘必须为 streamOptimized（请使用 qemu-img convert -O vmdk -o subformat=streamOptimized 或 ovftool 进行转换）</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Run &quot;cl-uploader-cli --help&quot; for the full usage.
</source>
        <translation>运行“cl-uploader-cli --help”可查看完整用法。
</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>已中断。</translation>
    </message>
</context>
<context>
    <name>clu::CertificateProbe</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s.</source>
        <translation>%1:%2 未在 %3 秒内完成 TLS 握手。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL with a host name; only https sources have a certificate.</source>
        <translation>“%1”不是带主机名的 https:// URL；只有 https 源才有证书。</translation>
    </message>
    <message>
        <source>%1:%2 completed the TLS handshake without presenting a certificate.</source>
        <translation>%1:%2 完成了 TLS 握手，但未提供证书。</translation>
    </message>
    <message>
        <source>Could not read the certificate of %1:%2: %3</source>
        <translation>无法读取 %1:%2 的证书: %3</translation>
    </message>
    <message>
        <source>The TLS handshake with %1:%2 failed: %3</source>
        <translation>与 %1:%2 的 TLS 握手失败: %3</translation>
    </message>
</context>
<context>
    <name>clu::CredentialStore</name>
    <message>
        <source>No password is saved in the system keychain for %1.</source>
        <translation>系统钥匙串中未保存 %1 的密码。</translation>
    </message>
    <message>
        <source>Could not read the password for %1 from the system keychain: %2</source>
        <translation>无法从系统钥匙串读取 %1 的密码: %2</translation>
    </message>
    <message>
        <source>The system keychain is unavailable (%1). The password for %2 is kept in memory until the program exits and is not saved.</source>
        <translation>系统钥匙串不可用 (%1)。%2 的密码将保留在内存中直到程序退出，不会被保存。</translation>
    </message>
    <message>
        <source>The system keychain refused to save the password for %1: %2</source>
        <translation>系统钥匙串拒绝保存 %1 的密码: %2</translation>
    </message>
    <message>
        <source>Could not remove the password for %1 from the system keychain: %2</source>
        <translation>无法从系统钥匙串中移除 %1 的密码: %2</translation>
    </message>
</context>
<context>
    <name>clu::FileUploadJob</name>
    <message>
        <source>upload %1</source>
        <translation>上传 %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>the server gave no usable upload URL (&quot;%1&quot;)</source>
        <translation>服务器未提供可用的上传 URL (“%1”)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>%1 changed size since it was added (%2 bytes, now %3)</source>
        <translation>%1 的大小自添加后已更改（原为 %2 字节，现为 %3 字节）</translation>
    </message>
    <message>
        <source>the transfer was canceled</source>
        <translation>传输已取消</translation>
    </message>
    <message>
        <source>no data could be sent for %1 s (after %2 of %3 bytes)</source>
        <translation>%1 秒内未能发送任何数据（已发送 %3 字节中的 %2 字节）</translation>
    </message>
    <message>
        <source>; reading the file failed: %1</source>
        <translation>；读取文件失败: %1</translation>
    </message>
    <message>
        <source>the connection broke after %1 of %2 bytes were sent (%3)%4</source>
        <translation>已发送 %2 字节中的 %1 字节后连接中断 (%3)%4</translation>
    </message>
    <message>
        <source>all %1 bytes were sent, but the server did not answer within %2 s</source>
        <translation>已发送全部 %1 字节，但服务器未在 %2 秒内应答</translation>
    </message>
</context>
<context>
    <name>clu::PrivilegeProbe</name>
    <message>
        <source>the item has an active update session, so the privilege probe could not run: %1</source>
        <translation>该项目有一个活动的更新会话，因此无法运行权限检查: %1</translation>
    </message>
    <message>
        <source>the privilege probe failed: %1</source>
        <translation>权限检查失败: %1</translation>
    </message>
    <message>
        <source>the account may create update sessions on the item (&quot;%1&quot;): a probe session was created, canceled and deleted</source>
        <translation>该帐户可以在此项目上创建更新会话（“%1”）: 已创建、取消并删除了一个测试会话</translation>
    </message>
    <message>
        <source>the account may add items (&quot;%1&quot;), but the probe item %2 could not be deleted: %3</source>
        <translation>该帐户可以添加项目（“%1”），但无法删除测试项目 %2: %3</translation>
    </message>
    <message>
        <source>the account may add items to the library (&quot;%1&quot;): a probe item was created and deleted</source>
        <translation>该帐户可以向库中添加项目（“%1”）: 已创建并删除了一个测试项目</translation>
    </message>
</context>
<context>
    <name>clu::ReplyLimits</name>
    <message>
        <source>no complete answer within %1 s (%2 bytes had arrived); the call was ended</source>
        <translation>%1 秒内未收到完整应答（已收到 %2 字节）；调用已结束</translation>
    </message>
    <message>
        <source>the server&apos;s answer is %1 bytes (Content-Length), more than the limit of %2; it was not read</source>
        <translation>服务器的应答为 %1 字节 (Content-Length)，超过了 %2 的限制；未读取该应答</translation>
    </message>
    <message>
        <source>the server&apos;s answer passed the limit of %1 while it arrived; the rest was not read</source>
        <translation>服务器的应答在接收过程中超过了 %1 的限制；其余部分未读取</translation>
    </message>
</context>
<context>
    <name>clu::RestClient</name>
    <message>
        <source>%1 at offset %2</source>
        <translation>%1（偏移量 %2）</translation>
    </message>
    <message>
        <source>more than one JSON value</source>
        <translation>存在多个 JSON 值</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted (%2); SHA-256 fingerprint %3</source>
        <translation>%1 的证书不受信任 (%2)；SHA-256 指纹 %3</translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation>未设置服务器地址</translation>
    </message>
    <message>
        <source>the server&apos;s answer (HTTP %1) is not valid JSON: %2</source>
        <translation>服务器的应答 (HTTP %1) 不是有效的 JSON: %2</translation>
    </message>
    <message>
        <source>the server&apos;s answer has no {&quot;value&quot;: …} wrapper as /rest results must</source>
        <translation>服务器的应答缺少 /rest 结果所必需的 {&quot;value&quot;: …} 包装</translation>
    </message>
    <message>
        <source>the login answer carries no session token</source>
        <translation>登录应答中不包含会话令牌</translation>
    </message>
</context>
<context>
    <name>clu::SessionCleanup</name>
    <message>
        <source>the connection is gone</source>
        <translation>连接已断开</translation>
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
            <numerusform>%1（尝试 %n 次）: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Update session %1 has ended but could not be deleted (%2); vCenter removes it later.</source>
        <translation>更新会话 %1 已结束，但无法删除 (%2)；vCenter 稍后会将其移除。</translation>
    </message>
    <message>
        <source>Update session %1 could not be ended and may still lock the item (tried %2). Cancel it in vCenter or with &quot;cl-uploader-cli cancel %1&quot;.</source>
        <translation>无法结束更新会话 %1，该项目可能仍被锁定（已尝试: %2）。请在 vCenter 中或使用“cl-uploader-cli cancel %1”取消该会话。</translation>
    </message>
</context>
<context>
    <name>clu::SessionFileTransfer</name>
    <message>
        <source>add %1 to the update session</source>
        <translation>将 %1 添加到更新会话</translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR right after adding it</source>
        <translation>添加文件后，服务器立即报告该文件处于 ERROR 状态</translation>
    </message>
    <message>
        <source>the server returned no upload_endpoint for a PUSH file</source>
        <translation>服务器未为 PUSH 文件返回 upload_endpoint</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>上传 %1</translation>
    </message>
    <message>
        <source>the server reports the file in status ERROR after %1 of %2 bytes</source>
        <translation>已发送 %2 字节中的 %1 字节后，服务器报告该文件处于 ERROR 状态</translation>
    </message>
    <message>
        <source>the server still reports %1 long after all bytes were sent</source>
        <translation>发送完所有字节很久之后，服务器仍报告 %1</translation>
    </message>
    <message>
        <source>the session went to %1, so the file cannot be sent again in it</source>
        <translation>会话已变为 %1，因此无法在该会话中再次发送此文件</translation>
    </message>
    <message>
        <source>attempt %1 failed (%2); retrying in %3 s</source>
        <translation>第 %1 次尝试失败 (%2)；将在 %3 秒后重试</translation>
    </message>
    <message>
        <source>fetch %1 from %2</source>
        <translation>从 %2 获取 %1</translation>
    </message>
    <message>
        <source>the server could not fetch the file</source>
        <translation>服务器无法获取该文件</translation>
    </message>
    <message>
        <source>the server reported no progress for %1 s (%2 bytes fetched)</source>
        <translation>服务器在 %1 秒内未报告任何进度（已获取 %2 字节）</translation>
    </message>
    <message>
        <source>%1: the server answered the upload with success but never reported the file as received (still %2, 0 of %3 bytes after %4 s)</source>
        <translation>%1: 服务器对上传返回了成功，但从未报告已收到该文件（%4 秒后仍为 %2，已收到 %3 字节中的 0 字节）</translation>
    </message>
</context>
<context>
    <name>clu::TlsPolicy</name>
    <message>
        <source>&quot;%1&quot; is neither a SHA-256 nor a SHA-1 certificate fingerprint (expected 64 or 40 hex digits, colons allowed).</source>
        <translation>“%1”既不是 SHA-256 也不是 SHA-1 证书指纹（应为 64 或 40 个十六进制数字，允许使用冒号）。</translation>
    </message>
    <message>
        <source>%1 presented a certificate with fingerprint %2, but the pinned fingerprint is %3</source>
        <translation>%1 提供的证书指纹为 %2，但固定的指纹为 %3</translation>
    </message>
</context>
<context>
    <name>clu::UploadEngine</name>
    <message>
        <source>upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>no library item was given</source>
        <translation>未指定库项目</translation>
    </message>
    <message>
        <source>No library item was given.</source>
        <translation>未指定库项目。</translation>
    </message>
    <message>
        <source>canceled by the user</source>
        <translation>已被用户取消</translation>
    </message>
    <message>
        <source>The upload was canceled while %1.</source>
        <translation>上传在以下阶段被取消: %1。</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>检查要上传的文件</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容: %1</translation>
    </message>
    <message>
        <source>The item already has an active update session.</source>
        <translation>该项目已有一个活动的更新会话。</translation>
    </message>
    <message>
        <source>The item already has an active update session: %1.</source>
        <translation>该项目已有一个活动的更新会话: %1。</translation>
    </message>
    <message>
        <source>Could not create the update session: %1</source>
        <translation>无法创建更新会话: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s): %2</source>
        <translation>
            <numerusform>%1 在尝试 %n 次后仍无法上传: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the session while waiting for the OVF preview: %1</source>
        <translation>等待 OVF 预览时无法读取会话: %1</translation>
    </message>
    <message>
        <source>wait for the OVF preview</source>
        <translation>等待 OVF 预览</translation>
    </message>
    <message>
        <source>the session went to %1</source>
        <translation>会话已变为 %1</translation>
    </message>
    <message>
        <source>the preview is still %1 after %2 s</source>
        <translation>%2 秒后预览仍为 %1</translation>
    </message>
    <message>
        <source>The server did not finish checking the OVF descriptor in time.</source>
        <translation>服务器未能及时完成 OVF 描述符的检查。</translation>
    </message>
    <message>
        <source>review the package signature</source>
        <translation>审核软件包签名</translation>
    </message>
    <message>
        <source>warnings not ignored: %1</source>
        <translation>未忽略的警告: %1</translation>
    </message>
    <message>
        <source>the signer was rejected</source>
        <translation>签名者已被拒绝</translation>
    </message>
    <message>
        <source>The package has warnings that were not ignored (%1); the session was canceled before any disk was sent.</source>
        <translation>软件包存在未忽略的警告 (%1)；会话已在发送任何磁盘之前取消。</translation>
    </message>
    <message>
        <source>The package signature was rejected; the session was canceled before any disk was sent.</source>
        <translation>软件包签名已被拒绝；会话已在发送任何磁盘之前取消。</translation>
    </message>
    <message>
        <source>Could not ignore the package warnings: %1</source>
        <translation>无法忽略软件包警告: %1</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>验证失败: %1</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少: %1</translation>
    </message>
    <message>
        <source>invalid: %1 (%2)</source>
        <translation>无效: %1 (%2)</translation>
    </message>
    <message>
        <source>validate the session files</source>
        <translation>验证会话文件</translation>
    </message>
    <message>
        <source>The server reports problems with the files: %1</source>
        <translation>服务器报告文件存在问题: %1</translation>
    </message>
    <message>
        <source>Complete was refused: %1</source>
        <translation>完成请求被拒绝: %1</translation>
    </message>
    <message>
        <source>Could not read the session after complete: %1</source>
        <translation>完成后无法读取会话: %1</translation>
    </message>
    <message>
        <source>complete the update session</source>
        <translation>完成更新会话</translation>
    </message>
    <message>
        <source>the session ended in %1</source>
        <translation>会话以 %1 结束</translation>
    </message>
    <message>
        <source>The session ended in %1 after complete: %2</source>
        <translation>完成后会话以 %1 结束: %2</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>仍为 %1</translation>
    </message>
    <message>
        <source>The session did not reach DONE in time.</source>
        <translation>会话未能及时达到 DONE 状态。</translation>
    </message>
    <message>
        <source>The upload ended while its session was created.</source>
        <translation>上传在创建其会话期间结束。</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be uploaded after %n attempt(s) in %2 sessions: %3</source>
        <translation>
            <numerusform>%1 在 %2 个会话中尝试 %n 次后仍无法上传: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>validate: the server answered without a validation result</source>
        <translation>验证: 服务器的应答中没有验证结果</translation>
    </message>
    <message>
        <source>The upload stopped: %1</source>
        <translation>上传已停止: %1</translation>
    </message>
    <message>
        <source>%1 does not match the manifest: %2 is %3, the manifest says %4.</source>
        <translation>%1 与清单不匹配: %2 为 %3，而清单中为 %4。</translation>
    </message>
    <message>
        <source>The update session ended while %1: %2</source>
        <translation>更新会话在以下阶段结束（%1）: %2</translation>
    </message>
    <message>
        <source>the session ended (%1); starting over in a new session (%2 of %3)</source>
        <translation>会话已结束 (%1)；将在新会话中重新开始（第 %2 次，共 %3 次）</translation>
    </message>
    <message>
        <source>Could not start over: %1 %2</source>
        <translation>无法重新开始: %1 %2</translation>
    </message>
    <message>
        <source>%1 Nothing was completed; start the upload again.</source>
        <translation>%1 未完成任何内容；请重新开始上传。</translation>
    </message>
    <message>
        <source>The upload starts over in a new session: %1</source>
        <translation>上传将在新会话中重新开始: %1</translation>
    </message>
    <message>
        <source>%1 was removed during the upload.</source>
        <translation>%1 在上传期间被删除。</translation>
    </message>
    <message>
        <source>%1 changed during the upload (size %2 bytes, now %3).</source>
        <translation>%1 在上传期间发生了更改（大小原为 %2 字节，现为 %3）。</translation>
    </message>
    <message>
        <source>%1 changed during the upload (modified %2).</source>
        <translation>%1 在上传期间发生了更改（修改时间 %2）。</translation>
    </message>
    <message>
        <source>hash %1 again</source>
        <translation>重新计算 %1 的校验和</translation>
    </message>
    <message>
        <source>Could not hash %1 again: %2</source>
        <translation>无法重新计算 %1 的校验和: %2</translation>
    </message>
    <message>
        <source>check the OVF package</source>
        <translation>检查 OVF 软件包</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server refused the package %1 before any disk was sent: %2</source>
        <translation>在发送任何磁盘之前，服务器拒绝了软件包 %1: %2</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>服务器未给出原因</translation>
    </message>
    <message>
        <source>The server refused the package %1 before any disk was sent (the session went to %2): %3</source>
        <translation>在发送任何磁盘之前，服务器拒绝了软件包 %1（会话已变为 %2）: %3</translation>
    </message>
    <message>
        <source>The update session ended while waiting for the review: %1</source>
        <translation>等待审核期间更新会话已结束: %1</translation>
    </message>
    <message>
        <source>%1; hashing the files again for the new session</source>
        <translation>%1；正在为新会话重新计算文件的校验和</translation>
    </message>
</context>
<context>
    <name>clu::cli::CliContext</name>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>CONTENT VERSION</source>
        <translation>内容版本</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>set CLU_URL and CLU_USERNAME</source>
        <translation>设置 CLU_URL 和 CLU_USERNAME</translation>
    </message>
    <message>
        <source>CLU_URL and CLU_USERNAME must be set (e.g. CLU_URL=https://vcenter.example.com).</source>
        <translation>必须设置 CLU_URL 和 CLU_USERNAME（例如 CLU_URL=https://vcenter.example.com）。</translation>
    </message>
    <message>
        <source>CLU_URL &quot;%1&quot; is not an http(s) URL with a host.</source>
        <translation>CLU_URL“%1”不是包含主机的 http(s) URL。</translation>
    </message>
    <message>
        <source>Warning: CLU_INSECURE=1, the server certificate is not checked.</source>
        <translation>警告: CLU_INSECURE=1，将不检查服务器证书。</translation>
    </message>
    <message>
        <source>CLU_THUMBPRINT: %1</source>
        <translation>CLU_THUMBPRINT: %1</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input.</source>
        <translation>--password-stdin: 标准输入中没有密码。</translation>
    </message>
    <message>
        <source>No password: set CLU_PASSWORD, use --password-stdin, or store it in the keychain under %1 (%2).</source>
        <translation>没有密码: 请设置 CLU_PASSWORD、使用 --password-stdin，或将密码存储在钥匙串中的 %1 (%2) 下。</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Cannot log in to %1: %2</source>
        <translation>无法登录到 %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n blocking warning(s)</source>
        <translation>
            <numerusform>%1，%n 个阻止性警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览: %1</translation>
    </message>
    <message>
        <source>Signer certificate:</source>
        <translation>签名者证书:</translation>
    </message>
    <message>
        <source>  subject:     %1</source>
        <translation>  使用者:      %1</translation>
    </message>
    <message>
        <source>  issuer:      %1</source>
        <translation>  颁发者:      %1</translation>
    </message>
    <message>
        <source>  self-signed: %1</source>
        <translation>  自签名:      %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>  valid:       %1 to %2</source>
        <translation>  有效期:      %1 至 %2</translation>
    </message>
    <message>
        <source>  SHA-256:     %1</source>
        <translation>  SHA-256:     %1</translation>
    </message>
    <message>
        <source>  SHA-1:       %1</source>
        <translation>  SHA-1:       %1</translation>
    </message>
    <message>
        <source>Warnings: none</source>
        <translation>警告: 无</translation>
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
        <translation>已忽略</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>未忽略</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>PREVIEW</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Session:         %1</source>
        <translation>会话:            %1</translation>
    </message>
    <message>
        <source>Item:            %1 (content version %2)</source>
        <translation>项目:            %1（内容版本 %2）</translation>
    </message>
    <message>
        <source>State:           %1</source>
        <translation>状态:            %1</translation>
    </message>
    <message>
        <source>Client progress: %1%</source>
        <translation>客户端进度:      %1%</translation>
    </message>
    <message>
        <source>Expires:         %1</source>
        <translation>过期时间:        %1</translation>
    </message>
    <message>
        <source>Error:           %1 (%2)</source>
        <translation>错误:            %1 (%2)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>源</translation>
    </message>
    <message>
        <source>TRANSFERRED</source>
        <translation>已传输</translation>
    </message>
    <message>
        <source>Warning behavior updated.</source>
        <translation>警告行为已更新。</translation>
    </message>
    <message>
        <source>Session %1 completed (state %2).</source>
        <translation>会话 %1 已完成（状态 %2）。</translation>
    </message>
    <message>
        <source>Session %1 canceled.</source>
        <translation>会话 %1 已取消。</translation>
    </message>
    <message>
        <source>CLU_URL: %1.</source>
        <translation>CLU_URL: %1。</translation>
    </message>
    <message>
        <source>Warning: CLU_ALLOW_HTTP=1 and CLU_URL is http://: the password, the session token and the files cross the network unencrypted (lab only).</source>
        <translation>警告: CLU_ALLOW_HTTP=1 且 CLU_URL 为 http://，密码、会话令牌和文件将以未加密方式通过网络传输（仅限测试环境）。</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a positive whole number.</source>
        <translation>%1=“%2”不是正整数。</translation>
    </message>
</context>
<context>
    <name>clu::cli::UploadCommand</name>
    <message>
        <source>Interrupted: canceling the update session (Ctrl-C again to quit at once)...</source>
        <translation>已中断: 正在取消更新会话（再次按 Ctrl-C 可立即退出）...</translation>
    </message>
    <message>
        <source>interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>Library &quot;%1&quot; is a subscribed library; only local libraries accept uploads.</source>
        <translation>库“%1”是已订阅库；只有本地库接受上传。</translation>
    </message>
    <message>
        <source>%1 (add --create-item to create it)</source>
        <translation>%1（添加 --create-item 可创建该项目）</translation>
    </message>
    <message>
        <source>Created item &quot;%1&quot; (%2, type %3).</source>
        <translation>已创建项目“%1”(%2，类型 %3)。</translation>
    </message>
    <message>
        <source>checking files: %1 of %2</source>
        <translation>正在检查文件: 第 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>%1% %2 of %3, %4/s, ETA %5</source>
        <translation>%1% %2/%3，%4/s，剩余时间 %5</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>update session %1</source>
        <translation>更新会话 %1</translation>
    </message>
    <message>
        <source>Existing session: %1 (see &quot;cl-uploader-cli session %1&quot;, or cancel it with &quot;cl-uploader-cli cancel %1&quot;).</source>
        <translation>现有会话: %1（请参见“cl-uploader-cli session %1”，或使用“cl-uploader-cli cancel %1”将其取消）。</translation>
    </message>
    <message>
        <source>%1 is sent without a certificate thumbprint: vCenter must already trust its certificate (see --source-thumbprint).</source>
        <translation>%1 在没有证书指纹的情况下发送: vCenter 必须已经信任其证书（请参见 --source-thumbprint）。</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>检查要上传的文件</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容: %1</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and has been deleted again.</source>
        <translation>项目“%1”(%2) 是为此次上传而创建的，现已再次删除。</translation>
    </message>
    <message>
        <source>The item &quot;%1&quot; (%2) was created for this upload and is still empty; deleting it failed: %3</source>
        <translation>项目“%1”(%2) 是为此次上传而创建的，目前仍为空；删除失败: %3</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateDetailsWidget</name>
    <message>
        <source>Subject:</source>
        <translation>使用者:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者:</translation>
    </message>
    <message>
        <source>Self-signed:</source>
        <translation>自签名:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有效期起始:</translation>
    </message>
    <message>
        <source>Valid to:</source>
        <translation>有效期截止:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹:</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 指纹:</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号:</translation>
    </message>
    <message>
        <source>Certificate &amp;chain (signer first):</source>
        <translation>证书链(&amp;C)（签名者在前）:</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>View &amp;PEM…</source>
        <translation>查看 PEM(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the certificate chain as PEM text you can copy</source>
        <translation>以可复制的 PEM 文本形式显示证书链</translation>
    </message>
    <message>
        <source>&amp;Trust this signer…</source>
        <translation>信任此签名者(&amp;T)…</translation>
    </message>
    <message>
        <source>Add this certificate to the server&apos;s trusted certificates, so packages it signs are no longer reported as untrusted</source>
        <translation>将此证书添加到服务器的受信任证书中，以便由其签名的软件包不再被报告为不受信任</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <source>Within its validity period.</source>
        <translation>在有效期内。</translation>
    </message>
    <message>
        <source>Expired: the validity period has ended.</source>
        <translation>已过期: 有效期已结束。</translation>
    </message>
    <message>
        <source>Not yet valid: the validity period has not started.</source>
        <translation>尚未生效: 有效期尚未开始。</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>无证书。</translation>
    </message>
    <message>
        <source>No certificate to show.</source>
        <translation>没有可显示的证书。</translation>
    </message>
    <message>
        <source>Yes (nobody else vouches for it)</source>
        <translation>是（没有其他机构为其担保）</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(not yet valid)</source>
        <translation>（尚未生效）</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source>%1. %2 (issued by %3)</source>
        <translation>%1. %2（颁发者: %3）</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Certificate (PEM)</source>
        <translation>证书 (PEM)</translation>
    </message>
    <message>
        <source>PEM text</source>
        <translation>PEM 文本</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateTrustDialog</name>
    <message>
        <source>Untrusted server certificate</source>
        <translation>不受信任的服务器证书</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The certificate of %1 is not trusted by this computer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare the SHA-256 fingerprint below with the one your vCenter administrator gave you before you trust it. If they differ, somebody may be intercepting the connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;此计算机不信任 %1 的证书。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;在信任该证书之前，请将下面的 SHA-256 指纹与 vCenter 管理员提供给您的指纹进行比较。如果两者不同，则可能有人正在拦截该连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Do not connect</source>
        <translation>不连接</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>信任一次(&amp;O)</translation>
    </message>
    <message>
        <source>Accept this certificate until the application quits</source>
        <translation>接受此证书，直到应用程序退出</translation>
    </message>
    <message>
        <source>Trust and &amp;pin</source>
        <translation>信任并固定(&amp;P)</translation>
    </message>
    <message>
        <source>Remember this certificate&apos;s fingerprint in the server profile; any other certificate from this server will be refused</source>
        <translation>在服务器配置文件中记住此证书的指纹；此服务器提供的任何其他证书都将被拒绝</translation>
    </message>
</context>
<context>
    <name>clu::gui::CertificateWarningsTab</name>
    <message>
        <source>Preview is being prepared</source>
        <translation>正在准备预览</translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation>警告(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Send the Ignore choices to the server (PATCH warning_behavior) and read back what it now reports</source>
        <translation>将“忽略”选择发送到服务器 (PATCH warning_behavior)，并回读服务器当前报告的内容</translation>
    </message>
    <message>
        <source>The upload waits for your decision before sending the disks.</source>
        <translation>上传将等待您做出决定后再发送磁盘。</translation>
    </message>
    <message>
        <source>C&amp;ontinue upload</source>
        <translation>继续上传(&amp;O)</translation>
    </message>
    <message>
        <source>Ignore the ticked warnings and send the remaining files</source>
        <translation>忽略已勾选的警告并发送其余文件</translation>
    </message>
    <message>
        <source>&amp;Reject package</source>
        <translation>拒绝软件包(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the upload session; nothing more is sent</source>
        <translation>取消上传会话；不再发送任何内容</translation>
    </message>
    <message>
        <source>No session selected.</source>
        <translation>未选择会话。</translation>
    </message>
    <message>
        <source>Preview: none reported yet (no OVF descriptor in this session).</source>
        <translation>预览: 尚未报告（此会话中没有 OVF 描述符）。</translation>
    </message>
    <message>
        <source>Preview: only reported while a session is active.</source>
        <translation>预览: 仅在会话处于活动状态时报告。</translation>
    </message>
    <message>
        <source>Preview: unavailable — add the OVF descriptor to see its signer.</source>
        <translation>预览: 不可用 — 请添加 OVF 描述符以查看其签名者。</translation>
    </message>
    <message>
        <source>Preview: preparing — the OVF descriptor is still being received…</source>
        <translation>预览: 正在准备 — 仍在接收 OVF 描述符…</translation>
    </message>
    <message>
        <source>Preview: available — the package is signed.</source>
        <translation>预览: 可用 — 软件包已签名。</translation>
    </message>
    <message>
        <source>Preview: available — the package is not signed.</source>
        <translation>预览: 可用 — 软件包未签名。</translation>
    </message>
    <message>
        <source>Preview: not applicable — no metadata file in this session.</source>
        <translation>预览: 不适用 — 此会话中没有元数据文件。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览: %1</translation>
    </message>
    <message>
        <source>Tick Ignore for every warning to continue, or reject the package</source>
        <translation>为每个警告勾选“忽略”以继续，或拒绝该软件包</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) still block Complete. Tick Ignore and press Apply to accept them, or reject the package.</source>
        <translation>
            <numerusform>仍有 %n 个警告阻止完成。勾选“忽略”并按“应用”以接受这些警告，或拒绝该软件包。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n warning(s) are ignored on the server; they no longer block Complete.</source>
        <translation>
            <numerusform>所有 %n 个警告均已在服务器上忽略；它们不再阻止完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>PATCH warning_behavior: %1</source>
        <translation>PATCH warning_behavior: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>未忽略</translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>无警告</translation>
    </message>
    <message>
        <source>The server now reports: %1.</source>
        <translation>服务器当前报告: %1。</translation>
    </message>
    <message>
        <source>The server accepted the change but reports something else: %1 (%2)</source>
        <translation>服务器接受了更改，但报告的内容不同: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not apply: %1</source>
        <translation>无法应用: %1</translation>
    </message>
    <message>
        <source>Trust this signer</source>
        <translation>信任此签名者</translation>
    </message>
    <message>
        <source>Add the certificate of &quot;%1&quot; (SHA-256 %2) to the server&apos;s trusted certificates? Packages it signs will then no longer be reported as untrusted.</source>
        <translation>是否将“%1”的证书 (SHA-256 %2) 添加到服务器的受信任证书中？之后，由其签名的软件包将不再被报告为不受信任。</translation>
    </message>
    <message>
        <source>The signer was added to the server&apos;s trusted certificates (id %1).</source>
        <translation>签名者已添加到服务器的受信任证书中（ID %1）。</translation>
    </message>
    <message>
        <source>Could not add the signer to the trusted certificates: %1</source>
        <translation>无法将签名者添加到受信任的证书中: %1</translation>
    </message>
</context>
<context>
    <name>clu::gui::ConnectionController</name>
    <message>
        <source>Profile %1 cannot be used: %2</source>
        <translation>无法使用配置文件 %1: %2</translation>
    </message>
    <message>
        <source>The server refused the password saved for %1; enter the current one.</source>
        <translation>服务器拒绝了为 %1 保存的密码；请输入当前密码。</translation>
    </message>
    <message>
        <source>The password for %1 is now in the system keychain.</source>
        <translation>%1 的密码现已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is kept in memory until the program ends.</source>
        <translation>无法将密码保存到系统钥匙串（%1）；密码将保留在内存中，直到程序结束。</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
    <message>
        <source>Pinned the certificate of %1 in profile %2.</source>
        <translation>已在配置文件 %2 中固定 %1 的证书。</translation>
    </message>
</context>
<context>
    <name>clu::gui::DemoServer</name>
    <message>
        <source>The demo server did not report its address within %1 seconds.</source>
        <translation>演示服务器未在 %1 秒内报告其地址。</translation>
    </message>
    <message>
        <source>The demo needs cl-simulator, which was found neither next to cl-uploader, nor in ../simulator/, nor on PATH. Build the cl-simulator target or install the full package.</source>
        <translation>演示需要 cl-simulator，但在 cl-uploader 旁边、../simulator/ 中和 PATH 上均未找到。请构建 cl-simulator 目标或安装完整软件包。</translation>
    </message>
    <message>
        <source>Could not start the demo server (%1): %2</source>
        <translation>无法启动演示服务器 (%1): %2</translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>已退出，退出代码为 %1</translation>
    </message>
    <message>
        <source>The demo server %1.</source>
        <translation>演示服务器%1。</translation>
    </message>
    <message>
        <source>The demo server %1: %2</source>
        <translation>演示服务器%1: %2</translation>
    </message>
</context>
<context>
    <name>clu::gui::LibrariesPane</name>
    <message>
        <source>Filter libraries and items</source>
        <translation>筛选库和项目</translation>
    </message>
    <message>
        <source>Libraries and items</source>
        <translation>库和项目</translation>
    </message>
    <message>
        <source>Right-click to show or hide columns</source>
        <translation>右键单击可显示或隐藏列</translation>
    </message>
</context>
<context>
    <name>clu::gui::LibraryTreeModel</name>
    <message>
        <source>%1 (subscribed)</source>
        <translation>%1（已订阅）</translation>
    </message>
    <message>
        <source>Subscribed library</source>
        <translation>已订阅库</translation>
    </message>
    <message>
        <source>Local library</source>
        <translation>本地库</translation>
    </message>
    <message>
        <source>%1 is subscribed to another library: its content is synced from the publisher and cannot be uploaded to.</source>
        <translation>%1 订阅了另一个库: 其内容从发布者同步，无法上传到此库。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
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
        <translation>无法加载 %1: %2</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the selected vCenter server</source>
        <translation>连接到所选的 vCenter 服务器</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>服务器配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit or delete server profiles</source>
        <translation>添加、编辑或删除服务器配置文件</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload libraries and update sessions</source>
        <translation>重新加载库和更新会话</translation>
    </message>
    <message>
        <source>&amp;New upload…</source>
        <translation>新建上传(&amp;N)…</translation>
    </message>
    <message>
        <source>Upload files into a library item</source>
        <translation>将文件上传到库项目中</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>完成(&amp;O)</translation>
    </message>
    <message>
        <source>Complete the selected update session</source>
        <translation>完成所选的更新会话</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>C&amp;ancel session</source>
        <translation>取消会话(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel the selected update session and discard its uploaded data</source>
        <translation>取消所选的更新会话并丢弃其已上传的数据</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Keep alive</source>
        <translation>保持活动状态(&amp;K)</translation>
    </message>
    <message>
        <source>Extend the selected update session before it expires</source>
        <translation>在所选更新会话过期之前将其延期</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>删除会话(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected finished update session</source>
        <translation>删除所选的已结束更新会话</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit the application</source>
        <translation>退出应用程序</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>服务器配置文件</translation>
    </message>
    <message>
        <source>The vCenter server to connect to</source>
        <translation>要连接的 vCenter 服务器</translation>
    </message>
    <message>
        <source>Session actions</source>
        <translation>会话操作</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Content Library Uploader</source>
        <translation>关于 Content Library Uploader(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Certificate &amp;&amp; &amp;warnings</source>
        <translation>证书和警告(&amp;W)</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>详细信息(&amp;E)</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Subscribed libraries cannot be uploaded to.</source>
        <translation>无法上传到已订阅库。</translation>
    </message>
    <message>
        <source>Logged-in user</source>
        <translation>已登录用户</translation>
    </message>
    <message>
        <source>API flavor the server speaks</source>
        <translation>服务器使用的 API 类型</translation>
    </message>
    <message>
        <source>Overall upload rate</source>
        <translation>总上传速率</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Uploads running</source>
        <translation>上传正在进行</translation>
    </message>
    <message>
        <source>Uploads are still running. Quit and cancel them?</source>
        <translation>上传仍在进行。是否退出并取消这些上传？</translation>
    </message>
    <message>
        <source>About Content Library Uploader</source>
        <translation>关于 Content Library Uploader</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;Uploads templates, ISO images and files into vCenter Content Libraries through update sessions, with certificate review and live progress.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Content Library Uploader %1&lt;/h3&gt;&lt;p&gt;通过更新会话将模板、ISO 映像和文件上传到 vCenter 内容库，并提供证书审核和实时进度显示。&lt;/p&gt;&lt;p&gt;根据 Apache License 2.0 授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>Demo server failed</source>
        <translation>演示服务器失败</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>正在启动演示服务器…</translation>
    </message>
    <message>
        <source>Demo server (%1)</source>
        <translation>演示服务器 (%1)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>断开连接(&amp;C)</translation>
    </message>
    <message>
        <source>Log out of the server</source>
        <translation>从服务器注销</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>已以 %2 身份连接到 %1。</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message numerus="yes">
        <source>Blocked: %n warning(s) are not ignored. Review them on the Certificate &amp; warnings tab.</source>
        <translation>
            <numerusform>已阻止: %n 个警告未被忽略。请在“证书和警告”选项卡上查看这些警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Complete accepted</source>
        <translation>完成请求已接受</translation>
    </message>
    <message>
        <source>Complete failed: %1</source>
        <translation>完成失败: %1</translation>
    </message>
    <message>
        <source>Could not complete %1: %2</source>
        <translation>无法完成 %1: %2</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>取消会话</translation>
    </message>
    <message>
        <source>Cancel the update session of %1? Data uploaded so far is discarded and the item stays as it was.</source>
        <translation>是否取消 %1 的更新会话？到目前为止上传的数据将被丢弃，项目保持原样。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancel failed: %1</source>
        <translation>取消失败: %1</translation>
    </message>
    <message>
        <source>Could not cancel: %1</source>
        <translation>无法取消: %1</translation>
    </message>
    <message>
        <source>Keep-alive sent</source>
        <translation>已发送保持活动请求</translation>
    </message>
    <message>
        <source>Keep-alive failed: %1</source>
        <translation>保持活动失败: %1</translation>
    </message>
    <message>
        <source>The session of %1 was kept alive.</source>
        <translation>%1 的会话已保持活动状态。</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除会话</translation>
    </message>
    <message>
        <source>Delete the record of the update session of %1?</source>
        <translation>是否删除 %1 的更新会话记录？</translation>
    </message>
    <message>
        <source>Session deleted.</source>
        <translation>会话已删除。</translation>
    </message>
    <message>
        <source>Could not delete the session: %1</source>
        <translation>无法删除会话: %1</translation>
    </message>
    <message>
        <source>Connect to a server before starting an upload.</source>
        <translation>请先连接到服务器，然后再开始上传。</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Starting upload of %1</source>
        <translation>正在开始上传 %1</translation>
    </message>
    <message>
        <source>Upload started: %1</source>
        <translation>上传已开始: %1</translation>
    </message>
    <message>
        <source>Review the certificate and warnings of %1 before the disks are sent.</source>
        <translation>请在发送磁盘之前审核 %1 的证书和警告。</translation>
    </message>
    <message>
        <source>Upload finished.</source>
        <translation>上传已完成。</translation>
    </message>
    <message>
        <source>Item is busy</source>
        <translation>项目正忙</translation>
    </message>
    <message>
        <source>Another update session (%1) is already open on this item. Open that session?</source>
        <translation>此项目上已打开另一个更新会话 (%1)。是否打开该会话？</translation>
    </message>
    <message>
        <source>Upload finished</source>
        <translation>上传已完成</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>New upload opens with %1 once connected.</source>
        <translation>连接后，将使用 %1 打开“新建上传”。</translation>
    </message>
    <message>
        <source>Reading the password of %1…</source>
        <translation>正在读取 %1 的密码…</translation>
    </message>
</context>
<context>
    <name>clu::gui::NewUploadDialog</name>
    <message>
        <source>New upload</source>
        <translation>新建上传</translation>
    </message>
    <message>
        <source>1. Target</source>
        <translation>1. 目标</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>库(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Existing item:</source>
        <translation>现有项目(&amp;E):</translation>
    </message>
    <message>
        <source>Existing item</source>
        <translation>现有项目</translation>
    </message>
    <message>
        <source>New &amp;item named:</source>
        <translation>新项目名称(&amp;I):</translation>
    </message>
    <message>
        <source>New item name</source>
        <translation>新项目名称</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D):</translation>
    </message>
    <message>
        <source>Detected from the files: ovf for .ovf/.ova, iso for .iso, else file</source>
        <translation>根据文件检测: .ovf/.ova 为 ovf，.iso 为 iso，其他为 file</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <source>2. Files</source>
        <translation>2. 文件</translation>
    </message>
    <message>
        <source>Files to upload</source>
        <translation>要上传的文件</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Plain files, e.g. ISO images</source>
        <translation>普通文件，例如 ISO 映像</translation>
    </message>
    <message>
        <source>OVF/OV&amp;A package…</source>
        <translation>OVF/OVA 软件包(&amp;A)…</translation>
    </message>
    <message>
        <source>One .ovf (its disks, .mf and .cert are collected) or one .ova</source>
        <translation>一个 .ovf（会收集其磁盘、.mf 和 .cert 文件）或一个 .ova</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Sent in checksum_info; the server verifies each file with it</source>
        <translation>在 checksum_info 中发送；服务器使用它验证每个文件</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>OVF or OVA package</source>
        <translation>OVF 或 OVA 软件包</translation>
    </message>
    <message>
        <source>OVF packages (*.ovf *.ova)</source>
        <translation>OVF 软件包 (*.ovf *.ova)</translation>
    </message>
    <message>
        <source>%1  (missing)</source>
        <translation>%1  （缺失）</translation>
    </message>
    <message>
        <source>The descriptor references files that are not there: %1.</source>
        <translation>描述符引用了不存在的文件: %1。</translation>
    </message>
    <message>
        <source>Signed package: the certificate review opens before the disks are sent if the server reports warnings.</source>
        <translation>已签名的软件包: 如果服务器报告警告，将在发送磁盘之前打开证书审核。</translation>
    </message>
    <message>
        <source>Unsigned package.</source>
        <translation>未签名的软件包。</translation>
    </message>
    <message>
        <source>%1 is an OVF package: upload it on its own.</source>
        <translation>%1 是 OVF 软件包: 请单独上传。</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 不是可读文件。</translation>
    </message>
    <message>
        <source>There is no local library to upload to (subscribed libraries cannot be uploaded to).</source>
        <translation>没有可上传到的本地库（无法上传到已订阅库）。</translation>
    </message>
    <message>
        <source>Choose the files to upload.</source>
        <translation>选择要上传的文件。</translation>
    </message>
    <message>
        <source>Name the new item.</source>
        <translation>为新项目命名。</translation>
    </message>
    <message>
        <source>Choose the item to update.</source>
        <translation>选择要更新的项目。</translation>
    </message>
    <message>
        <source>From &amp;URL…</source>
        <translation>从 URL(&amp;U)…</translation>
    </message>
    <message>
        <source>A file vCenter fetches itself from an http(s) URL; the source&apos;s certificate thumbprint is shown for confirmation</source>
        <translation>由 vCenter 自行从 http(s) URL 获取的文件；将显示源的证书指纹以供确认</translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2)</source>
        <translation>%1  （由 vCenter 从 %2 获取）</translation>
    </message>
    <message>
        <source>%1  (fetched by vCenter from %2, certificate thumbprint %3)</source>
        <translation>%1  （由 vCenter 从 %2 获取，证书指纹 %3）</translation>
    </message>
    <message>
        <source>%1 is an OVF package: vCenter cannot assemble a package from a URL here; download it and upload it as a package.</source>
        <translation>%1 是 OVF 软件包: vCenter 无法在此从 URL 组装软件包；请下载后作为软件包上传。</translation>
    </message>
    <message>
        <source>An OVF package is uploaded on its own; remove the URL sources or the package.</source>
        <translation>OVF 软件包需单独上传；请移除 URL 源或该软件包。</translation>
    </message>
    <message>
        <source>Two files are named %1; names must be unique within an item.</source>
        <translation>有两个文件名为 %1；项目内的名称必须唯一。</translation>
    </message>
    <message>
        <source>%1  (reading the package…)</source>
        <translation>%1  （正在读取软件包…）</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>正在读取软件包…</translation>
    </message>
    <message>
        <source>3. Preflight</source>
        <translation>3. 预检</translation>
    </message>
    <message>
        <source>4. &amp;Checksum:</source>
        <translation>4. 校验和(&amp;C):</translation>
    </message>
    <message>
        <source>Preflight is checking the files.</source>
        <translation>预检正在检查文件。</translation>
    </message>
    <message>
        <source>Preflight found what vCenter would refuse; see the checklist.</source>
        <translation>预检发现了 vCenter 会拒绝的内容；请查看检查清单。</translation>
    </message>
    <message>
        <source>Preflight has warnings; check &quot;Upload despite preflight warnings&quot; to go ahead.</source>
        <translation>预检存在警告；要继续，请选中“忽略预检警告并上传”。</translation>
    </message>
</context>
<context>
    <name>clu::gui::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Password for %1 on %2:</source>
        <translation>%2 上 %1 的密码(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Saved once the server has accepted it; never in the settings</source>
        <translation>服务器接受后才保存；绝不保存在设置中</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is kept in memory until the program ends</source>
        <translation>没有可用的系统钥匙串: 密码将保留在内存中，直到程序结束</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>clu::gui::PinMismatchDialog</name>
    <message>
        <source>Server certificate changed — connection refused</source>
        <translation>服务器证书已更改 — 连接被拒绝</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the one pinned in this profile. The connection was refused.

Pinned fingerprint:
%2

Presented fingerprint:
%3

If the vCenter certificate was renewed on purpose, verify the new fingerprint with its administrator and update the pin in Server profiles. Otherwise somebody may be intercepting the connection.</source>
        <translation>%1 提供的证书与此配置文件中固定的证书不同。连接已被拒绝。

固定的指纹:
%2

提供的指纹:
%3

如果 vCenter 证书是有意续订的，请向其管理员核实新指纹，并在“服务器配置文件”中更新固定的指纹。否则，可能有人正在拦截该连接。</translation>
    </message>
</context>
<context>
    <name>clu::gui::PreflightChecklist</name>
    <message>
        <source>Preflight checks</source>
        <translation>预检项</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Upload despite preflight &amp;warnings</source>
        <translation>忽略预检警告并上传(&amp;W)</translation>
    </message>
    <message>
        <source>Failures always stop the upload; certificate warnings are decided in the certificate review</source>
        <translation>失败项始终会停止上传；证书警告将在证书审核中决定</translation>
    </message>
    <message>
        <source>Preflight: checking the files…</source>
        <translation>预检: 正在检查文件…</translation>
    </message>
    <message>
        <source>Preflight: choose files to check them before anything is sent.</source>
        <translation>预检: 选择文件，以便在发送任何内容之前对其进行检查。</translation>
    </message>
    <message numerus="yes">
        <source>Preflight: %n check(s) failed; vCenter would refuse this upload.</source>
        <translation>
            <numerusform>预检: %n 项检查失败；vCenter 将拒绝此上传。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: passed with %n warning(s).</source>
        <translation>
            <numerusform>预检: 已通过，有 %n 个警告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight: all %n check(s) passed.</source>
        <translation>
            <numerusform>预检: 全部 %n 项检查均已通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clu::gui::ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation>服务器配置文件</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start a new, empty profile</source>
        <translation>新建一个空配置文件</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected profile and its saved password</source>
        <translation>删除所选配置文件及其保存的密码</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>A name you recognise</source>
        <translation>便于您识别的名称</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U):</translation>
    </message>
    <message>
        <source>https://vcenter.example.com</source>
        <translation>https://vcenter.example.com</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U):</translation>
    </message>
    <message>
        <source>For example administrator@vsphere.local</source>
        <translation>例如 administrator@vsphere.local</translation>
    </message>
    <message>
        <source>Pinned &amp;thumbprint:</source>
        <translation>固定的指纹(&amp;T):</translation>
    </message>
    <message>
        <source>SHA-256 or SHA-1 fingerprint of the server certificate; only that certificate will be accepted. Leave empty to use the system&apos;s trust store.</source>
        <translation>服务器证书的 SHA-256 或 SHA-1 指纹；将仅接受该证书。留空则使用系统的信任存储。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P):</translation>
    </message>
    <message>
        <source>Stored in the system keychain when &quot;Remember&quot; is ticked, never in the settings file</source>
        <translation>勾选“记住”时存储在系统钥匙串中，绝不会存储在设置文件中</translation>
    </message>
    <message>
        <source>&amp;Remember password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>The pinned thumbprint &quot;%1&quot; is neither a SHA-1 (40 hex digits) nor a SHA-256 (64 hex digits) fingerprint.</source>
        <translation>固定的指纹“%1”既不是 SHA-1 指纹（40 个十六进制数字），也不是 SHA-256 指纹（64 个十六进制数字）。</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>正在将密码保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Profile saved; the password is in the system keychain.</source>
        <translation>配置文件已保存；密码已存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>The system keychain is unavailable; the password is kept in memory until the application quits.</source>
        <translation>系统钥匙串不可用；密码将保留在内存中，直到应用程序退出。</translation>
    </message>
    <message>
        <source>Profile saved. You will be asked for the password when connecting.</source>
        <translation>配置文件已保存。连接时将要求您输入密码。</translation>
    </message>
    <message>
        <source>Profile saved. The password is kept in memory until the application quits.</source>
        <translation>配置文件已保存。密码将保留在内存中，直到应用程序退出。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved password?</source>
        <translation>是否删除配置文件“%1”及其保存的密码？</translation>
    </message>
    <message>
        <source>Allow plain &amp;http (lab only)</source>
        <translation>允许未加密的 http（仅限测试环境）(&amp;H)</translation>
    </message>
    <message>
        <source>Connect to an http:// URL. The password, the session token and the uploaded files then cross the network unencrypted.</source>
        <translation>连接到 http:// URL。此时密码、会话令牌和上传的文件将以未加密方式通过网络传输。</translation>
    </message>
</context>
<context>
    <name>clu::gui::QuitOnSignals</name>
    <message>
        <source>cannot create the signal pipe: %1</source>
        <translation>无法创建信号管道: %1</translation>
    </message>
    <message>
        <source>cannot install the handler of signal %1: %2</source>
        <translation>无法安装信号 %1 的处理程序: %2</translation>
    </message>
    <message>
        <source>cannot install the console control handler (error %1)</source>
        <translation>无法安装控制台控制处理程序（错误 %1）</translation>
    </message>
</context>
<context>
    <name>clu::gui::ServerConnection</name>
    <message>
        <source>%1 refused the user name or password. Check them in Server profiles.</source>
        <translation>%1 拒绝了用户名或密码。请在“服务器配置文件”中检查。</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (connection refused). Is the address and port right and the vCenter running?</source>
        <translation>%1 上没有任何服务接受连接（连接被拒绝）。地址和端口是否正确，vCenter 是否正在运行？</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法访问 %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 未及时响应。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>与 %1 的安全连接失败: %2</translation>
    </message>
    <message>
        <source>%1 presented a different certificate than the pinned one; the connection was refused.</source>
        <translation>%1 提供的证书与固定的证书不同；连接已被拒绝。</translation>
    </message>
    <message>
        <source>libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>library items</source>
        <translation>库项目</translation>
    </message>
    <message>
        <source>update sessions</source>
        <translation>更新会话</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionFilesTab</name>
    <message>
        <source>Session files</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已传输</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Upload local files into this session (SHA-256 checksum sent)</source>
        <translation>将本地文件上传到此会话（发送 SHA-256 校验和）</translation>
    </message>
    <message>
        <source>Add from &amp;URL…</source>
        <translation>从 URL 添加(&amp;U)…</translation>
    </message>
    <message>
        <source>Let the server fetch a file from an http(s) URL</source>
        <translation>让服务器从 http(s) URL 获取文件</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected file from the item when the session completes</source>
        <translation>会话完成时从项目中移除所选文件</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Send the selected failed file again</source>
        <translation>再次发送所选的失败文件</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Ask the server which files are missing or invalid</source>
        <translation>询问服务器哪些文件缺失或无效</translation>
    </message>
    <message>
        <source>Could not list the files: %1</source>
        <translation>无法列出文件: %1</translation>
    </message>
    <message>
        <source>Waiting for transfer</source>
        <translation>正在等待传输</translation>
    </message>
    <message>
        <source>Transferring</source>
        <translation>正在传输</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Validating</source>
        <translation>正在验证</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误: %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source> (verified)</source>
        <translation> （已验证）</translation>
    </message>
    <message>
        <source> (not yet verified)</source>
        <translation> （尚未验证）</translation>
    </message>
    <message>
        <source>Add files to the session</source>
        <translation>将文件添加到会话</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a readable file.</source>
        <translation>无法读取 %1: 它不是可读文件。</translation>
    </message>
    <message>
        <source>Computing the SHA-256 checksum of %1</source>
        <translation>正在计算 %1 的 SHA-256 校验和</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 is on the server</source>
        <translation>%1 已在服务器上</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败: %2</translation>
    </message>
    <message>
        <source>Adding %1 (%2 bytes, SHA-256 %3)</source>
        <translation>正在添加 %1（%2 字节，SHA-256 %3）</translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL)</source>
        <translation>正在从 %2 添加 %1 (PULL)</translation>
    </message>
    <message>
        <source>%1 added (server fetches it)</source>
        <translation>已添加 %1（由服务器获取）</translation>
    </message>
    <message>
        <source>Adding %1 failed: %2</source>
        <translation>添加 %1 失败: %2</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the item when this session completes?</source>
        <translation>是否在此会话完成时从项目中移除“%1”？</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>正在移除 %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>已移除 %1</translation>
    </message>
    <message>
        <source>Removing %1 failed: %2</source>
        <translation>移除 %1 失败: %2</translation>
    </message>
    <message>
        <source>Retrying %1</source>
        <translation>正在重试 %1</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Validation failed: %1</source>
        <translation>验证失败: %1</translation>
    </message>
    <message>
        <source>Validation passed: no missing or invalid files.</source>
        <translation>验证通过: 没有缺失或无效的文件。</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺失: %1</translation>
    </message>
    <message>
        <source>Invalid: %1 — %2</source>
        <translation>无效: %1 — %2</translation>
    </message>
    <message>
        <source>Validation found problems. %1</source>
        <translation>验证发现问题。%1</translation>
    </message>
    <message>
        <source>Adding %1 from %2 (PULL, certificate thumbprint %3)</source>
        <translation>正在从 %2 添加 %1（PULL，证书指纹 %3）</translation>
    </message>
    <message>
        <source>The session is done; its files can no longer be listed: %1</source>
        <translation>会话已完成；无法再列出其文件: %1</translation>
    </message>
    <message>
        <source>The session is done; the item&apos;s files could not be read: %1</source>
        <translation>会话已完成；无法读取项目的文件: %1</translation>
    </message>
    <message>
        <source>The session is done; these are the files of the item now.</source>
        <translation>会话已完成；以下是项目当前的文件。</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionInfoTab</name>
    <message>
        <source>Session ID:</source>
        <translation>会话 ID:</translation>
    </message>
    <message>
        <source>Library item:</source>
        <translation>库项目:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>库:</translation>
    </message>
    <message>
        <source>Content version at start:</source>
        <translation>开始时的内容版本:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态:</translation>
    </message>
    <message>
        <source>Client progress:</source>
        <translation>客户端进度:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间:</translation>
    </message>
    <message>
        <source>Warning behavior:</source>
        <translation>警告行为:</translation>
    </message>
    <message>
        <source>Error message:</source>
        <translation>错误消息:</translation>
    </message>
    <message>
        <source>Error message id:</source>
        <translation>错误消息 ID:</translation>
    </message>
    <message>
        <source>What this client did to the session:</source>
        <translation>此客户端对会话执行的操作:</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>会话日志</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <source>not ignored</source>
        <translation>未忽略</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionTableModel</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) ignored</source>
        <translation>
            <numerusform>%1，已忽略 %n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n warning(s) blocking</source>
        <translation>
            <numerusform>%1，%n 个阻止性警告</numerusform>
        </translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Library item %1</source>
        <translation>库项目 %1</translation>
    </message>
    <message>
        <source>Transfer progress of this client&apos;s upload</source>
        <translation>此客户端上传的传输进度</translation>
    </message>
    <message>
        <source>Progress reported by the uploading client</source>
        <translation>正在上传的客户端报告的进度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
</context>
<context>
    <name>clu::gui::SessionsPane</name>
    <message>
        <source>&lt;b&gt;Update sessions&lt;/b&gt;</source>
        <translation>&lt;b&gt;更新会话&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Show only sessions in this state</source>
        <translation>仅显示处于此状态的会话</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Filter by item, library or session id</source>
        <translation>按项目、库或会话 ID 筛选</translation>
    </message>
    <message>
        <source>Filter sessions</source>
        <translation>筛选会话</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T):</translation>
    </message>
    <message>
        <source>Update sessions</source>
        <translation>更新会话</translation>
    </message>
</context>
<context>
    <name>clu::gui::UploadController</name>
    <message numerus="yes">
        <source>The preview reports %n warning(s); waiting for the review.</source>
        <translation>
            <numerusform>预览报告了 %n 个警告；正在等待审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Update session created for %1</source>
        <translation>已为 %1 创建更新会话</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>阶段: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Could not create the item &quot;%1&quot;: %2</source>
        <translation>无法创建项目“%1”: %2</translation>
    </message>
    <message>
        <source>The upload could not start: another upload is running or the request is incomplete.</source>
        <translation>无法开始上传: 另一个上传正在进行，或请求不完整。</translation>
    </message>
    <message>
        <source>Review: continue, ignoring %1</source>
        <translation>审核: 继续，忽略 %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Review: package rejected</source>
        <translation>审核: 软件包已被拒绝</translation>
    </message>
    <message>
        <source>Not verified by the server: %1</source>
        <translation>未经服务器验证: %1</translation>
    </message>
    <message>
        <source>The new item &quot;%1&quot; was deleted again.</source>
        <translation>新项目“%1”已再次删除。</translation>
    </message>
    <message>
        <source>The new item &quot;%1&quot; (%2) is still there, empty: deleting it failed: %3</source>
        <translation>新项目“%1”(%2) 仍然存在且为空: 删除失败: %3</translation>
    </message>
    <message>
        <source>check the files to upload</source>
        <translation>检查要上传的文件</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>未发送任何内容: %1</translation>
    </message>
</context>
<context>
    <name>clu::gui::UrlSourceDialog</name>
    <message>
        <source>Add from URL</source>
        <translation>从 URL 添加</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>源 URL</translation>
    </message>
    <message>
        <source>vCenter fetches the file from this http:// or https:// URL itself</source>
        <translation>vCenter 自行从此 http:// 或 https:// URL 获取文件</translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation>获取证书(&amp;F)</translation>
    </message>
    <message>
        <source>Connect to the source and show the certificate it presents</source>
        <translation>连接到源并显示其提供的证书</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>File name in the item</source>
        <translation>项目中的文件名</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N):</translation>
    </message>
    <message>
        <source>I have &amp;compared this thumbprint with the one the source&apos;s owner published; vCenter may fetch from this server.</source>
        <translation>我已将此指纹与源所有者发布的指纹进行比较(&amp;C)；vCenter 可以从此服务器获取。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Fetching the certificate of %1…</source>
        <translation>正在获取 %1 的证书…</translation>
    </message>
    <message>
        <source>Enter the URL vCenter should fetch the file from.</source>
        <translation>请输入 vCenter 获取文件所用的 URL。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL with a host name.</source>
        <translation>“%1”不是带主机名的 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Plain http: the file travels unencrypted and the source is not authenticated; the checksum vCenter computes is the only check. No thumbprint is needed.</source>
        <translation>普通 http: 文件以未加密方式传输，且源未经身份验证；vCenter 计算的校验和是唯一的检查。无需指纹。</translation>
    </message>
    <message>
        <source>Fetch the source&apos;s certificate to confirm its thumbprint.</source>
        <translation>请获取源的证书以确认其指纹。</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint vCenter will require: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>vCenter 将要求的 SHA-1 指纹: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This computer trusts the certificate of %1.</source>
        <translation>此计算机信任 %1 的证书。</translation>
    </message>
    <message>
        <source>This computer does not trust the certificate of %1: %2</source>
        <translation>此计算机不信任 %1 的证书: %2</translation>
    </message>
    <message>
        <source>Confirm the thumbprint to add the file.</source>
        <translation>请确认指纹以添加文件。</translation>
    </message>
    <message>
        <source>Name the file (the URL&apos;s path does not end in a file name).</source>
        <translation>请为文件命名（URL 的路径不以文件名结尾）。</translation>
    </message>
    <message>
        <source>A file name cannot contain / or \.</source>
        <translation>文件名不能包含 / 或 \。</translation>
    </message>
</context>
<context>
    <name>clu::gui::WarningListWidget</name>
    <message>
        <source>Certificate warnings</source>
        <translation>证书警告</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>自签名证书</translation>
    </message>
    <message>
        <source>Expired certificate</source>
        <translation>已过期证书</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>证书尚未生效</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>Ignore %1</source>
        <translation>忽略 %1</translation>
    </message>
    <message>
        <source>Tick to let Complete succeed despite this warning</source>
        <translation>勾选此项可使“完成”操作在出现此警告时仍能成功</translation>
    </message>
</context>
</TS>
