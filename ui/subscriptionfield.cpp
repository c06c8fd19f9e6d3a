#include "subscriptionfield.h"

#include <QLineEdit>
#include <QSettings>

namespace {

const int MaxRecent = 10;
const auto RecentKey = "subscriptions/recent";

} // namespace

SubscriptionField::SubscriptionField(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(38);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    lineEdit()->setPlaceholderText(tr("Subscription ID, e.g. SUB-604915D4-…"));
    lineEdit()->setClearButtonEnabled(true);
    setAccessibleName(tr("Subscription ID"));
    setToolTip(tr("Type or paste a subscription ID and press Enter"));
    rebuildItems();
    setCurrentIndex(-1);

    // QComboBox itself emits activated() on Enter when the text is one of
    // its items; only other text needs the line edit's signal.
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (findText(currentText()) < 0)
            choose();
    });
    connect(lineEdit(), &QLineEdit::textEdited, this, &SubscriptionField::markValidity);
    connect(this, &QComboBox::activated, this, [this](int) { choose(); });
}

bool SubscriptionField::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 100)
        return false;
    for (const QChar c : id) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

QString SubscriptionField::currentId() const
{
    return currentText().trimmed();
}

void SubscriptionField::setCurrentId(const QString &id)
{
    setEditText(id);
    markValidity();
}

void SubscriptionField::setSuggested(const QStringList &ids)
{
    m_suggested = ids;
    const QString text = currentText();
    rebuildItems();
    setEditText(text);
}

void SubscriptionField::addRecent(const QString &id)
{
    QStringList ids = recent();
    ids.removeAll(id);
    ids.prepend(id);
    while (ids.size() > MaxRecent)
        ids.removeLast();
    QSettings().setValue(QLatin1String(RecentKey), ids);
    const QString text = currentText();
    rebuildItems();
    setEditText(text);
}

QStringList SubscriptionField::recent() const
{
    return QSettings().value(QLatin1String(RecentKey)).toStringList();
}

void SubscriptionField::rebuildItems()
{
    const QSignalBlocker blocker(this);
    clear();
    QStringList seen;
    for (const QString &id : m_suggested) {
        addItem(id, tr("Demo subscription"));
        setItemData(count() - 1, tr("Demo subscription"), Qt::ToolTipRole);
        seen << id;
    }
    for (const QString &id : recent()) {
        if (!seen.contains(id) && isValidId(id)) {
            addItem(id);
            setItemData(count() - 1, tr("Opened recently"), Qt::ToolTipRole);
        }
    }
}

void SubscriptionField::markValidity()
{
    const QString id = currentId();
    const bool bad = !id.isEmpty() && !isValidId(id);
    lineEdit()->setStyleSheet(bad ? QStringLiteral("QLineEdit { background: #fde7e7; color: #8a1010; }") : QString());
    lineEdit()->setToolTip(bad ? tr("Not a subscription ID: it may not contain spaces, slashes or control "
                                    "characters, and has at most 100 characters.")
                               : QString());
}

void SubscriptionField::choose()
{
    markValidity();
    const QString id = currentId();
    if (!isValidId(id)) {
        lineEdit()->setStyleSheet(QStringLiteral("QLineEdit { background: #fde7e7; color: #8a1010; }"));
        return;
    }
    setEditText(id);
    emit subscriptionChosen(id);
}
