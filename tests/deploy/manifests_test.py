#!/usr/bin/env python3
"""Static checks of the files Docker/Kubernetes would read (neither runs
here): the DaemonSet parses and has what a tap node needs, its ConfigMap is
a config the real binary accepts, the Containerfile is a two-stage Debian 12
build, and `install-deps.sh --runtime` covers every shared library the built
binary loads (resolved through the local dpkg database, no network).
  manifests_test.py TAPWATCH SOURCE_DIR"""
import functools
import os
import re
import subprocess
import sys
import tempfile

import yaml

from deploy_common import run, shared_cache_sets

BINARY, SOURCE_DIR = sys.argv[1:3]
DEPLOY = os.path.join(SOURCE_DIR, "deploy")


def check_daemonset():
    with open(os.path.join(DEPLOY, "k8s", "daemonset.yaml")) as f:
        docs = [d for d in yaml.safe_load_all(f) if d]
    by_kind = {d["kind"]: d for d in docs}
    assert {"Namespace", "ConfigMap", "DaemonSet"} <= set(by_kind), sorted(by_kind)
    for d in docs:
        assert d.get("apiVersion") and d["metadata"].get("name"), f"{d['kind']} lacks apiVersion/name"
    ns = by_kind["Namespace"]["metadata"]["name"]
    ds = by_kind["DaemonSet"]
    assert ds["apiVersion"] == "apps/v1" and ds["metadata"]["namespace"] == ns
    spec = ds["spec"]
    tmpl = spec["template"]
    labels = tmpl["metadata"]["labels"]
    assert all(labels.get(k) == v for k, v in spec["selector"]["matchLabels"].items()), "selector does not match pod labels"
    pod = tmpl["spec"]
    assert pod.get("hostNetwork") is True, "a tap sensor must capture the node's interfaces (hostNetwork)"
    assert pod.get("dnsPolicy") == "ClusterFirstWithHostNet"
    c = pod["containers"][0]
    caps = c["securityContext"]["capabilities"]
    assert caps["drop"] == ["ALL"], "drop every capability first"
    assert "NET_RAW" in caps["add"], "capture needs NET_RAW"
    assert set(caps["add"]) <= {"NET_RAW", "NET_ADMIN", "SETUID", "SETGID", "SETPCAP"}, caps["add"]
    assert c["securityContext"].get("allowPrivilegeEscalation") is False
    ann = tmpl["metadata"]["annotations"]
    port = next(p["containerPort"] for p in c["ports"] if p["name"] == "metrics")
    assert ann.get("prometheus.io/scrape") == "true" and ann.get("prometheus.io/port") == str(port), ann
    assert ann.get("prometheus.io/path") == "/metrics"
    volumes = {v["name"]: v for v in pod["volumes"]}
    for container in pod["containers"] + pod.get("initContainers", []):
        for m in container.get("volumeMounts", []):
            assert m["name"] in volumes, f"{container['name']} mounts undeclared volume {m['name']}"
    cm = by_kind["ConfigMap"]
    assert volumes["config"]["configMap"]["name"] == cm["metadata"]["name"]
    assert cm["metadata"]["namespace"] == ns
    mount = next(m for m in c["volumeMounts"] if m["name"] == "config")
    assert mount["mountPath"] == "/etc/tapwatch/tapwatch.yaml" and mount["subPath"] in cm["data"]
    conf = yaml.safe_load(cm["data"][mount["subPath"]])
    assert conf["outputs"]["prometheus"]["listen"].endswith(f":{port}"), "metrics port differs from the annotation"
    # The binary itself must accept the ConfigMap's config.
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        f.write(cm["data"][mount["subPath"]])
    try:
        # A full test opens what the config names; inside the pod those paths exist
        # (mounted), here the repository's signatures and a scratch EVE path stand in.
        signatures = os.path.join(os.path.dirname(DEPLOY), "signatures")
        run([BINARY, "config", "check", f.name, "--replay", "--set", f"signatures.paths=[{signatures}]",
             "--set", f"outputs.eve.path={f.name}.eve.json", *shared_cache_sets()], timeout=900)
    finally:
        os.unlink(f.name)
        if os.path.exists(f.name + ".eve.json"):
            os.unlink(f.name + ".eve.json")


