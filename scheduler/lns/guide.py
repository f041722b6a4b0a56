"""The guide: column generation's rounds (`scheduler.columns`) run for one search.

The exact search's thread runs the rounds (`Guide.run`) before its own CP-SAT search, so the
relaxation is solved within seconds while the neighbourhood search works from the start; the
neighbourhood search draws the guided piece (`scheduler.lns.search`): the assignments on which
the best roster disagrees with the relaxation's fractional roster.
"""
from __future__ import annotations

import random
import threading
import time

from scheduler.columns import ColumnGeneration
from scheduler.lns.shared import Incumbent, Shared

# Of the time at most, for the rounds before the exact search: a larger share left the
# pieces too little (benchmarks/RESULTS.md, "Tried, kept, dropped": Column-generation guide).
GUIDE_SHARE = 0.5
# Rounds the guide needs in its share of the time, or it is dropped: about the rounds a
# relaxation takes to come within 1 % of its optimum; guides that got fewer made the search
# worse (benchmarks/RESULTS.md, "Tried, kept, dropped": Column-generation guide).
GUIDE_ROUNDS = 12


class Guide:
    """Column generation's rounds for one search, and what the guided piece has done."""

    def __init__(self, generation: ColumnGeneration):
        self.generation = generation
        self.dropped = False  # the rounds proved too slow for the time limit
        # The last guided piece improved the roster or was solved within PIECE_TARGET_S: only
        # then is the guided piece drawn first after a round, so that a piece that times out
        # after every quick round does not take the search's time.
        self.pays = True
        # Once the relaxation is solved: the best roster whose guided piece found nothing
        # better (the same roster gives the same piece, so it is not drawn again for it).
        self.tried: Incumbent | None = None

    def ready(self) -> bool:
        """Whether the guided piece can be drawn: a relaxation solved, the guide kept."""
        return self.generation.usable and not self.dropped and self.generation.fractional_roster is not None

    def run(self, shared: Shared, *, seed: int, deadline: float, stop: threading.Event) -> None:
        """Rounds from the shared best roster until the relaxation is solved, GUIDE_SHARE of
        the time to `deadline` has passed or `stop` is set, raising the shared bound to the
        relaxation's. The guide is dropped once its rounds are too slow to come near the
        relaxation's optimum in that share (GUIDE_ROUNDS of them): when they take longer on
        average, or one round twice as long (it is stopped then; the first builds every
        volunteer's model), or when the first volunteer's model foretells that
        (`ColumnGeneration.step`'s budget)."""
        generation, rng = self.generation, random.Random(seed)
        began = time.monotonic()
        until = began + GUIDE_SHARE * (deadline - began)
        longest = GUIDE_SHARE * (deadline - began) / GUIDE_ROUNDS  # a round, on average
        while (shared.best is not None and generation.usable and not generation.converged
               and not stop.is_set() and time.monotonic() < until):
            done = generation.step(shared.best.values, seed=rng.randrange(1 << 30),
                                   deadline=min(deadline, time.monotonic() + 2 * longest), stop=stop, budget=longest)
            shared.bound = max(shared.bound, generation.bound)
            if not done or (time.monotonic() - began) / max(1, generation.rounds) > longest:
                self.dropped = not stop.is_set()
                return
