"""The documentation: README.md in step with nbs/index.ipynb, and the site built offline by tools/docs.py with
every page opened in headless Chromium (Debian's chromium and chromium-driver), read as a user would: at a desktop
width (1280 px) and at a phone width (390 px)."""
import functools, html.parser, http.server, importlib.util, json, os, re, shutil, subprocess, sys, threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from nbdev.doclinks import _nbpath2html

ROOT = Path(__file__).resolve().parents[1]
NBS = ROOT/'nbs'
NOTEBOOKS = sorted(p for p in NBS.glob('*.ipynb') if not p.name.startswith('_'))
CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
               '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars']
DESKTOP, PHONE = 1280, 390  # window widths, CSS px
MAX_TRAINING_LOGS = 2  # cells per page that show fastai's progress bar or results table
MACHINE_TEXT = re.compile(r'Warning:|/work/|/tmp/|/root/|/home/|site-packages')  # never in a cell's output
# A figure is legible when shown at >= 60% of its natural width in CSS px. Jupyter saves matplotlib's figures as
# "retina" PNGs, twice as many pixels as their CSS width (which it writes in the output's metadata), and both builds
# show a PNG at up to its pixel width: what counts is the metadata width. (A floor of 600 px would let any figure pass
# in a column that wide, such as a four-panel, 24-inch figure at 14% of its size.)
MIN_IMAGE_SCALE = 0.6
# ... and drawn at about the size it is shown: at the desktop width no PNG is shown below 45% of its pixel width. A
# retina PNG shown at 50% is shown at its natural size; below 45% it was drawn wider than ~1.1 columns (figsize width
# > ~8 in at 100 dpi) and shrunk, fonts and contour labels with it.
MIN_PIXEL_SCALE = 0.45
# No stray object reprs in the rendered text: `<lenet_sam.sam.SAM at 0x7f...>`, `[GSAM, GSAM, GSAM]`
STRAY_REPR = re.compile(r'<[^<>\n]{1,200}? at 0x[0-9a-fA-F]+>|\[([A-Z]\w*)(?:, \1){2,}\]')
MIN_CONTRAST = 4.5  # WCAG AA, normal text
# On a phone a figure drawn for the desktop column would be shrunk to half its size: it keeps about its natural size
# (up to 720 CSS px) and scrolls sideways in its own box (styles.css)
PHONE_IMAGE_SCALE = 0.9

CODE_MUST_FIT = {'index.html'}  # and the README made from it: see test_readme_code_fits
MAX_CODE_LINE = 76  # characters of code a line of the desktop column shows (about 9 px each in 724 px) without scrolling


def _load_docs_tool():
    spec = importlib.util.spec_from_file_location('docs_tool', ROOT/'tools'/'docs.py')
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod

def _cells(nb): return json.loads(nb.read_text())['cells']

def _source(cell): return ''.join(cell['source'])

def page_name(nb):
    "The page nbdev names a notebook's `output-file`, which Quarto writes and tools/docs.py follows: `03_sam.ipynb` -> `sam.html`"
    return _nbpath2html(Path(nb.name)).name

def notebook_title(nb):
    "The `# Title` line of the notebook's first markdown cell"
    first = next(_source(c) for c in _cells(nb) if c['cell_type'] == 'markdown')
    return next(l[2:].strip() for l in first.splitlines() if l.startswith('# '))

def n_images(nb):
    "How many PNG outputs the notebook's shown code cells saved"
    return sum('image/png' in o.get('data', {}) for c in _cells(nb) if c['cell_type'] == 'code'
               and '#| hide' not in _source(c) for o in c.get('outputs', []))

