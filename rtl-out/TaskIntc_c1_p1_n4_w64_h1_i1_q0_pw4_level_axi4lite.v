// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite

`timescale 1ns/1ps

module TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite (
  input  wire          axi_awvalid,
  output wire          axi_awready,
  input  wire [12:0]   axi_awaddr,
  input  wire [2:0]    axi_awprot,
  input  wire          axi_wvalid,
  output wire          axi_wready,
  input  wire [63:0]   axi_wdata,
  input  wire [7:0]    axi_wstrb,
  output wire          axi_bvalid,
  input  wire          axi_bready,
  output wire [1:0]    axi_bresp,
  input  wire          axi_arvalid,
  output wire          axi_arready,
  input  wire [12:0]   axi_araddr,
  input  wire [2:0]    axi_arprot,
  output wire          axi_rvalid,
  input  wire          axi_rready,
  output wire [63:0]   axi_rdata,
  output wire [1:0]    axi_rresp,
  input  wire [0:0]    irq,
  output wire [0:0]    usip,
  output wire [0:0]    ssip,
  input  wire          clk,
  input  wire          reset
);

  wire                busAdapter_req_valid;
  wire                busAdapter_req_payload_write;
  wire                busAdapter_req_payload_fullWidth;
  wire       [12:0]   busAdapter_req_payload_address;
  wire       [63:0]   busAdapter_req_payload_data;
  wire                busAdapter_axi_aw_ready;
  wire                busAdapter_axi_w_ready;
  wire                busAdapter_axi_b_valid;
  wire       [1:0]    busAdapter_axi_b_payload_resp;
  wire                busAdapter_axi_ar_ready;
  wire                busAdapter_axi_r_valid;
  wire       [63:0]   busAdapter_axi_r_payload_data;
  wire       [1:0]    busAdapter_axi_r_payload_resp;
  wire                decoder_req_ready;
  wire                decoder_cmd_valid;
  wire       [3:0]    decoder_cmd_payload_op;
  wire       [3:0]    decoder_cmd_payload_status;
  wire                decoder_cmd_payload_control;
  wire                decoder_cmd_payload_read;
  wire       [0:0]    decoder_cmd_payload_context;
  wire       [0:0]    decoder_cmd_payload_hart;
  wire       [0:0]    decoder_cmd_payload_source;
  wire       [63:0]   decoder_cmd_payload_data;
  wire                decoder_refused;
  wire                core_cmd_ready;
  wire                core_rsp_valid;
  wire                core_rsp_payload_fault;
  wire                core_rsp_payload_read;
  wire       [63:0]   core_rsp_payload_data;
  wire                core_pick_ready;
  wire                core_upd_valid;
  wire       [2:0]    core_upd_kind;
  wire       [0:0]    core_upd_source;
  wire       [3:0]    core_upd_mode;
  wire                core_busy0_valid;
  wire       [0:0]    core_busy0_source;
  wire                core_busy1_valid;
  wire       [0:0]    core_busy1_source;
  wire                core_busy2_valid;
  wire       [0:0]    core_busy2_source;
  wire                core_busy3_valid;
  wire       [0:0]    core_busy3_source;
  wire                core_poolFull;
  wire       [0:0]    core_query_source;
  wire       [0:0]    core_usip;
  wire       [0:0]    core_ssip;
  wire                gateways_pick_valid;
  wire                gateways_pick_payload_persistent;
  wire       [0:0]    gateways_pick_payload_source;
  wire       [31:0]   gateways_query_status;

  TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite_AxiLite4Adapter busAdapter (
    .req_valid             (busAdapter_req_valid                ), //o
    .req_ready             (decoder_req_ready                   ), //i
    .req_payload_write     (busAdapter_req_payload_write        ), //o
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //o
    .req_payload_address   (busAdapter_req_payload_address[12:0]), //o
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //o
    .rsp_valid             (core_rsp_valid                      ), //i
    .rsp_payload_fault     (core_rsp_payload_fault              ), //i
    .rsp_payload_read      (core_rsp_payload_read               ), //i
    .rsp_payload_data      (core_rsp_payload_data[63:0]         ), //i
    .refused               (decoder_refused                     ), //i
    .axi_aw_valid          (axi_awvalid                         ), //i
    .axi_aw_ready          (busAdapter_axi_aw_ready             ), //o
    .axi_aw_payload_addr   (axi_awaddr[12:0]                    ), //i
    .axi_aw_payload_prot   (axi_awprot[2:0]                     ), //i
    .axi_w_valid           (axi_wvalid                          ), //i
    .axi_w_ready           (busAdapter_axi_w_ready              ), //o
    .axi_w_payload_data    (axi_wdata[63:0]                     ), //i
    .axi_w_payload_strb    (axi_wstrb[7:0]                      ), //i
    .axi_b_valid           (busAdapter_axi_b_valid              ), //o
    .axi_b_ready           (axi_bready                          ), //i
    .axi_b_payload_resp    (busAdapter_axi_b_payload_resp[1:0]  ), //o
    .axi_ar_valid          (axi_arvalid                         ), //i
    .axi_ar_ready          (busAdapter_axi_ar_ready             ), //o
    .axi_ar_payload_addr   (axi_araddr[12:0]                    ), //i
    .axi_ar_payload_prot   (axi_arprot[2:0]                     ), //i
    .axi_r_valid           (busAdapter_axi_r_valid              ), //o
    .axi_r_ready           (axi_rready                          ), //i
    .axi_r_payload_data    (busAdapter_axi_r_payload_data[63:0] ), //o
    .axi_r_payload_resp    (busAdapter_axi_r_payload_resp[1:0]  ), //o
    .clk                   (clk                                 ), //i
    .reset                 (reset                               )  //i
  );
  TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite_RegisterDecoder decoder (
    .req_valid             (busAdapter_req_valid                ), //i
    .req_ready             (decoder_req_ready                   ), //o
    .req_payload_write     (busAdapter_req_payload_write        ), //i
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //i
    .req_payload_address   (busAdapter_req_payload_address[12:0]), //i
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //i
    .cmd_valid             (decoder_cmd_valid                   ), //o
    .cmd_ready             (core_cmd_ready                      ), //i
    .cmd_payload_op        (decoder_cmd_payload_op[3:0]         ), //o
    .cmd_payload_status    (decoder_cmd_payload_status[3:0]     ), //o
    .cmd_payload_control   (decoder_cmd_payload_control         ), //o
    .cmd_payload_read      (decoder_cmd_payload_read            ), //o
    .cmd_payload_context   (decoder_cmd_payload_context         ), //o
    .cmd_payload_hart      (decoder_cmd_payload_hart            ), //o
    .cmd_payload_source    (decoder_cmd_payload_source          ), //o
    .cmd_payload_data      (decoder_cmd_payload_data[63:0]      ), //o
    .refused               (decoder_refused                     )  //o
  );
  TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite_ReadyQueueCore core (
    .cmd_valid               (decoder_cmd_valid               ), //i
    .cmd_ready               (core_cmd_ready                  ), //o
    .cmd_payload_op          (decoder_cmd_payload_op[3:0]     ), //i
    .cmd_payload_status      (decoder_cmd_payload_status[3:0] ), //i
    .cmd_payload_control     (decoder_cmd_payload_control     ), //i
    .cmd_payload_read        (decoder_cmd_payload_read        ), //i
    .cmd_payload_context     (decoder_cmd_payload_context     ), //i
    .cmd_payload_hart        (decoder_cmd_payload_hart        ), //i
    .cmd_payload_source      (decoder_cmd_payload_source      ), //i
    .cmd_payload_data        (decoder_cmd_payload_data[63:0]  ), //i
    .rsp_valid               (core_rsp_valid                  ), //o
    .rsp_payload_fault       (core_rsp_payload_fault          ), //o
    .rsp_payload_read        (core_rsp_payload_read           ), //o
    .rsp_payload_data        (core_rsp_payload_data[63:0]     ), //o
    .pick_valid              (gateways_pick_valid             ), //i
    .pick_ready              (core_pick_ready                 ), //o
    .pick_payload_persistent (gateways_pick_payload_persistent), //i
    .pick_payload_source     (gateways_pick_payload_source    ), //i
    .upd_valid               (core_upd_valid                  ), //o
    .upd_kind                (core_upd_kind[2:0]              ), //o
    .upd_source              (core_upd_source                 ), //o
    .upd_mode                (core_upd_mode[3:0]              ), //o
    .busy0_valid             (core_busy0_valid                ), //o
    .busy0_source            (core_busy0_source               ), //o
    .busy1_valid             (core_busy1_valid                ), //o
    .busy1_source            (core_busy1_source               ), //o
    .busy2_valid             (core_busy2_valid                ), //o
    .busy2_source            (core_busy2_source               ), //o
    .busy3_valid             (core_busy3_valid                ), //o
    .busy3_source            (core_busy3_source               ), //o
    .poolFull                (core_poolFull                   ), //o
    .query_source            (core_query_source               ), //o
    .query_status            (gateways_query_status[31:0]     ), //i
    .usip                    (core_usip                       ), //o
    .ssip                    (core_ssip                       ), //o
    .clk                     (clk                             ), //i
    .reset                   (reset                           )  //i
  );
  TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite_SourceGateways gateways (
    .irq                     (irq                             ), //i
    .pick_valid              (gateways_pick_valid             ), //o
    .pick_ready              (core_pick_ready                 ), //i
    .pick_payload_persistent (gateways_pick_payload_persistent), //o
    .pick_payload_source     (gateways_pick_payload_source    ), //o
    .upd_valid               (core_upd_valid                  ), //i
    .upd_kind                (core_upd_kind[2:0]              ), //i
    .upd_source              (core_upd_source                 ), //i
    .upd_mode                (core_upd_mode[3:0]              ), //i
    .busy0_valid             (core_busy0_valid                ), //i
    .busy0_source            (core_busy0_source               ), //i
    .busy1_valid             (core_busy1_valid                ), //i
    .busy1_source            (core_busy1_source               ), //i
    .busy2_valid             (core_busy2_valid                ), //i
    .busy2_source            (core_busy2_source               ), //i
    .busy3_valid             (core_busy3_valid                ), //i
    .busy3_source            (core_busy3_source               ), //i
    .poolFull                (core_poolFull                   ), //i
    .query_source            (core_query_source               ), //i
    .query_status            (gateways_query_status[31:0]     ), //o
    .clk                     (clk                             ), //i
    .reset                   (reset                           )  //i
  );
  assign axi_awready = busAdapter_axi_aw_ready;
  assign axi_wready = busAdapter_axi_w_ready;
  assign axi_bvalid = busAdapter_axi_b_valid;
  assign axi_bresp = busAdapter_axi_b_payload_resp;
  assign axi_arready = busAdapter_axi_ar_ready;
  assign axi_rvalid = busAdapter_axi_r_valid;
  assign axi_rdata = busAdapter_axi_r_payload_data;
  assign axi_rresp = busAdapter_axi_r_payload_resp;
  assign usip = core_usip;
  assign ssip = core_ssip;

endmodule

module TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite_SourceGateways (
  input  wire [0:0]    irq,
  output wire          pick_valid,
  input  wire          pick_ready,
  output wire          pick_payload_persistent,
  output wire [0:0]    pick_payload_source,
  input  wire          upd_valid,
  input  wire [2:0]    upd_kind,
  input  wire [0:0]    upd_source,
  input  wire [3:0]    upd_mode,
  input  wire          busy0_valid,
  input  wire [0:0]    busy0_source,
  input  wire          busy1_valid,
  input  wire [0:0]    busy1_source,
  input  wire          busy2_valid,
  input  wire [0:0]    busy2_source,
  input  wire          busy3_valid,
  input  wire [0:0]    busy3_source,
  input  wire          poolFull,
  input  wire [0:0]    query_source,
  output wire [31:0]   query_status,
  input  wire          clk,
  input  wire          reset
);

  wire       [0:0]    _zz_busy;
  wire       [0:0]    _zz_busy_1;
  wire       [0:0]    _zz_busy_2;
  wire       [0:0]    _zz_busy_3;
  wire       [0:0]    _zz_pickOneHot;
  wire       [1:0]    _zz__zz_pending_0_1;
  wire       [0:0]    _zz__zz_pending_0_1_1;
  wire       [1:0]    _zz__zz_pending_0_1_2;
  wire       [0:0]    _zz__zz_pending_0_1_3;
  wire       [5:0]    _zz__zz_pending_0_2;
  wire       [3:0]    _zz__zz_pending_0_2_1;
  wire       [0:0]    _zz__zz_pending_0_2_2;
  wire       [5:0]    _zz__zz_pending_0_2_3;
  wire       [5:0]    _zz__zz_pending_0_2_4;
  wire       [5:0]    _zz__zz_pending_0_2_5;
  wire       [3:0]    _zz_pending_0_4;
  wire       [23:0]   _zz_status;
  wire       [3:0]    _zz_status_1;
  reg        [0:0]    edge_1;
  reg        [0:0]    wakeAll;
  reg        [0:0]    persistent;
  reg        [0:0]    masked;
  reg        [0:0]    waiting;
  reg        [0:0]    handler;
  reg        [0:0]    draining;
  reg        [0:0]    lost;
  reg        [0:0]    armed;
  reg        [0:0]    prev;
  reg        [3:0]    pending_0;
  wire       [0:0]    upd_oneHot;
  wire                when_SourceGateways_l233;
  wire                when_SourceGateways_l242;
  wire       [0:0]    busy;
  wire       [0:0]    line;
  wire       [0:0]    event_1;
  wire       [0:0]    _zz_armed;
  wire       [0:0]    gate;
  wire       [0:0]    pendingNonZero;
  wire       [0:0]    available;
  wire       [0:0]    candidates;
  wire       [0:0]    pickOneHot;
  wire                _zz_pending_0;
  wire       [1:0]    _zz_pending_0_1;
  wire       [5:0]    _zz_pending_0_2;
  wire                _zz_pending_0_3;
  wire       [0:0]    overflow;
  wire                _zz_persistent;
  wire                when_SourceGateways_l240;
  wire       [0:0]    _zz_waiting;
  wire       [0:0]    _zz_waiting_1;
  wire       [31:0]   status;

  assign _zz_busy = (1'b1 <<< busy0_source);
  assign _zz_busy_1 = (1'b1 <<< busy1_source);
  assign _zz_busy_2 = (1'b1 <<< busy2_source);
  assign _zz_busy_3 = (1'b1 <<< busy3_source);
  assign _zz_pickOneHot = (1'b1 <<< 1'b0);
  assign _zz__zz_pending_0_1_1 = event_1[0];
  assign _zz__zz_pending_0_1 = {1'd0, _zz__zz_pending_0_1_1};
  assign _zz__zz_pending_0_1_3 = (((upd_valid && (upd_kind == 3'b110)) || (upd_valid && (upd_kind == 3'b011))) && _zz_pending_0);
  assign _zz__zz_pending_0_1_2 = {1'd0, _zz__zz_pending_0_1_3};
  assign _zz__zz_pending_0_2_1 = pending_0;
  assign _zz__zz_pending_0_2 = {2'd0, _zz__zz_pending_0_2_1};
  assign _zz__zz_pending_0_2_2 = (pickOneHot & (persistent | (~ draining)));
  assign _zz__zz_pending_0_2_3 = (_zz__zz_pending_0_2_4 - 6'h01);
  assign _zz__zz_pending_0_2_4 = {4'd0, _zz_pending_0_1};
  assign _zz__zz_pending_0_2_5 = {4'd0, _zz_pending_0_1};
  assign _zz_pending_0_4 = _zz_pending_0_2[3:0];
  assign _zz_status_1 = pending_0[3 : 0];
  assign _zz_status = {20'd0, _zz_status_1};
  assign upd_oneHot = (1'b1 <<< upd_source);
  assign when_SourceGateways_l233 = (upd_valid && (upd_kind == 3'b100));
  assign when_SourceGateways_l242 = (upd_valid && (upd_kind == 3'b111));
  assign busy = ((((1'b0 | (busy0_valid ? _zz_busy : 1'b0)) | (busy1_valid ? _zz_busy_1 : 1'b0)) | (busy2_valid ? _zz_busy_2 : 1'b0)) | (busy3_valid ? _zz_busy_3 : 1'b0));
  assign line = irq[0];
  assign _zz_armed = (line & armed);
  assign gate = ((edge_1 & (line & (~ prev))) | ((~ edge_1) & _zz_armed));
  assign event_1 = (gate & (~ masked));
  assign pendingNonZero = (|pending_0);
  assign available = (pendingNonZero | event_1);
  assign candidates = (((((available | draining) & waiting) & (~ persistent)) | (poolFull ? 1'b0 : ((available & handler) & persistent))) & (~ busy));
  assign pick_valid = (|candidates);
  assign pick_payload_source = 1'b0;
  assign pick_payload_persistent = persistent[0];
  assign pickOneHot = ((pick_valid && pick_ready) ? _zz_pickOneHot : 1'b0);
  assign _zz_pending_0 = upd_oneHot[0];
  assign _zz_pending_0_1 = (_zz__zz_pending_0_1 + _zz__zz_pending_0_1_2);
  assign _zz_pending_0_2 = (_zz__zz_pending_0_2 + ((_zz__zz_pending_0_2_2[0] || ((upd_valid && (upd_kind == 3'b010)) && _zz_pending_0)) ? _zz__zz_pending_0_2_3 : _zz__zz_pending_0_2_5));
  assign _zz_pending_0_3 = (6'h0f < _zz_pending_0_2);
  assign overflow = _zz_pending_0_3;
  assign _zz_persistent = upd_mode[2];
  assign when_SourceGateways_l240 = (! _zz_persistent);
  assign _zz_waiting = ((upd_valid && (upd_kind == 3'b001)) ? upd_oneHot : 1'b0);
  assign _zz_waiting_1 = ((upd_valid && (upd_kind == 3'b000)) ? upd_oneHot : 1'b0);
  assign status = {{{1'b0,lost[0]},{masked[0],persistent[0]}},{{wakeAll[0],edge_1[0]},{handler[0],{waiting[0],_zz_status}}}};
  assign query_status = status;
  always @(posedge clk) begin
    if(reset) begin
      edge_1 <= 1'b0;
      wakeAll <= 1'b0;
      persistent <= 1'b0;
      masked <= 1'b0;
      waiting <= 1'b0;
      handler <= 1'b0;
      draining <= 1'b0;
      lost <= 1'b0;
      armed <= 1'b1;
      prev <= 1'b0;
      pending_0 <= 4'b0000;
    end else begin
      prev <= line;
      armed <= ((armed & (~ _zz_armed)) | (~ line));
      pending_0 <= (_zz_pending_0_3 ? 4'b1111 : _zz_pending_0_4);
      lost <= ((lost & (~ (when_SourceGateways_l233 ? upd_oneHot : 1'b0))) | overflow);
      if(when_SourceGateways_l233) begin
        edge_1 <= (upd_mode[0] ? (edge_1 | upd_oneHot) : (edge_1 & (~ upd_oneHot)));
        wakeAll <= (upd_mode[1] ? (wakeAll | upd_oneHot) : (wakeAll & (~ upd_oneHot)));
        persistent <= (_zz_persistent ? (persistent | upd_oneHot) : (persistent & (~ upd_oneHot)));
        masked <= (upd_mode[3] ? (masked | upd_oneHot) : (masked & (~ upd_oneHot)));
        if(when_SourceGateways_l240) begin
          handler <= (handler & (~ upd_oneHot));
        end
      end
      if(when_SourceGateways_l242) begin
        handler <= (handler | upd_oneHot);
      end
      waiting <= ((waiting & (~ _zz_waiting)) | _zz_waiting_1);
      draining <= (((draining | (((pickOneHot & (~ persistent)) & wakeAll) & (~ draining))) & (~ _zz_waiting)) & (waiting | _zz_waiting_1));
    end
  end


endmodule

module TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite_ReadyQueueCore (
  input  wire          cmd_valid,
  output wire          cmd_ready,
  input  wire [3:0]    cmd_payload_op,
  input  wire [3:0]    cmd_payload_status,
  input  wire          cmd_payload_control,
  input  wire          cmd_payload_read,
  input  wire [0:0]    cmd_payload_context,
  input  wire [0:0]    cmd_payload_hart,
  input  wire [0:0]    cmd_payload_source,
  input  wire [63:0]   cmd_payload_data,
  output wire          rsp_valid,
  output wire          rsp_payload_fault,
  output wire          rsp_payload_read,
  output wire [63:0]   rsp_payload_data,
  input  wire          pick_valid,
  output wire          pick_ready,
  input  wire          pick_payload_persistent,
  input  wire [0:0]    pick_payload_source,
  output wire          upd_valid,
  output wire [2:0]    upd_kind,
  output wire [0:0]    upd_source,
  output wire [3:0]    upd_mode,
  output wire          busy0_valid,
  output wire [0:0]    busy0_source,
  output wire          busy1_valid,
  output wire [0:0]    busy1_source,
  output wire          busy2_valid,
  output wire [0:0]    busy2_source,
  output wire          busy3_valid,
  output wire [0:0]    busy3_source,
  output wire          poolFull,
  output wire [0:0]    query_source,
  input  wire [31:0]   query_status,
  output wire [0:0]    usip,
  output wire [0:0]    ssip,
  input  wire          clk,
  input  wire          reset
);

  reg        [63:0]   words_spinal_port0;
  reg        [8:0]    links_spinal_port0;
  reg        [6:0]    lists_spinal_port0;
  reg        [8:0]    waitHeads_spinal_port0;
  reg        [64:0]   handlers_spinal_port0;
  reg        [4:0]    waitLists_spinal_port0;
  reg        [0:0]    grants_spinal_port0;
  wire       [63:0]   _zz_s0_data;
  wire       [5:0]    _zz_s0_data_1;
  wire       [0:0]    _zz_s0_level_2;
  wire                _zz_lists_port;
  wire                _zz_lists_rd0;
  wire                _zz_waitLists_port;
  wire                _zz_waitLists_rd0;
  wire                _zz_grants_port;
  wire                _zz_grants_rd0_1;
  wire       [1:0]    _zz_grants_port_1;
  wire       [1:0]    _zz_grants_port_2;
  wire       [0:0]    _zz_grants_port_3;
  wire       [0:0]    _zz_grants_port_4;
  wire       [0:0]    _zz_grants_port_5;
  wire                _zz_grants_port_6;
  wire       [1:0]    _zz_s1_alloc;
  wire                _zz_links_port;
  wire                _zz_links_rd0;
  wire                _zz_words_port;
  wire                _zz_words_rd0;
  wire       [2:0]    _zz_readyCount_0;
  wire       [2:0]    _zz_readyCount_0_1;
  wire       [2:0]    _zz_s1_status_value;
  wire       [2:0]    _zz_s1_status_value_1;
  wire       [0:0]    _zz_hartCtx_0;
  wire       [64:0]   _zz_handlers_port;
  wire       [2:0]    _zz_s2_newCount;
  wire       [2:0]    _zz_s2_newCount_1;
  wire       [2:0]    _zz_s2_newWait_3;
  wire       [2:0]    _zz_s2_newWait_4;
  wire       [1:0]    _zz_lists_port_1;
  wire       [6:0]    _zz_lists_port_2;
  wire                _zz_lists_port_3;
  wire                _zz_waitLists_port_1;
  wire       [8:0]    _zz_waitHeads_port;
  wire                _zz_waitHeads_port_1;
  wire       [1:0]    _zz_links_port_1;
  wire       [8:0]    _zz_links_port_2;
  wire                _zz_links_port_3;
  wire       [5:0]    _zz__zz_s2_victimHart;
  wire       [4:0]    _zz__zz_s2_victimHart_1;
  wire       [5:0]    _zz__zz_s2_preemptHart_1;
  wire       [4:0]    _zz__zz_s2_preemptHart_1_1;
  wire       [0:0]    _zz_notifyPending_1;
  wire       [0:0]    _zz_notifyPending_2;
  wire       [0:0]    _zz_usipPending;
  wire       [0:0]    _zz_usipPending_1;
  wire       [0:0]    _zz_ssip;
  wire       [31:0]   _zz_s2_rsp_data;
  wire       [2:0]    _zz_removeListRecord;
  wire       [2:0]    _zz_readyCount_0_2;
  reg        [0:0]    levelMap_0;
  reg        [2:0]    readyCount_0;
  reg        [5:0]    errors_0;
  reg        [63:0]   currentTask_0;
  reg        [1:0]    currentContext_0;
  reg        [5:0]    controlError;
  reg        [2:0]    used;
  reg        [2:0]    fresh;
  reg        [1:0]    freeHead;
  reg        [2:0]    removeState;
  wire                removeActive;
  reg                 s1_valid;
  reg                 s2_valid;
  reg        [3:0]    s1_op;
  reg        [0:0]    s1_context;
  reg        [1:0]    s1_list;
  reg        [0:0]    s1_levelOH;
  reg        [0:0]    s1_source;
  reg        [1:0]    s2_list;
  reg                 s2_writesList;
  reg        [0:0]    s2_source;
  reg                 s2_writesWait;
  reg                 slot_valid;
  reg        [0:0]    slot_source;
  reg                 slot_persistent;
  wire                _zz_waitHeads_rd0;
  wire       [8:0]    waitHeads_rd0;
  wire                _zz_handlers_rd0;
  wire       [64:0]   handlers_rd0;
  wire                _zz_takeSlot;
  wire                _zz_cmd_ready;
  wire                initDone;
  reg                 slotWentLast;
  reg        [2:0]    grantInit;
  wire                initializing;
  wire                busOnSlotSource;
  wire                takeSlot;
  wire                when_ReadyQueueCore_l183;
  wire                when_ReadyQueueCore_l185;
  wire                s0_fire;
  wire                removeStart;
  wire       [3:0]    s0_op;
  wire       [0:0]    s0_context;
  wire       [63:0]   s0_data;
  wire                _zz_s0_busSource;
  wire       [0:0]    s0_busSource;
  wire                _zz_busy3_valid;
  wire       [0:0]    s0_source;
  wire                s1_setLevel;
  wire                s1_clearLevel;
  wire                _zz_s0_levels;
  wire       [0:0]    _zz_s0_levels_1;
  wire       [0:0]    s0_levels;
  wire       [4:0]    _zz_s0_level;
  wire                _zz_s1_priorityOk;
  wire                _zz_s0_level_1;
  wire       [0:0]    s0_level;
  wire                s0_listNonEmpty;
  wire       [1:0]    s0_list;
  wire       [0:0]    s0_levelOH;
  wire       [6:0]    lists_rd0;
  wire                s1_writesList;
  wire                s1_writesWait;
  wire       [4:0]    waitLists_rd0;
  wire       [1:0]    _zz_grants_rd0;
  wire       [0:0]    grants_rd0;
  wire       [7:0]    _zz_s1_grantInRange;
  wire       [9:0]    _zz_s1_grantInRange_1;
  wire                _zz_s1_grantInRange_2;
  reg        [3:0]    s1_status;
  reg        [0:0]    s1_hart;
  reg        [63:0]   s1_data;
  reg                 s1_internal;
  reg        [1:0]    s1_moved;
  reg                 s1_control;
  reg                 s1_read;
  reg                 s1_listNonEmpty;
  reg                 s1_priorityOk;
  reg                 s1_bypassS2;
  reg                 s1_bypassW;
  reg                 s1_waitBypassS2;
  reg                 s1_waitBypassW;
  reg                 s1_grantInRange;
  wire       [6:0]    s2_newList;
  reg        [6:0]    w_list;
  reg        [4:0]    s2_newWait;
  reg        [4:0]    w_wait;
  reg                 s2_dequeueOk;
  reg                 s2_allocFromFreeList;
  reg        [1:0]    s2_head;
  wire       [8:0]    s2_next;
  wire       [6:0]    s1_list_record;
  wire       [1:0]    _zz_s2_head;
  wire       [1:0]    _zz_s2_newTail;
  wire       [2:0]    _zz_s1_clearLevel;
  wire                _zz_when_ReadyQueueCore_l327;
  wire                _zz_when_ReadyQueueCore_l327_1;
  wire                _zz_when_ReadyQueueCore_l327_2;
  wire                _zz_s1_dequeueOk;
  wire                _zz_s1_writesWait;
  wire                _zz_when_ReadyQueueCore_l428;
  wire                _zz_errors_0;
  wire                when_ReadyQueueCore_l330;
  wire                s1_poolFull;
  wire                _zz_s1_setHandler;
  wire                _zz_s2_newWait;
  wire                _zz_s1_setHandler_1;
  wire                _zz_when_ReadyQueueCore_l328;
  wire       [4:0]    s1_wait_record;
  wire       [1:0]    _zz_s2_newWait_1;
  wire       [2:0]    _zz_s2_newWait_2;
  wire                _zz_s1_setHandler_2;
  wire                s1_setHandler;
  wire                s1_waitTakesPending;
  wire                s1_waitAppends;
  wire                _zz_s1_readyInsert;
  wire                _zz_s1_readyInsert_1;
  wire                s1_readyInsert;
  wire                s1_allocates;
  wire                s1_dequeueOk;
  wire                _zz_s2_newHead;
  reg        [5:0]    s1_error;
  wire                when_ReadyQueueCore_l327;
  wire                when_ReadyQueueCore_l328;
  wire                when_ReadyQueueCore_l329;
  wire                when_ReadyQueueCore_l331;
  wire                s1_fromFreeList;
  wire       [1:0]    s1_freeHead;
  wire       [1:0]    s1_alloc;
  wire       [6:0]    _zz_s2_routing;
  wire                _zz_s2_linkEnable;
  wire       [1:0]    removeReadAddr;
  wire       [1:0]    s1_linkReadAddr;
  wire       [1:0]    s1_wordReadAddr;
  wire       [8:0]    links_rd0;
  wire       [63:0]   words_rd0;
  wire                s2_linkWriteEnable;
  wire       [1:0]    s2_linkWriteAddr;
  wire       [8:0]    s2_linkWriteData;
  wire                when_ReadyQueueCore_l376;
  wire                _zz_errors_0_1;
  reg        [63:0]   s1_status_value;
  wire                when_ReadyQueueCore_l386;
  reg                 s1_configRefused;
  reg        [1:0]    hartCtx_0;
  reg        [0:0]    notifyHart;
  wire       [7:0]    _zz_s1_configRefused;
  wire       [4:0]    _zz_s1_configRefused_1;
  wire                _zz_s1_configRefused_2;
  wire                _zz_when_ReadyQueueCore_l413;
  wire                when_ReadyQueueCore_l413;
  wire                when_ReadyQueueCore_l414;
  reg                 s1_gatewayUpdate;
  reg        [2:0]    s1_gatewayKind;
  wire                when_ReadyQueueCore_l425;
  wire                when_ReadyQueueCore_l424;
  wire                when_ReadyQueueCore_l428;
  wire                when_ReadyQueueCore_l429;
  wire                when_ReadyQueueCore_l431;
  wire                when_ReadyQueueCore_l433;
  wire       [5:0]    _zz_errors_0_2;
  wire       [5:0]    _zz_errors_0_3;
  wire                _zz_errors_0_4;
  wire                when_ReadyQueueCore_l447;
  wire                when_ReadyQueueCore_l452;
  reg        [3:0]    s2_op;
  reg        [3:0]    s2_status;
  reg        [0:0]    s2_hart;
  reg        [0:0]    s2_context;
  reg        [63:0]   s2_data;
  reg                 s2_read;
  reg                 s2_internal;
  reg                 s2_readyInsert;
  reg                 s2_wake;
  reg                 s2_appendToEmpty;
  reg        [1:0]    s2_alloc;
  reg        [6:0]    s2_routing;
  reg        [63:0]   s2_status_value;
  reg        [1:0]    s2_newHead;
  reg        [1:0]    s2_newTail;
  reg        [2:0]    s2_newCount;
  reg                 s2_linkEnable;
  reg        [1:0]    s2_linkAddr;
  reg        [8:0]    s2_linkData;
  reg                 s2_linkBypass;
  reg        [8:0]    s2_linkBypassData;
  reg                 removeListWrite;
  wire       [6:0]    removeListRecord;
  reg        [1:0]    removeList;
  reg                 removeLinkWrite;
  wire       [1:0]    removeLinkAddr;
  wire       [1:0]    removeLinkData;
  wire                when_ReadyQueueCore_l521;
  wire                when_ReadyQueueCore_l522;
  wire                when_ReadyQueueCore_l592;
  wire       [63:0]   _zz_currentTask_0;
  wire                when_ReadyQueueCore_l526;
  reg        [0:0]    notifyPending;
  reg        [0:0]    usipPending;
  wire       [31:0]   s2_notify_value;
  wire                s2_wakeDecision;
  wire                _zz_s2_preemptHart;
  wire                _zz_s2_notifyKernel;
  wire       [5:0]    _zz_s2_victimHart;
  wire                _zz_s2_preemptHart_1;
  wire                s2_notifyKernel;
  wire                s2_preemptHart;
  wire       [0:0]    s2_victimHart;
  wire       [0:0]    _zz_notifyPending;
  reg        [63:0]   s2_rsp_data;
  wire                _zz_when_ReadyQueueCore_l594;
  wire                when_ReadyQueueCore_l593;
  wire                when_ReadyQueueCore_l594;
  wire                when_ReadyQueueCore_l596;
  wire                when_ReadyQueueCore_l600;
  wire                when_ReadyQueueCore_l601;
  reg        [0:0]    removeContext;
  reg        [63:0]   removeWord;
  reg                 removeRead;
  reg        [1:0]    removeCur;
  reg        [1:0]    removePrev;
  reg        [1:0]    removeNext;
  reg        [1:0]    removeHead;
  reg        [1:0]    removeTail;
  reg        [2:0]    removeCount;
  reg        [5:0]    removeError;
  reg        [0:0]    removeLevelOH;
  wire       [1:0]    _zz_removeReadAddr;
  wire                when_ReadyQueueCore_l633;
  wire                when_ReadyQueueCore_l636;
  wire                when_ReadyQueueCore_l650;
  wire                when_ReadyQueueCore_l653;
  wire                when_ReadyQueueCore_l664;
  wire                _zz_rsp_valid;
  reg [63:0] words [0:3];
  reg [8:0] links [0:3];
  reg [6:0] lists [0:3];
  reg [8:0] waitHeads [0:1];
  reg [64:0] handlers [0:1];
  reg [4:0] waitLists [0:1];
  reg [0:0] grants [0:3];

  assign _zz_s0_data_1 = waitHeads_rd0[7 : 2];
  assign _zz_s0_data = {58'd0, _zz_s0_data_1};
  assign _zz_s0_level_2 = _zz_s0_level[0:0];
  assign _zz_grants_port_2 = grantInit[1:0];
  assign _zz_grants_port_3 = _zz_s1_grantInRange[0:0];
  assign _zz_grants_port_4 = _zz_s1_grantInRange_1[0:0];
  assign _zz_s1_alloc = fresh[1:0];
  assign _zz_readyCount_0 = (readyCount_0 + 3'b001);
  assign _zz_readyCount_0_1 = (readyCount_0 - 3'b001);
  assign _zz_s1_status_value = _zz_s1_status_value_1;
  assign _zz_s1_status_value_1 = (3'b100 - used);
  assign _zz_hartCtx_0 = _zz_s1_configRefused[0:0];
  assign _zz_s2_newCount = (_zz_s1_clearLevel - 3'b001);
  assign _zz_s2_newCount_1 = (_zz_s1_clearLevel + 3'b001);
  assign _zz_s2_newWait_3 = (_zz_s2_newWait_2 - 3'b001);
  assign _zz_s2_newWait_4 = (_zz_s2_newWait_2 + 3'b001);
  assign _zz__zz_s2_victimHart_1 = currentTask_0[5 : 1];
  assign _zz__zz_s2_victimHart = {1'd0, _zz__zz_s2_victimHart_1};
  assign _zz__zz_s2_preemptHart_1_1 = s2_data[5 : 1];
  assign _zz__zz_s2_preemptHart_1 = {1'd0, _zz__zz_s2_preemptHart_1_1};
  assign _zz_notifyPending_1 = (1'b1 <<< _zz_notifyPending);
  assign _zz_notifyPending_2 = (1'b1 <<< s2_context);
  assign _zz_usipPending = (1'b1 <<< s2_hart);
  assign _zz_usipPending_1 = (1'b1 <<< s2_victimHart);
  assign _zz_ssip = (1'b1 <<< notifyHart);
  assign _zz_s2_rsp_data = {currentContext_0[1],{30'h0,currentContext_0[0 : 0]}};
  assign _zz_removeListRecord = (removeCount - 3'b001);
  assign _zz_readyCount_0_2 = (readyCount_0 - 3'b001);
  assign _zz_words_rd0 = 1'b1;
  assign _zz_links_rd0 = 1'b1;
  assign _zz_links_port_1 = (removeActive ? removeLinkAddr : s2_linkWriteAddr);
  assign _zz_links_port_2 = (removeActive ? {7'h0,removeLinkData} : s2_linkWriteData);
  assign _zz_links_port_3 = (s2_linkWriteEnable || removeLinkWrite);
  assign _zz_lists_rd0 = 1'b1;
  assign _zz_lists_port_1 = (removeActive ? removeList : s2_list);
  assign _zz_lists_port_2 = (removeActive ? removeListRecord : s2_newList);
  assign _zz_lists_port_3 = ((s2_valid && s2_writesList) || removeListWrite);
  assign _zz_waitHeads_port = (s2_wake ? s2_next : {s2_routing,s2_alloc});
  assign _zz_waitHeads_port_1 = (s2_valid && (s2_wake || s2_appendToEmpty));
  assign _zz_handlers_port = {s1_context,s1_data};
  assign _zz_waitLists_rd0 = 1'b1;
  assign _zz_waitLists_port_1 = (s2_valid && s2_writesWait);
  assign _zz_grants_rd0_1 = 1'b1;
  assign _zz_grants_port_1 = (initializing ? _zz_grants_port_2 : {_zz_grants_port_3,_zz_grants_port_4});
  assign _zz_grants_port_5 = (initializing ? 1'b0 : cmd_payload_data[31 : 31]);
  assign _zz_grants_port_6 = (initializing || ((((s0_fire && (! takeSlot)) && _zz_s0_busSource) && (cmd_payload_status == 4'b0000)) && _zz_s1_grantInRange_2));
  always @(posedge clk) begin
    if(_zz_words_rd0) begin
      words_spinal_port0 <= words[s1_wordReadAddr];
    end
  end

  always @(posedge clk) begin
    if(s1_allocates) begin
      words[s1_alloc] <= s1_data;
    end
  end

  always @(posedge clk) begin
    if(_zz_links_rd0) begin
      links_spinal_port0 <= links[s1_linkReadAddr];
    end
  end

  always @(posedge clk) begin
    if(_zz_links_port_3) begin
      links[_zz_links_port_1] <= _zz_links_port_2;
    end
  end

  always @(posedge clk) begin
    if(_zz_lists_rd0) begin
      lists_spinal_port0 <= lists[s0_list];
    end
  end

  always @(posedge clk) begin
    if(_zz_lists_port_3) begin
      lists[_zz_lists_port_1] <= _zz_lists_port_2;
    end
  end

  always @(posedge clk) begin
    if(_zz_waitHeads_rd0) begin
      waitHeads_spinal_port0 <= waitHeads[pick_payload_source];
    end
  end

  always @(posedge clk) begin
    if(_zz_waitHeads_port_1) begin
      waitHeads[s2_source] <= _zz_waitHeads_port;
    end
  end

  always @(posedge clk) begin
    if(_zz_handlers_rd0) begin
      handlers_spinal_port0 <= handlers[pick_payload_source];
    end
  end

  always @(posedge clk) begin
    if(s1_setHandler) begin
      handlers[s1_source] <= _zz_handlers_port;
    end
  end

  always @(posedge clk) begin
    if(_zz_waitLists_rd0) begin
      waitLists_spinal_port0 <= waitLists[s0_source];
    end
  end

  always @(posedge clk) begin
    if(_zz_waitLists_port_1) begin
      waitLists[s2_source] <= s2_newWait;
    end
  end

  always @(posedge clk) begin
    if(_zz_grants_rd0_1) begin
      grants_spinal_port0 <= grants[_zz_grants_rd0];
    end
  end

  always @(posedge clk) begin
    if(_zz_grants_port_6) begin
      grants[_zz_grants_port_1] <= _zz_grants_port_5;
    end
  end

  assign removeActive = (removeState != 3'b000);
  assign _zz_waitHeads_rd0 = (pick_valid && pick_ready);
  assign waitHeads_rd0 = waitHeads_spinal_port0;
  assign _zz_handlers_rd0 = (pick_valid && pick_ready);
  assign handlers_rd0 = handlers_spinal_port0;
  assign _zz_takeSlot = (cmd_payload_op == 4'b0011);
  assign _zz_cmd_ready = ((! removeActive) && ((! _zz_takeSlot) || ((! s1_valid) && (! s2_valid))));
  assign initializing = (! grantInit[2]);
  assign takeSlot = ((((slot_valid && (! removeActive)) && (! (cmd_valid && _zz_takeSlot))) && (! (((cmd_valid && _zz_cmd_ready) && slotWentLast) && (! busOnSlotSource)))) && initDone);
  assign cmd_ready = ((_zz_cmd_ready && (! takeSlot)) && initDone);
  assign initDone = (! initializing);
  assign when_ReadyQueueCore_l183 = (cmd_valid && cmd_ready);
  assign pick_ready = ((! slot_valid) || takeSlot);
  assign when_ReadyQueueCore_l185 = (pick_valid && pick_ready);
  assign s0_fire = (((cmd_valid && cmd_ready) && (! _zz_takeSlot)) || takeSlot);
  assign removeStart = ((cmd_valid && cmd_ready) && _zz_takeSlot);
  assign s0_op = (takeSlot ? (slot_persistent ? 4'b1010 : 4'b1001) : cmd_payload_op);
  assign s0_context = (takeSlot ? (slot_persistent ? handlers_rd0[64 : 64] : waitHeads_rd0[8 : 8]) : cmd_payload_context);
  assign s0_data = (takeSlot ? (slot_persistent ? handlers_rd0[63 : 0] : _zz_s0_data) : cmd_payload_data);
  assign _zz_s0_busSource = (cmd_payload_op == 4'b1000);
  assign s0_busSource = (_zz_s0_busSource ? cmd_payload_data[0 : 0] : cmd_payload_source);
  assign _zz_busy3_valid = (_zz_s0_busSource || (cmd_payload_op == 4'b0111));
  assign busOnSlotSource = ((cmd_valid && _zz_busy3_valid) && (s0_busSource == slot_source));
  assign s0_source = (takeSlot ? slot_source : s0_busSource);
  assign _zz_s0_levels = (s1_valid && (s1_context == s0_context));
  assign _zz_s0_levels_1 = 1'b0;
  assign s0_levels = ((levelMap_0 | ((_zz_s0_levels && s1_setLevel) ? s1_levelOH : _zz_s0_levels_1)) & (~ ((_zz_s0_levels && s1_clearLevel) ? s1_levelOH : _zz_s0_levels_1)));
  assign _zz_s0_level = s0_data[5 : 1];
  assign _zz_s1_priorityOk = (_zz_s0_level < 5'h01);
  assign _zz_s0_level_1 = (s0_op == 4'b0010);
  assign s0_level = (_zz_s0_level_1 ? 1'b0 : _zz_s0_level_2);
  assign s0_listNonEmpty = (_zz_s0_level_1 ? (|s0_levels) : s0_levels[0]);
  assign s0_list = {s0_context,s0_level};
  assign s0_levelOH = (1'b1 <<< s0_level);
  assign lists_rd0 = lists_spinal_port0;
  assign waitLists_rd0 = waitLists_spinal_port0;
  assign _zz_grants_rd0 = {s0_context,s0_source};
  assign grants_rd0 = grants_spinal_port0;
  assign _zz_s1_grantInRange = cmd_payload_data[23 : 16];
  assign _zz_s1_grantInRange_1 = cmd_payload_data[9 : 0];
  assign _zz_s1_grantInRange_2 = ((_zz_s1_grantInRange < 8'h01) && (_zz_s1_grantInRange_1 < 10'h001));
  assign s1_list_record = (s1_bypassS2 ? s2_newList : (s1_bypassW ? w_list : lists_rd0));
  assign _zz_s2_head = s1_list_record[1 : 0];
  assign _zz_s2_newTail = s1_list_record[3 : 2];
  assign _zz_s1_clearLevel = s1_list_record[6 : 4];
  assign _zz_when_ReadyQueueCore_l327 = (s1_op == 4'b0000);
  assign _zz_when_ReadyQueueCore_l327_1 = (s1_op == 4'b0001);
  assign _zz_when_ReadyQueueCore_l327_2 = (_zz_when_ReadyQueueCore_l327 || _zz_when_ReadyQueueCore_l327_1);
  assign _zz_s1_dequeueOk = (s1_op == 4'b0010);
  assign _zz_s1_writesWait = (s1_valid && (s1_op == 4'b1001));
  assign _zz_when_ReadyQueueCore_l428 = (s1_valid && (s1_op == 4'b1010));
  assign _zz_errors_0 = (s1_valid && (s1_op == 4'b1000));
  assign when_ReadyQueueCore_l330 = (s1_data[63 : 6] == 58'h0);
  assign s1_poolFull = (used == 3'b100);
  assign _zz_s1_setHandler = (s1_priorityOk && (! when_ReadyQueueCore_l330));
  assign query_source = s1_source;
  assign _zz_s2_newWait = query_status[24];
  assign _zz_s1_setHandler_1 = query_status[28];
  assign _zz_when_ReadyQueueCore_l328 = grants_rd0[0];
  assign s1_wait_record = (s1_waitBypassS2 ? s2_newWait : (s1_waitBypassW ? w_wait : waitLists_rd0));
  assign _zz_s2_newWait_1 = s1_wait_record[1 : 0];
  assign _zz_s2_newWait_2 = s1_wait_record[4 : 2];
  assign _zz_s1_setHandler_2 = (((s1_valid && (s1_op == 4'b0111)) && _zz_when_ReadyQueueCore_l328) && _zz_s1_setHandler);
  assign s1_setHandler = (_zz_s1_setHandler_2 && _zz_s1_setHandler_1);
  assign s1_waitTakesPending = ((((_zz_s1_setHandler_2 && (! _zz_s1_setHandler_1)) && (! _zz_s2_newWait)) && (|query_status[3 : 0])) && (! s1_poolFull));
  assign s1_waitAppends = (((_zz_s1_setHandler_2 && (! _zz_s1_setHandler_1)) && (! s1_waitTakesPending)) && (! s1_poolFull));
  assign _zz_s1_readyInsert = (((s1_valid && _zz_when_ReadyQueueCore_l327_2) && _zz_s1_setHandler) && (! s1_poolFull));
  assign _zz_s1_readyInsert_1 = (_zz_when_ReadyQueueCore_l428 && (! s1_poolFull));
  assign s1_readyInsert = (((_zz_s1_readyInsert || _zz_s1_readyInsert_1) || _zz_s1_writesWait) || s1_waitTakesPending);
  assign s1_allocates = (((_zz_s1_readyInsert || _zz_s1_readyInsert_1) || s1_waitTakesPending) || s1_waitAppends);
  assign s1_dequeueOk = ((s1_valid && _zz_s1_dequeueOk) && s1_listNonEmpty);
  assign _zz_s2_newHead = (_zz_when_ReadyQueueCore_l327_1 || ((! _zz_when_ReadyQueueCore_l327) && s1_data[0]));
  assign s1_writesList = (s1_readyInsert || s1_dequeueOk);
  assign s1_writesWait = (s1_waitAppends || _zz_s1_writesWait);
  always @(*) begin
    s1_error = 6'h0;
    if(when_ReadyQueueCore_l327) begin
      if(when_ReadyQueueCore_l328) begin
        s1_error = 6'h20;
      end else begin
        if(when_ReadyQueueCore_l329) begin
          s1_error = 6'h02;
        end else begin
          if(when_ReadyQueueCore_l330) begin
            s1_error = 6'h04;
          end else begin
            if(when_ReadyQueueCore_l331) begin
              s1_error = 6'h01;
            end
          end
        end
      end
    end
  end

  assign when_ReadyQueueCore_l327 = (s1_valid && (_zz_when_ReadyQueueCore_l327_2 || (s1_op == 4'b0111)));
  assign when_ReadyQueueCore_l328 = ((s1_op == 4'b0111) && (! _zz_when_ReadyQueueCore_l328));
  assign when_ReadyQueueCore_l329 = (! s1_priorityOk);
  assign when_ReadyQueueCore_l331 = (s1_poolFull && (! s1_setHandler));
  assign s1_fromFreeList = (fresh != used);
  assign s1_freeHead = ((s2_valid && s2_dequeueOk) ? s2_head : ((s2_valid && s2_allocFromFreeList) ? s2_next[1 : 0] : freeHead));
  assign s1_alloc = (_zz_s1_writesWait ? s1_moved : (s1_fromFreeList ? s1_freeHead : _zz_s1_alloc));
  assign _zz_s2_routing = {s1_context,s1_data[5 : 0]};
  assign _zz_s2_linkEnable = (s1_waitAppends && _zz_s2_newWait);
  assign s1_setLevel = s1_readyInsert;
  assign s1_clearLevel = (s1_dequeueOk && (_zz_s1_clearLevel == 3'b001));
  assign s1_linkReadAddr = (removeActive ? removeReadAddr : (_zz_s1_dequeueOk ? _zz_s2_head : s1_alloc));
  assign s1_wordReadAddr = (removeActive ? removeReadAddr : _zz_s2_head);
  assign links_rd0 = links_spinal_port0;
  assign words_rd0 = words_spinal_port0;
  assign when_ReadyQueueCore_l376 = (! s1_fromFreeList);
  assign _zz_errors_0_1 = (s1_valid && (s1_op == 4'b0100));
  always @(*) begin
    s1_status_value = 64'h0;
    if(when_ReadyQueueCore_l386) begin
      case(s1_status)
        4'b0000 : begin
          s1_status_value = {61'd0, readyCount_0};
        end
        4'b0001 : begin
          s1_status_value = {63'd0, levelMap_0};
        end
        4'b0010 : begin
          s1_status_value = {58'd0, errors_0};
        end
        4'b0011 : begin
          s1_status_value = {61'd0, _zz_s1_status_value};
        end
        4'b0110 : begin
          s1_status_value = {58'd0, controlError};
        end
        4'b0111 : begin
          s1_status_value = {32'd0, query_status};
        end
        default : begin
        end
      endcase
    end
  end

  assign when_ReadyQueueCore_l386 = (s1_op == 4'b0100);
  always @(*) begin
    s1_configRefused = 1'b0;
    case(s1_status)
      4'b0000 : begin
        s1_configRefused = (! s1_grantInRange);
      end
      4'b0001 : begin
        s1_configRefused = (! _zz_s1_configRefused_2);
      end
      4'b0010 : begin
        s1_configRefused = (! 1'b0);
      end
      4'b0011 : begin
        s1_configRefused = (! _zz_s1_configRefused_2);
      end
      4'b0100 : begin
        s1_configRefused = (! (_zz_s1_configRefused_1 < 5'h01));
      end
      4'b0101 : begin
        s1_configRefused = (s1_data[31] && (! (_zz_s1_configRefused < 8'h01)));
      end
      default : begin
      end
    endcase
  end

  assign _zz_s1_configRefused = s1_data[7 : 0];
  assign _zz_s1_configRefused_1 = s1_data[4 : 0];
  assign _zz_s1_configRefused_2 = (s1_data[9 : 0] < 10'h001);
  assign _zz_when_ReadyQueueCore_l413 = (_zz_errors_0 && (! s1_configRefused));
  assign when_ReadyQueueCore_l413 = (_zz_when_ReadyQueueCore_l413 && (s1_status == 4'b0100));
  assign when_ReadyQueueCore_l414 = (_zz_when_ReadyQueueCore_l413 && (s1_status == 4'b0101));
  always @(*) begin
    s1_gatewayUpdate = 1'b0;
    if(when_ReadyQueueCore_l424) begin
      s1_gatewayUpdate = 1'b1;
    end else begin
      if(when_ReadyQueueCore_l425) begin
        s1_gatewayUpdate = 1'b1;
      end else begin
        if(s1_waitTakesPending) begin
          s1_gatewayUpdate = 1'b1;
        end else begin
          if(s1_setHandler) begin
            s1_gatewayUpdate = 1'b1;
          end else begin
            if(when_ReadyQueueCore_l428) begin
              s1_gatewayUpdate = 1'b1;
            end else begin
              if(when_ReadyQueueCore_l429) begin
                s1_gatewayUpdate = 1'b1;
              end else begin
                if(when_ReadyQueueCore_l431) begin
                  s1_gatewayUpdate = 1'b1;
                end else begin
                  if(when_ReadyQueueCore_l433) begin
                    s1_gatewayUpdate = 1'b1;
                  end
                end
              end
            end
          end
        end
      end
    end
  end

  always @(*) begin
    s1_gatewayKind = 3'b000;
    if(when_ReadyQueueCore_l424) begin
      s1_gatewayKind = 3'b000;
    end else begin
      if(when_ReadyQueueCore_l425) begin
        s1_gatewayKind = 3'b001;
      end else begin
        if(s1_waitTakesPending) begin
          s1_gatewayKind = 3'b010;
        end else begin
          if(s1_setHandler) begin
            s1_gatewayKind = 3'b111;
          end else begin
            if(when_ReadyQueueCore_l428) begin
              s1_gatewayKind = 3'b011;
            end else begin
              if(when_ReadyQueueCore_l429) begin
                s1_gatewayKind = 3'b100;
              end else begin
                if(when_ReadyQueueCore_l431) begin
                  s1_gatewayKind = 3'b101;
                end else begin
                  if(when_ReadyQueueCore_l433) begin
                    s1_gatewayKind = 3'b110;
                  end
                end
              end
            end
          end
        end
      end
    end
  end

  assign when_ReadyQueueCore_l425 = (_zz_s1_writesWait && (_zz_s2_newWait_2 == 3'b001));
  assign when_ReadyQueueCore_l424 = (s1_waitAppends && (! _zz_s2_newWait));
  assign when_ReadyQueueCore_l428 = (_zz_when_ReadyQueueCore_l428 && s1_poolFull);
  assign when_ReadyQueueCore_l429 = (_zz_when_ReadyQueueCore_l413 && (s1_status == 4'b0001));
  assign when_ReadyQueueCore_l431 = (_zz_when_ReadyQueueCore_l413 && (s1_status == 4'b0010));
  assign when_ReadyQueueCore_l433 = (_zz_when_ReadyQueueCore_l413 && (s1_status == 4'b0011));
  assign upd_valid = s1_gatewayUpdate;
  assign upd_kind = s1_gatewayKind;
  assign upd_source = s1_source;
  assign upd_mode = s1_data[19 : 16];
  assign poolFull = s1_poolFull;
  assign _zz_errors_0_2 = 6'h10;
  assign _zz_errors_0_3 = 6'h0;
  assign _zz_errors_0_4 = ((s1_valid && (s1_op == 4'b0110)) || (_zz_errors_0 && s1_configRefused));
  assign when_ReadyQueueCore_l447 = ((s1_valid && (! s1_control)) && (! s1_internal));
  assign when_ReadyQueueCore_l452 = ((s1_valid && s1_control) && (! s1_internal));
  assign s2_next = (s2_linkBypass ? s2_linkBypassData : links_rd0);
  assign s2_newList = {s2_newCount,{s2_newTail,(s2_dequeueOk ? s2_next[1 : 0] : s2_newHead)}};
  assign s2_linkWriteEnable = (s2_valid && (s2_dequeueOk || s2_linkEnable));
  assign s2_linkWriteAddr = (s2_dequeueOk ? s2_head : s2_linkAddr);
  assign s2_linkWriteData = (s2_dequeueOk ? {7'h0,freeHead} : s2_linkData);
  assign when_ReadyQueueCore_l521 = (s2_valid && s2_dequeueOk);
  assign when_ReadyQueueCore_l522 = (s2_valid && s2_allocFromFreeList);
  assign when_ReadyQueueCore_l592 = (s2_op == 4'b0010);
  assign _zz_currentTask_0 = (s2_dequeueOk ? words_rd0 : 64'h0);
  assign when_ReadyQueueCore_l526 = (s2_valid && when_ReadyQueueCore_l592);
  assign s2_wakeDecision = (s2_valid && s2_readyInsert);
  assign _zz_s2_preemptHart = 1'b0;
  assign _zz_s2_notifyKernel = (hartCtx_0[1] && (hartCtx_0[0 : 0] == s2_context));
  assign _zz_s2_victimHart = ((currentTask_0[63 : 6] == 58'h0) ? 6'h20 : _zz__zz_s2_victimHart);
  assign _zz_s2_preemptHart_1 = (_zz_s2_notifyKernel && (_zz__zz_s2_preemptHart_1 < _zz_s2_victimHart));
  assign s2_notifyKernel = (s2_wakeDecision && (! (1'b0 || _zz_s2_notifyKernel)));
  assign s2_preemptHart = ((s2_wakeDecision && s2_data[0]) && (_zz_s2_preemptHart || _zz_s2_preemptHart_1));
  assign s2_victimHart = ((_zz_s2_preemptHart_1 && ((! _zz_s2_preemptHart) || (6'h0 < _zz_s2_victimHart))) ? 1'b0 : 1'b0);
  assign _zz_notifyPending = 1'b0;
  assign s2_notify_value = ((|notifyPending) ? {1'b1,{30'h0,_zz_notifyPending}} : 32'h0);
  assign usip = usipPending;
  assign ssip = ((|notifyPending) ? _zz_ssip : 1'b0);
  assign busy0_valid = slot_valid;
  assign busy0_source = slot_source;
  assign busy1_valid = (s1_valid && ((((s1_op == 4'b0111) || (s1_op == 4'b1001)) || (s1_op == 4'b1010)) || (s1_op == 4'b1000)));
  assign busy1_source = s1_source;
  assign busy2_valid = (s2_valid && ((((s2_op == 4'b0111) || (s2_op == 4'b1001)) || (s2_op == 4'b1010)) || (s2_op == 4'b1000)));
  assign busy2_source = s2_source;
  assign busy3_valid = (cmd_valid && _zz_busy3_valid);
  assign busy3_source = s0_busSource;
  always @(*) begin
    s2_rsp_data = s2_status_value;
    if(when_ReadyQueueCore_l592) begin
      s2_rsp_data = _zz_currentTask_0;
    end else begin
      if(when_ReadyQueueCore_l593) begin
        s2_rsp_data = s2_data;
      end else begin
        if(when_ReadyQueueCore_l594) begin
          s2_rsp_data = currentTask_0;
        end else begin
          if(when_ReadyQueueCore_l596) begin
            s2_rsp_data = {32'd0, _zz_s2_rsp_data};
          end else begin
            if(when_ReadyQueueCore_l600) begin
              s2_rsp_data = {32'd0, s2_notify_value};
            end else begin
              if(when_ReadyQueueCore_l601) begin
                s2_rsp_data = {63'd0, usipPending};
              end
            end
          end
        end
      end
    end
  end

  assign _zz_when_ReadyQueueCore_l594 = (s2_op == 4'b0100);
  assign when_ReadyQueueCore_l593 = (s2_op == 4'b0101);
  assign when_ReadyQueueCore_l594 = (_zz_when_ReadyQueueCore_l594 && (s2_status == 4'b0100));
  assign when_ReadyQueueCore_l596 = (_zz_when_ReadyQueueCore_l594 && (s2_status == 4'b0101));
  assign when_ReadyQueueCore_l600 = (_zz_when_ReadyQueueCore_l594 && (s2_status == 4'b1000));
  assign when_ReadyQueueCore_l601 = (_zz_when_ReadyQueueCore_l594 && (s2_status == 4'b1001));
  assign _zz_removeReadAddr = s2_next[1 : 0];
  assign removeReadAddr = ((removeState == 3'b001) ? lists_rd0[1 : 0] : _zz_removeReadAddr);
  always @(*) begin
    removeListWrite = 1'b0;
    case(removeState)
      3'b011 : begin
        removeListWrite = 1'b1;
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    removeLinkWrite = 1'b0;
    case(removeState)
      3'b011 : begin
        removeLinkWrite = (removeCur != removeHead);
      end
      3'b100 : begin
        removeLinkWrite = 1'b1;
      end
      default : begin
      end
    endcase
  end

  assign removeLinkAddr = ((removeState == 3'b011) ? removePrev : removeCur);
  assign removeLinkData = ((removeState == 3'b011) ? removeNext : freeHead);
  assign removeListRecord = {_zz_removeListRecord,{((removeCur == removeTail) ? removePrev : removeTail),((removeCur == removeHead) ? removeNext : removeHead)}};
  assign when_ReadyQueueCore_l633 = (! _zz_s1_priorityOk);
  assign when_ReadyQueueCore_l636 = (! s0_listNonEmpty);
  assign when_ReadyQueueCore_l650 = (words_rd0 == removeWord);
  assign when_ReadyQueueCore_l653 = (removeCur == removeTail);
  assign when_ReadyQueueCore_l664 = (removeCount == 3'b001);
  assign _zz_rsp_valid = (removeState == 3'b101);
  assign rsp_valid = ((s2_valid && (! s2_internal)) || _zz_rsp_valid);
  assign rsp_payload_data = (_zz_rsp_valid ? 64'h0 : s2_rsp_data);
  assign rsp_payload_fault = (s2_valid && (s2_op == 4'b0110));
  assign rsp_payload_read = (_zz_rsp_valid ? removeRead : s2_read);
  always @(posedge clk) begin
    if(reset) begin
      levelMap_0 <= 1'b0;
      readyCount_0 <= 3'b000;
      errors_0 <= 6'h0;
      currentTask_0 <= 64'h0;
      currentContext_0 <= 2'b00;
      controlError <= 6'h0;
      used <= 3'b000;
      fresh <= 3'b000;
      removeState <= 3'b000;
      s1_valid <= 1'b0;
      s2_valid <= 1'b0;
      s2_writesList <= 1'b0;
      s2_writesWait <= 1'b0;
      slot_valid <= 1'b0;
      slot_persistent <= 1'b0;
      slotWentLast <= 1'b0;
      grantInit <= 3'b000;
      s1_internal <= 1'b0;
      s1_control <= 1'b0;
      s1_read <= 1'b0;
      s1_listNonEmpty <= 1'b0;
      s1_priorityOk <= 1'b0;
      s1_bypassS2 <= 1'b0;
      s1_bypassW <= 1'b0;
      s1_waitBypassS2 <= 1'b0;
      s1_waitBypassW <= 1'b0;
      s1_grantInRange <= 1'b0;
      s2_dequeueOk <= 1'b0;
      s2_allocFromFreeList <= 1'b0;
      hartCtx_0 <= 2'b00;
      notifyHart <= 1'b0;
      s2_read <= 1'b0;
      s2_internal <= 1'b0;
      s2_readyInsert <= 1'b0;
      s2_wake <= 1'b0;
      s2_appendToEmpty <= 1'b0;
      s2_linkEnable <= 1'b0;
      s2_linkBypass <= 1'b0;
      notifyPending <= 1'b0;
      usipPending <= 1'b0;
      removeRead <= 1'b0;
      removeError <= 6'h0;
    end else begin
      if(initializing) begin
        grantInit <= (grantInit + 3'b001);
      end
      if(takeSlot) begin
        slotWentLast <= 1'b1;
      end else begin
        if(when_ReadyQueueCore_l183) begin
          slotWentLast <= 1'b0;
        end
      end
      if(when_ReadyQueueCore_l185) begin
        slot_valid <= 1'b1;
        slot_persistent <= pick_payload_persistent;
      end else begin
        if(takeSlot) begin
          slot_valid <= 1'b0;
        end
      end
      s1_valid <= s0_fire;
      s1_internal <= takeSlot;
      s1_control <= cmd_payload_control;
      s1_read <= cmd_payload_read;
      s1_listNonEmpty <= s0_listNonEmpty;
      s1_priorityOk <= _zz_s1_priorityOk;
      s1_bypassS2 <= ((s1_valid && s1_writesList) && (s1_list == s0_list));
      s1_bypassW <= ((s2_valid && s2_writesList) && (s2_list == s0_list));
      s1_waitBypassS2 <= ((s1_valid && s1_writesWait) && (s1_source == s0_source));
      s1_waitBypassW <= ((s2_valid && s2_writesWait) && (s2_source == s0_source));
      s1_grantInRange <= _zz_s1_grantInRange_2;
      if(s1_valid) begin
        if(s1_setLevel) begin
          levelMap_0 <= (levelMap_0 | s1_levelOH);
        end
        if(s1_clearLevel) begin
          levelMap_0 <= (levelMap_0 & (~ s1_levelOH));
        end
        if(s1_readyInsert) begin
          readyCount_0 <= _zz_readyCount_0;
        end
        if(s1_dequeueOk) begin
          readyCount_0 <= _zz_readyCount_0_1;
        end
        if(s1_allocates) begin
          used <= (used + 3'b001);
          if(when_ReadyQueueCore_l376) begin
            fresh <= (fresh + 3'b001);
          end
        end
        if(s1_dequeueOk) begin
          used <= (used - 3'b001);
        end
      end
      if(when_ReadyQueueCore_l413) begin
        notifyHart <= _zz_s1_configRefused_1[0:0];
      end
      if(when_ReadyQueueCore_l414) begin
        hartCtx_0 <= {s1_data[31],_zz_hartCtx_0};
      end
      if(when_ReadyQueueCore_l447) begin
        errors_0 <= ((((_zz_errors_0_1 && (s1_status == 4'b0010)) ? _zz_errors_0_3 : errors_0) | s1_error) | (_zz_errors_0_4 ? _zz_errors_0_2 : _zz_errors_0_3));
      end
      if(when_ReadyQueueCore_l452) begin
        controlError <= (((_zz_errors_0_1 && (s1_status == 4'b0110)) ? _zz_errors_0_3 : controlError) | (_zz_errors_0_4 ? _zz_errors_0_2 : _zz_errors_0_3));
      end
      s2_valid <= s1_valid;
      s2_writesList <= s1_writesList;
      s2_writesWait <= s1_writesWait;
      s2_dequeueOk <= s1_dequeueOk;
      s2_allocFromFreeList <= (s1_allocates && s1_fromFreeList);
      s2_read <= s1_read;
      s2_internal <= s1_internal;
      s2_readyInsert <= (s1_readyInsert && (! _zz_when_ReadyQueueCore_l327_2));
      s2_wake <= _zz_s1_writesWait;
      s2_appendToEmpty <= (s1_waitAppends && (! _zz_s2_newWait));
      s2_linkEnable <= ((s1_readyInsert && s1_listNonEmpty) || _zz_s2_linkEnable);
      s2_linkBypass <= (s2_linkWriteEnable && (s2_linkWriteAddr == s1_linkReadAddr));
      if(when_ReadyQueueCore_l526) begin
        currentTask_0 <= _zz_currentTask_0;
        currentContext_0 <= {s2_dequeueOk,s2_context};
      end
      notifyPending <= ((notifyPending & (~ ((((s2_valid && (s2_op == 4'b0100)) && (s2_status == 4'b1000)) && (|notifyPending)) ? _zz_notifyPending_1 : 1'b0))) | (s2_notifyKernel ? _zz_notifyPending_2 : 1'b0));
      usipPending <= ((usipPending & (~ ((s2_valid && when_ReadyQueueCore_l592) ? _zz_usipPending : 1'b0))) | (s2_preemptHart ? _zz_usipPending_1 : 1'b0));
      if(removeStart) begin
        removeRead <= cmd_payload_read;
        removeError <= 6'h0;
        if(when_ReadyQueueCore_l633) begin
          removeError <= 6'h02;
          removeState <= 3'b101;
        end else begin
          if(when_ReadyQueueCore_l636) begin
            removeError <= 6'h08;
            removeState <= 3'b101;
          end else begin
            removeState <= 3'b001;
          end
        end
      end
      case(removeState)
        3'b001 : begin
          removeState <= 3'b010;
        end
        3'b010 : begin
          if(when_ReadyQueueCore_l650) begin
            removeState <= 3'b011;
          end else begin
            if(when_ReadyQueueCore_l653) begin
              removeError <= 6'h08;
              removeState <= 3'b101;
            end
          end
        end
        3'b011 : begin
          if(when_ReadyQueueCore_l664) begin
            levelMap_0 <= (levelMap_0 & (~ removeLevelOH));
          end
          readyCount_0 <= _zz_readyCount_0_2;
          used <= (used - 3'b001);
          removeState <= 3'b100;
        end
        3'b100 : begin
          removeState <= 3'b101;
        end
        3'b101 : begin
          errors_0 <= (errors_0 | removeError);
          removeState <= 3'b000;
        end
        default : begin
        end
      endcase
    end
  end

  always @(posedge clk) begin
    if(when_ReadyQueueCore_l185) begin
      slot_source <= pick_payload_source;
    end
    s1_op <= s0_op;
    s1_context <= s0_context;
    s1_list <= s0_list;
    s1_levelOH <= s0_levelOH;
    s1_source <= s0_source;
    s1_status <= cmd_payload_status;
    s1_hart <= cmd_payload_hart;
    s1_data <= s0_data;
    s1_moved <= waitHeads_rd0[1 : 0];
    s2_list <= s1_list;
    s2_source <= s1_source;
    s2_head <= _zz_s2_head;
    s2_op <= s1_op;
    s2_status <= s1_status;
    s2_hart <= s1_hart;
    s2_context <= s1_context;
    s2_data <= s1_data;
    s2_alloc <= s1_alloc;
    s2_routing <= _zz_s2_routing;
    s2_status_value <= s1_status_value;
    s2_newHead <= (((! _zz_s2_newHead) && s1_listNonEmpty) ? _zz_s2_head : s1_alloc);
    s2_newTail <= ((_zz_s1_dequeueOk || (_zz_s2_newHead && s1_listNonEmpty)) ? _zz_s2_newTail : s1_alloc);
    s2_newCount <= (_zz_s1_dequeueOk ? _zz_s2_newCount : ((! s1_listNonEmpty) ? 3'b001 : _zz_s2_newCount_1));
    s2_linkAddr <= (_zz_s2_linkEnable ? _zz_s2_newWait_1 : (_zz_s2_newHead ? s1_alloc : _zz_s2_newTail));
    s2_linkData <= ((_zz_s2_linkEnable || (! _zz_s2_newHead)) ? {_zz_s2_routing,s1_alloc} : {7'h0,_zz_s2_head});
    s2_linkBypassData <= s2_linkWriteData;
    s2_newWait <= (_zz_s1_writesWait ? {_zz_s2_newWait_3,_zz_s2_newWait_1} : {(_zz_s2_newWait ? _zz_s2_newWait_4 : 3'b001),s1_alloc});
    w_list <= s2_newList;
    w_wait <= s2_newWait;
    if(when_ReadyQueueCore_l521) begin
      freeHead <= s2_head;
    end else begin
      if(when_ReadyQueueCore_l522) begin
        freeHead <= s2_next[1 : 0];
      end
    end
    if(removeStart) begin
      removeContext <= cmd_payload_context;
      removeWord <= cmd_payload_data;
      removeList <= s0_list;
      removeLevelOH <= s0_levelOH;
    end
    case(removeState)
      3'b001 : begin
        removeHead <= lists_rd0[1 : 0];
        removeTail <= lists_rd0[3 : 2];
        removeCount <= lists_rd0[6 : 4];
        removeCur <= lists_rd0[1 : 0];
      end
      3'b010 : begin
        if(when_ReadyQueueCore_l650) begin
          removeNext <= _zz_removeReadAddr;
        end else begin
          if(!when_ReadyQueueCore_l653) begin
            removePrev <= removeCur;
            removeCur <= _zz_removeReadAddr;
          end
        end
      end
      3'b100 : begin
        freeHead <= removeCur;
      end
      default : begin
      end
    endcase
  end


endmodule

module TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite_RegisterDecoder (
  input  wire          req_valid,
  output wire          req_ready,
  input  wire          req_payload_write,
  input  wire          req_payload_fullWidth,
  input  wire [12:0]   req_payload_address,
  input  wire [63:0]   req_payload_data,
  output wire          cmd_valid,
  input  wire          cmd_ready,
  output reg  [3:0]    cmd_payload_op,
  output reg  [3:0]    cmd_payload_status,
  output wire          cmd_payload_control,
  output wire          cmd_payload_read,
  output reg  [0:0]    cmd_payload_context,
  output reg  [0:0]    cmd_payload_hart,
  output reg  [0:0]    cmd_payload_source,
  output reg  [63:0]   cmd_payload_data,
  output wire          refused
);

  wire       [0:0]    _zz_cmd_payload_context_2;
  wire       [0:0]    page;
  wire       [11:0]   offset;
  wire                onControl;
  wire                onContext;
  wire                when_RegisterDecoder_l72;
  wire                when_RegisterDecoder_l72_1;
  wire                when_RegisterDecoder_l72_2;
  wire                when_RegisterDecoder_l72_3;
  wire                when_RegisterDecoder_l72_4;
  wire                when_RegisterDecoder_l72_5;
  wire                when_RegisterDecoder_l72_6;
  wire                when_RegisterDecoder_l72_7;
  wire                when_RegisterDecoder_l72_8;
  wire                when_RegisterDecoder_l72_9;
  wire                when_RegisterDecoder_l72_10;
  wire       [0:0]    _zz_cmd_payload_hart;
  wire                when_RegisterDecoder_l72_11;
  wire       [0:0]    _zz_cmd_payload_hart_1;
  wire                when_RegisterDecoder_l72_12;
  wire       [0:0]    _zz_cmd_payload_hart_2;
  wire                when_RegisterDecoder_l72_13;
  wire       [0:0]    _zz_cmd_payload_context;
  wire                when_RegisterDecoder_l72_14;
  wire       [0:0]    _zz_cmd_payload_context_1;
  wire                when_RegisterDecoder_l72_15;
  wire       [0:0]    _zz_cmd_payload_source;
  wire                when_RegisterDecoder_l72_16;
  wire                when_RegisterDecoder_l72_17;
  wire                when_RegisterDecoder_l72_18;
  wire                when_RegisterDecoder_l72_19;
  wire                when_RegisterDecoder_l72_20;
  wire                when_RegisterDecoder_l72_21;
  wire                when_RegisterDecoder_l72_22;
  wire       [0:0]    _zz_cmd_payload_hart_3;
  wire                when_RegisterDecoder_l72_23;
  wire       [0:0]    _zz_cmd_payload_source_1;
  wire                when_RegisterDecoder_l72_24;

  assign _zz_cmd_payload_context_2 = (page - 1'b1);
  assign cmd_valid = req_valid;
  assign req_ready = cmd_ready;
  assign page = req_payload_address[12 : 12];
  assign offset = req_payload_address[11 : 0];
  assign onControl = (page == 1'b0);
  assign onContext = (page != 1'b0);
  always @(*) begin
    cmd_payload_op = 4'b0110;
    if(when_RegisterDecoder_l72) begin
      cmd_payload_op = 4'b0101;
    end
    if(when_RegisterDecoder_l72_1) begin
      cmd_payload_op = 4'b0101;
    end
    if(when_RegisterDecoder_l72_2) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_3) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_4) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l72_5) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l72_6) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l72_7) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l72_8) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_9) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l72_10) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_11) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l72_12) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_13) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_14) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_15) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_16) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_17) begin
      cmd_payload_op = 4'b0000;
    end
    if(when_RegisterDecoder_l72_18) begin
      cmd_payload_op = 4'b0001;
    end
    if(when_RegisterDecoder_l72_19) begin
      cmd_payload_op = 4'b0011;
    end
    if(when_RegisterDecoder_l72_20) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_21) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_22) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l72_23) begin
      cmd_payload_op = 4'b0010;
    end
    if(when_RegisterDecoder_l72_24) begin
      cmd_payload_op = 4'b0111;
    end
  end

  always @(*) begin
    cmd_payload_status = 4'b0000;
    if(when_RegisterDecoder_l72) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_1) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_2) begin
      cmd_payload_status = 4'b0011;
    end
    if(when_RegisterDecoder_l72_3) begin
      cmd_payload_status = 4'b0110;
    end
    if(when_RegisterDecoder_l72_4) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_5) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l72_6) begin
      cmd_payload_status = 4'b0010;
    end
    if(when_RegisterDecoder_l72_7) begin
      cmd_payload_status = 4'b0011;
    end
    if(when_RegisterDecoder_l72_8) begin
      cmd_payload_status = 4'b1000;
    end
    if(when_RegisterDecoder_l72_9) begin
      cmd_payload_status = 4'b0100;
    end
    if(when_RegisterDecoder_l72_10) begin
      cmd_payload_status = 4'b1001;
    end
    if(when_RegisterDecoder_l72_11) begin
      cmd_payload_status = 4'b0101;
    end
    if(when_RegisterDecoder_l72_12) begin
      cmd_payload_status = 4'b0100;
    end
    if(when_RegisterDecoder_l72_13) begin
      cmd_payload_status = 4'b0101;
    end
    if(when_RegisterDecoder_l72_14) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_15) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l72_16) begin
      cmd_payload_status = 4'b0111;
    end
    if(when_RegisterDecoder_l72_17) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_18) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_19) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_20) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_21) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l72_22) begin
      cmd_payload_status = 4'b0010;
    end
    if(when_RegisterDecoder_l72_23) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l72_24) begin
      cmd_payload_status = 4'b0000;
    end
  end

  always @(*) begin
    cmd_payload_context = (onContext ? _zz_cmd_payload_context_2[0 : 0] : 1'b0);
    if(when_RegisterDecoder_l72_14) begin
      cmd_payload_context = _zz_cmd_payload_context;
    end
    if(when_RegisterDecoder_l72_15) begin
      cmd_payload_context = _zz_cmd_payload_context_1;
    end
  end

  always @(*) begin
    cmd_payload_hart = 1'b0;
    if(when_RegisterDecoder_l72_11) begin
      cmd_payload_hart = _zz_cmd_payload_hart;
    end
    if(when_RegisterDecoder_l72_12) begin
      cmd_payload_hart = _zz_cmd_payload_hart_1;
    end
    if(when_RegisterDecoder_l72_13) begin
      cmd_payload_hart = _zz_cmd_payload_hart_2;
    end
    if(when_RegisterDecoder_l72_23) begin
      cmd_payload_hart = _zz_cmd_payload_hart_3;
    end
  end

  always @(*) begin
    cmd_payload_source = 1'b0;
    if(when_RegisterDecoder_l72_16) begin
      cmd_payload_source = _zz_cmd_payload_source;
    end
    if(when_RegisterDecoder_l72_24) begin
      cmd_payload_source = _zz_cmd_payload_source_1;
    end
  end

  always @(*) begin
    cmd_payload_data = req_payload_data;
    if(when_RegisterDecoder_l72) begin
      cmd_payload_data = 64'h0000000054494302;
    end
    if(when_RegisterDecoder_l72_1) begin
      cmd_payload_data = 64'h0000000008110201;
    end
  end

  assign cmd_payload_control = (! onContext);
  assign cmd_payload_read = (! req_payload_write);
  assign when_RegisterDecoder_l72 = ((onControl && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l72_1 = ((onControl && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l72_2 = ((onControl && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l72_3 = ((onControl && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l72_4 = ((onControl && ((offset[11 : 3] == 9'h004) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l72_5 = ((onControl && ((offset[11 : 3] == 9'h005) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l72_6 = ((onControl && ((offset[11 : 3] == 9'h006) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l72_7 = ((onControl && ((offset[11 : 3] == 9'h007) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l72_8 = ((onControl && ((offset[11 : 3] == 9'h008) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l72_9 = ((onControl && ((offset[11 : 3] == 9'h009) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l72_10 = ((onControl && ((offset[11 : 3] == 9'h00a) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign _zz_cmd_payload_hart = offset[3 : 3];
  assign when_RegisterDecoder_l72_11 = ((onControl && (((offset[11 : 4] == 8'h30) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_hart < 1'b1))) && (req_payload_write && req_payload_fullWidth));
  assign _zz_cmd_payload_hart_1 = offset[3 : 3];
  assign when_RegisterDecoder_l72_12 = ((onControl && (((offset[11 : 4] == 8'h10) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_hart_1 < 1'b1))) && (! req_payload_write));
  assign _zz_cmd_payload_hart_2 = offset[3 : 3];
  assign when_RegisterDecoder_l72_13 = ((onControl && (((offset[11 : 4] == 8'h20) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_hart_2 < 1'b1))) && (! req_payload_write));
  assign _zz_cmd_payload_context = offset[3 : 3];
  assign when_RegisterDecoder_l72_14 = ((onControl && (((offset[11 : 4] == 8'h40) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_context < 1'b1))) && (! req_payload_write));
  assign _zz_cmd_payload_context_1 = offset[3 : 3];
  assign when_RegisterDecoder_l72_15 = ((onControl && (((offset[11 : 4] == 8'h80) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_context_1 < 1'b1))) && (! req_payload_write));
  assign _zz_cmd_payload_source = offset[3 : 3];
  assign when_RegisterDecoder_l72_16 = ((onControl && (((offset[11 : 4] == 8'hc0) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_source < 1'b1))) && (! req_payload_write));
  assign when_RegisterDecoder_l72_17 = ((onContext && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l72_18 = ((onContext && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l72_19 = ((onContext && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l72_20 = ((onContext && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l72_21 = ((onContext && ((offset[11 : 3] == 9'h004) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l72_22 = ((onContext && ((offset[11 : 3] == 9'h005) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign _zz_cmd_payload_hart_3 = offset[3 : 3];
  assign when_RegisterDecoder_l72_23 = ((onContext && (((offset[11 : 4] == 8'h10) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_hart_3 < 1'b1))) && (! req_payload_write));
  assign _zz_cmd_payload_source_1 = offset[3 : 3];
  assign when_RegisterDecoder_l72_24 = ((onContext && (((offset[11 : 4] == 8'h80) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_source_1 < 1'b1))) && (req_payload_write && req_payload_fullWidth));
  assign refused = (cmd_payload_op == 4'b0110);

endmodule

module TaskIntc_c1_p1_n4_w64_h1_i1_q0_pw4_level_axi4lite_AxiLite4Adapter (
  output wire          req_valid,
  input  wire          req_ready,
  output wire          req_payload_write,
  output wire          req_payload_fullWidth,
  output wire [12:0]   req_payload_address,
  output wire [63:0]   req_payload_data,
  input  wire          rsp_valid,
  input  wire          rsp_payload_fault,
  input  wire          rsp_payload_read,
  input  wire [63:0]   rsp_payload_data,
  input  wire          refused,
  input  wire          axi_aw_valid,
  output wire          axi_aw_ready,
  input  wire [12:0]   axi_aw_payload_addr,
  input  wire [2:0]    axi_aw_payload_prot,
  input  wire          axi_w_valid,
  output wire          axi_w_ready,
  input  wire [63:0]   axi_w_payload_data,
  input  wire [7:0]    axi_w_payload_strb,
  output wire          axi_b_valid,
  input  wire          axi_b_ready,
  output wire [1:0]    axi_b_payload_resp,
  input  wire          axi_ar_valid,
  output wire          axi_ar_ready,
  input  wire [12:0]   axi_ar_payload_addr,
  input  wire [2:0]    axi_ar_payload_prot,
  output wire          axi_r_valid,
  input  wire          axi_r_ready,
  output wire [63:0]   axi_r_payload_data,
  output wire [1:0]    axi_r_payload_resp,
  input  wire          clk,
  input  wire          reset
);

  reg                 bValid;
  reg        [1:0]    bResp;
  reg                 readBusy;
  reg                 rHold;
  reg        [63:0]   rHoldData;
  reg        [1:0]    rHoldResp;
  reg                 preferWrite;
  wire                canWrite;
  wire                canRead;
  wire                pickWrite;
  wire                when_AxiLite4Adapter_l52;
  wire                when_AxiLite4Adapter_l57;
  wire                rspRead;
  wire       [1:0]    _zz_axi_r_payload_resp;
  wire                _zz_axi_r_valid;
  wire                when_AxiLite4Adapter_l70;
  wire                when_AxiLite4Adapter_l75;

  assign canWrite = ((axi_aw_valid && axi_w_valid) && ((! bValid) || axi_b_ready));
  assign canRead = (axi_ar_valid && (! readBusy));
  assign pickWrite = (canWrite && ((! canRead) || preferWrite));
  assign req_valid = (canWrite || canRead);
  assign req_payload_write = pickWrite;
  assign req_payload_address = (pickWrite ? axi_aw_payload_addr : axi_ar_payload_addr);
  assign req_payload_data = axi_w_payload_data;
  assign req_payload_fullWidth = (pickWrite ? (&axi_w_payload_strb) : 1'b1);
  assign when_AxiLite4Adapter_l52 = (pickWrite && req_ready);
  assign when_AxiLite4Adapter_l57 = (((! pickWrite) && canRead) && req_ready);
  assign axi_aw_ready = when_AxiLite4Adapter_l52;
  assign axi_w_ready = when_AxiLite4Adapter_l52;
  assign axi_ar_ready = when_AxiLite4Adapter_l57;
  assign axi_b_valid = bValid;
  assign axi_b_payload_resp = bResp;
  assign rspRead = (rsp_valid && rsp_payload_read);
  assign _zz_axi_r_payload_resp = (rsp_payload_fault ? 2'b10 : 2'b00);
  assign _zz_axi_r_valid = (rHold || rspRead);
  assign axi_r_valid = _zz_axi_r_valid;
  assign axi_r_payload_data = (rHold ? rHoldData : rsp_payload_data);
  assign axi_r_payload_resp = (rHold ? rHoldResp : _zz_axi_r_payload_resp);
  assign when_AxiLite4Adapter_l70 = (rspRead && (! axi_r_ready));
  assign when_AxiLite4Adapter_l75 = (_zz_axi_r_valid && axi_r_ready);
  always @(posedge clk) begin
    if(reset) begin
      bValid <= 1'b0;
      bResp <= 2'b00;
      readBusy <= 1'b0;
      rHold <= 1'b0;
      preferWrite <= 1'b0;
    end else begin
      if(when_AxiLite4Adapter_l52) begin
        bValid <= 1'b1;
        bResp <= (refused ? 2'b10 : 2'b00);
        preferWrite <= 1'b0;
      end else begin
        if(axi_b_ready) begin
          bValid <= 1'b0;
        end
      end
      if(when_AxiLite4Adapter_l57) begin
        readBusy <= 1'b1;
        preferWrite <= 1'b1;
      end
      if(when_AxiLite4Adapter_l70) begin
        rHold <= 1'b1;
      end
      if(when_AxiLite4Adapter_l75) begin
        rHold <= 1'b0;
        readBusy <= 1'b0;
      end
    end
  end

  always @(posedge clk) begin
    if(when_AxiLite4Adapter_l70) begin
      rHoldData <= rsp_payload_data;
      rHoldResp <= _zz_axi_r_payload_resp;
    end
  end


endmodule
