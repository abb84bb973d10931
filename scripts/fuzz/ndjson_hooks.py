"""schemathesis hooks for scripts/api-fuzz.sh: a serializer for application/x-ndjson.

openapi.yaml describes a batch body as an array of Article objects, one per line; this
writes a generated array as JSON Lines (anything else as its JSON text) so that schemathesis
can send batches too.
"""
import json

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx, value):
    if isinstance(value, list):
        return "".join(json.dumps(item) + "\n" for item in value).encode("utf-8")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    return json.dumps(value).encode("utf-8")
