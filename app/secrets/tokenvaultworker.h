#pragma once

#include "secrets/tokenvault.h"

#include <QObject>

// Runs QtKeychain jobs on the vault's thread and reports each result once.
class TokenVaultWorker final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // op: 0 read, 1 write, 2 remove
    void runJob(int id, int op, const QString &key, const QByteArray &token);

signals:
    void jobDone(int id, const TokenVault::Result &result);
};
