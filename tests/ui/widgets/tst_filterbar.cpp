#include "ui/dialogs/periodrangedialog.h"
#include "ui/filterbar.h"
#include "ui/widgets/periodpicker.h"
#include "uitestsupport.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <QToolButton>

// The filter bar's period picker and the chips of time terms, over real
// widgets.
class tst_FilterBar : public QObject
{
    Q_OBJECT

private:
    static QList<QToolButton *> chips(const FilterBar &bar)
    {
        QList<QToolButton *> out;
        const auto buttons = bar.findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->property("chip").toBool() && !button->isHidden())
                out << button;
        }
        return out;
    }

    static QToolButton *chipNamed(const FilterBar &bar, const QString &label)
    {
        const QList<QToolButton *> all = chips(bar);
        for (QToolButton *chip : all) {
            if (chip->text().startsWith(label))
                return chip;
        }
        return nullptr;
    }

    static Period lastPicked(const QSignalSpy &spy)
    {
        return spy.constLast().constFirst().value<SessionFilter>().period();
    }

private slots:
    void initTestCase() { UiTest::isolateSettings(m_dir); }

    void pickingAPeriodFiltersAndShowsAChip()
    {
        FilterBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        PeriodPicker *picker = bar.periodPicker();
        QVERIFY(picker);
        QCOMPARE(picker->accessibleName(), QStringLiteral("Filter by period"));
        QCOMPARE(picker->text(), QStringLiteral("Period: any time"));
        QVERIFY(picker->actionFor(Period::Kind::None)->isChecked());
        QSignalSpy changed(&bar, &FilterBar::filterChanged);

        picker->actionFor(Period::Kind::ThisMonth)->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(lastPicked(changed), Period::relative(Period::Kind::ThisMonth));
        QCOMPARE(bar.filter().period(), Period::relative(Period::Kind::ThisMonth));
        QCOMPARE(picker->text(), QStringLiteral("Period: this month"));
        QVERIFY(picker->actionFor(Period::Kind::ThisMonth)->isChecked());
        QToolButton *chip = chipNamed(bar, QStringLiteral("period: this month"));
        QVERIFY(chip);
        QCOMPARE(chip->accessibleName(), QStringLiteral("Remove filter period: this month"));

        // The chip clears it, and the picker follows.
        chip->click();
        QCOMPARE(changed.size(), 2);
        QVERIFY(lastPicked(changed).isNull());
        QCOMPARE(picker->text(), QStringLiteral("Period: any time"));
        QVERIFY(picker->actionFor(Period::Kind::None)->isChecked());
        QTRY_VERIFY(!chipNamed(bar, QStringLiteral("period:")));

        picker->actionFor(Period::Kind::LastMonth)->trigger();
        picker->actionFor(Period::Kind::None)->trigger();
        QCOMPARE(changed.size(), 4);
        QVERIFY(lastPicked(changed).isNull());
    }

    void theMenuOffersTheUsualPeriods()
    {
        FilterBar bar;
        PeriodPicker *picker = bar.periodPicker();
        QVERIFY(picker->menu());
        QStringList texts;
        const auto actions = picker->menu()->actions();
        for (const QAction *action : actions) {
            if (!action->isSeparator())
                texts << action->text().remove(QLatin1Char('&'));
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("Any time"), QStringLiteral("Today"), QStringLiteral("This week"),
                                     QStringLiteral("This month"), QStringLiteral("Last month"),
                                     QStringLiteral("This year"), QStringLiteral("A range of dates…")}));
        // Reached by the keyboard: Tab stops on it, and the menu opens from it.
        QVERIFY(picker->focusPolicy() & Qt::TabFocus);
        QCOMPARE(picker->popupMode(), QToolButton::InstantPopup);
    }

    void aRangeOfDatesIsWholeDaysIncluded()
    {
        FilterBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        PeriodPicker *picker = bar.periodPicker();
        picker->actionFor(Period::Kind::Range)->trigger();
        PeriodRangeDialog *dialog = picker->rangeDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(changed.size(), 0); // nothing until OK
        QVERIFY(picker->actionFor(Period::Kind::None)->isChecked());
        QCOMPARE(dialog->firstDayField()->accessibleName(), QStringLiteral("First day"));

        // Backwards: OK stays off and the dialog says why.
        dialog->firstDayField()->setDate(QDate(2026, 11, 30));
        dialog->lastDayField()->setDate(QDate(2026, 11, 1));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->firstDayField()->setDate(QDate(2026, 11, 1));
        dialog->lastDayField()->setDate(QDate(2026, 11, 30));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        buttons->button(QDialogButtonBox::Ok)->click();

        QCOMPARE(changed.size(), 1);
        const Period period = lastPicked(changed);
        QCOMPARE(period, Period::days(QDate(2026, 11, 1), QDate(2026, 11, 30)));
        QCOMPARE(period.text(), QStringLiteral("2026-11-01..2026-12-01")); // the last day included
        QVERIFY(picker->actionFor(Period::Kind::Range)->isChecked());
        QCOMPARE(picker->text(), QStringLiteral("Period: %1").arg(period.label()));
        QVERIFY(chipNamed(bar, QStringLiteral("period: %1").arg(period.label())));
        QTRY_VERIFY(!picker->rangeDialog());

        // Cancel keeps the period in force.
        picker->actionFor(Period::Kind::Range)->trigger();
        QVERIFY(picker->rangeDialog());
        QCOMPARE(picker->rangeDialog()->firstDayField()->date(), QDate(2026, 11, 1));
        QCOMPARE(picker->rangeDialog()->lastDayField()->date(), QDate(2026, 11, 30));
        picker->rangeDialog()->reject();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter().period(), period);
    }

    void setFilterShowsThePeriodWithoutEmitting()
    {
        FilterBar bar;
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        SessionFilter filter;
        filter.setPeriod(Period::relative(Period::Kind::LastMonth));
        bar.setFilter(filter);
        QCOMPARE(bar.periodPicker()->text(), QStringLiteral("Period: last month"));
        QVERIFY(bar.periodPicker()->actionFor(Period::Kind::LastMonth)->isChecked());
        // A kind the menu does not offer is named, and nothing is checked.
        filter.setPeriod(Period::relative(Period::Kind::LastWeek));
        bar.setFilter(filter);
        QCOMPARE(bar.periodPicker()->text(), QStringLiteral("Period: last week"));
        const auto actions = bar.periodPicker()->menu()->actions();
        QVERIFY(std::none_of(actions.cbegin(), actions.cend(), [](const QAction *a) { return a->isChecked(); }));
        bar.setFilter(SessionFilter());
        QCOMPARE(bar.periodPicker()->text(), QStringLiteral("Period: any time"));
        QCOMPARE(changed.size(), 0);
    }

    void aTimeTermNotUnderstoodSaysWhy()
    {
        FilterBar bar;
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        bar.searchField()->setText(QStringLiteral("duration:>eight ended:last-month"));
        QVERIFY(changed.wait());
        QToolButton *bad = chipNamed(bar, QStringLiteral("duration: >eight (not understood)"));
        QVERIFY(bad);
        QVERIFY2(bad->toolTip().contains(QStringLiteral("eight")), qPrintable(bad->toolTip()));
        QVERIFY(!bad->accessibleDescription().isEmpty());
        QToolButton *good = chipNamed(bar, QStringLiteral("ended: last-month  ×"));
        QVERIFY(good);
        QCOMPARE(good->toolTip(), QStringLiteral("Remove this filter"));
        bad->click();
        QCOMPARE(bar.searchField()->text(), QStringLiteral("ended:last-month"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_FilterBar)
#include "tst_filterbar.moc"
