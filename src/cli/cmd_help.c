/* diplomap help [COMMAND | --man | --markdown | --bash-completion]: the
 * command reference in every form, generated from the same option tables
 * that parse the command line and print --help. docs/diplomap.1,
 * docs/cli.md and docs/completion/diplomap.bash are this output, checked by
 * tests/cli/test_docs.sh so they cannot drift from the code. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

/* Text shared by the man page and the markdown reference. */
static const char *const description =
    "diplomap turns a news article about diplomacy into a publication-ready map. It extracts the "
    "places, dates and events of an article into a story (JSON a person can edit), geocodes the "
    "places with an embedded gazetteer, lays the map out (projection, extent, labels, insets) and "
    "draws it with cairo as PNG, SVG, PDF or a self-contained HTML page.";

/* The output formats that need more than a sentence (docs/formats.md has
 * the details). */
static const char *const output_formats =
    "The format follows OUT's extension (.png, .svg, .pdf, .html or .htm) or --format. An HTML page "
    "is one file that loads nothing else: the basemap as an inline PNG image and, over it, an inline "
    "SVG with the markers, event lines, labels, title, legend and credits as real text, drawn from "
    "the same layout as the PNG. Each marker can be reached with the keyboard (Tab), is named by its "
    "place and events for screen readers, and shows on hover or focus a tooltip with each event's "
    "type, status, date, participants and the sentence it comes from (the article's, when the input "
    "is an article; else the event's \"evidence\" in the story). The alt text describes the figure, "
    "and the map scales to the width of its container. A PNG file carries its density (pHYs: 72 dpi "
    "times --scale) and Title, Description (the alt text), Source and Copyright (the credit line) "
    "text chunks; an SVG file carries <title> and <desc> and its story as real text.";

static const char *const exit_status[][2] = {
    {"0", "success"},
    {"1", "the work failed: an unknown place, unreadable data, a failed write"},
    {"2", "bad usage or invalid input: an unknown option, a malformed story"},
    {"130", "interrupted (SIGINT, SIGTERM, SIGHUP): no temporary file is left; the outputs are all written or none"},
};

static const char *const environment[][2] = {
    {"DIPLOMAP_BASEMAP", "path of the packed basemap, overriding the data directory's"},
    {"DIPLOMAP_DATA", "directory holding the data files (basemap.dmb, gazetteer.idx and their .sha256); default: "
                      "the installation's; a file missing there is an error, never looked for elsewhere"},
    {"DIPLOMAP_GAZETTEER", "path of the gazetteer index, overriding the data directory's"},
    {"SOURCE_DATE_EPOCH", "seconds since 1970 for PDF metadata dates (reproducible output)"},
};

/* Pipelines: what - means, and what goes to standard error. */
static const char *const unix_notes =
    "A single - is standard input where a command reads an input (extract, render, batch, convert): "
    "JSON is read as a story (a GeoJSON FeatureCollection or a story), anything else as an article, "
    "within the usual size limits. As -o it is standard output: cat article.txt | diplomap render - "
    "-o - --format png > map.png. PNG and PDF are never written to a terminal, and two outputs never "
    "share standard output (--alt-text - with -o - is refused): both exit 2. Warnings go to standard "
    "error, one line each starting 'diplomap: warning: ': an article without a date (its relative "
    "dates stay unresolved), places dropped because they fall outside the projection, and a title or "
    "label the font cannot draw (once per map, the text escaped); they never change the exit status. "
    "--quiet silences them, --verbose adds information messages; both are accepted before the command "
    "or among its options. diplomap --version prints 'diplomap X.Y.Z'.";

static const char *const notes =
    "A failed run never leaves a partial output file and never modifies an existing one: files "
    "are written beside their target and renamed on success, and the outputs of one run (a map, "
    "its alt text and its layout sidecar) appear all or none. Only regular files are written: a "
    "symlink is written through to its target, a replaced file keeps its mode, and a device, FIFO, "
    "socket or directory at the path is refused (use - for standard output). Messages escape "
    "control characters. docs/errors.md (Output files) has the rules.";

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- man page (roff) ---------------------------------------------------- */

