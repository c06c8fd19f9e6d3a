#include "ui/dialogs/profilemanagerdialog.h"

#include "ui/dialogs/profiledialog.h"

#include "actions/profilestore.h"
#include "secrets/tokenvault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, TokenVault *vault, const QString &connectedId,
                                           QWidget *parent)
    : QDialog(parent), m_store(store), m_vault(vault), m_connectedId(connectedId)
{
    setWindowTitle(tr("Connections"));
    setAccessibleName(windowTitle());
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setAccessibleDescription(tr("Choose a connection, then connect to it, edit or delete it."));
    auto *label = new QLabel(tr("&Saved connections:"));
    label->setBuddy(m_list);

    auto make = [](const QString &text, const QString &name, const char *objectName) {
        auto *button = new QPushButton(text);
        button->setAccessibleName(name);
        button->setObjectName(QLatin1String(objectName));
        return button;
    };
    m_new = make(tr("&New…"), tr("New connection"), "newButton");
    m_edit = make(tr("&Edit…"), tr("Edit connection"), "editButton");
    m_delete = make(tr("&Delete"), tr("Delete connection"), "deleteButton");
    m_connect = make(tr("&Connect"), tr("Connect"), "connectButton");
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_connect, m_new, m_edit, m_delete})
        side->addWidget(button);
    side->addStretch(1);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_connect->click(); });
    connect(m_new, &QPushButton::clicked, this, [this] {
        ConnectionProfile profile = ConnectionProfile::sandbox();
        profile.name.clear();
        edit(profile);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            edit(m_store->profile(selectedId()));
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (id.isEmpty() || id == m_connectedId)
            return;
        const QString name = m_store->profile(id).name;
        const auto answer = QMessageBox::question(this, tr("Delete connection"),
                                                  tr("Delete the connection “%1”?").arg(name),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        m_store->remove(id);
        // The token goes with its connection, not left behind under an id nobody uses.
        if (m_vault)
            m_vault->remove(id, nullptr, {});
        emit profileDeleted(id);
        reload(QString());
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (id.isEmpty())
            return;
        emit connectRequested(id);
        accept();
    });
    reload(connectedId);
    resize(520, 320);
}

QString ProfileManagerDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileManagerDialog::reload(const QString &selectId)
{
    m_list->clear();
    const QList<ConnectionProfile> profiles = m_store->profiles();
    for (const ConnectionProfile &profile : profiles) {
        QString text = tr("%1 — %2").arg(profile.name,
                                         ConnectionProfile::environmentName(profile.environment()));
        if (profile.readOnly)
            text += tr(" (read-only)");
        if (profile.id == m_connectedId)
            text += tr(" — connected");
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == selectId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfileManagerDialog::edit(const ConnectionProfile &profile)
{
    auto *dialog = new ProfileDialog(profile, m_vault, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDemoBaseUrl(m_demoUrl);
    connect(dialog, &ProfileDialog::sessionTokenEntered, this, &ProfileManagerDialog::sessionTokenEntered);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = m_store->save(dialog->profile());
        emit profileSaved(m_store->profile(id));
        reload(id);
    });
    dialog->open();
}

void ProfileManagerDialog::updateButtons()
{
    const QString id = selectedId();
    m_edit->setEnabled(!id.isEmpty());
    m_connect->setEnabled(!id.isEmpty());
    // The connection in use cannot be deleted from under the window.
    m_delete->setEnabled(!id.isEmpty() && id != m_connectedId);
    m_delete->setToolTip(id == m_connectedId ? tr("Connect to another connection first") : QString());
}
