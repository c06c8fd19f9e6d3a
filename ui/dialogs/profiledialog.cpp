#include "ui/dialogs/profiledialog.h"

#include "ui/widgets/palettecolors.h"

#include "api/apiclient.h"
#include "credentials/serverorigin.h"
#include "secrets/tokenvault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, TokenVault *vault, QWidget *parent)
    : QDialog(parent), m_original(profile), m_vault(vault)
{
    setWindowTitle(profile.name.isEmpty() ? tr("New connection") : tr("Connection “%1”").arg(profile.name));
    setAccessibleName(tr("Connection profile"));
    m_client = new BillForward::ApiClient(this);
    m_client->setTransferTimeout(15000);

    m_name = new QLineEdit(profile.name);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setAccessibleDescription(tr("The name this connection has in the Connection menu."));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->setAccessibleName(tr("Kind of server"));
    m_kind->setAccessibleDescription(tr("Demo, BillForward sandbox, BillForward production or a custom server."));
    for (const auto kind : {ConnectionProfile::Kind::Demo, ConnectionProfile::Kind::Sandbox,
                            ConnectionProfile::Kind::Production, ConnectionProfile::Kind::Custom})
        m_kind->addItem(ConnectionProfile::kindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_baseUrl = new QLineEdit(profile.baseUrl.toString());
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setAccessibleDescription(tr("The address of the BillForward API, ending in /v1."));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://…/v1"));
    m_environment = new QLabel;
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->setWordWrap(true);
    m_organizations = new QPlainTextEdit(profile.organizations.join(QLatin1Char('\n')));
    m_organizations->setObjectName(QStringLiteral("organizations"));
    m_organizations->setAccessibleName(tr("Organization IDs, one per line"));
    m_organizations->setAccessibleDescription(tr("Optional: limit lists to these organization IDs, one per line"));
    m_organizations->setPlaceholderText(tr("Optional: limit lists to these organization IDs, one per line"));
    m_organizations->setTabChangesFocus(true);
    m_organizations->setMaximumHeight(70);
    m_readOnly = new QCheckBox(tr("&Read-only: never start or stop sessions"));
    m_readOnly->setAccessibleName(tr("Read-only"));
    m_readOnly->setChecked(profile.readOnly);
    m_confirmStops = new QCheckBox(tr("Ask for &confirmation before stopping"));
    m_confirmStops->setAccessibleName(tr("Ask for confirmation before stopping"));
    m_confirmStops->setChecked(profile.confirmStops);
    m_undoSeconds = new QSpinBox;
    m_undoSeconds->setObjectName(QStringLiteral("undoSeconds"));
    m_undoSeconds->setRange(0, ConnectionProfile::MaxUndoSeconds);
    m_undoSeconds->setSuffix(tr(" s"));
    m_undoSeconds->setSpecialValueText(tr("Off: send at once"));
    m_undoSeconds->setValue(ConnectionProfile::boundedUndoSeconds(profile.undoSeconds));
    m_undoSeconds->setAccessibleName(tr("Undo window in seconds"));
    m_undoSeconds->setAccessibleDescription(
        tr("How long a confirmed stop waits, with an Undo in the status bar, before it is sent. 0 sends at once."));
    m_undoSeconds->setToolTip(m_undoSeconds->accessibleDescription());
    m_requestsInFlight = new QSpinBox;
    m_requestsInFlight->setObjectName(QStringLiteral("requestsInFlight"));
    m_requestsInFlight->setRange(1, ConnectionProfile::MaxRequestsInFlight);
    m_requestsInFlight->setValue(ConnectionProfile::boundedRequestsInFlight(profile.requestsInFlight));
    m_requestsInFlight->setAccessibleName(tr("Requests at once"));
    m_requestsInFlight->setAccessibleDescription(
        tr("How many requests a sweep of the watch list sends at once. The server is shared with the "
           "customer's own integration: keep it low on production."));
    m_requestsInFlight->setToolTip(m_requestsInFlight->accessibleDescription());

    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_token->setAccessibleDescription(tr("Kept in the system keychain, never in the settings file. Leave empty to keep the stored token."));
    m_token->setPlaceholderText(tr("Leave empty to keep the stored token"));
    m_tokenStatus = new QLabel(tr("Stored in the system keychain, never in the settings file."));
    m_tokenStatus->setObjectName(QStringLiteral("tokenStatus"));
    m_tokenStatus->setWordWrap(true);
    if (m_vault && m_vault->isKnownUnavailable())
        m_tokenStatus->setText(tr("%1 A token entered here is kept for this session only.")
                                   .arg(m_vault->unavailableReason()));

    m_testSubscription = new QLineEdit;
    m_testSubscription->setObjectName(QStringLiteral("testSubscription"));
    m_testSubscription->setAccessibleName(tr("Subscription ID for the connection test"));
    m_testSubscription->setAccessibleDescription(tr("Any subscription ID: the test lists one of its sessions."));
    m_testSubscription->setPlaceholderText(tr("Any subscription ID"));
    m_test = new QPushButton(tr("T&est connection"));
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setAccessibleName(tr("Test connection"));
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    auto *testRow = new QWidget;
    auto *testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_testSubscription, 1);
    testLayout->addWidget(m_test);

    m_nameMarker = FieldMarker(m_name);
    m_urlMarker = FieldMarker(m_baseUrl);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Name:"), m_name), m_nameMarker.container());
    form->addRow(buddyLabel(tr("&Server:"), m_kind), m_kind);
    form->addRow(buddyLabel(tr("Base &URL:"), m_baseUrl), m_urlMarker.container());
    form->addRow(tr("Environment:"), m_environment);
    form->addRow(buddyLabel(tr("&Organizations:"), m_organizations), m_organizations);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_confirmStops);
    form->addRow(buddyLabel(tr("Un&do window:"), m_undoSeconds), m_undoSeconds);
    form->addRow(buddyLabel(tr("Re&quests at once:"), m_requestsInFlight), m_requestsInFlight);
    form->addRow(buddyLabel(tr("Access &token:"), m_token), m_token);
    form->addRow(QString(), m_tokenStatus);
    form->addRow(buddyLabel(tr("Test &with:"), m_testSubscription), testRow);
    form->addRow(QString(), m_testResult);

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_save, &QPushButton::clicked, this, &ProfileDialog::onSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileDialog::onKindChanged);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ProfileDialog::updateEnvironment);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_baseUrl);
    setTabOrder(m_baseUrl, m_organizations);
    setTabOrder(m_organizations, m_readOnly);
    setTabOrder(m_readOnly, m_confirmStops);
    setTabOrder(m_confirmStops, m_undoSeconds);
    setTabOrder(m_undoSeconds, m_requestsInFlight);
    setTabOrder(m_requestsInFlight, m_token);
    setTabOrder(m_token, m_testSubscription);
    setTabOrder(m_testSubscription, m_test);
    onKindChanged();
    PaletteColors::follow(this, [this] { applyLabelColours(); });
    resize(600, sizeHint().height());
}