static void roff(FILE *out, const char *s)
{
    if (*s == '.' || *s == '\'')
        fputs("\\&", out);
    for (; *s; s++) {
        if (*s == '\\')
            fputs("\\e", out);
        else if (*s == '-')
            fputs("\\-", out);
        else
            fputc(*s, out);
    }
}

static void option_head(FILE *out, const dm_cli_option_t *o, void (*text)(FILE *, const char *),
                        const char *bold, const char *italic, const char *plain)
{
    fputs(bold, out);
    if (o->short_name) {
        char s[3] = {'-', o->short_name, '\0'};
        text(out, s);
        fputs(plain, out);
        fputs(", ", out);
        fputs(bold, out);
    }
    text(out, o->name);
    fputs(plain, out);
    if (o->value_name) {
        fputs(" ", out);
        fputs(italic, out);
        text(out, o->value_name);
        fputs(plain, out);
    }
}

static void print_man(const dm_cli_command_t *const *cmds, size_t n, FILE *out)
{
    fprintf(out, ".\\\" Generated by 'diplomap help --man' from the option tables in src/cli/; do not edit.\n");
    fprintf(out, ".TH DIPLOMAP 1 \"\" \"diplomap %s\" \"User Commands\"\n", DM_VERSION_STRING);
    fprintf(out, ".SH NAME\ndiplomap \\- turn news articles about diplomacy into maps\n");
    fprintf(out, ".SH SYNOPSIS\n");
    for (size_t i = 0; i < n; i++) {
        fprintf(out, ".B diplomap %s\n", cmds[i]->name);
        roff(out, cmds[i]->usage);
        fputs("\n.br\n", out);
    }
    fputs(".B diplomap\n\\-\\-version\n", out);
    fputs(".SH DESCRIPTION\n", out);
    roff(out, description);
    fputs("\n.SH COMMANDS\n", out);
    for (size_t i = 0; i < n; i++) {
        const dm_cli_command_t *c = cmds[i];
        fprintf(out, ".SS \"%s ", c->name);
        roff(out, c->usage);
        fputs("\"\n", out);
        roff(out, c->summary);
        fputs(".\n", out);
        for (size_t k = 0; k < c->option_count; k++) {
            fputs(".TP\n", out);
            option_head(out, &c->options[k], roff, "\\fB", "\\fI", "\\fR");
            fputs("\n", out);
            roff(out, c->options[k].help);
            fputs("\n", out);
        }
        fputs(".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nshow this help\n", out);
        for (size_t k = 0; k < DM_CLI_GLOBAL_COUNT; k++) {
            fputs(".TP\n\\fB", out);
            roff(out, dm_cli_global_options[k][0] + 4);
            fputs("\\fR\n", out);
            roff(out, dm_cli_global_options[k][1]);
            fputs("\n", out);
        }
    }
    fputs(".SH EXIT STATUS\n", out);
    for (size_t i = 0; i < COUNT(exit_status); i++) {
        fprintf(out, ".TP\n.B %s\n", exit_status[i][0]);
        roff(out, exit_status[i][1]);
        fputs("\n", out);
    }
    fputs(".PP\n", out);
    roff(out, notes);
    fputs("\n.SH PIPELINES\n", out);
    roff(out, unix_notes);
    fputs("\n.SH OUTPUT FORMATS\n", out);
    roff(out, output_formats);
    fputs("\n.SH ENVIRONMENT\n", out);
    for (size_t i = 0; i < COUNT(environment); i++) {
        fprintf(out, ".TP\n.B %s\n", environment[i][0]);
        roff(out, environment[i][1]);
        fputs("\n", out);
    }
    fputs(".SH EXAMPLES\n.nf\n", out);
    fputs("diplomap extract article.txt \\-o story.json\n", out);
    fputs("diplomap render story.json \\-o map.pdf \\-\\-layout\\-json layout.json\n", out);
    fputs("diplomap batch articles/ \\-o maps/ \\-\\-format png,svg\n", out);
    fputs("diplomap extract article.txt \\-\\-format geojson \\-o story.geojson\n", out);
    fputs(".fi\n.SH SEE ALSO\n", out);
    fputs("The guide, story format and library reference: docs/guide.md, docs/story-format.md, "
          "docs/how\\-it\\-works.md and diplomap.h.\n", out);
}

