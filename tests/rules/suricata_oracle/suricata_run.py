"""Runs the real Suricata on one rule case and reads its alerts (tests/rules/suricata_oracle/README.md).

One `suricata -r traffic.pcap -S case.rules` per case, with a yaml written here that holds
only what the cases depend on: the rule vars (Suricata's shipped defaults, which tapwatch
also uses, plus the case's own "vars"), checksum validation off, EVE alerts on. Every other
setting keeps Suricata's built-in default; in particular stream.midstream stays off, which
is what the cases without a handshake are written for ("flow:established" needs the
three-way handshake). A Suricata run takes about 0.2 s with this yaml, so one process per
case (two at a time) is the batch: no rule or host state can leak from one case to another.
"""
import collections
import ipaddress
import json
import os
import shutil
import subprocess
import tempfile

# The vars of Suricata's shipped suricata.yaml (tapwatch's defaults are the same list:
# sensor/detect/rule_vars.cc). A case's "vars" replace single entries.
DEFAULT_VARS = {
    "address-groups": {
        "HOME_NET": "[192.168.0.0/16,10.0.0.0/8,172.16.0.0/12]",
        "EXTERNAL_NET": "!$HOME_NET",
        "HTTP_SERVERS": "$HOME_NET",
        "SMTP_SERVERS": "$HOME_NET",
        "SQL_SERVERS": "$HOME_NET",
        "DNS_SERVERS": "$HOME_NET",
        "TELNET_SERVERS": "$HOME_NET",
        "AIM_SERVERS": "$EXTERNAL_NET",
        "DC_SERVERS": "$HOME_NET",
        "DNP3_SERVER": "$HOME_NET",
        "DNP3_CLIENT": "$HOME_NET",
        "MODBUS_CLIENT": "$HOME_NET",
        "MODBUS_SERVER": "$HOME_NET",
        "ENIP_CLIENT": "$HOME_NET",
        "ENIP_SERVER": "$HOME_NET",
    },
    "port-groups": {
        "HTTP_PORTS": "80",
        "SHELLCODE_PORTS": "!80",
        "ORACLE_PORTS": "1521",
        "SSH_PORTS": "22",
        "DNP3_PORTS": "20000",
        "MODBUS_PORTS": "502",
        "FILE_DATA_PORTS": "[$HTTP_PORTS,110,143]",
        "FTP_PORTS": "21",
        "GENEVE_PORTS": "6081",
        "VXLAN_PORTS": "4789",
        "TEREDO_PORTS": "3544",
    },
}
SURICATA_ETC = "/etc/suricata"  # classification.config and reference.config of the installed package


def varText(value):
    """A case var (a list of addresses/ports or a string) in Suricata's yaml form."""
    if isinstance(value, list):
        return "[" + ",".join(str(v) for v in value) + "]"
    return str(value)


def yamlText(case_vars, log_dir, threshold_file):
    groups = {g: dict(v) for g, v in DEFAULT_VARS.items()}
    for name, value in case_vars.items():
        group = "port-groups" if name.endswith("_PORTS") else "address-groups"
        groups[group][name] = varText(value)
    lines = ["%YAML 1.1", "---", "vars:"]
    for group in ("address-groups", "port-groups"):
        lines.append(f"  {group}:")
        lines += [f"    {name}: {json.dumps(value)}" for name, value in groups[group].items()]
    lines += [
        f"default-log-dir: {json.dumps(log_dir)}",
        f"classification-file: {SURICATA_ETC}/classification.config",
        f"reference-config-file: {SURICATA_ETC}/reference.config",
        # an empty threshold file: whatever the host's /etc/suricata/threshold.config suppresses must not matter
        f"threshold-file: {json.dumps(threshold_file)}",
        "pcap-file:",
        "  checksum-checks: no",
        "stats:",
        "  enabled: no",
        "outputs:",
        "  - eve-log:",
        "      enabled: yes",
        "      filetype: regular",
        "      filename: eve.json",
        "      types:",
        "        - alert:",
        "            metadata: yes",  # the rule's metadata in alert.metadata, as expected.json's alert_fields
        "logging:",
        "  default-log-level: warning",
        "  outputs:",
        "    - console:",
        "        enabled: yes",
    ]
    return "\n".join(lines) + "\n"


