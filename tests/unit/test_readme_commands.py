"""The README's commands are the ones CI runs: its test command is .ci/run's, and its list
of system packages is the one .ci/run installs, so a newcomer's machine gets what CI's does."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text()
CI_RUN = (ROOT / ".ci" / "run").read_text()


def test_the_readme_test_command_is_the_one_ci_runs() -> None:
    command = CI_RUN.strip().splitlines()[-1]
    assert command.endswith(".venv/bin/pytest")
    assert f"```sh\n{command}\n```" in README


def test_the_readme_lists_the_system_packages_ci_installs() -> None:
    found = re.search(r"APT_PACKAGES=\((.*?)\)", CI_RUN, re.S)
    assert found is not None
    installed = found.group(1).split()
    block = README[README.index("### System packages") :]
    block = block[block.index("```sh\n") + 6 : block.index("\n```", block.index("```sh\n") + 6)]
    listed = block.replace("\\", " ").split()
    assert listed[:3] == ["sudo", "apt-get", "install"]
    assert sorted(listed[3:]) == sorted(installed)
