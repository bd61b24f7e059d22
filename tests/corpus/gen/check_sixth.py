#!/usr/bin/env python3
"""Format check of the generated corpus' sixth batch (no detection is run).

Fails (exit 1) when:
- the batch is below its size (900 scam, 2,300 benign items, 1,150 benign
  held-out items, 2.5 look-alikes per scam item), misses a family of issue
  17 in any of its thirteen languages or a look-alike kind in English or
  Russian, a language carries fewer than three look-alike kinds, or a
  language lacks one of the three channels;
- an item id repeats (also against the first five batches), a placeholder
  or a scenario tag is left in a text, a (family, language) cell's halves
  are unbalanced, a sentence sits in a language's pools under both an even
  and an odd index, or a plain item holds a sentence of the other half (a
  bilingual item: of either language's pools);
- a class the batch is meant to measure is missing or too rare: shapes
  (letter, rambling, very-short, forwarded, thread, bilingual, alt-only,
  site-page), disguises (leet-heavy, emoji-heavy, alt-only and the older
  kinds), sender kinds (free-mail, unrelated domain, look-alike domain), a
  Reply-To to free-mail that differs from From, attachments (text/plain and
  text/html), webmail JSON posts, shop / giveaway / claim pages, TRC20
  wallets, the plain-spoken 419 scenarios, and on the look-alike side list
  replies, release announcements, patches, list Reply-To headers, quoted
  scam wording, HTML, emoji and attachments;
- an item labelled with a disguise does not show it, or a mail's headers do
  not say what its labels say (every sixth-batch mail has a header set; a
  "freemail-differs" item has a Reply-To other than its From);
- the batch differs from the one recorded here (SIXTH_SHA256): the blind
  held-out texts must not be edited after they are measured; regenerate the
  fingerprint with --print-hash only when the pools change on purpose, and
  say so in tests/corpus/README.md;
- the batch leaks into generate.generate() (margin.py and other dev-half
  tools would hand it to whoever tunes);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_sixth.py [--tables | --print-hash | --inject leak,unbalanced,duplicate,unfilled,unmarked,headers]
  --tables      the README's count tables (markdown)
  --inject      break a copy of the batch on purpose: the check must report each fault (ctest
                corpus.sixth_batch_check_can_fail)
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_fifth  # noqa: E402
import check_fourth  # noqa: E402
import fifth_batch  # noqa: E402
import fourth_batch  # noqa: E402
import generate  # noqa: E402
import measure  # noqa: E402
import sixth_batch  # noqa: E402

# sha256 of the sixth batch's items (json, sorted keys) as written by its blind author.
SIXTH_SHA256 = "9bb74602a4ebb2ff8f1bca31d8e610a28992bd0f7345736195b3a2da15d951a8"
FAMILIES = check_fourth.FAMILIES
HAM_KINDS = {"tech-list", "fraud-news", "invoice", "charity", "shop-promo", "lottery-results", "job-ad", "bank-notice",
             "parcel-notice", "crypto-exchange", "personal"}
LANGS = ["en", "ru", "de", "fr", "es", "tr", "uk", "uz", "uzc", "kk", "ky", "tg", "tk"]
MIN_SCAM, MIN_HAM, MIN_HAM_HELDOUT, MIN_HAM_PER_SCAM = 900, 2300, 1150, 2.5
SHAPES = set(sixth_batch.SHAPES)
PLACEHOLDER = re.compile(r"\{[A-Za-z]+\}")
THEME_TAG = re.compile(r"\[([a-z]+(?:-[a-z0-9]+)*)\] ")
TAG_RE = re.compile(r"<[^>]*>")
ADDRESS = re.compile(r"@[A-Za-z0-9_]+|[\w.+-]+@[\w-]+(\.[\w-]+)+|T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-fA-F]{40}|bc1[a-z0-9]+|[13][1-9A-HJ-NP-Za-km-z]{25,34}")
batchHash = check_fourth.batchHash
FREEMAIL = set(sixth_batch.FREEMAIL) | set(fifth_batch.MAILHOSTS)


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
              f"packaging {dict(collections.Counter(measure.sixthPackaging(it) for it in rows))}\n")
    scam = [it for it in items if it["label"] == "scam"]
    for key in ("obfuscation", "shape", "theme", "from_kind", "reply_to", "second_lang", "amount_style", "wallet_kind", "link_kind"):
        print(f"scam {key}", dict(collections.Counter(it[key] for it in scam).most_common()))
    ham = [it for it in items if it["label"] == "benign"]
    for key in ("markup", "shape", "from_kind", "reply_to"):
        print(f"benign {key}", dict(collections.Counter(it[key] for it in ham).most_common()))


def scamSlots(lang, family):
    slots = dict(sixth_batch.scamTable()[lang][family])
    slots["greet"] = sixth_batch.scamGreetings(lang, family)
    slots["sign"] = sixth_batch.scamSignoffs(lang)
    slots["quoted"] = sixth_batch.quotedReplies(lang)
    slots["resend"] = sixth_batch.coverLines(lang)
    slots["cover"] = sixth_batch.attachCovers(lang)
    return slots


def poolFragments(it):
    """The literal pieces (between placeholders) of every pool sentence an item may draw from, with their half
    (both languages' pools for a bilingual item)."""
    lang = it["lang"]
    if it["label"] == "scam":
        slot_sets = [scamSlots(lang, it["family"])]
        if it.get("second_lang", "-") != "-":
            slot_sets.append(scamSlots(it["second_lang"], it["family"]))
    else:
        slots = dict(sixth_batch.hamTable()[lang][it["family"]])
        slots["greet"] = sixth_batch.hamGreetings(lang)
        slots["footer"] = sixth_batch.hamFooters(lang)
        slot_sets = [slots]
    out = []
    for slots in slot_sets:
        for variants in slots.values():
            if len(variants) < 2:
                continue
            for i, v in enumerate(variants):
                for frag in re.split(r"\{[a-z]+\}", fifth_batch.stripTheme(v)):
                    for line in frag.split("\n"):
                        if len(line.strip()) > 25:
                            out.append((line.strip(), i % 2))
    return out


def marked(it):
    kind, text = it["obfuscation"], it["subject"] + "\n" + it["body"]
    if kind == "leet-heavy":
        # Digits or symbols inside a word (links, handles and addresses are not leet).
        return any(re.search(r"[^\W\d_][0-9$@!]|[0-9$@!][^\W\d_]", w) for w in re.findall(r"\S+", text)
                   if "://" not in w and not ADDRESS.fullmatch(w.strip("()<>.,:;")))
    if kind == "emoji-heavy":
        return len(sixth_batch.EMOJI_COUNT_RE.findall(text)) >= 4
    if kind == "alt-only":
        page = it.get("html", "")
        return "<img " in page and ' alt="' in page and not TAG_RE.sub("", page).strip()
    return check_fifth.marked(it)


def headerErrors(items):
    errors = []
    for it in items:
        if it["channel"] != "mail":
            continue
        h = it.get("headers")
        if not h or not h.get("from") or not h.get("date") or not h.get("msgid"):
            errors.append(f"{it['id']}: a sixth-batch mail without its header set")
            continue
        if it["reply_to"] == "freemail-differs" and (not h.get("reply_to") or h["reply_to"] == h["from"]
                                                     or h["reply_to"].split("@")[-1] not in FREEMAIL):
            errors.append(f"{it['id']}: labelled freemail-differs but has no Reply-To header to another free-mail address")
    return errors


def inject(items, faults):
    """Break a copy of the batch on purpose (the check must be able to fail)."""
    items = [dict(it) for it in items]
    if "leak" in faults:
        dev = next(it for it in items if it["split"] == "dev" and it["label"] == "benign" and it["family"] != "tech-list")
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
        it = next(it for it in items if it["obfuscation"] == "leet-heavy")
        it["body"] = re.sub(r"[0-9$@!]", "", it["body"])
        it["subject"] = re.sub(r"[0-9$@!]", "", it["subject"])
        it = next(it for it in items if it["obfuscation"] == "alt-only")
        it["html"] += "<p>visible text</p>"
    if "headers" in faults:
        it = next(it for it in items if it.get("reply_to") == "freemail-differs" and it["label"] == "scam")
        it["headers"] = dict(it["headers"])
        del it["headers"]["reply_to"]
    return items


def atLeast(counter, values, least, what):
    return [f"{what} {v!r}: {counter[v]} items (< {least})" for v in sorted(values) if counter[v] < least]


def check(items, earlier_ids):
    errors = []
    scam = [it for it in items if it["label"] == "scam"]
    ham = [it for it in items if it["label"] == "benign"]
    held_ham = sum(1 for it in ham if it["split"] == "heldout")
    if (len(scam) < MIN_SCAM or len(ham) < MIN_HAM or held_ham < MIN_HAM_HELDOUT
            or len(ham) < MIN_HAM_PER_SCAM * len(scam)):
        errors.append(f"sixth batch too small: {len(scam)} scam (>= {MIN_SCAM}), {len(ham)} benign (>= {MIN_HAM} and "
                      f">= {MIN_HAM_PER_SCAM} per scam item), {held_ham} benign held-out (>= {MIN_HAM_HELDOUT})")
    errors += check_fourth.cell_errors(items, scam, ham, "sixth", FAMILIES, LANGS, earlier_ids, ham_kinds=HAM_KINDS)
    for lang in LANGS:
        missing = FAMILIES - {it["family"] for it in scam if it["lang"] == lang}
        if missing:
            errors.append(f"{lang}: families missing: {sorted(missing)}")
    C = collections.Counter
    errors += atLeast(C(it["shape"] for it in scam), SHAPES, 20, "scam shape")
    errors += atLeast(C(it["obfuscation"] for it in scam), {"none", "leet-heavy", "emoji-heavy", "alt-only"}, 40, "scam disguise")
    errors += atLeast(C(it["obfuscation"] for it in scam), set(sixth_batch.OLD_KINDS), 3, "scam disguise")
    errors += atLeast(C(it["from_kind"] for it in scam), {"freemail", "unrelated-domain", "lookalike-domain"}, 30, "scam sender kind")
    errors += atLeast(C(it["reply_to"] for it in scam), {"freemail-differs", "none"}, 60, "scam Reply-To")
    errors += atLeast(C(measure.sixthPackaging(it) for it in scam),
                      {"mail/attachment-html", "mail/attachment-plain", "mail/html-only", "post/json", "post/form", "page/shop",
                       "page/giveaway", "page/claim"}, 8, "scam packaging")
    errors += atLeast(C(it["wallet_kind"] for it in scam), {"trc20"}, 15, "scam wallet")
    errors += atLeast(C(it["wallet_kind"] for it in scam), {"bc1q", "legacy-1"}, 5, "scam wallet")
    errors += atLeast(C(it["amount_style"] for it in scam), {"none", "digits", "words"}, 40, "scam sum")
    errors += atLeast(C(it["theme"] for it in scam), {"business-proposal", "confidential-transaction", "unclaimed-funds",
                                                      "partnership", "widow-donation", "webcam", "giveaway", "money-mule"},
                      12, "scam theme")
    sections = C(it["second_lang"] for it in scam if it["shape"] == "bilingual")
    if len(sections) < 6:
        errors.append(f"bilingual scam items pair too few second languages: {dict(sections)}")
    errors += atLeast(C(it["shape"] for it in ham if it["family"] == "tech-list"), {"list-reply", "announce", "patch"}, 25,
                      "tech-list form")
    errors += atLeast(C(it["shape"] for it in ham), {"quotes-scam"}, 60, "look-alike form")
    errors += atLeast(C(it["reply_to"] for it in ham), {"list", "helpdesk-same-domain", "freemail-differs"}, 10, "look-alike Reply-To")
    errors += atLeast(C(it["markup"] for it in ham), {"html", "emoji", "attachment"}, 50, "look-alike markup")
    themes = C(it["theme"] for it in scam)
    themes.pop("-", None)
    for it in items:
        text = it["subject"] + "\n" + it["body"] + "\n" + it.get("html", "") + "\n" + it.get("text_part", "") + "\n" + it.get("cover", "")
        if PLACEHOLDER.search(text):
            errors.append(f"{it['id']}: unfilled placeholder")
        if any(m.group(1) in themes for m in THEME_TAG.finditer(text)):
            errors.append(f"{it['id']}: a scenario tag is left in the text")
        if it["label"] == "scam" and not marked(it):
            errors.append(f"{it['id']}: labelled {it['obfuscation']!r} but the text does not show it")
        if it.get("attach") and it["obfuscation"] in ("html-entity", "html-hidden") and it.get("attach_type") != "html":
            errors.append(f"{it['id']}: labelled {it['obfuscation']!r} but travels as a plain-text attachment that does not show it")
    errors += headerErrors(items)
    # A sentence in a language's pools under both an even and an odd index would reach both halves.
    for name, table in (("scam", sixth_batch.scamTable()), ("look-alike", sixth_batch.hamTable())):
        for lang, groups in table.items():
            if name == "scam":
                fam = next(iter(groups), None)
                shared = [sixth_batch.scamGreetings(lang, "advance-fee"), sixth_batch.scamGreetings(lang, "parcel"),
                          sixth_batch.scamSignoffs(lang), sixth_batch.sumWords(lang), sixth_batch.quotedReplies(lang),
                          sixth_batch.coverLines(lang), sixth_batch.attachCovers(lang)] if fam else []
            else:
                shared = [sixth_batch.hamGreetings(lang), sixth_batch.hamFooters(lang)]
            errors += check_fourth.sentences_in_both_halves(name, lang, groups.values(), shared,
                                                            fifth_batch.stripTheme)
    return errors + check_fourth.split_and_render_errors(items, poolFragments, "sixth")


def main():
    items = sixth_batch.generate(generate.SEED)
    if "--print-hash" in sys.argv:
        print(batchHash(items))
        return 0
    if "--tables" in sys.argv:
        tables(items)
        return 0
    earlier = generate.generate()
    errors = []
    if any(it["batch"] == "sixth" for it in earlier):
        errors.append("the sixth batch is in generate.generate(): dev-half tools (margin.py) would see it")
    earlier_ids = ({it["id"] for it in earlier} | {it["id"] for it in fourth_batch.generate(generate.SEED)}
                   | {it["id"] for it in fifth_batch.generate(generate.SEED)})
    if "--inject" in sys.argv:
        faults = set(sys.argv[sys.argv.index("--inject") + 1].split(","))
        items = inject(items, faults)
    elif batchHash(items) != SIXTH_SHA256:
        errors.append(f"the sixth batch changed (sha256 {batchHash(items)}, recorded {SIXTH_SHA256}): "
                      "its blind held-out texts must not be edited after they are measured")
    errors += check(items, earlier_ids)
    return check_fourth.print_report("sixth", items, errors, 80)


if __name__ == "__main__":
    sys.exit(main())
