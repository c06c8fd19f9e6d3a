#include "sessions/sessiontablemodel.h"

#include "radar/attentionradar.h"
#include "sessions/displayformat.h"
#include "sessions/durationformat.h"
#include "sessions/sessionpager.h"
#include "sessions/sessionstore.h"
#include "sessions/sessionview.h"

#include <QDateTime>
#include <QLocale>

using BillForward::UsageSession;

namespace {

QString localText(BillForward::Timestamp ms)
{
    if (ms == BillForward::NoTimestamp)
        return {};
    return DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime));
}

QString utcText(BillForward::Timestamp ms)
{
    if (ms == BillForward::NoTimestamp)
        return {};
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return utc.toString(ms % 1000 ? Qt::ISODateWithMs : Qt::ISODate);
}

QVariant timeValue(BillForward::Timestamp ms)
{
    return ms == BillForward::NoTimestamp ? QVariant() : QVariant(qint64(ms));
}

bool isIdentifier(SessionColumn column)
{
    switch (column) {
    case SessionColumn::SessionId:
    case SessionColumn::SubscriptionId:
    case SessionColumn::OrganizationId:
    case SessionColumn::PricingComponentId:
    case SessionColumn::ChangedBy:
        return true;
    default:
        return false;
    }
}

} // namespace

SessionTableModel::SessionTableModel(const SessionStore &store, const SessionView &view,
                                     const SessionPager &pager, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_view(view)
    , m_pager(pager)
{
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SessionColumnCount;
}

int SessionTableModel::storeRowAt(int modelRow) const
{
    const int viewRow = m_pager.firstRow() + modelRow;
    if (modelRow < 0 || modelRow >= m_rows || viewRow >= m_view.size())
        return -1;
    return m_view.storeRow(viewRow);
}

int SessionTableModel::modelRowOfStoreRow(int storeRow) const
{
    for (int row = 0; row < m_rows; ++row) {
        if (storeRowAt(row) == storeRow)
            return row;
    }
    return -1;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int storeRow = storeRowAt(index.row());
    if (storeRow < 0 || storeRow >= m_store.size())
        return {};
    const SessionStore &s = m_store;
    const int r = storeRow;
    const auto column = SessionColumn(index.column());
    const qint64 duration = s.durationAt(r, m_nowUtcMs);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SessionColumn::State:
            switch (s.stateKind(r)) {
            case BillForward::SessionState::Active: return tr("Active");
            case BillForward::SessionState::Historic: return tr("Historic");
            case BillForward::SessionState::Other: return s.state(r);
            }
            return s.state(r);
        case SessionColumn::Start: return localText(s.start(r));
        case SessionColumn::Stop: return localText(s.stop(r));
        case SessionColumn::Created: return localText(s.created(r));
        case SessionColumn::Duration: return DurationFormat::forPeople(duration);
        case SessionColumn::Sessionix: return QLocale().toString(s.sessionix(r));
        case SessionColumn::Attention: return m_radar && s.isActive(r) ? m_radar->attentionOf(r).shortText() : QString();
        default: break;
        }
        return data(index, RawValueRole);
    case Qt::ToolTipRole:
        switch (column) {
        case SessionColumn::Start: return utcText(s.start(r));
        case SessionColumn::Stop: return s.stop(r) == BillForward::NoTimestamp ? tr("still running") : utcText(s.stop(r));
        case SessionColumn::Created: return utcText(s.created(r));
        case SessionColumn::Duration:
            return tr("%1 (%2 ms)").arg(DurationFormat::forPeople(duration), QLocale().toString(duration));
        case SessionColumn::Attention: return data(index, AttentionTextRole);
        case SessionColumn::State: {
            const QString state =
                m_new.contains(r) ? tr("%1: new since you last looked").arg(s.state(r)) : s.state(r);
            const QString reason = data(index, AttentionTextRole).toString();
            return reason.isEmpty() ? state : tr("%1: needs attention\n%2").arg(state, reason);
        }
        default: break;
        }
        return data(index, Qt::DisplayRole);
    case AttentionReasonRole:
        return m_radar && s.isActive(r) ? int(m_radar->attentionOf(r).reason) : 0;
    case AttentionTextRole:
        return m_radar && s.isActive(r) ? m_radar->attentionOf(r).text() : QString();
    case Qt::TextAlignmentRole:
        if (column == SessionColumn::Duration || column == SessionColumn::Sessionix)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case RawValueRole:
        switch (column) {
        case SessionColumn::State: return s.state(r);
        case SessionColumn::SessionId: return s.sessionId(r);
        case SessionColumn::Uom: return s.uom(r);
        case SessionColumn::PricingComponentName: return s.pricingComponentName(r);
        case SessionColumn::PricingComponentId: return s.pricingComponentId(r);
        case SessionColumn::Start: return timeValue(s.start(r));
        case SessionColumn::Stop: return timeValue(s.stop(r));
        case SessionColumn::Duration: return qint64(duration);
        case SessionColumn::Sessionix: return int(s.sessionix(r));
        case SessionColumn::Description: return s.description(r);
        case SessionColumn::SubscriptionId: return s.subscriptionId(r);
        case SessionColumn::OrganizationId: return s.organizationId(r);
        case SessionColumn::Created: return timeValue(s.created(r));
        case SessionColumn::ChangedBy: return s.changedBy(r);
        case SessionColumn::Attention: {
            const Attention attention = m_radar && s.isActive(r) ? m_radar->attentionOf(r) : Attention();
            return attention.needsAttention() ? QVariant(attention.pastLimitMs) : QVariant();
        }
        case SessionColumn::Count: break;
        }
        return {};
    case StateKindRole: return int(s.stateKind(r));
    case IsIdentifierRole: return isIdentifier(column);
    case RecentlyChangedRole: return m_recentlyChanged.contains(storeRow);
    case PendingActionRole: return m_pending.contains(storeRow);
    case StoreRowRole: return storeRow;
    case NewSinceSeenRole: return m_new.contains(storeRow);
    default: return {};
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows)
            return QLocale().toString(m_pager.firstRow() + section + 1);
        return {};
    }
    if (section < 0 || section >= SessionColumnCount)
        return {};
    const auto column = SessionColumn(section);
    if (role == Qt::ToolTipRole && column == SessionColumn::Attention)
        return tr("Why an active session needs attention; sorted by how far past its limit it is");
    if (role == Qt::ToolTipRole)
        return tr("JSON field: %1").arg(jsonNameOf(column));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case SessionColumn::State: return tr("State");
    case SessionColumn::SessionId: return tr("Session ID");
    case SessionColumn::Uom: return tr("Unit");
    case SessionColumn::PricingComponentName: return tr("Pricing component");
    case SessionColumn::PricingComponentId: return tr("Pricing component ID");
    case SessionColumn::Start: return tr("Start");
    case SessionColumn::Stop: return tr("Stop");
    case SessionColumn::Duration: return tr("Duration");
    case SessionColumn::Sessionix: return tr("Incarnation");
    case SessionColumn::Description: return tr("Description");
    case SessionColumn::SubscriptionId: return tr("Subscription");
    case SessionColumn::OrganizationId: return tr("Organization");
    case SessionColumn::Created: return tr("Created");
    case SessionColumn::ChangedBy: return tr("Changed by");
    case SessionColumn::Attention: return tr("Attention");
    case SessionColumn::Count: break;
    }
    return {};
}

