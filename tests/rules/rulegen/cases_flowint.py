"""flowint cases: per-flow integers set, added to, subtracted from and compared (with
numbers and with other flowints), isset / notset, counting across transactions of
one flow, and no carry-over into another flow. Each transaction is one HTTP GET on a
keep-alive connection; a rule that sets and a rule that reads never meet in the same
transaction."""
from . import apps
from .case import Case, httpTransactions, rule, tcp

CASES = []
HTTP = "http any any -> any any"
C = "flowint"

WHY = ('Suricata "Flow Keywords", flowint: "Flowint allows storage and mathematical operations using variables. '
       'It operates much like flowbits but with the addition of mathematical capabilities"; "flowint: name, < '
       '+,-,=,>,<,>=,<=,==, != >, value;" and "flowint: name, (isset|notset|isnotset);"; "The item to compare with '
       'can be an integer or another variable"; with "flowint: usernamecount, +, 1; flowint:usernamecount, >, 5;" '
       '"we\'ll get an alert ONLY if usernamecount is over five" (each match counts, the alert needs the count over '
       'five).')


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


def session(*paths):
    return lambda cap: httpTransactions(cap, [(apps.httpRequest("GET", p), None) for p in paths])


def uri(path, options, sid):
    return rule(HTTP, f'flow:established,to_server; http.uri; content:"{path}"; endswith; {options}', sid)


COUNT_OVER_2 = uri("/zq-fail", "flowint:zq.fails,+,1; flowint:zq.fails,>,2;", 9201)
add("flowint_count_over_two_on_third_alert", [COUNT_OVER_2], session("/zq-fail", "/zq-fail", "/zq-fail"), {9201: 1})
add("flowint_count_two_not_over_two_noalert", [COUNT_OVER_2], session("/zq-fail", "/zq-home", "/zq-fail"),
    {9201: 0})
add("flowint_count_over_two_every_later_hit_alert", [COUNT_OVER_2],
    session("/zq-fail", "/zq-fail", "/zq-fail", "/zq-fail"), {9201: 2})
add("flowint_count_split_over_two_flows_noalert", [COUNT_OVER_2],
    lambda cap: (session("/zq-fail", "/zq-fail")(cap), session("/zq-fail")(cap)), {9201: 0})

START = uri("/zq-login", "flowint:zq.n,notset; flowint:zq.n,=,5; noalert;", 9202)
ISSET = uri("/zq-admin", "flowint:zq.n,isset;", 9203)
NOTSET = uri("/zq-admin", "flowint:zq.n,notset;", 9204)
add("flowint_isset_after_set_alert", [START, ISSET], session("/zq-login", "/zq-admin"), {9202: 0, 9203: 1})
add("flowint_isset_before_set_noalert", [START, ISSET], session("/zq-admin", "/zq-login"), {9202: 0, 9203: 0})
add("flowint_notset_without_set_alert", [START, NOTSET], session("/zq-home", "/zq-admin"), {9202: 0, 9204: 1})
add("flowint_notset_after_set_noalert", [START, NOTSET], session("/zq-login", "/zq-admin"), {9202: 0, 9204: 0})

ADD = uri("/zq-up", "flowint:zq.level,+,3; noalert;", 9205)
SUB = uri("/zq-down", "flowint:zq.level,-,1; noalert;", 9206)
IS_5 = uri("/zq-check", "flowint:zq.level,==,5;", 9207)
AT_LEAST_5 = uri("/zq-check", "flowint:zq.level,>=,5;", 9208)
BELOW_5 = uri("/zq-check", "flowint:zq.level,<,5;", 9209)
add("flowint_add_add_sub_equals_five_alert", [ADD, SUB, IS_5], session("/zq-up", "/zq-up", "/zq-down", "/zq-check"),
    {9205: 0, 9206: 0, 9207: 1})
add("flowint_add_add_sub_sub_is_four_noalert", [ADD, SUB, IS_5],
    session("/zq-up", "/zq-up", "/zq-down", "/zq-down", "/zq-check"), {9205: 0, 9206: 0, 9207: 0})
add("flowint_greater_equal_at_boundary_alert", [ADD, SUB, AT_LEAST_5],
    session("/zq-up", "/zq-up", "/zq-down", "/zq-check"), {9205: 0, 9206: 0, 9208: 1})
add("flowint_greater_equal_one_below_noalert", [ADD, SUB, AT_LEAST_5],
    session("/zq-up", "/zq-up", "/zq-down", "/zq-down", "/zq-check"), {9205: 0, 9206: 0, 9208: 0})
add("flowint_less_one_below_alert", [ADD, SUB, BELOW_5],
    session("/zq-up", "/zq-up", "/zq-down", "/zq-down", "/zq-check"), {9205: 0, 9206: 0, 9209: 1})
add("flowint_compare_unset_noalert", [ADD, BELOW_5], session("/zq-home", "/zq-check"), {9205: 0, 9209: 0})

# The variable compared with is "zq_max", not "zq.max": Suricata 7 reads the value side of a
# flowint comparison as [A-Za-z][A-Za-z0-9_]+ and refuses a dotted name there (oracle, issue 18).
SET_MAX = uri("/zq-limit", "flowint:zq_max,=,2; noalert;", 9210)
COUNT = uri("/zq-item", "flowint:zq.items,+,1; noalert;", 9211)
AT_MAX = uri("/zq-done", "flowint:zq.items,==,zq_max;", 9212)
add("flowint_equals_other_variable_alert", [SET_MAX, COUNT, AT_MAX],
    session("/zq-limit", "/zq-item", "/zq-item", "/zq-done"), {9210: 0, 9211: 0, 9212: 1})
add("flowint_equals_other_variable_differs_noalert", [SET_MAX, COUNT, AT_MAX],
    session("/zq-limit", "/zq-item", "/zq-done"), {9210: 0, 9211: 0, 9212: 0})
add("flowint_other_variable_unset_noalert", [COUNT, AT_MAX], session("/zq-item", "/zq-item", "/zq-done"),
    {9211: 0, 9212: 0})

RAW_COUNT = rule("tcp any any -> any 9000", 'flow:established,to_server; content:"LOGIN FAIL"; '
                 'flowint:zq.raw,+,1; flowint:zq.raw,>=,2;', 9213)
add("flowint_raw_tcp_second_hit_alert", [RAW_COUNT],
    lambda cap: tcp(cap, [(True, b"LOGIN FAIL\r\n"), (False, b"NO\r\n"), (True, b"LOGIN FAIL\r\n"),
                          (False, b"NO\r\n")]), {9213: 1})
add("flowint_raw_tcp_wrong_direction_noalert", [RAW_COUNT],
    lambda cap: tcp(cap, [(True, b"HELLO\r\n"), (False, b"LOGIN FAIL\r\n"), (True, b"LOGIN FAIL\r\n"),
                          (False, b"LOGIN FAIL\r\n")]), {9213: 0})
