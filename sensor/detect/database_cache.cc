#include "detect/database_cache.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <set>

#include "common/log.h"

namespace tapwatch {
namespace {
namespace fs = std::filesystem;

constexpr char kMagic[8] = {'T', 'W', 'H', 'S', 'D', 'B', '1', '\0'};
constexpr const char* kSuffix = ".hsdb";

void appendU64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

bool readU64(std::string_view in, size_t& pos, uint64_t& v) {
  if (in.size() - pos < 8) return false;
  v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(in[pos + i])) << (8 * i);
  pos += 8;
  return true;
}

uint64_t fnv1a(const std::string& data, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : data) h = (h ^ c) * 1099511628211ull;
  return h;
}

std::string fileNameFor(const std::string& material) {
  char name[64];
  std::snprintf(name, sizeof name, "%016llx%016llx%s",
                static_cast<unsigned long long>(fnv1a(material, 14695981039346656037ull)),
                static_cast<unsigned long long>(fnv1a(material, 0x9e3779b97f4a7c15ull)), kSuffix);
  return name;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// One warning per directory per process: a read-only cache on every reload
// would otherwise repeat the same line forever.
void warnOnce(const std::string& dir, const std::string& message) {
  static std::mutex mutex;
  static std::set<std::string> warned;
  std::lock_guard lock(mutex);
  if (warned.insert(dir).second) logInfo("signature cache " + dir + ": " + message + "; compiling without the cache");
}

// A read-only mapping of a cache file: the material is compared and the
// database deserialised straight from the page cache, without copying
// tens of megabytes into a buffer first.
class MappedFile {
 public:
  explicit MappedFile(const fs::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
      void* p = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
      if (p != MAP_FAILED) {
        data_ = static_cast<const char*>(p);
        size_ = static_cast<size_t>(st.st_size);
      }
    }
    ::close(fd);
  }
  ~MappedFile() {
    if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  bool ok() const { return data_ != nullptr; }
  std::string_view view() const { return {data_, size_}; }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
};

enum class LoadResult { Hit, Absent, Corrupt };

LoadResult loadCached(const fs::path& path, const std::string& material, HsDatabasePtr& out) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return LoadResult::Absent;
  const MappedFile file(path);
  if (!file.ok()) return LoadResult::Corrupt;
  const std::string_view bytes = file.view();
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return LoadResult::Corrupt;
  size_t pos = sizeof kMagic;
  uint64_t material_size = 0;
  uint64_t db_size = 0;
  if (!readU64(bytes, pos, material_size) || material_size > bytes.size() - pos) return LoadResult::Corrupt;
  // A different compile whose name collided (or an old format): not ours.
  if (material_size != material.size() || bytes.substr(pos, material_size) != material) return LoadResult::Absent;
  pos += material_size;
  if (!readU64(bytes, pos, db_size) || db_size != bytes.size() - pos) return LoadResult::Corrupt;
  hs_database_t* db = nullptr;
  if (hs_deserialize_database(bytes.data() + pos, db_size, &db) != HS_SUCCESS) return LoadResult::Corrupt;
  out.reset(db);
  return LoadResult::Hit;
}

