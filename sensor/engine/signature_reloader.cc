#include "engine/signature_reloader.h"

#include <chrono>
#include <filesystem>
#include <thread>

#include "common/log.h"
#include "engine/pipeline.h"

namespace tapwatch {
namespace {
namespace fs = std::filesystem;

// How long a reload at the sets cap waits for the workers to move their
// flows and free the older sets (they pick the request up between batches).
constexpr auto kRoomWait = std::chrono::seconds(2);
constexpr auto kRoomPoll = std::chrono::milliseconds(5);

double unixNow() { return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch()).count(); }

void addFileStamp(const fs::path& p, std::string& out) {
  std::error_code ec;
  const auto size = fs::file_size(p, ec);
  const auto mtime = fs::last_write_time(p, ec).time_since_epoch().count();
  out += p.string() + ':' + std::to_string(size) + ':' + std::to_string(mtime) + '\n';
}
}  // namespace

SignatureReloader::SignatureReloader(std::vector<std::string> paths, DetectOptions options)
    : paths_(std::move(paths)), options_(std::move(options)) {
  options_.cancel = requests_.cancelToken();
}

SignatureReloader::~SignatureReloader() { requests_.stop(); }

size_t SignatureReloader::setsAlive() const {
  std::lock_guard lock(sets_mutex_);
  std::erase_if(sets_, [](const std::weak_ptr<const DetectionSet>& set) { return set.expired(); });
  return sets_.size();
}

Status SignatureReloader::makeRoom(Pipeline& pipeline) {
  // The compile adds one set: room means fewer than the cap alive now.
  if (setsAlive() < max_live_sets_) return Ok{};
  logInfo("signature reload: " + std::to_string(setsAlive()) + " sets alive (signatures.max_live_sets=" +
          std::to_string(max_live_sets_) + "); moving every flow to the running set first");
  if (!requests_.unlessStopping([&] { pipeline.migrateAllFlows(); })) return makeError(kLoadCancelledMessage);
  const auto deadline = std::chrono::steady_clock::now() + kRoomWait;
  while (setsAlive() >= max_live_sets_) {
    if (options_.cancelled()) return makeError(kLoadCancelledMessage);
    if (std::chrono::steady_clock::now() >= deadline) {
      refused_cap_.add();
      return makeError("signature reload refused: " + std::to_string(setsAlive()) +
                       " signature sets still in use after moving every flow to the running set "
                       "(signatures.max_live_sets=" +
                       std::to_string(max_live_sets_) + "); the running set stays, try again");
    }
    std::this_thread::sleep_for(kRoomPoll);
  }
  return Ok{};
}

