package taskintc.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import taskintc.dsl.Hw;

/**
 * Every parameter of a generated controller, validated on construction.
 *
 * @param contexts   C: process address spaces, each with its own register page and ready queues
 * @param priorities P: priority levels per context; 0 is the highest
 * @param capacity   N: task entries in the pool shared by all contexts and levels (block RAM)
 * @param taskWidth  W: task-word and bus data width (64 for RV64, 32 for RV32)
 * @param harts      H: harts that dequeue; each has its own dequeue register on every context page
 * @param bus        bus the register map is bound to
 */
public record TaskIntcConfig(int contexts, int priorities, int capacity, int taskWidth, int harts, BusKind bus) {

    public static final String DEFAULT_TOP = "TaskIntc";

    /** One parameter's name, allowed range and default, for validation, the CLI and the docs. */
    public record Param(String name, String description, long min, long max, long defaultValue, String rule) {
        public String range() {
            if (rule.startsWith("one of")) return rule;
            return rule.isEmpty() ? min + ".." + max : min + ".." + max + ", " + rule;
        }
    }

    public static final Param CONTEXTS = new Param("contexts", "process contexts C (one register page each)", 1, 128, 8, "");
    public static final Param PRIORITIES = new Param("priorities", "priority levels P (0 is highest)", 1, 32, 8, "");
    public static final Param CAPACITY = new Param("capacity", "task entries N in the shared pool", 4, 65536, 1024, "a power of two");
    public static final Param TASK_WIDTH = new Param("task-width", "task word and bus data width W", 32, 64, 64, "one of 32, 64");
    public static final Param HARTS = new Param("harts", "harts H (one dequeue register each per context page)", 1, 32, 4, "");

    public static final List<Param> PARAMS = List.of(CONTEXTS, PRIORITIES, CAPACITY, TASK_WIDTH, HARTS);

    public TaskIntcConfig {
        List<String> errors = problems(contexts, priorities, capacity, taskWidth, harts);
        if (!errors.isEmpty()) throw new InvalidConfigException(errors);
        if (bus == null) throw new InvalidConfigException(List.of("bus must be one of axi4lite, apb3, wishbone"));
    }

    public static TaskIntcConfig defaults() {
        return new TaskIntcConfig(8, 8, 1024, 64, 4, BusKind.AXI4LITE);
    }

    /** Every violated rule, each naming the parameter, its allowed range and the value given. */
    public static List<String> problems(long contexts, long priorities, long capacity, long taskWidth, long harts) {
        List<String> errors = new ArrayList<>();
        check(errors, CONTEXTS, contexts);
        check(errors, PRIORITIES, priorities);
        check(errors, CAPACITY, capacity);
        if (capacity >= CAPACITY.min && capacity <= CAPACITY.max && !Hw.isPow2(capacity))
            errors.add(msg(CAPACITY, capacity));
        if (taskWidth != 32 && taskWidth != 64) errors.add(msg(TASK_WIDTH, taskWidth));
        check(errors, HARTS, harts);
        return errors;
    }

    private static void check(List<String> errors, Param p, long v) {
        if (v < p.min || v > p.max) errors.add(msg(p, v));
    }

    private static String msg(Param p, long v) {
        String range = p.range();
        return "--" + p.name + " (" + p.description + ") must be " + (range.startsWith("one of") ? "" : "in ") + range + "; got " + v;
    }

    public TaskIntcConfig withContexts(int c) { return new TaskIntcConfig(c, priorities, capacity, taskWidth, harts, bus); }

    public TaskIntcConfig withPriorities(int p) { return new TaskIntcConfig(contexts, p, capacity, taskWidth, harts, bus); }

    public TaskIntcConfig withCapacity(int n) { return new TaskIntcConfig(contexts, priorities, n, taskWidth, harts, bus); }

    public TaskIntcConfig withTaskWidth(int w) { return new TaskIntcConfig(contexts, priorities, capacity, w, harts, bus); }

    public TaskIntcConfig withHarts(int h) { return new TaskIntcConfig(contexts, priorities, capacity, taskWidth, h, bus); }

    public TaskIntcConfig withBus(BusKind b) { return new TaskIntcConfig(contexts, priorities, capacity, taskWidth, harts, b); }

    // ------------------------------------------------------------------ derived widths

    /** Bits of a pool index. */
    public int indexWidth() { return Hw.log2Up(capacity); }

    /** Bits of a count of 0..N entries. */
    public int countWidth() { return Hw.widthOf(capacity); }

    public int contextWidth() { return Hw.log2Up(contexts); }

    public int levelWidth() { return Hw.log2Up(priorities); }

    public int hartWidth() { return Hw.log2Up(harts); }

    /** Ready lists, one per (context, level). */
    public int lists() { return contexts * priorities; }

    public int listWidth() { return Hw.log2Up(lists()); }

    /** Pages: the control page, then one per context. */
    public int pages() { return contexts + 1; }

    public int addressWidth() { return taskintc.regmap.RegisterMap.PAGE_BITS + Hw.log2Up(pages()); }

    public boolean isDefault() { return equals(defaults()); }

    /** Verilog top and file name: {@code TaskIntc} for the defaults, otherwise every parameter in the name. */
    public String topName() {
        if (isDefault()) return DEFAULT_TOP;
        return DEFAULT_TOP + "_c" + contexts + "_p" + priorities + "_n" + capacity + "_w" + taskWidth + "_h" + harts
                + "_" + bus.id();
    }

    /** Parameter values by CLI name, in declaration order, for the register map and reports. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(CONTEXTS.name, contexts);
        m.put(PRIORITIES.name, priorities);
        m.put(CAPACITY.name, capacity);
        m.put(TASK_WIDTH.name, taskWidth);
        m.put(HARTS.name, harts);
        m.put("bus", bus.id());
        return m;
    }
}
