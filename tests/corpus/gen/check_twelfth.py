#!/usr/bin/env python3
"""Format check of the generated corpus' twelfth batch: a 2020s spam folder in French, Spanish, German, English,
Russian, Turkish and the region's languages, blackmail in all its variants, and the look-alikes of the same worlds
(no detection is run).

Fails (exit 1) when:
- the batch is below its size (400 scam, 2,000 look-alike items, half of each held out), French or Spanish is under
  15%, the region's languages (Uzbek Latin and Cyrillic, Kazakh, Kyrgyz, Tajik, Turkmen) under 20% or the blackmail
  families under 25% of the scam items, a language, family, blackmail scenario, look-alike kind, shape, channel,
  disguise, attachment kind or keyboard is missing or too rare;
- an id repeats (also against the earlier batches) or does not read `scam12-<family>-<lang>-NNN` /
  `ham12-<kind>-<lang>-NNNN`, a placeholder is left in a text, a (family or kind, language) cell's halves are
  unbalanced, a pool has fewer than two variants, a pool sentence (over 12 characters) sits in a language's pools
  under both an even and an odd index, or an undisguised item holds a pool line (over 25 characters) of the other
  half: compared as typed (check_fourth) and folded (Russian letters for the region's own, no apostrophes), so an
  item typed on a Russian keyboard or without Uzbek apostrophes is checked too;
- an item's keyboard label lies (a "plain-russian" text that holds a Kazakh, Kyrgyz, Tajik or Uzbek letter, an Uzbek
  text that holds another apostrophe form than its label's);
- a mail lacks its header (From, Message-ID, Received), an attachment its file name or cover line, a post its
  format, a page or post carries mail headers;
- the batch differs from the one recorded here (TWELFTH_SHA256): the blind held-out texts must not be edited after
  they are measured; regenerate the fingerprint with --print-hash only when the pools change on purpose, and say so
  in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half tools would hand it to whoever tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_twelfth.py [--tables | --print-hash | --earlier |
                         --inject leak,typed-leak,unbalanced,duplicate,unfilled,headers,channel,keyboard]
  --tables      the README's count tables (markdown)
  --earlier     pool lines (over 20 characters) that coincide word for word with an earlier batch's pool strings
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.twelfth_batch_check_can_fail)
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
import ham_twelfth  # noqa: E402
import ninth_batch  # noqa: E402
import scam_twelfth  # noqa: E402
import seventh_batch  # noqa: E402
import sixth_batch  # noqa: E402
import tenth_batch  # noqa: E402
import twelfth_batch  # noqa: E402

# sha256 of the twelfth batch's items (json, sorted keys) as written by its blind author.
TWELFTH_SHA256 = "7a4026d957a4e106b78f37ff9386c9a1ff4622b653e5e8f5187a2ae26b17cbbf"
LANGS = twelfth_batch.LANGS
REGION = twelfth_batch.REGION
MIN_SCAM, MIN_HAM = 400, 2000
MIN_SHARE = {"fr": 0.15, "es": 0.15}
MIN_REGION, MIN_BLACKMAIL = 0.20, 0.25
BLACKMAIL_THEMES = {"leaked-password", "leaked-phone", "hacked-device", "hacked-router", "hacked-account", "police-summons",
                    "hitman", "bomb", "publish-data", "ruin-business"}
ID_RE = re.compile(r"(scam12-[a-z-]+-[a-z]{2,3}-\d{3}|ham12-[a-z-]+-[a-z]{2,3}-\d{4})")
PLACEHOLDER = check_seventh.PLACEHOLDER
SCAM_KEYS = ("shape", "theme", "channel", "obfuscation", "keyboard", "attach_kind", "from_kind", "reply_to", "amount_style",
             "wallet_kind", "link_kind", "charset", "cte", "markup", "post_format")
HAM_KEYS = ("shape", "channel", "keyboard", "from_kind", "reply_to", "charset", "cte", "markup", "post_format")
walk, atLeast, batchHash = check_seventh.walk, check_seventh.atLeast, check_fourth.batchHash
REGION_LETTERS = re.compile("[" + "".join(chr(k) for k in scam_twelfth.PLAIN_CYR) + "іІ]")
APOSTROPHES = re.compile("(?<=[A-Za-z])[" + "".join(m for m in scam_twelfth.UZ_APOSTROPHES if m) + "](?=[A-Za-z])")


def tables(items):
    check_seventh.tables(items, ham_langs=LANGS, scam_keys=SCAM_KEYS, ham_keys=HAM_KEYS, scam_langs=LANGS)


def scamPools(lang):
    shared = {k: getattr(scam_twelfth, k)[lang] for k in ("CONTACT", "COVER")}
    return [scam_twelfth.SCAM[lang], shared]


def hamPools(lang):
    return [ham_twelfth.HAM[lang], ham_twelfth.SHARED[lang]]


def shortPools():
    return check_eighth.shortLists([(f"scam.{lang}.{i}", pool) for lang in LANGS for i, pool in enumerate(scamPools(lang))]
                                   + [(f"ham.{lang}.{i}", pool) for lang in LANGS for i, pool in enumerate(hamPools(lang))])


def fold(text):
    """The text as the plainest keyboard types it: the region's own letters as Russian ones, no apostrophes."""
    text = text.translate(scam_twelfth.PLAIN_CYR).replace("і", "и").replace("І", "И")
    return re.sub("['‘’ʻʼ`]", "", text)


