#!/usr/bin/env -S python3 -S
"""A stand-in for `tapwatch scan` that answers the evasion catalogue from its
manifest: perfectly, or with the one defect FAKE_TAPWATCH_MUTATION names. The
runner cuts each case into <class>__<name>.pcap, which is how the case is found.

Mutations: no_alert, double_alert, wrong_field, wrong_signature, wrong_direction,
no_anomaly (the first listed reason is not counted), other_flow_alert (an extra
alert from another signature), exit_code, bad_eve.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    argv = sys.argv[1:]
    if not argv or argv[0] != "scan":
        return 64
    opts, pcaps, i = {}, [], 1
    while i < len(argv):
        a = argv[i]
        if a in ("-o", "--stats-json", "-s", "--workers", "--types", "--set"):
            opts[a] = argv[i + 1]
            i += 2
        elif a.startswith("-"):
            i += 1
        else:
            pcaps.append(a)
            i += 1
    catalogue = os.environ.get("FAKE_TAPWATCH_CATALOGUE", os.path.join(HERE, "..", "catalogue.json"))
    cases = {c["id"]: c for c in json.load(open(catalogue, encoding="utf-8"))["cases"]}
    case = cases[os.path.basename(pcaps[0])[:-len(".pcap")].replace("__", "/")]
    mutation = os.environ.get("FAKE_TAPWATCH_MUTATION", "")

    src, dst = (case["server"], case["client"]) if case["field"] == "http.response_body" else \
        (case["client"], case["server"])
    if mutation == "wrong_direction":
        src, dst = dst, src
    alert = {"event_type": "alert", "src_ip": src[0], "src_port": src[1], "dest_ip": dst[0], "dest_port": dst[1],
             "proto": "TCP", "app_proto": "http",
             "alert": {"signature_id": case["signature_id"], "field": case["field"], "excerpt": case["marker"]}}
    if mutation == "wrong_field":
        alert["alert"]["field"] = "stream"
    if mutation == "wrong_signature":
        alert["alert"]["signature_id"] += 100
    alerts = [] if mutation == "no_alert" else [alert]
    if mutation == "double_alert":
        alerts.append(alert)
    if mutation == "other_flow_alert":
        alerts.append(dict(alert, alert={"signature_id": 1, "field": "stream"}))
    with open(opts["-o"], "w", encoding="utf-8") as fh:
        if mutation == "bad_eve":
            fh.write("{not json\n")
        for a in alerts:
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    reasons = case["anomalies"][1:] if mutation == "no_anomaly" else case["anomalies"]
    protocols = {"protocol_transactions_total{http}": 1}
    protocols.update({f"protocol_anomalies_total{{{r}}}": 1 for r in reasons})
    with open(opts["--stats-json"], "w") as fh:
        json.dump({"alerts": len(alerts), "protocols": protocols}, fh)
    return 3 if mutation == "exit_code" else 0


if __name__ == "__main__":
    sys.exit(main())
