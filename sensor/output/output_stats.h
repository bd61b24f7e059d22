#pragma once
// Counters of the output thread (EVE writer, syslog forwarder). Written by the
// output thread only (single writer), read by the Prometheus exporter at
// scrape time. The one exception, alerts dropped because the hand-off queue
// was full, is bumped by worker threads and so is a shared atomic.
#include <atomic>
#include <cstdint>
#include <string_view>

#include "common/counter.h"

namespace tapwatch {

struct OutputStats {
  Counter alerts_received;     // taken off the hand-off queue
  std::atomic<uint64_t> alerts_dropped{0};  // hand-off queue full (live mode); workers
  Counter eve_written;
  Counter eve_errors;          // records that could not be written
  Counter syslog_sent;         // first transmission, from memory
  Counter syslog_dropped;      // could not be kept (caps, spool errors, damaged spool)
  Counter syslog_spooled;      // written to the on-disk spool
  Counter syslog_resent;       // transmitted from the spool (or again after a broken connection)
  Counter syslog_queue_depth;  // gauge: messages waiting (memory + spool)
  Counter syslog_connected;    // gauge: 1 while connected
  Counter syslog_spool_bytes;  // gauge
};

// Calls fn(metric name, label value, value) for each series. Labelled
// series use the label name "result"; an empty label value means no label.
template <typename Fn>
void visitOutputStats(const OutputStats& s, Fn&& fn) {
  fn(std::string_view("tapwatch_output_alerts_total"), std::string_view("received"), s.alerts_received.value());
  fn(std::string_view("tapwatch_output_alerts_total"), std::string_view("dropped"),
     s.alerts_dropped.load(std::memory_order_relaxed));
  fn(std::string_view("tapwatch_eve_records_total"), std::string_view("written"), s.eve_written.value());
  fn(std::string_view("tapwatch_eve_records_total"), std::string_view("error"), s.eve_errors.value());
  fn(std::string_view("tapwatch_syslog_messages_total"), std::string_view("sent"), s.syslog_sent.value());
  fn(std::string_view("tapwatch_syslog_messages_total"), std::string_view("dropped"), s.syslog_dropped.value());
  fn(std::string_view("tapwatch_syslog_messages_total"), std::string_view("spooled"), s.syslog_spooled.value());
  fn(std::string_view("tapwatch_syslog_messages_total"), std::string_view("resent"), s.syslog_resent.value());
  fn(std::string_view("tapwatch_syslog_queue_depth"), std::string_view(), s.syslog_queue_depth.value());
  fn(std::string_view("tapwatch_syslog_connected"), std::string_view(), s.syslog_connected.value());
  fn(std::string_view("tapwatch_syslog_spool_bytes"), std::string_view(), s.syslog_spool_bytes.value());
}

}  // namespace tapwatch
