# bench/small/empty_pcap.sh — sourced by run.sh and ab.sh: write_empty_pcap FILE writes a pcap file
# header and no packet (microsecond timestamps, Ethernet). Scanning it with --allow-empty costs only
# the sensor's startup, which fills the database cache for the timed runs.
write_empty_pcap() {
  printf '\xd4\xc3\xb2\xa1\x02\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\x00\x00\x01\x00\x00\x00' >"$1"
}
