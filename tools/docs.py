"""Build the documentation without Quarto, and README.md from nbs/index.ipynb.

`nbdev_docs` needs the Quarto binary, which cannot be installed everywhere. This script builds the same site from
the same processed notebooks:

1. nbdev prepares them exactly as `nbdev_docs` would (`nbdev.yml`, `sidebar.yml`, `proc_nbs`, which runs the
   `show_doc` cells and writes each page's `output-file`);
2. smalldocs, a pure-Python renderer that reads `_quarto.yml`, writes the HTML, with the page names Quarto gives
   (`output-file`: `03_sam.ipynb` becomes `sam.html`) and nbdev's links to symbols (`https://<doc_host>/<baseurl>/
   sam.html#sam`) made relative, so they lead to the local page (a Quarto build keeps them absolute: they lead to
   the published site, whose pages and anchors have the same names); a link to a notebook (`03_sam.ipynb`) leads
   to its page, as in Quarto; a link to a page that does not exist fails the build. nbdev also writes such links into show_doc's signature blocks, where they show as Markdown source; they
   are turned back into names (`nbs/code_links.lua` does the same where Quarto renders the site);
3. maths is turned into MathML (browsers render it natively) and the CDN KaTeX tags smalldocs adds are dropped,
   so the site loads nothing from the web; any remaining external resource fails the build.

The README's links to the site's pages are made absolute (https://<doc_host>/<baseurl>/...), for GitHub and PyPI.

    python tools/docs.py            # README.md and _docs/
    python tools/docs.py --readme   # README.md only
    python tools/docs.py --site --out DIR   # the site only, into DIR
"""
from __future__ import annotations
import html, re, shutil, sys
from pathlib import Path

from execnb.nbio import read_nb
from fastcore.script import call_parse
from latex2mathml.converter import convert as latex_to_mathml
from nbdev.config import get_config
from nbdev.doclinks import _nbpath2html
from nbdev.quarto import nbdev_sidebar, refresh_quarto_yml
from nbdev.serve import proc_nbs
from smalldocs.config import load as load_project
from smalldocs.site import Site

_DIRECTIVE = re.compile(r'^\s*#\|')
_MATH = re.compile(r'<span class="math (inline|display)">\\[(\[](.*?)\\[)\]]</span>', re.S)
_FENCE = re.compile(r'^(`{3,})[^\n]*\n.*?^\1[ \t]*$', re.S|re.M)
_CODE_LINK = re.compile(r'\[(`[^`\n]+`)\]\([^)\s]+\)')
_REL_LINK = re.compile(r'\]\((?![a-z][a-z0-9+.-]*:|/|#)([^)\s#]+\.(?:html|ipynb))(#[^)\s]*)?\)')
_KATEX = re.compile(r'<link[^>]*katex[^>]*>|<script[^>]*katex[^>]*></script>')
# resources a page loads by itself (links to other sites in <a href> are fine)
_EXTERNAL = re.compile(r'<(?:script|img|iframe|source|link)\b[^>]*\b(?:src|href)="(?:https?:)?//[^"]*"[^>]*>'
                       r'|@import\s+url\(\s*["\']?(?:https?:)?//|url\(\s*["\']?https?://')


class NbdevSite(Site):
    "smalldocs's site, with what Quarto does for nbdev's notebooks: pages written to their `output-file`, and links to the site's own URL resolved locally"
    def read(self, src):
        page = super().read(src)
        if isinstance(page.front.get('output-file'), str): page.out = src.parent/page.front['output-file']
        page.body = unlink_code(page.body)
        return page

    def find_page(self, target):
        "The page whose source is `target` (as smalldocs finds it), or else whose output is `target`"
        return super().find_page(target) or next((p for p in self.pages.values() if p.out == target), None)

    def resolve(self, href, page, record=True):
        "nbdev's doclinks write absolute links to the published site; here they lead to the page being built"
        base = str(self.project.website.get('site-url') or '').rstrip('/')
        if base and (href == base or href.startswith((base+'/', base+'#'))): href = '/' + href[len(base):].lstrip('/')
        return super().resolve(href, page, record)


def unlink_code(md:str) -> str:
    "Markdown with the links that nbdev's doclinks wrote into fenced code blocks turned back into `names`"
    return _FENCE.sub(lambda m: _CODE_LINK.sub(r'\1', m.group(0)), md)


def _is_hidden(cell) -> bool:
    return any(re.match(r'^\s*#\|\s*hide\b', l) for l in cell.source.splitlines())


