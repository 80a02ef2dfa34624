"""The README's test command holds on a fresh machine: every import is declared, CI installs into a
new virtualenv with exactly that command, no test names a path of this machine, and without ../shared or LibreOffice
the tests that need them skip with a reason while the rest pass."""

from __future__ import annotations

import ast
import importlib.metadata as metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import OCR_MEMO_ENV, REPO, ocr_memo_folder
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

README_TEST_COMMAND = 'python -m pip install -e ".[test]" && python -m pytest'
MACHINE_PATH = re.compile(r"""["'](/(?:work|home|root|mnt|srv|Users)/[^"']*|/tmp/[^"']+)["']""")
SOURCE_DIRS = ("archive", "tests", "benchmarks")


def _python_files(*dirs: str) -> list[Path]:
    return sorted(p for d in dirs for p in (REPO / d).rglob("*.py") if "__pycache__" not in p.parts)


def test_no_test_names_a_path_of_this_machine():
    offenders = [f"{path.relative_to(REPO)}:{n}: {line.strip()}"
                 for path in _python_files("tests") for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                 if MACHINE_PATH.search(line)]
    assert offenders == [], "tests must find ../shared relative to the checkout (conftest.SHARED):\n" + "\n".join(
        offenders)


def _declared_closure() -> set[str]:
    """Every distribution `pip install -e ".[test]"` brings in: the declared requirements and theirs, with extras."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    pending = [Requirement(r) for r in project["dependencies"] + project["optional-dependencies"]["test"]]
    seen: set[str] = set()
    done: set[tuple[str, frozenset[str]]] = set()
    while pending:
        req = pending.pop()
        key = (canonicalize_name(req.name), frozenset(req.extras))
        if key in done:
            continue
        done.add(key)
        seen.add(key[0])
        try:
            requires = metadata.distribution(req.name).requires or []
        except metadata.PackageNotFoundError:
            continue  # declared but not installed here: pip would install it, nothing to follow
        for text in requires:
            sub = Requirement(text)
            envs = [{"extra": e} for e in (req.extras or {""})] + [{"extra": ""}]
            if sub.marker is None or any(sub.marker.evaluate(env) for env in envs):
                pending.append(sub)
    return seen


def _imported_top_modules() -> dict[str, str]:
    """Top-level module name -> one file importing it, over the project's own code, tests and benchmarks."""
    found: dict[str, str] = {}
    for path in _python_files(*SOURCE_DIRS):
        tree = ast.parse(path.read_text("utf-8"), str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(REPO)))
    return found


def test_every_import_is_a_declared_dependency():
    """What failed on a fresh machine: pypdf needs `cryptography` for AES, which only this machine had."""
    local = {"archive"} | {p.stem for p in (REPO / "tests").glob("*.py")} | {
        p.name for p in (REPO / "tests").iterdir() if p.is_dir()} | {p.stem for p in (REPO / "benchmarks").glob("*.py")}
    providers = metadata.packages_distributions()
    closure = _declared_closure()
    missing = []
    for module, where in sorted(_imported_top_modules().items()):
        if module in sys.stdlib_module_names or module in local or module == "__future__":
            continue
        dists = {canonicalize_name(d) for d in providers.get(module, [])}
        if not dists & closure:
            missing.append(f"{module} (imported in {where}; provided by {sorted(dists) or 'nothing installed'})")
    assert missing == [], "imported but not brought in by pyproject.toml:\n" + "\n".join(missing)


def test_pypdf_can_open_aes_encrypted_files():
    """The declared pypdf[crypto] really provides AES (encrypted PDFs are 加密, not 损坏)."""
    assert "cryptography" in _declared_closure()
    from pypdf._crypt_providers import crypt_provider

    assert crypt_provider[0] == "cryptography"


def test_ci_installs_with_the_readme_command_into_a_new_virtualenv():
    readme = (REPO / "README.md").read_text("utf-8")
    ci = (REPO / ".ci" / "run").read_text("utf-8")
    assert readme.count(README_TEST_COMMAND) == 1 and "python -m pip install -e . && taizhang demo" in readme
    assert "python3 -m venv .venv" in readme  # Debian's system Python refuses pip outside a virtualenv
    assert [line.strip() for line in ci.splitlines()].count(README_TEST_COMMAND) == 1
    assert re.search(r'venv="\$\(mktemp -d', ci) and 'python3 -m venv "$venv"' in ci
    assert 'export PATH="$venv/bin:$PATH"' in ci and 'test "$(command -v python)" = "$venv/bin/python"' in ci
    assert ci.index('python3 -m venv "$venv"') < ci.index(README_TEST_COMMAND)
    assert '"$status" -eq 5' in ci  # no tests collected is a failure
    for package in ("libreoffice-writer-nogui", "libreoffice-calc-nogui", "fonts-noto-cjk", "poppler-utils",
                    "chromium", "chromium-driver"):
        assert package in ci
    assert ci.count("apt-get update") == 1
    assert subprocess.run(["bash", "-n", str(REPO / ".ci" / "run")]).returncode == 0
    assert os.access(REPO / ".ci" / "run", os.X_OK)


def _path_without_soffice(tmp_path: Path) -> str:
    """A PATH with every program of this one except LibreOffice (symlinks in a folder of our own)."""
    hidden = {"soffice", "libreoffice", "localc", "lowriter", "loffice"}
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if not folder or not Path(folder).is_dir():
            continue
        for program in Path(folder).iterdir():
            target = bin_dir / program.name
            if program.name not in hidden and not target.exists() and os.access(program, os.X_OK):
                target.symlink_to(program)
    return str(bin_dir)


@pytest.mark.slow
def test_tests_skip_with_reasons_without_shared_and_libreoffice(tmp_path, tmp_path_factory):
    """A fresh clone: no ../shared, no soffice on PATH. The corpus and LibreOffice tests skip, saying why; the rest
    pass; nothing errors."""
    env = {k: v for k, v in os.environ.items() if k not in ("TAIZHANG_SOFFICE", "PYTEST_ADDOPTS")}
    env["PATH"] = _path_without_soffice(tmp_path)
    env["TAIZHANG_TEST_SHARED"] = str(tmp_path / "no-shared-here")
    # the pages test_extract_formats recognises are the same in both runs: the engine reads each once (conftest)
    env[OCR_MEMO_ENV] = str(ocr_memo_folder(tmp_path_factory))
    assert shutil.which("soffice", path=env["PATH"]) is None
    subset = ["tests/test_extract_formats.py", "tests/test_extract_robustness.py", "tests/test_ingest_corpora.py",
              "tests/test_rubric_import.py", "tests/test_ingest.py::test_legacy_files_wait_for_libreoffice_then_are_read"]
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "-n", "0", *subset],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=1200)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-4000:]
    assert not re.search(r"\d+ (failed|errors?)\b", out), out[-4000:]
    skips = [line for line in out.splitlines() if line.startswith("SKIPPED")]
    assert any("LibreOffice" in line for line in skips), out[-4000:]
    assert any("../shared" in line for line in skips), out[-4000:]
    assert re.search(r"\d+ passed", out)
