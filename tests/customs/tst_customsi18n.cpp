// The engine's user-visible texts go through QCoreApplication::translate in the "Customs" context with the
// arguments substituted into the translated template; without a translator they stay the English originals.

#include "core/customs/engine.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

using namespace CarScout::Customs;

namespace {

// Marks every "Customs" text, keeping its %-placeholders, so a test can see which texts were translated.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Customs") != 0)
            return {};
        return u"RU:"_qs + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

Rational dec(const char *text) { return *Rational::parse(QString::fromLatin1(text)); }

RateTable rates()
{
    RateTable t;
    t.date = t.requestedDate = QDate(2025, 6, 21);
    t.origin = RateOrigin::Manual;
    t.setManual(u"EUR"_qs, dec("90.1356"));
    t.setManual(u"KRW"_qs, dec("0.0569017"));
    return t;
}

// A personal-use petrol car with the production month only and no power: ЕТС and a day-unknown warning.
Input personalCar()
{
    Input in;
    in.engineCc = 1998;
    in.produced = *ProductionDate::parse(u"2023-05"_qs);
    in.declarationDate = QDate(2025, 6, 21);
    in.price = dec("20000000");
    in.currency = u"KRW"_qs;
    return in;
}

} // namespace

class TestCustomsI18n : public QObject
{
    Q_OBJECT

private slots:
    void englishWithoutTranslator()
    {
        const Result r = Engine::builtin().estimate(personalCar(), rates());
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warnings.contains(u"The production day is unknown (2023-05): the age is counted from the 15th."_qs),
                 qPrintable(r.warnings.join(u'\n')));
        QVERIFY2(r.dutyRate.endsWith(u" €/cm³") || r.dutyRate.endsWith(u"(the minimum applies)"), qPrintable(r.dutyRate));
        QVERIFY2(r.dutyRate.contains(u" %, min "), qPrintable(r.dutyRate));
        QCOMPARE(r.exciseRate, u"included in the ЕТС"_qs);
    }

    void translatedWithArgumentsInPlace()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const Result r = Engine::builtin().estimate(personalCar(), rates());
        Input zeroPrice = personalCar();
        zeroPrice.price = Rational(0);
        const Result failed = Engine::builtin().estimate(zeroPrice, rates());
        Input companyCar = personalCar();
        companyCar.importer = Importer::Company;
        const Result company = Engine::builtin().estimate(companyCar, rates());
        QCoreApplication::removeTranslator(&translator);

        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.warnings.isEmpty());
        for (const QString &w : r.warnings) {
            QVERIFY2(w.startsWith(u"RU:"), qPrintable(w));
            QVERIFY2(!w.contains(QRegularExpression(u"%\\d"_qs)), qPrintable(w));
        }
        QVERIFY2(r.warnings.contains(u"RU:The production day is unknown (2023-05): the age is counted from the 15th."_qs),
                 qPrintable(r.warnings.join(u'\n')));
        for (const QString &text : {r.dutyRate, r.exciseRate, r.vatRate}) {
            QVERIFY2(text.startsWith(u"RU:"), qPrintable(text));
            QVERIFY2(!text.contains(QRegularExpression(u"%\\d"_qs)), qPrintable(text));
        }
        // A company pays duty + excise + VAT: without the power the excise, and so the VAT, are not computable.
        QVERIFY2(company.ok, qPrintable(company.error));
        QVERIFY(!company.excise.computable());
        QCOMPARE(company.excise.reason, u"RU:the power is unknown (excise is charged per hp)"_qs);
        QCOMPARE(company.vat.reason, u"RU:the VAT base needs the duty and the excise"_qs);
        QCOMPARE(company.total.reason, company.excise.reason);
        QVERIFY(!failed.ok);
        QCOMPARE(failed.error, u"RU:the price must be greater than zero"_qs);
    }

    // Warnings and reasons are sentences for a dealer: no spec file, section sign or confidence code in them.
    void warningsCiteNoSpecOrCodes()
    {
        const QRegularExpression forbidden(u"customs(-2027)?\\.md|§|\\[(\\?|\\d)[^\\]]*\\]|unverified"_qs);
        int checked = 0;
        for (const QDate date : {QDate(2024, 6, 1), QDate(2025, 12, 15), QDate(2026, 6, 1), QDate(2027, 2, 1), QDate(2029, 6, 1)}) {
            for (const auto importer : {Importer::Individual, Importer::Company}) {
                for (const auto powertrain : {Powertrain::Petrol, Powertrain::HybridPetrol, Powertrain::Electric}) {
                    for (const char *produced : {"2024", "2023-05", "2021-07-01"}) {
                        for (const bool withPower : {false, true}) {
                            Input in = personalCar();
                            in.declarationDate = date;
                            in.importer = importer;
                            in.powertrain = powertrain;
                            in.produced = *ProductionDate::parse(QString::fromLatin1(produced));
                            in.productionFromFirstRegistration = true;
                            if (withPower)
                                in.power = Power::hp(170);
                            RateTable t = rates();
                            t.date = date;
                            const Result r = Engine::builtin().estimate(in, t);
                            if (!r.ok)
                                continue;
                            QStringList texts = r.warnings;
                            for (const Amount *a : {&r.duty, &r.excise, &r.vat, &r.clearanceFee, &r.utilizationFee, &r.total})
                                texts << a->reason << a->uncertainReason;
                            for (const QString &text : std::as_const(texts)) {
                                QVERIFY2(!text.contains(forbidden), qPrintable(text));
                                ++checked;
                            }
                        }
                    }
                }
            }
        }
        QVERIFY(checked > 500);
    }
};

QTEST_GUILESS_MAIN(TestCustomsI18n)
#include "tst_customsi18n.moc"