def poolLines(lang):
    """(line, half) of the literal pieces (between placeholders, without a theme tag) of a language's pool sentences,
    scam and look-alike."""
    for pool in scamPools(lang) + hamPools(lang):
        for s, half in walk(pool):
            for frag in re.split(r"\{[a-z0-9]+\}", scam_twelfth.untag(s, "")[1]):
                for line in frag.split("\n"):
                    yield line.strip(), half


@functools.lru_cache(maxsize=None)
def fragments(lang, folded=False):
    """(line, half) of the pool lines over 25 characters that sit in one half only (folded on request)."""
    out = [(fold(line) if folded else line, half) for line, half in poolLines(lang) if len(line) > 25]
    halves = collections.defaultdict(set)
    for line, half in out:
        halves[line].add(half)
    return tuple(dict.fromkeys(x for x in out if len(halves[x[0]]) == 1))


def poolFragments(it):
    # A look-alike holds no scam line of the other half either (its quoted lure comes from its own half).
    return fragments(it["lang"])


def foldedLeaks(items):
    """The split compared on folded text: a keyboard's typing does not hide a line of the other half."""
    errors = []
    for it in items:
        if it["obfuscation"] != "none":
            continue
        half = 1 if it["split"] == "heldout" else 0
        text = fold(it["subject"] + "\n" + it["body"])
        for line, h in fragments(it["lang"], folded=True):
            if h != half and line in text:
                errors.append(f"{it['id']} ({it['split']}) holds a line of the other half as typed: {line[:60]!r}")
                break
    return errors


def bothHalves(lang):
    """Pool sentences (over 12 characters) and lines (over 25) under both parities of a language's pools."""
    halves = collections.defaultdict(set)
    for pool in scamPools(lang) + hamPools(lang):
        for s, half in walk(pool):
            s = scam_twelfth.untag(s, "")[1]
            if len(s) > 12:
                halves[s].add(half)
            for line in s.split("\n"):
                if len(line.strip()) > 25:
                    halves[line.strip()].add(half)
    return [f"pools of {lang}: a sentence is in both halves: {v[:60]!r}" for v, h in halves.items() if len(h) > 1]


def keyboardErrors(items):
    errors = []
    for it in items:
        text = it["subject"] + "\n" + it["body"]
        kb = it["keyboard"]
        if kb == "plain-russian" and REGION_LETTERS.search(text):
            errors.append(f"{it['id']}: labelled plain-russian but holds {REGION_LETTERS.search(text).group()!r}")
        elif it["lang"] == "uz" and kb != "standard":
            want = "" if kb == "no-apostrophe" else chr(int(kb.split("U+")[1], 16))
            other = {m for m in APOSTROPHES.findall(text) if m != want}
            if other:
                errors.append(f"{it['id']}: labelled {kb} but types {sorted(other)}")
        elif kb != "standard" and it["lang"] not in scam_twelfth.PLAIN_CYR_LANGS + ("uz",):
            errors.append(f"{it['id']}: a keyboard label {kb!r} in {it['lang']}")
    return errors


def headerErrors(items):
    """A mail is a whole mail (From, Message-ID, Received), an attachment has its file and cover line; posts and pages
    carry no mail header, posts a format."""
    errors = []
    for it in items:
        h = it.get("headers") or {}
        if it["channel"] != "mail":
            if h:
                errors.append(f"{it['id']}: a {it['channel']} item with mail headers")
            if it["channel"] == "post" and it.get("post_format") not in twelfth_batch.POST_FORMATS + ["upload"]:
                errors.append(f"{it['id']}: a post without a post format")
            continue
        if not h.get("received") or not h.get("msgid") or not h.get("from"):
            errors.append(f"{it['id']}: not a whole mail (Received, From, Message-ID)")
        if it.get("attach") and not (it.get("attach_name", "").endswith(".txt") and it.get("cover")):
            errors.append(f"{it['id']}: an attachment without its .txt name or cover line")
    return errors


