#!/usr/bin/env python3
"""Checks EVE JSON lines against the shape Suricata 8's EVE schema allows.

Our own check, written from Suricata's published schema (etc/schema.json in
OISF/suricata and the generated EVE reference in its user guide): every object
there has "additionalProperties": false, so a key is valid only where the
schema lists it, with the listed type. This module lists the parts of the
schema Tapwatch can emit (top level, alert, anomaly, flow, http, dns, tls,
quic, smtp, email, fileinfo, stats); a key outside these lists is reported
exactly as a validator against the full schema would reject it.

Usage: eve_schema.py [--allow-alert-context] FILE...          (exit 1 on any problem)
       eve_schema.py [--allow-alert-context] --from PROGRAM [ARG...]   (checks what PROGRAM prints)
"""
import json
import re
import subprocess
import sys

S, I, B, N = "string", "integer", "boolean", "number"


def arr(item):
    return ("array", item)


def obj(**props):
    return ("object", props)


HEADER_LIST = arr(obj(name=S, value=S, table_size_update=I))
DNS_RR = obj(rdata=S, rrname=S, rrtype=S, ttl=I,
             soa=obj(expire=I, minimum=I, mname=S, refresh=I, retry=I, rname=S, serial=I),
             srv=obj(name=S, port=I, priority=I, weight=I),
             sshfp=obj(fingerprint=S, algo=I, type=I))
DNS_QUERY = obj(id=I, rrname=S, rrtype=S, tx_id=I, type=S, z=B, opcode=I)
FILE_PROPS = dict(end=I, file_id=I, filename=S, gaps=B, magic=S, md5=S, sha1=S, sha256=S, size=I, start=I,
                  state=S, stored=B, storing=B, tx_id=I, sid=arr(I))

# The stats layout: only the subtrees Tapwatch fills are spelled out.
STATS = obj(
    uptime=I,
    capture=obj(kernel_packets=I, kernel_drops=I, kernel_ifdrops=I),
    decoder=obj(avg_pkt_size=I, bytes=I, invalid=I, ipv4=I, ipv6=I, max_pkt_size=I, pkts=I, tcp=I, udp=I,
                vlan=I, vlan_qinq=I, ethernet=I, too_many_layers=I, vxlan=I, geneve=I, gre=I),
    defrag=obj(wrk=obj(tracker_timeout=I), memuse=I, max_frags_reached=I, max_trackers_reached=I,
               ipv4=obj(fragments=I, reassembled=I, timeouts=I), ipv6=obj(fragments=I, reassembled=I, timeouts=I)),
    detect=obj(alert=I, alert_queue_overflow=I, alerts_suppressed=I),
    flow=obj(active=I, total=I, tcp=I, udp=I, memcap=I, memuse=I, spare=I, tcp_reuse=I, icmpv4=I, icmpv6=I),
    tcp=obj(reassembly_gap=I, midstream_pickups=I, overlap=I, overlap_diff_data=I, sessions=I, syn=I, synack=I,
            rst=I, invalid_checksum=I, stream_depth_reached=I, memuse=I, reassembly_memuse=I),
    app_layer=obj(tx=obj(**{k: I for k in ("dns_tcp", "dns_udp", "http", "http2", "smtp", "tls", "quic", "ftp",
                                          "imap", "ssh")}),
                  flow=obj(**{k: I for k in ("dns_tcp", "dns_udp", "http", "http2", "smtp", "tls", "quic",
                                            "failed_tcp", "failed_udp")})),
)

TOP = dict(
    app_proto=S, app_proto_expected=S, app_proto_orig=S, app_proto_tc=S, app_proto_ts=S, capture_file=S,
    community_id=S, dest_ip=S, dest_port=I, event_type=S, flow_id=I, host=S, icmp_code=I, icmp_type=I, in_iface=S,
    log_level=S, packet=S, parent_id=I, payload=S, payload_length=I, payload_printable=S, pcap_cnt=I,
    pcap_filename=S, pkt_src=S, proto=S, response_icmp_code=I, response_icmp_type=I, spi=I, src_ip=S, src_port=I,
    stream=I, timestamp=S, direction=S, tx_id=I, files=arr(obj(**FILE_PROPS)), vlan=arr(N),
    alert=obj(action=S, category=S, gid=I, rev=I, rule=S, severity=I, signature=S, signature_id=I, xff=S,
              metadata=obj(**{k: arr(S) for k in ("affected_product", "attack_target", "created_at", "deployment",
                                                   "former_category", "malware_family", "policy",
                                                   "signature_severity", "tag", "updated_at")}),
              references=arr(S), source=obj(ip=S, port=I), target=obj(ip=S, port=I)),
    anomaly=obj(app_proto=S, event=S, layer=S, type=S),
    dns=obj(aa=B, flags=S, id=I, qr=B, ra=B, rcode=S, rd=B, rrname=S, rrtype=S, tx_id=I, type=S, version=I,
            opcode=I, tc=B, z=B, answers=arr(DNS_RR), authorities=arr(DNS_RR), additionals=arr(DNS_RR),
            query=arr(DNS_QUERY), queries=arr(DNS_QUERY)),
    email=obj(body_md5=S, cc=arr(S), date=S, from_=S, has_exe_url=B, has_ipv4_url=B, has_ipv6_url=B,
              received=arr(S), status=S, subject=S, subject_md5=S, to=arr(S), url=arr(S), x_mailer=S,
              attachment=arr(S), message_id=S),
    fileinfo=obj(**FILE_PROPS),
    flow=obj(action=S, age=I, alerted=B, bypass=S, bytes_toclient=I, bytes_toserver=I, dest_ip=S, dest_port=I,
             emergency=B, end=S, pkts_toclient=I, pkts_toserver=I, reason=S, src_ip=S, src_port=I, start=S,
             state=S, wrong_thread=B),
    http=obj(hostname=S, http_content_type=S, http_method=S, http_port=I, http_refer=S, http_response_body=S,
             http_response_body_printable=S, http_user_agent=S, length=I, org_src_ip=S, protocol=S, redirect=S,
             status=I, true_client_ip=S, url=S, version=S, x_bluecoat_via=S, xff=S, request_headers=HEADER_LIST,
             response_headers=HEADER_LIST, content_range=obj(end=I, raw=S, size=I, start=I)),
    quic=obj(version=S, sni=S, ua=S, cyu=arr(obj(hash=S, string=S)), ja3=obj(hash=S, string=S),
             ja4=S, extensions=arr(obj(name=S, type=I, values=arr(S)))),
    smtp=obj(helo=S, mail_from=S, rcpt_to=arr(S)),
    stats=STATS,
    tls=obj(fingerprint=S, from_proto=S, issuerdn=S, subjectaltname=arr(S), notafter=S, notbefore=S, serial=S,
            session_resumed=B, sni=S, subject=S, version=S, ja3=obj(hash=S, string=S),
            ja3s=obj(hash=S, string=S), ja4=S, client_alpns=arr(S), server_alpns=arr(S)),
)

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+[+\-]\d+$")
COMMUNITY_ID = re.compile(r"^1:[A-Za-z0-9+/]{27}=$")
EVENT_TYPES = {"alert", "anomaly", "flow", "http", "dns", "tls", "quic", "smtp", "fileinfo", "stats"}


