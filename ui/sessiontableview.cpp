#include "ui/sessiontableview.h"

#include "ui/sessionheaderview.h"
#include "ui/sessionitemdelegate.h"

#include "sessions/sessionbrowser.h"
#include "sessions/sessionloader.h"
#include "sessions/sortkeytext.h"
#include "settings/appsettings.h"
#include "watch/watchloader.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPaintEvent>
#include <QSettings>
#include <QStandardItemModel>

#include <algorithm>
#include <utility>

namespace {

const int MaxSortKeys = 3;

} // namespace

SessionTableView::SessionTableView(SessionBrowser *browser, QWidget *parent)
    : QTableView(parent)
    , m_browser(browser)
{
    m_header = new SessionHeaderView(this);
    setHorizontalHeader(m_header);
    setModel(browser->model());
    m_emptyNote = new QLabel(viewport());
    m_emptyNote->setObjectName(QStringLiteral("emptyTableNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setTextInteractionFlags(Qt::TextSelectableByMouse); // an ID to copy
    m_emptyNote->hide();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model(), signal, this, &SessionTableView::placeEmptyNote);
    connect(model(), &QAbstractItemModel::modelReset, this, &SessionTableView::placeEmptyNote);
    auto *delegate = new SessionItemDelegate(this);
    setItemDelegate(delegate);
    delegate->prepareForPainting(font());
    setSortingEnabled(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setTabKeyNavigation(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setAccessibleName(tr("Usage sessions"));
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();

    QHeaderView *header = horizontalHeader();
    header->setSectionsClickable(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setAccessibleName(tr("Columns: click to sort, Shift+click to add a secondary sort, right-click to show or hide"));
    connect(header, &QHeaderView::sectionClicked, this, &SessionTableView::onSectionClicked);
    connect(header, &QHeaderView::customContextMenuRequested, this, &SessionTableView::showHeaderMenu);

    m_layoutSaveTimer.setSingleShot(true);
    m_layoutSaveTimer.setInterval(LayoutSaveDelayMs);
    connect(&m_layoutSaveTimer, &QTimer::timeout, this, &SessionTableView::saveLayout);

    m_repaintTimer.setSingleShot(true);
    m_repaintTimer.setInterval(RepaintIntervalMs);
    connect(&m_repaintTimer, &QTimer::timeout, this, &SessionTableView::repaintChangedRows);

    // The radar moves rows at any time (a clock tick, rows that arrived
    // AttentionDelayMs ago): Stop and the details follow sessions, not rows.
    connect(browser, &SessionBrowser::aboutToReorder, this, &SessionTableView::saveSelection);
    connect(browser, &SessionBrowser::reordered, this, &SessionTableView::restoreSelection);

    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_restoring)
            emit selectionKeysChanged();
    });
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_restoring)
            emit selectionKeysChanged();
    });
}

SessionTableView::~SessionTableView()
{
    if (m_layoutSaveTimer.isActive())
        saveLayout();
}

QList<SessionView::SortKey> SessionTableView::defaultSortKeys()
{
    return {{SessionColumn::Start, Qt::DescendingOrder}};
}

void SessionTableView::setSortKeys(const QList<SessionView::SortKey> &keys)
{
    m_sortKeys = keys.isEmpty() ? defaultSortKeys() : keys;
    m_header->setSortKeys(m_sortKeys);
    saveSelection();
    m_browser->setSort(m_sortKeys);
    restoreSelection();
    AppSettings::TableSort.write(SortKeyText::toTexts(m_sortKeys));
    emit sortKeysChanged(m_sortKeys);
}

void SessionTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    // A load's first change paints at once; those that follow within the
    // interval are painted together when it ends (a million-session load
    // would otherwise repaint the whole page after every slice).
    if (!m_inLoadChange) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    if (m_repaintTimer.isActive()) {
        m_changesPending = true;
        return;
    }
    QTableView::dataChanged(topLeft, bottomRight, roles);
    m_repaintTimer.start();
}

void SessionTableView::followLoads(SessionLoader *loader)
{
    connect(loader, &SessionLoader::aboutToChangeRows, this, [this] { m_inLoadChange = true; });
    connect(loader, &SessionLoader::rowsChangedByLoad, this, [this] { m_inLoadChange = false; });
}