/* ---- markdown ------------------------------------------------------------ */

static void md(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '|')
            fputs("\\|", out);
        else
            fputc(*s, out);
    }
}

static void print_markdown(const dm_cli_command_t *const *cmds, size_t n, FILE *out)
{
    fputs("<!-- Generated by 'diplomap help --markdown' from the option tables in src/cli/; do not edit. -->\n", out);
    fputs("# diplomap command line\n\n", out);
    fputs(description, out);
    fputs("\n\n| command | what it does |\n|---|---|\n", out);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "| [`%s`](#diplomap-%s) | ", cmds[i]->name, cmds[i]->name);
        md(out, cmds[i]->summary);
        fputs(" |\n", out);
    }
    for (size_t i = 0; i < n; i++) {
        const dm_cli_command_t *c = cmds[i];
        fprintf(out, "\n## diplomap %s\n\n    diplomap %s %s\n\n", c->name, c->name, c->usage);
        fputs(c->summary, out);
        fputs(".\n\n| option | meaning |\n|---|---|\n", out);
        for (size_t k = 0; k < c->option_count; k++) {
            fputs("| ", out);
            option_head(out, &c->options[k], md, "`", "", "`");
            fputs(" | ", out);
            md(out, c->options[k].help);
            fputs(" |\n", out);
        }
        fputs("| `-h`, `--help` | show this help |\n", out);
        for (size_t k = 0; k < DM_CLI_GLOBAL_COUNT; k++) {
            fprintf(out, "| `%s` | ", dm_cli_global_options[k][0] + 4);
            md(out, dm_cli_global_options[k][1]);
            fputs(" |\n", out);
        }
    }
    fputs("\n## Exit status\n\n", out);
    for (size_t i = 0; i < COUNT(exit_status); i++)
        fprintf(out, "- `%s`: %s\n", exit_status[i][0], exit_status[i][1]);
    fprintf(out, "\n%s\n\n## Pipelines\n\n%s\n\n## Output formats\n\n%s\n\n## Environment\n\n", notes, unix_notes,
            output_formats);
    for (size_t i = 0; i < COUNT(environment); i++)
        fprintf(out, "- `%s`: %s\n", environment[i][0], environment[i][1]);
}

/* ---- bash completion ----------------------------------------------------- */

