#pragma once

#include "core/sources/source.h"

// The GUI's cost service: the core one (core/services/costservice.h, shared with carscout-cli) whose context is
// kept equal to the dealer's customs settings and active cost profile (core/quote), and whose table cells point
// at the detail panel's power field when the power is unknown. No cost arithmetic here.

#include "core/quote/costprofile.h"
#include "core/services/costservice.h"
#include "ui/settings.h"

#include <optional>

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

    // The context the customs settings imply (without a cost profile).
    static Services::CostContext contextFrom(const CustomsDefaults &defaults, const QDate &today);

    // The table's wording of a problem.
    static QString cellText(Services::CostProblem problem, const QString &detail);

    // Re-reads the settings (a new day may change the declaration date) and the active profile's file.
    void refreshContext();

    // What each marketplace lists (SourceInfo::vehicleKind): motorcycles take the motorcycle customs route.
    void setVehicleKinds(const QList<Sources::Source *> &sources);

    // The active cost profile (Keys::activeProfile); empty = none, the customs settings' costs apply. When its
    // file stops loading (edited by hand into bad JSON…), the last good profile is kept and profileError() says
    // why (file, line, what).
    const std::optional<Quote::CostProfile> &activeProfile() const { return m_profile; }
    QString profileError() const { return m_profileError; }

    // The profile a quote uses: the active one, else the first shipped example (labelled as an example).
    Quote::ProfileLoad quoteProfile() const;

    Settings *settings() const { return m_settings; }

signals:
    void profileChanged();

private:
    void loadActiveProfile();

    Settings *m_settings;
    const Clock *m_clock;
    std::optional<Quote::CostProfile> m_profile;
    QString m_profileError;
};

} // namespace CarScout::Ui
