#!/usr/bin/env bash
# Installs the build and test dependencies from Debian/Ubuntu packages.
# Idempotent: installs only what is missing. Works as root or through sudo.
#   ci/install-deps.sh           what the build and the main job need
#   ci/install-deps.sh --tests   also what only the test suite needs (Chromium,
#                                which opens the editor's HTML report)
set -euo pipefail
packages=(build-essential cmake pkg-config libicu-dev libdtl-dev libtomlplusplus-dev
          libcli11-dev catch2 nlohmann-json3-dev libyaml-cpp-dev libgumbo-dev libmd4c-dev libstemmer-dev
          python3 python3-jsonschema
          # The format check and the fuzz smoke stage (libFuzzer comes with clang's runtime).
          clang clang-format libclang-rt-14-dev)
if [ "${1:-}" = "--tests" ]; then packages+=(chromium); fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
