"""A small fixture site builds to exactly the committed expected output.

After a deliberate change to the output, run `make regenerate-expected` and
review the diff of tests/expected/site before committing it.
"""

import difflib
import os
import shutil

from tests.build_site import EXPECTED, FIXTURE_CONTENT, build, site_files


def test_fixture_site_matches_expected_output(tmp_path):
    result = build(FIXTURE_CONTENT, tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "built 3 of 3 scrapes" in result.stdout
    built, expected = site_files(tmp_path / "out"), site_files(EXPECTED)
    assert sorted(built) == sorted(expected), "files differ; run `make regenerate-expected` if deliberate"
    for name, data in expected.items():
        if built[name] != data:
            diff = "\n".join(difflib.unified_diff(
                data.decode(errors="replace").splitlines(),
                built[name].decode(errors="replace").splitlines(),
                f"expected/{name}", f"built/{name}", lineterm="", n=2))
            raise AssertionError(f"{name} differs from the expected output:\n{diff[:4000]}")


def copy_with_mtime(tmp_path, name, mtime):
    target = tmp_path / name
    shutil.copytree(FIXTURE_CONTENT, target)
    for path in target.rglob("*"):
        os.utime(path, (mtime, mtime))
    return target


def test_same_input_gives_byte_identical_output(tmp_path):
    """Hash seed, time zone and file modification times change nothing."""
    one = copy_with_mtime(tmp_path, "c1", 1_000_000_000)
    two = copy_with_mtime(tmp_path, "c2", 1_700_000_000)
    first = build(one, tmp_path / "one", env={"PYTHONHASHSEED": "1", "TZ": "UTC"})
    second = build(two, tmp_path / "two", env={"PYTHONHASHSEED": "2", "TZ": "Asia/Tokyo"})
    assert first.returncode == second.returncode == 0
    assert site_files(tmp_path / "one") == site_files(tmp_path / "two")
