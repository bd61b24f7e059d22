#!/usr/bin/env bash
# Installs what Tapwatch needs to build, test and benchmark on Debian 12.
# Idempotent: packages already present are skipped, so a second run is fast.
#   deploy/install-deps.sh            build + test dependencies
#   deploy/install-deps.sh --runtime  only what the installed daemon needs
set -euo pipefail

build_pkgs=(
  build-essential cmake pkg-config git
  libpcap-dev libyaml-cpp-dev libboost-dev libboost-system-dev
  prometheus-cpp-dev libcivetweb-dev zlib1g-dev libssl-dev
  libcli11-dev nlohmann-json3-dev librelp-dev
  libsystemd-dev libcap-ng-dev libfmt-dev libpcre2-dev libidn2-dev libseccomp-dev
  libgtest-dev libgmock-dev libbenchmark-dev libhiredis-dev
)
test_pkgs=(
  python3 python3-yaml python3-scapy tcpdump prometheus rsyslog rsyslog-relp rsyslog-openssl
  iproute2 curl ngrep tcpreplay systemd openssl clang clang-format libclang-rt-14-dev time logrotate
  ngtcp2-client ngtcp2-server python3-cryptography redis-server
)
runtime_pkgs=(libpcap0.8 libyaml-cpp0.7 zlib1g libssl3 librelp0 libsystemd0 libcap-ng0 libidn2-0 libseccomp2
  libprometheus-cpp-core1.0 libprometheus-cpp-pull1.0 libcivetweb1 libpcre2-8-0 libhiredis0.14)

# Hyperscan is x86-only in Debian; Vectorscan (same API) covers the other architectures.
case "$(dpkg --print-architecture)" in
  amd64|i386) build_pkgs+=(libhyperscan-dev); runtime_pkgs+=(libhyperscan5) ;;
  *)          build_pkgs+=(libvectorscan-dev); runtime_pkgs+=(libvectorscan5) ;;
esac

if [[ "${1:-}" == "--runtime" ]]; then wanted=("${runtime_pkgs[@]}"); else wanted=("${build_pkgs[@]}" "${test_pkgs[@]}"); fi

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#wanted[@]} packages present"
  exit 0
fi
SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
# prometheus and rsyslog ship services; on a build box we start them ourselves from tests.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
