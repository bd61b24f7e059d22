#!/usr/bin/env python3
"""Format check of the generated corpus' eighth batch, the archives of user-help, community and
non-English lists (no detection is run).

Fails (exit 1) when:
- the batch is below its size (600 scam, 2,000 look-alike items, 300 / 1,000 of them held out), German
  is under 30% or English outside 40-50% of the scam items, advance-fee / lottery / loan under 70%, a
  scam language (en de ru fr es tr uz uzc kk ky tg tk), a scam family, an advance-fee scenario, a
  look-alike kind, a look-alike language (en de ru fr es) or one of the lists is missing;
- an item id repeats (also against the first seven batches), a placeholder or a scenario tag is left in
  a text, a (family, language) cell's halves are unbalanced, a pool has fewer than two variants (the
  half without one would borrow the other half's), a sentence sits in a language's pools under both an
  even and an odd index, or an item holds a sentence of the other half (its language's pools, and the
  pasted or quoted language's pools too);
- an item is not a list-delivered mail: no Received chain of two or more hops, no Message-ID, no
  List-Id / List-Unsubscribe / List-Post / Precedence: list, a footer label that the body or the
  footer part does not show, a reply without In-Reply-To;
- a class the batch is meant to measure is missing or too rare: charsets (utf-8, iso-8859-1,
  iso-8859-15, windows-1251, koi8-r), transfer encodings, plain and multipart/alternative mails,
  HTML-only scams, footers inline and as a part, lists with and without a footer, scam shapes, sums in
  words and no sum, sender kinds, Reply-To to a different free-mail box, From rewritten by the list,
  look-alike reply and spam-warning forms, look-alikes that carry an IBAN, pasted scams per language;
- the batch differs from the one recorded here (EIGHTH_SHA256): the blind held-out texts must not be
  edited after they are measured; regenerate the fingerprint with --print-hash only when the pools
  change on purpose, and say so in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half tools would hand it to whoever
  tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_eighth.py [--tables | --print-hash | --inject leak,unbalanced,duplicate,unfilled,headers,footer]
  --tables      the README's count tables (markdown)
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.eighth_batch_check_can_fail)
"""
import collections
import functools
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_fourth  # noqa: E402
import check_seventh  # noqa: E402
import eighth_batch  # noqa: E402
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import ham_eighth  # noqa: E402
import scam_eighth  # noqa: E402
import seventh_batch  # noqa: E402
import sixth_batch  # noqa: E402

# sha256 of the eighth batch's items (json, sorted keys) as written by its blind author.
EIGHTH_SHA256 = "c893714eb154c8dcee00b8ead3d8c168d82a331912333bf1065e827014c5c529"
# The same languages, families and advance-fee scenarios as the seventh batch.
SCAM_LANGS, HAM_LANGS = check_seventh.SCAM_LANGS, check_seventh.HAM_LANGS
FAMILIES, THEMES = check_seventh.FAMILIES, check_seventh.THEMES
MIN_SCAM, MIN_HAM, MIN_GERMAN, ENGLISH, MIN_ADVANCE = 600, 2000, 0.3, (0.4, 0.5), 0.7
PLACEHOLDER = check_seventh.PLACEHOLDER
THEME_TAG = check_seventh.THEME_TAG
LIST_HEADERS = check_seventh.LIST_HEADERS
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}")
walk, atLeast, batchHash = check_seventh.walk, check_seventh.atLeast, check_fourth.batchHash


SCAM_KEYS = ("shape", "second_lang", "paste_lang", "theme", "from_kind", "reply_to", "amount_style", "charset", "cte", "footer", "markup",
             "munged", "list")


def tables(items, ham_langs=HAM_LANGS, scam_keys=SCAM_KEYS, ham_keys=check_seventh.HAM_TABLE_KEYS):
    """The seventh's tables with the eighth's keys (the ninth batch passes its own languages and keys)."""
    check_seventh.tables(items, ham_langs=ham_langs, scam_keys=scam_keys, ham_keys=ham_keys)


