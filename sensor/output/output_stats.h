#pragma once
// Counters of the output thread (EVE writer, syslog forwarder, Redis sink). Written by the
// output thread only (single writer; the Redis sink's rows by its thread or the output thread, always
// under the sink's mutex, so one writer at a time), read by the Prometheus exporter at
// scrape time. The one exception, alerts dropped because the hand-off queue
// was full, is bumped by worker threads and so is a SharedCounter.
#include <string_view>

#include "common/stats_macros.h"

namespace tapwatch {

inline constexpr std::string_view kOutputAlertsHelp =
    "Alerts handed to the output thread, by result (received, dropped: hand-off queue full in live mode).";
inline constexpr std::string_view kOutputEventsHelp =
    "Events (alerts, transactions, flows, anomalies) handed to the output thread, by result (received, dropped: "
    "hand-off queue full in live mode).";
inline constexpr std::string_view kEveRecordsHelp = "EVE records by result (written, error).";
inline constexpr std::string_view kSpoolLostHelp =
    "Spooled syslog messages lost to damage on disk, by reason (torn: cut by a crash at the end of a segment; "
    "corrupt: damaged inside). Also counted in tapwatch_syslog_messages_total{result=\"dropped\"}.";
inline constexpr std::string_view kSyslogMessagesHelp = "Syslog messages by result (sent, dropped, spooled, resent).";
inline constexpr std::string_view kRedisEventsHelp =
    "EVE records for Redis by result (sent: stored by Redis, from memory or the spool; spooled: written to the "
    "on-disk spool; dropped: could not be kept, by reason in tapwatch_redis_dropped_total).";
inline constexpr std::string_view kRedisDroppedHelp =
    "EVE records for Redis dropped, by reason (queue_full: no spool and the memory queue full; spool_full: "
    "spool_max_mb reached; spool_error: the spool could not be written; spool_damaged: lost to damage on disk; "
    "rejected: Redis answered with a permanent error, e.g. WRONGTYPE; stopped: undelivered at stop with no spool).";

// received: taken off the hand-off queue; error: an EVE record that could not
// be written; sent: first transmission, from memory; dropped: could not be
// kept (caps, spool errors, damaged spool); spooled: written to the on-disk
// spool; resent: transmitted from the spool (or again after a broken connection).
#define TAPWATCH_OUTPUT_STATS(COUNTER, GAUGE, COUNTER_ARRAY, SHARED_COUNTER) \
  COUNTER(alerts_received, "tapwatch_output_alerts_total", "result", "received", kOutputAlertsHelp) \
  SHARED_COUNTER(alerts_dropped, "tapwatch_output_alerts_total", "result", "dropped", kOutputAlertsHelp) \
  COUNTER(events_received, "tapwatch_output_events_total", "result", "received", kOutputEventsHelp) \
  SHARED_COUNTER(events_dropped, "tapwatch_output_events_total", "result", "dropped", kOutputEventsHelp) \
  COUNTER(eve_written, "tapwatch_eve_records_total", "result", "written", kEveRecordsHelp) \
  COUNTER(eve_errors, "tapwatch_eve_records_total", "result", "error", kEveRecordsHelp) \
  COUNTER(syslog_sent, "tapwatch_syslog_messages_total", "result", "sent", kSyslogMessagesHelp) \
  COUNTER(syslog_dropped, "tapwatch_syslog_messages_total", "result", "dropped", kSyslogMessagesHelp) \
  COUNTER(syslog_spooled, "tapwatch_syslog_messages_total", "result", "spooled", kSyslogMessagesHelp) \
  COUNTER(syslog_resent, "tapwatch_syslog_messages_total", "result", "resent", kSyslogMessagesHelp) \
  GAUGE(syslog_queue_depth, "tapwatch_syslog_queue_depth", "", "", \
        "Messages waiting in the syslog forwarder's memory queue.") \
  GAUGE(syslog_connected, "tapwatch_syslog_connected", "", "", \
        "1 while the syslog forwarder is connected to its receiver.") \
  GAUGE(syslog_spool_bytes, "tapwatch_syslog_spool_bytes", "", "", \
        "Bytes of alerts waiting in the on-disk syslog spool.") \
  COUNTER(syslog_spool_lost_torn, "tapwatch_syslog_spool_lost_total", "reason", "torn", kSpoolLostHelp) \
  COUNTER(syslog_spool_lost_corrupt, "tapwatch_syslog_spool_lost_total", "reason", "corrupt", kSpoolLostHelp) \
  COUNTER(redis_sent, "tapwatch_redis_events_total", "result", "sent", kRedisEventsHelp) \
  COUNTER(redis_spooled, "tapwatch_redis_events_total", "result", "spooled", kRedisEventsHelp) \
  COUNTER(redis_dropped, "tapwatch_redis_events_total", "result", "dropped", kRedisEventsHelp) \
  COUNTER(redis_dropped_queue_full, "tapwatch_redis_dropped_total", "reason", "queue_full", kRedisDroppedHelp) \
  COUNTER(redis_dropped_spool_full, "tapwatch_redis_dropped_total", "reason", "spool_full", kRedisDroppedHelp) \
  COUNTER(redis_dropped_spool_error, "tapwatch_redis_dropped_total", "reason", "spool_error", kRedisDroppedHelp) \
  COUNTER(redis_dropped_spool_damaged, "tapwatch_redis_dropped_total", "reason", "spool_damaged", kRedisDroppedHelp) \
  COUNTER(redis_dropped_rejected, "tapwatch_redis_dropped_total", "reason", "rejected", kRedisDroppedHelp) \
  COUNTER(redis_dropped_stopped, "tapwatch_redis_dropped_total", "reason", "stopped", kRedisDroppedHelp) \
  GAUGE(redis_queue_depth, "tapwatch_redis_queue_depth", "", "", \
        "EVE records waiting for Redis: in memory, in flight and in the spool.") \
  GAUGE(redis_spool_bytes, "tapwatch_redis_spool_bytes", "", "", "Bytes waiting in the on-disk Redis spool.") \
  GAUGE(redis_connected, "tapwatch_redis_connected", "", "", "1 while the Redis output is connected to its server.") \
  COUNTER(redis_reconnects, "tapwatch_redis_reconnects_total", "", "", \
          "Connections to Redis made again after the connection was lost or an attempt failed.") \
  COUNTER(redis_auth_failures, "tapwatch_redis_auth_failures_total", "", "", \
          "Redis refused the credentials (AUTH, or a NOAUTH/WRONGPASS/NOPERM reply); retried with backoff.")

struct OutputStats {
  TAPWATCH_DECLARE_STATS(TAPWATCH_OUTPUT_STATS)
};

// Any thread (scrape time): every series, zeros included.
void visitOutputStats(const OutputStats& stats, const StatsVisitor& visit);

}  // namespace tapwatch
