"""Packets for the rule cases: Ethernet/IPv4|IPv6/TCP|UDP frames in a classic pcap.

scapy builds the IP and transport headers (so checksums are right); the pcap
file itself is written by hand so every byte is fixed: timestamps start at
BASE_TS and step by STEP_US per frame, IP ids and sequence numbers are derived
from the conversation's index, never from the clock or a random source.
"""
import logging
import struct

logging.getLogger("scapy.runtime").setLevel(logging.ERROR)
from scapy.layers.inet import IP, TCP, UDP  # noqa: E402
from scapy.layers.inet6 import IPv6  # noqa: E402
from scapy.packet import Raw  # noqa: E402

BASE_TS_US = 1590487200 * 10**6  # 2020-05-26T10:00:00Z
STEP_US = 1000                   # 1 ms between frames: threshold windows are in seconds
MSS = 1400                       # payloads longer than this go out as several segments
CLIENT_MAC = bytes.fromhex("020000000001")
SERVER_MAC = bytes.fromhex("020000000002")


class Capture:
    """Frames in capture order with their timestamps."""

    def __init__(self):
        self.frames = []
        self.now_us = BASE_TS_US
        self.conversations = 0

    def add(self, l3, v6, from_client):
        src, dst = (CLIENT_MAC, SERVER_MAC) if from_client else (SERVER_MAC, CLIENT_MAC)
        ethertype = 0x86DD if v6 else 0x0800
        self.frames.append((self.now_us, dst + src + struct.pack(">H", ethertype) + l3))
        self.now_us += STEP_US

    def wait(self, seconds):
        """Moves the capture clock on (for threshold / detection_filter time windows)."""
        self.now_us += int(seconds * 10**6)

    def nextIndex(self):
        self.conversations += 1
        return self.conversations

    def pcap(self):
        out = bytearray(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for ts, data in self.frames:
            sec, usec = divmod(ts, 10**6)
            out += struct.pack("<IIII", sec, usec, len(data), len(data)) + data
        return bytes(out)


def _ipLayer(src, dst, ip_id):
    if ":" in src:
        return IPv6(src=src, dst=dst, hlim=64)
    return IP(src=src, dst=dst, id=ip_id, ttl=64, flags="DF")


class TcpConversation:
    """One TCP connection. Each data segment is acknowledged by the peer right
    away, so the capture looks like a real, loss-free exchange."""

    def __init__(self, cap, client, server, handshake=True):
        self.cap = cap
        self.client, self.server = client, server
        self.v6 = ":" in client[0]
        index = cap.nextIndex()
        self.seq = {True: 1000 + index * 100000, False: 500000 + index * 100000}  # keyed by from_client
        self.ip_id = {True: (index * 997) & 0xFFFF, False: (index * 991 + 5000) & 0xFFFF}
        self.closed = False
        if handshake:
            self._segment(True, "S", b"", syn=True)
            self._segment(False, "SA", b"", syn=True)
            self._segment(True, "A", b"")

    def _segment(self, from_client, flags, payload, syn=False, fin=False):
        (sip, sport), (dip, dport) = (self.client, self.server) if from_client else (self.server, self.client)
        self.ip_id[from_client] = (self.ip_id[from_client] + 1) & 0xFFFF
        ack = 0 if flags == "S" else self.seq[not from_client]
        tcp = TCP(sport=sport, dport=dport, seq=self.seq[from_client], ack=ack, flags=flags, window=65535)
        pkt = _ipLayer(sip, dip, self.ip_id[from_client]) / tcp
        if payload:
            pkt = pkt / Raw(payload)
        self.cap.add(bytes(pkt), self.v6, from_client)
        self.seq[from_client] = (self.seq[from_client] + len(payload) + (1 if syn or fin else 0)) & 0xFFFFFFFF

    def send(self, from_client, data, ack=True):
        for start in range(0, len(data), MSS):
            self._segment(from_client, "PA", data[start:start + MSS])
            if ack:
                self._segment(not from_client, "A", b"")

    def toServer(self, data):
        self.send(True, data)

    def toClient(self, data):
        self.send(False, data)

    def close(self):
        if self.closed:
            return
        self._segment(True, "FA", b"", fin=True)
        self._segment(False, "FA", b"", fin=True)
        self._segment(True, "A", b"")
        self.closed = True


class UdpConversation:
    def __init__(self, cap, client, server):
        self.cap = cap
        self.client, self.server = client, server
        self.v6 = ":" in client[0]
        index = cap.nextIndex()
        self.ip_id = {True: (index * 997) & 0xFFFF, False: (index * 991 + 5000) & 0xFFFF}

    def send(self, from_client, payload):
        (sip, sport), (dip, dport) = (self.client, self.server) if from_client else (self.server, self.client)
        self.ip_id[from_client] = (self.ip_id[from_client] + 1) & 0xFFFF
        pkt = _ipLayer(sip, dip, self.ip_id[from_client]) / UDP(sport=sport, dport=dport) / Raw(payload)
        self.cap.add(bytes(pkt), self.v6, from_client)

    def toServer(self, data):
        self.send(True, data)

    def toClient(self, data):
        self.send(False, data)
