#!/usr/bin/env python3
"""Format check of the generated corpus' fourth batch (no detection is run).

Fails (exit 1) when:
- the batch is below its size (1,000 scam, 3,000 benign items), misses a
  family in English or Russian, a family is in fewer than six languages,
  a language carries fewer than four scam families or three look-alike
  kinds, or a language lacks one of the three channels;
- an item id repeats (also against the first three batches), a placeholder
  is left unfilled, a (family, language) cell's halves are unbalanced, a
  sentence sits in a language's pools under both an even and an odd index,
  or a plain held-out item contains a development sentence (or the other
  way round);
- an obfuscation class, wallet format, link kind, sum style or packaging
  is missing or too rare, or an item labelled with an obfuscation does not
  show it (no zero-width character in a "zerowidth" item, and so on);
- the batch differs from the one recorded here (FOURTH_SHA256): the blind
  held-out texts must not be edited after they are measured; regenerate the
  fingerprint with --print-hash only when the pools change on purpose, and
  say so in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half
  tools would hand it to whoever tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_fourth.py [--tables | --print-hash | --inject leak,unbalanced,duplicate,unfilled,unmarked]
  --tables      the README's count tables (markdown)
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.fourth_batch_check_can_fail)
"""
import collections
import hashlib
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import measure  # noqa: E402

# sha256 of the fourth batch's items (json, sorted keys) as written by its blind author.
FOURTH_SHA256 = "dec271a2b5ec8f69b0385de86c1ba83654d5e0bf4a3849d92715d9ea369747b7"
FAMILIES = {"sextortion", "advance-fee", "lottery", "fake-shop", "crypto", "loan", "job", "tech-support", "romance", "parcel",
            "gov-refund", "account-phish"}
LANGS = ["en", "ru", "ru-lat", "ru-en", "uz", "uzc", "kk", "ky", "tg", "tk", "de", "tr", "uk"]
MIN_SCAM, MIN_HAM = 1000, 3000
OBFUSCATIONS = set(fourth_batch.SCAM_KINDS) | {"image-link"}
ZW = set(fourth_batch.ZERO_WIDTH)
EMOJI_RE = re.compile("[\u20bf\u2600-\u27bf\U0001f300-\U0001faff]")
CYR = re.compile("[\u0400-\u04ff]")
LAT = re.compile("[A-Za-z]")
GRK = re.compile("[\u0370-\u03ff]")


