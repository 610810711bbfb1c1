"""House rules of the library, checked by `tools/import_graph.py`: no import circle between the modules of
`lenet_sam/` (imports inside functions included) and no module over 600 lines (nbdev's `_modidx.py` aside)."""
import subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = ROOT/'tools'/'import_graph.py'


def run_tool(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_no_import_circle_no_long_module():
    run = run_tool()
    assert run.returncode == 0, run.stdout + run.stderr
    assert '0 import circle(s), 0 module(s) over 600 lines' in run.stdout, run.stdout


def test_tool_finds_a_circle_through_a_function_level_import(tmp_path):
    "The check is not vacuous: a circle closed by an import inside a function, and a long module, fail it"
    pkg = tmp_path/'pkg'; pkg.mkdir()
    (pkg/'__init__.py').write_text('')
    (pkg/'a.py').write_text('from .b import f\n')
    (pkg/'b.py').write_text('def f():\n    from pkg.a import g\n    return g\n')
    (pkg/'c.py').write_text('from . import a\n' + 'x = 1\n' * 10)
    run = run_tool('--lib', str(pkg), '--max_lines', '10')
    assert run.returncode == 1, run.stdout + run.stderr
    assert 'import circle among a, b (e.g. a -> b -> a)' in run.stdout, run.stdout
    assert 'too long: pkg/c.py has 11 lines (at most 10)' in run.stdout, run.stdout
    (pkg/'b.py').write_text('def f(): pass\n')
    run = run_tool('--lib', str(pkg), '--max_lines', '11')
    assert run.returncode == 0, run.stdout + run.stderr
