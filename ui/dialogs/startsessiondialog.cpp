#include "ui/dialogs/startsessiondialog.h"

#include "ui/widgets/localdatetimefield.h"

#include "actions/startrequestvalidator.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

StartSessionDialog::StartSessionDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Start sessions"));
    setAccessibleName(tr("Start sessions"));

    m_subscription = new QLineEdit;
    m_subscription->setObjectName(QStringLiteral("subscription"));
    m_subscription->setAccessibleName(tr("Subscription ID"));
    m_subscription->setAccessibleDescription(tr("The subscription the sessions belong to."));
    m_subscription->setPlaceholderText(tr("SUB-…"));

    m_sessionIds = new QPlainTextEdit;
    m_sessionIds->setObjectName(QStringLiteral("sessionIds"));
    m_sessionIds->setAccessibleName(tr("Session IDs, one per line"));
    m_sessionIds->setAccessibleDescription(tr("The IDs of the sessions to start, one per line; several lines start a batch."));
    m_sessionIds->setPlaceholderText(tr("One session ID per line"));
    m_sessionIds->setTabChangesFocus(true);
    m_sessionIds->setMinimumHeight(90);
    m_sessionIds->setMaximumHeight(140);

    m_pcName = new QComboBox;
    m_pcName->setObjectName(QStringLiteral("pricingComponentName"));
    m_pcName->setEditable(true);
    m_pcName->setAccessibleName(tr("Pricing component name"));
    m_pcName->setAccessibleDescription(tr("The pricing component the sessions bill against, by name; or give its ID in the next field."));
    m_pcId = new QComboBox;
    m_pcId->setObjectName(QStringLiteral("pricingComponentId"));
    m_pcId->setEditable(true);
    m_pcId->setAccessibleName(tr("Pricing component ID"));
    m_pcId->setAccessibleDescription(tr("The pricing component the sessions bill against, by ID; or give its name in the field before."));
    auto *pcRow = new QWidget;
    auto *pcLayout = new QGridLayout(pcRow);
    pcLayout->setContentsMargins(0, 0, 0, 0);
    auto *nameLabel = new QLabel(tr("name"));
    nameLabel->setBuddy(m_pcName);
    auto *orLabel = new QLabel(tr("or &ID"));
    orLabel->setBuddy(m_pcId);
    pcLayout->addWidget(nameLabel, 0, 0);
    pcLayout->addWidget(m_pcName, 0, 1);
    pcLayout->addWidget(orLabel, 1, 0);
    pcLayout->addWidget(m_pcId, 1, 1);
    pcLayout->setColumnStretch(1, 1);
    pcRow->setObjectName(QStringLiteral("pricingComponent"));

    m_uom = new QComboBox;
    m_uom->setObjectName(QStringLiteral("uom"));
    m_uom->setEditable(true);
    m_uom->setAccessibleName(tr("Unit of measure"));
    m_uom->setAccessibleDescription(tr("The unit the sessions are counted in, such as minutes."));

    m_description = new QLineEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setAccessibleDescription(tr("Optional text stored with each session."));
    m_description->setPlaceholderText(tr("Optional"));

    m_startNow = new QRadioButton(tr("&Now"));
    m_startNow->setAccessibleName(tr("Start now"));
    m_startNow->setChecked(true);
    m_startAt = new QRadioButton(tr("&At"));
    m_startAt->setAccessibleName(tr("Start at a chosen time"));
    m_startTime = new LocalDateTimeField;
    m_startTime->edit()->setObjectName(QStringLiteral("startTime"));
    m_startTime->edit()->setAccessibleName(tr("Start time"));
    m_startTime->setEnabled(false);
    auto *timeRow = new QWidget;
    timeRow->setObjectName(QStringLiteral("startTimeRow"));
    auto *timeLayout = new QHBoxLayout(timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_startNow);
    timeLayout->addWidget(m_startAt);
    timeLayout->addWidget(m_startTime, 1);

    m_markers.insert(ActionField::Subscription, FieldMarker(m_subscription));
    m_markers.insert(ActionField::SessionIds, FieldMarker(m_sessionIds));
    m_markers.insert(ActionField::PricingComponent, FieldMarker(pcRow));
    m_markers.insert(ActionField::Uom, FieldMarker(m_uom));
    m_markers.insert(ActionField::Description, FieldMarker(m_description));
    m_markers.insert(ActionField::StartTime, FieldMarker(timeRow));

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Subscription:"), m_subscription), m_markers[ActionField::Subscription].container());
    form->addRow(buddyLabel(tr("S&ession IDs:"), m_sessionIds), m_markers[ActionField::SessionIds].container());
    form->addRow(buddyLabel(tr("&Pricing component:"), m_pcName),
                 m_markers[ActionField::PricingComponent].container());
    form->addRow(buddyLabel(tr("&Unit:"), m_uom), m_markers[ActionField::Uom].container());
    form->addRow(buddyLabel(tr("&Description:"), m_description), m_markers[ActionField::Description].container());
    form->addRow(buddyLabel(tr("S&tart:"), m_startNow), m_markers[ActionField::StartTime].container());

    auto *buttons = new QDialogButtonBox;
    m_startButton = buttons->addButton(tr("Start session"), QDialogButtonBox::AcceptRole);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startButton, &QPushButton::clicked, this, &StartSessionDialog::onStartClicked);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_sessionIds, &QPlainTextEdit::textChanged, this, &StartSessionDialog::updateButtonText);
    connect(m_sessionIds, &QPlainTextEdit::textChanged, this, &StartSessionDialog::revalidateIfShown);
    connect(m_subscription, &QLineEdit::textChanged, this, &StartSessionDialog::revalidateIfShown);
    connect(m_pcName, &QComboBox::currentTextChanged, this, &StartSessionDialog::revalidateIfShown);
    connect(m_pcId, &QComboBox::currentTextChanged, this, &StartSessionDialog::revalidateIfShown);
    connect(m_uom, &QComboBox::currentTextChanged, this, &StartSessionDialog::revalidateIfShown);
    connect(m_description, &QLineEdit::textChanged, this, &StartSessionDialog::revalidateIfShown);
    connect(m_startTime, &LocalDateTimeField::changed, this, &StartSessionDialog::revalidateIfShown);
    connect(m_pcName, &QComboBox::activated, this, [this] { syncPricingComponent(true); });
    connect(m_pcId, &QComboBox::activated, this, [this] { syncPricingComponent(false); });
    connect(m_startAt, &QRadioButton::toggled, this, [this](bool at) {
        m_startTime->setEnabled(at);
        revalidateIfShown();
    });

    setTabOrder(m_subscription, m_sessionIds);
    setTabOrder(m_sessionIds, m_pcName);
    setTabOrder(m_pcName, m_pcId);
    setTabOrder(m_pcId, m_uom);
    setTabOrder(m_uom, m_description);
    setTabOrder(m_description, m_startNow);
    setTabOrder(m_startNow, m_startAt);
    setTabOrder(m_startAt, m_startTime->edit());
    updateButtonText();
    resize(560, sizeHint().height());
}