def scamPools(lang):
    """Every scam pool of a language with its shared pools (greetings, sign-offs, sums, cover lines, senders)."""
    src = "uz" if lang == "uzc" else lang
    pools = [eighth_batch.scamTable()[lang]]
    for shared in (scam_eighth.GREET, scam_eighth.SIGN, scam_eighth.WORDS, scam_eighth.RESEND, scam_eighth.SUM_LINE):
        if src in shared:
            pools.append(eighth_batch.perLang(shared, lang))
    for fams in scam_eighth.SENDERS.values():
        if src in fams:
            pools.append(fams[src])
    return pools


def hamPools(lang):
    return [{k: v for k, v in ham_eighth.HAM[lang].items() if k not in ("admin", "admin_subj")}]


def shortLists(named_pools):
    """Names of the variant lists with fewer than two entries in (name, pool) pairs: pick() would hand the half
    without a variant the other's (the ninth batch uses it too)."""
    out = []

    def visit(name, obj):
        if isinstance(obj, list):
            if len(obj) < 2:
                out.append(name)
        elif isinstance(obj, dict):
            for k, v in obj.items():
                visit(f"{name}.{k}", v)
    for name, pool in named_pools:
        visit(name, pool)
    return out


def shortPools():
    return shortLists([(f"scam.{lang}.{i}", pool) for lang in SCAM_LANGS for i, pool in enumerate(scamPools(lang))]
                      + [(f"ham.{lang}", hamPools(lang)[0]) for lang in HAM_LANGS] + [("people", ham_eighth.PEOPLE)])


@functools.lru_cache(maxsize=None)
def fragments(kind, lang):
    """(line, half) of the literal pieces (between placeholders) of a language's pool sentences, longer than 25
    characters."""
    pools = scamPools(lang) if kind == "scam" else hamPools(lang)
    out = []
    for pool in pools:
        for s, half in walk(pool):
            for frag in re.split(r"\{[a-z]+\}", fifth_batch.stripTheme(s)):
                for line in frag.split("\n"):
                    if len(line.strip()) > 25:
                        out.append((line.strip(), half))
    return tuple(dict.fromkeys(out))


def poolFragments(it):
    if it["label"] == "scam":
        # A thread-hijack scam quotes a help thread of its half (paste_lang: the quoted post's language).
        return (fragments("scam", it["lang"]) + (fragments("ham", it["paste_lang"]) if it.get("paste_lang", "-") != "-" else ())
                + (fragments("scam", it["second_lang"]) if it.get("second_lang", "-") != "-" else ()))
    out = fragments("ham", it["lang"])
    if it.get("paste_lang", "-") != "-":
        out += fragments("scam", it["paste_lang"])
    if it["family"] == "list-admin":
        out += fragments("scam", it["lang"] if it["lang"] in eighth_batch.scamTable() else "en")
    return out


def headerErrors(items, all_lists=None, footer_of=None):
    """List delivery of every item (the ninth batch passes its own lists and footers; its attachments carry the
    footer after their cover line, `footer: cover`)."""
    errors = []
    lists = {x[0]: x for x in (all_lists or ham_eighth.LISTS)}
    footer_of = footer_of or eighth_batch.footerOf
    for it in items:
        h = it.get("headers") or {}
        extra = dict(h.get("extra", []))
        if it.get("channel") != "mail" or len(h.get("received", [])) < 2 or not h.get("msgid") or not h.get("from"):
            errors.append(f"{it['id']}: not a whole mail (channel, Received chain of two hops or more, From, Message-ID)")
            continue
        missing = [k for k in LIST_HEADERS if k not in extra]
        if missing or extra.get("Precedence") != "list":
            errors.append(f"{it['id']}: list headers missing: {missing or ['Precedence: list']}")
        if it["in_reply_to"] != ("In-Reply-To" in extra):
            errors.append(f"{it['id']}: In-Reply-To header does not match in_reply_to {it['in_reply_to']}")
        if it.get("list") not in lists:
            errors.append(f"{it['id']}: delivered through an unknown list {it.get('list')!r}")
            continue
        footer = footer_of(lists[it["list"]])
        shown = {"inline": footer is not None and it["body"].endswith(footer), "part": it.get("footer_part") == footer and footer is not None,
                 "cover": footer is not None and it.get("attach") and it.get("cover", "").endswith(footer),
                 "none": "footer_part" not in it and (footer is None or not it["body"].endswith(footer))}.get(it.get("footer"), False)
        if not shown:
            errors.append(f"{it['id']}: labelled footer {it.get('footer')!r} but the mail does not show the list's footer that way")
        if it["reply_to"] in ("freemail-differs", "list+freemail") and (not h.get("reply_to") or h["reply_to"] == h["from"]):
            errors.append(f"{it['id']}: labelled {it['reply_to']} but has no Reply-To other than From")
    return errors


