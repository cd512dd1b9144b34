#!/bin/sh
# Installs the Debian 12 packages diplomap needs to build, test and render.
# Quiet and quick when everything is already there. `setup-debian.sh fuzz`
# adds clang and its libFuzzer runtime (the -DDM_FUZZ=ON build, .ci/run).
set -eu
pkgs="build-essential cmake pkg-config
libgdal-dev gdal-bin libproj-dev proj-bin
libcairo2-dev libpango1.0-dev libglib2.0-dev libjansson-dev libcmocka-dev
fonts-noto-core fonts-noto-cjk
poppler-utils librsvg2-bin python3
chromium"
if [ "${1:-}" = fuzz ]; then pkgs="$pkgs clang libclang-rt-14-dev"; fi
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "setup: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
