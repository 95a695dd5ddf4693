"""`python -m accord.cli` runs the `accord` command."""

from accord.cli import main

main()
