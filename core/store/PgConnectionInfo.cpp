#include "store/PgConnectionInfo.h"

#include <QUrl>
#include <QUrlQuery>

namespace sal::core {

namespace {
const QString kField = QStringLiteral("team-store");
}

bool PgConnectionInfo::isPostgresAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<PgConnectionInfo> PgConnectionInfo::parse(const QString &address)
{
    if (!isPostgresAddress(address))
        return Problem::forField(kField, tr("\"%1\" is not a postgresql:// address").arg(address));
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid())
        return Problem::forField(
            kField, tr("\"%1\" is not a valid address: %2").arg(address, url.errorString()));
    if (!url.password().isEmpty())
        return Problem::forField(kField,
            tr("the address must not contain a password: put it in the file PGPASSFILE names "
               "(or ~/.pgpass), or leave it out and you will be asked for it"));
    PgConnectionInfo info;
    info.host = url.host();
    info.port = url.port(0);
    info.user = url.userName();
    info.databaseName = url.path().mid(1);
    Problems problems;
    const QUrlQuery query(url);
    for (const auto &[key, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        bool ok = true;
        if (key == QLatin1String("host")) {
            info.host = value;
        } else if (key == QLatin1String("port")) {
            info.port = value.toInt(&ok);
        } else if (key == QLatin1String("dbname")) {
            info.databaseName = value;
        } else if (key == QLatin1String("user")) {
            info.user = value;
        } else if (key == QLatin1String("sslmode")) {
            info.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            info.connectTimeoutSeconds = value.toInt(&ok);
        } else if (key == QLatin1String("password")) {
            problems << Problem::forField(kField,
                tr("the address must not contain a password: use PGPASSFILE or the "
                   "prompt"));
        } else {
            problems << Problem::forField(kField, tr("unknown parameter \"%1\" in the address").arg(key));
        }
        if (!ok || (key == QLatin1String("port") && (info.port < 1 || info.port > 65535)))
            problems << Problem::forField(
                kField, tr("parameter \"%1\" must be a number, not \"%2\"").arg(key, value));
    }
    if (info.databaseName.isEmpty())
        problems << Problem::forField(
            kField, tr("the address names no database (postgresql://host/DATABASE)"));
    if (!problems.isEmpty())
        return problems;
    return info;
}

QString PgConnectionInfo::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const bool socketDir = host.startsWith(QLatin1Char('/'));
    if (!socketDir)
        text += host;
    if (port > 0 && !socketDir)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + databaseName;
    if (socketDir) {
        text += QStringLiteral("?host=") + host;
        if (port > 0)
            text += QStringLiteral("&port=") + QString::number(port);
    }
    return text;
}

QString PgConnectionInfo::connectOptions() const
{
    QStringList options { QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
        QStringLiteral("application_name=salbench") };
    if (!sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + sslMode;
    return options.join(QLatin1Char(';'));
}

} // namespace sal::core
