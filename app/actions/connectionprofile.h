#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where the app connects and how carefully. Never holds the access token:
// that lives in the keychain (TokenVault) or in memory.
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    // What the user picked; the environment follows from the URL.
    enum class Kind { Demo, Sandbox, Production, Custom };
    enum class Environment { Demo, Sandbox, Production, Custom };

    QString id;                 // stable, made once (a UUID without braces)
    QString name;
    Kind kind = Kind::Custom;
    QUrl baseUrl;               // empty for Demo: the embedded emulator's URL is known at run time
    QStringList organizations;  // optional scope of list calls
    bool readOnly = false;
    bool confirmStops = true;   // ignored on production, which always asks
    // Seconds a confirmed stop is held, with an Undo, before it is sent (0: sent at once).
    int undoSeconds = DefaultUndoSeconds;

    static constexpr int DefaultUndoSeconds = 5;
    static constexpr int MaxUndoSeconds = 30;
    static int boundedUndoSeconds(int seconds) { return qBound(0, seconds, MaxUndoSeconds); }
    // Requests a sweep of the watch list keeps in flight: a server shared
    // with the customer's own integration gets no more (Qt opens at most 6
    // connections per host).
    int requestsInFlight = DefaultRequestsInFlight;

    static constexpr int DefaultRequestsInFlight = 4;
    static constexpr int MaxRequestsInFlight = 6;
    static int boundedRequestsInFlight(int requests) { return qBound(1, requests, MaxRequestsInFlight); }

    static QUrl sandboxUrl();    // https://app-sandbox.billforward.net/v1
    static QUrl productionUrl(); // https://app.billforward.net/v1
    static ConnectionProfile demo();
    static ConnectionProfile sandbox();
    static ConnectionProfile production();
    static ConnectionProfile custom(const QString &name, const QUrl &baseUrl);
    static QString newId();
    // The id of the transient profile of --base-url / BILLFORWARD_BASE_URL (never saved).
    static QString commandLineId() { return QStringLiteral("command-line"); }

    // Any billforward.net host that is not the sandbox counts as production:
    // the cautious reading of an unknown BillForward host. The one decision
    // for the app and the CLI, made on ServerOrigin::normalisedHost().
    static Environment environmentOf(const QUrl &url);
    Environment environment() const;
    bool isProduction() const { return environment() == Environment::Production; }
    // Stops ask for confirmation: always on production, else as chosen.
    bool mustConfirmStops() const { return isProduction() || confirmStops; }

    static QString kindName(Kind kind);                   // translated
    static QString environmentName(Environment environment); // translated
    static QString kindKey(Kind kind);                    // "demo", "sandbox", ... (settings)
    static Kind kindFromKey(const QString &key);

    friend bool operator==(const ConnectionProfile &a, const ConnectionProfile &b)
    {
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.baseUrl == b.baseUrl
            && a.organizations == b.organizations && a.readOnly == b.readOnly
            && a.confirmStops == b.confirmStops && a.undoSeconds == b.undoSeconds
            && a.requestsInFlight == b.requestsInFlight;
    }
};
