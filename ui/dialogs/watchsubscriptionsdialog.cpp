#include "ui/dialogs/watchsubscriptionsdialog.h"

#include "watch/subscriptionid.h"
#include "watch/subscriptionlistparser.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

constexpr int ProblemsShown = 3;

} // namespace

WatchSubscriptionsDialog::WatchSubscriptionsDialog(const QStringList &recent, const QStringList &watched,
                                                   QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Watch subscriptions"));
    setAccessibleName(windowTitle());

    auto *intro = new QLabel(tr("Paste subscription IDs, one per line or separated by commas, semicolons, tabs or "
                                "spaces, or read them from a text or CSV file."));
    intro->setWordWrap(true);
    m_paste = new QPlainTextEdit;
    m_paste->setObjectName(QStringLiteral("subscriptionIds"));
    m_paste->setAccessibleName(tr("Subscription IDs to watch"));
    m_paste->setAccessibleDescription(tr("One per line, or separated by commas, semicolons, tabs or spaces"));
    m_paste->setPlaceholderText(tr("SUB-604915D4-…\nSUB-1C8E2A47-…"));
    m_paste->setTabChangesFocus(true);
    auto *pasteLabel = new QLabel(tr("Subscription &IDs:"));
    pasteLabel->setBuddy(m_paste);
    auto *fromFile = new QPushButton(tr("From &file…"));
    fromFile->setObjectName(QStringLiteral("fromFileButton"));
    fromFile->setAccessibleName(tr("Read subscription IDs from a file"));
    fromFile->setToolTip(tr("A text file of IDs, or a CSV file with a column headed subscriptionID, subscription "
                            "or id (else its first column)"));
    connect(fromFile, &QPushButton::clicked, this, &WatchSubscriptionsDialog::chooseFile);

    m_recent = new QListWidget;
    m_recent->setObjectName(QStringLiteral("recentSubscriptions"));
    m_recent->setAccessibleName(tr("Recent subscriptions to watch"));
    m_recent->setAccessibleDescription(tr("Space ticks a subscription to watch it too"));
    for (const QString &id : recent) {
        if (watched.contains(id) || !SubscriptionId::isValid(id))
            continue;
        auto *item = new QListWidgetItem(id, m_recent);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *recentLabel = new QLabel(m_recent->count() > 0 ? tr("Or tick &recent subscriptions:")
                                                         : tr("No recent subscription that is not watched yet."));
    recentLabel->setBuddy(m_recent);
    m_recent->setVisible(m_recent->count() > 0);
    m_recent->setMaximumHeight(m_recent->sizeHintForRow(0) * 5 + 2 * m_recent->frameWidth() + 4);
    connect(m_recent, &QListWidget::itemChanged, this, &WatchSubscriptionsDialog::updateFeedback);

    m_feedback = new QLabel;
    m_feedback->setObjectName(QStringLiteral("watchFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_feedback->setAccessibleName(tr("What will be watched"));

    auto *buttons = new QDialogButtonBox;
    m_watch = buttons->addButton(tr("Watch"), QDialogButtonBox::AcceptRole);
    m_watch->setObjectName(QStringLiteral("watchButton"));
    m_watch->setAccessibleName(tr("Watch these subscriptions"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QStringList ids = chosenIds();
        if (ids.isEmpty())
            return;
        emit watchRequested(ids);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        m_fileError.clear();
        updateFeedback();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(pasteLabel);
    layout->addWidget(m_paste, 1);
    layout->addWidget(fromFile, 0, Qt::AlignLeft);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent);
    layout->addWidget(m_feedback);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 60, sizeHint().height());
    updateFeedback();
}

void WatchSubscriptionsDialog::chooseFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Read subscription IDs"), folder,
                                   tr("Text and CSV files (*.csv *.txt *.tsv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("subscriptionFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { loadFile(path); });
    dialog->open();
}

bool WatchSubscriptionsDialog::loadFile(const QString &path)
{
    const SubscriptionListParser::Result read = SubscriptionListParser::fromFile(path);
    if (!read.ok()) {
        m_fileError = read.error;
        updateFeedback();
        return false;
    }
    QString text = m_paste->toPlainText();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    text += read.ids.join(QLatin1Char('\n'));
    m_paste->setPlainText(text); // the user sees what was read, and can edit it
    m_problems = read.problems; // the file's lines, not the box's
    if (!read.problems.isEmpty())
        m_fileError = read.problems.size() == 1
            ? tr("1 line of the file was left out:")
            : tr("%1 lines of the file were left out:").arg(read.problems.size());
    updateFeedback();
    return true;
}

QStringList WatchSubscriptionsDialog::chosenIds() const
{
    QStringList ids = SubscriptionListParser::fromText(m_paste->toPlainText()).ids;
    for (int i = 0; i < m_recent->count(); ++i) {
        const QListWidgetItem *item = m_recent->item(i);
        if (item->checkState() == Qt::Checked && !ids.contains(item->text()))
            ids << item->text();
    }
    return ids;
}

void WatchSubscriptionsDialog::updateFeedback()
{
    const SubscriptionListParser::Result pasted = SubscriptionListParser::fromText(m_paste->toPlainText());
    QStringList problems = pasted.problems;
    QStringList lines;
    if (!m_fileError.isEmpty()) {
        lines << m_fileError;
        problems = m_problems + problems; // a file's problems stay until the box is edited
    } else {
        m_problems.clear();
    }
    m_shownProblems = problems;
    const int count = int(chosenIds().size());
    lines << (count == 0   ? tr("No subscription ID yet.")
              : count == 1 ? tr("1 subscription to watch.")
                           : tr("%1 subscriptions to watch.").arg(QLocale().toString(count)));
    for (int i = 0; i < problems.size() && i < ProblemsShown; ++i)
        lines << problems.at(i);
    if (problems.size() > ProblemsShown)
        lines << tr("… and %1 more left out.").arg(problems.size() - ProblemsShown);
    m_feedback->setText(lines.join(QLatin1Char('\n')));
    m_watch->setEnabled(count > 0);
    m_watch->setDefault(count > 0);
}
