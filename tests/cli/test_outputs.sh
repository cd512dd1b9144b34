#!/bin/sh
# Outputs that never surprise, and messages that never echo the terminal's
# control characters (issue 13; the rules are docs/errors.md, "Output
# files"). One case per failure mode; a failing case checks
#   - the exit status (2 a path that is no file, a usage or limit error;
#     1 the work failed; 130 interrupted),
#   - one line on stderr, "diplomap: ...", naming the path or option,
#   - that nothing in its directory was created, changed (contents, type,
#     mode, link) or left half-written (no temporary);
# a case that succeeds checks what was written and that links and modes
# are as they were. Each case fails with the tool as it was before the
# safe-output module (checked by running this file against that binary).
. "$(dirname "$0")/lib.sh"

S="$SEED_STORY"
A="$DM_SOURCE_DIR/tests/articles/europe-helsinki-arms-talks.txt"
n=0
cases=0
skipped=0

# new_case NAME: a fresh directory $C for the case, named in messages.
new_case() {
  n=$((n + 1)); cases=$((cases + 1))
  C="$TMP/c$n"; mkdir -p "$C"; NAME="case $n ($1)"
}
skip_case() { skipped=$((skipped + 1)); cases=$((cases - 1)); echo "SKIP: $NAME: $1"; }
render() { "$DIPLOMAP" render "$S" --width 300 --height 200 "$@"; }

# state DIR: every entry with its type, mode and size, where each link
# points, and each file's checksum.
state() {
  (cd "$1" && find . -exec stat -c '%n %F %a %s' {} + | sort &&
    find . -type l | sort | while read -r l; do echo "$l -> $(readlink "$l")"; done &&
    find . -type f -exec md5sum {} + | sort)
}
snap() { state "$C" >"$TMP/before"; }
# unchanged: the case's directory is exactly as snap() saw it.
unchanged() {
  state "$C" >"$TMP/after"
  if cmp -s "$TMP/before" "$TMP/after"; then ok
  else bad "$NAME: the output directory changed: $(diff "$TMP/before" "$TMP/after" | grep '^[<>]' | head -4 | tr '\n' ' ')"; fi
}
no_temporaries() {
  t=$(find "$1" -name '.dm.*' -o -name '*.??????' -o -name '*.tmp-*' | head -3)
  [ -z "$t" ] && ok || bad "$NAME: temporaries left behind: $t"
}
quiet() { [ ! -s "$TMP/err" ] && ok || bad "$NAME: unexpected stderr: $(head -c 300 "$TMP/err")"; }
is_png() { [ "$(head -c 4 "$1" 2>/dev/null | od -An -c | tr -d ' ')" = "211PNG" ] && ok || bad "$NAME: $1 is not a PNG"; }
is_link_to() { [ -L "$1" ] && [ "$(readlink "$1")" = "$2" ] && ok || bad "$NAME: $1 should still be a link to $2"; }
mode_is() { [ "$(stat -c %a "$1")" = "$2" ] && ok || bad "$NAME: $1 has mode $(stat -c %a "$1"), want $2"; }
# fails WANT TEXT -- CMD...: a failing case (exit, one-line message, nothing changed).
fails() {
  want=$1; text=$2; shift 3
  snap
  expect_exit "$want" "$NAME" -- "$@"
  expect_message "$NAME" "$text"
  unchanged
}
# No control byte, no byte that is not UTF-8 reached stderr.
clean_err() {
  if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$TMP/err" || ! iconv -f UTF-8 -t UTF-8 "$TMP/err" >/dev/null 2>&1 ||
     grep -q "$(printf '\342\200\256')" "$TMP/err"; then
    bad "$NAME: stderr carries control characters or bytes that are not UTF-8: $(od -c "$TMP/err" | head -3)"
  else ok; fi
}

# ---- what is at the path: only regular files are written ------------------
new_case "a character device"
if mknod "$C/dev.png" c 1 3 2>/dev/null; then
  fails 2 "dev.png: is a character device" -- render -o "$C/dev.png"
else skip_case "mknod is not permitted here"; fi

new_case "a symlink to a character device"
if mknod "$C/null" c 1 3 2>/dev/null; then
  ln -s null "$C/map.png"
  fails 2 "map.png -> $C/null: is a character device" -- render -o "$C/map.png"
else skip_case "mknod is not permitted here"; fi

