__version__ = "0.2.0"

import warnings as _warnings
# Importing fastai 2.8.7 raises two warnings addressed to fastai, not to our users; silence those two messages,
# nothing else. They take effect only where `lenet_sam` is imported before fastai (as the README's snippets do): a
# package cannot filter warnings that were raised before it was imported.
# - fastai calls `torch.jit.script` when it is imported, which recent torch deprecates with a FutureWarning;
_warnings.filterwarnings('ignore', message=r'`torch\.jit\.script` is deprecated', category=FutureWarning)
# - fastai.tabular sets pandas's 'mode.chained_assignment' option, which pandas 3 deprecates (a DeprecationWarning,
#   Pandas4Warning, shown under `python -W default` and by test runners).
_warnings.filterwarnings('ignore', message=r"The 'mode\.chained_assignment' option is deprecated",
                         category=DeprecationWarning)
