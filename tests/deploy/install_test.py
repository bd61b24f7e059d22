#!/usr/bin/env python3
"""`cmake --install` into a staging root (DESTDIR) lays out the FHS tree of
deploy/README.md, keeps an operator's config on reinstall, renders paths for
another prefix, and the installed binary works from there: `config check`,
`sig check`, and `scan` of the demo capture with no flags at all, once with
the installed /etc/tapwatch/tapwatch.yaml (the staged /etc overlaid on the
real one in a private mount namespace) and once with no config (built-in
defaults and <prefix>/share/tapwatch/signatures).
  install_test.py BINARY_DIR SOURCE_DIR"""
import filecmp
import json
import os
import socket
import shlex
import shutil
import subprocess
import sys
import tempfile

from deploy_common import SKIP, run, shared_cache_sets, shared_signature_cache, stage_install, unit_settings

BINARY_DIR, SOURCE_DIR = sys.argv[1:3]
DEMO = os.path.join(SOURCE_DIR, "demo", "demo.pcap")


def yaml_files(top):
    out = set()
    for d, _, files in os.walk(top):
        out |= {os.path.relpath(os.path.join(d, f), top) for f in files if f != "CMakeLists.txt"}
    return out


def check_layout(root):
    expect_files = ["usr/bin/tapwatch", "etc/tapwatch/tapwatch.yaml", "usr/lib/systemd/system/tapwatch.service",
                    "usr/lib/sysusers.d/tapwatch.conf", "usr/lib/tmpfiles.d/tapwatch.conf", "etc/logrotate.d/tapwatch",
                    "usr/share/doc/tapwatch/README.md", "usr/share/doc/tapwatch/examples/prometheus/tapwatch-rules.yml",
                    "usr/share/doc/tapwatch/examples/prometheus/prometheus.yml",
                    "usr/share/doc/tapwatch/examples/grafana/tapwatch-dashboard.json",
                    "usr/share/doc/tapwatch/examples/k8s/daemonset.yaml",
                    "usr/share/doc/tapwatch/examples/container/Containerfile",
                    "usr/share/doc/tapwatch/examples/rsyslog/tapwatch-relp.conf"]
    missing = [f for f in expect_files if not os.path.isfile(os.path.join(root, f))]
    assert not missing, f"not installed: {missing}"
    assert os.access(os.path.join(root, "usr/bin/tapwatch"), os.X_OK), "usr/bin/tapwatch is not executable"
    for d in ["var/lib/tapwatch/spool", "var/log/tapwatch", "var/cache/tapwatch"]:
        assert os.path.isdir(os.path.join(root, d)), f"directory {d} not created"
    shipped = yaml_files(os.path.join(SOURCE_DIR, "signatures"))
    assert any(f.endswith(".yaml") for f in shipped), "no signature packs in the source tree?"
    for d in ["etc/tapwatch/signatures", "usr/share/tapwatch/signatures"]:
        got = yaml_files(os.path.join(root, d))
        assert got == shipped, f"{d}: missing {sorted(shipped - got)}, unexpected {sorted(got - shipped)}"
    # Prefix /usr is the layout the shipped files are written for: rendering changes nothing.
    assert filecmp.cmp(os.path.join(root, "etc/tapwatch/tapwatch.yaml"),
                       os.path.join(SOURCE_DIR, "config/tapwatch.yaml"), shallow=False), "installed config differs"
    unit = unit_settings(os.path.join(root, "usr/lib/systemd/system/tapwatch.service"))
    assert unit["ExecStart"] == ["/usr/bin/tapwatch run -c /etc/tapwatch/tapwatch.yaml"], unit["ExecStart"]
    with open(os.path.join(root, "etc/logrotate.d/tapwatch")) as f:
        assert "/var/log/tapwatch/eve.json" in f.read()


def check_reinstall_keeps_config(root):
    conf = os.path.join(root, "etc/tapwatch/tapwatch.yaml")
    with open(conf, "a") as f:
        f.write("# operator edit\n")
    run(["cmake", "--install", BINARY_DIR, "--prefix", "/usr"], env=dict(os.environ, DESTDIR=root))
    with open(conf) as f:
        assert f.read().endswith("# operator edit\n"), "reinstall overwrote the operator's config"
    assert filecmp.cmp(conf + ".new", os.path.join(SOURCE_DIR, "config/tapwatch.yaml"), shallow=False), \
        "reinstall did not leave the new default as tapwatch.yaml.new"


def check_other_prefix():
    root = stage_install(BINARY_DIR, "/opt/tapwatch")
    try:
        unit = unit_settings(os.path.join(root, "opt/tapwatch/lib/systemd/system/tapwatch.service"))
        assert unit["ExecStart"] == ["/opt/tapwatch/bin/tapwatch run -c /etc/tapwatch/tapwatch.yaml"], unit["ExecStart"]
        assert os.path.isfile(os.path.join(root, "opt/tapwatch/bin/tapwatch"))
        assert os.path.isfile(os.path.join(root, "etc/tapwatch/tapwatch.yaml")), "config must stay in /etc"
    finally:
        shutil.rmtree(root)


