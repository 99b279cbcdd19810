"""``make update-prices``: read AWS's Price List bulk offer files and refresh the price facts in ``calculators/data``.

One job per module: ``fetch`` (where the files come from: HTTPS or a local directory), ``stream`` (a bounded-memory
reader of one offer file), ``selector`` (the one price a fact's selector names), ``rewrite`` (the data modules' source,
edited in place), ``history`` and ``report`` (what changed, for the history file and a pull request), ``update`` (the
whole run, all or nothing).
"""
