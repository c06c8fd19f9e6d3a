#include "views/savedviewstore.h"

#include "actions/connectionprofile.h"
#include "settings/appsettings.h"
#include "views/viewsfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrl>

namespace SavedViewStore {

namespace {

const QString ViewsKey = QStringLiteral("views");
const QString DefaultKey = QStringLiteral("default");

// One group per profile: its ID could hold a slash, which QSettings reads as a subgroup.
QString groupOf(const QString &profileId)
{
    return QLatin1String(AppSettings::SavedViewsGroup) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

// All watched adds the Subscription column by itself.
QList<SessionColumn> demoColumns()
{
    return {SessionColumn::State, SessionColumn::SessionId, SessionColumn::Uom, SessionColumn::PricingComponentName,
            SessionColumn::Start, SessionColumn::Stop, SessionColumn::Duration, SessionColumn::Description,
            SessionColumn::Attention};
}

} // namespace

bool isStored(QSettings &settings, const QString &profileId)
{
    return settings.contains(groupOf(profileId) + QLatin1Char('/') + ViewsKey);
}

SavedViewList load(QSettings &settings, const QString &profileId, const SavedViewList &whenNone, QStringList *notes)
{
    if (notes)
        notes->clear();
    if (!isStored(settings, profileId))
        return whenNone;
    settings.beginGroup(groupOf(profileId));
    const QJsonArray array = QJsonDocument::fromJson(settings.value(ViewsKey).toString().toUtf8()).array();
    const QString defaultName = settings.value(DefaultKey).toString();
    settings.endGroup();
    SavedViewList views;
    QStringList leftOut;
    for (const QJsonValue &entry : array) {
        QStringList unknownColumns;
        const std::optional<SavedView> view = SavedView::fromJson(entry.toObject(), nullptr, &unknownColumns);
        if (!view || views.contains(view->name)) {
            views.keepUnreadable(entry); // a newer version's, perhaps: not ours to erase
            continue;
        }
        views.put(*view);
        if (!unknownColumns.isEmpty())
            leftOut << QCoreApplication::translate("SavedViewStore", "View “%1”: left out the columns %2, which "
                                                                     "this version does not know.")
                           .arg(view->name, QStringLiteral("“%1”").arg(unknownColumns.join(QStringLiteral("”, “"))));
    }
    views.setDefaultName(defaultName);
    if (notes) {
        *notes = leftOut;
        if (!views.unreadable().isEmpty())
            notes->append(QCoreApplication::translate("SavedViewStore",
                                                      "Saved views that could not be read: %n. They are not in the "
                                                      "Views menu, and are kept unchanged for the version of the app "
                                                      "that saved them.",
                                                      nullptr, int(views.unreadable().size())));
    }
    return views;
}

SavedViewList initialFor(const ConnectionProfile &profile)
{
    SavedViewList views;
    if (profile.kind != ConnectionProfile::Kind::Demo)
        return views;
    // Names in the user's language: they are the user's views from here on.
    SavedView running;
    running.name = QCoreApplication::translate("SavedViewStore", "Running over 8 h");
    running.filter.setText(QStringLiteral("duration:>8h"));
    running.filter.setState(SessionFilter::StateChoice::Active);
    running.sort = {{SessionColumn::Duration, Qt::DescendingOrder}};
    running.columns = demoColumns();
    views.put(running);

    SavedView ended;
    ended.name = QCoreApplication::translate("SavedViewStore", "Ended this month by unit");
    ended.filter.setText(QStringLiteral("ended:this-month"));
    ended.filter.setState(SessionFilter::StateChoice::Historic);
    ended.sort = {{SessionColumn::Uom, Qt::AscendingOrder}, {SessionColumn::Stop, Qt::DescendingOrder}};
    ended.columns = {SessionColumn::Uom, SessionColumn::Stop, SessionColumn::Start, SessionColumn::Duration,
                     SessionColumn::SessionId, SessionColumn::PricingComponentName, SessionColumn::Description};
    views.put(ended);

    SavedView week;
    week.name = QCoreApplication::translate("SavedViewStore", "This week");
    week.filter.setPeriod(Period::relative(Period::Kind::ThisWeek));
    week.sort = {{SessionColumn::Start, Qt::DescendingOrder}};
    week.columns = demoColumns();
    views.put(week);
    return views;
}

SavedViewList load(QSettings &settings, const ConnectionProfile &profile, QStringList *notes)
{
    return load(settings, profile.id, initialFor(profile), notes);
}

void save(QSettings &settings, const QString &profileId, const SavedViewList &views)
{
    QJsonArray array;
    for (const SavedView &view : views.views())
        array.append(view.toJson());
    for (const QJsonValue &entry : views.unreadable())
        array.append(entry);
    settings.beginGroup(groupOf(profileId));
    settings.setValue(ViewsKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    settings.setValue(DefaultKey, views.defaultName());
    settings.endGroup();
}

void remove(QSettings &settings, const QString &profileId)
{
    // "savedViews/" with no id would be every connection's views.
    if (!profileId.isEmpty())
        settings.remove(groupOf(profileId));
}

} // namespace SavedViewStore