void SessionTableView::followLoads(WatchLoader *loader)
{
    connect(loader, &WatchLoader::aboutToChangeRows, this, [this] { m_inLoadChange = true; });
    connect(loader, &WatchLoader::rowsChangedByLoad, this, [this] { m_inLoadChange = false; });
}

void SessionTableView::repaintChangedRows()
{
    if (!m_changesPending)
        return;
    m_changesPending = false;
    const int rows = model()->rowCount();
    if (rows > 0)
        QTableView::dataChanged(model()->index(0, 0), model()->index(rows - 1, model()->columnCount() - 1));
    m_repaintTimer.start();
}

void SessionTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!m_changesPending)
        return;
    // Painting the whole page shows every change; a part painted (a moved
    // selection, the hovered row) shows rows newer than the rest: bring the
    // rest up to date at the next turn.
    m_changesPending = false;
    if (!event->region().contains(viewport()->rect()))
        viewport()->update();
}

void SessionTableView::setEmptyNote(const QString &text)
{
    m_emptyNote->setText(text);
    m_emptyNote->setAccessibleName(text);
    placeEmptyNote();
}

void SessionTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeEmptyNote();
}

void SessionTableView::placeEmptyNote()
{
    const bool shown = !m_emptyNote->text().isEmpty() && model()->rowCount() == 0;
    if (shown) {
        const int margin = fontMetrics().height() * 2;
        m_emptyNote->setGeometry(viewport()->rect().adjusted(margin, margin, -margin, -margin));
    }
    m_emptyNote->setVisible(shown);
}

void SessionTableView::onSectionClicked(int logicalIndex)
{
    const auto column = SessionColumn(logicalIndex);
    QList<SessionView::SortKey> keys = m_sortKeys;
    const bool secondary = QGuiApplication::keyboardModifiers() & Qt::ShiftModifier;
    auto found = std::find_if(keys.begin(), keys.end(), [column](const auto &k) { return k.column == column; });
    if (secondary) {
        if (found != keys.end()) {
            found->order = found->order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        } else {
            keys.append({column, Qt::AscendingOrder});
            while (keys.size() > MaxSortKeys)
                keys.removeAt(1);
        }
    } else if (!keys.isEmpty() && keys.constFirst().column == column) {
        keys = {{column, keys.constFirst().order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder}};
    } else {
        keys = {{column, Qt::AscendingOrder}};
    }
    setSortKeys(keys);
}

void SessionTableView::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        connect(action, &QAction::toggled, this, [this, header, logical](bool shown) {
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return; // keep at least one column
            header->setSectionHidden(logical, !shown);
            for (ViewColumn &column : m_viewColumns) {
                if (column.logical == logical)
                    column.userHidden = !shown; // what the user wants once the view goes
            }
            saveLayout();
            emit columnsChanged();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset columns"), this, &SessionTableView::resetLayout);
    menu.exec(header->viewport()->mapToGlobal(pos));
}

QList<int> SessionTableView::selectedStoreRows() const
{
    QList<int> rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    QList<int> modelRows;
    for (const QModelIndex &index : selected)
        modelRows << index.row();
    std::sort(modelRows.begin(), modelRows.end());
    for (const int row : std::as_const(modelRows)) {
        // While a filter removes rows, the selection still names rows the
        // view no longer has (storeRowAt() gives -1 for them).
        if (const int storeRow = m_browser->model()->storeRowAt(row); storeRow >= 0)
            rows << storeRow;
    }
    return rows;
}

int SessionTableView::currentStoreRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_browser->model()->storeRowAt(current.row()) : -1;
}

void SessionTableView::saveSelection()
{
    if (m_saveDepth++ > 0)
        return;
    const SessionStore &store = m_browser->store();
    m_savedSelection.clear();
    for (const int row : selectedStoreRows()) {
        if (row >= 0 && row < store.size())
            m_savedSelection << store.keyOf(row);
    }
    const int current = currentStoreRow();
    m_hasSavedCurrent = current >= 0 && current < store.size();
    if (m_hasSavedCurrent) {
        m_savedCurrent = store.keyOf(current);
        m_savedCurrentColumn = currentIndex().column();
    }
}

