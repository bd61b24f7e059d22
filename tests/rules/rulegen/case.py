"""What one rule case is, and the small traffic helpers the case modules share.

A case is: Suricata rules (case.rules), the traffic that exercises them
(traffic.pcap) and the alerts Suricata's documented semantics give on that
traffic (expected.json, per sid). The expectation is written by hand next to
the rules, with the documentation sentence it follows ("why"): it is never
taken from a sensor's output.
"""
import json
from dataclasses import dataclass, field

from . import apps, net

CLIENT_IP = "192.0.2.10"       # documentation addresses (RFC 5737 / RFC 3849)
SERVER_IP = "198.51.100.20"
CLIENT_IP6 = "2001:db8:1::10"
SERVER_IP6 = "2001:db8:2::20"


@dataclass
class Case:
    name: str
    cls: str                 # the keyword / header feature it tests (the split and the summary group by it)
    rules: list              # rule lines, each a full Suricata rule
    traffic: object          # callable(net.Capture): writes the frames
    alerts: dict             # sid -> expected alert count (0 = must not alert)
    why: str                 # the Suricata documentation sentence the expectation follows
    vars: dict = field(default_factory=dict)   # config vars: the runner passes them with --set vars.NAME=...
    fields: dict = field(default_factory=dict)  # sid -> {EVE alert.<key>: value} every alert of that sid must carry
    workers: int = 0         # > 0: the runner scans with --workers N (cross-flow state whose order must not race)

    def render(self):
        """-> {file name: bytes}, byte-deterministic."""
        cap = net.Capture()
        self.traffic(cap)
        sids = {ruleSid(r) for r in self.rules if "sid:" in r}
        assert set(self.alerts) <= sids, f"{self.name}: expected alerts for sids not in the rules"
        expected = {"alerts": {str(sid): self.alerts.get(sid, 0) for sid in sorted(sids)},
                    "class": self.cls, "why": self.why}
        if self.vars:
            expected["vars"] = self.vars
        if self.workers:
            expected["workers"] = self.workers
        if self.fields:
            assert set(self.fields) <= {s for s, n in self.alerts.items() if n > 0}, f"{self.name}: fields for a silent sid"
            expected["alert_fields"] = {str(sid): f for sid, f in sorted(self.fields.items())}
        return {
            "case.rules": ("\n".join(self.rules) + "\n").encode(),
            "traffic.pcap": cap.pcap(),
            "expected.json": (json.dumps(expected, indent=2, sort_keys=True) + "\n").encode(),
        }


def ruleSid(rule):
    return int(rule.split("sid:", 1)[1].split(";", 1)[0])


def rule(header, options, sid, action="alert"):
    """One rule line: `header` like 'http any any -> any any', `options` the keywords
    between msg and sid (each ending in ';')."""
    return f'{action} {header} (msg:"tapwatch rule case {sid}"; {options.strip()} sid:{sid}; rev:1;)'


# ------------------------------------------------------------------ traffic helpers

def clientPort(cap):
    return 49152 + cap.conversations  # distinct per conversation, deterministic


def http(cap, request, response=None, server_port=80, client_ip=CLIENT_IP, server_ip=SERVER_IP,
         handshake=True):
    """One TCP connection with one HTTP transaction (request, then response)."""
    return httpTransactions(cap, [(request, response)], server_port, client_ip, server_ip, handshake)


def httpTransactions(cap, exchanges, server_port=80, client_ip=CLIENT_IP, server_ip=SERVER_IP, handshake=True):
    """One keep-alive connection carrying several transactions in order."""
    conv = net.TcpConversation(cap, (client_ip, clientPort(cap)), (server_ip, server_port), handshake)
    for request, response in exchanges:
        conv.toServer(request)
        conv.toClient(response if response is not None else apps.httpResponse())
    conv.close()
    return conv


def tcp(cap, exchanges, server_port=9000, client_ip=CLIENT_IP, server_ip=SERVER_IP, handshake=True,
        close=True):
    """exchanges: [(from_client: bool, bytes)] on one TCP connection."""
    conv = net.TcpConversation(cap, (client_ip, clientPort(cap)), (server_ip, server_port), handshake)
    for from_client, data in exchanges:
        conv.send(from_client, data)
    if close:
        conv.close()
    return conv


def udp(cap, exchanges, server_port=9999, client_ip=CLIENT_IP, server_ip=SERVER_IP):
    conv = net.UdpConversation(cap, (client_ip, clientPort(cap)), (server_ip, server_port))
    for from_client, data in exchanges:
        conv.send(from_client, data)
    return conv


def dns(cap, name, txid=0x1A2B, client_ip=CLIENT_IP, server_ip="198.51.100.53", answer=True):
    conv = net.UdpConversation(cap, (client_ip, clientPort(cap)), (server_ip, 53))
    conv.toServer(apps.dnsQuery(name, txid))
    if answer:
        conv.toClient(apps.dnsResponse(name, txid))
    return conv


def tls(cap, sni, server_ip=SERVER_IP, server_port=443, client_ip=CLIENT_IP):
    conv = net.TcpConversation(cap, (client_ip, clientPort(cap)), (server_ip, server_port))
    conv.toServer(apps.tlsClientHello(sni, seed=cap.conversations))
    conv.toClient(apps.tlsServerHello(seed=cap.conversations))
    conv.close()
    return conv


def smtp(cap, message, server_ip=SERVER_IP, client_ip=CLIENT_IP):
    conv = net.TcpConversation(cap, (client_ip, clientPort(cap)), (server_ip, 25))
    apps.smtpSession(conv, message)
    conv.close()
    return conv
