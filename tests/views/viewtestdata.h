#pragma once

#include "views/savedview.h"

namespace ViewTestData {

// A view with every part set away from its default.
inline SavedView fullView(const QString &name)
{
    SavedView view;
    view.name = name;
    view.filter.setText(QStringLiteral("uom:minutes duration:>8h"));
    view.filter.setState(SessionFilter::StateChoice::Historic);
    view.filter.setUoms({QStringLiteral("minutes"), QStringLiteral("seats")});
    view.filter.setPricingComponents({QStringLiteral("Support hours")});
    view.filter.setStartedBetween(QDate(2026, 10, 1), QDate(2026, 11, 30));
    view.filter.setPeriod(Period::relative(Period::Kind::LastMonth));
    view.sort = {{SessionColumn::Uom, Qt::AscendingOrder}, {SessionColumn::Stop, Qt::DescendingOrder}};
    view.columns = {SessionColumn::Uom, SessionColumn::Stop, SessionColumn::SessionId, SessionColumn::Attention};
    view.pageSize = 500;
    view.layout = SessionLayout::TableAndTimeline;
    return view;
}

} // namespace ViewTestData