static void print_bash(const dm_cli_command_t *const *cmds, size_t n, FILE *out)
{
    fputs("# bash completion for diplomap.\n", out);
    fputs("# Generated by 'diplomap help --bash-completion' from the option tables in src/cli/; do not edit.\n", out);
    fputs("_diplomap() {\n", out);
    fputs("  local cur prev cmd opts values\n", out);
    fputs("  cur=${COMP_WORDS[COMP_CWORD]}\n", out);
    fputs("  prev=${COMP_WORDS[COMP_CWORD-1]}\n", out);
    fputs("  if [ \"$COMP_CWORD\" -eq 1 ]; then\n", out);
    fputs("    COMPREPLY=($(compgen -W '", out);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "%s ", cmds[i]->name);
    fputs("help --help --version --quiet --verbose' -- \"$cur\"))\n    return\n  fi\n", out);
    fputs("  cmd=${COMP_WORDS[1]}\n", out);
    fputs("  case $cmd in\n", out);
    for (size_t i = 0; i < n; i++) {
        const dm_cli_command_t *c = cmds[i];
        fprintf(out, "  %s)\n    opts='", c->name);
        for (size_t k = 0; k < c->option_count; k++)
            fprintf(out, "%s ", c->options[k].name);
        fputs("--help", out);
        for (size_t k = 0; k < DM_CLI_GLOBAL_COUNT; k++)
            fprintf(out, " %s", dm_cli_global_options[k][0] + 4);
        fputs("'\n    case $prev in\n", out);
        /* Options taking a value: a choice list when the value name is
         * one ("auto|none"), files otherwise. */
        for (size_t k = 0; k < c->option_count; k++) {
            const dm_cli_option_t *o = &c->options[k];
            if (!o->value_name)
                continue;
            if (o->short_name)
                fprintf(out, "    -%c|%s)", o->short_name, o->name);
            else
                fprintf(out, "    %s)", o->name);
            if (strchr(o->value_name, ',') && !strpbrk(o->value_name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {
                /* A comma-separated list ("png,svg"): complete its last item. */
                fputs(" values='", out);
                for (const char *p = o->value_name; *p; p++)
                    fputc(*p == ',' ? ' ' : *p, out);
                fputs("'; COMPREPLY=($(compgen -P \"${cur%${cur##*,}}\" -W \"$values\" -- \"${cur##*,}\")); return ;;\n", out);
            } else if (strchr(o->value_name, '|')) {
                /* The choices, and files too when a placeholder (capital
                 * letters) names one (FILE.json; not WxH). */
                int files = 0;
                fputs(" values='", out);
                const char *p = o->value_name;
                int first = 1;
                while (*p) {
                    size_t len = strcspn(p, "|");
                    int placeholder = 0, file = 0;
                    for (size_t j = 0; j < len; j++) {
                        placeholder |= p[j] >= 'A' && p[j] <= 'Z';
                        file |= j + 4 <= len && strncmp(p + j, "FILE", 4) == 0;
                    }
                    if (placeholder) {
                        files |= file;
                    } else {
                        fprintf(out, "%s%.*s", first ? "" : " ", (int)len, p);
                        first = 0;
                    }
                    p += len + (p[len] == '|');
                }
                fputs("'; COMPREPLY=($(compgen -W \"$values\" -- \"$cur\")", out);
                fputs(files ? " $(compgen -f -- \"$cur\")); return ;;\n" : "); return ;;\n", out);
            } else {
                fputs(" COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n", out);
            }
        }
        fputs("    esac\n    ;;\n", out);
    }
    fputs("  help) opts='--man --markdown --bash-completion", out);
    for (size_t i = 0; i < n; i++)
        fprintf(out, " %s", cmds[i]->name);
    fputs("' ;;\n  *) return ;;\n  esac\n", out);
    fputs("  if [[ $cur == -* ]]; then\n", out);
    fputs("    COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"))\n", out);
    fputs("  else\n", out);
    fputs("    COMPREPLY=($(compgen -f -- \"$cur\"))\n", out);
    fputs("  fi\n}\n", out);
    fputs("complete -o filenames -F _diplomap diplomap\n", out);
}

int dm_cli_help(const dm_cli_command_t *const *cmds, size_t n, int argc, char **argv)
{
    if (argc != 1) {
        dm_cli_error("help: expected one of COMMAND, --man, --markdown, --bash-completion");
        return DM_EXIT_USAGE;
    }
    const char *what = argv[0];
    if (strcmp(what, "--man") == 0)
        print_man(cmds, n, stdout);
    else if (strcmp(what, "--markdown") == 0)
        print_markdown(cmds, n, stdout);
    else if (strcmp(what, "--bash-completion") == 0)
        print_bash(cmds, n, stdout);
    else {
        for (size_t i = 0; i < n; i++)
            if (strcmp(cmds[i]->name, what) == 0) {
                dm_cli_print_help(cmds[i], stdout);
                return fflush(stdout) == 0 ? DM_EXIT_OK : DM_EXIT_FAILURE;
            }
        dm_cli_error("help: unknown command or option '%s'", what);
        return DM_EXIT_USAGE;
    }
    if (fflush(stdout) != 0) {
        dm_cli_error("cannot write to standard output");
        return DM_EXIT_FAILURE;
    }
    return DM_EXIT_OK;
}
