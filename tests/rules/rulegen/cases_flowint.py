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
       'can be an integer or another variable". As Suricata 7 runs it (tests/rules/suricata_oracle): =, + and - '
       'run after the rule has matched (its post-match list, like flowbits:set), comparisons while matching, so a '
       'rule that increments and compares one flowint compares the value from before its own increment; + on an '
       'unset flowint starts it at the operand, - on an unset one does nothing, and an unset flowint used as the '
       'operand counts as 0.')


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


def session(*paths):
    return lambda cap: httpTransactions(cap, [(apps.httpRequest("GET", p), None) for p in paths])


def uri(path, options, sid):
    return rule(HTTP, f'flow:established,to_server; http.uri; content:"{path}"; endswith; {options}', sid)


COUNT_FAIL = uri("/zq-fail", "flowint:zq.fails,+,1; noalert;", 9200)
COUNT_OVER_2 = uri("/zq-check", "flowint:zq.fails,>,2;", 9201)
add("flowint_count_over_two_on_third_alert", [COUNT_FAIL, COUNT_OVER_2],
    session("/zq-fail", "/zq-fail", "/zq-fail", "/zq-check"), {9200: 0, 9201: 1})
add("flowint_count_two_not_over_two_noalert", [COUNT_FAIL, COUNT_OVER_2],
    session("/zq-fail", "/zq-home", "/zq-fail", "/zq-check"), {9200: 0, 9201: 0})
add("flowint_count_over_two_every_later_hit_alert", [COUNT_FAIL, COUNT_OVER_2],
    session("/zq-fail", "/zq-fail", "/zq-fail", "/zq-check", "/zq-fail", "/zq-check"), {9200: 0, 9201: 2})
add("flowint_count_split_over_two_flows_noalert", [COUNT_FAIL, COUNT_OVER_2],
    lambda cap: (session("/zq-fail", "/zq-fail")(cap), session("/zq-fail", "/zq-check")(cap)), {9200: 0, 9201: 0})

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

# Raw TCP data is inspected per stream chunk, not per segment, in Suricata (two "LOGIN FAIL" segments
# acknowledged together count once), so the raw cases count one hit.
RAW_COUNT = rule("tcp any any -> any 9000", 'flow:established,to_server; content:"LOGIN FAIL"; '
                 'flowint:zq.raw,+,1; noalert;', 9214)
RAW_CHECK = rule("tcp any any -> any 9000", 'flow:established,to_server; content:"LOGIN AGAIN"; '
                 'flowint:zq.raw,>=,1;', 9213)
add("flowint_raw_tcp_counted_then_checked_alert", [RAW_COUNT, RAW_CHECK],
    lambda cap: tcp(cap, [(True, b"LOGIN FAIL\r\n"), (False, b"NO\r\n"), (True, b"LOGIN AGAIN\r\n"),
                          (False, b"NO\r\n")]), {9213: 1, 9214: 0})
add("flowint_raw_tcp_wrong_direction_noalert", [RAW_COUNT, RAW_CHECK],
    lambda cap: tcp(cap, [(True, b"HELLO\r\n"), (False, b"LOGIN FAIL\r\n"), (True, b"LOGIN AGAIN\r\n"),
                          (False, b"LOGIN FAIL\r\n")]), {9213: 0, 9214: 0})

# Post-match writes: the increment and the comparison in one rule never meet.
COUNT_AND_CHECK = uri("/zq-fail", "flowint:zq.both,+,1; flowint:zq.both,>,2;", 9215)
add("flowint_increment_and_compare_in_one_rule_noalert", [COUNT_AND_CHECK],
    session("/zq-fail", "/zq-fail", "/zq-fail", "/zq-fail"), {9215: 0})
# - on an unset flowint does nothing; an unset operand variable counts as 0.
SUB_UNSET = uri("/zq-down", "flowint:zq.s,-,1; noalert;", 9216)
S_ISSET = uri("/zq-check", "flowint:zq.s,isset;", 9217)
add("flowint_subtract_from_unset_leaves_it_unset_noalert", [SUB_UNSET, S_ISSET], session("/zq-down", "/zq-check"),
    {9216: 0, 9217: 0})
ONE = uri("/zq-item", "flowint:zq.one,+,1; noalert;", 9218)
OVER_UNSET = uri("/zq-check", "flowint:zq.one,>,zq_none;", 9219)
add("flowint_unset_operand_counts_as_zero_alert", [ONE, OVER_UNSET], session("/zq-item", "/zq-check"),
    {9218: 0, 9219: 1})
COPY_UNSET = uri("/zq-copy", "flowint:zq.copy,=,zq_none; noalert;", 9220)
COPY_ISSET = uri("/zq-check", "flowint:zq.copy,isset;", 9221)
add("flowint_set_from_unset_operand_sets_zero_alert", [COPY_UNSET, COPY_ISSET], session("/zq-copy", "/zq-check"),
    {9220: 0, 9221: 1})
