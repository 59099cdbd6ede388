"""`python -m frontlog.cli`: the same as the `frontlog` command."""

import sys

from frontlog.cli.commands import main

sys.exit(main())
