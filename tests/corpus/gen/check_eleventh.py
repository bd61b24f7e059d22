#!/usr/bin/env python3
"""Format check of the generated corpus' eleventh batch: the scams the list archives under-represent, in Russian and
the region's languages, and the look-alikes of the same worlds (no detection is run).

Fails (exit 1) when:
- the batch is below its size (350 scam, 1,800 look-alike items, half of each held out), Russian is under 20% or the
  region's languages (Uzbek Latin and Cyrillic, Kazakh, Kyrgyz, Tajik, Turkmen) under 30% of the scam items, a
  language, family, look-alike kind, shape, channel or disguise is missing or too rare;
- an id repeats (also against the earlier batches) or does not read `scam11-<family>-<lang>-NNN` /
  `ham11-<kind>-<lang>-NNNN`, a placeholder is left in a text, a (family or kind, language) cell's halves are
  unbalanced, a pool has fewer than two variants, a pool sentence (over 12 characters) sits in a language's pools
  under both an even and an odd index, or an undisguised item holds a pool line (over 25 characters) of the other
  half (its language's pools, scam and look-alike);
- a mail lacks its header (From, Message-ID, Received), a migrants' list post its list headers or footer, a post
  its format, a page or post carries mail headers;
- the batch differs from the one recorded here (ELEVENTH_SHA256): the blind held-out texts must not be edited after
  they are measured; regenerate the fingerprint with --print-hash only when the pools change on purpose, and say so
  in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half tools would hand it to whoever tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_eleventh.py [--tables | --print-hash | --earlier | --inject leak,unbalanced,duplicate,unfilled,headers,channel]
  --tables      the README's count tables (markdown)
  --earlier     pool lines (over 20 characters) that coincide word for word with an earlier batch's pool strings
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.eleventh_batch_check_can_fail)
"""
import collections
import functools
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_eighth  # noqa: E402
import check_fourth  # noqa: E402
import check_seventh  # noqa: E402
import check_tenth  # noqa: E402
import eighth_batch  # noqa: E402
import eleventh_batch  # noqa: E402
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import ham_eleventh  # noqa: E402
import ninth_batch  # noqa: E402
import scam_eleventh  # noqa: E402
import seventh_batch  # noqa: E402
import sixth_batch  # noqa: E402
import tenth_batch  # noqa: E402

# sha256 of the eleventh batch's items (json, sorted keys) as written by its blind author.
ELEVENTH_SHA256 = "1f331e93d1bea50125c2aa2fe34b62a3f7ce5717f75fbfc0bf71b1f71fabc2cf"
LANGS = eleventh_batch.LANGS
REGION = eleventh_batch.REGION
MIN_SCAM, MIN_HAM, MIN_RUSSIAN, MIN_REGION = 350, 1800, 0.20, 0.30
ID_RE = re.compile(r"(scam11-[a-z-]+-[a-z]{2,3}-\d{3}|ham11-[a-z-]+-[a-z]{2,3}-\d{4})")
PLACEHOLDER = check_seventh.PLACEHOLDER
SCAM_KEYS = ("shape", "channel", "obfuscation", "from_kind", "reply_to", "amount_style", "wallet_kind", "link_kind", "charset",
             "cte", "markup", "post_format")
HAM_KEYS = ("shape", "channel", "from_kind", "reply_to", "charset", "cte", "footer", "markup", "post_format", "list")
walk, atLeast, batchHash = check_seventh.walk, check_seventh.atLeast, check_fourth.batchHash


def tables(items):
    check_seventh.tables(items, ham_langs=LANGS, scam_keys=SCAM_KEYS, ham_keys=HAM_KEYS, scam_langs=LANGS)


def scamPools(lang):
    return [scam_eleventh.SCAM[lang], scam_eleventh.SHARED[lang]]


def hamPools(lang):
    return [ham_eleventh.HAM[lang], ham_eleventh.SHARED[lang]]


def shortPools():
    return check_eighth.shortLists([(f"scam.{lang}.{i}", pool) for lang in LANGS for i, pool in enumerate(scamPools(lang))]
                                   + [(f"ham.{lang}.{i}", pool) for lang in LANGS for i, pool in enumerate(hamPools(lang))])


@functools.lru_cache(maxsize=None)
def fragments(lang):
    """(line, half) of the literal pieces (between placeholders) of a language's pool sentences, scam and look-alike,
    longer than 25 characters, that sit in one half only."""
    out = []
    for pool in scamPools(lang) + hamPools(lang):
        for s, half in walk(pool):
            for frag in re.split(r"\{[a-z0-9]+\}", s):
                for line in frag.split("\n"):
                    if len(line.strip()) > 25:
                        out.append((line.strip(), half))
    halves = collections.defaultdict(set)
    for line, half in out:
        halves[line].add(half)
    return tuple(dict.fromkeys(x for x in out if len(halves[x[0]]) == 1))


