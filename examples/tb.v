// Testbench of examples/system.v: drives the controller's AXI4-Lite port as a CPU's load/store unit would and
// checks what the register map (rtl-out/TaskIntc.regmap.md) promises. Runs under Verilator (--binary --timing,
// as scripts/examples.sh does) or Icarus Verilog (iverilog -g2012). Prints PASS, or FAIL and a reason.
`timescale 1ns / 1ps
module tb;
  // Offsets from rtl-out/TaskIntc.h (TASKINTC_*): control region at 0, context c's region at 0x1000 * (c + 1).
  localparam [15:0] CONTROL_ID = 16'h0000, CONTROL_GRANT = 16'h0020;
  localparam [15:0] CTX0 = 16'h1000, ENQUEUE = 16'h000, ERROR = 16'h028, DEQUEUE_H0 = 16'h100, WAIT_S0 = 16'h800;
  localparam [63:0] MAGIC = 64'h544943, LAYOUT_VERSION = 64'd4, ERR_BAD_ACCESS = 64'h10;
  localparam integer TIMER_SOURCE = 8;  // irq[0] is source 2 * nic-queues

  reg clk = 1'b0;
  always #5 clk = ~clk;
  reg reset = 1'b1;

  reg         awvalid = 1'b0, wvalid = 1'b0, bready = 1'b0, arvalid = 1'b0, rready = 1'b0;
  reg  [15:0] awaddr = 16'd0, araddr = 16'd0;
  reg  [63:0] wdata = 64'd0;
  wire        awready, wready, bvalid, arready, rvalid;
  wire [1:0]  bresp, rresp;
  wire [63:0] rdata;
  wire [3:0]  usip, ssip;

  example_system #(.TIMER_PERIOD(500)) dut (
    .clk(clk), .reset(reset),
    .s_awvalid(awvalid), .s_awready(awready), .s_awaddr(awaddr),
    .s_wvalid(wvalid), .s_wready(wready), .s_wdata(wdata), .s_wstrb(8'hFF),
    .s_bvalid(bvalid), .s_bready(bready), .s_bresp(bresp),
    .s_arvalid(arvalid), .s_arready(arready), .s_araddr(araddr),
    .s_rvalid(rvalid), .s_rready(rready), .s_rdata(rdata), .s_rresp(rresp),
    .usip(usip), .ssip(ssip));

  // Inputs change at the falling edge; a handshake is checked 1 ns later, once the controller's combinational
  // outputs have followed the new inputs, and completes at the next rising edge.
  task axi_write(input [15:0] addr, input [63:0] data, output [1:0] resp);
    begin
      @(negedge clk);
      awaddr = addr; wdata = data; awvalid = 1'b1; wvalid = 1'b1;
      #1;
      while (!(awready && wready)) begin @(negedge clk); #1; end
      @(negedge clk);
      awvalid = 1'b0; wvalid = 1'b0; bready = 1'b1;
      #1;
      while (!bvalid) begin @(negedge clk); #1; end
      resp = bresp;
      @(negedge clk);
      bready = 1'b0;
    end
  endtask

  task axi_read(input [15:0] addr, output [63:0] data, output [1:0] resp);
    begin
      @(negedge clk);
      araddr = addr; arvalid = 1'b1;
      #1;
      while (!arready) begin @(negedge clk); #1; end
      @(negedge clk);
      arvalid = 1'b0; rready = 1'b1;
      #1;
      while (!rvalid) begin @(negedge clk); #1; end
      data = rdata; resp = rresp;
      @(negedge clk);
      rready = 1'b0;
    end
  endtask

  // A task word: pointer to a 64-byte-aligned task control block, priority in bits [5:1].
  function [63:0] task_word(input [63:0] tcb, input [4:0] prio);
    task_word = tcb | ({59'd0, prio} << 1);
  endfunction

  reg [63:0] v;
  reg [1:0]  r;
  integer    i;

  task expect_word(input [255:0] what, input [63:0] got, input [63:0] want);
    if (got !== want) begin
      $display("FAIL: %0s: got 0x%0h, expected 0x%0h", what, got, want);
      $finish;
    end
  endtask

  initial begin
    repeat (4) @(posedge clk);
    reset = 1'b0;
    // The controller clears its grant table after reset; until then the bus waits (no timeout needed).
    axi_read(CONTROL_ID, v, r);
    expect_word("id (magic, layout version)", v, (MAGIC << 8) | LAYOUT_VERSION);

    // Priority order, FIFO within a level: two tasks at priority 1 overtake one at priority 3.
    axi_write(CTX0 + ENQUEUE, task_word(64'h1000, 3), r); expect_word("enqueue response", r, 0);
    axi_write(CTX0 + ENQUEUE, task_word(64'h2000, 1), r);
    axi_write(CTX0 + ENQUEUE, task_word(64'h3000, 1), r);
    axi_read(CTX0 + DEQUEUE_H0, v, r); expect_word("first dequeue", v, task_word(64'h2000, 1));
    axi_read(CTX0 + DEQUEUE_H0, v, r); expect_word("second dequeue", v, task_word(64'h3000, 1));
    axi_read(CTX0 + DEQUEUE_H0, v, r); expect_word("third dequeue", v, task_word(64'h1000, 3));
    axi_read(CTX0 + DEQUEUE_H0, v, r); expect_word("dequeue of an empty context", v, 0);

    // Interrupt wakeup: the kernel grants context 0 the timer's source, a task parks on it with one write,
    // and the timer's next interrupt makes it ready without the CPU.
    axi_write(CONTROL_GRANT, TIMER_SOURCE | (64'd0 << 16) | (64'd1 << 31), r); expect_word("grant response", r, 0);
    axi_write(CTX0 + WAIT_S0 + 8 * TIMER_SOURCE, task_word(64'h4000, 2), r); expect_word("wait response", r, 0);
    v = 0;
    for (i = 0; i < 200 && v == 0; i = i + 1) axi_read(CTX0 + DEQUEUE_H0, v, r);
    expect_word("task woken by the timer", v, task_word(64'h4000, 2));

    // A refused access: reading the write-only enqueue register answers SLVERR and sets BAD_ACCESS.
    axi_read(CTX0 + ENQUEUE, v, r); expect_word("read of a write-only register (SLVERR)", r, 2);
    axi_read(CTX0 + ERROR, v, r); expect_word("context error register", v, ERR_BAD_ACCESS);
    axi_read(CTX0 + ERROR, v, r); expect_word("error register after the read cleared it", v, 0);

    $display("PASS: id, priority order, interrupt wakeup, refused access");
    $finish;
  end

  initial begin
    #2000000;
    $display("FAIL: timeout");
    $finish;
  end
endmodule
