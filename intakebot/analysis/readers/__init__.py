"""One reader per layout; each turns a piece of a message into :class:`records.Draft` s.

Text-like layouts (label lines, pasted tables, HTML, DOCX, ODT, PDF text) are
first rendered to text in which table rows are tab-separated lines, then read
by :mod:`.lines` and :mod:`.table`; spreadsheets (XLSX, CSV) go straight to the
grid reader in :mod:`.table` so each row keeps its own origin.
"""
