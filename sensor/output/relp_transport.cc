#include "output/relp_transport.h"

// librelp.h has no extern "C" guard of its own.
extern "C" {
#include <librelp.h>
}

#include <atomic>
#include <boost/asio/post.hpp>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "common/log.h"

namespace tapwatch {
namespace {

namespace asio = boost::asio;

// librelp reports errors through an engine callback; we only need to know
// that one happened during a call and a line for the log.
void onRelpError(void* usr, char* objinfo, char* errmsg, relpRetVal ecode);
// librelp calls its debug hook unconditionally; the engine starts with none.
void relpDebugNoop(char*, ...) {}

class RelpTransport final : public SyslogTransport {
 public:
  RelpTransport(asio::io_context& io, TransportTarget target) : io_(io), target_(std::move(target)) {
    worker_ = std::thread([this] { run(); });
  }

  ~RelpTransport() override {
    {
      std::lock_guard lock(mu_);
      quit_ = true;
    }
    cv_.notify_all();
    worker_.join();
    destroyClient();
    if (engine_ != nullptr) relpEngineDestruct(&engine_);
  }

  void connect(Done done, Done /*on_broken: librelp notices breaks on the next send*/) override {
    ++gen_;
    enqueue([this, done = std::move(done), gen = gen_]() mutable {
      std::string err = doConnect();
      reply(std::move(done), std::move(err), gen);
    });
  }

  void send(std::vector<std::string> batch, Done done) override {
    enqueue([this, batch = std::move(batch), done = std::move(done), gen = gen_]() mutable {
      for (auto& m : batch) leftovers_.push_back(std::move(m));
      reply(std::move(done), sendLeftovers(), gen);
    });
  }

  uint64_t confirmed() override {
    const uint64_t acc = accepted_.load(std::memory_order_acquire);
    const uint64_t all = all_confirmed_.load(std::memory_order_acquire);
    return std::max(all, acc > kRelpWindow ? acc - kRelpWindow : 0);
  }

  // Everything handed to send() is delivered by this transport across
  // reconnects (librelp re-sends its window, we re-send what it never took).
  bool redeliversUnconfirmed() const override { return clt_alive_.load(); }

  void finish(Done done) override {
    enqueue([this, done = std::move(done), gen = gen_]() mutable {
      std::string err;
      if (clt_ == nullptr || broken_) {
        err = "relp session not open";
      } else {
        error_seen_ = false;
        destroyClient();  // sends "close" and waits for its response
        if (error_seen_) {
          err = "relp close handshake with " + describe() + " failed";
        } else {
          all_confirmed_.store(accepted_.load());
        }
      }
      reply(std::move(done), std::move(err), gen);
    });
  }

  void close() override { ++gen_; }

  void noteError(const std::string& what) {
    error_seen_ = true;
    last_error_ = what;
  }

 private:
  std::string describe() const { return target_.host + ":" + std::to_string(target_.port); }

  void enqueue(std::function<void()> job) {
    {
      std::lock_guard lock(mu_);
      jobs_.push_back(std::move(job));
    }
    cv_.notify_one();
  }

  void reply(Done done, std::string err, uint64_t gen) {
    asio::post(io_, [this, done = std::move(done), err = std::move(err), gen] {
      // A reply to a connection the forwarder already gave up on is dropped.
      if (gen == gen_) done(err);
    });
  }

  // Worker thread below.
  void run() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock lock(mu_);
        cv_.wait(lock, [this] { return quit_ || !jobs_.empty(); });
        if (quit_) return;
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();
    }
  }

  // Worker thread. Sends what librelp has not accepted yet, oldest first; what
  // fails stays for the next connection (librelp itself keeps what it accepted
  // but the receiver did not acknowledge).
  std::string sendLeftovers() {
    while (!leftovers_.empty()) {
      if (clt_ == nullptr || broken_) return "relp session to " + describe() + " not open";
      std::string& m = leftovers_.front();
      const relpRetVal r = relpCltSendSyslog(clt_, reinterpret_cast<unsigned char*>(m.data()), m.size());
      if (r != RELP_RET_OK) {
        broken_ = true;
        return "relp send to " + describe() + " failed (librelp error " + std::to_string(r) + ")";
      }
      leftovers_.pop_front();
      accepted_.fetch_add(1, std::memory_order_release);
    }
    return {};
  }

  std::string doConnect() {
    if (engine_ == nullptr) {
      if (relpEngineConstruct(&engine_) != RELP_RET_OK) return "cannot create librelp engine";
      relpEngineSetDbgprint(engine_, relpDebugNoop);
      relpEngineSetEnableCmd(engine_, reinterpret_cast<unsigned char*>(const_cast<char*>("syslog")),
                             eRelpCmdState_Required);
      relpEngineSetOnErr(engine_, onRelpError);
    }
    error_seen_ = false;
    if (clt_ != nullptr && started_) {
      // Keeps librelp's unacknowledged frames and re-sends them on success.
      const relpRetVal r = relpCltReconnect(clt_);
      if (r == RELP_RET_OK) {
        broken_ = false;
        return sendLeftovers();
      }
      return "cannot reconnect relp to " + describe() + " (librelp error " + std::to_string(r) + ")";
    }
    destroyClient();
    if (relpEngineCltConstruct(engine_, &clt_) != RELP_RET_OK) return "cannot create librelp client";
    relpCltSetUsrPtr(clt_, this);
    relpCltSetTimeout(clt_, 10);
    relpCltSetConnTimeout(clt_, 5);
    relpCltSetWindowSize(clt_, kRelpWindow);
    std::string port = std::to_string(target_.port);
    std::string host = target_.host;
    const relpRetVal r = relpCltConnect(clt_, 0, reinterpret_cast<unsigned char*>(port.data()),
                                        reinterpret_cast<unsigned char*>(host.data()));
    if (r != RELP_RET_OK) {
      destroyClient();  // nothing was sent on it; a fresh client next time
      return "cannot connect relp to " + describe() + " (librelp error " + std::to_string(r) + ")";
    }
    started_ = true;
    broken_ = false;
    clt_alive_ = true;
    return {};
  }

  void destroyClient() {
    if (clt_ != nullptr) relpEngineCltDestruct(engine_, &clt_);
    clt_ = nullptr;
    started_ = false;
    clt_alive_ = false;
  }

  asio::io_context& io_;
  TransportTarget target_;
  uint64_t gen_ = 0;  // output thread: replies for an abandoned attempt are dropped

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  bool quit_ = false;
  std::thread worker_;

  // Worker thread only (after construction).
  relpEngine_t* engine_ = nullptr;
  relpClt_t* clt_ = nullptr;
  bool started_ = false;
  bool broken_ = false;
  bool error_seen_ = false;
  std::string last_error_;
  std::deque<std::string> leftovers_;

  std::atomic<uint64_t> accepted_{0};
  std::atomic<uint64_t> all_confirmed_{0};
  std::atomic<bool> clt_alive_{false};
};

void onRelpError(void* usr, char* objinfo, char* errmsg, relpRetVal ecode) {
  auto* self = static_cast<RelpTransport*>(usr);
  std::string what = std::string("librelp: ") + (objinfo ? objinfo : "") + ": " + (errmsg ? errmsg : "") + " (" +
                     std::to_string(ecode) + ")";
  if (self != nullptr) self->noteError(what);
}

}  // namespace

SyslogTransportPtr makeRelpTransport(asio::io_context& io, TransportTarget target) {
  return std::make_unique<RelpTransport>(io, std::move(target));
}

}  // namespace tapwatch
