"""`make test` installs axe-core itself when npm is there, so that on a fresh
machine with Chromium and npm the browser tests run instead of skipping."""

import os
import shutil
import subprocess

import pytest
from django.conf import settings

pytestmark = pytest.mark.skipif(not shutil.which("make"), reason="make is missing")

FAKE_NPM = """#!/bin/sh
echo "$@" >> calls.txt
mkdir -p node_modules && touch node_modules/.package-lock.json
"""


@pytest.fixture
def checkout(tmp_path):
    for name in ("Makefile", "package.json", "package-lock.json"):
        shutil.copy(settings.BASE_DIR / name, tmp_path / name)
    npm = tmp_path / "npm"
    npm.write_text(FAKE_NPM)
    npm.chmod(0o755)
    return tmp_path


def make_axe(checkout, npm):
    subprocess.run(
        ["make", "--no-print-directory", "-C", str(checkout), "axe", f"NPM={npm}"],
        check=True,
        capture_output=True,
    )
    calls = checkout / "calls.txt"
    return calls.read_text().splitlines() if calls.exists() else []


def test_npm_ci_runs_when_node_modules_is_missing_or_stale(checkout):
    npm = checkout / "npm"
    assert make_axe(checkout, npm) == ["ci --no-audit --no-fund --loglevel=error"]
    assert len(make_axe(checkout, npm)) == 1

    stamp = checkout / "node_modules" / ".package-lock.json"
    older = stamp.stat().st_mtime - 60
    os.utime(stamp, (older, older))
    assert len(make_axe(checkout, npm)) == 2


def test_without_npm_nothing_is_installed(checkout):
    assert make_axe(checkout, "") == []
    assert not (checkout / "node_modules").exists()
