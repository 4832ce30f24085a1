"""The README documents what a researcher can set and run."""

import re

from corpus.pelican_plugin import DEFAULTS
from tests.build_site import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
MAKEFILE = (REPO / "Makefile").read_text(encoding="utf-8")


def test_every_plugin_setting_is_documented():
    missing = [name for name in DEFAULTS if f"`{name}`" not in README]
    assert not missing, f"settings missing from README.md: {missing}"


def test_every_setting_in_the_config_files_is_documented():
    names = set()
    for config in ("pelicanconf.py", "publishconf.py"):
        names |= set(re.findall(r"^(CORPUS_[A-Z_]+)\s*=", (REPO / config).read_text(encoding="utf-8"), re.M))
    missing = sorted(name for name in names if name not in README)
    assert not missing, f"settings missing from README.md: {missing}"


def test_every_make_command_in_the_readme_exists():
    targets = set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, re.M))
    used = set(re.findall(r"`make ([a-z][a-z-]*)", README)) | set(re.findall(r"^make ([a-z][a-z-]*)", README, re.M))
    assert {"serve", "test"} <= used
    assert used <= targets, f"README mentions make targets that do not exist: {sorted(used - targets)}"


def test_readme_starts_with_the_two_commands():
    first_block = README.split("```", 2)[1]
    assert "make serve" in first_block and "make test" in first_block


def test_every_make_target_is_in_help():
    help_text = MAKEFILE.split("help:", 1)[1].split("\n\n", 1)[0]
    targets = set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, re.M)) - {"help"}
    missing = sorted(t for t in targets if f"make {t}" not in help_text)
    assert not missing, f"make targets missing from `make help`: {missing}"


def test_make_serve_builds_and_serves_on_the_port(tmp_path):
    """`make serve` (after its install step, which `make test` has done)
    builds the site and answers on http://localhost:PORT/."""
    import os
    import signal
    import socket
    import subprocess
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {key: value for key, value in os.environ.items() if not key.startswith("MAKE")}
    server = subprocess.Popen(
        ["make", "--no-print-directory", "serve", f"PORT={port}", f"OUTPUTDIR={tmp_path / 'out'}"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True)
    try:
        deadline, page = time.monotonic() + 240, None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    page = response.read().decode("utf-8")
                break
            except OSError:
                time.sleep(1)
        assert page is not None, "nothing answered on the port"
        assert "<title>Corpus explorer</title>" in page
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        output = server.communicate(timeout=30)[0]
    assert "built 5 of 5 scrapes" in output
