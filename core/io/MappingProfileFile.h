#pragma once

#include "domain/Result.h"
#include "io/MappingProfile.h"

#include <QCoreApplication>

namespace sal::core {

// Reads and checks a mapping profile (JSON, documented in the README): every problem is reported at
// once with its JSON path, and a profile with any problem is not used. The built-in profiles are
// compiled in under :/import/.
class MappingProfileFile
{
    Q_DECLARE_TR_FUNCTIONS(sal::core::MappingProfileFile)

public:
    static Result<MappingProfile> load(const QString &fileName);
    static Result<MappingProfile> parse(const QByteArray &bytes, const QString &fileName);
    static Result<QList<MappingProfile>> builtIns();
};

} // namespace sal::core