def batchHash(items):
    return hashlib.sha256(json.dumps(items, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def tables(items):
    for label, head in (("scam", "family"), ("benign", "kind")):
        rows = [it for it in items if it["label"] == label]
        print(f"| {head} | " + " | ".join(LANGS) + " | all |")
        print("|---|" + "---:|" * (len(LANGS) + 1))
        for group in sorted({it["family"] for it in rows}):
            c = collections.Counter(it["lang"] for it in rows if it["family"] == group)
            print(f"| {group} | " + " | ".join(str(c[g]) if c[g] else "" for g in LANGS) + f" | {sum(c.values())} |")
        c = collections.Counter(it["lang"] for it in rows)
        print("| all | " + " | ".join(str(c[g]) for g in LANGS) + f" | {len(rows)} |\n")
        print(f"{label}: per half {dict(collections.Counter(it['split'] for it in rows))}, "
              f"channels {dict(collections.Counter(it['channel'] for it in rows))}, "
              f"packaging {dict(collections.Counter(measure.mailPackaging(it) for it in rows))}\n")
    scam = [it for it in items if it["label"] == "scam"]
    for key in ("obfuscation", "shape", "amount_style", "wallet_kind", "link_kind"):
        print(f"scam {key}", dict(collections.Counter(it[key] for it in scam).most_common()))
    print("benign markup", dict(collections.Counter(it["markup"] for it in items if it["label"] == "benign")))


def poolFragments(it):
    """The literal pieces (between placeholders) of every pool sentence an item may draw from, with
    their half (0 dev, 1 held-out)."""
    if it["label"] == "scam":
        slots = dict(fourth_batch.scamTable()[it["lang"]][it["family"]])
        slots["greet"] = fourth_batch.scamGreetings(it["lang"], it["family"])
        slots["sign"] = fourth_batch.scamSignoffs(it["lang"])
        slots["quoted"] = fourth_batch.quotedReplies(it["lang"])
    else:
        slots = dict(fourth_batch.hamTable()[it["lang"]][it["family"]])
    out = []
    for variants in slots.values():
        if len(variants) < 2:
            continue
        for i, v in enumerate(variants):
            for frag in re.split(r"\{[a-z]+\}", v):
                for line in frag.split("\n"):
                    if len(line.strip()) > 25:
                        out.append((line.strip(), i % 2))
    return out


def marked(it):
    """Whether an obfuscated item shows its obfuscation (so the label is true)."""
    kind, text = it["obfuscation"], it["subject"] + "\n" + it["body"]
    words = re.findall(r"\S+", text)
    if kind == "zerowidth":
        return any(c in ZW for c in text)
    if kind == "homoglyph":
        return any((CYR.search(w) and LAT.search(w)) or GRK.search(w) for w in words)
    if kind == "homoglyph+zerowidth":
        return any(c in ZW for c in text) and any((CYR.search(w) and LAT.search(w)) or GRK.search(w) for w in words)
    if kind == "leet":
        return any(re.search(r"[^\W\d_][0-9$@]|[0-9$@][^\W\d_]", w) for w in words if "://" not in w)
    if kind == "punct-split":
        return bool(re.search(r"\w[.\-_*|/·' ]\w[.\-_*|/·' ]\w|\w[.\-_*|/·']\w", text))
    if kind == "emoji":
        return bool(EMOJI_RE.search(text))
    if kind == "html-entity":
        return bool(re.search(r"&#x?[0-9a-fA-F]+;", it.get("html", "")))
    if kind == "image-link":
        return "<img " in it.get("html", "") and "http" in it["body"]
    return kind == "none"


def inject(items, faults):
    """Break a copy of the batch on purpose (the check must be able to fail)."""
    items = [dict(it) for it in items]
    if "leak" in faults:
        dev = next(it for it in items if it["split"] == "dev" and it["label"] == "benign" and it["obfuscation"] == "none")
        held = next(it for it in items if it["split"] == "heldout" and it["label"] == "benign" and it["family"] == dev["family"]
                    and it["lang"] == dev["lang"])
        held["body"] += "\n" + dev["body"]
    if "unbalanced" in faults:
        drop = {it["id"] for it in items if it["label"] == "scam" and it["family"] == "parcel" and it["lang"] == "en"
                and it["split"] == "heldout"}
        items = [it for it in items if it["id"] not in drop]
    if "duplicate" in faults:
        items.append(dict(items[0]))
    if "unfilled" in faults:
        items[1]["body"] += " {wallet}"
    if "unmarked" in faults:
        it = next(it for it in items if it["obfuscation"] == "zerowidth")
        it["body"] = "".join(c for c in it["body"] if c not in ZW)
        it["subject"] = "".join(c for c in it["subject"] if c not in ZW)
    return items


def split_and_render_errors(items, pool_fragments, batch):
    """The split is by phrasing: a plain item holds no sentence of the other half (pool_fragments(item) yields
    (sentence, half) pairs of its pools). And the batch renders as traffic."""
    errors = []
    for it in items:
        if it["obfuscation"] != "none":
            continue
        half = 1 if it["split"] == "heldout" else 0
        text = it["subject"] + "\n" + it["body"]
        for fragment, h in pool_fragments(it):
            if h != half and fragment in text:
                errors.append(f"{it['id']} ({it['split']}) contains a sentence of the other half: {fragment[:60]!r}")
                break
    with tempfile.TemporaryDirectory(prefix=f"tapwatch-{batch}-") as tmp:
        try:
            measure.buildPcap(items, os.path.join(tmp, f"{batch}.pcap"))
        except Exception as e:  # noqa: BLE001 - any failure to render is the finding
            errors.append(f"{batch} batch does not render as traffic: {e!r}")
    return errors


def sentences_in_both_halves(name, lang, slot_groups, shared, strip):
    """Errors for a pool sentence of `lang` that sits under both an even and an odd variant index:
    items draw variant i into half i % 2, so such a sentence would reach both halves. `slot_groups`:
    the language's slot dicts; `shared`: extra variant lists (greetings, sign-offs, ...); `strip`
    removes theme markers before comparing."""
    halves = collections.defaultdict(set)
    for slots in list(slot_groups) + [{"shared": v} for v in shared]:
        for variants in slots.values():
            for i, v in enumerate(variants):
                halves[strip(v)].add(i % 2)
    return [f"{name} pools of {lang}: a sentence is in both halves: {v[:60]!r}"
            for v, h in halves.items() if len(h) > 1 and len(v) > 12]


def print_report(batch, items, errors, max_errors):
    """Prints the batch's counts and up to `max_errors` errors as `check_<batch>.py` reports them;
    returns the exit code (1 when there are errors)."""
    scam = sum(1 for it in items if it["label"] == "scam")
    print(f"{batch} batch: {scam} scam items ({len({it['lang'] for it in items if it['label'] == 'scam'})} languages), "
          f"{len(items) - scam} benign items; dev {sum(1 for it in items if it['split'] == 'dev')}, "
          f"held-out {sum(1 for it in items if it['split'] == 'heldout')}")
    for e in errors[:max_errors]:
        print("FAILED: " + e)
    if len(errors) > max_errors:
        print(f"FAILED: ... and {len(errors) - max_errors} more")
    if errors:
        return 1
    print("OK")
    return 0


def cell_errors(items, scam, ham, batch, families, langs, earlier_ids, ham_kinds=None):
    """The batch label, unique ids, every family and channel per language (all look-alike kinds too when
    ham_kinds is given), each family in enough languages, and balanced halves per cell."""
    errors = []
    if any(it["batch"] != batch for it in items):
        errors.append(f"an item of the {batch} batch is not labelled batch: {batch}")
    ids = collections.Counter(it["id"] for it in items)
    dup = [i for i, n in ids.items() if n > 1] + sorted(set(ids) & earlier_ids)
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    fam_by_lang, kinds_by_lang, chan_by_lang = (collections.defaultdict(set) for _ in range(3))
    for it in scam:
        fam_by_lang[it["lang"]].add(it["family"])
    for it in ham:
        kinds_by_lang[it["lang"]].add(it["family"])
    for it in items:
        chan_by_lang[it["lang"]].add(it["channel"])
    for lang in ("en", "ru"):
        if fam_by_lang[lang] != families:
            errors.append(f"{lang}: families missing: {sorted(families - fam_by_lang[lang])}")
        if ham_kinds is not None and kinds_by_lang[lang] != ham_kinds:
            errors.append(f"{lang}: look-alike kinds missing: {sorted(ham_kinds - kinds_by_lang[lang])}")
    for lang in langs:
        if len(fam_by_lang[lang]) < 4:
            errors.append(f"{lang}: only {len(fam_by_lang[lang])} scam families")
        if len(kinds_by_lang[lang]) < 3:
            errors.append(f"{lang}: look-alike kinds {sorted(kinds_by_lang[lang])}")
        if chan_by_lang[lang] != {"mail", "post", "page"}:
            errors.append(f"{lang}: channels {sorted(chan_by_lang[lang])}")
    for fam in families:
        spread = {lang for lang, fams in fam_by_lang.items() if fam in fams}
        if len(spread) < 6:
            errors.append(f"{fam}: only in {sorted(spread)}")
    cells = collections.defaultdict(collections.Counter)
    for it in items:
        cells[(it["label"], it["family"], it["lang"])][it["split"]] += 1
    for cell, c in sorted(cells.items()):
        if abs(c["dev"] - c["heldout"]) > 1:
            errors.append(f"{cell}: halves unbalanced {dict(c)}")
    return errors


def check(items, earlier_ids):
    errors = []
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    if len(scam) < MIN_SCAM or len(ham) < MIN_HAM:
        errors.append(f"fourth batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} benign (>= {MIN_HAM})")
    errors += cell_errors(items, scam, ham, "fourth", FAMILIES, LANGS, earlier_ids)
    # Classes the batch is meant to measure, each often enough to read a rate from.
    want = [("obfuscation", OBFUSCATIONS, 30), ("wallet_kind", set(fourth_batch.WALLET_KINDS), 10),
            ("link_kind", {"lookalike", "odd-tld", "punycode", "ip", "short"}, 30), ("amount_style", {"digits", "words"}, 60),
            ("shape", {"short", "normal", "long", "image-link", "reply"}, 40)]
    for key, values, least in want:
        c = collections.Counter(it[key] for it in scam)
        for v in sorted(values):
            if c[v] < least:
                errors.append(f"scam {key} {v!r}: {c[v]} items (< {least})")
    pack = collections.Counter(measure.mailPackaging(it) for it in scam)
    for p in ("mail/html-only", "mail/attachment", "mail/utf-8", "post", "post/upload", "page"):
        if pack[p] < 10:
            errors.append(f"scam packaging {p}: {pack[p]} items (< 10)")
    if sum(n for p, n in pack.items() if p.startswith("mail/") and p[5:] not in ("utf-8", "html-only", "attachment")) < 10:
        errors.append("scam mail in legacy charsets: fewer than 10 items")
    markup = collections.Counter(it["markup"] for it in ham)
    if markup["html"] < 200 or markup["emoji"] < 50:
        errors.append(f"benign markup too rare: {dict(markup)}")
    for it in items:
        text = it["subject"] + "\n" + it["body"] + "\n" + it.get("html", "")
        if re.search(r"\{[a-z]+\}", text):
            errors.append(f"{it['id']}: unfilled placeholder")
        if it["label"] == "scam" and not marked(it):
            errors.append(f"{it['id']}: labelled {it['obfuscation']!r} but the text does not show it")
    # A sentence in a language's pools under both an even and an odd index would reach both halves
    # (items also borrow a sentence of another kind of their language).
    for name, table in (("scam", fourth_batch.scamTable()), ("look-alike", fourth_batch.hamTable())):
        for lang, groups in table.items():
            halves = collections.defaultdict(set)
            for slots in groups.values():
                for variants in slots.values():
                    for i, v in enumerate(variants):
                        halves[v].add(i % 2)
            for v, h in halves.items():
                if len(h) > 1 and len(v) > 25:
                    errors.append(f"{name} pools of {lang}: a sentence is in both halves: {v[:60]!r}")
    return errors + split_and_render_errors(items, poolFragments, "fourth")


def main():
    items = fourth_batch.generate(generate.SEED)
    if "--print-hash" in sys.argv:
        print(batchHash(items))
        return 0
    if "--tables" in sys.argv:
        tables(items)
        return 0
    earlier = generate.generate()
    errors = []
    if any(it["batch"] == "fourth" for it in earlier):
        errors.append("the fourth batch is in generate.generate(): dev-half tools (margin.py) would see it")
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != FOURTH_SHA256:
        errors.append(f"the fourth batch changed (sha256 {batchHash(items)}, recorded {FOURTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, {it["id"] for it in earlier})
    scam = sum(1 for it in items if it["label"] == "scam")
    print(f"fourth batch: {scam} scam items ({len({it['lang'] for it in items if it['label'] == 'scam'})} languages), "
          f"{len(items) - scam} benign items; dev {sum(1 for it in items if it['split'] == 'dev')}, "
          f"held-out {sum(1 for it in items if it['split'] == 'heldout')}")
    for e in errors[:60]:
        print("FAILED: " + e)
    if len(errors) > 60:
        print(f"FAILED: ... and {len(errors) - 60} more")
    if errors:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
