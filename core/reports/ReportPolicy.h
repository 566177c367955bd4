#pragma once

namespace sal::core {

// What the manager's reports judge against (resources/policy/reports.json). Benchmarks differ by
// market and motion, so the health bands of the acceptance rate are data, not code.
struct ReportPolicy
{
    // Acceptance rate bands, in percent: below `redBelow` red, below `amberBelow` amber, up to
    // `barTooLowAbove` healthy, above it "the bar may be too low" (sales accepts everything).
    double redBelow = 50;
    double amberBelow = 60;
    double barTooLowAbove = 85;
    // A week in which a rep decided less than this share (percent) inside the SLA is "over SLA";
    // three such weeks in a row flag the rep.
    double slaComplianceTarget = 90;
    // A decision that reached the team store more than this long after the device made it was
    // synced late (made offline).
    int lateSyncMinutes = 15;

    bool operator==(const ReportPolicy &) const = default;
};

} // namespace sal::core
