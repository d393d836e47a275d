"""The first-hour walk: every page and the main dialogs, as a couple meets them.

    python docs/make_walk.py [OUTPUT_FOLDER]        # default: docs/screenshots/walk

For each language (English, German) it shoots, in a fresh process each (the text scale
must be set before Qt starts):

- light at 100% text, dark at 100% text, light at 150% text on a 1440x900 screen;
- a demo journal (both roles, filled) and a fresh journal (both roles, empty): every
  page of the window, then the dialogs a first hour opens (share, pair, a plan with
  nothing said, withdraw, pause, reply, safety exit, how sharing works) and
  presentation mode.

Files land in OUTPUT_FOLDER/<lang>-<scheme>-<scale>/NN-name.png. It starts its own Xvfb
and uses throwaway journals and XDG folders, so nothing of yours is touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # run as a script: its neighbour starts the X server

from make_screenshots import start_xvfb  # noqa: E402

VARIANTS = [  # (language, scheme, text scale, screen)
    (lang, scheme, scale, screen)
    for lang in ("en", "de")
    for scheme, scale, screen in (
        ("light", "1", "1400x1000"),
        ("dark", "1", "1400x1000"),
        ("light", "1.5", "1440x900"),
    )
]


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else HERE / "screenshots" / "walk"
    if os.environ.get("REKINDLE_WALK_VARIANT"):
        return _shoot_variant(out)
    for lang, scheme, scale, screen in VARIANTS:
        folder = out / f"{lang}-{scheme}-{scale.replace('.', '')}"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        env = dict(os.environ, REKINDLE_WALK_VARIANT=f"{lang}:{scheme}:{scale}:{screen}")
        env.pop("DISPLAY", None)
        done = subprocess.run([sys.executable, __file__, str(folder)], env=env, check=False)
        if done.returncode:
            return done.returncode
    return 0


def _shoot_variant(out: Path) -> int:
    lang, scheme, scale, screen = os.environ["REKINDLE_WALK_VARIANT"].split(":")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    work = Path(tempfile.mkdtemp(prefix="rekindle-walk-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (work / name).mkdir()
        os.environ[name] = str(work / name)
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    xvfb = start_xvfb(screen)
    try:
        return _walk(out, work, lang, scheme)
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def _walk(out: Path, work: Path, lang: str, scheme: str) -> int:
    # Qt is imported only now, once DISPLAY, the scale and the XDG folders are set.
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QLocale, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
    from rekindle_desktop.domain.entries import EntryKind
    from rekindle_desktop.domain.role import Role
    from rekindle_desktop.services import access
    from rekindle_desktop.services.demo import DEMO_PASSPHRASE, create_demo_journal
    from rekindle_desktop.services.journal_session import JournalSession
    from rekindle_desktop.ui.export_dialog import ExportDialog
    from rekindle_desktop.ui.help_dialog import SHARING, open_help
    from rekindle_desktop.ui.i18n import install_translator
    from rekindle_desktop.ui.journal_view import JournalView
    from rekindle_desktop.ui.main_window import RekindleWindow
    from rekindle_desktop.ui.pairing_dialog import PairingDialog
    from rekindle_desktop.ui.style import apply_look

    app = QApplication(["rekindle-walk"])
    app.setApplicationName("Rekindle")
    if lang == "de":
        german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
        QLocale.setDefault(german)
        install_translator(app, german)
    apply_look(app, Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    count = 0

    def pump(ms: int = 200) -> None:
        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def wait_until(condition: Callable[[], bool], what: str, ms: int = 20_000) -> None:
        deadline = QDeadlineTimer(ms)
        while not condition():
            if deadline.hasExpired():
                raise SystemExit(f"Timed out waiting for {what}.")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def shoot(widget: QWidget, name: str) -> None:
        nonlocal count
        pump(300)
        count += 1
        window = widget.window()
        frame = window.frameGeometry()
        image = window.screen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = out / f"{count:02d}-{name}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"Could not save {path}.")
        print(path)

    def shoot_dialog(dialog: QWidget, name: str) -> None:
        dialog.show()
        wait_until(dialog.isVisible, name)
        shoot(dialog, name)
        dialog.close()
        pump()

    def walk_journal(journal, prefix: str, *, demo: bool) -> None:  # type: ignore[no-untyped-def]
        window = RekindleWindow(journal.folder.path, argon2=FLOOR_ARGON2, demo=demo)
        available = window.screen().availableGeometry()
        window.resize(min(1000, available.width()), min(700, available.height()))
        window.move(available.topLeft())
        window.show()
        window.open_journal(JournalSession(journal))
        wait_until(
            lambda: (
                isinstance(window.stack.currentWidget(), JournalView)
                and window.stack.currentWidget().loaded()
            ),
            "the journal",
        )
        page = window.stack.currentWidget()
        assert isinstance(page, JournalView)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            shoot(window, f"{prefix}-page-{index + 1}")
        page.tabs.setCurrentIndex(0)
        if page.sharer is not None:
            shoot_dialog(ExportDialog(JournalSession(journal), window), f"{prefix}-share")
            page.sharer.quick_log.choose(EntryKind.PLAN)
            plan = page.sharer.quick_log.open_form()
            plan._try_save()  # nothing said of what it is for: a gentle note
            shoot(plan, f"{prefix}-plan-form")
            plan.reject()
            pause = page.sharer.plan_pause()
            shoot(pause, f"{prefix}-pause")
            pause.reject()
            rows = page.sharer.log.ledger.entries
            if rows:
                withdraw = page.sharer.withdraw(max(rows))
                shoot(withdraw, f"{prefix}-withdraw")
                withdraw.reject()
        if page.review is not None and page.review.reply_button.isVisibleTo(page.review):
            page.tabs.setCurrentWidget(page.review)
            page.review.reply_button.click()
            reply = page.check_ins.reply_form
            if reply is not None:
                shoot(reply, f"{prefix}-reply")
                reply.reject()
        shoot_dialog(PairingDialog(journal, window), f"{prefix}-pairing")
        safety = window.open_safety_exit()
        shoot(safety, f"{prefix}-safety-exit")
        safety.reject()
        help_dialog = open_help(window, SHARING)
        shoot(help_dialog, f"{prefix}-help-sharing")
        help_dialog.close()
        window.present(True)
        shoot(window, f"{prefix}-presentation")
        window.present(False)
        window.close_journal()
        window.close()
        pump()

    walk_journal(create_demo_journal(parent=work), "demo", demo=True)
    fresh = access.create_journal(work / "fresh", DEMO_PASSPHRASE, Role.BOTH, argon2=FLOOR_ARGON2)
    walk_journal(fresh.journal, "fresh", demo=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
