"""Raw content in a rule whose header names an application protocol, as ET Open
writes many (`alert dns ... (content:"|03|ns1|08|carbon2u"...)`, `alert smtp ...
(content:"coronavirus"; nocase; ...)`, `alert http ... (flow:to_client; content:
"Server|3a 20|nginx/"; ...)`): the content is looked for in the flow's payload,
and only on flows of that application protocol. And `tcp-pkt` (ET HUNTING's
"Whoami Command Inbound On High Port"): content matched per packet, never across
segments of the stream."""
from . import apps, net
from .case import CLIENT_IP, Case, clientPort, dns, http, rule, smtp, tcp, udp

CASES = []
WHY = ('Suricata "Rules Format", protocol: naming an application-layer protocol (http, dns, smtp, tls ...) makes '
       'the rule apply to flows of that protocol only; payload keywords without a sticky buffer inspect the '
       'packet / reassembled stream payload of those flows.')
WHY_PKT = ('Suricata "Rules Format", protocol: "tcp-pkt" matches content "only against individual TCP packets" '
           'while "tcp-stream" matches only the reassembled stream: a tcp-pkt rule does not see a pattern split '
           'across two segments.')


def add(name, cls, rules, traffic, alerts, why=WHY):
    CASES.append(Case(name, cls, rules, traffic, alerts, why))


C = "app_header_raw_content"
NS = 'content:"|08|zq-carbn|07|example|00|";'
add("app_raw_dns_query_bytes_alert", C, [rule("dns any any -> any any", NS, 28101)],
    lambda cap: dns(cap, "ns1.zq-carbn.example", answer=False), {28101: 1})
add("app_raw_dns_same_bytes_not_dns_noalert", C, [rule("dns any any -> any any", NS, 28102)],
    lambda cap: udp(cap, [(True, b"NOTE \x08zq-carbn\x07example\x00 plain datagram")]), {28102: 0})
SPAM = 'flow:to_server,established; content:"zq-corona-spam"; nocase;'
add("app_raw_smtp_body_word_alert", C, [rule("smtp any any -> any any", SPAM, 28103)],
    lambda cap: smtp(cap, apps.emailMessage("update", "Read about ZQ-Corona-Spam today.")), {28103: 1})
add("app_raw_smtp_same_word_plain_tcp_noalert", C, [rule("smtp any any -> any any", SPAM, 28104)],
    lambda cap: tcp(cap, [(True, b"ZQ-Corona-Spam over a plain connection\r\n"), (False, b"OK\r\n")]), {28104: 0})
NGINX = 'flow:established,to_client; content:"Server|3a 20|zq-nginx/"; content:"|0d 0a|Set-Cookie|3a 20|"; distance:0;'
add("app_raw_http_response_header_bytes_alert", C, [rule("http any any -> any any", NGINX, 28105)],
    lambda cap: http(cap, apps.httpRequest("GET", "/"),
                     apps.httpResponse(headers=[("Server", "zq-nginx/1.2"), ("Set-Cookie", "a=\"\"; Path=/")])),
    {28105: 1})
add("app_raw_http_same_bytes_plain_tcp_noalert", C, [rule("http any any -> any any", NGINX, 28106)],
    lambda cap: tcp(cap, [(True, b"HELLO\r\n"), (False, b"Server: zq-nginx/1.2\r\nSet-Cookie: a=1\r\n\r\n")]),
    {28106: 0})

P = "tcp_pkt"
WHOAMI = 'flow:established,to_client; content:"zq-whoami"; depth:12;'


def banner(*segments):
    def traffic(cap):
        conv = net.TcpConversation(cap, (CLIENT_IP, clientPort(cap)), ("198.51.100.20", 9000))
        conv.toServer(b"HELLO\r\n")
        for s in segments:
            conv.toClient(s)
        conv.close()
        return conv
    return traffic


add("tcp_pkt_whole_in_one_segment_alert", P, [rule("tcp-pkt any any -> any any", WHOAMI, 28111)],
    banner(b"zq-whoami\r\n"), {28111: 1}, WHY_PKT)
add("tcp_pkt_split_over_two_segments_noalert", P, [rule("tcp-pkt any any -> any any", WHOAMI, 28112)],
    banner(b"zq-who", b"ami\r\n"), {28112: 0}, WHY_PKT)
add("tcp_pkt_second_segment_start_alert", P, [rule("tcp-pkt any any -> any any", WHOAMI, 28113)],
    banner(b"banner line\r\n", b"zq-whoami\r\n"), {28113: 1}, WHY_PKT)
add("tcp_pkt_split_after_eight_bytes_noalert", P, [rule("tcp-pkt any any -> any any", WHOAMI, 28115)],
    banner(b"zq-whoam", b"i\r\n"), {28115: 0}, WHY_PKT)
