#pragma once

#include <QDir>
#include <QPixmap>
#include <QWidget>

// Renders a widget; saves it to $USA_SCREENSHOT_DIR/<name> when that is set
// (the docs/screenshots images are made this way).
inline bool grabScreenshot(QWidget *widget, const QString &name)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull())
        return false;
    const QString dir = qEnvironmentVariable("USA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return pixmap.save(QDir(dir).filePath(name));
}
