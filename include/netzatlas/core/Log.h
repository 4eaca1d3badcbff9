// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

/// Diagnostics for developers and support (never user-facing, never personal data).
/// Backed by spdlog with one named logger per library; configured once in each main.cpp.
namespace netzatlas::Log {

enum class Level { Debug, Info, Warning, Error };

/// Sends all loggers to a rotating file (5 × 2 MB) in `directory`; returns the log file path.
QString setupRotatingFile(const QString &directory, const QString &baseName);
/// Sends all loggers to stderr at the given minimum level (used by the CLI with --verbose).
void setupConsole(Level minimum);
/// Logging only to a null sink (tests).
void setupSilent();

void write(const char *library, Level level, const QString &message);
inline void debug(const char *library, const QString &message) { write(library, Level::Debug, message); }
inline void info(const char *library, const QString &message) { write(library, Level::Info, message); }
inline void warning(const char *library, const QString &message) { write(library, Level::Warning, message); }
inline void error(const char *library, const QString &message) { write(library, Level::Error, message); }

} // namespace netzatlas::Log
