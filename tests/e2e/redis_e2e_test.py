#!/usr/bin/env python3
"""outputs.redis with the real daemon and a real redis-server on 127.0.0.1.

  redis_e2e_test.py TAPWATCH MODE [--kill] [--auth [--wrong-password]]

A capture of many alerts (one UDP datagram per flow, each alerting once) is
queued to a running sensor (`ctl pcap`). The test reads what reaches Redis
and compares it with the alerts the sensor raised (its EVE file):

  list, rpush, stream  every alert stored exactly once (flow_id + timestamp
                       are unique per alert), and raised = sent + dropped
                       with dropped = 0.
  channel              PUBLISH keeps nothing: the guarantee is that a
                       subscriber connected throughout receives every alert
                       exactly once; one that is not connected misses them.
  --kill               mid-burst, Redis is killed (SIGKILL) and restarted
                       empty on the same port; a second capture is queued
                       during the outage. Nothing may be lost or duplicated.
  --auth               Redis has requirepass and an ACL user "sensor" that may
                       only write tw-* keys; the sensor logs in as that user
                       (outputs.redis.username/password) into database 2
                       (outputs.redis.db). Everything arrives in database 2,
                       nothing in 0, and no auth failure is counted.
  --wrong-password     with --auth: the sensor starts with a password the
                       user does not have. It must log the refusal naming
                       the user and the keys to check, count it
                       (tapwatch_redis_auth_failures_total), stay
                       disconnected, and once the administrator gives the
                       user that password, connect and deliver everything.

How the kill stays exact: Redis without persistence loses what it stored
and nobody read. So before the kill the test pauses every write
(CLIENT PAUSE ... WRITE), reads what the list/stream holds, then kills the
server: the commands the sensor sent after the pause were never executed
and never answered, so the sensor must re-send exactly those. Without the
pause a real outage may also lose what Redis stored but no consumer read
(that loss is Redis's, not the sensor's) or duplicate what Redis stored but
whose reply was lost (the sensor delivers at least once).

Exit 77 (skipped) when redis-server is not installed."""
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time

from tapwatch_harness import Daemon, free_port, wait_for

BINARY, MODE = sys.argv[1], sys.argv[2]
KILL = "--kill" in sys.argv[3:]
AUTH = "--auth" in sys.argv[3:]
WRONG_PASSWORD = "--wrong-password" in sys.argv[3:]
ADMIN_PASSWORD, SENSOR_USER, SENSOR_PASSWORD, DB = "e2e-admin", "sensor", "e2e sensor pass", 2
KEY = "tw-e2e"
SID = 9700001
BURST = 6000   # alerts in the first capture
SECOND = 1500  # alerts in the capture queued during the outage

SIG = f"""signatures:
  - id: {SID}
    name: "E2E redis: marker"
    category: test
    severity: high
    patterns: [{{literal: "tw-redis-e2e-marker"}}]
"""


