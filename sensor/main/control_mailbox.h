#pragma once
// ControlMailbox: hands control-socket commands that change the daemon
// (reload, pcap, shutdown) from the control thread to the main thread, which
// owns the reloader and the pipeline, and carries the reply back. The control
// thread blocks in call() until the main thread answers in drain(); after
// close() every call is answered at once, so a stopping daemon never leaves
// the control thread waiting.
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>

#include <nlohmann/json.hpp>

namespace tapwatch {

class ControlMailbox {
 public:
  using Json = nlohmann::json;

  // Control thread.
  Json call(Json request) {
    auto letter = std::make_shared<Letter>();
    letter->request = std::move(request);
    auto reply = letter->reply.get_future();
    {
      std::lock_guard lock(mutex_);
      if (closed_) return Json{{"error", "the daemon is stopping"}};
      letters_.push_back(letter);
    }
    return reply.get();
  }

  // Main thread: answers every waiting request with `answer`.
  void drain(const std::function<Json(const Json&)>& answer) {
    for (;;) {
      std::shared_ptr<Letter> letter;
      {
        std::lock_guard lock(mutex_);
        if (letters_.empty()) return;
        letter = std::move(letters_.front());
        letters_.pop_front();
      }
      letter->reply.set_value(answer(letter->request));
    }
  }

  // Main thread, when stopping: refuses new calls and answers waiting ones.
  void close() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
    }
    drain([](const Json&) { return Json{{"error", "the daemon is stopping"}}; });
  }

 private:
  struct Letter {
    Json request;
    std::promise<Json> reply;
  };
  std::mutex mutex_;
  std::deque<std::shared_ptr<Letter>> letters_;
  bool closed_ = false;
};

}  // namespace tapwatch
