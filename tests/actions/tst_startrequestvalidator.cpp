#include "actions/startrequestvalidator.h"

#include <QTest>

Q_DECLARE_METATYPE(ActionField)

namespace {

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

constexpr BillForward::Timestamp Now = 1767225600000; // 2026-01-01T00:00:00Z

StartRequest validRequest()
{
    StartRequest request;
    request.subscriptionId = QStringLiteral("SUB-1");
    request.sessionIds = {QStringLiteral("call-1")};
    request.pricingComponentName = QStringLiteral("Minutes");
    request.uom = QStringLiteral("minutes");
    return request;
}

QList<ActionField> fieldsOf(const FieldIssues &issues)
{
    QList<ActionField> fields;
    for (const FieldIssue &issue : issues) {
        if (!fields.contains(issue.field))
            fields.append(issue.field);
    }
    return fields;
}

} // namespace

class tst_StartRequestValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void alreadyRunningIsMarked();
    void batchHasOneItemPerId();
    void linesOfDropsTrailingBlankLines();
};

void tst_StartRequestValidator::validate_data()
{
    QTest::addColumn<QString>("subscription");
    QTest::addColumn<QStringList>("sessionIds");
    QTest::addColumn<QString>("pcName");
    QTest::addColumn<QString>("pcId");
    QTest::addColumn<QString>("uom");
    QTest::addColumn<qint64>("startOffsetMs"); // from Now; INT64_MIN: none
    QTest::addColumn<QList<ActionField>>("expected");

    const QStringList one = {QStringLiteral("call-1")};
    const qint64 none = BillForward::NoTimestamp;
    using F = ActionField;
    QTest::newRow("valid") << "SUB-1" << one << "Minutes" << "" << "minutes" << none << QList<F>{};
    QTest::newRow("valid by id") << "SUB-1" << one << "" << "PCO-1" << "minutes" << none << QList<F>{};
    QTest::newRow("three ids") << "SUB-1" << lines({"a", "b", "c"}) << "Minutes" << "" << "minutes" << none
                               << QList<F>{};
    QTest::newRow("empty subscription") << "  " << one << "Minutes" << "" << "minutes" << none
                                        << QList<F>{F::Subscription};
    QTest::newRow("subscription with slash") << "SUB/1" << one << "Minutes" << "" << "minutes" << none
                                             << QList<F>{F::Subscription};
    QTest::newRow("no ids") << "SUB-1" << QStringList{} << "Minutes" << "" << "minutes" << none
                            << QList<F>{F::SessionIds};
    QTest::newRow("blank line between ids") << "SUB-1" << lines({"a", "   ", "b"}) << "Minutes" << ""
                                            << "minutes" << none << QList<F>{F::SessionIds};
    QTest::newRow("whitespace-only id") << "SUB-1" << lines({"\t"}) << "Minutes" << "" << "minutes" << none
                                        << QList<F>{F::SessionIds};
    QTest::newRow("duplicate ids") << "SUB-1" << lines({"a", "b", " a "}) << "Minutes" << "" << "minutes"
                                   << none << QList<F>{F::SessionIds};
    QTest::newRow("two ids on one line") << "SUB-1" << lines({"a b"}) << "Minutes" << "" << "minutes"
                                         << none << QList<F>{F::SessionIds};
    QTest::newRow("no pricing component") << "SUB-1" << one << " " << "" << "minutes" << none
                                          << QList<F>{F::PricingComponent};
    QTest::newRow("no unit") << "SUB-1" << one << "Minutes" << "" << "" << none << QList<F>{F::Uom};
    QTest::newRow("start in the past") << "SUB-1" << one << "Minutes" << "" << "minutes" << qint64(-3600000)
                                       << QList<F>{};
    QTest::newRow("start 59 s ahead") << "SUB-1" << one << "Minutes" << "" << "minutes" << qint64(59000)
                                      << QList<F>{};
    QTest::newRow("start 2 min ahead") << "SUB-1" << one << "Minutes" << "" << "minutes" << qint64(120000)
                                       << QList<F>{F::StartTime};
    QTest::newRow("everything wrong") << "" << QStringList{} << "" << "" << "" << qint64(3600000)
                                      << QList<F>{F::Subscription, F::SessionIds, F::PricingComponent, F::Uom,
                                                  F::StartTime};
}

