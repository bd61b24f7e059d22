#!/usr/bin/env python3
"""Offline test of build_scam_domains.py: a fake eth-phishing-detect tarball with
entries each filter must keep or drop, and a tiny public suffix list."""
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def addFile(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    tar.addfile(info, io.BytesIO(data))


def main():
    config = {
        "version": 2,
        "whitelist": ["cleared-after-dispute.com"],
        "blacklist": [
            "Scam-Wallet.COM.",            # kept, lowercased, trailing dot removed
            "login.fake-exchange.io",      # kept
            "*.wild-card.net",             # kept as wild-card.net
            "cleared-after-dispute.com",   # dropped: whitelisted
            "github.io",                   # dropped: public suffix
            "localhostonly",               # dropped: no dot
            "bad_label-.com",              # dropped: label ends with '-'
            "under_score.example",         # kept: '_' appears in real hostnames
            "login.fake-exchange.io",      # duplicate
        ],
    }
    package = {"name": "eth-phishing-detect", "version": "9.9.9", "license": "DBAD",
               "homepage": "https://github.com/MetaMask/eth-phishing-detect#readme"}
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        tarball = os.path.join(tmp, "pkg.tgz")
        with tarfile.open(tarball, "w:gz") as tar:
            addFile(tar, "package/src/config.json", json.dumps(config).encode())
            addFile(tar, "package/package.json", json.dumps(package).encode())
        psl = os.path.join(tmp, "psl.dat")
        with open(psl, "w") as f:
            f.write("// comment\ncom\nio\ngithub.io\n*.ck\n!www.ck\n")
        out = os.path.join(tmp, "out.txt")
        proc = subprocess.run([sys.executable, os.path.join(HERE, "build_scam_domains.py"), tarball, out,
                               "--published", "2024-12-09", "--retrieved", "2025-01-01", "--psl", psl],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stdout, proc.stderr)
            return 1
        with open(out) as f:
            lines = f.read().splitlines()
    header = [l for l in lines if l.startswith("#")]
    entries = [l for l in lines if l and not l.startswith("#")]
    want = ["login.fake-exchange.io", "scam-wallet.com", "under_score.example", "wild-card.net"]
    if entries != want:
        failures.append(f"entries {entries} != {want}")
    text = "\n".join(header)
    for needle in ["eth-phishing-detect 9.9.9", "published: 2024-12-09", "retrieved: 2025-01-01", "Entries: 4",
                   "1 on the package's whitelist", "1 public suffixes", "2 not a hostname"]:
        if needle not in text:
            failures.append(f"header lacks {needle!r}:\n{text}")
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
