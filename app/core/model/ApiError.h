#pragma once

#include "LocalizableMessage.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace clu {

// Why a call failed, typed. Decisions are made on `kind` and `errorType` (the vAPI
// error_type/type), never on the HTTP status alone: vCenter reports RESOURCE_BUSY as 400 or 500
// depending on the version (§4.3).
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None, // success
        Server, // the server answered with a vAPI error (errorType, messages)
        Http, // an HTTP error status without a vAPI error body (e.g. a proxy's 502)
        ConnectionRefused,
        Network, // host not found, connection reset/closed, proxy errors, ...
        Timeout, // no bytes moved for the transfer timeout
        Tls, // certificate not trusted, handshake failed (peerChain/sslErrors say why)
        PinMismatch, // a pinned host presented another certificate (both fingerprints kept)
        BadResponse, // malformed JSON, or a result that does not match the API's model
        Canceled, // aborted by this client
        InvalidInput, // refused locally before anything was sent
        Mismatch // the server accepted a change but reports something else afterwards
    };

    Kind kind = Kind::None;
    OpenEnum<ErrorType> errorType; // vAPI error_type (or derived from the /rest `type`)
    QString vapiType; // /rest `type`, e.g. com.vmware.vapi.std.errors.resource_busy
    QList<LocalizableMessage> messages; // first = top-level explanation, then causes
    QJsonValue data; // operation-specific error data, verbatim
    int httpStatus = 0;
    QString operation; // what was being done, translated ("create update session")
    QString detail; // network/TLS/parse detail for the non-server kinds
    QUrl url;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QList<QSslCertificate> peerChain; // Tls / PinMismatch: what the server presented
    QList<QSslError> sslErrors; // Tls: why it was not trusted
    QString expectedFingerprint; // PinMismatch: the pin (normalised hex)
    QString presentedFingerprint; // PinMismatch: same algorithm, of the presented certificate

    bool isError() const { return kind != Kind::None; }
    bool is(ErrorType t) const { return errorType == t; }
    bool isResourceBusy() const { return errorType == ErrorType::ResourceBusy; }
    bool isUnauthenticated() const { return errorType == ErrorType::Unauthenticated; }
    bool isNotFound() const { return errorType == ErrorType::NotFound; }
    bool isTransient() const; // worth retrying later: timeout, unavailable, connection trouble

    // One translated line for people: what failed, why, and the server's own words.
    QString message() const;
    // Short code for logs and CLI --json: the error_type, or the kind's name.
    QString code() const;
    static QString kindName(Kind kind);

    // Reads a vAPI error body of either flavor: {"error_type","messages","data"} or
    // {"type","value":{...}}. False when the body is not such an error (then nothing is set).
    bool readServerBody(const QByteArray &body);

    static ApiError invalidInput(const QString &operation, const QString &detail);
    static ApiError badResponse(const QString &operation, const QString &detail, int status = 0);

    // {"kind","error_type","http_status","operation","messages",...} for logs and CLI --json.
    QJsonObject toJson() const;
};

} // namespace clu
