"""The token-bucket algorithm API Gateway uses for throttling, in plain Python.

The bucket holds at most ``burst`` tokens and refills at ``rate`` tokens per second. Each request takes
one token; with the bucket empty the request is rejected (API Gateway answers 429). A client that has
been idle can therefore send ``burst`` requests at once, then ``rate`` per second sustained.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class TokenBucket:
    """A single-threaded token bucket with an injectable clock (for tests)."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be positive and burst at least 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = float(burst)  # starts full
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def allow(self) -> bool:
        """Take one token if available; False means "reply 429, retry later"."""
        self._refill()
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False

    def retry_after_s(self) -> float:
        """Seconds until the next token, for a Retry-After header."""
        self._refill()
        return max(0.0, (1 - self._tokens) / self.rate)
