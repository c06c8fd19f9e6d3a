#include "ui/dialogs/profilemanagerdialog.h"

#include "actions/profilestore.h"
#include "radar/attentionlimitsstore.h"
#include "views/savedviewstore.h"
#include "watch/watchlist.h"

#include <QApplication>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The Connections dialog, the way a user deletes a connection: what the
// settings keep for it goes with it; the others' stays.
class tst_ProfileManagerDialog : public QObject
{
    Q_OBJECT

private slots:
    void deleteButtonDeletesTheConnectionsSettings();

private:
    static void keepSettingsOf(QSettings &settings, const QString &profileId, const QString &tag);
    static QStringList keysOf(const QSettings &settings, const QString &profileId);
    static void selectRowOf(ProfileManagerDialog &dialog, const QString &profileId);

    QTemporaryDir m_dir;
};

void tst_ProfileManagerDialog::keepSettingsOf(QSettings &settings, const QString &profileId, const QString &tag)
{
    SavedViewList views;
    SavedView view;
    view.name = tag + QStringLiteral(" view");
    views.put(view);
    views.setDefaultName(view.name);
    SavedViewStore::save(settings, profileId, views);
    AttentionLimits limits;
    limits.defaultMs = 3LL * 60 * 60 * 1000;
    AttentionLimitsStore::save(settings, profileId, limits);
    WatchList watch(&settings);
    watch.setProfileId(profileId);
    watch.add({QStringLiteral("SUB-%1").arg(tag)});
    settings.sync();
}

QStringList tst_ProfileManagerDialog::keysOf(const QSettings &settings, const QString &profileId)
{
    return settings.allKeys().filter(profileId);
}

void tst_ProfileManagerDialog::selectRowOf(ProfileManagerDialog &dialog, const QString &profileId)
{
    for (int row = 0; row < dialog.list()->count(); ++row) {
        if (dialog.list()->item(row)->data(Qt::UserRole).toString() == profileId)
            dialog.list()->setCurrentRow(row);
    }
}

void tst_ProfileManagerDialog::deleteButtonDeletesTheConnectionsSettings()
{
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    const QString connected = store.currentId(); // the Demo, in use
    const QString doomed = store.save(ConnectionProfile::sandbox());
    keepSettingsOf(settings, connected, QStringLiteral("Demo"));
    keepSettingsOf(settings, doomed, QStringLiteral("Sandbox"));
    const QStringList connectedKeys = keysOf(settings, connected);
    QVERIFY(!keysOf(settings, doomed).isEmpty());

    ProfileManagerDialog dialog(&store, nullptr, connected);
    QSignalSpy deleted(&dialog, &ProfileManagerDialog::profileDeleted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // The connection in use cannot be deleted from under the window.
    selectRowOf(dialog, connected);
    QCOMPARE(dialog.selectedId(), connected);
    QVERIFY(!dialog.deleteButton()->isEnabled());

    selectRowOf(dialog, doomed);
    QCOMPARE(dialog.selectedId(), doomed);
    QVERIFY(dialog.deleteButton()->isEnabled());
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        box->button(QMessageBox::Yes)->click();
    });
    dialog.deleteButton()->click();
    QVERIFY(asked);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.constFirst().constFirst().toString(), doomed);
    QVERIFY(!store.contains(doomed));
    QCOMPARE(dialog.list()->count(), 1);

    QSettings onDisk(settings.fileName(), QSettings::IniFormat);
    QCOMPARE(keysOf(onDisk, doomed), QStringList());
    QCOMPARE(keysOf(onDisk, connected), connectedKeys);
    QCOMPARE(SavedViewStore::load(onDisk, connected).defaultName(), QStringLiteral("Demo view"));
}

QTEST_MAIN(tst_ProfileManagerDialog)
#include "tst_profilemanagerdialog.moc"
