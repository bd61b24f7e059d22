#!/usr/bin/env python3
"""Format check of the generated corpus' tenth batch: the old-school 419 letter and the lists of genealogists,
parishes, alumni, clubs, co-operatives, Vereine, probate practitioners and aid volunteers (no detection is run).

Fails (exit 1) when:
- the batch is below its size (350 scam, 1,800 look-alike items, half of each held out), German is under 25% or
  blackmail under 12% of the scam items, the advance-fee families (advance-fee, inheritance, donation,
  compensation, lottery, loan) under 65%, English outside 50-60% or German under 27% of the look-alikes, a
  language, family, scenario, look-alike kind or list is missing;
- an id repeats (also against the earlier batches) or does not read `scam10-<family>-<lang>-NNN` /
  `ham10-<kind>-<lang>-NNNN`, a placeholder is left in a text, a (family or kind, language) cell's halves are
  unbalanced, a pool has fewer than two variants, a pool sentence (over 12 characters) sits in a language's
  pools under both an even and an odd index, or an item holds a pool line (over 25 characters) of the other half
  (its language's pools, and the pasted scam's);
- an item is not a list-delivered mail (Received chain, Message-ID, List-Id / List-Unsubscribe / List-Post /
  Precedence: list), its footer label does not match what the mail shows, In-Reply-To does not match the label;
- a class the batch is meant to measure is missing or too rare: scam shapes (letter, ATTN block, all capitals,
  short ask, numbered form, reply only), letters without a sum, HTML, charsets, transfer encodings, sender kinds, the
  warning and "is this real?" forms, replies, pasted scams' languages;
- the batch differs from the one recorded here (TENTH_SHA256): the blind held-out texts must not be edited after
  they are measured; regenerate the fingerprint with --print-hash only when the pools change on purpose, and say
  so in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half tools would hand it to whoever tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_tenth.py [--tables | --print-hash | --earlier | --inject leak,unbalanced,duplicate,unfilled,headers,footer]
  --tables      the README's count tables (markdown)
  --earlier     pool lines (over 20 characters) that coincide word for word with an earlier batch's pool strings
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.tenth_batch_check_can_fail)
"""
import ast
import collections
import functools
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_eighth  # noqa: E402
import check_fourth  # noqa: E402
import check_ninth  # noqa: E402
import check_seventh  # noqa: E402
import eighth_batch  # noqa: E402
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import ham_tenth  # noqa: E402
import ninth_batch  # noqa: E402
import scam_tenth  # noqa: E402
import seventh_batch  # noqa: E402
import sixth_batch  # noqa: E402
import tenth_batch  # noqa: E402

# sha256 of the tenth batch's items (json, sorted keys) as written by its blind author.
TENTH_SHA256 = "c6f931ef52d92cc27e170d4d7de95bcb2f57526505471a932b26e5c09d59127e"
LANGS = ["en", "de", "fr", "es", "ru"]
ADVANCE = ("advance-fee", "inheritance", "donation", "compensation", "lottery", "loan")
MIN_SCAM, MIN_HAM, MIN_GERMAN, MIN_ADVANCE, MIN_SEXTORTION = 350, 1800, 0.25, 0.65, 0.12
HAM_ENGLISH, HAM_MIN_GERMAN = (0.50, 0.60), 0.27
THEMES = {"bank-insider", "diplomat", "military", "over-invoicing", "next-of-kin", "deceased-client", "dormant-account",
          "widow-donation", "sick-woman-donation", "un-compensation", "victims-refund", "email-ballot", "lottery-award",
          "private-lender", "password-blackmail", "investment-manager"}
ID_RE = re.compile(r"(scam10-[a-z-]+-[a-z]{2}-\d{3}|ham10-[a-z-]+-[a-z]{2}-\d{4})")
PLACEHOLDER = check_seventh.PLACEHOLDER
SCAM_KEYS = ("shape", "theme", "from_kind", "reply_to", "amount_style", "charset", "cte", "footer", "markup", "munged", "list")
HAM_KEYS = ("shape", "paste_lang", "from_kind", "reply_to", "charset", "cte", "footer", "markup", "munged", "in_reply_to", "list")
walk, atLeast, batchHash = check_seventh.walk, check_seventh.atLeast, check_fourth.batchHash


def tables(items):
    check_seventh.tables(items, ham_langs=LANGS, scam_keys=SCAM_KEYS, ham_keys=HAM_KEYS, scam_langs=LANGS)


def scamPools(lang):
    return [scam_tenth.SCAM[lang], scam_tenth.SHARED[lang]]


def hamPools(lang):
    return [ham_tenth.HAM[lang], ham_tenth.SHARED[lang]]


def shortPools():
    return check_eighth.shortLists([(f"scam.{lang}.{i}", pool) for lang in LANGS for i, pool in enumerate(scamPools(lang))]
                                   + [(f"ham.{lang}.{i}", pool) for lang in LANGS for i, pool in enumerate(hamPools(lang))])