def write_pcap(path, count, first_port, second):
    """`count` UDP datagrams 192.0.2.x -> 198.51.100.1:5353, each its own flow
    (source address/port), each carrying the marker once; 1 ms apart."""
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i in range(count):
            payload = b"tw-redis-e2e-marker %d" % i
            sport = first_port + i % 40000
            src = bytes([192, 0, 2, 1 + i // 40000 + (100 if second else 0)])
            udp = struct.pack("!HHHH", sport, 5353, 8 + len(payload), 0) + payload
            total = 20 + len(udp)
            ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, i & 0xFFFF, 0, 64, 17, 0, src, bytes([198, 51, 100, 1]))
            csum = 0
            for j in range(0, 20, 2):
                csum += (ip[j] << 8) | ip[j + 1]
            csum = (csum & 0xFFFF) + (csum >> 16)
            csum = (csum & 0xFFFF) + (csum >> 16)
            ip = ip[:10] + struct.pack("!H", ~csum & 0xFFFF) + ip[12:]
            frame = b"\x02\x00\x00\x00\x00\x02" + b"\x02\x00\x00\x00\x00\x01" + b"\x08\x00" + ip + udp
            ts = 1700000000 + (1000 if second else 0) + i // 1000
            f.write(struct.pack("<IIII", ts, (i % 1000) * 1000, len(frame), len(frame)))
            f.write(frame)


class Resp:
    """A minimal RESP2 client (the test's own view of Redis)."""

    def __init__(self, port, timeout=5.0, db=DB):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.buf = b""
        if AUTH:  # the test is the administrator, looking at the sensor's database
            assert self.call("AUTH", ADMIN_PASSWORD) == "OK"
            assert self.call("SELECT", db) == "OK"

    def close(self):
        self.sock.close()

    def send(self, *args):
        out = b"*%d\r\n" % len(args)
        for a in args:
            a = a if isinstance(a, bytes) else str(a).encode()
            out += b"$%d\r\n%s\r\n" % (len(a), a)
        self.sock.sendall(out)

    def _line(self):
        while b"\r\n" not in self.buf:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise ConnectionError("redis closed the connection")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def _exact(self, n):
        while len(self.buf) < n + 2:
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise ConnectionError("redis closed the connection")
            self.buf += chunk
        data, self.buf = self.buf[:n], self.buf[n + 2:]
        return data

    def reply(self):
        line = self._line()
        kind, rest = line[:1], line[1:]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RuntimeError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            return None if n < 0 else self._exact(n)
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [self.reply() for _ in range(n)]
        raise RuntimeError(f"bad RESP line {line!r}")

    def call(self, *args):
        self.send(*args)
        return self.reply()


class RedisServer:
    def __init__(self, binary, port, workdir):
        self.binary, self.port, self.dir = binary, port, workdir
        self.proc = None

    def start(self):
        acl = ["--requirepass", ADMIN_PASSWORD, "--user", SENSOR_USER, "on", ">" + SENSOR_PASSWORD, "~tw-*", "&tw-*",
               "+@all"] if AUTH else []
        self.proc = subprocess.Popen([self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                      "--appendonly", "no", "--dir", self.dir, "--loglevel", "warning", *acl],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def up():
            try:
                c = Resp(self.port, 1)
                ok = c.call("PING") == "PONG"
                c.close()
                return ok
            except OSError:
                return False
        wait_for(up, 10, 0.05, "redis-server to answer PING")

    def kill(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)


def alert_id(record):
    return (record["flow_id"], record["timestamp"])


class Consumer:
    """Takes records out of Redis as a pipeline would (list: LPOP from the
    end LPUSH does not write to; stream: XRANGE after the last id seen)."""

    def __init__(self, port):
        self.port = port
        self.records = []
        self.last_stream_id = b"0-0"
        self.client = Resp(port)

    def reconnect(self):
        self.client.close()
        self.client = Resp(self.port)

    def take(self):
        """Moves what Redis holds now into self.records; returns how many."""
        if MODE == "stream":
            got = self.client.call("XRANGE", KEY, b"(" + self.last_stream_id, "+", "COUNT", 2000)
            for entry_id, fields in got or []:
                self.last_stream_id = entry_id
                assert fields[0] == b"eve", fields
                self.records.append(fields[1])
            return len(got or [])
        # list (LPUSH: oldest at the tail) and rpush (RPUSH: oldest at the head).
        got = self.client.call("RPOP" if MODE == "list" else "LPOP", KEY, 1000) or []
        self.records.extend(got)
        return len(got)

    def read_without_taking(self):
        """Under CLIENT PAUSE WRITE only reads run: copy what is stored."""
        if MODE == "stream":
            return self.take()
        got = self.client.call("LRANGE", KEY, 0, -1) or []
        if MODE == "list":
            got.reverse()
        self.records.extend(got)
        return len(got)


def parse(records):
    import json
    return [json.loads(r) for r in records]


def check_config(work, sigfile):
    """`config check` catches a server that does not resolve and a port out of range, by key."""
    def run(redis_lines):
        path = os.path.join(work, "check.yaml")
        with open(path, "w") as f:
            f.write(f"signatures:\n  paths: [{sigfile}]\n  cache_dir: {work}/cache\n"
                    f"outputs:\n  eve:\n    path: {work}/check-eve.json\n  redis:\n    enabled: true\n"
                    f"    spool_dir: {work}/check-spool\n" + redis_lines)
        r = subprocess.run([BINARY, "config", "check", path], capture_output=True, text=True, timeout=120)
        return r.returncode, r.stdout + r.stderr, path
    rc, out, _ = run("    server: 127.0.0.1\n")
    assert rc == 0 and "redis: list tapwatch on 127.0.0.1:6379" in out, (rc, out)
    rc, out, _ = run("    server: no-such-redis.invalid\n")
    assert rc == 2 and "outputs.redis.server" in out and "cannot resolve" in out, (rc, out)
    rc, out, path = run("    port: 70000\n")
    assert rc == 2 and f"{path}:10:11: outputs.redis.port" in out, (rc, out)


def main():
    redis_bin = shutil.which("redis-server") or ("/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server")
                                                 else None)
    if not redis_bin:
        print("SKIP: redis-server is not installed (deploy/install-deps.sh installs it); "
              "the Redis output is not tested end to end")
        return 77
    started = time.time()
    work = tempfile.mkdtemp(prefix="tw-redis-e2e-")
    sigfile = os.path.join(work, "redis.yaml")
    with open(sigfile, "w") as f:
        f.write(SIG)
    first_pcap, second_pcap = os.path.join(work, "burst1.pcap"), os.path.join(work, "burst2.pcap")
    write_pcap(first_pcap, BURST, 10000, False)
    write_pcap(second_pcap, SECOND, 10000, True)

    check_config(work, sigfile)
    port = free_port()
    server = RedisServer(redis_bin, port, work)
    server.start()
    subscriber = None
    if MODE == "channel":
        subscriber = Resp(port, 10)
        assert subscriber.call("SUBSCRIBE", KEY) == [b"subscribe", KEY.encode(), 1]
    d = Daemon(BINARY, sigfile, extra_args=["--pcap-queue"],
               sets=["outputs.redis.enabled=true", "outputs.redis.server=127.0.0.1", f"outputs.redis.port={port}",
                     f"outputs.redis.mode={MODE}", f"outputs.redis.key={KEY}", "outputs.redis.batch=64",
                     "outputs.redis.queue_max=500", f"outputs.redis.spool_dir={work}/spool",
                     "outputs.eve.types=[alert]", "capture.workers=1"]
               + ([f"outputs.redis.username={SENSOR_USER}",
                   f"outputs.redis.password={'not yet valid' if WRONG_PASSWORD else SENSOR_PASSWORD}",
                   f"outputs.redis.db={DB}"] if AUTH else []))
    try:
        d.wait_ready(60)
        auth_failures = 0
        if WRONG_PASSWORD:
            wait_for(lambda: d.metric("tapwatch_redis_auth_failures_total") >= 2, 15, what="refused AUTH, retried")
            assert d.metric("tapwatch_redis_connected") == 0
            log = d.output()
            assert f"refused AUTH as user '{SENSOR_USER}'" in log and "outputs.redis.password" in log, log[-2000:]
            assert "not yet valid" not in log, "the password is in the log"
            admin = Resp(port)
            assert admin.call("ACL", "SETUSER", SENSOR_USER, ">not yet valid") == "OK"
            admin.close()
            auth_failures = d.metric("tapwatch_redis_auth_failures_total")
            print(f"redis_e2e: wrong password refused {auth_failures:.0f} times, logged; then fixed on the server")
        wait_for(lambda: d.metric("tapwatch_redis_connected") == 1, 30, what="the sensor to connect to Redis")
        consumer = None if MODE == "channel" else Consumer(port)
        rc, reply, err = d.ctl("pcap", first_pcap)
        assert rc == 0, (rc, reply, err)
        raised_expected = BURST
        if KILL:
            # As soon as the first alerts arrive, freeze writes, read what is stored, kill.
            wait_for(lambda: consumer.take() > 0 or len(consumer.records) > 0, 30, 0.002, "the first alerts in Redis")
            consumer.client.call("CLIENT", "PAUSE", 60000, "WRITE")
            consumer.read_without_taking()
            at_kill = len(consumer.records)
            time.sleep(0.3)  # the sensor reads every reply Redis sent before the pause
            server.kill()
            rc, reply, err = d.ctl("pcap", second_pcap)  # alerts raised while Redis is down
            assert rc == 0, (rc, reply, err)
            raised_expected += SECOND
            wait_for(lambda: d.metric("tapwatch_redis_connected") == 0, 15, what="the sensor to see Redis gone")
            time.sleep(0.5)  # at least one failed reconnect, with backoff
            server.start()
            consumer.reconnect()
            print(f"redis_e2e: killed Redis with {at_kill} of {BURST} alerts stored")
        wait_for(lambda: d.ctl("iface")[1]["pcap_queue"]["done"] == (2 if KILL else 1), 60,
                 what="the queued captures to be read")
        wait_for(lambda: len(d.alerts()) >= raised_expected, 30, what="every alert in the EVE file")

        def delivered():
            if subscriber is None:
                consumer.take()
            return (d.metric("tapwatch_redis_queue_depth") == 0 and
                    d.metric("tapwatch_redis_events_total", {"result": "sent"}) +
                    d.metric("tapwatch_redis_events_total", {"result": "dropped"}) >= raised_expected)
        wait_for(delivered, 60, 0.05, "the Redis output to drain")

        if subscriber is not None:
            records = []
            subscriber.sock.settimeout(10)
            while len(records) < raised_expected:
                kind, channel, payload = subscriber.reply()
                assert kind == b"message" and channel == KEY.encode(), (kind, channel)
                records.append(payload)
        else:
            while consumer.take() > 0:
                pass
            records = consumer.records

        eve = d.alerts()
        raised = {alert_id(a) for a in eve}
        assert len(eve) == raised_expected == len(raised), (len(eve), raised_expected, len(raised))
        got = parse(records)
        ids = [alert_id(r) for r in got]
        dupes = len(ids) - len(set(ids))
        assert dupes == 0, f"{dupes} alerts delivered more than once"
        assert set(ids) == raised, (f"missing {len(raised - set(ids))}, unexpected {len(set(ids) - raised)}")
        assert all(r["event_type"] == "alert" and r["alert"]["signature_id"] == SID for r in got)
        sent = d.metric("tapwatch_redis_events_total", {"result": "sent"})
        dropped = d.metric("tapwatch_redis_events_total", {"result": "dropped"})
        spooled = d.metric("tapwatch_redis_events_total", {"result": "spooled"})
        reconnects = d.metric("tapwatch_redis_reconnects_total")
        assert sent + dropped == len(raised) and dropped == 0, (sent, dropped, len(raised))
        assert d.metric("tapwatch_redis_auth_failures_total") == auth_failures
        if AUTH and MODE != "channel":
            other = Resp(port, db=0)
            assert other.call("EXISTS", KEY) == 0, "the sensor wrote to database 0, not outputs.redis.db"
            other.close()
        assert len(ids) == sent, (len(ids), sent)
        if KILL:
            assert spooled > 0 and reconnects >= 1, (spooled, reconnects)
            # Order: the first capture's alerts all come before the second's (one worker: one order).
            firsts = [int(r["src_ip"].rsplit(".", 1)[1]) < 100 for r in got]
            assert firsts == sorted(firsts, reverse=True), "the second capture overtook the first"
        assert d.stop() == 0, d.output()
        print(f"redis_e2e {MODE}{' --kill' if KILL else ''}{' --auth' if AUTH else ''}: {len(ids)} alerts delivered once each "
              f"(raised {len(raised)}, sent {sent:.0f}, spooled {spooled:.0f}, dropped {dropped:.0f}, "
              f"reconnects {reconnects:.0f}) in {time.time() - started:.1f}s")
        return 0
    except BaseException:
        print(d.output()[-4000:])
        raise
    finally:
        if d.proc.poll() is None:
            d.proc.kill()
        server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