void SessionTableModel::refreshPage()
{
    const int rows = m_pager.rowsOnPage();
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    if (m_rows > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, SessionColumnCount - 1));
        // Row numbers change only with the page; a header change makes the
        // view lay out and repaint everything, after every batch of a load.
        if (m_headerFirstRow != m_pager.firstRow()) {
            m_headerFirstRow = m_pager.firstRow();
            emit headerDataChanged(Qt::Vertical, 0, m_rows - 1);
        }
    }
}

void SessionTableModel::resetPage()
{
    beginResetModel();
    m_rows = m_pager.rowsOnPage();
    m_headerFirstRow = m_pager.firstRow();
    m_recentlyChanged.clear();
    m_pending.clear();
    m_new.clear();
    endResetModel();
}

void SessionTableModel::setNow(qint64 utcMs)
{
    m_nowUtcMs = utcMs;
    const int column = int(SessionColumn::Duration);
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, RawValueRole};
    for (int row = 0; row < m_rows; ++row) {
        const int storeRow = storeRowAt(row);
        if (storeRow >= 0 && m_store.isActive(storeRow))
            emit dataChanged(index(row, column), index(row, column), roles);
    }
}

// The reasons' figures grow with the clock and rows may be flagged or
// cleared: the State column of the page's active rows is read again.
void SessionTableModel::attentionJudged()
{
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, RawValueRole, AttentionReasonRole, AttentionTextRole};
    for (int row = 0; row < m_rows; ++row) {
        const int storeRow = storeRowAt(row);
        if (storeRow < 0 || !m_store.isActive(storeRow))
            continue;
        for (const SessionColumn column : {SessionColumn::State, SessionColumn::Attention})
            emit dataChanged(index(row, int(column)), index(row, int(column)), roles);
    }
}

void SessionTableModel::emitRowsChanged(const QSet<int> &storeRows, const QList<int> &roles)
{
    if (storeRows.isEmpty())
        return;
    for (int row = 0; row < m_rows; ++row) {
        if (storeRows.contains(storeRowAt(row)))
            emit dataChanged(index(row, 0), index(row, SessionColumnCount - 1), roles);
    }
}

void SessionTableModel::setRecentlyChanged(const QSet<int> &storeRows)
{
    const QSet<int> affected = m_recentlyChanged + storeRows;
    m_recentlyChanged = storeRows;
    emitRowsChanged(affected, {RecentlyChangedRole});
}

void SessionTableModel::setPendingRows(const QSet<int> &storeRows)
{
    const QSet<int> affected = m_pending + storeRows;
    m_pending = storeRows;
    emitRowsChanged(affected, {PendingActionRole});
}

void SessionTableModel::setNewRows(const QSet<int> &storeRows)
{
    const QSet<int> affected = m_new + storeRows;
    m_new = storeRows;
    emitRowsChanged(affected, {NewSinceSeenRole});
}
