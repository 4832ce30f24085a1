"""In the browser: from a comparison cell to the sentence in its article and
back, from disk and under a sub-path."""

import re

from tests.browser import open_page


def test_comparison_cell_to_sentence_and_back(page, site_root):
    watcher = open_page(page, site_root, "compare.html")
    group = page.locator("section.claim-group", has=page.locator("h2", has_text="personnel")).first
    link = group.locator("a.claim-link").first
    sentence = " ".join(link.inner_text().split())
    link.click()
    page.wait_for_load_state("load")
    assert re.search(r"/articles/[^/]+\.html#c-[0-9a-f]+$", page.url), page.url
    claim_id = page.url.rsplit("#", 1)[1]
    target = page.locator(f"[id='{claim_id}']")
    assert " ".join(target.inner_text().split()) == sentence
    # The sentence is the :target, shown in the window, and marked as a claim.
    assert page.evaluate(f"document.getElementById('{claim_id}').matches(':target')")
    assert target.is_visible() and "claim" in (target.get_attribute("class") or "")
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]
    page.go_back()
    page.wait_for_load_state("load")
    assert page.url.endswith("compare.html")
    assert page.locator("h1").inner_text().startswith("Compare claims")
    watcher.assert_clean()


def test_claim_in_article_to_its_entity_and_provenance(page, site_root):
    watcher = open_page(page, site_root, "entities/index.html")
    page.locator("ul.entity-list a", has_text="Javier Mayorca").first.click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text().strip() == "Javier Mayorca"
    page.locator("a.claim-link").first.click()
    page.wait_for_load_state("load")
    page.locator(".article-evidence a").first.click()
    page.wait_for_load_state("load")
    assert "/provenance/" in page.url
    assert page.locator("tr.raw-line--removed").count() > 0
    watcher.assert_clean()
