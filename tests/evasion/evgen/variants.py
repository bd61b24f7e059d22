"""Turning one oddity into cases: the same odd message as a response and as a
request, over several body carriers (see http.carrier)."""
from . import http
from .case import REQUEST, RESPONSE, markerFor, reqCase, respCase


class Builder:
    """Collects one class's cases; numbers them so markers and bodies vary."""

    def __init__(self):
        self.cases = []
        self.n = 0

    def next(self, field_name):
        self.n += 1
        return self.n, markerFor(field_name, self.n)

    def response(self, name, desc, anomalies, kind="gzip", request=None, **msg):
        n, mark = self.next(RESPONSE)
        self.cases.append(respCase(name, desc, n, anomalies, http.response(n, mark, kind=kind, **msg),
                                   request=request, marker=mark))

    def request(self, name, desc, anomalies, kind="cl", **msg):
        n, mark = self.next(REQUEST)
        self.cases.append(reqCase(name, desc, n, anomalies, http.request(n, mark, kind=kind, **msg), marker=mark))

    def both(self, name, desc, anomalies, kinds=("gzip", "chunked"), req_kinds=None, **msg):
        """The oddity in a response over each of `kinds`, and in a request over `req_kinds`
        (default the same); names get .resp.<kind> / .req.<kind>."""
        for k in kinds:
            self.response(f"{name}.resp.{k}", f"{desc} (response, {k} body)", anomalies, kind=k, **msg)
        for k in (kinds if req_kinds is None else req_kinds):
            self.request(f"{name}.req.{k}", f"{desc} (request, {k} body)", anomalies, kind=k, **msg)

    def raw(self, case):
        self.cases.append(case)
