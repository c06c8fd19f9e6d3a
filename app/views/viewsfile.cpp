#include "views/viewsfile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace {

const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");
const QString ViewsKey = QStringLiteral("views");

} // namespace

QByteArray ViewsFile::toJson(const QList<SavedView> &views)
{
    QJsonArray array;
    for (const SavedView &view : views)
        array.append(view.toJson());
    const QJsonObject root{{FormatKey, QLatin1String(Format)}, {VersionKey, Version}, {ViewsKey, array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<SavedView>> ViewsFile::fromJson(const QByteArray &data, QString *error)
{
    const auto refuse = [error](const QString &message) -> std::optional<QList<SavedView>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString notViews = tr("This is not a views file of Usage Session Admin. Choose a file made with "
                                "Views > Export views….");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The file is not valid JSON (%1 at byte %2). %3")
                          .arg(parseError.errorString()).arg(parseError.offset).arg(notViews));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(FormatKey).toString() != QLatin1String(Format))
        return refuse(notViews);
    const QJsonValue version = root.value(VersionKey);
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
        return refuse(tr("The views file has no valid version number. %1").arg(notViews));
    if (version.toInt() > Version)
        return refuse(tr("The views file was made by a newer version of Usage Session Admin (file version %1; "
                         "this one reads up to %2). Update Usage Session Admin to import it.")
                          .arg(version.toInt()).arg(Version));
    if (!root.value(ViewsKey).isArray())
        return refuse(tr("The views file holds no list of views. %1").arg(notViews));

    QList<SavedView> views;
    QSet<QString> names;
    const QJsonArray array = root.value(ViewsKey).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString viewError;
        const std::optional<SavedView> view =
            array.at(i).isObject() ? SavedView::fromJson(array.at(i).toObject(), &viewError) : std::nullopt;
        if (!view)
            return refuse(tr("View %1 of the file cannot be read: %2 Nothing was imported.")
                              .arg(i + 1)
                              .arg(viewError.isEmpty() ? tr("it is not an object.") : viewError));
        if (names.contains(view->name))
            return refuse(tr("The file has two views named “%1”. Nothing was imported.").arg(view->name));
        names.insert(view->name);
        views.append(*view);
    }
    return views;
}

bool ViewsFile::write(const QString &path, const QList<SavedView> &views, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(views)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2. Choose another folder or file name.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

std::optional<QList<SavedView>> ViewsFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2. Check that the file exists and can be read.").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > MaxBytes) {
        if (error)
            *error = tr("%1 is too large to be a views file. Choose a file made with Views > Export views….")
                         .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}