void tst_StartRequestValidator::validate()
{
    QFETCH(QString, subscription);
    QFETCH(QStringList, sessionIds);
    QFETCH(QString, pcName);
    QFETCH(QString, pcId);
    QFETCH(QString, uom);
    QFETCH(qint64, startOffsetMs);
    QFETCH(QList<ActionField>, expected);

    StartRequest request;
    request.subscriptionId = subscription;
    request.sessionIds = sessionIds;
    request.pricingComponentName = pcName;
    request.pricingComponentId = pcId;
    request.uom = uom;
    request.start = startOffsetMs == BillForward::NoTimestamp ? BillForward::NoTimestamp : Now + startOffsetMs;

    StartRequestValidator validator;
    validator.setNow(Now);
    const FieldIssues issues = validator.validate(request);
    QCOMPARE(fieldsOf(issues), expected);
    for (const FieldIssue &issue : issues)
        QVERIFY2(!issue.message.isEmpty(), "every issue says what is wrong");
}

void tst_StartRequestValidator::alreadyRunningIsMarked()
{
    BillForward::UsageSession running;
    running.subscriptionId = QStringLiteral("SUB-1");
    running.sessionId = QStringLiteral("call-1");
    running.uom = QStringLiteral("minutes");
    running.state = QStringLiteral("Active");
    StartRequestValidator validator;
    validator.setNow(Now);
    validator.setActiveSessions({running});
    const FieldIssues issues = validator.validate(validRequest());
    QCOMPARE(fieldsOf(issues), QList<ActionField>{ActionField::SessionIds});
    QVERIFY(issues.constFirst().message.contains(QLatin1String("call-1")));

    StartRequest otherUnit = validRequest();
    otherUnit.uom = QStringLiteral("GB");
    QVERIFY(validator.validate(otherUnit).isEmpty());
}

void tst_StartRequestValidator::batchHasOneItemPerId()
{
    StartRequest request = validRequest();
    request.sessionIds = {QStringLiteral(" a "), QStringLiteral("b"), QStringLiteral("c")};
    request.pricingComponentId = QStringLiteral("PCO-9");
    request.description = QStringLiteral(" night shift ");
    request.start = Now;
    const BillForward::SessionBatch batch = request.toBatch();
    QCOMPARE(batch.usageSessions.size(), 3);
    QCOMPARE(batch.usageSessions.at(0).sessionId, QStringLiteral("a"));
    QCOMPARE(batch.usageSessions.at(2).sessionId, QStringLiteral("c"));
    for (const BillForward::UsageSession &session : batch.usageSessions) {
        QCOMPARE(session.subscriptionId, QStringLiteral("SUB-1"));
        QCOMPARE(session.uom, QStringLiteral("minutes"));
        QCOMPARE(session.pricingComponentName, QStringLiteral("Minutes"));
        QCOMPARE(session.pricingComponentId, QStringLiteral("PCO-9"));
        QCOMPARE(session.description, QStringLiteral("night shift"));
        QCOMPARE(session.start, Now);
    }
}

void tst_StartRequestValidator::linesOfDropsTrailingBlankLines()
{
    QCOMPARE(StartRequest::linesOf(QStringLiteral("a\r\nb\n\n  \n")), (lines({"a", "b"})));
    QCOMPARE(StartRequest::linesOf(QStringLiteral("a\n\nb")), (lines({"a", "", "b"})));
}

QTEST_GUILESS_MAIN(tst_StartRequestValidator)
#include "tst_startrequestvalidator.moc"
