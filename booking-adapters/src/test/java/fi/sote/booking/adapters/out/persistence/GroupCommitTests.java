package fi.sote.booking.adapters.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The group commit on its own: who is written together, and what a failed group tells its callers. */
class GroupCommitTests {

    private final ExecutorService callers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void itemsThatArriveWhileTheWriterIsBusyAreWrittenTogetherAndEachGetsItsOwnOutcome() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<List<Integer>> groups = new CopyOnWriteArrayList<>();
        try (GroupCommit<Integer, String> commit = new GroupCommit<>("test", 1, 32, items -> {
            groups.add(List.copyOf(items));
            firstStarted.countDown();
            await(release);
            return items.stream().map(item -> "written " + item).toList();
        })) {
            Future<Optional<String>> first = callers.submit(() -> commit.write(0));
            assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // the only writer is busy with the first: these seven wait for it, then go as one group
            List<Future<Optional<String>>> waiting = new ArrayList<>();
            for (int i = 1; i <= 7; i++) {
                int item = i;
                waiting.add(callers.submit(() -> commit.write(item)));
            }
            awaitWaiting(commit, 7);
            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).contains("written 0");
            for (int i = 0; i < waiting.size(); i++) {
                assertThat(waiting.get(i).get(10, TimeUnit.SECONDS)).contains("written " + (i + 1));
            }
        }
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactly(0);
        assertThat(groups.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void aGroupIsNeverLargerThanItsMaximum() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 3, items -> {
            sizes.add(items.size());
            await(release);
            return items;
        })) {
            List<Future<Optional<Integer>>> written = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int item = i;
                written.add(callers.submit(() -> commit.write(item)));
            }
            // the writer holds its first group until released; the rest wait for it
            for (int i = 0; i < 1000 && (sizes.isEmpty() || commit.waiting() + sizes.get(0) < 8); i++) {
                Thread.sleep(10);
            }
            assertThat(commit.waiting()).isGreaterThan(3);
            release.countDown();
            for (int i = 0; i < written.size(); i++) {
                assertThat(written.get(i).get(10, TimeUnit.SECONDS)).contains(i);
            }
        }
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, 3));
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
    }

    @Test
    void whenAGroupFailsEveryCallerIsToldToWriteAloneAndTheWriterGoesOn() throws Exception {
        try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 32, items -> {
            if (items.contains(13)) {
                throw new IllegalStateException("deadlock_detected");
            }
            return items;
        })) {
            assertThat(commit.write(13)).isEmpty();
            assertThat(commit.write(14)).contains(14);
        }
    }

    @Test
    void afterCloseNobodyWaits() {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 32, items -> items);
        commit.close();
        assertThat(commit.write(1)).isEmpty();
    }

    private static void awaitWaiting(GroupCommit<?, ?> commit, int items) throws InterruptedException {
        for (int i = 0; i < 1000 && commit.waiting() < items; i++) {
            Thread.sleep(10);
        }
        assertThat(commit.waiting()).isEqualTo(items);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
