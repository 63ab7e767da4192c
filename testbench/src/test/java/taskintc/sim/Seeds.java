package taskintc.sim;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds of the random tests. Each run draws fresh base seeds (printed once), so every CI run tries new
 * stimulus; {@code -Dtaskintc.seed=S} ({@code make test SEED=S}) replays one, {@code -Dtaskintc.seeds=N}
 * ({@code make regress SEEDS=N}) runs every random test with N fresh ones. A test's own seed is derived
 * from the base seed and the test's name (configuration included), so one base seed replays every test
 * of a run exactly.
 */
public final class Seeds {
    private Seeds() {}

    private static List<Long> bases;

    /** The base seeds of this run: the one given with -Dtaskintc.seed, else taskintc.seeds (default 1) fresh ones. */
    public static synchronized List<Long> bases() {
        if (bases != null) return bases;
        String given = System.getProperty("taskintc.seed", "").trim();
        List<Long> list = new ArrayList<>();
        if (!given.isEmpty()) {
            list.add(parse(given));
        } else {
            int n = Integer.getInteger("taskintc.seeds", 1);
            if (n < 1) throw new IllegalArgumentException("taskintc.seeds (SEEDS) must be at least 1; got " + n);
            SecureRandom r = new SecureRandom();
            for (int i = 0; i < n; i++) list.add(r.nextLong() & 0xFFFF_FFFFL);
        }
        bases = List.copyOf(list);
        System.out.println("[seed] random tests run with base seed" + (bases.size() > 1 ? "s " : " ")
                + String.join(", ", bases.stream().map(Seeds::hex).toList())
                + (given.isEmpty() ? " (fresh; replay one with SEED=<seed>)" : " (given)"));
        return bases;
    }

    /** The seed of one test (name and configuration) under a base seed. */
    public static int of(long base, String test) {
        long z = base * 0x9E3779B97F4A7C15L + test.hashCode();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) (z ^ (z >>> 31));
    }

    public static String hex(long seed) {
        return "0x" + Long.toHexString(seed);
    }

    static long parse(String s) {
        try {
            return s.startsWith("0x") || s.startsWith("0X") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("taskintc.seed (SEED) must be a decimal or 0x-hex integer; got '" + s + "'");
        }
    }

    /** The one command that reruns {@code testClass} on {@code config} with {@code base}. */
    public static String replayCommand(String testClass, String config, long base) {
        return "make regress SEED=" + hex(base) + " TEST=" + testClass + (config == null ? "" : " CONFIGS=" + config);
    }
}
