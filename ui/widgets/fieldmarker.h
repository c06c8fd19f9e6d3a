#pragma once

#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <QLabel>

// A field with a message line under it: invalid input gets a red frame, the
// message, and the message as the field's accessible description.
class FieldMarker final
{
public:
    FieldMarker() = default;
    // Makes the message label; `container` is what goes into the form.
    explicit FieldMarker(QWidget *field);

    QWidget *field() const { return m_field; }
    QWidget *container() const { return m_container; }
    QLabel *messageLabel() const { return m_message; }

    void setMessages(const QStringList &messages);
    void clear() { setMessages({}); }
    bool isMarked() const;

private:
    QPointer<QWidget> m_field;
    QPointer<QWidget> m_container;
    QPointer<QLabel> m_message;
    QString m_normalDescription;
};
