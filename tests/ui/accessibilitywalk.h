#pragma once

// What a keyboard user and a screen reader get from a window, checked the
// same way for the main window and every dialog.
//
// The rule for names and descriptions (what assistive technology reads, so
// through QAccessible: an explicit accessibleName, else a button's text or a
// field's buddy label; a description, else the tool tip):
// - every interactive widget has a name;
// - a control the user types into, picks from or reads data from (line and
//   text edits, combo and spin boxes, date/time edits, lists, tables, text
//   views) also has a description saying what it takes or holds (format,
//   unit, effect), since a name like "Start time" does not say that;
// - a button or check box that shows no text of its own (icon only) needs a
//   description too; one whose name is its visible label does not.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollBar>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QWidget>

namespace UiTest {

inline bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget) || qobject_cast<const QPlainTextEdit *>(widget)
        || qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QLineEdit *>(widget);
}

// A widget named and described by its owner: the line edit inside a combo or
// spin box, a line edit's clear button, the scroll bars and header of a view.
inline bool isPartOfAnotherControl(const QWidget *widget, const QWidget *root)
{
    if (qobject_cast<const QScrollBar *>(widget))
        return true;
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QAbstractItemView *>(parent) || qobject_cast<const QPlainTextEdit *>(parent)
            || qobject_cast<const QLineEdit *>(parent)
            || qobject_cast<const QTextEdit *>(parent))
            return true;
    }
    return false;
}

inline bool needsDescription(const QWidget *widget)
{
    if (const auto *tool = qobject_cast<const QToolButton *>(widget)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            return true;
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text().isEmpty();
    return !qobject_cast<const QAbstractSlider *>(widget);
}

inline QString describe(const QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
    QString name = widget->accessibleName();
    if (name.isEmpty() && accessible)
        name = accessible->text(QAccessible::Name);
    return QStringLiteral("%1 '%2' (%3)").arg(QString::fromLatin1(widget->metaObject()->className()), name,
                                              widget->objectName());
}

// Interactive widgets under root that lack a name, or a description where the rule asks for one.
inline QStringList accessibilityGaps(QWidget *root)
{
    QStringList gaps;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!isInteractive(widget) || !widget->isVisibleTo(root) || isPartOfAnotherControl(widget, root))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        // On Linux a combo box reports its value as the name: take the explicit name first.
        QString name = widget->accessibleName().trimmed();
        if (name.isEmpty() && accessible)
            name = accessible->text(QAccessible::Name).trimmed();
        const QString description = accessible ? accessible->text(QAccessible::Description).trimmed() : QString();
        if (name.isEmpty())
            gaps << QStringLiteral("no name: %1").arg(describe(widget));
        else if (description.isEmpty() && needsDescription(widget))
            gaps << QStringLiteral("no description: %1").arg(describe(widget));
    }
    return gaps;
}

// The control a focus lands on, as the user sees it (a combo box rather than its line edit).
inline QWidget *focusedControl(QWidget *widget, const QWidget *root)
{
    for (QWidget *parent = widget ? widget->parentWidget() : nullptr; parent && parent != root;
         parent = parent->parentWidget()) {
        if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))
            return parent;
    }
    return widget;
}

// Radio buttons of one group take one Tab stop (Qt's rule); arrows move among them.
inline QList<QAbstractButton *> tabGroupOf(QAbstractButton *button)
{
    if (button->group() && button->group()->exclusive())
        return button->group()->buttons();
    if (button->autoExclusive() && button->parentWidget()) {
        QList<QAbstractButton *> siblings;
        const auto children = button->parentWidget()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
        for (QAbstractButton *sibling : children) {
            if (sibling->autoExclusive() && !sibling->group())
                siblings << sibling;
        }
        return siblings;
    }
    return {button};
}

inline QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> expected;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if ((widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || !widget->isVisibleTo(root)
            || !widget->isEnabled() || widget->focusProxy() || focusedControl(widget, root) != widget
            || widget->window() != root)
            continue;
        expected << widget;
    }
    return expected;
}

// Presses Tab from the focus widget until the focus comes back to where it
// started; returns the controls it passed, or an empty list with *error set.
inline QList<QWidget *> tabRound(QWidget *root, QString *error)
{
    QWidget *start = focusedControl(QApplication::focusWidget(), root);
    if (!start || start->window() != root) {
        *error = QStringLiteral("nothing in the window has the focus");
        return {};
    }
    QList<QWidget *> reached{start};
    for (int step = 0; step < 300; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = focusedControl(QApplication::focusWidget(), root);
        if (!now || now->window() != root) {
            *error = QStringLiteral("Tab left the window after %1").arg(describe(reached.constLast()));
            return {};
        }
        if (now == start)
            return reached;
        // Tab walks the sections of a date/time edit before it leaves the field.
        if (now == reached.constLast() && qobject_cast<QDateTimeEdit *>(now))
            continue;
        if (reached.contains(now)) {
            *error = QStringLiteral("Tab went round without returning to the start: %1 twice").arg(describe(now));
            return {};
        }
        reached << now;
    }
    *error = QStringLiteral("Tab never came back");
    return {};
}

// Tab stops the round did not reach.
inline QStringList unreached(const QList<QWidget *> &expected, const QList<QWidget *> &reached)
{
    QStringList missing;
    for (QWidget *widget : expected) {
        bool ok = reached.contains(widget);
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            const auto group = tabGroupOf(button);
            for (QAbstractButton *member : group)
                ok = ok || reached.contains(member);
        }
        if (!ok)
            missing << describe(widget);
    }
    return missing;
}

} // namespace UiTest
