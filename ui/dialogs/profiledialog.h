#pragma once

#include "actions/connectionprofile.h"
#include "ui/widgets/fieldmarker.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class TokenVault;

namespace BillForward {
class ApiClient;
class ApiReply;
}

// Creates or edits a connection profile. The token field (dots) is written to
// the keychain on Save, recorded with the URL's origin. Where the keychain
// fails, the dialog stays open and says why (QtKeychain's reason); the token
// is handed out through sessionTokenEntered() to be kept in memory, and a
// second Save closes. Changing the URL's origin drops the stored token.
// "Test connection" makes one list call (records=1) with what is in the
// form, and never sends a stored token to another origin than its own.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(const ConnectionProfile &profile, TokenVault *vault, QWidget *parent = nullptr);

    // The embedded emulator's URL, for testing a Demo profile.
    void setDemoBaseUrl(const QUrl &url) { m_demoUrl = url; }
    // The profile as edited (valid after Save; the id is kept).
    ConnectionProfile profile() const;
    // Save stored (or kept in memory) a token typed here for the edited server.
    bool savesNewToken() const;

    void testConnection();
    QLabel *testResultLabel() const { return m_testResult; }
    QLineEdit *tokenEdit() const { return m_token; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *testSubscriptionEdit() const { return m_testSubscription; }
    QComboBox *kindCombo() const { return m_kind; }
    QCheckBox *confirmStopsBox() const { return m_confirmStops; }
    QSpinBox *undoSecondsBox() const { return m_undoSeconds; }
    QSpinBox *requestsInFlightBox() const { return m_requestsInFlight; }
    QPushButton *saveButton() const { return m_save; }

signals:
    // The keychain could not store the token: keep it in memory for `server`'s origin.
    void sessionTokenEntered(const QString &profileId, const QUrl &server, const QByteArray &token);
    void testFinished(bool ok);

private:
    // Warning and test-outcome text in colours that read on the palette in use.
    void applyLabelColours();
    void onKindChanged();
    void updateEnvironment();
    bool validateAndMark();
    void onSave();
    void runTest(const QByteArray &token);
    void showTestOutcome(bool ok, const QString &text);

    ConnectionProfile m_original;
    TokenVault *m_vault;
    QUrl m_demoUrl;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_environment = nullptr;
    QPlainTextEdit *m_organizations = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QCheckBox *m_confirmStops = nullptr;
    QSpinBox *m_undoSeconds = nullptr;
    QSpinBox *m_requestsInFlight = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenStatus = nullptr;
    QLineEdit *m_testSubscription = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QPushButton *m_save = nullptr;
    FieldMarker m_nameMarker;
    FieldMarker m_urlMarker;
    BillForward::ApiClient *m_client = nullptr;
    QPointer<BillForward::ApiReply> m_testReply;
    QByteArray m_keptOnlyInMemory; // the keychain refused it; Save again keeps it so

};