def poolFragments(it):
    # A look-alike holds no scam line of the other half either (its quoted scam comes from its own half).
    return fragments(it["lang"])


def bothHalves(lang):
    """Pool sentences (over 12 characters) and their lines (over 25) under both parities of a language's pools."""
    halves = collections.defaultdict(set)
    for pool in scamPools(lang) + hamPools(lang):
        for s, half in walk(pool):
            if len(s) > 12:
                halves[s].add(half)
            for line in s.split("\n"):
                if len(line.strip()) > 25:
                    halves[line.strip()].add(half)
    return [f"pools of {lang}: a sentence is in both halves: {v[:60]!r}" for v, h in halves.items() if len(h) > 1]


def headerErrors(items):
    """A mail is a whole mail (From, Message-ID, Received); a migrants' post came through its list with the list's
    footer as labelled; posts and pages carry no mail header, posts a format."""
    errors = []
    lists = {x[0]: x for x in ham_eleventh.LISTS}
    for it in items:
        h = it.get("headers") or {}
        if it["channel"] != "mail":
            if h:
                errors.append(f"{it['id']}: a {it['channel']} item with mail headers")
            if it["channel"] == "post" and it.get("post_format") not in eleventh_batch.POST_FORMATS:
                errors.append(f"{it['id']}: a post without a post format")
            continue
        if not h.get("received") or not h.get("msgid") or not h.get("from"):
            errors.append(f"{it['id']}: not a whole mail (Received, From, Message-ID)")
            continue
        if it["family"] != "migrants":
            continue
        extra = dict(h.get("extra", []))
        missing = [k for k in check_seventh.LIST_HEADERS if k not in extra]
        if missing or it.get("list") not in lists:
            errors.append(f"{it['id']}: list headers missing: {missing or [it.get('list')]}")
            continue
        footer = eleventh_batch.footerOf(lists[it["list"]])
        shown = {"inline": footer is not None and it["body"].endswith(footer), "part": footer is not None and it.get("footer_part") == footer,
                 "none": footer is None and "footer_part" not in it}.get(it.get("footer"), False)
        if not shown:
            errors.append(f"{it['id']}: labelled footer {it.get('footer')!r} but the mail does not show the list's footer that way")
    return errors


def earlierCoincidences():
    """This batch's pool lines (over 20 characters) that an earlier batch's pool string holds word for word, or that
    hold a phrase of one over check_tenth.SHARED_PART characters."""
    mine = set()
    for lang in LANGS:
        for pool in scamPools(lang) + hamPools(lang):
            for s, _half in walk(pool):
                for piece in re.split(r"\{[a-z0-9]+\}|\n", s):
                    if len(piece.strip()) > 20:
                        mine.add(piece.strip())
    earlier = check_tenth.earlierPieces(skip="eleventh")
    joined = "\x00".join(earlier)
    found = sorted(m for m in mine if m in joined or any(e in m for e in earlier if len(e) > check_tenth.SHARED_PART))
    return len(mine), found


def inject(items, faults):
    """Break a copy of the batch on purpose (the check must be able to fail): a held-out item that holds a dev
    letter, a half dropped, a duplicate id, an unfilled placeholder, a mail without its Message-ID, a page that
    carries mail headers."""
    items = [dict(it) for it in items]
    if "leak" in faults:
        dev = next(it for it in items if it["split"] == "dev" and it["label"] == "scam" and it["lang"] == "ru"
                   and it["shape"] == "letter" and it["obfuscation"] == "none")
        held = next(it for it in items if it["split"] == "heldout" and it["label"] == "scam" and it["lang"] == "ru"
                    and it["obfuscation"] == "none")
        held["body"] += "\n" + dev["body"]
    if "unbalanced" in faults:
        drop = {it["id"] for it in items if it["family"] == "parcel" and it["lang"] == "kk" and it["split"] == "heldout"}
        items = [it for it in items if it["id"] not in drop]
    if "duplicate" in faults:
        items.append(dict(items[0]))
    if "unfilled" in faults:
        items[1]["body"] += " {card}"
    if "headers" in faults:
        it = next(it for it in items if it["label"] == "benign" and it["channel"] == "mail")
        it["headers"] = {k: v for k, v in it["headers"].items() if k != "msgid"}
    if "channel" in faults:
        it = next(it for it in items if it["channel"] == "page")
        it["headers"] = {"from": "x@example.org"}
    return items


