"""The shape of the code, checked: no import cycle, small functions and modules, lazy imports only
where they buy start-up time, and every package shipped.

Why a test and not a review comment: each of these rules was broken once without anybody noticing
(a cycle that worked only because of import order, a 268-line ``decide``, a package left out of
the wheel). The graph is built from the AST of the imports that run when a module is imported
(module and class level, not under ``TYPE_CHECKING``, not inside functions).
"""

from __future__ import annotations

import ast
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "intakebot"

MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 400

#: Files other helpers own and are shrinking, with the size each may not exceed.
#: THIS ALLOWLIST MUST ONLY SHRINK: lower a number when its file shrinks, delete the entry
#: once the file fits; never raise a number, never add an entry (split the module instead).
OVERSIZE_MODULES: dict[str, int] = {}
#: The same for functions, by (file, qualified name). ONLY SHRINK, as above.
LONG_FUNCTIONS: dict[tuple[str, str], int] = {}

#: What may be imported inside a function, and why: each costs start-up time (python -X importtime
#: on the test machine) that a command not using it should not pay -- ``intakebot status`` or
#: ``requests list`` must not load the parsers, IMAP, the template engine or the scheduler.
#: Third-party names match their submodules too; intakebot modules match exactly.
LAZY_IMPORTS: dict[str, str] = {
    # Parsers of attachments and scans (only a message carrying such a file needs them).
    "PIL": "Pillow, for scans",
    "pypdf": "PDF forms",
    "pypdfium2": "renders scanned PDF pages",
    "openpyxl": "XLSX lists",
    "olefile": "Outlook .msg",
    "tnefparse": "winmail.dat",
    "striprtf": "RTF bodies",
    "compressed_rtf": "Outlook's compressed RTF",
    "cryptography": "S/MIME signature checks",
    "asn1crypto": "CMS structures of S/MIME",
    "msal": "Microsoft 365 tokens (one verb)",
    "requests": "Microsoft 365 tokens (one verb)",
    # intakebot modules that load the above, or IMAP, SMTP, jinja2, APScheduler, aiosmtpd.
    "intakebot.analysis.pipeline": "analyse(): every reader (~60 ms)",
    "intakebot.analysis.isolation": "the attachment readers (~20 ms)",
    "intakebot.analysis.batch": "the pipeline, in a parsing worker",
    "intakebot.run.poll": "the intake cycle: pipeline, decisions, templates",
    "intakebot.run.lmtp_intake": "the intake cycle for one LMTP delivery: imports run.poll",
    "intakebot.run.followups": "templates and the outbox",
    "intakebot.run.review": "templates and the outbox",
    "intakebot.run.commit": "composes replies: templates (jinja2)",
    "intakebot.run.review_by_mail": "templates (jinja2)",
    "intakebot.run.scheduler": "APScheduler",
    "intakebot.sources.imap": "imapclient (~45 ms)",
    "intakebot.sources.lmtp": "aiosmtpd",
    "intakebot.run.lmtp_service": "aiosmtpd",
    "intakebot.mail.transports": "smtplib and TLS",
    "intakebot.mail.outbox": "the transports",
    "intakebot.mail.digest": "jinja2 (~60 ms)",
    "intakebot.mail.replies": "jinja2 (~60 ms)",
}


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    is_package: bool
    #: Modules imported when this one is imported.
    imports: set[str] = field(default_factory=set)
    #: (line, imported module) of every import inside a function.
    function_imports: list[tuple[int, str]] = field(default_factory=list)

    @property
    def rel(self) -> str:
        return self.path.relative_to(ROOT).as_posix()


def _modules() -> dict[str, Module]:
    found: dict[str, Module] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        name = ".".join(parts)
        found[name] = Module(name, path, ast.parse(path.read_text(encoding="utf-8")), is_package)
    return found


def _lazy_exports(mod: Module) -> dict[str, str]:
    """A package's PEP 562 table (``_LAZY_EXPORTS = {name: module}``): names loaded on first use."""
    for node in mod.tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "_LAZY_EXPORTS" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, dict)
            return {str(k): str(v) for k, v in value.items()}
    return {}


