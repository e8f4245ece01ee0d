#include "core/customs/comparison.h"

namespace CarScout::Customs {

OnlineFigures onlineFigures(const TksResult &tks)
{
    OnlineFigures f;
    f.source = QStringLiteral("tks.ru");
    f.clearanceFee = tks.clearanceFee;
    f.duty = tks.duty;
    f.excise = tks.excise;
    f.vat = tks.vat;
    f.utilizationFee = tks.utilizationFee;
    f.totalWithoutUtilization = tks.total;
    f.total = tks.totalWithUtilization;
    return f;
}

OnlineFigures onlineFigures(const CalcusResult &calcus)
{
    OnlineFigures f;
    f.source = QStringLiteral("calcus.ru");
    f.clearanceFee = calcus.clearanceFee;
    f.duty = calcus.duty;
    f.excise = calcus.excise;
    f.vat = calcus.vat;
    f.utilizationFee = calcus.utilizationFee;
    return f;
}

Comparison compare(const Result &offline, const OnlineFigures &online, qint64 toleranceKopecks)
{
    Comparison c;
    c.source = online.source;
    c.allMatch = true;
    const struct {
        const char *key;
        const char *label;
        const Amount *mine;
        const std::optional<qint64> *theirs;
    } rows[] = {
        {"clearance_fee_rub", "Clearance fee", &offline.clearanceFee, &online.clearanceFee},
        {"duty_rub", "Import duty / ЕТС", &offline.duty, &online.duty},
        {"excise_rub", "Excise", &offline.excise, &online.excise},
        {"vat_rub", "VAT", &offline.vat, &online.vat},
        {"utilization_fee_rub", "Utilization fee", &offline.utilizationFee, &online.utilizationFee},
        {"total_without_utilization_rub", "Total without utilization fee", &offline.totalWithoutUtilization, &online.totalWithoutUtilization},
        {"total_rub", "Total", &offline.total, &online.total},
    };
    for (const auto &row : rows) {
        if (!row.theirs->has_value())
            continue;
        ComparisonLine line;
        line.key = QString::fromLatin1(row.key);
        line.label = QString::fromUtf8(row.label);
        line.offline = row.mine->kopecks;
        line.online = *row.theirs;
        if (line.offline) {
            line.difference = *line.online - *line.offline;
            line.matches = qAbs(*line.difference) <= toleranceKopecks;
        }
        c.allMatch = c.allMatch && line.matches;
        c.lines.append(line);
    }
    return c;
}

} // namespace CarScout::Customs
