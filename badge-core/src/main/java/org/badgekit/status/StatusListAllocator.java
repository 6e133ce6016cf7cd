package org.badgekit.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.badgekit.BadgeException;
import org.badgekit.json.JsonCodec;

/**
 * Hands out status-list positions to credentials at issuance: per issuer and purpose, lists numbered 1, 2, ... of
 * {@code listSize} entries each, every index used at most once, in a random-looking order.
 *
 * <h2>How indexes stay unique and random</h2>
 * Each list gets a secret key when it is created; position {@code p} of the list's allocation order is mapped to index
 * {@code permute(key, p)} by a keyed bijection, so allocating positions 0, 1, 2, ... gives distinct indexes that do not reveal
 * the order of issuance. The persisted state per list is only the key and the number of positions reserved.
 *
 * <h2>Crash safety</h2>
 * Positions are reserved in blocks ({@link Builder#blockSize}): the new reservation count is written to
 * {@code state/status/allocations.json} (temp file, fsync, atomic rename, fsync of the folder) <em>before</em> any position of
 * the block is handed out; the block is then served from memory. After a crash at any point the file holds either the old or
 * the new count. With the old count, no position of the new block was handed out yet. With the new count, the unused rest of
 * the block is skipped after a restart: those indexes are simply never used, which is harmless, whereas a reused index would
 * let revoking one credential revoke another. Separate processes on the same workspace are serialized by an OS file lock on
 * {@code allocations.lock}, and re-read the file under that lock, so their blocks never overlap.
 *
 * <p>Thread-safe; allocation takes a short in-memory lock, and touches the disk once per block. Use one instance per workspace
 * in a process (the OS file lock is held per process).
 */
public final class StatusListAllocator {
    /** The folder below the workspace {@code state/} directory that holds status files. */
    static final String STATUS_DIR = "status";
    private static final String STATE_FILE = "allocations.json";
    private static final String LOCK_FILE = "allocations.lock";
    private static final int FORMAT_VERSION = 1;

    private final Path stateFile;
    private final Path lockFile;
    private final String urlTemplate;
    private final int listSize;
    private final int blockSize;
    private final SecureRandom random;
    private final WorkspaceLock lock;
    private final Map<String, Block> blocks = new HashMap<>();

    private StatusListAllocator(Builder builder) {
        Path dir = builder.stateDir.resolve(STATUS_DIR);
        this.stateFile = dir.resolve(STATE_FILE);
        this.lockFile = dir.resolve(LOCK_FILE);
        this.urlTemplate = builder.urlTemplate;
        this.listSize = builder.listSize;
        this.blockSize = builder.blockSize;
        this.random = builder.random;
        this.lock = new WorkspaceLock(lockFile);
    }

    /**
     * Starts a builder.
     *
     * @param stateDir the workspace {@code state/} directory (created when missing)
     * @param urlTemplate where lists are published, with {@code {list}} for the list number and optionally {@code {purpose}},
     *     e.g. {@code https://issuer.example/status/{purpose}/{list}}
     */
    public static Builder newBuilder(Path stateDir, String urlTemplate) {
        return new Builder(stateDir, urlTemplate);
    }

    /**
     * The URL of list {@code listNumber} for {@code purpose} under {@code urlTemplate}.
     *
     * @throws BadgeException {@code INVALID_ARGUMENT} when the template has no {@code {list}} placeholder or is not http(s)
     */
    public static String listUrl(String urlTemplate, StatusPurpose purpose, int listNumber) throws BadgeException {
        checkTemplate(urlTemplate);
        return urlTemplate.replace("{purpose}", purpose.value()).replace("{list}", Integer.toString(listNumber));
    }

    /**
     * Allocates a fresh position for a credential of {@code issuer}.
     *
     * @throws BadgeException {@code IO_ERROR} when the reservation cannot be persisted (nothing is handed out then);
     *     {@code MALFORMED_INPUT} when the state file was damaged by hand
     */
    public synchronized StatusAllocation allocate(String issuer, StatusPurpose purpose) throws BadgeException {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(purpose, "purpose");
        String key = purpose.value() + ' ' + issuer;
        Block block = blocks.get(key);
        if (block == null || block.next >= block.end) {
            block = reserve(issuer, purpose);
            blocks.put(key, block);
        }
        int index = (int) block.permutation.permute(block.next++);
        return new StatusAllocation(purpose, block.list, index, listUrl(urlTemplate, purpose, block.list));
    }

