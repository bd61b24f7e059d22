#!/usr/bin/env python3
"""Format check of the generated corpus' third batch (no detection is run).

Fails (exit 1) when:
- the first two batches changed (their items hash differently than when the
  third batch was added: their measurements must stay comparable);
- the third batch is below issue 17's share (240 scam, 1,200 benign items),
  misses a family in English or Russian, a language carries fewer than five
  families or fewer than five look-alike kinds, or lottery results are
  missing from a language;
- an item id repeats, a (family, language) cell's halves are unbalanced, or
  a held-out item contains a development sentence (or the other way round);
- an item cannot be written as traffic (measure.buildPcap).

usage: check_third.py [--tables]   (--tables: the README's count tables, markdown)
"""
import collections
import hashlib
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
import measure  # noqa: E402
import third_batch  # noqa: E402

# sha256 of the first two batches' items (json, sorted keys) when the third batch was added.
OLD_BATCHES_SHA256 = "ba60b950d5e1460d1eccdbeb90d4f8a3a249c49f57c6b9677dc37feca0a2de47"
FAMILIES = {"sextortion", "blackmail", "advance-fee", "lottery", "loan", "crypto", "romance", "fake-shop", "job",
            "parcel", "tech-support"}
LANGS = {"en", "ru", "de", "fr", "es", "tr", "uz", "uzc", "kk", "ky", "tg", "tk"}


def oldHash(items):
    old = [it for it in items if it["batch"] in ("base", "extra")]
    return hashlib.sha256(json.dumps(old, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def slotVariants(table, lang, kind):
    """Every pool sentence of a (language, family or kind) with its half (0 dev, 1 held-out)."""
    out = []
    for slot, variants in table[lang][kind].items():
        for i, v in enumerate(variants):
            if len(variants) > 1:
                out.append((v, i % 2))
    return out


def tables(third):
    langs = ["en", "ru", "de", "fr", "es", "tr", "uz", "uzc", "kk", "ky", "tg", "tk"]
    for label, head in (("scam", "family"), ("benign", "kind")):
        rows = [it for it in third if it["label"] == label]
        print(f"| {head} | " + " | ".join(langs) + " | all |")
        print("|---|" + "---:|" * (len(langs) + 1))
        for group in sorted({it["family"] for it in rows}):
            c = collections.Counter(it["lang"] for it in rows if it["family"] == group)
            print(f"| {group} | " + " | ".join(str(c[g]) if c[g] else "" for g in langs) + f" | {sum(c.values())} |")
        c = collections.Counter(it["lang"] for it in rows)
        print("| all | " + " | ".join(str(c[g]) for g in langs) + f" | {len(rows)} |\n")
        print(f"{label}: per half {dict(collections.Counter(it['split'] for it in rows))}, "
              f"channels {dict(collections.Counter(it['channel'] for it in rows))}\n")
    scam = [it for it in third if it["label"] == "scam"]
    print("obfuscation", dict(collections.Counter(it["obfuscation"] for it in scam)))
    print("shape", dict(collections.Counter(it["shape"] for it in scam)))
    print("scam mail packaging", dict(collections.Counter(measure.mailPackaging(it) for it in scam if it["channel"] == "mail")))
    print("benign markup", dict(collections.Counter(it["markup"] for it in third if it["label"] == "benign")))


def poolSources(label):
    """Every third-batch pool table of a label (each step's): lang -> family or kind -> slots."""
    if label == "scam":
        return [third_batch.allScamTable(), third_batch.moreCaTable(), third_batch.sextortionTable(),
                third_batch.scam_third.MORE_EN_RU]
    lottery = {lang: {"lottery-news": pools} for lang, pools in third_batch.moreLotteryTable().items()}
    return [third_batch.hamTable(), third_batch.hamTable3(), lottery]


def itemVariants(it):
    """The sentences of every pool an item may draw from, with their half."""
    out = []
    for source in poolSources(it["label"]):
        if it["family"] in source.get(it["lang"], {}):
            out += slotVariants(source, it["lang"], it["family"])
    return out


def main():
    items = generate.generate()
    errors = []
    if "--print-hash" in sys.argv:
        print(oldHash(items))
        return 0
    if "--tables" in sys.argv:
        tables([it for it in items if it["batch"] == "third"])
        return 0
    if oldHash(items) != OLD_BATCHES_SHA256:
        errors.append("the first two batches changed (base/extra items differ from when the third batch was added)")
    third = [it for it in items if it["batch"] == "third"]
    scam = [it for it in third if it["label"] == "scam"]
    ham = [it for it in third if it["label"] == "benign"]
    if len(scam) < 240 or len(ham) < 1200:
        errors.append(f"third batch too small: {len(scam)} scam (>= 240), {len(ham)} benign (>= 1200)")
    ids = [it["id"] for it in items]
    dup = [i for i, n in collections.Counter(ids).items() if n > 1]
    if dup:
        errors.append(f"duplicate ids: {dup[:5]}")
    fam_by_lang = collections.defaultdict(set)
    kinds_by_lang = collections.defaultdict(set)
    for it in scam:
        fam_by_lang[it["lang"]].add(it["family"])
    for it in ham:
        kinds_by_lang[it["lang"]].add(it["family"])
    for lang in ("en", "ru"):
        if fam_by_lang[lang] != FAMILIES:
            errors.append(f"{lang}: families missing: {sorted(FAMILIES - fam_by_lang[lang])}")
    for lang in LANGS:
        if len(fam_by_lang[lang]) < 5:
            errors.append(f"{lang}: only {len(fam_by_lang[lang])} scam families")
        if len(kinds_by_lang[lang]) < 5 or "lottery-news" not in kinds_by_lang[lang]:
            errors.append(f"{lang}: look-alike kinds {sorted(kinds_by_lang[lang])}")
    for fam in FAMILIES:
        langs = {lang for lang, fams in fam_by_lang.items() if fam in fams}
        if len(langs) < 5:
            errors.append(f"{fam}: only in {sorted(langs)}")
    cells = collections.defaultdict(collections.Counter)
    for it in third:
        cells[(it["label"], it["family"], it["lang"])][it["split"]] += 1
    for cell, c in cells.items():
        if abs(c["dev"] - c["heldout"]) > 1:
            errors.append(f"{cell}: halves unbalanced {dict(c)}")
    # The split is by phrasing: a plain (not obfuscated) item holds no sentence of the other half.
    for it in third:
        if it["obfuscation"] != "none":
            continue
        half = 1 if it["split"] == "heldout" else 0
        text = it["subject"] + "\n" + it["body"]
        variants = itemVariants(it)
        for sentence, h in variants:
            if h != half and len(sentence) > 25 and sentence in text:
                errors.append(f"{it['id']} ({it['split']}) contains a sentence of the other half: {sentence[:60]!r}")
                break
    with tempfile.TemporaryDirectory(prefix="tapwatch-third-") as tmp:
        try:
            measure.buildPcap(third, os.path.join(tmp, "third.pcap"))
        except Exception as e:  # noqa: BLE001 - any failure to render is the finding
            errors.append(f"third batch does not render as traffic: {e!r}")
    print(f"third batch: {len(scam)} scam items ({len(fam_by_lang)} languages), {len(ham)} benign items; "
          f"dev {sum(1 for it in third if it['split'] == 'dev')}, held-out {sum(1 for it in third if it['split'] == 'heldout')}")
    for e in errors:
        print("FAILED: " + e)
    if errors:
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
