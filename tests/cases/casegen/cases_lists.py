"""IOC-list cases (issue 16): a base64 HTML mail whose lure link's host is on a
domain list (smtp.url, with email.url in the alert), DNS answers whose CNAME
target and address are on the domain and IP lists, an IDN query in its xn--
form against a UTF-8 list entry, and IP-list hits on IPv4 and IPv6 flows
(ip.src / ip.dst, once per flow). The oracle's list model is casegen/sigs.py
(Pattern.listMatch); the link values are the ones the case writes."""
import ipaddress

from . import appwire as W
from . import sigs
from .case import Case
from .cases_proto import _dnsMsg, b64, eth, mail, smtpSession
from .packets import TO_CLIENT, TO_SERVER, TcpFlow, UdpFlow

P = sigs.LIST_PACK
LURE = "https://secure-login.scam-lure.example/verify?acct=7&t=1"
HELP = "https://www.example.org/help"


def lists_mail_dns_and_flows():
    cap = eth()
    scopes, expect = [], []

    # 1. Mail: multipart/alternative, the HTML part base64, its href written with &amp;.
    f_mail = TcpFlow(("198.51.100.90", 52000), ("192.0.2.25", 25), isn=(61_000_000, 62_000_000))
    html = ('<html><body><p>Your account is locked.</p>'
            '<p><a href="' + LURE.replace("&", "&amp;") + '">Verify your account</a> within 24 hours.</p>'
            '<p>Questions? See <a href=\'' + HELP + '\'>help</a>.</p></body></html>\r\n')
    body = (b"--alt-55\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            b"Your account is locked. Open the HTML version of this message.\r\n"
            b"--alt-55\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + b64(html.encode()) + b"\r\n--alt-55--\r\n")
    raw = mail(["From: Account Security <security@notice.example>", "To: <victim@victim-corp.example>",
                "Subject: Action required", "MIME-Version: 1.0",
                "Content-Type: multipart/alternative; boundary=\"alt-55\""], body)
    m = W.SmtpMessage(f_mail, "<security@notice.example>", ["<victim@victim-corp.example>"], raw, urls=[LURE, HELP])
    assert LURE.encode() not in raw and LURE.replace("&", "&amp;").encode() in b"".join(m.texts)
    cap.add(smtpSession(f_mail, [m]).conversation())
    scopes.append(m.scope)
    expect.append((2300001, f_mail, TO_SERVER))

    # 2. DNS: an innocent name whose CNAME target and address are listed; an IDN query (xn--).
    f_dns = UdpFlow(("198.51.100.91", 40100), ("192.0.2.53", 53))
    q1 = _dnsMsg(0x7001, "promo.shop-news.example", 1)
    cname = "edge.drainer-cdn.example"
    answers = [W.dnsRecord(b"\xc0\x0c", 5, W.dnsLabels(cname)),
               W.dnsRecord(W.dnsLabels(cname), 1, bytes([198, 51, 100, 66]))]
    r1 = _dnsMsg(0x7001, "promo.shop-news.example", 1, response=True, answers=answers)
    idn = "shop.xn--bcher-sale-9db.example"
    q2 = _dnsMsg(0x7002, idn, 28)
    cap.add([f_dns.datagram(TO_SERVER, q1), f_dns.datagram(TO_CLIENT, r1), f_dns.datagram(TO_SERVER, q2)])
    scopes.append(W.dnsAnswered(W.dnsQueryScope(f_dns, ["promo.shop-news.example"], ("udp", q1)),
                                ["promo.shop-news.example", cname, cname, "198.51.100.66"], ("udp", r1)))
    scopes.append(W.dnsQueryScope(f_dns, [idn], ("udp", q2)))
    expect += [(2300001, f_dns, TO_CLIENT), (2300002, f_dns, TO_CLIENT), (2300001, f_dns, TO_SERVER)]

    # 3. Flows to and from listed addresses: IPv4 destination in a /25, IPv4 source, IPv6 destination in a /48,
    #    and a neighbour just outside the /25 that must stay silent.
    flows = [
        (UdpFlow(("198.51.100.92", 50001), ("203.0.113.200", 4444)), True),
        (UdpFlow(("203.0.113.130", 50002), ("198.51.100.93", 4444)), True),
        (UdpFlow(("2001:db8:1::5", 50003), ("2001:db8:5ca::10", 4444)), True),
        (UdpFlow(("198.51.100.94", 50004), ("203.0.113.127", 4444)), False),
    ]
    for f, listed in flows:
        payload = b"beacon " + f.describe().encode()
        cap.add([f.datagram(TO_SERVER, payload), f.datagram(TO_CLIENT, b"ok")])
        scopes.append(W.flowAddressScope(f, ("udp", payload)))
        if listed:
            expect.append((2300002, f, TO_SERVER))
    # The mail and DNS flows' own addresses are not listed: their address scopes stay silent.
    for f in (f_mail, f_dns):
        (c, _), (s, _) = f.endpoints(TO_SERVER)
        nets = [ipaddress.ip_network(e, strict=False) for e in sigs.LURE_IPS]
        assert not any(ipaddress.ip_address(a) in n for a in (c, s) for n in nets if n.version == 4)
    return Case("lists_mail_dns_and_flows",
                "IOC lists on every name and address field. A mail whose HTML part (base64, inside "
                "multipart/alternative) links to a host under a listed domain with the query written as &amp;: "
                "smtp.url alerts once with email.url in the context (the second link is not listed). A DNS "
                "response for an unlisted name whose CNAME target is under a listed domain and whose A record "
                "is a listed address: dns.answer alerts for both lists, to_client. An AAAA query for the xn-- "
                "form of a name listed in UTF-8 alerts on dns.query. UDP flows to an address inside a listed "
                "IPv4 /25, from a listed IPv4 source and to a listed IPv6 /48 alert once each on ip.src/ip.dst "
                "(once per flow); a flow to the address just below the /25 does not.",
                cap, expect, pack=P, scopes=scopes)


CASES = [lists_mail_dns_and_flows]
