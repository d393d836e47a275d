"""The README's test command is the one CI runs: it installs the system packages .ci/run
installs, then runs .ci/run's own command, so a newcomer's machine gets what CI's does."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[2]
README = (ROOT / "README.md").read_text()
CI_RUN = (ROOT / ".ci" / "run").read_text()


def test_the_readme_test_command_installs_what_ci_installs_and_runs_what_ci_runs() -> None:
    found = re.search(r"APT_PACKAGES=\((.*?)\)", CI_RUN, re.S)
    assert found is not None
    installed = " ".join(found.group(1).split())
    tests = CI_RUN.strip().splitlines()[-1]
    assert tests.endswith(".venv/bin/pytest")
    command = f"sudo apt-get update && sudo apt-get install -y {installed} && {tests}"
    assert f"```sh\n{command}\n```" in README
