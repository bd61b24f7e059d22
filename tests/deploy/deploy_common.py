"""Helpers for the deployment tests (tests/deploy): stage a `cmake --install`
into a temporary root, and run commands with a timeout that names what hung."""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))

SKIP = 77  # ctest SKIP_RETURN_CODE: a tool the test needs is missing


def run(args, timeout=600, check=True, **kwargs):
    """Runs args; on failure raises with the command, exit code and output."""
    try:
        p = subprocess.run(args, capture_output=True, text=True, timeout=timeout, **kwargs)
    except subprocess.TimeoutExpired as e:
        raise AssertionError(f"timed out after {timeout}s: {' '.join(map(str, args))}\n{e.stdout or ''}{e.stderr or ''}")
    if check and p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}: {' '.join(map(str, args))}\n{p.stdout}{p.stderr}")
    return p


def shared_signature_cache():
    """The build tree's shared compiled-signature cache (TAPWATCH_TEST_SIG_CACHE, set by CMake on
    every test), or None when a test runs by hand: the shipped packs cost ~40 s of CPU to compile
    cold and a tenth of a second to load from it."""
    return os.environ.get("TAPWATCH_TEST_SIG_CACHE") or None


def shared_cache_sets():
    """`--set signatures.cache_dir=<shared cache>`, or nothing (the config's own cache_dir) by hand."""
    shared = shared_signature_cache()
    return ["--set", f"signatures.cache_dir={shared}"] if shared else []


def stage_install(binary_dir, prefix="/usr"):
    """`DESTDIR=<tmp> cmake --install <binary_dir> --prefix <prefix>`; returns the staging root."""
    root = tempfile.mkdtemp(prefix="tapwatch-stage-")
    run(["cmake", "--install", binary_dir, "--prefix", prefix], env=dict(os.environ, DESTDIR=root))
    return root


def unit_settings(path):
    """systemd unit as {key: [values]} (later assignments appended, sections ignored)."""
    out = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line[0] in "#;[":
                continue
            key, _, value = line.partition("=")
            out.setdefault(key.strip(), []).append(value.strip())
    return out
