#!/usr/bin/env python3
"""Format check of the generated corpus' fifth batch (no detection is run).

Fails (exit 1) when:
- the batch is below its size (1,500 scam, 4,500 benign items, 2,200 benign
  held-out items), misses a family in English or Russian or a look-alike
  kind in English or Russian, a family is in fewer than six languages, a
  language carries fewer than four scam families or three look-alike kinds,
  or a language lacks one of the three channels;
- an item id repeats (also against the first four batches), a placeholder
  or a scenario tag is left in a text, a (family, language) cell's halves
  are unbalanced, a sentence sits in a language's pools under both an even
  and an odd index, or a plain item holds a sentence of the other half;
- a disguise, wallet format, link kind, sum style, shape or packaging is
  missing or too rare, or an item labelled with a disguise does not show it
  (a soft hyphen, a full-width letter, a combining mark, a keyword whose
  quoted-printable form is broken by a soft line break on the wire, a
  hidden span in the HTML, and the fourth batch's kinds);
- the batch differs from the one recorded here (FIFTH_SHA256): the blind
  held-out texts must not be edited after they are measured; regenerate the
  fingerprint with --print-hash only when the pools change on purpose, and
  say so in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half
  tools would hand it to whoever tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_fifth.py [--tables | --print-hash | --inject leak,unbalanced,duplicate,unfilled,unmarked]
  --tables      the README's count tables (markdown)
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.fifth_batch_check_can_fail)
"""
import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_fourth  # noqa: E402
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import measure  # noqa: E402

# sha256 of the fifth batch's items (json, sorted keys) as written by its blind author.
FIFTH_SHA256 = "a79c1bba3e5d0e3c138b8b0c8fa3e6cef36c8a4799a44bdea9631cbf5605c85c"
FAMILIES = check_fourth.FAMILIES
HAM_KINDS = {"gov-notice", "bank-loan", "bank-security", "fraud-news", "security-newsletter", "crypto-news", "charity",
             "lottery-results", "job-ad", "parcel-notice", "shop-promo", "personal", "tech-list"}
LANGS = ["en", "ru", "ru-lat", "ru-en", "de", "fr", "es", "tr", "uk", "uz", "uzc", "kk", "ky", "tg", "tk"]
MIN_SCAM, MIN_HAM, MIN_HAM_HELDOUT = 1500, 4500, 2200
OBFUSCATIONS = set(fifth_batch.SCAM_KINDS) | {"image-link"}
SHAPES = {"one-liner", "short", "normal", "long", "rambling", "image-link", "reply"}
PLACEHOLDER = re.compile(r"\{[A-Za-z]+\}")
THEME_TAG = re.compile(r"\[([a-z]+(?:-[a-z0-9]+)*)\] ")
HIDDEN = fifth_batch.HIDDEN_RE
batchHash = check_fourth.batchHash


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
    for key in ("obfuscation", "shape", "theme", "amount_style", "wallet_kind", "link_kind"):
        print(f"scam {key}", dict(collections.Counter(it[key] for it in scam).most_common()))
    print("benign markup", dict(collections.Counter(it["markup"] for it in items if it["label"] == "benign")))


def poolFragments(it):
    """The literal pieces (between placeholders) of every pool sentence an item may draw from, with their half."""
    lang = it["lang"]
    if it["label"] == "scam":
        slots = dict(fifth_batch.scamTable()[lang][it["family"]])
        slots["greet"] = fifth_batch.scamGreetings(lang, it["family"])
        slots["sign"] = fifth_batch.scamSignoffs(lang)
        slots["quoted"] = fifth_batch.quotedReplies(lang)
    else:
        slots = dict(fifth_batch.hamTable()[lang][it["family"]])
        slots["greet"] = fifth_batch.hamGreetings(lang)
        slots["footer"] = fifth_batch.hamFooters(lang)
    out = []
    for variants in slots.values():
        if len(variants) < 2:
            continue
        for i, v in enumerate(variants):
            for frag in re.split(r"\{[a-z]+\}", fifth_batch.stripTheme(v)):
                for line in frag.split("\n"):
                    if len(line.strip()) > 25:
                        out.append((line.strip(), i % 2))
    return out


def qpBroken(it):
    """Whether the wire form of a "qp-softbreak" item breaks a keyword with a soft line break."""
    words = it.get("qp_break_words") or []
    if it["channel"] != "mail" or it.get("cte") != "quoted-printable" or not words:
        return False
    wire = measure.encodeBody(it["body"], it["charset"], it["cte"], words).decode("ascii")
    return any("".join(fifth_batch.qpAtom(c, it["charset"]) for c in w) not in wire for w in words if w in it["body"])