bool SessionTableView::selectStoreRow(int storeRow)
{
    const int viewRow = m_browser->view().viewRowOf(storeRow);
    if (viewRow < 0)
        return false;
    const int page = viewRow / m_browser->pager().pageSize();
    if (page != m_browser->pager().page())
        m_browser->setPage(page);
    SessionTableModel *model = m_browser->model();
    const int row = model->modelRowOfStoreRow(storeRow);
    if (row < 0)
        return false;
    const QModelIndex index = model->index(row, qMax(0, currentIndex().column()));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

void SessionTableView::restoreSelection()
{
    if (m_saveDepth > 0 && --m_saveDepth > 0)
        return;
    const SessionStore &store = m_browser->store();
    SessionTableModel *model = m_browser->model();
    const QList<int> before = selectedStoreRows();
    const int currentBefore = currentStoreRow();

    m_restoring = true;
    QItemSelection selection;
    bool lostSome = false; // filtered out or on another page
    for (const SessionKey &key : std::as_const(m_savedSelection)) {
        const int row = model->modelRowOfStoreRow(store.indexOf(key));
        if (row >= 0)
            selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
        else
            lostSome = true;
    }
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QModelIndex current;
    if (m_hasSavedCurrent) {
        const int row = model->modelRowOfStoreRow(store.indexOf(m_savedCurrent));
        if (row >= 0)
            current = model->index(row, m_savedCurrentColumn);
        else
            lostSome = true;
    }
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_restoring = false;
    // A model reset may already have emptied the selection, so "before"
    // can equal "after" although the user's rows are gone.
    if (lostSome || before != selectedStoreRows() || currentBefore != currentStoreRow())
        emit selectionKeysChanged();
}

void SessionTableView::setViewColumn(SessionColumn column, int visualIndex)
{
    QHeaderView *header = horizontalHeader();
    const int logical = int(column);
    auto known = std::find_if(m_viewColumns.begin(), m_viewColumns.end(),
                              [logical](const ViewColumn &c) { return c.logical == logical; });
    if (known == m_viewColumns.end())
        m_viewColumns.append({logical, header->isSectionHidden(logical), header->visualIndex(logical), visualIndex});
    else
        known->viewVisualIndex = visualIndex;
    header->setSectionHidden(logical, false);
    header->moveSection(header->visualIndex(logical), visualIndex);
}

namespace {

template<typename ViewColumns>
void putBack(QHeaderView *header, const ViewColumns &columns)
{
    for (auto it = columns.crbegin(); it != columns.crend(); ++it) {
        header->moveSection(header->visualIndex(it->logical), it->userVisualIndex);
        header->setSectionHidden(it->logical, it->userHidden);
    }
}

} // namespace

void SessionTableView::clearViewColumns()
{
    const QList<ViewColumn> columns = std::exchange(m_viewColumns, {});
    putBack(horizontalHeader(), columns);
}

QByteArray SessionTableView::userLayoutState() const
{
    const QByteArray state = horizontalHeader()->saveState();
    if (m_viewColumns.isEmpty())
        return state;
    // Put back on a copy: the table keeps showing the view's columns. The
    // copy has a model of its own: the table's is gone when it saves on
    // its way out.
    QStandardItemModel columns(0, horizontalHeader()->count());
    QHeaderView copy(Qt::Horizontal);
    copy.setModel(&columns);
    if (copy.count() != horizontalHeader()->count() || !copy.restoreState(state))
        return state;
    putBack(&copy, m_viewColumns);
    return copy.saveState();
}

void SessionTableView::saveLayout()
{
    m_layoutSaveTimer.stop();
    AppSettings::TableHeader.write(userLayoutState());
}

void SessionTableView::restoreLayout()
{
    const QByteArray state = AppSettings::TableHeader.read();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state)
        || horizontalHeader()->count() != SessionColumnCount
        || horizontalHeader()->hiddenSectionCount() >= SessionColumnCount)
        applyDefaultColumns();
    horizontalHeader()->setSortIndicatorShown(true);
    const auto keys = SortKeyText::fromTexts(AppSettings::TableSort.read());
    setSortKeys(keys);
    // Saved from here on whenever the layout changes, once it has settled:
    // a column dragged wider resizes it at every mouse move, and a scroll
    // bar coming or going resizes the stretched last column; writing the
    // settings file each time stalled the window (a load's first rows did).
    connect(horizontalHeader(), &QHeaderView::sectionResized, &m_layoutSaveTimer, qOverload<>(&QTimer::start),
            Qt::UniqueConnection);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, &m_layoutSaveTimer, qOverload<>(&QTimer::start),
            Qt::UniqueConnection);
    connect(horizontalHeader(), &QHeaderView::sectionMoved, this, &SessionTableView::columnsChanged,
            Qt::UniqueConnection);
}

