#!/usr/bin/env python3
"""Format check of the generated corpus' ninth batch: bulk-sender (spintax) scam and the archive of
open-source project lists (no detection is run).

Fails (exit 1) when:
- the batch is below its size (400 scam, 2,000 look-alike items, half of each held out), English is
  outside 45-55% or German under 29% of the scam items, advance-fee / inheritance / lottery / loan under
  60% or sextortion under 12%, a scam language (en de ru fr es tr uz uzc kk ky tg tk), a scam family, a
  look-alike kind or language (en de fr es ru) or one of the lists is missing;
- an item id repeats (also against the first eight batches), a placeholder or a spintax group is left in a
  text (subject, body, HTML, attachment cover), a (family, language) cell's halves are unbalanced, a pool
  has fewer than two variants, a template (over 12 characters) or a template's literal piece (over 25)
  sits in a language's pools under both an even and an odd index, or an undisguised item holds a piece
  (over 20 characters, not a stock phrase of both halves) of the other half (its language's pools, and the
  pasted scam's pools);
- an item is not a list-delivered mail: no Received chain of two or more hops, no Message-ID, no
  List-Id / List-Unsubscribe / List-Post / Precedence: list, a footer label that the mail does not show,
  In-Reply-To that does not match the label;
- a class the batch is meant to measure is missing or too rare: scam shapes (letter, html-table,
  attachment, teaser, subject-lure), disguises (spaced letters, homoglyphs, zero-width, HTML entities,
  split across tags), text and .html attachments, HTML-only scams, charsets, transfer encodings (base64
  and quoted-printable included), sender kinds, warning forms and pasted scams' languages;
- the batch differs from the one recorded here (NINTH_SHA256): the blind held-out texts must not be
  edited after they are measured; regenerate the fingerprint with --print-hash only when the pools
  change on purpose, and say so in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half tools would hand it to whoever
  tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_ninth.py [--tables | --print-hash | --inject leak,unbalanced,duplicate,unfilled,headers,spintax]
  --tables      the README's count tables (markdown)
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.ninth_batch_check_can_fail)
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
import eighth_batch  # noqa: E402
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import ham_ninth  # noqa: E402
import ninth_batch  # noqa: E402
import scam_ninth  # noqa: E402
import seventh_batch  # noqa: E402
import sixth_batch  # noqa: E402

# sha256 of the ninth batch's items (json, sorted keys) as written by its blind author.
NINTH_SHA256 = "2d8cd7f2a69f332ea454d650a7a8cf61f58759026f81d0b332a9a48aba1868c7"
SCAM_LANGS = check_eighth.SCAM_LANGS
HAM_LANGS = ["en", "de", "fr", "es", "ru"]
FAMILIES = {"advance-fee", "inheritance", "lottery", "loan", "sextortion", "crypto", "romance", "job", "parcel", "tech-support"}
ADVANCE = ("advance-fee", "inheritance", "lottery", "loan")
MIN_SCAM, MIN_HAM, MIN_GERMAN, ENGLISH, MIN_ADVANCE, MIN_SEXTORTION = 400, 2000, 0.29, (0.45, 0.55), 0.6, 0.12
LEFTOVER = re.compile(r"\{[A-Za-z]+\}|\{[^{}\n]*\|[^{}\n]*\}")
walk, atLeast, batchHash = check_seventh.walk, check_seventh.atLeast, check_fourth.batchHash


def tables(items):
    check_eighth.tables(items, HAM_LANGS, ("shape", "obfuscation", "attach_kind", "markup", "theme", "from_kind", "reply_to", "amount_style",
                                           "charset", "cte", "footer", "munged", "list"), check_seventh.HAM_TABLE_KEYS)


def scamPools(lang):
    """A language's scam pools (Uzbek Cyrillic: the Uzbek ones transliterated)."""
    pools = scam_ninth.SCAM[ninth_batch.srcLang(lang)]
    if lang != "uzc":
        return [pools]
    return [fourth_batch.withUzc({"uz": pools}, lambda s: (s[0], fourth_batch.toUzc(s[1])) if isinstance(s, tuple) else
                                 fourth_batch.toUzc(s))["uzc"]]


def hamPools(lang):
    return [ham_ninth.HAM[lang]] if lang in ham_ninth.HAM else []


def shortPools():
    return check_eighth.shortLists([(f"scam.{lang}", scamPools(lang)[0]) for lang in SCAM_LANGS]
                                   + [(f"ham.{lang}", hamPools(lang)[0]) for lang in HAM_LANGS])


