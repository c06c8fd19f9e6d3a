#pragma once

#include <QLabel>

// A one-line label that may be narrower than its text: it then shows the
// start and the end with "…" between, instead of holding the window to
// the text's width (an offline message with its countdown in the status
// bar). text() stays the whole text, for screen readers and tests.
class ElidingLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};
