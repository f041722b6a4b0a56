"""The search for small and medium rosters: CP-SAT's exact search beside a large
neighbourhood search, sharing the best roster, with column generation as a guide when the
roster decomposes by volunteer.

- `shared`: the best roster and bound the searches share.
- `first_roster`: the first roster, from the model's hint or CP-SAT's local search.
- `neighbourhoods`: the kinds of piece (`Kind`), how each is drawn and sized, which comes next.
- `search`: the neighbourhood search, re-solving pieces of the best roster exactly.
- `guide`: column generation's rounds for one search, and the guided piece's state.
- `portfolio`: the exact search and the neighbourhood search side by side (`portfolio.portfolio`,
  what `scheduler.solve` runs).
"""
from scheduler.lns.first_roster import FIRST_ROSTER_WORKERS, hinted_roster, local_search_roster
from scheduler.lns.guide import Guide
from scheduler.lns.neighbourhoods import Kind, Neighbourhoods
from scheduler.lns.search import improve
from scheduler.lns.shared import Incumbent, Shared, Values

__all__ = ["FIRST_ROSTER_WORKERS", "Guide", "Incumbent", "Kind", "Neighbourhoods", "Shared", "Values",
           "hinted_roster", "improve", "local_search_roster"]
