"""Every template domain/ puts together with values, and every refusal it gives, is
marked for translators, so a German window says it in German.

domain/ writes its templates out where it uses them: `words.text("Plan at {place}")`
(domain/words.py); its refusals as `InvalidEntry("…", field=value)`, or in tables named
`…_REFUSALS` and in `_Refusals(…)` (domain/entries.py, domain/voice.py). This reads the
code, without running it, and fails on any that ui/ does not mark: templates in the
"DomainWords" context, refusals in "ServiceWords" (ui/domain_words.py marks them; plain
refusals written out in full were marked in ui/service_words.py before).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "rekindle_desktop"
DOMAIN = PACKAGE / "domain"
REFUSING = {"InvalidEntry", "InvalidVoice", "Refusal", "_Refusals"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _strings(nodes: list[ast.expr]) -> set[str]:
    return {n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def templates_in(source: str) -> tuple[set[str], set[str]]:
    """(templates given to `words.text`, refusal templates) written out in `source`."""
    texts: set[str] = set()
    refusals: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name == "text" and isinstance(node.func, ast.Attribute):
                texts |= _strings(node.args[:1])
            elif name in REFUSING:
                refusals |= _strings([*node.args, *(k.value for k in node.keywords)])
        elif (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id.endswith("_REFUSALS") for t in node.targets)
            and isinstance(node.value, ast.Dict)
        ):
            refusals |= _strings(list(node.value.values))
    return texts, refusals - {""}


def domain_templates() -> tuple[dict[str, str], dict[str, str]]:
    """Each template of domain/ and the file it is in: (for `words.text`, refusals)."""
    texts: dict[str, str] = {}
    refusals: dict[str, str] = {}
    for path in sorted(DOMAIN.glob("*.py")):
        found, refused = templates_in(path.read_text(encoding="utf-8"))
        texts |= dict.fromkeys(found - texts.keys(), path.name)
        refusals |= dict.fromkeys(refused - refusals.keys(), path.name)
    return texts, refusals


def marked(context: str) -> set[str]:
    """Everything ui/ marks in `context` (the window's `Words` looks templates up there)."""
    return {
        str(node.args[1].value)
        for path in sorted((PACKAGE / "ui").glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and _name(node.func) == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == context
        and isinstance(node.args[1], ast.Constant)
    }


def test_every_template_domain_puts_together_with_values_is_marked() -> None:
    texts, _ = domain_templates()
    assert "Plan at {place}" in texts  # the check really finds them
    done = marked("DomainWords")
    missing = sorted(f"{where}: {t}" for t, where in texts.items() if t not in done)
    assert not missing, (
        'Mark these in ui/domain_words.py with QT_TRANSLATE_NOOP("DomainWords", "…"):\n'
        + "\n".join(missing)
    )


def test_every_refusal_domain_gives_is_marked() -> None:
    _, refusals = domain_templates()
    assert "Please fill in the place." in refusals  # from a _Refusals table
    assert "The moment holds a broken character; please type it again." in refusals
    done = marked("ServiceWords")
    missing = sorted(f"{where}: {t}" for t, where in refusals.items() if t not in done)
    assert not missing, (
        'Mark these in ui/domain_words.py with QT_TRANSLATE_NOOP("ServiceWords", "…"):\n'
        + "\n".join(missing)
    )


def test_the_check_finds_templates_and_refusals_written_out() -> None:
    code = """
title = words.text("Now at {place}").format(place=place)
raise InvalidEntry("The {thing} is long.", thing=3)
_PLACE = _Refusals("The place is long.", "broken", empty="Please fill in the place.")
_KIND_REFUSALS = {1: "A plan cannot hold that."}
label = "not a template"
"""
    assert templates_in(code) == (
        {"Now at {place}"},
        {
            "The {thing} is long.",
            "The place is long.",
            "broken",
            "Please fill in the place.",
            "A plan cannot hold that.",
        },
    )


def test_all_of_zxcvbns_advice_is_marked() -> None:
    # domain/passphrase.py shows zxcvbn's own warning or suggestion while a passphrase is
    # chosen; each of its sentences (zxcvbn marks them with gettext's _) is translated.
    import zxcvbn.feedback

    source = Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8")
    advice = {
        str(node.args[0].value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(advice) > 20
    assert advice - marked("DomainWords") == set()
