#pragma once

#include <QString>

#include <array>
#include <utility>

namespace clu {

// vCenter declares every enum of the API extensible: newer servers may send values this client
// has never heard of. OpenEnum keeps the raw string next to the typed value so such values
// survive a decode/encode round trip and can still be shown to the user; `Unknown` (always the
// first enumerator, value 0) marks them.
template<typename E>
struct EnumNames; // specialised below: static constexpr std::array<std::pair<E, const char *>, N>
                  // table

template<typename E> class OpenEnum
{
public:
    OpenEnum() = default;
    OpenEnum(E value) // NOLINT(google-explicit-constructor): lets code write `state =
                      // SessionState::Active`
        : m_value(value)
        , m_raw(nameOf(value))
    { }

    static OpenEnum fromString(const QString &raw)
    {
        OpenEnum e;
        e.m_raw = raw;
        e.m_value = E {};
        for (const auto &entry : EnumNames<E>::table) {
            if (raw == QLatin1String(entry.second)) {
                e.m_value = entry.first;
                break;
            }
        }
        return e;
    }

    static QString nameOf(E value)
    {
        for (const auto &entry : EnumNames<E>::table) {
            if (entry.first == value)
                return QString::fromLatin1(entry.second);
        }
        return {};
    }

    E value() const { return m_value; }
    // What the server sent (or the canonical name when set from code); empty = never set.
    QString toString() const { return m_raw; }
    bool isSet() const { return !m_raw.isEmpty(); }
    bool isKnown() const { return m_value != E {}; }

    bool operator==(E other) const { return m_value == other; }
    bool operator!=(E other) const { return m_value != other; }
    bool operator==(const OpenEnum &o) const { return m_raw == o.m_raw; }
    bool operator!=(const OpenEnum &o) const { return m_raw != o.m_raw; }

private:
    E m_value {};
    QString m_raw;
};

// §5.1
enum class SessionState { Unknown, Active, Done, Error, Canceled };
// §5.2
enum class PreviewState { Unknown, Unavailable, NotApplicable, Preparing, Available };
// §5.4
enum class WarningType {
    Unknown,
    SelfSignedCertificate,
    ExpiredCertificate,
    NotYetValidCertificate,
    UntrustedCertificate
};
// §5.7 / §5.8
enum class SourceType { Unknown, None, Push, Pull };
// §5.8
enum class FileStatus { Unknown, WaitingForTransfer, Transferring, Ready, Validating, Error };
// §5.6
enum class ChecksumAlgorithm { Unknown, Sha1, Md5, Sha256, Sha512 };
// §5.10
enum class LibraryType { Unknown, Local, Subscribed };
enum class StorageBackingType { Unknown, Datastore, Other };
// §4.2
enum class ErrorType {
    Unknown,
    Error,
    AlreadyExists,
    AlreadyInDesiredState,
    Canceled,
    ConcurrentChange,
    FeatureInUse,
    InternalServerError,
    InvalidArgument,
    InvalidElementConfiguration,
    InvalidElementType,
    InvalidRequest,
    NotAllowedInCurrentState,
    NotFound,
    OperationNotFound,
    ResourceBusy,
    ResourceInUse,
    ResourceInaccessible,
    ServiceUnavailable,
    TimedOut,
    UnableToAllocateResource,
    Unauthenticated,
    Unauthorized,
    UnexpectedInput,
    Unsupported,
    UnverifiedPeer
};

template<> struct EnumNames<SessionState>
{
    static constexpr std::array<std::pair<SessionState, const char *>, 4> table { {
        { SessionState::Active, "ACTIVE" },
        { SessionState::Done, "DONE" },
        { SessionState::Error, "ERROR" },
        { SessionState::Canceled, "CANCELED" },
    } };
};

template<> struct EnumNames<PreviewState>
{
    static constexpr std::array<std::pair<PreviewState, const char *>, 4> table { {
        { PreviewState::Unavailable, "UNAVAILABLE" },
        { PreviewState::NotApplicable, "NOT_APPLICABLE" },
        { PreviewState::Preparing, "PREPARING" },
        { PreviewState::Available, "AVAILABLE" },
    } };
};

template<> struct EnumNames<WarningType>
{
    static constexpr std::array<std::pair<WarningType, const char *>, 4> table { {
        { WarningType::SelfSignedCertificate, "SELF_SIGNED_CERTIFICATE" },
        { WarningType::ExpiredCertificate, "EXPIRED_CERTIFICATE" },
        { WarningType::NotYetValidCertificate, "NOT_YET_VALID_CERTIFICATE" },
        { WarningType::UntrustedCertificate, "UNTRUSTED_CERTIFICATE" },
    } };
};

template<> struct EnumNames<SourceType>
{
    static constexpr std::array<std::pair<SourceType, const char *>, 3> table { {
        { SourceType::None, "NONE" },
        { SourceType::Push, "PUSH" },
        { SourceType::Pull, "PULL" },
    } };
};

template<> struct EnumNames<FileStatus>
{
    static constexpr std::array<std::pair<FileStatus, const char *>, 5> table { {
        { FileStatus::WaitingForTransfer, "WAITING_FOR_TRANSFER" },
        { FileStatus::Transferring, "TRANSFERRING" },
        { FileStatus::Ready, "READY" },
        { FileStatus::Validating, "VALIDATING" },
        { FileStatus::Error, "ERROR" },
    } };
};

template<> struct EnumNames<ChecksumAlgorithm>
{
    static constexpr std::array<std::pair<ChecksumAlgorithm, const char *>, 4> table { {
        { ChecksumAlgorithm::Sha1, "SHA1" },
        { ChecksumAlgorithm::Md5, "MD5" },
        { ChecksumAlgorithm::Sha256, "SHA256" },
        { ChecksumAlgorithm::Sha512, "SHA512" },
    } };
};

template<> struct EnumNames<LibraryType>
{
    static constexpr std::array<std::pair<LibraryType, const char *>, 2> table { {
        { LibraryType::Local, "LOCAL" },
        { LibraryType::Subscribed, "SUBSCRIBED" },
    } };
};

template<> struct EnumNames<StorageBackingType>
{
    static constexpr std::array<std::pair<StorageBackingType, const char *>, 2> table { {
        { StorageBackingType::Datastore, "DATASTORE" },
        { StorageBackingType::Other, "OTHER" },
    } };
};

template<> struct EnumNames<ErrorType>
{
    static constexpr std::array<std::pair<ErrorType, const char *>, 25> table { {
        { ErrorType::Error, "ERROR" },
        { ErrorType::AlreadyExists, "ALREADY_EXISTS" },
        { ErrorType::AlreadyInDesiredState, "ALREADY_IN_DESIRED_STATE" },
        { ErrorType::Canceled, "CANCELED" },
        { ErrorType::ConcurrentChange, "CONCURRENT_CHANGE" },
        { ErrorType::FeatureInUse, "FEATURE_IN_USE" },
        { ErrorType::InternalServerError, "INTERNAL_SERVER_ERROR" },
        { ErrorType::InvalidArgument, "INVALID_ARGUMENT" },
        { ErrorType::InvalidElementConfiguration, "INVALID_ELEMENT_CONFIGURATION" },
        { ErrorType::InvalidElementType, "INVALID_ELEMENT_TYPE" },
        { ErrorType::InvalidRequest, "INVALID_REQUEST" },
        { ErrorType::NotAllowedInCurrentState, "NOT_ALLOWED_IN_CURRENT_STATE" },
        { ErrorType::NotFound, "NOT_FOUND" },
        { ErrorType::OperationNotFound, "OPERATION_NOT_FOUND" },
        { ErrorType::ResourceBusy, "RESOURCE_BUSY" },
        { ErrorType::ResourceInUse, "RESOURCE_IN_USE" },
        { ErrorType::ResourceInaccessible, "RESOURCE_INACCESSIBLE" },
        { ErrorType::ServiceUnavailable, "SERVICE_UNAVAILABLE" },
        { ErrorType::TimedOut, "TIMED_OUT" },
        { ErrorType::UnableToAllocateResource, "UNABLE_TO_ALLOCATE_RESOURCE" },
        { ErrorType::Unauthenticated, "UNAUTHENTICATED" },
        { ErrorType::Unauthorized, "UNAUTHORIZED" },
        { ErrorType::UnexpectedInput, "UNEXPECTED_INPUT" },
        { ErrorType::Unsupported, "UNSUPPORTED" },
        { ErrorType::UnverifiedPeer, "UNVERIFIED_PEER" },
    } };
};

} // namespace clu
