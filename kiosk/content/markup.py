"""Markup in content text: a ``<`` or an ``&...;`` entity (issue 10, R22).

Content is shown as plain text, so markup would appear as typed; and where a
text component guessed rich text, an ``<img src=...>`` would make the kiosk
fetch from the network. So any text that holds markup is refused by the
loader and named by ``kiosk content check``.
"""

import re

# A "<" (with the start of a tag name, so the editor can find it) or an HTML
# entity. "Q&A" and "AT&T" are not entities; "&amp;" and "&#60;" are.
_MARKUP = re.compile(r"<[^\s<>\"']{0,20}|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def find(text: str) -> str | None:
    """The first piece of markup in ``text``, or None when it is plain."""
    match = _MARKUP.search(text)
    return match.group(0) if match else None