def isTag(s):
    """A scenario tag (a story's theme), not a sentence."""
    return bool(re.fullmatch(r"[a-z-]+", s))


@functools.lru_cache(maxsize=None)
def fragments(kind, lang):
    """(line, half) of the literal pieces (between placeholders) of a language's pool sentences, longer than 25
    characters, that sit in one half only."""
    out = []
    for pool in (scamPools(lang) if kind == "scam" else hamPools(lang)):
        for s, half in walk(pool):
            for frag in re.split(r"\{[a-z]+\}", s):
                for line in frag.split("\n"):
                    if len(line.strip()) > 25:
                        out.append((line.strip(), half))
    halves = collections.defaultdict(set)
    for line, half in out:
        halves[line].add(half)
    return tuple(dict.fromkeys(x for x in out if len(halves[x[0]]) == 1))


def poolFragments(it):
    if it["label"] == "scam":
        return fragments("scam", it["lang"])
    # A look-alike holds no scam line of the other half either (its pasted scam comes from its own half).
    out = fragments("ham", it["lang"]) + fragments("scam", it["lang"])
    if it.get("paste_lang", "-") not in ("-", it["lang"]):
        out += fragments("scam", it["paste_lang"])
    return out


def bothHalves(lang):
    """Pool sentences (over 12 characters) and their lines (over 25) under both parities of a language's pools."""
    halves = collections.defaultdict(set)
    for pool in scamPools(lang) + hamPools(lang):
        for s, half in walk(pool):
            if isTag(s):
                continue
            if len(s) > 12:
                halves[s].add(half)
            for line in s.split("\n"):
                if len(line.strip()) > 25:
                    halves[line.strip()].add(half)
    return [f"pools of {lang}: a sentence is in both halves: {v[:60]!r}" for v, h in halves.items() if len(h) > 1]


def headerErrors(items):
    return check_eighth.headerErrors(items, ham_tenth.LISTS, tenth_batch.footerOf)


