"""A catalogue case: one TCP connection, what its two sides send, and what a
browser-like reading of it must show (one marker in one body field) and count."""
from dataclasses import dataclass

from . import http, texts

RESPONSE, REQUEST = "http.response_body", "http.request_body"
WHOLE = (1400,)                      # one segment per message (up to the MSS)
SPLIT = (37, 5, 61, 2, 97, 11)       # small odd segments: every parser boundary gets crossed


@dataclass
class Case:
    name: str                 # unique within its class
    description: str
    field: str                # RESPONSE or REQUEST: where the marker is
    marker: str
    anomalies: list           # reasons (CONTRACTS.md A) that must be counted; [] for clean cases
    steps: list               # ("c"|"s", bytes) sends, ("c_fin",)/("s_fin",) closes, in order
    sizes: tuple = None       # segment sizes; None = alternate WHOLE/SPLIT by position
    cls: str = ""
    id: str = ""


def respCase(name, description, n, anomalies, response, request=None, **kw):
    """GET then `response`, server closes first (bodies until close end there)."""
    request = request if request is not None else http.getRequest(n)
    return Case(name, description, RESPONSE, kw.pop("marker"), list(anomalies),
                [("c", request), ("s", response), ("s_fin",), ("c_fin",)], **kw)


def reqCase(name, description, n, anomalies, request, response=None, client_closes=False, **kw):
    """`request` then an "ok" response. client_closes: the client half-closes right after
    its request (a request body delimited by the close)."""
    response = response if response is not None else http.okResponse()
    steps = [("c", request)] + ([("c_fin",)] if client_closes else []) + [("s", response), ("s_fin",), ("c_fin",)]
    return Case(name, description, REQUEST, kw.pop("marker"), list(anomalies), steps, **kw)


def markerFor(field_name, n):
    return texts.marker(field_name, n)
