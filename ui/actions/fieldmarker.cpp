#include "fieldmarker.h"

#include <QLabel>
#include <QVBoxLayout>

FieldMarker::FieldMarker(QWidget *field) : m_field(field)
{
    m_container = new QWidget;
    auto *layout = new QVBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    m_normalDescription = field->accessibleDescription();
}

void FieldMarker::setMessages(const QStringList &messages)
{
    if (!m_field)
        return;
    const bool marked = !messages.isEmpty();
    const QString text = messages.join(QLatin1Char('\n'));
    m_message->setText(text);
    m_message->setVisible(marked);
    m_message->setAccessibleName(text);
    m_field->setProperty("invalid", marked);
    // Object-name selector: the frame must not leak into child widgets.
    if (m_field->objectName().isEmpty())
        m_field->setObjectName(QStringLiteral("markedField"));
    m_field->setStyleSheet(marked ? QStringLiteral("#%1 { border: 2px solid #b00020; }").arg(m_field->objectName())
                                  : QString());
    m_field->setAccessibleDescription(marked ? text : m_normalDescription);
}

bool FieldMarker::isMarked() const
{
    return m_message && !m_message->text().isEmpty();
}
