"""Corpus explorer: turns raw news scrapes into clean, described articles.

Pelican loads this package as a plugin and calls ``register``. The stages
(``source``, ``clean``, ``describe``, ``claims``, ...) are plain modules that
never import Pelican, so they can be used and tested alone
(``python -m corpus extract FILE``). Only ``pelican_plugin`` touches Pelican,
and it is imported lazily here so the command line does not need it.
"""


def register():
    from .pelican_plugin import register as register_with_pelican

    register_with_pelican()
