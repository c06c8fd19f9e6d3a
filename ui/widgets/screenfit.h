#pragma once

#include <QObject>
#include <QRect>

class QWidget;

// Keeps a window within its screen's available area: the default size, or
// a geometry saved on a bigger screen (or in a wider language), must not
// open it past the screen's edges. Fits at once and again when the window
// is first shown (when its frame is known).
class ScreenFit final : public QObject
{
    Q_OBJECT

public:
    explicit ScreenFit(QWidget *window);

    // The frame rectangle `frame` moved and shrunk into `available`; the
    // window's client area is `frame` less `margins` and never below `minimum`.
    static QRect fitted(const QRect &frame, const QMargins &margins, const QRect &available, const QSize &minimum);
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
