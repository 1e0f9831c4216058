"""Rasad: a knowledge graph of Middle East states, proxies, officials and incidents from news."""

__version__ = "0.1.0"
