#include "wire/stringpool.h"

#include <QStringDecoder>

namespace BillForward {

QString qStringFromUtf8(std::string_view utf8)
{
    // QString::fromUtf8 drops a leading byte-order mark; a value that starts
    // with U+FEFF must keep it.
    if (utf8.size() >= 3 && utf8.compare(0, 3, "\xef\xbb\xbf") == 0) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom
                                                          | QStringConverter::Flag::Stateless);
        return decoder.decode(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    }
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

QString StringPool::intern(std::string_view utf8)
{
    const auto it = m_strings.find(utf8);
    if (it != m_strings.end())
        return it->second;
    const std::string &owned = m_storage.emplace_back(utf8);
    return m_strings.emplace(std::string_view(owned), qStringFromUtf8(utf8)).first->second;
}

void StringPool::clear()
{
    m_strings.clear();
    m_storage.clear();
}

} // namespace BillForward