new_case "a block device"
if mknod "$C/blk.png" b 7 0 2>/dev/null; then
  fails 2 "blk.png: is a block device" -- render -o "$C/blk.png"
else skip_case "mknod is not permitted here"; fi

new_case "a FIFO"
mkfifo "$C/map.png"
fails 2 "map.png: is a FIFO (named pipe)" -- timeout 60 "$DIPLOMAP" render "$S" --width 300 --height 200 -o "$C/map.png"

new_case "a socket"
if python3 -c "import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])" "$C/map.png" 2>/dev/null; then
  fails 2 "map.png: is a socket" -- render -o "$C/map.png"
else skip_case "cannot make a Unix socket (python3)"; fi

# A link to /proc/self/fd/1 is what /dev/stdout is; its last link names
# "pipe:[N]", nothing readlink can follow: the kernel's view decides.
into_pipe() { ( "$@"; echo $? >"$TMP/rc" ) | cat >"$TMP/piped"; return "$(cat "$TMP/rc")"; }
new_case "a link to standard output, a pipe (/dev/stdout)"
ln -s /proc/self/fd/1 "$C/stdout.png"
fails 2 "stdout.png: is a FIFO (named pipe)" -- into_pipe render -o "$C/stdout.png"
[ ! -s "$TMP/piped" ] && ok || bad "$NAME: something was written to the pipe"

new_case "a directory"
mkdir "$C/map.png"
fails 2 "map.png: is a directory" -- render -o "$C/map.png"

new_case "a directory name (trailing slash)"
mkdir "$C/sub"
fails 2 "sub/: is a directory name" -- render -o "$C/sub/" --format png

new_case "a symlink loop"
ln -s b.png "$C/a.png"; ln -s a.png "$C/b.png"
fails 2 "a.png: too many levels of symbolic links" -- render -o "$C/a.png"

new_case "a dangling symlink into a missing directory"
ln -s /nonexistent-dm-dir/x.png "$C/map.png"
fails 1 "map.png -> /nonexistent-dm-dir/x.png: cannot create" -- render -o "$C/map.png"

new_case "extract -o on a FIFO"
mkfifo "$C/story.json"
fails 2 "story.json: is a FIFO" -- timeout 60 "$DIPLOMAP" extract "$A" -o "$C/story.json"

# ---- all or none: a map and its sidecars ------------------------------------
new_case "two outputs, one path"
fails 2 "are the same file" -- render -o "$C/map.png" --alt-text "$C/x.txt" --layout-json "$C/x.txt"

new_case "a sidecar that is a link to the map"
ln -s map.png "$C/layout.json"
fails 2 "are the same file" -- render -o "$C/map.png" --layout-json "$C/layout.json"

new_case "the map cannot be written: no sidecar"
fails 1 "/nonexistent-dm-dir/x.png: cannot create" -- render -o /nonexistent-dm-dir/x.png --alt-text "$C/alt.txt" --layout-json "$C/layout.json"

new_case "the map is refused: existing sidecars kept"
mkdir "$C/map.png"; echo "precious alt" >"$C/alt.txt"; echo "precious layout" >"$C/layout.json"
fails 2 "map.png: is a directory" -- render -o "$C/map.png" --alt-text "$C/alt.txt" --layout-json "$C/layout.json"

new_case "a sidecar cannot be written: no map, no other sidecar"
fails 1 "/nonexistent-dm-dir/layout.json: cannot create" -- render -o "$C/map.png" --alt-text "$C/alt.txt" --layout-json /nonexistent-dm-dir/layout.json

# dash's ulimit -f counts 512-byte blocks: 2 KiB holds the alt text, not the map.
limited() { sh -c 'ulimit -f 4; trap "" XFSZ; exec "$@"' limited "$@"; }
new_case "the disk fills while writing: no sidecar"
fails 1 "map.png: cannot write: File too large" -- limited "$DIPLOMAP" render "$S" --width 300 --height 200 -o "$C/map.png" --alt-text "$C/alt.txt"

new_case "the disk fills while writing: existing outputs kept"
echo "precious map" >"$C/map.png"; echo "precious alt" >"$C/alt.txt"
fails 1 "map.png: cannot write: File too large" -- limited "$DIPLOMAP" render "$S" --width 300 --height 200 -o "$C/map.png" --alt-text "$C/alt.txt"