Result<std::shared_ptr<const DetectionSet>> SignatureReloader::compile() {
  {
    // Remember these files even when they fail: the watch then waits for the
    // next edit instead of recompiling (and logging) the same error every poll.
    // Taken before the compile, so an edit during it triggers one more.
    std::string stamp = fingerprint();
    std::lock_guard lock(fingerprint_mutex_);
    fingerprint_ = std::move(stamp);
  }
  const auto started = std::chrono::steady_clock::now();
  auto set = DetectionSet::load(paths_, options_);
  // Cut short by a stop (or finished just as it began): neither a success nor a failure.
  if (options_.cancelled()) return makeError(kLoadCancelledMessage);
  compile_seconds_.store(std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  if (set) {
    std::lock_guard lock(sets_mutex_);
    sets_.push_back(*set);
  }
  if (!set) {
    noteFailure(set.error());
    return set;
  }
  const DatabaseLoadStats& load = (*set)->loadStats();
  cache_hits_.add(load.cache_hits);
  cache_misses_.add(load.cache_misses);
  cache_errors_.add(load.cache_errors);
  hyperscan_seconds_.store(load.compile_seconds);
  if (filter_ != nullptr) {
    if (auto st = filter_->loadSuppressions(filter_config_); !st) {
      noteFailure(st.error());
      return st.error();
    }
  }
  const auto refused = countRefusalReasons((*set)->refusedRules());
  for (size_t i = 0; i < refused.size(); ++i) rules_refused_[i].add(refused[i]);
  successes_.add();
  last_success_unix_.store(unixNow());
  {
    std::lock_guard lock(last_error_mutex_);
    last_error_.clear();
  }
  std::atomic_store(&current_, *set);
  return set;
}

void SignatureReloader::attachAlertFilter(AlertFilter& filter, SignaturesConfig config) {
  filter_ = &filter;
  filter_config_ = std::move(config);
}

void SignatureReloader::noteFailure(const Error& error) {
  failures_.add();
  last_failure_unix_.store(unixNow());
  std::lock_guard lock(last_error_mutex_);
  last_error_ = error.describe();
}

SignatureReloader::Summary SignatureReloader::summary() const {
  Summary out;
  if (const auto set = current()) {
    out.loaded = set->enabledCount();
    out.total = set->size();
  }
  out.successes = successes_.value();
  out.failures = failures_.value();
  out.last_success_unix = last_success_unix_.load();
  out.last_failure_unix = last_failure_unix_.load();
  out.compile_seconds = compile_seconds_.load();
  std::lock_guard lock(last_error_mutex_);
  out.last_error = last_error_;
  return out;
}

Result<std::shared_ptr<const DetectionSet>> SignatureReloader::loadInitial() { return compile(); }

Status SignatureReloader::reload(Pipeline& pipeline) {
  if (Status room = makeRoom(pipeline); !room) {
    if (options_.cancelled()) return room.error();  // the daemon stops; it logs the abandoned reload
    noteFailure(room.error());
    logError(room.error().describe());
    return room.error();
  }
  logInfo("signature reload: compile started");
  auto set = compile();
  if (!set && options_.cancelled()) return set.error();
  if (!set) {
    logError("signature reload failed, keeping the running set: " + set.error().describe());
    return set.error();
  }
  if (!requests_.unlessStopping([&] { pipeline.setSignatureSet(*set); })) return makeError(kLoadCancelledMessage);
  logInfo("signatures reloaded: " + std::to_string((*set)->size()) + " signatures in " +
          std::to_string(compile_seconds_.load()) + " s");
  return Ok{};
}

std::string SignatureReloader::fingerprint() const {
  std::string out;
  for (const std::string& path : paths_) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file(ec)) addFileStamp(it->path(), out);
    } else {
      addFileStamp(path, out);
    }
  }
  if (filter_ != nullptr && !filter_config_.suppress_file.empty()) addFileStamp(filter_config_.suppress_file, out);
  return out;
}

bool SignatureReloader::filesChanged() const {
  const std::string now = fingerprint();
  std::lock_guard lock(fingerprint_mutex_);
  return now != fingerprint_;
}

void SignatureReloader::collect(MetricsBuilder& out) const {
  const auto set = current();
  out.family(ReloadMetrics::signatures_loaded);
  out.set({}, set ? static_cast<double>(set->enabledCount()) : 0.0);
  out.family(ReloadMetrics::rules_refused);
  for (size_t i = 0; i < kRuleRefusalReasonCount; ++i)
    out.add({{"reason", std::string(kRuleRefusalReasons[i])}}, static_cast<double>(rules_refused_[i].value()));
  out.family(ReloadMetrics::reloads);
  out.set({{"result", "success"}}, static_cast<double>(successes_.value()));
  out.set({{"result", "failure"}}, static_cast<double>(failures_.value()));
  out.family(ReloadMetrics::last_success);
  out.set({}, last_success_unix_.load());
  out.family(ReloadMetrics::last_attempt);
  out.set({{"result", "success"}}, last_success_unix_.load());
  out.set({{"result", "failure"}}, last_failure_unix_.load());
  out.family(ReloadMetrics::compile_seconds);
  out.set({}, compile_seconds_.load());
  out.family(ReloadMetrics::hyperscan_compile_seconds);
  out.set({}, hyperscan_seconds_.load());
  out.family(ReloadMetrics::cache);
  out.add({{"result", "hit"}}, static_cast<double>(cache_hits_.value()));
  out.add({{"result", "miss"}}, static_cast<double>(cache_misses_.value()));
  out.add({{"result", "error"}}, static_cast<double>(cache_errors_.value()));
  out.family(ReloadMetrics::sets_alive);
  out.set({}, static_cast<double>(setsAlive()));
  out.family(ReloadMetrics::reloads_coalesced);
  out.set({}, static_cast<double>(requests_.coalesced()));
  out.family(ReloadMetrics::reloads_refused);
  out.set({{"reason", "sets_cap"}}, static_cast<double>(refused_cap_.value()));
  out.family(ReloadMetrics::reloads_abandoned);
  out.set({}, static_cast<double>(requests_.abandoned()));
}

}  // namespace tapwatch
