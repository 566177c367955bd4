#pragma once

#include "cli/CliCommand.h"

#include <QCoreApplication>

namespace sal::core {

class ImportFile;

// `salctl import [--detect] [--mapping FILE|ID] [--skip-bad] [--encoding E] [--team-store FILE] FILE`:
// MQLs from a CRM export into the team store, all or nothing unless --skip-bad.
class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &args, CliContext &context) override;

private:
    static int detect(ImportFile &file, CliContext &context);
};

} // namespace sal::core
