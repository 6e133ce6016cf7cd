package org.badgekit.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusListAllocatorTest {
    private static final String ISSUER = "https://issuer.example/profile";
    private static final String TEMPLATE = "https://issuer.example/status/{purpose}/{list}";

    @TempDir
    Path state;

    @Test
    void givesEightThreadsFortyThousandDistinctIndexes() throws Exception {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, TEMPLATE).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<StatusAllocation>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<List<StatusAllocation>> task = () -> {
                    List<StatusAllocation> mine = new ArrayList<>();
                    for (int i = 0; i < 5_000; i++) {
                        mine.add(allocator.allocate(ISSUER, StatusPurpose.REVOCATION));
                    }
                    return mine;
                };
                futures.add(pool.submit(task));
            }
            Set<Integer> indexes = new HashSet<>();
            for (Future<List<StatusAllocation>> future : futures) {
                for (StatusAllocation allocation : future.get()) {
                    assertThat(allocation.listNumber()).isEqualTo(1);
                    assertThat(allocation.statusListCredentialUrl()).isEqualTo("https://issuer.example/status/revocation/1");
                    assertThat(indexes.add(allocation.index())).as("index %d handed out twice", allocation.index()).isTrue();
                }
            }
            assertThat(indexes).hasSize(40_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void neverReusesAnIndexAfterARestart() throws Exception {
        Set<Integer> indexes = new HashSet<>();
        for (int run = 0; run < 3; run++) {
            StatusListAllocator allocator = StatusListAllocator.newBuilder(state, TEMPLATE).blockSize(100).build();
            for (int i = 0; i < 250; i++) {
                assertThat(indexes.add(allocator.allocate(ISSUER, StatusPurpose.REVOCATION).index())).isTrue();
            }
        }
        assertThat(indexes).hasSize(750);
        // each run reserved 3 blocks of 100 and used 250: the unused 50 of its last block are skipped, never reused
        assertThat(reserved(0)).isEqualTo(900);
    }

    @Test
    void twoAllocatorsOnTheSameWorkspaceTakeDisjointBlocks() throws BadgeException {
        StatusListAllocator first = StatusListAllocator.newBuilder(state, TEMPLATE).blockSize(10).build();
        StatusListAllocator second = StatusListAllocator.newBuilder(state, TEMPLATE).blockSize(10).build();
        Set<Integer> indexes = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            assertThat(indexes.add(first.allocate(ISSUER, StatusPurpose.REVOCATION).index())).isTrue();
            assertThat(indexes.add(second.allocate(ISSUER, StatusPurpose.REVOCATION).index())).isTrue();
        }
        assertThat(indexes).hasSize(200);
    }

    @Test
    void handsOutIndexesInARandomLookingOrderAcrossTheWholeList() throws BadgeException {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, TEMPLATE).build();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            indexes.add(allocator.allocate(ISSUER, StatusPurpose.REVOCATION).index());
        }
        int ascendingSteps = 0;
        int consecutive = 0;
        for (int i = 1; i < indexes.size(); i++) {
            ascendingSteps += indexes.get(i) > indexes.get(i - 1) ? 1 : 0;
            consecutive += Math.abs(indexes.get(i) - indexes.get(i - 1)) == 1 ? 1 : 0;
        }
        // a random order ascends about half the time; a sequential one always does
        assertThat(ascendingSteps).isBetween(400, 600);
        assertThat(consecutive).isLessThan(5);
        long upperHalf = indexes.stream().filter(i -> i >= Bitstring.MIN_BITS / 2).count();
        assertThat(upperHalf).isBetween(400L, 600L);
        assertThat(indexes).doesNotContainSequence(0, 1, 2);
    }

    @Test
    void keysListsByIssuerAndPurposeAndUsesDifferentOrders() throws Exception {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, TEMPLATE).build();
        StatusAllocation revocation = allocator.allocate(ISSUER, StatusPurpose.REVOCATION);
        StatusAllocation suspension = allocator.allocate(ISSUER, StatusPurpose.SUSPENSION);
        StatusAllocation other = allocator.allocate("did:web:other.example", StatusPurpose.REVOCATION);
        assertThat(suspension.statusListCredentialUrl()).isEqualTo("https://issuer.example/status/suspension/1");
        assertThat(revocation.purpose()).isEqualTo(StatusPurpose.REVOCATION);
        assertThat(other.listNumber()).isEqualTo(1);
        assertThat(JsonCodec.parse("state", Files.readAllBytes(stateFile())).get("allocators")).hasSize(3);
    }

    @Test
    void movesToTheNextListWhenAListIsFullHavingUsedEveryIndexOnce() throws BadgeException {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, "https://issuer.example/status/r{list}.json")
                .blockSize(50_000).build();
        boolean[] used = new boolean[Bitstring.MIN_BITS];
        for (int i = 0; i < Bitstring.MIN_BITS; i++) {
            StatusAllocation allocation = allocator.allocate(ISSUER, StatusPurpose.REVOCATION);
            assertThat(allocation.listNumber()).isEqualTo(1);
            assertThat(used[allocation.index()]).isFalse();
            used[allocation.index()] = true;
        }
        StatusAllocation next = allocator.allocate(ISSUER, StatusPurpose.REVOCATION);
        assertThat(next.listNumber()).isEqualTo(2);
        assertThat(next.statusListCredentialUrl()).isEqualTo("https://issuer.example/status/r2.json");
        assertThat(next.toEntry().toJson().get("statusListIndex").asText()).isEqualTo(Integer.toString(next.index()));
    }

    @Test
    void refusesADamagedStateFileNamingIt() throws Exception {
        Files.createDirectories(stateFile().getParent());
        Files.writeString(stateFile(), "{\"version\":1,\"allocators\":[{\"issuer\":\"x\",\"purpose\":\"revocation\","
                + "\"lists\":[{\"list\":1,\"size\":131072,\"reserved\":999999,\"key\":\"ab\"}]}]}");
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, TEMPLATE).build();
        assertThatThrownBy(() -> allocator.allocate("x", StatusPurpose.REVOCATION))
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.MALFORMED_INPUT);
                    assertThat(e.getMessage()).contains("allocations.json", "damaged", "reserved <= size");
                });
    }

    @Test
    void refusesATemplateWithoutAListPlaceholderOrWithABadSize() {
        assertThatThrownBy(() -> StatusListAllocator.newBuilder(state, "https://issuer.example/status/1").build())
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("{list}");
                });
        assertThatThrownBy(() -> StatusListAllocator.newBuilder(state, "ftp://x/{list}").build())
                .isInstanceOf(BadgeException.class);
        assertThatThrownBy(() -> StatusListAllocator.newBuilder(state, TEMPLATE).listSize(1000).build())
                .isInstanceOf(BadgeException.class);
        assertThatThrownBy(() -> StatusListAllocator.newBuilder(state, TEMPLATE).blockSize(0).build())
                .isInstanceOf(BadgeException.class);
    }

    @Test
    void writesNoTempFilesBesideTheState() throws Exception {
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, TEMPLATE).blockSize(1).build();
        for (int i = 0; i < 20; i++) {
            allocator.allocate(ISSUER, StatusPurpose.REVOCATION);
        }
        try (var files = Files.list(stateFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("allocations.json",
                    "allocations.lock");
        }
        assertThat(reserved(0)).isEqualTo(20);
    }

    @Test
    void handsOutNothingWhenTheReservationCannotBeSaved() throws Exception {
        Files.writeString(state.resolve("status"), "a file where the status folder should be");
        StatusListAllocator allocator = StatusListAllocator.newBuilder(state, TEMPLATE).build();
        assertThatThrownBy(() -> allocator.allocate(ISSUER, StatusPurpose.REVOCATION))
                .isInstanceOfSatisfying(BadgeException.class, e -> {
                    assertThat(e.code()).isEqualTo(BadgeException.Code.IO_ERROR);
                    assertThat(e.getMessage()).contains(state.resolve("status").toString());
                });
        Files.delete(state.resolve("status"));
        StatusAllocation allocation = allocator.allocate(ISSUER, StatusPurpose.REVOCATION);
        assertThat(allocation.listNumber()).isEqualTo(1);
        assertThat(reserved(0)).isEqualTo(1024);
    }

    private Path stateFile() {
        return state.resolve("status").resolve("allocations.json");
    }

    private long reserved(int allocator) throws Exception {
        String json = new String(Files.readAllBytes(stateFile()), StandardCharsets.UTF_8);
        return JsonCodec.parse("state", json).get("allocators").get(allocator).get("lists").get(0).get("reserved").asLong();
    }
}
