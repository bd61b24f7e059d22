#!/usr/bin/env python3
"""Class probes: letters and look-alikes the lead wrote from a CLASS of real-world mail (round 11).

tests/corpus/probes/scam-*.txt hold scam letters, ham-*.txt legitimate look-alikes, written for this
project from what a family or a kind of list post is known to look like (teasers, recovery letters,
genealogy posts, subject-line lures, ...), not from any batch's sentences. Each file is pairs of lines:
"Subject: ..." and one line of body (the sender's own text).

The probes run through `tapwatch sig test -v` on a copy of the scored pack (signatures/scam-scored.yaml)
whose examples are replaced by the probes: every signature gets the ham probes as no_match examples,
and the scam probes as match examples. A scam probe counts as caught when ANY scored signature alerts
on it (the family is not checked), a ham probe as a false alarm when any alerts.

Page probes (stop 36): page-scam-*.txt and page-ham-*.txt are web pages, "Subject: ..." (the page's
title and <h1>) and one line of body whose " | " separates paragraphs (a paragraph starting with '<' is
HTML as written, e.g. a <blockquote>). They are given to the pack as http.response_body_text; the
sensor's page own text (http.response_body_own_text) is derived from it as the HTTP parser would.

Exit 1 when caught scam probes < --min-recall or ham false alarms > --max-false-alarms, 2 on errors.
"""
import argparse
import html
import os
import re
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PROBES = os.path.join(HERE, '..', 'probes')
PACK = 'scam-scored.yaml'


def readProbes(path):
    """[(subject, body)] from a probe file; raises ValueError on a malformed pair."""
    lines = [line for line in open(path, encoding='utf-8').read().split('\n') if line.strip()]
    if len(lines) % 2:
        raise ValueError(f'{path}: odd number of lines (pairs of "Subject: ..." and a body line)')
    pairs = []
    for k in range(0, len(lines), 2):
        if not lines[k].startswith('Subject: '):
            raise ValueError(f'{path}:{k + 1}: expected "Subject: ..."')
        pairs.append((lines[k][len('Subject: '):], lines[k + 1]))
    return pairs


def probeFiles(kind):
    names = sorted(n for n in os.listdir(PROBES) if n.startswith(kind + '-') and n.endswith('.txt'))
    return [(n[len(kind) + 1:-4], readProbes(os.path.join(PROBES, n))) for n in names]


def example(subject, body, page=False, page_field='http.response_body_own_text'):
    """A sig test example. A page goes to `page_field`, the pack's page field: its HTML is rendered (and its
    own text taken, for http.response_body_own_text) as the HTTP parser would."""
    if not page:
        return {'smtp.subject': subject, 'smtp.body_own_text': body}
    paragraphs = [p.strip() for p in body.split(' | ')]
    html_body = ''.join(p if p.startswith('<') else f'<p>{html.escape(p, quote=False)}</p>' for p in paragraphs)
    return {page_field: f'<h1>{html.escape(subject, quote=False)}</h1>{html_body}'}


def pageField(sig):
    """The page field a signature reads: its own-text field, or (packs before stop 36) the page's whole text."""
    fields = sig.get('fields') or []
    return 'http.response_body_text' if 'http.response_body_text' in fields else 'http.response_body_own_text'


def alerted(tapwatch, signatures, scam, ham, cache_dir):
    """Runs sig test; returns (set of scam probe indices that alerted, set of ham indices that alerted).
    scam and ham are lists of (subject, body, page)."""
    doc = yaml.safe_load(open(os.path.join(signatures, PACK), encoding='utf-8'))
    for sig in doc['signatures']:
        field = pageField(sig)
        sig['examples'] = {'match': [example(*p, page_field=field) for p in scam],
                           'no_match': [example(*p, page_field=field) for p in ham]}
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, PACK), 'w', encoding='utf-8') as out:
            yaml.safe_dump(doc, out, allow_unicode=True, sort_keys=False, width=100000)
        cmd = [tapwatch, 'sig', 'test', tmp, '-v'] + (['--cache-dir', cache_dir] if cache_dir else [])
        run = subprocess.run(cmd, capture_output=True, text=True)
    text = run.stdout + run.stderr
    if 'examples:' not in text:
        raise RuntimeError(f'sig test did not run: {text[-2000:]}')
    hits = {'match': set(), 'no_match': set()}
    for kind, number in re.findall(r'signature \d+: (match|no_match) example #(\d+) alerted', text):
        hits[kind].add(int(number) - 1)
    return hits['match'], hits['no_match']


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--tapwatch', required=True)
    parser.add_argument('--signatures', default=os.path.join(HERE, '..', '..', '..', 'signatures'))
    parser.add_argument('--cache-dir')
    parser.add_argument('--min-recall', type=float, default=0.0)
    parser.add_argument('--max-false-alarms', type=int, default=-1)
    args = parser.parse_args()
    try:
        scam_files = probeFiles('scam') + [('page-' + n, p) for n, p in probeFiles('page-scam')]
        ham_files = probeFiles('ham') + [('page-' + n, p) for n, p in probeFiles('page-ham')]
        scam = [(*p, name.startswith('page-')) for name, pairs in scam_files for p in pairs]
        ham = [(*p, name.startswith('page-')) for name, pairs in ham_files for p in pairs]
        caught, false_alarms = alerted(args.tapwatch, args.signatures, scam, ham, args.cache_dir)
    except (OSError, ValueError, RuntimeError) as err:
        print(f'probes: {err}', file=sys.stderr)
        return 2
    print(f'{"file":24} {"probes":>6} {"alerted":>8}')
    start = 0
    for kind, files, hits in (('scam', scam_files, caught), ('ham', ham_files, false_alarms)):
        for name, pairs in files:
            n = sum(1 for i in range(start, start + len(pairs)) if i in hits)
            print(f'{kind + "-" + name:24} {len(pairs):6} {n:8}')
            for i in range(start, start + len(pairs)):
                if (i in hits) == (kind == 'ham'):
                    print(f'  {"false alarm" if kind == "ham" else "missed"}: {pairs[i - start][0]}')
            start += len(pairs)
        start = 0
    recall = len(caught) / len(scam) if scam else 0.0
    print(f'OVERALL scam probes caught {len(caught)}/{len(scam)} = {recall:.3f}; '
          f'ham probes alerted {len(false_alarms)}/{len(ham)}')
    failed = []
    if recall < args.min_recall:
        failed.append(f'recall {recall:.3f} < {args.min_recall}')
    if args.max_false_alarms >= 0 and len(false_alarms) > args.max_false_alarms:
        failed.append(f'false alarms {len(false_alarms)} > {args.max_false_alarms}')
    if failed:
        print('FAILED: ' + '; '.join(failed))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