def _targets(node: ast.Import | ast.ImportFrom, mod: Module, modules: dict[str, Module]) -> list[str]:
    """The modules an import statement loads (a ``from`` import of a name: its module)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = mod.name.split(".") if mod.is_package else mod.name.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join(package + ([base] if base else []))
    lazy = _lazy_exports(modules[base]) if base in modules else {}
    out = []
    for alias in node.names:
        sub = f"{base}.{alias.name}"
        out.append(sub if sub in modules else lazy.get(alias.name, base))
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _collect(mod: Module, body: list[ast.stmt], modules: dict[str, Module], in_function: bool) -> None:
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for target in _targets(node, mod, modules):
                if in_function:
                    mod.function_imports.append((node.lineno, target))
                else:
                    mod.imports.add(target)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            _collect(mod, node.body, modules, True)
        elif isinstance(node, ast.If) and _is_type_checking(node):
            continue  # only the type checker runs these
        else:  # if/try/with/class/match at this level run at import time too
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.stmt):
                    _collect(mod, [child], modules, in_function)
                elif isinstance(child, (ast.ExceptHandler, ast.match_case)):
                    _collect(mod, child.body, modules, in_function)


def _codebase() -> dict[str, Module]:
    modules = _modules()
    for mod in modules.values():
        _collect(mod, mod.tree.body, modules, False)
    return modules


def _cycles(modules: dict[str, Module]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(modules[v].imports & modules.keys()):
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
            if len(component) > 1 or v in modules[v].imports:
                found.append(sorted(component))

    for name in sorted(modules):
        if name not in index:
            visit(name)
    return found


def _functions(mod: Module) -> list[tuple[str, int]]:
    """(qualified name, lines from ``def`` to its last line) of every function and method."""
    out: list[tuple[str, int]] = []

    def walk(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert node.end_lineno is not None
                out.append((prefix + node.name, node.end_lineno - node.lineno + 1))
                walk(node.body, f"{prefix}{node.name}.")
            elif isinstance(node, ast.ClassDef):
                walk(node.body, f"{prefix}{node.name}.")

    walk(mod.tree.body, "")
    return out


def _lines(mod: Module) -> int:
    return len(mod.path.read_text(encoding="utf-8").splitlines())


def _lazy_ok(target: str) -> bool:
    if target.startswith("intakebot"):
        return target in LAZY_IMPORTS
    return any(target == k or target.startswith(k + ".") for k in LAZY_IMPORTS)


# --------------------------------------------------------------------------- the rules


def test_the_import_graph_is_read_from_the_code() -> None:
    """The checks below see real edges (a graph without them would pass any rule)."""
    modules = _codebase()
    assert "intakebot.records.vocabulary" in modules["intakebot.records"].imports
    assert "intakebot.run.commit" in modules["intakebot.run.poll"].imports
    # A name of a lazily exporting package resolves to the module defining it.
    assert "intakebot.analysis.pipeline" in modules["intakebot.analysis.warm"].imports
    assert any(t == "intakebot.run.poll" for _, t in modules["intakebot.run.app"].function_imports)


def test_no_import_cycle_among_intakebot_modules() -> None:
    assert _cycles(_codebase()) == []


def test_a_cycle_would_be_found() -> None:
    modules = _codebase()
    modules["intakebot.records.vocabulary"].imports.add("intakebot.records")
    assert any({"intakebot.records", "intakebot.records.vocabulary"} <= set(c) for c in _cycles(modules))


def test_no_function_over_60_lines() -> None:
    too_long = {
        f"{mod.rel}:{name} ({n} lines)"
        for mod in _codebase().values()
        for name, n in _functions(mod)
        if n > MAX_FUNCTION_LINES and n > LONG_FUNCTIONS.get((mod.rel, name), 0)
    }
    assert too_long == set(), "split these into named steps"


def test_no_module_over_400_lines() -> None:
    too_big = {
        f"{mod.rel} ({_lines(mod)} lines)"
        for mod in _codebase().values()
        if _lines(mod) > max(MAX_MODULE_LINES, OVERSIZE_MODULES.get(mod.rel, 0))
    }
    assert too_big == set(), "split these by concept into new modules"


def test_the_size_allowlists_only_shrink() -> None:
    """An entry whose file or function now fits (or is gone) must be removed or lowered."""
    modules = {mod.rel: mod for mod in _codebase().values()}
    stale = [f"{rel}: now {_lines(modules[rel])} lines" for rel, limit in OVERSIZE_MODULES.items()
             if rel not in modules or _lines(modules[rel]) < limit]
    sizes = {(rel, name): n for rel, mod in modules.items() for name, n in _functions(mod)}
    stale += [f"{rel}:{name}: now {sizes.get((rel, name), 0)} lines"
              for (rel, name), limit in LONG_FUNCTIONS.items() if sizes.get((rel, name), 0) < limit]
    assert stale == [], "lower these allowlist entries to the new size (delete them once they fit)"


def test_imports_inside_functions_only_for_heavy_modules() -> None:
    """Everything else is imported at module top, where the import graph (and a reader) sees it."""
    lazy = sorted(
        f"{mod.rel}:{line} imports {target}"
        for mod in _codebase().values()
        for line, target in mod.function_imports
        if not _lazy_ok(target)
    )
    assert lazy == [], "import these at module top (or, if truly heavy, add them to LAZY_IMPORTS with why)"


def test_every_package_is_shipped_in_the_wheel() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(pyproject["tool"]["setuptools"]["packages"])
    packages = {mod.name for mod in _codebase().values() if mod.is_package}
    assert packages - listed == set()


# --------------------------------------------------------------------------- the documented trace

#: The issue that set this layout (8): one IMAP message traced through at most this many files.
MAX_TRACE_FILES = 6
TRACE_HEADING = "## One IMAP message, from inbox to reply"


def _trace_steps() -> list[tuple[str, str]]:
    """(file, stage function) of each numbered step of docs/architecture.md's trace.

    A step reads ``N. `path` — `function(...)` ...``: the first backticked
    name after the dash is the stage function (``Class.method`` for a method).
    """
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split(TRACE_HEADING, 1)[1].split("\n## ", 1)[0]
    steps = re.findall(r"^\d+\. `([\w/]+\.py)` — [^`]*`([\w.]+)", section, flags=re.MULTILINE)
    return [(path, name) for path, name in steps]


def _defines(mod: Module, qualified: str) -> bool:
    *owner, name = qualified.split(".")
    body = mod.tree.body
    for part in owner:
        classes = [n for n in body if isinstance(n, ast.ClassDef) and n.name == part]
        if not classes:
            return False
        body = classes[0].body
    return any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name for n in body)


#: The per-module settings that would let a module out of --strict.
_STRICT_OFF = {"ignore_errors": True, "implicit_reexport": True, "strict": False, "check_untyped_defs": False,
               "strict_equality": False, "extra_checks": False}


def test_mypy_holds_every_module_to_strict() -> None:
    """``mypy intakebot`` (scripts/test.sh and the landing check) is mypy --strict only while the
    configuration says so and no override lets a module out of it."""
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert mypy.get("strict") is True
    relaxed = [
        (o["module"], key)
        for o in mypy.get("overrides", [])
        for key, value in o.items()
        if _STRICT_OFF.get(key) == value or (key.startswith(("disallow_", "warn_")) and value is False)
    ]
    assert relaxed == []


def test_the_documented_trace_names_at_most_six_files_that_define_its_steps() -> None:
    """The architecture doc's walk from inbox to reply is checked against the code, so it cannot drift."""
    steps = _trace_steps()
    assert len(steps) >= 6, "the trace's numbered steps were not found: keep the `N. `file` — `function`` form"
    by_rel = {mod.rel: mod for mod in _codebase().values()}
    missing = [f"{path}: {name}" for path, name in steps
               if f"intakebot/{path}" not in by_rel or not _defines(by_rel[f"intakebot/{path}"], name)]
    assert missing == [], "the trace names a file or stage function the code does not have"
    files = sorted({path for path, _ in steps})
    assert len(files) <= MAX_TRACE_FILES, f"the trace passes through {len(files)} files: {files}"
    section = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8").split(TRACE_HEADING, 1)[1]
    listed = re.search(r"Files on this line, (\w+): ([^(]*)\(", section)
    assert listed is not None, "the trace's summary line of files was not found"
    assert sorted(re.findall(r"`([\w/]+\.py)`", listed.group(2))) == files


def test_each_stage_of_the_trace_is_reached_from_an_earlier_one() -> None:
    """The files are the ones the message really passes through: each stage module is imported by an
    earlier one (the source is reached through the ``Source`` protocol the cycle is handed)."""
    modules = _codebase()
    order = [f"intakebot.{path[:-3].replace('/', '.')}" for path, _ in _trace_steps()]
    unreached = [
        later for i, later in enumerate(order)
        if i and not later.startswith("intakebot.sources.")
        and not any(later in modules[earlier].imports or later == earlier for earlier in order[:i])
    ]
    assert unreached == []