def inject(items, faults):
    """Break a copy of the batch on purpose (the check must be able to fail)."""
    items = [dict(it) for it in items]
    if "leak" in faults:
        dev = next(it for it in items if it["split"] == "dev" and it["label"] == "benign" and it["family"] == "help-question"
                   and it["lang"] == "de")
        held = next(it for it in items if it["split"] == "heldout" and it["label"] == "benign" and it["family"] == "help-reply"
                    and it["lang"] == "de")
        held["body"] += "\n" + dev["body"]
    if "unbalanced" in faults:
        drop = {it["id"] for it in items if it["label"] == "scam" and it["family"] == "lottery" and it["lang"] == "de"
                and it["split"] == "heldout"}
        items = [it for it in items if it["id"] not in drop]
    if "duplicate" in faults:
        items.append(dict(items[0]))
    if "unfilled" in faults:
        items[1]["body"] += " {IBAN}"
    if "headers" in faults:
        it = next(it for it in items if it["label"] == "benign")
        it["headers"] = dict(it["headers"])
        it["headers"]["extra"] = [(k, v) for k, v in it["headers"]["extra"] if k != "List-Post"]
    if "footer" in faults:
        it = next(it for it in items if it["label"] == "scam" and it["footer"] == "inline")
        it["body"] = it["body"][:-10]
    return items


