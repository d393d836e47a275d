"""How strong a passphrase is, in words a person can act on."""

from __future__ import annotations

from dataclasses import dataclass

from rekindle_desktop.domain.words import ENGLISH, Words

MIN_LENGTH = 10
# zxcvbn scores 0..4; 0 and 1 fall to an offline guesser in hours, so we refuse them.
MIN_SCORE = 2
LABELS = ("Very weak", "Weak", "Fair", "Strong", "Very strong")


@dataclass(frozen=True)
class PassphraseStrength:
    score: int  # 0..4
    label: str
    acceptable: bool
    advice: str


def assess_passphrase(passphrase: str, *, words: Words = ENGLISH) -> PassphraseStrength:
    """How strong `passphrase` is, said in `words`' language (zxcvbn's own advice too:
    its few sentences are marked for translators in ui/domain_words.py)."""
    if not passphrase:
        return PassphraseStrength(
            0, _label(0, words), False, words.text("Choose a passphrase only you know.")
        )
    # zxcvbn's cost grows with length; nothing past 100 characters changes the verdict.
    from zxcvbn import zxcvbn  # its word lists take a while to load; only here

    result = zxcvbn(passphrase[:100])
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return PassphraseStrength(
            min(score, 1),
            _label(min(score, 1), words),
            False,
            words.text("Use at least {count} characters. A few unrelated words work well.").format(
                count=MIN_LENGTH
            ),
        )
    feedback = result.get("feedback") or {}
    advice = str(feedback.get("warning") or "")
    if not advice and score < 3:
        suggestions = feedback.get("suggestions") or []
        advice = str(suggestions[0]) if suggestions else ""
    advice = words.text(advice) if advice else ""  # zxcvbn's English, if any
    if score < MIN_SCORE:
        advice = advice or words.text(
            "This would be easy to guess. Add another unrelated word or two."
        )
    elif not advice:
        advice = words.text("Good. Keep it somewhere only you can reach, or remember it.")
    return PassphraseStrength(score, _label(score, words), score >= MIN_SCORE, advice)


def _label(score: int, words: Words) -> str:
    """LABELS[score], in `words`' language."""
    match score:
        case 0:
            return words.text("Very weak")
        case 1:
            return words.text("Weak")
        case 2:
            return words.text("Fair")
        case 3:
            return words.text("Strong")
    return words.text("Very strong")
