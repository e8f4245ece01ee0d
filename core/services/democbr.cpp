#include "core/services/democbr.h"

#include "core/demo/demobackends.h"

namespace CarScout::Services {

namespace {
constexpr const char *cbrHost = "www.cbr.ru";

// ASCII only, so the bytes are the same in windows-1251 (the CBR's encoding).
const char *demoXml = R"(<?xml version="1.0" encoding="windows-1251"?>
<ValCurs Date="21.06.2025" name="Foreign Currency Market">
<Valute ID="R01235"><NumCode>840</NumCode><CharCode>USD</CharCode><Nominal>1</Nominal><Name>USD</Name><Value>78,5016</Value><VunitRate>78,5016</VunitRate></Valute>
<Valute ID="R01239"><NumCode>978</NumCode><CharCode>EUR</CharCode><Nominal>1</Nominal><Name>EUR</Name><Value>90,1356</Value><VunitRate>90,1356</VunitRate></Valute>
<Valute ID="R01815"><NumCode>410</NumCode><CharCode>KRW</CharCode><Nominal>1000</Nominal><Name>KRW</Name><Value>56,9017</Value><VunitRate>0,0569017</VunitRate></Valute>
</ValCurs>
)";

void install(Demo::ReplayServer &server)
{
    server.addHandler(QString::fromLatin1(cbrHost), [](const Demo::ReplayRequest &request) -> std::optional<Demo::ReplayResponse> {
        if (request.path != u"/scripts/XML_daily.asp")
            return std::nullopt;
        Demo::ReplayResponse response;
        response.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/xml; charset=windows-1251")));
        response.body = QByteArray(demoXml);
        return response;
    });
}
} // namespace

void registerDemoCbrBackend()
{
    for (const Demo::DemoBackend &backend : Demo::demoBackends()) {
        if (backend.hosts.contains(QString::fromLatin1(cbrHost)))
            return;   // the customs library ships its own
    }
    Demo::registerDemoBackend({QStringLiteral("demo-cbr"), {QString::fromLatin1(cbrHost)}, &install});
}

} // namespace CarScout::Services
