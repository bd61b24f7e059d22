#!/usr/bin/env python3
"""Format check of the generated corpus' seventh batch, a mailing list archive (no detection is run).

Fails (exit 1) when:
- the batch is below its size (700 scam, 2,100 look-alike items, 350 / 1,050 of them held out), German
  is under a fifth of the scam items, a scam language (en de ru fr es tr uz uzc kk ky tg tk), a scam
  family, an advance-fee scenario, a look-alike kind in English, or a look-alike language (en de ru fr
  es) is missing;
- an item id repeats (also against the first six batches), a placeholder or a scenario tag is left in
  a text, a (family, language) cell's halves are unbalanced, a sentence sits in a language's pools
  under both an even and an odd index, or a plain item holds a sentence of the other half (its
  language's pools, and for a look-alike that pastes a scam the pasted language's scam pools too);
- an item is not a list-delivered mail: no Received chain of two or more hops, no Message-ID, no
  List-Id / List-Unsubscribe / List-Post / Precedence: list, a footer label that the body or the
  footer part does not show, a reply without In-Reply-To;
- a class the batch is meant to measure is missing or too rare: charsets (utf-8, iso-8859-1,
  iso-8859-15, windows-1251, koi8-r), transfer encodings (8bit, quoted-printable, base64), plain and
  multipart/alternative mails, footers inline and as a part, lists with and without a footer, scam
  shapes (letter, teaser, fake-reply, forwarded, caps), sums in words and no sum, sender kinds,
  Reply-To to a different free-mail box, From rewritten by the list, look-alike reply forms and
  spam-thread forms, held-for-moderation notices that quote a scam's subject;
- the batch differs from the one recorded here (SEVENTH_SHA256): the blind held-out texts must not be
  edited after they are measured; regenerate the fingerprint with --print-hash only when the pools
  change on purpose, and say so in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half tools would hand it to whoever
  tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_seventh.py [--tables | --print-hash | --inject leak,unbalanced,duplicate,unfilled,headers]
  --tables      the README's count tables (markdown)
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.seventh_batch_check_can_fail)
"""
import collections
import functools
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_fourth  # noqa: E402
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import ham_seventh  # noqa: E402
import scam_seventh  # noqa: E402
import seventh_batch  # noqa: E402
import sixth_batch  # noqa: E402

# sha256 of the seventh batch's items (json, sorted keys) as written by its blind author.
SEVENTH_SHA256 = "662f2fec4983d6f7641d3a4baa752c620d9dc93dd4d627f074be8d2be2db0b1d"
SCAM_LANGS = ["en", "de", "ru", "fr", "es", "tr", "uz", "uzc", "kk", "ky", "tg", "tk"]
HAM_LANGS = ["en", "de", "ru", "fr", "es"]
FAMILIES = {"advance-fee", "lottery", "loan", "crypto", "sextortion", "romance", "job", "fake-shop", "parcel", "tech-support"}
THEMES = {"inheritance", "widow-donation", "philanthropist", "diplomat", "compensation", "dormant-account", "business-proposal",
          "next-of-kin", "bank-insider", "over-invoicing", "oil-gold", "atm-card"}
MIN_SCAM, MIN_HAM, MIN_GERMAN = 700, 2100, 0.2
PLACEHOLDER = re.compile(r"\{[A-Za-z]+\}")
THEME_TAG = re.compile(r"\[([a-z]+(?:-[a-z0-9]+)*)\] ")
LIST_HEADERS = ("List-Id", "List-Unsubscribe", "List-Post", "Precedence")
batchHash = check_fourth.batchHash


SCAM_TABLE_KEYS = ("shape", "second_lang", "theme", "from_kind", "reply_to", "amount_style", "charset", "cte", "footer", "markup",
                   "munged", "list")
HAM_TABLE_KEYS = ("shape", "paste_lang", "from_kind", "reply_to", "charset", "cte", "footer", "markup", "munged", "in_reply_to", "list")