    /** The entries per list for lists created from now on. */
    public int listSize() {
        return listSize;
    }

    private Block reserve(String issuer, StatusPurpose purpose) throws BadgeException {
        return lock.run(() -> {
            ObjectNode state = readState(stateFile);
            ObjectNode allocator = findOrCreate(state, issuer, purpose);
            ArrayNode lists = (ArrayNode) allocator.get("lists");
            ObjectNode current = lists.isEmpty() ? null : (ObjectNode) lists.get(lists.size() - 1);
            if (current == null || current.get("reserved").asLong() >= current.get("size").asLong()) {
                current = lists.addObject();
                current.put("list", lists.size());
                current.put("size", listSize);
                current.put("key", Long.toHexString(random.nextLong()));
                current.put("reserved", 0);
            }
            int size = current.get("size").asInt();
            int start = current.get("reserved").asInt();
            int end = (int) Math.min((long) start + blockSize, size);
            current.put("reserved", end);
            AtomicFile.write(stateFile, JsonCodec.writePretty(state).getBytes(StandardCharsets.UTF_8));
            long secret = Long.parseUnsignedLong(current.get("key").asText(), 16);
            return new Block(current.get("list").asInt(), new IndexPermutation(secret, size), start, end);
        });
    }

    /**
     * Every list that allocation has started, with its number of entries: what a publisher must publish (and keep
     * publishing, even when nothing in it is revoked yet).
     *
     * @throws BadgeException {@code MALFORMED_INPUT} when the state file was damaged by hand
     */
    public Map<StatusListKey, Integer> allocatedLists() throws BadgeException {
        return allocatedLists(stateFile, lock);
    }

    /** The recorded size of a list in the allocation state under {@code stateDir}, if allocation has started it. */
    static Optional<Integer> recordedListSize(Path stateDir, StatusListKey key) throws BadgeException {
        Path dir = stateDir.resolve(STATUS_DIR);
        if (!Files.exists(dir.resolve(STATE_FILE))) {
            return Optional.empty();
        }
        return Optional.ofNullable(allocatedLists(dir.resolve(STATE_FILE), new WorkspaceLock(dir.resolve(LOCK_FILE))).get(key));
    }

    private static Map<StatusListKey, Integer> allocatedLists(Path stateFile, WorkspaceLock lock) throws BadgeException {
        return lock.run(() -> {
            Map<StatusListKey, Integer> result = new LinkedHashMap<>();
            for (JsonNode allocator : readState(stateFile).get("allocators")) {
                StatusPurpose purpose = StatusPurpose.parse(allocator.get("purpose").asText()).orElseThrow(() -> damaged(
                        stateFile, "purpose '" + allocator.get("purpose").asText() + "' is not revocation or suspension"));
                for (JsonNode list : allocator.get("lists")) {
                    result.put(new StatusListKey(allocator.get("issuer").asText(), purpose, list.get("list").asInt()),
                            list.get("size").asInt());
                }
            }
            return Collections.unmodifiableMap(result);
        });
    }

