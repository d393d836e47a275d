"""How strong a passphrase is, in words a person can act on."""

from __future__ import annotations

from dataclasses import dataclass

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


def assess_passphrase(passphrase: str) -> PassphraseStrength:
    if not passphrase:
        return PassphraseStrength(0, LABELS[0], False, "Choose a passphrase only you know.")
    # zxcvbn's cost grows with length; nothing past 100 characters changes the verdict.
    from zxcvbn import zxcvbn  # its word lists take a while to load; only here

    result = zxcvbn(passphrase[:100])
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        return PassphraseStrength(
            min(score, 1),
            LABELS[min(score, 1)],
            False,
            f"Use at least {MIN_LENGTH} characters. A few unrelated words work well.",
        )
    feedback = result.get("feedback") or {}
    advice = str(feedback.get("warning") or "")
    if not advice and score < 3:
        suggestions = feedback.get("suggestions") or []
        advice = str(suggestions[0]) if suggestions else ""
    if score < MIN_SCORE:
        advice = advice or "This would be easy to guess. Add another unrelated word or two."
    elif not advice:
        advice = "Good. Keep it somewhere only you can reach, or remember it."
    return PassphraseStrength(score, LABELS[score], score >= MIN_SCORE, advice)
