#pragma once

// Captures every qDebug/qInfo/qWarning/qCritical of the test process, so a
// test can grep all of it for the access token.

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>
#include <QtGlobal>

namespace FaultTest {

class LogCapture
{
public:
    static void install()
    {
        s_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    static QStringList lines()
    {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }
    static bool contains(const QByteArray &needle)
    {
        const QString text = QString::fromUtf8(needle);
        QMutexLocker lock(&s_mutex);
        for (const QString &line : std::as_const(s_lines)) {
            if (line.contains(text))
                return true;
        }
        return false;
    }
    static int size()
    {
        QMutexLocker lock(&s_mutex);
        return int(s_lines.size());
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&s_mutex);
            s_lines.append(message);
        }
        if (s_previous)
            s_previous(type, context, message);
    }

    static inline QtMessageHandler s_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

} // namespace FaultTest
