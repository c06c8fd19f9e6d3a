#pragma once

#include "sessions/sessionfilter.h"
#include "sessions/sessionview.h"

#include <QTimer>
#include <QWidget>

class FlowLayout;
class QCheckBox;
class QDateEdit;
class QLineEdit;
class QMenu;
class QToolButton;
class PeriodPicker;

// Everything the user filters by: search as you type (with `field:value`
// terms), state with counts (needs attention included), units and pricing
// components, a start date range, a period (the sessions that ran in it),
// and the active filters as chips that clear one by one; a chip of a term
// not understood says why in its tooltip. The controls wrap onto more rows in a narrow window.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    const SessionFilter &filter() const { return m_filter; }
    // Shows `filter` without emitting filterChanged().
    void setFilter(const SessionFilter &filter);
    void setChoices(const QStringList &uoms, const QStringList &pricingComponents);
    void setCounts(const SessionView::StateCounts &counts);
    // The "Needs attention N" state button's count (SessionBrowser::needsAttentionCount()).
    void setNeedsAttentionCount(int count);
    // Rows the controls take at the bar's width (they wrap when narrow).
    int rowCount() const;
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }
    PeriodPicker *periodPicker() const { return m_period; }
    // The date range in ISO 8601 (yyyy-MM-dd) or the locale's short date, as
    // View > Language > ISO 8601 Dates says; called again when that changes.
    void refreshDateFormat();

    static constexpr int DebounceMs = 250;

signals:
    void filterChanged(const SessionFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearchText();
    void applyState(SessionFilter::StateChoice state);
    void applyChecked(QMenu *menu);
    void applyDates();
    void commit();
    void syncWidgets();
    void rebuildChips();
    QString chipStyleSheet() const;
    static void fillMenu(QMenu *menu, const QStringList &items, const QSet<QString> &checked);

    SessionFilter m_filter;
    FlowLayout *m_controls;
    QLineEdit *m_search;
    QTimer m_debounce;
    QToolButton *m_stateAll;
    QToolButton *m_stateActive;
    QToolButton *m_stateHistoric;
    QToolButton *m_stateAttention;
    QToolButton *m_uomButton;
    QToolButton *m_pcButton;
    QMenu *m_uomMenu;
    QMenu *m_pcMenu;
    QCheckBox *m_dateEnabled;
    QDateEdit *m_from;
    QDateEdit *m_to;
    PeriodPicker *m_period = nullptr;
    QWidget *m_chipArea;
    FlowLayout *m_chipLayout;
    QStringList m_uomChoices;
    QStringList m_pcChoices;
};