# ---- symlinks are written through, as cp does --------------------------------
new_case "a symlink to a file"
echo "old" >"$C/real.png"; ln -s real.png "$C/map.png"
expect_exit 0 "$NAME" -- render -o "$C/map.png"; quiet
is_link_to "$C/map.png" real.png; is_png "$C/real.png"; no_temporaries "$C"

new_case "a relative symlink into another directory"
mkdir "$C/a" "$C/b"; echo "old" >"$C/b/real.png"; ln -s ../b/real.png "$C/a/map.png"
expect_exit 0 "$NAME" -- render -o "$C/a/map.png"; quiet
is_link_to "$C/a/map.png" ../b/real.png; is_png "$C/b/real.png"
[ "$(ls -A "$C/a")" = "map.png" ] && ok || bad "$NAME: the link's directory holds $(ls -A "$C/a")"
no_temporaries "$C"

new_case "a dangling symlink: its target is created"
ln -s new.png "$C/map.png"
expect_exit 0 "$NAME" -- render -o "$C/map.png"; quiet
is_link_to "$C/map.png" new.png; is_png "$C/new.png"; no_temporaries "$C"

new_case "a chain of symlinks"
echo "old" >"$C/real.png"; ln -s real.png "$C/l2.png"; ln -s l2.png "$C/l1.png"
expect_exit 0 "$NAME" -- render -o "$C/l1.png"; quiet
is_link_to "$C/l1.png" l2.png; is_link_to "$C/l2.png" real.png; is_png "$C/real.png"; no_temporaries "$C"

# ---- modes -------------------------------------------------------------------
new_case "a 0600 map stays 0600"
echo "old" >"$C/map.png"; chmod 600 "$C/map.png"
expect_exit 0 "$NAME" -- render -o "$C/map.png"; quiet
mode_is "$C/map.png" 600; is_png "$C/map.png"

new_case "a 0640 story stays 0640 (extract)"
echo "{}" >"$C/story.json"; chmod 640 "$C/story.json"
expect_exit 0 "$NAME" -- "$DIPLOMAP" extract "$A" -o "$C/story.json"; quiet
mode_is "$C/story.json" 640; grep -q '"places"' "$C/story.json" && ok || bad "$NAME: no story written"

new_case "extract creates 0666 & ~umask"
expect_exit 0 "$NAME" -- sh -c 'umask 022; exec "$@"' x "$DIPLOMAP" extract "$A" -o "$C/story.json"; quiet
mode_is "$C/story.json" 644

new_case "a sidecar through a link keeps its target's mode"
echo "{}" >"$C/real.json"; chmod 600 "$C/real.json"; ln -s real.json "$C/layout.json"
expect_exit 0 "$NAME" -- render -o "$C/map.png" --layout-json "$C/layout.json"; quiet
is_link_to "$C/layout.json" real.json; mode_is "$C/real.json" 600
grep -q '"frames"' "$C/real.json" && ok || bad "$NAME: no layout written"

# ---- long names: the temporary fits beside any valid name -------------------
long=$(printf '%0248d' 0 | tr 0 m)
new_case "a 252-byte map name"
expect_exit 0 "$NAME" -- render -o "$C/$long.png"; quiet
is_png "$C/$long.png"; no_temporaries "$C"

new_case "a 255-byte story name (extract)"
expect_exit 0 "$NAME" -- "$DIPLOMAP" extract "$A" -o "$C/${long}mm.json"; quiet
[ -s "$C/${long}mm.json" ] && ok || bad "$NAME: no story written"

# ---- batch: per input, all or none, through the same module ----------------
stem=$(printf '%0250d' 0 | tr 0 b)
new_case "batch: a 254-byte map name"
mkdir "$C/in" "$C/out"; cp "$S" "$C/in/$stem.json"
expect_exit 0 "$NAME" -- "$DIPLOMAP" batch "$C/in" -o "$C/out" --width 300 --height 200 -j 1
is_png "$C/out/$stem.png"; no_temporaries "$C"

new_case "batch: one format refused, no other format"
mkdir "$C/in" "$C/out" "$C/out/seed.svg"; cp "$S" "$C/in/seed.json"
snap
expect_exit 1 "$NAME" -- "$DIPLOMAP" batch "$C/in" -o "$C/out" --format png,svg --width 300 --height 200 -j 1
grep -q "seed.svg: is a directory" "$TMP/err" && ok || bad "$NAME: the failure is not listed: $(cat "$TMP/err")"
unchanged

