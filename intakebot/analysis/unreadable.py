"""Why an attachment could not be read, in words a person acting on it can use.

Why this matters: a request whose form the bot cannot open must not be
answered "we still need everything" -- the official sent it. Each failure is
turned into a :class:`~intakebot.records.Unreadable` with a stable reason
(password-protected, a format we do not read, a broken file), so the request
goes to the Secretariat instead. Attachments that are plainly not documents
(calendar invitations, contact cards, signatures, pictures too small to be a
page) are not reported: nothing is lost by not reading them.
"""

from __future__ import annotations

from intakebot.records import Attachment, Unreadable

_OLE_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")

#: Document formats people send forms in that the bot does not read.
DOCUMENT_EXTENSIONS = frozenset(
    {"doc", "dot", "xls", "xlt", "ppt", "pptx", "odp", "ods", "pages", "numbers", "wpd", "wps",
     "hwp", "zip", "rar", "7z", "heic", "heif", "xps", "oxps", "djvu"}
)
#: Attachments that are never a form: not reported when left unread.
IGNORED_EXTENSIONS = frozenset({"ics", "vcs", "vcf", "p7s", "asc", "sig", "gif", "bmp", "webp", "svg", "css", "js"})
IGNORED_TYPES = frozenset(
    {"text/calendar", "text/vcard", "text/x-vcard", "application/ics", "application/pgp-keys", "text/css"}
)


def _ext(filename: str) -> str:
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def unread_kind(att: Attachment) -> Unreadable | None:
    """For an attachment no reader takes: why, or None when it is not a document."""
    ext = _ext(att.filename)
    if ext in IGNORED_EXTENSIONS or att.content_type in IGNORED_TYPES:
        return None
    if att.data[:8] == _OLE_MAGIC and b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in att.data:
        return Unreadable(att.filename, "encrypted_file", "password-protected Office file")
    if ext in DOCUMENT_EXTENSIONS or att.content_type in ("application/octet-stream", "application/msword"):
        return Unreadable(att.filename, "unknown_format", ext or att.content_type)
    return None


def read_failure(att: Attachment, kind: str, error: Exception) -> Unreadable:
    """A reader raised on an attachment it should read: password, or a broken file."""
    text = str(error).lower()
    if att.data[:8] == _OLE_MAGIC and kind in ("docx", "xlsx"):
        # Word and Excel save a password-protected .docx/.xlsx as an encrypted OLE file.
        encrypted = b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in att.data
        return Unreadable(att.filename, "encrypted_file" if encrypted else "unknown_format", kind)
    if "encrypt" in text or "password" in text or "decrypt" in text:
        return Unreadable(att.filename, "encrypted_file", kind)
    return Unreadable(att.filename, "corrupt", f"{kind}: {type(error).__name__}")
