#include "ui/dialogs/journaldialog.h"

#include "actions/actionjournal.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

JournalDialog::JournalDialog(const ActionJournal *journal, QWidget *parent)
    : QDialog(parent), m_journal(journal)
{
    setWindowTitle(tr("Journal of starts and stops"));
    setAccessibleName(windowTitle());
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setAccessibleName(tr("Journal entries, newest first"));
    m_table->setAccessibleDescription(tr("Every start and stop this app sent: time, connection, action, sessions and outcome."));
    m_table->setHorizontalHeaderLabels(
        {tr("Time (UTC)"), tr("Connection"), tr("Server"), tr("Action"), tr("Sessions"), tr("Outcome")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setAccessibleName(tr("Export the journal"));
    connect(m_export, &QPushButton::clicked, this, &JournalDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // The button box leaves Close out of the Tab chain once Export is added: put it back.
    setTabOrder(m_table, m_export);
    setTabOrder(m_export, buttons->button(QDialogButtonBox::Close));
    reload();
    resize(900, 420);
}

void JournalDialog::reload()
{
    const QList<JournalEntry> entries = m_journal->entries();
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const JournalEntry &entry = entries.at(row);
        const QStringList cells = {entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   entry.profileName,
                                   entry.baseUrl,
                                   entry.action == QLatin1String("start") ? tr("Start") : tr("Stop"),
                                   entry.sessionsText(),
                                   entry.outcomeText()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("Actions recorded: %1. Journal file: %2").arg(entries.size()).arg(m_journal->path()));
    m_export->setEnabled(!entries.isEmpty());
}

bool JournalDialog::exportTo(const QString &path)
{
    const ActionJournal::Format format = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? ActionJournal::Format::Json
        : ActionJournal::Format::Csv;
    QString error;
    const bool ok = m_journal->exportTo(path, format, &error);
    m_status->setText(ok ? tr("Exported to %1 (readable by you only).").arg(path) : error);
    return ok;
}

void JournalDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the journal"), QString(),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}