def tables(items, ham_langs=HAM_LANGS, scam_keys=SCAM_TABLE_KEYS, ham_keys=HAM_TABLE_KEYS, scam_langs=SCAM_LANGS):
    """The README's count tables (family or kind by language), then the counts of each class key; later batches
    pass their own languages and keys."""
    for label, head, langs in (("scam", "family", scam_langs), ("benign", "kind", ham_langs)):
        rows = [it for it in items if it["label"] == label]
        print(f"| {head} | " + " | ".join(langs) + " | all |")
        print("|---|" + "---:|" * (len(langs) + 1))
        for group in sorted({it["family"] for it in rows}):
            c = collections.Counter(it["lang"] for it in rows if it["family"] == group)
            print(f"| {group} | " + " | ".join(str(c[g]) if c[g] else "" for g in langs) + f" | {sum(c.values())} |")
        c = collections.Counter(it["lang"] for it in rows)
        print("| all | " + " | ".join(str(c[g]) for g in langs) + f" | {len(rows)} |\n")
        print(f"{label}: per half {dict(collections.Counter(it['split'] for it in rows))}\n")
    for label, keys in (("scam", scam_keys), ("benign", ham_keys)):
        rows = [it for it in items if it["label"] == label]
        for key in keys:
            print(f"{label} {key}", dict(collections.Counter(str(it.get(key)) for it in rows).most_common()))


def walk(obj, parity=None):
    """(string, half) of every pool sentence: a list at the top of a slot gives its variants' halves by index;
    strings inside a variant (a topic's answers, a patch's diff) take the variant's half."""
    if isinstance(obj, str):
        if parity is not None:
            yield obj, parity
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, i % 2 if parity is None else parity)
    elif isinstance(obj, tuple):
        for v in obj:
            yield from walk(v, parity)
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from walk(v, parity)


def scamPools(lang):
    """Every scam pool of a language with its shared pools (greetings, sign-offs, sums, cover lines, senders)."""
    src = "uz" if lang == "uzc" else lang
    pools = [seventh_batch.scamTable()[lang]]
    for shared in (scam_seventh.GREET, scam_seventh.SIGN, scam_seventh.WORDS, scam_seventh.RESEND, scam_seventh.SUM_LINE):
        if src in shared:
            pools.append(seventh_batch.perLang(shared, lang))
    for fams in scam_seventh.SENDERS.values():
        if src in fams:
            pools.append(fams[src])
    return pools


def hamPools(lang):
    return [ham_seventh.HAM[lang], ham_seventh.SPAM_SUBJ[lang]]


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
        # A thread-hijack scam quotes a list post of its half (paste_lang: the quoted post's language).
        return (fragments("scam", it["lang"]) + (fragments("ham", it["paste_lang"]) if it.get("paste_lang", "-") != "-" else ())
                + (fragments("scam", it["second_lang"]) if it.get("second_lang", "-") != "-" else ()))
    out = fragments("ham", it["lang"])
    if it.get("paste_lang", "-") != "-":
        out += fragments("scam", it["paste_lang"])
    if it["family"] == "list-admin":
        out += fragments("scam", it["lang"] if it["lang"] in seventh_batch.scamTable() else "en") + fragments("scam", "en")
    return out


