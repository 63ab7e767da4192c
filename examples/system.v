// A plain Verilog system around the generated controller: what your SoC top does, in miniature.
//
// The controller (rtl-out/TaskIntc.v, the default configuration: AXI4-Lite, 64-bit data, 16-bit byte
// address) sits behind your interconnect's AXI4-Lite port; a timer stands in for a device and drives generic
// interrupt line irq[0], which is source 2*Q = 8 (sources 0..Q-1 are the NIC's receive lines, Q..2Q-1 its
// transmit lines; Q = 4 NIC queue pairs here). The NIC lines are tied off; usip/ssip go to the harts'
// software-interrupt inputs. Port names and widths: rtl-out/TaskIntc_inst.vh.
module example_system #(
  parameter TIMER_PERIOD = 1000  // cycles between two timer interrupts
) (
  input  wire        clk,
  input  wire        reset,        // synchronous, active high
  // AXI4-Lite slave: the CPU's view of the controller (window of 64 KiB)
  input  wire        s_awvalid,
  output wire        s_awready,
  input  wire [15:0] s_awaddr,
  input  wire        s_wvalid,
  output wire        s_wready,
  input  wire [63:0] s_wdata,
  input  wire [7:0]  s_wstrb,
  output wire        s_bvalid,
  input  wire        s_bready,
  output wire [1:0]  s_bresp,
  input  wire        s_arvalid,
  output wire        s_arready,
  input  wire [15:0] s_araddr,
  output wire        s_rvalid,
  input  wire        s_rready,
  output wire [63:0] s_rdata,
  output wire [1:0]  s_rresp,
  output wire [3:0]  usip,         // per hart: a woken task should preempt the running one
  output wire [3:0]  ssip          // per hart: kernel notification
);
  // The device: one interrupt pulse every TIMER_PERIOD cycles.
  reg [31:0] timer_count;
  reg        timer_irq;
  always @(posedge clk) begin
    if (reset) begin
      timer_count <= 32'd0;
      timer_irq   <= 1'b0;
    end else if (timer_count == TIMER_PERIOD - 1) begin
      timer_count <= 32'd0;
      timer_irq   <= 1'b1;
    end else begin
      timer_count <= timer_count + 32'd1;
      timer_irq   <= 1'b0;
    end
  end

  TaskIntc u_taskintc (
    .clk         (clk),
    .reset       (reset),
    .axi_awvalid (s_awvalid),
    .axi_awready (s_awready),
    .axi_awaddr  (s_awaddr),
    .axi_awprot  (3'b000),
    .axi_wvalid  (s_wvalid),
    .axi_wready  (s_wready),
    .axi_wdata   (s_wdata),
    .axi_wstrb   (s_wstrb),
    .axi_bvalid  (s_bvalid),
    .axi_bready  (s_bready),
    .axi_bresp   (s_bresp),
    .axi_arvalid (s_arvalid),
    .axi_arready (s_arready),
    .axi_araddr  (s_araddr),
    .axi_arprot  (3'b000),
    .axi_rvalid  (s_rvalid),
    .axi_rready  (s_rready),
    .axi_rdata   (s_rdata),
    .axi_rresp   (s_rresp),
    .irq         ({23'd0, timer_irq}),
    .nic_rx_irq  (4'd0),
    .nic_tx_irq  (4'd0),
    .nic_rx_mask (),
    .nic_tx_mask (),
    .nic_rx_ack  (),
    .nic_tx_ack  (),
    .usip        (usip),
    .ssip        (ssip)
  );
endmodule
