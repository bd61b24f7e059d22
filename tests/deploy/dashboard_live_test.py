#!/usr/bin/env python3
"""The Grafana dashboard and the Prometheus files against the real thing:
the dashboard JSON is well formed (ids, grid, targets, variables), every
metric it names is in a live scrape of `tapwatch run -r demo.pcap --linger`,
and a real Prometheus, started from deploy/prometheus/prometheus.yml (with
basic auth to the sensor as the comments there describe), scrapes the sensor,
answers every dashboard query without error and with data, and evaluates
every alerting rule without error.
  dashboard_live_test.py TAPWATCH SOURCE_DIR"""
import base64
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

from deploy_common import SKIP
from tapwatch_harness import Daemon, free_port, wait_for

BINARY, SOURCE_DIR = sys.argv[1:3]
DEPLOY = os.path.join(SOURCE_DIR, "deploy")
DASHBOARD = os.path.join(DEPLOY, "grafana", "tapwatch-dashboard.json")
# Grafana's variables as a query with every sensor selected would expand them.
VARIABLES = {"${datasource}": "", "$__rate_interval": "30s", "$__range": "1m", "$__interval": "15s",
             "$job": ".*", "$instance": ".*"}
# Metrics Prometheus makes itself rather than scraping them from the sensor.
SYNTHETIC = {"up"}
USER, PASSWORD = "prometheus", "s3cret-for-test"
# Literals compile in milliseconds; they match bitcoin addresses in the demo
# capture's decoded mail bodies (demo/demo-truth.json), so alert series exist.
SIGNATURES = """signatures:
  - id: 9300001
    name: "Deploy test: demo wallet 1"
    category: sextortion
    severity: high
    fields: [smtp.body]
    patterns:
      - literal: "1hvq3JffyZja4zUaKa9AJ66pnqK14EJ"
  - id: 9300002
    name: "Deploy test: demo wallet 2"
    category: sextortion
    severity: high
    fields: [smtp.body]
    patterns:
      - literal: "bc1qjuqhx9q8pqz8yztc6rzcglv0fu4vr3rsvas9dc"
"""


def panels(dashboard):
    for p in dashboard["panels"]:
        yield p
        yield from p.get("panels", [])


def check_structure(d):
    for key in ["uid", "title", "panels", "templating", "schemaVersion"]:
        assert key in d, f"dashboard has no {key}"
    variables = {v["name"]: v for v in d["templating"]["list"]}
    assert variables.get("datasource", {}).get("type") == "datasource", "no datasource variable"
    assert {"job", "instance"} <= set(variables), "job/instance variables missing"
    ids, cells = set(), {}
    for p in panels(d):
        assert p["id"] not in ids, f"duplicate panel id {p['id']}"
        ids.add(p["id"])
        g = p["gridPos"]
        assert g["x"] >= 0 and g["w"] > 0 and g["x"] + g["w"] <= 24, f"panel {p['title']!r} is off the 24-column grid"
        for x in range(g["x"], g["x"] + g["w"]):
            for y in range(g["y"], g["y"] + g["h"]):
                assert (x, y) not in cells, f"panels {cells[(x, y)]!r} and {p['title']!r} overlap"
                cells[(x, y)] = p["title"]
        if p["type"] == "row":
            continue
        assert p.get("title"), f"panel {p['id']} has no title"
        assert p.get("datasource", {}).get("uid") == "${datasource}", f"{p['title']!r}: datasource is not ${{datasource}}"
        targets = p.get("targets") or []
        assert targets, f"{p['title']!r} has no queries"
        refs = [t["refId"] for t in targets]
        assert len(set(refs)) == len(refs), f"{p['title']!r}: duplicate refId"
        for t in targets:
            assert t.get("expr", "").strip(), f"{p['title']!r}: empty query"
            assert '{job=~"$job", instance=~"$instance"' in t["expr"], \
                f"{p['title']!r}: query ignores the job/instance variables: {t['expr']}"