def image_widths(nb) -> dict:
    "For each PNG the notebook saved: its width in pixels -> its natural width in CSS px (the metadata's, for retina PNGs)"
    import base64, struct
    out = {}
    for c in _cells(nb):
        for o in c.get('outputs', []) if c['cell_type'] == 'code' else []:
            if 'image/png' not in o.get('data', {}): continue
            png = base64.b64decode(''.join(o['data']['image/png'])[:100])
            px = struct.unpack('>I', png[16:20])[0]  # the IHDR chunk's width
            out[px] = o.get('metadata', {}).get('image/png', {}).get('width', px)
    return out

def has_maths(nb): return any('$' in _source(c) for c in _cells(nb) if c['cell_type'] == 'markdown')


def test_page_names():
    test_names = {nb.name: page_name(nb) for nb in NOTEBOOKS}
    assert test_names['03_sam.ipynb'] == 'sam.html' and test_names['index.ipynb'] == 'index.html'
    assert len(set(test_names.values())) == len(test_names), f"two notebooks would share a page: {test_names}"


def test_readme_in_step():
    "README.md is what tools/docs.py makes from nbs/index.ipynb (run `python tools/docs.py --readme` after editing it)"
    assert (ROOT/'README.md').read_text(encoding='utf-8') == _load_docs_tool().readme_text(NBS/'index.ipynb')


def test_readme_code_fits():
    "The README's code, pasted from and read on the index page: no line hides its end past the column's edge"
    readme = (ROOT/'README.md').read_text(encoding='utf-8')
    long = [l for b in re.findall(r'^```[a-z]*\n(.*?)^```', readme, re.S|re.M) for l in b.splitlines() if len(l) > MAX_CODE_LINE]
    assert not long, long


def test_readme_links_to_the_published_site():
    "The README is read on GitHub and PyPI, where the site's relative links lead nowhere"
    readme = (ROOT/'README.md').read_text(encoding='utf-8')
    assert '](https://lenet-sam.github.io/lenet_sam/sam.html)' in readme  # the index's table of notebooks
    assert not re.search(r'\]\((?![a-z][a-z0-9+.-]*:|#)[^)]*\.(?:html|ipynb)', readme)


def test_external_resources_fail_the_build(tmp_path):
    (tmp_path/'page.html').write_text('<p>ok</p><script src="https://cdn.example.com/x.js"></script>')
    with pytest.raises(SystemExit, match='cdn.example.com'): _load_docs_tool().make_offline(tmp_path)
    (tmp_path/'page.html').write_text('<span class="math inline">\\(\\rho\\)</span><a href="https://ok.example.com">a link</a>')
    assert _load_docs_tool().make_offline(tmp_path) == 1
    assert '<math' in (tmp_path/'page.html').read_text()


def _notebook(path, front, markdown):
    cells = [{'cell_type': 'raw', 'metadata': {}, 'source': f"---\n{front}\n---"},
             {'cell_type': 'markdown', 'metadata': {}, 'source': markdown}]
    path.write_text(json.dumps({'cells': cells, 'metadata': {}, 'nbformat': 4, 'nbformat_minor': 5}))

def _tiny_project(root, link):
    "Two processed notebooks as nbdev leaves them for Quarto: front matter with `output-file`, doclinks to the site's URL"
    root.mkdir()
    (root/'_quarto.yml').write_text('project:\n  type: website\n  output-dir: _docs\nformat:\n  html:\n    theme: litera\n'
                                    'website:\n  site-url: "https://example.github.io/pkg"\n')
    _notebook(root/'00_first.ipynb', 'title: First\noutput-file: first.html',
              f"Uses [`thing`](https://example.github.io/pkg/second.html#thing) and {link}.\n\n"
              "```python\ndef f(a, # see [`thing`](https://example.github.io/pkg/second.html#thing)\n): pass\n```")
    _notebook(root/'01_second.ipynb', 'title: Second\noutput-file: second.html', '## thing\n\nA thing.')

