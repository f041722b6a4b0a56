"""Entry script of the standalone bundle (PyInstaller).

The board solves in a child process started with multiprocessing's "spawn": in the bundle
that child is this same executable, started with multiprocessing's own arguments, and
`freeze_support` turns it into the child before the command line is parsed."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop.__main__ import main

    sys.exit(main())
