#!/usr/bin/env python3
"""End-to-end test of the syslog forwarder against a real rsyslog on loopback.

For tcp, tls and relp: alerts raised while the receiver is down at start,
while it is up, and after it was stopped mid-run must all arrive once it is
back, in order (by the flow_id sequence number), as RFC 5424 messages with the
tapwatch structured data and a JSON body; then a forwarder restarted with a
non-empty spool must deliver the spooled alerts. udp (lossy by design) is only
checked for format and delivery on an idle loopback.
"""
import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

RFC5424 = re.compile(
    r'^<(\d{1,3})>1 (\S+) (\S+) (\S+) (\S+) (\S+) '
    r'(-|(?:\[[^ =\]"]+(?: [^ =\]"]+="(?:[^"\\\]]|\\["\\\]])*")*\])+) (.*)$')
SD = re.compile(r'^\[tapwatch@32473 sid="(\d+)" rev="(\d+)" category="([^"]*)" severity="(\d)"\]$')


def free_port(kind=socket.SOCK_STREAM):
    with socket.socket(socket.AF_INET, kind) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def make_certs(d):
    """A CA, a server cert for 127.0.0.1/localhost and a client cert, all signed by the CA."""
    run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=tapwatch-test-ca",
         "-keyout", f"{d}/ca.key", "-out", f"{d}/ca.pem"])
    for name, san in (("server", "DNS:localhost,IP:127.0.0.1"), ("client", "DNS:tap-e2e")):
        run(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN={name}",
             "-keyout", f"{d}/{name}.key", "-out", f"{d}/{name}.csr"])
        with open(f"{d}/{name}.ext", "w") as f:
            f.write(f"subjectAltName={san}\nextendedKeyUsage=serverAuth,clientAuth\n")
        run(["openssl", "x509", "-req", "-in", f"{d}/{name}.csr", "-CA", f"{d}/ca.pem", "-CAkey", f"{d}/ca.key",
             "-CAcreateserial", "-days", "2", "-extfile", f"{d}/{name}.ext", "-out", f"{d}/{name}.pem"])


class Rsyslog:
    def __init__(self, rsyslogd, work, transport, port):
        self.rsyslogd, self.work, self.transport, self.port = rsyslogd, work, transport, port
        self.out = os.path.join(work, "received.log")
        self.conf = os.path.join(work, "rsyslog.conf")
        self.pidfile = os.path.join(work, "rsyslog.pid")
        self.proc = None
        spool = os.path.join(work, "rsyslog-work")
        os.makedirs(spool, exist_ok=True)
        lines = [f'global(workDirectory="{spool}" maxMessageSize="256k")']
        if transport == "tls":
            lines.append(f'global(defaultNetstreamDriver="ossl" defaultNetstreamDriverCAFile="{work}/ca.pem" '
                         f'defaultNetstreamDriverCertFile="{work}/server.pem" '
                         f'defaultNetstreamDriverKeyFile="{work}/server.key")')
        # Direct queues: a message is in the file before the input takes the next one,
        # so stopping rsyslog does not throw away what it already accepted (and acknowledged, for RELP).
        lines.append('main_queue(queue.type="Direct")')
        lines.append('template(name="raw" type="string" string="%rawmsg%\\n")')
        lines.append('ruleset(name="in" queue.type="Direct") {')
        lines.append(f'  action(type="omfile" file="{self.out}" template="raw" flushOnTXEnd="on" asyncWriting="off")')
        lines.append('}')
        if transport == "tcp":
            lines.append('module(load="imtcp")')
            lines.append(f'input(type="imtcp" address="127.0.0.1" port="{port}" ruleset="in")')
        elif transport == "tls":
            lines.append('module(load="imtcp" streamDriver.name="ossl" streamDriver.mode="1" '
                         'streamDriver.authMode="x509/certvalid")')
            lines.append(f'input(type="imtcp" address="127.0.0.1" port="{port}" ruleset="in")')
        elif transport == "relp":
            lines.append('module(load="imrelp")')
            lines.append(f'input(type="imrelp" address="127.0.0.1" port="{port}" ruleset="in")')
        elif transport == "udp":
            lines.append('module(load="imudp")')
            lines.append(f'input(type="imudp" address="127.0.0.1" port="{port}" ruleset="in")')
        with open(self.conf, "w") as f:
            f.write("\n".join(lines) + "\n")

    def start(self):
        self.proc = subprocess.Popen([self.rsyslogd, "-n", "-f", self.conf, "-i", self.pidfile],
                                     stdout=subprocess.DEVNULL, stderr=open(os.path.join(self.work, "rsyslogd.err"), "a"))
        deadline = time.time() + 10
        kind = socket.SOCK_DGRAM if self.transport == "udp" else socket.SOCK_STREAM
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("rsyslogd exited: " + open(os.path.join(self.work, "rsyslogd.err")).read())
            if kind == socket.SOCK_DGRAM:
                time.sleep(0.5)
                return
            with socket.socket(socket.AF_INET, kind) as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("rsyslogd did not listen on port %d" % self.port)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=15)
        self.proc = None

    def lines(self):
        if not os.path.exists(self.out):
            return []
        with open(self.out, encoding="utf-8", errors="replace") as f:
            text = f.read()
        # omfile writes through a buffer, so a read racing a busy receiver can
        # end inside a message: only lines the newline has closed are received.
        complete = text[:text.rfind("\n") + 1]
        return [l for l in complete.split("\n") if l]


