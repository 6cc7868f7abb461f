#!/usr/bin/env python3
"""Strict syntax check of udev rules files, for systemd < 254 that has no `udevadm verify`.

Catches what udev 252 accepts silently: a missing comma between two keys, an assignment
operator on a match-only key (or the reverse), an unknown key, a GOTO without its LABEL, a
stray quote. Usage: udev_lint.py FILE...; prints FILE:LINE: problem; exit 1 on any problem.
"""
import re
import sys

MATCH_ONLY = {"ACTION", "DEVPATH", "KERNEL", "KERNELS", "SUBSYSTEM", "SUBSYSTEMS", "DRIVER",
              "DRIVERS", "TAGS", "TEST", "PROGRAM", "RESULT", "CONST", "SYSCTL"}
ASSIGN_ONLY = {"NAME", "SYMLINK", "OWNER", "GROUP", "MODE", "SECLABEL", "RUN", "LABEL", "GOTO",
               "IMPORT", "OPTIONS", "TAG", "DEVLINKS"}
BOTH = {"ATTR", "ATTRS", "ENV", "TAG", "SYMLINK", "NAME", "SYSCTL", "PROGRAM"}
WITH_ATTRIBUTE = {"ATTR", "ATTRS", "ENV", "TEST", "IMPORT", "RUN", "SECLABEL", "SYSCTL", "CONST"}
KEYS = MATCH_ONLY | ASSIGN_ONLY | BOTH
PAIR = re.compile(r'\s*([A-Z]+)(\{([^}]*)\})?\s*(==|!=|\+=|-=|:=|=)\s*"((?:[^"\\]|\\.)*)"\s*')


def logical_lines(text):
    """Joins backslash continuations; yields (first line number, text)."""
    buffer, start = "", None
    for number, line in enumerate(text.splitlines(), 1):
        if start is None:
            start = number
        if line.endswith("\\"):
            buffer += line[:-1] + " "
            continue
        yield start, buffer + line
        buffer, start = "", None
    if start is not None:
        yield start, buffer


def check_pair(key, attribute, operator):
    if key not in KEYS:
        return f"unknown key {key}"
    if key in WITH_ATTRIBUTE and attribute is None and key not in ("RUN", "IMPORT", "TEST"):
        return f"{key} needs {{attribute}}"
    is_match = operator in ("==", "!=")
    if is_match and key in ASSIGN_ONLY and key not in BOTH:
        return f"{key} can only be assigned, not matched with {operator}"
    if not is_match and key in MATCH_ONLY and key not in BOTH:
        return f"{key} can only be matched, not assigned with {operator}"
    if key in ("LABEL", "GOTO") and operator != "=":
        return f"{key} takes '=' only"
    return None


def lint(path):
    problems, labels, gotos = [], set(), []
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    for number, line in logical_lines(text):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        position, pairs, before = 0, 0, len(problems)
        while position < len(line):
            if pairs > 0:
                comma = re.compile(r"\s*,").match(line, position)
                if comma is None:
                    if line[position:].strip():
                        problems.append(f"{path}:{number}: expected ',' before: {line[position:].strip()[:40]}")
                    break
                position = comma.end()
            match = PAIR.match(line, position)
            if match is None:
                problems.append(f"{path}:{number}: cannot read a KEY op \"value\" at: {line[position:].strip()[:40]}")
                break
            key, attribute, operator, value = match.group(1), match.group(3), match.group(4), match.group(5)
            problem = check_pair(key, attribute, operator)
            if problem:
                problems.append(f"{path}:{number}: {problem}")
            if key == "LABEL":
                labels.add(value)
            if key == "GOTO":
                gotos.append((number, value))
            if key == "MODE" and not re.fullmatch(r"0?[0-7]{3,4}", value):
                problems.append(f"{path}:{number}: MODE {value!r} is not octal")
            position, pairs = match.end(), pairs + 1
            if not line[position:].strip():
                break
        if pairs == 0 and len(problems) == before:
            problems.append(f"{path}:{number}: no key in this line")
    for number, target in gotos:
        if target not in labels:
            problems.append(f"{path}:{number}: GOTO=\"{target}\" has no LABEL")
    return problems


def main(paths):
    problems = [problem for path in paths for problem in lint(path)]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
