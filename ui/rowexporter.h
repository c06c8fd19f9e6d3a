#pragma once

#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QList>

class QAbstractItemModel;
class QHeaderView;

// Rows out of the app: tab-separated text for the clipboard (what the table
// shows, as a spreadsheet takes it), and files: RFC 4180 CSV with the JSON
// names as header, or the JSON array the API would send.
class RowExporter
{
    Q_DECLARE_TR_FUNCTIONS(RowExporter)

public:
    enum class Format { Csv, Json };

    // The given model rows, the header's visible columns in visual order.
    static QString toTsv(const QAbstractItemModel &model, const QHeaderView &header, const QList<int> &rows);
    static QByteArray toJson(const QList<BillForward::UsageSession> &sessions);
    // For people: a value a spreadsheet would run as a formula is made text.
    static QByteArray toCsv(const QList<BillForward::UsageSession> &sessions);
    static Format formatOfPath(const QString &path);
    // Atomically (QSaveFile), readable and writable by the owner only.
    static bool writeFile(const QString &path, const QByteArray &data, QString *errorMessage);
};
