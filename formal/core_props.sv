// Formal properties of the controller (ready-queue core + source gateways, no bus) on its ports only:
// the command/response interface the register decoder drives (CoreCmd/CoreRsp) and the interrupt line.
// Written for FormalRtl.CONFIG: 2 contexts, 2 levels, 4 pool entries, 32-bit words, 1 hart, 1 edge source,
// 4-bit pending counts. scripts/formal.sh elaborates FormalCore.v and checks this with yosys and ABC.
//
// Technique: a symbolic scoreboard. Three task words A, B (enqueued) and C (parked with wait) are free
// constants the solver picks; the wrapper follows each of them, plus counters the core must agree with:
//   pool accounting   POOL_FREE = N - (successful enqueues + waits - dequeues - removes)
//   no loss / no dup  a tracked word comes out of a dequeue only if queued in that context, at most once;
//                     a dequeue on a context that must hold a task never returns empty (0)
//   order             priority first, then FIFO (ENQUEUE_HEAD in front) between A and B; nothing of lower
//                     priority leaves a context while A, B or a woken C is queued there
//   isolation         counts and dequeues of a context only move with that context's own operations
//                     (and the wakeups of its own waits)
//   interrupts        with k successful waits and e edges, the source's pending count p obeys
//                     e - k <= p <= e, and p = e - k once no waiter is left (no event lost or invented);
//                     C, the j-th waiter, is never ready before the j-th edge, and is ready within
//                     WAKE_CYCLES + 4 (j - 1) quiet cycles after it (a dequeue of its context returns C or
//                     better): earlier waiters of the source may take it first, 4 cycles each.
//   cancel_wait       C's context may cancel C (the only word cancelled; any time, waiting, woken or never
//                     parked). The core's answer to a cancel carries its outcome (its error bits, 0: cancelled),
//                     which the wrapper follows, and every property above then holds it to it: a cancelled C is
//                     never dequeued and frees its entry, consumes no event (wok drops by one, so the pending
//                     count must account for every edge); a C that cannot have been woken yet (fewer than j
//                     edges) is found; a cancel refused for lack of a grant changes nothing.
// scripts/formal.sh also builds the covers into a model of their own, where each is the assertion of its
// negation (COVERS_AS_ASSERTS): a counterexample to it is a trace reaching the cover.
// Commands are assumed to be what the decoder produces; reset is free (asserted in the first cycle, and
// whenever the solver likes afterwards), so every property also holds across resets in mid-traffic.
`ifdef COVERS_AS_ASSERTS
`define COVER(c) assert(!(c))
`else
`define COVER(c) cover(c)
`endif
module taskintc_formal (
  input  wire        clk,
  input  wire        reset,
  input  wire        cmd_valid,
  input  wire [3:0]  cmd_op,
  input  wire [3:0]  cmd_status,
  input  wire        cmd_control,
  input  wire        cmd_read,
  input  wire        cmd_context,
  input  wire        cmd_hart,
  input  wire        cmd_source,
  input  wire [31:0] cmd_data,
  input  wire        irq,
  // The tracked words A, B, C: chosen freely in the first cycle, constant afterwards (an anyconst that
  // every back end reads, AIGER included).
  input  wire [31:0] task_a_in,
  input  wire [31:0] task_b_in,
  input  wire [31:0] task_c_in
);
  localparam N = 3'd4;
  localparam [3:0] ENQ_TAIL = 0, ENQ_HEAD = 1, DEQ = 2, REMOVE = 3, READ_STATUS = 4, READ_CONST = 5,
                   FAULT = 6, WAIT = 7, CONFIG = 8, CANCEL = 13;
  localparam [3:0] ST_COUNT = 0, ST_POOL_FREE = 3, ST_SOURCE = 7, CFG_GRANT = 0;
  // Quiet cycles (no command on the source, no remove) after which a due wakeup must be visible to a
  // dequeue: the pick in the edge's cycle, the slot entering S0 (one cycle later when the bus has the turn),
  // S1, whose result a dequeue entering S0 sees. Each earlier waiter of the source, woken by an earlier
  // event, may hold the source for 4 cycles more (pick, slot, S1, S2).
  localparam WAKE_CYCLES = 2;

  wire        cmd_ready, rsp_valid, rsp_fault, rsp_read;
  wire [31:0] rsp_data;
  wire [0:0]  usip, ssip;

  FormalCore dut (
    .cmd_valid(cmd_valid), .cmd_ready(cmd_ready), .cmd_payload_op(cmd_op), .cmd_payload_status(cmd_status),
    .cmd_payload_control(cmd_control), .cmd_payload_read(cmd_read), .cmd_payload_context(cmd_context),
    .cmd_payload_hart(cmd_hart), .cmd_payload_source(cmd_source), .cmd_payload_data(cmd_data),
    .rsp_valid(rsp_valid), .rsp_payload_fault(rsp_fault), .rsp_payload_read(rsp_read), .rsp_payload_data(rsp_data),
    .irq(irq), .usip(usip), .ssip(ssip), .clk(clk), .reset(reset));

  // ---------------------------------------------------------------- tracked words
  reg first = 1'b1;
  always @(posedge clk) first <= 1'b0;
  reg [31:0] task_a_q, task_b_q, task_c_q;
  wire [31:0] task_a = first ? task_a_in : task_a_q;
  wire [31:0] task_b = first ? task_b_in : task_b_q;
  wire [31:0] task_c = first ? task_c_in : task_c_q;
  always @(posedge clk) begin task_a_q <= task_a; task_b_q <= task_b; task_c_q <= task_c; end

  function automatic valid_word(input [31:0] w);  // non-null pointer, priority below 2
    valid_word = (w[31:6] != 0) && (w[5:2] == 0);
  endfunction
  wire prio_a = task_a[1], prio_b = task_b[1], prio_c = task_c[1];

  // ---------------------------------------------------------------- wrapper state
  reg [2:0] used = 0;                    // pool entries in use
  reg signed [5:0] diff0 = 0, diff1 = 0; // per context: enqueued - dequeued - removed (woken tasks come on top)
  reg [3:0] wok0 = 0, wok1 = 0;          // per context: successful waits (upper bound of its wakeups)
  reg [4:0] wok = 0;                     // successful waits in all
  reg grant0 = 0, grant1 = 0;
  reg [4:0] events = 0, events_d1 = 0;   // edges seen before this cycle / before the previous one
  reg irq_prev = 0;
  reg a_q = 0, a_ctx = 0, a_fly = 0, b_q = 0, b_ctx = 0, b_fly = 0, a_first = 0;
  reg c_used = 0, c_w = 0, c_ctx = 0;
  reg [4:0] c_j = 0;                     // C is the j-th successful waiter
  reg [3:0] c_quiet = 0;                 // quiet cycles (no command holding the source) since C became due

  // In-flight commands, answered in order: {mustFindC, quiet, allow, gctx, gok, prio, okw, isC, isB, isA, read, ctx, status, op}
  reg [22:0] fifo [0:3];
  reg [1:0] rd_ptr = 0, wr_ptr = 0;
  reg [2:0] fill = 0;

  wire fire = cmd_valid && cmd_ready && !reset;
  wire event_now = irq && !irq_prev && !reset;
  wire is_enq = cmd_op == ENQ_TAIL || cmd_op == ENQ_HEAD;
  wire g_ok = cmd_data[9:0] == 0 && cmd_data[23:17] == 0;
  // A cancel of C from its context while fewer than j edges arrived: C is still parked and must be found.
  wire must_find_c = c_w && cmd_context == c_ctx && events < c_j;
  wire [22:0] entry = {must_find_c, c_quiet, cmd_data[31], cmd_data[16], g_ok, cmd_data[1], valid_word(cmd_data),
                       cmd_data == task_c, cmd_data == task_b, cmd_data == task_a, cmd_read, cmd_context,
                       cmd_status, cmd_op};

  wire [22:0] e = fifo[rd_ptr];
  wire [3:0] e_op = e[3:0], e_st = e[7:4];
  wire e_ctx = e[8], e_read = e[9], e_a = e[10], e_b = e[11], e_c = e[12], e_okw = e[13];
  wire e_gok = e[15], e_gctx = e[16], e_allow = e[17];
  wire [3:0] e_quiet = e[21:18];
  wire e_must_find_c = e[22];
  wire rsp = rsp_valid && !reset;

  wire signed [5:0] diff_e = e_ctx ? diff1 : diff0;
  wire [3:0] wok_e = e_ctx ? wok1 : wok0;
  wire signed [6:0] upper_e = diff_e + $signed({3'b0, wok_e});
  wire grant_e = e_ctx ? grant1 : grant0;
  wire pool_room = used < N;
  // The core does not serve a source while a command naming it (a wait, a configuration write) or a remove
  // is on its way through (the bus command entering S0, S1, S2): those cycles are not quiet.
  function automatic holds_source(input [3:0] op);
    holds_source = op == WAIT || op == CONFIG || op == REMOVE || op == CANCEL;
  endfunction
  wire [22:0] e_next = fifo[rd_ptr + 2'd1];
  wire source_held = (cmd_valid && holds_source(cmd_op)) || (fill >= 1 && holds_source(e_op))
                     || (fill >= 2 && holds_source(e_next[3:0]));
  wire [31:0] w = rsp_data;
  wire w_prio = w[1];

  // ---------------------------------------------------------------- environment (what the decoder sends)
  always @* begin
    if (first) assume(reset);
    if (reset) assume(!cmd_valid);
    if (cmd_valid) begin
      assume(cmd_op <= CONFIG || cmd_op == CANCEL);
      assume(cmd_hart == 0);
      assume(cmd_read == (cmd_op == DEQ || cmd_op == READ_STATUS || cmd_op == READ_CONST) || cmd_op == FAULT);
      if (cmd_op == CONFIG) assume(cmd_status == CFG_GRANT);   // source modes stay at reset: edge, one-shot
      if (cmd_op == WAIT || cmd_op == CANCEL || (cmd_op == READ_STATUS && cmd_status == ST_SOURCE)) assume(cmd_source == 0);
      if (cmd_op == CANCEL) assume(cmd_data == task_c);
      if (is_enq && cmd_data == task_a) assume(!a_q && !a_fly);
      if (is_enq && cmd_data == task_b) assume(!b_q && !b_fly);
      if (is_enq) assume(cmd_data != task_c);
      if (cmd_op == WAIT) assume(cmd_data != task_a && cmd_data != task_b);
      if (cmd_op == WAIT && cmd_data == task_c) assume(!c_used);
      if (cmd_op == REMOVE) assume(cmd_data == task_a || cmd_data == task_b);
      // Task words keep their pointer in bits [8:6] (7 distinct tasks, plus the null pointer): the core
      // moves the word as a whole, so the high pointer bits add nothing but solver time.
      if (is_enq || cmd_op == WAIT || cmd_op == REMOVE) assume(cmd_data[31:9] == 0);
      // Other commands carry no data the core looks at, except a grant: source, context and allow, plus one
      // bit each to make the source or the context out of range.
      if (!is_enq && cmd_op != WAIT && cmd_op != REMOVE && cmd_op != CONFIG && cmd_op != CANCEL) assume(cmd_data == 0);
      if (cmd_op == CONFIG) assume((cmd_data & ~32'h8003_0003) == 0);
      if (cmd_op != WAIT && cmd_op != CANCEL && !(cmd_op == READ_STATUS && cmd_status == ST_SOURCE)) assume(cmd_source == 0);
      if (cmd_op != READ_STATUS && cmd_op != CONFIG) assume(cmd_status == 0);
    end else begin
      assume(cmd_op == 0 && cmd_data == 0 && cmd_status == 0 && !cmd_control && !cmd_source);
    end
    assume(task_a != task_b && task_a != task_c && task_b != task_c);
    assume(valid_word(task_a) && valid_word(task_b) && valid_word(task_c));
    assume(task_a[31:9] == 0 && task_b[31:9] == 0 && task_c[31:9] == 0);
  end

  // ---------------------------------------------------------------- properties, checked on every answer
  // Each assertion carries a label naming its group (scripts/formal.sh reports per group) and a cover of the
  // condition under which it is checked (cover_<label>): the covers show the depth at which every assertion
  // can fire, and the proof reaches it, so no assertion holds only because it is never checked.
  wire deq = !reset && rsp && e_op == DEQ;
  wire a_ahead = a_q && a_ctx == e_ctx, b_ahead = b_q && b_ctx == e_ctx;
  wire c_due = c_w && c_ctx == e_ctx && {3'b0, e_quiet} >= WAKE_CYCLES + 4 * ({2'b0, c_j} - 1);
  wire st_pool = !reset && rsp && e_op == READ_STATUS && e_st == ST_POOL_FREE;
  wire cancel = !reset && rsp && e_op == CANCEL;
  wire st_count = !reset && rsp && e_op == READ_STATUS && e_st == ST_COUNT;
  // The source status was sampled in S1, the cycle before its answer.
  wire st_source = !reset && rsp && e_op == READ_STATUS && e_st == ST_SOURCE && events_d1 <= 15;
  always @* begin
    if (!reset) answers_bounded: assert(fill <= 2);                 // S1 and S2; a remove runs alone
    if (!reset && rsp) begin
      answers_commanded: assert(fill != 0);                        // no answer without a command
      answers_kind: assert(rsp_read == e_read && rsp_fault == (e_op == FAULT));
    end
    // Pool partition: every task is in exactly one place; none is lost, duplicated or invented.
    if (deq && w == 0) pool_empty_only_when_empty: assert(diff_e <= 0);
    if (deq && w != 0) pool_nothing_from_nothing: assert(upper_e > 0 && valid_word(w));
    if (deq && w == task_a) pool_a_once: assert(a_q);
    if (deq && w == task_b) pool_b_once: assert(b_q);
    if (st_pool) pool_free_count: assert(w == {29'b0, N - used});
    if (st_count) pool_ready_count: assert($signed({1'b0, w[5:0]}) >= diff_e && $signed({1'b0, w[5:0]}) <= upper_e && w[31:6] == 0);
    // Isolation: a task comes out of the context it was queued in.
    if (deq && w == task_a && a_q) isolation_a: assert(a_ctx == e_ctx);
    if (deq && w == task_b && b_q) isolation_b: assert(b_ctx == e_ctx);
    if (deq && w == task_c && c_w) isolation_c: assert(c_ctx == e_ctx);
    // Priority order: nothing of lower priority leaves a context while A or B waits there.
    if (deq && a_ahead && w != task_a) priority_a: assert(w != 0 && w_prio <= prio_a);
    if (deq && b_ahead && w != task_b) priority_b: assert(w != 0 && w_prio <= prio_b);
    if (deq && w == task_a && b_ahead) priority_a_before_b: assert(!(prio_b < prio_a));
    if (deq && w == task_b && a_ahead) priority_b_before_a: assert(!(prio_a < prio_b));
    // FIFO order within a level (ENQUEUE_HEAD puts a task in front).
    if (deq && w == task_a && b_ahead && prio_a == prio_b) fifo_a_first: assert(a_first);
    if (deq && w == task_b && a_ahead && prio_a == prio_b) fifo_b_first: assert(!a_first);
    // Wakeup events: none lost, none invented; a waiter is woken only by its event, and soon.
    if (deq && w == task_c) wakeup_not_early: assert(c_w && events >= c_j);
    if (deq && c_due && w != task_c) wakeup_not_lost: assert(w != 0 && w_prio <= prio_c);
    if (st_source) wakeup_count_not_invented: assert({1'b0, w[3:0]} <= events_d1);
    if (st_source) wakeup_count_not_lost: assert({1'b0, w[3:0]} + wok >= events_d1);
    if (st_source && !w[24]) wakeup_count_exact: assert({1'b0, w[3:0]} + wok == events_d1);
    // cancel_wait: its outcome (0 cancelled, 8 NOT_FOUND, 32 NOT_GRANTED), a parked C found.
    if (cancel) wakeup_cancel_outcome: assert(w == 0 || w == 8 || w == 32);
    if (cancel) wakeup_cancel_grant: assert((w == 32) == !grant_e);          // NOT_GRANTED exactly when not granted
    if (cancel && w == 0) wakeup_cancel_only_parked: assert(c_w && c_ctx == e_ctx);
    if (cancel && e_must_find_c && grant_e) wakeup_cancel_found: assert(w == 0);
  end

  // ---------------------------------------------------------------- covers
  // cover_<label>: the condition under which assertion <label> is checked is reachable (scripts/formal.sh
  // reports the step, which is the depth the assertion needs to fire); the others name states worth reaching.
  always @* begin
    if (!reset && rsp) cover_answers_commanded: `COVER(e_op == DEQ);
    cover_answers_bounded: `COVER(!reset && fill == 2);
    if (!reset && rsp) cover_answers_kind: `COVER(e_op == FAULT);
    if (deq) cover_pool_empty_only_when_empty: `COVER(w == 0 && diff_e == 0 && upper_e > 0);
    if (deq) cover_pool_nothing_from_nothing: `COVER(w != 0);
    if (deq) cover_pool_a_once: `COVER(w == task_a);
    if (deq) cover_pool_b_once: `COVER(w == task_b);
    cover_pool_free_count: `COVER(st_pool && used != 0);
    cover_pool_ready_count: `COVER(st_count && diff_e != 0);
    if (deq) cover_isolation_a: `COVER(w == task_a && a_q);
    if (deq) cover_isolation_b: `COVER(w == task_b && b_q);
    if (deq) cover_isolation_c: `COVER(w == task_c && c_w);
    if (deq) cover_priority_a: `COVER(a_ahead && w != task_a && w != 0);
    if (deq) cover_priority_b: `COVER(b_ahead && w != task_b && w != 0);
    if (deq) cover_priority_a_before_b: `COVER(w == task_a && b_ahead && prio_a < prio_b);
    if (deq) cover_priority_b_before_a: `COVER(w == task_b && a_ahead && prio_b < prio_a);
    if (deq) cover_fifo_a_first: `COVER(w == task_a && b_ahead && prio_a == prio_b);
    if (deq) cover_fifo_b_first: `COVER(w == task_b && a_ahead && prio_a == prio_b && !a_first);
    if (deq) cover_wakeup_not_early: `COVER(w == task_c);
    if (deq) cover_wakeup_not_lost: `COVER(c_due);
    cover_wakeup_count_not_invented: `COVER(st_source && w[3:0] != 0);
    cover_wakeup_count_not_lost: `COVER(st_source && wok != 0);
    cover_wakeup_count_exact: `COVER(st_source && !w[24] && wok != 0);
    cover_wakeup_cancel_outcome: `COVER(cancel && w == 8 && c_w);                 // C woken before its cancel
    cover_wakeup_cancel_grant: `COVER(cancel && w == 32);
    cover_wakeup_cancel_only_parked: `COVER(cancel && w == 0);                   // a parked task cancelled
    cover_wakeup_cancel_found: `COVER(cancel && e_must_find_c && grant_e);
    if (!reset && rsp) cover_remove_found: `COVER(e_op == REMOVE && e_a && a_q && a_ctx == e_ctx);
    if (!reset && rsp) cover_pool_full_refused: `COVER(e_op == ENQ_TAIL && e_okw && !pool_room);
    cover_reset_with_tasks: `COVER(!first && reset && used != 0);
  end

  // ---------------------------------------------------------------- wrapper updates
  always @(posedge clk) begin
    events_d1 <= events;
    if (reset) begin
      used <= 0; diff0 <= 0; diff1 <= 0; wok0 <= 0; wok1 <= 0; wok <= 0; grant0 <= 0; grant1 <= 0;
      events <= 0; events_d1 <= 0; irq_prev <= 0;
      a_q <= 0; a_fly <= 0; b_q <= 0; b_fly <= 0; a_first <= 0; c_used <= 0; c_w <= 0; c_quiet <= 0;
      rd_ptr <= 0; wr_ptr <= 0; fill <= 0;
    end else begin
      irq_prev <= irq;
      if (event_now && events != 31) events <= events + 1;
      if (c_w && events >= c_j && c_quiet != 15 && !source_held) c_quiet <= c_quiet + 1;
      if (fire) begin
        fifo[wr_ptr] <= entry;
        wr_ptr <= wr_ptr + 1;
        if (is_enq && cmd_data == task_a) a_fly <= 1;
        if (is_enq && cmd_data == task_b) b_fly <= 1;
        if (cmd_op == WAIT && cmd_data == task_c) c_used <= 1;
      end
      fill <= fill + fire - rsp;
      if (rsp) begin
        rd_ptr <= rd_ptr + 1;
        case (e_op)
          ENQ_TAIL, ENQ_HEAD: begin
            if (e_a) a_fly <= 0;
            if (e_b) b_fly <= 0;
            if (e_okw && pool_room) begin
              used <= used + 1;
              if (e_ctx) diff1 <= diff1 + 1; else diff0 <= diff0 + 1;
              if (e_a) begin a_q <= 1; a_ctx <= e_ctx; if (b_q && b_ctx == e_ctx && prio_b == prio_a) a_first <= e_op == ENQ_HEAD; end
              if (e_b) begin b_q <= 1; b_ctx <= e_ctx; if (a_q && a_ctx == e_ctx && prio_a == prio_b) a_first <= e_op != ENQ_HEAD; end
            end
          end
          DEQ: if (w != 0) begin
            used <= used - 1;
            if (e_ctx) diff1 <= diff1 - 1; else diff0 <= diff0 - 1;
            if (w == task_a) a_q <= 0;
            if (w == task_b) b_q <= 0;
            if (w == task_c) c_w <= 0;
          end
          REMOVE: begin
            if ((e_a && a_q && a_ctx == e_ctx) || (e_b && b_q && b_ctx == e_ctx)) begin
              used <= used - 1;
              if (e_ctx) diff1 <= diff1 - 1; else diff0 <= diff0 - 1;
            end
            if (e_a && a_q && a_ctx == e_ctx) a_q <= 0;
            if (e_b && b_q && b_ctx == e_ctx) b_q <= 0;
          end
          WAIT: if (grant_e && e_okw && pool_room) begin
            used <= used + 1;
            wok <= wok + 1;
            if (e_ctx) wok1 <= wok1 + 1; else wok0 <= wok0 + 1;
            if (e_c) begin c_w <= 1; c_ctx <= e_ctx; c_j <= wok + 1; c_quiet <= 0; end
          end
          CANCEL: if (w == 0) begin
            used <= used - 1;
            wok <= wok - 1;
            if (e_ctx) wok1 <= wok1 - 1; else wok0 <= wok0 - 1;
            c_w <= 0;
          end
          CONFIG: if (e_gok) begin
            if (e_gctx) grant1 <= e_allow; else grant0 <= e_allow;
          end
          default: ;
        endcase
      end
    end
  end
endmodule
