#include "ui/widgets/subscriptionfield.h"

#include "ui/widgets/palettecolors.h"

#include "settings/appsettings.h"
#include "watch/subscriptionid.h"

#include <QApplication>

#include <QLineEdit>
#include <QSettings>
#include <QTimer>

namespace {

const int MaxRecent = 10;

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

    connect(lineEdit(), &QLineEdit::returnPressed, this, &SubscriptionField::choose);
    connect(lineEdit(), &QLineEdit::textEdited, this, &SubscriptionField::markValidity);
    connect(this, &QComboBox::activated, this, [this](int) { choose(); });
    // A light/dark theme switch while an invalid ID is shown.
    PaletteColors::onPaletteChange(this, [this] { markValidity(); });
}

bool SubscriptionField::isValidId(const QString &id)
{
    return SubscriptionId::isValid(id); // one rule for the field and the watch list
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
    AppSettings::RecentSubscriptions.write(ids);
    const QString text = currentText();
    rebuildItems();
    setEditText(text);
}

QStringList SubscriptionField::recent() const
{
    return AppSettings::RecentSubscriptions.read();
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

namespace {

// A red tint that reads on the palette in use (light or dark).
QString invalidStyleSheet()
{
    const QPalette palette = QApplication::palette();
    return QStringLiteral("QLineEdit { background: %1; color: %2; }")
        .arg(PaletteColors::invalidFieldBackground(palette).name(), PaletteColors::invalidFieldText(palette).name());
}

} // namespace

void SubscriptionField::markValidity()
{
    const QString id = currentId();
    const bool bad = !id.isEmpty() && !isValidId(id);
    lineEdit()->setStyleSheet(bad ? invalidStyleSheet() : QString());
    lineEdit()->setToolTip(bad ? tr("Not a subscription ID: it may not contain spaces, slashes or control "
                                    "characters, and has at most 100 characters.")
                               : QString());
}

void SubscriptionField::choose()
{
    // One Enter reaches the line edit twice (the combo box hands the key
    // back to it), and may also activate a matching item.
    const QString id = currentId();
    if (m_choosing && id == m_lastChosen)
        return;
    m_choosing = true;
    m_lastChosen = id;
    QTimer::singleShot(0, this, [this] { m_choosing = false; });
    markValidity();
    if (!isValidId(id)) {
        lineEdit()->setStyleSheet(invalidStyleSheet());
        return;
    }
    setEditText(id);
    emit subscriptionChosen(id);
}