def in_namespace(root, work, overlay_etc, command):
    """Runs command with the staged /var (writable, changes kept in work/) and
    optionally the staged /etc laid over the real ones, in a private mount
    namespace: the host's /etc and /var are never touched."""
    mounts = []
    for top, writable in (("var", True), ("etc", False)):
        if top == "etc" and not overlay_etc:
            continue
        lower = f"{root}/{top}:/{top}"
        if writable:
            up, wk = os.path.join(work, top + "-up"), os.path.join(work, top + "-work")
            os.makedirs(up), os.makedirs(wk)
            opts = f"lowerdir={lower},upperdir={up},workdir={wk}"
        else:
            opts = f"lowerdir={lower}"
        mounts.append(f"mount -t overlay overlay -o {shlex.quote(opts)} /{top}")
    script = " && ".join(mounts + ["exec " + " ".join(map(shlex.quote, command))])
    return run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script], timeout=900, check=False)


def alerts_of(path):
    with open(path) as f:
        return [e for e in (json.loads(line) for line in f if line.strip()) if e.get("event_type") == "alert"]


def seed_cache(shared, cache_dir):
    """Copies the compiled databases of the shared test cache into the staged /var/cache/tapwatch,
    which both no-flag scans use (the installed config's cache_dir and the built-in default): they
    load the shipped packs instead of compiling them cold twice. `sig check` above filled it."""
    os.makedirs(cache_dir, exist_ok=True)
    copied = 0
    for name in sorted(os.listdir(shared)):
        if not name.endswith(".hsdb"):
            continue  # temporary files of a store in progress
        try:
            shutil.copy2(os.path.join(shared, name), cache_dir)
            copied += 1
        except FileNotFoundError:
            pass  # pruned meanwhile by another test: that database is just compiled again
    return copied


def shipped_ids(sig_dir):
    import yaml
    ids = set()
    for rel in yaml_files(sig_dir):
        if rel.endswith(".yaml"):
            with open(os.path.join(sig_dir, rel)) as f:
                doc = yaml.safe_load(f) or {}
            ids |= {s["id"] for s in doc.get("signatures", [])}
    return ids


def main():
    root = stage_install(BINARY_DIR)
    work = tempfile.mkdtemp(prefix="tapwatch-install-test-")
    try:
        check_layout(root)
        check_reinstall_keeps_config(root)
        check_other_prefix()

        binary = os.path.join(root, "usr/bin/tapwatch")
        conf = os.path.join(root, "etc/tapwatch/tapwatch.yaml")
        run([binary, "version"])
        # `config check` is a full test: it opens the paths the config names, which
        # exist only once installed for real; point them at the staged tree.
        run([binary, "config", "check", conf, "--replay",
             "--set", f"signatures.paths=[{os.path.join(root, 'etc/tapwatch/signatures')}]",
             "--set", f"outputs.eve.path={os.path.join(work, 'eve.json')}", *shared_cache_sets()], timeout=900)
        shared = shared_signature_cache()
        run([binary, "sig", "check", os.path.join(root, "etc/tapwatch/signatures")]
            + (["--cache-dir", shared] if shared else []), timeout=900)

        if os.path.exists("/etc/tapwatch/tapwatch.yaml"):
            print("this host has /etc/tapwatch/tapwatch.yaml; the no-flags runs need a host without one")
            return SKIP
        probe = run(["unshare", "--mount", "true"], check=False)
        if probe.returncode != 0:
            print("cannot create a mount namespace (need root): no-flags runs skipped\n" + probe.stderr)
            return SKIP
        # A name only the installed config carries proves which config was read.
        with open(conf) as f:
            text = f.read()
        # Only sensor.name: other keys end in name too (outputs.redis.username).
        assert text.count('\n  name: ""') == 1
        with open(conf, "w") as f:
            f.write(text.replace('\n  name: ""', "\n  name: tap-staged"))

        if shared:
            print(f"seeded the staged /var/cache/tapwatch with {seed_cache(shared, os.path.join(root, 'var/cache/tapwatch'))}"
                  " databases of the shared test cache")
        ids = shipped_ids(os.path.join(SOURCE_DIR, "signatures"))
        results = {}
        for label, overlay_etc in (("installed-config", True), ("no-config", False)):
            out = os.path.join(work, label + ".json")
            os.makedirs(os.path.join(work, label))
            p = in_namespace(root, os.path.join(work, label), overlay_etc,
                             [binary, "scan", DEMO, "-o", out, "--no-progress"])
            assert p.returncode == 0, f"{label}: scan exit {p.returncode}\n{p.stdout}{p.stderr}"
            alerts = alerts_of(out)
            assert alerts, f"{label}: no alerts from the demo capture\n{p.stderr}"
            unknown = {a["alert"]["signature_id"] for a in alerts} - ids
            assert not unknown, f"{label}: alerts from signatures that are not shipped: {unknown}"
            results[label] = alerts
        hosts = {a["host"] for a in results["installed-config"]}
        assert hosts == {"tap-staged"}, f"scan did not read /etc/tapwatch/tapwatch.yaml (hosts {hosts})"
        hostname = socket.gethostname()
        assert {a["host"] for a in results["no-config"]} == {hostname}, \
            f"built-in defaults should name the sensor after the machine ({hostname})"
        key = lambda a: (a["flow_id"], a["alert"]["signature_id"], a["timestamp"])
        assert sorted(map(key, results["installed-config"])) == sorted(map(key, results["no-config"])), \
            "the installed /etc signatures and the share/ copy gave different alerts"
        print(f"ok: {len(results['no-config'])} alerts from the installed binary, config and signatures")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
