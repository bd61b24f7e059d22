"""threshold `type backoff` cases: alerts at the count-th match of a flow, then at count
times each power of the multiplier; counts are per flow. One HTTP GET per transaction on
a keep-alive connection."""
from . import apps
from .case import Case, httpTransactions, rule

CASES = []
HTTP = "http any any -> any any"
C = "threshold_backoff"

WHY = ('Suricata "Thresholding Keywords", type backoff: "This type limits the alert output by using a backoff '
       'algorithm between alerts"; "backoff can only be used with track by_flow"; "count: number of alerts before '
       'the first match generates an alert"; "multiplier: value to multiply count with each time the next value is '
       'reached"; "A count of 1 with a multiplier of 2 would generate alerts for matching packets: 1, 2, 4, 8, 16".')


def add(name, rules, traffic, alerts):
    CASES.append(Case(name, C, rules, traffic, alerts, WHY))


def gets(n, path="/zq-back"):
    return lambda cap: httpTransactions(cap, [(apps.httpRequest("GET", path), None) for _ in range(n)])


def backoff(count, multiplier, sid):
    return rule(HTTP, 'flow:established,to_server; http.uri; content:"/zq-back"; '
                      f'threshold:type backoff, track by_flow, count {count}, multiplier {multiplier};', sid)


add("backoff_count1_mult2_five_matches_alert", [backoff(1, 2, 9301)], gets(5), {9301: 3})  # 1, 2, 4
add("backoff_count3_mult2_two_matches_noalert", [backoff(3, 2, 9302)], gets(2), {9302: 0})
add("backoff_count3_mult2_seven_matches_alert", [backoff(3, 2, 9303)], gets(7), {9303: 2})  # 3, 6
add("backoff_count3_mult2_split_over_flows_noalert", [backoff(3, 2, 9304)],
    lambda cap: (gets(2)(cap), gets(2)(cap)), {9304: 0})
add("backoff_count2_mult3_six_matches_alert", [backoff(2, 3, 9305)], gets(6), {9305: 2})  # 2, 6
add("backoff_other_uri_noalert", [backoff(1, 2, 9306)], gets(3, "/zq-front"), {9306: 0})
