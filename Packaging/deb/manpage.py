#!/usr/bin/env python3
"""sadna.1, Sadna's manual page, from the `--help` of the binary and of each of its subcommands
(ArgumentParser's own text, so the page never drifts from the program).

Usage: manpage.py PATH/TO/sadna VERSION > sadna.1
"""
import re
import subprocess
import sys


def help_text(binary, words):
    out = subprocess.run([binary, *words, "--help"], capture_output=True, text=True, check=True,
                         env={"COLUMNS": "78", "PATH": "/usr/bin:/bin"})
    return out.stdout


def subcommands(text):
    """The names listed under SUBCOMMANDS: in a help text."""
    names, inside = [], False
    for line in text.splitlines():
        if line.startswith("SUBCOMMANDS:"):
            inside = True
            continue
        if inside:
            if line and not line.startswith(" "):
                break
            match = re.match(r"^  ([a-z][a-z0-9-]*)(\s{2,}|$)", line)
            if match and match.group(1) != "help":
                names.append(match.group(1))
    return names


def troff(text):
    """Plain text kept as it is, escaped for troff."""
    lines = []
    for line in text.rstrip().splitlines():
        line = line.replace("\\", "\\e")
        if line.startswith((".", "'")):
            line = "\\&" + line
        lines.append(line)
    return "\n".join(lines)


def main():
    binary, version = sys.argv[1], sys.argv[2]
    top = help_text(binary, [])
    overview = top.split("USAGE:")[0].replace("OVERVIEW:", "").strip()
    page = [
        f'.TH SADNA 1 "" "sadna {version}" "User Commands"',
        ".SH NAME",
        "sadna \\- keep a workshop programme as plain data, check it, and print its materials as PDF",
        ".SH SYNOPSIS",
        ".B sadna",
        ".I subcommand",
        "[\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        ".nf",
        troff(overview),
        ".fi",
        ".SH FILES",
        ".TP",
        ".I /usr/share/sadna/Templates",
        "What each printable shows: labels, lanes, fields, papers.",
        ".TP",
        ".I /usr/share/sadna/workshops/emek-hamaayanot",
        "The programme that ships with Sadna, used when no workshop is given.",
        ".TP",
        ".I /etc/default/sadna",
        "Settings of the workbench service (sadna.service): workshop folder, host, port, access code.",
        ".SH COMMANDS",
    ]
    queue = [[name] for name in subcommands(top)]
    seen = set()
    while queue:
        words = queue.pop(0)
        if tuple(words) in seen or len(words) > 3:
            continue
        seen.add(tuple(words))
        text = help_text(binary, words)
        page += [".SS " + " ".join(["sadna", *words]), ".nf", troff(text), ".fi"]
        queue[0:0] = [words + [name] for name in subcommands(text)]
    page += [".SH EXIT STATUS", "0 success, 1 the input has errors (diagnostics are printed), 2 usage error.",
             ".SH SEE ALSO", "/usr/share/doc/sadna/README.md"]
    print("\n".join(page))


main()