def check(items, earlier_ids):
    errors = []
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    held = collections.Counter(it["label"] for it in items if it["split"] == "heldout")
    if len(scam) < MIN_SCAM or len(ham) < MIN_HAM or held["scam"] < MIN_SCAM // 2 or held["benign"] < MIN_HAM // 2:
        errors.append(f"eighth batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} look-alikes (>= {MIN_HAM}), "
                      f"held out {held['scam']} / {held['benign']}")
    C = collections.Counter
    langs = C(it["lang"] for it in scam)
    if langs["de"] < MIN_GERMAN * len(scam):
        errors.append(f"German scam items {langs['de']} of {len(scam)} (< {MIN_GERMAN:.0%})")
    if not ENGLISH[0] * len(scam) <= langs["en"] <= ENGLISH[1] * len(scam):
        errors.append(f"English scam items {langs['en']} of {len(scam)} (outside {ENGLISH[0]:.0%}-{ENGLISH[1]:.0%})")
    fams = C(it["family"] for it in scam)
    if fams["advance-fee"] + fams["lottery"] + fams["loan"] < MIN_ADVANCE * len(scam):
        errors.append(f"advance-fee, lottery and loan: {fams['advance-fee'] + fams['lottery'] + fams['loan']} of {len(scam)} (< {MIN_ADVANCE:.0%})")
    if any(it["batch"] != "eighth" for it in items):
        errors.append("an item of the eighth batch is not labelled batch: eighth")
    ids = C(it["id"] for it in items)
    dup = [i for i, n in ids.items() if n > 1] + sorted(set(ids) & earlier_ids)
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    errors += atLeast(langs, SCAM_LANGS, 6, "scam language")
    errors += atLeast(C(it["lang"] for it in ham), HAM_LANGS, 150, "look-alike language")
    errors += atLeast(fams, FAMILIES, 6, "scam family")
    errors += atLeast(C(it["theme"] for it in scam if it["family"] == "advance-fee"), THEMES, 6, "advance-fee scenario")
    errors += atLeast(C(it["family"] for it in ham), set(eighth_batch.HAM_KINDS), 20, "look-alike kind")
    errors += atLeast(C(it["list"] for it in items), {x[0] for x in ham_eighth.LISTS}, 20, "list")
    cells = collections.defaultdict(collections.Counter)
    for it in items:
        cells[(it["label"], it["family"], it["lang"])][it["split"]] += 1
    for cell, c in sorted(cells.items()):
        if abs(c["dev"] - c["heldout"]) > 1:
            errors.append(f"{cell}: halves unbalanced {dict(c)}")
    for it in items:
        text = it["subject"] + "\n" + it["body"] + "\n" + it.get("footer_part", "")
        if PLACEHOLDER.search(text):
            errors.append(f"{it['id']}: unfilled placeholder")
        if any(m.group(1) in THEMES for m in THEME_TAG.finditer(text)):
            errors.append(f"{it['id']}: a scenario tag is left in the text")
    errors += headerErrors(items)
    errors += atLeast(C(it["charset"] for it in items), {"utf-8", "iso-8859-1", "iso-8859-15", "windows-1251", "koi8-r"}, 40, "charset")
    errors += atLeast(C(it["charset"] for it in scam if it["lang"] == "de"), {"iso-8859-1", "iso-8859-15"}, 15, "German scam charset")
    errors += atLeast(C(it["cte"] for it in items), {"8bit", "quoted-printable", "base64"}, 150, "transfer encoding")
    errors += atLeast(C(it["footer"] for it in items), {"inline", "part", "none"}, 100, "footer")
    errors += atLeast(C("alternative" if it["html_alt"] else "plain" for it in items), {"alternative", "plain"}, 300, "MIME structure")
    errors += atLeast(C(it["markup"] for it in scam), {"html-only", "html", "none"}, 40, "scam markup")
    errors += atLeast(C(it["shape"] for it in scam), set(eighth_batch.SCAM_SHAPES), 20, "scam shape")
    errors += atLeast(C(it["amount_style"] for it in scam), {"none", "words"}, 60, "scam sum")
    errors += atLeast(C(it["from_kind"] for it in scam), {"freemail", "unrelated-domain", "hijacked-subscriber"}, 50, "scam sender kind")
    errors += atLeast(C(it["reply_to"] for it in scam), {"freemail-differs", "none", "list"}, 40, "scam Reply-To")
    errors += atLeast(C(it["munged"] for it in items), {True, False}, 100, "From rewritten by the list")
    errors += atLeast(C(it["shape"] for it in ham), set(eighth_batch.REPLY_FORMS) | set(eighth_batch.SPAM_FORMS) |
                      {"question", "admin-held-scam-subject", "digest-with-spam", "forward", "charity-reply"}, 10, "look-alike form")
    errors += atLeast(C(it["paste_lang"] for it in ham), {"en", "de", "ru", "fr", "es"}, 20, "look-alike pasted scam language")
    errors += atLeast(C(it["reply_to"] for it in ham), {"freemail-differs", "list", "author"}, 10, "look-alike Reply-To")
    errors += atLeast(C(it["lang"] for it in ham if IBAN_RE.search(it["body"])), {"de", "en", "fr", "es"}, 5, "look-alikes with an IBAN")
    errors += [f"pool with fewer than two variants: {name}" for name in shortPools()]
    # A sentence in a language's pools under both an even and an odd index would reach both halves.
    for lang in SCAM_LANGS:
        halves = collections.defaultdict(set)
        for pool in scamPools(lang) + (hamPools(lang) if lang in HAM_LANGS else []):
            for s, half in walk(pool):
                halves[fifth_batch.stripTheme(s)].add(half)
        errors += [f"pools of {lang}: a sentence is in both halves: {v[:60]!r}" for v, h in halves.items() if len(h) > 1 and len(v) > 12]
    return errors + check_fourth.split_and_render_errors(items, poolFragments, "eighth")


def main():
    items = eighth_batch.generate(generate.SEED)
    if "--print-hash" in sys.argv:
        print(batchHash(items))
        return 0
    if "--tables" in sys.argv:
        tables(items)
        return 0
    earlier = generate.generate()
    errors = []
    if any(it["batch"] == "eighth" for it in earlier):
        errors.append("the eighth batch is in generate.generate(): dev-half tools (margin.py) would see it")
    earlier_ids = ({it["id"] for it in earlier} | {it["id"] for it in fourth_batch.generate(generate.SEED)}
                   | {it["id"] for it in fifth_batch.generate(generate.SEED)} | {it["id"] for it in sixth_batch.generate(generate.SEED)}
                   | {it["id"] for it in seventh_batch.generate(generate.SEED)})
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != EIGHTH_SHA256:
        errors.append(f"the eighth batch changed (sha256 {batchHash(items)}, recorded {EIGHTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, earlier_ids)
    return check_fourth.print_report("eighth", items, errors, 80)


if __name__ == "__main__":
    sys.exit(main())
