#pragma once

// Encar readside endpoints (sources.md §1.5, §1.6): vehicle detail, inspection report, accident record.

#include "core/sources/source.h"
#include "core/sources/terms.h"

#include <QByteArray>
#include <QString>

namespace CarScout::Sources::Encar {

struct EncarDetail
{
    ListingDetail detail;
    QString vehicleNo;           // the plate: the key of the accident-record endpoint
    bool recordViewable = false; // condition.accident.recordView
};

// `requestedId` is the id that was asked for; the payload's vehicleId may differ (re-listed cars).
JobError parseVehicleDetail(const QByteArray &body, const QString &requestedId, const TermDictionary &terms,
                            EncarDetail *out);
JobError parseInspection(const QByteArray &body, InspectionSummary *out);
JobError parseRecord(const QByteArray &body, AccidentSummary *out);

// Detail sections for the inspection report and the accident record (appended after spec/price/condition/seller).
DetailSection inspectionSection(const InspectionSummary &inspection);
DetailSection accidentSection(const AccidentSummary &record);

} // namespace CarScout::Sources::Encar