def _output_text(out) -> str|None:
    if out.get('output_type') == 'stream': return ''.join(out.get('text', ''))
    data = out.get('data', {})
    if 'text/markdown' in data: return None  # rendered inline below
    if 'image/png' in data: return None      # images do not survive a README; the site shows them
    if 'text/plain' in data: return ''.join(data['text/plain'])
    return None


def _page(target:str) -> str:
    "The page a link to a notebook or a page of the site leads to, as Quarto resolves it: `03_sam.ipynb` -> `sam.html`"
    return _nbpath2html(Path(target)).as_posix() if target.endswith('.ipynb') else target


def readme_text(index_nb: Path) -> str:
    "GitHub-flavoured Markdown of the README notebook: markdown as written (links to the site's pages made absolute), code and its text outputs fenced"
    cfg = get_config()
    site = f"{cfg.doc_host}{cfg.doc_baseurl}".rstrip('/')
    parts = []
    for cell in read_nb(index_nb).cells:
        if cell.cell_type == 'markdown': parts.append(_REL_LINK.sub(lambda m: f"]({site}/{_page(m.group(1))}{m.group(2) or ''})", cell.source.strip()))
        if cell.cell_type != 'code' or _is_hidden(cell): continue
        code = '\n'.join(l for l in cell.source.splitlines() if not _DIRECTIVE.match(l)).strip()
        if code: parts.append(f"```python\n{code}\n```")
        text = ''.join(t for t in map(_output_text, cell.get('outputs', [])) if t).rstrip()
        if text: parts.append(f"```\n{text}\n```")
    title, *rest = parts
    warning = f"<!-- WARNING: THIS FILE WAS AUTOGENERATED from nbs/{index_nb.name}! DO NOT EDIT! -->"
    return '\n\n'.join([title.split('\n')[0], warning, '\n'.join(title.split('\n')[1:]).strip(), *rest]) + '\n'


def _mathml(m: re.Match) -> str:
    return latex_to_mathml(html.unescape(m.group(2)), display='block' if m.group(1) == 'display' else 'inline')


def make_offline(site: Path) -> int:
    "Render maths to MathML, drop CDN KaTeX, and fail on any other resource fetched from the web; returns pages"
    pages, problems = sorted(site.rglob('*.html')), []
    for page in pages:
        text = _KATEX.sub('', _MATH.sub(_mathml, page.read_text(encoding='utf-8')))
        page.write_text(text, encoding='utf-8')
    for f in [*pages, *site.rglob('*.css')]:
        problems += [f"{f.relative_to(site)}: {m.group(0)[:120]}" for m in _EXTERNAL.finditer(f.read_text(encoding='utf-8'))]
    if problems: sys.exit("The site would load resources from the web:\n  " + '\n  '.join(problems))
    return len(pages)


def render_site(cache: Path, out: Path) -> int:
    "Render nbdev's processed notebooks in `cache` with smalldocs into `out`, as Quarto would, and make the site offline; returns pages"
    site = NbdevSite(load_project(cache), quiet=True)
    shutil.rmtree(site.out, ignore_errors=True)  # smalldocs honours `project: output-dir` (nbdev.yml)
    site.build()
    broken = [w for w in site.warnings if 'broken link' in w]
    if broken: sys.exit("Links to pages that do not exist:\n  " + '\n  '.join(broken))
    # smalldocs warns about the Quarto options it does not read (keep-md, grid, the Lua filter, the commonmark format)
    for w in site.warnings:
        if 'output-file is not read' not in w: print(f"smalldocs: {w}")  # NbdevSite reads it
    shutil.rmtree(out, ignore_errors=True)
    shutil.move(str(site.out), str(out))
    return make_offline(out)


def build_site(out: Path) -> Path:
    "Process the notebooks as `nbdev_docs` does, render them with smalldocs into `out`, and make the site offline"
    cfg = get_config()
    refresh_quarto_yml()
    nbdev_sidebar.__wrapped__(path=cfg.nbs_path)
    cache = proc_nbs(cfg.nbs_path, n_workers=0, force=True)
    print(f"wrote {render_site(cache, out)} pages to {out}")
    return out


@call_parse
def main(readme: bool = False,  # Only regenerate README.md
         site: bool = False,  # Only build the site
         out: str = None,  # Where to write the site (default: settings.ini `doc_path`)
        ):
    "Regenerate README.md from the README notebook and build the docs site offline"
    cfg = get_config()
    if not site:
        (cfg.config_path/'README.md').write_text(readme_text(cfg.nbs_path/cfg.readme_nb), encoding='utf-8')
        print(f"wrote {cfg.config_path/'README.md'}")
    if not readme: build_site(Path(out) if out else cfg.doc_path)
