#pragma once
// RedisSink: delivers EVE records to Redis (outputs.redis) without losing
// them silently, on a thread of its own so a slow or absent Redis never
// stalls the output thread, let alone a worker.
//
// Delivery order is one FIFO: [in flight] [spool] [memory queue], as in the
// syslog forwarder (syslog_forwarder.h), and the spool is the same on-disk
// format (SyslogSpool, in its own directory):
//  - Connected and nothing spooled: records wait in a bounded memory queue
//    (queue_max) and are sent in pipelined batches (batch commands written
//    at once, then the replies read in order).
//  - Not connected, memory queue full, or spool not empty: the memory queue
//    moves to the spool and new records are appended there.
//  - Once connected, the spool is sent (oldest first) before memory; spooled
//    records leave the disk only when Redis answered them.
//  - A broken connection: the unanswered rest of the batch goes back to the
//    front (spool rewind, or prepend for a batch from memory); reconnect with
//    exponential backoff 100 ms .. 30 s with jitter (output/backoff.h).
//  - Whatever cannot be kept is counted as dropped, by reason
//    (tapwatch_redis_dropped_total): the newest record is the one dropped.
//  - AUTH refused (wrong password or user, missing ACL rights: at connect or
//    as a NOAUTH/WRONGPASS/NOPERM reply): logged as an error naming the
//    keys to check, counted (tapwatch_redis_auth_failures_total) and retried
//    with the same backoff; events spool meanwhile, nothing is dropped.
//  - stop(): sends until the deadline while connected, then spools the rest
//    so a restart delivers it.
// Delivery is at-least-once: a record Redis stored whose reply was lost with
// the connection is sent again. channel mode (PUBLISH) reaches only the
// subscribers connected at that moment; Redis keeps nothing for the others.
//
// Threads: submit() from one producer (the output thread); start()/stop()
// from the thread that owns the sink; run() on the sink's thread. The queue,
// the spool and the counters are guarded by one mutex; the network I/O is
// done without it.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "common/result.h"
#include "output/output_stats.h"
#include "output/redis_command.h"
#include "output/redis_connection.h"
#include "output/syslog_spool.h"

namespace tapwatch {

struct RedisOutputConfig;

struct RedisSinkOptions {
  std::string server = "127.0.0.1";
  uint16_t port = 6379;
  RedisMode mode = RedisMode::List;
  std::string key = "tapwatch";
  size_t batch = 256;
  size_t queue_max = 100000;
  RedisSession session;                        // AUTH and SELECT after every connect
  uint64_t stream_maxlen = 0;                  // stream mode: XADD MAXLEN ~ N; 0 = no cap
  std::chrono::milliseconds io_timeout{5000};  // connect, and a batch's write and replies
  std::chrono::milliseconds backoff_initial{100};
  std::chrono::milliseconds backoff_max{30000};
};

class RedisSink {
 public:
  static Result<std::unique_ptr<RedisSink>> create(const RedisOutputConfig& config, OutputStats& stats);
  // `spool` may be null (no spool: records beyond the memory queue are dropped).
  RedisSink(RedisSinkOptions options, std::unique_ptr<SyslogSpool> spool, OutputStats& stats);
  ~RedisSink();
  RedisSink(const RedisSink&) = delete;
  RedisSink& operator=(const RedisSink&) = delete;

  void start();
  // One EVE JSON record. Never waits for the network; may write to the spool.
  void submit(std::string json);
  // Delivers while connected until `deadline`, spools the rest, joins the thread.
  void stop(std::chrono::milliseconds deadline);

 private:
  enum class DropReason { QueueFull, SpoolFull, SpoolError, SpoolDamaged, Rejected, Stopped };

  void run();
  bool connectOnce(bool& tried_before);
  bool takeBatch(std::vector<std::string>& batch, bool& from_spool);                           // mutex held
  void settle(std::vector<std::string>& batch, bool from_spool, size_t settled, bool broken);  // mutex held
  void spoolMemory();                                                                          // mutex held
  void spoolAppend(std::string_view json);                                                     // mutex held
  void drop(uint64_t n, DropReason reason, const std::string& why);                            // mutex held
  void finalize();                                                                             // mutex held
  void updateGauges();                                                                         // mutex held

  const RedisSinkOptions options_;
  const std::string stream_maxlen_;  // options_.stream_maxlen as text ("" = no cap)
  OutputStats& stats_;

  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<std::string> mem_;
  std::unique_ptr<SyslogSpool> spool_;
  size_t in_flight_ = 0;  // records of the batch being sent
  bool in_flight_from_mem_ = false;
  bool connected_ = false;
  bool stopping_ = false;
  bool finalized_ = false;
  bool drop_logged_ = false;
  bool outage_logged_ = false;
  // The last batch was refused for credentials or ACL rights (sink thread
  // only): the connection itself works, so reconnecting at once would spin;
  // the backoff keeps growing until a batch is accepted again.
  bool auth_refused_ = false;
  uint64_t counted_spool_lost_ = 0;
  std::chrono::steady_clock::time_point stop_deadline_;
  RedisConnection conn_;  // the sink's thread only
  std::thread thread_;
};

}  // namespace tapwatch
