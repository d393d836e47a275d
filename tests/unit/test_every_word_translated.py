"""Every word the window shows goes through translation.

Reads the code of rekindle_desktop/ui/ (without running it) and finds words written
straight into the places Qt shows them: text setters (setText, setToolTip, addAction …),
widget constructors (QLabel("…"), QPushButton("…") …), message boxes, file dialogs and
painted text. Such words would stay English in a German window. Words reach those places
through translate("Context", "…") (see rekindle_desktop/ui/i18n.py); anything else
written there must be on the short allow-list below, with its reason.

What it cannot see: words put in a variable first and shown later. Those are caught by
lupdate only if they are marked with QT_TRANSLATE_NOOP, so mark them.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "rekindle_desktop" / "ui"

# Words that are fine as written, each with its reason.
ALLOWED = {
    "Rekindle": "the app's name, the same in every language",
    "Rekindle ": "the app's name, before its version number",
}

# Methods whose every text argument is shown to a person.
SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setStatusTip",
    "setWhatsThis",
    "setAccessibleName",
    "setAccessibleDescription",
    "addAction",
    "addMenu",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "setItemText",
    "addItem",
    "addItems",
    "insertItem",
    "setTitle",
    "setHtml",
    "setPlainText",
    "setLabelText",
    "setButtonText",
    "setInformativeText",
    "setDetailedText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "addRow",
    "setSpecialValueText",
    "setPrefix",
    "setSuffix",
    "showMessage",
    "addButton",
    "drawText",
    "say",
    "say_done",
}
# Constructors (and the house's own widget helpers) whose first argument is shown.
CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
    "QCommandLinkButton",
    "QListWidgetItem",
    "QStandardItem",
    "QTableWidgetItem",
    "QTreeWidgetItem",
    "label",
    "heading",
    "primary_button",
    "link_button",
    "passphrase_field",
}
# Static dialogs: which positional arguments are shown (the first is the parent).
DIALOGS = {
    ("QMessageBox", "information"): (1, 2),
    ("QMessageBox", "warning"): (1, 2),
    ("QMessageBox", "question"): (1, 2),
    ("QMessageBox", "critical"): (1, 2),
    ("QMessageBox", "about"): (1, 2),
    ("QFileDialog", "getOpenFileName"): (1, 3),
    ("QFileDialog", "getSaveFileName"): (1, 3),
    ("QFileDialog", "getExistingDirectory"): (1,),
    ("QInputDialog", "getInt"): (1, 2),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2),
}
# Keyword arguments that name things for the code or the style sheet, never shown.
NOT_SHOWN_KEYWORDS = {"name", "objectName"}

FIELD = re.compile(r"\{[^{}]*\}")
# strftime fields that write names of months, weekdays or AM/PM in English.
ENGLISH_NAMES = re.compile(r"%[aAbBpcx]")
MARKUP = re.compile(r"<[^<>]*>|&[a-z]+;|&#\d+;")


@dataclass(frozen=True)
class Finding:
    where: str
    words: str

    def __str__(self) -> str:
        return f"{self.where}: {self.words}"


def has_words(text: str) -> bool:
    """Whether `text` holds anything a person reads as words: letters once the
    {fields}, HTML tags and entities, and a leading & (a shortcut mark) are taken out.
    Symbols, numbers, spaces and separators like " · " are the same in every language.
    """
    if text in ALLOWED:
        return False
    return any(ch.isalpha() for ch in MARKUP.sub("", FIELD.sub("", text)))


def _untranslated(node: ast.expr) -> list[ast.expr]:
    """Parts of the expression `node` that are words written straight in, not translated."""
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and has_words(str(part.value)):
                return [node]
            if isinstance(part, ast.FormattedValue):
                spec = part.format_spec
                if isinstance(spec, ast.JoinedStr) and any(
                    isinstance(p, ast.Constant) and ENGLISH_NAMES.search(str(p.value))
                    for p in spec.values
                ):
                    return [node]  # a date or time written by hand, e.g. {when:%b %d}
        return []
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) + _untranslated(node.orelse)
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) + _untranslated(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [found for element in node.elts for found in _untranslated(element)]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("format", "join")
    ):
        return _untranslated(node.func.value)
    return []


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _shown_arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call.func)
    keywords = [k.value for k in call.keywords if k.arg not in NOT_SHOWN_KEYWORDS]
    if name in SETTERS:
        return [*call.args, *keywords]
    if name in CONSTRUCTORS:
        return [*call.args[:1], *keywords]
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
        shown = DIALOGS.get((call.func.value.id, call.func.attr))
        if shown:
            return [arg for i, arg in enumerate(call.args) if i in shown] + keywords
    return []


def findings_in(source: str, filename: str = "<code>") -> list[Finding]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            for argument in _shown_arguments(node):
                for part in _untranslated(argument):
                    found.append(Finding(f"{filename}:{part.lineno}", ast.unparse(part)))
    return sorted(found, key=lambda f: (f.where.split(":")[0], int(f.where.split(":")[1])))


def test_every_word_the_window_shows_goes_through_translation() -> None:
    found = [
        finding
        for path in sorted(UI.glob("*.py"))
        for finding in findings_in(path.read_text(encoding="utf-8"), path.name)
    ]
    assert not found, (
        "These words would stay English in a translated window; wrap them in "
        'translate("ClassName", "…") (see ui/i18n.py):\n' + "\n".join(map(str, found))
    )


def test_the_check_finds_words_written_straight_in() -> None:
    code = """
