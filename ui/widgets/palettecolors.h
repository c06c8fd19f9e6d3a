#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

#include <functional>

class QWidget;

// Colours the app adds to the system palette (state colours, error and
// success text, chips, the changed-row highlight), derived from the palette
// in use so that a light or a dark desktop theme both read well: text keeps
// a WCAG contrast of at least 4.5:1 against its background. Nothing here
// sets a palette or a style: Qt's platform theme decides light or dark.
namespace PaletteColors {

constexpr double MinimumTextContrast = 4.5;

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
double luminance(const QColor &colour);
double contrast(const QColor &a, const QColor &b);
bool isDark(const QPalette &palette);
// a blended towards b by amount (0 … 1).
QColor mix(const QColor &a, const QColor &b, double amount);
// The preferred hue, made lighter or darker until it reads on every background.
QColor readable(const QColor &preferred, const QList<QColor> &backgrounds, double minimum = MinimumTextContrast);
// Black-ish or white-ish, whichever reads better on a filled background (badges, banners).
QColor textOn(const QColor &background);

// Table cells: backgrounds are the palette's base and alternate base.
QColor activeText(const QPalette &palette);
QColor historicText(const QPalette &palette);
QColor changedRowBackground(const QPalette &palette);
// Labels on a window background.
QColor errorText(const QPalette &palette);
QColor successText(const QPalette &palette);
// An input field holding something invalid: a tint of red over the base, and its text.
QColor invalidFieldBackground(const QPalette &palette);
QColor invalidFieldText(const QPalette &palette);
// Filter chips: a tint of the selection colour on the window.
QColor chipBackground(const QPalette &palette);
QColor chipBorder(const QPalette &palette);
QColor chipText(const QPalette &palette);

// The palette the widget inherits, without colours a style sheet of its own put in.
QPalette inheritedPalette(const QWidget *widget);
// Sets WindowText (and Text) of a label-like widget.
void setTextColour(QWidget *widget, const QColor &colour);
// Sets a style sheet unless it is already the one in place (no re-polish).
void setStyleSheetIfChanged(QWidget *widget, const QString &styleSheet);
// Calls apply now and whenever the widget's or the application's palette
// changes (a switch of the desktop theme arrives this way), while the
// widget lives.
void follow(QWidget *widget, const std::function<void()> &apply);
// The same without the first call.
void onPaletteChange(QWidget *widget, const std::function<void()> &apply);

// What a dark desktop theme hands the app through the platform theme. The
// screenshot tour (USA_SCREENSHOT_PALETTE=dark) and the tests set it
// themselves because a virtual X server has no desktop theme; the app never
// sets a palette of its own.
QPalette darkDesktopExample();

} // namespace PaletteColors
