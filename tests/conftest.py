import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPORA = SHARED / "corpora"
SAMPLE = REPO / "sample_evidence"
CORPORA_OFFICE = CORPORA / "real-office"
CORPORA_PDF = CORPORA / "pypdf-resources"
CJK_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"


@pytest.fixture
def cli_run():
    """Run the `taizhang` CLI in-process through click's runner; returns (exit_code, stdout, stderr)."""
    from click.testing import CliRunner

    from archive import cli as cli_module

    def run(*args: str, cwd: Path | None = None):
        runner = CliRunner()
        old = Path.cwd()
        if cwd:
            os.chdir(cwd)
        try:
            result = runner.invoke(cli_module.main_for_tests, list(args), catch_exceptions=False)
        finally:
            os.chdir(old)
        return result.exit_code, result.stdout, result.stderr

    return run
