#!/usr/bin/env python3
"""Reads a SARIF file back with the pinned sarif-tools library and prints one line per
result: `level code file:line`. The Swift tests compare these lines with the diagnostics
stackgen printed, so a SARIF log that a real consumer cannot read fails the test.

usage: read-sarif.py FILE
"""
import sys

from sarif import loader


def main():
    sarif_file = loader.load_sarif_file(sys.argv[1])
    for run in sarif_file.runs:
        if run.get_tool_name() != "stackgen":
            print(f"unexpected tool {run.get_tool_name()}")
            return 1
    for record in sarif_file.get_records():
        print(f"{record['Severity']} {record['Code']} {record['Location']}:{record['Line']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
