"""`python -m accord` runs the `accord` command (as `python -m accord.cli` does)."""

from accord.cli import main

main()
