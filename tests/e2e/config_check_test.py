#!/usr/bin/env python3
"""`tapwatch config check` is a full test (like `suricata -T`): each bad case
is caught and named, several at once are all reported (exit 2), an existing
EVE file is not truncated by the check, and `run` refuses to start (exit 2)
when its EVE file cannot be opened.
  config_check_test.py TAPWATCH"""
import os
import struct
import subprocess
import sys
import tempfile

BINARY = sys.argv[1]
WORK = tempfile.mkdtemp(prefix="tw-cfgcheck-")
SIG = os.path.join(WORK, "sig.yaml")
BROKEN_SIG = os.path.join(WORK, "broken.yaml")
EVE = os.path.join(WORK, "eve.json")

with open(SIG, "w") as f:
    f.write('signatures:\n  - id: 9700001\n    name: "check"\n    category: test\n'
            '    patterns: [{literal: "config check"}]\n')
with open(BROKEN_SIG, "w") as f:
    f.write('signatures:\n  - id: 9700002\n    name: "broken"\n    category: test\n'
            '    patterns: [{regex: "unclosed("}]\n')


def config(**keys):
    """A config file from the good baseline with some keys replaced."""
    values = {"interface": "lo", "bpf": "tcp port 25", "sigs": SIG, "eve": EVE, "listen": "127.0.0.1:9917"}
    values.update(keys)
    path = os.path.join(WORK, f"cfg-{len(os.listdir(WORK))}.yaml")
    with open(path, "w") as f:
        f.write(f"""capture: {{interface: "{values['interface']}", bpf: "{values['bpf']}"}}
signatures: {{paths: ["{values['sigs']}"], watch: false, cache_dir: ""}}
outputs:
  eve: {{path: "{values['eve']}"}}
  prometheus: {{listen: "{values['listen']}"}}
control: {{socket: ""}}
""")
    return path


def check(path, *extra):
    r = subprocess.run([BINARY, "config", "check", path, *extra], capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout + r.stderr


def expect_error(what, path, *needles):
    rc, out = check(path)
    assert rc == 2, f"{what}: exit {rc}, want 2\n{out}"
    for needle in needles:
        assert needle in out, f"{what}: '{needle}' not in\n{out}"


def main():
    rc, out = check(config())
    assert rc == 0 and ": OK" in out, out

    # The check opens an existing EVE file without truncating it, and creates nothing.
    with open(EVE, "w") as f:
        f.write('{"kept": true}\n')
    assert check(config())[0] == 0
    with open(EVE) as f:
        assert f.read() == '{"kept": true}\n', "config check truncated the EVE file"
    fresh = os.path.join(WORK, "fresh.json")
    assert check(config(eve=fresh))[0] == 0
    assert not os.path.exists(fresh), "config check left an EVE file behind"

    missing = os.path.join(WORK, "no-such-signatures")
    expect_error("missing signature path", config(sigs=missing), "signatures.paths", missing)
    expect_error("signature that does not compile", config(sigs=BROKEN_SIG), BROKEN_SIG + ":")
    bad_eve = os.path.join(WORK, "no-such-dir", "eve.json")
    expect_error("EVE path in a missing directory", config(eve=bad_eve), "outputs.eve.path", bad_eve)
    expect_error("EVE path that is a directory", config(eve=WORK), "outputs.eve.path")
    expect_error("bad BPF", config(bpf="tcp port and"), "capture.bpf", "tcp port and")
    expect_error("bad listen address", config(listen="localhost:notaport"), "outputs.prometheus.listen")
    expect_error("missing interface", config(interface="twnosuch0"), "capture.interface", "twnosuch0")
    assert check(config(interface="twnosuch0"), "--replay")[0] == 0, "--replay must not need the interface"

    # Every error at once, not only the first.
    several = config(sigs=missing, eve=bad_eve, bpf="not a (filter", interface="twnosuch0")
    expect_error("several errors", several, missing, bad_eve, "capture.bpf", "twnosuch0", "4 errors")

    # run refuses to start without its EVE file (replaying an empty capture).
    empty_pcap = os.path.join(WORK, "empty.pcap")
    with open(empty_pcap, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
    r = subprocess.run([BINARY, "run", "-c", config(eve=bad_eve), "-r", empty_pcap], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2, f"run with an unopenable EVE file: exit {r.returncode}\n{r.stderr}"
    assert bad_eve in r.stderr and "not starting" in r.stderr, r.stderr
    print("config_check_test: every bad case caught, several at once, EVE untouched, run refuses")


if __name__ == "__main__":
    main()
