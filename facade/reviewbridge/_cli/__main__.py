"""``python -m reviewbridge._cli``: the ``reviewbridge`` command."""

from . import main

raise SystemExit(main())