def check(items, earlier_ids):
    errors = []
    C = collections.Counter
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    held = C(it["label"] for it in items if it["split"] == "heldout")
    if len(scam) < MIN_SCAM or len(ham) < MIN_HAM or held["scam"] < MIN_SCAM // 2 or held["benign"] < MIN_HAM // 2:
        errors.append(f"eleventh batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} look-alikes (>= {MIN_HAM}), "
                      f"held out {held['scam']} / {held['benign']}")
    langs = C(it["lang"] for it in scam)
    if langs["ru"] < MIN_RUSSIAN * len(scam):
        errors.append(f"Russian scam items {langs['ru']} of {len(scam)} (< {MIN_RUSSIAN:.0%})")
    if sum(langs[x] for x in REGION) < MIN_REGION * len(scam):
        errors.append(f"the region's languages: {sum(langs[x] for x in REGION)} of {len(scam)} scam items (< {MIN_REGION:.0%})")
    if any(it["batch"] != "eleventh" for it in items):
        errors.append("an item of the eleventh batch is not labelled batch: eleventh")
    ids = C(it["id"] for it in items)
    dup = [i for i, n in ids.items() if n > 1] + sorted(set(ids) & earlier_ids)
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    for it in items:
        if not ID_RE.fullmatch(it["id"]) or f"-{it['family']}-{it['lang']}-" not in it["id"]:
            errors.append(f"{it['id']}: id does not read scam11-<family>-<lang>-NNN / ham11-<kind>-<lang>-NNNN")
    errors += atLeast(langs, LANGS, 16, "scam language")
    errors += atLeast(C(it["lang"] for it in ham), LANGS, 90, "look-alike language")
    errors += atLeast(C(it["family"] for it in scam), {f for fams in eleventh_batch.SCAM_CELLS.values() for f in fams}, 8, "scam family")
    errors += atLeast(C(it["family"] for it in ham), set(eleventh_batch.HAM_KINDS), 100, "look-alike kind")
    cells = collections.defaultdict(C)
    for it in items:
        cells[(it["label"], it["family"], it["lang"])][it["split"]] += 1
    for cell, c in sorted(cells.items()):
        if abs(c["dev"] - c["heldout"]) > 1:
            errors.append(f"{cell}: halves unbalanced {dict(c)}")
    for it in items:
        text = "\n".join((it["subject"], it["body"], it.get("html", ""), it.get("footer_part", "")))
        if PLACEHOLDER.search(text):
            errors.append(f"{it['id']}: unfilled placeholder")
    errors += headerErrors(items)
    errors += atLeast(C(it["shape"] for it in scam), set(eleventh_batch.SCAM_SHAPES), 20, "scam shape")
    errors += atLeast(C(it["channel"] for it in scam), {"mail", "post", "page"}, 25, "scam channel")
    errors += atLeast(C(it["channel"] for it in ham), {"mail", "post", "page"}, 150, "look-alike channel")
    errors += atLeast(C(it["obfuscation"] for it in scam), set(eleventh_batch.DISGUISES), 8, "scam disguise")
    errors += atLeast(C(it["shape"] for it in ham if it["family"] == "warning"), set(eleventh_batch.WARN_FORMS), 20, "warning form")
    errors += atLeast(C(it["charset"] for it in items), {"utf-8", "windows-1251", "koi8-r", "iso-8859-9", "iso-8859-1"}, 20, "charset")
    errors += atLeast(C(it["cte"] for it in items if it["channel"] == "mail"), {"8bit", "quoted-printable", "base64"}, 150,
                      "mail transfer encoding")
    errors += atLeast(C(it["from_kind"] for it in scam), {"freemail", "unrelated-domain", "lookalike-domain"}, 20, "scam sender kind")
    errors += [f"pool with fewer than two variants: {name}" for name in shortPools()]
    for lang in LANGS:
        errors += bothHalves(lang)
    return errors + check_fourth.split_and_render_errors(items, poolFragments, "eleventh")


def main():
    items = eleventh_batch.generate(generate.SEED)
    if "--print-hash" in sys.argv:
        print(batchHash(items))
        return 0
    if "--tables" in sys.argv:
        tables(items)
        return 0
    if "--earlier" in sys.argv:
        total, found = earlierCoincidences()
        print(f"{len(found)} of {total} pool lines (over 20 characters) coincide with an earlier batch's pool strings:")
        for line in found:
            print(f"  {line}")
        return 0
    earlier = generate.generate()
    errors = []
    if any(it["batch"] == "eleventh" for it in earlier):
        errors.append("the eleventh batch is in generate.generate(): dev-half tools (margin.py) would see it")
    earlier_ids = {it["id"] for it in earlier}
    for batch in (fourth_batch, fifth_batch, sixth_batch, seventh_batch, eighth_batch, ninth_batch, tenth_batch):
        earlier_ids |= {it["id"] for it in batch.generate(generate.SEED)}
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != ELEVENTH_SHA256:
        errors.append(f"the eleventh batch changed (sha256 {batchHash(items)}, recorded {ELEVENTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, earlier_ids)
    return check_fourth.print_report("eleventh", items, errors, 80)


if __name__ == "__main__":
    sys.exit(main())
