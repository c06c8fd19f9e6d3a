#pragma once

#include <QLayout>
#include <QList>

// Lays its items out left to right and starts a new row when the next one
// does not fit, so a bar of controls stays whole in a narrow window instead
// of squeezing or overlapping them. On each row the items whose horizontal
// size policy can expand share what is left, so at full width the bar looks
// like a plain row (a stretching search field, the rest at their size).
// Its minimum width is its widest item's; its height follows its width
// (heightForWidth), so put it in a box layout, which asks for that.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    // How many rows the items took at the last setGeometry() (1 when all fit).
    int rowCount() const { return m_rows; }

private:
    // Places the items in `rect` (or only measures when `apply` is false);
    // returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem *> m_items;
    mutable int m_rows = 0; // set by arrange(), a const helper
};
