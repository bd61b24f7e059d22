"""Transform cases: dotprefix (the domain-IOC form), strip_whitespace, compress_whitespace,
to_lowercase, url_decode, and a chain of two."""
from . import apps
from .case import Case, dns, http, rule, tls

CASES = []
HTTP = "http any any -> any any"
DNSR = "dns any any -> any any"


def add(name, cls, rules, traffic, alerts, why):
    CASES.append(Case(name, cls, rules, traffic, alerts, why))


def post(body):
    return lambda cap: http(cap, apps.httpRequest("POST", "/submit", body=body))


def get(target="/", **kw):
    return lambda cap: http(cap, apps.httpRequest("GET", target, **kw))


def query(name):
    return lambda cap: dns(cap, name)


WHY_T = ('Suricata "Transformations": "Transformation keywords turn the data at a sticky buffer into something '
         'else"; transforms "are processed in the order in which they appear in a rule. Each transform\'s output '
         'acts as input for the next one." ')
W_DOT = WHY_T + ('dotprefix "prepends a . character"; "dns.query; dotprefix; content:\\".microsoft.com\\"; endswith;" '
                 'matches windows.update.microsoft.com (and microsoft.com itself) but not '
                 'windows.update.fakemicrosoft.com or maps.microsoft.com.au.')
IOC = 'dns.query; dotprefix; content:".zq-evil.example"; endswith;'
add("transform_dotprefix_subdomain_alert", "transform_dotprefix", [rule(DNSR, IOC, 7101)],
    query("cdn.zq-evil.example"), {7101: 1}, W_DOT)
add("transform_dotprefix_lookalike_noalert", "transform_dotprefix", [rule(DNSR, IOC, 7102)],
    query("notzq-evil.example"), {7102: 0}, W_DOT)
add("transform_dotprefix_longer_tld_noalert", "transform_dotprefix", [rule(DNSR, IOC, 7103)],
    query("zq-evil.example.com"), {7103: 0}, W_DOT)
add("transform_dotprefix_bare_domain_alert", "transform_dotprefix", [rule(DNSR, IOC, 7104)],
    query("zq-evil.example"), {7104: 1}, W_DOT)
add("transform_dotprefix_sni_alert", "transform_dotprefix",
    [rule("tls any any -> any any", 'tls.sni; dotprefix; content:".zq-evil.example"; endswith;', 7105)],
    lambda cap: tls(cap, "login.zq-evil.example"), {7105: 1}, W_DOT)
add("transform_dotprefix_host_lookalike_noalert", "transform_dotprefix",
    [rule(HTTP, 'http.host; dotprefix; content:".zq-evil.example"; endswith;', 7106)],
    get(host="xzq-evil.example"), {7106: 0}, W_DOT)
add("transform_dotprefix_without_transform_bare_noalert", "transform_dotprefix",
    [rule(DNSR, 'dns.query; content:".zq-evil.example"; endswith;', 7107)], query("zq-evil.example"), {7107: 0},
    W_DOT)
add("transform_dotprefix_host_alert", "transform_dotprefix",
    [rule(HTTP, 'http.host; dotprefix; content:".zq-evil.example"; endswith;', 7108)],
    get(host="zq-evil.example"), {7108: 1}, W_DOT)

W_STRIP = WHY_T + 'strip_whitespace "Strips all whitespace as considered by the isspace() call in C".'
add("transform_strip_whitespace_alert", "transform_strip_whitespace",
    [rule(HTTP, 'http.request_body; strip_whitespace; content:"window.navigate(";', 7201)],
    post(b"x = window . navigate ( 'a' )"), {7201: 1}, W_STRIP)
add("transform_strip_whitespace_absent_noalert", "transform_strip_whitespace",
    [rule(HTTP, 'http.request_body; content:"window.navigate(";', 7202)], post(b"x = window . navigate ( 'a' )"),
    {7202: 0}, W_STRIP)
add("transform_strip_whitespace_other_text_noalert", "transform_strip_whitespace",
    [rule(HTTP, 'http.request_body; strip_whitespace; content:"window.navigate(";', 7203)],
    post(b"x = window . open ( 'a' )"), {7203: 0}, W_STRIP)
add("transform_strip_whitespace_tabs_newlines_alert", "transform_strip_whitespace",
    [rule(HTTP, 'http.request_body; strip_whitespace; content:"eval(unescape(";', 7204)],
    post(b"eval\t(\r\n unescape (x))"), {7204: 1}, W_STRIP)

