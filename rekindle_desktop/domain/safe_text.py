"""Text from a partner's file, made safe to show: on a terminal, where no control
character reaches it raw, and in the window, where no bidi control can reorder or
disguise what is drawn around it (docs/SECURITY.md, R14).

The sharer holds their own keys and can sign any text, so every field of a timeline
file or reply is treated as hostile here, however honest the person usually is.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"
FSI = "\u2068"  # first strong isolate: its content's direction cannot leak out...
PDI = "\u2069"  # ...up to this, the pop directional isolate
# The explicit bidi controls: embeddings and overrides (LRE RLE PDF LRO RLO) and
# isolates (LRI RLI FSI PDI). The window drops them all; a partner's text needs none.
EXPLICIT_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# With the invisible marks (ALM LRM RLM): every bidi control there is.
BIDI_CONTROLS = EXPLICIT_BIDI | frozenset("\u061c\u200e\u200f")
# Joiners are format characters too, but Persian and emoji sequences need them, and
# they reorder nothing.
_JOINERS = frozenset("\u200c\u200d")
_TERMINAL_UNSAFE = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))
_NAMED = {"\t": "\\t", "\r": "\\r"}

_WINDOW_UNSAFE = re.compile(
    "\r\n?|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_LINE_BREAKS = re.compile("[\n\t]+")
# Where the right-to-left scripts (bidi classes R, AL and AN) live, and the RLM mark:
# text holding any of them is isolated, so that it cannot pull neighbouring digits or
# punctuation into its own run. tests/unit/test_safe_text.py checks the ranges against
# unicodedata.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def for_terminal(text: str) -> str:
    """`text` with every control, format, bidi and line-separator character shown as an
    escape (`\\x1b`, `\\u202e`, `\\t`), so nothing in it can drive a terminal. Newlines stay;
    a caller that prints partner text under its own words indents what follows them."""
    if text.isprintable():  # the common case: no control, format or separator at all
        return text
    return "".join(_shown(ch) for ch in text)


def _shown(ch: str) -> str:
    if ch == "\n" or ch in _JOINERS or unicodedata.category(ch) not in _TERMINAL_UNSAFE:
        return ch
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def for_window(text: str, *, one_line: bool = False) -> str:
    """`text` as the window may draw it, wherever it is placed.

    Embeddings, overrides and isolates are dropped, so none can reach past the field;
    other control characters and lone surrogates become U+FFFD, visibly; line and
    paragraph separators become newlines (spaces if `one_line`). Text that holds
    right-to-left script is wrapped in an isolate (FSI…PDI): drawn next to other words,
    it reads as it should and moves nothing around it. Letters and digits are kept.
    """
    if text.isprintable():  # no control, format or separator: ten years of rows are
        if text.isascii():  # mostly this, and the check must cost next to nothing
            return text
        cleaned = text
    else:
        cleaned = _WINDOW_UNSAFE.sub(_in_window, text)
        if one_line and ("\n" in cleaned or "\t" in cleaned):
            cleaned = _LINE_BREAKS.sub(" ", cleaned)
    if cleaned.isascii() or not _RIGHT_TO_LEFT.search(cleaned):
        return cleaned
    return FSI + cleaned + PDI


def _in_window(match: re.Match[str]) -> str:
    found = match.group()
    if found[0] in "\r\u2028\u2029":
        return "\n"
    if found in EXPLICIT_BIDI:
        return ""
    return REPLACEMENT
