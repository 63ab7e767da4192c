// Formal properties of the controller (ready-queue core + source gateways, no bus) on its ports only:
// the command/response interface the register decoder drives (CoreCmd/CoreRsp) and the interrupt line.
// Written for FormalRtl.CONFIG: 2 contexts, 2 levels, 4 pool entries, 32-bit words, 1 hart, 1 edge source,
// 4-bit pending counts. scripts/formal.sh elaborates FormalCore.v and checks this with yosys-smtbmc.
//
// Technique: a symbolic scoreboard. Three task words A, B (enqueued) and C (parked with wait) are free
// constants the solver picks; the wrapper follows each of them, plus counters the core must agree with:
//   pool accounting   POOL_FREE = N - (successful enqueues + waits - dequeues - removes - cancels)
//   no loss / no dup  a tracked word comes out of a dequeue only if queued in that context, at most once;
//                     a dequeue on a context that must hold a task never returns empty (0)
//   order             priority first, then FIFO (ENQUEUE_HEAD in front) between A and B; nothing of lower
//                     priority leaves a context while A, B or a woken C is queued there
//   isolation         counts and dequeues of a context only move with that context's own operations
//                     (and the wakeups of its own waits)
//   interrupts        with k successful waits and e edges, the source's pending count p obeys
//                     e - k <= p <= e, and p = e - k once no waiter is left (no event lost or invented);
//                     C, the j-th waiter, is never ready before the j-th edge, and is ready within
//                     WAKE_CYCLES quiet cycles after it (a dequeue of its context returns C or better).
//   cancel_wait       C's context may cancel C (the only word cancelled; any time, waiting, woken or never
//                     parked). The core's answer to a cancel carries its outcome (its error bits, 0: cancelled),
//                     which the wrapper follows, and every property above then holds it to it: a cancelled C is
//                     never dequeued and frees its entry, consumes no event (wok drops by one, so the pending
//                     count must account for every edge); a C that cannot have been woken yet (fewer than j
//                     edges) is found; a cancel refused for lack of a grant changes nothing.
// Commands are assumed to be what the decoder produces; reset is free (asserted in the first cycle, and
// whenever the solver likes afterwards), so every property also holds across resets in mid-traffic.
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
  input  wire        irq
);
  localparam N = 3'd4;
  localparam [3:0] ENQ_TAIL = 0, ENQ_HEAD = 1, DEQ = 2, REMOVE = 3, READ_STATUS = 4, READ_CONST = 5,
                   FAULT = 6, WAIT = 7, CONFIG = 8, CANCEL = 13;
  localparam [3:0] ST_COUNT = 0, ST_POOL_FREE = 3, ST_SOURCE = 7, CFG_GRANT = 0;
  // Quiet cycles (no command on the source, no remove) after which a due wakeup must be visible to a
  // dequeue: pick, slot and S0, S1 (the architecture promises a dequeue issued 2 cycles after the edge,
  // 3 when the bus had the last turn).
  localparam WAKE_CYCLES = 4'd3;

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
  (* anyconst *) reg [31:0] task_a;
  (* anyconst *) reg [31:0] task_b;
  (* anyconst *) reg [31:0] task_c;

  function automatic valid_word(input [31:0] w);  // non-null pointer, priority below 2
    valid_word = (w[31:6] != 0) && (w[5:2] == 0);
  endfunction
  wire prio_a = task_a[1], prio_b = task_b[1], prio_c = task_c[1];

  reg first = 1'b1;
  always @(posedge clk) first <= 1'b0;

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
  reg [3:0] c_quiet = 0;                 // quiet cycles since C became due

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
  wire remove_in_flight = fill != 0 && (e_op == REMOVE || e_op == CANCEL);
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
    end
    assume(task_a != task_b && task_a != task_c && task_b != task_c);
    assume(valid_word(task_a) && valid_word(task_b) && valid_word(task_c));
    assume(task_a[31:9] == 0 && task_b[31:9] == 0 && task_c[31:9] == 0);
  end

  // ---------------------------------------------------------------- properties, checked on every answer
  always @* begin
    if (!reset) begin
      assert(fill <= 3);                       // bounded in-flight commands
      if (rsp) begin
        assert(fill != 0);                     // no answer without a command
        assert(rsp_read == e_read);
        assert(rsp_fault == (e_op == FAULT));
        if (e_op == DEQ) begin
          if (w == 0) assert(diff_e <= 0);     // a context holding tasks never dequeues empty
          else begin
            assert(upper_e > 0);               // nothing comes out of a context that cannot hold a task
            assert(valid_word(w));             // no garbage word
          end
          if (w == task_a) begin
            assert(a_q && a_ctx == e_ctx);     // dequeued once, from its own context
            assert(!(b_q && b_ctx == e_ctx && (prio_b < prio_a || (prio_b == prio_a && !a_first))));
          end
          if (w == task_b) begin
            assert(b_q && b_ctx == e_ctx);
            assert(!(a_q && a_ctx == e_ctx && (prio_a < prio_b || (prio_a == prio_b && a_first))));
          end
          if (a_q && a_ctx == e_ctx && w != task_a) assert(w != 0 && w_prio <= prio_a);
          if (b_q && b_ctx == e_ctx && w != task_b) assert(w != 0 && w_prio <= prio_b);
          if (w == task_c) assert(c_w && c_ctx == e_ctx && events >= c_j);  // never woken before its event
          if (c_w && c_ctx == e_ctx && e_quiet >= WAKE_CYCLES && w != task_c)
            assert(w != 0 && w_prio <= prio_c);                            // a due wakeup is not lost
        end
        if (e_op == READ_STATUS && e_st == ST_POOL_FREE) assert(w == {29'b0, N - used});
        if (e_op == CANCEL) begin
          assert(w == 0 || w == 8 || w == 32);                  // cancelled, NOT_FOUND or NOT_GRANTED
          assert((w == 32) == !grant_e);                        // NOT_GRANTED exactly when not granted
          if (w == 0) assert(c_w && c_ctx == e_ctx);            // only a parked (or woken, caught below) C
          if (e_must_find_c && grant_e) assert(w == 0);         // a C that cannot have been woken is found
        end
        if (e_op == READ_STATUS && e_st == ST_COUNT) begin
          assert($signed({1'b0, w[5:0]}) >= diff_e);
          assert($signed({1'b0, w[5:0]}) <= upper_e);
          assert(w[31:6] == 0);
        end
        // The status was sampled in S1, the cycle before its answer.
        if (e_op == READ_STATUS && e_st == ST_SOURCE && events_d1 <= 15) begin
          assert({1'b0, w[3:0]} <= events_d1);                 // no invented event
          assert({1'b0, w[3:0]} + wok >= events_d1);           // no lost event
          if (!w[24]) assert({1'b0, w[3:0]} + wok == events_d1);
        end
      end
    end
  end

  // ---------------------------------------------------------------- covers: the interesting states are reachable
  always @* begin
    if (!reset && rsp) begin
      cover(e_op == DEQ && w == task_a && b_q && b_ctx == e_ctx && prio_a == prio_b);  // FIFO pair decided
      cover(e_op == DEQ && w == task_b && a_q && a_ctx == e_ctx && prio_a == prio_b && !a_first); // head insertion
      cover(e_op == DEQ && w == task_c);                                  // a woken task delivered
`ifdef DEEP_COVERS
      // These need 14-15 cycles (grant-table clearing after reset, the remove or cancel walk): checked when
      // scripts/formal.sh runs covers that deep (FORMAL_COVER_DEPTH >= 15).
      cover(e_op == DEQ && w == task_c && e_quiet >= WAKE_CYCLES);        // a wakeup seen after the deadline
      cover(e_op == REMOVE && e_a && a_q && a_ctx == e_ctx);              // successful remove
      cover(e_op == CANCEL && w == 0);                                    // a parked task cancelled
      cover(e_op == CANCEL && w == 8 && c_w);                             // C woken before its cancel
`endif
      cover(e_op == READ_STATUS && e_st == ST_POOL_FREE && w == 0);       // pool full, read back
      cover(e_op == READ_STATUS && e_st == ST_SOURCE && !w[24] && w[3:0] != 0); // an event pending
      cover(e_op == ENQ_TAIL && e_okw && !pool_room);                     // enqueue refused: pool full
    end
    cover(!first && reset && used != 0);                                  // reset with tasks queued
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
      if (c_w && events >= c_j && c_quiet != 15 && !remove_in_flight
          && !(cmd_valid && (cmd_op == REMOVE || cmd_op == CANCEL || cmd_op == WAIT || cmd_op == CONFIG)))
        c_quiet <= c_quiet + 1;
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
