// SPDX-FileCopyrightText: 2026 Netzatlas contributors
// SPDX-License-Identifier: EUPL-1.2
#include <netzatlas/core/Log.h>

#include <QDir>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>

namespace netzatlas::Log {

namespace {

std::mutex &sinkMutex()
{
    static std::mutex mutex;
    return mutex;
}

spdlog::sink_ptr &currentSink()
{
    static spdlog::sink_ptr sink = std::make_shared<spdlog::sinks::null_sink_mt>();
    return sink;
}

spdlog::level::level_enum &currentLevel()
{
    static spdlog::level::level_enum level = spdlog::level::info;
    return level;
}

void replaceSink(spdlog::sink_ptr sink, spdlog::level::level_enum level)
{
    std::lock_guard lock(sinkMutex());
    currentSink() = std::move(sink);
    currentLevel() = level;
    spdlog::drop_all();
}

std::shared_ptr<spdlog::logger> loggerFor(const char *library)
{
    std::lock_guard lock(sinkMutex());
    if (auto existing = spdlog::get(library))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(library, currentSink());
    logger->set_level(currentLevel());
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

spdlog::level::level_enum toSpd(Level level)
{
    switch (level) {
    case Level::Debug: return spdlog::level::debug;
    case Level::Info: return spdlog::level::info;
    case Level::Warning: return spdlog::level::warn;
    case Level::Error: return spdlog::level::err;
    }
    return spdlog::level::info;
}

} // namespace

QString setupRotatingFile(const QString &directory, const QString &baseName)
{
    QDir().mkpath(directory);
    const QString path = QDir(directory).filePath(baseName + QStringLiteral(".log"));
    try {
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 2 * 1024 * 1024, 5);
        sink->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] %l: %v");
        replaceSink(sink, spdlog::level::info);
    } catch (const spdlog::spdlog_ex &) {
        // A log that cannot be written must not stop the application.
        replaceSink(std::make_shared<spdlog::sinks::null_sink_mt>(), spdlog::level::off);
        return {};
    }
    return path;
}

void setupConsole(Level minimum)
{
    auto sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    sink->set_pattern("[%n] %l: %v");
    replaceSink(sink, toSpd(minimum));
}

void setupSilent()
{
    replaceSink(std::make_shared<spdlog::sinks::null_sink_mt>(), spdlog::level::off);
}

void write(const char *library, Level level, const QString &message)
{
    loggerFor(library)->log(toSpd(level), "{}", message.toStdString());
}

} // namespace netzatlas::Log
