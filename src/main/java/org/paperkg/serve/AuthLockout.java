package org.paperkg.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per client address. Past a few failures an address is locked out for a while,
 * doubling with each further failure (up to 15 minutes): guessing passwords gets slow, while a
 * user who mistyped once is not held up. A success clears the address.
 */
final class AuthLockout {
    static final int FREE_FAILURES = 5;
    private static final Duration FIRST = Duration.ofSeconds(2);
    private static final Duration LONGEST = Duration.ofMinutes(15);
    private static final int REMEMBERED = 10_000;
    private final Clock clock;
    private final Map<String, State> byAddress = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
            return size() > REMEMBERED;
        }
    };

    private record State(int failures, Instant lockedUntil) {
    }

    AuthLockout(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must still wait, or zero. */
    synchronized Duration remaining(String address) {
        State s = byAddress.get(address);
        if (s == null || s.lockedUntil() == null) return Duration.ZERO;
        Duration left = Duration.between(clock.instant(), s.lockedUntil());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Records a failure; returns the lock-out it starts (zero while failures are still free). */
    synchronized Duration failed(String address) {
        State s = byAddress.getOrDefault(address, new State(0, null));
        int failures = s.failures() + 1;
        Duration lock = Duration.ZERO;
        if (failures >= FREE_FAILURES) {
            int doublings = Math.min(failures - FREE_FAILURES, 20);
            lock = FIRST.multipliedBy(1L << doublings);
            if (lock.compareTo(LONGEST) > 0) lock = LONGEST;
        }
        byAddress.put(address, new State(failures, lock.isZero() ? null : clock.instant().plus(lock)));
        return lock;
    }

    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }
}
