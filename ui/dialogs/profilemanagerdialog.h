#pragma once

#include "actions/connectionprofile.h"

#include <QDialog>
#include <QUrl>

class ProfileStore;
class QListWidget;
class QPushButton;
class TokenVault;

// The saved connections: list, new, edit, delete, connect. Editing goes
// through ProfileDialog; the window reconnects when told to. Deleting a
// connection deletes what the settings keep for it (ProfileStore::remove)
// and its token from the keychain; the action journal keeps its entries.
class ProfileManagerDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileManagerDialog(ProfileStore *store, TokenVault *vault, const QString &connectedId,
                         QWidget *parent = nullptr);

    void setDemoBaseUrl(const QUrl &url) { m_demoUrl = url; }
    QListWidget *list() const { return m_list; }
    QPushButton *deleteButton() const { return m_delete; }
    QString selectedId() const;

signals:
    void connectRequested(const QString &profileId);
    // Saved through the dialog: the window reconnects if it is the one in use.
    void profileSaved(const ConnectionProfile &profile);
    void sessionTokenEntered(const QString &profileId, const QUrl &server, const QByteArray &token);
    // Deleted, with its keychain entry: the window forgets its token in memory too.
    void profileDeleted(const QString &profileId);

private:
    void reload(const QString &selectId);
    void edit(const ConnectionProfile &profile);
    void updateButtons();

    ProfileStore *m_store;
    TokenVault *m_vault;
    QString m_connectedId;
    QUrl m_demoUrl;
    QListWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_connect = nullptr;
};
