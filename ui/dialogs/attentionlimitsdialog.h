#pragma once

#include "radar/attentionlimits.h"

#include <QDialog>

struct ConnectionProfile;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class SessionBrowser;

// "Attention limits…": how long a session of this connection may run
// before the radar flags it. The default in a field, the limits per unit
// and per pricing component one a line in the limits' text form
// ("minutes: 8 h", "pc:Call minutes: 2 h"). Checked as the user types:
// OK stays off while a line is wrong, and the message says which and why.
class AttentionLimitsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `units` and `components`: what the loaded sessions use, named as hints.
    AttentionLimitsDialog(const AttentionLimits &limits, const QString &connectionName, const QStringList &units,
                          const QStringList &components, QWidget *parent = nullptr);

    // The limits as typed; the ones given when the text is wrong.
    AttentionLimits limits() const { return m_limits; }
    bool isValid() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    QLineEdit *defaultField() const { return m_default; }
    QPlainTextEdit *limitsField() const { return m_perName; }

    // Opens the dialog for the connection `profile`; on OK stores its
    // limits (AttentionLimitsStore) and gives them to `browser`.
    static AttentionLimitsDialog *edit(const ConnectionProfile &profile, SessionBrowser *browser, QWidget *parent);

private:
    void check();

    AttentionLimits m_limits;
    QString m_error;
    QLineEdit *m_default = nullptr;
    QPlainTextEdit *m_perName = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