@functools.lru_cache(maxsize=None)
def fragments(kind, lang):
    """(piece, half) of the literal pieces (between braces, bars and placeholders) of a language's templates,
    longer than 20 characters, line by line. Spintax cuts a template into phrase-sized pieces, so the split is
    checked on phrases; a stock phrase that both halves' templates use ("Mit freundlichen Grüßen") is left out."""
    out = []
    for pool in (scamPools(lang) if kind == "scam" else hamPools(lang)):
        for s, half in walk(pool):
            for piece in scam_ninth.pieces(s):
                for line in piece.split("\n"):
                    if len(line.strip()) > 20:
                        out.append((line.strip(), half))
    halves = collections.defaultdict(set)
    for piece, half in out:
        halves[piece].add(half)
    return tuple(dict.fromkeys(x for x in out if len(halves[x[0]]) == 1))


def poolFragments(it):
    if it["label"] == "scam":
        return fragments("scam", it["lang"])
    out = fragments("ham", it["lang"])
    if it.get("paste_lang", "-") != "-":
        out += fragments("scam", it["paste_lang"])
    return out


def bothHalves(lang):
    """Templates (over 12 characters) and their pieces (over 25) that sit under both parities of a language's pools."""
    halves = collections.defaultdict(set)
    for pool in scamPools(lang) + (hamPools(lang) if lang in HAM_LANGS else []):
        for s, half in walk(pool):
            if re.fullmatch(r"[a-z-]+", s):
                continue  # a scenario tag (the template's theme), not a sentence
            if len(s) > 12:
                halves[s].add(half)
            for piece in scam_ninth.pieces(s):
                if len(piece.strip()) > 25:
                    halves[piece.strip()].add(half)
    return [f"pools of {lang}: a sentence is in both halves: {v[:60]!r}" for v, h in halves.items() if len(h) > 1]


def headerErrors(items):
    return check_eighth.headerErrors(items, ham_ninth.LISTS, ninth_batch.footerOf)


def inject(items, faults):
    """Break a copy of the batch on purpose (the check must be able to fail)."""
    items = [dict(it) for it in items]
    if "leak" in faults:
        dev = next(it for it in items if it["split"] == "dev" and it["family"] == "advance-fee" and it["lang"] == "en"
                   and it["shape"] == "letter" and it["obfuscation"] == "none")
        held = next(it for it in items if it["split"] == "heldout" and it["family"] == "lottery" and it["lang"] == "en"
                    and it["obfuscation"] == "none")
        held["body"] += "\n" + dev["body"]
    if "unbalanced" in faults:
        drop = {it["id"] for it in items if it["family"] == "lottery" and it["lang"] == "de" and it["split"] == "heldout"}
        items = [it for it in items if it["id"] not in drop]
    if "duplicate" in faults:
        items.append(dict(items[0]))
    if "unfilled" in faults:
        items[1]["body"] += " {iban}"
    if "spintax" in faults:
        items[2]["subject"] += " {Dear|Hello}"
    if "headers" in faults:
        it = next(it for it in items if it["label"] == "benign")
        it["headers"] = dict(it["headers"])
        it["headers"]["extra"] = [(k, v) for k, v in it["headers"]["extra"] if k != "List-Post"]
    return items