def test_offline_build_names_and_links_pages_as_quarto_does(tmp_path):
    docs = _load_docs_tool()
    _tiny_project(tmp_path/'proc', 'the [second page](01_second.ipynb)')
    assert docs.render_site(tmp_path/'proc', tmp_path/'out') == 2
    assert sorted(p.name for p in (tmp_path/'out').glob('*.html')) == ['first.html', 'second.html']
    first = (tmp_path/'out'/'first.html').read_text()
    assert 'href="second.html#thing"' in first and 'href="second.html"' in first and 'example.github.io' not in first
    assert '# see `thing`' in html.unescape(re.sub(r'<[^>]+>', '', first))  # no Markdown link left in the code

def test_offline_build_fails_on_a_link_to_no_page(tmp_path):
    _tiny_project(tmp_path/'proc', 'the [third page](02_third.ipynb)')
    with pytest.raises(SystemExit, match='02_third.ipynb'): _load_docs_tool().render_site(tmp_path/'proc', tmp_path/'out')


@pytest.fixture(scope='session')
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp('site')/'_docs'
    subprocess.run([sys.executable, str(ROOT/'tools'/'docs.py'), '--site', '--out', str(out)], cwd=ROOT, check=True)
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args): pass

@pytest.fixture(scope='session')
def server(site):
    httpd = http.server.ThreadingHTTPServer(('127.0.0.1', 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()

@pytest.fixture(scope='session')
def browser(tmp_path_factory, browser_missing_reason):
    if msg := browser_missing_reason:
        if os.environ.get('LENET_SAM_REQUIRE_BROWSER'): pytest.fail(msg)
        pytest.skip(msg)
    from selenium import webdriver
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which('chromium')
    for a in CHROME_ARGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"]: opts.add_argument(a)
    opts.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=shutil.which('chromedriver')), options=opts)
    yield driver
    driver.quit()