void ProfileDialog::applyLabelColours()
{
    const QPalette palette = PaletteColors::inheritedPalette(m_environment);
    const QColor normal = palette.color(QPalette::Active, QPalette::WindowText);
    const bool warning = m_environment->property("warning").toBool();
    PaletteColors::setTextColour(m_environment, warning ? PaletteColors::errorText(palette) : normal);
    QFont font = m_environment->font();
    font.setBold(warning);
    m_environment->setFont(font);
    PaletteColors::setTextColour(m_tokenStatus, m_tokenStatus->property("warning").toBool()
                                                    ? PaletteColors::errorText(palette)
                                                    : normal);
    const QString outcome = m_testResult->property("outcome").toString();
    PaletteColors::setTextColour(m_testResult, outcome == QLatin1String("ok")       ? PaletteColors::successText(palette)
                                               : outcome == QLatin1String("failed") ? PaletteColors::errorText(palette)
                                                                                    : normal);
}

void ProfileDialog::onKindChanged()
{
    const auto kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    switch (kind) {
    case ConnectionProfile::Kind::Demo:
        m_baseUrl->clear();
        m_baseUrl->setPlaceholderText(tr("The built-in emulator"));
        break;
    case ConnectionProfile::Kind::Sandbox:
        m_baseUrl->setText(ConnectionProfile::sandboxUrl().toString());
        break;
    case ConnectionProfile::Kind::Production:
        m_baseUrl->setText(ConnectionProfile::productionUrl().toString());
        break;
    case ConnectionProfile::Kind::Custom:
        if (m_baseUrl->text().isEmpty() && m_original.kind == ConnectionProfile::Kind::Custom)
            m_baseUrl->setText(m_original.baseUrl.toString());
        break;
    }
    m_baseUrl->setReadOnly(kind != ConnectionProfile::Kind::Custom);
    m_baseUrl->setEnabled(kind != ConnectionProfile::Kind::Demo);
    m_token->setEnabled(kind != ConnectionProfile::Kind::Demo);
    updateEnvironment();
}

