// The rule periods from 2027 (customs-2027 research): every 2027 utilization cell at both power edges and both
// displacement ends, new and older than 3 years, with the expected coefficient typed from the research tables
// (not read from the data file); the 2027-2030 excise rows at each hp edge; the clearance fee carried into 2027;
// VAT 22 %; the 2026 corrections; and the refusal after 2030-12-31.

#include "core/customs/engine.h"

#include <QtTest>

using namespace CarScout::Customs;

namespace {

Rational dec(const QString &t) { return *Rational::parse(t); }

RateTable eur100(QDate date)
{
    RateTable t;
    t.date = t.requestedDate = date;
    t.origin = RateOrigin::Manual;
    t.setManual(u"EUR"_qs, 100);
    return t;
}

// A company's new petrol car: the commercial utilization grid, duty + excise + VAT.
Input companyCar(QDate declared, int cc, int hp, bool old)
{
    Input in;
    in.importer = Importer::Company;
    in.powertrain = Powertrain::Petrol;
    in.engineCc = cc;
    in.power = Power::hp(hp);
    in.produced = ProductionDate::fromDate(declared.addYears(old ? -4 : -1));
    in.declarationDate = declared;
    in.price = 1000000;
    in.currency = u"RUB"_qs;
    return in;
}

qint64 k(const Amount &a) { return a.kopecks.value_or(-1); }

} // namespace

