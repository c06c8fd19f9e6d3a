#include "ui/dialogs/attentionlimitsdialog.h"

#include "actions/connectionprofile.h"
#include "radar/attentionlimitsstore.h"
#include "radar/durationtext.h"
#include "sessions/sessionbrowser.h"
#include "ui/widgets/palettecolors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The limits per unit and per component, one a line, sorted (the default has a field of its own).
QString perNameText(const AttentionLimits &limits)
{
    QStringList lines;
    QStringList units = limits.perUnit.keys();
    std::sort(units.begin(), units.end());
    for (const QString &unit : std::as_const(units))
        lines << QStringLiteral("%1: %2").arg(unit, DurationText::format(limits.perUnit.value(unit)));
    QStringList components = limits.perPricingComponent.keys();
    std::sort(components.begin(), components.end());
    for (const QString &component : std::as_const(components))
        lines << QStringLiteral("pc:%1: %2").arg(component, DurationText::format(limits.perPricingComponent.value(component)));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

AttentionLimitsDialog::AttentionLimitsDialog(const AttentionLimits &limits, const QString &connectionName,
                                             const QStringList &units, const QStringList &components, QWidget *parent)
    : QDialog(parent)
    , m_limits(limits)
{
    setWindowTitle(tr("Attention limits"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An active session of <b>%1</b> needs attention once it has run longer than its "
                                "limit: its pricing component's, else its unit's, else the default. Durations like "
                                "90m, 8h, 3d or 1d12h.")
                                 .arg(connectionName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_default = new QLineEdit(DurationText::format(limits.defaultMs), this);
    m_default->setAccessibleName(tr("Default limit"));
    form->addRow(tr("&Default limit:"), m_default);
    m_perName = new QPlainTextEdit(perNameText(limits), this);
    m_perName->setAccessibleName(tr("Limits per unit and pricing component"));
    m_perName->setTabChangesFocus(true);
    m_perName->setPlaceholderText(tr("minutes: 8 h\nseats: 31 d\npc:Call minutes: 2 h"));
    form->addRow(tr("Per &unit or component:"), m_perName);
    layout->addLayout(form);

    QString hint = tr("One limit a line: UNIT: DURATION, or pc:PRICING COMPONENT: DURATION (its name or ID).");
    if (!units.isEmpty())
        hint += QLatin1Char('\n') + tr("Units loaded: %1").arg(units.join(QLatin1String(", ")));
    if (!components.isEmpty())
        hint += QLatin1Char('\n') + tr("Pricing components loaded: %1").arg(components.join(QLatin1String(", ")));
    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setWordWrap(true);
    hintLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(hintLabel);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Problem"));
    PaletteColors::follow(m_message, [this] {
        PaletteColors::setTextColour(m_message, PaletteColors::errorText(PaletteColors::inheritedPalette(m_message)));
    });
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                     this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        m_default->setText(DurationText::format(AttentionLimits::DefaultLimitMs));
        m_perName->clear();
    });
    connect(m_default, &QLineEdit::textChanged, this, &AttentionLimitsDialog::check);
    connect(m_perName, &QPlainTextEdit::textChanged, this, &AttentionLimitsDialog::check);
    check();
}

void AttentionLimitsDialog::check()
{
    QString error;
    AttentionLimits parsed;
    const qint64 defaultMs = DurationText::parse(m_default->text(), &error);
    if (defaultMs < 0) {
        error = tr("Default limit: %1").arg(error);
    } else {
        const QStringList lines = m_perName->toPlainText().split(QLatin1Char('\n'));
        const auto namesDefault = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
            return line.trimmed().startsWith(QLatin1String("default"), Qt::CaseInsensitive)
                && line.section(QLatin1Char(':'), 0, 0).trimmed().compare(QLatin1String("default"), Qt::CaseInsensitive) == 0;
        });
        if (namesDefault != lines.cend())
            error = tr("\"%1\": set the default in its own field above.").arg(namesDefault->trimmed());
        else if (AttentionLimits::fromText(m_perName->toPlainText(), &parsed, &error))
            parsed.defaultMs = defaultMs;
    }
    m_error = error;
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    if (error.isEmpty())
        m_limits = parsed;
}

AttentionLimitsDialog *AttentionLimitsDialog::edit(const ConnectionProfile &profile, SessionBrowser *browser,
                                                   QWidget *parent)
{
    const QString profileId = profile.id;
    auto *dialog = new AttentionLimitsDialog(AttentionLimitsStore::load(profile), profile.name, browser->uoms(),
                                             browser->pricingComponents(), parent);
    dialog->setObjectName(QStringLiteral("attentionLimitsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, browser, [dialog, profileId, browser] {
        AttentionLimitsStore::save(profileId, dialog->limits());
        browser->setAttentionLimits(dialog->limits());
    });
    dialog->open();
    return dialog;
}
