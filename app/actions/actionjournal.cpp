#include "actions/actionjournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString csvField(const QString &text)
{
    QString field = text;
    // A leading = + - @ would be run as a formula by spreadsheets.
    if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.at(0)))
        field.prepend(QLatin1Char('\''));
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

bool openOwnerOnly(QFile &file, QIODevice::OpenMode mode)
{
    if (!file.open(mode, OwnerOnly))
        return false;
    return file.setPermissions(OwnerOnly);
}

} // namespace

QString ActionJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal.jsonl");
}

ActionJournal::ActionJournal(const QString &path) : m_path(path) {}

bool ActionJournal::restrictToOwner(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return openOwnerOnly(file, QIODevice::Append);
}

bool ActionJournal::append(const JournalEntry &entry)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!openOwnerOnly(file, QIODevice::Append)) {
        m_error = tr("Cannot write the journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    if (file.write(line) != line.size() || !file.flush()) {
        m_error = tr("Cannot write the journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

QList<JournalEntry> ActionJournal::entries() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<JournalEntry> entries;
    QHash<QString, qsizetype> indexOfId;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue; // a line cut short by a crash
        JournalEntry entry = JournalEntry::fromJson(document.object());
        const auto known = indexOfId.constFind(entry.id);
        if (!entry.id.isEmpty() && known != indexOfId.constEnd()) {
            // The outcome line keeps the time the action was sent.
            entry.time = entries.at(known.value()).time;
            entries[known.value()] = entry;
        } else {
            indexOfId.insert(entry.id, entries.size());
            entries.append(entry);
        }
    }
    // Newest first; entries sent within the same millisecond keep the
    // order they were written in, the later one first.
    std::reverse(entries.begin(), entries.end());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.time > b.time; });
    return entries;
}

bool ActionJournal::exportTo(const QString &path, Format format, QString *error) const
{
    QFile file(path);
    if (!openOwnerOnly(file, QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QList<JournalEntry> all = entries();
    QByteArray bytes;
    if (format == Format::Json) {
        QJsonArray array;
        for (const JournalEntry &entry : all)
            array.append(entry.toJson());
        bytes = QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        QStringList lines;
        lines.append(QStringLiteral("time,profile,base_url,action,sessions,outcome,error_type,error_message,item_outcomes"));
        for (const JournalEntry &entry : all) {
            const QStringList fields = {
                entry.time.toUTC().toString(Qt::ISODateWithMs), entry.profileName, entry.baseUrl,
                entry.action, entry.sessionsText(), entry.outcome, entry.errorType,
                entry.errorMessage, entry.itemOutcomes.join(QLatin1Char(' '))};
            QStringList quoted;
            for (const QString &field : fields)
                quoted.append(csvField(field));
            lines.append(quoted.join(QLatin1Char(',')));
        }
        bytes = lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
