"""The floors hold: a lower app never imports a higher one, not even in a function.

`config` → `demo` → `comparisons` → `centers` → `destinations` → `curation`;
nothing but `config` imports `comparisons`, and `partners/api/` (the API's
plumbing) imports no domain app. Every import
statement of every module counts, inner ones included (`ast`, not import-time
tracing). No Python file, tests included, passes 500 lines (migrations aside).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ["curation", "destinations", "centers", "comparisons", "demo", "config"]
RANK = {app: rank for rank, app in enumerate(FLOORS)}
MAX_LINES = 500
DOMAIN_APPS = {"curation", "destinations", "centers", "comparisons", "demo"}


def project_modules():
    for top in [*FLOORS, "partners"]:
        folder = ROOT / top
        if folder.is_dir():
            yield from (p for p in folder.rglob("*.py") if "migrations" not in p.parts)


def imported_modules(source):
    """Every module an import statement names, with its line, inner ones too."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module, node.lineno


def violations(path, source):
    """Say which of the module's imports break the floors."""
    relative = path.relative_to(ROOT)
    app = relative.parts[0]
    found = []
    for module, line in imported_modules(source):
        target = module.split(".")[0]
        if app in RANK and target in RANK and RANK[target] > RANK[app]:
            found.append(f"{relative}:{line} imports {module} (a higher floor)")
        elif target == "comparisons" and app not in ("comparisons", "config"):
            found.append(f"{relative}:{line} imports {module} (only config may)")
        elif relative.parts[:2] == ("partners", "api") and target in DOMAIN_APPS:
            found.append(f"{relative}:{line} imports {module} (plumbing, not domain)")
    return found


def test_no_module_imports_a_higher_floor():
    found = [
        problem
        for path in project_modules()
        for problem in violations(path, path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_destinations_models_import_nothing_from_centers():
    source = (ROOT / "destinations" / "models.py").read_text(encoding="utf-8")
    assert not [m for m, _line in imported_modules(source) if m.startswith("centers")]


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("destinations/models.py", "def f():\n    from centers.models import Center\n"),
        ("centers/views.py", "import comparisons.compare\n"),
        ("curation/models.py", "from destinations.models import Country\n"),
        ("partners/api/caching.py", "from centers.models import Center\n"),
        ("partners/api/schema.py", "from curation.filters import MultipleSlugFilter\n"),
        ("demo/loader.py", "from comparisons.compare import compare_centers\n"),
    ],
)
def test_the_check_catches_an_import_against_the_floors(path, source):
    assert violations(ROOT / path, source)


@pytest.mark.parametrize(
    ("path", "source"),
    [
        ("centers/views.py", "from destinations.models import Country\n"),
        ("config/urls.py", "from comparisons import views\n"),
        ("comparisons/views.py", "from partners.api.renderers import csv\n"),
    ],
)
def test_the_check_allows_imports_downwards(path, source):
    assert violations(ROOT / path, source) == []


def test_no_python_file_passes_500_lines():
    tests = (ROOT / "tests").rglob("*.py")
    long_files = []
    for path in [*project_modules(), *tests]:
        lines = path.read_text(encoding="utf-8").count("\n")
        if lines > MAX_LINES:
            long_files.append(f"{path.relative_to(ROOT)}: {lines} lines")
    assert long_files == []
