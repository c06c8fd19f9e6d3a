#pragma once

#include "sessions/sessionfilter.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

// A SessionFilter as JSON, for saved views and the views file. Every part
// is kept: the text as typed (its terms are parsed again on reading), the
// state, the units and pricing components (sorted, so equal filters give
// equal JSON), the started-between dates (ISO 8601 dates) and the period
// in Period's text form, so "this-month" stays relative.
//
// {"text": "duration:>8h", "state": "active", "units": ["minutes"],
//  "pricingComponents": [], "startedFrom": "2026-11-01", "startedTo": "",
//  "period": "this-month"}
class FilterJson
{
    Q_DECLARE_TR_FUNCTIONS(FilterJson)

public:
    static QJsonObject toJson(const SessionFilter &filter);
    // nullopt with `error` (translated: which entry is wrong and how) when
    // an entry has the wrong type or value; entries left out are the
    // defaults (no restriction), entries not known are ignored.
    static std::optional<SessionFilter> fromJson(const QJsonObject &object, QString *error = nullptr);

    static QString stateKey(SessionFilter::StateChoice state);
};