label = QLabel("Not kept")
button.setText(f"{count} entries")
box = QMessageBox.warning(self, "Careful", translate("X", "Fine"))
painter.drawText(box, 0, f"{when:%b %d}")
time.setText(f"{when:%H:%M}")
menu.addAction("Lock now" if locked else translate("X", "Unlock"))
"""
    assert [f.words for f in findings_in(code)] == [
        "'Not kept'",
        "f'{count} entries'",
        "'Careful'",
        "f'{when:%b %d}'",
        "'Lock now'",
    ]


def test_the_check_lets_translated_words_and_symbols_through() -> None:
    code = """
label = QLabel(translate("X", "Not kept"), "muted")
button.setText(translate("X", "{count} entries").format(count=3))
title.setText(f"{name} · {when}")
heading = label("", name="subheading")
spin.setSuffix(":00")
tray.setToolTip("Rekindle")
note.setText("<b>{one}</b>&nbsp;{two}".format(one=a, two=b))
"""
    assert findings_in(code) == []


def english_names_in(source: str, filename: str = "<code>") -> list[Finding]:
    """Dates written with strftime's English month or weekday names (%b, %B, %a, %A, %p)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        spec = None
        if isinstance(node, ast.FormattedValue) and isinstance(node.format_spec, ast.JoinedStr):
            spec = "".join(
                str(p.value) for p in node.format_spec.values if isinstance(p, ast.Constant)
            )
        elif (
            isinstance(node, ast.Call)
            and _name(node.func) == "strftime"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            spec = str(node.args[0].value)
        if spec is not None and ENGLISH_NAMES.search(spec) and isinstance(node, ast.expr):
            found.append(Finding(f"{filename}:{node.lineno}", spec))
    return found


def test_dates_in_the_window_take_their_names_from_the_locale() -> None:
    # Month and weekday names come from QLocale (ui/days.py, day_and_month in ui/i18n.py),
    # so a German window says "Dezember", not "December".
    found = [
        finding
        for path in sorted(UI.glob("*.py"))
        for finding in english_names_in(path.read_text(encoding="utf-8"), path.name)
    ]
    assert not found, "English month or weekday names:\n" + "\n".join(map(str, found))
    # domain/days.py writes days in English (for the command line): the window uses its own.
    english_days = [
        path.name
        for path in sorted(UI.glob("*.py"))
        if "from rekindle_desktop.domain.days import" in path.read_text(encoding="utf-8")
    ]
    assert english_days == []
    assert english_names_in('x = f"{when:%d %b}"; y = when.strftime("%A")') != []


def test_every_translation_names_its_context_as_written() -> None:
    # lupdate reads the context only where it is written out: translate(CONTEXT, "…")
    # would leave the words out of the catalogue, and English in every language.
    found = [
        f"{path.name}:{node.lineno}: {ast.unparse(node)}"
        for path in sorted(UI.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("translate", "QT_TRANSLATE_NOOP")
        and node.args
        and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str))
        and path.name != "i18n.py"
    ]
    assert not found, "\n".join(found)


PACKAGE = UI.parent
# Errors a person reads (their message and next step), below ui/: UserFacingError and
# its kind, the domain's refusals whose message "says why, in plain words" (Refusal in
# domain/words.py, and what derives from it), and a timeline file's refusal (Refusal in
# exchange/acceptance.py: its reason), and why the keyring can't be used (crypto/os_keyring.py).
SHOWN_ERRORS = {"UserFacingError", "InvalidEntry", "InvalidVoice", "Refusal", "KeyringProblem"}
# Contexts the window looks templates from below ui/ up in (ui/words.py, WindowWords.text).
BELOW_UI_CONTEXTS = {"ServiceWords", "DomainWords"}


@dataclass(frozen=True)
class Messages:
    """What code outside ui/ and the command line gives a person to read."""

    written: dict[str, str]  # each template written out in full, with where it is
    pieced: list[str]  # f-strings given to a shown error: where, and the f-string