new_case "batch: a map through a symlink"
mkdir "$C/in" "$C/out"; cp "$S" "$C/in/seed.json"; echo "old" >"$C/real.png"; ln -s ../real.png "$C/out/seed.png"
expect_exit 0 "$NAME" -- "$DIPLOMAP" batch "$C/in" -o "$C/out" --width 300 --height 200 -j 1
is_link_to "$C/out/seed.png" ../real.png; is_png "$C/real.png"

new_case "batch: a 0600 map stays 0600"
mkdir "$C/in" "$C/out"; cp "$S" "$C/in/seed.json"; echo "old" >"$C/out/seed.png"; chmod 600 "$C/out/seed.png"
expect_exit 0 "$NAME" -- "$DIPLOMAP" batch "$C/in" -o "$C/out" --width 300 --height 200 -j 1
mode_is "$C/out/seed.png" 600; is_png "$C/out/seed.png"

# ---- interrupted: every thread's temporaries go, exit 130 --------------------
# strace holds the process in the system call that sets a replaced file's mode
# (fchmod), which runs while the temporaries exist and before any rename; the
# signal arrives then.
# LeakSanitizer cannot run under ptrace: a sanitizer build checks for leaks
# in every other case, not in the traced ones.
NOLEAKS="ASAN_OPTIONS=${ASAN_OPTIONS:-}:detect_leaks=0"
# A background job starts with SIGINT ignored (and diplomap keeps a signal
# its caller ignores, as nohup wants): env --default-signal undoes that.
interrupt() {   # interrupt SIGNAL CMD...: run CMD under strace, signal it mid-write
  sig=$1; shift
  rm -f "$TMP/pid"
  strace -f -o /dev/null -e trace=fchmod -e inject=fchmod:delay_enter=3000000 \
    env --default-signal=INT "$NOLEAKS" sh -c 'p=$0; e=$1; shift; echo $$ >"$p"; exec "$@" 2>"$e"' "$TMP/pid" "$TMP/err" "$@" >"$TMP/out" 2>"$TMP/strace.err" &
  tracer=$!
  i=0
  while [ $i -lt 1200 ] && [ -z "$(find "$C" -name '.dm.*' -o -name '*.??????' | head -1)" ]; do sleep 0.05; i=$((i + 1)); done
  [ -s "$TMP/pid" ] && kill "-$sig" "$(cat "$TMP/pid")"
  wait "$tracer"
  got=$?
  # AddressSanitizer may warn when a thread leaves through the signal's exit
  # path (its issue 189): the sanitizer's noise, not the tool's message.
  grep -v -e 'ASan is ignoring requested __asan_handle_no_return' -e 'False positive error reports may follow' \
    -e 'google/sanitizers/issues/189' "$TMP/err" >"$TMP/err.clean" || true
  mv "$TMP/err.clean" "$TMP/err"
  [ "$got" -eq 130 ] && ok || bad "$NAME: exit $got, want 130; stderr: $(head -c 300 "$TMP/err")"
  expect_message "$NAME" "interrupted"
  unchanged
  no_temporaries "$C"
}
can_trace() {
  strace -f -o /dev/null -e trace=fchmod -e inject=fchmod:delay_enter=1 env --default-signal=INT true >/dev/null 2>&1
}

new_case "SIGINT while writing a map and its alt text"
if can_trace; then
  echo "precious map" >"$C/map.png"; echo "precious alt" >"$C/alt.txt"
  snap
  interrupt INT "$DIPLOMAP" render "$S" --width 300 --height 200 -o "$C/map.png" --alt-text "$C/alt.txt"
else skip_case "strace cannot inject delays here"; fi

new_case "SIGTERM while batch threads write"
if can_trace; then
  mkdir "$C/in" "$C/out"
  for i in 1 2 3 4; do cp "$S" "$C/in/s$i.json"; echo "precious $i" >"$C/out/s$i.png"; done
  snap
  interrupt TERM "$DIPLOMAP" batch "$C/in" -o "$C/out" --width 300 --height 200 -j 4
else skip_case "strace cannot inject delays here"; fi

