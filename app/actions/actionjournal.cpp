#include "actions/actionjournal.h"

#include "wire/sessioncsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString csvField(const QString &text)
{
    QString field = BillForward::SessionCsv::neutralised(text);
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

bool openOwnerOnly(QFile &file, QIODevice::OpenMode mode)
{
    if (!file.open(mode, OwnerOnly))
        return false;
    return file.setPermissions(OwnerOnly);
}

// True when the file has bytes and the last is not a line end.
bool endsTorn(QFile &file)
{
    const qint64 size = file.size();
    if (size <= 0)
        return false;
    char last = '\n';
    return file.seek(size - 1) && file.read(&last, 1) == 1 && last != '\n';
}

// A new file's name is only durable once its directory is synced too.
void syncDirectoryOf(const QString &path)
{
    const QByteArray directory = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

// A line the reader could not take whole: an older entry cut short with a
// complete one written right after it (journals from before lines were
// ended on append). Tries the last object start on the line.
QJsonDocument lastWholeObjectOf(const QByteArray &line)
{
    const qsizetype start = line.lastIndexOf("{\"action\"");
    if (start <= 0)
        return {};
    return QJsonDocument::fromJson(line.mid(start));
}

} // namespace

QString ActionJournal::defaultPath()
{
    // Spelled out rather than AppDataLocation, which follows the running
    // program's name: the CLI writes to the app's file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/UsageSessionAdmin/usage-session-admin/journal.jsonl");
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
    const bool existed = file.exists();
    const auto failed = [this, &file](const QString &reason) {
        m_error = tr("Cannot write the journal %1: %2").arg(m_path, reason.isEmpty() ? file.errorString() : reason);
        return false;
    };
    if (!openOwnerOnly(file, QIODevice::ReadWrite | QIODevice::Append))
        return failed({});
    QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    line.append('\n');
    // A last line cut short (disk full, a kill) gets its end here, so that
    // it does not run into this entry and take it down with it.
    if (endsTorn(file))
        line.prepend('\n');
    if (file.write(line) != line.size() || !file.flush())
        return failed({});
    // On the disk before the request goes out: a crash or a power cut after
    // sending must not lose the record that it was sent.
    if (::fsync(file.handle()) != 0)
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    if (!existed)
        syncDirectoryOf(m_path);
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
        QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            document = lastWholeObjectOf(line);
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
    // All or nothing: a failed export leaves an earlier file as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly)) {
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
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
