__version__ = "0.2.0"

import warnings as _warnings
# fastai 2.8.7 calls `torch.jit.script` when it is imported, which recent torch deprecates with a FutureWarning
# addressed to fastai, not to our users. Silence that one message, nothing else.
_warnings.filterwarnings('ignore', message=r'`torch\.jit\.script` is deprecated', category=FutureWarning)
