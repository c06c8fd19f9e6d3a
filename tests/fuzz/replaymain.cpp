// Replays every file of a fuzz target's corpus and regressions through its
// LLVMFuzzerTestOneInput: a crash libFuzzer found once stays fixed, in every
// normal (and sanitizer) build, without libFuzzer.

#include "fuzzinput.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QString>

#include <cstdio>

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    const QStringList directories = QString::fromUtf8(USA_FUZZ_INPUTS).split(QLatin1Char('|'));
    int replayed = 0;
    for (const QString &directory : directories) {
        QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly)) {
                fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++replayed;
        }
    }
    printf("replayed %d inputs\n", replayed);
    return replayed > 0 ? 0 : 1;
}
