"""The deploy drill's queue worker: its code lives in this repository, so `stackgen deploy`
packages this folder into the artifact bucket (no placeholder)."""

import os


def handler(event, context):
    return {"table": os.environ.get("TABLE_NAME"), "records": len(event.get("Records", []))}
