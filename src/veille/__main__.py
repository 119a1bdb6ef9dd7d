"""``python -m veille``: the ``veille`` command, for an environment whose scripts directory is not on PATH."""
from veille.serve.cli.main import cli

cli(prog_name="veille")
