#pragma once
// Counters of the output thread (EVE writer, syslog forwarder). Written by the
// output thread only (single writer), read by the Prometheus exporter at
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
  COUNTER(syslog_spool_lost_corrupt, "tapwatch_syslog_spool_lost_total", "reason", "corrupt", kSpoolLostHelp)

struct OutputStats {
  TAPWATCH_DECLARE_STATS(TAPWATCH_OUTPUT_STATS)
};

// Any thread (scrape time): every series, zeros included.
void visitOutputStats(const OutputStats& stats, const StatsVisitor& visit);

}  // namespace tapwatch