def earlierCoincidences():
    """This batch's pool lines (over 20 characters) that an earlier batch's pool string holds word for word, or that
    hold a phrase of one over check_tenth.SHARED_PART characters."""
    mine = {line for lang in LANGS for line, _half in poolLines(lang) if len(line) > 20}
    earlier = check_tenth.earlierPieces(skip="twelfth")
    joined = "\x00".join(earlier)
    long_ones = [e for e in earlier if len(e) > check_tenth.SHARED_PART]
    return len(mine), sorted(m for m in mine if m in joined or any(e in m for e in long_ones))


def inject(items, faults):
    """Break a copy of the batch on purpose (the check must be able to fail): a held-out item that holds a dev
    letter, a half dropped, a duplicate id, an unfilled placeholder, a mail without its Message-ID, a page that
    carries mail headers, a "plain-russian" item that still holds a Kazakh letter, a held-out item that holds a dev
    letter typed with Russian letters."""
    items = [dict(it) for it in items]
    if "leak" in faults:
        dev = next(it for it in items if it["split"] == "dev" and it["label"] == "scam" and it["lang"] == "fr"
                   and it["shape"] == "letter" and it["obfuscation"] == "none")
        held = next(it for it in items if it["split"] == "heldout" and it["label"] == "scam" and it["lang"] == "fr"
                    and it["obfuscation"] == "none")
        held["body"] += "\n" + dev["body"]
    if "unbalanced" in faults:
        drop = {it["id"] for it in items if it["family"] == "sextortion" and it["lang"] == "es" and it["split"] == "heldout"}
        items = [it for it in items if it["id"] not in drop]
    if "duplicate" in faults:
        items.append(dict(items[0]))
    if "unfilled" in faults:
        items[1]["body"] += " {ransom}"
    if "headers" in faults:
        it = next(it for it in items if it["label"] == "benign" and it["channel"] == "mail")
        it["headers"] = {k: v for k, v in it["headers"].items() if k != "msgid"}
    if "channel" in faults:
        it = next(it for it in items if it["channel"] == "page")
        it["headers"] = {"from": "x@example.org"}
    if "typed-leak" in faults:
        # A dev letter typed on a Russian keyboard inside a held-out item: only the folded comparison sees it.
        dev = next(it for it in items if it["split"] == "dev" and it["lang"] == "kk" and it["obfuscation"] == "none"
                   and it["keyboard"] == "standard" and REGION_LETTERS.search(it["body"]))
        held = next(it for it in items if it["split"] == "heldout" and it["lang"] == "kk" and it["obfuscation"] == "none")
        held["body"] += "\n" + dev["body"].translate(scam_twelfth.PLAIN_CYR)
    if "keyboard" in faults:
        it = next(it for it in items if it["keyboard"] == "plain-russian" and it["lang"] == "kk")
        it["body"] += " Қазақстан"
    return items


def shareErrors(scam):
    errors = []
    langs = collections.Counter(it["lang"] for it in scam)
    for lang, least in MIN_SHARE.items():
        if langs[lang] < least * len(scam):
            errors.append(f"{lang} scam items {langs[lang]} of {len(scam)} (< {least:.0%})")
    if sum(langs[x] for x in REGION) < MIN_REGION * len(scam):
        errors.append(f"the region's languages: {sum(langs[x] for x in REGION)} of {len(scam)} scam items (< {MIN_REGION:.0%})")
    blackmail = sum(1 for it in scam if it["family"] in twelfth_batch.BLACKMAIL)
    if blackmail < MIN_BLACKMAIL * len(scam):
        errors.append(f"blackmail: {blackmail} of {len(scam)} scam items (< {MIN_BLACKMAIL:.0%})")
    return errors


