#pragma once

#include "sessions/sessionview.h"

#include <QHeaderView>

// The sessions table's header: every column of the sort shows its arrow,
// numbered when there is more than one ("Unit ↑¹", "Start ↓²"), and hovering
// anywhere over it tells the whole order ("Sorted by Unit ↑, then Start ↓")
// beneath the column's own tooltip. QHeaderView alone marks one column and
// lets the column's tooltip hide the header's.
class SessionHeaderView final : public QHeaderView
{
    Q_OBJECT

public:
    explicit SessionHeaderView(QWidget *parent = nullptr);

    void setSortKeys(const QList<SessionView::SortKey> &keys);
    // "Sorted by Unit ↑, then Start ↓. Click a column …"
    QString sortDescription() const { return m_description; }

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;

private:
    QList<SessionView::SortKey> m_keys;
    QString m_description;
};