void ProfileDialog::updateEnvironment()
{
    const ConnectionProfile edited = profile();
    const ConnectionProfile::Environment environment = edited.environment();
    QString text = ConnectionProfile::environmentName(environment);
    if (environment == ConnectionProfile::Environment::Production) {
        text = tr("Production: opens read-only; starting or stopping sessions needs an explicit "
                  "unlock each time the app runs. Stops are always confirmed.");
    }
    m_environment->setProperty("warning", environment == ConnectionProfile::Environment::Production);
    applyLabelColours();
    m_environment->setText(text);
    m_environment->setAccessibleName(text);
    // Production always confirms stops: the choice is not offered.
    const bool production = environment == ConnectionProfile::Environment::Production;
    m_confirmStops->setEnabled(!production);
    if (production)
        m_confirmStops->setChecked(true);
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    profile.baseUrl = profile.kind == ConnectionProfile::Kind::Demo
        ? QUrl()
        : QUrl::fromUserInput(m_baseUrl->text().trimmed());
    profile.organizations.clear();
    const QStringList lines = m_organizations->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString organization = line.trimmed();
        if (!organization.isEmpty() && !profile.organizations.contains(organization))
            profile.organizations.append(organization);
    }
    profile.readOnly = m_readOnly->isChecked();
    profile.confirmStops = m_confirmStops->isChecked();
    profile.undoSeconds = m_undoSeconds->value();
    profile.requestsInFlight = m_requestsInFlight->value();
    return profile;
}

bool ProfileDialog::savesNewToken() const
{
    return profile().kind != ConnectionProfile::Kind::Demo && !m_token->text().trimmed().isEmpty();
}