def check(items, earlier_ids):
    errors = []
    C = collections.Counter
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    held = C(it["label"] for it in items if it["split"] == "heldout")
    if len(scam) < MIN_SCAM or len(ham) < MIN_HAM or held["scam"] < MIN_SCAM // 2 or held["benign"] < MIN_HAM // 2:
        errors.append(f"twelfth batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} look-alikes (>= {MIN_HAM}), "
                      f"held out {held['scam']} / {held['benign']}")
    errors += shareErrors(scam)
    if any(it["batch"] != "twelfth" for it in items):
        errors.append("an item of the twelfth batch is not labelled batch: twelfth")
    ids = C(it["id"] for it in items)
    dup = [i for i, n in ids.items() if n > 1] + sorted(set(ids) & earlier_ids)
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    for it in items:
        if not ID_RE.fullmatch(it["id"]) or f"-{it['family']}-{it['lang']}-" not in it["id"]:
            errors.append(f"{it['id']}: id does not read scam12-<family>-<lang>-NNN / ham12-<kind>-<lang>-NNNN")
    errors += atLeast(C(it["lang"] for it in scam), LANGS, 16, "scam language")
    errors += atLeast(C(it["lang"] for it in ham), LANGS, 90, "look-alike language")
    errors += atLeast(C(it["family"] for it in scam), {f for fams in twelfth_batch.SCAM_CELLS.values() for f in fams}, 6, "scam family")
    errors += atLeast(C(it["theme"] for it in scam), BLACKMAIL_THEMES, 2, "blackmail scenario")
    kinds = {k for cells in twelfth_batch.HAM_CELLS.values() for k in cells}
    errors += atLeast(C(it["family"] for it in ham), kinds, 90, "look-alike kind")
    cells = collections.defaultdict(C)
    for it in items:
        cells[(it["label"], it["family"], it["lang"])][it["split"]] += 1
    for cell, c in sorted(cells.items()):
        if abs(c["dev"] - c["heldout"]) > 1:
            errors.append(f"{cell}: halves unbalanced {dict(c)}")
    for it in items:
        text = "\n".join((it["subject"], it["body"], it.get("html", ""), it.get("cover", "")))
        if PLACEHOLDER.search(text):
            errors.append(f"{it['id']}: unfilled placeholder")
    errors += headerErrors(items)
    errors += keyboardErrors(items)
    errors += atLeast(C(it["shape"] for it in scam), set(twelfth_batch.SCAM_SHAPES), 20, "scam shape")
    errors += atLeast(C(it["channel"] for it in scam), {"mail", "post", "page"}, 20, "scam channel")
    errors += atLeast(C(it["channel"] for it in ham), {"mail", "post", "page"}, 150, "look-alike channel")
    errors += atLeast(C(it["obfuscation"] for it in scam), set(twelfth_batch.DISGUISES), 8, "scam disguise")
    errors += atLeast(C(it["attach_kind"] for it in scam), {"text", "upload"}, 5, "scam attachment")
    errors += atLeast(C(it["keyboard"] for it in items), {"plain-russian", "no-apostrophe", "apostrophe-U+2018", "apostrophe-U+02BB"}, 5,
                      "keyboard")
    errors += atLeast(C(it["shape"] for it in ham if it["family"] == "warning"), set(twelfth_batch.WARN_FORMS), 20, "warning form")
    errors += atLeast(C(it["shape"] for it in ham if it["family"] == "asker"), set(twelfth_batch.ASK_FORMS), 20, "question form")
    errors += atLeast(C(it["charset"] for it in items), {"utf-8", "windows-1251", "koi8-r", "iso-8859-9", "iso-8859-1", "windows-1252"},
                      20, "charset")
    errors += atLeast(C(it["cte"] for it in items if it["channel"] == "mail"), {"8bit", "quoted-printable", "base64"}, 150,
                      "mail transfer encoding")
    errors += atLeast(C(it["from_kind"] for it in scam), {"freemail", "unrelated-domain", "lookalike-domain", "own-address"}, 5,
                      "scam sender kind")
    errors += [f"pool with fewer than two variants: {name}" for name in shortPools()]
    for lang in LANGS:
        errors += bothHalves(lang)
    errors += foldedLeaks(items)
    return errors + check_fourth.split_and_render_errors(items, poolFragments, "twelfth")


def main():
    items = twelfth_batch.generate(generate.SEED)
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
    if any(it["batch"] == "twelfth" for it in earlier):
        errors.append("the twelfth batch is in generate.generate(): dev-half tools (margin.py) would see it")
    earlier_ids = {it["id"] for it in earlier}
    for batch in (fourth_batch, fifth_batch, sixth_batch, seventh_batch, eighth_batch, ninth_batch, tenth_batch, eleventh_batch):
        earlier_ids |= {it["id"] for it in batch.generate(generate.SEED)}
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != TWELFTH_SHA256:
        errors.append(f"the twelfth batch changed (sha256 {batchHash(items)}, recorded {TWELFTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, earlier_ids)
    return check_fourth.print_report("twelfth", items, errors, 80)


if __name__ == "__main__":
    sys.exit(main())
