"""Check that edits to notebooks changed only the layout of their code: line breaks, comments (docments included) and
the wording of docstrings, not what the code does.

Each code cell of the working copy is compared with the cell of the same id in a git revision (default `HEAD`): both
are parsed and their syntax trees compared, docstrings left out. A cell whose tree differs is named, with the first
line that differs; docstrings that differ are listed apart (they change `show_doc`'s output, not behaviour). Exits 1
if any cell's code changed, so a reformatting can be checked before its outputs are trusted.

    python tools/same_code.py nbs/03_sam.ipynb nbs/04_asam.ipynb
    python tools/same_code.py nbs/*.ipynb --rev main
"""
from __future__ import annotations
import ast, json, subprocess, sys
from pathlib import Path

from fastcore.script import Param, call_parse

_MAGIC = ('%', '!')  # IPython lines that are not Python


def _python(source:str) -> str:
    "The cell's source without directives' effect on parsing (`#| ...` are comments already) and IPython magics"
    return '\n'.join('' if l.lstrip().startswith(_MAGIC) else l for l in source.splitlines())


def _strip_docstrings(tree:ast.AST) -> tuple[ast.AST, list[str]]:
    "The tree with every docstring replaced by an empty string, and the docstrings it had"
    docs = []
    for node in ast.walk(tree):
        body = getattr(node, 'body', None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
           and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            docs.append(body[0].value.value)
            body[0].value.value = ''
    return tree, docs


def compare(old:str, new:str) -> tuple[bool, bool]:
    "Whether the code of two cell sources is the same, and whether their docstrings are"
    try: (a, da), (b, db) = (_strip_docstrings(ast.parse(_python(s))) for s in (old, new))
    except SyntaxError: return old == new, True
    return ast.dump(a) == ast.dump(b), da == db


def _cells(text:str) -> dict:
    return {c.get('id'): ''.join(c['source']) for c in json.loads(text)['cells'] if c['cell_type'] == 'code'}


@call_parse
def main(notebooks:Param("Notebook paths", str, nargs='+'),
         rev:str='HEAD', # The git revision to compare with
        ):
    "Name every code cell whose code (not its layout, comments or docstrings) differs from `rev`"
    changed = 0
    for path in map(Path, notebooks):
        try: before = subprocess.run(['git', 'show', f"{rev}:{path.as_posix()}"], capture_output=True, text=True, check=True).stdout
        except subprocess.CalledProcessError: print(f"{path}: not in {rev}, skipped"); continue
        old, new = _cells(before), _cells(path.read_text())
        for cid, src in new.items():
            if cid not in old: print(f"{path}: cell {cid} is new"); changed += 1; continue
            same_code, same_docs = compare(old[cid], src)
            if not same_code:
                first = next((n for n, o in zip(src.splitlines(), old[cid].splitlines()) if n != o), src.splitlines()[0])
                print(f"{path}: cell {cid} changed its code, from the line: {first.strip()[:80]}"); changed += 1
            elif not same_docs: print(f"{path}: cell {cid} changed a docstring (re-run its show_doc)")
        for cid in old.keys() - new.keys(): print(f"{path}: cell {cid} was removed"); changed += 1
    print(f"{changed} cell(s) changed their code" if changed else "code unchanged: only layout, comments and docstrings")
    sys.exit(1 if changed else 0)
