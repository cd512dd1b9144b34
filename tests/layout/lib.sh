# Shared by the layout checks (test_overlaps.sh, test_countries.sh,
# test_sizes.sh): gathering the repository's stories and rendering a set of
# them through a checker. The caller sets T (a scratch folder), OUT (where
# maps go), DIPLOMAP, CHECK (the checker command) and bad().

# collect_stories LIST FILE... : the stories to draw, one path a line in
# LIST: each .json as it is, each article (.txt) extracted into $T/stories/.
collect_stories() {
    list=$1
    shift
    : > "$list"
    mkdir -p "$T/stories"
    for f in "$@"; do
        [ -f "$f" ] || continue
        case $f in
        *.json) echo "$f" >> "$list" ;;
        *)
            s=$T/stories/$(basename "$f" .txt).json
            if "$DIPLOMAP" --quiet extract "$f" -o "$s" 2> "$T/err"; then
                echo "$s" >> "$list"
            else
                bad "$f does not extract: $(cat "$T/err")"
            fi ;;
        esac
    done
}

# run_set NAME SHOW SIZES FORMAT STORY... : every story at every size (WxH)
# through $CHECK; one JSON line of counts per map in $T/NAME.counts; the
# findings whose kind matches the regex SHOW are printed (SHOW "all": every
# finding).
run_set() {
    name=$1 show=$2 sizes=$3 fmt=$4
    shift 4
    : > "$T/$name.counts"
    for story in "$@"; do
        base=$(basename "$story" | sed 's/\.[a-z]*$//')
        for size in $sizes; do
            map=$OUT/$name-$base-$size
            if ! "$DIPLOMAP" --quiet render "$story" -o "$map.$fmt" --width "${size%x*}" --height "${size#*x}" \
                    --layout-json "$map.json" 2> "$T/err"; then
                bad "$story at $size does not render: $(cat "$T/err")"
                continue
            fi
            $CHECK "$map.json" --story "$story" --fail-on none --counts > "$T/out" ||
                bad "$map.json: the checker fails"
            grep '^{"file"' "$T/out" >> "$T/$name.counts"
            if [ "$show" = all ]; then
                grep -v '^{"file"' "$T/out" | sed "s|^$OUT/||"
            else
                grep -E ": ($show): " "$T/out" | sed "s|^$OUT/||"
            fi
        done
    done
}
