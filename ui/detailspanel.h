#pragma once

#include "sessions/followedrow.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class SessionBrowser;

// Every field of the current session, copyable, its JSON, and the other
// incarnations of the same logical session with their total duration.
class DetailsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(const SessionBrowser *browser, QWidget *parent = nullptr);

    void showStoreRow(int storeRow); // -1: nothing
    int storeRow() const;
    // Re-reads the shown session (after a refresh or a tick), found again
    // by its key: a reload or a removal moves rows, and another
    // subscription's store reuses their numbers.
    void reload();
    QString json() const;
    QString lineageText() const;
    // Why the session needs attention (the radar's sentence); empty when it
    // needs none.
    QString attentionText() const;

private:
    const SessionBrowser *m_browser;
    FollowedRow m_shown;
    QLabel *m_placeholder;
    QWidget *m_content;
    QLabel *m_attention;
    QList<QLineEdit *> m_fields;
    QLabel *m_lineage;
    QPlainTextEdit *m_json;
    QPushButton *m_copyJson;
};
