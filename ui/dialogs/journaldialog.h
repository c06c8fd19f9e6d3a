#pragma once

#include <QDialog>

class ActionJournal;
class QLabel;
class QPushButton;
class QTableWidget;

// The journal of starts and stops, newest first, with Export… (CSV or JSON).
class JournalDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit JournalDialog(const ActionJournal *journal, QWidget *parent = nullptr);

    void reload();
    // Export without the file dialog (tests, scripting). The format follows
    // the suffix: .json for JSON, anything else CSV.
    bool exportTo(const QString &path);
    QTableWidget *table() const { return m_table; }

private:
    void chooseExportFile();

    const ActionJournal *m_journal;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
};