def suricataBinary():
    """$TAPWATCH_SURICATA if set (a path; one that does not exist means "not installed"),
    else suricata from PATH; None when there is none."""
    chosen = os.environ.get("TAPWATCH_SURICATA")
    if chosen is not None:
        return chosen if os.path.isfile(chosen) and os.access(chosen, os.X_OK) else None
    return shutil.which("suricata")


def suricataVersion(binary):
    out = subprocess.run([binary, "-V"], capture_output=True, text=True).stdout.strip()
    return out.splitlines()[0] if out else "unknown"


def packageVersion():
    """The Debian package that provides suricata, e.g. "suricata 1:7.0.10-1~bpo12+1", or "" elsewhere."""
    try:
        out = subprocess.run(["dpkg-query", "-W", "-f", "${Package} ${Version}", "suricata"], capture_output=True,
                             text=True).stdout
    except OSError:
        return ""
    return out.strip()


def eventKey(record):
    """One alert as `sid direction proto client:port>server:port`: the flow written from the
    client's side, so both sensors' records compare whichever way they orient src/dest.
    Addresses are compared as addresses (Suricata writes IPv6 in full, tapwatch compressed)
    and ports only where the protocol has them (tapwatch writes port 0 for ICMP, Suricata
    none); "?" is a missing direction (Suricata: a packet without a flow)."""
    sid = record["alert"]["signature_id"]
    direction = record.get("direction", "?")
    proto = record.get("proto", "?")
    has_ports = proto in ("TCP", "UDP", "SCTP")

    def ep(ip, port):
        try:
            ip = ipaddress.ip_address(ip).compressed
        except ValueError:
            pass
        return f"{ip}:{port}" if has_ports else ip
    src = ep(record.get("src_ip", "?"), record.get("src_port"))
    dst = ep(record.get("dest_ip", "?"), record.get("dest_port"))
    if direction == "to_client":
        src, dst = dst, src
    return f"{sid} {direction} {proto} {src}>{dst}"


def readAlerts(lines):
    """EVE lines -> {"alerts": {sid: n}, "events": [sorted eventKey], "fields": {sid: {category, severity, metadata}}}
    (fields: the first alert of each sid)."""
    counts = collections.Counter()
    events = []
    fields = {}
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        if record.get("event_type") != "alert":
            continue
        sid = record["alert"]["signature_id"]
        counts[sid] += 1
        events.append(eventKey(record))
        fields.setdefault(str(sid), {k: record["alert"][k] for k in ("category", "severity", "metadata")
                                     if k in record["alert"]})
    return {"alerts": {str(s): n for s, n in sorted(counts.items())}, "events": sorted(events), "fields": fields}


def runCase(binary, case_dir, expected, timeout=120):
    """-> verdict dict: readAlerts() plus "error" when Suricata refused the rules or failed."""
    with tempfile.TemporaryDirectory(prefix="suri-oracle-") as work:
        log_dir = os.path.join(work, "log")
        os.mkdir(log_dir)
        threshold = os.path.join(work, "threshold.config")
        open(threshold, "w").close()
        conf = os.path.join(work, "suricata.yaml")
        with open(conf, "w") as fh:
            fh.write(yamlText(expected.get("vars", {}), log_dir, threshold))
        # --init-errors-fatal: a rule Suricata rejects stops the run, instead of a silent skip
        # that would read as "no alert".
        cmd = [binary, "-c", conf, "-r", os.path.join(case_dir, "traffic.pcap"), "-S",
               os.path.join(case_dir, "case.rules"), "-l", log_dir, "-k", "none", "--runmode", "single",
               "--init-errors-fatal"]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, errors="replace")
        except subprocess.TimeoutExpired:
            return {"alerts": {}, "events": [], "fields": {}, "error": f"suricata did not finish in {timeout}s"}
        if proc.returncode != 0:
            # The first error line names the reason; the paths of this run are cut so the
            # recorded text is the same on every machine.
            errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("E:")] or proc.stderr.splitlines()[-1:]
            text = errors[0].replace(os.path.join(case_dir, ""), "").replace(work, "<tmp>") if errors else ""
            return {"alerts": {}, "events": [], "fields": {}, "error": f"exit {proc.returncode}: {text[:300]}"}
        eve = os.path.join(log_dir, "eve.json")
        with open(eve) if os.path.exists(eve) else open(os.devnull) as fh:
            return readAlerts(fh.read().splitlines())