class TestCustoms2027 : public QObject
{
    Q_OBJECT

private slots:
    void utilization2027Cells_data()
    {
        QTest::addColumn<bool>("electric");
        QTest::addColumn<int>("cc");
        QTest::addColumn<int>("hp");
        QTest::addColumn<bool>("old");
        QTest::addColumn<QString>("coefficient");
        QTest::addColumn<QString>("confidence");   // "" = two sources agree; else why the cell is flagged
        QTest::newRow("1cc 1hp new") << false << 1 << 1 << false << "16.37" << "one_source";
        QTest::newRow("1cc 160hp new") << false << 1 << 160 << false << "16.37" << "one_source";
        QTest::newRow("1000cc 1hp new") << false << 1000 << 1 << false << "16.37" << "one_source";
        QTest::newRow("1000cc 160hp new") << false << 1000 << 160 << false << "16.37" << "one_source";
        QTest::newRow("1cc 1hp old") << false << 1 << 1 << true << "30.36" << "one_source";
        QTest::newRow("1cc 160hp old") << false << 1 << 160 << true << "30.36" << "one_source";
        QTest::newRow("1000cc 1hp old") << false << 1000 << 1 << true << "30.36" << "one_source";
        QTest::newRow("1000cc 160hp old") << false << 1000 << 160 << true << "30.36" << "one_source";
        QTest::newRow("1cc 161hp new") << false << 1 << 161 << false << "16.90" << "";
        QTest::newRow("1cc 190hp new") << false << 1 << 190 << false << "16.90" << "";
        QTest::newRow("1000cc 161hp new") << false << 1000 << 161 << false << "16.90" << "";
        QTest::newRow("1000cc 190hp new") << false << 1000 << 190 << false << "16.90" << "";
        QTest::newRow("1cc 161hp old") << false << 1 << 161 << true << "31.27" << "disputed";
        QTest::newRow("1cc 190hp old") << false << 1 << 190 << true << "31.27" << "disputed";
        QTest::newRow("1000cc 161hp old") << false << 1000 << 161 << true << "31.27" << "disputed";
        QTest::newRow("1000cc 190hp old") << false << 1000 << 190 << true << "31.27" << "disputed";
        QTest::newRow("1cc 191hp new") << false << 1 << 191 << false << "17.42" << "";
        QTest::newRow("1cc 220hp new") << false << 1 << 220 << false << "17.42" << "";
        QTest::newRow("1000cc 191hp new") << false << 1000 << 191 << false << "17.42" << "";
        QTest::newRow("1000cc 220hp new") << false << 1000 << 220 << false << "17.42" << "";
        QTest::newRow("1cc 191hp old") << false << 1 << 191 << true << "32.21" << "";
        QTest::newRow("1cc 220hp old") << false << 1 << 220 << true << "32.21" << "";
        QTest::newRow("1000cc 191hp old") << false << 1000 << 191 << true << "32.21" << "";
        QTest::newRow("1000cc 220hp old") << false << 1000 << 220 << true << "32.21" << "";
        QTest::newRow("1cc 221hp new") << false << 1 << 221 << false << "17.82" << "";
        QTest::newRow("1cc 250hp new") << false << 1 << 250 << false << "17.82" << "";
        QTest::newRow("1000cc 221hp new") << false << 1000 << 221 << false << "17.82" << "";
        QTest::newRow("1000cc 250hp new") << false << 1000 << 250 << false << "17.82" << "";
        QTest::newRow("1cc 221hp old") << false << 1 << 221 << true << "33.13" << "";
        QTest::newRow("1cc 250hp old") << false << 1 << 250 << true << "33.13" << "";
        QTest::newRow("1000cc 221hp old") << false << 1000 << 221 << true << "33.13" << "";
        QTest::newRow("1000cc 250hp old") << false << 1000 << 250 << true << "33.13" << "";
        QTest::newRow("1cc 251hp new") << false << 1 << 251 << false << "19.01" << "";
        QTest::newRow("1cc 351hp new") << false << 1 << 351 << false << "19.01" << "";
        QTest::newRow("1000cc 251hp new") << false << 1000 << 251 << false << "19.01" << "";
        QTest::newRow("1000cc 351hp new") << false << 1000 << 351 << false << "19.01" << "";
        QTest::newRow("1cc 251hp old") << false << 1 << 251 << true << "33.13" << "";
        QTest::newRow("1cc 351hp old") << false << 1 << 351 << true << "33.13" << "";
        QTest::newRow("1000cc 251hp old") << false << 1000 << 251 << true << "33.13" << "";
        QTest::newRow("1000cc 351hp old") << false << 1000 << 351 << true << "33.13" << "";
        QTest::newRow("1001cc 1hp new") << false << 1001 << 1 << false << "44.04" << "one_source";
        QTest::newRow("1001cc 160hp new") << false << 1001 << 160 << false << "44.04" << "one_source";
        QTest::newRow("2000cc 1hp new") << false << 2000 << 1 << false << "44.04" << "one_source";
        QTest::newRow("2000cc 160hp new") << false << 2000 << 160 << false << "44.04" << "one_source";
        QTest::newRow("1001cc 1hp old") << false << 1001 << 1 << true << "77.48" << "one_source";
        QTest::newRow("1001cc 160hp old") << false << 1001 << 160 << true << "77.48" << "one_source";
        QTest::newRow("2000cc 1hp old") << false << 2000 << 1 << true << "77.48" << "one_source";
        QTest::newRow("2000cc 160hp old") << false << 2000 << 160 << true << "77.48" << "one_source";
        QTest::newRow("1001cc 161hp new") << false << 1001 << 161 << false << "49.50" << "";
        QTest::newRow("1001cc 190hp new") << false << 1001 << 190 << false << "49.50" << "";
        QTest::newRow("2000cc 161hp new") << false << 2000 << 161 << false << "49.50" << "";
        QTest::newRow("2000cc 190hp new") << false << 2000 << 190 << false << "49.50" << "";
        QTest::newRow("1001cc 161hp old") << false << 1001 << 161 << true << "82.10" << "";
        QTest::newRow("1001cc 190hp old") << false << 1001 << 190 << true << "82.10" << "";
        QTest::newRow("2000cc 161hp old") << false << 2000 << 161 << true << "82.10" << "";
        QTest::newRow("2000cc 190hp old") << false << 2000 << 190 << true << "82.10" << "";
        QTest::newRow("1001cc 191hp new") << false << 1001 << 191 << false << "52.40" << "";
        QTest::newRow("1001cc 220hp new") << false << 1001 << 220 << false << "52.40" << "";
        QTest::newRow("2000cc 191hp new") << false << 2000 << 191 << false << "52.40" << "";
        QTest::newRow("2000cc 220hp new") << false << 2000 << 220 << false << "52.40" << "";
        QTest::newRow("1001cc 191hp old") << false << 1001 << 191 << true << "87.12" << "";
        QTest::newRow("1001cc 220hp old") << false << 1001 << 220 << true << "87.12" << "";
        QTest::newRow("2000cc 191hp old") << false << 2000 << 191 << true << "87.12" << "";
        QTest::newRow("2000cc 220hp old") << false << 2000 << 220 << true << "87.12" << "";
        QTest::newRow("1001cc 221hp new") << false << 1001 << 221 << false << "55.57" << "";
        QTest::newRow("1001cc 250hp new") << false << 1001 << 250 << false << "55.57" << "";
        QTest::newRow("2000cc 221hp new") << false << 2000 << 221 << false << "55.57" << "";
        QTest::newRow("2000cc 250hp new") << false << 2000 << 250 << false << "55.57" << "";
        QTest::newRow("1001cc 221hp old") << false << 1001 << 221 << true << "92.27" << "";
        QTest::newRow("1001cc 250hp old") << false << 1001 << 250 << true << "92.27" << "";
        QTest::newRow("2000cc 221hp old") << false << 2000 << 221 << true << "92.27" << "";
        QTest::newRow("2000cc 250hp old") << false << 2000 << 250 << true << "92.27" << "";
        QTest::newRow("1001cc 251hp new") << false << 1001 << 251 << false << "62.83" << "";
        QTest::newRow("1001cc 280hp new") << false << 1001 << 280 << false << "62.83" << "";
        QTest::newRow("2000cc 251hp new") << false << 2000 << 251 << false << "62.83" << "";
        QTest::newRow("2000cc 280hp new") << false << 2000 << 280 << false << "62.83" << "";
        QTest::newRow("1001cc 251hp old") << false << 1001 << 251 << true << "101.11" << "";
        QTest::newRow("1001cc 280hp old") << false << 1001 << 280 << true << "101.11" << "";
        QTest::newRow("2000cc 251hp old") << false << 2000 << 251 << true << "101.11" << "";
        QTest::newRow("2000cc 280hp old") << false << 2000 << 280 << true << "101.11" << "";
        QTest::newRow("1001cc 281hp new") << false << 1001 << 281 << false << "71.02" << "";
        QTest::newRow("1001cc 310hp new") << false << 1001 << 310 << false << "71.02" << "";
        QTest::newRow("2000cc 281hp new") << false << 2000 << 281 << false << "71.02" << "";
        QTest::newRow("2000cc 310hp new") << false << 2000 << 310 << false << "71.02" << "";
        QTest::newRow("1001cc 281hp old") << false << 1001 << 281 << true << "110.62" << "";
        QTest::newRow("1001cc 310hp old") << false << 1001 << 310 << true << "110.62" << "";
        QTest::newRow("2000cc 281hp old") << false << 2000 << 281 << true << "110.62" << "";
        QTest::newRow("2000cc 310hp old") << false << 2000 << 310 << true << "110.62" << "";
        QTest::newRow("1001cc 311hp new") << false << 1001 << 311 << false << "80.26" << "";
        QTest::newRow("1001cc 340hp new") << false << 1001 << 340 << false << "80.26" << "";
        QTest::newRow("2000cc 311hp new") << false << 2000 << 311 << false << "80.26" << "";
        QTest::newRow("2000cc 340hp new") << false << 2000 << 340 << false << "80.26" << "";
        QTest::newRow("1001cc 311hp old") << false << 1001 << 311 << true << "121.18" << "";
        QTest::newRow("1001cc 340hp old") << false << 1001 << 340 << true << "121.18" << "";
        QTest::newRow("2000cc 311hp old") << false << 2000 << 311 << true << "121.18" << "";
        QTest::newRow("2000cc 340hp old") << false << 2000 << 340 << true << "121.18" << "";
        QTest::newRow("1001cc 341hp new") << false << 1001 << 341 << false << "91.48" << "";
        QTest::newRow("1001cc 370hp new") << false << 1001 << 370 << false << "91.48" << "";
        QTest::newRow("2000cc 341hp new") << false << 2000 << 341 << false << "91.48" << "";
        QTest::newRow("2000cc 370hp new") << false << 2000 << 370 << false << "91.48" << "";
        QTest::newRow("1001cc 341hp old") << false << 1001 << 341 << true << "132.66" << "";
        QTest::newRow("1001cc 370hp old") << false << 1001 << 370 << true << "132.66" << "";
        QTest::newRow("2000cc 341hp old") << false << 2000 << 341 << true << "132.66" << "";
        QTest::newRow("2000cc 370hp old") << false << 2000 << 370 << true << "132.66" << "";
        QTest::newRow("1001cc 371hp new") << false << 1001 << 371 << false << "104.28" << "";
        QTest::newRow("1001cc 400hp new") << false << 1001 << 400 << false << "104.28" << "";
        QTest::newRow("2000cc 371hp new") << false << 2000 << 371 << false << "104.28" << "";
        QTest::newRow("2000cc 400hp new") << false << 2000 << 400 << false << "104.28" << "";
        QTest::newRow("1001cc 371hp old") << false << 1001 << 371 << true << "145.20" << "";
        QTest::newRow("1001cc 400hp old") << false << 1001 << 400 << true << "145.20" << "";
        QTest::newRow("2000cc 371hp old") << false << 2000 << 371 << true << "145.20" << "";
        QTest::newRow("2000cc 400hp old") << false << 2000 << 400 << true << "145.20" << "";
        QTest::newRow("1001cc 401hp new") << false << 1001 << 401 << false << "118.80" << "";
        QTest::newRow("1001cc 430hp new") << false << 1001 << 430 << false << "118.80" << "";
        QTest::newRow("2000cc 401hp new") << false << 2000 << 401 << false << "118.80" << "";
        QTest::newRow("2000cc 430hp new") << false << 2000 << 430 << false << "118.80" << "";
        QTest::newRow("1001cc 401hp old") << false << 1001 << 401 << true << "159.06" << "";
        QTest::newRow("1001cc 430hp old") << false << 1001 << 430 << true << "159.06" << "";
        QTest::newRow("2000cc 401hp old") << false << 2000 << 401 << true << "159.06" << "";
        QTest::newRow("2000cc 430hp old") << false << 2000 << 430 << true << "159.06" << "";
        QTest::newRow("1001cc 431hp new") << false << 1001 << 431 << false << "135.56" << "";
        QTest::newRow("1001cc 460hp new") << false << 1001 << 460 << false << "135.56" << "";
        QTest::newRow("2000cc 431hp new") << false << 2000 << 431 << false << "135.56" << "";
        QTest::newRow("2000cc 460hp new") << false << 2000 << 460 << false << "135.56" << "";
        QTest::newRow("1001cc 431hp old") << false << 1001 << 431 << true << "174.24" << "";
        QTest::newRow("1001cc 460hp old") << false << 1001 << 460 << true << "174.24" << "";
        QTest::newRow("2000cc 431hp old") << false << 2000 << 431 << true << "174.24" << "";
        QTest::newRow("2000cc 460hp old") << false << 2000 << 460 << true << "174.24" << "";
        QTest::newRow("1001cc 461hp new") << false << 1001 << 461 << false << "154.44" << "";
        QTest::newRow("1001cc 500hp new") << false << 1001 << 500 << false << "154.44" << "";
        QTest::newRow("2000cc 461hp new") << false << 2000 << 461 << false << "154.44" << "";
        QTest::newRow("2000cc 500hp new") << false << 2000 << 500 << false << "154.44" << "";
        QTest::newRow("1001cc 461hp old") << false << 1001 << 461 << true << "190.74" << "";
        QTest::newRow("1001cc 500hp old") << false << 1001 << 500 << true << "190.74" << "";
        QTest::newRow("2000cc 461hp old") << false << 2000 << 461 << true << "190.74" << "";
        QTest::newRow("2000cc 500hp old") << false << 2000 << 500 << true << "190.74" << "";
        QTest::newRow("1001cc 501hp new") << false << 1001 << 501 << false << "176.09" << "";
        QTest::newRow("1001cc 601hp new") << false << 1001 << 601 << false << "176.09" << "";
        QTest::newRow("2000cc 501hp new") << false << 2000 << 501 << false << "176.09" << "";
        QTest::newRow("2000cc 601hp new") << false << 2000 << 601 << false << "176.09" << "";
        QTest::newRow("1001cc 501hp old") << false << 1001 << 501 << true << "208.82" << "";
        QTest::newRow("1001cc 601hp old") << false << 1001 << 601 << true << "208.82" << "";
        QTest::newRow("2000cc 501hp old") << false << 2000 << 501 << true << "208.82" << "";
        QTest::newRow("2000cc 601hp old") << false << 2000 << 601 << true << "208.82" << "";
        QTest::newRow("2001cc 1hp new") << false << 2001 << 1 << false << "123.78" << "one_source";
        QTest::newRow("2001cc 160hp new") << false << 2001 << 160 << false << "123.78" << "one_source";
        QTest::newRow("3000cc 1hp new") << false << 3000 << 1 << false << "123.78" << "one_source";
        QTest::newRow("3000cc 160hp new") << false << 3000 << 160 << false << "123.78" << "one_source";
        QTest::newRow("2001cc 1hp old") << false << 2001 << 1 << true << "187.40" << "one_source";
        QTest::newRow("2001cc 160hp old") << false << 2001 << 160 << true << "187.40" << "one_source";
        QTest::newRow("3000cc 1hp old") << false << 3000 << 1 << true << "187.40" << "one_source";
        QTest::newRow("3000cc 160hp old") << false << 3000 << 160 << true << "187.40" << "one_source";
        QTest::newRow("2001cc 161hp new") << false << 2001 << 161 << false << "126.87" << "";
        QTest::newRow("2001cc 190hp new") << false << 2001 << 190 << false << "126.87" << "";
        QTest::newRow("3000cc 161hp new") << false << 3000 << 161 << false << "126.87" << "";
        QTest::newRow("3000cc 190hp new") << false << 3000 << 190 << false << "126.87" << "";
        QTest::newRow("2001cc 161hp old") << false << 2001 << 161 << true << "190.08" << "";
        QTest::newRow("2001cc 190hp old") << false << 2001 << 190 << true << "190.08" << "";
        QTest::newRow("3000cc 161hp old") << false << 3000 << 161 << true << "190.08" << "";
        QTest::newRow("3000cc 190hp old") << false << 3000 << 190 << true << "190.08" << "";
        QTest::newRow("2001cc 191hp new") << false << 2001 << 191 << false << "130.02" << "";
        QTest::newRow("2001cc 220hp new") << false << 2001 << 220 << false << "130.02" << "";
        QTest::newRow("3000cc 191hp new") << false << 3000 << 191 << false << "130.02" << "";
        QTest::newRow("3000cc 220hp new") << false << 3000 << 220 << false << "130.02" << "";
        QTest::newRow("2001cc 191hp old") << false << 2001 << 191 << true << "192.59" << "";
        QTest::newRow("2001cc 220hp old") << false << 2001 << 220 << true << "192.59" << "";
        QTest::newRow("3000cc 191hp old") << false << 3000 << 191 << true << "192.59" << "";
        QTest::newRow("3000cc 220hp old") << false << 3000 << 220 << true << "192.59" << "";
        QTest::newRow("2001cc 221hp new") << false << 2001 << 221 << false << "132.13" << "";
        QTest::newRow("2001cc 250hp new") << false << 2001 << 250 << false << "132.13" << "";
        QTest::newRow("3000cc 221hp new") << false << 3000 << 221 << false << "132.13" << "";
        QTest::newRow("3000cc 250hp new") << false << 3000 << 250 << false << "132.13" << "";
        QTest::newRow("2001cc 221hp old") << false << 2001 << 221 << true << "195.36" << "";
        QTest::newRow("2001cc 250hp old") << false << 2001 << 250 << true << "195.36" << "";
        QTest::newRow("3000cc 221hp old") << false << 3000 << 221 << true << "195.36" << "";
        QTest::newRow("3000cc 250hp old") << false << 3000 << 250 << true << "195.36" << "";
        QTest::newRow("2001cc 251hp new") << false << 2001 << 251 << false << "138.60" << "";
        QTest::newRow("2001cc 280hp new") << false << 2001 << 280 << false << "138.60" << "";
        QTest::newRow("3000cc 251hp new") << false << 3000 << 251 << false << "138.60" << "";
        QTest::newRow("3000cc 280hp new") << false << 3000 << 280 << false << "138.60" << "";
        QTest::newRow("2001cc 251hp old") << false << 2001 << 251 << true << "201.30" << "";
        QTest::newRow("2001cc 280hp old") << false << 2001 << 280 << true << "201.30" << "";
        QTest::newRow("3000cc 251hp old") << false << 3000 << 251 << true << "201.30" << "";
        QTest::newRow("3000cc 280hp old") << false << 3000 << 280 << true << "201.30" << "";
        QTest::newRow("2001cc 281hp new") << false << 2001 << 281 << false << "144.14" << "";
        QTest::newRow("2001cc 310hp new") << false << 2001 << 310 << false << "144.14" << "";
        QTest::newRow("3000cc 281hp new") << false << 3000 << 281 << false << "144.14" << "";
        QTest::newRow("3000cc 310hp new") << false << 3000 << 310 << false << "144.14" << "";
        QTest::newRow("2001cc 281hp old") << false << 2001 << 281 << true << "207.37" << "";
        QTest::newRow("2001cc 310hp old") << false << 2001 << 310 << true << "207.37" << "";
        QTest::newRow("3000cc 281hp old") << false << 3000 << 281 << true << "207.37" << "";
        QTest::newRow("3000cc 310hp old") << false << 3000 << 310 << true << "207.37" << "";
        QTest::newRow("2001cc 311hp new") << false << 2001 << 311 << false << "149.95" << "";
        QTest::newRow("2001cc 340hp new") << false << 2001 << 340 << false << "149.95" << "";
        QTest::newRow("3000cc 311hp new") << false << 3000 << 311 << false << "149.95" << "";
        QTest::newRow("3000cc 340hp new") << false << 3000 << 340 << false << "149.95" << "";
        QTest::newRow("2001cc 311hp old") << false << 2001 << 311 << true << "213.05" << "";
        QTest::newRow("2001cc 340hp old") << false << 2001 << 340 << true << "213.05" << "";
        QTest::newRow("3000cc 311hp old") << false << 3000 << 311 << true << "213.05" << "";
        QTest::newRow("3000cc 340hp old") << false << 3000 << 340 << true << "213.05" << "";
        QTest::newRow("2001cc 341hp new") << false << 2001 << 341 << false << "155.89" << "";
        QTest::newRow("2001cc 370hp new") << false << 2001 << 370 << false << "155.89" << "";
        QTest::newRow("3000cc 341hp new") << false << 3000 << 341 << false << "155.89" << "";
        QTest::newRow("3000cc 370hp new") << false << 3000 << 370 << false << "155.89" << "";
        QTest::newRow("2001cc 341hp old") << false << 2001 << 341 << true << "218.99" << "";
        QTest::newRow("2001cc 370hp old") << false << 2001 << 370 << true << "218.99" << "";
        QTest::newRow("3000cc 341hp old") << false << 3000 << 341 << true << "218.99" << "";
        QTest::newRow("3000cc 370hp old") << false << 3000 << 370 << true << "218.99" << "";
        QTest::newRow("2001cc 371hp new") << false << 2001 << 371 << false << "162.23" << "";
        QTest::newRow("2001cc 400hp new") << false << 2001 << 400 << false << "162.23" << "";
        QTest::newRow("3000cc 371hp new") << false << 3000 << 371 << false << "162.23" << "";
        QTest::newRow("3000cc 400hp new") << false << 3000 << 400 << false << "162.23" << "";
        QTest::newRow("2001cc 371hp old") << false << 2001 << 371 << true << "225.19" << "";
        QTest::newRow("2001cc 400hp old") << false << 2001 << 400 << true << "225.19" << "";
        QTest::newRow("3000cc 371hp old") << false << 3000 << 371 << true << "225.19" << "";
        QTest::newRow("3000cc 400hp old") << false << 3000 << 400 << true << "225.19" << "";
        QTest::newRow("2001cc 401hp new") << false << 2001 << 401 << false << "168.70" << "";
        QTest::newRow("2001cc 430hp new") << false << 2001 << 430 << false << "168.70" << "";
        QTest::newRow("3000cc 401hp new") << false << 3000 << 401 << false << "168.70" << "";
        QTest::newRow("3000cc 430hp new") << false << 3000 << 430 << false << "168.70" << "";
        QTest::newRow("2001cc 401hp old") << false << 2001 << 401 << true << "231.53" << "";
        QTest::newRow("2001cc 430hp old") << false << 2001 << 430 << true << "231.53" << "";
        QTest::newRow("3000cc 401hp old") << false << 3000 << 401 << true << "231.53" << "";
        QTest::newRow("3000cc 430hp old") << false << 3000 << 430 << true << "231.53" << "";
        QTest::newRow("2001cc 431hp new") << false << 2001 << 431 << false << "175.43" << "";
        QTest::newRow("2001cc 460hp new") << false << 2001 << 460 << false << "175.43" << "";
        QTest::newRow("3000cc 431hp new") << false << 3000 << 431 << false << "175.43" << "";
        QTest::newRow("3000cc 460hp new") << false << 3000 << 460 << false << "175.43" << "";
        QTest::newRow("2001cc 431hp old") << false << 2001 << 431 << true << "238.00" << "";
        QTest::newRow("2001cc 460hp old") << false << 2001 << 460 << true << "238.00" << "";
        QTest::newRow("3000cc 431hp old") << false << 3000 << 431 << true << "238.00" << "";
        QTest::newRow("3000cc 460hp old") << false << 3000 << 460 << true << "238.00" << "";
        QTest::newRow("2001cc 461hp new") << false << 2001 << 461 << false << "182.42" << "";
        QTest::newRow("2001cc 500hp new") << false << 2001 << 500 << false << "182.42" << "";
        QTest::newRow("3000cc 461hp new") << false << 3000 << 461 << false << "182.42" << "";
        QTest::newRow("3000cc 500hp new") << false << 3000 << 500 << false << "182.42" << "";
        QTest::newRow("2001cc 461hp old") << false << 2001 << 461 << true << "244.60" << "";
        QTest::newRow("2001cc 500hp old") << false << 2001 << 500 << true << "244.60" << "";
        QTest::newRow("3000cc 461hp old") << false << 3000 << 461 << true << "244.60" << "";
        QTest::newRow("3000cc 500hp old") << false << 3000 << 500 << true << "244.60" << "";
        QTest::newRow("2001cc 501hp new") << false << 2001 << 501 << false << "189.68" << "";
        QTest::newRow("2001cc 601hp new") << false << 2001 << 601 << false << "189.68" << "";
        QTest::newRow("3000cc 501hp new") << false << 3000 << 501 << false << "189.68" << "";
        QTest::newRow("3000cc 601hp new") << false << 3000 << 601 << false << "189.68" << "";
        QTest::newRow("2001cc 501hp old") << false << 2001 << 501 << true << "251.46" << "";
        QTest::newRow("2001cc 601hp old") << false << 2001 << 601 << true << "251.46" << "";
        QTest::newRow("3000cc 501hp old") << false << 3000 << 501 << true << "251.46" << "";
        QTest::newRow("3000cc 601hp old") << false << 3000 << 601 << true << "251.46" << "";
        QTest::newRow("3001cc 1hp new") << false << 3001 << 1 << false << "142.12" << "";
        QTest::newRow("3001cc 160hp new") << false << 3001 << 160 << false << "142.12" << "";
        QTest::newRow("3500cc 1hp new") << false << 3500 << 1 << false << "142.12" << "";
        QTest::newRow("3500cc 160hp new") << false << 3500 << 160 << false << "142.12" << "";
        QTest::newRow("3001cc 1hp old") << false << 3001 << 1 << true << "217.59" << "";
        QTest::newRow("3001cc 160hp old") << false << 3001 << 160 << true << "217.59" << "";
        QTest::newRow("3500cc 1hp old") << false << 3500 << 1 << true << "217.59" << "";
        QTest::newRow("3500cc 160hp old") << false << 3500 << 160 << true << "217.59" << "";
        QTest::newRow("3001cc 161hp new") << false << 3001 << 161 << false << "144.94" << "";
        QTest::newRow("3001cc 190hp new") << false << 3001 << 190 << false << "144.94" << "";
        QTest::newRow("3500cc 161hp new") << false << 3500 << 161 << false << "144.94" << "";
        QTest::newRow("3500cc 190hp new") << false << 3500 << 190 << false << "144.94" << "";
        QTest::newRow("3001cc 161hp old") << false << 3001 << 161 << true << "220.04" << "";
        QTest::newRow("3001cc 190hp old") << false << 3001 << 190 << true << "220.04" << "";
        QTest::newRow("3500cc 161hp old") << false << 3500 << 161 << true << "220.04" << "";
        QTest::newRow("3500cc 190hp old") << false << 3500 << 190 << true << "220.04" << "";
        QTest::newRow("3001cc 191hp new") << false << 3001 << 191 << false << "147.84" << "";
        QTest::newRow("3001cc 220hp new") << false << 3001 << 220 << false << "147.84" << "";
        QTest::newRow("3500cc 191hp new") << false << 3500 << 191 << false << "147.84" << "";
        QTest::newRow("3500cc 220hp new") << false << 3500 << 220 << false << "147.84" << "";
        QTest::newRow("3001cc 191hp old") << false << 3001 << 191 << true << "222.42" << "";
        QTest::newRow("3001cc 220hp old") << false << 3001 << 220 << true << "222.42" << "";
        QTest::newRow("3500cc 191hp old") << false << 3500 << 191 << true << "222.42" << "";
        QTest::newRow("3500cc 220hp old") << false << 3500 << 220 << true << "222.42" << "";
        QTest::newRow("3001cc 221hp new") << false << 3001 << 221 << false << "150.88" << "";
        QTest::newRow("3001cc 250hp new") << false << 3001 << 250 << false << "150.88" << "";
        QTest::newRow("3500cc 221hp new") << false << 3500 << 221 << false << "150.88" << "";
        QTest::newRow("3500cc 250hp new") << false << 3500 << 250 << false << "150.88" << "";
        QTest::newRow("3001cc 221hp old") << false << 3001 << 221 << true << "224.80" << "disputed";
        QTest::newRow("3001cc 250hp old") << false << 3001 << 250 << true << "224.80" << "disputed";
        QTest::newRow("3500cc 221hp old") << false << 3500 << 221 << true << "224.80" << "disputed";
        QTest::newRow("3500cc 250hp old") << false << 3500 << 250 << true << "224.80" << "disputed";
        QTest::newRow("3001cc 251hp new") << false << 3001 << 251 << false << "154.57" << "";
        QTest::newRow("3001cc 280hp new") << false << 3001 << 280 << false << "154.57" << "";
        QTest::newRow("3500cc 251hp new") << false << 3500 << 251 << false << "154.57" << "";
        QTest::newRow("3500cc 280hp new") << false << 3500 << 280 << false << "154.57" << "";
        QTest::newRow("3001cc 251hp old") << false << 3001 << 251 << true << "227.96" << "";
        QTest::newRow("3001cc 280hp old") << false << 3001 << 280 << true << "227.96" << "";
        QTest::newRow("3500cc 251hp old") << false << 3500 << 251 << true << "227.96" << "";
        QTest::newRow("3500cc 280hp old") << false << 3500 << 280 << true << "227.96" << "";
        QTest::newRow("3001cc 281hp new") << false << 3001 << 281 << false << "158.40" << "disputed";
        QTest::newRow("3001cc 310hp new") << false << 3001 << 310 << false << "158.40" << "disputed";
        QTest::newRow("3500cc 281hp new") << false << 3500 << 281 << false << "158.40" << "disputed";
        QTest::newRow("3500cc 310hp new") << false << 3500 << 310 << false << "158.40" << "disputed";
        QTest::newRow("3001cc 281hp old") << false << 3001 << 281 << true << "233.64" << "";
        QTest::newRow("3001cc 310hp old") << false << 3001 << 310 << true << "233.64" << "";
        QTest::newRow("3500cc 281hp old") << false << 3500 << 281 << true << "233.64" << "";
        QTest::newRow("3500cc 310hp old") << false << 3500 << 310 << true << "233.64" << "";
        QTest::newRow("3001cc 311hp new") << false << 3001 << 311 << false << "167.11" << "";
        QTest::newRow("3001cc 340hp new") << false << 3001 << 340 << false << "167.11" << "";
        QTest::newRow("3500cc 311hp new") << false << 3500 << 311 << false << "167.11" << "";
        QTest::newRow("3500cc 340hp new") << false << 3500 << 340 << false << "167.11" << "";
        QTest::newRow("3001cc 311hp old") << false << 3001 << 311 << true << "239.58" << "";
        QTest::newRow("3001cc 340hp old") << false << 3001 << 340 << true << "239.58" << "";
        QTest::newRow("3500cc 311hp old") << false << 3500 << 311 << true << "239.58" << "";
        QTest::newRow("3500cc 340hp old") << false << 3500 << 340 << true << "239.58" << "";
        QTest::newRow("3001cc 341hp new") << false << 3001 << 341 << false << "176.35" << "";
        QTest::newRow("3001cc 370hp new") << false << 3001 << 370 << false << "176.35" << "";
        QTest::newRow("3500cc 341hp new") << false << 3500 << 341 << false << "176.35" << "";
        QTest::newRow("3500cc 370hp new") << false << 3500 << 370 << false << "176.35" << "";
        QTest::newRow("3001cc 341hp old") << false << 3001 << 341 << true << "246.71" << "";
        QTest::newRow("3001cc 370hp old") << false << 3001 << 370 << true << "246.71" << "";
        QTest::newRow("3500cc 341hp old") << false << 3500 << 341 << true << "246.71" << "";
        QTest::newRow("3500cc 370hp old") << false << 3500 << 370 << true << "246.71" << "";
        QTest::newRow("3001cc 371hp new") << false << 3001 << 371 << false << "186.12" << "";
        QTest::newRow("3001cc 400hp new") << false << 3001 << 400 << false << "186.12" << "";
        QTest::newRow("3500cc 371hp new") << false << 3500 << 371 << false << "186.12" << "";
        QTest::newRow("3500cc 400hp new") << false << 3500 << 400 << false << "186.12" << "";
        QTest::newRow("3001cc 371hp old") << false << 3001 << 371 << true << "254.10" << "";
        QTest::newRow("3001cc 400hp old") << false << 3001 << 400 << true << "254.10" << "";
        QTest::newRow("3500cc 371hp old") << false << 3500 << 371 << true << "254.10" << "";
        QTest::newRow("3500cc 400hp old") << false << 3500 << 400 << true << "254.10" << "";
        QTest::newRow("3001cc 401hp new") << false << 3001 << 401 << false << "196.28" << "";
        QTest::newRow("3001cc 430hp new") << false << 3001 << 430 << false << "196.28" << "";
        QTest::newRow("3500cc 401hp new") << false << 3500 << 401 << false << "196.28" << "";
        QTest::newRow("3500cc 430hp new") << false << 3500 << 430 << false << "196.28" << "";
        QTest::newRow("3001cc 401hp old") << false << 3001 << 401 << true << "261.76" << "";
        QTest::newRow("3001cc 430hp old") << false << 3001 << 430 << true << "261.76" << "";
        QTest::newRow("3500cc 401hp old") << false << 3500 << 401 << true << "261.76" << "";
        QTest::newRow("3500cc 430hp old") << false << 3500 << 430 << true << "261.76" << "";
        QTest::newRow("3001cc 431hp new") << false << 3001 << 431 << false << "207.11" << "";
        QTest::newRow("3001cc 460hp new") << false << 3001 << 460 << false << "207.11" << "";
        QTest::newRow("3500cc 431hp new") << false << 3500 << 431 << false << "207.11" << "";
        QTest::newRow("3500cc 460hp new") << false << 3500 << 460 << false << "207.11" << "";
        QTest::newRow("3001cc 431hp old") << false << 3001 << 431 << true << "269.54" << "";
        QTest::newRow("3001cc 460hp old") << false << 3001 << 460 << true << "269.54" << "";
        QTest::newRow("3500cc 431hp old") << false << 3500 << 431 << true << "269.54" << "";
        QTest::newRow("3500cc 460hp old") << false << 3500 << 460 << true << "269.54" << "";
        QTest::newRow("3001cc 461hp new") << false << 3001 << 461 << false << "218.46" << "";
        QTest::newRow("3001cc 500hp new") << false << 3001 << 500 << false << "218.46" << "";
        QTest::newRow("3500cc 461hp new") << false << 3500 << 461 << false << "218.46" << "";
        QTest::newRow("3500cc 500hp new") << false << 3500 << 500 << false << "218.46" << "";
        QTest::newRow("3001cc 461hp old") << false << 3001 << 461 << true << "277.73" << "";
        QTest::newRow("3001cc 500hp old") << false << 3001 << 500 << true << "277.73" << "";
        QTest::newRow("3500cc 461hp old") << false << 3500 << 461 << true << "277.73" << "";
        QTest::newRow("3500cc 500hp old") << false << 3500 << 500 << true << "277.73" << "";
        QTest::newRow("3001cc 501hp new") << false << 3001 << 501 << false << "230.47" << "";
        QTest::newRow("3001cc 601hp new") << false << 3001 << 601 << false << "230.47" << "";
        QTest::newRow("3500cc 501hp new") << false << 3500 << 501 << false << "230.47" << "";
        QTest::newRow("3500cc 601hp new") << false << 3500 << 601 << false << "230.47" << "";
        QTest::newRow("3001cc 501hp old") << false << 3001 << 501 << true << "286.04" << "";
        QTest::newRow("3001cc 601hp old") << false << 3001 << 601 << true << "286.04" << "";
        QTest::newRow("3500cc 501hp old") << false << 3500 << 501 << true << "286.04" << "";
        QTest::newRow("3500cc 601hp old") << false << 3500 << 601 << true << "286.04" << "";
        QTest::newRow("3501cc 1hp new") << false << 3501 << 1 << false << "180.99" << "";
        QTest::newRow("3501cc 160hp new") << false << 3501 << 160 << false << "180.99" << "";
        QTest::newRow("6000cc 1hp new") << false << 6000 << 1 << false << "180.99" << "";
        QTest::newRow("6000cc 160hp new") << false << 6000 << 160 << false << "180.99" << "";
        QTest::newRow("3501cc 1hp old") << false << 3501 << 1 << true << "237.92" << "";
        QTest::newRow("3501cc 160hp old") << false << 3501 << 160 << true << "237.92" << "";
        QTest::newRow("6000cc 1hp old") << false << 6000 << 1 << true << "237.92" << "";
        QTest::newRow("6000cc 160hp old") << false << 6000 << 160 << true << "237.92" << "";
        QTest::newRow("3501cc 161hp new") << false << 3501 << 161 << false << "184.01" << "disputed";
        QTest::newRow("3501cc 190hp new") << false << 3501 << 190 << false << "184.01" << "disputed";
        QTest::newRow("6000cc 161hp new") << false << 6000 << 161 << false << "184.01" << "disputed";
        QTest::newRow("6000cc 190hp new") << false << 6000 << 190 << false << "184.01" << "disputed";
        QTest::newRow("3501cc 161hp old") << false << 3501 << 161 << true << "241.43" << "";
        QTest::newRow("3501cc 190hp old") << false << 3501 << 190 << true << "241.43" << "";
        QTest::newRow("6000cc 161hp old") << false << 6000 << 161 << true << "241.43" << "";
        QTest::newRow("6000cc 190hp old") << false << 6000 << 190 << true << "241.43" << "";
        QTest::newRow("3501cc 191hp new") << false << 3501 << 191 << false << "187.18" << "";
        QTest::newRow("3501cc 220hp new") << false << 3501 << 220 << false << "187.18" << "";
        QTest::newRow("6000cc 191hp new") << false << 6000 << 191 << false << "187.18" << "";
        QTest::newRow("6000cc 220hp new") << false << 6000 << 220 << false << "187.18" << "";
        QTest::newRow("3501cc 191hp old") << false << 3501 << 191 << true << "245.12" << "";
        QTest::newRow("3501cc 220hp old") << false << 3501 << 220 << true << "245.12" << "";
        QTest::newRow("6000cc 191hp old") << false << 6000 << 191 << true << "245.12" << "";
        QTest::newRow("6000cc 220hp old") << false << 6000 << 220 << true << "245.12" << "";
        QTest::newRow("3501cc 221hp new") << false << 3501 << 221 << false << "190.34" << "";
        QTest::newRow("3501cc 250hp new") << false << 3501 << 250 << false << "190.34" << "";
        QTest::newRow("6000cc 221hp new") << false << 6000 << 221 << false << "190.34" << "";
        QTest::newRow("6000cc 250hp new") << false << 6000 << 250 << false << "190.34" << "";
        QTest::newRow("3501cc 221hp old") << false << 3501 << 221 << true << "248.82" << "";
        QTest::newRow("3501cc 250hp old") << false << 3501 << 250 << true << "248.82" << "";
        QTest::newRow("6000cc 221hp old") << false << 6000 << 221 << true << "248.82" << "";
        QTest::newRow("6000cc 250hp old") << false << 6000 << 250 << true << "248.82" << "";
        QTest::newRow("3501cc 251hp new") << false << 3501 << 251 << false << "194.17" << "";
        QTest::newRow("3501cc 280hp new") << false << 3501 << 280 << false << "194.17" << "";
        QTest::newRow("6000cc 251hp new") << false << 6000 << 251 << false << "194.17" << "";
        QTest::newRow("6000cc 280hp new") << false << 6000 << 280 << false << "194.17" << "";
        QTest::newRow("3501cc 251hp old") << false << 3501 << 251 << true << "254.50" << "";
        QTest::newRow("3501cc 280hp old") << false << 3501 << 280 << true << "254.50" << "";
        QTest::newRow("6000cc 251hp old") << false << 6000 << 251 << true << "254.50" << "";
        QTest::newRow("6000cc 280hp old") << false << 6000 << 280 << true << "254.50" << "";
        QTest::newRow("3501cc 281hp new") << false << 3501 << 281 << false << "198.00" << "";
        QTest::newRow("3501cc 310hp new") << false << 3501 << 310 << false << "198.00" << "";
        QTest::newRow("6000cc 281hp new") << false << 6000 << 281 << false << "198.00" << "";
        QTest::newRow("6000cc 310hp new") << false << 6000 << 310 << false << "198.00" << "";
        QTest::newRow("3501cc 281hp old") << false << 3501 << 281 << true << "260.30" << "";
        QTest::newRow("3501cc 310hp old") << false << 3501 << 310 << true << "260.30" << "";
        QTest::newRow("6000cc 281hp old") << false << 6000 << 281 << true << "260.30" << "";
        QTest::newRow("6000cc 310hp old") << false << 6000 << 310 << true << "260.30" << "";
        QTest::newRow("3501cc 311hp new") << false << 3501 << 311 << false << "205.00" << "";
        QTest::newRow("3501cc 340hp new") << false << 3501 << 340 << false << "205.00" << "";
        QTest::newRow("6000cc 311hp new") << false << 6000 << 311 << false << "205.00" << "";
        QTest::newRow("6000cc 340hp new") << false << 6000 << 340 << false << "205.00" << "";
        QTest::newRow("3501cc 311hp old") << false << 3501 << 311 << true << "274.56" << "";
        QTest::newRow("3501cc 340hp old") << false << 3501 << 340 << true << "274.56" << "";
        QTest::newRow("6000cc 311hp old") << false << 6000 << 311 << true << "274.56" << "";
        QTest::newRow("6000cc 340hp old") << false << 6000 << 340 << true << "274.56" << "";
        QTest::newRow("3501cc 341hp new") << false << 3501 << 341 << false << "212.16" << "";
        QTest::newRow("3501cc 370hp new") << false << 3501 << 370 << false << "212.16" << "";
        QTest::newRow("6000cc 341hp new") << false << 6000 << 341 << false << "212.16" << "";
        QTest::newRow("6000cc 370hp new") << false << 6000 << 370 << false << "212.16" << "";
        QTest::newRow("3501cc 341hp old") << false << 3501 << 341 << true << "289.74" << "";
        QTest::newRow("3501cc 370hp old") << false << 3501 << 370 << true << "289.74" << "";
        QTest::newRow("6000cc 341hp old") << false << 6000 << 341 << true << "289.74" << "";
        QTest::newRow("6000cc 370hp old") << false << 6000 << 370 << true << "289.74" << "";
        QTest::newRow("3501cc 371hp new") << false << 3501 << 371 << false << "219.65" << "";
        QTest::newRow("3501cc 400hp new") << false << 3501 << 400 << false << "219.65" << "";
        QTest::newRow("6000cc 371hp new") << false << 6000 << 371 << false << "219.65" << "";
        QTest::newRow("6000cc 400hp new") << false << 6000 << 400 << false << "219.65" << "";
        QTest::newRow("3501cc 371hp old") << false << 3501 << 371 << true << "305.71" << "";
        QTest::newRow("3501cc 400hp old") << false << 3501 << 400 << true << "305.71" << "";
        QTest::newRow("6000cc 371hp old") << false << 6000 << 371 << true << "305.71" << "";
        QTest::newRow("6000cc 400hp old") << false << 6000 << 400 << true << "305.71" << "";
        QTest::newRow("3501cc 401hp new") << false << 3501 << 401 << false << "227.30" << "";
        QTest::newRow("3501cc 430hp new") << false << 3501 << 430 << false << "227.30" << "";
        QTest::newRow("6000cc 401hp new") << false << 6000 << 401 << false << "227.30" << "";
        QTest::newRow("6000cc 430hp new") << false << 6000 << 430 << false << "227.30" << "";
        QTest::newRow("3501cc 401hp old") << false << 3501 << 401 << true << "322.48" << "";
        QTest::newRow("3501cc 430hp old") << false << 3501 << 430 << true << "322.48" << "";
        QTest::newRow("6000cc 401hp old") << false << 6000 << 401 << true << "322.48" << "";
        QTest::newRow("6000cc 430hp old") << false << 6000 << 430 << true << "322.48" << "";
        QTest::newRow("3501cc 431hp new") << false << 3501 << 431 << false << "235.22" << "";
        QTest::newRow("3501cc 460hp new") << false << 3501 << 460 << false << "235.22" << "";
        QTest::newRow("6000cc 431hp new") << false << 6000 << 431 << false << "235.22" << "";
        QTest::newRow("6000cc 460hp new") << false << 6000 << 460 << false << "235.22" << "";
        QTest::newRow("3501cc 431hp old") << false << 3501 << 431 << true << "340.30" << "";
        QTest::newRow("3501cc 460hp old") << false << 3501 << 460 << true << "340.30" << "";
        QTest::newRow("6000cc 431hp old") << false << 6000 << 431 << true << "340.30" << "";
        QTest::newRow("6000cc 460hp old") << false << 6000 << 460 << true << "340.30" << "";
        QTest::newRow("3501cc 461hp new") << false << 3501 << 461 << false << "243.41" << "";
        QTest::newRow("3501cc 500hp new") << false << 3501 << 500 << false << "243.41" << "";
        QTest::newRow("6000cc 461hp new") << false << 6000 << 461 << false << "243.41" << "";
        QTest::newRow("6000cc 500hp new") << false << 6000 << 500 << false << "243.41" << "";
        QTest::newRow("3501cc 461hp old") << false << 3501 << 461 << true << "359.04" << "";
        QTest::newRow("3501cc 500hp old") << false << 3501 << 500 << true << "359.04" << "";
        QTest::newRow("6000cc 461hp old") << false << 6000 << 461 << true << "359.04" << "";
        QTest::newRow("6000cc 500hp old") << false << 6000 << 500 << true << "359.04" << "";
        QTest::newRow("3501cc 501hp new") << false << 3501 << 501 << false << "251.99" << "";
        QTest::newRow("3501cc 601hp new") << false << 3501 << 601 << false << "251.99" << "";
        QTest::newRow("6000cc 501hp new") << false << 6000 << 501 << false << "251.99" << "";
        QTest::newRow("6000cc 601hp new") << false << 6000 << 601 << false << "251.99" << "";
        QTest::newRow("3501cc 501hp old") << false << 3501 << 501 << true << "378.71" << "";
        QTest::newRow("3501cc 601hp old") << false << 3501 << 601 << true << "378.71" << "";
        QTest::newRow("6000cc 501hp old") << false << 6000 << 501 << true << "378.71" << "";
        QTest::newRow("6000cc 601hp old") << false << 6000 << 601 << true << "378.71" << "";
        QTest::newRow("BEV 1hp new") << true << 0 << 1 << false << "44.05" << "one_source";
        QTest::newRow("BEV 80hp new") << true << 0 << 80 << false << "44.05" << "one_source";
        QTest::newRow("BEV 1hp old") << true << 0 << 1 << true << "77.48" << "one_source";
        QTest::newRow("BEV 80hp old") << true << 0 << 80 << true << "77.48" << "one_source";
        QTest::newRow("BEV 81hp new") << true << 0 << 81 << false << "54.52" << "";
        QTest::newRow("BEV 100hp new") << true << 0 << 100 << false << "54.52" << "";
        QTest::newRow("BEV 81hp old") << true << 0 << 81 << true << "90.29" << "";
        QTest::newRow("BEV 100hp old") << true << 0 << 100 << true << "90.29" << "";
        QTest::newRow("BEV 101hp new") << true << 0 << 101 << false << "72.47" << "";
        QTest::newRow("BEV 130hp new") << true << 0 << 130 << false << "72.47" << "";
        QTest::newRow("BEV 101hp old") << true << 0 << 101 << true << "105.20" << "";
        QTest::newRow("BEV 130hp old") << true << 0 << 130 << true << "105.20" << "";
        QTest::newRow("BEV 131hp new") << true << 0 << 131 << false << "85.80" << "";
        QTest::newRow("BEV 160hp new") << true << 0 << 160 << false << "85.80" << "";
        QTest::newRow("BEV 131hp old") << true << 0 << 131 << true << "122.50" << "";
        QTest::newRow("BEV 160hp old") << true << 0 << 160 << true << "122.50" << "";
        QTest::newRow("BEV 161hp new") << true << 0 << 161 << false << "101.64" << "";
        QTest::newRow("BEV 190hp new") << true << 0 << 190 << false << "101.64" << "";
        QTest::newRow("BEV 161hp old") << true << 0 << 161 << true << "142.69" << "";
        QTest::newRow("BEV 190hp old") << true << 0 << 190 << true << "142.69" << "";
        QTest::newRow("BEV 191hp new") << true << 0 << 191 << false << "120.65" << "";
        QTest::newRow("BEV 220hp new") << true << 0 << 220 << false << "120.65" << "";
        QTest::newRow("BEV 191hp old") << true << 0 << 191 << true << "166.32" << "";
        QTest::newRow("BEV 220hp old") << true << 0 << 220 << true << "166.32" << "";
        QTest::newRow("BEV 221hp new") << true << 0 << 221 << false << "142.96" << "";
        QTest::newRow("BEV 250hp new") << true << 0 << 250 << false << "142.96" << "";
        QTest::newRow("BEV 221hp old") << true << 0 << 221 << true << "193.78" << "";
        QTest::newRow("BEV 250hp old") << true << 0 << 250 << true << "193.78" << "";
        QTest::newRow("BEV 251hp new") << true << 0 << 251 << false << "169.36" << "";
        QTest::newRow("BEV 280hp new") << true << 0 << 280 << false << "169.36" << "";
        QTest::newRow("BEV 251hp old") << true << 0 << 251 << true << "225.72" << "";
        QTest::newRow("BEV 280hp old") << true << 0 << 280 << true << "225.72" << "";
        QTest::newRow("BEV 281hp new") << true << 0 << 281 << false << "200.64" << "";
        QTest::newRow("BEV 481hp new") << true << 0 << 481 << false << "200.64" << "";
        QTest::newRow("BEV 281hp old") << true << 0 << 281 << true << "262.94" << "";
        QTest::newRow("BEV 481hp old") << true << 0 << 481 << true << "262.94" << "";
    }

