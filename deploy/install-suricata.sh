#!/usr/bin/env bash
# Installs Suricata 7 from Debian's bookworm-backports, for the Suricata oracle of tests/rules
# (tests/rules/suricata_oracle/). Only suricata and what it needs that bookworm itself cannot
# satisfy come from backports: a pin keeps every other package on bookworm, so adding the
# suite never upgrades the build box behind our back.
# Idempotent: a second run only checks that Suricata 7 is present.
#   deploy/install-suricata.sh          install (as root, or with sudo)
#   deploy/install-suricata.sh --check  exit 0 if Suricata 7 is installed, 1 if not; changes nothing
set -euo pipefail

MIRROR="${TAPWATCH_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
LIST=/etc/apt/sources.list.d/tapwatch-bookworm-backports.list
PIN=/etc/apt/preferences.d/tapwatch-bookworm-backports

have_suricata7() {
  command -v suricata >/dev/null 2>&1 && suricata -V 2>/dev/null | grep -Eq 'version 7\.'
}

if have_suricata7; then
  echo "install-suricata: $(suricata -V 2>/dev/null | head -n1) already present"
  exit 0
fi
if [[ "${1:-}" == "--check" ]]; then
  echo "install-suricata: Suricata 7 is not installed"
  exit 1
fi

. /etc/os-release
if [[ "${VERSION_CODENAME:-}" != "bookworm" ]]; then
  echo "install-suricata: this script targets Debian 12 (bookworm); found '${PRETTY_NAME:-unknown}'" >&2
  exit 2
fi

SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo

# Fail early with a clear message when the mirror cannot be reached, instead of apt's
# "Release file ... is not valid yet / 404" noise further down.
if ! curl -fsS -o /dev/null --max-time 20 "$MIRROR/dists/bookworm-backports/Release"; then
  echo "install-suricata: cannot reach $MIRROR/dists/bookworm-backports/Release" >&2
  echo "install-suricata: no network or mirror down; set TAPWATCH_DEBIAN_MIRROR to another Debian mirror" >&2
  exit 3
fi

# Backports' own default priority (100) is not enough: `-t bookworm-backports` raises the whole
# suite to 990 for that command, so every dependency with a newer backport would come from
# there too. The pin sets each backports package to -1 (never installed from there) except
# suricata and the libhtp it needs (Suricata 7 wants libhtp >= 0.5.50; bookworm has 0.5.42).
echo "deb $MIRROR bookworm-backports main" | $SUDO tee "$LIST" >/dev/null
$SUDO tee "$PIN" >/dev/null <<'PINEOF'
# Written by tapwatch deploy/install-suricata.sh: only Suricata comes from bookworm-backports.
Package: *
Pin: release n=bookworm-backports
Pin-Priority: -1

Package: suricata suricata-update libhtp2 libhtp-dev
Pin: release n=bookworm-backports
Pin-Priority: 500
PINEOF

echo "install-suricata: apt-get update"
$SUDO apt-get update -qq
echo "install-suricata: installing suricata from bookworm-backports"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
  -t bookworm-backports suricata >/dev/null
# The package enables and starts a service sniffing eth0; a build box wants only the binary.
if command -v systemctl >/dev/null 2>&1 && [[ -d /run/systemd/system ]]; then
  $SUDO systemctl disable --now suricata.service >/dev/null 2>&1 || true
fi

if ! have_suricata7; then
  echo "install-suricata: installed, but 'suricata -V' does not report version 7" >&2
  exit 4
fi
echo "install-suricata: $(suricata -V 2>/dev/null | head -n1)"
