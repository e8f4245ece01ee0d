#pragma once

// `carscout --demo` needs exchange rates for the cost columns. Unless a CBR demo backend is already registered,
// this one answers http://www.cbr.ru/scripts/XML_daily.asp with the CBR figures of 21.06.2025 quoted in
// customs.md §11.1 (EUR 90.1356, USD 78.5016, KRW 56.9017 per 1000; the tks.ru capture of that day), for any
// requested date, under that date: the GUI labels the rates with the date they are for.

namespace CarScout::Services {

void registerDemoCbrBackend();

} // namespace CarScout::Services