def messages_in(trees: dict[str, ast.Module]) -> Messages:
    bases: dict[str, list[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [ast.unparse(b).split(".")[-1] for b in node.bases]

    def shown(name: str, seen: frozenset[str] = frozenset()) -> bool:
        if name in SHOWN_ERRORS:
            return True
        return any(shown(b, seen | {name}) for b in bases.get(name, []) if b not in seen)

    written: dict[str, str] = {}
    pieced: list[str] = []
    for where, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = ast.unparse(node.func).split(".")[-1]
            if shown(name):
                # The message and next step: the first two arguments (a refusal from
                # exchange/acceptance.py gives its verdict first, then its reason).
                texts = [*node.args[:2], *(k.value for k in node.keywords if k.arg in TEXTS)]
            elif name in ("text", "fill") and node.args:
                texts = node.args[:1]  # words.text("…"), fill("…", fields, words)
            else:
                continue
            for arg in texts:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value:
                    written.setdefault(arg.value, f"{where}:{node.lineno}")
                elif isinstance(arg, ast.JoinedStr) and shown(name):
                    pieced.append(f"{where}:{node.lineno}: {ast.unparse(arg)}")
    return Messages(written, pieced)


# Keyword names a shown error takes its words by.
TEXTS = {"message", "next_step", "template", "reason"}


def messages_below_ui() -> Messages:
    """Every message written out in full to an error a person reads (and each template
    given to words.text or fill), outside ui/ and the command line (which speaks English),
    with where it is; and the f-strings given to such an error instead."""
    files = [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if "ui" not in path.relative_to(PACKAGE).parts and not path.name.startswith("cli")
    ]
    return messages_in(
        {
            str(path.relative_to(PACKAGE)): ast.parse(path.read_text(encoding="utf-8"))
            for path in files
        }
    )


def marked_below_ui_words() -> set[str]:
    """Every template marked for the window's words from below ui/: in the contexts
    WindowWords looks in, in any file of ui/ (ui/service_words.py, ui/domain_words.py …)."""
    return {
        node.args[1].value
        for path in sorted(UI.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and _name(node.func) == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value in BELOW_UI_CONTEXTS
        and isinstance(node.args[1], ast.Constant)
    }


def test_every_message_from_below_ui_is_marked_for_translators() -> None:
    marked = marked_below_ui_words()
    messages = messages_below_ui().written
    assert len(messages) > 100  # the check really finds them
    missing = sorted(f"{where}: {text}" for text, where in messages.items() if text not in marked)
    assert not missing, (
        'Mark these in ui/service_words.py with QT_TRANSLATE_NOOP("ServiceWords", "…") '
        '(from domain/: ui/domain_words.py, "DomainWords"):\n' + "\n".join(missing)
    )


def test_no_error_a_person_reads_is_put_together_with_an_f_string() -> None:
    # An f-string's words can't be looked up in the catalogue once its values are in:
    # write the template with {named} fields and give the values as keywords, e.g.
    # UserFacingError("There is no entry {number} in this journal.", number=7).
    pieced = messages_below_ui().pieced
    assert not pieced, "Write these as templates with named fields:\n" + "\n".join(pieced)


def test_the_check_finds_pieced_and_written_messages() -> None:
    code = """
class Gone(UserFacingError): ...
class Odd(Refusal): ...
raise Gone(f"There is no entry {number}.", "Add one.")
raise Gone("There is no entry {number}.", "Add one.", number=3)
raise Odd("A pause can't end before it starts.")
raise Refusal(Verdict.OLDER, f"it is older than {n}")
raise ValueError(f"not shown {x}")
said = words.text("Plan at {place}").format(place=p)
"""
    found = messages_in({"here.py": ast.parse(code)})
    assert found.pieced == [
        "here.py:4: f'There is no entry {number}.'",
        "here.py:7: f'it is older than {n}'",
    ]
    assert set(found.written) == {
        "Add one.",
        "There is no entry {number}.",
        "A pause can't end before it starts.",
        "Plan at {place}",
    }


def test_the_german_catalogue_has_no_unfinished_entry() -> None:
    import xml.etree.ElementTree as ET

    catalogue = PACKAGE.parent / "resources" / "translations" / "rekindle_de.ts"
    unfinished = sorted(
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(catalogue).getroot().iter("context")
        for message in context.iter("message")
        if (found := message.find("translation")) is not None and found.get("type") == "unfinished"
    )
    # Left untranslated on purpose: tests/gui/test_i18n.py shows that a word not yet
    # translated falls back to English rather than going blank.
    assert unfinished == [("MainWindow", "Presentation mode (read-only)")]
