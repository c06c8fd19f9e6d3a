#include "views/filterjson.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace {

const QString TextKey = QStringLiteral("text");
const QString StateKey = QStringLiteral("state");
const QString UnitsKey = QStringLiteral("units");
const QString ComponentsKey = QStringLiteral("pricingComponents");
const QString StartedFromKey = QStringLiteral("startedFrom");
const QString StartedToKey = QStringLiteral("startedTo");
const QString PeriodKey = QStringLiteral("period");

constexpr SessionFilter::StateChoice States[] = {SessionFilter::StateChoice::All, SessionFilter::StateChoice::Active,
                                                 SessionFilter::StateChoice::Historic,
                                                 SessionFilter::StateChoice::NeedsAttention};

QJsonArray sortedArray(const QSet<QString> &names)
{
    QStringList list(names.cbegin(), names.cend());
    std::sort(list.begin(), list.end());
    return QJsonArray::fromStringList(list);
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString FilterJson::stateKey(SessionFilter::StateChoice state)
{
    switch (state) {
    case SessionFilter::StateChoice::All: return QStringLiteral("all");
    case SessionFilter::StateChoice::Active: return QStringLiteral("active");
    case SessionFilter::StateChoice::Historic: return QStringLiteral("historic");
    case SessionFilter::StateChoice::NeedsAttention: return QStringLiteral("needsAttention");
    }
    return {};
}

QJsonObject FilterJson::toJson(const SessionFilter &filter)
{
    return QJsonObject{{TextKey, filter.text()},
                       {StateKey, stateKey(filter.state())},
                       {UnitsKey, sortedArray(filter.uoms())},
                       {ComponentsKey, sortedArray(filter.pricingComponents())},
                       {StartedFromKey, dateText(filter.startedFrom())},
                       {StartedToKey, dateText(filter.startedTo())},
                       {PeriodKey, filter.period().text()}};
}

std::optional<SessionFilter> FilterJson::fromJson(const QJsonObject &object, QString *error)
{
    const auto refuse = [error](const QString &message) -> std::optional<SessionFilter> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const auto notText = [](const QString &key) {
        return tr("The filter’s “%1” is not text.").arg(key);
    };

    SessionFilter filter;
    const QJsonValue text = object.value(TextKey);
    if (!text.isUndefined() && !text.isString())
        return refuse(notText(TextKey));
    filter.setText(text.toString());

    const QJsonValue state = object.value(StateKey);
    if (!state.isUndefined()) {
        const auto known = std::find_if(std::begin(States), std::end(States),
                                        [&state](SessionFilter::StateChoice s) { return stateKey(s) == state.toString(); });
        if (!state.isString() || known == std::end(States))
            return refuse(tr("The filter’s state “%1” is not one of all, active, historic, needsAttention.")
                              .arg(state.isString() ? state.toString() : QStringLiteral("?")));
        filter.setState(*known);
    }

    for (const QString &key : {UnitsKey, ComponentsKey}) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isArray())
            return refuse(tr("The filter’s “%1” is not a list of names.").arg(key));
        QSet<QString> names;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &name : array) {
            if (!name.isString() || name.toString().isEmpty())
                return refuse(tr("The filter’s “%1” holds an entry that is not a name.").arg(key));
            names.insert(name.toString());
        }
        if (key == UnitsKey)
            filter.setUoms(names);
        else
            filter.setPricingComponents(names);
    }

    QDate dates[2];
    const QString dateKeys[2] = {StartedFromKey, StartedToKey};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = object.value(dateKeys[i]);
        if (value.isUndefined() || (value.isString() && value.toString().isEmpty()))
            continue;
        dates[i] = QDate::fromString(value.toString(), Qt::ISODate);
        if (!value.isString() || !dates[i].isValid())
            return refuse(tr("The filter’s “%1” is not a date such as 2026-11-01.").arg(dateKeys[i]));
    }
    filter.setStartedBetween(dates[0], dates[1]);

    const QJsonValue period = object.value(PeriodKey);
    if (!period.isUndefined()) {
        if (!period.isString())
            return refuse(notText(PeriodKey));
        QString periodError;
        const std::optional<Period> parsed = Period::parse(period.toString(), &periodError);
        if (!parsed)
            return refuse(tr("The filter’s period: %1").arg(periodError));
        filter.setPeriod(*parsed);
    }
    return filter;
}
