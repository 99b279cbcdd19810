"""``python -m calculators``: see :mod:`calculators.cli`."""

from __future__ import annotations

from calculators.cli import main

raise SystemExit(main())
