#include "ui/rowexporter.h"

#include "wire/sessioncodec.h"
#include "wire/sessioncsv.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QHeaderView>
#include <QSaveFile>

namespace {

QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

QString RowExporter::toTsv(const QAbstractItemModel &model, const QHeaderView &header, const QList<int> &rows)
{
    QList<int> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (!header.isSectionHidden(logical))
            columns << logical;
    }
    QStringList lines;
    QStringList cells;
    for (const int column : std::as_const(columns))
        cells << tsvCell(model.headerData(column, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char('\t'));
    for (const int row : rows) {
        cells.clear();
        for (const int column : std::as_const(columns))
            cells << tsvCell(model.index(row, column).data().toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray RowExporter::toJson(const QList<BillForward::UsageSession> &sessions)
{
    return BillForward::SessionCodec::encodeSessions(sessions);
}

QByteArray RowExporter::toCsv(const QList<BillForward::UsageSession> &sessions)
{
    return BillForward::SessionCsv::encode(sessions, BillForward::SessionCsv::Cells::FormulasNeutralised);
}

RowExporter::Format RowExporter::formatOfPath(const QString &path)
{
    return path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? Format::Json : Format::Csv;
}

bool RowExporter::writeFile(const QString &path, const QByteArray &data, QString *errorMessage)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}
