#!/usr/bin/env -S python3 -S
"""A stand-in for `tapwatch scan` that answers each case with Suricata's recorded alerts
(verdicts.json: sid, direction and flow of every alert), so oracle.py check can be shown
to pass a sensor that agrees with Suricata and to fail each kind of disagreement.
FAKE_ORACLE_DEFECT: none | miss (one alert fewer on the target case) | extra (an unknown sid
on the target case) | flip (the target case's first alert in the other direction) |
refuse (exit 2 on the target case) | severity (another severity
on the target case's alerts). FAKE_ORACLE_TARGET: "split/name" of the target case.
FAKE_ORACLE_VERDICTS: the verdicts file."""
import json
import os
import sys


def endpoint(text, has_port):
    if not has_port:
        return text, None
    ip, port = text.rsplit(":", 1)
    return ip, int(port)


def record(event, fields):
    """`sid direction proto client:port>server:port` -> an EVE alert record carrying the
    sid's recorded category/severity/metadata (fields: verdict "fields")."""
    sid, direction, proto, flow = event.split(" ")
    has_port = proto in ("TCP", "UDP", "SCTP")
    client, server = (endpoint(e, has_port) for e in flow.split(">"))
    src, dst = (server, client) if direction == "to_client" else (client, server)
    rec = {"event_type": "alert", "src_ip": src[0], "dest_ip": dst[0], "proto": proto, "direction": direction,
           "alert": dict(fields.get(sid, {}), signature_id=int(sid))}
    if has_port:
        rec["src_port"], rec["dest_port"] = src[1], dst[1]
    return rec


def main():
    argv = sys.argv[1:]
    case_dir = os.path.dirname(os.path.abspath(argv[argv.index("scan") + 1]))
    key = f"{os.path.basename(os.path.dirname(case_dir))}/{os.path.basename(case_dir)}"
    with open(os.environ["FAKE_ORACLE_VERDICTS"]) as fh:
        verdict = json.load(fh)["cases"][key]
    defect = os.environ.get("FAKE_ORACLE_DEFECT", "none")
    target = os.environ.get("FAKE_ORACLE_TARGET") == key
    events = list(verdict["events"])
    if target and defect == "refuse":
        print("tapwatch error: case.rules:1:1: unsupported keyword", file=sys.stderr)
        return 2
    if target and defect == "miss":
        events = events[1:]
    if target and defect == "extra":
        events.append("999999 to_server TCP 192.0.2.1:1>192.0.2.2:2")
    if target and defect == "flip":
        sid, direction, rest = events[0].split(" ", 2)
        events[0] = f"{sid} {'to_client' if direction == 'to_server' else 'to_server'} {rest}"
    fields = verdict["fields"]
    if target and defect == "severity":
        fields = {sid: dict(f, severity=f.get("severity", 3) % 3 + 1) for sid, f in fields.items()}
    for event in events:
        print(json.dumps(record(event, fields)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
