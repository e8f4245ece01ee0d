#pragma once

// The GUI's cost service: the core one (core/services/costservice.h, shared with carscout-cli) whose context is
// kept equal to the dealer's customs settings, and whose table cells point at the detail panel's power field
// when the power is unknown. No cost arithmetic here.

#include "core/services/costservice.h"
#include "ui/settings.h"

namespace CarScout {
class Clock;
}

namespace CarScout::Ui {

class CostService : public Services::CostService
{
    Q_OBJECT
public:
    // clock == nullptr: the system clock (its date is "today" when the settings fix no declaration date).
    explicit CostService(Settings *settings, const Clock *clock = nullptr, QObject *parent = nullptr);

    // The context the customs settings imply.
    static Services::CostContext contextFrom(const CustomsDefaults &defaults, const QDate &today);

    // The table's wording of a problem.
    static QString cellText(Services::CostProblem problem, const QString &detail);

    // Re-reads the settings (a new day may change the declaration date).
    void refreshContext();

private:
    Settings *m_settings;
    const Clock *m_clock;
};

} // namespace CarScout::Ui
