#!/usr/bin/env python3
"""promtool on the shipped Prometheus files: the scrape config (which loads
the rules), the rules, and the rules' unit tests.
  promtool_test.py DEPLOY_PROMETHEUS_DIR"""
import shutil
import sys

from deploy_common import SKIP, run

DIR = sys.argv[1]

if shutil.which("promtool") is None:
    print("promtool not installed (package prometheus)")
    sys.exit(SKIP)
run(["promtool", "check", "config", "prometheus.yml"], cwd=DIR)
out = run(["promtool", "check", "rules", "tapwatch-rules.yml"], cwd=DIR).stdout
with open(f"{DIR}/tapwatch-rules.yml") as f:
    alerts = f.read().count("- alert:")
assert f"SUCCESS: {alerts} rules found" in out, out
run(["promtool", "test", "rules", "tapwatch-rules.test.yml"], cwd=DIR)
# Every alert has at least one unit test.
with open(f"{DIR}/tapwatch-rules.test.yml") as f:
    tested = set(l.split(":", 1)[1].strip() for l in f if l.strip().startswith("alertname:"))
with open(f"{DIR}/tapwatch-rules.yml") as f:
    defined = set(l.split(":", 1)[1].strip() for l in f if l.strip().startswith("- alert:"))
assert defined <= tested, f"alerts without a unit test: {sorted(defined - tested)}"
print(f"ok: {alerts} alerts checked and unit-tested")
