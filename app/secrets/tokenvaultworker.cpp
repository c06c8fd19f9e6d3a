#include "secrets/tokenvaultworker.h"

#include <qt6keychain/keychain.h>

void TokenVaultWorker::runJob(int id, int op, const QString &key, const QByteArray &token)
{
    QKeychain::Job *job = nullptr;
    if (op == 0) {
        job = new QKeychain::ReadPasswordJob(TokenVault::serviceName(), this);
    } else if (op == 1) {
        auto *write = new QKeychain::WritePasswordJob(TokenVault::serviceName(), this);
        write->setBinaryData(token);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(TokenVault::serviceName(), this);
    }
    job->setKey(key);
    job->setAutoDelete(true);
    // Never fall back to an unencrypted file: a token belongs in the keychain or in memory.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, id, op](QKeychain::Job *done) {
        TokenVault::Result result;
        switch (done->error()) {
        case QKeychain::NoError:
            result.status = TokenVault::Status::Ok;
            if (op == 0)
                result.token = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
            break;
        case QKeychain::EntryNotFound:
            result.status = op == 2 ? TokenVault::Status::Ok : TokenVault::Status::NotFound;
            if (op != 2)
                result.message = TokenVault::tr("No access token is stored for this connection.");
            break;
        // errorString() is QtKeychain's text (D-Bus or backend detail); it never holds the token.
        case QKeychain::AccessDenied:
            result.status = TokenVault::Status::Unavailable;
            result.message = TokenVault::tr("The system keychain refused access (%1).").arg(done->errorString());
            break;
        case QKeychain::AccessDeniedByUser:
            result.status = TokenVault::Status::Unavailable;
            result.message =
                TokenVault::tr("The system keychain’s prompt was cancelled (%1).").arg(done->errorString());
            break;
        default:
            result.status = TokenVault::Status::Unavailable;
            result.message = TokenVault::tr("The system keychain is not available (%1).").arg(done->errorString());
            break;
        }
        emit jobDone(id, result);
    });
    job->start();
}
