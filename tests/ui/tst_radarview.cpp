#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "emulatorfixture.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionloader.h"
#include "settings/appsettings.h"
#include "ui/detailspanel.h"
#include "ui/sessiontableview.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The radar as a newcomer meets it: demo data over real HTTP from the
// embedded emulator has a session for each reason, and the details panel
// says why.
class tst_RadarView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings go to a test folder
        QCoreApplication::setOrganizationName(QStringLiteral("UsageSessionAdminRadarViewTest"));
        QSettings().clear();
        QVERIFY(m_emulator.startDemo(m_client));
        m_loader.setClient(&m_client);
        QSignalSpy finished(&m_loader, &SessionLoader::loadFinished);
        m_loader.open(Emulator::DemoData::subscriptionIds().constFirst(), false);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().at(1).value<BillForward::ApiError>().isError());
        m_browser.setNow(QDateTime::currentMSecsSinceEpoch());
    }

    void demoDataHasEveryReason()
    {
        QCOMPARE(reasonOf(QStringLiteral("CALL-20001")), Attention::Reason::OverLimit);
        QCOMPARE(reasonOf(QStringLiteral("CALL-20002")), Attention::Reason::OverPercentile);
        QCOMPARE(reasonOf(QStringLiteral("CALL-20003")), Attention::Reason::FutureStart);
        const Attention unusual = m_browser.attentionOf(rowOf(QStringLiteral("CALL-20002")));
        QVERIFY2(unusual.sampleSize >= 100, qPrintable(QString::number(unusual.sampleSize)));
        QCOMPARE(unusual.componentName, QStringLiteral("Call minutes"));
        QVERIFY(m_browser.needsAttentionCount() >= 3);
        QCOMPARE(m_browser.view().stateCounts().needsAttention, m_browser.needsAttentionCount());
    }

    void detailsPanelSaysWhy()
    {
        DetailsPanel panel(&m_browser);
        panel.show();
        panel.showStoreRow(rowOf(QStringLiteral("CALL-20003")));
        QVERIFY2(panel.attentionText().startsWith(QStringLiteral("Needs attention: Starts ")), qPrintable(panel.attentionText()));
        QVERIFY(panel.attentionText().endsWith(QStringLiteral("from now: check the device's clock")));
        const auto labels = panel.findChildren<QLabel *>();
        const auto shown = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->accessibleName() == QStringLiteral("Needs attention");
        });
        QVERIFY(shown != labels.cend());
        QVERIFY((*shown)->isVisible());

        panel.showStoreRow(rowOf(QStringLiteral("CALL-20002")));
        QVERIFY2(panel.attentionText().contains(QStringLiteral("ended Call minutes sessions")), qPrintable(panel.attentionText()));

        int ended = 0;
        while (m_browser.store().isActive(ended))
            ++ended;
        panel.showStoreRow(ended);
        QVERIFY(panel.attentionText().isEmpty());
        QVERIFY(!(*shown)->isVisible());
    }

    // A column layout saved before the Attention column existed (14
    // columns) keeps its widths, order and hidden columns; the new column
    // comes last, shown.
    void aLayoutSavedBeforeTheAttentionColumnIsKept()
    {
        {
            QStandardItemModel old(1, int(SessionColumn::Attention));
            QTableView table;
            table.setModel(&old);
            QHeaderView *header = table.horizontalHeader();
            header->resizeSection(int(SessionColumn::Description), 333);
            header->setSectionHidden(int(SessionColumn::Uom), true);
            header->moveSection(header->visualIndex(int(SessionColumn::Created)), 0);
            AppSettings::TableHeader.write(header->saveState());
        }
        SessionTableView view(&m_browser);
        view.restoreLayout();
        QHeaderView *header = view.horizontalHeader();
        QCOMPARE(header->count(), SessionColumnCount);
        QCOMPARE(header->sectionSize(int(SessionColumn::Description)), 333);
        QVERIFY(header->isSectionHidden(int(SessionColumn::Uom)));
        QCOMPARE(header->visualIndex(int(SessionColumn::Created)), 0);
        QVERIFY(!header->isSectionHidden(int(SessionColumn::Attention)));
        QCOMPARE(header->visualIndex(int(SessionColumn::Attention)), SessionColumnCount - 1);
        QCOMPARE(m_browser.model()->headerData(int(SessionColumn::Attention), Qt::Horizontal).toString(),
                 QStringLiteral("Attention"));
    }

    // The default Attention column is wide enough to read every reason the
    // demo data gives, not cut to "Longer than 99 % of…".
    void theDefaultAttentionColumnShowsWholeReasons()
    {
        SessionTableView view(&m_browser);
        view.resetLayout();
        const int width = view.horizontalHeader()->sectionSize(int(SessionColumn::Attention));
        int widest = 0;
        QString widestText;
        for (int row = 0; row < m_browser.store().size(); ++row) {
            const QString text = m_browser.attentionOf(row).shortText();
            const int advance = view.fontMetrics().horizontalAdvance(text);
            if (advance > widest) {
                widest = advance;
                widestText = text;
            }
        }
        QVERIFY(widestText.startsWith(QStringLiteral("Longer than 99 % of ")));
        const int padding = 2 * view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8;
        QVERIFY2(width >= widest + padding,
                 qPrintable(QStringLiteral("%1 px for \"%2\" (%3 px)").arg(width).arg(widestText).arg(widest)));
    }

private:
    int rowOf(const QString &sessionId) const
    {
        for (int row = 0; row < m_browser.store().size(); ++row) {
            if (m_browser.store().sessionId(row) == sessionId)
                return row;
        }
        return -1;
    }
    Attention::Reason reasonOf(const QString &sessionId) const
    {
        const int row = rowOf(sessionId);
        return row < 0 ? Attention::Reason::None : m_browser.attentionOf(row).reason;
    }

    EmulatorFixture m_emulator;
    BillForward::ApiClient m_client;
    SessionBrowser m_browser;
    SessionLoader m_loader{&m_browser};
};

QTEST_MAIN(tst_RadarView)
#include "tst_radarview.moc"
