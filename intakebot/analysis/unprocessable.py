"""The one exception analysis raises: the message must be quarantined."""

from __future__ import annotations

from intakebot.errors import IntakebotError


class Unprocessable(IntakebotError):
    """The message must be quarantined; ``code`` is short and stable.

    Codes: too_large, too_many_parts, too_deep, attachment_too_large,
    too_many_attachments, zip_bomb, xml_entities, pdf_limits, parse_timeout,
    too_many_nominees, parse_error.
    """

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