    private static ObjectNode readState(Path stateFile) throws BadgeException, IOException {
        if (!Files.exists(stateFile)) {
            ObjectNode state = JsonCodec.mapper().createObjectNode();
            state.put("version", FORMAT_VERSION);
            state.putArray("allocators");
            return state;
        }
        JsonNode node = JsonCodec.parse(stateFile.toString(), Files.readAllBytes(stateFile));
        if (!node.isObject() || node.path("version").asInt() != FORMAT_VERSION || !node.path("allocators").isArray()) {
            throw damaged(stateFile, "expected an object with \"version\": " + FORMAT_VERSION + " and an \"allocators\" array");
        }
        for (JsonNode allocator : node.get("allocators")) {
            if (!allocator.path("issuer").isTextual() || !allocator.path("purpose").isTextual()
                    || !allocator.path("lists").isArray()) {
                throw damaged(stateFile, "every allocator needs \"issuer\", \"purpose\" and \"lists\"");
            }
            int number = 0;
            for (JsonNode list : allocator.get("lists")) {
                number++;
                boolean ok = list.path("list").asInt() == number && list.path("size").canConvertToInt()
                        && list.path("size").asInt() >= Bitstring.MIN_BITS && list.path("reserved").canConvertToInt()
                        && list.path("reserved").asInt() >= 0 && list.path("reserved").asInt() <= list.path("size").asInt()
                        && list.path("key").asText("").matches("[0-9a-f]{1,16}");
                if (!ok) {
                    throw damaged(stateFile, "list " + number + " of " + allocator.get("issuer").asText() + " "
                            + allocator.get("purpose").asText() + " needs list, size >= " + Bitstring.MIN_BITS
                            + ", reserved <= size and a hex key");
                }
            }
        }
        return (ObjectNode) node;
    }

    private static ObjectNode findOrCreate(ObjectNode state, String issuer, StatusPurpose purpose) {
        ArrayNode allocators = (ArrayNode) state.get("allocators");
        for (JsonNode allocator : allocators) {
            if (allocator.get("issuer").asText().equals(issuer) && allocator.get("purpose").asText().equals(purpose.value())) {
                return (ObjectNode) allocator;
            }
        }
        ObjectNode created = allocators.addObject();
        created.put("issuer", issuer);
        created.put("purpose", purpose.value());
        created.putArray("lists");
        return created;
    }

    private static BadgeException damaged(Path stateFile, String expectation) {
        return new BadgeException(BadgeException.Code.MALFORMED_INPUT,
                stateFile + ": status allocation state is damaged: " + expectation, stateFile.toString(), null);
    }

    private static void checkTemplate(String urlTemplate) throws BadgeException {
        if (urlTemplate == null || !urlTemplate.contains("{list}")
                || !(urlTemplate.startsWith("https://") || urlTemplate.startsWith("http://")) || urlTemplate.contains("#")) {
            throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT, "status list URL template '" + urlTemplate
                    + "' must be an http(s) URL without fragment containing {list}, e.g. https://issuer.example/status/{purpose}/{list}");
        }
    }

    /** A reserved run of allocation positions [next, end) of one list, served from memory. */
    private static final class Block {
        final int list;
        final IndexPermutation permutation;
        long next;
        final long end;

        Block(int list, IndexPermutation permutation, long next, long end) {
            this.list = list;
            this.permutation = permutation;
            this.next = next;
            this.end = end;
        }
    }

    /** Configures a {@link StatusListAllocator}. */
    public static final class Builder {
        private final Path stateDir;
        private final String urlTemplate;
        private int listSize = Bitstring.MIN_BITS;
        private int blockSize = 1024;
        private SecureRandom random;

        private Builder(Path stateDir, String urlTemplate) {
            this.stateDir = Objects.requireNonNull(stateDir, "stateDir");
            this.urlTemplate = urlTemplate;
        }

        /** Entries per new list (a multiple of 8, at least {@link Bitstring#MIN_BITS}); default 131,072. */
        public Builder listSize(int listSize) {
            this.listSize = listSize;
            return this;
        }

        /** Positions reserved per disk write; default 1,024. Unused positions of a block are lost on restart. */
        public Builder blockSize(int blockSize) {
            this.blockSize = blockSize;
            return this;
        }

        /** Source of list keys; default a new {@link SecureRandom}. */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the allocator; no file is touched until the first allocation.
         *
         * @throws BadgeException {@code INVALID_ARGUMENT} for a bad template, list size or block size
         */
        public StatusListAllocator build() throws BadgeException {
            checkTemplate(urlTemplate);
            Bitstring.ofSize(listSize);
            if (blockSize < 1 || blockSize > 1_000_000) {
                throw new BadgeException(BadgeException.Code.INVALID_ARGUMENT,
                        "status allocation block size " + blockSize + " is not between 1 and 1000000");
            }
            if (random == null) {
                random = new SecureRandom();
            }
            return new StatusListAllocator(this);
        }
    }
}
