"""The shape of the package, read from the source with `ast` (nothing is imported): no import circles among the
archive's modules, and the stages never reach up into the layers that orchestrate or present them.

Stages, lowest first: extract → catalog → indexer → rubric → filing → assess → check → generators. pipelines/ and
maintenance/ orchestrate them; cli/ and web/ are thin faces over the pipelines (docs/architecture.md).

Every import counts: at module level, inside functions and methods, and under `if` or `try`, since a function-level
import runs as surely as one at the top, only later.
"""

from __future__ import annotations

import ast
from pathlib import Path

ARCHIVE = Path(__file__).resolve().parent.parent / "archive"

STAGES = ("extract", "catalog", "indexer", "rubric", "filing", "assess", "check", "generators")
ABOVE_STAGES = ("pipelines", "maintenance", "web", "cli")

# Imports a stage may still make upwards, each with why it is allowed for now: {(importer, imported): reason}.
KNOWN_LAYER_EXCEPTIONS: dict[tuple[str, str], str] = {}

# Import circles still allowed, each as the sorted set of its modules: {frozenset(modules): reason}.
KNOWN_CYCLES: dict[frozenset[str], str] = {}

# Circles between folders (a stage, a layer) and the bottom modules, each module counted as its folder, still allowed:
# {frozenset(folders and bottom modules): reason}.
KNOWN_FOLDER_CYCLES: dict[frozenset[str], str] = {}


def module_name(path: Path, root: Path = ARCHIVE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def archive_modules(root: Path = ARCHIVE) -> dict[str, Path]:
    """Every module under `root` by dotted name (folders without __init__.py, like extract/, included)."""
    return {module_name(p, root): p for p in sorted(root.rglob("*.py"))}


def _owner(name: str, modules: dict[str, Path]) -> str | None:
    """The archive module that `name` (a module or a name inside one) is defined in."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> dict[str, int]:
    """{imported archive module: first line importing it}, over every import statement anywhere in the file.
    `from package import submodule` depends on the submodule; `from package import name` on the package."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: dict[str, int] = {}
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            targets = [f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source
                       for alias in node.names]
        for target in targets:
            if target == "archive" or target.startswith("archive."):
                owner = _owner(target, modules)
                if owner and owner != module:
                    found.setdefault(owner, node.lineno)
    return found


def import_graph(root: Path = ARCHIVE) -> dict[str, dict[str, int]]:
    modules = archive_modules(root)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each as a list of modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, {}):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def one_cycle(graph: dict[str, dict[str, int]], component: list[str]) -> list[str]:
    """A shortest import path from the component's first module back to itself, inside the component."""
    inside = set(component)
    start = component[0]
    paths = {start: [start]}
    queue = [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(graph[v]):
            if w == start:
                return paths[v] + [start]
            if w in inside and w not in paths:
                paths[w] = paths[v] + [w]
                queue.append(w)
    return component


def describe(graph: dict[str, dict[str, int]], path: list[str]) -> str:
    return " → ".join(f"{a} (line {graph[a][b]})" for a, b in zip(path, path[1:], strict=False)) + f" → {path[-1]}"


def test_the_graph_sees_function_level_and_relative_imports(tmp_path):
    pkg = tmp_path / "archive"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "a.py").write_text("def f():\n    from archive.sub import b\n    return b\n")
    (pkg / "sub" / "b.py").write_text("from . import c\n")
    (pkg / "sub" / "c.py").write_text("try:\n    from .a import f\nexcept ImportError:\n    f = None\n")
    graph = import_graph(pkg)
    assert graph["archive.sub.a"] == {"archive.sub.b": 2}
    assert graph["archive.sub.b"] == {"archive.sub.c": 1}
    assert graph["archive.sub.c"] == {"archive.sub.a": 2}
    assert cycles(graph) == [["archive.sub.a", "archive.sub.b", "archive.sub.c"]]
    assert one_cycle(graph, cycles(graph)[0]) == ["archive.sub.a", "archive.sub.b", "archive.sub.c", "archive.sub.a"]


def test_no_import_circles():
    graph = import_graph()
    assert "archive.assess.engine" in graph and graph["archive.assess.engine"], "the graph must see the package"
    found = [c for c in cycles(graph) if frozenset(c) not in KNOWN_CYCLES]
    assert not found, "import circles:\n" + "\n".join(describe(graph, one_cycle(graph, c)) for c in found)
    stale = [sorted(k) for k in KNOWN_CYCLES if list(sorted(k)) not in cycles(graph)]
    assert not stale, f"these known circles are gone: remove them from KNOWN_CYCLES: {stale}"


def folder_graph(graph: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """The import graph with each module counted as its folder under archive/ (archive.catalog.db → archive.catalog);
    a module at the top (archive.handle) stands for itself."""

    def folder(name: str) -> str:
        return ".".join(name.split(".")[:2])

    out: dict[str, dict[str, int]] = {}
    for module, imported in graph.items():
        edges = out.setdefault(folder(module), {})
        for target, line in imported.items():
            if folder(target) != folder(module):
                edges.setdefault(folder(target), line)
    return out


def test_no_import_circles_between_folders():
    graph = folder_graph(import_graph())
    assert {"archive.catalog", "archive.handle", "archive.vocab"} <= set(graph)
    found = [c for c in cycles(graph) if frozenset(c) not in KNOWN_FOLDER_CYCLES]
    assert not found, "import circles between folders:\n" + "\n".join(
        " → ".join(one_cycle(graph, c)) for c in found)
    stale = [sorted(k) for k in KNOWN_FOLDER_CYCLES if sorted(k) not in cycles(graph)]
    assert not stale, f"these known circles are gone: remove them from KNOWN_FOLDER_CYCLES: {stale}"


def test_stages_do_not_import_the_layers_above_them():
    graph = import_graph()
    wrong = []
    for module, imported in sorted(graph.items()):
        parts = module.split(".")
        if len(parts) < 2 or parts[1] not in STAGES:
            continue
        for target, line in sorted(imported.items()):
            tparts = target.split(".")
            if len(tparts) > 1 and tparts[1] in ABOVE_STAGES and (module, target) not in KNOWN_LAYER_EXCEPTIONS:
                wrong.append(f"{module} (line {line}) imports {target}")
    assert not wrong, "a stage imports from pipelines/, maintenance/, web/ or cli/:\n" + "\n".join(wrong)
    stale = [k for k in KNOWN_LAYER_EXCEPTIONS if k[1] not in graph.get(k[0], {})]
    assert not stale, f"these known exceptions are gone: remove them from KNOWN_LAYER_EXCEPTIONS: {stale}"


def test_a_stage_imports_only_the_stages_before_it():
    graph = import_graph()
    wrong = []
    for module, imported in sorted(graph.items()):
        parts = module.split(".")
        if len(parts) < 2 or parts[1] not in STAGES:
            continue
        for target, line in sorted(imported.items()):
            tparts = target.split(".")
            if len(tparts) > 1 and tparts[1] in STAGES and STAGES.index(tparts[1]) > STAGES.index(parts[1]):
                wrong.append(f"{module} (line {line}) imports {target}, a later stage")
    assert not wrong, "stages run " + " → ".join(STAGES) + ":\n" + "\n".join(wrong)


def test_every_stage_and_layer_is_a_folder():
    for name in STAGES + ABOVE_STAGES:
        assert (ARCHIVE / name).is_dir(), name
