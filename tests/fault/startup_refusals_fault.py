#!/usr/bin/env python3
"""Fault: conditions that used to pass silently are refused with the reason.

  - a read-only spool directory (a read-only bind mount in a private mount
    namespace when root, else a 0555 directory): `run` exits 2 naming the
    directory and the errno text; `config check` reports the same;
  - the metrics port already in use: `run` fails with "Address already in use";
  - a pcapng whose blocks after the header carry no packet (only an interface
    statistics block), or whose packet names an interface that does not exist:
    `scan` and `run -r` exit 1 with a message; a bare pcapng header (SHB + IDB)
    stays a valid empty capture (exit 0), as a bare pcap header does.
Usage: startup_refusals_fault.py TAPWATCH SOURCE_DIR
"""
import os
import shutil
import socket
import struct
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fault_util import daemon_args, free_port, run, udp_packet, workdir  # noqa: E402


def block(kind, body):
    body += b"\0" * (-len(body) % 4)
    length = 12 + len(body)
    return struct.pack("<II", kind, length) + body + struct.pack("<I", length)


def pcapng(*blocks):
    shb = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    idb = block(1, struct.pack("<HHI", 1, 0, 65535))  # Ethernet
    return shb + idb + b"".join(blocks)


def isb():
    return block(5, struct.pack("<III", 0, 0, 0))


def epb(interface_id):
    record = udp_packet(1)[16:]
    return block(6, struct.pack("<IIIII", interface_id, 0, 0, len(record), len(record)) + record)


def check_spool(binary, work):
    spool = os.path.join(work, "spool")
    os.makedirs(spool)
    sets = ["--set", "outputs.syslog.enabled=true", "--set", "outputs.syslog.target=127.0.0.1:9",
            "--set", "outputs.syslog.transport=tcp", "--set", f"outputs.syslog.spool_dir={spool}"]
    pcap = os.path.join(work, "one.pcap")
    with open(pcap, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1) + udp_packet(1))
    config = os.path.join(work, "tapwatch.yaml")
    with open(config, "w") as f:
        f.write(f"signatures:\n  paths: [{work}/sigs.yaml]\n  cache_dir: {work}/cache\n"
                f"outputs:\n  eve:\n    path: {work}/eve.json\n"
                f"  syslog:\n    enabled: true\n    target: 127.0.0.1:9\n    spool_dir: {spool}\n")
    run_cmd = daemon_args(binary, work, free_port(), extra=sets + ["-r", pcap])
    check_cmd = [binary, "config", "check", config, "--replay"]
    if os.geteuid() == 0 and shutil.which("unshare") and run(["unshare", "-m", "true"]).returncode == 0:
        how, expect = "read-only bind mount", "Read-only file system"
        wrap = ["unshare", "-m", "sh", "-c",
                f"mount --bind {spool} {spool} && mount -o remount,ro,bind {spool} && exec \"$@\"", "sh"]
    elif os.geteuid() != 0:
        how, expect = "0555 directory", "Permission denied"
        os.chmod(spool, 0o555)
        wrap = []
    else:
        print("spool: skipped (root without a private mount namespace)")
        return
    for name, cmd in (("run", run_cmd), ("config check", check_cmd)):
        r = run(wrap + cmd)
        print(f"spool on a {how}: `{name}` exit {r.returncode}")
        assert r.returncode == 2, f"{name}: exit {r.returncode}\n{r.stderr[-2000:]}"
        assert spool in r.stderr and expect in r.stderr, f"{name}: {r.stderr[-2000:]}"
    os.chmod(spool, 0o755)


def check_port_in_use(binary, work):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        pcap = os.path.join(work, "one.pcap")
        r = run(daemon_args(binary, work, port, extra=["-r", pcap]))
    print(f"metrics port in use: exit {r.returncode}")
    assert r.returncode != 0 and "Address already in use" in r.stderr, r.stderr[-2000:]


def check_pcapng(binary, work):
    cases = {"only_stats_block": (pcapng(isb()), 1), "bad_interface_id": (pcapng(epb(5)), 1),
             "bare_header": (pcapng(), 0), "one_packet": (pcapng(epb(0)), 0)}
    for name, (data, want) in cases.items():
        path = os.path.join(work, name + ".pcapng")
        with open(path, "wb") as f:
            f.write(data)
        for mode, cmd in (("scan", [binary, "scan", path, "-s", f"{work}/sigs.yaml", "--no-progress",
                                    "-o", f"{work}/scan.json"]),
                          ("run -r", daemon_args(binary, work, free_port(), extra=["-r", path]))):
            r = run(cmd)
            print(f"pcapng {name}: `{mode}` exit {r.returncode}")
            assert r.returncode == want, f"{name} {mode}: exit {r.returncode}, want {want}\n{r.stderr[-2000:]}"
            if want:
                assert "no packet could be read" in r.stderr and path in r.stderr, r.stderr[-2000:]


def main():
    binary = sys.argv[1]
    work = workdir("tapwatch-refusals-")
    try:
        check_spool(binary, work)
        check_port_in_use(binary, work)
        check_pcapng(binary, work)
        return 0
    except AssertionError as e:
        print(f"FAIL: {e}", file=sys.stderr)
        return 1
    finally:
        subprocess.run(["chmod", "-R", "u+w", work])
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
