"""A bug in a stage loses one article, named with the reason, never the build."""

import shutil

from pelican.settings import DEFAULT_CONFIG

import corpus.pelican_plugin as plugin
import corpus.pipeline as pipeline
from tests.build_site import REPO


def test_an_internal_error_skips_the_scrape_with_its_reason(tmp_path, monkeypatch, capsys):
    content = tmp_path / "content"
    shutil.copytree(REPO / "content", content)
    settings = {**DEFAULT_CONFIG, "PATH": str(content), "CORPUS_WORKERS": 1, "CORPUS_CACHE_PATH": None}
    plugin.REPORT = plugin.BuildReport()

    def broken_claims(*args, **kwargs):
        raise RuntimeError("claims stage exploded")

    monkeypatch.setattr(pipeline.claims_stage, "extract_claims", broken_claims)
    reader = plugin.ScrapeReader(settings)
    scrape = content / "raw" / "002_55a23fde149e5faa.txt"
    html, metadata = reader.read(str(scrape))
    assert html == "" and metadata["status"] == "skip"
    reason = plugin.REPORT.skipped[str(scrape.resolve())]
    assert reason == "internal error: RuntimeError: claims stage exploded"
    assert "skipped content/raw/002_55a23fde149e5faa.txt: internal error" in capsys.readouterr().err
