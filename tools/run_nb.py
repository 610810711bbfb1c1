"""Execute notebooks in place so that their saved outputs (which the docs show) come from the current code.

Cells are run top to bottom in one kernel (execnb's `CaptureShell`, as `nbdev_test` runs them), from the notebook's
own folder. Cells carrying a flag from `--skip` (default: `slow`) are not run and keep the outputs they have, so a
full-length run saved once is not thrown away by a quick refresh; `--skip ''` runs everything. The hidden
`nbdev_export()` cell at the end is skipped too. A failing cell stops the run and leaves the notebook unchanged.

    python tools/run_nb.py nbs/03_sam.ipynb nbs/04_asam.ipynb
    python tools/run_nb.py nbs/08_sharpness.ipynb --skip ''   # slow cells too (minutes to hours)
    python tools/run_nb.py nbs/09_speed.ipynb --cells a5351ff8  # and this one slow cell
    python tools/run_nb.py nbs/03_sam.ipynb --docs   # only show_doc's outputs (after docments were edited)
"""
from __future__ import annotations
import os, re, time
from pathlib import Path

from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.script import Param, call_parse, store_true
from fastcore.xtras import working_directory

_FLAG = re.compile(r'^\s*#\|\s*([\w-]+)\s*$')
_NO_EVAL = re.compile(r'^\s*#\|\s*eval:\s*false\s*$', re.M | re.I)


def cell_flags(source:str) -> set[str]:
    "The bare `#| flag` directives of a cell (`#| slow`, `#| hide`, ...)"
    return {m.group(1) for m in map(_FLAG.match, source.splitlines()) if m}


def settle_carriage_returns(text:str) -> str:
    "What a terminal would show: each `\\r` returns to the line's start and later text overwrites earlier text"
    lines = []
    for line in text.split('\n'):
        shown = ''
        for part in line.split('\r'): shown = part + shown[len(part):]
        lines.append(shown.rstrip())
    return '\n'.join(l for i, l in enumerate(lines) if l or i == len(lines) - 1)


def _settle_outputs(nb):
    "Console progress bars leave every state of the bar in a stream output; keep what a terminal would show"
    for cell in nb.cells:
        for out in cell.get('outputs', []):
            if out.get('output_type') == 'stream':
                text = ''.join(out['text']) if isinstance(out['text'], list) else out['text']
                out['text'] = settle_carriage_returns(text)


_SETUP = {'export', 'exports', 'hide'}  # the cells `--docs` runs besides show_doc's: definitions and imports

def run_notebook(path:Path, skip:set[str], also:set[str]=frozenset(), docs:bool=False) -> float:
    "Execute `path` in place, keeping the outputs of cells flagged with any of `skip` (unless their id is in `also`)"
    nb = read_nb(path)
    shell = CaptureShell(path)
    # Importing the package first installs its filter for the FutureWarning that fastai's import raises under
    # recent torch, so saved outputs show what the reader's code does, not a dependency's deprecation notice.
    shell.run('import lenet_sam')
    def not_run(cell) -> bool:
        return (cell.cell_type != 'code' or 'nbdev_export(' in cell.source or bool(_NO_EVAL.search(cell.source))
                or bool(cell_flags(cell.source) & skip) and cell.get('id') not in also
                or docs and not (cell_flags(cell.source) & _SETUP or cell.source.lstrip().startswith('show_doc(')))
    for cell in nb.cells:  # a cell that now prints nothing must not keep what an earlier run printed
        if not not_run(cell): cell.outputs = []
    start = time.perf_counter()
    with working_directory(path.parent):
        shell.run_all(nb, exc_stop=True, preproc=not_run)
    _settle_outputs(nb)
    write_nb(nb, path)
    return time.perf_counter() - start


@call_parse
def main(notebooks:Param("Notebook paths", str, nargs='+'),
         skip:str='slow', # Comma-separated flags whose cells are not run (they keep their saved outputs)
         cells:str='', # Comma-separated ids of flagged cells to run all the same (one slow cell re-run on its own)
         docs:store_true=False, # Run only the definitions, imports and `show_doc` cells: new docs, every other output kept
        ):
    "Execute notebooks in place, skipping `#| slow` cells, so their saved outputs match the current code"
    os.environ.setdefault('MPLBACKEND', 'Agg')
    skipped = {s.strip() for s in skip.split(',') if s.strip()}
    for nb in notebooks:
        also = {c.strip() for c in cells.split(',') if c.strip()}
        print(f"{nb}: {run_notebook(Path(nb).resolve(), skipped, also, docs):.0f} s")