void SessionTableView::resetLayout()
{
    QHeaderView *header = horizontalHeader();
    for (int logical = 0; logical < header->count(); ++logical)
        header->moveSection(header->visualIndex(logical), logical);
    applyDefaultColumns();
    // The defaults are the user's layout now; the view still shows its columns.
    for (ViewColumn &column : m_viewColumns) {
        column.userHidden = header->isSectionHidden(column.logical);
        column.userVisualIndex = column.logical;
        header->setSectionHidden(column.logical, false);
        header->moveSection(header->visualIndex(column.logical), column.viewVisualIndex);
    }
    saveLayout();
    emit columnsChanged();
}

QList<SessionColumn> SessionTableView::visibleColumns() const
{
    const auto shownIn = [](const QHeaderView &header) {
        QList<SessionColumn> columns;
        for (int visual = 0; visual < header.count(); ++visual) {
            const int logical = header.logicalIndex(visual);
            if (!header.isSectionHidden(logical))
                columns.append(SessionColumn(logical));
        }
        return columns;
    };
    if (m_viewColumns.isEmpty())
        return shownIn(*horizontalHeader());
    // As the user has them, not as a view column shows them for now.
    QStandardItemModel columns(0, horizontalHeader()->count());
    QHeaderView copy(Qt::Horizontal);
    copy.setModel(&columns);
    if (!copy.restoreState(horizontalHeader()->saveState()))
        return shownIn(*horizontalHeader());
    putBack(&copy, m_viewColumns);
    return shownIn(copy);
}

void SessionTableView::setVisibleColumns(const QList<SessionColumn> &columns)
{
    if (columns.isEmpty())
        return;
    QHeaderView *header = horizontalHeader();
    const QList<ViewColumn> viewColumns = std::exchange(m_viewColumns, {});
    putBack(header, viewColumns); // the user's layout, which this replaces
    int visual = 0;
    for (const SessionColumn column : columns) {
        const int logical = int(column);
        if (logical < 0 || logical >= header->count())
            continue;
        header->setSectionHidden(logical, false);
        header->moveSection(header->visualIndex(logical), visual++);
    }
    for (int logical = 0; logical < header->count(); ++logical) {
        if (!columns.contains(SessionColumn(logical)))
            header->setSectionHidden(logical, true);
    }
    // The view columns shown again where their view wants them.
    for (const ViewColumn &column : viewColumns)
        setViewColumn(SessionColumn(column.logical), column.viewVisualIndex);
    saveLayout();
    emit columnsChanged();
}

void SessionTableView::applyDefaultColumns()
{
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics(font());
    const int charWidth = metrics.horizontalAdvance(QLatin1Char('0'));
    struct Default { SessionColumn column; int chars; bool hidden; };
    const Default defaults[] = {
        {SessionColumn::State, 11, false},
        {SessionColumn::SessionId, 22, false},
        {SessionColumn::Uom, 9, false},
        {SessionColumn::PricingComponentName, 20, false},
        {SessionColumn::PricingComponentId, 30, true},
        {SessionColumn::Start, 19, false},
        {SessionColumn::Stop, 19, false},
        {SessionColumn::Duration, 19, false},
        {SessionColumn::Sessionix, 6, false},
        {SessionColumn::Description, 28, false},
        {SessionColumn::SubscriptionId, 30, true},
        {SessionColumn::OrganizationId, 30, true},
        {SessionColumn::Created, 19, true},
        {SessionColumn::ChangedBy, 30, true},
        {SessionColumn::Attention, 34, false},
    };
    for (const Default &d : defaults) {
        header->setSectionHidden(int(d.column), d.hidden);
        header->resizeSection(int(d.column), d.chars * charWidth + 24);
    }
}
