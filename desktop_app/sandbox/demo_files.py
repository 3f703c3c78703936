"""Attachments of the demo portal: small, realistic, deterministic files on the demo e-mails.

Every demo e-mail says "Details are below & in the attachment"; the ones whose subject names a
document get it (generated from the activity's own data, no randomness, so two portals with the same
``now`` hold identical bytes):

* "Proposal for <topic>" (and its "Re:") → ``Proposal – <topic>.pdf``;
* "Contract draft attached" (and its "Re:") → ``Contract draft – <topic>.pdf``;
* "Invoice for <topic>" → ``Invoice INV-<id>.pdf`` and ``Invoice INV-<id> – items.csv``;
* "Pricing & delivery terms" (and its "Re:") → ``Price list.csv``;
* the first open to-do of deal 1 → ``Meeting notes.txt`` (a to-do with a file, as after
  ``crm.activity.update {FILES}``).

The PDFs are one-page PDF 1.4 documents (Helvetica, text only) that any viewer opens; the CSV files use
``;`` and UTF-8 (a "€" in the header) as a European CRM export would. Names carry an en dash, so the
download's ``filename*`` (RFC 5987) is exercised by the demo too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from .clock import PortalClock
from .db import SandboxDB
from .files import FileChanges, Upload, apply_file_changes, guess_content_type

__all__ = ["attach_demo_files", "text_pdf"]

_DASH = "\u2013"


def _pdf_text(text: str) -> str:
    """A PDF literal string body: ASCII only (Helvetica's standard encoding), ``\\ ( )`` escaped."""
    ascii_text = text.replace(_DASH, "-").encode("ascii", "replace").decode("ascii")
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(title: str, lines: Sequence[str]) -> bytes:
    """A valid one-page A4 PDF 1.4 showing ``title`` (18 pt) and ``lines`` (11 pt), with a correct
    cross-reference table. Non-ASCII characters become ``?`` (an en dash becomes ``-``)."""
    text = [f"BT /F1 18 Tf 56 780 Td ({_pdf_text(title)}) Tj /F1 11 Tf 0 -32 Td"]
    text += [f"({_pdf_text(line)}) Tj 0 -16 Td" for line in lines]
    content = (" ".join(text) + " ET").encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _csv(rows: Sequence[Sequence[str]]) -> bytes:
    return "".join(";".join(row) + "\r\n" for row in rows).encode("utf-8")


def _upload(name: str, data: bytes) -> Upload:
    return Upload(name.replace("/", "-"), data, guess_content_type(name))


def _topic(subject: str, prefix: str) -> str:
    topic = subject.removeprefix("Re: ").removeprefix(prefix).strip() or "our project"
    return topic[:1].upper() + topic[1:]


def _files_for(activity_id: int, subject: str, when: datetime) -> list[Upload]:
    """The attachments of one demo e-mail (none when its subject names no document)."""
    day = when.strftime("%d.%m.%Y")
    plain = subject.removeprefix("Re: ")
    if plain.startswith("Proposal for "):
        topic = _topic(subject, "Proposal for ")
        return [_upload(f"Proposal {_DASH} {topic}.pdf", text_pdf(f"Proposal: {topic}", [
            f"Date: {day}", "Scope: licences, onboarding and support as discussed.",
            "Validity: 30 days from the date above.", f"Reference: ACT-{activity_id}"]))]
    if plain.startswith("Contract draft attached"):
        return [_upload(f"Contract draft {_DASH} ACT-{activity_id}.pdf", text_pdf("Contract (draft)", [
            f"Draft of {day}", "1. Subject of the contract", "2. Prices and payment terms",
            "3. Delivery and acceptance", "4. Term and termination"]))]
    if plain.startswith("Invoice for "):
        topic = _topic(subject, "Invoice for ")
        number = f"INV-{activity_id:05d}"
        items = [("Licences", "12", "49.00"), ("Onboarding", "1", "900.00"), ("Support (month)", "3", "120.00")]
        total = sum(int(qty) * float(price) for _, qty, price in items)
        return [
            _upload(f"Invoice {number}.pdf", text_pdf(f"Invoice {number}", [
                f"Date: {day}", f"For: {topic}", *(f"{name}: {qty} x {price} EUR" for name, qty, price in items),
                f"Total: {total:.2f} EUR"])),
            _upload(f"Invoice {number} {_DASH} items.csv", _csv(
                [("Item", "Quantity", "Price, €")] + [list(item) for item in items])),
        ]
    if plain.startswith("Pricing & delivery terms"):
        return [_upload("Price list.csv", _csv([
            ("Product", "Unit", "Price, €", "Delivery (days)"), ("Seat licence", "month", "49.00", "1"),
            ("Onboarding package", "once", "900.00", "10"), ("Premium support", "month", "120.00", "1")]))]
    return []


def attach_demo_files(db: SandboxDB, clock: PortalClock) -> int:
    """Store the demo attachments (module docstring) on the e-mails already in ``db``; returns how
    many files were stored. Run once, right after the demo activities are inserted."""
    stored = 0
    for row in db.query("SELECT id, subject, created FROM activity WHERE type_id = 4 ORDER BY id"):
        uploads = _files_for(int(row["id"]), row["subject"], datetime.fromtimestamp(row["created"], clock.tz))
        if uploads:
            stored += len(apply_file_changes(db, int(row["id"]), FileChanges(tuple(uploads))))
    todo = db.query_one("SELECT id FROM activity WHERE provider_id = 'CRM_TODO' AND completed = 'N' "
                        "AND owner_type_id = 2 AND owner_id = 1 ORDER BY deadline, id LIMIT 1")
    if todo is not None:
        notes = b"Agenda\r\n- pricing for 50 seats\r\n- rollout dates\r\n- open questions from IT\r\n"
        stored += len(apply_file_changes(db, int(todo["id"]), FileChanges((_upload("Meeting notes.txt", notes),))))
    return stored
