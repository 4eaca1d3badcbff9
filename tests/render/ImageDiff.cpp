// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ImageDiff.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdlib>

namespace netzatlas::test {

QString ImageDiff::describe() const
{
    if (!sameSize)
        return QStringLiteral("Bildgrößen verschieden");
    return QStringLiteral("%1 % der Pixel abweichend, mittlere Abweichung %2, größte %3")
        .arg(differingShare * 100.0, 0, 'f', 3)
        .arg(meanDifference, 0, 'f', 3)
        .arg(maxDifference);
}

ImageDiff compareImages(const QImage &actualIn, const QImage &expectedIn, int threshold)
{
    ImageDiff diff;
    const QImage actual = actualIn.convertToFormat(QImage::Format_RGB32);
    const QImage expected = expectedIn.convertToFormat(QImage::Format_RGB32);
    diff.sameSize = actual.size() == expected.size() && !actual.isNull();
    if (!diff.sameSize)
        return diff;
    qint64 differing = 0;
    double sum = 0;
    int maxDiff = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int dr = std::abs(qRed(a[x]) - qRed(e[x]));
            const int dg = std::abs(qGreen(a[x]) - qGreen(e[x]));
            const int db = std::abs(qBlue(a[x]) - qBlue(e[x]));
            const int m = std::max({dr, dg, db});
            maxDiff = std::max(maxDiff, m);
            sum += (dr + dg + db) / 3.0;
            if (m > threshold)
                ++differing;
        }
    }
    const double pixels = static_cast<double>(actual.width()) * actual.height();
    diff.differingShare = differing / pixels;
    diff.meanDifference = sum / pixels;
    diff.maxDifference = maxDiff;
    return diff;
}

QString checkGolden(const QImage &actual, const QString &goldenPath, const QString &failureDir)
{
    const bool update = qEnvironmentVariable("NETZATLAS_UPDATE_GOLDEN") == u"1";
    if (update) {
        QDir().mkpath(QFileInfo(goldenPath).absolutePath());
        return actual.save(goldenPath, "PNG") ? QString() : QStringLiteral("kann %1 nicht schreiben").arg(goldenPath);
    }
    QImage expected(goldenPath);
    if (expected.isNull())
        return QStringLiteral("Referenzbild %1 fehlt (NETZATLAS_UPDATE_GOLDEN=1 erzeugt es)").arg(goldenPath);
    const ImageDiff diff = compareImages(actual, expected);
    if (diff.withinTolerance())
        return {};
    QDir().mkpath(failureDir);
    const QString base = QFileInfo(goldenPath).completeBaseName();
    actual.save(QDir(failureDir).filePath(base + QStringLiteral("-actual.png")));
    if (diff.sameSize) {
        QImage delta(actual.size(), QImage::Format_RGB32);
        const QImage a = actual.convertToFormat(QImage::Format_RGB32);
        const QImage e = expected.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                delta.setPixel(x, y, a.pixel(x, y) == e.pixel(x, y) ? qRgb(255, 255, 255) : qRgb(220, 0, 0));
        delta.save(QDir(failureDir).filePath(base + QStringLiteral("-diff.png")));
    }
    return diff.describe() + QStringLiteral(" (Ausgabe in %1)").arg(failureDir);
}

} // namespace netzatlas::test
