// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QImage>
#include <QString>

namespace netzatlas::test {

/// Difference of two rendered pages, for the golden-image tests.
struct ImageDiff
{
    bool sameSize = false;
    double differingShare = 1.0; ///< share of pixels whose largest channel difference exceeds the threshold
    double meanDifference = 255; ///< mean absolute channel difference over all pixels (0…255)
    int maxDifference = 255;

    /// Tolerance of the golden tests: anti-aliasing, hinting and rasteriser versions move single edge pixels by
    /// a few levels; a moved symbol, a lost label or a missing legend changes whole glyphs and areas. A pixel
    /// counts as differing above 64 levels in any channel, and a page passes with at most 0.5 % such pixels and a
    /// mean difference below 2 levels.
    [[nodiscard]] bool withinTolerance() const { return sameSize && differingShare <= 0.005 && meanDifference < 2.0; }
    [[nodiscard]] QString describe() const;
};

[[nodiscard]] ImageDiff compareImages(const QImage &actual, const QImage &expected, int threshold = 64);

/// Compares `actual` with the golden file; with NETZATLAS_UPDATE_GOLDEN=1 (or when the golden file is missing and
/// NETZATLAS_UPDATE_GOLDEN is set) writes it instead. Writes the actual image and a difference image next to the
/// build's test output on failure. Returns an empty string when it matches, else the reason.
[[nodiscard]] QString checkGolden(const QImage &actual, const QString &goldenPath, const QString &failureDir);

} // namespace netzatlas::test
