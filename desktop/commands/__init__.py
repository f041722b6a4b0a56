"""Subcommands of `duty-roster`: each module has `register(subparsers)` that adds its parser
and sets `handler=function(args) -> int` as the parser's default."""
