#pragma once

// The tests' throw-away PostgreSQL cluster is the one the benchmarks use (core/bench).
#include "bench/ScratchPgCluster.h"

namespace sal::test {
using PgTestCluster = sal::core::ScratchPgCluster;
} // namespace sal::test
