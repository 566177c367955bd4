#pragma once

#include <algorithm>

namespace sal::core {

// How long to wait before the next try after `failures` failed rounds in a row: 5 s doubling up
// to 5 minutes, so a rep on a plane does not drain the battery and a flaky network recovers fast.
struct SyncBackoff
{
    int firstSeconds = 5;
    int maxSeconds = 300;
    int periodSeconds = 60; // between rounds while online

    int delayAfter(int failures) const
    {
        if (failures <= 0)
            return periodSeconds;
        const int exponent = std::min(failures - 1, 16);
        return std::min(maxSeconds, firstSeconds * (1 << exponent));
    }
};

} // namespace sal::core
