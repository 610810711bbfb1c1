"""The documentation: README.md in step with nbs/index.ipynb, and the site built offline by tools/docs.py with
every page opened in headless Chromium (Debian's chromium and chromium-driver)."""
import functools, http.server, importlib.util, json, os, shutil, subprocess, sys, threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NBS = ROOT/'nbs'
NOTEBOOKS = sorted(p for p in NBS.glob('*.ipynb') if not p.name.startswith('_'))
CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
               '--disable-component-update', '--disable-sync', '--no-first-run']


def _load_docs_tool():
    spec = importlib.util.spec_from_file_location('docs_tool', ROOT/'tools'/'docs.py')
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    return mod

def _cells(nb): return json.loads(nb.read_text())['cells']

def _source(cell): return ''.join(cell['source'])

def notebook_title(nb):
    "The `# Title` line of the notebook's first markdown cell"
    first = next(_source(c) for c in _cells(nb) if c['cell_type'] == 'markdown')
    return next(l[2:].strip() for l in first.splitlines() if l.startswith('# '))

def n_images(nb):
    "How many PNG outputs the notebook's shown code cells saved"
    return sum('image/png' in o.get('data', {}) for c in _cells(nb) if c['cell_type'] == 'code'
               and '#| hide' not in _source(c) for o in c.get('outputs', []))

def has_maths(nb): return any('$' in _source(c) for c in _cells(nb) if c['cell_type'] == 'markdown')


def test_readme_in_step():
    "README.md is what tools/docs.py makes from nbs/index.ipynb (run `python tools/docs.py --readme` after editing it)"
    assert (ROOT/'README.md').read_text(encoding='utf-8') == _load_docs_tool().readme_text(NBS/'index.ipynb')


def test_external_resources_fail_the_build(tmp_path):
    (tmp_path/'page.html').write_text('<p>ok</p><script src="https://cdn.example.com/x.js"></script>')
    with pytest.raises(SystemExit, match='cdn.example.com'): _load_docs_tool().make_offline(tmp_path)
    (tmp_path/'page.html').write_text('<span class="math inline">\\(\\rho\\)</span><a href="https://ok.example.com">a link</a>')
    assert _load_docs_tool().make_offline(tmp_path) == 1
    assert '<math' in (tmp_path/'page.html').read_text()


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
def browser(tmp_path_factory):
    chromium, chromedriver = shutil.which('chromium'), shutil.which('chromedriver')
    if not (chromium and chromedriver):
        msg = "headless Chromium is needed: apt-get install chromium chromium-driver"
        if os.environ.get('LENET_SAM_REQUIRE_BROWSER'): pytest.fail(msg)
        pytest.skip(msg)
    from selenium import webdriver
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for a in CHROME_ARGS + [f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"]: opts.add_argument(a)
    opts.set_capability('goog:loggingPrefs', {'browser': 'ALL'})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=chromedriver), options=opts)
    yield driver
    driver.quit()


def test_every_notebook_has_a_page(site):
    assert sorted(p.stem for p in site.glob('*.html')) == sorted(nb.stem for nb in NOTEBOOKS)


@pytest.mark.parametrize('nb', NOTEBOOKS, ids=[nb.stem for nb in NOTEBOOKS])
def test_page_in_chromium(nb, server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait
    browser.get(f"{server}/{nb.stem}.html")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.readyState") == 'complete')
    title = notebook_title(nb)
    assert browser.title.startswith(title), browser.title
    assert browser.find_element(By.CSS_SELECTOR, 'h1').text.strip() == title
    images = browser.execute_script(
        "return Array.from(document.images).map(i => [i.currentSrc.slice(0, 60), i.complete, i.naturalWidth])")
    assert len(images) >= n_images(nb), images
    assert all(complete and width > 0 for _, complete, width in images), images
    fetched = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert all(url.startswith(server) or url.startswith('data:') for url in fetched), fetched
    if has_maths(nb): assert browser.execute_script("return document.querySelectorAll('math').length") > 0
    errors = [e for e in browser.get_log('browser') if e['level'] == 'SEVERE']
    assert not errors, errors