def check(items, earlier_ids):
    errors = []
    C = collections.Counter
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    held = C(it["label"] for it in items if it["split"] == "heldout")
    if len(scam) < MIN_SCAM or len(ham) < MIN_HAM or held["scam"] < MIN_SCAM // 2 or held["benign"] < MIN_HAM // 2:
        errors.append(f"ninth batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} look-alikes (>= {MIN_HAM}), "
                      f"held out {held['scam']} / {held['benign']}")
    langs = C(it["lang"] for it in scam)
    if langs["de"] < MIN_GERMAN * len(scam):
        errors.append(f"German scam items {langs['de']} of {len(scam)} (< {MIN_GERMAN:.0%})")
    if not ENGLISH[0] * len(scam) <= langs["en"] <= ENGLISH[1] * len(scam):
        errors.append(f"English scam items {langs['en']} of {len(scam)} (outside {ENGLISH[0]:.0%}-{ENGLISH[1]:.0%})")
    fams = C(it["family"] for it in scam)
    if sum(fams[f] for f in ADVANCE) < MIN_ADVANCE * len(scam):
        errors.append(f"advance-fee, inheritance, lottery and loan: {sum(fams[f] for f in ADVANCE)} of {len(scam)} (< {MIN_ADVANCE:.0%})")
    if fams["sextortion"] < MIN_SEXTORTION * len(scam):
        errors.append(f"sextortion and blackmail: {fams['sextortion']} of {len(scam)} (< {MIN_SEXTORTION:.0%})")
    if any(it["batch"] != "ninth" for it in items):
        errors.append("an item of the ninth batch is not labelled batch: ninth")
    ids = C(it["id"] for it in items)
    dup = [i for i, n in ids.items() if n > 1] + sorted(set(ids) & earlier_ids)
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    errors += atLeast(langs, SCAM_LANGS, 4, "scam language")
    errors += atLeast(C(it["lang"] for it in ham), HAM_LANGS, 100, "look-alike language")
    errors += atLeast(fams, FAMILIES, 6, "scam family")
    errors += atLeast(C(it["family"] for it in ham), set(ninth_batch.HAM_KINDS), 40, "look-alike kind")
    errors += atLeast(C(it["list"] for it in items), {x[0] for x in ham_ninth.LISTS}, 20, "list")
    cells = collections.defaultdict(C)
    for it in items:
        cells[(it["label"], it["family"], it["lang"])][it["split"]] += 1
    for cell, c in sorted(cells.items()):
        if abs(c["dev"] - c["heldout"]) > 1:
            errors.append(f"{cell}: halves unbalanced {dict(c)}")
    for it in items:
        text = "\n".join((it["subject"], it["body"], it.get("html", ""), it.get("cover", ""), it.get("footer_part", "")))
        if LEFTOVER.search(text):
            errors.append(f"{it['id']}: unfilled placeholder or spintax group")
    errors += headerErrors(items)
    errors += atLeast(C(it["charset"] for it in items), {"utf-8", "iso-8859-1", "windows-1251", "koi8-r"}, 20, "charset")
    errors += atLeast(C(it["cte"] for it in scam), {"8bit", "quoted-printable", "base64"}, 60, "scam transfer encoding")
    errors += atLeast(C(it["cte"] for it in ham), {"8bit", "quoted-printable", "base64"}, 300, "look-alike transfer encoding")
    errors += atLeast(C(it["footer"] for it in items), {"inline", "part", "none", "cover"}, 20, "footer")
    errors += atLeast(C(it["shape"] for it in scam), set(ninth_batch.SCAM_SHAPES), 40, "scam shape")
    errors += atLeast(C(it["obfuscation"] for it in scam), set(ninth_batch.DISGUISES), 10, "scam disguise")
    errors += atLeast(C(it["attach_kind"] for it in scam), {"text", "html"}, 15, "scam attachment type")
    errors += atLeast(C(it["markup"] for it in scam), {"html-only", "html", "none"}, 20, "scam markup")
    errors += atLeast(C(it["from_kind"] for it in scam), {"freemail", "unrelated-domain", "hijacked-subscriber"}, 40, "scam sender kind")
    errors += atLeast(C(it["shape"] for it in ham if it["family"] == "scam-warning"), set(ninth_batch.SPAM_FORMS), 20, "warning form")
    errors += atLeast(C(it["paste_lang"] for it in ham), set(HAM_LANGS), 10, "pasted scam language")
    errors += [f"pool with fewer than two variants: {name}" for name in shortPools()]
    for lang in SCAM_LANGS:
        errors += bothHalves(lang)
    return errors + check_fourth.split_and_render_errors(items, poolFragments, "ninth")


def main():
    items = ninth_batch.generate(generate.SEED)
    if "--print-hash" in sys.argv:
        print(batchHash(items))
        return 0
    if "--tables" in sys.argv:
        tables(items)
        return 0
    earlier = generate.generate()
    errors = []
    if any(it["batch"] == "ninth" for it in earlier):
        errors.append("the ninth batch is in generate.generate(): dev-half tools (margin.py) would see it")
    earlier_ids = {it["id"] for it in earlier}
    for batch in (fourth_batch, fifth_batch, sixth_batch, seventh_batch, eighth_batch):
        earlier_ids |= {it["id"] for it in batch.generate(generate.SEED)}
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != NINTH_SHA256:
        errors.append(f"the ninth batch changed (sha256 {batchHash(items)}, recorded {NINTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, earlier_ids)
    return check_fourth.print_report("ninth", items, errors, 80)


if __name__ == "__main__":
    sys.exit(main())
