#pragma once

#include "actions/journalentry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The local record of every start and stop sent: a JSON Lines file readable
// by its owner only (0600, re-applied on every open). Holds no token.
class ActionJournal
{
    Q_DECLARE_TR_FUNCTIONS(ActionJournal)

public:
    // The app's <AppDataLocation>/journal.jsonl, whichever program asks
    // (the app and the CLI share it).
    static QString defaultPath();
    explicit ActionJournal(const QString &path = defaultPath());

    QString path() const { return m_path; }
    bool append(const JournalEntry &entry);
    // One entry per action (its latest line), newest first.
    QList<JournalEntry> entries() const;

    enum class Format { Csv, Json };
    // Writes entries() to `path` (0600). Returns false and sets `error` on failure.
    bool exportTo(const QString &path, Format format, QString *error = nullptr) const;
    QString errorString() const { return m_error; }

    // Creates `path` if needed with mode 0600 and (re)applies 0600.
    static bool restrictToOwner(const QString &path);

private:
    QString m_path;
    QString m_error;
};