W_COMP = WHY_T + ('compress_whitespace "Compresses all consecutive whitespace into a single space". A run becomes '
                  'its first whitespace byte, kept as it is (a run that starts with a tab becomes one tab): so '
                  'Suricata 7.0.10 does (transform-compress-whitespace.c copies the byte), checked by '
                  'tests/rules/suricata_oracle.')
add("transform_compress_whitespace_alert", "transform_compress_whitespace",
    [rule(HTTP, 'http.request_body; compress_whitespace; content:"cmd /c whoami";', 7301)],
    post(b"run=cmd   /c \t whoami"), {7301: 1}, W_COMP)
add("transform_compress_whitespace_absent_noalert", "transform_compress_whitespace",
    [rule(HTTP, 'http.request_body; content:"cmd /c whoami";', 7302)], post(b"run=cmd   /c \t whoami"), {7302: 0},
    W_COMP)
add("transform_compress_whitespace_keeps_one_space_noalert", "transform_compress_whitespace",
    [rule(HTTP, 'http.request_body; compress_whitespace; content:"cmd/c";', 7303)], post(b"run=cmd   /c whoami"),
    {7303: 0}, W_COMP)
add("transform_chain_compress_then_lowercase_alert", "transform_compress_whitespace",
    [rule(HTTP, 'http.request_body; compress_whitespace; to_lowercase; content:"select * from";', 7304)],
    post(b"q=SELECT \t *  \tFROM users"), {7304: 1}, W_COMP)
# Each run is kept as its first byte: a tab-led run stays a tab, it does not become a space.
add("transform_compress_whitespace_run_keeps_first_byte_alert", "transform_compress_whitespace",
    [rule(HTTP, 'http.request_body; compress_whitespace; content:"a=1|09|b=2";', 7305)], post(b"a=1\t  b=2"),
    {7305: 1}, W_COMP)
add("transform_compress_whitespace_tab_run_is_no_space_noalert", "transform_compress_whitespace",
    [rule(HTTP, 'http.request_body; compress_whitespace; content:"a=1 b=2";', 7306)], post(b"a=1\t  b=2"),
    {7306: 0}, W_COMP)

W_LOWER = WHY_T + 'to_lowercase "Converts the buffer to lowercase".'
add("transform_to_lowercase_alert", "transform_to_lowercase",
    [rule(HTTP, 'http.user_agent; to_lowercase; content:"zqbot/";', 7401)], get(ua="ZqBot/2.0"), {7401: 1}, W_LOWER)
add("transform_to_lowercase_absent_noalert", "transform_to_lowercase",
    [rule(HTTP, 'http.user_agent; content:"zqbot/";', 7402)], get(ua="ZqBot/2.0"), {7402: 0}, W_LOWER)
add("transform_to_lowercase_other_text_noalert", "transform_to_lowercase",
    [rule(HTTP, 'http.user_agent; to_lowercase; content:"zqbot/";', 7403)], get(ua="Zq-Bot/2.0"), {7403: 0},
    W_LOWER)
add("transform_to_lowercase_uri_alert", "transform_to_lowercase",
    [rule(HTTP, 'http.uri; to_lowercase; content:"/wp-admin/"; startswith;', 7404)], get("/WP-Admin/setup.php"),
    {7404: 1}, W_LOWER)

W_URL = WHY_T + 'url_decode "Decodes url-encoded data, ie replacing \'+\' with space and \'%HH\' with its value".'
add("transform_url_decode_alert", "transform_url_decode",
    [rule(HTTP, 'http.uri.raw; url_decode; content:"<script>";', 7501)], get("/s?q=%3Cscript%3Ealert(1)"),
    {7501: 1}, W_URL)
add("transform_url_decode_absent_noalert", "transform_url_decode",
    [rule(HTTP, 'http.uri.raw; content:"<script>";', 7502)], get("/s?q=%3Cscript%3Ealert(1)"), {7502: 0}, W_URL)
add("transform_url_decode_other_text_noalert", "transform_url_decode",
    [rule(HTTP, 'http.uri.raw; url_decode; content:"<script>";', 7503)], get("/s?q=%3Cscr1pt%3E"), {7503: 0},
    W_URL)
add("transform_url_decode_plus_alert", "transform_url_decode",
    [rule(HTTP, 'http.uri.raw; url_decode; content:"union select";', 7504)], get("/p?id=1+union+select+2"),
    {7504: 1}, W_URL)
