"""`check --deploy` prints no warning with exactly the README's production set."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_production_settings():
    """The variables of README's production block, with example values."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("In production", 1)[1].split("```sh", 1)[1].split("```")[0]
    values = {}
    for line in block.strip().splitlines():
        name, value = line.split("#")[0].strip().split("=", 1)
        values[name] = value
    values["DJANGO_SECRET_KEY"] = "x" * 20 + "-a-long-random-test-only-key-" + "y" * 20
    values["DATABASE_URL"] = "sqlite:///:memory:"
    return values


def check_deploy(env):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.returncode, result.stdout + result.stderr


def test_check_deploy_is_silent_with_the_readme_production_settings():
    code, output = check_deploy(readme_production_settings())

    assert code == 0, output
    assert "System check identified no issues" in output


def test_check_deploy_names_what_is_missing_without_a_shared_cache():
    env = readme_production_settings()
    del env["CACHE_URL"]

    _code, output = check_deploy(env)

    assert "partners.W001" in output
    assert re.search(r"rate limits count per process", output)
