#include "ApiRequest.h"

#include <QUrl>

namespace clu {

QString ApiRequest::encodedQuery() const
{
    QString s;
    for (qsizetype i = 0; i < query.size(); ++i) {
        if (i)
            s += QLatin1Char('&');
        // '~' is unreserved and stays readable for the /rest "~action=" selector; '+' and '&'
        // in values are encoded so no server can read them as a space or a separator.
        s += QString::fromLatin1(QUrl::toPercentEncoding(query.at(i).first, "~"));
        s += QLatin1Char('=');
        s += QString::fromLatin1(QUrl::toPercentEncoding(query.at(i).second, ":~"));
    }
    return s;
}

QString ApiRequest::pathAndQuery() const
{
    return query.isEmpty() ? path : path + QLatin1Char('?') + encodedQuery();
}

} // namespace clu
