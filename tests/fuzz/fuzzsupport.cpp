#include "tests/fuzz/fuzzsupport.h"

#include "core/sources/terms.h"

#include <QtGlobal>

namespace CarScout::Fuzz {

namespace {

void discardMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // A qFatal is still a crash the fuzzer must see.
    if (type == QtFatalMsg)
        qt_message_output(type, QMessageLogContext(), message);
}

} // namespace

void initialize() { qInstallMessageHandler(discardMessage); }

const Sources::TermDictionary &terms()
{
    static const Sources::TermDictionary dictionary = Sources::TermDictionary::loadDefault();
    return dictionary;
}

} // namespace CarScout::Fuzz
