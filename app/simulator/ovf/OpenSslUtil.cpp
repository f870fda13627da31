#include "OpenSslUtil.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace clu::sim::ovf::ssl {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OpenSslUtil)
};
} // namespace

QString takeErrors()
{
    QStringList parts;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QLatin1String("; "));
}

QList<PemBlock> splitPem(const QByteArray &text, int firstLine, QString *error)
{
    QList<PemBlock> blocks;
    const QList<QByteArray> lines = text.split('\n');
    PemBlock current;
    bool inside = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (!inside) {
            if (line.startsWith("-----BEGIN ") && line.endsWith("-----")) {
                inside = true;
                current = PemBlock();
                current.label = line.mid(11, line.size() - 16);
                current.line = firstLine + i;
                current.text = line + '\n';
            }
            continue;
        }
        current.text += line + '\n';
        if (line.startsWith("-----END ")) {
            if (line != "-----END " + current.label + "-----") {
                *error = Tr::tr("line %1: \"%2\" does not close the PEM block \"%3\" opened on "
                                "line %4")
                             .arg(firstLine + i)
                             .arg(QString::fromLatin1(line), QString::fromLatin1(current.label))
                             .arg(current.line);
                return {};
            }
            blocks.append(current);
            inside = false;
        }
    }
    if (inside) {
        *error = Tr::tr("the PEM block \"%1\" opened on line %2 has no END line")
                     .arg(QString::fromLatin1(current.label))
                     .arg(current.line);
        return {};
    }
    return blocks;
}

X509Ptr readCertificate(const QByteArray &pem, QString *error)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!cert) {
        const QString why = takeErrors();
        *error = Tr::tr("the PEM certificate does not decode (%1)")
                     .arg(why.isEmpty() ? Tr::tr("no certificate found") : why);
    }
    return cert;
}

QByteArray toPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(bio.get(), cert) != 1) {
        takeErrors();
        return {};
    }
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<int>(len));
}

QString slashDn(const X509_NAME *name)
{
    QString dn;
    const int count = X509_NAME_entry_count(name);
    for (int i = 0; i < count; ++i) {
        const X509_NAME_ENTRY *entry = X509_NAME_get_entry(name, i);
        const ASN1_OBJECT *obj = X509_NAME_ENTRY_get_object(entry);
        const int nid = OBJ_obj2nid(obj);
        QString key;
        if (nid != NID_undef) {
            key = QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char oid[80];
            OBJ_obj2txt(oid, sizeof oid, obj, 1);
            key = QString::fromLatin1(oid);
        }
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
        QString value;
        if (len >= 0) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
            OPENSSL_free(utf8);
        } else {
            takeErrors();
        }
        dn += QLatin1Char('/') + key + QLatin1Char('=') + value;
    }
    return dn;
}

const EVP_MD *digestByName(const QString &name)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("SHA1"))
        return EVP_sha1();
    if (n == QLatin1String("SHA256"))
        return EVP_sha256();
    if (n == QLatin1String("SHA512"))
        return EVP_sha512();
    return nullptr;
}

} // namespace clu::sim::ovf::ssl