void StartSessionDialog::setSubscriptionId(const QString &subscriptionId)
{
    m_subscription->setText(subscriptionId);
    m_sessionIds->setFocus();
}

void StartSessionDialog::setPricingComponents(const QList<QPair<QString, QString>> &nameAndId)
{
    m_pricingComponents = nameAndId;
    m_pcName->clear();
    m_pcId->clear();
    QStringList names;
    QStringList ids;
    for (const auto &pair : nameAndId) {
        if (!pair.first.isEmpty() && !names.contains(pair.first))
            names.append(pair.first);
        if (!pair.second.isEmpty() && !ids.contains(pair.second))
            ids.append(pair.second);
    }
    m_pcName->addItems(names);
    m_pcId->addItems(ids);
    if (!nameAndId.isEmpty()) {
        m_pcName->setCurrentText(nameAndId.constFirst().first);
        m_pcId->setCurrentText(nameAndId.constFirst().second);
    }
}

void StartSessionDialog::setUnits(const QStringList &units)
{
    m_uom->clear();
    m_uom->addItems(units);
    if (!units.isEmpty())
        m_uom->setCurrentIndex(0);
}

void StartSessionDialog::setActiveSessions(const QList<BillForward::UsageSession> &sessions)
{
    m_active = sessions;
}

void StartSessionDialog::syncPricingComponent(bool fromName)
{
    for (const auto &pair : std::as_const(m_pricingComponents)) {
        if (fromName && pair.first == m_pcName->currentText()) {
            m_pcId->setCurrentText(pair.second);
            return;
        }
        if (!fromName && pair.second == m_pcId->currentText()) {
            m_pcName->setCurrentText(pair.first);
            return;
        }
    }
}

StartRequest StartSessionDialog::request() const
{
    StartRequest request;
    request.subscriptionId = m_subscription->text();
    request.sessionIds = StartRequest::linesOf(m_sessionIds->toPlainText());
    request.pricingComponentName = m_pcName->currentText();
    request.pricingComponentId = m_pcId->currentText();
    request.uom = m_uom->currentText();
    request.description = m_description->text();
    request.organizationId = m_organizationId;
    if (m_startAt->isChecked())
        request.start = m_startTime->utcMs();
    return request;
}

FieldIssues StartSessionDialog::validateAndMark()
{
    StartRequestValidator validator;
    validator.setNow(m_now);
    validator.setActiveSessions(m_active);
    const FieldIssues issues = validator.validate(request());
    QHash<ActionField, QStringList> byField;
    for (const FieldIssue &issue : issues)
        byField[issue.field].append(issue.message);
    for (auto it = m_markers.begin(); it != m_markers.end(); ++it)
        it.value().setMessages(byField.value(it.key()));
    return issues;
}

void StartSessionDialog::onStartClicked()
{
    m_triedOnce = true;
    const FieldIssues issues = validateAndMark();
    if (!issues.isEmpty()) {
        if (QWidget *first = m_markers.value(issues.constFirst().field).field())
            first->setFocus();
        return;
    }
    emit startRequested(batch());
    accept();
}

void StartSessionDialog::revalidateIfShown()
{
    if (m_triedOnce)
        validateAndMark();
}

void StartSessionDialog::updateButtonText()
{
    const int count = int(request().cleanSessionIds().size());
    m_startButton->setText(count <= 1 ? tr("Start session") : tr("Start %1 sessions").arg(count));
    m_startButton->setAccessibleName(m_startButton->text());
}
