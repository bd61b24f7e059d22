#!/usr/bin/env python3
"""Fault: conditions that used to pass silently are refused with the reason.

  - a read-only spool directory (a read-only bind mount in a private mount
    namespace when root, else a 0555 directory): `run` exits 2 naming the
    directory and the errno text; `config check` reports the same;
  - the metrics port already in use: `run` fails with "Address already in use";
  - a capture that yields no packet: a pcapng whose blocks after the header
    carry no packet (only an interface statistics block) or whose packet
    names an interface that does not exist, and a bare pcap or pcapng header:
    `scan` and `run -r` exit 1 with "FILE: no packets in capture"; among
    several files, one with packets turns the bare headers into warnings
    (exit 0); `scan --allow-empty` accepts a bare header.
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


def pcap(*records):
    return struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1) + b"".join(records)


def check_empty_captures(binary, work):
    """A capture that yields no packet is exit 1 ("FILE: no packets in capture"), pcap or pcapng; among
    several files one with packets makes the empty ones warnings; `scan --allow-empty` accepts them."""
    files = {"only_stats_block.pcapng": pcapng(isb()), "bad_interface_id.pcapng": pcapng(epb(5)),
             "bare_header.pcapng": pcapng(), "one_packet.pcapng": pcapng(epb(0)),
             "bare_header.pcap": pcap(), "one_packet.pcap": pcap(udp_packet(1))}
    for name, data in files.items():
        with open(os.path.join(work, name), "wb") as f:
            f.write(data)
    # (files, scan flags, exit, text every empty/unreadable file's message carries, or None)
    cases = [(["only_stats_block.pcapng"], [], 1, "no packets in capture: none could be read"),
             (["bad_interface_id.pcapng"], [], 1, "no packets in capture: none could be read"),
             (["bare_header.pcapng"], [], 1, "no packets in capture"),
             (["bare_header.pcap"], [], 1, "no packets in capture"),
             (["bare_header.pcapng", "bare_header.pcap"], [], 1, "no packets in capture"),
             (["bare_header.pcapng", "one_packet.pcap"], [], 0, "no packets in capture (the other files"),
             (["only_stats_block.pcapng", "one_packet.pcap"], [], 1, "no packets in capture: none could be read"),
             (["one_packet.pcapng"], [], 0, None),
             (["one_packet.pcap"], [], 0, None),
             (["bare_header.pcapng"], ["--allow-empty"], 0, None)]
    for names, flags, want, text in cases:
        paths = [os.path.join(work, n) for n in names]
        modes = [("scan", [binary, "scan", *paths, "-s", f"{work}/sigs.yaml", "--no-progress",
                           "-o", f"{work}/scan.json", *flags])]
        if not flags:
            modes.append(("run -r", daemon_args(binary, work, free_port(),
                                                extra=[a for p in paths for a in ("-r", p)])))
        for mode, cmd in modes:
            r = run(cmd)
            label = f"{' + '.join(names)} {' '.join(flags)}".strip()
            print(f"{label}: `{mode}` exit {r.returncode}")
            assert r.returncode == want, f"{label} {mode}: exit {r.returncode}, want {want}\n{r.stderr[-2000:]}"
            if text:
                empty = [p for p in paths if "one_packet" not in p]
                for p in empty:
                    assert f"{p}: {text}" in r.stderr, f"{label} {mode}: no '{p}: {text}'\n{r.stderr[-2000:]}"
            else:
                assert "no packets in capture" not in r.stderr, r.stderr[-2000:]


def main():
    binary = sys.argv[1]
    work = workdir("tapwatch-refusals-")
    try:
        check_spool(binary, work)
        check_port_in_use(binary, work)
        check_empty_captures(binary, work)
        return 0
    except AssertionError as e:
        print(f"FAIL: {e}", file=sys.stderr)
        return 1
    finally:
        subprocess.run(["chmod", "-R", "u+w", work])
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
