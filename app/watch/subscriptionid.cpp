#include "watch/subscriptionid.h"

bool SubscriptionId::isValid(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxLength)
        return false;
    for (const QChar c : id) {
        if (c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}