def typeOk(value, want):
    if want == S:
        return isinstance(value, str)
    if want == I:
        return isinstance(value, int) and not isinstance(value, bool)
    if want == B:
        return isinstance(value, bool)
    if want == N:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return False


def check(value, spec, path, problems):
    if isinstance(spec, str):
        if not typeOk(value, spec):
            problems.append(f"{path}: expected {spec}, got {type(value).__name__} {value!r:.60}")
        return
    kind, inner = spec
    if kind == "array":
        if not isinstance(value, list):
            problems.append(f"{path}: expected an array, got {type(value).__name__}")
            return
        for i, item in enumerate(value):
            check(item, inner, f"{path}[{i}]", problems)
        return
    if not isinstance(value, dict):
        problems.append(f"{path}: expected an object, got {type(value).__name__}")
        return
    props = {k.rstrip("_"): v for k, v in inner.items()}  # from_ -> from
    for key, item in value.items():
        if key not in props:
            problems.append(f"{path}.{key}: not allowed by the schema (additionalProperties: false)")
        else:
            check(item, props[key], f"{path}.{key}", problems)


def recordProblems(record, allow_alert_context=False):
    """The schema violations of one decoded EVE record (empty list = valid)."""
    problems = []
    if not isinstance(record, dict):
        return ["record is not an object"]
    for required in ("timestamp", "event_type"):
        if required not in record:
            problems.append(f"{required}: missing (the schema requires it)")
    if isinstance(record.get("timestamp"), str) and not TIMESTAMP.match(record["timestamp"]):
        problems.append(f"timestamp {record['timestamp']!r} does not match the schema's pattern")
    rec = record
    if allow_alert_context and isinstance(record.get("alert"), dict) and "context" in record["alert"]:
        rec = dict(record)
        rec["alert"] = {k: v for k, v in record["alert"].items() if k != "context"}
    check(rec, ("object", TOP), "", problems)
    # Beyond the schema's types: what Tapwatch promises about every record.
    et = record.get("event_type")
    if et not in EVENT_TYPES:
        problems.append(f"event_type {et!r} is not one Tapwatch writes")
    elif et != "stats" and et not in record:
        problems.append(f"event_type {et} without its {et!r} object")
    if "community_id" in record and not COMMUNITY_ID.match(str(record["community_id"])):
        problems.append(f"community_id {record['community_id']!r} is not Community ID v1")
    if "flow_id" in record and not (0 < record["flow_id"] < 2 ** 53):
        problems.append(f"flow_id {record['flow_id']} is not a positive JSON-safe integer")
    if et == "dns" and isinstance(record.get("dns"), dict) and record["dns"].get("version") != 3:
        problems.append("dns.version is not 3")
    return problems


def main(argv):
    args = argv[1:]
    allow = "--allow-alert-context" in args
    args = [a for a in args if a != "--allow-alert-context"]
    if args and args[0] == "--from":
        proc = subprocess.run(args[1:], capture_output=True, check=True, text=True)
        sources = [(args[1], proc.stdout.splitlines())]
    else:
        sources = []
        for name in args:
            with open(name, encoding="utf-8") as fh:
                sources.append((name, fh.read().splitlines()))
    bad = 0
    total = 0
    types = set()
    for name, lines in sources:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            total += 1
            record = json.loads(line)
            types.add(record.get("event_type"))
            for p in recordProblems(record, allow):
                bad += 1
                print(f"{name}:{n}: {p}")
    print(f"{total} records ({', '.join(sorted(map(str, types)))}), {bad} problems")
    return 1 if bad or total == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
