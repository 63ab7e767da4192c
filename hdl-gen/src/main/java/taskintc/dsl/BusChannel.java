package taskintc.dsl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;
import spinal.core.Bundle;
import spinal.core.Data;
import spinal.lib.Stream;

/**
 * One valid/ready channel of an AXI interface (aw, w, b, ar, r): its handshake and its payload fields by
 * their protocol names (addr, prot, data, strb, resp, id, len...), for code that connects channels field by
 * field (a bus of another address or ID width, a black box's flattened ports).
 */
public final class BusChannel {
    /** The channel's name: aw, w, b, ar or r. */
    public final String name;
    /** True for the channels the master drives (aw, w, ar). */
    public final boolean fromMaster;
    public final HwBool valid, ready;
    /** Payload fields in declaration order. */
    public final Map<String, HwData> fields;
    final Stream<? extends Bundle> raw;

    BusChannel(String name, boolean fromMaster, Stream<? extends Bundle> raw) {
        this.name = name;
        this.fromMaster = fromMaster;
        this.raw = raw;
        valid = new HwBool(raw.valid());
        ready = new HwBool(raw.ready());
        Map<String, HwData> f = new LinkedHashMap<>();
        for (Tuple2<String, Data> e : CollectionConverters.asJava(raw.payload().elements())) f.put(e._1(), HwData.wrap(e._2()));
        fields = Collections.unmodifiableMap(f);
    }

    /** The payload field {@code name}; refuses a field this channel's configuration does not have. */
    public HwData field(String name) {
        HwData d = fields.get(name);
        if (d == null) throw new IllegalArgumentException("channel " + this.name + " has no field " + name + " (has " + fields.keySet() + ")");
        return d;
    }

    HwBool bool(String name) {
        return (HwBool) field(name);
    }

    HwUInt uint(String name) {
        return (HwUInt) field(name);
    }

    HwBits bits(String name) {
        return (HwBits) field(name);
    }

    /** The field if the configuration has it, else null. */
    HwData optional(String name) {
        return fields.get(name);
    }

    /**
     * {@code to} takes {@code from}'s transfers: valid and every field of {@code to} forward (each from {@code from}'s
     * field of the same name, zero-extended or truncated to its width), ready back.
     */
    public static void connectResized(BusChannel from, BusChannel to) {
        to.valid.assign(from.valid);
        from.ready.assign(to.ready);
        for (Map.Entry<String, HwData> e : to.fields.entrySet()) {
            HwData src = from.fields.get(e.getKey());
            if (src == null) throw new IllegalStateException("channel " + from.name + " has no field " + e.getKey() + " to connect");
            e.getValue().assignBits(src.asBits());
        }
    }
}
