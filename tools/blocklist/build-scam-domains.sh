#!/usr/bin/env bash
# Rebuilds signatures/lists/scam-domains.txt from the npm package
# eth-phishing-detect (MetaMask's phishing blocklist).
#   tools/blocklist/build-scam-domains.sh [VERSION]    (default: the latest release)
# Needs npm (registry access) and python3. The output is deterministic for a
# given package version; review the diff, run `tapwatch sig check signatures/`
# and `tapwatch sig test signatures/`, then commit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
PACKAGE=eth-phishing-detect
VERSION=${1:-$(npm view "$PACKAGE" version 2>/dev/null)}
[[ -n "$VERSION" ]] || { echo "build-scam-domains: cannot reach the npm registry" >&2; exit 1; }
OUT=$ROOT/signatures/lists/scam-domains.txt

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null 2>&1) ||
  { echo "build-scam-domains: npm pack $PACKAGE@$VERSION failed" >&2; exit 1; }
tarball=$(ls "$work"/*.tgz)
published=$(npm view "$PACKAGE" time --json 2>/dev/null |
  python3 -c "import json,sys; print(json.load(sys.stdin).get('$VERSION','unknown')[:10])" || echo unknown)

python3 "$ROOT/tools/blocklist/build_scam_domains.py" "$tarball" "$OUT.tmp" --published "$published" --retrieved "$(date -u +%F)"
mv "$OUT.tmp" "$OUT"
