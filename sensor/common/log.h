#pragma once
// Minimal leveled logging to stderr for the control plane. Never called on the
// per-packet path: workers count, the main thread logs.
#include <string_view>

namespace tapwatch {

enum class LogLevel { Debug, Info, Warning, Error };

void setLogLevel(LogLevel level);
LogLevel logLevel();
bool parseLogLevel(std::string_view name, LogLevel& out);
void logMessage(LogLevel level, std::string_view message);

inline void logDebug(std::string_view m) { logMessage(LogLevel::Debug, m); }
inline void logInfo(std::string_view m) { logMessage(LogLevel::Info, m); }
inline void logWarning(std::string_view m) { logMessage(LogLevel::Warning, m); }
inline void logError(std::string_view m) { logMessage(LogLevel::Error, m); }

}  // namespace tapwatch