def headerErrors(items):
    errors = []
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
        footer = seventh_batch.footerOf(next(x for x in ham_seventh.LISTS if x[0] == it["list"]))
        shown = {"inline": footer is not None and it["body"].endswith(footer), "part": it.get("footer_part") == footer and footer is not None,
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
        dev = next(it for it in items if it["split"] == "dev" and it["label"] == "benign" and it["family"] == "list-reply")
        held = next(it for it in items if it["split"] == "heldout" and it["label"] == "benign" and it["family"] == dev["family"]
                    and it["lang"] == dev["lang"])
        held["body"] += "\n" + dev["body"]
    if "unbalanced" in faults:
        drop = {it["id"] for it in items if it["label"] == "scam" and it["family"] == "loan" and it["lang"] == "de"
                and it["split"] == "heldout"}
        items = [it for it in items if it["id"] not in drop]
    if "duplicate" in faults:
        items.append(dict(items[0]))
    if "unfilled" in faults:
        items[1]["body"] += " {EMAIL}"
    if "headers" in faults:
        it = next(it for it in items if it["label"] == "scam")
        it["headers"] = dict(it["headers"])
        it["headers"]["extra"] = [(k, v) for k, v in it["headers"]["extra"] if k != "List-Id"]
    return items


def atLeast(counter, values, least, what):
    return [f"{what} {v!r}: {counter[v]} items (< {least})" for v in sorted(values) if counter[v] < least]


def check(items, earlier_ids):
    errors = []
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    held = collections.Counter(it["label"] for it in items if it["split"] == "heldout")
    if len(scam) < MIN_SCAM or len(ham) < MIN_HAM or held["scam"] < MIN_SCAM // 2 or held["benign"] < MIN_HAM // 2:
        errors.append(f"seventh batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} look-alikes (>= {MIN_HAM}), "
                      f"held out {held['scam']} / {held['benign']}")
    german = sum(1 for it in scam if it["lang"] == "de")
    if german < MIN_GERMAN * len(scam):
        errors.append(f"German scam items {german} of {len(scam)} (< {MIN_GERMAN:.0%})")
    if any(it["batch"] != "seventh" for it in items):
        errors.append("an item of the seventh batch is not labelled batch: seventh")
    ids = collections.Counter(it["id"] for it in items)
    dup = [i for i, n in ids.items() if n > 1] + sorted(set(ids) & earlier_ids)
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    C = collections.Counter
    errors += atLeast(C(it["lang"] for it in scam), SCAM_LANGS, 16, "scam language")
    errors += atLeast(C(it["lang"] for it in ham), HAM_LANGS, 100, "look-alike language")
    errors += atLeast(C(it["family"] for it in scam), FAMILIES, 10, "scam family")
    errors += atLeast(C(it["theme"] for it in scam if it["family"] == "advance-fee"), THEMES, 10, "advance-fee scenario")
    errors += atLeast(C(it["family"] for it in ham if it["lang"] == "en"), set(seventh_batch.HAM_KINDS), 40, "English look-alike kind")
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
    errors += atLeast(C(it["shape"] for it in scam), set(seventh_batch.SCAM_SHAPES), 30, "scam shape")
    errors += atLeast(C(it["amount_style"] for it in scam), {"none", "words"}, 80, "scam sum")
    errors += atLeast(C(it["from_kind"] for it in scam), {"freemail", "unrelated-domain", "hijacked-subscriber"}, 50, "scam sender kind")
    errors += atLeast(C(it["reply_to"] for it in scam), {"freemail-differs", "none", "list"}, 50, "scam Reply-To")
    errors += atLeast(C(it["munged"] for it in items), {True, False}, 100, "From rewritten by the list")
    errors += atLeast(C(it["shape"] for it in ham), set(seventh_batch.REPLY_FORMS) | set(seventh_batch.SPAM_FORMS) |
                      {"admin-held-scam-subject", "digest-with-spam", "patch-review"}, 25, "look-alike form")
    errors += atLeast(C(it["paste_lang"] for it in ham), {"en", "de", "ru", "fr", "es"}, 20, "look-alike pasted scam language")
    errors += atLeast(C(it["reply_to"] for it in ham), {"freemail-differs", "list", "author"}, 10, "look-alike Reply-To")
    # A sentence in a language's pools under both an even and an odd index would reach both halves.
    for lang in SCAM_LANGS:
        halves = collections.defaultdict(set)
        for pool in scamPools(lang) + (hamPools(lang) if lang in HAM_LANGS else []):
            for s, half in walk(pool):
                halves[fifth_batch.stripTheme(s)].add(half)
        errors += [f"pools of {lang}: a sentence is in both halves: {v[:60]!r}" for v, h in halves.items() if len(h) > 1 and len(v) > 12]
    return errors + check_fourth.split_and_render_errors(items, poolFragments, "seventh")


def main():
    items = seventh_batch.generate(generate.SEED)
    if "--print-hash" in sys.argv:
        print(batchHash(items))
        return 0
    if "--tables" in sys.argv:
        tables(items)
        return 0
    earlier = generate.generate()
    errors = []
    if any(it["batch"] == "seventh" for it in earlier):
        errors.append("the seventh batch is in generate.generate(): dev-half tools (margin.py) would see it")
    earlier_ids = ({it["id"] for it in earlier} | {it["id"] for it in fourth_batch.generate(generate.SEED)}
                   | {it["id"] for it in fifth_batch.generate(generate.SEED)} | {it["id"] for it in sixth_batch.generate(generate.SEED)})
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != SEVENTH_SHA256:
        errors.append(f"the seventh batch changed (sha256 {batchHash(items)}, recorded {SEVENTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, earlier_ids)
    return check_fourth.print_report("seventh", items, errors, 80)


if __name__ == "__main__":
    sys.exit(main())
