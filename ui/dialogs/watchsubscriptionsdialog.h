#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// "Watch subscriptions…": IDs pasted (any separators), read from a text or
// CSV file into the same box, or ticked among the recent subscriptions.
// What is not an ID is shown at once, with its line; only IDs are asked for.
class WatchSubscriptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `recent`: offered to tick; `watched`: already on the list, not offered.
    WatchSubscriptionsDialog(const QStringList &recent, const QStringList &watched, QWidget *parent = nullptr);

    // Reads a file into the box (what "From file…" does after its dialog);
    // false with the reason shown when it cannot be read.
    bool loadFile(const QString &path);
    // The IDs pasted, read and ticked, each once, in that order.
    QStringList chosenIds() const;
    // What is left out, with its line: the file's, then the box's.
    QStringList problems() const { return m_shownProblems; }

    QPlainTextEdit *pasteBox() const { return m_paste; }
    QListWidget *recentList() const { return m_recent; }
    QLabel *feedback() const { return m_feedback; }
    QPushButton *watchButton() const { return m_watch; }

signals:
    void watchRequested(const QStringList &ids);

private:
    void chooseFile();
    void updateFeedback();

    QPlainTextEdit *m_paste;
    QListWidget *m_recent;
    QLabel *m_feedback;
    QPushButton *m_watch;
    QStringList m_problems; // the last file's
    QStringList m_shownProblems;
    QString m_fileError;
};
