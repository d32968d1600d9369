package fi.sote.booking.adapters.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

import org.jboss.logging.Logger;

/**
 * Group commit for work that is one statement on its own: items that arrive while the writers are
 * busy are written together, in one statement and one commit, by the next free writer. On two cores
 * a commit (its round trip, its WAL flush, waking the backend) costs the database about as much as
 * the row itself; shared by the items of a busy moment it is paid once for all of them. A lone item
 * goes at once, alone: nobody waits for a group to fill.
 * <p>
 * Each item's outcome comes back to its caller. When the group's statement fails (PostgreSQL broke a
 * deadlock between two groups, or any other error), nothing of it was stored and every caller is
 * told to write alone ({@link Optional#empty()}), so one item never fails another.
 *
 * @param <T> an item
 * @param <R> its outcome
 */
final class GroupCommit<T, R> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    private record Pending<T, R>(T item, CompletableFuture<Optional<R>> outcome) {}

    private final BlockingQueue<Pending<T, R>> queue = new LinkedBlockingQueue<>();
    private final Function<List<T>, List<R>> statement;
    private final int maxSize;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param statement writes a group of items in one statement; answers one outcome per item, in order
     */
    GroupCommit(String name, int writers, int maxSize, Function<List<T>, List<R>> statement) {
        if (writers < 1 || maxSize < 1) {
            throw new IllegalArgumentException(name + ": at least one writer and a group size of at least one");
        }
        this.statement = statement;
        this.maxSize = maxSize;
        for (int i = 0; i < writers; i++) {
            Thread thread = new Thread(this::write, name + "-" + i);
            thread.setDaemon(true);
            this.writers.add(thread);
        }
    }

    /** Writes the item in the next group and answers its outcome; empty when the group failed (write it alone). */
    Optional<R> write(T item) {
        if (closed) {
            return Optional.empty();
        }
        startOnce();
        Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
        queue.add(pending);
        if (closed) {
            close();
        }
        try {
            return pending.outcome().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while its group was written", e);
        } catch (ExecutionException e) {
            return Optional.empty();
        }
    }

    /** How many items wait for a writer. */
    int waiting() {
        return queue.size();
    }

    private synchronized void startOnce() {
        for (Thread thread : writers) {
            if (thread.getState() == Thread.State.NEW) {
                thread.start();
            }
        }
    }

    private void write() {
        List<Pending<T, R>> group = new ArrayList<>(maxSize);
        List<T> items = new ArrayList<>(maxSize);
        while (!closed) {
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(group, maxSize - 1);
            group.forEach(pending -> items.add(pending.item()));
            try {
                List<R> outcomes = statement.apply(items);
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).outcome().complete(Optional.of(outcomes.get(i)));
                }
            } catch (RuntimeException e) {
                LOG.debugf(e, "A group of %d failed; each is written alone", group.size());
                group.forEach(pending -> pending.outcome().complete(Optional.empty()));
            }
            group.clear();
            items.clear();
        }
    }

    /** Stops the writers; whoever still waits writes alone. */
    @Override
    public void close() {
        closed = true;
        writers.forEach(Thread::interrupt);
        for (Pending<T, R> pending; (pending = queue.poll()) != null; ) {
            pending.outcome().complete(Optional.empty());
        }
    }
}
