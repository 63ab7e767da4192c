package taskintc.sched;

import static taskintc.dsl.Hw.mux;

import taskintc.dsl.Circuit;
import taskintc.dsl.Hw;
import taskintc.dsl.HwBits;
import taskintc.dsl.HwBool;
import taskintc.dsl.HwUInt;
import taskintc.dsl.Part;
import taskintc.dsl.Ram;

/**
 * The task pool: N entries of block RAM, a task word ({@code words}) and a successor link ({@code links})
 * each, shared by every ready list and wait list. Free entries form one more list (head in
 * {@code freeHead}); entries never used yet are counted ({@code fresh}) instead, so reset is instant.
 *
 * <p>S1 allocates (a moved waiter keeps its entry; otherwise the free list's head, else a never-used one),
 * writes the task word and reads the link and word of the entry it needs next (the list head's, or the
 * moved waiter's). S2 writes one link per operation: the ready insertion's, the wait append's, or a
 * dequeue's push onto the free list. A link read in S1 that hits S2's write takes the written value.
 */
final class TaskPool extends Part {
    final HwUInt used, freeHead;
    /** {@code used} is the capacity, kept in a register beside it: the wakeup picker reads it early in its cycle.
     *  Both change together: an allocation here, a freed entry through {@link #freeEntry()}. */
    private final HwBool full;
    /** S2: the task word S1 read (the dequeued head's, or the entry the remove walker looks at). */
    final HwBits word2;
    /** The list walker's ports: it reads words and links and writes links (whole, with routing) while the pipeline is empty. */
    final HwUInt walkReadAddr, walkLinkAddr;
    final HwBits walkLinkData;
    final HwBool walkLinkWrite;

    /** {@code waits} is null without sources. */
    TaskPool(Circuit owner, SchedPipeline pipe, LevelLists lists, WaitTable waits) {
        super(owner);
        var cfg = pipe.cfg;
        var s1 = pipe.s1;
        var s2 = pipe.s2;
        Link link = pipe.link;
        int n = cfg.capacity(), a = cfg.indexWidth(), cw = cfg.countWidth();
        Ram words = ram("words", n, cfg.taskWidth());
        Ram links = ram("links", n, link.width);
        used = regUInt("used", cw, 0);
        full = regBool("poolFull", false);
        HwUInt fresh = regUInt("fresh", cw, 0);
        freeHead = regUInt("freeHead", a);

        // S1: allocate. Entries freed but not reused sit on the free list; use them before never-used ones.
        HwBool s2AllocFromList = regBool("s2_allocFromFreeList", false);
        HwUInt s2Head = regUInt("s2_head", a);
        s1.poolFull.assign(full);
        HwBool fromList1 = wireBool("s1_fromFreeList", fresh.ne(used));
        HwUInt freeHeadNow = wireUInt("s1_freeHead", mux(s2.valid.and(s2.dequeueOk), s2Head,
                mux(s2.valid.and(s2AllocFromList), link.index(s2.next), freeHead)));
        s1.alloc.assign(mux(s1.isWake, s1.moved, mux(fromList1, freeHeadNow, fresh.resize(a))));
        // The link S2 writes: an append to a waited-on source links its old tail; a ready insertion links
        // the old tail (tail insertion) or the new entry to the old head (head insertion).
        HwBool waitLinks1 = waits == null ? Hw.lit(false) : waits.linksTail1;
        HwBool linkEn1 = lists.insertLinks1.or(waitLinks1);
        HwUInt linkAddr1 = waits == null ? mux(s1.atHead, s1.alloc, lists.tail1)
                : mux(waitLinks1, waits.tail1, mux(s1.atHead, s1.alloc, lists.tail1));
        HwBits linkData1 = mux(waitLinks1.or(s1.atHead.not()), link.to(s1.routing, s1.alloc), link.to(null, lists.head1));

        // The list walk drives the read ports while the pipeline is empty.
        walkReadAddr = wireUInt("removeReadAddr", a);
        HwUInt linkReadAddr = wireUInt("s1_linkReadAddr", mux(pipe.walkActive, walkReadAddr, mux(s1.isDeq, lists.head1, s1.alloc)));
        HwUInt wordReadAddr = wireUInt("s1_wordReadAddr", mux(pipe.walkActive, walkReadAddr, lists.head1));
        HwBits linkRd = links.readSync(linkReadAddr, Hw.lit(true));
        word2 = words.readSync(wordReadAddr, Hw.lit(true));
        words.write(s1.alloc, s1.data, s1.allocates);

        HwBool linkWrite2 = wireBool("s2_linkWriteEnable");
        HwUInt linkWriteAddr2 = wireUInt("s2_linkWriteAddr", a);
        HwBits linkWriteData2 = wireBits("s2_linkWriteData", link.width);
        HwBool bypass1 = linkWrite2.and(linkWriteAddr2.eq(linkReadAddr));
        when(s1.valid, () -> {
            when(s1.allocates, () -> {
                used.assign(used.plus(1));
                full.assign(used.eq(n - 1));
                when(fromList1.not(), () -> fresh.assign(fresh.plus(1)));
            });
            when(s1.dequeueOk, this::freeEntry);
        });

        // S2: the link written (a dequeue pushes its entry onto the free list), and the free list's new head.
        s2AllocFromList.assign(s1.allocates.and(fromList1));
        s2Head.assign(lists.head1);
        HwBool s2LinkEn = delay("s2_linkEnable", linkEn1, false);
        HwUInt s2LinkAddr = delay("s2_linkAddr", linkAddr1);
        HwBits s2LinkData = delay("s2_linkData", linkData1);
        HwBool s2Bypass = delay("s2_linkBypass", bypass1, false);
        HwBits s2BypassData = delay("s2_linkBypassData", linkWriteData2);
        s2.next.assign(mux(s2Bypass, s2BypassData, linkRd));
        linkWrite2.assign(s2.valid.and(s2.dequeueOk.or(s2LinkEn)));
        linkWriteAddr2.assign(mux(s2.dequeueOk, s2Head, s2LinkAddr));
        linkWriteData2.assign(mux(s2.dequeueOk, link.to(null, freeHead), s2LinkData));
        walkLinkWrite = wireBool("removeLinkWrite");
        walkLinkAddr = wireUInt("removeLinkAddr", a);
        walkLinkData = wireBits("removeLinkData", link.width);
        links.write(mux(pipe.walkActive, walkLinkAddr, linkWriteAddr2),
                mux(pipe.walkActive, walkLinkData, linkWriteData2), linkWrite2.or(walkLinkWrite));
        when(s2.valid.and(s2.dequeueOk), () -> freeHead.assign(s2Head))
                .elseWhen(s2.valid.and(s2AllocFromList), () -> freeHead.assign(link.index(s2.next)));
    }

    /** One entry fewer in use (a dequeue, or the remove walker's unlink), under the caller's condition. */
    void freeEntry() {
        used.assign(used.minus(1));
        full.assign(false);
    }
}
