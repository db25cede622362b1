"""Extraction accuracy on the held-out corpus (tests/heldout), per layout and per language.

The development corpus (bench_extraction.py) is what the readers were tuned
on; this one was written apart from them, so its figures are the honest ones.
A field counts as correct when the extracted, validated value equals the
hand-written expectation for the nominee at the same position; precision is
correct / extracted, recall correct / expected. Kind accuracy counts
request / not_request / auto_reply. F1 is the harmonic mean of the two; "exact
missing" is the share of nominees (expected or extracted, whichever a message has
more of) whose list of missing fields is exactly the expected one -- a wrong
"we still need ..." is the worst answer the bot gives.
Run: ``python bench/bench_heldout.py [--set heldout|heldout2] [-v]`` (``-v`` lists
every wrong field and kind, by message name, without values). ``heldout2`` is the
issue-9 set (tests/heldout2: letters, client layouts, qualifier labels, bottom-posting);
``carriers_tuning`` and ``carriers_held_out`` are the two parts of the carrier corpus, ``carriers_batch3`` to ``carriers_batch10`` its third to tenth batches (tests/carriers:
real messages with a request written into the author's part; built from the real-mail cache, empty
without it).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from intakebot.analysis import analyse  # noqa: E402
from tests.carriers.make_carriers import all_cases as carrier_cases  # noqa: E402
from tests.carriers.spec import BATCHES  # noqa: E402
from tests.support.corpora import heldout2_cases, heldout_cases  # noqa: E402

SETS: dict[str, Any] = {
    "heldout": heldout_cases, "heldout2": heldout2_cases,
    "carriers_tuning": lambda: list(carrier_cases("tuning")),
    "carriers_held_out": lambda: list(carrier_cases("held_out")),
    **{f"carriers_{k}": (lambda k=k: list(carrier_cases(k))) for k in BATCHES},
}

FIELDS = ("country", "name", "surname", "organization", "position", "phone", "email")


class Tally:
    def __init__(self) -> None:
        self.tp = self.got = self.exp = self.kind_ok = self.n = 0

    def add_fields(self, tp: int, got: int, exp: int) -> None:
        self.tp, self.got, self.exp = self.tp + tp, self.got + got, self.exp + exp

    def f1(self) -> float:
        p = self.tp / self.got if self.got else 1.0
        r = self.tp / self.exp if self.exp else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, label: str) -> str:
        p = self.tp / self.got if self.got else 1.0
        r = self.tp / self.exp if self.exp else 1.0
        return (f"{label:<22}{self.n:>5}{self.kind_ok:>6}{p:>10.3f}{r:>8.3f}{self.f1():>7.3f}"
                f"{self.tp:>6}{self.got:>6}{self.exp:>6}")


def compare(
    expected: dict[str, Any], result: dict[str, Any]
) -> tuple[dict[str, tuple[int, int, int]], list[str]]:
    """Per field (tp, got, expected) and the names of wrong fields (no values).

    Shared with bench_extraction.py: both corpora are scored the same way.
    """
    stats: dict[str, list[int]] = {f: [0, 0, 0] for f in FIELDS}
    wrong: list[str] = []
    got, exp = result["nominees"], expected["nominees"]
    for i in range(max(len(got), len(exp))):
        g = got[i] if i < len(got) else {}
        e = exp[i] if i < len(exp) else {}
        for f in FIELDS:
            gv, ev = g.get(f), e.get(f)
            stats[f][1] += gv is not None
            stats[f][2] += ev is not None
            ok = gv is not None and gv == ev
            stats[f][0] += ok
            if (gv is not None or ev is not None) and not ok:
                wrong.append(f"{f}[{i}]:{'missed' if gv is None else 'extra' if ev is None else 'wrong'}")
    return {f: (s[0], s[1], s[2]) for f, s in stats.items()}, wrong


def missing_exact(expected: dict[str, Any], result: dict[str, Any]) -> tuple[int, int]:
    """(nominees whose missing list is exactly right, nominees counted) for one message.

    Counted: the larger of the expected and extracted nominee counts, so a bogus
    extra official or a lost one is a wrong answer too.
    """
    got, exp = result["nominees"], expected["nominees"]
    right = sum(1 for g, e in zip(got, exp, strict=False) if sorted(g["missing"]) == sorted(e["missing"]))
    return right, max(len(got), len(exp))


class Figures:
    """What one corpus scores: totals, per layout/language/field, and the wrong messages by name."""

    def __init__(self) -> None:
        self.missing_ok = self.missing_n = 0
        self.by_field = {f: Tally() for f in FIELDS}
        self.groups: dict[str, dict[str, Tally]] = {"layout": defaultdict(Tally), "language": defaultdict(Tally)}
        self.total = Tally()
        self.failures: list[str] = []

    @property
    def missing_share(self) -> float:
        return self.missing_ok / self.missing_n if self.missing_n else 1.0


def measure(cases: list[Any]) -> Figures:
    fig = Figures()
    for c in cases:
        result = analyse(c.message).to_json()
        kind_ok = result["kind"] == c.expected["kind"]
        stats, wrong = compare(c.expected, result)
        m_ok, m_n = missing_exact(c.expected, result)
        fig.missing_ok, fig.missing_n = fig.missing_ok + m_ok, fig.missing_n + m_n
        keys = {"layout": c.expected["layout"], "language": c.expected["language"]}
        for t in [fig.total, fig.groups["layout"][keys["layout"]], fig.groups["language"][keys["language"]]]:
            t.n += 1
            t.kind_ok += kind_ok
            for tp, got, exp in stats.values():
                t.add_fields(tp, got, exp)
        for f, (tp, got, exp) in stats.items():
            fig.by_field[f].add_fields(tp, got, exp)
        lang_ok = result["language"] == c.expected["language"]
        ref_ok = result["reference"] == c.expected["reference"]
        if wrong or not kind_ok or not lang_ok or not ref_ok:
            notes = [] if kind_ok else [f"kind:{result['kind']}"]
            notes += [] if lang_ok else [f"language:{result['language']}"]
            notes += [] if ref_ok else ["reference"]
            fig.failures.append(f"{c.name}: {' '.join(notes + wrong)}")
    return fig


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--set", choices=sorted(SETS), default="heldout")
    args = ap.parse_args()
    cases = SETS[args.set]()
    fig = measure(cases)
    head = f"{'':<22}{'msgs':>5}{'kind':>6}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'got':>6}{'exp':>6}"
    print(f"{args.set} corpus: {len(cases)} messages")
    for name in ("layout", "language"):
        print(f"\nby {name}\n{head}")
        for key in sorted(fig.groups[name]):
            print(fig.groups[name][key].row(key))
    print(f"\nby field\n{head}")
    for f, t in fig.by_field.items():
        print(t.row(f))
    print(fig.total.row("all"))
    exact = len(cases) - len(fig.failures)
    print(f"\nkind correct {fig.total.kind_ok}/{fig.total.n}; messages entirely right {exact}/{len(cases)}")
    print(f"field F1 {fig.total.f1():.3f}; missing-field list exactly right {fig.missing_ok}/{fig.missing_n} "
          f"= {fig.missing_share:.3f}")
    if args.verbose:
        print("\n".join(["", "wrong (message: what)"] + fig.failures))


if __name__ == "__main__":
    main()