def earlierPieces(skip="tenth"):
    """Every string literal of the earlier batches' text modules (scam_*.py, ham_*.py; not those whose name holds
    `skip`, the batch being compared), cut at placeholders, spintax bars and braces, and line breaks: the pieces a
    word-for-word coincidence is looked for in."""
    pieces = set()
    for path in sorted(glob.glob(os.path.join(HERE, "scam_*.py")) + glob.glob(os.path.join(HERE, "ham_*.py"))):
        if skip in os.path.basename(path):
            continue
        with open(path, encoding="utf-8") as fh:
            tree = ast.parse(fh.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for piece in re.split(r"\{[a-z]+\}|[{}|\n]", node.value):
                    if len(piece.strip()) > 20:
                        pieces.add(piece.strip())
    return pieces


# An earlier batch's phrase this long inside one of this batch's lines counts as a coincidence too (shorter
# ones are the genre's idioms: "If you are interested", "registered in your name").
SHARED_PART = 30


def earlierCoincidences():
    """This batch's pool lines (over 20 characters) that an earlier batch's pool string holds word for word, or
    that hold a phrase of one over SHARED_PART characters."""
    mine = set()
    for lang in LANGS:
        for pool in scamPools(lang) + hamPools(lang):
            for s, _half in walk(pool):
                for piece in re.split(r"\{[a-z]+\}|\n", s):
                    if len(piece.strip()) > 20:
                        mine.add(piece.strip())
    earlier = earlierPieces()
    joined = "\x00".join(earlier)
    found = sorted(m for m in mine if m in joined or any(e in m for e in earlier if len(e) > SHARED_PART))
    return len(mine), found


def inject(items, faults):
    """Break a copy of the batch on purpose (the check must be able to fail): the ninth batch's faults (a held-out
    lottery letter that holds a dev letter, a half dropped, a duplicate id, an unfilled placeholder, a missing
    List-Post), and a footer cut off a mail labelled as carrying it."""
    items = check_ninth.inject(items, set(faults) - {"footer"})
    if "footer" in faults:
        it = next(it for it in items if it["footer"] == "inline" and it["label"] == "scam")
        it["body"] = it["body"][:it["body"].rindex("\n\n")]
    return items


def check(items, earlier_ids):
    errors = []
    C = collections.Counter
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    held = C(it["label"] for it in items if it["split"] == "heldout")
    if len(scam) < MIN_SCAM or len(ham) < MIN_HAM or held["scam"] < MIN_SCAM // 2 or held["benign"] < MIN_HAM // 2:
        errors.append(f"tenth batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} look-alikes (>= {MIN_HAM}), "
                      f"held out {held['scam']} / {held['benign']}")
    langs = C(it["lang"] for it in scam)
    if langs["de"] < MIN_GERMAN * len(scam):
        errors.append(f"German scam items {langs['de']} of {len(scam)} (< {MIN_GERMAN:.0%})")
    fams = C(it["family"] for it in scam)
    if sum(fams[f] for f in ADVANCE) < MIN_ADVANCE * len(scam):
        errors.append(f"advance-fee families: {sum(fams[f] for f in ADVANCE)} of {len(scam)} (< {MIN_ADVANCE:.0%})")
    if fams["sextortion"] < MIN_SEXTORTION * len(scam):
        errors.append(f"blackmail: {fams['sextortion']} of {len(scam)} (< {MIN_SEXTORTION:.0%})")
    ham_langs = C(it["lang"] for it in ham)
    if not HAM_ENGLISH[0] * len(ham) <= ham_langs["en"] <= HAM_ENGLISH[1] * len(ham) or ham_langs["de"] < HAM_MIN_GERMAN * len(ham):
        errors.append(f"look-alike languages: English {ham_langs['en']}, German {ham_langs['de']} of {len(ham)}")
    if any(it["batch"] != "tenth" for it in items):
        errors.append("an item of the tenth batch is not labelled batch: tenth")
    ids = C(it["id"] for it in items)
    dup = [i for i, n in ids.items() if n > 1] + sorted(set(ids) & earlier_ids)
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    for it in items:
        if not ID_RE.fullmatch(it["id"]) or f"-{it['family']}-{it['lang']}-" not in it["id"]:
            errors.append(f"{it['id']}: id does not read scam10-<family>-<lang>-NNN / ham10-<kind>-<lang>-NNNN")
    errors += atLeast(langs, LANGS, 20, "scam language")
    errors += atLeast(ham_langs, LANGS, 80, "look-alike language")
    errors += atLeast(fams, set(tenth_batch.SCAM_CELLS["en"]), 8, "scam family")
    errors += atLeast(C(it["theme"] for it in scam), THEMES, 6, "scenario")
    errors += atLeast(C(it["family"] for it in ham), set(tenth_batch.HAM_KINDS), 60, "look-alike kind")
    errors += atLeast(C(it["list"] for it in items), {x[0] for x in ham_tenth.LISTS}, 20, "list")
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
    errors += atLeast(C(it["charset"] for it in items), {"utf-8", "iso-8859-1", "iso-8859-15", "windows-1251", "koi8-r"}, 20, "charset")
    errors += atLeast(C(it["cte"] for it in scam), {"8bit", "quoted-printable", "base64"}, 60, "scam transfer encoding")
    errors += atLeast(C(it["cte"] for it in ham), {"8bit", "quoted-printable", "base64"}, 300, "look-alike transfer encoding")
    errors += atLeast(C(it["footer"] for it in items), {"inline", "part", "none"}, 40, "footer")
    errors += atLeast(C(it["shape"] for it in scam), set(tenth_batch.SCAM_SHAPES), 30, "scam shape")
    errors += atLeast(C(it["markup"] for it in scam), {"html-only", "html", "none"}, 20, "scam markup")
    errors += atLeast(C(it["amount_style"] for it in scam), {"none", "digits", "both"}, 20, "scam sum style")
    errors += atLeast(C(it["from_kind"] for it in scam), {"freemail", "unrelated-domain", "hijacked-subscriber"}, 30, "scam sender kind")
    errors += atLeast(C(it["shape"] for it in ham if it["family"] == "scam-warning"), set(tenth_batch.WARN_FORMS), 25, "warning form")
    errors += atLeast(C(it["shape"] for it in ham if it["family"] == "is-this-real"), set(tenth_batch.ASK_FORMS), 25, "question form")
    errors += atLeast(C(it["shape"] for it in ham), set(tenth_batch.POST_FORMS), 100, "post form")
    errors += atLeast(C(it["paste_lang"] for it in ham), set(LANGS), 10, "pasted scam language")
    errors += [f"pool with fewer than two variants: {name}" for name in shortPools()]
    for lang in LANGS:
        errors += bothHalves(lang)
    return errors + check_fourth.split_and_render_errors(items, poolFragments, "tenth")


def main():
    items = tenth_batch.generate(generate.SEED)
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
    if any(it["batch"] == "tenth" for it in earlier):
        errors.append("the tenth batch is in generate.generate(): dev-half tools (margin.py) would see it")
    earlier_ids = {it["id"] for it in earlier}
    for batch in (fourth_batch, fifth_batch, sixth_batch, seventh_batch, eighth_batch, ninth_batch):
        earlier_ids |= {it["id"] for it in batch.generate(generate.SEED)}
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != TENTH_SHA256:
        errors.append(f"the tenth batch changed (sha256 {batchHash(items)}, recorded {TENTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, earlier_ids)
    return check_fourth.print_report("tenth", items, errors, 80)


if __name__ == "__main__":
    sys.exit(main())