bool ProfileDialog::validateAndMark()
{
    const ConnectionProfile edited = profile();
    m_nameMarker.setMessages(edited.name.isEmpty() ? QStringList{tr("Enter a name for this connection.")}
                                                   : QStringList{});
    QStringList urlProblems;
    if (edited.kind != ConnectionProfile::Kind::Demo) {
        const QString scheme = edited.baseUrl.scheme();
        if (!edited.baseUrl.isValid() || edited.baseUrl.host().isEmpty()
            || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            urlProblems.append(tr("Enter the server’s base URL, e.g. https://app-sandbox.billforward.net/v1."));
        else if (!edited.baseUrl.userInfo().isEmpty() || edited.baseUrl.hasQuery())
            urlProblems.append(tr("Leave credentials out of the URL: enter the token in its own field."));
    }
    m_urlMarker.setMessages(urlProblems);
    return !m_nameMarker.isMarked() && !m_urlMarker.isMarked();
}

void ProfileDialog::onSave()
{
    if (!validateAndMark())
        return;
    const QByteArray token = m_token->text().trimmed().toUtf8();
    const ConnectionProfile edited = profile();
    const bool needsToken = edited.kind != ConnectionProfile::Kind::Demo;
    // A token belongs to its server: one stored for the old origin must not
    // stay with the profile (the vault would not hand it out anyway).
    if (m_vault && !m_original.baseUrl.isEmpty()
        && (!needsToken || !ServerOrigin::same(m_original.baseUrl, edited.baseUrl)) && token.isEmpty())
        m_vault->remove(edited.id, nullptr, {});
    if (token.isEmpty() || !needsToken || !m_vault || token == m_keptOnlyInMemory) {
        accept();
        return;
    }
    m_save->setEnabled(false);
    m_tokenStatus->setText(tr("Saving the token in the system keychain…"));
    m_vault->write(edited.id, edited.baseUrl, token, this,
                   [this, id = edited.id, server = edited.baseUrl, token](const TokenVault::Result &result) {
        m_save->setEnabled(true);
        if (result.status == TokenVault::Status::Ok) {
            accept();
            return;
        }
        // Said at once, in the dialog: the user decides with the reason in view.
        m_keptOnlyInMemory = token;
        emit sessionTokenEntered(id, server, token);
        m_tokenStatus->setText(tr("The token was not stored in the system keychain: %1 It is kept only until "
                                  "the app closes. Press Save again to keep the connection with the token for "
                                  "this session only.")
                                   .arg(result.message));
        m_tokenStatus->setProperty("warning", true);
        m_tokenStatus->setAccessibleName(m_tokenStatus->text());
        applyLabelColours();
        m_token->setFocus(Qt::OtherFocusReason);
    });
}

void ProfileDialog::testConnection()
{
    m_testResult->setText(tr("Testing…"));
    const QByteArray token = m_token->text().trimmed().toUtf8();
    const ConnectionProfile edited = profile();
    if (token.isEmpty() && edited.kind != ConnectionProfile::Kind::Demo && m_vault) {
        // Only a token stored for the edited URL's origin is ever sent to it.
        m_vault->read(edited.id, edited.baseUrl, this, [this](const TokenVault::Result &result) {
            if (result.status == TokenVault::Status::Ok) {
                runTest(result.token);
                return;
            }
            showTestOutcome(false, tr("Not tested: %1 Enter the access token for this server.").arg(result.message));
        });
        return;
    }
    runTest(token);
}

void ProfileDialog::showTestOutcome(bool ok, const QString &text)
{
    m_test->setEnabled(true);
    m_testResult->setText(text);
    m_testResult->setProperty("outcome", ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    applyLabelColours();
    m_testResult->setAccessibleName(text);
    emit testFinished(ok);
}

void ProfileDialog::runTest(const QByteArray &token)
{
    const ConnectionProfile edited = profile();
    const QUrl url = edited.kind == ConnectionProfile::Kind::Demo ? m_demoUrl : edited.baseUrl;
    if (!url.isValid() || url.isEmpty()) {
        m_testResult->setText(tr("No server address to test."));
        emit testFinished(false);
        return;
    }
    if (m_testReply)
        m_testReply->abort();
    m_client->setBaseUrl(url);
    m_client->setAccessToken(token);
    BillForward::ListQuery query;
    query.subscriptionId = m_testSubscription->text().trimmed();
    if (query.subscriptionId.isEmpty())
        query.subscriptionId = QStringLiteral("SUB-CONNECTION-TEST");
    query.organizations = edited.organizations;
    query.records = 1;
    m_test->setEnabled(false);
    BillForward::ApiReply *reply = m_client->list(query);
    m_testReply = reply;
    connect(reply, &BillForward::ApiReply::finished, this, [this, reply] {
        if (reply != m_testReply)
            return;
        const bool ok = reply->isOk();
        showTestOutcome(ok, ok ? tr("Connected: the server answered and accepted the token.")
                               : reply->error().message());
    });
}
