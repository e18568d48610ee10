package org.pensionbot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code limit} calls in any one second as Telegram sees them, however late each call
 * reaches it.
 *
 * <p>{@link RateGate} spaces calls evenly as they leave, which is exact only if every call takes
 * equally long on its way. One held up for a moment (a busy CPU, a slow network) arrives right
 * behind the next ones, and a second at Telegram can then hold 31 or more. Here a call takes a
 * permit before it is sent and returns it one second after its answer came back. Telegram saw the
 * call between those two moments, so any two calls it saw less than a second apart held their
 * permits at the same time: no second at Telegram sees more calls than there are permits. The
 * cost is the answer time: at 100 ms per call, at most 30 calls per 1.1 s.
 *
 * <p>Thread-safe; waiting callers release the lock.
 */
final class SendWindow {

    private static final long HOLD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final int limit;
    /** When the permits of finished calls come back, earliest first. */
    private final Deque<Long> returning = new ArrayDeque<>();
    private int inFlight;

    SendWindow(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive (was " + limit + ")");
        }
        this.limit = limit;
    }

    /** Blocks until a call may be sent; the caller must {@link #release()} once it is finished. */
    synchronized void acquire() throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            while (!returning.isEmpty() && returning.peekFirst() - now <= 0) {
                returning.pollFirst();
            }
            if (inFlight + returning.size() < limit) {
                inFlight++;
                return;
            }
            if (returning.isEmpty()) {
                wait();
            } else {
                TimeUnit.NANOSECONDS.timedWait(this, returning.peekFirst() - now);
            }
        }
    }

    /** The call is finished (answered, failed or abandoned): its permit comes back in a second. */
    synchronized void release() {
        inFlight--;
        returning.addLast(System.nanoTime() + HOLD_NANOS);
        notifyAll();
    }
}
