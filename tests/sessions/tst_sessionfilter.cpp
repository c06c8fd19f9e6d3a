#include "sessions/sessionfilter.h"
#include "sessions/sessionmatcher.h"
#include "sessiontestdata.h"

#include <QTest>

using BillForward::UsageSession;
using Field = SessionFilter::TermField;
using Terms = QList<SessionFilter::Term>;
using TestData::session;

Q_DECLARE_METATYPE(SessionFilter::Term)

namespace QTest {
template<>
char *toString(const SessionFilter::Term &term)
{
    return qstrdup(QStringLiteral("%1:%2").arg(int(term.field)).arg(term.value).toUtf8().constData());
}
} // namespace QTest

class tst_SessionFilter : public QObject
{
    Q_OBJECT

private:
    static UsageSession sample()
    {
        UsageSession s = session(QStringLiteral("SES-Alpha-42"));
        s.description = QStringLiteral("Night shift call");
        s.subscriptionId = QStringLiteral("SUB-604915D4");
        s.organizationId = QStringLiteral("ORG-ACME");
        s.pricingComponentId = QStringLiteral("PCO-77");
        s.pricingComponentName = QStringLiteral("Voice Minutes");
        s.uom = QStringLiteral("minutes");
        return s;
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Terms>("terms");
        QTest::newRow("empty") << QString() << Terms{};
        QTest::newRow("spaces") << QStringLiteral("   ") << Terms{};
        QTest::newRow("words") << QStringLiteral(" foo  bar ")
                               << Terms{{Field::Any, QStringLiteral("foo")}, {Field::Any, QStringLiteral("bar")}};
        QTest::newRow("quoted text") << QStringLiteral("\"foo bar\"") << Terms{{Field::Any, QStringLiteral("foo bar")}};
        QTest::newRow("quoted value") << QStringLiteral("desc:\"night shift\" x")
                                      << Terms{{Field::Description, QStringLiteral("night shift")},
                                               {Field::Any, QStringLiteral("x")}};
        QTest::newRow("unterminated") << QStringLiteral("desc:\"night sh")
                                      << Terms{{Field::Description, QStringLiteral("night sh")}};
        QTest::newRow("session") << QStringLiteral("session:abc") << Terms{{Field::SessionId, QStringLiteral("abc")}};
        QTest::newRow("id") << QStringLiteral("ID:abc") << Terms{{Field::SessionId, QStringLiteral("abc")}};
        QTest::newRow("description") << QStringLiteral("description:x") << Terms{{Field::Description, QStringLiteral("x")}};
        QTest::newRow("sub") << QStringLiteral("sub:x") << Terms{{Field::SubscriptionId, QStringLiteral("x")}};
        QTest::newRow("subscription") << QStringLiteral("subscription:x") << Terms{{Field::SubscriptionId, QStringLiteral("x")}};
        QTest::newRow("org") << QStringLiteral("org:x") << Terms{{Field::OrganizationId, QStringLiteral("x")}};
        QTest::newRow("organization") << QStringLiteral("organization:x") << Terms{{Field::OrganizationId, QStringLiteral("x")}};
        QTest::newRow("pc") << QStringLiteral("pc:x") << Terms{{Field::PricingComponent, QStringLiteral("x")}};
        QTest::newRow("component") << QStringLiteral("component:x") << Terms{{Field::PricingComponent, QStringLiteral("x")}};
        QTest::newRow("pricing") << QStringLiteral("pricing:x") << Terms{{Field::PricingComponent, QStringLiteral("x")}};
        QTest::newRow("uom") << QStringLiteral("uom:GB") << Terms{{Field::Uom, QStringLiteral("GB")}};
        QTest::newRow("unit") << QStringLiteral("Unit:GB") << Terms{{Field::Uom, QStringLiteral("GB")}};
        QTest::newRow("state") << QStringLiteral("state:active") << Terms{{Field::State, QStringLiteral("active")}};
        QTest::newRow("unknown prefix") << QStringLiteral("foo:bar") << Terms{{Field::Any, QStringLiteral("foo:bar")}};
        QTest::newRow("empty value skipped") << QStringLiteral("uom: x") << Terms{{Field::Any, QStringLiteral("x")}};
        QTest::newRow("colon in value") << QStringLiteral("desc:a:b") << Terms{{Field::Description, QStringLiteral("a:b")}};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Terms, terms);
        SessionFilter filter;
        filter.setText(text);
        QCOMPARE(filter.terms(), terms);
        QCOMPARE(filter.text(), text);
        QCOMPARE(filter.isEmpty(), terms.isEmpty());
    }

    void accepts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("nothing") << QString() << true;
        QTest::newRow("session id, case") << QStringLiteral("alpha") << true;
        QTest::newRow("description") << QStringLiteral("SHIFT") << true;
        QTest::newRow("subscription") << QStringLiteral("604915d4") << true;
        QTest::newRow("organization") << QStringLiteral("acme") << true;
        QTest::newRow("pricing component id") << QStringLiteral("pco-77") << true;
        QTest::newRow("pricing component name") << QStringLiteral("voice") << true;
        QTest::newRow("unit") << QStringLiteral("minut") << true;
        QTest::newRow("no match") << QStringLiteral("zebra") << false;
        QTest::newRow("all terms must match") << QStringLiteral("alpha zebra") << false;
        QTest::newRow("both match") << QStringLiteral("alpha night") << true;
        QTest::newRow("quoted phrase") << QStringLiteral("\"night shift\"") << true;
        QTest::newRow("quoted phrase order") << QStringLiteral("\"shift night\"") << false;
        QTest::newRow("session: restricts") << QStringLiteral("session:acme") << false;
        QTest::newRow("session: matches") << QStringLiteral("session:ALPHA-4") << true;
        QTest::newRow("desc: matches") << QStringLiteral("desc:\"shift call\"") << true;
        QTest::newRow("desc: restricts") << QStringLiteral("desc:alpha") << false;
        QTest::newRow("sub: matches") << QStringLiteral("sub:sub-6") << true;
        QTest::newRow("sub: restricts") << QStringLiteral("sub:acme") << false;
        QTest::newRow("org: matches") << QStringLiteral("org:acme") << true;
        QTest::newRow("org: restricts") << QStringLiteral("org:alpha") << false;
        QTest::newRow("pc: name") << QStringLiteral("pc:minutes") << true;
        QTest::newRow("pc: id") << QStringLiteral("pc:77") << true;
        QTest::newRow("pc: restricts") << QStringLiteral("pc:acme") << false;
        QTest::newRow("uom: matches") << QStringLiteral("uom:MINUTES") << true;
        QTest::newRow("uom: restricts") << QStringLiteral("uom:GB") << false;
        QTest::newRow("state:historic") << QStringLiteral("state:historic") << true;
        QTest::newRow("state:active") << QStringLiteral("state:active") << false;
        QTest::newRow("unknown prefix is text") << QStringLiteral("alpha:42") << false;
        QTest::newRow("unicode case") << QStringLiteral("ÉTÉ") << true;
    }

    void accepts()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        UsageSession s = sample();
        s.description += QStringLiteral(" été");
        SessionFilter filter;
        filter.setText(text);
        QCOMPARE(SessionMatcher(filter).accepts(s), accepted);
    }

    void stateChoiceAndTerms()
    {
        const UsageSession active = session(QStringLiteral("a"), 0, true);
        const UsageSession historic = session(QStringLiteral("h"));
        SessionFilter filter;
        filter.setState(SessionFilter::StateChoice::Active);
        QVERIFY(SessionMatcher(filter).accepts(active));
        QVERIFY(!SessionMatcher(filter).accepts(historic));
        QVERIFY(SessionMatcher(filter).acceptsIgnoringState(historic));
        filter.setState(SessionFilter::StateChoice::Historic);
        QVERIFY(!SessionMatcher(filter).accepts(active));
        QVERIFY(SessionMatcher(filter).accepts(historic));
        filter.setState(SessionFilter::StateChoice::All);
        filter.setText(QStringLiteral("state:active"));
        QVERIFY(SessionMatcher(filter).accepts(active));
        QVERIFY(!SessionMatcher(filter).accepts(historic));
        QVERIFY(SessionMatcher(filter).acceptsIgnoringState(historic)); // counts per state ignore state terms too
    }

    void sets()
    {
        UsageSession s = sample();
        SessionFilter filter;
        filter.setUoms({QStringLiteral("GB"), QStringLiteral("minutes")});
        QVERIFY(SessionMatcher(filter).accepts(s));
        filter.setUoms({QStringLiteral("GB")});
        QVERIFY(!SessionMatcher(filter).accepts(s));
        filter.setUoms({});
        filter.setPricingComponents({QStringLiteral("Voice Minutes")});
        QVERIFY(SessionMatcher(filter).accepts(s));
        filter.setPricingComponents({QStringLiteral("PCO-77")}); // has a name: the ID does not count
        QVERIFY(!SessionMatcher(filter).accepts(s));
        s.pricingComponentName.clear();
        QVERIFY(SessionMatcher(filter).accepts(s));
    }

    void startedBetween_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("accepted");
        // The session starts at 2026-03-10 00:00:30 local time.
        QTest::newRow("open") << QDate() << QDate() << true;
        QTest::newRow("same day") << QDate(2026, 3, 10) << QDate(2026, 3, 10) << true;
        QTest::newRow("from the day") << QDate(2026, 3, 10) << QDate() << true;
        QTest::newRow("from the next day") << QDate(2026, 3, 11) << QDate() << false;
        QTest::newRow("until the day") << QDate() << QDate(2026, 3, 10) << true;
        QTest::newRow("until the day before") << QDate() << QDate(2026, 3, 9) << false;
    }

    void startedBetween()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, accepted);
        UsageSession s = sample();
        s.start = QDateTime(QDate(2026, 3, 10), QTime(0, 0, 30), Qt::LocalTime).toMSecsSinceEpoch();
        SessionFilter filter;
        filter.setStartedBetween(from, to);
        QCOMPARE(SessionMatcher(filter).accepts(s), accepted);
        QCOMPARE(filter.isEmpty(), !from.isValid() && !to.isValid());
    }

    // The radar's choice: a chip of its own, cleared back to All; the
    // matcher alone (no radar) passes active sessions only.
    void needsAttentionIsAChipAndActiveOnly()
    {
        SessionFilter filter;
        filter.setState(SessionFilter::StateChoice::NeedsAttention);
        const QList<SessionFilter::Chip> chips = filter.chips();
        QCOMPARE(chips.size(), 1);
        QCOMPARE(chips.at(0).kind, SessionFilter::Chip::Kind::State);
        QCOMPARE(chips.at(0).label, QStringLiteral("needs attention"));
        QVERIFY(!filter.isEmpty());
        UsageSession s = sample();
        s.state = QStringLiteral("Active");
        s.stop = BillForward::NoTimestamp;
        QVERIFY(SessionMatcher(filter).accepts(s));
        s.state = QStringLiteral("Historic");
        QVERIFY(!SessionMatcher(filter).accepts(s));
        filter.clearChip(chips.at(0));
        QCOMPARE(filter.state(), SessionFilter::StateChoice::All);
    }

    void chipsClearOneByOne()
    {
        SessionFilter filter;
        filter.setText(QStringLiteral("alpha uom:minutes desc:\"night shift\" foo:bar"));
        filter.setState(SessionFilter::StateChoice::Active);
        filter.setUoms({QStringLiteral("minutes"), QStringLiteral("GB")});
        filter.setPricingComponents({QStringLiteral("Voice")});
        filter.setStartedBetween(QDate(2026, 1, 1), QDate(2026, 1, 31));

        QList<SessionFilter::Chip> chips = filter.chips();
        QCOMPARE(chips.size(), 8);
        QCOMPARE(chips.at(1).label, QStringLiteral("unit: minutes"));
        QCOMPARE(chips.at(2).label, QStringLiteral("description: \"night shift\""));
        QCOMPARE(chips.at(5).label, QStringLiteral("units: GB, minutes"));

        // A term in the middle: the text loses exactly that piece.
        filter.clearChip(chips.at(1));
        QCOMPARE(filter.text(), QStringLiteral("alpha desc:\"night shift\" foo:bar"));
        chips = filter.chips();
        QCOMPARE(chips.size(), 7);
        filter.clearChip(chips.at(1));
        QCOMPARE(filter.text(), QStringLiteral("alpha foo:bar"));
        filter.clearChip(filter.chips().at(1)); // the last term
        QCOMPARE(filter.text(), QStringLiteral("alpha"));
        filter.clearChip(filter.chips().at(0));
        QCOMPARE(filter.text(), QString());
        QVERIFY(filter.terms().isEmpty());

        chips = filter.chips();
        QCOMPARE(chips.size(), 4);
        QCOMPARE(chips.at(0).kind, SessionFilter::Chip::Kind::State);
        filter.clearChip(chips.at(0));
        QCOMPARE(filter.state(), SessionFilter::StateChoice::All);
        filter.clearChip(filter.chips().at(0));
        QVERIFY(filter.uoms().isEmpty());
        QVERIFY(!filter.pricingComponents().isEmpty());
        filter.clearChip(filter.chips().at(0));
        QVERIFY(filter.pricingComponents().isEmpty());
        QVERIFY(filter.startedFrom().isValid());
        filter.clearChip(filter.chips().at(0));
        QVERIFY(!filter.startedFrom().isValid());
        QVERIFY(!filter.startedTo().isValid());
        QVERIFY(filter.chips().isEmpty());
        QVERIFY(filter.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SessionFilter)
#include "tst_sessionfilter.moc"