def marked(it):
    kind, text = it["obfuscation"], it["subject"] + "\n" + it["body"]
    if kind == "soft-hyphen":
        return fifth_batch.SOFT_HYPHEN in text
    if kind == "fullwidth":
        return any(0xFF01 <= ord(c) <= 0xFF5E for c in text)
    if kind == "combining":
        return any(unicodedata.category(c) == "Mn" for c in text)
    if kind == "html-hidden":
        return bool(HIDDEN.search(it.get("html", "")))
    if kind == "qp-softbreak":
        return qpBroken(it)
    return check_fourth.marked(it)


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
        items[1]["body"] += " {WALLET}"
    if "unmarked" in faults:
        it = next(it for it in items if it["obfuscation"] == "qp-softbreak")
        it["qp_break_words"] = []
        it = next(it for it in items if it["obfuscation"] == "soft-hyphen")
        it["body"] = it["body"].replace(fifth_batch.SOFT_HYPHEN, "")
        it["subject"] = it["subject"].replace(fifth_batch.SOFT_HYPHEN, "")
    return items


def check(items, earlier_ids):
    errors = []
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    held_ham = sum(1 for it in ham if it["split"] == "heldout")
    if len(scam) < MIN_SCAM or len(ham) < MIN_HAM or held_ham < MIN_HAM_HELDOUT:
        errors.append(f"fifth batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} benign (>= {MIN_HAM}), "
                      f"{held_ham} benign held-out (>= {MIN_HAM_HELDOUT})")
    errors += check_fourth.cell_errors(items, scam, ham, "fifth", FAMILIES, LANGS, earlier_ids, ham_kinds=HAM_KINDS)
    want = [("obfuscation", OBFUSCATIONS, 25), ("wallet_kind", set(fourth_batch.WALLET_KINDS), 10),
            ("link_kind", {"lookalike", "odd-tld", "punycode", "ip", "short"}, 30), ("amount_style", {"digits", "words"}, 60),
            ("shape", SHAPES, 40)]
    for key, values, least in want:
        c = collections.Counter(it[key] for it in scam)
        for v in sorted(values):
            if c[v] < least:
                errors.append(f"scam {key} {v!r}: {c[v]} items (< {least})")
    themes = collections.Counter(it["theme"] for it in scam)
    themes.pop("-", None)
    for theme in ("bomb-threat", "hitman", "widow-donation", "diplomat", "un-imf", "pig-butchering", "recovery", "giveaway",
                  "money-mule", "covid-goods"):
        if themes[theme] < 15:
            errors.append(f"scam theme {theme!r}: {themes[theme]} items (< 15)")
    pack = collections.Counter(measure.mailPackaging(it) for it in scam)
    for p in ("mail/html-only", "mail/attachment", "mail/utf-8", "post", "post/upload", "page"):
        if pack[p] < 10:
            errors.append(f"scam packaging {p}: {pack[p]} items (< 10)")
    if sum(n for p, n in pack.items() if p.startswith("mail/") and p[5:] not in ("utf-8", "html-only", "attachment")) < 10:
        errors.append("scam mail in legacy charsets: fewer than 10 items")
    markup = collections.Counter(it["markup"] for it in ham)
    if markup["html"] < 200 or markup["emoji"] < 50 or markup["qp-softbreak"] < 100 or markup["soft-hyphen"] < 100:
        errors.append(f"benign markup too rare: {dict(markup)}")
    for it in items:
        text = it["subject"] + "\n" + it["body"] + "\n" + it.get("html", "") + "\n" + it.get("text_part", "")
        if PLACEHOLDER.search(text):
            errors.append(f"{it['id']}: unfilled placeholder")
        if any(m.group(1) in themes for m in THEME_TAG.finditer(text)):
            errors.append(f"{it['id']}: a scenario tag is left in the text")
        if it["label"] == "scam" and not marked(it):
            errors.append(f"{it['id']}: labelled {it['obfuscation']!r} but the text does not show it")
    # A sentence in a language's pools under both an even and an odd index would reach both halves.
    for name, table in (("scam", fifth_batch.scamTable()), ("look-alike", fifth_batch.hamTable())):
        for lang, groups in table.items():
            if name == "scam":
                shared = [fifth_batch.scamGreetings(lang, "advance-fee"), fifth_batch.scamGreetings(lang, "parcel"),
                          fifth_batch.scamSignoffs(lang), fifth_batch.sumWords(lang), fifth_batch.quotedReplies(lang)]
            else:
                shared = [fifth_batch.hamGreetings(lang), fifth_batch.hamFooters(lang)]
            errors += check_fourth.sentences_in_both_halves(name, lang, groups.values(), shared,
                                                            fifth_batch.stripTheme)
    return errors + check_fourth.split_and_render_errors(items, poolFragments, "fifth")


def main():
    items = fifth_batch.generate(generate.SEED)
    if "--print-hash" in sys.argv:
        print(batchHash(items))
        return 0
    if "--tables" in sys.argv:
        tables(items)
        return 0
    earlier = generate.generate()
    errors = []
    if any(it["batch"] == "fifth" for it in earlier):
        errors.append("the fifth batch is in generate.generate(): dev-half tools (margin.py) would see it")
    earlier_ids = {it["id"] for it in earlier} | {it["id"] for it in fourth_batch.generate(generate.SEED)}
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != FIFTH_SHA256:
        errors.append(f"the fifth batch changed (sha256 {batchHash(items)}, recorded {FIFTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, earlier_ids)
    return check_fourth.print_report("fifth", items, errors, 60)


if __name__ == "__main__":
    sys.exit(main())
