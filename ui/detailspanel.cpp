#include "ui/detailspanel.h"

#include "sessions/durationformat.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionlineage.h"
#include "wire/sessioncodec.h"

#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

DetailsPanel::DetailsPanel(const SessionBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    m_placeholder = new QLabel(tr("Select a session to see all its fields here."), this);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_placeholder);

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    // Above the fields: the first thing to read about a session that needs a human.
    m_attention = new QLabel(m_content);
    m_attention->setWordWrap(true);
    m_attention->setTextFormat(Qt::PlainText);
    m_attention->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_attention->setAccessibleName(tr("Needs attention"));
    layout->addWidget(m_attention);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const SessionTableModel *model = browser->model();
    for (int c = 0; c < SessionColumnCount; ++c) {
        auto *field = new QLineEdit(m_content);
        field->setReadOnly(true);
        const QString name = model->headerData(c, Qt::Horizontal).toString();
        field->setAccessibleName(name);
        auto *label = new QLabel(name + QLatin1Char(':'), m_content);
        label->setBuddy(field);
        form->addRow(label, field);
        m_fields << field;
    }
    layout->addLayout(form);

    m_lineage = new QLabel(m_content);
    m_lineage->setWordWrap(true);
    m_lineage->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_lineage->setAccessibleName(tr("Lineage"));
    layout->addWidget(m_lineage);

    auto *jsonRow = new QHBoxLayout;
    auto *jsonLabel = new QLabel(tr("&JSON"), m_content);
    m_copyJson = new QPushButton(tr("Copy JSON"), m_content);
    m_copyJson->setAccessibleName(tr("Copy JSON"));
    jsonRow->addWidget(jsonLabel);
    jsonRow->addStretch(1);
    jsonRow->addWidget(m_copyJson);
    layout->addLayout(jsonRow);
    m_json = new QPlainTextEdit(m_content);
    m_json->setReadOnly(true);
    m_json->setFont(mono);
    m_json->setAccessibleName(tr("JSON"));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    // It takes the height the fields leave (its stretch), at least a few
    // lines, but asks for none more: in a short window the panel then
    // fits without scrolling as a whole.
    m_json->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_json->setMinimumHeight(m_json->fontMetrics().lineSpacing() * 6);
    jsonLabel->setBuddy(m_json);
    layout->addWidget(m_json, 1);
    outer->addWidget(m_content, 1);

    connect(m_copyJson, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_json->toPlainText());
    });
    connect(browser, &SessionBrowser::attentionChanged, this, [this] {
        if (storeRow() >= 0)
            reload();
    });
    showStoreRow(-1);
}

void DetailsPanel::showStoreRow(int storeRow)
{
    m_shown.set(m_browser->store(), storeRow);
    reload();
}

int DetailsPanel::storeRow() const
{
    return m_shown.row(m_browser->store());
}

void DetailsPanel::reload()
{
    const SessionStore &store = m_browser->store();
    const int row = storeRow();
    const bool valid = row >= 0;
    m_placeholder->setVisible(!valid);
    m_content->setVisible(valid);
    if (!valid)
        return;
    const SessionTableModel *model = m_browser->model();
    const int modelRow = model->modelRowOfStoreRow(row);
    const BillForward::UsageSession &session = store.at(row);
    for (int c = 0; c < SessionColumnCount; ++c) {
        QString text;
        if (modelRow >= 0)
            text = model->index(modelRow, c).data().toString();
        const QString tip = modelRow >= 0 ? model->index(modelRow, c).data(Qt::ToolTipRole).toString() : QString();
        if (text.isEmpty() && modelRow < 0) {
            // Off the current page (a filter changed): fall back to wire values.
            switch (SessionColumn(c)) {
            case SessionColumn::State: text = session.state; break;
            case SessionColumn::SessionId: text = session.sessionId; break;
            case SessionColumn::Uom: text = session.uom; break;
            case SessionColumn::PricingComponentName: text = session.pricingComponentName; break;
            case SessionColumn::PricingComponentId: text = session.pricingComponentId; break;
            case SessionColumn::Start: text = BillForward::WireTime::toString(session.start); break;
            case SessionColumn::Stop:
                text = session.stop == BillForward::NoTimestamp ? QString() : BillForward::WireTime::toString(session.stop);
                break;
            case SessionColumn::Duration: text = DurationFormat::forPeople(session.uduration); break;
            case SessionColumn::Sessionix: text = QString::number(session.sessionix); break;
            case SessionColumn::Description: text = session.description; break;
            case SessionColumn::SubscriptionId: text = session.subscriptionId; break;
            case SessionColumn::OrganizationId: text = session.organizationId; break;
            case SessionColumn::Created: text = BillForward::WireTime::toString(session.created); break;
            case SessionColumn::ChangedBy: text = session.changedBy; break;
            case SessionColumn::Attention: text = m_browser->attentionOf(row).shortText(); break;
            case SessionColumn::Count: break;
            }
        }
        m_fields[c]->setText(text);
        m_fields[c]->setCursorPosition(0);
        m_fields[c]->setToolTip(tip);
    }

    const Attention attention = m_browser->attentionOf(row);
    m_attention->setVisible(attention.needsAttention());
    m_attention->setText(attention.needsAttention() ? tr("Needs attention: %1").arg(attention.text()) : QString());

    const qint64 now = model->now() > 0 ? model->now() : QDateTime::currentMSecsSinceEpoch();
    const SessionLineage lineage = SessionLineage::of(store, row, now);
    if (lineage.storeRows.size() > 1) {
        QStringList parts;
        for (const int part : lineage.storeRows) {
            parts << tr("#%1 %2 (%3)")
                         .arg(store.sessionix(part))
                         .arg(store.state(part), DurationFormat::forPeople(store.durationAt(part, now)));
        }
        m_lineage->setText(tr("<b>One logical session in %1 parts</b> (cut at billing-period ends), "
                              "total duration <b>%2</b>:<br>%3")
                               .arg(lineage.storeRows.size())
                               .arg(DurationFormat::forPeople(lineage.totalDurationMs), parts.join(QStringLiteral(" → "))));
    } else {
        m_lineage->setText(tr("Total duration <b>%1</b> (not cut at a billing-period end).")
                               .arg(DurationFormat::forPeople(lineage.totalDurationMs)));
    }

    const QString json = QString::fromUtf8(
        QJsonDocument::fromJson(BillForward::SessionCodec::encodeSession(session)).toJson(QJsonDocument::Indented));
    if (json != m_json->toPlainText())
        m_json->setPlainText(json);
}

QString DetailsPanel::json() const
{
    return m_json->toPlainText();
}

QString DetailsPanel::attentionText() const
{
    return m_attention->isVisibleTo(m_content) ? m_attention->text() : QString();
}

QString DetailsPanel::lineageText() const
{
    return m_lineage->text();
}