class Driver:
    def __init__(self, path, args, log):
        self.proc = subprocess.Popen([path] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=log, text=True, bufsize=1)

    def cmd(self, line):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def stop(self, deadline_ms):
        stats = json.loads(self.cmd(f"stop {deadline_ms}"))
        self.proc.wait(timeout=30)
        return stats


def parse(line):
    m = RFC5424.match(line)
    assert m, f"not RFC 5424: {line[:200]!r}"
    pri, ts, host, app, procid, msgid, sd, msg = m.groups()
    assert 0 <= int(pri) <= 191
    assert (host, app, msgid) == ("tap-e2e", "tapwatch", "alert"), line[:120]
    assert procid.isdigit()
    sdm = SD.match(sd)
    assert sdm, f"structured data: {sd!r}"
    assert sdm.groups() == ("2100001", "1", "sextortion", "1"), sd
    assert int(pri) == 20 * 8 + 2, pri  # local4.crit for EVE severity 1
    body = json.loads(msg)
    assert body["alert"]["signature_id"] == 2100001
    return body["flow_id"]


def wait_for(rx, want, timeout):
    deadline = time.time() + timeout
    while time.time() < deadline:
        seqs = {parse(l) for l in rx.lines()}
        if seqs >= set(want):
            return
        time.sleep(0.1)
    got = {parse(l) for l in rx.lines()}
    raise AssertionError(f"missing {sorted(set(want) - got)[:20]} (have {len(got)} of {len(want)})")


def check_order(rx, n):
    seqs = [parse(l) for l in rx.lines()]
    first = []
    seen = set()
    for s in seqs:
        if s not in seen:
            seen.add(s)
            first.append(s)
    assert seen == set(range(n)), f"lost: {sorted(set(range(n)) - seen)[:20]}"
    assert first == sorted(first), f"out of order: {first[:50]}"
    return len(seqs) - len(seen)  # duplicates (at-least-once)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--driver", required=True)
    ap.add_argument("--rsyslogd", default="rsyslogd")
    ap.add_argument("--transport", required=True, choices=["tcp", "tls", "relp", "udp"])
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()

    work = tempfile.mkdtemp(prefix=f"tapwatch-syslog-{a.transport}-")
    started = time.time()
    rx = None
    try:
        port = free_port(socket.SOCK_DGRAM if a.transport == "udp" else socket.SOCK_STREAM)
        drv_args = ["--transport", a.transport, "--target", f"127.0.0.1:{port}", "--spool", f"{work}/spool"]
        if a.transport == "tls":
            make_certs(work)
            drv_args += ["--ca", f"{work}/ca.pem", "--cert", f"{work}/client.pem", "--key", f"{work}/client.key"]
        rx = Rsyslog(a.rsyslogd, work, a.transport, port)
        log = open(f"{work}/driver.log", "a")

        if a.transport == "udp":
            rx.start()
            d = Driver(a.driver, drv_args, log)
            assert d.cmd("send 0 50 2000").startswith("sent")
            wait_for(rx, range(50), 10)
            check_order(rx, 50)
            d.stop(1000)
            print(f"udp ok in {time.time() - started:.1f}s")
            return 0

        # 1. Receiver down at start: alerts go to the spool.
        d = Driver(a.driver, drv_args, log)
        assert d.cmd("send 0 30").startswith("sent")
        time.sleep(0.5)
        st = json.loads(d.cmd("stats"))
        assert st["tapwatch_syslog_connected"] == 0, st
        assert st["tapwatch_syslog_messages_total{spooled}"] >= 30, st
        # 2. Receiver comes up: the spool drains; more alerts while it is up.
        rx.start()
        wait_for(rx, range(30), 20)
        assert d.cmd("send 30 30 2000").startswith("sent")
        wait_for(rx, range(60), 20)
        # 3. Receiver stopped mid-run; alerts raised while it is down.
        rx.stop()
        assert d.cmd("send 60 20 5000").startswith("sent")
        time.sleep(0.3)
        assert d.cmd("send 80 10").startswith("sent")
        time.sleep(0.5)
        # 4. Back again: everything arrives, in order.
        rx.start()
        wait_for(rx, range(90), 30)
        stats = d.stop(3000)
        assert stats["tapwatch_syslog_messages_total{dropped}"] == 0, stats
        dups = check_order(rx, 90)

        # 5. Restart with a non-empty spool: stop the forwarder while the receiver is down.
        rx.stop()
        d = Driver(a.driver, drv_args, log)
        assert d.cmd("send 90 20").startswith("sent")
        stats = d.stop(300)
        assert stats["tapwatch_syslog_messages_total{spooled}"] >= 20, stats
        assert os.listdir(f"{work}/spool"), "spool is empty after a stop with the receiver down"
        rx.start()
        d = Driver(a.driver, drv_args, log)  # a new process: only the spool remembers 90..109
        wait_for(rx, range(110), 20)
        stats = d.stop(3000)
        dups += check_order(rx, 110)
        print(f"{a.transport} ok: 110 alerts, {dups} duplicate(s), {time.time() - started:.1f}s")
        return 0
    except Exception as e:  # noqa: BLE001 - report everything with the logs
        print(f"FAIL ({a.transport}): {e}", file=sys.stderr)
        for name in ("driver.log", "rsyslogd.err"):
            p = os.path.join(work, name)
            if os.path.exists(p):
                print(f"--- {name}\n" + open(p).read()[-4000:], file=sys.stderr)
        a.keep = True
        return 1
    finally:
        if rx:
            rx.stop()
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"work dir kept: {work}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