def check_containerfile():
    with open(os.path.join(DEPLOY, "container", "Containerfile")) as f:
        text = f.read()
    stages = re.findall(r"^FROM\s+(\S+)(?:\s+AS\s+(\S+))?", text, re.M)
    assert len(stages) == 2, f"expected a build and a runtime stage: {stages}"
    assert all("debian:12" in image for image, _ in stages), stages
    build, runtime = text.split("\nFROM ", 2)[1:]
    assert "install-deps.sh" in build and "--runtime" not in build
    assert "install-deps.sh --runtime" in runtime
    assert "cmake --install" in build and "COPY --from=build" in runtime
    assert "-DCMAKE_INSTALL_PREFIX=/usr" in build
    m = re.search(r'^ENTRYPOINT\s+(\[.*\])', runtime, re.M)
    entry = yaml.safe_load(m.group(1))
    assert entry[0] == "/usr/bin/tapwatch" and entry[1] == "run", entry


def owner_candidates(path):
    """The names dpkg may list a library under: as ldd printed it, its real path, and that under /lib
    (merged /usr: packages list /lib/..., the loader finds /usr/lib/...)."""
    real = os.path.realpath(path)
    return [path, real, real.replace("/usr/lib/", "/lib/", 1)]


def dpkg_owners(paths):
    """{path: package} for the paths dpkg lists, from one `dpkg-query -S`: each run reads every
    package's file list, and a run per path took ~25 s in all."""
    r = subprocess.run(["dpkg-query", "-S", *sorted(set(paths))], capture_output=True, text=True)
    owners = {}
    for line in r.stdout.splitlines():
        if line.startswith("diversion by ") or ": " not in line:
            continue
        packages, listed = line.rsplit(": ", 1)
        owners[listed] = packages.split(":")[0].strip()
    return owners


@functools.lru_cache(maxsize=None)
def package_fields():
    """{package: {field: value}} of every package dpkg knows, from one dpkg-query (the closure
    looks at a few hundred packages: a dpkg-query run each cost seconds)."""
    fields = ("Package", "Status", "Depends", "Pre-Depends")
    out = run(["dpkg-query", "-W", "-f", "\x1f".join("${" + f + "}" for f in fields) + "\n"]).stdout
    known = {}
    for line in out.splitlines():
        values = dict(zip(fields, line.split("\x1f")))
        # One entry per architecture of a Multi-Arch package: like `dpkg-query -W NAME`, keep them all.
        entry = known.setdefault(values["Package"], {f: "" for f in fields[1:]})
        for f in fields[1:]:
            entry[f] += values.get(f, "")
    return known


def installed_field(pkg, field):
    return package_fields().get(pkg, {}).get(field, "")


def closure(pkgs):
    seen, todo = set(), list(pkgs)
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        deps = installed_field(p, "Depends") + "," + installed_field(p, "Pre-Depends")
        for alt in deps.split(","):
            names = [a.strip().split()[0].split(":")[0] for a in alt.split("|") if a.strip()]
            # The first alternative that is installed is the one an image gets too.
            for n in names:
                if installed_field(n, "Status").endswith("installed"):
                    todo.append(n)
                    break
    return seen


def check_runtime_packages():
    with open(os.path.join(DEPLOY, "install-deps.sh")) as f:
        script = f.read()
    runtime = re.search(r"runtime_pkgs=\(([^)]*)\)", script).group(1).split()
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout.strip()
    runtime += ["libhyperscan5"] if arch in ("amd64", "i386") else ["libvectorscan5"]
    # What debian:12-slim already has: Essential and Priority: required packages.
    base = [line.split()[0] for line in subprocess.run(
        ["dpkg-query", "-W", "-f", "${Package} ${Essential} ${Priority}\n"], capture_output=True, text=True).stdout.splitlines()
        if " yes " in line + " " or line.endswith(" required")]
    libs = re.findall(r"=>\s+(/\S+)", run(["ldd", BINARY]).stdout)
    assert libs, "ldd found no libraries"
    # A sanitizer build (CI's second pass) is never packaged: its runtime and
    # what it links differently say nothing about the shipped binary.
    if any(re.search(r"/lib(asan|ubsan|tsan|lsan)\.so", lib) for lib in libs):
        print("runtime packages: not checked for a sanitizer build of", BINARY)
        return
    have = closure(runtime + base)
    owners = dpkg_owners(p for lib in libs for p in owner_candidates(lib))
    missing = {}
    for lib in libs:
        owner = next((owners[p] for p in owner_candidates(lib) if p in owners), None)
        assert owner, f"{lib} belongs to no Debian package"
        if owner not in have:
            missing[owner] = lib
    assert not missing, f"`install-deps.sh --runtime` misses packages the binary loads: {missing}"


def main():
    check_daemonset()
    check_containerfile()
    check_runtime_packages()
    print("ok: DaemonSet, ConfigMap, Containerfile and runtime packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
