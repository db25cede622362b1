"""Why a reviewer's command was refused: the English text with a code and what its sentence quotes (pure).

Why a ``str``: the English text is what is logged, stored with a review_failed
item, compared (:data:`~intakebot.decisions.tokens.EXPIRED`) and shown by the
CLI, as before. The notes to the reviewers read the sentence for ``code`` in
``[secretariat] language`` (section ``[review_refusals]`` of the strings files,
:func:`intakebot.mail.review_mail.refusal_text`); a plain ``str`` why, or a code
without a sentence, is shown as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from intakebot.records import Problem


class Why(str):
    """``Why("the token has expired", "expired")``; ``params`` are quoted, ``problems`` worded per code."""

    code: str
    params: dict[str, str]
    problems: tuple[Problem, ...]

    def __new__(cls, text: str, code: str, *, problems: Sequence[Problem] = (), **params: str) -> Why:
        self = super().__new__(cls, text)
        self.code = code
        self.params = dict(params)
        self.problems = tuple(problems)
        return self
