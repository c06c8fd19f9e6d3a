#include "ui/widgets/fieldmarker.h"

#include "ui/widgets/palettecolors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace {

void applyBorder(QWidget *field)
{
    if (!field)
        return;
    const bool marked = field->property("invalid").toBool();
    const QColor colour = PaletteColors::errorText(PaletteColors::inheritedPalette(field));
    // Object-name selector: the frame must not leak into child widgets.
    PaletteColors::setStyleSheetIfChanged(
        field, marked ? QStringLiteral("#%1 { border: 2px solid %2; }").arg(field->objectName(), colour.name())
                      : QString());
}

} // namespace

FieldMarker::FieldMarker(QWidget *field) : m_field(field)
{
    m_container = new QWidget;
    auto *layout = new QVBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    layout->addWidget(m_message);
    QLabel *message = m_message;
    PaletteColors::follow(m_message, [message] {
        PaletteColors::setTextColour(message, PaletteColors::errorText(PaletteColors::inheritedPalette(message)));
    });
    m_normalDescription = field->accessibleDescription();
    QPointer<QWidget> marked = field;
    PaletteColors::follow(m_container, [marked] { applyBorder(marked); });
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
    if (m_field->objectName().isEmpty())
        m_field->setObjectName(QStringLiteral("markedField"));
    applyBorder(m_field);
    m_field->setAccessibleDescription(marked ? text : m_normalDescription);
}

bool FieldMarker::isMarked() const
{
    return m_message && !m_message->text().isEmpty();
}