class _Ids(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.ids = set()
    def handle_starttag(self, tag, attrs):
        self.ids |= {v for k, v in attrs if k == 'id' or (tag == 'a' and k == 'name')}

@functools.cache
def anchors(page: Path) -> frozenset:
    "The fragment identifiers a page of the site defines"
    p = _Ids(); p.feed(page.read_text(encoding='utf-8'))
    return frozenset(p.ids)


def test_every_notebook_has_a_page(site):
    assert sorted(p.name for p in site.glob('*.html')) == sorted(page_name(nb) for nb in NOTEBOOKS)


def set_width(browser, width):
    "Resize the window so that the page's viewport is `width` CSS px wide"
    browser.set_window_size(width, 900)
    inner = browser.execute_script("return window.innerWidth")
    if inner != width: browser.set_window_size(2*width - inner, 900)

def load(browser, url):
    from selenium.webdriver.support.ui import WebDriverWait
    browser.get(url)
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.readyState") == 'complete')


# What overflows the text column: elements wider than `main` that no scrolling box of their own (overflow-x auto or
# scroll, between them and `main`) holds, and whether the document itself scrolls sideways.
OVERFLOW_JS = r"""
const main = document.querySelector('main'), col = main.getBoundingClientRect();
const scrolls = el => { for (let a = el; a && a !== main; a = a.parentElement) {
    if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX) && a.getBoundingClientRect().right <= col.right + 1
        && a.getBoundingClientRect().left >= col.left - 1) return true; } return false; };
const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');
const bad = [];
for (const el of main.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width || (r.right <= col.right + 1 && r.left >= col.left - 1)) continue;
    if (scrolls(el.parentElement)) continue;
    if (bad.some(b => b.el.contains(el))) continue;
    bad.push({el, what: `${name(el)} spans ${Math.round(r.left)}..${Math.round(r.right)} px, column ${Math.round(col.left)}..${Math.round(col.right)}: ` + el.textContent.trim().slice(0, 60)});
}
const doc = document.documentElement;
return {page_scroll: doc.scrollWidth - doc.clientWidth, column: Math.round(col.width), elements: bad.map(b => b.what)};
"""

# At the desktop width nothing in the text column is wider than its box: no table, code block, output or equation that
# needs its own scroll bar to be read (show_doc's signatures have their own check below). The code of code cells may
# scroll, except on the pages in CODE_MUST_FIT, whose code is there to be read and pasted whole.
SCROLLED_JS = r"""
const main = document.querySelector('main'), codeFits = arguments[0];
const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '');
const bad = [];
for (const el of main.querySelectorAll('*')) {
    if (el.closest('.cell-output-markdown div.sourceCode') || (!codeFits && el.closest('pre.cell-code'))) continue;
    if (!['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX)) continue;
    if (!el.clientWidth || el.scrollWidth <= el.clientWidth + 1) continue;
    if (bad.some(b => b.el.contains(el))) continue;
    bad.push({el, what: `${name(el)} holds ${el.scrollWidth} px in ${el.clientWidth} px (the rest behind a scroll bar): ` + el.textContent.trim().slice(0, 60)});
}
return bad.map(b => b.what);
"""

# show_doc's signature blocks: a clipped signature hides its parameters' documentation behind a scroll bar
SIGNATURES_JS = r"""
return Array.from(document.querySelectorAll('main .cell-output-markdown pre')).filter(p => p.scrollWidth > p.clientWidth + 1)
    .map(p => `${p.scrollWidth} px in ${p.clientWidth}: ` + p.textContent.trim().split('\n')[0].slice(0, 60));
"""

# fastai's training log, as a notebook shows it (an HTML results table, `<progress>` bars) or as a console does (the
# header line, bars drawn in text); show_doc's documentation (`.cell-output-markdown`) is not a log
PAGE_JS = r"""
const outputs = Array.from(document.querySelectorAll('main .cell-output')).filter(o => !o.parentElement.closest('.cell-output'));
const logged = Array.from(document.querySelectorAll('main div.cell')).map(c => {
    const own = Array.from(c.querySelectorAll('.cell-output')).filter(o => !o.parentElement.closest('.cell-output')
                                                                        && !o.classList.contains('cell-output-markdown'));
    const console = own.flatMap(o => Array.from(o.querySelectorAll('pre'))).map(p => p.textContent).join('\n');
    const tables = own.flatMap(o => Array.from(o.querySelectorAll('table'))).filter(t => /train_loss/.test(t.textContent));
    return {cell: c.textContent.trim().slice(0, 80),
            bars: c.querySelectorAll('progress').length + (console.match(/\d+\.\d\d% \[\d+\/\d+/g) || []).length,
            tables: tables.length + (console.match(/^\s*epoch\s+train_loss\b/gm) || []).length};
}).filter(c => c.bars || c.tables);
return {
    links: Array.from(document.querySelectorAll('a[href]')).map(a => [a.getAttribute('href'), a.href, a.textContent.trim().slice(0, 40)]),
    outputs: outputs.map(o => o.textContent),
    training_logs: logged,
    images: Array.from(document.querySelectorAll('main .cell-output img')).map(i => ({src: i.currentSrc.slice(0, 60),
        complete: i.complete, natural: i.naturalWidth, shown: i.getBoundingClientRect().width})),
    maths: document.querySelectorAll('math').length,
    text: document.querySelector('main').innerText,
};
"""


def link_problems(links, server, site):
    "Links to the site that lead to no page or to no anchor of it; links to the published site that were not made local"
    base = _load_site_url()
    problems = []
    for raw, absolute, text in links:
        if base and raw.startswith(base): problems.append(f"{raw!r} ({text}) points to the published site, not to this build")
        if raw in ('#', '') or not absolute.startswith(server + '/'): continue
        url = urlsplit(absolute)
        path = site/unquote(url.path.lstrip('/'))
        if path.is_dir(): path = path/'index.html'
        if path.suffix == '.ipynb': problems.append(f"{raw!r} ({text}) leads to a notebook file, not to its page")
        if path.suffix != '.html' or path.parent.name == 'site_libs': continue
        if not path.is_file(): problems.append(f"{raw!r} ({text}): no page {path.name}")
        elif url.fragment and unquote(url.fragment) not in anchors(path):
            problems.append(f"{raw!r} ({text}): {path.name} has no anchor #{unquote(url.fragment)}")
    return problems

@functools.cache
def _load_site_url():
    from nbdev.config import get_config
    cfg = get_config(path=ROOT)
    return f"{cfg.doc_host}{cfg.doc_baseurl}".rstrip('/') + '/'


@pytest.mark.parametrize('nb', NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_page_in_chromium(nb, server, site, browser):
    from selenium.webdriver.common.by import By
    set_width(browser, DESKTOP)
    load(browser, f"{server}/{page_name(nb)}")
    title = notebook_title(nb)
    assert browser.title.startswith(title), browser.title
    assert browser.find_element(By.CSS_SELECTOR, 'h1').text.strip() == title
    page = browser.execute_script(PAGE_JS)
    images = page['images']
    assert len(images) >= n_images(nb), images
    assert all(i['complete'] and i['natural'] > 0 for i in images), images
    fetched = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(url.startswith(server) or url.startswith('data:') for url in fetched), fetched
    if has_maths(nb): assert page['maths'] > 0
    errors = [e for e in browser.get_log('browser') if e['level'] == 'SEVERE']
    assert not errors, errors

    problems = link_problems(page['links'], server, site)
    logs = page['training_logs']
    if len(logs) > MAX_TRAINING_LOGS:
        problems.append(f"{len(logs)} cells show a training log (at most {MAX_TRAINING_LOGS}): " + ' | '.join(l['cell'] for l in logs))
    for l in logs:
        if l['bars']: problems.append(f"a cell shows {l['bars']} frozen progress bar(s): {l['cell']!r}")
        if l['tables'] > 1: problems.append(f"a cell shows its training log {l['tables']} times: {l['cell']!r}")
    for text in page['outputs']:
        if m := MACHINE_TEXT.search(text):
            problems.append(f"an output shows {m.group(0)!r}: ...{text[max(0, m.start()-80):m.end()+60]!r}...")
    problems += [f"the text shows an object's repr: {m.group(0)!r}" for m in STRAY_REPR.finditer(page['text'])]
    wide = []  # what is too wide for the text column at the desktop width, or shrunk into it
    natural = image_widths(nb)
    for i in images:  # at the desktop width: on a phone, readers zoom into a figure
        css = natural.get(i['natural'], i['natural'])
        if i['shown'] < MIN_IMAGE_SCALE*css:
            wide.append(f"a figure {css} px wide is shown at {i['shown']:.0f} px, {i['shown']/css:.0%} of its size: "
                        "too small to read (at most two panels side by side, figsize width <= ~10 in)")
        elif i['shown'] < MIN_PIXEL_SCALE*i['natural']:
            wide.append(f"a figure of {i['natural']} px is shown at {i['shown']:.0f} px, {i['shown']/i['natural']:.0%} of its "
                        f"pixels: drawn larger than it is shown, its text shrunk (figsize width <= ~7.2 in: {i['src']})")
    for width in (DESKTOP, PHONE):
        if width != DESKTOP:
            set_width(browser, width); load(browser, f"{server}/{page_name(nb)}")
            for i in browser.execute_script(PAGE_JS)['images']:  # a phone shows figures near their size, scrolling
                css = natural.get(i['natural'], i['natural'])
                if i['shown'] < PHONE_IMAGE_SCALE * min(css, 720):
                    problems.append(f"at {width} px a figure {css} px wide is shown at {i['shown']:.0f} px: its text "
                                    f"is too small to read on a phone")
        over = browser.execute_script(OVERFLOW_JS)
        if over['page_scroll'] > 0: problems.append(f"at {width} px the page scrolls sideways by {over['page_scroll']} px")
        found = [f"at {width} px (column {over['column']} px) {e}" for e in over['elements']]
        if width == DESKTOP: wide += found + [f"at {width} px {e}" for e in browser.execute_script(SCROLLED_JS, page_name(nb) in CODE_MUST_FIT)]
        else: problems += found
        problems += [f"at {width} px a signature is clipped, {s}" for s in browser.execute_script(SIGNATURES_JS)]
    problems += wide
    assert not problems, f"{page_name(nb)}:\n  " + '\n  '.join(problems)


# The colours of the search results as they are shown: each text's colour and the background it is drawn on (the
# element's own and its ancestors', composited over the white canvas), as WCAG's contrast ratio
CONTRAST_JS = r"""
const rgba = c => { const m = c.match(/^rgba?\(([^)]*)\)$/); if (!m) throw new Error('unparsed colour ' + c);
    const v = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1]; };
const over = (top, bottom) => [0, 1, 2].map(i => top[i]*top[3] + bottom[i]*(1 - top[3])).concat([1]);
const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v/12.92 : ((v + 0.055)/1.055)**2.4; });
    return 0.2126*r + 0.7152*g + 0.0722*b; };
const box = Array.from(document.querySelectorAll('.smalldocs-search-results.show')).find(b => b.offsetParent !== null);
if (!box) return null;
return Array.from(box.querySelectorAll('.search-result-title, .search-result-section, .search-result-text, mark, .search-none'))
  .filter(el => el.getClientRects().length && el.textContent.trim()).map(el => {
    const layers = []; for (let a = el; a; a = a.parentElement) layers.unshift(rgba(getComputedStyle(a).backgroundColor));
    const bg = layers.reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
    const fg = over(rgba(getComputedStyle(el).color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    return {what: el.className || el.tagName.toLowerCase(), text: el.textContent.trim().slice(0, 40),
            active: !!el.closest('.active'), ratio: (hi + 0.05)/(lo + 0.05), fg: fg.slice(0, 3).map(Math.round), bg: bg.slice(0, 3).map(Math.round)};
});
"""

@pytest.mark.parametrize('width', [DESKTOP, PHONE])
def test_search_results_readable(width, server, browser):
    "The search box's result titles, section names, snippets and matches meet WCAG AA (4.5:1), also on the selected result"
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait
    set_width(browser, width); load(browser, f"{server}/{page_name(NBS/'03_sam.ipynb')}")
    inputs = [i for i in browser.find_elements(By.CSS_SELECTOR, '.smalldocs-search input') if i.is_displayed()]
    if not inputs:  # on a phone the navbar's search may sit behind its toggler
        for t in browser.find_elements(By.CSS_SELECTOR, '.navbar-toggler, .sd-search-toggle'):
            if t.is_displayed(): t.click()
        WebDriverWait(browser, 5).until(lambda d: any(i.is_displayed() for i in d.find_elements(By.CSS_SELECTOR, '.smalldocs-search input')))
        inputs = [i for i in browser.find_elements(By.CSS_SELECTOR, '.smalldocs-search input') if i.is_displayed()]
    inputs[0].click(); inputs[0].send_keys('sharpness')
    WebDriverWait(browser, 10).until(lambda d: d.execute_script(CONTRAST_JS))
    shown = browser.execute_script(CONTRAST_JS)
    inputs[0].send_keys(Keys.ARROW_DOWN)  # the first result selected, as the arrow keys or the pointer select it
    selected = browser.execute_script(CONTRAST_JS)
    texts = shown + [t for t in selected if t['active']]
    assert {t['what'] for t in texts} >= {'search-result-title', 'search-result-text', 'mark'}, texts
    assert any(t['active'] for t in texts), texts
    low = [t for t in texts if t['ratio'] < MIN_CONTRAST]
    assert not low, '\n'.join(f"{t['what']}{' (selected)' if t['active'] else ''} {t['text']!r}: {t['ratio']:.2f}:1, "
                              f"rgb{tuple(t['fg'])} on rgb{tuple(t['bg'])}" for t in low)
