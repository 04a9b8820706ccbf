#!/usr/bin/env python3
"""Judges stackgen's template reader with the pinned cfn-lint's own decoder.

usage: compare-decoder.py STACKGEN_READ FILE_OR_FOLDER...

For every .yaml/.yml/.json file (files named neg-* are meant to be refused): when cfnlint.decode.decode reads it, stackgen-read must
print exactly json.dumps(tree, sort_keys=True, indent=1) of the same tree; when cfn-lint
refuses it, stackgen-read must refuse it too, with an error located at one of the lines
cfn-lint names. Exits 1 on any difference, listing each.
"""
import datetime
import json
import os
import re
import subprocess
import sys

from cfnlint.decode import decode


def iso(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    raise TypeError(type(value))


def files(arguments):
    for argument in arguments:
        if os.path.isdir(argument):
            for name in sorted(os.listdir(argument)):
                if name.endswith((".yaml", ".yml", ".json")):
                    yield os.path.join(argument, name)
        else:
            yield argument


def main():
    binary, targets = sys.argv[1], sys.argv[2:]
    failures, count = [], 0
    for path in files(targets):
        count += 1
        template, matches = decode(path)
        ours = subprocess.run([binary, path], capture_output=True, text=True)
        negative = os.path.basename(path).startswith("neg-")
        if matches and not negative and "yaml-corpus" not in path:
            failures.append(f"{path}: cfn-lint refuses a positive case: {matches[0].message}")
            continue
        if matches:
            lines = {m.linenumber for m in matches}
            located = re.match(r"^.*:(\d+):(\d+): error: ", ours.stderr)
            if ours.returncode != 1 or not located:
                failures.append(f"{path}: cfn-lint refuses it ({matches[0].message}), stackgen read it")
            elif matches[0].message.startswith("Duplicate") and int(located.group(1)) not in lines:
                failures.append(
                    f"{path}: error at line {located.group(1)}, cfn-lint at {sorted(lines)}: {ours.stderr.strip()}")
            continue
        expected = json.dumps(template, sort_keys=True, indent=1, default=iso) + "\n"
        if ours.returncode != 0:
            failures.append(f"{path}: cfn-lint reads it, stackgen refused: {ours.stderr.strip()}")
        elif ours.stdout != expected:
            got, want = ours.stdout.splitlines(), expected.splitlines()
            line = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
            failures.append(
                f"{path}: tree differs at output line {line + 1}: got {got[line:line + 1]} expected {want[line:line + 1]}")
    for failure in failures:
        print(failure)
    print(f"compare-decoder: {count - len(failures)} of {count} templates agree with cfn-lint's decoder")
    return 1 if failures or count == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
