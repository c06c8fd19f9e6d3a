#pragma once

#include "views/savedview.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The views file that moves saved views between machines (File:
// Views > Export views… and Import views…), JSON:
// {"format": "usage-session-admin.views", "version": 1, "views": [SavedView…]}
// A file is read whole or refused whole: a foreign, malformed or newer
// file gives a message saying what is wrong, and no view of it.
class ViewsFile
{
    Q_DECLARE_TR_FUNCTIONS(ViewsFile)

public:
    static constexpr char Format[] = "usage-session-admin.views";
    static constexpr int Version = 1;
    static constexpr qint64 MaxBytes = 16 * 1024 * 1024; // far beyond any list of views

    static QByteArray toJson(const QList<SavedView> &views);
    static std::optional<QList<SavedView>> fromJson(const QByteArray &data, QString *error = nullptr);

    static bool write(const QString &path, const QList<SavedView> &views, QString *error = nullptr);
    static std::optional<QList<SavedView>> read(const QString &path, QString *error = nullptr);
};
