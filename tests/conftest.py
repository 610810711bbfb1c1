"Where the docs' browser tests cannot run, say so plainly: in each skip reason (`pytest -rs`) and in the summary."
import shutil

import pytest

BROWSER_SKIP = "headless Chromium is missing"


def browser_missing() -> str|None:
    "Why the docs cannot be opened in a browser here, with how to fix it; None when they can"
    missing = [n for n in ('chromium', 'chromedriver') if not shutil.which(n)]
    try: import selenium  # noqa: F401
    except ImportError: missing.append('the selenium package')
    if not missing: return None
    return (f"{BROWSER_SKIP}: {', '.join(missing)} not found; install it with `apt-get install -y chromium "
            "chromium-driver` (Debian/Ubuntu) and `pip install selenium`; CI sets LENET_SAM_REQUIRE_BROWSER=1, "
            "which makes these tests fail instead of skipping")


@pytest.fixture(scope='session')
def browser_missing_reason() -> str|None:
    "None where the docs can be opened in headless Chromium, else why not and how to fix it"
    return browser_missing()


def _reason(report) -> str:
    r = report.longrepr
    return r[2] if isinstance(r, tuple) and len(r) == 3 else str(r)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    skipped = [r for r in terminalreporter.stats.get('skipped', []) if BROWSER_SKIP in _reason(r)]
    if skipped:
        terminalreporter.write_line(f"NOTE: {len(skipped)} docs page test(s) did not run: {_reason(skipped[0]).removeprefix('Skipped: ')}",
                                    yellow=True, bold=True)
