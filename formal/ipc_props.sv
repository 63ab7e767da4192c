// Formal properties of the IPC unit (taskintc.formal.FormalIpc) on its ports: the IPC accesses the register
// decoder hands it, their answers, the deliveries it offers the core and the core's verdicts. Written for
// FormalRtl.IPC_CONFIG: 2 contexts, 2 levels, 32-bit words, 1 channel (channel 1 is the system-call channel),
// 2-deep inboxes and reply boxes, 5-word messages (3 header words, 8 bytes of arguments), 2-word results.
// scripts/formal.sh checks it.
//
// Technique: the wrapper is a small transactional model of the mailbox's control state (grants, handlers,
// inbox slots with each message's sender, channel, reply task and marker, whether it waits or is in service,
// the arrival order of the waiting ones, each slot's tag and the current message; reply boxes, the delivery
// queue, the error registers), executed in the IPC unit's execute stage (the cycle after an access is accepted;
// a reply in the cycle after that, I2, where it decides and nothing else executes), and every answer and every
// offered delivery is compared with it. Payload words are followed through a
// marker: the value X, written only into word I of context S's staged message (S and I chosen by the
// solver), may appear only where that message was sent. Written data is kept to 9 bits, which every word
// the unit interprets (task words) fits.
//
// One run from power-up: reset is asserted in the first cycle only, and the model starts every memory at 0, so
// FormalIpc builds the unit without its clearing of the RAMs after reset (which would deepen every proof by
// its 10 cycles). A reset later in a run, and the clearing it starts, are checked in simulation
// (IpcDirectedTest.resetAfterTrafficZeroesStagedWordsHandlersAndErrors, IpcTokenTest, ResetValuesTest).
`ifdef COVERS_AS_ASSERTS
`define COVER(c) assert(!(c))
`else
`define COVER(c) cover(c)
`endif
module taskintc_ipc_formal (
  input  wire        clk,
  input  wire        reset,
  input  wire        cmd_valid,
  input  wire [3:0]  cmd_status,
  input  wire        cmd_control,
  input  wire        cmd_read,
  input  wire        cmd_context,
  input  wire [2:0]  cmd_index,
  input  wire [31:0] cmd_data,
  input  wire        deliver_ready,
  input  wire        ack_ok,
  input  wire        pool_full,
  // The marked context S and word I: chosen freely in the first cycle, constant afterwards (an anyconst that
  // every back end reads, AIGER included).
  input  wire        mark_ctx_in,
  input  wire [2:0]  mark_word_in
);
  localparam [3:0] IPC = 4'd11;
  localparam [3:0] MESSAGE = 0, SEND = 1, SYSCALL = 2, HANDLER = 3, RECEIVE = 4, TAKE = 5, RX_WORD = 6, RESULT = 7,
                   REPLY = 8, REPLY_POP = 9, REPLY_WORD = 10, STATUS = 11, ERROR = 12, GRANT = 13, SYSCALL_CONTEXT = 14,
                   SCRUB = 15;
  localparam [7:0] NO_CAPABILITY = 1, MAILBOX_FULL = 2, NO_HANDLER = 4, BAD_TARGET = 8, NO_MESSAGE = 16, BAD_TASK = 32,
                   BUSY = 64, BAD_TOKEN = 128;
  localparam [8:0] X = 9'h1A5;   // the marker value

  wire        cmd_ready, rsp_valid, rsp_fault, rsp_read, deliver_valid, deliver_context, init_done;
  wire [31:0] rsp_data, deliver_word;
  reg         ack_valid = 1'b0;

  FormalIpc dut (
    .cmd_valid(cmd_valid), .cmd_ready(cmd_ready), .cmd_payload_op(IPC), .cmd_payload_status(cmd_status),
    .cmd_payload_control(cmd_control), .cmd_payload_read(cmd_read), .cmd_payload_context(cmd_context),
    .cmd_payload_hart(1'b0), .cmd_payload_source(1'b0), .cmd_payload_index(cmd_index), .cmd_payload_data(cmd_data),
    .rsp_valid(rsp_valid), .rsp_payload_fault(rsp_fault), .rsp_payload_read(rsp_read), .rsp_payload_data(rsp_data),
    .deliveries_task_valid(deliver_valid), .deliveries_task_ready(deliver_ready),
    .deliveries_task_payload_context(deliver_context), .deliveries_task_payload_word(deliver_word),
    .deliveries_ack_valid(ack_valid), .deliveries_ack_ok(ack_ok), .deliveries_poolFull(pool_full),
    .initDone(init_done), .clk(clk), .reset(reset));

  reg first = 1'b1;
  always @(posedge clk) first <= 1'b0;
  reg mark_ctx_q;
  reg [2:0] mark_word_q;
  wire mark_ctx = first ? mark_ctx_in : mark_ctx_q;          // S
  wire [2:0] mark_word = first ? mark_word_in : mark_word_q; // I (never 1: word 1 is the reply task word, which the unit reads)
  always @(posedge clk) begin mark_ctx_q <= mark_ctx; mark_word_q <= mark_word; end

  // The core takes an offered delivery when it likes and answers one cycle later (ok, or refused: pool full).
  always @(posedge clk) ack_valid <= !reset && deliver_valid && deliver_ready;

  // ---------------------------------------------------------------- environment: what the decoder sends
  wire fire = cmd_valid && cmd_ready && !reset;
  wire w_is = !cmd_read;
  always @* begin
    assume(reset == first);
    if (reset) assume(!cmd_valid);
    assume(mark_word != 1 && mark_word <= 4);
    if (cmd_valid) begin
      if (cmd_control) begin
        assume(!cmd_context && cmd_index == 0);
        assume(cmd_read ? cmd_status == ERROR : (cmd_status == GRANT || cmd_status == SYSCALL_CONTEXT || cmd_status == SCRUB));
      end else begin
        assume(cmd_status <= ERROR);
        if (cmd_status == SEND || cmd_status == SYSCALL || cmd_status == REPLY) assume(!cmd_read);
        else if (cmd_status != MESSAGE && cmd_status != HANDLER && cmd_status != RESULT && cmd_status != TAKE) assume(cmd_read);
        if (cmd_status == MESSAGE || cmd_status == RX_WORD) assume(cmd_index <= 4);
        else if (cmd_status == HANDLER || cmd_status == RESULT || cmd_status == REPLY_WORD) assume(cmd_index <= 1);
        else assume(cmd_index == 0);
      end
      // Data: 9-bit words; the marker only into word I of context S; targets with one out-of-range value each.
      if (cmd_read) assume(cmd_data == 0);
      else if (!cmd_control && cmd_status == SEND) assume((cmd_data & ~32'h0000_0303) == 0 && cmd_data[1:0] != 3 && cmd_data[9:8] != 3);
      else if (cmd_control && cmd_status == GRANT) assume((cmd_data & ~32'h8003_0303) == 0 && cmd_data[17:16] != 3);
      else if (cmd_control) assume((cmd_data & ~32'h0000_0003) == 0 && cmd_data[1:0] != 3);
      // Tokens (a reply, a take write): valid, owner, slot, tag; one more bit each of owner and slot to name
      // an out-of-range context or slot.
      else if (cmd_status == REPLY || cmd_status == TAKE) assume((cmd_data & ~32'h8303_F000) == 0 && cmd_data[25:24] != 3 && cmd_data[17:16] != 3);
      else begin
        assume(cmd_data[31:9] == 0);
        if (cmd_data[8:0] == X) assume(cmd_status == MESSAGE && cmd_context == mark_ctx && cmd_index == mark_word);
      end
    end else begin
      assume(cmd_status == 0 && cmd_data == 0 && !cmd_control && !cmd_read && !cmd_context && cmd_index == 0);
    end
  end

  // ---------------------------------------------------------------- the model
  reg       grant [0:1][0:1];                 // [sender][receiver], channel 0
  reg       hv [0:1][0:1];                    // handler valid [context][channel]
  reg [8:0] hw [0:1][0:1];                    // handler word
  reg       sys_ctx;
  reg [4:0] written [0:1];                    // staged message words written
  reg [8:0] task1 [0:1];                      // staged word 1
  reg       mark_staged;                      // word I of context S holds X
  reg [1:0] res_written [0:1];               // staged result words written
  reg [8:0] res [0:1][0:1];
  // inbox slot: {marker, task[8:0], wants, channel, sender}; occupied, in service, tag
  reg [12:0] inbox [0:1][0:1];
  reg        occ [0:1][0:1];
  reg        svc [0:1][0:1];
  reg [3:0]  tagv [0:1][0:1];
  // per context: waiting messages in arrival order (slots qa, then qb), the current message (slot cs)
  reg [1:0]  qn [0:1];
  reg        qa [0:1];
  reg        qb [0:1];
  reg        in_cur [0:1];
  reg        cs [0:1];
  wire [1:0] in_count0 = occ[0][0] + occ[0][1], in_count1 = occ[1][0] + occ[1][1];
  // reply box entry: {result word 1, result word 0, task}, 9 bits each
  reg [26:0] rbox [0:1][0:1];
  reg [1:0]  rp_count [0:1];
  reg        rp_cur [0:1];
  // delivery queue: {context, word[8:0]}
  reg [9:0]  dq [0:3];
  reg [2:0]  dq_count;
  reg        dq_flight;
  reg [7:0]  err [0:1];
  reg [7:0]  cerr;

  function automatic task_none(input [8:0] t); task_none = t[8:6] == 0; endfunction
  function automatic task_bad(input [8:0] t); task_bad = t[8:6] != 0 && t[5:1] >= 2; endfunction

  // The access in the execute stage (accepted last cycle) and its expected answer (checked next cycle).
  reg        e_valid = 1'b0, e_read, e_ctl, e_ctx;
  reg [3:0]  e_op;
  reg [2:0]  e_idx;
  reg [31:0] e_data;
  reg        x_valid = 1'b0, x_read;
  reg [31:0] x_data;                          // the answer the model expects
  reg        x_exact;                         // compare x_data exactly (else: the marker rules below)
  reg [1:0]  x_mark;                          // 0: no rule, 1: must be X, 2: must not be X
  reg [3:0]  x_op;
  // A reply deciding (it left the execute stage last cycle): its context and token.
  reg        d_valid = 1'b0, d_ctx;
  reg [31:0] d_data;
  // The token in DATA names a message context CTX has in service (owner, slot, tag): for the executing access and for
  // the deciding reply, one rule.
`define TOKEN_OK(CTX, DATA) (DATA[30:24] == {6'b0, CTX} && DATA[21:16] < 2 && svc[CTX][DATA[16]] \
                             && tagv[CTX][DATA[16]] == DATA[15:12])
  wire token_ok = `TOKEN_OK(e_ctx, e_data);
  wire d_token_ok = `TOKEN_OK(d_ctx, d_data);
`undef TOKEN_OK

  integer i, j;
  reg [7:0] e;
  reg [7:0] de;
  reg [12:0] m;
  reg        ok;
  reg        push;
  reg        pop;
  reg [31:0] ans;
  reg        exact;
  reg [1:0]  mk;
  reg        tgt;
  reg        chn;
  reg [8:0]  t1;
  reg        rs;
  reg        named;
  reg        fslot;

  always @(posedge clk) begin
    if (reset) begin
      e_valid <= 0; x_valid <= 0; d_valid <= 0;
      for (i = 0; i < 2; i = i + 1) begin
        for (j = 0; j < 2; j = j + 1) begin grant[i][j] <= 0; hv[i][j] <= 0; hw[i][j] <= 0; end
        written[i] <= 0; task1[i] <= 0; res_written[i] <= 0; res[i][0] <= 0; res[i][1] <= 0;
        qn[i] <= 0; in_cur[i] <= 0; rp_count[i] <= 0; rp_cur[i] <= 0; err[i] <= 0;
        for (j = 0; j < 2; j = j + 1) begin occ[i][j] <= 0; svc[i][j] <= 0; tagv[i][j] <= 0; end
      end
      mark_staged <= 0; sys_ctx <= 0; dq_count <= 0; dq_flight <= 0; cerr <= 0;
    end else begin
      // accepted now: executes next cycle
      e_valid <= fire;
      e_read <= cmd_read; e_ctl <= cmd_control; e_ctx <= cmd_context; e_op <= cmd_status; e_idx <= cmd_index;
      e_data <= cmd_data;
      d_valid <= e_valid && !e_ctl && e_op == REPLY; d_ctx <= e_ctx; d_data <= e_data;

      // deliveries: the core takes one, then answers; an ok ends it
      if (deliver_valid && deliver_ready) dq_flight <= 1;
      else if (ack_valid) dq_flight <= 0;
      e = 0; ans = 0; exact = 1; mk = 0; ok = 0; push = 0; m = 0; tgt = 0; chn = 0; t1 = 0;
      pop = ack_valid && ack_ok;
      if (pop) begin dq[0] <= dq[1]; dq[1] <= dq[2]; dq[2] <= dq[3]; end

      // a reply deciding: with a token (valid set) the message it names, else the current one
      if (d_valid) begin
        named = d_data[31];
        rs = named ? d_data[16] : cs[d_ctx];
        m = inbox[d_ctx][rs];
        de = 0;
        if (named && !d_token_ok) de = BAD_TOKEN;
        else if (!named && !in_cur[d_ctx]) de = NO_MESSAGE;
        else if (!m[2]) ok = 1;
        else if (rp_count[m[0]] == 2) de = MAILBOX_FULL;
        else if (dq_count == 4) de = BUSY;
        else begin
          ok = 1;
          rbox[m[0]][rp_count[m[0]][0]] <= {res_written[d_ctx][1] ? res[d_ctx][1] : 9'd0,
                                            res_written[d_ctx][0] ? res[d_ctx][0] : 9'd0, m[11:3]};
          rp_count[m[0]] <= rp_count[m[0]] + 1;
          dq[dq_count - pop] <= {m[0], m[11:3]};
          push = 1;
        end
        if (ok) begin
          occ[d_ctx][rs] <= 0; svc[d_ctx][rs] <= 0;
          if (in_cur[d_ctx] && cs[d_ctx] == rs) in_cur[d_ctx] <= 0;
        end
        err[d_ctx] <= err[d_ctx] | de;
        ok = 0;
      end

      // the execute stage
      if (e_valid) begin
        if (e_ctl) begin
          case (e_op)
            GRANT: if (e_data[1:0] < 2 && e_data[9:8] < 2 && e_data[17:16] == 0) grant[e_data[0]][e_data[8]] <= e_data[31];
                   else e = BAD_TARGET;
            SYSCALL_CONTEXT: if (e_data[1:0] < 2) sys_ctx <= e_data[0]; else e = BAD_TARGET;
            SCRUB: if (e_data[1:0] < 2) begin
                     hv[e_data[0]][0] <= 0; hv[e_data[0]][1] <= 0; written[e_data[0]] <= 0; res_written[e_data[0]] <= 0;
                     occ[e_data[0]][0] <= 0; occ[e_data[0]][1] <= 0; svc[e_data[0]][0] <= 0; svc[e_data[0]][1] <= 0;
                     qn[e_data[0]] <= 0; in_cur[e_data[0]] <= 0; rp_count[e_data[0]] <= 0; rp_cur[e_data[0]] <= 0;
                     err[e_data[0]] <= 0;
                     if (e_data[0] == mark_ctx) mark_staged <= 0;
                     for (i = 0; i < 2; i = i + 1) for (j = 0; j < 2; j = j + 1)
                       if (inbox[i][j][0] == e_data[0]) inbox[i][j][2] <= 0;
                   end else e = BAD_TARGET;
            default: begin ans = {24'b0, cerr}; end                    // ERROR
          endcase
          if (e_op == ERROR) cerr <= e; else cerr <= cerr | e;
        end else begin
          case (e_op)
            MESSAGE: if (!e_read) begin
                       written[e_ctx][e_idx] <= 1;
                       if (e_idx == 1) task1[e_ctx] <= e_data[8:0];
                       if (e_ctx == mark_ctx && e_idx == mark_word) mark_staged <= e_data[8:0] == X;
                     end else if (!written[e_ctx][e_idx]) ans = 0;
                     else if (e_idx == 1) ans = {23'b0, task1[e_ctx]};
                     else begin
                       exact = 0;
                       mk = (e_ctx == mark_ctx && e_idx == mark_word && mark_staged) ? 1 : 2;
                     end
            HANDLER: if (!e_read) begin
                       if (task_bad(e_data[8:0])) e = BAD_TASK;
                       else if (task_none(e_data[8:0])) hv[e_ctx][e_idx[0]] <= 0;
                       else begin hv[e_ctx][e_idx[0]] <= 1; hw[e_ctx][e_idx[0]] <= e_data[8:0]; end
                     end else ans = hv[e_ctx][e_idx[0]] ? {23'b0, hw[e_ctx][e_idx[0]]} : 0;
            RESULT: if (!e_read) begin res_written[e_ctx][e_idx[0]] <= 1; res[e_ctx][e_idx[0]] <= e_data[8:0]; end
                    else ans = res_written[e_ctx][e_idx[0]] ? {23'b0, res[e_ctx][e_idx[0]]} : 0;
            SEND, SYSCALL: begin
              tgt = e_op == SYSCALL ? sys_ctx : e_data[0];
              chn = e_op == SYSCALL ? 1'b1 : e_data[8];
              t1 = written[e_ctx][1] ? task1[e_ctx] : 9'd0;
              ok = 0;
              if (e_op == SEND && (e_data[1:0] >= 2 || e_data[9:8] >= 1)) e = BAD_TARGET;
              else if (e_op == SEND && !grant[e_ctx][tgt]) e = NO_CAPABILITY;
              else if (task_bad(t1)) e = BAD_TASK;
              else if (!hv[tgt][chn]) e = NO_HANDLER;
              else if (occ[tgt][0] && occ[tgt][1]) e = MAILBOX_FULL;
              else if (dq_count == 4) e = BUSY;
              else ok = 1;
              if (ok) begin
                fslot = occ[tgt][0];                                   // the lowest free slot
                inbox[tgt][fslot] <= {e_ctx == mark_ctx && mark_staged && written[e_ctx][mark_word], t1,
                                      !task_none(t1), chn, e_ctx};
                occ[tgt][fslot] <= 1; tagv[tgt][fslot] <= tagv[tgt][fslot] + 1;
                if (qn[tgt] == 0) qa[tgt] <= fslot; else qb[tgt] <= fslot;
                qn[tgt] <= qn[tgt] + 1;
                dq[dq_count - pop] <= {tgt, hw[tgt][chn]};
                push = 1;
              end
            end
            RECEIVE, TAKE: if (e_op == TAKE && !e_read) begin     // a token: make that message current again
              if (e_data[31] && token_ok) begin in_cur[e_ctx] <= 1; cs[e_ctx] <= e_data[16]; end
              else e = BAD_TOKEN;
            end else begin
              // RECEIVE finishes the current message (unanswered); both take the oldest waiting one.
              if (e_op == RECEIVE && in_cur[e_ctx]) begin
                occ[e_ctx][cs[e_ctx]] <= 0; svc[e_ctx][cs[e_ctx]] <= 0; in_cur[e_ctx] <= 0;
              end
              if (qn[e_ctx] != 0) begin
                m = inbox[e_ctx][qa[e_ctx]];
                ans = {1'b1, 6'b0, e_ctx, 7'b0, qa[e_ctx], tagv[e_ctx][qa[e_ctx]], 3'b0, m[1], 7'b0, m[0]};
                svc[e_ctx][qa[e_ctx]] <= 1;
                in_cur[e_ctx] <= 1; cs[e_ctx] <= qa[e_ctx];
                qa[e_ctx] <= qb[e_ctx]; qn[e_ctx] <= qn[e_ctx] - 1;
              end
            end
            RX_WORD: if (in_cur[e_ctx]) begin
                       m = inbox[e_ctx][cs[e_ctx]];
                       if (e_idx == 1) ans = {23'b0, m[11:3]};
                       else begin exact = 0; mk = (e_idx == mark_word && m[12]) ? 1 : 2; end
                     end
            REPLY: ;                                                     // decides next cycle (above)
            REPLY_POP: begin
              if (rp_cur[e_ctx]) rbox[e_ctx][0] <= rbox[e_ctx][1];
              if (rp_count[e_ctx] > rp_cur[e_ctx]) begin
                ans = {23'b0, rp_cur[e_ctx] ? rbox[e_ctx][1][8:0] : rbox[e_ctx][0][8:0]};
                rp_cur[e_ctx] <= 1;
              end else rp_cur[e_ctx] <= 0;
              rp_count[e_ctx] <= rp_count[e_ctx] - rp_cur[e_ctx];
            end
            REPLY_WORD: if (rp_cur[e_ctx]) ans = {23'b0, e_idx[0] ? rbox[e_ctx][0][26:18] : rbox[e_ctx][0][17:9]};
            STATUS: ans = {7'b0, rp_cur[e_ctx], 6'b0, rp_count[e_ctx], 7'b0, in_cur[e_ctx], 6'b0,
                           e_ctx ? in_count1 : in_count0};
            default: ans = {24'b0, err[e_ctx]};                        // ERROR
          endcase
          if (e_op == ERROR) err[e_ctx] <= e; else err[e_ctx] <= err[e_ctx] | e;
        end
      end
      dq_count <= dq_count - pop + push;
      x_valid <= e_valid; x_read <= e_read; x_data <= ans; x_exact <= exact; x_mark <= mk; x_op <= e_op;
    end
  end

  // ---------------------------------------------------------------- properties
  wire checking = !reset && x_valid;
  always @* begin
    if (!reset) messages_in_order: assert(rsp_valid == x_valid && (!rsp_valid || (rsp_read == x_read && !rsp_fault)));
    // Every answer is the model's: status, errors (one bit per refusal, by precedence), headers, handlers, results.
    // (A write's answer carries no data: the bus ignores it.)
    if (checking && x_read && x_exact) messages_exact: assert(rsp_data == x_data);
    // Payload: the marker shows only where S's staged word I went, and nowhere else; unwritten words read 0.
    if (checking && x_read && x_mark == 1) isolation_marker_kept: assert(rsp_data == {23'b0, X});
    if (checking && x_read && x_mark == 2) isolation_marker_nowhere_else: assert(rsp_data != {23'b0, X});
    // Deliveries: only what a granted send, a system call or a wanted reply queued, in order, none lost.
    if (!reset && deliver_valid) grant_delivery_queued: assert(dq_count != 0 && deliver_context == dq[0][9] && deliver_word == {23'b0, dq[0][8:0]});
    if (!reset && dq_count != 0 && !dq_flight && !pool_full) grant_delivery_offered: assert(deliver_valid);
    // A reply decides alone (register map: the next IPC access is accepted 3 cycles after a reply at the earliest):
    // nothing is accepted while it decides, and nothing executes then.
    if (!reset && d_valid) messages_reply_decides_alone: assert(!fire && !e_valid);
  end

  // ---------------------------------------------------------------- covers
  wire got = checking && rsp_valid;
  always @* begin
    if (!reset) cover_messages_in_order: `COVER(rsp_valid && x_valid && x_read);
    if (got && x_op == STATUS) cover_messages_exact_status: `COVER(rsp_data[0] && rsp_data[8]);
    if (got && x_op == ERROR) cover_messages_exact_errors: `COVER(rsp_data[6:0] == NO_CAPABILITY || rsp_data[6:0] == MAILBOX_FULL);
    if (got && x_op == RECEIVE) cover_messages_exact_header: `COVER(rsp_data[31]);
    if (got && x_op == TAKE) cover_messages_exact_take: `COVER(rsp_data[31] && rsp_data[16]);   // slot 1 taken
    if (got && x_op == ERROR) cover_messages_exact_bad_token: `COVER(rsp_data[7]);
    if (got && x_op == REPLY_POP) cover_messages_exact_reply: `COVER(rsp_data != 0);
    if (got) cover_isolation_marker_kept: `COVER(x_mark == 1);
    if (got) cover_messages_marker_through_inbox: `COVER(x_mark == 1 && x_op == RX_WORD);
    if (got) cover_isolation_marker_nowhere_else: `COVER(x_mark == 2 && x_op == RX_WORD);
    if (!reset) cover_grant_delivery_queued: `COVER(deliver_valid && dq_count == 2);
    if (!reset) cover_grant_delivery_offered: `COVER(dq_count != 0 && !dq_flight && !pool_full);
    if (!reset) cover_messages_reply_decides_alone: `COVER(d_valid);
    if (got && x_op == MESSAGE) cover_scrubbed_reads_zero: `COVER(rsp_data == 0 && x_exact && mark_staged == 0);
  end
endmodule
