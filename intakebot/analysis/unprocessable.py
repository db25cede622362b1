"""What analysis raises when a message cannot be read safely: both carry a short stable ``code``.

:class:`MimeLimit` is raised deep inside (a cap from :class:`~intakebot.config.LimitsConfig`
exceeded); :func:`~intakebot.analysis.pipeline.analyse` turns it, and anything
else a hostile message provokes, into :class:`Unprocessable`, which the caller
quarantines. Here, apart from :mod:`.mime`, so the readers can raise it
without importing the MIME walker (which imports them).
"""

from __future__ import annotations

from intakebot.errors import IntakebotError


class CodedError(IntakebotError):
    """An error with a short stable ``code`` and a ``detail`` for the quarantine entry."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


class MimeLimit(CodedError):
    """A cap from :class:`LimitsConfig` was exceeded; ``code`` is stable and short."""


class Unprocessable(CodedError):
    """The message must be quarantined; ``code`` is short and stable.

    Codes: too_large, too_many_parts, too_deep, attachment_too_large,
    too_many_attachments, zip_bomb, xml_entities, pdf_limits, parse_timeout,
    too_many_nominees, parse_error.
    """