    void utilization2027Cells()
    {
        QFETCH(bool, electric);
        QFETCH(int, cc);
        QFETCH(int, hp);
        QFETCH(bool, old);
        QFETCH(QString, coefficient);
        QFETCH(QString, confidence);
        const QDate date(2027, 6, 1);
        Input in = companyCar(date, cc, hp, old);
        if (electric)
            in.powertrain = Powertrain::Electric;
        const Result r = Engine::builtin().estimate(in, eur100(date));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.utilizationOld, old);
        QCOMPARE(k(r.utilizationFee), (Rational(20000) * dec(coefficient)).toKopecks());
        QCOMPARE(r.utilizationFee.uncertain, !confidence.isEmpty());
    }

    // The research's worked 2027 amounts (§2.2), straight from the text.
    void worked2027Amounts_data()
    {
        QTest::addColumn<bool>("electric");
        QTest::addColumn<int>("cc");
        QTest::addColumn<QString>("kw");
        QTest::addColumn<qlonglong>("newRub");
        QTest::addColumn<qlonglong>("oldRub");
        QTest::newRow("1-2 L 170 hp") << false << 1998 << "125" << 990000LL << 1642000LL;
        QTest::newRow("1-2 L 200 hp") << false << 1998 << "147" << 1048000LL << 1742400LL;
        QTest::newRow("2-3 L 170 hp") << false << 2500 << "125" << 2537400LL << 3801600LL;
        QTest::newRow("1-2 L 150 hp company") << false << 1998 << "110" << 880800LL << 1549600LL;
        QTest::newRow("BEV 150 hp 30-min") << true << 0 << "110" << 1716000LL << 2450000LL;
    }

    void worked2027Amounts()
    {
        QFETCH(bool, electric);
        QFETCH(int, cc);
        QFETCH(QString, kw);
        QFETCH(qlonglong, newRub);
        QFETCH(qlonglong, oldRub);
        const QDate date(2027, 2, 15);
        for (const bool old : {false, true}) {
            Input in = companyCar(date, cc, 0, old);
            in.power = Power::kw(dec(kw));
            if (electric)
                in.powertrain = Powertrain::Electric;
            const Result r = Engine::builtin().estimate(in, eur100(date));
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(k(r.utilizationFee), (old ? oldRub : newRub) * 100);
        }
    }

    // The individual's preference is unchanged in 2027-2030: 3 400 / 5 200 up to 160 hp and 3 000 cm³.
    void preferenceUnchangedTo2030()
    {
        for (const QDate date : {QDate(2027, 1, 1), QDate(2028, 6, 1), QDate(2030, 12, 31)}) {
            for (const bool old : {false, true}) {
                Input in = companyCar(date, 3000, 160, old);
                in.importer = Importer::Individual;
                Result r = Engine::builtin().estimate(in, eur100(date));
                QVERIFY2(r.ok, qPrintable(r.error));
                QVERIFY(r.utilizationPreferential);
                QCOMPARE(k(r.utilizationFee), old ? 520000 : 340000);
                in.power = Power::hp(161);
                r = Engine::builtin().estimate(in, eur100(date));
                QVERIFY(!r.utilizationPreferential);
                QVERIFY(k(r.utilizationFee) > 100000000);
            }
        }
    }

    // 2028-2030: the draft columns, e.g. 1-2 L 160-190 hp 54.45 / 90.31, 59.90 / 99.35, 65.88 / 109.28.
    void projectedColumns_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("newCoefficient");
        QTest::addColumn<QString>("oldCoefficient");
        QTest::newRow("2028-01-01") << QDate(2028, 1, 1) << "54.45" << "90.31";
        QTest::newRow("2028-12-31") << QDate(2028, 12, 31) << "54.45" << "90.31";
        QTest::newRow("2029-01-01") << QDate(2029, 1, 1) << "59.90" << "99.35";
        QTest::newRow("2030-01-01") << QDate(2030, 1, 1) << "65.88" << "109.28";
        QTest::newRow("2030-12-31") << QDate(2030, 12, 31) << "65.88" << "109.28";
    }

    void projectedColumns()
    {
        QFETCH(QDate, date);
        QFETCH(QString, newCoefficient);
        QFETCH(QString, oldCoefficient);
        for (const bool old : {false, true}) {
            const Result r = Engine::builtin().estimate(companyCar(date, 1998, 170, old), eur100(date));
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(k(r.utilizationFee), (Rational(20000) * dec(old ? oldCoefficient : newCoefficient)).toKopecks());
            QVERIFY(r.utilizationFee.uncertain);
        }
    }

    // Excise per hp from 2027: each bracket edge (90/91, 150/151, …, 500/501) for 2027, 2028 and 2029-2030.
    void exciseFrom2027_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("hp");
        QTest::addColumn<int>("rubPerHp");
        const struct { QDate date; int rates[7]; } years[] = {
            {QDate(2027, 6, 1), {0, 67, 638, 1044, 1779, 1842, 1902}},
            {QDate(2028, 6, 1), {0, 70, 664, 1086, 1850, 1916, 1978}},
            {QDate(2030, 6, 1), {0, 70, 664, 1086, 1850, 1916, 1978}},
        };
        const int edges[] = {90, 150, 200, 300, 400, 500};
        for (const auto &y : years) {
            for (int i = 0; i < 6; ++i) {
                QTest::addRow("%d: %d hp", y.date.year(), edges[i]) << y.date << edges[i] << y.rates[i];
                QTest::addRow("%d: %d hp", y.date.year(), edges[i] + 1) << y.date << edges[i] + 1 << y.rates[i + 1];
            }
        }
    }

    void exciseFrom2027()
    {
        QFETCH(QDate, date);
        QFETCH(int, hp);
        QFETCH(int, rubPerHp);
        const Result r = Engine::builtin().estimate(companyCar(date, 1998, hp, false), eur100(date));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(k(r.excise), qint64(rubPerHp) * hp * 100);
        QCOMPARE(r.excise.uncertain, rubPerHp != 0);   // derived / carried rates; 0 below 90 hp rests on nothing
    }

    void motorcycleExciseFrom2027()
    {
        const QDate date(2027, 6, 1);
        Input in = companyCar(date, 800, 151, false);
        in.vehicle = VehicleKind::Motorcycle;
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).excise), 151LL * 638 * 100);
        in.power = Power::hp(150);
        QCOMPARE(k(Engine::builtin().estimate(in, eur100(date)).excise), 0LL);
    }

    // The clearance fee: the 2026 scale carried into 2027 (flagged), each edge and one kopeck above.
    void clearanceFee2027_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("feeRub");
        const QList<std::pair<const char *, int>> edges = {
            {"200000", 1231}, {"200000.01", 2462}, {"450000", 2462}, {"450000.01", 4924}, {"1200000", 4924},
            {"1200000.01", 13541}, {"2700000", 13541}, {"2700000.01", 18465}, {"4200000", 18465},
            {"4200000.01", 21344}, {"5500000", 21344}, {"5500000.01", 49240}, {"10000000", 49240},
            {"10000000.01", 73860}};
        for (const QDate date : {QDate(2027, 1, 1), QDate(2030, 12, 31)})
            for (const auto &[value, fee] : edges)
                QTest::addRow("%s %s", qPrintable(date.toString(Qt::ISODate)), value) << date << QString::fromLatin1(value) << fee;
    }

    void clearanceFee2027()
    {
        QFETCH(QDate, date);
        QFETCH(QString, value);
        QFETCH(int, feeRub);
        Input in = companyCar(date, 1998, 100, false);
        in.price = dec(value);
        const Result r = Engine::builtin().estimate(in, eur100(date));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(k(r.clearanceFee), qint64(feeRub) * 100);
        QVERIFY(r.clearanceFee.uncertain);
    }

    void vat22In2027()
    {
        const QDate date(2027, 6, 1);
        const Result r = Engine::builtin().estimate(companyCar(date, 1998, 100, false), eur100(date));
        QVERIFY2(r.ok, qPrintable(r.error));
        // 15 % of 1 000 000 + 100 hp × 67; VAT 22 % of the sum with the value.
        QCOMPARE(k(r.duty), 15000000);
        QCOMPARE(k(r.excise), 670000);
        QCOMPARE(k(r.vat), ((Rational(1000000) + Rational(150000) + Rational(6700)) * dec(u"0.22"_qs)).toKopecks());
        QVERIFY(r.excise.uncertain);
        QVERIFY(r.vat.uncertain);      // 22 % is confirmed, but its base holds the derived excise
        QVERIFY(r.vat.uncertainReason.contains(u"excise"));
        QVERIFY(!r.duty.uncertain);
        QVERIFY(r.total.uncertain && r.totalWithoutUtilization.uncertain);
    }

    // 2026: 2001-3000 cm³ 160-190 hp new reads 115.34 (four sources); ≤ 1000 cm³ 160-190 hp > 3 y stays 28.43, flagged.
    void corrections2026()
    {
        const QDate date(2026, 6, 1);
        Result r = Engine::builtin().estimate(companyCar(date, 2500, 170, false), eur100(date));
        QCOMPARE(k(r.utilizationFee), 230680000);
        QVERIFY(!r.utilizationFee.uncertain);
        r = Engine::builtin().estimate(companyCar(date, 1000, 170, true), eur100(date));
        QCOMPARE(k(r.utilizationFee), 56860000);
        QVERIFY(r.utilizationFee.uncertain);
        QVERIFY(!r.utilizationFee.uncertainReason.isEmpty());
    }

    void refusedAfter2030()
    {
        QCOMPARE(RuleBook::builtin().lastCoveredDate(), QDate(2030, 12, 31));
        const QDate date(2031, 1, 1);
        const Result r = Engine::builtin().estimate(companyCar(date, 1998, 100, false), eur100(date));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(u"2031-01-01") && r.error.contains(u"excise (covered: 2024-01-01 … 2030-12-31)")
                     && r.error.contains(u"2024-01-01 … 2030-12-31"),
                 qPrintable(r.error));
        QVERIFY(Engine::builtin().estimate(companyCar(QDate(2030, 12, 31), 1998, 100, false), eur100(QDate(2030, 12, 31))).ok);
    }
};

QTEST_GUILESS_MAIN(TestCustoms2027)
#include "tst_customs2027.moc"