bool writeAll(int fd, const char* data, size_t size) {
  while (size > 0) {
    const ssize_t n = ::write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// Temporary file + fsync + rename: readers see the old file or the whole new one.
bool storeCached(const fs::path& dir, const fs::path& path, const std::string& material, const hs_database_t* db,
                 std::string& why) {
  char* serialized = nullptr;
  size_t serialized_size = 0;
  if (hs_serialize_database(db, &serialized, &serialized_size) != HS_SUCCESS) {
    why = "hs_serialize_database failed";
    return false;
  }
  std::string header(kMagic, sizeof kMagic);
  appendU64(header, material.size());
  std::string middle;
  appendU64(middle, serialized_size);

  std::string tmp = (dir / (path.filename().string() + ".tmp.XXXXXX")).string();
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) {
    std::free(serialized);
    why = std::string("cannot create a file: ") + std::strerror(errno);
    return false;
  }
  const bool written = writeAll(fd, header.data(), header.size()) && writeAll(fd, material.data(), material.size()) &&
                       writeAll(fd, middle.data(), middle.size()) && writeAll(fd, serialized, serialized_size) &&
                       ::fsync(fd) == 0;
  const int saved_errno = errno;
  std::free(serialized);  // allocated by Hyperscan's misc allocator (malloc by default)
  ::close(fd);
  if (!written || ::rename(tmp.c_str(), path.c_str()) != 0) {
    why = std::string("cannot write ") + tmp + ": " + std::strerror(written ? errno : saved_errno);
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

// Keeps the kMaxCacheFiles most recently used databases; also clears temporary files a crash left.
void prune(const fs::path& dir) {
  static std::mutex mutex;  // set builds compile (and store) databases on several threads
  std::lock_guard lock(mutex);
  std::error_code ec;
  std::vector<std::pair<fs::file_time_type, fs::path>> files;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const auto mtime = it->last_write_time(ec);
    if (ec) continue;
    if (name.ends_with(kSuffix)) {
      files.emplace_back(mtime, it->path());
    } else if (name.find(std::string(kSuffix) + ".tmp.") != std::string::npos &&
               fs::file_time_type::clock::now() - mtime > std::chrono::hours(1)) {
      fs::remove(it->path(), ec);
    }
  }
  if (files.size() <= kMaxCacheFiles) return;
  std::sort(files.begin(), files.end());
  for (size_t i = 0; i + kMaxCacheFiles < files.size(); ++i) fs::remove(files[i].second, ec);
}

HsDatabasePtr compile(const CompileInput& input, HsCompileErrorPtr& error, DatabaseLoadStats& stats) {
  const auto started = std::chrono::steady_clock::now();
  hs_database_t* db = nullptr;
  hs_compile_error_t* raw_error = nullptr;
  const hs_error_t rc = hs_compile_multi(input.expressions.data(), input.flags.data(), input.ids.data(),
                                         static_cast<unsigned>(input.expressions.size()), input.mode, nullptr, &db,
                                         &raw_error);
  stats.compile_seconds += secondsSince(started);
  if (rc != HS_SUCCESS) {
    error.reset(raw_error);
    return nullptr;
  }
  return HsDatabasePtr(db);
}

}  // namespace

std::string cacheKeyMaterial(const CompileInput& input) {
  std::string material = "tapwatch compiled database v1\n";
  material += "hyperscan ";
  material += hs_version();
  material += '\n';
  hs_platform_info_t platform{};
  if (hs_populate_platform(&platform) == HS_SUCCESS) {
    material += "platform tune=" + std::to_string(platform.tune) +
                " features=" + std::to_string(platform.cpu_features) + '\n';
  }
  material += "mode " + std::to_string(input.mode) + '\n';
  appendU64(material, input.expressions.size());
  for (size_t i = 0; i < input.expressions.size(); ++i) {
    const std::string_view text(input.expressions[i]);
    appendU64(material, input.flags[i]);
    appendU64(material, input.ids[i]);
    appendU64(material, text.size());
    material += text;
  }
  return material;
}

CompileOutput compileWithCache(const CompileInput& input, const std::string& cache_dir, DatabaseLoadStats& stats) {
  ++stats.databases;
  CompileOutput out;
  if (cache_dir.empty()) {
    out.database = compile(input, out.error, stats);
    return out;
  }
  const fs::path dir(cache_dir);
  const std::string material = cacheKeyMaterial(input);
  const fs::path path = dir / fileNameFor(material);

  const auto started = std::chrono::steady_clock::now();
  const LoadResult loaded = loadCached(path, material, out.database);
  if (loaded == LoadResult::Hit) {
    stats.deserialize_seconds += secondsSince(started);
    ++stats.cache_hits;
    // Pruning removes the oldest files: refreshing the time on every hit makes
    // that least-recently-used, so a big set in use (the shipped packs, whose
    // cold compile is a minute of CPU) is not evicted by many small new ones.
    std::error_code ignored;
    fs::last_write_time(path, fs::file_time_type::clock::now(), ignored);
    return out;
  }
  if (loaded == LoadResult::Corrupt) {
    ++stats.cache_errors;
    logWarning("signature cache: ignoring unreadable " + path.string() + " (it will be replaced)");
  }
  ++stats.cache_misses;
  out.database = compile(input, out.error, stats);
  if (!out.database) return out;  // a compile error is the caller's to report; nothing to store

  std::error_code ec;
  fs::create_directories(dir, ec);
  std::string why;
  if (ec) {
    why = "cannot create the directory: " + ec.message();
  } else if (storeCached(dir, path, material, out.database.get(), why)) {
    prune(dir);
    return out;
  }
  ++stats.cache_errors;
  warnOnce(cache_dir, why);
  return out;
}

}  // namespace tapwatch
