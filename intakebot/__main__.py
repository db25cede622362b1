"""``python -m intakebot``.

The guard matters: parsing children (see sandbox.py) re-import the main
module, and must not start a second CLI.
"""

from intakebot.cli import main

if __name__ == "__main__":
    main()