new_case "a rename fails half-way: the files already replaced are put back"
if can_trace; then
  echo "precious map" >"$C/map.png"; echo "precious alt" >"$C/alt.txt"
  # Held in the second fchmod (the alt text's), both temporaries written: the
  # alt text's path becomes a directory, so its rename fails after the map's.
  strace -f -o /dev/null -e trace=fchmod -e inject=fchmod:delay_enter=2000000:when=2 \
    env "$NOLEAKS" "$DIPLOMAP" render "$S" --width 300 --height 200 -o "$C/map.png" --alt-text "$C/alt.txt" >"$TMP/out" 2>"$TMP/err" &
  tracer=$!
  i=0
  while [ $i -lt 1200 ] && [ "$(find "$C" -name '.dm.*' | wc -l)" -lt 2 ]; do sleep 0.05; i=$((i + 1)); done
  rm "$C/alt.txt"; mkdir "$C/alt.txt"; touch "$C/alt.txt/keep"
  wait "$tracer"
  got=$?
  [ "$got" -eq 1 ] && ok || bad "$NAME: exit $got, want 1"
  grep -v '^strace: ' "$TMP/err" >"$TMP/err2"; mv "$TMP/err2" "$TMP/err"
  expect_message "$NAME" "alt.txt: cannot replace: Is a directory"
  [ "$(cat "$C/map.png")" = "precious map" ] && ok || bad "$NAME: map.png was not put back"
  no_temporaries "$C"
else skip_case "strace cannot inject delays here"; fi

# ---- messages: nothing from the input reaches the terminal raw ------------
new_case "a file name with an escape sequence and a newline"
fails 1 'x\x1b[31m\nz.json: cannot open' -- "$DIPLOMAP" render "$(printf '%s/x\033[31m\nz.json' "$C")" -o "$C/map.png"
clean_err

new_case "a file name with a byte that is not UTF-8 and a bidi override"
fails 1 'a\xffb\u202ec.json: cannot open' -- "$DIPLOMAP" render "$(printf '%s/a\377b\342\200\256c.json' "$C")" -o "$C/map.png"
clean_err

new_case "a story field with control characters"
printf '{"places": [{"id": "x", "query": "Qqq\\u001b[2J\\u0007zz"}]}' >"$C/query.json"
fails 1 'no place matches '"'"'Qqq\x1b[2J\x07zz'"'" -- "$DIPLOMAP" render "$C/query.json" -o "$C/map.png"
clean_err

new_case "batch lists a failed input's name escaped"
mkdir "$C/in" "$C/out"; printf '{' >"$(printf '%s/in/bad\033]0;x\007.json' "$C")"
snap
expect_exit 1 "$NAME" -- "$DIPLOMAP" batch "$C/in" -o "$C/out" -j 1
grep -qF 'bad\x1b]0;x\x07.json' "$TMP/err" && ok || bad "$NAME: the name is not escaped: $(od -c "$TMP/err" | head -3)"
clean_err; unchanged

# ---- one limit for titles ----------------------------------------------------
t301=$(printf '%0301d' 0 | tr 0 T)
new_case "--title over 300 characters"
fails 2 "--title: 301 characters, more than the limit of 300" -- render -o "$C/map.png" --title "$t301"

new_case "a story title over 300 characters"
printf '{"title": "%s", "places": [{"id": "a", "lat": 39, "lon": 125.7}]}' "$t301" >"$C/long.json"
fails 2 "long.json: title is longer than 300 characters" -- "$DIPLOMAP" render "$C/long.json" -o "$C/map.png"

new_case "a GeoJSON story title over 300 characters"
printf '{"type": "FeatureCollection", "title": "%s", "features": [{"type": "Feature", "properties": {"id": "a", "name": "A"}, "geometry": {"type": "Point", "coordinates": [125.7, 39]}}]}' "$t301" >"$C/long.geojson"
fails 2 "title is longer than 300 characters" -- "$DIPLOMAP" render "$C/long.geojson" -o "$C/map.png"

new_case "extract --title of 301 Hangul syllables (code points, not bytes)"
fails 2 "--title: 301 characters" -- "$DIPLOMAP" extract "$A" -o "$C/story.json" --title "$(printf '%0301d' 0 | sed 's/0/가/g')"

new_case "--title that is not UTF-8"
fails 2 "--title: not valid UTF-8 (byte 0xff at offset 3)" -- render -o "$C/map.png" --title "$(printf 'Map\377')"

[ "$cases" -ge 25 ] && ok || bad "only $cases cases ran"
echo "$cases output cases ($skipped skipped)"
finish
