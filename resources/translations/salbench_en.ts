<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>sal::core::AcceptanceChecklist</name>
    <message numerus="yes">
        <source>%n engaged contact(s) at the account.</source>
        <translation>
            <numerusform>%n engaged contact at the account.</numerusform>
            <numerusform>%n engaged contacts at the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Engaged in the last %n days</source>
        <translation>
            <numerusform>Engaged in the last %n days</numerusform>
            <numerusform>Engaged in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last engagement %n day(s) ago.</source>
        <translation>
            <numerusform>Last engagement %n day ago.</numerusform>
            <numerusform>Last engagement %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open roles</source>
        <translation>
            <numerusform>%n open role</numerusform>
            <numerusform>%n open roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::AwayCommand</name>
    <message numerus="yes">
        <source>%n absence(s).</source>
        <translation>
            <numerusform>%n absence.</numerusform>
            <numerusform>%n absences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::CommandParser</name>
    <message numerus="yes">
        <source>expected %n argument(s), got %1</source>
        <translation>
            <numerusform>expected %n argument, got %1</numerusform>
            <numerusform>expected %n arguments, got %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::CsvLeadSource</name>
    <message numerus="yes">
        <source>has %n field(s), the header has %1</source>
        <translation>
            <numerusform>has %n field, the header has %1</numerusform>
            <numerusform>has %n fields, the header has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::DispositionValidator</name>
    <message numerus="yes">
        <source>Explain the reason in at least %n characters.</source>
        <translation>
            <numerusform>Explain the reason in at least %n characters.</numerusform>
            <numerusform>Explain the reason in at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::EnrichCommand</name>
    <message numerus="yes">
        <source>%n lead(s) waiting for enrichment.</source>
        <translation>
            <numerusform>%n lead waiting for enrichment.</numerusform>
            <numerusform>%n leads waiting for enrichment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::EscalateCommand</name>
    <message numerus="yes">
        <source>Dry run at %1: %n action(s) planned</source>
        <translation>
            <numerusform>Dry run at %1: %n action planned</numerusform>
            <numerusform>Dry run at %1: %n actions planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lead(s) held</source>
        <translation>
            <numerusform>, %n lead held</numerusform>
            <numerusform>, %n leads held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Escalation at %1: %n action(s) done</source>
        <translation>
            <numerusform>Escalation at %1: %n action done</numerusform>
            <numerusform>Escalation at %1: %n actions done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n lead(s) held.</source>
        <translation>
            <numerusform>, %n lead held.</numerusform>
            <numerusform>, %n leads held.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::ExportCommand</name>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::ImportCommand</name>
    <message numerus="yes">
        <source>%n duplicate(s) of existing leads</source>
        <translation>
            <numerusform>%n duplicate of an existing lead</numerusform>
            <numerusform>%n duplicates of existing leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) of existing customers</source>
        <translation>
            <numerusform>%n lead of an existing customer</numerusform>
            <numerusform>%n leads of existing customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: CSV, %n column(s)</source>
        <translation>
            <numerusform>%1: CSV, %n column</numerusform>
            <numerusform>%1: CSV, %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) of %1 have problems (listed above). Fix them, or use --skip-bad to import the other rows.</source>
        <translation>
            <numerusform>Nothing was imported: %n row of %1 has problems (listed above). Fix it, or use --skip-bad to import the other rows.</numerusform>
            <numerusform>Nothing was imported: %n rows of %1 have problems (listed above). Fix them, or use --skip-bad to import the other rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected, written with their problems to %1.</source>
        <translation>
            <numerusform>%n row rejected, written with its problems to %1.</numerusform>
            <numerusform>%n rows rejected, written with their problems to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::InsightCommand</name>
    <message numerus="yes">
        <source>Not due: %n new decision(s) since the stored model, %1 needed.</source>
        <translation>
            <numerusform>Not due: %n new decision since the stored model, %1 needed.</numerusform>
            <numerusform>Not due: %n new decisions since the stored model, %1 needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::OfflineSyncReport</name>
    <message numerus="yes">
        <source>Late: reached the team store more than %n minute(s) after the device decided.</source>
        <translation>
            <numerusform>Late: reached the team store more than %n minute after the device decided.</numerusform>
            <numerusform>Late: reached the team store more than %n minutes after the device decided.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::PolicyCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::QueueCommand</name>
    <message numerus="yes">
        <source>%n open MQL(s)</source>
        <translation>
            <numerusform>%n open MQL</numerusform>
            <numerusform>%n open MQLs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::RecycleCommand</name>
    <message numerus="yes">
        <source>%n lead(s) due for re-engagement.</source>
        <translation>
            <numerusform>%n lead due for re-engagement.</numerusform>
            <numerusform>%n leads due for re-engagement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected lead(s) would be recycled (dry run: nothing was changed).</source>
        <translation>
            <numerusform>%n rejected lead would be recycled (dry run: nothing was changed).</numerusform>
            <numerusform>%n rejected leads would be recycled (dry run: nothing was changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected lead(s) recycled.</source>
        <translation>
            <numerusform>%n rejected lead recycled.</numerusform>
            <numerusform>%n rejected leads recycled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::RepSession</name>
    <message numerus="yes">
        <source>%n decision(s) met a conflict: see &apos;salctl conflicts&apos;.</source>
        <translation>
            <numerusform>%n decision met a conflict: see &apos;salctl conflicts&apos;.</numerusform>
            <numerusform>%n decisions met a conflict: see &apos;salctl conflicts&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::RouteCommand</name>
    <message numerus="yes">
        <source>%n lead(s) would be routed (dry run: nothing was changed).</source>
        <translation>
            <numerusform>%n lead would be routed (dry run: nothing was changed).</numerusform>
            <numerusform>%n leads would be routed (dry run: nothing was changed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) routed.</source>
        <translation>
            <numerusform>%n lead routed.</numerusform>
            <numerusform>%n leads routed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::core::SyncCommand</name>
    <message numerus="yes">
        <source>%n operation(s) pending</source>
        <translation>
            <numerusform>%n operation pending</numerusform>
            <numerusform>%n operations pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::ui::ImportDialog</name>
    <message numerus="yes">
        <source>No problems in the first %n row(s).</source>
        <translation>
            <numerusform>No problems in the first row.</numerusform>
            <numerusform>No problems in the first %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::ui::LeadContextView</name>
    <message numerus="yes">
        <source>Other engaged contacts at the account (%n)</source>
        <translation>
            <numerusform>Other engaged contacts at the account (%n)</numerusform>
            <numerusform>Other engaged contacts at the account (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::ui::LeadDisplayText</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n days ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::ui::MainWindow</name>
    <message numerus="yes">
        <source>%1 · %n pending · last sync %2</source>
        <translation>
            <numerusform>%1 · %n pending · last sync %2</numerusform>
            <numerusform>%1 · %n pending · last sync %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) breached or due within 1 h</source>
        <translation>
            <numerusform>%n lead breached or due within 1 h</numerusform>
            <numerusform>%n leads breached or due within 1 h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more lead(s)</source>
        <translation>
            <numerusform>and %n more lead</numerusform>
            <numerusform>and %n more leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sal::ui::TeamPanel</name>
    <message numerus="yes">
        <source>%1 — %n rep(s): </source>
        <translation>
            <numerusform>%1 — %n rep: </numerusform>
            <numerusform>%1 — %n reps: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
