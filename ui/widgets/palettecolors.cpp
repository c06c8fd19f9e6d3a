#include "ui/widgets/palettecolors.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double worstContrast(const QColor &colour, const QList<QColor> &backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, PaletteColors::contrast(colour, background));
    return worst;
}

QList<QColor> cellBackgrounds(const QPalette &palette)
{
    return {palette.color(QPalette::Active, QPalette::Base), palette.color(QPalette::Active, QPalette::AlternateBase)};
}

// The hues the app has always used on a light theme.
const QColor Green(0x1b, 0x7f, 0x3b);
const QColor Grey(0x5f, 0x63, 0x68);
const QColor Red(0xb0, 0x00, 0x20);
const QColor Amber(0xff, 0xd5, 0x4f);

// Re-applies colours on a palette change; the flag stops the change our own
// setPalette() sends from coming back round.
class PaletteFollower final : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> apply) : QObject(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
            && !m_applying) {
            m_applying = true;
            m_apply();
            m_applying = false;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_apply;
    bool m_applying = false;
};

} // namespace

namespace PaletteColors {

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Active, QPalette::Window)) < 0.18;
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    auto blend = [amount](double p, double q) { return p + (q - p) * amount; };
    return QColor::fromRgbF(float(blend(x.redF(), y.redF())), float(blend(x.greenF(), y.greenF())),
                            float(blend(x.blueF(), y.blueF())));
}

QColor readable(const QColor &preferred, const QList<QColor> &backgrounds, double minimum)
{
    if (worstContrast(preferred, backgrounds) >= minimum)
        return preferred;
    // Move towards white on dark backgrounds and towards black on light ones,
    // in small steps, so the hue stays recognisable.
    double average = 0;
    for (const QColor &background : backgrounds)
        average += luminance(background);
    average /= std::max<qsizetype>(1, backgrounds.size());
    const QColor target = average < 0.18 ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(preferred, target, step / 20.0);
        if (worstContrast(candidate, backgrounds) >= minimum)
            return candidate;
    }
    return target;
}

QColor textOn(const QColor &background)
{
    const QColor light(0xff, 0xff, 0xff);
    const QColor dark(0x1a, 0x1a, 0x1a);
    return contrast(light, background) >= contrast(dark, background) ? light : dark;
}

QColor activeText(const QPalette &palette)
{
    return readable(Green, cellBackgrounds(palette) << changedRowBackground(palette));
}

QColor historicText(const QPalette &palette)
{
    // Muted, but never below the contrast text needs.
    const QColor muted = mix(palette.color(QPalette::Active, QPalette::Text),
                             palette.color(QPalette::Active, QPalette::Base), 0.3);
    return readable(isDark(palette) ? muted : Grey, cellBackgrounds(palette) << changedRowBackground(palette));
}

QColor changedRowBackground(const QPalette &palette)
{
    // A tint of amber over the base, strong enough to see, weak enough that
    // the palette's own text keeps its contrast.
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    for (double amount = isDark(palette) ? 0.30 : 0.55; amount > 0.05; amount -= 0.05) {
        const QColor tint = mix(base, Amber, amount);
        if (contrast(text, tint) >= MinimumTextContrast)
            return tint;
    }
    return mix(base, Amber, 0.05);
}

QColor errorText(const QPalette &palette)
{
    return readable(isDark(palette) ? QColor(0xff, 0x8a, 0x80) : Red,
                    {palette.color(QPalette::Active, QPalette::Window)});
}

QColor successText(const QPalette &palette)
{
    return readable(isDark(palette) ? QColor(0x81, 0xc7, 0x84) : Green,
                    {palette.color(QPalette::Active, QPalette::Window)});
}

QColor invalidFieldBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Active, QPalette::Base), Red, isDark(palette) ? 0.35 : 0.10);
}

QColor invalidFieldText(const QPalette &palette)
{
    return readable(isDark(palette) ? QColor(0xff, 0xcd, 0xd2) : QColor(0x8a, 0x10, 0x10),
                    {invalidFieldBackground(palette)});
}

QColor chipBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Active, QPalette::Window),
               palette.color(QPalette::Active, QPalette::Highlight), isDark(palette) ? 0.30 : 0.15);
}

QColor chipBorder(const QPalette &palette)
{
    return mix(palette.color(QPalette::Active, QPalette::Window),
               palette.color(QPalette::Active, QPalette::Highlight), 0.7);
}

QColor chipText(const QPalette &palette)
{
    return readable(palette.color(QPalette::Active, QPalette::WindowText), {chipBackground(palette)});
}

QPalette inheritedPalette(const QWidget *widget)
{
    if (widget && widget->parentWidget())
        return widget->parentWidget()->palette();
    return widget ? QApplication::palette(widget) : QApplication::palette();
}

void setTextColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

} // namespace PaletteColors

namespace PaletteColors {

void setStyleSheetIfChanged(QWidget *widget, const QString &styleSheet)
{
    if (widget->styleSheet() != styleSheet)
        widget->setStyleSheet(styleSheet);
}

void follow(QWidget *widget, const std::function<void()> &apply)
{
    onPaletteChange(widget, apply);
    apply();
}

void onPaletteChange(QWidget *widget, const std::function<void()> &apply)
{
    new PaletteFollower(widget, apply);
}

QPalette darkDesktopExample()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace PaletteColors