def queries(d):
    out = [(p["title"], t["expr"]) for p in panels(d) for t in p.get("targets", [])]
    out += [("variable " + v["name"], v["query"]["query"]) for v in d["templating"]["list"]
            if isinstance(v.get("query"), dict)]
    return out


def metric_names(expr):
    # Identifiers followed by a selector or range, minus PromQL keywords and functions.
    names = set(re.findall(r"\b([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(?=\{|\[|\)|$)", expr))
    return {n for n in names if n.startswith(("tapwatch_", "process_")) or n in SYNTHETIC}


def expand(expr):
    for k, v in VARIABLES.items():
        expr = expr.replace(k, v)
    m = re.fullmatch(r"label_values\((.*),\s*(\w+)\)", expr.strip())
    return f"group by ({m.group(2)}) ({m.group(1)})" if m else expr


def scrape_families(text):
    return {m.group(1) for m in re.finditer(r"^# TYPE (\S+) ", text, re.M)}


class Prometheus:
    def __init__(self, target_port, workdir):
        import yaml
        self.port = free_port()
        with open(os.path.join(DEPLOY, "prometheus", "prometheus.yml")) as f:
            conf = yaml.safe_load(f)
        conf["global"].update(scrape_interval="1s", evaluation_interval="1s")
        conf["rule_files"] = [os.path.join(DEPLOY, "prometheus", r) for r in conf["rule_files"]]
        job = next(j for j in conf["scrape_configs"] if j["job_name"] == "tapwatch")
        job.update(scrape_interval="1s", scrape_timeout="1s")
        job["static_configs"] = [{"targets": [f"127.0.0.1:{target_port}"], "labels": {"site": "test"}}]
        password_file = os.path.join(workdir, "tapwatch.password")
        with open(password_file, "w") as f:
            f.write(PASSWORD)
        job["basic_auth"] = {"username": USER, "password_file": password_file}
        path = os.path.join(workdir, "prometheus.yml")
        with open(path, "w") as f:
            yaml.safe_dump(conf, f)
        subprocess.run(["promtool", "check", "config", path], check=True, capture_output=True)
        self.log = open(os.path.join(workdir, "prometheus.log"), "w")
        self.proc = subprocess.Popen(["prometheus", f"--config.file={path}",
                                      f"--storage.tsdb.path={os.path.join(workdir, 'tsdb')}",
                                      f"--web.listen-address=127.0.0.1:{self.port}"],
                                     stdout=self.log, stderr=subprocess.STDOUT)
        self.logpath = self.log.name

    def api(self, path, **params):
        url = f"http://127.0.0.1:{self.port}/api/v1/{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            return json.load(e)

    def query(self, expr):
        return self.api("query", query=expr)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def main():
    if shutil.which("prometheus") is None or shutil.which("promtool") is None:
        print("prometheus/promtool not installed (deploy/install-deps.sh)")
        return SKIP
    with open(DASHBOARD) as f:
        dashboard = json.load(f)
    check_structure(dashboard)
    used = set().union(*(metric_names(e) for _, e in queries(dashboard)))
    assert len(used) >= 15, f"suspiciously few metrics found in the dashboard: {sorted(used)}"

    workdir = tempfile.mkdtemp(prefix="tapwatch-dashboard-test-")
    sigs = os.path.join(workdir, "deploy-test.yaml")
    with open(sigs, "w") as f:
        f.write(SIGNATURES)
    daemon = Daemon(BINARY, sigs,
                    extra_args=["-r", os.path.join(SOURCE_DIR, "demo", "demo.pcap"), "--linger"],
                    sets=[f"signatures.cache_dir={workdir}/cache",
                          f"outputs.prometheus.basic_auth_user={USER}",
                          f"outputs.prometheus.basic_auth_password={PASSWORD}"])
    auth = {"Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()}

    def scrape():
        req = urllib.request.Request(f"http://127.0.0.1:{daemon.port}/metrics", headers=auth)
        with urllib.request.urlopen(req, timeout=5) as r:
            return r.read().decode()

    prom = None
    try:
        wait_for(lambda: "replay finished" in daemon.output() or daemon.proc.poll() is not None, 600,
                 what="the demo replay to finish")
        assert daemon.proc.poll() is None, "daemon exited:\n" + daemon.output()
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{daemon.port}/metrics", timeout=5)
            raise AssertionError("metrics served without the configured basic auth")
        except urllib.error.HTTPError as e:
            assert e.code == 401, e
        text = scrape()
        assert re.search(r'^tapwatch_alerts_total\{[^}]*signature_id="9300001"[^}]*\} 1$', text, re.M), \
            "the demo capture should raise one alert of 9300001:\n" + text
        families = scrape_families(text)
        absent = sorted(m for m in used - SYNTHETIC if m not in families)
        assert not absent, f"dashboard metrics missing from a live scrape: {absent}"

        prom = Prometheus(daemon.port, workdir)
        def scrapes():
            try:
                result = prom.query('count_over_time(up{job="tapwatch"}[1m])')["data"]["result"]
            except (OSError, ValueError):  # not listening yet, or 503 with an empty body while starting
                return 0
            return float(result[0]["value"][1]) if result else 0
        wait_for(lambda: prom.proc.poll() is not None or scrapes() >= 5, 120,
                 what="Prometheus to scrape the sensor 5 times")
        assert prom.proc.poll() is None, "prometheus exited; see " + prom.logpath
        up = prom.query('up{job="tapwatch"}')["data"]["result"]
        assert up and up[0]["value"][1] == "1", f"Prometheus cannot scrape the sensor with basic auth: {up}"

        failures = []
        for title, expr in queries(dashboard):
            r = prom.query(expand(expr))
            if r.get("status") != "success":
                failures.append(f"{title}: {r.get('error')} in {expand(expr)}")
            elif not r["data"]["result"]:
                failures.append(f"{title}: no data for {expand(expr)}")
        assert not failures, "dashboard queries failed:\n  " + "\n  ".join(failures)

        # Every rule evaluated against real series at least once, without error
        # (e.g. one-to-one matching that real label sets would break).
        def rules_evaluated():
            groups = prom.api("rules")["data"]["groups"]
            rules = [r for g in groups for r in g["rules"]]
            return rules if rules and all(r.get("lastEvaluation", "").startswith("2") and
                                          not r["lastEvaluation"].startswith("0001") for r in rules) else None
        rules = wait_for(rules_evaluated, 60, what="every rule to be evaluated")
        bad = [f"{r['name']}: {r.get('lastError')}" for r in rules if r.get("health") != "ok"]
        assert not bad, "rules failing on real data:\n  " + "\n  ".join(bad)
        with open(os.path.join(DEPLOY, "prometheus", "tapwatch-rules.yml")) as f:
            assert len(rules) == f.read().count("- alert:"), "Prometheus did not load every rule"
        firing = [a["labels"]["alertname"] for a in prom.api("alerts")["data"]["alerts"]]
        # A healthy replay: nothing but the no-traffic alert may even be pending.
        unexpected = [a for a in firing if a not in ("TapwatchNoPackets",)]
        assert not unexpected, f"alerts pending/firing for a healthy sensor: {unexpected}"
        assert daemon.stop() == 0
        print(f"ok: {len(queries(dashboard))} queries, {len(used)} metrics, {len(rules)} rules")
        return 0
    except Exception:
        print(daemon.output())
        if prom:
            prom.log.flush()
            with open(prom.logpath) as f:
                print(f.read()[-4000:])
        raise
    finally:
        if prom:
            prom.stop()
        if daemon.proc.poll() is None:
            daemon.proc.kill()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
