#!/usr/bin/env python3
"""Writes the small-packet benchmark's signature pack: 50 caseless literal
content signatures on `stream` (reassembled TCP payload, UDP payload), one
pattern each, so the sensor and raw Hyperscan scan the same bytes with the
same 50 expressions, and ngrep gets exactly these 50 literals.

  signatures_50.py --out DIR        writes DIR/content-50.yaml and DIR/ngrep.regex
"""
import argparse
import os
import re

# Phrases of scam mail and pages, written for this benchmark; a few occur in
# tapwatch-gen's scam flows, most occur nowhere (the common case for a sensor).
LITERALS = [
    "bitcoin only", "send payment", "transaction id", "offer ends in", "i recorded you",
    "your webcam", "48 hours", "wallet address", "gift card only", "western union",
    "moneygram", "wire transfer only", "verify your account", "account suspended", "unusual sign-in",
    "reset your password now", "confirm your identity", "final notice", "claim your prize", "you have won",
    "inheritance fund", "next of kin", "beneficiary", "customs clearance fee", "release your parcel",
    "crypto giveaway", "double your bitcoin", "limited slots", "guaranteed returns", "risk-free investment",
    "replica watches", "90% off", "clearance sale", "bank transfer only", "usdt trc20",
    "seed phrase", "recovery phrase", "private key", "tech support hotline", "your computer is infected",
    "irs agent", "tax refund pending", "covid relief", "vaccine certificate", "loan approved",
    "mule account", "easy money", "work from home", "processing agent", "urgent response",
]


def yaml_quote(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    assert len(LITERALS) == 50 and len(set(LITERALS)) == 50
    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "content-50.yaml"), "w") as f:
        f.write("# bench/small: 50 literal content signatures on stream (generated)\nsignatures:\n")
        for i, lit in enumerate(LITERALS):
            f.write(f"  - id: {2900001 + i}\n    rev: 1\n    name: {yaml_quote('bench content ' + lit)}\n"
                    f"    category: scam\n    severity: low\n    fields: [stream]\n    patterns:\n"
                    f"      - literal: {yaml_quote(lit)}\n        flags: [caseless]\n")
    # ngrep: the same 50 literals, escaped, one alternation; run with -i (caseless).
    with open(os.path.join(args.out, "ngrep.regex"), "w") as f:
        f.write("|".join(re.escape(lit) for lit in LITERALS))


if __name__ == "__main__":
    main()
