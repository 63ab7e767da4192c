// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : TaskIntc

`timescale 1ns/1ps

module TaskIntc (
  input  wire          axi_awvalid,
  output wire          axi_awready,
  input  wire [15:0]   axi_awaddr,
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
  input  wire [15:0]   axi_araddr,
  input  wire [2:0]    axi_arprot,
  output wire          axi_rvalid,
  input  wire          axi_rready,
  output wire [63:0]   axi_rdata,
  output wire [1:0]    axi_rresp,
  input  wire [23:0]   irq,
  input  wire [3:0]    nic_rx_irq,
  input  wire [3:0]    nic_tx_irq,
  output wire [3:0]    nic_rx_mask,
  output wire [3:0]    nic_tx_mask,
  output wire [3:0]    nic_rx_ack,
  output wire [3:0]    nic_tx_ack,
  output wire [3:0]    usip,
  output wire [3:0]    ssip,
  input  wire          clk,
  input  wire          reset
);

  wire                busAdapter_req_valid;
  wire                busAdapter_req_payload_write;
  wire                busAdapter_req_payload_fullWidth;
  wire       [15:0]   busAdapter_req_payload_address;
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
  wire       [2:0]    decoder_cmd_payload_context;
  wire       [1:0]    decoder_cmd_payload_hart;
  wire       [4:0]    decoder_cmd_payload_source;
  wire       [3:0]    decoder_cmd_payload_index;
  wire       [63:0]   decoder_cmd_payload_data;
  wire                decoder_refused;
  wire                core_cmd_ready;
  wire                core_rsp_valid;
  wire                core_rsp_payload_fault;
  wire                core_rsp_payload_read;
  wire       [63:0]   core_rsp_payload_data;
  wire                core_wakeup_pick_ready;
  wire                core_wakeup_update_valid;
  wire       [2:0]    core_wakeup_update_payload_kind;
  wire                core_wakeup_update_payload_take;
  wire                core_wakeup_update_payload_give;
  wire                core_wakeup_update_payload_wakeAll;
  wire                core_wakeup_update_payload_persistent;
  wire                core_wakeup_update_payload_masked;
  wire                core_wakeup_update_payload_handler;
  wire                core_wakeup_update_payload_waiting;
  wire       [4:0]    core_wakeup_update_payload_source;
  wire       [21:0]   core_wakeup_update_payload_coalesce;
  wire                core_wakeup_s1OnSource;
  wire                core_wakeup_poolFull;
  wire       [4:0]    core_wakeup_querySource;
  wire       [3:0]    core_usip;
  wire       [3:0]    core_ssip;
  wire                core_deliveries_task_ready;
  wire                core_deliveries_ack_valid;
  wire                core_deliveries_ack_ok;
  wire                core_deliveries_poolFull;
  wire                core_removeBusy;
  wire                ipc_cmd_ready;
  wire                ipc_rsp_valid;
  wire                ipc_rsp_payload_fault;
  wire                ipc_rsp_payload_read;
  wire       [63:0]   ipc_rsp_payload_data;
  wire                ipc_deliveries_task_valid;
  wire       [2:0]    ipc_deliveries_task_payload_context;
  wire       [63:0]   ipc_deliveries_task_payload_word;
  wire                ipc_initDone;
  wire                router_in_ready;
  wire                router_out_valid;
  wire                router_out_payload_fault;
  wire                router_out_payload_read;
  wire       [63:0]   router_out_payload_data;
  wire                router_toScheduler_valid;
  wire       [3:0]    router_toScheduler_payload_op;
  wire       [3:0]    router_toScheduler_payload_status;
  wire                router_toScheduler_payload_control;
  wire                router_toScheduler_payload_read;
  wire       [2:0]    router_toScheduler_payload_context;
  wire       [1:0]    router_toScheduler_payload_hart;
  wire       [4:0]    router_toScheduler_payload_source;
  wire       [3:0]    router_toScheduler_payload_index;
  wire       [63:0]   router_toScheduler_payload_data;
  wire                router_toIpc_valid;
  wire       [3:0]    router_toIpc_payload_op;
  wire       [3:0]    router_toIpc_payload_status;
  wire                router_toIpc_payload_control;
  wire                router_toIpc_payload_read;
  wire       [2:0]    router_toIpc_payload_context;
  wire       [1:0]    router_toIpc_payload_hart;
  wire       [4:0]    router_toIpc_payload_source;
  wire       [3:0]    router_toIpc_payload_index;
  wire       [63:0]   router_toIpc_payload_data;
  wire       [3:0]    gateways_nic_rx_mask;
  wire       [3:0]    gateways_nic_tx_mask;
  wire       [3:0]    gateways_nic_rx_ack;
  wire       [3:0]    gateways_nic_tx_ack;
  wire                gateways_sched_pick_valid;
  wire                gateways_sched_pick_payload_persistent;
  wire                gateways_sched_pick_payload_takesEvent;
  wire       [4:0]    gateways_sched_pick_payload_source;
  wire       [23:0]   gateways_sched_queryCount;
  wire                gateways_sched_queryLost;
  wire                gateways_sched_queryPending;

  TaskIntc_AxiLite4Adapter busAdapter (
    .req_valid             (busAdapter_req_valid                ), //o
    .req_ready             (decoder_req_ready                   ), //i
    .req_payload_write     (busAdapter_req_payload_write        ), //o
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //o
    .req_payload_address   (busAdapter_req_payload_address[15:0]), //o
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //o
    .rsp_valid             (router_out_valid                    ), //i
    .rsp_payload_fault     (router_out_payload_fault            ), //i
    .rsp_payload_read      (router_out_payload_read             ), //i
    .rsp_payload_data      (router_out_payload_data[63:0]       ), //i
    .refused               (decoder_refused                     ), //i
    .axi_aw_valid          (axi_awvalid                         ), //i
    .axi_aw_ready          (busAdapter_axi_aw_ready             ), //o
    .axi_aw_payload_addr   (axi_awaddr[15:0]                    ), //i
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
    .axi_ar_payload_addr   (axi_araddr[15:0]                    ), //i
    .axi_ar_payload_prot   (axi_arprot[2:0]                     ), //i
    .axi_r_valid           (busAdapter_axi_r_valid              ), //o
    .axi_r_ready           (axi_rready                          ), //i
    .axi_r_payload_data    (busAdapter_axi_r_payload_data[63:0] ), //o
    .axi_r_payload_resp    (busAdapter_axi_r_payload_resp[1:0]  ), //o
    .clk                   (clk                                 ), //i
    .reset                 (reset                               )  //i
  );
  TaskIntc_RegisterDecoder decoder (
    .req_valid             (busAdapter_req_valid                ), //i
    .req_ready             (decoder_req_ready                   ), //o
    .req_payload_write     (busAdapter_req_payload_write        ), //i
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //i
    .req_payload_address   (busAdapter_req_payload_address[15:0]), //i
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //i
    .cmd_valid             (decoder_cmd_valid                   ), //o
    .cmd_ready             (router_in_ready                     ), //i
    .cmd_payload_op        (decoder_cmd_payload_op[3:0]         ), //o
    .cmd_payload_status    (decoder_cmd_payload_status[3:0]     ), //o
    .cmd_payload_control   (decoder_cmd_payload_control         ), //o
    .cmd_payload_read      (decoder_cmd_payload_read            ), //o
    .cmd_payload_context   (decoder_cmd_payload_context[2:0]    ), //o
    .cmd_payload_hart      (decoder_cmd_payload_hart[1:0]       ), //o
    .cmd_payload_source    (decoder_cmd_payload_source[4:0]     ), //o
    .cmd_payload_index     (decoder_cmd_payload_index[3:0]      ), //o
    .cmd_payload_data      (decoder_cmd_payload_data[63:0]      ), //o
    .refused               (decoder_refused                     )  //o
  );
  TaskIntc_ReadyQueueCore core (
    .cmd_valid                        (router_toScheduler_valid                 ), //i
    .cmd_ready                        (core_cmd_ready                           ), //o
    .cmd_payload_op                   (router_toScheduler_payload_op[3:0]       ), //i
    .cmd_payload_status               (router_toScheduler_payload_status[3:0]   ), //i
    .cmd_payload_control              (router_toScheduler_payload_control       ), //i
    .cmd_payload_read                 (router_toScheduler_payload_read          ), //i
    .cmd_payload_context              (router_toScheduler_payload_context[2:0]  ), //i
    .cmd_payload_hart                 (router_toScheduler_payload_hart[1:0]     ), //i
    .cmd_payload_source               (router_toScheduler_payload_source[4:0]   ), //i
    .cmd_payload_index                (router_toScheduler_payload_index[3:0]    ), //i
    .cmd_payload_data                 (router_toScheduler_payload_data[63:0]    ), //i
    .rsp_valid                        (core_rsp_valid                           ), //o
    .rsp_payload_fault                (core_rsp_payload_fault                   ), //o
    .rsp_payload_read                 (core_rsp_payload_read                    ), //o
    .rsp_payload_data                 (core_rsp_payload_data[63:0]              ), //o
    .wakeup_s1OnSource                (core_wakeup_s1OnSource                   ), //o
    .wakeup_poolFull                  (core_wakeup_poolFull                     ), //o
    .wakeup_queryCount                (gateways_sched_queryCount[23:0]          ), //i
    .wakeup_queryLost                 (gateways_sched_queryLost                 ), //i
    .wakeup_queryPending              (gateways_sched_queryPending              ), //i
    .wakeup_pick_valid                (gateways_sched_pick_valid                ), //i
    .wakeup_pick_ready                (core_wakeup_pick_ready                   ), //o
    .wakeup_pick_payload_persistent   (gateways_sched_pick_payload_persistent   ), //i
    .wakeup_pick_payload_takesEvent   (gateways_sched_pick_payload_takesEvent   ), //i
    .wakeup_pick_payload_source       (gateways_sched_pick_payload_source[4:0]  ), //i
    .wakeup_update_valid              (core_wakeup_update_valid                 ), //o
    .wakeup_update_payload_kind       (core_wakeup_update_payload_kind[2:0]     ), //o
    .wakeup_update_payload_take       (core_wakeup_update_payload_take          ), //o
    .wakeup_update_payload_give       (core_wakeup_update_payload_give          ), //o
    .wakeup_update_payload_wakeAll    (core_wakeup_update_payload_wakeAll       ), //o
    .wakeup_update_payload_persistent (core_wakeup_update_payload_persistent    ), //o
    .wakeup_update_payload_masked     (core_wakeup_update_payload_masked        ), //o
    .wakeup_update_payload_handler    (core_wakeup_update_payload_handler       ), //o
    .wakeup_update_payload_waiting    (core_wakeup_update_payload_waiting       ), //o
    .wakeup_update_payload_source     (core_wakeup_update_payload_source[4:0]   ), //o
    .wakeup_update_payload_coalesce   (core_wakeup_update_payload_coalesce[21:0]), //o
    .wakeup_querySource               (core_wakeup_querySource[4:0]             ), //o
    .usip                             (core_usip[3:0]                           ), //o
    .ssip                             (core_ssip[3:0]                           ), //o
    .deliveries_ack_valid             (core_deliveries_ack_valid                ), //o
    .deliveries_ack_ok                (core_deliveries_ack_ok                   ), //o
    .deliveries_poolFull              (core_deliveries_poolFull                 ), //o
    .deliveries_task_valid            (ipc_deliveries_task_valid                ), //i
    .deliveries_task_ready            (core_deliveries_task_ready               ), //o
    .deliveries_task_payload_context  (ipc_deliveries_task_payload_context[2:0] ), //i
    .deliveries_task_payload_word     (ipc_deliveries_task_payload_word[63:0]   ), //i
    .removeBusy                       (core_removeBusy                          ), //o
    .clk                              (clk                                      ), //i
    .reset                            (reset                                    )  //i
  );
  TaskIntc_IpcUnit ipc (
    .cmd_valid                       (router_toIpc_valid                      ), //i
    .cmd_ready                       (ipc_cmd_ready                           ), //o
    .cmd_payload_op                  (router_toIpc_payload_op[3:0]            ), //i
    .cmd_payload_status              (router_toIpc_payload_status[3:0]        ), //i
    .cmd_payload_control             (router_toIpc_payload_control            ), //i
    .cmd_payload_read                (router_toIpc_payload_read               ), //i
    .cmd_payload_context             (router_toIpc_payload_context[2:0]       ), //i
    .cmd_payload_hart                (router_toIpc_payload_hart[1:0]          ), //i
    .cmd_payload_source              (router_toIpc_payload_source[4:0]        ), //i
    .cmd_payload_index               (router_toIpc_payload_index[3:0]         ), //i
    .cmd_payload_data                (router_toIpc_payload_data[63:0]         ), //i
    .rsp_valid                       (ipc_rsp_valid                           ), //o
    .rsp_payload_fault               (ipc_rsp_payload_fault                   ), //o
    .rsp_payload_read                (ipc_rsp_payload_read                    ), //o
    .rsp_payload_data                (ipc_rsp_payload_data[63:0]              ), //o
    .deliveries_ack_valid            (core_deliveries_ack_valid               ), //i
    .deliveries_ack_ok               (core_deliveries_ack_ok                  ), //i
    .deliveries_poolFull             (core_deliveries_poolFull                ), //i
    .deliveries_task_valid           (ipc_deliveries_task_valid               ), //o
    .deliveries_task_ready           (core_deliveries_task_ready              ), //i
    .deliveries_task_payload_context (ipc_deliveries_task_payload_context[2:0]), //o
    .deliveries_task_payload_word    (ipc_deliveries_task_payload_word[63:0]  ), //o
    .initDone                        (ipc_initDone                            ), //o
    .clk                             (clk                                     ), //i
    .reset                           (reset                                   )  //i
  );
  TaskIntc_CommandRouter router (
    .in_valid                    (decoder_cmd_valid                      ), //i
    .in_ready                    (router_in_ready                        ), //o
    .in_payload_op               (decoder_cmd_payload_op[3:0]            ), //i
    .in_payload_status           (decoder_cmd_payload_status[3:0]        ), //i
    .in_payload_control          (decoder_cmd_payload_control            ), //i
    .in_payload_read             (decoder_cmd_payload_read               ), //i
    .in_payload_context          (decoder_cmd_payload_context[2:0]       ), //i
    .in_payload_hart             (decoder_cmd_payload_hart[1:0]          ), //i
    .in_payload_source           (decoder_cmd_payload_source[4:0]        ), //i
    .in_payload_index            (decoder_cmd_payload_index[3:0]         ), //i
    .in_payload_data             (decoder_cmd_payload_data[63:0]         ), //i
    .out_valid                   (router_out_valid                       ), //o
    .out_payload_fault           (router_out_payload_fault               ), //o
    .out_payload_read            (router_out_payload_read                ), //o
    .out_payload_data            (router_out_payload_data[63:0]          ), //o
    .toScheduler_valid           (router_toScheduler_valid               ), //o
    .toScheduler_ready           (core_cmd_ready                         ), //i
    .toScheduler_payload_op      (router_toScheduler_payload_op[3:0]     ), //o
    .toScheduler_payload_status  (router_toScheduler_payload_status[3:0] ), //o
    .toScheduler_payload_control (router_toScheduler_payload_control     ), //o
    .toScheduler_payload_read    (router_toScheduler_payload_read        ), //o
    .toScheduler_payload_context (router_toScheduler_payload_context[2:0]), //o
    .toScheduler_payload_hart    (router_toScheduler_payload_hart[1:0]   ), //o
    .toScheduler_payload_source  (router_toScheduler_payload_source[4:0] ), //o
    .toScheduler_payload_index   (router_toScheduler_payload_index[3:0]  ), //o
    .toScheduler_payload_data    (router_toScheduler_payload_data[63:0]  ), //o
    .fromScheduler_valid         (core_rsp_valid                         ), //i
    .fromScheduler_payload_fault (core_rsp_payload_fault                 ), //i
    .fromScheduler_payload_read  (core_rsp_payload_read                  ), //i
    .fromScheduler_payload_data  (core_rsp_payload_data[63:0]            ), //i
    .toIpc_valid                 (router_toIpc_valid                     ), //o
    .toIpc_ready                 (ipc_cmd_ready                          ), //i
    .toIpc_payload_op            (router_toIpc_payload_op[3:0]           ), //o
    .toIpc_payload_status        (router_toIpc_payload_status[3:0]       ), //o
    .toIpc_payload_control       (router_toIpc_payload_control           ), //o
    .toIpc_payload_read          (router_toIpc_payload_read              ), //o
    .toIpc_payload_context       (router_toIpc_payload_context[2:0]      ), //o
    .toIpc_payload_hart          (router_toIpc_payload_hart[1:0]         ), //o
    .toIpc_payload_source        (router_toIpc_payload_source[4:0]       ), //o
    .toIpc_payload_index         (router_toIpc_payload_index[3:0]        ), //o
    .toIpc_payload_data          (router_toIpc_payload_data[63:0]        ), //o
    .fromIpc_valid               (ipc_rsp_valid                          ), //i
    .fromIpc_payload_fault       (ipc_rsp_payload_fault                  ), //i
    .fromIpc_payload_read        (ipc_rsp_payload_read                   ), //i
    .fromIpc_payload_data        (ipc_rsp_payload_data[63:0]             ), //i
    .schedulerWalking            (core_removeBusy                        ), //i
    .ipcReady                    (ipc_initDone                           )  //i
  );
  TaskIntc_SourceGateways gateways (
    .irq                             (irq[23:0]                                ), //i
    .nic_rx_irq                      (nic_rx_irq[3:0]                          ), //i
    .nic_tx_irq                      (nic_tx_irq[3:0]                          ), //i
    .nic_rx_mask                     (gateways_nic_rx_mask[3:0]                ), //o
    .nic_tx_mask                     (gateways_nic_tx_mask[3:0]                ), //o
    .nic_rx_ack                      (gateways_nic_rx_ack[3:0]                 ), //o
    .nic_tx_ack                      (gateways_nic_tx_ack[3:0]                 ), //o
    .sched_s1OnSource                (core_wakeup_s1OnSource                   ), //i
    .sched_poolFull                  (core_wakeup_poolFull                     ), //i
    .sched_queryCount                (gateways_sched_queryCount[23:0]          ), //o
    .sched_queryLost                 (gateways_sched_queryLost                 ), //o
    .sched_queryPending              (gateways_sched_queryPending              ), //o
    .sched_pick_valid                (gateways_sched_pick_valid                ), //o
    .sched_pick_ready                (core_wakeup_pick_ready                   ), //i
    .sched_pick_payload_persistent   (gateways_sched_pick_payload_persistent   ), //o
    .sched_pick_payload_takesEvent   (gateways_sched_pick_payload_takesEvent   ), //o
    .sched_pick_payload_source       (gateways_sched_pick_payload_source[4:0]  ), //o
    .sched_update_valid              (core_wakeup_update_valid                 ), //i
    .sched_update_payload_kind       (core_wakeup_update_payload_kind[2:0]     ), //i
    .sched_update_payload_take       (core_wakeup_update_payload_take          ), //i
    .sched_update_payload_give       (core_wakeup_update_payload_give          ), //i
    .sched_update_payload_wakeAll    (core_wakeup_update_payload_wakeAll       ), //i
    .sched_update_payload_persistent (core_wakeup_update_payload_persistent    ), //i
    .sched_update_payload_masked     (core_wakeup_update_payload_masked        ), //i
    .sched_update_payload_handler    (core_wakeup_update_payload_handler       ), //i
    .sched_update_payload_waiting    (core_wakeup_update_payload_waiting       ), //i
    .sched_update_payload_source     (core_wakeup_update_payload_source[4:0]   ), //i
    .sched_update_payload_coalesce   (core_wakeup_update_payload_coalesce[21:0]), //i
    .sched_querySource               (core_wakeup_querySource[4:0]             ), //i
    .clk                             (clk                                      ), //i
    .reset                           (reset                                    )  //i
  );
  assign axi_awready = busAdapter_axi_aw_ready;
  assign axi_wready = busAdapter_axi_w_ready;
  assign axi_bvalid = busAdapter_axi_b_valid;
  assign axi_bresp = busAdapter_axi_b_payload_resp;
  assign axi_arready = busAdapter_axi_ar_ready;
  assign axi_rvalid = busAdapter_axi_r_valid;
  assign axi_rdata = busAdapter_axi_r_payload_data;
  assign axi_rresp = busAdapter_axi_r_payload_resp;
  assign nic_rx_mask = gateways_nic_rx_mask;
  assign nic_tx_mask = gateways_nic_tx_mask;
  assign nic_rx_ack = gateways_nic_rx_ack;
  assign nic_tx_ack = gateways_nic_tx_ack;
  assign usip = core_usip;
  assign ssip = core_ssip;

endmodule

module TaskIntc_SourceGateways (
  input  wire [23:0]   irq,
  input  wire [3:0]    nic_rx_irq,
  input  wire [3:0]    nic_tx_irq,
  output wire [3:0]    nic_rx_mask,
  output wire [3:0]    nic_tx_mask,
  output wire [3:0]    nic_rx_ack,
  output wire [3:0]    nic_tx_ack,
  input  wire          sched_s1OnSource,
  input  wire          sched_poolFull,
  output wire [23:0]   sched_queryCount,
  output wire          sched_queryLost,
  output wire          sched_queryPending,
  output wire          sched_pick_valid,
  input  wire          sched_pick_ready,
  output wire          sched_pick_payload_persistent,
  output wire          sched_pick_payload_takesEvent,
  output wire [4:0]    sched_pick_payload_source,
  input  wire          sched_update_valid,
  input  wire [2:0]    sched_update_payload_kind,
  input  wire          sched_update_payload_take,
  input  wire          sched_update_payload_give,
  input  wire          sched_update_payload_wakeAll,
  input  wire          sched_update_payload_persistent,
  input  wire          sched_update_payload_masked,
  input  wire          sched_update_payload_handler,
  input  wire          sched_update_payload_waiting,
  input  wire [4:0]    sched_update_payload_source,
  input  wire [21:0]   sched_update_payload_coalesce,
  input  wire [4:0]    sched_querySource,
  input  wire          clk,
  input  wire          reset
);

  reg        [1:0]    offerModes_spinal_port1;
  wire       [0:0]    _zz_upd_oneHot;
  wire                _zz_upd_oneHot_1;
  wire       [4:0]    _zz_upd_oneHot_2;
  wire       [0:0]    _zz_upd_oneHot_3;
  wire                _zz_upd_oneHot_4;
  wire       [4:0]    _zz_upd_oneHot_5;
  wire       [0:0]    _zz_upd_oneHot_6;
  wire                _zz_upd_oneHot_7;
  wire       [4:0]    _zz_upd_oneHot_8;
  wire       [0:0]    _zz_upd_oneHot_9;
  wire                _zz_upd_oneHot_10;
  wire       [4:0]    _zz_upd_oneHot_11;
  wire       [0:0]    _zz_upd_oneHot_12;
  wire                _zz_upd_oneHot_13;
  wire       [4:0]    _zz_upd_oneHot_14;
  wire       [0:0]    _zz_upd_oneHot_15;
  wire                _zz_upd_oneHot_16;
  wire       [4:0]    _zz_upd_oneHot_17;
  wire       [0:0]    _zz_upd_oneHot_18;
  wire                _zz_upd_oneHot_19;
  wire       [4:0]    _zz_upd_oneHot_20;
  wire       [0:0]    _zz_upd_oneHot_21;
  wire                _zz_upd_oneHot_22;
  wire       [4:0]    _zz_upd_oneHot_23;
  wire       [0:0]    _zz_upd_oneHot_24;
  wire                _zz_upd_oneHot_25;
  wire       [4:0]    _zz_upd_oneHot_26;
  wire       [0:0]    _zz_upd_oneHot_27;
  wire                _zz_upd_oneHot_28;
  wire       [4:0]    _zz_upd_oneHot_29;
  wire       [0:0]    _zz_upd_oneHot_30;
  wire                _zz_upd_oneHot_31;
  wire       [4:0]    _zz_upd_oneHot_32;
  wire       [0:0]    _zz_upd_oneHot_33;
  wire                _zz_upd_oneHot_34;
  wire       [4:0]    _zz_upd_oneHot_35;
  wire       [0:0]    _zz_upd_oneHot_36;
  wire                _zz_upd_oneHot_37;
  wire       [4:0]    _zz_upd_oneHot_38;
  wire       [0:0]    _zz_upd_oneHot_39;
  wire                _zz_upd_oneHot_40;
  wire       [4:0]    _zz_upd_oneHot_41;
  wire       [0:0]    _zz_upd_oneHot_42;
  wire                _zz_upd_oneHot_43;
  wire       [4:0]    _zz_upd_oneHot_44;
  wire       [0:0]    _zz_upd_oneHot_45;
  wire                _zz_upd_oneHot_46;
  wire       [4:0]    _zz_upd_oneHot_47;
  wire       [0:0]    _zz_upd_oneHot_48;
  wire                _zz_upd_oneHot_49;
  wire       [4:0]    _zz_upd_oneHot_50;
  wire       [0:0]    _zz_upd_oneHot_51;
  wire                _zz_upd_oneHot_52;
  wire       [4:0]    _zz_upd_oneHot_53;
  wire       [0:0]    _zz_upd_oneHot_54;
  wire                _zz_upd_oneHot_55;
  wire       [4:0]    _zz_upd_oneHot_56;
  wire       [0:0]    _zz_upd_oneHot_57;
  wire                _zz_upd_oneHot_58;
  wire       [4:0]    _zz_upd_oneHot_59;
  wire       [0:0]    _zz_upd_oneHot_60;
  wire                _zz_upd_oneHot_61;
  wire       [4:0]    _zz_upd_oneHot_62;
  wire       [0:0]    _zz_upd_oneHot_63;
  wire                _zz_upd_oneHot_64;
  wire       [4:0]    _zz_upd_oneHot_65;
  wire       [0:0]    _zz_upd_oneHot_66;
  wire                _zz_upd_oneHot_67;
  wire       [4:0]    _zz_upd_oneHot_68;
  wire       [0:0]    _zz_upd_oneHot_69;
  wire                _zz_upd_oneHot_70;
  wire       [4:0]    _zz_upd_oneHot_71;
  wire       [0:0]    _zz_upd_oneHot_72;
  wire                _zz_upd_oneHot_73;
  wire       [4:0]    _zz_upd_oneHot_74;
  wire       [0:0]    _zz_upd_oneHot_75;
  wire                _zz_upd_oneHot_76;
  wire       [4:0]    _zz_upd_oneHot_77;
  wire       [0:0]    _zz_upd_oneHot_78;
  wire                _zz_upd_oneHot_79;
  wire       [4:0]    _zz_upd_oneHot_80;
  wire       [0:0]    _zz_upd_oneHot_81;
  wire                _zz_upd_oneHot_82;
  wire       [4:0]    _zz_upd_oneHot_83;
  wire       [0:0]    _zz_upd_oneHot_84;
  wire                _zz_upd_oneHot_85;
  wire       [4:0]    _zz_upd_oneHot_86;
  wire       [0:0]    _zz_upd_oneHot_87;
  wire                _zz_upd_oneHot_88;
  wire       [4:0]    _zz_upd_oneHot_89;
  wire       [0:0]    _zz_upd_oneHot_90;
  wire                _zz_upd_oneHot_91;
  wire       [4:0]    _zz_upd_oneHot_92;
  wire       [0:0]    _zz_upd_oneHot_93;
  wire                _zz_upd_oneHot_94;
  wire       [4:0]    _zz_upd_oneHot_95;
  wire       [0:0]    _zz_masked_32;
  wire                _zz_masked_33;
  wire                _zz_masked_34;
  wire       [0:0]    _zz_masked_35;
  wire                _zz_masked_36;
  wire                _zz_masked_37;
  wire       [0:0]    _zz_masked_38;
  wire                _zz_masked_39;
  wire                _zz_masked_40;
  wire       [0:0]    _zz_masked_41;
  wire                _zz_masked_42;
  wire                _zz_masked_43;
  wire       [0:0]    _zz_masked_44;
  wire                _zz_masked_45;
  wire                _zz_masked_46;
  wire       [0:0]    _zz_masked_47;
  wire                _zz_masked_48;
  wire                _zz_masked_49;
  wire       [0:0]    _zz_masked_50;
  wire                _zz_masked_51;
  wire                _zz_masked_52;
  wire       [0:0]    _zz_masked_53;
  wire                _zz_masked_54;
  wire                _zz_masked_55;
  wire       [0:0]    _zz_masked_56;
  wire                _zz_masked_57;
  wire                _zz_masked_58;
  wire       [0:0]    _zz_masked_59;
  wire                _zz_masked_60;
  wire                _zz_masked_61;
  wire       [0:0]    _zz_masked_62;
  wire                _zz_masked_63;
  wire                _zz_masked_64;
  wire       [0:0]    _zz_masked_65;
  wire                _zz_masked_66;
  wire                _zz_masked_67;
  wire       [0:0]    _zz_masked_68;
  wire                _zz_masked_69;
  wire                _zz_masked_70;
  wire       [0:0]    _zz_masked_71;
  wire                _zz_masked_72;
  wire                _zz_masked_73;
  wire       [0:0]    _zz_masked_74;
  wire                _zz_masked_75;
  wire                _zz_masked_76;
  wire       [0:0]    _zz_masked_77;
  wire                _zz_masked_78;
  wire                _zz_masked_79;
  wire       [0:0]    _zz_masked_80;
  wire                _zz_masked_81;
  wire                _zz_masked_82;
  wire       [0:0]    _zz_masked_83;
  wire                _zz_masked_84;
  wire                _zz_masked_85;
  wire       [0:0]    _zz_masked_86;
  wire                _zz_masked_87;
  wire                _zz_masked_88;
  wire       [0:0]    _zz_masked_89;
  wire                _zz_masked_90;
  wire                _zz_masked_91;
  wire       [0:0]    _zz_masked_92;
  wire                _zz_masked_93;
  wire                _zz_masked_94;
  wire       [0:0]    _zz_masked_95;
  wire                _zz_masked_96;
  wire                _zz_masked_97;
  wire       [0:0]    _zz_masked_98;
  wire                _zz_masked_99;
  wire                _zz_masked_100;
  wire       [0:0]    _zz_masked_101;
  wire                _zz_masked_102;
  wire                _zz_masked_103;
  wire       [0:0]    _zz_masked_104;
  wire                _zz_masked_105;
  wire                _zz_masked_106;
  wire       [0:0]    _zz_masked_107;
  wire                _zz_masked_108;
  wire                _zz_masked_109;
  wire       [0:0]    _zz_masked_110;
  wire                _zz_masked_111;
  wire                _zz_masked_112;
  wire       [0:0]    _zz_masked_113;
  wire                _zz_masked_114;
  wire                _zz_masked_115;
  wire       [0:0]    _zz_masked_116;
  wire                _zz_masked_117;
  wire                _zz_masked_118;
  wire       [0:0]    _zz_masked_119;
  wire                _zz_masked_120;
  wire                _zz_masked_121;
  wire       [0:0]    _zz_masked_122;
  wire                _zz_masked_123;
  wire                _zz_masked_124;
  wire       [0:0]    _zz_masked_125;
  wire                _zz_masked_126;
  wire                _zz_masked_127;
  wire       [0:0]    _zz_oneShot_1;
  wire                _zz_oneShot_2;
  wire                _zz_oneShot_3;
  wire       [0:0]    _zz_oneShot_4;
  wire                _zz_oneShot_5;
  wire                _zz_oneShot_6;
  wire       [0:0]    _zz_oneShot_7;
  wire                _zz_oneShot_8;
  wire                _zz_oneShot_9;
  wire       [0:0]    _zz_oneShot_10;
  wire                _zz_oneShot_11;
  wire                _zz_oneShot_12;
  wire       [0:0]    _zz_oneShot_13;
  wire                _zz_oneShot_14;
  wire                _zz_oneShot_15;
  wire       [0:0]    _zz_oneShot_16;
  wire                _zz_oneShot_17;
  wire                _zz_oneShot_18;
  wire       [0:0]    _zz_oneShot_19;
  wire                _zz_oneShot_20;
  wire                _zz_oneShot_21;
  wire       [0:0]    _zz_oneShot_22;
  wire                _zz_oneShot_23;
  wire                _zz_oneShot_24;
  wire       [0:0]    _zz_oneShot_25;
  wire                _zz_oneShot_26;
  wire                _zz_oneShot_27;
  wire       [0:0]    _zz_oneShot_28;
  wire                _zz_oneShot_29;
  wire                _zz_oneShot_30;
  wire       [0:0]    _zz_oneShot_31;
  wire                _zz_oneShot_32;
  wire                _zz_oneShot_33;
  wire       [0:0]    _zz_oneShot_34;
  wire                _zz_oneShot_35;
  wire                _zz_oneShot_36;
  wire       [0:0]    _zz_oneShot_37;
  wire                _zz_oneShot_38;
  wire                _zz_oneShot_39;
  wire       [0:0]    _zz_oneShot_40;
  wire                _zz_oneShot_41;
  wire                _zz_oneShot_42;
  wire       [0:0]    _zz_oneShot_43;
  wire                _zz_oneShot_44;
  wire                _zz_oneShot_45;
  wire       [0:0]    _zz_oneShot_46;
  wire                _zz_oneShot_47;
  wire                _zz_oneShot_48;
  wire       [0:0]    _zz_oneShot_49;
  wire                _zz_oneShot_50;
  wire                _zz_oneShot_51;
  wire       [0:0]    _zz_oneShot_52;
  wire                _zz_oneShot_53;
  wire                _zz_oneShot_54;
  wire       [0:0]    _zz_oneShot_55;
  wire                _zz_oneShot_56;
  wire                _zz_oneShot_57;
  wire       [0:0]    _zz_oneShot_58;
  wire                _zz_oneShot_59;
  wire                _zz_oneShot_60;
  wire       [0:0]    _zz_oneShot_61;
  wire                _zz_oneShot_62;
  wire                _zz_oneShot_63;
  wire       [0:0]    _zz_oneShot_64;
  wire                _zz_oneShot_65;
  wire                _zz_oneShot_66;
  wire       [0:0]    _zz_oneShot_67;
  wire                _zz_oneShot_68;
  wire                _zz_oneShot_69;
  wire       [0:0]    _zz_oneShot_70;
  wire                _zz_oneShot_71;
  wire                _zz_oneShot_72;
  wire       [0:0]    _zz_oneShot_73;
  wire                _zz_oneShot_74;
  wire                _zz_oneShot_75;
  wire       [0:0]    _zz_oneShot_76;
  wire                _zz_oneShot_77;
  wire                _zz_oneShot_78;
  wire       [0:0]    _zz_oneShot_79;
  wire                _zz_oneShot_80;
  wire                _zz_oneShot_81;
  wire       [0:0]    _zz_oneShot_82;
  wire                _zz_oneShot_83;
  wire                _zz_oneShot_84;
  wire       [0:0]    _zz_oneShot_85;
  wire                _zz_oneShot_86;
  wire                _zz_oneShot_87;
  wire       [0:0]    _zz_oneShot_88;
  wire                _zz_oneShot_89;
  wire                _zz_oneShot_90;
  wire       [0:0]    _zz_oneShot_91;
  wire                _zz_oneShot_92;
  wire                _zz_oneShot_93;
  wire       [0:0]    _zz_oneShot_94;
  wire                _zz_oneShot_95;
  wire                _zz_oneShot_96;
  wire       [0:0]    _zz_handlerArmed_1;
  wire                _zz_handlerArmed_2;
  wire                _zz_handlerArmed_3;
  wire       [0:0]    _zz_handlerArmed_4;
  wire                _zz_handlerArmed_5;
  wire                _zz_handlerArmed_6;
  wire       [0:0]    _zz_handlerArmed_7;
  wire                _zz_handlerArmed_8;
  wire                _zz_handlerArmed_9;
  wire       [0:0]    _zz_handlerArmed_10;
  wire                _zz_handlerArmed_11;
  wire                _zz_handlerArmed_12;
  wire       [0:0]    _zz_handlerArmed_13;
  wire                _zz_handlerArmed_14;
  wire                _zz_handlerArmed_15;
  wire       [0:0]    _zz_handlerArmed_16;
  wire                _zz_handlerArmed_17;
  wire                _zz_handlerArmed_18;
  wire       [0:0]    _zz_handlerArmed_19;
  wire                _zz_handlerArmed_20;
  wire                _zz_handlerArmed_21;
  wire       [0:0]    _zz_handlerArmed_22;
  wire                _zz_handlerArmed_23;
  wire                _zz_handlerArmed_24;
  wire       [0:0]    _zz_handlerArmed_25;
  wire                _zz_handlerArmed_26;
  wire                _zz_handlerArmed_27;
  wire       [0:0]    _zz_handlerArmed_28;
  wire                _zz_handlerArmed_29;
  wire                _zz_handlerArmed_30;
  wire       [0:0]    _zz_handlerArmed_31;
  wire                _zz_handlerArmed_32;
  wire                _zz_handlerArmed_33;
  wire       [0:0]    _zz_handlerArmed_34;
  wire                _zz_handlerArmed_35;
  wire                _zz_handlerArmed_36;
  wire       [0:0]    _zz_handlerArmed_37;
  wire                _zz_handlerArmed_38;
  wire                _zz_handlerArmed_39;
  wire       [0:0]    _zz_handlerArmed_40;
  wire                _zz_handlerArmed_41;
  wire                _zz_handlerArmed_42;
  wire       [0:0]    _zz_handlerArmed_43;
  wire                _zz_handlerArmed_44;
  wire                _zz_handlerArmed_45;
  wire       [0:0]    _zz_handlerArmed_46;
  wire                _zz_handlerArmed_47;
  wire                _zz_handlerArmed_48;
  wire       [0:0]    _zz_handlerArmed_49;
  wire                _zz_handlerArmed_50;
  wire                _zz_handlerArmed_51;
  wire       [0:0]    _zz_handlerArmed_52;
  wire                _zz_handlerArmed_53;
  wire                _zz_handlerArmed_54;
  wire       [0:0]    _zz_handlerArmed_55;
  wire                _zz_handlerArmed_56;
  wire                _zz_handlerArmed_57;
  wire       [0:0]    _zz_handlerArmed_58;
  wire                _zz_handlerArmed_59;
  wire                _zz_handlerArmed_60;
  wire       [0:0]    _zz_handlerArmed_61;
  wire                _zz_handlerArmed_62;
  wire                _zz_handlerArmed_63;
  wire       [0:0]    _zz_handlerArmed_64;
  wire                _zz_handlerArmed_65;
  wire                _zz_handlerArmed_66;
  wire       [0:0]    _zz_handlerArmed_67;
  wire                _zz_handlerArmed_68;
  wire                _zz_handlerArmed_69;
  wire       [0:0]    _zz_handlerArmed_70;
  wire                _zz_handlerArmed_71;
  wire                _zz_handlerArmed_72;
  wire       [0:0]    _zz_handlerArmed_73;
  wire                _zz_handlerArmed_74;
  wire                _zz_handlerArmed_75;
  wire       [0:0]    _zz_handlerArmed_76;
  wire                _zz_handlerArmed_77;
  wire                _zz_handlerArmed_78;
  wire       [0:0]    _zz_handlerArmed_79;
  wire                _zz_handlerArmed_80;
  wire                _zz_handlerArmed_81;
  wire       [0:0]    _zz_handlerArmed_82;
  wire                _zz_handlerArmed_83;
  wire                _zz_handlerArmed_84;
  wire       [0:0]    _zz_handlerArmed_85;
  wire                _zz_handlerArmed_86;
  wire                _zz_handlerArmed_87;
  wire       [0:0]    _zz_handlerArmed_88;
  wire                _zz_handlerArmed_89;
  wire                _zz_handlerArmed_90;
  wire       [0:0]    _zz_handlerArmed_91;
  wire                _zz_handlerArmed_92;
  wire                _zz_handlerArmed_93;
  wire       [0:0]    _zz_handlerArmed_94;
  wire                _zz_handlerArmed_95;
  wire                _zz_handlerArmed_96;
  wire       [0:0]    _zz_waitingNext;
  wire                _zz_waitingNext_1;
  wire                _zz_waitingNext_2;
  wire       [0:0]    _zz_waitingNext_3;
  wire                _zz_waitingNext_4;
  wire                _zz_waitingNext_5;
  wire       [0:0]    _zz_waitingNext_6;
  wire                _zz_waitingNext_7;
  wire                _zz_waitingNext_8;
  wire       [0:0]    _zz_waitingNext_9;
  wire                _zz_waitingNext_10;
  wire                _zz_waitingNext_11;
  wire       [0:0]    _zz_waitingNext_12;
  wire                _zz_waitingNext_13;
  wire                _zz_waitingNext_14;
  wire       [0:0]    _zz_waitingNext_15;
  wire                _zz_waitingNext_16;
  wire                _zz_waitingNext_17;
  wire       [0:0]    _zz_waitingNext_18;
  wire                _zz_waitingNext_19;
  wire                _zz_waitingNext_20;
  wire       [0:0]    _zz_waitingNext_21;
  wire                _zz_waitingNext_22;
  wire                _zz_waitingNext_23;
  wire       [0:0]    _zz_waitingNext_24;
  wire                _zz_waitingNext_25;
  wire                _zz_waitingNext_26;
  wire       [0:0]    _zz_waitingNext_27;
  wire                _zz_waitingNext_28;
  wire                _zz_waitingNext_29;
  wire       [0:0]    _zz_waitingNext_30;
  wire                _zz_waitingNext_31;
  wire                _zz_waitingNext_32;
  wire       [0:0]    _zz_waitingNext_33;
  wire                _zz_waitingNext_34;
  wire                _zz_waitingNext_35;
  wire       [0:0]    _zz_waitingNext_36;
  wire                _zz_waitingNext_37;
  wire                _zz_waitingNext_38;
  wire       [0:0]    _zz_waitingNext_39;
  wire                _zz_waitingNext_40;
  wire                _zz_waitingNext_41;
  wire       [0:0]    _zz_waitingNext_42;
  wire                _zz_waitingNext_43;
  wire                _zz_waitingNext_44;
  wire       [0:0]    _zz_waitingNext_45;
  wire                _zz_waitingNext_46;
  wire                _zz_waitingNext_47;
  wire       [0:0]    _zz_waitingNext_48;
  wire                _zz_waitingNext_49;
  wire                _zz_waitingNext_50;
  wire       [0:0]    _zz_waitingNext_51;
  wire                _zz_waitingNext_52;
  wire                _zz_waitingNext_53;
  wire       [0:0]    _zz_waitingNext_54;
  wire                _zz_waitingNext_55;
  wire                _zz_waitingNext_56;
  wire       [0:0]    _zz_waitingNext_57;
  wire                _zz_waitingNext_58;
  wire                _zz_waitingNext_59;
  wire       [0:0]    _zz_waitingNext_60;
  wire                _zz_waitingNext_61;
  wire                _zz_waitingNext_62;
  wire       [0:0]    _zz_waitingNext_63;
  wire                _zz_waitingNext_64;
  wire                _zz_waitingNext_65;
  wire       [0:0]    _zz_waitingNext_66;
  wire                _zz_waitingNext_67;
  wire                _zz_waitingNext_68;
  wire       [0:0]    _zz_waitingNext_69;
  wire                _zz_waitingNext_70;
  wire                _zz_waitingNext_71;
  wire       [0:0]    _zz_waitingNext_72;
  wire                _zz_waitingNext_73;
  wire                _zz_waitingNext_74;
  wire       [0:0]    _zz_waitingNext_75;
  wire                _zz_waitingNext_76;
  wire                _zz_waitingNext_77;
  wire       [0:0]    _zz_waitingNext_78;
  wire                _zz_waitingNext_79;
  wire                _zz_waitingNext_80;
  wire       [0:0]    _zz_waitingNext_81;
  wire                _zz_waitingNext_82;
  wire                _zz_waitingNext_83;
  wire       [0:0]    _zz_waitingNext_84;
  wire                _zz_waitingNext_85;
  wire                _zz_waitingNext_86;
  wire       [0:0]    _zz_waitingNext_87;
  wire                _zz_waitingNext_88;
  wire                _zz_waitingNext_89;
  wire       [0:0]    _zz_waitingNext_90;
  wire                _zz_waitingNext_91;
  wire                _zz_waitingNext_92;
  wire       [0:0]    _zz_waitingNext_93;
  wire                _zz_waitingNext_94;
  wire                _zz_waitingNext_95;
  wire       [1:0]    _zz_offerModes_port;
  wire       [0:0]    _zz_line;
  wire                _zz_line_1;
  wire       [0:0]    _zz_line_2;
  wire                _zz_line_3;
  wire       [0:0]    _zz_line_4;
  wire                _zz_line_5;
  wire       [0:0]    _zz_line_6;
  wire                _zz_line_7;
  wire       [0:0]    _zz_line_8;
  wire                _zz_line_9;
  wire       [0:0]    _zz_line_10;
  wire                _zz_line_11;
  wire       [0:0]    _zz_line_12;
  wire                _zz_line_13;
  wire       [0:0]    _zz_line_14;
  wire                _zz_line_15;
  wire       [0:0]    _zz_line_16;
  wire                _zz_line_17;
  wire       [0:0]    _zz_line_18;
  wire                _zz_line_19;
  wire       [0:0]    _zz_line_20;
  wire                _zz_line_21;
  wire       [0:0]    _zz_line_22;
  wire                _zz_line_23;
  wire       [0:0]    _zz_line_24;
  wire                _zz_line_25;
  wire       [0:0]    _zz_line_26;
  wire                _zz_line_27;
  wire       [0:0]    _zz_line_28;
  wire                _zz_line_29;
  wire       [0:0]    _zz_line_30;
  wire                _zz_line_31;
  wire       [0:0]    _zz_line_32;
  wire                _zz_line_33;
  wire       [0:0]    _zz_line_34;
  wire                _zz_line_35;
  wire       [0:0]    _zz_line_36;
  wire                _zz_line_37;
  wire       [0:0]    _zz_line_38;
  wire                _zz_line_39;
  wire       [0:0]    _zz_line_40;
  wire                _zz_line_41;
  wire       [0:0]    _zz_line_42;
  wire                _zz_line_43;
  wire       [0:0]    _zz_line_44;
  wire                _zz_line_45;
  wire       [0:0]    _zz_line_46;
  wire                _zz_line_47;
  wire       [0:0]    _zz_line_48;
  wire                _zz_line_49;
  wire       [0:0]    _zz_line_50;
  wire                _zz_line_51;
  wire       [0:0]    _zz_line_52;
  wire                _zz_line_53;
  wire       [0:0]    _zz_line_54;
  wire                _zz_line_55;
  wire       [0:0]    _zz_line_56;
  wire                _zz_line_57;
  wire       [0:0]    _zz_line_58;
  wire                _zz_line_59;
  wire       [0:0]    _zz_line_60;
  wire                _zz_line_61;
  wire       [0:0]    _zz_line_62;
  wire                _zz_line_63;
  wire       [5:0]    _zz__zz_nicCount_0;
  wire       [5:0]    _zz__zz_nicCount_0_1;
  wire       [0:0]    _zz__zz_nicCount_0_2;
  wire       [15:0]   _zz__zz_nicTimer_0_1;
  wire       [5:0]    _zz__zz_nicCount_1;
  wire       [5:0]    _zz__zz_nicCount_1_1;
  wire       [0:0]    _zz__zz_nicCount_1_2;
  wire       [15:0]   _zz__zz_nicTimer_1_1;
  wire       [5:0]    _zz__zz_nicCount_2;
  wire       [5:0]    _zz__zz_nicCount_2_1;
  wire       [0:0]    _zz__zz_nicCount_2_2;
  wire       [15:0]   _zz__zz_nicTimer_2_1;
  wire       [5:0]    _zz__zz_nicCount_3;
  wire       [5:0]    _zz__zz_nicCount_3_1;
  wire       [0:0]    _zz__zz_nicCount_3_2;
  wire       [15:0]   _zz__zz_nicTimer_3_1;
  wire       [5:0]    _zz__zz_nicCount_4;
  wire       [5:0]    _zz__zz_nicCount_4_1;
  wire       [0:0]    _zz__zz_nicCount_4_2;
  wire       [15:0]   _zz__zz_nicTimer_4_1;
  wire       [5:0]    _zz__zz_nicCount_5;
  wire       [5:0]    _zz__zz_nicCount_5_1;
  wire       [0:0]    _zz__zz_nicCount_5_2;
  wire       [15:0]   _zz__zz_nicTimer_5_1;
  wire       [5:0]    _zz__zz_nicCount_6;
  wire       [5:0]    _zz__zz_nicCount_6_1;
  wire       [0:0]    _zz__zz_nicCount_6_2;
  wire       [15:0]   _zz__zz_nicTimer_6_1;
  wire       [5:0]    _zz__zz_nicCount_7;
  wire       [5:0]    _zz__zz_nicCount_7_1;
  wire       [0:0]    _zz__zz_nicCount_7_2;
  wire       [15:0]   _zz__zz_nicTimer_7_1;
  wire                _zz_nicTimeUp_8;
  wire                _zz_nicTimeUp_9;
  wire       [15:0]   _zz_nicTimeUp_10;
  wire       [15:0]   _zz_nicTimeUp_11;
  wire                _zz_nicTimeUp_12;
  wire       [15:0]   _zz_nicTimeUp_13;
  wire                _zz_nicTimeUp_14;
  wire                _zz_nicTimeUp_15;
  wire       [15:0]   _zz_nicTimeUp_16;
  wire                _zz_nicTimeUp_17;
  wire                _zz_nicTimeUp_18;
  wire                _zz_nicTimeUp_19;
  wire       [15:0]   _zz_nicTimeUp_20;
  wire       [15:0]   _zz_nicTimeUp_21;
  wire                _zz_nicTimeUp_22;
  wire       [15:0]   _zz_nicTimeUp_23;
  wire                _zz_nicTimeUp_24;
  wire                _zz_nicTimeUp_25;
  wire       [15:0]   _zz_nicTimeUp_26;
  wire                _zz_nicTimeUp_27;
  wire                _zz_nicTimeUp_28;
  wire                _zz_nicTimeUp_29;
  wire       [15:0]   _zz_nicTimeUp_30;
  wire       [15:0]   _zz_nicTimeUp_31;
  wire                _zz_nicTimeUp_32;
  wire       [15:0]   _zz_nicTimeUp_33;
  wire                _zz_nicTimeUp_34;
  wire                _zz_nicTimeUp_35;
  wire       [15:0]   _zz_nicTimeUp_36;
  wire                _zz_nicTimeUp_37;
  wire                _zz_nicTimeUp_38;
  wire                _zz_nicTimeUp_39;
  wire       [15:0]   _zz_nicTimeUp_40;
  wire       [15:0]   _zz_nicTimeUp_41;
  wire                _zz_nicTimeUp_42;
  wire       [15:0]   _zz_nicTimeUp_43;
  wire                _zz_nicTimeUp_44;
  wire                _zz_nicTimeUp_45;
  wire       [15:0]   _zz_nicTimeUp_46;
  wire                _zz_nicTimeUp_47;
  wire                _zz_nicTimeUp_48;
  wire                _zz_nicTimeUp_49;
  wire       [15:0]   _zz_nicTimeUp_50;
  wire       [15:0]   _zz_nicTimeUp_51;
  wire                _zz_nicTimeUp_52;
  wire       [15:0]   _zz_nicTimeUp_53;
  wire                _zz_nicTimeUp_54;
  wire                _zz_nicTimeUp_55;
  wire       [15:0]   _zz_nicTimeUp_56;
  wire                _zz_nicTimeUp_57;
  wire                _zz_nicTimeUp_58;
  wire                _zz_nicTimeUp_59;
  wire       [15:0]   _zz_nicTimeUp_60;
  wire       [15:0]   _zz_nicTimeUp_61;
  wire                _zz_nicTimeUp_62;
  wire       [15:0]   _zz_nicTimeUp_63;
  wire                _zz_nicTimeUp_64;
  wire                _zz_nicTimeUp_65;
  wire       [15:0]   _zz_nicTimeUp_66;
  wire                _zz_nicTimeUp_67;
  wire                _zz_nicTimeUp_68;
  wire                _zz_nicTimeUp_69;
  wire       [15:0]   _zz_nicTimeUp_70;
  wire       [15:0]   _zz_nicTimeUp_71;
  wire                _zz_nicTimeUp_72;
  wire       [15:0]   _zz_nicTimeUp_73;
  wire                _zz_nicTimeUp_74;
  wire                _zz_nicTimeUp_75;
  wire       [15:0]   _zz_nicTimeUp_76;
  wire                _zz_nicTimeUp_77;
  wire                _zz_nicTimeUp_78;
  wire                _zz_nicTimeUp_79;
  wire       [15:0]   _zz_nicTimeUp_80;
  wire       [15:0]   _zz_nicTimeUp_81;
  wire                _zz_nicTimeUp_82;
  wire       [15:0]   _zz_nicTimeUp_83;
  wire                _zz_nicTimeUp_84;
  wire                _zz_nicTimeUp_85;
  wire       [15:0]   _zz_nicTimeUp_86;
  wire                _zz_nicTimeUp_87;
  wire                _zz_nicReachK_8;
  wire       [5:0]    _zz_nicReachK_9;
  wire                _zz_nicReachK_10;
  wire                _zz_nicReachK_11;
  wire       [5:0]    _zz_nicReachK_12;
  wire                _zz_nicReachK_13;
  wire                _zz_nicReachK_14;
  wire       [5:0]    _zz_nicReachK_15;
  wire                _zz_nicReachK_16;
  wire                _zz_nicReachK_17;
  wire       [5:0]    _zz_nicReachK_18;
  wire                _zz_nicReachK_19;
  wire                _zz_nicReachK_20;
  wire       [5:0]    _zz_nicReachK_21;
  wire                _zz_nicReachK_22;
  wire                _zz_nicReachK_23;
  wire       [5:0]    _zz_nicReachK_24;
  wire                _zz_nicReachK_25;
  wire                _zz_nicReachK_26;
  wire       [5:0]    _zz_nicReachK_27;
  wire                _zz_nicReachK_28;
  wire                _zz_nicReachK_29;
  wire       [5:0]    _zz_nicReachK_30;
  wire                _zz_nicReachK_31;
  wire                _zz_nicReachKNext_8;
  wire       [5:0]    _zz_nicReachKNext_9;
  wire                _zz_nicReachKNext_10;
  wire       [5:0]    _zz_nicReachKNext_11;
  wire                _zz_nicReachKNext_12;
  wire       [5:0]    _zz_nicReachKNext_13;
  wire                _zz_nicReachKNext_14;
  wire       [5:0]    _zz_nicReachKNext_15;
  wire                _zz_nicReachKNext_16;
  wire       [5:0]    _zz_nicReachKNext_17;
  wire                _zz_nicReachKNext_18;
  wire       [5:0]    _zz_nicReachKNext_19;
  wire                _zz_nicReachKNext_20;
  wire       [5:0]    _zz_nicReachKNext_21;
  wire                _zz_nicReachKNext_22;
  wire       [5:0]    _zz_nicReachKNext_23;
  wire                _zz_nicReachKNext_24;
  wire       [5:0]    _zz_nicReachKNext_25;
  wire                _zz_nicReachKNext_26;
  wire       [5:0]    _zz_nicReachKNext_27;
  wire                _zz_nicReachKNext_28;
  wire       [5:0]    _zz_nicReachKNext_29;
  wire                _zz_nicReachKNext_30;
  wire       [5:0]    _zz_nicReachKNext_31;
  wire                _zz_nicReachKNext_32;
  wire       [5:0]    _zz_nicReachKNext_33;
  wire                _zz_nicReachKNext_34;
  wire       [5:0]    _zz_nicReachKNext_35;
  wire                _zz_nicReachKNext_36;
  wire       [5:0]    _zz_nicReachKNext_37;
  wire                _zz_nicReachKNext_38;
  wire       [5:0]    _zz_nicReachKNext_39;
  wire       [0:0]    _zz_offerOneHot;
  wire                _zz_offerOneHot_1;
  wire       [4:0]    _zz_offerOneHot_2;
  wire       [0:0]    _zz_offerOneHot_3;
  wire                _zz_offerOneHot_4;
  wire       [4:0]    _zz_offerOneHot_5;
  wire       [0:0]    _zz_offerOneHot_6;
  wire                _zz_offerOneHot_7;
  wire       [4:0]    _zz_offerOneHot_8;
  wire       [0:0]    _zz_offerOneHot_9;
  wire                _zz_offerOneHot_10;
  wire       [4:0]    _zz_offerOneHot_11;
  wire       [0:0]    _zz_offerOneHot_12;
  wire                _zz_offerOneHot_13;
  wire       [4:0]    _zz_offerOneHot_14;
  wire       [0:0]    _zz_offerOneHot_15;
  wire                _zz_offerOneHot_16;
  wire       [4:0]    _zz_offerOneHot_17;
  wire       [0:0]    _zz_offerOneHot_18;
  wire                _zz_offerOneHot_19;
  wire       [4:0]    _zz_offerOneHot_20;
  wire       [0:0]    _zz_offerOneHot_21;
  wire                _zz_offerOneHot_22;
  wire       [4:0]    _zz_offerOneHot_23;
  wire       [0:0]    _zz_offerOneHot_24;
  wire                _zz_offerOneHot_25;
  wire       [4:0]    _zz_offerOneHot_26;
  wire       [0:0]    _zz_offerOneHot_27;
  wire                _zz_offerOneHot_28;
  wire       [4:0]    _zz_offerOneHot_29;
  wire       [0:0]    _zz_offerOneHot_30;
  wire                _zz_offerOneHot_31;
  wire       [4:0]    _zz_offerOneHot_32;
  wire       [0:0]    _zz_offerOneHot_33;
  wire                _zz_offerOneHot_34;
  wire       [4:0]    _zz_offerOneHot_35;
  wire       [0:0]    _zz_offerOneHot_36;
  wire                _zz_offerOneHot_37;
  wire       [4:0]    _zz_offerOneHot_38;
  wire       [0:0]    _zz_offerOneHot_39;
  wire                _zz_offerOneHot_40;
  wire       [4:0]    _zz_offerOneHot_41;
  wire       [0:0]    _zz_offerOneHot_42;
  wire                _zz_offerOneHot_43;
  wire       [4:0]    _zz_offerOneHot_44;
  wire       [0:0]    _zz_offerOneHot_45;
  wire                _zz_offerOneHot_46;
  wire       [4:0]    _zz_offerOneHot_47;
  wire       [0:0]    _zz_offerOneHot_48;
  wire                _zz_offerOneHot_49;
  wire       [4:0]    _zz_offerOneHot_50;
  wire       [0:0]    _zz_offerOneHot_51;
  wire                _zz_offerOneHot_52;
  wire       [4:0]    _zz_offerOneHot_53;
  wire       [0:0]    _zz_offerOneHot_54;
  wire                _zz_offerOneHot_55;
  wire       [4:0]    _zz_offerOneHot_56;
  wire       [0:0]    _zz_offerOneHot_57;
  wire                _zz_offerOneHot_58;
  wire       [4:0]    _zz_offerOneHot_59;
  wire       [0:0]    _zz_offerOneHot_60;
  wire                _zz_offerOneHot_61;
  wire       [4:0]    _zz_offerOneHot_62;
  wire       [0:0]    _zz_offerOneHot_63;
  wire                _zz_offerOneHot_64;
  wire       [4:0]    _zz_offerOneHot_65;
  wire       [0:0]    _zz_offerOneHot_66;
  wire                _zz_offerOneHot_67;
  wire       [4:0]    _zz_offerOneHot_68;
  wire       [0:0]    _zz_offerOneHot_69;
  wire                _zz_offerOneHot_70;
  wire       [4:0]    _zz_offerOneHot_71;
  wire       [0:0]    _zz_offerOneHot_72;
  wire                _zz_offerOneHot_73;
  wire       [4:0]    _zz_offerOneHot_74;
  wire       [0:0]    _zz_offerOneHot_75;
  wire                _zz_offerOneHot_76;
  wire       [4:0]    _zz_offerOneHot_77;
  wire       [0:0]    _zz_offerOneHot_78;
  wire                _zz_offerOneHot_79;
  wire       [4:0]    _zz_offerOneHot_80;
  wire       [0:0]    _zz_offerOneHot_81;
  wire                _zz_offerOneHot_82;
  wire       [4:0]    _zz_offerOneHot_83;
  wire       [0:0]    _zz_offerOneHot_84;
  wire                _zz_offerOneHot_85;
  wire       [4:0]    _zz_offerOneHot_86;
  wire       [0:0]    _zz_offerOneHot_87;
  wire                _zz_offerOneHot_88;
  wire       [4:0]    _zz_offerOneHot_89;
  wire       [0:0]    _zz_offerOneHot_90;
  wire                _zz_offerOneHot_91;
  wire       [4:0]    _zz_offerOneHot_92;
  wire       [0:0]    _zz_offerOneHot_93;
  wire                _zz_offerOneHot_94;
  wire       [4:0]    _zz_offerOneHot_95;
  wire                _zz_offerModes_port_1;
  wire                _zz_offerModes_rd0;
  wire       [1:0]    _zz__zz_offerValid_37;
  wire       [0:0]    _zz__zz_offerValid_37_1;
  wire                _zz__zz_offerValid_37_2;
  wire                _zz__zz_offerValid_37_3;
  wire                _zz__zz_offerValid_37_4;
  wire                _zz__zz_offerValid_37_5;
  wire       [0:0]    _zz__zz_offerValid_37_6;
  wire                _zz__zz_offerValid_37_7;
  wire                _zz__zz_offerValid_37_8;
  wire                _zz__zz_offerValid_37_9;
  wire                _zz__zz_offerValid_37_10;
  wire       [1:0]    _zz__zz_offerValid_37_11;
  wire       [0:0]    _zz__zz_offerValid_37_12;
  wire                _zz__zz_offerValid_37_13;
  wire                _zz__zz_offerValid_37_14;
  wire                _zz__zz_offerValid_37_15;
  wire                _zz__zz_offerValid_37_16;
  wire       [0:0]    _zz__zz_offerValid_37_17;
  wire                _zz__zz_offerValid_37_18;
  wire                _zz__zz_offerValid_37_19;
  wire                _zz__zz_offerValid_37_20;
  wire                _zz__zz_offerValid_37_21;
  wire       [1:0]    _zz__zz_offerValid_37_22;
  wire       [0:0]    _zz__zz_offerValid_37_23;
  wire                _zz__zz_offerValid_37_24;
  wire                _zz__zz_offerValid_37_25;
  wire                _zz__zz_offerValid_37_26;
  wire                _zz__zz_offerValid_37_27;
  wire       [0:0]    _zz__zz_offerValid_37_28;
  wire                _zz__zz_offerValid_37_29;
  wire                _zz__zz_offerValid_37_30;
  wire                _zz__zz_offerValid_37_31;
  wire                _zz__zz_offerValid_37_32;
  wire       [1:0]    _zz__zz_offerValid_37_33;
  wire       [0:0]    _zz__zz_offerValid_37_34;
  wire                _zz__zz_offerValid_37_35;
  wire                _zz__zz_offerValid_37_36;
  wire                _zz__zz_offerValid_37_37;
  wire                _zz__zz_offerValid_37_38;
  wire       [0:0]    _zz__zz_offerValid_37_39;
  wire                _zz__zz_offerValid_37_40;
  wire                _zz__zz_offerValid_37_41;
  wire                _zz__zz_offerValid_37_42;
  wire                _zz__zz_offerValid_37_43;
  wire       [1:0]    _zz__zz_offerValid_37_44;
  wire       [0:0]    _zz__zz_offerValid_37_45;
  wire                _zz__zz_offerValid_37_46;
  wire                _zz__zz_offerValid_37_47;
  wire                _zz__zz_offerValid_37_48;
  wire                _zz__zz_offerValid_37_49;
  wire       [0:0]    _zz__zz_offerValid_37_50;
  wire                _zz__zz_offerValid_37_51;
  wire                _zz__zz_offerValid_37_52;
  wire                _zz__zz_offerValid_37_53;
  wire                _zz__zz_offerValid_37_54;
  wire       [1:0]    _zz__zz_offerValid_37_55;
  wire       [0:0]    _zz__zz_offerValid_37_56;
  wire                _zz__zz_offerValid_37_57;
  wire                _zz__zz_offerValid_37_58;
  wire                _zz__zz_offerValid_37_59;
  wire                _zz__zz_offerValid_37_60;
  wire       [0:0]    _zz__zz_offerValid_37_61;
  wire                _zz__zz_offerValid_37_62;
  wire                _zz__zz_offerValid_37_63;
  wire                _zz__zz_offerValid_37_64;
  wire                _zz__zz_offerValid_37_65;
  wire       [1:0]    _zz__zz_offerValid_37_66;
  wire       [0:0]    _zz__zz_offerValid_37_67;
  wire                _zz__zz_offerValid_37_68;
  wire                _zz__zz_offerValid_37_69;
  wire                _zz__zz_offerValid_37_70;
  wire                _zz__zz_offerValid_37_71;
  wire       [0:0]    _zz__zz_offerValid_37_72;
  wire                _zz__zz_offerValid_37_73;
  wire                _zz__zz_offerValid_37_74;
  wire                _zz__zz_offerValid_37_75;
  wire                _zz__zz_offerValid_37_76;
  wire       [1:0]    _zz__zz_offerValid_37_77;
  wire       [0:0]    _zz__zz_offerValid_37_78;
  wire                _zz__zz_offerValid_37_79;
  wire                _zz__zz_offerValid_37_80;
  wire                _zz__zz_offerValid_37_81;
  wire                _zz__zz_offerValid_37_82;
  wire       [0:0]    _zz__zz_offerValid_37_83;
  wire                _zz__zz_offerValid_37_84;
  wire                _zz__zz_offerValid_37_85;
  wire                _zz__zz_offerValid_37_86;
  wire                _zz__zz_offerValid_37_87;
  wire       [1:0]    _zz__zz_offerValid_37_88;
  wire       [0:0]    _zz__zz_offerValid_37_89;
  wire                _zz__zz_offerValid_37_90;
  wire                _zz__zz_offerValid_37_91;
  wire                _zz__zz_offerValid_37_92;
  wire                _zz__zz_offerValid_37_93;
  wire       [0:0]    _zz__zz_offerValid_37_94;
  wire                _zz__zz_offerValid_37_95;
  wire                _zz__zz_offerValid_37_96;
  wire                _zz__zz_offerValid_37_97;
  wire                _zz__zz_offerValid_37_98;
  wire       [1:0]    _zz__zz_offerValid_37_99;
  wire       [0:0]    _zz__zz_offerValid_37_100;
  wire                _zz__zz_offerValid_37_101;
  wire                _zz__zz_offerValid_37_102;
  wire                _zz__zz_offerValid_37_103;
  wire                _zz__zz_offerValid_37_104;
  wire       [0:0]    _zz__zz_offerValid_37_105;
  wire                _zz__zz_offerValid_37_106;
  wire                _zz__zz_offerValid_37_107;
  wire                _zz__zz_offerValid_37_108;
  wire                _zz__zz_offerValid_37_109;
  wire       [1:0]    _zz__zz_offerValid_37_110;
  wire       [0:0]    _zz__zz_offerValid_37_111;
  wire                _zz__zz_offerValid_37_112;
  wire                _zz__zz_offerValid_37_113;
  wire                _zz__zz_offerValid_37_114;
  wire                _zz__zz_offerValid_37_115;
  wire       [0:0]    _zz__zz_offerValid_37_116;
  wire                _zz__zz_offerValid_37_117;
  wire                _zz__zz_offerValid_37_118;
  wire                _zz__zz_offerValid_37_119;
  wire                _zz__zz_offerValid_37_120;
  wire       [1:0]    _zz__zz_offerValid_37_121;
  wire       [0:0]    _zz__zz_offerValid_37_122;
  wire                _zz__zz_offerValid_37_123;
  wire                _zz__zz_offerValid_37_124;
  wire                _zz__zz_offerValid_37_125;
  wire                _zz__zz_offerValid_37_126;
  wire       [0:0]    _zz__zz_offerValid_37_127;
  wire                _zz__zz_offerValid_37_128;
  wire                _zz__zz_offerValid_37_129;
  wire                _zz__zz_offerValid_37_130;
  wire                _zz__zz_offerValid_37_131;
  wire       [1:0]    _zz__zz_offerValid_37_132;
  wire       [0:0]    _zz__zz_offerValid_37_133;
  wire                _zz__zz_offerValid_37_134;
  wire                _zz__zz_offerValid_37_135;
  wire                _zz__zz_offerValid_37_136;
  wire                _zz__zz_offerValid_37_137;
  wire       [0:0]    _zz__zz_offerValid_37_138;
  wire                _zz__zz_offerValid_37_139;
  wire                _zz__zz_offerValid_37_140;
  wire                _zz__zz_offerValid_37_141;
  wire                _zz__zz_offerValid_37_142;
  wire       [1:0]    _zz__zz_offerValid_37_143;
  wire       [0:0]    _zz__zz_offerValid_37_144;
  wire                _zz__zz_offerValid_37_145;
  wire                _zz__zz_offerValid_37_146;
  wire                _zz__zz_offerValid_37_147;
  wire                _zz__zz_offerValid_37_148;
  wire       [0:0]    _zz__zz_offerValid_37_149;
  wire                _zz__zz_offerValid_37_150;
  wire                _zz__zz_offerValid_37_151;
  wire                _zz__zz_offerValid_37_152;
  wire                _zz__zz_offerValid_37_153;
  wire       [1:0]    _zz__zz_offerValid_37_154;
  wire       [0:0]    _zz__zz_offerValid_37_155;
  wire                _zz__zz_offerValid_37_156;
  wire                _zz__zz_offerValid_37_157;
  wire                _zz__zz_offerValid_37_158;
  wire                _zz__zz_offerValid_37_159;
  wire       [0:0]    _zz__zz_offerValid_37_160;
  wire                _zz__zz_offerValid_37_161;
  wire                _zz__zz_offerValid_37_162;
  wire                _zz__zz_offerValid_37_163;
  wire                _zz__zz_offerValid_37_164;
  wire       [1:0]    _zz__zz_offerValid_37_165;
  wire       [0:0]    _zz__zz_offerValid_37_166;
  wire                _zz__zz_offerValid_37_167;
  wire                _zz__zz_offerValid_37_168;
  wire                _zz__zz_offerValid_37_169;
  wire                _zz__zz_offerValid_37_170;
  wire       [0:0]    _zz__zz_offerValid_37_171;
  wire                _zz__zz_offerValid_37_172;
  wire                _zz__zz_offerValid_37_173;
  wire                _zz__zz_offerValid_37_174;
  wire                _zz__zz_offerValid_37_175;
  wire       [5:0]    _zz_nextOffer_57;
  wire       [0:0]    _zz_nextOffer_58;
  wire       [2:0]    _zz_nextOffer_59;
  wire       [2:0]    _zz_nextOffer_60;
  wire                _zz_nextOffer_61;
  wire       [1:0]    _zz_nextOffer_62;
  wire       [1:0]    _zz_nextOffer_63;
  wire       [0:0]    _zz_nextOffer_64;
  wire                _zz_nextOffer_65;
  wire       [0:0]    _zz_nextOffer_66;
  wire       [0:0]    _zz_nextOffer_67;
  wire       [0:0]    _zz_nextOffer_68;
  wire       [0:0]    _zz_nextOffer_69;
  wire                _zz_nextOffer_70;
  wire       [0:0]    _zz_nextOffer_71;
  wire       [0:0]    _zz_nextOffer_72;
  wire                _zz_nextOffer_73;
  wire       [1:0]    _zz_nextOffer_74;
  wire       [0:0]    _zz_nextOffer_75;
  wire                _zz_nextOffer_76;
  wire       [0:0]    _zz_nextOffer_77;
  wire       [0:0]    _zz_nextOffer_78;
  wire       [0:0]    _zz_nextOffer_79;
  wire       [0:0]    _zz_nextOffer_80;
  wire                _zz_nextOffer_81;
  wire       [0:0]    _zz_nextOffer_82;
  wire       [0:0]    _zz_nextOffer_83;
  wire                _zz_nextOffer_84;
  wire       [2:0]    _zz_nextOffer_85;
  wire                _zz_nextOffer_86;
  wire       [1:0]    _zz_nextOffer_87;
  wire       [1:0]    _zz_nextOffer_88;
  wire       [0:0]    _zz_nextOffer_89;
  wire                _zz_nextOffer_90;
  wire       [0:0]    _zz_nextOffer_91;
  wire       [0:0]    _zz_nextOffer_92;
  wire       [0:0]    _zz_nextOffer_93;
  wire       [0:0]    _zz_nextOffer_94;
  wire                _zz_nextOffer_95;
  wire       [0:0]    _zz_nextOffer_96;
  wire       [0:0]    _zz_nextOffer_97;
  wire                _zz_nextOffer_98;
  wire       [1:0]    _zz_nextOffer_99;
  wire       [0:0]    _zz_nextOffer_100;
  wire                _zz_nextOffer_101;
  wire       [0:0]    _zz_nextOffer_102;
  wire       [0:0]    _zz_nextOffer_103;
  wire       [0:0]    _zz_nextOffer_104;
  wire       [0:0]    _zz_nextOffer_105;
  wire                _zz_nextOffer_106;
  wire       [0:0]    _zz_nextOffer_107;
  wire       [0:0]    _zz_nextOffer_108;
  wire                _zz_nextOffer_109;
  wire       [0:0]    _zz_nextOffer_110;
  wire       [2:0]    _zz_nextOffer_111;
  wire       [2:0]    _zz_nextOffer_112;
  wire                _zz_nextOffer_113;
  wire       [1:0]    _zz_nextOffer_114;
  wire       [1:0]    _zz_nextOffer_115;
  wire       [0:0]    _zz_nextOffer_116;
  wire                _zz_nextOffer_117;
  wire       [0:0]    _zz_nextOffer_118;
  wire       [0:0]    _zz_nextOffer_119;
  wire       [0:0]    _zz_nextOffer_120;
  wire       [0:0]    _zz_nextOffer_121;
  wire                _zz_nextOffer_122;
  wire       [0:0]    _zz_nextOffer_123;
  wire       [0:0]    _zz_nextOffer_124;
  wire                _zz_nextOffer_125;
  wire       [1:0]    _zz_nextOffer_126;
  wire       [0:0]    _zz_nextOffer_127;
  wire                _zz_nextOffer_128;
  wire       [0:0]    _zz_nextOffer_129;
  wire       [0:0]    _zz_nextOffer_130;
  wire       [0:0]    _zz_nextOffer_131;
  wire       [0:0]    _zz_nextOffer_132;
  wire                _zz_nextOffer_133;
  wire       [0:0]    _zz_nextOffer_134;
  wire       [0:0]    _zz_nextOffer_135;
  wire                _zz_nextOffer_136;
  wire       [2:0]    _zz_nextOffer_137;
  wire                _zz_nextOffer_138;
  wire       [1:0]    _zz_nextOffer_139;
  wire       [1:0]    _zz_nextOffer_140;
  wire       [0:0]    _zz_nextOffer_141;
  wire                _zz_nextOffer_142;
  wire       [0:0]    _zz_nextOffer_143;
  wire       [0:0]    _zz_nextOffer_144;
  wire       [0:0]    _zz_nextOffer_145;
  wire       [0:0]    _zz_nextOffer_146;
  wire                _zz_nextOffer_147;
  wire       [0:0]    _zz_nextOffer_148;
  wire       [0:0]    _zz_nextOffer_149;
  wire                _zz_nextOffer_150;
  wire       [1:0]    _zz_nextOffer_151;
  wire       [0:0]    _zz_nextOffer_152;
  wire                _zz_nextOffer_153;
  wire       [0:0]    _zz_nextOffer_154;
  wire       [0:0]    _zz_nextOffer_155;
  wire       [0:0]    _zz_nextOffer_156;
  wire       [0:0]    _zz_nextOffer_157;
  wire                _zz_nextOffer_158;
  wire       [0:0]    _zz_nextOffer_159;
  wire       [0:0]    _zz_nextOffer_160;
  wire                _zz_nextOffer_161;
  wire       [0:0]    _zz_nextOffer_162;
  wire       [2:0]    _zz_nextOffer_163;
  wire       [2:0]    _zz_nextOffer_164;
  wire                _zz_nextOffer_165;
  wire       [1:0]    _zz_nextOffer_166;
  wire       [1:0]    _zz_nextOffer_167;
  wire       [0:0]    _zz_nextOffer_168;
  wire                _zz_nextOffer_169;
  wire       [0:0]    _zz_nextOffer_170;
  wire       [0:0]    _zz_nextOffer_171;
  wire       [0:0]    _zz_nextOffer_172;
  wire       [0:0]    _zz_nextOffer_173;
  wire                _zz_nextOffer_174;
  wire       [0:0]    _zz_nextOffer_175;
  wire       [0:0]    _zz_nextOffer_176;
  wire                _zz_nextOffer_177;
  wire       [1:0]    _zz_nextOffer_178;
  wire       [0:0]    _zz_nextOffer_179;
  wire                _zz_nextOffer_180;
  wire       [0:0]    _zz_nextOffer_181;
  wire       [0:0]    _zz_nextOffer_182;
  wire       [0:0]    _zz_nextOffer_183;
  wire       [0:0]    _zz_nextOffer_184;
  wire                _zz_nextOffer_185;
  wire       [0:0]    _zz_nextOffer_186;
  wire       [0:0]    _zz_nextOffer_187;
  wire                _zz_nextOffer_188;
  wire       [2:0]    _zz_nextOffer_189;
  wire                _zz_nextOffer_190;
  wire       [1:0]    _zz_nextOffer_191;
  wire       [1:0]    _zz_nextOffer_192;
  wire       [0:0]    _zz_nextOffer_193;
  wire                _zz_nextOffer_194;
  wire       [0:0]    _zz_nextOffer_195;
  wire       [0:0]    _zz_nextOffer_196;
  wire       [0:0]    _zz_nextOffer_197;
  wire       [0:0]    _zz_nextOffer_198;
  wire                _zz_nextOffer_199;
  wire       [0:0]    _zz_nextOffer_200;
  wire       [0:0]    _zz_nextOffer_201;
  wire                _zz_nextOffer_202;
  wire       [1:0]    _zz_nextOffer_203;
  wire       [0:0]    _zz_nextOffer_204;
  wire                _zz_nextOffer_205;
  wire       [0:0]    _zz_nextOffer_206;
  wire       [0:0]    _zz_nextOffer_207;
  wire       [0:0]    _zz_nextOffer_208;
  wire       [0:0]    _zz_nextOffer_209;
  wire                _zz_nextOffer_210;
  wire       [0:0]    _zz_nextOffer_211;
  wire       [0:0]    _zz_nextOffer_212;
  wire                _zz_nextOffer_213;
  wire       [0:0]    _zz_nextOffer_214;
  wire       [2:0]    _zz_nextOffer_215;
  wire       [2:0]    _zz_nextOffer_216;
  wire                _zz_nextOffer_217;
  wire       [1:0]    _zz_nextOffer_218;
  wire       [1:0]    _zz_nextOffer_219;
  wire       [0:0]    _zz_nextOffer_220;
  wire                _zz_nextOffer_221;
  wire       [0:0]    _zz_nextOffer_222;
  wire       [0:0]    _zz_nextOffer_223;
  wire       [0:0]    _zz_nextOffer_224;
  wire       [0:0]    _zz_nextOffer_225;
  wire                _zz_nextOffer_226;
  wire       [0:0]    _zz_nextOffer_227;
  wire       [0:0]    _zz_nextOffer_228;
  wire                _zz_nextOffer_229;
  wire       [1:0]    _zz_nextOffer_230;
  wire       [0:0]    _zz_nextOffer_231;
  wire                _zz_nextOffer_232;
  wire       [0:0]    _zz_nextOffer_233;
  wire       [0:0]    _zz_nextOffer_234;
  wire       [0:0]    _zz_nextOffer_235;
  wire       [0:0]    _zz_nextOffer_236;
  wire                _zz_nextOffer_237;
  wire       [0:0]    _zz_nextOffer_238;
  wire       [0:0]    _zz_nextOffer_239;
  wire                _zz_nextOffer_240;
  wire       [2:0]    _zz_nextOffer_241;
  wire                _zz_nextOffer_242;
  wire       [1:0]    _zz_nextOffer_243;
  wire       [1:0]    _zz_nextOffer_244;
  wire       [0:0]    _zz_nextOffer_245;
  wire                _zz_nextOffer_246;
  wire       [0:0]    _zz_nextOffer_247;
  wire       [0:0]    _zz_nextOffer_248;
  wire       [0:0]    _zz_nextOffer_249;
  wire       [0:0]    _zz_nextOffer_250;
  wire                _zz_nextOffer_251;
  wire       [0:0]    _zz_nextOffer_252;
  wire       [0:0]    _zz_nextOffer_253;
  wire                _zz_nextOffer_254;
  wire       [1:0]    _zz_nextOffer_255;
  wire       [0:0]    _zz_nextOffer_256;
  wire                _zz_nextOffer_257;
  wire       [0:0]    _zz_nextOffer_258;
  wire       [0:0]    _zz_nextOffer_259;
  wire       [0:0]    _zz_nextOffer_260;
  wire       [0:0]    _zz_nextOffer_261;
  wire                _zz_nextOffer_262;
  wire       [0:0]    _zz_nextOffer_263;
  wire       [0:0]    _zz_nextOffer_264;
  wire                _zz_nextOffer_265;
  wire       [0:0]    _zz_pendingNonZero;
  wire                _zz_pendingNonZero_1;
  wire                _zz_pendingNonZero_2;
  wire                _zz_pendingNonZero_3;
  wire       [14:0]   _zz_pendingNonZero_4;
  wire                _zz_pendingNonZero_5;
  wire       [0:0]    _zz_pendingNonZero_6;
  wire                _zz_pendingNonZero_7;
  wire                _zz_pendingNonZero_8;
  wire                _zz_pendingNonZero_9;
  wire       [14:0]   _zz_pendingNonZero_10;
  wire                _zz_pendingNonZero_11;
  wire       [0:0]    _zz_pendingNonZero_12;
  wire                _zz_pendingNonZero_13;
  wire                _zz_pendingNonZero_14;
  wire                _zz_pendingNonZero_15;
  wire       [14:0]   _zz_pendingNonZero_16;
  wire                _zz_pendingNonZero_17;
  wire       [0:0]    _zz_pendingNonZero_18;
  wire                _zz_pendingNonZero_19;
  wire                _zz_pendingNonZero_20;
  wire                _zz_pendingNonZero_21;
  wire       [14:0]   _zz_pendingNonZero_22;
  wire                _zz_pendingNonZero_23;
  wire       [0:0]    _zz_pendingNonZero_24;
  wire                _zz_pendingNonZero_25;
  wire                _zz_pendingNonZero_26;
  wire                _zz_pendingNonZero_27;
  wire       [14:0]   _zz_pendingNonZero_28;
  wire                _zz_pendingNonZero_29;
  wire       [0:0]    _zz_pendingNonZero_30;
  wire                _zz_pendingNonZero_31;
  wire                _zz_pendingNonZero_32;
  wire                _zz_pendingNonZero_33;
  wire       [14:0]   _zz_pendingNonZero_34;
  wire                _zz_pendingNonZero_35;
  wire       [0:0]    _zz_pendingNonZero_36;
  wire                _zz_pendingNonZero_37;
  wire                _zz_pendingNonZero_38;
  wire                _zz_pendingNonZero_39;
  wire       [14:0]   _zz_pendingNonZero_40;
  wire                _zz_pendingNonZero_41;
  wire       [0:0]    _zz_pendingNonZero_42;
  wire                _zz_pendingNonZero_43;
  wire                _zz_pendingNonZero_44;
  wire                _zz_pendingNonZero_45;
  wire       [14:0]   _zz_pendingNonZero_46;
  wire                _zz_pendingNonZero_47;
  wire       [0:0]    _zz_pendingNonZero_48;
  wire                _zz_pendingNonZero_49;
  wire                _zz_pendingNonZero_50;
  wire                _zz_pendingNonZero_51;
  wire       [14:0]   _zz_pendingNonZero_52;
  wire                _zz_pendingNonZero_53;
  wire       [0:0]    _zz_pendingNonZero_54;
  wire                _zz_pendingNonZero_55;
  wire                _zz_pendingNonZero_56;
  wire                _zz_pendingNonZero_57;
  wire       [14:0]   _zz_pendingNonZero_58;
  wire                _zz_pendingNonZero_59;
  wire       [0:0]    _zz_pendingNonZero_60;
  wire                _zz_pendingNonZero_61;
  wire                _zz_pendingNonZero_62;
  wire                _zz_pendingNonZero_63;
  wire       [14:0]   _zz_pendingNonZero_64;
  wire                _zz_pendingNonZero_65;
  wire       [0:0]    _zz_pendingNonZero_66;
  wire                _zz_pendingNonZero_67;
  wire                _zz_pendingNonZero_68;
  wire                _zz_pendingNonZero_69;
  wire       [14:0]   _zz_pendingNonZero_70;
  wire                _zz_pendingNonZero_71;
  wire       [0:0]    _zz_pendingNonZero_72;
  wire                _zz_pendingNonZero_73;
  wire                _zz_pendingNonZero_74;
  wire                _zz_pendingNonZero_75;
  wire       [14:0]   _zz_pendingNonZero_76;
  wire                _zz_pendingNonZero_77;
  wire       [0:0]    _zz_pendingNonZero_78;
  wire                _zz_pendingNonZero_79;
  wire                _zz_pendingNonZero_80;
  wire                _zz_pendingNonZero_81;
  wire       [14:0]   _zz_pendingNonZero_82;
  wire                _zz_pendingNonZero_83;
  wire       [0:0]    _zz_pendingNonZero_84;
  wire                _zz_pendingNonZero_85;
  wire                _zz_pendingNonZero_86;
  wire                _zz_pendingNonZero_87;
  wire       [14:0]   _zz_pendingNonZero_88;
  wire                _zz_pendingNonZero_89;
  wire       [0:0]    _zz_pendingNonZero_90;
  wire                _zz_pendingNonZero_91;
  wire                _zz_pendingNonZero_92;
  wire                _zz_pendingNonZero_93;
  wire       [14:0]   _zz_pendingNonZero_94;
  wire                _zz_pendingNonZero_95;
  wire       [0:0]    _zz_pendingNonZero_96;
  wire                _zz_pendingNonZero_97;
  wire                _zz_pendingNonZero_98;
  wire                _zz_pendingNonZero_99;
  wire       [14:0]   _zz_pendingNonZero_100;
  wire                _zz_pendingNonZero_101;
  wire       [0:0]    _zz_pendingNonZero_102;
  wire                _zz_pendingNonZero_103;
  wire                _zz_pendingNonZero_104;
  wire                _zz_pendingNonZero_105;
  wire       [14:0]   _zz_pendingNonZero_106;
  wire                _zz_pendingNonZero_107;
  wire       [0:0]    _zz_pendingNonZero_108;
  wire                _zz_pendingNonZero_109;
  wire                _zz_pendingNonZero_110;
  wire                _zz_pendingNonZero_111;
  wire       [14:0]   _zz_pendingNonZero_112;
  wire                _zz_pendingNonZero_113;
  wire       [0:0]    _zz_pendingNonZero_114;
  wire                _zz_pendingNonZero_115;
  wire                _zz_pendingNonZero_116;
  wire                _zz_pendingNonZero_117;
  wire       [14:0]   _zz_pendingNonZero_118;
  wire                _zz_pendingNonZero_119;
  wire       [0:0]    _zz_pendingNonZero_120;
  wire                _zz_pendingNonZero_121;
  wire                _zz_pendingNonZero_122;
  wire                _zz_pendingNonZero_123;
  wire       [14:0]   _zz_pendingNonZero_124;
  wire                _zz_pendingNonZero_125;
  wire       [0:0]    _zz_pendingNonZero_126;
  wire                _zz_pendingNonZero_127;
  wire                _zz_pendingNonZero_128;
  wire                _zz_pendingNonZero_129;
  wire       [14:0]   _zz_pendingNonZero_130;
  wire                _zz_pendingNonZero_131;
  wire       [0:0]    _zz_pendingNonZero_132;
  wire                _zz_pendingNonZero_133;
  wire                _zz_pendingNonZero_134;
  wire                _zz_pendingNonZero_135;
  wire       [14:0]   _zz_pendingNonZero_136;
  wire                _zz_pendingNonZero_137;
  wire       [0:0]    _zz_pendingNonZero_138;
  wire                _zz_pendingNonZero_139;
  wire                _zz_pendingNonZero_140;
  wire                _zz_pendingNonZero_141;
  wire       [14:0]   _zz_pendingNonZero_142;
  wire                _zz_pendingNonZero_143;
  wire       [0:0]    _zz_pendingNonZero_144;
  wire                _zz_pendingNonZero_145;
  wire                _zz_pendingNonZero_146;
  wire                _zz_pendingNonZero_147;
  wire       [14:0]   _zz_pendingNonZero_148;
  wire                _zz_pendingNonZero_149;
  wire       [0:0]    _zz_pendingNonZero_150;
  wire                _zz_pendingNonZero_151;
  wire                _zz_pendingNonZero_152;
  wire                _zz_pendingNonZero_153;
  wire       [14:0]   _zz_pendingNonZero_154;
  wire                _zz_pendingNonZero_155;
  wire       [0:0]    _zz_pendingNonZero_156;
  wire                _zz_pendingNonZero_157;
  wire                _zz_pendingNonZero_158;
  wire                _zz_pendingNonZero_159;
  wire       [14:0]   _zz_pendingNonZero_160;
  wire                _zz_pendingNonZero_161;
  wire       [0:0]    _zz_pendingNonZero_162;
  wire                _zz_pendingNonZero_163;
  wire                _zz_pendingNonZero_164;
  wire                _zz_pendingNonZero_165;
  wire       [14:0]   _zz_pendingNonZero_166;
  wire                _zz_pendingNonZero_167;
  wire       [0:0]    _zz_pendingNonZero_168;
  wire                _zz_pendingNonZero_169;
  wire                _zz_pendingNonZero_170;
  wire                _zz_pendingNonZero_171;
  wire       [14:0]   _zz_pendingNonZero_172;
  wire                _zz_pendingNonZero_173;
  wire       [0:0]    _zz_pendingNonZero_174;
  wire                _zz_pendingNonZero_175;
  wire                _zz_pendingNonZero_176;
  wire                _zz_pendingNonZero_177;
  wire       [14:0]   _zz_pendingNonZero_178;
  wire                _zz_pendingNonZero_179;
  wire       [0:0]    _zz_pendingNonZero_180;
  wire                _zz_pendingNonZero_181;
  wire                _zz_pendingNonZero_182;
  wire                _zz_pendingNonZero_183;
  wire       [14:0]   _zz_pendingNonZero_184;
  wire                _zz_pendingNonZero_185;
  wire       [0:0]    _zz_pendingNonZero_186;
  wire                _zz_pendingNonZero_187;
  wire                _zz_pendingNonZero_188;
  wire                _zz_pendingNonZero_189;
  wire       [14:0]   _zz_pendingNonZero_190;
  wire                _zz_pendingNonZero_191;
  wire       [1:0]    _zz__zz_pending_0;
  wire       [0:0]    _zz__zz_pending_0_1;
  wire       [1:0]    _zz__zz_pending_0_2;
  wire       [0:0]    _zz__zz_pending_0_3;
  wire       [16:0]   _zz__zz_pending_0_1_1;
  wire       [15:0]   _zz__zz_pending_0_1_2;
  wire       [16:0]   _zz__zz_pending_0_1_3;
  wire       [16:0]   _zz__zz_pending_0_1_4;
  wire       [16:0]   _zz__zz_pending_0_1_5;
  wire       [15:0]   _zz_pending_0_3;
  wire       [1:0]    _zz__zz_pending_1;
  wire       [0:0]    _zz__zz_pending_1_1;
  wire       [1:0]    _zz__zz_pending_1_2;
  wire       [0:0]    _zz__zz_pending_1_3;
  wire       [16:0]   _zz__zz_pending_1_1_1;
  wire       [15:0]   _zz__zz_pending_1_1_2;
  wire       [16:0]   _zz__zz_pending_1_1_3;
  wire       [16:0]   _zz__zz_pending_1_1_4;
  wire       [16:0]   _zz__zz_pending_1_1_5;
  wire       [15:0]   _zz_pending_1_3;
  wire       [1:0]    _zz__zz_pending_2;
  wire       [0:0]    _zz__zz_pending_2_1;
  wire       [1:0]    _zz__zz_pending_2_2;
  wire       [0:0]    _zz__zz_pending_2_3;
  wire       [16:0]   _zz__zz_pending_2_1_1;
  wire       [15:0]   _zz__zz_pending_2_1_2;
  wire       [16:0]   _zz__zz_pending_2_1_3;
  wire       [16:0]   _zz__zz_pending_2_1_4;
  wire       [16:0]   _zz__zz_pending_2_1_5;
  wire       [15:0]   _zz_pending_2_3;
  wire       [1:0]    _zz__zz_pending_3;
  wire       [0:0]    _zz__zz_pending_3_1;
  wire       [1:0]    _zz__zz_pending_3_2;
  wire       [0:0]    _zz__zz_pending_3_3;
  wire       [16:0]   _zz__zz_pending_3_1_1;
  wire       [15:0]   _zz__zz_pending_3_1_2;
  wire       [16:0]   _zz__zz_pending_3_1_3;
  wire       [16:0]   _zz__zz_pending_3_1_4;
  wire       [16:0]   _zz__zz_pending_3_1_5;
  wire       [15:0]   _zz_pending_3_3;
  wire       [1:0]    _zz__zz_pending_4;
  wire       [0:0]    _zz__zz_pending_4_1;
  wire       [1:0]    _zz__zz_pending_4_2;
  wire       [0:0]    _zz__zz_pending_4_3;
  wire       [16:0]   _zz__zz_pending_4_1_1;
  wire       [15:0]   _zz__zz_pending_4_1_2;
  wire       [16:0]   _zz__zz_pending_4_1_3;
  wire       [16:0]   _zz__zz_pending_4_1_4;
  wire       [16:0]   _zz__zz_pending_4_1_5;
  wire       [15:0]   _zz_pending_4_3;
  wire       [1:0]    _zz__zz_pending_5;
  wire       [0:0]    _zz__zz_pending_5_1;
  wire       [1:0]    _zz__zz_pending_5_2;
  wire       [0:0]    _zz__zz_pending_5_3;
  wire       [16:0]   _zz__zz_pending_5_1_1;
  wire       [15:0]   _zz__zz_pending_5_1_2;
  wire       [16:0]   _zz__zz_pending_5_1_3;
  wire       [16:0]   _zz__zz_pending_5_1_4;
  wire       [16:0]   _zz__zz_pending_5_1_5;
  wire       [15:0]   _zz_pending_5_3;
  wire       [1:0]    _zz__zz_pending_6;
  wire       [0:0]    _zz__zz_pending_6_1;
  wire       [1:0]    _zz__zz_pending_6_2;
  wire       [0:0]    _zz__zz_pending_6_3;
  wire       [16:0]   _zz__zz_pending_6_1_1;
  wire       [15:0]   _zz__zz_pending_6_1_2;
  wire       [16:0]   _zz__zz_pending_6_1_3;
  wire       [16:0]   _zz__zz_pending_6_1_4;
  wire       [16:0]   _zz__zz_pending_6_1_5;
  wire       [15:0]   _zz_pending_6_3;
  wire       [1:0]    _zz__zz_pending_7;
  wire       [0:0]    _zz__zz_pending_7_1;
  wire       [1:0]    _zz__zz_pending_7_2;
  wire       [0:0]    _zz__zz_pending_7_3;
  wire       [16:0]   _zz__zz_pending_7_1_1;
  wire       [15:0]   _zz__zz_pending_7_1_2;
  wire       [16:0]   _zz__zz_pending_7_1_3;
  wire       [16:0]   _zz__zz_pending_7_1_4;
  wire       [16:0]   _zz__zz_pending_7_1_5;
  wire       [15:0]   _zz_pending_7_3;
  wire       [1:0]    _zz__zz_pending_8;
  wire       [0:0]    _zz__zz_pending_8_1;
  wire       [1:0]    _zz__zz_pending_8_2;
  wire       [0:0]    _zz__zz_pending_8_3;
  wire       [16:0]   _zz__zz_pending_8_1_1;
  wire       [15:0]   _zz__zz_pending_8_1_2;
  wire       [16:0]   _zz__zz_pending_8_1_3;
  wire       [16:0]   _zz__zz_pending_8_1_4;
  wire       [16:0]   _zz__zz_pending_8_1_5;
  wire       [15:0]   _zz_pending_8_3;
  wire       [1:0]    _zz__zz_pending_9;
  wire       [0:0]    _zz__zz_pending_9_1;
  wire       [1:0]    _zz__zz_pending_9_2;
  wire       [0:0]    _zz__zz_pending_9_3;
  wire       [16:0]   _zz__zz_pending_9_1_1;
  wire       [15:0]   _zz__zz_pending_9_1_2;
  wire       [16:0]   _zz__zz_pending_9_1_3;
  wire       [16:0]   _zz__zz_pending_9_1_4;
  wire       [16:0]   _zz__zz_pending_9_1_5;
  wire       [15:0]   _zz_pending_9_3;
  wire       [1:0]    _zz__zz_pending_10;
  wire       [0:0]    _zz__zz_pending_10_1;
  wire       [1:0]    _zz__zz_pending_10_2;
  wire       [0:0]    _zz__zz_pending_10_3;
  wire       [16:0]   _zz__zz_pending_10_1_1;
  wire       [15:0]   _zz__zz_pending_10_1_2;
  wire       [16:0]   _zz__zz_pending_10_1_3;
  wire       [16:0]   _zz__zz_pending_10_1_4;
  wire       [16:0]   _zz__zz_pending_10_1_5;
  wire       [15:0]   _zz_pending_10_3;
  wire       [1:0]    _zz__zz_pending_11;
  wire       [0:0]    _zz__zz_pending_11_1;
  wire       [1:0]    _zz__zz_pending_11_2;
  wire       [0:0]    _zz__zz_pending_11_3;
  wire       [16:0]   _zz__zz_pending_11_1_1;
  wire       [15:0]   _zz__zz_pending_11_1_2;
  wire       [16:0]   _zz__zz_pending_11_1_3;
  wire       [16:0]   _zz__zz_pending_11_1_4;
  wire       [16:0]   _zz__zz_pending_11_1_5;
  wire       [15:0]   _zz_pending_11_3;
  wire       [1:0]    _zz__zz_pending_12;
  wire       [0:0]    _zz__zz_pending_12_1;
  wire       [1:0]    _zz__zz_pending_12_2;
  wire       [0:0]    _zz__zz_pending_12_3;
  wire       [16:0]   _zz__zz_pending_12_1_1;
  wire       [15:0]   _zz__zz_pending_12_1_2;
  wire       [16:0]   _zz__zz_pending_12_1_3;
  wire       [16:0]   _zz__zz_pending_12_1_4;
  wire       [16:0]   _zz__zz_pending_12_1_5;
  wire       [15:0]   _zz_pending_12_3;
  wire       [1:0]    _zz__zz_pending_13;
  wire       [0:0]    _zz__zz_pending_13_1;
  wire       [1:0]    _zz__zz_pending_13_2;
  wire       [0:0]    _zz__zz_pending_13_3;
  wire       [16:0]   _zz__zz_pending_13_1_1;
  wire       [15:0]   _zz__zz_pending_13_1_2;
  wire       [16:0]   _zz__zz_pending_13_1_3;
  wire       [16:0]   _zz__zz_pending_13_1_4;
  wire       [16:0]   _zz__zz_pending_13_1_5;
  wire       [15:0]   _zz_pending_13_3;
  wire       [1:0]    _zz__zz_pending_14;
  wire       [0:0]    _zz__zz_pending_14_1;
  wire       [1:0]    _zz__zz_pending_14_2;
  wire       [0:0]    _zz__zz_pending_14_3;
  wire       [16:0]   _zz__zz_pending_14_1_1;
  wire       [15:0]   _zz__zz_pending_14_1_2;
  wire       [16:0]   _zz__zz_pending_14_1_3;
  wire       [16:0]   _zz__zz_pending_14_1_4;
  wire       [16:0]   _zz__zz_pending_14_1_5;
  wire       [15:0]   _zz_pending_14_3;
  wire       [1:0]    _zz__zz_pending_15;
  wire       [0:0]    _zz__zz_pending_15_1;
  wire       [1:0]    _zz__zz_pending_15_2;
  wire       [0:0]    _zz__zz_pending_15_3;
  wire       [16:0]   _zz__zz_pending_15_1_1;
  wire       [15:0]   _zz__zz_pending_15_1_2;
  wire       [16:0]   _zz__zz_pending_15_1_3;
  wire       [16:0]   _zz__zz_pending_15_1_4;
  wire       [16:0]   _zz__zz_pending_15_1_5;
  wire       [15:0]   _zz_pending_15_3;
  wire       [1:0]    _zz__zz_pending_16;
  wire       [0:0]    _zz__zz_pending_16_1;
  wire       [1:0]    _zz__zz_pending_16_2;
  wire       [0:0]    _zz__zz_pending_16_3;
  wire       [16:0]   _zz__zz_pending_16_1_1;
  wire       [15:0]   _zz__zz_pending_16_1_2;
  wire       [16:0]   _zz__zz_pending_16_1_3;
  wire       [16:0]   _zz__zz_pending_16_1_4;
  wire       [16:0]   _zz__zz_pending_16_1_5;
  wire       [15:0]   _zz_pending_16_3;
  wire       [1:0]    _zz__zz_pending_17;
  wire       [0:0]    _zz__zz_pending_17_1;
  wire       [1:0]    _zz__zz_pending_17_2;
  wire       [0:0]    _zz__zz_pending_17_3;
  wire       [16:0]   _zz__zz_pending_17_1_1;
  wire       [15:0]   _zz__zz_pending_17_1_2;
  wire       [16:0]   _zz__zz_pending_17_1_3;
  wire       [16:0]   _zz__zz_pending_17_1_4;
  wire       [16:0]   _zz__zz_pending_17_1_5;
  wire       [15:0]   _zz_pending_17_3;
  wire       [1:0]    _zz__zz_pending_18;
  wire       [0:0]    _zz__zz_pending_18_1;
  wire       [1:0]    _zz__zz_pending_18_2;
  wire       [0:0]    _zz__zz_pending_18_3;
  wire       [16:0]   _zz__zz_pending_18_1_1;
  wire       [15:0]   _zz__zz_pending_18_1_2;
  wire       [16:0]   _zz__zz_pending_18_1_3;
  wire       [16:0]   _zz__zz_pending_18_1_4;
  wire       [16:0]   _zz__zz_pending_18_1_5;
  wire       [15:0]   _zz_pending_18_3;
  wire       [1:0]    _zz__zz_pending_19;
  wire       [0:0]    _zz__zz_pending_19_1;
  wire       [1:0]    _zz__zz_pending_19_2;
  wire       [0:0]    _zz__zz_pending_19_3;
  wire       [16:0]   _zz__zz_pending_19_1_1;
  wire       [15:0]   _zz__zz_pending_19_1_2;
  wire       [16:0]   _zz__zz_pending_19_1_3;
  wire       [16:0]   _zz__zz_pending_19_1_4;
  wire       [16:0]   _zz__zz_pending_19_1_5;
  wire       [15:0]   _zz_pending_19_3;
  wire       [1:0]    _zz__zz_pending_20;
  wire       [0:0]    _zz__zz_pending_20_1;
  wire       [1:0]    _zz__zz_pending_20_2;
  wire       [0:0]    _zz__zz_pending_20_3;
  wire       [16:0]   _zz__zz_pending_20_1_1;
  wire       [15:0]   _zz__zz_pending_20_1_2;
  wire       [16:0]   _zz__zz_pending_20_1_3;
  wire       [16:0]   _zz__zz_pending_20_1_4;
  wire       [16:0]   _zz__zz_pending_20_1_5;
  wire       [15:0]   _zz_pending_20_3;
  wire       [1:0]    _zz__zz_pending_21;
  wire       [0:0]    _zz__zz_pending_21_1;
  wire       [1:0]    _zz__zz_pending_21_2;
  wire       [0:0]    _zz__zz_pending_21_3;
  wire       [16:0]   _zz__zz_pending_21_1_1;
  wire       [15:0]   _zz__zz_pending_21_1_2;
  wire       [16:0]   _zz__zz_pending_21_1_3;
  wire       [16:0]   _zz__zz_pending_21_1_4;
  wire       [16:0]   _zz__zz_pending_21_1_5;
  wire       [15:0]   _zz_pending_21_3;
  wire       [1:0]    _zz__zz_pending_22;
  wire       [0:0]    _zz__zz_pending_22_1;
  wire       [1:0]    _zz__zz_pending_22_2;
  wire       [0:0]    _zz__zz_pending_22_3;
  wire       [16:0]   _zz__zz_pending_22_1_1;
  wire       [15:0]   _zz__zz_pending_22_1_2;
  wire       [16:0]   _zz__zz_pending_22_1_3;
  wire       [16:0]   _zz__zz_pending_22_1_4;
  wire       [16:0]   _zz__zz_pending_22_1_5;
  wire       [15:0]   _zz_pending_22_3;
  wire       [1:0]    _zz__zz_pending_23;
  wire       [0:0]    _zz__zz_pending_23_1;
  wire       [1:0]    _zz__zz_pending_23_2;
  wire       [0:0]    _zz__zz_pending_23_3;
  wire       [16:0]   _zz__zz_pending_23_1_1;
  wire       [15:0]   _zz__zz_pending_23_1_2;
  wire       [16:0]   _zz__zz_pending_23_1_3;
  wire       [16:0]   _zz__zz_pending_23_1_4;
  wire       [16:0]   _zz__zz_pending_23_1_5;
  wire       [15:0]   _zz_pending_23_3;
  wire       [1:0]    _zz__zz_pending_24;
  wire       [0:0]    _zz__zz_pending_24_1;
  wire       [1:0]    _zz__zz_pending_24_2;
  wire       [0:0]    _zz__zz_pending_24_3;
  wire       [16:0]   _zz__zz_pending_24_1_1;
  wire       [15:0]   _zz__zz_pending_24_1_2;
  wire       [16:0]   _zz__zz_pending_24_1_3;
  wire       [16:0]   _zz__zz_pending_24_1_4;
  wire       [16:0]   _zz__zz_pending_24_1_5;
  wire       [15:0]   _zz_pending_24_3;
  wire       [1:0]    _zz__zz_pending_25;
  wire       [0:0]    _zz__zz_pending_25_1;
  wire       [1:0]    _zz__zz_pending_25_2;
  wire       [0:0]    _zz__zz_pending_25_3;
  wire       [16:0]   _zz__zz_pending_25_1_1;
  wire       [15:0]   _zz__zz_pending_25_1_2;
  wire       [16:0]   _zz__zz_pending_25_1_3;
  wire       [16:0]   _zz__zz_pending_25_1_4;
  wire       [16:0]   _zz__zz_pending_25_1_5;
  wire       [15:0]   _zz_pending_25_3;
  wire       [1:0]    _zz__zz_pending_26;
  wire       [0:0]    _zz__zz_pending_26_1;
  wire       [1:0]    _zz__zz_pending_26_2;
  wire       [0:0]    _zz__zz_pending_26_3;
  wire       [16:0]   _zz__zz_pending_26_1_1;
  wire       [15:0]   _zz__zz_pending_26_1_2;
  wire       [16:0]   _zz__zz_pending_26_1_3;
  wire       [16:0]   _zz__zz_pending_26_1_4;
  wire       [16:0]   _zz__zz_pending_26_1_5;
  wire       [15:0]   _zz_pending_26_3;
  wire       [1:0]    _zz__zz_pending_27;
  wire       [0:0]    _zz__zz_pending_27_1;
  wire       [1:0]    _zz__zz_pending_27_2;
  wire       [0:0]    _zz__zz_pending_27_3;
  wire       [16:0]   _zz__zz_pending_27_1_1;
  wire       [15:0]   _zz__zz_pending_27_1_2;
  wire       [16:0]   _zz__zz_pending_27_1_3;
  wire       [16:0]   _zz__zz_pending_27_1_4;
  wire       [16:0]   _zz__zz_pending_27_1_5;
  wire       [15:0]   _zz_pending_27_3;
  wire       [1:0]    _zz__zz_pending_28;
  wire       [0:0]    _zz__zz_pending_28_1;
  wire       [1:0]    _zz__zz_pending_28_2;
  wire       [0:0]    _zz__zz_pending_28_3;
  wire       [16:0]   _zz__zz_pending_28_1_1;
  wire       [15:0]   _zz__zz_pending_28_1_2;
  wire       [16:0]   _zz__zz_pending_28_1_3;
  wire       [16:0]   _zz__zz_pending_28_1_4;
  wire       [16:0]   _zz__zz_pending_28_1_5;
  wire       [15:0]   _zz_pending_28_3;
  wire       [1:0]    _zz__zz_pending_29;
  wire       [0:0]    _zz__zz_pending_29_1;
  wire       [1:0]    _zz__zz_pending_29_2;
  wire       [0:0]    _zz__zz_pending_29_3;
  wire       [16:0]   _zz__zz_pending_29_1_1;
  wire       [15:0]   _zz__zz_pending_29_1_2;
  wire       [16:0]   _zz__zz_pending_29_1_3;
  wire       [16:0]   _zz__zz_pending_29_1_4;
  wire       [16:0]   _zz__zz_pending_29_1_5;
  wire       [15:0]   _zz_pending_29_3;
  wire       [1:0]    _zz__zz_pending_30;
  wire       [0:0]    _zz__zz_pending_30_1;
  wire       [1:0]    _zz__zz_pending_30_2;
  wire       [0:0]    _zz__zz_pending_30_3;
  wire       [16:0]   _zz__zz_pending_30_1_1;
  wire       [15:0]   _zz__zz_pending_30_1_2;
  wire       [16:0]   _zz__zz_pending_30_1_3;
  wire       [16:0]   _zz__zz_pending_30_1_4;
  wire       [16:0]   _zz__zz_pending_30_1_5;
  wire       [15:0]   _zz_pending_30_3;
  wire       [1:0]    _zz__zz_pending_31;
  wire       [0:0]    _zz__zz_pending_31_1;
  wire       [1:0]    _zz__zz_pending_31_2;
  wire       [0:0]    _zz__zz_pending_31_3;
  wire       [16:0]   _zz__zz_pending_31_1_1;
  wire       [15:0]   _zz__zz_pending_31_1_2;
  wire       [16:0]   _zz__zz_pending_31_1_3;
  wire       [16:0]   _zz__zz_pending_31_1_4;
  wire       [16:0]   _zz__zz_pending_31_1_5;
  wire       [15:0]   _zz_pending_31_3;
  wire       [0:0]    _zz_lost_1;
  wire                _zz_lost_2;
  wire                _zz_lost_3;
  wire                _zz_lost_4;
  wire                _zz_lost_5;
  wire                _zz_lost_6;
  wire                _zz_lost_7;
  wire       [0:0]    _zz_lost_8;
  wire                _zz_lost_9;
  wire                _zz_lost_10;
  wire                _zz_lost_11;
  wire                _zz_lost_12;
  wire                _zz_lost_13;
  wire                _zz_lost_14;
  wire       [0:0]    _zz_lost_15;
  wire                _zz_lost_16;
  wire                _zz_lost_17;
  wire                _zz_lost_18;
  wire                _zz_lost_19;
  wire                _zz_lost_20;
  wire                _zz_lost_21;
  wire       [0:0]    _zz_lost_22;
  wire                _zz_lost_23;
  wire                _zz_lost_24;
  wire                _zz_lost_25;
  wire                _zz_lost_26;
  wire                _zz_lost_27;
  wire                _zz_lost_28;
  wire       [0:0]    _zz_lost_29;
  wire                _zz_lost_30;
  wire                _zz_lost_31;
  wire                _zz_lost_32;
  wire                _zz_lost_33;
  wire                _zz_lost_34;
  wire                _zz_lost_35;
  wire       [0:0]    _zz_lost_36;
  wire                _zz_lost_37;
  wire                _zz_lost_38;
  wire                _zz_lost_39;
  wire                _zz_lost_40;
  wire                _zz_lost_41;
  wire                _zz_lost_42;
  wire       [0:0]    _zz_lost_43;
  wire                _zz_lost_44;
  wire                _zz_lost_45;
  wire                _zz_lost_46;
  wire                _zz_lost_47;
  wire                _zz_lost_48;
  wire                _zz_lost_49;
  wire       [0:0]    _zz_lost_50;
  wire                _zz_lost_51;
  wire                _zz_lost_52;
  wire                _zz_lost_53;
  wire                _zz_lost_54;
  wire                _zz_lost_55;
  wire                _zz_lost_56;
  wire       [0:0]    _zz_lost_57;
  wire                _zz_lost_58;
  wire                _zz_lost_59;
  wire                _zz_lost_60;
  wire                _zz_lost_61;
  wire                _zz_lost_62;
  wire                _zz_lost_63;
  wire       [0:0]    _zz_lost_64;
  wire                _zz_lost_65;
  wire                _zz_lost_66;
  wire                _zz_lost_67;
  wire                _zz_lost_68;
  wire                _zz_lost_69;
  wire                _zz_lost_70;
  wire       [0:0]    _zz_lost_71;
  wire                _zz_lost_72;
  wire                _zz_lost_73;
  wire                _zz_lost_74;
  wire                _zz_lost_75;
  wire                _zz_lost_76;
  wire                _zz_lost_77;
  wire       [0:0]    _zz_lost_78;
  wire                _zz_lost_79;
  wire                _zz_lost_80;
  wire                _zz_lost_81;
  wire                _zz_lost_82;
  wire                _zz_lost_83;
  wire                _zz_lost_84;
  wire       [0:0]    _zz_lost_85;
  wire                _zz_lost_86;
  wire                _zz_lost_87;
  wire                _zz_lost_88;
  wire                _zz_lost_89;
  wire                _zz_lost_90;
  wire                _zz_lost_91;
  wire       [0:0]    _zz_lost_92;
  wire                _zz_lost_93;
  wire                _zz_lost_94;
  wire                _zz_lost_95;
  wire                _zz_lost_96;
  wire                _zz_lost_97;
  wire                _zz_lost_98;
  wire       [0:0]    _zz_lost_99;
  wire                _zz_lost_100;
  wire                _zz_lost_101;
  wire                _zz_lost_102;
  wire                _zz_lost_103;
  wire                _zz_lost_104;
  wire                _zz_lost_105;
  wire       [0:0]    _zz_lost_106;
  wire                _zz_lost_107;
  wire                _zz_lost_108;
  wire                _zz_lost_109;
  wire                _zz_lost_110;
  wire                _zz_lost_111;
  wire                _zz_lost_112;
  wire       [0:0]    _zz_lost_113;
  wire                _zz_lost_114;
  wire                _zz_lost_115;
  wire                _zz_lost_116;
  wire                _zz_lost_117;
  wire                _zz_lost_118;
  wire                _zz_lost_119;
  wire       [0:0]    _zz_lost_120;
  wire                _zz_lost_121;
  wire                _zz_lost_122;
  wire                _zz_lost_123;
  wire                _zz_lost_124;
  wire                _zz_lost_125;
  wire                _zz_lost_126;
  wire       [0:0]    _zz_lost_127;
  wire                _zz_lost_128;
  wire                _zz_lost_129;
  wire                _zz_lost_130;
  wire                _zz_lost_131;
  wire                _zz_lost_132;
  wire                _zz_lost_133;
  wire       [0:0]    _zz_lost_134;
  wire                _zz_lost_135;
  wire                _zz_lost_136;
  wire                _zz_lost_137;
  wire                _zz_lost_138;
  wire                _zz_lost_139;
  wire                _zz_lost_140;
  wire       [0:0]    _zz_lost_141;
  wire                _zz_lost_142;
  wire                _zz_lost_143;
  wire                _zz_lost_144;
  wire                _zz_lost_145;
  wire                _zz_lost_146;
  wire                _zz_lost_147;
  wire       [0:0]    _zz_lost_148;
  wire                _zz_lost_149;
  wire                _zz_lost_150;
  wire                _zz_lost_151;
  wire                _zz_lost_152;
  wire                _zz_lost_153;
  wire                _zz_lost_154;
  wire       [0:0]    _zz_lost_155;
  wire                _zz_lost_156;
  wire                _zz_lost_157;
  wire                _zz_lost_158;
  wire                _zz_lost_159;
  wire                _zz_lost_160;
  wire                _zz_lost_161;
  wire       [0:0]    _zz_lost_162;
  wire                _zz_lost_163;
  wire                _zz_lost_164;
  wire                _zz_lost_165;
  wire                _zz_lost_166;
  wire                _zz_lost_167;
  wire                _zz_lost_168;
  wire       [0:0]    _zz_lost_169;
  wire                _zz_lost_170;
  wire                _zz_lost_171;
  wire                _zz_lost_172;
  wire                _zz_lost_173;
  wire                _zz_lost_174;
  wire                _zz_lost_175;
  wire       [0:0]    _zz_lost_176;
  wire                _zz_lost_177;
  wire                _zz_lost_178;
  wire                _zz_lost_179;
  wire                _zz_lost_180;
  wire                _zz_lost_181;
  wire                _zz_lost_182;
  wire       [0:0]    _zz_lost_183;
  wire                _zz_lost_184;
  wire                _zz_lost_185;
  wire                _zz_lost_186;
  wire                _zz_lost_187;
  wire                _zz_lost_188;
  wire                _zz_lost_189;
  wire       [0:0]    _zz_lost_190;
  wire                _zz_lost_191;
  wire                _zz_lost_192;
  wire                _zz_lost_193;
  wire                _zz_lost_194;
  wire                _zz_lost_195;
  wire                _zz_lost_196;
  wire       [0:0]    _zz_lost_197;
  wire                _zz_lost_198;
  wire                _zz_lost_199;
  wire                _zz_lost_200;
  wire                _zz_lost_201;
  wire                _zz_lost_202;
  wire                _zz_lost_203;
  wire       [0:0]    _zz_lost_204;
  wire                _zz_lost_205;
  wire                _zz_lost_206;
  wire                _zz_lost_207;
  wire                _zz_lost_208;
  wire                _zz_lost_209;
  wire                _zz_lost_210;
  wire       [0:0]    _zz_lost_211;
  wire                _zz_lost_212;
  wire                _zz_lost_213;
  wire                _zz_lost_214;
  wire                _zz_lost_215;
  wire                _zz_lost_216;
  wire                _zz_lost_217;
  wire       [0:0]    _zz_lost_218;
  wire                _zz_lost_219;
  wire                _zz_lost_220;
  wire                _zz_lost_221;
  wire                _zz_lost_222;
  wire                _zz_lost_223;
  wire                _zz_lost_224;
  reg        [15:0]   _zz_query_pending;
  wire       [16:0]   _zz__zz_sched_queryCount;
  wire       [16:0]   _zz__zz_sched_queryCount_1;
  wire       [15:0]   _zz__zz_sched_queryCount_2;
  wire       [16:0]   _zz__zz_sched_queryCount_3;
  wire       [0:0]    _zz__zz_sched_queryCount_4;
  wire       [16:0]   _zz__zz_sched_queryCount_5;
  wire       [0:0]    _zz__zz_sched_queryCount_6;
  wire       [15:0]   _zz_sched_queryCount_1;
  wire       [15:0]   _zz_sched_queryCount_2;
  wire       [15:0]   _zz_sched_queryCount_3;
  reg        [31:0]   masked;
  reg        [31:0]   waiting;
  reg        [31:0]   oneShot;
  reg        [31:0]   handlerArmed;
  wire       [31:0]   upd_oneHot;
  wire                _zz_lost;
  wire                _zz_when_NicCoalescing_l77;
  wire                _zz_modesLoad;
  wire       [31:0]   modesLoad;
  wire                _zz_oneShot;
  wire                _zz_handlerArmed;
  wire                _zz_masked;
  wire                _zz_masked_1;
  wire                _zz_masked_2;
  wire                _zz_masked_3;
  wire                _zz_masked_4;
  wire                _zz_masked_5;
  wire                _zz_masked_6;
  wire                _zz_masked_7;
  wire                _zz_masked_8;
  wire                _zz_masked_9;
  wire                _zz_masked_10;
  wire                _zz_masked_11;
  wire                _zz_masked_12;
  wire                _zz_masked_13;
  wire                _zz_masked_14;
  wire                _zz_masked_15;
  wire                _zz_masked_16;
  wire                _zz_masked_17;
  wire                _zz_masked_18;
  wire                _zz_masked_19;
  wire                _zz_masked_20;
  wire                _zz_masked_21;
  wire                _zz_masked_22;
  wire                _zz_masked_23;
  wire                _zz_masked_24;
  wire                _zz_masked_25;
  wire                _zz_masked_26;
  wire                _zz_masked_27;
  wire                _zz_masked_28;
  wire                _zz_masked_29;
  wire                _zz_masked_30;
  wire                _zz_masked_31;
  wire       [31:0]   waitingNext;
  reg        [31:0]   prev;
  wire       [31:0]   line;
  wire       [31:0]   gate;
  reg        [5:0]    coalesceCount_0;
  reg        [5:0]    coalesceCount_1;
  reg        [5:0]    coalesceCount_2;
  reg        [5:0]    coalesceCount_3;
  reg        [5:0]    coalesceCount_4;
  reg        [5:0]    coalesceCount_5;
  reg        [5:0]    coalesceCount_6;
  reg        [5:0]    coalesceCount_7;
  reg        [15:0]   coalesceTime_0;
  reg        [15:0]   coalesceTime_1;
  reg        [15:0]   coalesceTime_2;
  reg        [15:0]   coalesceTime_3;
  reg        [15:0]   coalesceTime_4;
  reg        [15:0]   coalesceTime_5;
  reg        [15:0]   coalesceTime_6;
  reg        [15:0]   coalesceTime_7;
  reg        [5:0]    nicCount_0;
  reg        [5:0]    nicCount_1;
  reg        [5:0]    nicCount_2;
  reg        [5:0]    nicCount_3;
  reg        [5:0]    nicCount_4;
  reg        [5:0]    nicCount_5;
  reg        [5:0]    nicCount_6;
  reg        [5:0]    nicCount_7;
  reg        [15:0]   nicTimer_0;
  reg        [15:0]   nicTimer_1;
  reg        [15:0]   nicTimer_2;
  reg        [15:0]   nicTimer_3;
  reg        [15:0]   nicTimer_4;
  reg        [15:0]   nicTimer_5;
  reg        [15:0]   nicTimer_6;
  reg        [15:0]   nicTimer_7;
  reg        [7:0]    nicActive;
  reg        [7:0]    nicTimeUp;
  reg        [7:0]    nicReachK;
  reg        [7:0]    nicReachKNext;
  wire       [7:0]    nicFire;
  wire                _zz_nicFire_0;
  wire       [5:0]    _zz_nicFire_0_1;
  wire       [15:0]   _zz_nicTimer_0;
  wire       [5:0]    _zz_nicReachK;
  wire       [15:0]   _zz_nicTimeUp;
  wire                _zz_nicFire_0_2;
  wire                nicFire_0;
  wire       [5:0]    _zz_nicCount_0;
  wire       [15:0]   _zz_nicTimer_0_1;
  wire                when_NicCoalescing_l77;
  wire       [15:0]   _zz_coalesceTime_0;
  wire       [5:0]    _zz_coalesceCount_0;
  wire       [5:0]    _zz_nicReachKNext;
  wire                _zz_nicFire_1;
  wire       [5:0]    _zz_nicFire_1_1;
  wire       [15:0]   _zz_nicTimer_1;
  wire       [5:0]    _zz_nicReachK_1;
  wire       [15:0]   _zz_nicTimeUp_1;
  wire                _zz_nicFire_1_2;
  wire                nicFire_1;
  wire       [5:0]    _zz_nicCount_1;
  wire       [15:0]   _zz_nicTimer_1_1;
  wire                when_NicCoalescing_l77_1;
  wire       [15:0]   _zz_coalesceTime_1;
  wire       [5:0]    _zz_coalesceCount_1;
  wire       [5:0]    _zz_nicReachKNext_1;
  wire                _zz_nicFire_2;
  wire       [5:0]    _zz_nicFire_2_1;
  wire       [15:0]   _zz_nicTimer_2;
  wire       [5:0]    _zz_nicReachK_2;
  wire       [15:0]   _zz_nicTimeUp_2;
  wire                _zz_nicFire_2_2;
  wire                nicFire_2;
  wire       [5:0]    _zz_nicCount_2;
  wire       [15:0]   _zz_nicTimer_2_1;
  wire                when_NicCoalescing_l77_2;
  wire       [15:0]   _zz_coalesceTime_2;
  wire       [5:0]    _zz_coalesceCount_2;
  wire       [5:0]    _zz_nicReachKNext_2;
  wire                _zz_nicFire_3;
  wire       [5:0]    _zz_nicFire_3_1;
  wire       [15:0]   _zz_nicTimer_3;
  wire       [5:0]    _zz_nicReachK_3;
  wire       [15:0]   _zz_nicTimeUp_3;
  wire                _zz_nicFire_3_2;
  wire                nicFire_3;
  wire       [5:0]    _zz_nicCount_3;
  wire       [15:0]   _zz_nicTimer_3_1;
  wire                when_NicCoalescing_l77_3;
  wire       [15:0]   _zz_coalesceTime_3;
  wire       [5:0]    _zz_coalesceCount_3;
  wire       [5:0]    _zz_nicReachKNext_3;
  wire                _zz_nicFire_4;
  wire       [5:0]    _zz_nicFire_4_1;
  wire       [15:0]   _zz_nicTimer_4;
  wire       [5:0]    _zz_nicReachK_4;
  wire       [15:0]   _zz_nicTimeUp_4;
  wire                _zz_nicFire_4_2;
  wire                nicFire_4;
  wire       [5:0]    _zz_nicCount_4;
  wire       [15:0]   _zz_nicTimer_4_1;
  wire                when_NicCoalescing_l77_4;
  wire       [15:0]   _zz_coalesceTime_4;
  wire       [5:0]    _zz_coalesceCount_4;
  wire       [5:0]    _zz_nicReachKNext_4;
  wire                _zz_nicFire_5;
  wire       [5:0]    _zz_nicFire_5_1;
  wire       [15:0]   _zz_nicTimer_5;
  wire       [5:0]    _zz_nicReachK_5;
  wire       [15:0]   _zz_nicTimeUp_5;
  wire                _zz_nicFire_5_2;
  wire                nicFire_5;
  wire       [5:0]    _zz_nicCount_5;
  wire       [15:0]   _zz_nicTimer_5_1;
  wire                when_NicCoalescing_l77_5;
  wire       [15:0]   _zz_coalesceTime_5;
  wire       [5:0]    _zz_coalesceCount_5;
  wire       [5:0]    _zz_nicReachKNext_5;
  wire                _zz_nicFire_6;
  wire       [5:0]    _zz_nicFire_6_1;
  wire       [15:0]   _zz_nicTimer_6;
  wire       [5:0]    _zz_nicReachK_6;
  wire       [15:0]   _zz_nicTimeUp_6;
  wire                _zz_nicFire_6_2;
  wire                nicFire_6;
  wire       [5:0]    _zz_nicCount_6;
  wire       [15:0]   _zz_nicTimer_6_1;
  wire                when_NicCoalescing_l77_6;
  wire       [15:0]   _zz_coalesceTime_6;
  wire       [5:0]    _zz_coalesceCount_6;
  wire       [5:0]    _zz_nicReachKNext_6;
  wire                _zz_nicFire_7;
  wire       [5:0]    _zz_nicFire_7_1;
  wire       [15:0]   _zz_nicTimer_7;
  wire       [5:0]    _zz_nicReachK_7;
  wire       [15:0]   _zz_nicTimeUp_7;
  wire                _zz_nicFire_7_2;
  wire                nicFire_7;
  wire       [5:0]    _zz_nicCount_7;
  wire       [15:0]   _zz_nicTimer_7_1;
  wire                when_NicCoalescing_l77_7;
  wire       [15:0]   _zz_coalesceTime_7;
  wire       [5:0]    _zz_coalesceCount_7;
  wire       [5:0]    _zz_nicReachKNext_7;
  wire       [31:0]   coalesced;
  reg        [7:0]    nicAck;
  wire       [31:0]   event_1;
  wire       [31:0]   available;
  wire                _zz_countUpdate_take;
  wire                _zz_countUpdate_give;
  reg                 countUpdate_take;
  reg                 countUpdate_give;
  reg        [4:0]    countUpdate_source;
  reg        [31:0]   draining;
  reg                 offerValid;
  reg        [4:0]    offerSource;
  wire       [4:0]    nextOffer;
  wire       [31:0]   offerOneHot;
  wire       [1:0]    offerModes_rd0;
  wire                offerPersistent;
  wire       [31:0]   pickTaken;
  wire                _zz_sched_pick_payload_takesEvent;
  wire       [31:0]   inS1;
  reg        [31:0]   handedOver;
  wire       [31:0]   candidates;
  reg        [4:0]    lastPick;
  wire       [4:0]    _zz_lastPick;
  wire                _zz_offerValid;
  wire                _zz_offerValid_1;
  wire                _zz_offerValid_2;
  wire                _zz_offerValid_3;
  wire                _zz_offerValid_4;
  wire                _zz_offerValid_5;
  wire                _zz_offerValid_6;
  wire                _zz_offerValid_7;
  wire                _zz_offerValid_8;
  wire                _zz_offerValid_9;
  wire                _zz_offerValid_10;
  wire                _zz_offerValid_11;
  wire                _zz_offerValid_12;
  wire                _zz_offerValid_13;
  wire                _zz_offerValid_14;
  wire                _zz_offerValid_15;
  wire                _zz_offerValid_16;
  wire                _zz_offerValid_17;
  wire                _zz_offerValid_18;
  wire                _zz_offerValid_19;
  wire                _zz_offerValid_20;
  wire                _zz_offerValid_21;
  wire                _zz_offerValid_22;
  wire                _zz_offerValid_23;
  wire                _zz_offerValid_24;
  wire                _zz_offerValid_25;
  wire                _zz_offerValid_26;
  wire                _zz_offerValid_27;
  wire                _zz_offerValid_28;
  wire                _zz_offerValid_29;
  wire                _zz_offerValid_30;
  wire                _zz_offerValid_31;
  wire                _zz_offerValid_32;
  wire                _zz_offerValid_33;
  wire                _zz_offerValid_34;
  wire                _zz_offerValid_35;
  wire                _zz_offerValid_36;
  wire       [63:0]   _zz_offerValid_37;
  wire                _zz_nextOffer;
  wire                _zz_nextOffer_1;
  wire                _zz_nextOffer_2;
  wire                _zz_nextOffer_3;
  wire                _zz_nextOffer_4;
  wire                _zz_nextOffer_5;
  wire                _zz_nextOffer_6;
  wire                _zz_nextOffer_7;
  wire                _zz_nextOffer_8;
  wire                _zz_nextOffer_9;
  wire                _zz_nextOffer_10;
  wire                _zz_nextOffer_11;
  wire                _zz_nextOffer_12;
  wire                _zz_nextOffer_13;
  wire                _zz_nextOffer_14;
  wire                _zz_nextOffer_15;
  wire                _zz_nextOffer_16;
  wire                _zz_nextOffer_17;
  wire                _zz_nextOffer_18;
  wire                _zz_nextOffer_19;
  wire                _zz_nextOffer_20;
  wire                _zz_nextOffer_21;
  wire                _zz_nextOffer_22;
  wire                _zz_nextOffer_23;
  wire                _zz_nextOffer_24;
  wire                _zz_nextOffer_25;
  wire                _zz_nextOffer_26;
  wire                _zz_nextOffer_27;
  wire                _zz_nextOffer_28;
  wire                _zz_nextOffer_29;
  wire                _zz_nextOffer_30;
  wire                _zz_offerValid_38;
  wire                _zz_nextOffer_31;
  wire                _zz_nextOffer_32;
  wire                _zz_nextOffer_33;
  wire                _zz_nextOffer_34;
  wire                _zz_nextOffer_35;
  wire                _zz_nextOffer_36;
  wire                _zz_nextOffer_37;
  wire                _zz_nextOffer_38;
  wire                _zz_nextOffer_39;
  wire                _zz_nextOffer_40;
  wire                _zz_nextOffer_41;
  wire                _zz_nextOffer_42;
  wire                _zz_nextOffer_43;
  wire                _zz_nextOffer_44;
  wire                _zz_nextOffer_45;
  wire                _zz_offerValid_39;
  wire                _zz_nextOffer_46;
  wire                _zz_nextOffer_47;
  wire                _zz_nextOffer_48;
  wire                _zz_nextOffer_49;
  wire                _zz_nextOffer_50;
  wire                _zz_nextOffer_51;
  wire                _zz_nextOffer_52;
  wire                _zz_offerValid_40;
  wire                _zz_nextOffer_53;
  wire                _zz_nextOffer_54;
  wire                _zz_nextOffer_55;
  wire                _zz_offerValid_41;
  wire                _zz_nextOffer_56;
  wire                _zz_offerValid_42;
  wire                _zz_offerValid_43;
  reg        [15:0]   pending_0;
  reg        [15:0]   pending_1;
  reg        [15:0]   pending_2;
  reg        [15:0]   pending_3;
  reg        [15:0]   pending_4;
  reg        [15:0]   pending_5;
  reg        [15:0]   pending_6;
  reg        [15:0]   pending_7;
  reg        [15:0]   pending_8;
  reg        [15:0]   pending_9;
  reg        [15:0]   pending_10;
  reg        [15:0]   pending_11;
  reg        [15:0]   pending_12;
  reg        [15:0]   pending_13;
  reg        [15:0]   pending_14;
  reg        [15:0]   pending_15;
  reg        [15:0]   pending_16;
  reg        [15:0]   pending_17;
  reg        [15:0]   pending_18;
  reg        [15:0]   pending_19;
  reg        [15:0]   pending_20;
  reg        [15:0]   pending_21;
  reg        [15:0]   pending_22;
  reg        [15:0]   pending_23;
  reg        [15:0]   pending_24;
  reg        [15:0]   pending_25;
  reg        [15:0]   pending_26;
  reg        [15:0]   pending_27;
  reg        [15:0]   pending_28;
  reg        [15:0]   pending_29;
  reg        [15:0]   pending_30;
  reg        [15:0]   pending_31;
  reg        [31:0]   lost;
  reg        [31:0]   countUp;
  reg        [31:0]   countDown;
  wire       [31:0]   pendingNonZero;
  wire       [1:0]    _zz_pending_0;
  wire       [16:0]   _zz_pending_0_1;
  wire                _zz_pending_0_2;
  wire       [1:0]    _zz_pending_1;
  wire       [16:0]   _zz_pending_1_1;
  wire                _zz_pending_1_2;
  wire       [1:0]    _zz_pending_2;
  wire       [16:0]   _zz_pending_2_1;
  wire                _zz_pending_2_2;
  wire       [1:0]    _zz_pending_3;
  wire       [16:0]   _zz_pending_3_1;
  wire                _zz_pending_3_2;
  wire       [1:0]    _zz_pending_4;
  wire       [16:0]   _zz_pending_4_1;
  wire                _zz_pending_4_2;
  wire       [1:0]    _zz_pending_5;
  wire       [16:0]   _zz_pending_5_1;
  wire                _zz_pending_5_2;
  wire       [1:0]    _zz_pending_6;
  wire       [16:0]   _zz_pending_6_1;
  wire                _zz_pending_6_2;
  wire       [1:0]    _zz_pending_7;
  wire       [16:0]   _zz_pending_7_1;
  wire                _zz_pending_7_2;
  wire       [1:0]    _zz_pending_8;
  wire       [16:0]   _zz_pending_8_1;
  wire                _zz_pending_8_2;
  wire       [1:0]    _zz_pending_9;
  wire       [16:0]   _zz_pending_9_1;
  wire                _zz_pending_9_2;
  wire       [1:0]    _zz_pending_10;
  wire       [16:0]   _zz_pending_10_1;
  wire                _zz_pending_10_2;
  wire       [1:0]    _zz_pending_11;
  wire       [16:0]   _zz_pending_11_1;
  wire                _zz_pending_11_2;
  wire       [1:0]    _zz_pending_12;
  wire       [16:0]   _zz_pending_12_1;
  wire                _zz_pending_12_2;
  wire       [1:0]    _zz_pending_13;
  wire       [16:0]   _zz_pending_13_1;
  wire                _zz_pending_13_2;
  wire       [1:0]    _zz_pending_14;
  wire       [16:0]   _zz_pending_14_1;
  wire                _zz_pending_14_2;
  wire       [1:0]    _zz_pending_15;
  wire       [16:0]   _zz_pending_15_1;
  wire                _zz_pending_15_2;
  wire       [1:0]    _zz_pending_16;
  wire       [16:0]   _zz_pending_16_1;
  wire                _zz_pending_16_2;
  wire       [1:0]    _zz_pending_17;
  wire       [16:0]   _zz_pending_17_1;
  wire                _zz_pending_17_2;
  wire       [1:0]    _zz_pending_18;
  wire       [16:0]   _zz_pending_18_1;
  wire                _zz_pending_18_2;
  wire       [1:0]    _zz_pending_19;
  wire       [16:0]   _zz_pending_19_1;
  wire                _zz_pending_19_2;
  wire       [1:0]    _zz_pending_20;
  wire       [16:0]   _zz_pending_20_1;
  wire                _zz_pending_20_2;
  wire       [1:0]    _zz_pending_21;
  wire       [16:0]   _zz_pending_21_1;
  wire                _zz_pending_21_2;
  wire       [1:0]    _zz_pending_22;
  wire       [16:0]   _zz_pending_22_1;
  wire                _zz_pending_22_2;
  wire       [1:0]    _zz_pending_23;
  wire       [16:0]   _zz_pending_23_1;
  wire                _zz_pending_23_2;
  wire       [1:0]    _zz_pending_24;
  wire       [16:0]   _zz_pending_24_1;
  wire                _zz_pending_24_2;
  wire       [1:0]    _zz_pending_25;
  wire       [16:0]   _zz_pending_25_1;
  wire                _zz_pending_25_2;
  wire       [1:0]    _zz_pending_26;
  wire       [16:0]   _zz_pending_26_1;
  wire                _zz_pending_26_2;
  wire       [1:0]    _zz_pending_27;
  wire       [16:0]   _zz_pending_27_1;
  wire                _zz_pending_27_2;
  wire       [1:0]    _zz_pending_28;
  wire       [16:0]   _zz_pending_28_1;
  wire                _zz_pending_28_2;
  wire       [1:0]    _zz_pending_29;
  wire       [16:0]   _zz_pending_29_1;
  wire                _zz_pending_29_2;
  wire       [1:0]    _zz_pending_30;
  wire       [16:0]   _zz_pending_30_1;
  wire                _zz_pending_30_2;
  wire       [1:0]    _zz_pending_31;
  wire       [16:0]   _zz_pending_31_1;
  wire                _zz_pending_31_2;
  reg        [4:0]    query_source;
  wire       [15:0]   query_pending;
  wire       [16:0]   _zz_sched_queryCount;
  (* ram_style = "logic" *) reg [1:0] offerModes [0:31];

  assign _zz__zz_nicCount_0 = (_zz_nicFire_0_1 + _zz__zz_nicCount_0_1);
  assign _zz__zz_nicCount_0_2 = _zz_nicFire_0;
  assign _zz__zz_nicCount_0_1 = {5'd0, _zz__zz_nicCount_0_2};
  assign _zz__zz_nicTimer_0_1 = (_zz_nicTimer_0 + 16'h0001);
  assign _zz__zz_nicCount_1 = (_zz_nicFire_1_1 + _zz__zz_nicCount_1_1);
  assign _zz__zz_nicCount_1_2 = _zz_nicFire_1;
  assign _zz__zz_nicCount_1_1 = {5'd0, _zz__zz_nicCount_1_2};
  assign _zz__zz_nicTimer_1_1 = (_zz_nicTimer_1 + 16'h0001);
  assign _zz__zz_nicCount_2 = (_zz_nicFire_2_1 + _zz__zz_nicCount_2_1);
  assign _zz__zz_nicCount_2_2 = _zz_nicFire_2;
  assign _zz__zz_nicCount_2_1 = {5'd0, _zz__zz_nicCount_2_2};
  assign _zz__zz_nicTimer_2_1 = (_zz_nicTimer_2 + 16'h0001);
  assign _zz__zz_nicCount_3 = (_zz_nicFire_3_1 + _zz__zz_nicCount_3_1);
  assign _zz__zz_nicCount_3_2 = _zz_nicFire_3;
  assign _zz__zz_nicCount_3_1 = {5'd0, _zz__zz_nicCount_3_2};
  assign _zz__zz_nicTimer_3_1 = (_zz_nicTimer_3 + 16'h0001);
  assign _zz__zz_nicCount_4 = (_zz_nicFire_4_1 + _zz__zz_nicCount_4_1);
  assign _zz__zz_nicCount_4_2 = _zz_nicFire_4;
  assign _zz__zz_nicCount_4_1 = {5'd0, _zz__zz_nicCount_4_2};
  assign _zz__zz_nicTimer_4_1 = (_zz_nicTimer_4 + 16'h0001);
  assign _zz__zz_nicCount_5 = (_zz_nicFire_5_1 + _zz__zz_nicCount_5_1);
  assign _zz__zz_nicCount_5_2 = _zz_nicFire_5;
  assign _zz__zz_nicCount_5_1 = {5'd0, _zz__zz_nicCount_5_2};
  assign _zz__zz_nicTimer_5_1 = (_zz_nicTimer_5 + 16'h0001);
  assign _zz__zz_nicCount_6 = (_zz_nicFire_6_1 + _zz__zz_nicCount_6_1);
  assign _zz__zz_nicCount_6_2 = _zz_nicFire_6;
  assign _zz__zz_nicCount_6_1 = {5'd0, _zz__zz_nicCount_6_2};
  assign _zz__zz_nicTimer_6_1 = (_zz_nicTimer_6 + 16'h0001);
  assign _zz__zz_nicCount_7 = (_zz_nicFire_7_1 + _zz__zz_nicCount_7_1);
  assign _zz__zz_nicCount_7_2 = _zz_nicFire_7;
  assign _zz__zz_nicCount_7_1 = {5'd0, _zz__zz_nicCount_7_2};
  assign _zz__zz_nicTimer_7_1 = (_zz_nicTimer_7 + 16'h0001);
  assign _zz_nextOffer_57 = {(! _zz_offerValid_43),(_zz_offerValid_43 ? {(! _zz_nextOffer_56),(_zz_nextOffer_56 ? {_zz_nextOffer_58,_zz_nextOffer_59} : {_zz_nextOffer_110,_zz_nextOffer_111})} : {(! _zz_offerValid_42),(_zz_offerValid_42 ? {_zz_nextOffer_162,_zz_nextOffer_163} : {_zz_nextOffer_214,_zz_nextOffer_215})})};
  assign _zz__zz_pending_0_1 = event_1[0];
  assign _zz__zz_pending_0 = {1'd0, _zz__zz_pending_0_1};
  assign _zz__zz_pending_0_3 = countUp[0];
  assign _zz__zz_pending_0_2 = {1'd0, _zz__zz_pending_0_3};
  assign _zz__zz_pending_0_1_2 = pending_0;
  assign _zz__zz_pending_0_1_1 = {1'd0, _zz__zz_pending_0_1_2};
  assign _zz__zz_pending_0_1_3 = (_zz__zz_pending_0_1_4 - 17'h00001);
  assign _zz__zz_pending_0_1_4 = {15'd0, _zz_pending_0};
  assign _zz__zz_pending_0_1_5 = {15'd0, _zz_pending_0};
  assign _zz_pending_0_3 = _zz_pending_0_1[15:0];
  assign _zz__zz_pending_1_1 = event_1[1];
  assign _zz__zz_pending_1 = {1'd0, _zz__zz_pending_1_1};
  assign _zz__zz_pending_1_3 = countUp[1];
  assign _zz__zz_pending_1_2 = {1'd0, _zz__zz_pending_1_3};
  assign _zz__zz_pending_1_1_2 = pending_1;
  assign _zz__zz_pending_1_1_1 = {1'd0, _zz__zz_pending_1_1_2};
  assign _zz__zz_pending_1_1_3 = (_zz__zz_pending_1_1_4 - 17'h00001);
  assign _zz__zz_pending_1_1_4 = {15'd0, _zz_pending_1};
  assign _zz__zz_pending_1_1_5 = {15'd0, _zz_pending_1};
  assign _zz_pending_1_3 = _zz_pending_1_1[15:0];
  assign _zz__zz_pending_2_1 = event_1[2];
  assign _zz__zz_pending_2 = {1'd0, _zz__zz_pending_2_1};
  assign _zz__zz_pending_2_3 = countUp[2];
  assign _zz__zz_pending_2_2 = {1'd0, _zz__zz_pending_2_3};
  assign _zz__zz_pending_2_1_2 = pending_2;
  assign _zz__zz_pending_2_1_1 = {1'd0, _zz__zz_pending_2_1_2};
  assign _zz__zz_pending_2_1_3 = (_zz__zz_pending_2_1_4 - 17'h00001);
  assign _zz__zz_pending_2_1_4 = {15'd0, _zz_pending_2};
  assign _zz__zz_pending_2_1_5 = {15'd0, _zz_pending_2};
  assign _zz_pending_2_3 = _zz_pending_2_1[15:0];
  assign _zz__zz_pending_3_1 = event_1[3];
  assign _zz__zz_pending_3 = {1'd0, _zz__zz_pending_3_1};
  assign _zz__zz_pending_3_3 = countUp[3];
  assign _zz__zz_pending_3_2 = {1'd0, _zz__zz_pending_3_3};
  assign _zz__zz_pending_3_1_2 = pending_3;
  assign _zz__zz_pending_3_1_1 = {1'd0, _zz__zz_pending_3_1_2};
  assign _zz__zz_pending_3_1_3 = (_zz__zz_pending_3_1_4 - 17'h00001);
  assign _zz__zz_pending_3_1_4 = {15'd0, _zz_pending_3};
  assign _zz__zz_pending_3_1_5 = {15'd0, _zz_pending_3};
  assign _zz_pending_3_3 = _zz_pending_3_1[15:0];
  assign _zz__zz_pending_4_1 = event_1[4];
  assign _zz__zz_pending_4 = {1'd0, _zz__zz_pending_4_1};
  assign _zz__zz_pending_4_3 = countUp[4];
  assign _zz__zz_pending_4_2 = {1'd0, _zz__zz_pending_4_3};
  assign _zz__zz_pending_4_1_2 = pending_4;
  assign _zz__zz_pending_4_1_1 = {1'd0, _zz__zz_pending_4_1_2};
  assign _zz__zz_pending_4_1_3 = (_zz__zz_pending_4_1_4 - 17'h00001);
  assign _zz__zz_pending_4_1_4 = {15'd0, _zz_pending_4};
  assign _zz__zz_pending_4_1_5 = {15'd0, _zz_pending_4};
  assign _zz_pending_4_3 = _zz_pending_4_1[15:0];
  assign _zz__zz_pending_5_1 = event_1[5];
  assign _zz__zz_pending_5 = {1'd0, _zz__zz_pending_5_1};
  assign _zz__zz_pending_5_3 = countUp[5];
  assign _zz__zz_pending_5_2 = {1'd0, _zz__zz_pending_5_3};
  assign _zz__zz_pending_5_1_2 = pending_5;
  assign _zz__zz_pending_5_1_1 = {1'd0, _zz__zz_pending_5_1_2};
  assign _zz__zz_pending_5_1_3 = (_zz__zz_pending_5_1_4 - 17'h00001);
  assign _zz__zz_pending_5_1_4 = {15'd0, _zz_pending_5};
  assign _zz__zz_pending_5_1_5 = {15'd0, _zz_pending_5};
  assign _zz_pending_5_3 = _zz_pending_5_1[15:0];
  assign _zz__zz_pending_6_1 = event_1[6];
  assign _zz__zz_pending_6 = {1'd0, _zz__zz_pending_6_1};
  assign _zz__zz_pending_6_3 = countUp[6];
  assign _zz__zz_pending_6_2 = {1'd0, _zz__zz_pending_6_3};
  assign _zz__zz_pending_6_1_2 = pending_6;
  assign _zz__zz_pending_6_1_1 = {1'd0, _zz__zz_pending_6_1_2};
  assign _zz__zz_pending_6_1_3 = (_zz__zz_pending_6_1_4 - 17'h00001);
  assign _zz__zz_pending_6_1_4 = {15'd0, _zz_pending_6};
  assign _zz__zz_pending_6_1_5 = {15'd0, _zz_pending_6};
  assign _zz_pending_6_3 = _zz_pending_6_1[15:0];
  assign _zz__zz_pending_7_1 = event_1[7];
  assign _zz__zz_pending_7 = {1'd0, _zz__zz_pending_7_1};
  assign _zz__zz_pending_7_3 = countUp[7];
  assign _zz__zz_pending_7_2 = {1'd0, _zz__zz_pending_7_3};
  assign _zz__zz_pending_7_1_2 = pending_7;
  assign _zz__zz_pending_7_1_1 = {1'd0, _zz__zz_pending_7_1_2};
  assign _zz__zz_pending_7_1_3 = (_zz__zz_pending_7_1_4 - 17'h00001);
  assign _zz__zz_pending_7_1_4 = {15'd0, _zz_pending_7};
  assign _zz__zz_pending_7_1_5 = {15'd0, _zz_pending_7};
  assign _zz_pending_7_3 = _zz_pending_7_1[15:0];
  assign _zz__zz_pending_8_1 = event_1[8];
  assign _zz__zz_pending_8 = {1'd0, _zz__zz_pending_8_1};
  assign _zz__zz_pending_8_3 = countUp[8];
  assign _zz__zz_pending_8_2 = {1'd0, _zz__zz_pending_8_3};
  assign _zz__zz_pending_8_1_2 = pending_8;
  assign _zz__zz_pending_8_1_1 = {1'd0, _zz__zz_pending_8_1_2};
  assign _zz__zz_pending_8_1_3 = (_zz__zz_pending_8_1_4 - 17'h00001);
  assign _zz__zz_pending_8_1_4 = {15'd0, _zz_pending_8};
  assign _zz__zz_pending_8_1_5 = {15'd0, _zz_pending_8};
  assign _zz_pending_8_3 = _zz_pending_8_1[15:0];
  assign _zz__zz_pending_9_1 = event_1[9];
  assign _zz__zz_pending_9 = {1'd0, _zz__zz_pending_9_1};
  assign _zz__zz_pending_9_3 = countUp[9];
  assign _zz__zz_pending_9_2 = {1'd0, _zz__zz_pending_9_3};
  assign _zz__zz_pending_9_1_2 = pending_9;
  assign _zz__zz_pending_9_1_1 = {1'd0, _zz__zz_pending_9_1_2};
  assign _zz__zz_pending_9_1_3 = (_zz__zz_pending_9_1_4 - 17'h00001);
  assign _zz__zz_pending_9_1_4 = {15'd0, _zz_pending_9};
  assign _zz__zz_pending_9_1_5 = {15'd0, _zz_pending_9};
  assign _zz_pending_9_3 = _zz_pending_9_1[15:0];
  assign _zz__zz_pending_10_1 = event_1[10];
  assign _zz__zz_pending_10 = {1'd0, _zz__zz_pending_10_1};
  assign _zz__zz_pending_10_3 = countUp[10];
  assign _zz__zz_pending_10_2 = {1'd0, _zz__zz_pending_10_3};
  assign _zz__zz_pending_10_1_2 = pending_10;
  assign _zz__zz_pending_10_1_1 = {1'd0, _zz__zz_pending_10_1_2};
  assign _zz__zz_pending_10_1_3 = (_zz__zz_pending_10_1_4 - 17'h00001);
  assign _zz__zz_pending_10_1_4 = {15'd0, _zz_pending_10};
  assign _zz__zz_pending_10_1_5 = {15'd0, _zz_pending_10};
  assign _zz_pending_10_3 = _zz_pending_10_1[15:0];
  assign _zz__zz_pending_11_1 = event_1[11];
  assign _zz__zz_pending_11 = {1'd0, _zz__zz_pending_11_1};
  assign _zz__zz_pending_11_3 = countUp[11];
  assign _zz__zz_pending_11_2 = {1'd0, _zz__zz_pending_11_3};
  assign _zz__zz_pending_11_1_2 = pending_11;
  assign _zz__zz_pending_11_1_1 = {1'd0, _zz__zz_pending_11_1_2};
  assign _zz__zz_pending_11_1_3 = (_zz__zz_pending_11_1_4 - 17'h00001);
  assign _zz__zz_pending_11_1_4 = {15'd0, _zz_pending_11};
  assign _zz__zz_pending_11_1_5 = {15'd0, _zz_pending_11};
  assign _zz_pending_11_3 = _zz_pending_11_1[15:0];
  assign _zz__zz_pending_12_1 = event_1[12];
  assign _zz__zz_pending_12 = {1'd0, _zz__zz_pending_12_1};
  assign _zz__zz_pending_12_3 = countUp[12];
  assign _zz__zz_pending_12_2 = {1'd0, _zz__zz_pending_12_3};
  assign _zz__zz_pending_12_1_2 = pending_12;
  assign _zz__zz_pending_12_1_1 = {1'd0, _zz__zz_pending_12_1_2};
  assign _zz__zz_pending_12_1_3 = (_zz__zz_pending_12_1_4 - 17'h00001);
  assign _zz__zz_pending_12_1_4 = {15'd0, _zz_pending_12};
  assign _zz__zz_pending_12_1_5 = {15'd0, _zz_pending_12};
  assign _zz_pending_12_3 = _zz_pending_12_1[15:0];
  assign _zz__zz_pending_13_1 = event_1[13];
  assign _zz__zz_pending_13 = {1'd0, _zz__zz_pending_13_1};
  assign _zz__zz_pending_13_3 = countUp[13];
  assign _zz__zz_pending_13_2 = {1'd0, _zz__zz_pending_13_3};
  assign _zz__zz_pending_13_1_2 = pending_13;
  assign _zz__zz_pending_13_1_1 = {1'd0, _zz__zz_pending_13_1_2};
  assign _zz__zz_pending_13_1_3 = (_zz__zz_pending_13_1_4 - 17'h00001);
  assign _zz__zz_pending_13_1_4 = {15'd0, _zz_pending_13};
  assign _zz__zz_pending_13_1_5 = {15'd0, _zz_pending_13};
  assign _zz_pending_13_3 = _zz_pending_13_1[15:0];
  assign _zz__zz_pending_14_1 = event_1[14];
  assign _zz__zz_pending_14 = {1'd0, _zz__zz_pending_14_1};
  assign _zz__zz_pending_14_3 = countUp[14];
  assign _zz__zz_pending_14_2 = {1'd0, _zz__zz_pending_14_3};
  assign _zz__zz_pending_14_1_2 = pending_14;
  assign _zz__zz_pending_14_1_1 = {1'd0, _zz__zz_pending_14_1_2};
  assign _zz__zz_pending_14_1_3 = (_zz__zz_pending_14_1_4 - 17'h00001);
  assign _zz__zz_pending_14_1_4 = {15'd0, _zz_pending_14};
  assign _zz__zz_pending_14_1_5 = {15'd0, _zz_pending_14};
  assign _zz_pending_14_3 = _zz_pending_14_1[15:0];
  assign _zz__zz_pending_15_1 = event_1[15];
  assign _zz__zz_pending_15 = {1'd0, _zz__zz_pending_15_1};
  assign _zz__zz_pending_15_3 = countUp[15];
  assign _zz__zz_pending_15_2 = {1'd0, _zz__zz_pending_15_3};
  assign _zz__zz_pending_15_1_2 = pending_15;
  assign _zz__zz_pending_15_1_1 = {1'd0, _zz__zz_pending_15_1_2};
  assign _zz__zz_pending_15_1_3 = (_zz__zz_pending_15_1_4 - 17'h00001);
  assign _zz__zz_pending_15_1_4 = {15'd0, _zz_pending_15};
  assign _zz__zz_pending_15_1_5 = {15'd0, _zz_pending_15};
  assign _zz_pending_15_3 = _zz_pending_15_1[15:0];
  assign _zz__zz_pending_16_1 = event_1[16];
  assign _zz__zz_pending_16 = {1'd0, _zz__zz_pending_16_1};
  assign _zz__zz_pending_16_3 = countUp[16];
  assign _zz__zz_pending_16_2 = {1'd0, _zz__zz_pending_16_3};
  assign _zz__zz_pending_16_1_2 = pending_16;
  assign _zz__zz_pending_16_1_1 = {1'd0, _zz__zz_pending_16_1_2};
  assign _zz__zz_pending_16_1_3 = (_zz__zz_pending_16_1_4 - 17'h00001);
  assign _zz__zz_pending_16_1_4 = {15'd0, _zz_pending_16};
  assign _zz__zz_pending_16_1_5 = {15'd0, _zz_pending_16};
  assign _zz_pending_16_3 = _zz_pending_16_1[15:0];
  assign _zz__zz_pending_17_1 = event_1[17];
  assign _zz__zz_pending_17 = {1'd0, _zz__zz_pending_17_1};
  assign _zz__zz_pending_17_3 = countUp[17];
  assign _zz__zz_pending_17_2 = {1'd0, _zz__zz_pending_17_3};
  assign _zz__zz_pending_17_1_2 = pending_17;
  assign _zz__zz_pending_17_1_1 = {1'd0, _zz__zz_pending_17_1_2};
  assign _zz__zz_pending_17_1_3 = (_zz__zz_pending_17_1_4 - 17'h00001);
  assign _zz__zz_pending_17_1_4 = {15'd0, _zz_pending_17};
  assign _zz__zz_pending_17_1_5 = {15'd0, _zz_pending_17};
  assign _zz_pending_17_3 = _zz_pending_17_1[15:0];
  assign _zz__zz_pending_18_1 = event_1[18];
  assign _zz__zz_pending_18 = {1'd0, _zz__zz_pending_18_1};
  assign _zz__zz_pending_18_3 = countUp[18];
  assign _zz__zz_pending_18_2 = {1'd0, _zz__zz_pending_18_3};
  assign _zz__zz_pending_18_1_2 = pending_18;
  assign _zz__zz_pending_18_1_1 = {1'd0, _zz__zz_pending_18_1_2};
  assign _zz__zz_pending_18_1_3 = (_zz__zz_pending_18_1_4 - 17'h00001);
  assign _zz__zz_pending_18_1_4 = {15'd0, _zz_pending_18};
  assign _zz__zz_pending_18_1_5 = {15'd0, _zz_pending_18};
  assign _zz_pending_18_3 = _zz_pending_18_1[15:0];
  assign _zz__zz_pending_19_1 = event_1[19];
  assign _zz__zz_pending_19 = {1'd0, _zz__zz_pending_19_1};
  assign _zz__zz_pending_19_3 = countUp[19];
  assign _zz__zz_pending_19_2 = {1'd0, _zz__zz_pending_19_3};
  assign _zz__zz_pending_19_1_2 = pending_19;
  assign _zz__zz_pending_19_1_1 = {1'd0, _zz__zz_pending_19_1_2};
  assign _zz__zz_pending_19_1_3 = (_zz__zz_pending_19_1_4 - 17'h00001);
  assign _zz__zz_pending_19_1_4 = {15'd0, _zz_pending_19};
  assign _zz__zz_pending_19_1_5 = {15'd0, _zz_pending_19};
  assign _zz_pending_19_3 = _zz_pending_19_1[15:0];
  assign _zz__zz_pending_20_1 = event_1[20];
  assign _zz__zz_pending_20 = {1'd0, _zz__zz_pending_20_1};
  assign _zz__zz_pending_20_3 = countUp[20];
  assign _zz__zz_pending_20_2 = {1'd0, _zz__zz_pending_20_3};
  assign _zz__zz_pending_20_1_2 = pending_20;
  assign _zz__zz_pending_20_1_1 = {1'd0, _zz__zz_pending_20_1_2};
  assign _zz__zz_pending_20_1_3 = (_zz__zz_pending_20_1_4 - 17'h00001);
  assign _zz__zz_pending_20_1_4 = {15'd0, _zz_pending_20};
  assign _zz__zz_pending_20_1_5 = {15'd0, _zz_pending_20};
  assign _zz_pending_20_3 = _zz_pending_20_1[15:0];
  assign _zz__zz_pending_21_1 = event_1[21];
  assign _zz__zz_pending_21 = {1'd0, _zz__zz_pending_21_1};
  assign _zz__zz_pending_21_3 = countUp[21];
  assign _zz__zz_pending_21_2 = {1'd0, _zz__zz_pending_21_3};
  assign _zz__zz_pending_21_1_2 = pending_21;
  assign _zz__zz_pending_21_1_1 = {1'd0, _zz__zz_pending_21_1_2};
  assign _zz__zz_pending_21_1_3 = (_zz__zz_pending_21_1_4 - 17'h00001);
  assign _zz__zz_pending_21_1_4 = {15'd0, _zz_pending_21};
  assign _zz__zz_pending_21_1_5 = {15'd0, _zz_pending_21};
  assign _zz_pending_21_3 = _zz_pending_21_1[15:0];
  assign _zz__zz_pending_22_1 = event_1[22];
  assign _zz__zz_pending_22 = {1'd0, _zz__zz_pending_22_1};
  assign _zz__zz_pending_22_3 = countUp[22];
  assign _zz__zz_pending_22_2 = {1'd0, _zz__zz_pending_22_3};
  assign _zz__zz_pending_22_1_2 = pending_22;
  assign _zz__zz_pending_22_1_1 = {1'd0, _zz__zz_pending_22_1_2};
  assign _zz__zz_pending_22_1_3 = (_zz__zz_pending_22_1_4 - 17'h00001);
  assign _zz__zz_pending_22_1_4 = {15'd0, _zz_pending_22};
  assign _zz__zz_pending_22_1_5 = {15'd0, _zz_pending_22};
  assign _zz_pending_22_3 = _zz_pending_22_1[15:0];
  assign _zz__zz_pending_23_1 = event_1[23];
  assign _zz__zz_pending_23 = {1'd0, _zz__zz_pending_23_1};
  assign _zz__zz_pending_23_3 = countUp[23];
  assign _zz__zz_pending_23_2 = {1'd0, _zz__zz_pending_23_3};
  assign _zz__zz_pending_23_1_2 = pending_23;
  assign _zz__zz_pending_23_1_1 = {1'd0, _zz__zz_pending_23_1_2};
  assign _zz__zz_pending_23_1_3 = (_zz__zz_pending_23_1_4 - 17'h00001);
  assign _zz__zz_pending_23_1_4 = {15'd0, _zz_pending_23};
  assign _zz__zz_pending_23_1_5 = {15'd0, _zz_pending_23};
  assign _zz_pending_23_3 = _zz_pending_23_1[15:0];
  assign _zz__zz_pending_24_1 = event_1[24];
  assign _zz__zz_pending_24 = {1'd0, _zz__zz_pending_24_1};
  assign _zz__zz_pending_24_3 = countUp[24];
  assign _zz__zz_pending_24_2 = {1'd0, _zz__zz_pending_24_3};
  assign _zz__zz_pending_24_1_2 = pending_24;
  assign _zz__zz_pending_24_1_1 = {1'd0, _zz__zz_pending_24_1_2};
  assign _zz__zz_pending_24_1_3 = (_zz__zz_pending_24_1_4 - 17'h00001);
  assign _zz__zz_pending_24_1_4 = {15'd0, _zz_pending_24};
  assign _zz__zz_pending_24_1_5 = {15'd0, _zz_pending_24};
  assign _zz_pending_24_3 = _zz_pending_24_1[15:0];
  assign _zz__zz_pending_25_1 = event_1[25];
  assign _zz__zz_pending_25 = {1'd0, _zz__zz_pending_25_1};
  assign _zz__zz_pending_25_3 = countUp[25];
  assign _zz__zz_pending_25_2 = {1'd0, _zz__zz_pending_25_3};
  assign _zz__zz_pending_25_1_2 = pending_25;
  assign _zz__zz_pending_25_1_1 = {1'd0, _zz__zz_pending_25_1_2};
  assign _zz__zz_pending_25_1_3 = (_zz__zz_pending_25_1_4 - 17'h00001);
  assign _zz__zz_pending_25_1_4 = {15'd0, _zz_pending_25};
  assign _zz__zz_pending_25_1_5 = {15'd0, _zz_pending_25};
  assign _zz_pending_25_3 = _zz_pending_25_1[15:0];
  assign _zz__zz_pending_26_1 = event_1[26];
  assign _zz__zz_pending_26 = {1'd0, _zz__zz_pending_26_1};
  assign _zz__zz_pending_26_3 = countUp[26];
  assign _zz__zz_pending_26_2 = {1'd0, _zz__zz_pending_26_3};
  assign _zz__zz_pending_26_1_2 = pending_26;
  assign _zz__zz_pending_26_1_1 = {1'd0, _zz__zz_pending_26_1_2};
  assign _zz__zz_pending_26_1_3 = (_zz__zz_pending_26_1_4 - 17'h00001);
  assign _zz__zz_pending_26_1_4 = {15'd0, _zz_pending_26};
  assign _zz__zz_pending_26_1_5 = {15'd0, _zz_pending_26};
  assign _zz_pending_26_3 = _zz_pending_26_1[15:0];
  assign _zz__zz_pending_27_1 = event_1[27];
  assign _zz__zz_pending_27 = {1'd0, _zz__zz_pending_27_1};
  assign _zz__zz_pending_27_3 = countUp[27];
  assign _zz__zz_pending_27_2 = {1'd0, _zz__zz_pending_27_3};
  assign _zz__zz_pending_27_1_2 = pending_27;
  assign _zz__zz_pending_27_1_1 = {1'd0, _zz__zz_pending_27_1_2};
  assign _zz__zz_pending_27_1_3 = (_zz__zz_pending_27_1_4 - 17'h00001);
  assign _zz__zz_pending_27_1_4 = {15'd0, _zz_pending_27};
  assign _zz__zz_pending_27_1_5 = {15'd0, _zz_pending_27};
  assign _zz_pending_27_3 = _zz_pending_27_1[15:0];
  assign _zz__zz_pending_28_1 = event_1[28];
  assign _zz__zz_pending_28 = {1'd0, _zz__zz_pending_28_1};
  assign _zz__zz_pending_28_3 = countUp[28];
  assign _zz__zz_pending_28_2 = {1'd0, _zz__zz_pending_28_3};
  assign _zz__zz_pending_28_1_2 = pending_28;
  assign _zz__zz_pending_28_1_1 = {1'd0, _zz__zz_pending_28_1_2};
  assign _zz__zz_pending_28_1_3 = (_zz__zz_pending_28_1_4 - 17'h00001);
  assign _zz__zz_pending_28_1_4 = {15'd0, _zz_pending_28};
  assign _zz__zz_pending_28_1_5 = {15'd0, _zz_pending_28};
  assign _zz_pending_28_3 = _zz_pending_28_1[15:0];
  assign _zz__zz_pending_29_1 = event_1[29];
  assign _zz__zz_pending_29 = {1'd0, _zz__zz_pending_29_1};
  assign _zz__zz_pending_29_3 = countUp[29];
  assign _zz__zz_pending_29_2 = {1'd0, _zz__zz_pending_29_3};
  assign _zz__zz_pending_29_1_2 = pending_29;
  assign _zz__zz_pending_29_1_1 = {1'd0, _zz__zz_pending_29_1_2};
  assign _zz__zz_pending_29_1_3 = (_zz__zz_pending_29_1_4 - 17'h00001);
  assign _zz__zz_pending_29_1_4 = {15'd0, _zz_pending_29};
  assign _zz__zz_pending_29_1_5 = {15'd0, _zz_pending_29};
  assign _zz_pending_29_3 = _zz_pending_29_1[15:0];
  assign _zz__zz_pending_30_1 = event_1[30];
  assign _zz__zz_pending_30 = {1'd0, _zz__zz_pending_30_1};
  assign _zz__zz_pending_30_3 = countUp[30];
  assign _zz__zz_pending_30_2 = {1'd0, _zz__zz_pending_30_3};
  assign _zz__zz_pending_30_1_2 = pending_30;
  assign _zz__zz_pending_30_1_1 = {1'd0, _zz__zz_pending_30_1_2};
  assign _zz__zz_pending_30_1_3 = (_zz__zz_pending_30_1_4 - 17'h00001);
  assign _zz__zz_pending_30_1_4 = {15'd0, _zz_pending_30};
  assign _zz__zz_pending_30_1_5 = {15'd0, _zz_pending_30};
  assign _zz_pending_30_3 = _zz_pending_30_1[15:0];
  assign _zz__zz_pending_31_1 = event_1[31];
  assign _zz__zz_pending_31 = {1'd0, _zz__zz_pending_31_1};
  assign _zz__zz_pending_31_3 = countUp[31];
  assign _zz__zz_pending_31_2 = {1'd0, _zz__zz_pending_31_3};
  assign _zz__zz_pending_31_1_2 = pending_31;
  assign _zz__zz_pending_31_1_1 = {1'd0, _zz__zz_pending_31_1_2};
  assign _zz__zz_pending_31_1_3 = (_zz__zz_pending_31_1_4 - 17'h00001);
  assign _zz__zz_pending_31_1_4 = {15'd0, _zz_pending_31};
  assign _zz__zz_pending_31_1_5 = {15'd0, _zz_pending_31};
  assign _zz_pending_31_3 = _zz_pending_31_1[15:0];
  assign _zz__zz_sched_queryCount = (_zz__zz_sched_queryCount_1 + _zz__zz_sched_queryCount_3);
  assign _zz__zz_sched_queryCount_2 = query_pending;
  assign _zz__zz_sched_queryCount_1 = {1'd0, _zz__zz_sched_queryCount_2};
  assign _zz__zz_sched_queryCount_4 = (countUpdate_give && (countUpdate_source == query_source));
  assign _zz__zz_sched_queryCount_3 = {16'd0, _zz__zz_sched_queryCount_4};
  assign _zz__zz_sched_queryCount_6 = (countUpdate_take && (countUpdate_source == query_source));
  assign _zz__zz_sched_queryCount_5 = {16'd0, _zz__zz_sched_queryCount_6};
  assign _zz_sched_queryCount_1 = _zz_sched_queryCount_2[15 : 0];
  assign _zz_sched_queryCount_2 = (_zz_sched_queryCount[16] ? 16'hffff : _zz_sched_queryCount_3);
  assign _zz_sched_queryCount_3 = _zz_sched_queryCount[15:0];
  assign _zz_offerModes_port = {sched_update_payload_wakeAll,sched_update_payload_persistent};
  assign _zz_offerModes_rd0 = 1'b1;
  assign _zz_upd_oneHot = _zz_upd_oneHot_1;
  assign _zz_upd_oneHot_3 = _zz_upd_oneHot_4;
  assign _zz_upd_oneHot_6 = _zz_upd_oneHot_7;
  assign _zz_upd_oneHot_9 = _zz_upd_oneHot_10;
  assign _zz_upd_oneHot_12 = _zz_upd_oneHot_13;
  assign _zz_upd_oneHot_15 = _zz_upd_oneHot_16;
  assign _zz_upd_oneHot_18 = _zz_upd_oneHot_19;
  assign _zz_upd_oneHot_21 = _zz_upd_oneHot_22;
  assign _zz_upd_oneHot_24 = _zz_upd_oneHot_25;
  assign _zz_upd_oneHot_27 = _zz_upd_oneHot_28;
  assign _zz_upd_oneHot_30 = _zz_upd_oneHot_31;
  assign _zz_upd_oneHot_33 = _zz_upd_oneHot_34;
  assign _zz_upd_oneHot_36 = _zz_upd_oneHot_37;
  assign _zz_upd_oneHot_39 = _zz_upd_oneHot_40;
  assign _zz_upd_oneHot_42 = _zz_upd_oneHot_43;
  assign _zz_upd_oneHot_45 = _zz_upd_oneHot_46;
  assign _zz_upd_oneHot_48 = _zz_upd_oneHot_49;
  assign _zz_upd_oneHot_51 = _zz_upd_oneHot_52;
  assign _zz_upd_oneHot_54 = _zz_upd_oneHot_55;
  assign _zz_upd_oneHot_57 = _zz_upd_oneHot_58;
  assign _zz_upd_oneHot_60 = _zz_upd_oneHot_61;
  assign _zz_upd_oneHot_63 = _zz_upd_oneHot_64;
  assign _zz_upd_oneHot_66 = _zz_upd_oneHot_67;
  assign _zz_upd_oneHot_69 = _zz_upd_oneHot_70;
  assign _zz_upd_oneHot_72 = _zz_upd_oneHot_73;
  assign _zz_upd_oneHot_75 = _zz_upd_oneHot_76;
  assign _zz_upd_oneHot_78 = _zz_upd_oneHot_79;
  assign _zz_upd_oneHot_81 = _zz_upd_oneHot_82;
  assign _zz_upd_oneHot_84 = _zz_upd_oneHot_85;
  assign _zz_upd_oneHot_87 = _zz_upd_oneHot_88;
  assign _zz_upd_oneHot_90 = _zz_upd_oneHot_91;
  assign _zz_upd_oneHot_93 = _zz_upd_oneHot_94;
  assign _zz_upd_oneHot_1 = (sched_update_payload_source == _zz_upd_oneHot_2);
  assign _zz_upd_oneHot_4 = (sched_update_payload_source == _zz_upd_oneHot_5);
  assign _zz_upd_oneHot_7 = (sched_update_payload_source == _zz_upd_oneHot_8);
  assign _zz_upd_oneHot_10 = (sched_update_payload_source == _zz_upd_oneHot_11);
  assign _zz_upd_oneHot_13 = (sched_update_payload_source == _zz_upd_oneHot_14);
  assign _zz_upd_oneHot_16 = (sched_update_payload_source == _zz_upd_oneHot_17);
  assign _zz_upd_oneHot_19 = (sched_update_payload_source == _zz_upd_oneHot_20);
  assign _zz_upd_oneHot_22 = (sched_update_payload_source == _zz_upd_oneHot_23);
  assign _zz_upd_oneHot_25 = (sched_update_payload_source == _zz_upd_oneHot_26);
  assign _zz_upd_oneHot_28 = (sched_update_payload_source == _zz_upd_oneHot_29);
  assign _zz_upd_oneHot_31 = (sched_update_payload_source == _zz_upd_oneHot_32);
  assign _zz_upd_oneHot_34 = (sched_update_payload_source == _zz_upd_oneHot_35);
  assign _zz_upd_oneHot_37 = (sched_update_payload_source == _zz_upd_oneHot_38);
  assign _zz_upd_oneHot_40 = (sched_update_payload_source == _zz_upd_oneHot_41);
  assign _zz_upd_oneHot_43 = (sched_update_payload_source == _zz_upd_oneHot_44);
  assign _zz_upd_oneHot_46 = (sched_update_payload_source == _zz_upd_oneHot_47);
  assign _zz_upd_oneHot_49 = (sched_update_payload_source == _zz_upd_oneHot_50);
  assign _zz_upd_oneHot_52 = (sched_update_payload_source == _zz_upd_oneHot_53);
  assign _zz_upd_oneHot_55 = (sched_update_payload_source == _zz_upd_oneHot_56);
  assign _zz_upd_oneHot_58 = (sched_update_payload_source == _zz_upd_oneHot_59);
  assign _zz_upd_oneHot_61 = (sched_update_payload_source == _zz_upd_oneHot_62);
  assign _zz_upd_oneHot_64 = (sched_update_payload_source == _zz_upd_oneHot_65);
  assign _zz_upd_oneHot_67 = (sched_update_payload_source == _zz_upd_oneHot_68);
  assign _zz_upd_oneHot_70 = (sched_update_payload_source == _zz_upd_oneHot_71);
  assign _zz_upd_oneHot_73 = (sched_update_payload_source == _zz_upd_oneHot_74);
  assign _zz_upd_oneHot_76 = (sched_update_payload_source == _zz_upd_oneHot_77);
  assign _zz_upd_oneHot_79 = (sched_update_payload_source == _zz_upd_oneHot_80);
  assign _zz_upd_oneHot_82 = (sched_update_payload_source == _zz_upd_oneHot_83);
  assign _zz_upd_oneHot_85 = (sched_update_payload_source == _zz_upd_oneHot_86);
  assign _zz_upd_oneHot_88 = (sched_update_payload_source == _zz_upd_oneHot_89);
  assign _zz_upd_oneHot_91 = (sched_update_payload_source == _zz_upd_oneHot_92);
  assign _zz_upd_oneHot_94 = (sched_update_payload_source == _zz_upd_oneHot_95);
  assign _zz_upd_oneHot_2 = 5'h1f;
  assign _zz_upd_oneHot_5 = 5'h1e;
  assign _zz_upd_oneHot_8 = 5'h1d;
  assign _zz_upd_oneHot_11 = 5'h1c;
  assign _zz_upd_oneHot_14 = 5'h1b;
  assign _zz_upd_oneHot_17 = 5'h1a;
  assign _zz_upd_oneHot_20 = 5'h19;
  assign _zz_upd_oneHot_23 = 5'h18;
  assign _zz_upd_oneHot_26 = 5'h17;
  assign _zz_upd_oneHot_29 = 5'h16;
  assign _zz_upd_oneHot_32 = 5'h15;
  assign _zz_upd_oneHot_35 = 5'h14;
  assign _zz_upd_oneHot_38 = 5'h13;
  assign _zz_upd_oneHot_41 = 5'h12;
  assign _zz_upd_oneHot_44 = 5'h11;
  assign _zz_upd_oneHot_47 = 5'h10;
  assign _zz_upd_oneHot_50 = 5'h0f;
  assign _zz_upd_oneHot_53 = 5'h0e;
  assign _zz_upd_oneHot_56 = 5'h0d;
  assign _zz_upd_oneHot_59 = 5'h0c;
  assign _zz_upd_oneHot_62 = 5'h0b;
  assign _zz_upd_oneHot_65 = 5'h0a;
  assign _zz_upd_oneHot_68 = 5'h09;
  assign _zz_upd_oneHot_71 = 5'h08;
  assign _zz_upd_oneHot_74 = 5'h07;
  assign _zz_upd_oneHot_77 = 5'h06;
  assign _zz_upd_oneHot_80 = 5'h05;
  assign _zz_upd_oneHot_83 = 5'h04;
  assign _zz_upd_oneHot_86 = 5'h03;
  assign _zz_upd_oneHot_89 = 5'h02;
  assign _zz_upd_oneHot_92 = 5'h01;
  assign _zz_upd_oneHot_95 = 5'h0;
  assign _zz_masked_32 = _zz_masked_33;
  assign _zz_masked_35 = _zz_masked_36;
  assign _zz_masked_38 = _zz_masked_39;
  assign _zz_masked_41 = _zz_masked_42;
  assign _zz_masked_44 = _zz_masked_45;
  assign _zz_masked_47 = _zz_masked_48;
  assign _zz_masked_50 = _zz_masked_51;
  assign _zz_masked_53 = _zz_masked_54;
  assign _zz_masked_56 = _zz_masked_57;
  assign _zz_masked_59 = _zz_masked_60;
  assign _zz_masked_62 = _zz_masked_63;
  assign _zz_masked_65 = _zz_masked_66;
  assign _zz_masked_68 = _zz_masked_69;
  assign _zz_masked_71 = _zz_masked_72;
  assign _zz_masked_74 = _zz_masked_75;
  assign _zz_masked_77 = _zz_masked_78;
  assign _zz_masked_80 = _zz_masked_81;
  assign _zz_masked_83 = _zz_masked_84;
  assign _zz_masked_86 = _zz_masked_87;
  assign _zz_masked_89 = _zz_masked_90;
  assign _zz_masked_92 = _zz_masked_93;
  assign _zz_masked_95 = _zz_masked_96;
  assign _zz_masked_98 = _zz_masked_99;
  assign _zz_masked_101 = _zz_masked_102;
  assign _zz_masked_104 = _zz_masked_105;
  assign _zz_masked_107 = _zz_masked_108;
  assign _zz_masked_110 = _zz_masked_111;
  assign _zz_masked_113 = _zz_masked_114;
  assign _zz_masked_116 = _zz_masked_117;
  assign _zz_masked_119 = _zz_masked_120;
  assign _zz_masked_122 = _zz_masked_123;
  assign _zz_masked_125 = _zz_masked_126;
  assign _zz_masked_33 = (_zz_masked_31 ? sched_update_payload_masked : _zz_masked_34);
  assign _zz_masked_36 = (_zz_masked_30 ? sched_update_payload_masked : _zz_masked_37);
  assign _zz_masked_39 = (_zz_masked_29 ? sched_update_payload_masked : _zz_masked_40);
  assign _zz_masked_42 = (_zz_masked_28 ? sched_update_payload_masked : _zz_masked_43);
  assign _zz_masked_45 = (_zz_masked_27 ? sched_update_payload_masked : _zz_masked_46);
  assign _zz_masked_48 = (_zz_masked_26 ? sched_update_payload_masked : _zz_masked_49);
  assign _zz_masked_51 = (_zz_masked_25 ? sched_update_payload_masked : _zz_masked_52);
  assign _zz_masked_54 = (_zz_masked_24 ? sched_update_payload_masked : _zz_masked_55);
  assign _zz_masked_57 = (_zz_masked_23 ? sched_update_payload_masked : _zz_masked_58);
  assign _zz_masked_60 = (_zz_masked_22 ? sched_update_payload_masked : _zz_masked_61);
  assign _zz_masked_63 = (_zz_masked_21 ? sched_update_payload_masked : _zz_masked_64);
  assign _zz_masked_66 = (_zz_masked_20 ? sched_update_payload_masked : _zz_masked_67);
  assign _zz_masked_69 = (_zz_masked_19 ? sched_update_payload_masked : _zz_masked_70);
  assign _zz_masked_72 = (_zz_masked_18 ? sched_update_payload_masked : _zz_masked_73);
  assign _zz_masked_75 = (_zz_masked_17 ? sched_update_payload_masked : _zz_masked_76);
  assign _zz_masked_78 = (_zz_masked_16 ? sched_update_payload_masked : _zz_masked_79);
  assign _zz_masked_81 = (_zz_masked_15 ? sched_update_payload_masked : _zz_masked_82);
  assign _zz_masked_84 = (_zz_masked_14 ? sched_update_payload_masked : _zz_masked_85);
  assign _zz_masked_87 = (_zz_masked_13 ? sched_update_payload_masked : _zz_masked_88);
  assign _zz_masked_90 = (_zz_masked_12 ? sched_update_payload_masked : _zz_masked_91);
  assign _zz_masked_93 = (_zz_masked_11 ? sched_update_payload_masked : _zz_masked_94);
  assign _zz_masked_96 = (_zz_masked_10 ? sched_update_payload_masked : _zz_masked_97);
  assign _zz_masked_99 = (_zz_masked_9 ? sched_update_payload_masked : _zz_masked_100);
  assign _zz_masked_102 = (_zz_masked_8 ? sched_update_payload_masked : _zz_masked_103);
  assign _zz_masked_105 = (_zz_masked_7 ? sched_update_payload_masked : _zz_masked_106);
  assign _zz_masked_108 = (_zz_masked_6 ? sched_update_payload_masked : _zz_masked_109);
  assign _zz_masked_111 = (_zz_masked_5 ? sched_update_payload_masked : _zz_masked_112);
  assign _zz_masked_114 = (_zz_masked_4 ? sched_update_payload_masked : _zz_masked_115);
  assign _zz_masked_117 = (_zz_masked_3 ? sched_update_payload_masked : _zz_masked_118);
  assign _zz_masked_120 = (_zz_masked_2 ? sched_update_payload_masked : _zz_masked_121);
  assign _zz_masked_123 = (_zz_masked_1 ? sched_update_payload_masked : _zz_masked_124);
  assign _zz_masked_126 = (_zz_masked ? sched_update_payload_masked : _zz_masked_127);
  assign _zz_masked_34 = masked[31];
  assign _zz_masked_37 = masked[30];
  assign _zz_masked_40 = masked[29];
  assign _zz_masked_43 = masked[28];
  assign _zz_masked_46 = masked[27];
  assign _zz_masked_49 = masked[26];
  assign _zz_masked_52 = masked[25];
  assign _zz_masked_55 = masked[24];
  assign _zz_masked_58 = masked[23];
  assign _zz_masked_61 = masked[22];
  assign _zz_masked_64 = masked[21];
  assign _zz_masked_67 = masked[20];
  assign _zz_masked_70 = masked[19];
  assign _zz_masked_73 = masked[18];
  assign _zz_masked_76 = masked[17];
  assign _zz_masked_79 = masked[16];
  assign _zz_masked_82 = masked[15];
  assign _zz_masked_85 = masked[14];
  assign _zz_masked_88 = masked[13];
  assign _zz_masked_91 = masked[12];
  assign _zz_masked_94 = masked[11];
  assign _zz_masked_97 = masked[10];
  assign _zz_masked_100 = masked[9];
  assign _zz_masked_103 = masked[8];
  assign _zz_masked_106 = masked[7];
  assign _zz_masked_109 = masked[6];
  assign _zz_masked_112 = masked[5];
  assign _zz_masked_115 = masked[4];
  assign _zz_masked_118 = masked[3];
  assign _zz_masked_121 = masked[2];
  assign _zz_masked_124 = masked[1];
  assign _zz_masked_127 = masked[0];
  assign _zz_oneShot_1 = _zz_oneShot_2;
  assign _zz_oneShot_4 = _zz_oneShot_5;
  assign _zz_oneShot_7 = _zz_oneShot_8;
  assign _zz_oneShot_10 = _zz_oneShot_11;
  assign _zz_oneShot_13 = _zz_oneShot_14;
  assign _zz_oneShot_16 = _zz_oneShot_17;
  assign _zz_oneShot_19 = _zz_oneShot_20;
  assign _zz_oneShot_22 = _zz_oneShot_23;
  assign _zz_oneShot_25 = _zz_oneShot_26;
  assign _zz_oneShot_28 = _zz_oneShot_29;
  assign _zz_oneShot_31 = _zz_oneShot_32;
  assign _zz_oneShot_34 = _zz_oneShot_35;
  assign _zz_oneShot_37 = _zz_oneShot_38;
  assign _zz_oneShot_40 = _zz_oneShot_41;
  assign _zz_oneShot_43 = _zz_oneShot_44;
  assign _zz_oneShot_46 = _zz_oneShot_47;
  assign _zz_oneShot_49 = _zz_oneShot_50;
  assign _zz_oneShot_52 = _zz_oneShot_53;
  assign _zz_oneShot_55 = _zz_oneShot_56;
  assign _zz_oneShot_58 = _zz_oneShot_59;
  assign _zz_oneShot_61 = _zz_oneShot_62;
  assign _zz_oneShot_64 = _zz_oneShot_65;
  assign _zz_oneShot_67 = _zz_oneShot_68;
  assign _zz_oneShot_70 = _zz_oneShot_71;
  assign _zz_oneShot_73 = _zz_oneShot_74;
  assign _zz_oneShot_76 = _zz_oneShot_77;
  assign _zz_oneShot_79 = _zz_oneShot_80;
  assign _zz_oneShot_82 = _zz_oneShot_83;
  assign _zz_oneShot_85 = _zz_oneShot_86;
  assign _zz_oneShot_88 = _zz_oneShot_89;
  assign _zz_oneShot_91 = _zz_oneShot_92;
  assign _zz_oneShot_94 = _zz_oneShot_95;
  assign _zz_oneShot_2 = (_zz_masked_31 ? _zz_oneShot : _zz_oneShot_3);
  assign _zz_oneShot_5 = (_zz_masked_30 ? _zz_oneShot : _zz_oneShot_6);
  assign _zz_oneShot_8 = (_zz_masked_29 ? _zz_oneShot : _zz_oneShot_9);
  assign _zz_oneShot_11 = (_zz_masked_28 ? _zz_oneShot : _zz_oneShot_12);
  assign _zz_oneShot_14 = (_zz_masked_27 ? _zz_oneShot : _zz_oneShot_15);
  assign _zz_oneShot_17 = (_zz_masked_26 ? _zz_oneShot : _zz_oneShot_18);
  assign _zz_oneShot_20 = (_zz_masked_25 ? _zz_oneShot : _zz_oneShot_21);
  assign _zz_oneShot_23 = (_zz_masked_24 ? _zz_oneShot : _zz_oneShot_24);
  assign _zz_oneShot_26 = (_zz_masked_23 ? _zz_oneShot : _zz_oneShot_27);
  assign _zz_oneShot_29 = (_zz_masked_22 ? _zz_oneShot : _zz_oneShot_30);
  assign _zz_oneShot_32 = (_zz_masked_21 ? _zz_oneShot : _zz_oneShot_33);
  assign _zz_oneShot_35 = (_zz_masked_20 ? _zz_oneShot : _zz_oneShot_36);
  assign _zz_oneShot_38 = (_zz_masked_19 ? _zz_oneShot : _zz_oneShot_39);
  assign _zz_oneShot_41 = (_zz_masked_18 ? _zz_oneShot : _zz_oneShot_42);
  assign _zz_oneShot_44 = (_zz_masked_17 ? _zz_oneShot : _zz_oneShot_45);
  assign _zz_oneShot_47 = (_zz_masked_16 ? _zz_oneShot : _zz_oneShot_48);
  assign _zz_oneShot_50 = (_zz_masked_15 ? _zz_oneShot : _zz_oneShot_51);
  assign _zz_oneShot_53 = (_zz_masked_14 ? _zz_oneShot : _zz_oneShot_54);
  assign _zz_oneShot_56 = (_zz_masked_13 ? _zz_oneShot : _zz_oneShot_57);
  assign _zz_oneShot_59 = (_zz_masked_12 ? _zz_oneShot : _zz_oneShot_60);
  assign _zz_oneShot_62 = (_zz_masked_11 ? _zz_oneShot : _zz_oneShot_63);
  assign _zz_oneShot_65 = (_zz_masked_10 ? _zz_oneShot : _zz_oneShot_66);
  assign _zz_oneShot_68 = (_zz_masked_9 ? _zz_oneShot : _zz_oneShot_69);
  assign _zz_oneShot_71 = (_zz_masked_8 ? _zz_oneShot : _zz_oneShot_72);
  assign _zz_oneShot_74 = (_zz_masked_7 ? _zz_oneShot : _zz_oneShot_75);
  assign _zz_oneShot_77 = (_zz_masked_6 ? _zz_oneShot : _zz_oneShot_78);
  assign _zz_oneShot_80 = (_zz_masked_5 ? _zz_oneShot : _zz_oneShot_81);
  assign _zz_oneShot_83 = (_zz_masked_4 ? _zz_oneShot : _zz_oneShot_84);
  assign _zz_oneShot_86 = (_zz_masked_3 ? _zz_oneShot : _zz_oneShot_87);
  assign _zz_oneShot_89 = (_zz_masked_2 ? _zz_oneShot : _zz_oneShot_90);
  assign _zz_oneShot_92 = (_zz_masked_1 ? _zz_oneShot : _zz_oneShot_93);
  assign _zz_oneShot_95 = (_zz_masked ? _zz_oneShot : _zz_oneShot_96);
  assign _zz_oneShot_3 = oneShot[31];
  assign _zz_oneShot_6 = oneShot[30];
  assign _zz_oneShot_9 = oneShot[29];
  assign _zz_oneShot_12 = oneShot[28];
  assign _zz_oneShot_15 = oneShot[27];
  assign _zz_oneShot_18 = oneShot[26];
  assign _zz_oneShot_21 = oneShot[25];
  assign _zz_oneShot_24 = oneShot[24];
  assign _zz_oneShot_27 = oneShot[23];
  assign _zz_oneShot_30 = oneShot[22];
  assign _zz_oneShot_33 = oneShot[21];
  assign _zz_oneShot_36 = oneShot[20];
  assign _zz_oneShot_39 = oneShot[19];
  assign _zz_oneShot_42 = oneShot[18];
  assign _zz_oneShot_45 = oneShot[17];
  assign _zz_oneShot_48 = oneShot[16];
  assign _zz_oneShot_51 = oneShot[15];
  assign _zz_oneShot_54 = oneShot[14];
  assign _zz_oneShot_57 = oneShot[13];
  assign _zz_oneShot_60 = oneShot[12];
  assign _zz_oneShot_63 = oneShot[11];
  assign _zz_oneShot_66 = oneShot[10];
  assign _zz_oneShot_69 = oneShot[9];
  assign _zz_oneShot_72 = oneShot[8];
  assign _zz_oneShot_75 = oneShot[7];
  assign _zz_oneShot_78 = oneShot[6];
  assign _zz_oneShot_81 = oneShot[5];
  assign _zz_oneShot_84 = oneShot[4];
  assign _zz_oneShot_87 = oneShot[3];
  assign _zz_oneShot_90 = oneShot[2];
  assign _zz_oneShot_93 = oneShot[1];
  assign _zz_oneShot_96 = oneShot[0];
  assign _zz_handlerArmed_1 = _zz_handlerArmed_2;
  assign _zz_handlerArmed_4 = _zz_handlerArmed_5;
  assign _zz_handlerArmed_7 = _zz_handlerArmed_8;
  assign _zz_handlerArmed_10 = _zz_handlerArmed_11;
  assign _zz_handlerArmed_13 = _zz_handlerArmed_14;
  assign _zz_handlerArmed_16 = _zz_handlerArmed_17;
  assign _zz_handlerArmed_19 = _zz_handlerArmed_20;
  assign _zz_handlerArmed_22 = _zz_handlerArmed_23;
  assign _zz_handlerArmed_25 = _zz_handlerArmed_26;
  assign _zz_handlerArmed_28 = _zz_handlerArmed_29;
  assign _zz_handlerArmed_31 = _zz_handlerArmed_32;
  assign _zz_handlerArmed_34 = _zz_handlerArmed_35;
  assign _zz_handlerArmed_37 = _zz_handlerArmed_38;
  assign _zz_handlerArmed_40 = _zz_handlerArmed_41;
  assign _zz_handlerArmed_43 = _zz_handlerArmed_44;
  assign _zz_handlerArmed_46 = _zz_handlerArmed_47;
  assign _zz_handlerArmed_49 = _zz_handlerArmed_50;
  assign _zz_handlerArmed_52 = _zz_handlerArmed_53;
  assign _zz_handlerArmed_55 = _zz_handlerArmed_56;
  assign _zz_handlerArmed_58 = _zz_handlerArmed_59;
  assign _zz_handlerArmed_61 = _zz_handlerArmed_62;
  assign _zz_handlerArmed_64 = _zz_handlerArmed_65;
  assign _zz_handlerArmed_67 = _zz_handlerArmed_68;
  assign _zz_handlerArmed_70 = _zz_handlerArmed_71;
  assign _zz_handlerArmed_73 = _zz_handlerArmed_74;
  assign _zz_handlerArmed_76 = _zz_handlerArmed_77;
  assign _zz_handlerArmed_79 = _zz_handlerArmed_80;
  assign _zz_handlerArmed_82 = _zz_handlerArmed_83;
  assign _zz_handlerArmed_85 = _zz_handlerArmed_86;
  assign _zz_handlerArmed_88 = _zz_handlerArmed_89;
  assign _zz_handlerArmed_91 = _zz_handlerArmed_92;
  assign _zz_handlerArmed_94 = _zz_handlerArmed_95;
  assign _zz_handlerArmed_2 = (_zz_masked_31 ? _zz_handlerArmed : _zz_handlerArmed_3);
  assign _zz_handlerArmed_5 = (_zz_masked_30 ? _zz_handlerArmed : _zz_handlerArmed_6);
  assign _zz_handlerArmed_8 = (_zz_masked_29 ? _zz_handlerArmed : _zz_handlerArmed_9);
  assign _zz_handlerArmed_11 = (_zz_masked_28 ? _zz_handlerArmed : _zz_handlerArmed_12);
  assign _zz_handlerArmed_14 = (_zz_masked_27 ? _zz_handlerArmed : _zz_handlerArmed_15);
  assign _zz_handlerArmed_17 = (_zz_masked_26 ? _zz_handlerArmed : _zz_handlerArmed_18);
  assign _zz_handlerArmed_20 = (_zz_masked_25 ? _zz_handlerArmed : _zz_handlerArmed_21);
  assign _zz_handlerArmed_23 = (_zz_masked_24 ? _zz_handlerArmed : _zz_handlerArmed_24);
  assign _zz_handlerArmed_26 = (_zz_masked_23 ? _zz_handlerArmed : _zz_handlerArmed_27);
  assign _zz_handlerArmed_29 = (_zz_masked_22 ? _zz_handlerArmed : _zz_handlerArmed_30);
  assign _zz_handlerArmed_32 = (_zz_masked_21 ? _zz_handlerArmed : _zz_handlerArmed_33);
  assign _zz_handlerArmed_35 = (_zz_masked_20 ? _zz_handlerArmed : _zz_handlerArmed_36);
  assign _zz_handlerArmed_38 = (_zz_masked_19 ? _zz_handlerArmed : _zz_handlerArmed_39);
  assign _zz_handlerArmed_41 = (_zz_masked_18 ? _zz_handlerArmed : _zz_handlerArmed_42);
  assign _zz_handlerArmed_44 = (_zz_masked_17 ? _zz_handlerArmed : _zz_handlerArmed_45);
  assign _zz_handlerArmed_47 = (_zz_masked_16 ? _zz_handlerArmed : _zz_handlerArmed_48);
  assign _zz_handlerArmed_50 = (_zz_masked_15 ? _zz_handlerArmed : _zz_handlerArmed_51);
  assign _zz_handlerArmed_53 = (_zz_masked_14 ? _zz_handlerArmed : _zz_handlerArmed_54);
  assign _zz_handlerArmed_56 = (_zz_masked_13 ? _zz_handlerArmed : _zz_handlerArmed_57);
  assign _zz_handlerArmed_59 = (_zz_masked_12 ? _zz_handlerArmed : _zz_handlerArmed_60);
  assign _zz_handlerArmed_62 = (_zz_masked_11 ? _zz_handlerArmed : _zz_handlerArmed_63);
  assign _zz_handlerArmed_65 = (_zz_masked_10 ? _zz_handlerArmed : _zz_handlerArmed_66);
  assign _zz_handlerArmed_68 = (_zz_masked_9 ? _zz_handlerArmed : _zz_handlerArmed_69);
  assign _zz_handlerArmed_71 = (_zz_masked_8 ? _zz_handlerArmed : _zz_handlerArmed_72);
  assign _zz_handlerArmed_74 = (_zz_masked_7 ? _zz_handlerArmed : _zz_handlerArmed_75);
  assign _zz_handlerArmed_77 = (_zz_masked_6 ? _zz_handlerArmed : _zz_handlerArmed_78);
  assign _zz_handlerArmed_80 = (_zz_masked_5 ? _zz_handlerArmed : _zz_handlerArmed_81);
  assign _zz_handlerArmed_83 = (_zz_masked_4 ? _zz_handlerArmed : _zz_handlerArmed_84);
  assign _zz_handlerArmed_86 = (_zz_masked_3 ? _zz_handlerArmed : _zz_handlerArmed_87);
  assign _zz_handlerArmed_89 = (_zz_masked_2 ? _zz_handlerArmed : _zz_handlerArmed_90);
  assign _zz_handlerArmed_92 = (_zz_masked_1 ? _zz_handlerArmed : _zz_handlerArmed_93);
  assign _zz_handlerArmed_95 = (_zz_masked ? _zz_handlerArmed : _zz_handlerArmed_96);
  assign _zz_handlerArmed_3 = handlerArmed[31];
  assign _zz_handlerArmed_6 = handlerArmed[30];
  assign _zz_handlerArmed_9 = handlerArmed[29];
  assign _zz_handlerArmed_12 = handlerArmed[28];
  assign _zz_handlerArmed_15 = handlerArmed[27];
  assign _zz_handlerArmed_18 = handlerArmed[26];
  assign _zz_handlerArmed_21 = handlerArmed[25];
  assign _zz_handlerArmed_24 = handlerArmed[24];
  assign _zz_handlerArmed_27 = handlerArmed[23];
  assign _zz_handlerArmed_30 = handlerArmed[22];
  assign _zz_handlerArmed_33 = handlerArmed[21];
  assign _zz_handlerArmed_36 = handlerArmed[20];
  assign _zz_handlerArmed_39 = handlerArmed[19];
  assign _zz_handlerArmed_42 = handlerArmed[18];
  assign _zz_handlerArmed_45 = handlerArmed[17];
  assign _zz_handlerArmed_48 = handlerArmed[16];
  assign _zz_handlerArmed_51 = handlerArmed[15];
  assign _zz_handlerArmed_54 = handlerArmed[14];
  assign _zz_handlerArmed_57 = handlerArmed[13];
  assign _zz_handlerArmed_60 = handlerArmed[12];
  assign _zz_handlerArmed_63 = handlerArmed[11];
  assign _zz_handlerArmed_66 = handlerArmed[10];
  assign _zz_handlerArmed_69 = handlerArmed[9];
  assign _zz_handlerArmed_72 = handlerArmed[8];
  assign _zz_handlerArmed_75 = handlerArmed[7];
  assign _zz_handlerArmed_78 = handlerArmed[6];
  assign _zz_handlerArmed_81 = handlerArmed[5];
  assign _zz_handlerArmed_84 = handlerArmed[4];
  assign _zz_handlerArmed_87 = handlerArmed[3];
  assign _zz_handlerArmed_90 = handlerArmed[2];
  assign _zz_handlerArmed_93 = handlerArmed[1];
  assign _zz_handlerArmed_96 = handlerArmed[0];
  assign _zz_waitingNext = _zz_waitingNext_1;
  assign _zz_waitingNext_3 = _zz_waitingNext_4;
  assign _zz_waitingNext_6 = _zz_waitingNext_7;
  assign _zz_waitingNext_9 = _zz_waitingNext_10;
  assign _zz_waitingNext_12 = _zz_waitingNext_13;
  assign _zz_waitingNext_15 = _zz_waitingNext_16;
  assign _zz_waitingNext_18 = _zz_waitingNext_19;
  assign _zz_waitingNext_21 = _zz_waitingNext_22;
  assign _zz_waitingNext_24 = _zz_waitingNext_25;
  assign _zz_waitingNext_27 = _zz_waitingNext_28;
  assign _zz_waitingNext_30 = _zz_waitingNext_31;
  assign _zz_waitingNext_33 = _zz_waitingNext_34;
  assign _zz_waitingNext_36 = _zz_waitingNext_37;
  assign _zz_waitingNext_39 = _zz_waitingNext_40;
  assign _zz_waitingNext_42 = _zz_waitingNext_43;
  assign _zz_waitingNext_45 = _zz_waitingNext_46;
  assign _zz_waitingNext_48 = _zz_waitingNext_49;
  assign _zz_waitingNext_51 = _zz_waitingNext_52;
  assign _zz_waitingNext_54 = _zz_waitingNext_55;
  assign _zz_waitingNext_57 = _zz_waitingNext_58;
  assign _zz_waitingNext_60 = _zz_waitingNext_61;
  assign _zz_waitingNext_63 = _zz_waitingNext_64;
  assign _zz_waitingNext_66 = _zz_waitingNext_67;
  assign _zz_waitingNext_69 = _zz_waitingNext_70;
  assign _zz_waitingNext_72 = _zz_waitingNext_73;
  assign _zz_waitingNext_75 = _zz_waitingNext_76;
  assign _zz_waitingNext_78 = _zz_waitingNext_79;
  assign _zz_waitingNext_81 = _zz_waitingNext_82;
  assign _zz_waitingNext_84 = _zz_waitingNext_85;
  assign _zz_waitingNext_87 = _zz_waitingNext_88;
  assign _zz_waitingNext_90 = _zz_waitingNext_91;
  assign _zz_waitingNext_93 = _zz_waitingNext_94;
  assign _zz_waitingNext_1 = (_zz_masked_31 ? sched_update_payload_waiting : _zz_waitingNext_2);
  assign _zz_waitingNext_4 = (_zz_masked_30 ? sched_update_payload_waiting : _zz_waitingNext_5);
  assign _zz_waitingNext_7 = (_zz_masked_29 ? sched_update_payload_waiting : _zz_waitingNext_8);
  assign _zz_waitingNext_10 = (_zz_masked_28 ? sched_update_payload_waiting : _zz_waitingNext_11);
  assign _zz_waitingNext_13 = (_zz_masked_27 ? sched_update_payload_waiting : _zz_waitingNext_14);
  assign _zz_waitingNext_16 = (_zz_masked_26 ? sched_update_payload_waiting : _zz_waitingNext_17);
  assign _zz_waitingNext_19 = (_zz_masked_25 ? sched_update_payload_waiting : _zz_waitingNext_20);
  assign _zz_waitingNext_22 = (_zz_masked_24 ? sched_update_payload_waiting : _zz_waitingNext_23);
  assign _zz_waitingNext_25 = (_zz_masked_23 ? sched_update_payload_waiting : _zz_waitingNext_26);
  assign _zz_waitingNext_28 = (_zz_masked_22 ? sched_update_payload_waiting : _zz_waitingNext_29);
  assign _zz_waitingNext_31 = (_zz_masked_21 ? sched_update_payload_waiting : _zz_waitingNext_32);
  assign _zz_waitingNext_34 = (_zz_masked_20 ? sched_update_payload_waiting : _zz_waitingNext_35);
  assign _zz_waitingNext_37 = (_zz_masked_19 ? sched_update_payload_waiting : _zz_waitingNext_38);
  assign _zz_waitingNext_40 = (_zz_masked_18 ? sched_update_payload_waiting : _zz_waitingNext_41);
  assign _zz_waitingNext_43 = (_zz_masked_17 ? sched_update_payload_waiting : _zz_waitingNext_44);
  assign _zz_waitingNext_46 = (_zz_masked_16 ? sched_update_payload_waiting : _zz_waitingNext_47);
  assign _zz_waitingNext_49 = (_zz_masked_15 ? sched_update_payload_waiting : _zz_waitingNext_50);
  assign _zz_waitingNext_52 = (_zz_masked_14 ? sched_update_payload_waiting : _zz_waitingNext_53);
  assign _zz_waitingNext_55 = (_zz_masked_13 ? sched_update_payload_waiting : _zz_waitingNext_56);
  assign _zz_waitingNext_58 = (_zz_masked_12 ? sched_update_payload_waiting : _zz_waitingNext_59);
  assign _zz_waitingNext_61 = (_zz_masked_11 ? sched_update_payload_waiting : _zz_waitingNext_62);
  assign _zz_waitingNext_64 = (_zz_masked_10 ? sched_update_payload_waiting : _zz_waitingNext_65);
  assign _zz_waitingNext_67 = (_zz_masked_9 ? sched_update_payload_waiting : _zz_waitingNext_68);
  assign _zz_waitingNext_70 = (_zz_masked_8 ? sched_update_payload_waiting : _zz_waitingNext_71);
  assign _zz_waitingNext_73 = (_zz_masked_7 ? sched_update_payload_waiting : _zz_waitingNext_74);
  assign _zz_waitingNext_76 = (_zz_masked_6 ? sched_update_payload_waiting : _zz_waitingNext_77);
  assign _zz_waitingNext_79 = (_zz_masked_5 ? sched_update_payload_waiting : _zz_waitingNext_80);
  assign _zz_waitingNext_82 = (_zz_masked_4 ? sched_update_payload_waiting : _zz_waitingNext_83);
  assign _zz_waitingNext_85 = (_zz_masked_3 ? sched_update_payload_waiting : _zz_waitingNext_86);
  assign _zz_waitingNext_88 = (_zz_masked_2 ? sched_update_payload_waiting : _zz_waitingNext_89);
  assign _zz_waitingNext_91 = (_zz_masked_1 ? sched_update_payload_waiting : _zz_waitingNext_92);
  assign _zz_waitingNext_94 = (_zz_masked ? sched_update_payload_waiting : _zz_waitingNext_95);
  assign _zz_waitingNext_2 = waiting[31];
  assign _zz_waitingNext_5 = waiting[30];
  assign _zz_waitingNext_8 = waiting[29];
  assign _zz_waitingNext_11 = waiting[28];
  assign _zz_waitingNext_14 = waiting[27];
  assign _zz_waitingNext_17 = waiting[26];
  assign _zz_waitingNext_20 = waiting[25];
  assign _zz_waitingNext_23 = waiting[24];
  assign _zz_waitingNext_26 = waiting[23];
  assign _zz_waitingNext_29 = waiting[22];
  assign _zz_waitingNext_32 = waiting[21];
  assign _zz_waitingNext_35 = waiting[20];
  assign _zz_waitingNext_38 = waiting[19];
  assign _zz_waitingNext_41 = waiting[18];
  assign _zz_waitingNext_44 = waiting[17];
  assign _zz_waitingNext_47 = waiting[16];
  assign _zz_waitingNext_50 = waiting[15];
  assign _zz_waitingNext_53 = waiting[14];
  assign _zz_waitingNext_56 = waiting[13];
  assign _zz_waitingNext_59 = waiting[12];
  assign _zz_waitingNext_62 = waiting[11];
  assign _zz_waitingNext_65 = waiting[10];
  assign _zz_waitingNext_68 = waiting[9];
  assign _zz_waitingNext_71 = waiting[8];
  assign _zz_waitingNext_74 = waiting[7];
  assign _zz_waitingNext_77 = waiting[6];
  assign _zz_waitingNext_80 = waiting[5];
  assign _zz_waitingNext_83 = waiting[4];
  assign _zz_waitingNext_86 = waiting[3];
  assign _zz_waitingNext_89 = waiting[2];
  assign _zz_waitingNext_92 = waiting[1];
  assign _zz_waitingNext_95 = waiting[0];
  assign _zz_line = _zz_line_1;
  assign _zz_line_2 = _zz_line_3;
  assign _zz_line_4 = _zz_line_5;
  assign _zz_line_6 = _zz_line_7;
  assign _zz_line_8 = _zz_line_9;
  assign _zz_line_10 = _zz_line_11;
  assign _zz_line_12 = _zz_line_13;
  assign _zz_line_14 = _zz_line_15;
  assign _zz_line_16 = _zz_line_17;
  assign _zz_line_18 = _zz_line_19;
  assign _zz_line_20 = _zz_line_21;
  assign _zz_line_22 = _zz_line_23;
  assign _zz_line_24 = _zz_line_25;
  assign _zz_line_26 = _zz_line_27;
  assign _zz_line_28 = _zz_line_29;
  assign _zz_line_30 = _zz_line_31;
  assign _zz_line_32 = _zz_line_33;
  assign _zz_line_34 = _zz_line_35;
  assign _zz_line_36 = _zz_line_37;
  assign _zz_line_38 = _zz_line_39;
  assign _zz_line_40 = _zz_line_41;
  assign _zz_line_42 = _zz_line_43;
  assign _zz_line_44 = _zz_line_45;
  assign _zz_line_46 = _zz_line_47;
  assign _zz_line_48 = _zz_line_49;
  assign _zz_line_50 = _zz_line_51;
  assign _zz_line_52 = _zz_line_53;
  assign _zz_line_54 = _zz_line_55;
  assign _zz_line_56 = _zz_line_57;
  assign _zz_line_58 = _zz_line_59;
  assign _zz_line_60 = _zz_line_61;
  assign _zz_line_62 = _zz_line_63;
  assign _zz_line_1 = irq[23];
  assign _zz_line_3 = irq[22];
  assign _zz_line_5 = irq[21];
  assign _zz_line_7 = irq[20];
  assign _zz_line_9 = irq[19];
  assign _zz_line_11 = irq[18];
  assign _zz_line_13 = irq[17];
  assign _zz_line_15 = irq[16];
  assign _zz_line_17 = irq[15];
  assign _zz_line_19 = irq[14];
  assign _zz_line_21 = irq[13];
  assign _zz_line_23 = irq[12];
  assign _zz_line_25 = irq[11];
  assign _zz_line_27 = irq[10];
  assign _zz_line_29 = irq[9];
  assign _zz_line_31 = irq[8];
  assign _zz_line_33 = irq[7];
  assign _zz_line_35 = irq[6];
  assign _zz_line_37 = irq[5];
  assign _zz_line_39 = irq[4];
  assign _zz_line_41 = irq[3];
  assign _zz_line_43 = irq[2];
  assign _zz_line_45 = irq[1];
  assign _zz_line_47 = irq[0];
  assign _zz_line_49 = nic_tx_irq[3];
  assign _zz_line_51 = nic_tx_irq[2];
  assign _zz_line_53 = nic_tx_irq[1];
  assign _zz_line_55 = nic_tx_irq[0];
  assign _zz_line_57 = nic_rx_irq[3];
  assign _zz_line_59 = nic_rx_irq[2];
  assign _zz_line_61 = nic_rx_irq[1];
  assign _zz_line_63 = nic_rx_irq[0];
  assign _zz_nicTimeUp_8 = (_zz_nicTimeUp_9 && _zz_nicTimeUp_12);
  assign _zz_nicTimeUp_14 = (_zz_nicTimeUp_15 && _zz_nicTimeUp_17);
  assign _zz_nicTimeUp_18 = (_zz_nicTimeUp_19 && _zz_nicTimeUp_22);
  assign _zz_nicTimeUp_24 = (_zz_nicTimeUp_25 && _zz_nicTimeUp_27);
  assign _zz_nicTimeUp_28 = (_zz_nicTimeUp_29 && _zz_nicTimeUp_32);
  assign _zz_nicTimeUp_34 = (_zz_nicTimeUp_35 && _zz_nicTimeUp_37);
  assign _zz_nicTimeUp_38 = (_zz_nicTimeUp_39 && _zz_nicTimeUp_42);
  assign _zz_nicTimeUp_44 = (_zz_nicTimeUp_45 && _zz_nicTimeUp_47);
  assign _zz_nicTimeUp_48 = (_zz_nicTimeUp_49 && _zz_nicTimeUp_52);
  assign _zz_nicTimeUp_54 = (_zz_nicTimeUp_55 && _zz_nicTimeUp_57);
  assign _zz_nicTimeUp_58 = (_zz_nicTimeUp_59 && _zz_nicTimeUp_62);
  assign _zz_nicTimeUp_64 = (_zz_nicTimeUp_65 && _zz_nicTimeUp_67);
  assign _zz_nicTimeUp_68 = (_zz_nicTimeUp_69 && _zz_nicTimeUp_72);
  assign _zz_nicTimeUp_74 = (_zz_nicTimeUp_75 && _zz_nicTimeUp_77);
  assign _zz_nicTimeUp_78 = (_zz_nicTimeUp_79 && _zz_nicTimeUp_82);
  assign _zz_nicTimeUp_84 = (_zz_nicTimeUp_85 && _zz_nicTimeUp_87);
  assign _zz_nicTimeUp_9 = (_zz_nicTimeUp_10 != _zz_nicTimeUp_11);
  assign _zz_nicTimeUp_12 = (_zz_nicTimeUp_13 <= _zz_nicTimer_7_1);
  assign _zz_nicTimeUp_15 = (_zz_nicTimeUp_7 != _zz_nicTimeUp_16);
  assign _zz_nicTimeUp_17 = (_zz_nicTimeUp_7 <= _zz_nicTimer_7_1);
  assign _zz_nicTimeUp_19 = (_zz_nicTimeUp_20 != _zz_nicTimeUp_21);
  assign _zz_nicTimeUp_22 = (_zz_nicTimeUp_23 <= _zz_nicTimer_6_1);
  assign _zz_nicTimeUp_25 = (_zz_nicTimeUp_6 != _zz_nicTimeUp_26);
  assign _zz_nicTimeUp_27 = (_zz_nicTimeUp_6 <= _zz_nicTimer_6_1);
  assign _zz_nicTimeUp_29 = (_zz_nicTimeUp_30 != _zz_nicTimeUp_31);
  assign _zz_nicTimeUp_32 = (_zz_nicTimeUp_33 <= _zz_nicTimer_5_1);
  assign _zz_nicTimeUp_35 = (_zz_nicTimeUp_5 != _zz_nicTimeUp_36);
  assign _zz_nicTimeUp_37 = (_zz_nicTimeUp_5 <= _zz_nicTimer_5_1);
  assign _zz_nicTimeUp_39 = (_zz_nicTimeUp_40 != _zz_nicTimeUp_41);
  assign _zz_nicTimeUp_42 = (_zz_nicTimeUp_43 <= _zz_nicTimer_4_1);
  assign _zz_nicTimeUp_45 = (_zz_nicTimeUp_4 != _zz_nicTimeUp_46);
  assign _zz_nicTimeUp_47 = (_zz_nicTimeUp_4 <= _zz_nicTimer_4_1);
  assign _zz_nicTimeUp_49 = (_zz_nicTimeUp_50 != _zz_nicTimeUp_51);
  assign _zz_nicTimeUp_52 = (_zz_nicTimeUp_53 <= _zz_nicTimer_3_1);
  assign _zz_nicTimeUp_55 = (_zz_nicTimeUp_3 != _zz_nicTimeUp_56);
  assign _zz_nicTimeUp_57 = (_zz_nicTimeUp_3 <= _zz_nicTimer_3_1);
  assign _zz_nicTimeUp_59 = (_zz_nicTimeUp_60 != _zz_nicTimeUp_61);
  assign _zz_nicTimeUp_62 = (_zz_nicTimeUp_63 <= _zz_nicTimer_2_1);
  assign _zz_nicTimeUp_65 = (_zz_nicTimeUp_2 != _zz_nicTimeUp_66);
  assign _zz_nicTimeUp_67 = (_zz_nicTimeUp_2 <= _zz_nicTimer_2_1);
  assign _zz_nicTimeUp_69 = (_zz_nicTimeUp_70 != _zz_nicTimeUp_71);
  assign _zz_nicTimeUp_72 = (_zz_nicTimeUp_73 <= _zz_nicTimer_1_1);
  assign _zz_nicTimeUp_75 = (_zz_nicTimeUp_1 != _zz_nicTimeUp_76);
  assign _zz_nicTimeUp_77 = (_zz_nicTimeUp_1 <= _zz_nicTimer_1_1);
  assign _zz_nicTimeUp_79 = (_zz_nicTimeUp_80 != _zz_nicTimeUp_81);
  assign _zz_nicTimeUp_82 = (_zz_nicTimeUp_83 <= _zz_nicTimer_0_1);
  assign _zz_nicTimeUp_85 = (_zz_nicTimeUp != _zz_nicTimeUp_86);
  assign _zz_nicTimeUp_87 = (_zz_nicTimeUp <= _zz_nicTimer_0_1);
  assign _zz_nicTimeUp_10 = _zz_coalesceTime_7;
  assign _zz_nicTimeUp_11 = 16'h0;
  assign _zz_nicTimeUp_13 = _zz_coalesceTime_7;
  assign _zz_nicTimeUp_16 = 16'h0;
  assign _zz_nicTimeUp_20 = _zz_coalesceTime_6;
  assign _zz_nicTimeUp_21 = 16'h0;
  assign _zz_nicTimeUp_23 = _zz_coalesceTime_6;
  assign _zz_nicTimeUp_26 = 16'h0;
  assign _zz_nicTimeUp_30 = _zz_coalesceTime_5;
  assign _zz_nicTimeUp_31 = 16'h0;
  assign _zz_nicTimeUp_33 = _zz_coalesceTime_5;
  assign _zz_nicTimeUp_36 = 16'h0;
  assign _zz_nicTimeUp_40 = _zz_coalesceTime_4;
  assign _zz_nicTimeUp_41 = 16'h0;
  assign _zz_nicTimeUp_43 = _zz_coalesceTime_4;
  assign _zz_nicTimeUp_46 = 16'h0;
  assign _zz_nicTimeUp_50 = _zz_coalesceTime_3;
  assign _zz_nicTimeUp_51 = 16'h0;
  assign _zz_nicTimeUp_53 = _zz_coalesceTime_3;
  assign _zz_nicTimeUp_56 = 16'h0;
  assign _zz_nicTimeUp_60 = _zz_coalesceTime_2;
  assign _zz_nicTimeUp_61 = 16'h0;
  assign _zz_nicTimeUp_63 = _zz_coalesceTime_2;
  assign _zz_nicTimeUp_66 = 16'h0;
  assign _zz_nicTimeUp_70 = _zz_coalesceTime_1;
  assign _zz_nicTimeUp_71 = 16'h0;
  assign _zz_nicTimeUp_73 = _zz_coalesceTime_1;
  assign _zz_nicTimeUp_76 = 16'h0;
  assign _zz_nicTimeUp_80 = _zz_coalesceTime_0;
  assign _zz_nicTimeUp_81 = 16'h0;
  assign _zz_nicTimeUp_83 = _zz_coalesceTime_0;
  assign _zz_nicTimeUp_86 = 16'h0;
  assign _zz_nicReachK_8 = (_zz_nicReachK_9 <= _zz_nicCount_7);
  assign _zz_nicReachK_10 = (_zz_nicReachK_7 <= _zz_nicCount_7);
  assign _zz_nicReachK_11 = (_zz_nicReachK_12 <= _zz_nicCount_6);
  assign _zz_nicReachK_13 = (_zz_nicReachK_6 <= _zz_nicCount_6);
  assign _zz_nicReachK_14 = (_zz_nicReachK_15 <= _zz_nicCount_5);
  assign _zz_nicReachK_16 = (_zz_nicReachK_5 <= _zz_nicCount_5);
  assign _zz_nicReachK_17 = (_zz_nicReachK_18 <= _zz_nicCount_4);
  assign _zz_nicReachK_19 = (_zz_nicReachK_4 <= _zz_nicCount_4);
  assign _zz_nicReachK_20 = (_zz_nicReachK_21 <= _zz_nicCount_3);
  assign _zz_nicReachK_22 = (_zz_nicReachK_3 <= _zz_nicCount_3);
  assign _zz_nicReachK_23 = (_zz_nicReachK_24 <= _zz_nicCount_2);
  assign _zz_nicReachK_25 = (_zz_nicReachK_2 <= _zz_nicCount_2);
  assign _zz_nicReachK_26 = (_zz_nicReachK_27 <= _zz_nicCount_1);
  assign _zz_nicReachK_28 = (_zz_nicReachK_1 <= _zz_nicCount_1);
  assign _zz_nicReachK_29 = (_zz_nicReachK_30 <= _zz_nicCount_0);
  assign _zz_nicReachK_31 = (_zz_nicReachK <= _zz_nicCount_0);
  assign _zz_nicReachK_9 = _zz_coalesceCount_7;
  assign _zz_nicReachK_12 = _zz_coalesceCount_6;
  assign _zz_nicReachK_15 = _zz_coalesceCount_5;
  assign _zz_nicReachK_18 = _zz_coalesceCount_4;
  assign _zz_nicReachK_21 = _zz_coalesceCount_3;
  assign _zz_nicReachK_24 = _zz_coalesceCount_2;
  assign _zz_nicReachK_27 = _zz_coalesceCount_1;
  assign _zz_nicReachK_30 = _zz_coalesceCount_0;
  assign _zz_nicReachKNext_8 = (! (_zz_nicCount_7 == _zz_nicReachKNext_9));
  assign _zz_nicReachKNext_10 = (when_NicCoalescing_l77_7 ? (_zz_nicReachKNext_11 <= _zz_nicReachKNext_7) : (_zz_nicReachK_7 <= _zz_nicReachKNext_7));
  assign _zz_nicReachKNext_12 = (! (_zz_nicCount_6 == _zz_nicReachKNext_13));
  assign _zz_nicReachKNext_14 = (when_NicCoalescing_l77_6 ? (_zz_nicReachKNext_15 <= _zz_nicReachKNext_6) : (_zz_nicReachK_6 <= _zz_nicReachKNext_6));
  assign _zz_nicReachKNext_16 = (! (_zz_nicCount_5 == _zz_nicReachKNext_17));
  assign _zz_nicReachKNext_18 = (when_NicCoalescing_l77_5 ? (_zz_nicReachKNext_19 <= _zz_nicReachKNext_5) : (_zz_nicReachK_5 <= _zz_nicReachKNext_5));
  assign _zz_nicReachKNext_20 = (! (_zz_nicCount_4 == _zz_nicReachKNext_21));
  assign _zz_nicReachKNext_22 = (when_NicCoalescing_l77_4 ? (_zz_nicReachKNext_23 <= _zz_nicReachKNext_4) : (_zz_nicReachK_4 <= _zz_nicReachKNext_4));
  assign _zz_nicReachKNext_24 = (! (_zz_nicCount_3 == _zz_nicReachKNext_25));
  assign _zz_nicReachKNext_26 = (when_NicCoalescing_l77_3 ? (_zz_nicReachKNext_27 <= _zz_nicReachKNext_3) : (_zz_nicReachK_3 <= _zz_nicReachKNext_3));
  assign _zz_nicReachKNext_28 = (! (_zz_nicCount_2 == _zz_nicReachKNext_29));
  assign _zz_nicReachKNext_30 = (when_NicCoalescing_l77_2 ? (_zz_nicReachKNext_31 <= _zz_nicReachKNext_2) : (_zz_nicReachK_2 <= _zz_nicReachKNext_2));
  assign _zz_nicReachKNext_32 = (! (_zz_nicCount_1 == _zz_nicReachKNext_33));
  assign _zz_nicReachKNext_34 = (when_NicCoalescing_l77_1 ? (_zz_nicReachKNext_35 <= _zz_nicReachKNext_1) : (_zz_nicReachK_1 <= _zz_nicReachKNext_1));
  assign _zz_nicReachKNext_36 = (! (_zz_nicCount_0 == _zz_nicReachKNext_37));
  assign _zz_nicReachKNext_38 = (when_NicCoalescing_l77 ? (_zz_nicReachKNext_39 <= _zz_nicReachKNext) : (_zz_nicReachK <= _zz_nicReachKNext));
  assign _zz_nicReachKNext_9 = 6'h3f;
  assign _zz_nicReachKNext_11 = _zz_coalesceCount_7;
  assign _zz_nicReachKNext_13 = 6'h3f;
  assign _zz_nicReachKNext_15 = _zz_coalesceCount_6;
  assign _zz_nicReachKNext_17 = 6'h3f;
  assign _zz_nicReachKNext_19 = _zz_coalesceCount_5;
  assign _zz_nicReachKNext_21 = 6'h3f;
  assign _zz_nicReachKNext_23 = _zz_coalesceCount_4;
  assign _zz_nicReachKNext_25 = 6'h3f;
  assign _zz_nicReachKNext_27 = _zz_coalesceCount_3;
  assign _zz_nicReachKNext_29 = 6'h3f;
  assign _zz_nicReachKNext_31 = _zz_coalesceCount_2;
  assign _zz_nicReachKNext_33 = 6'h3f;
  assign _zz_nicReachKNext_35 = _zz_coalesceCount_1;
  assign _zz_nicReachKNext_37 = 6'h3f;
  assign _zz_nicReachKNext_39 = _zz_coalesceCount_0;
  assign _zz_offerOneHot = _zz_offerOneHot_1;
  assign _zz_offerOneHot_3 = _zz_offerOneHot_4;
  assign _zz_offerOneHot_6 = _zz_offerOneHot_7;
  assign _zz_offerOneHot_9 = _zz_offerOneHot_10;
  assign _zz_offerOneHot_12 = _zz_offerOneHot_13;
  assign _zz_offerOneHot_15 = _zz_offerOneHot_16;
  assign _zz_offerOneHot_18 = _zz_offerOneHot_19;
  assign _zz_offerOneHot_21 = _zz_offerOneHot_22;
  assign _zz_offerOneHot_24 = _zz_offerOneHot_25;
  assign _zz_offerOneHot_27 = _zz_offerOneHot_28;
  assign _zz_offerOneHot_30 = _zz_offerOneHot_31;
  assign _zz_offerOneHot_33 = _zz_offerOneHot_34;
  assign _zz_offerOneHot_36 = _zz_offerOneHot_37;
  assign _zz_offerOneHot_39 = _zz_offerOneHot_40;
  assign _zz_offerOneHot_42 = _zz_offerOneHot_43;
  assign _zz_offerOneHot_45 = _zz_offerOneHot_46;
  assign _zz_offerOneHot_48 = _zz_offerOneHot_49;
  assign _zz_offerOneHot_51 = _zz_offerOneHot_52;
  assign _zz_offerOneHot_54 = _zz_offerOneHot_55;
  assign _zz_offerOneHot_57 = _zz_offerOneHot_58;
  assign _zz_offerOneHot_60 = _zz_offerOneHot_61;
  assign _zz_offerOneHot_63 = _zz_offerOneHot_64;
  assign _zz_offerOneHot_66 = _zz_offerOneHot_67;
  assign _zz_offerOneHot_69 = _zz_offerOneHot_70;
  assign _zz_offerOneHot_72 = _zz_offerOneHot_73;
  assign _zz_offerOneHot_75 = _zz_offerOneHot_76;
  assign _zz_offerOneHot_78 = _zz_offerOneHot_79;
  assign _zz_offerOneHot_81 = _zz_offerOneHot_82;
  assign _zz_offerOneHot_84 = _zz_offerOneHot_85;
  assign _zz_offerOneHot_87 = _zz_offerOneHot_88;
  assign _zz_offerOneHot_90 = _zz_offerOneHot_91;
  assign _zz_offerOneHot_93 = _zz_offerOneHot_94;
  assign _zz_offerOneHot_1 = (offerSource == _zz_offerOneHot_2);
  assign _zz_offerOneHot_4 = (offerSource == _zz_offerOneHot_5);
  assign _zz_offerOneHot_7 = (offerSource == _zz_offerOneHot_8);
  assign _zz_offerOneHot_10 = (offerSource == _zz_offerOneHot_11);
  assign _zz_offerOneHot_13 = (offerSource == _zz_offerOneHot_14);
  assign _zz_offerOneHot_16 = (offerSource == _zz_offerOneHot_17);
  assign _zz_offerOneHot_19 = (offerSource == _zz_offerOneHot_20);
  assign _zz_offerOneHot_22 = (offerSource == _zz_offerOneHot_23);
  assign _zz_offerOneHot_25 = (offerSource == _zz_offerOneHot_26);
  assign _zz_offerOneHot_28 = (offerSource == _zz_offerOneHot_29);
  assign _zz_offerOneHot_31 = (offerSource == _zz_offerOneHot_32);
  assign _zz_offerOneHot_34 = (offerSource == _zz_offerOneHot_35);
  assign _zz_offerOneHot_37 = (offerSource == _zz_offerOneHot_38);
  assign _zz_offerOneHot_40 = (offerSource == _zz_offerOneHot_41);
  assign _zz_offerOneHot_43 = (offerSource == _zz_offerOneHot_44);
  assign _zz_offerOneHot_46 = (offerSource == _zz_offerOneHot_47);
  assign _zz_offerOneHot_49 = (offerSource == _zz_offerOneHot_50);
  assign _zz_offerOneHot_52 = (offerSource == _zz_offerOneHot_53);
  assign _zz_offerOneHot_55 = (offerSource == _zz_offerOneHot_56);
  assign _zz_offerOneHot_58 = (offerSource == _zz_offerOneHot_59);
  assign _zz_offerOneHot_61 = (offerSource == _zz_offerOneHot_62);
  assign _zz_offerOneHot_64 = (offerSource == _zz_offerOneHot_65);
  assign _zz_offerOneHot_67 = (offerSource == _zz_offerOneHot_68);
  assign _zz_offerOneHot_70 = (offerSource == _zz_offerOneHot_71);
  assign _zz_offerOneHot_73 = (offerSource == _zz_offerOneHot_74);
  assign _zz_offerOneHot_76 = (offerSource == _zz_offerOneHot_77);
  assign _zz_offerOneHot_79 = (offerSource == _zz_offerOneHot_80);
  assign _zz_offerOneHot_82 = (offerSource == _zz_offerOneHot_83);
  assign _zz_offerOneHot_85 = (offerSource == _zz_offerOneHot_86);
  assign _zz_offerOneHot_88 = (offerSource == _zz_offerOneHot_89);
  assign _zz_offerOneHot_91 = (offerSource == _zz_offerOneHot_92);
  assign _zz_offerOneHot_94 = (offerSource == _zz_offerOneHot_95);
  assign _zz_offerOneHot_2 = 5'h1f;
  assign _zz_offerOneHot_5 = 5'h1e;
  assign _zz_offerOneHot_8 = 5'h1d;
  assign _zz_offerOneHot_11 = 5'h1c;
  assign _zz_offerOneHot_14 = 5'h1b;
  assign _zz_offerOneHot_17 = 5'h1a;
  assign _zz_offerOneHot_20 = 5'h19;
  assign _zz_offerOneHot_23 = 5'h18;
  assign _zz_offerOneHot_26 = 5'h17;
  assign _zz_offerOneHot_29 = 5'h16;
  assign _zz_offerOneHot_32 = 5'h15;
  assign _zz_offerOneHot_35 = 5'h14;
  assign _zz_offerOneHot_38 = 5'h13;
  assign _zz_offerOneHot_41 = 5'h12;
  assign _zz_offerOneHot_44 = 5'h11;
  assign _zz_offerOneHot_47 = 5'h10;
  assign _zz_offerOneHot_50 = 5'h0f;
  assign _zz_offerOneHot_53 = 5'h0e;
  assign _zz_offerOneHot_56 = 5'h0d;
  assign _zz_offerOneHot_59 = 5'h0c;
  assign _zz_offerOneHot_62 = 5'h0b;
  assign _zz_offerOneHot_65 = 5'h0a;
  assign _zz_offerOneHot_68 = 5'h09;
  assign _zz_offerOneHot_71 = 5'h08;
  assign _zz_offerOneHot_74 = 5'h07;
  assign _zz_offerOneHot_77 = 5'h06;
  assign _zz_offerOneHot_80 = 5'h05;
  assign _zz_offerOneHot_83 = 5'h04;
  assign _zz_offerOneHot_86 = 5'h03;
  assign _zz_offerOneHot_89 = 5'h02;
  assign _zz_offerOneHot_92 = 5'h01;
  assign _zz_offerOneHot_95 = 5'h0;
  assign _zz__zz_offerValid_37 = {_zz__zz_offerValid_37_1,_zz__zz_offerValid_37_6};
  assign _zz__zz_offerValid_37_11 = {_zz__zz_offerValid_37_12,_zz__zz_offerValid_37_17};
  assign _zz__zz_offerValid_37_22 = {_zz__zz_offerValid_37_23,_zz__zz_offerValid_37_28};
  assign _zz__zz_offerValid_37_33 = {_zz__zz_offerValid_37_34,_zz__zz_offerValid_37_39};
  assign _zz__zz_offerValid_37_44 = {_zz__zz_offerValid_37_45,_zz__zz_offerValid_37_50};
  assign _zz__zz_offerValid_37_55 = {_zz__zz_offerValid_37_56,_zz__zz_offerValid_37_61};
  assign _zz__zz_offerValid_37_66 = {_zz__zz_offerValid_37_67,_zz__zz_offerValid_37_72};
  assign _zz__zz_offerValid_37_77 = {_zz__zz_offerValid_37_78,_zz__zz_offerValid_37_83};
  assign _zz__zz_offerValid_37_88 = {_zz__zz_offerValid_37_89,_zz__zz_offerValid_37_94};
  assign _zz__zz_offerValid_37_99 = {_zz__zz_offerValid_37_100,_zz__zz_offerValid_37_105};
  assign _zz__zz_offerValid_37_110 = {_zz__zz_offerValid_37_111,_zz__zz_offerValid_37_116};
  assign _zz__zz_offerValid_37_121 = {_zz__zz_offerValid_37_122,_zz__zz_offerValid_37_127};
  assign _zz__zz_offerValid_37_132 = {_zz__zz_offerValid_37_133,_zz__zz_offerValid_37_138};
  assign _zz__zz_offerValid_37_143 = {_zz__zz_offerValid_37_144,_zz__zz_offerValid_37_149};
  assign _zz__zz_offerValid_37_154 = {_zz__zz_offerValid_37_155,_zz__zz_offerValid_37_160};
  assign _zz__zz_offerValid_37_165 = {_zz__zz_offerValid_37_166,_zz__zz_offerValid_37_171};
  assign _zz__zz_offerValid_37_1 = _zz__zz_offerValid_37_2;
  assign _zz__zz_offerValid_37_6 = _zz__zz_offerValid_37_7;
  assign _zz__zz_offerValid_37_12 = _zz__zz_offerValid_37_13;
  assign _zz__zz_offerValid_37_17 = _zz__zz_offerValid_37_18;
  assign _zz__zz_offerValid_37_23 = _zz__zz_offerValid_37_24;
  assign _zz__zz_offerValid_37_28 = _zz__zz_offerValid_37_29;
  assign _zz__zz_offerValid_37_34 = _zz__zz_offerValid_37_35;
  assign _zz__zz_offerValid_37_39 = _zz__zz_offerValid_37_40;
  assign _zz__zz_offerValid_37_45 = _zz__zz_offerValid_37_46;
  assign _zz__zz_offerValid_37_50 = _zz__zz_offerValid_37_51;
  assign _zz__zz_offerValid_37_56 = _zz__zz_offerValid_37_57;
  assign _zz__zz_offerValid_37_61 = _zz__zz_offerValid_37_62;
  assign _zz__zz_offerValid_37_67 = _zz__zz_offerValid_37_68;
  assign _zz__zz_offerValid_37_72 = _zz__zz_offerValid_37_73;
  assign _zz__zz_offerValid_37_78 = _zz__zz_offerValid_37_79;
  assign _zz__zz_offerValid_37_83 = _zz__zz_offerValid_37_84;
  assign _zz__zz_offerValid_37_89 = _zz__zz_offerValid_37_90;
  assign _zz__zz_offerValid_37_94 = _zz__zz_offerValid_37_95;
  assign _zz__zz_offerValid_37_100 = _zz__zz_offerValid_37_101;
  assign _zz__zz_offerValid_37_105 = _zz__zz_offerValid_37_106;
  assign _zz__zz_offerValid_37_111 = _zz__zz_offerValid_37_112;
  assign _zz__zz_offerValid_37_116 = _zz__zz_offerValid_37_117;
  assign _zz__zz_offerValid_37_122 = _zz__zz_offerValid_37_123;
  assign _zz__zz_offerValid_37_127 = _zz__zz_offerValid_37_128;
  assign _zz__zz_offerValid_37_133 = _zz__zz_offerValid_37_134;
  assign _zz__zz_offerValid_37_138 = _zz__zz_offerValid_37_139;
  assign _zz__zz_offerValid_37_144 = _zz__zz_offerValid_37_145;
  assign _zz__zz_offerValid_37_149 = _zz__zz_offerValid_37_150;
  assign _zz__zz_offerValid_37_155 = _zz__zz_offerValid_37_156;
  assign _zz__zz_offerValid_37_160 = _zz__zz_offerValid_37_161;
  assign _zz__zz_offerValid_37_166 = _zz__zz_offerValid_37_167;
  assign _zz__zz_offerValid_37_171 = _zz__zz_offerValid_37_172;
  assign _zz__zz_offerValid_37_2 = (_zz__zz_offerValid_37_3 && _zz__zz_offerValid_37_5);
  assign _zz__zz_offerValid_37_7 = (_zz__zz_offerValid_37_8 && _zz__zz_offerValid_37_10);
  assign _zz__zz_offerValid_37_13 = (_zz__zz_offerValid_37_14 && _zz__zz_offerValid_37_16);
  assign _zz__zz_offerValid_37_18 = (_zz__zz_offerValid_37_19 && _zz__zz_offerValid_37_21);
  assign _zz__zz_offerValid_37_24 = (_zz__zz_offerValid_37_25 && _zz__zz_offerValid_37_27);
  assign _zz__zz_offerValid_37_29 = (_zz__zz_offerValid_37_30 && _zz__zz_offerValid_37_32);
  assign _zz__zz_offerValid_37_35 = (_zz__zz_offerValid_37_36 && _zz__zz_offerValid_37_38);
  assign _zz__zz_offerValid_37_40 = (_zz__zz_offerValid_37_41 && _zz__zz_offerValid_37_43);
  assign _zz__zz_offerValid_37_46 = (_zz__zz_offerValid_37_47 && _zz__zz_offerValid_37_49);
  assign _zz__zz_offerValid_37_51 = (_zz__zz_offerValid_37_52 && _zz__zz_offerValid_37_54);
  assign _zz__zz_offerValid_37_57 = (_zz__zz_offerValid_37_58 && _zz__zz_offerValid_37_60);
  assign _zz__zz_offerValid_37_62 = (_zz__zz_offerValid_37_63 && _zz__zz_offerValid_37_65);
  assign _zz__zz_offerValid_37_68 = (_zz__zz_offerValid_37_69 && _zz__zz_offerValid_37_71);
  assign _zz__zz_offerValid_37_73 = (_zz__zz_offerValid_37_74 && _zz__zz_offerValid_37_76);
  assign _zz__zz_offerValid_37_79 = (_zz__zz_offerValid_37_80 && _zz__zz_offerValid_37_82);
  assign _zz__zz_offerValid_37_84 = (_zz__zz_offerValid_37_85 && _zz__zz_offerValid_37_87);
  assign _zz__zz_offerValid_37_90 = (_zz__zz_offerValid_37_91 && _zz__zz_offerValid_37_93);
  assign _zz__zz_offerValid_37_95 = (_zz__zz_offerValid_37_96 && _zz__zz_offerValid_37_98);
  assign _zz__zz_offerValid_37_101 = (_zz__zz_offerValid_37_102 && _zz__zz_offerValid_37_104);
  assign _zz__zz_offerValid_37_106 = (_zz__zz_offerValid_37_107 && _zz__zz_offerValid_37_109);
  assign _zz__zz_offerValid_37_112 = (_zz__zz_offerValid_37_113 && _zz__zz_offerValid_37_115);
  assign _zz__zz_offerValid_37_117 = (_zz__zz_offerValid_37_118 && _zz__zz_offerValid_37_120);
  assign _zz__zz_offerValid_37_123 = (_zz__zz_offerValid_37_124 && _zz__zz_offerValid_37_126);
  assign _zz__zz_offerValid_37_128 = (_zz__zz_offerValid_37_129 && _zz__zz_offerValid_37_131);
  assign _zz__zz_offerValid_37_134 = (_zz__zz_offerValid_37_135 && _zz__zz_offerValid_37_137);
  assign _zz__zz_offerValid_37_139 = (_zz__zz_offerValid_37_140 && _zz__zz_offerValid_37_142);
  assign _zz__zz_offerValid_37_145 = (_zz__zz_offerValid_37_146 && _zz__zz_offerValid_37_148);
  assign _zz__zz_offerValid_37_150 = (_zz__zz_offerValid_37_151 && _zz__zz_offerValid_37_153);
  assign _zz__zz_offerValid_37_156 = (_zz__zz_offerValid_37_157 && _zz__zz_offerValid_37_159);
  assign _zz__zz_offerValid_37_161 = (_zz__zz_offerValid_37_162 && _zz__zz_offerValid_37_164);
  assign _zz__zz_offerValid_37_167 = (_zz__zz_offerValid_37_168 && _zz__zz_offerValid_37_170);
  assign _zz__zz_offerValid_37_172 = (_zz__zz_offerValid_37_173 && _zz__zz_offerValid_37_175);
  assign _zz__zz_offerValid_37_3 = (_zz__zz_offerValid_37_4 || _zz_offerValid_34);
  assign _zz__zz_offerValid_37_5 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_8 = (_zz__zz_offerValid_37_9 || _zz_offerValid_33);
  assign _zz__zz_offerValid_37_10 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_14 = (_zz__zz_offerValid_37_15 || _zz_offerValid_32);
  assign _zz__zz_offerValid_37_16 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_19 = (_zz__zz_offerValid_37_20 || _zz_offerValid_31);
  assign _zz__zz_offerValid_37_21 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_25 = (_zz__zz_offerValid_37_26 || _zz_offerValid_30);
  assign _zz__zz_offerValid_37_27 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_30 = (_zz__zz_offerValid_37_31 || _zz_offerValid_29);
  assign _zz__zz_offerValid_37_32 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_36 = (_zz__zz_offerValid_37_37 || _zz_offerValid_28);
  assign _zz__zz_offerValid_37_38 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_41 = (_zz__zz_offerValid_37_42 || _zz_offerValid_27);
  assign _zz__zz_offerValid_37_43 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_47 = (_zz__zz_offerValid_37_48 || _zz_offerValid_26);
  assign _zz__zz_offerValid_37_49 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_52 = (_zz__zz_offerValid_37_53 || _zz_offerValid_25);
  assign _zz__zz_offerValid_37_54 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_58 = (_zz__zz_offerValid_37_59 || _zz_offerValid_24);
  assign _zz__zz_offerValid_37_60 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_63 = (_zz__zz_offerValid_37_64 || _zz_offerValid_23);
  assign _zz__zz_offerValid_37_65 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_69 = (_zz__zz_offerValid_37_70 || _zz_offerValid_22);
  assign _zz__zz_offerValid_37_71 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_74 = (_zz__zz_offerValid_37_75 || _zz_offerValid_21);
  assign _zz__zz_offerValid_37_76 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_80 = (_zz__zz_offerValid_37_81 || _zz_offerValid_20);
  assign _zz__zz_offerValid_37_82 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_85 = (_zz__zz_offerValid_37_86 || _zz_offerValid_19);
  assign _zz__zz_offerValid_37_87 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_91 = (_zz__zz_offerValid_37_92 && _zz_offerValid_34);
  assign _zz__zz_offerValid_37_93 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_96 = (_zz__zz_offerValid_37_97 && _zz_offerValid_33);
  assign _zz__zz_offerValid_37_98 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_102 = (_zz__zz_offerValid_37_103 && _zz_offerValid_32);
  assign _zz__zz_offerValid_37_104 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_107 = (_zz__zz_offerValid_37_108 && _zz_offerValid_31);
  assign _zz__zz_offerValid_37_109 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_113 = (_zz__zz_offerValid_37_114 && _zz_offerValid_30);
  assign _zz__zz_offerValid_37_115 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_118 = (_zz__zz_offerValid_37_119 && _zz_offerValid_29);
  assign _zz__zz_offerValid_37_120 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_124 = (_zz__zz_offerValid_37_125 && _zz_offerValid_28);
  assign _zz__zz_offerValid_37_126 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_129 = (_zz__zz_offerValid_37_130 && _zz_offerValid_27);
  assign _zz__zz_offerValid_37_131 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_135 = (_zz__zz_offerValid_37_136 && _zz_offerValid_26);
  assign _zz__zz_offerValid_37_137 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_140 = (_zz__zz_offerValid_37_141 && _zz_offerValid_25);
  assign _zz__zz_offerValid_37_142 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_146 = (_zz__zz_offerValid_37_147 && _zz_offerValid_24);
  assign _zz__zz_offerValid_37_148 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_151 = (_zz__zz_offerValid_37_152 && _zz_offerValid_23);
  assign _zz__zz_offerValid_37_153 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_157 = (_zz__zz_offerValid_37_158 && _zz_offerValid_22);
  assign _zz__zz_offerValid_37_159 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_162 = (_zz__zz_offerValid_37_163 && _zz_offerValid_21);
  assign _zz__zz_offerValid_37_164 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_168 = (_zz__zz_offerValid_37_169 && _zz_offerValid_20);
  assign _zz__zz_offerValid_37_170 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_173 = (_zz__zz_offerValid_37_174 && _zz_offerValid_19);
  assign _zz__zz_offerValid_37_175 = (! _zz_offerValid_36);
  assign _zz__zz_offerValid_37_4 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_9 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_15 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_20 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_26 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_31 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_37 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_42 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_48 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_53 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_59 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_64 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_70 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_75 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_81 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_86 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_92 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_97 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_103 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_108 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_114 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_119 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_125 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_130 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_136 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_141 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_147 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_152 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_158 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_163 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_169 = (! _zz_offerValid_35);
  assign _zz__zz_offerValid_37_174 = (! _zz_offerValid_35);
  assign _zz_nextOffer_58 = (! _zz_nextOffer_53);
  assign _zz_nextOffer_59 = (_zz_nextOffer_53 ? _zz_nextOffer_60 : _zz_nextOffer_85);
  assign _zz_nextOffer_110 = (! _zz_nextOffer_54);
  assign _zz_nextOffer_111 = (_zz_nextOffer_54 ? _zz_nextOffer_112 : _zz_nextOffer_137);
  assign _zz_nextOffer_162 = (! _zz_nextOffer_55);
  assign _zz_nextOffer_163 = (_zz_nextOffer_55 ? _zz_nextOffer_164 : _zz_nextOffer_189);
  assign _zz_nextOffer_214 = (! _zz_offerValid_41);
  assign _zz_nextOffer_215 = (_zz_offerValid_41 ? _zz_nextOffer_216 : _zz_nextOffer_241);
  assign _zz_nextOffer_60 = {_zz_nextOffer_61,_zz_nextOffer_62};
  assign _zz_nextOffer_85 = {_zz_nextOffer_86,_zz_nextOffer_87};
  assign _zz_nextOffer_112 = {_zz_nextOffer_113,_zz_nextOffer_114};
  assign _zz_nextOffer_137 = {_zz_nextOffer_138,_zz_nextOffer_139};
  assign _zz_nextOffer_164 = {_zz_nextOffer_165,_zz_nextOffer_166};
  assign _zz_nextOffer_189 = {_zz_nextOffer_190,_zz_nextOffer_191};
  assign _zz_nextOffer_216 = {_zz_nextOffer_217,_zz_nextOffer_218};
  assign _zz_nextOffer_241 = {_zz_nextOffer_242,_zz_nextOffer_243};
  assign _zz_nextOffer_61 = (! _zz_nextOffer_46);
  assign _zz_nextOffer_62 = (_zz_nextOffer_46 ? _zz_nextOffer_63 : _zz_nextOffer_74);
  assign _zz_nextOffer_86 = (! _zz_nextOffer_47);
  assign _zz_nextOffer_87 = (_zz_nextOffer_47 ? _zz_nextOffer_88 : _zz_nextOffer_99);
  assign _zz_nextOffer_113 = (! _zz_nextOffer_48);
  assign _zz_nextOffer_114 = (_zz_nextOffer_48 ? _zz_nextOffer_115 : _zz_nextOffer_126);
  assign _zz_nextOffer_138 = (! _zz_nextOffer_49);
  assign _zz_nextOffer_139 = (_zz_nextOffer_49 ? _zz_nextOffer_140 : _zz_nextOffer_151);
  assign _zz_nextOffer_165 = (! _zz_nextOffer_50);
  assign _zz_nextOffer_166 = (_zz_nextOffer_50 ? _zz_nextOffer_167 : _zz_nextOffer_178);
  assign _zz_nextOffer_190 = (! _zz_nextOffer_51);
  assign _zz_nextOffer_191 = (_zz_nextOffer_51 ? _zz_nextOffer_192 : _zz_nextOffer_203);
  assign _zz_nextOffer_217 = (! _zz_nextOffer_52);
  assign _zz_nextOffer_218 = (_zz_nextOffer_52 ? _zz_nextOffer_219 : _zz_nextOffer_230);
  assign _zz_nextOffer_242 = (! _zz_offerValid_40);
  assign _zz_nextOffer_243 = (_zz_offerValid_40 ? _zz_nextOffer_244 : _zz_nextOffer_255);
  assign _zz_nextOffer_63 = {_zz_nextOffer_64,_zz_nextOffer_66};
  assign _zz_nextOffer_74 = {_zz_nextOffer_75,_zz_nextOffer_77};
  assign _zz_nextOffer_88 = {_zz_nextOffer_89,_zz_nextOffer_91};
  assign _zz_nextOffer_99 = {_zz_nextOffer_100,_zz_nextOffer_102};
  assign _zz_nextOffer_115 = {_zz_nextOffer_116,_zz_nextOffer_118};
  assign _zz_nextOffer_126 = {_zz_nextOffer_127,_zz_nextOffer_129};
  assign _zz_nextOffer_140 = {_zz_nextOffer_141,_zz_nextOffer_143};
  assign _zz_nextOffer_151 = {_zz_nextOffer_152,_zz_nextOffer_154};
  assign _zz_nextOffer_167 = {_zz_nextOffer_168,_zz_nextOffer_170};
  assign _zz_nextOffer_178 = {_zz_nextOffer_179,_zz_nextOffer_181};
  assign _zz_nextOffer_192 = {_zz_nextOffer_193,_zz_nextOffer_195};
  assign _zz_nextOffer_203 = {_zz_nextOffer_204,_zz_nextOffer_206};
  assign _zz_nextOffer_219 = {_zz_nextOffer_220,_zz_nextOffer_222};
  assign _zz_nextOffer_230 = {_zz_nextOffer_231,_zz_nextOffer_233};
  assign _zz_nextOffer_244 = {_zz_nextOffer_245,_zz_nextOffer_247};
  assign _zz_nextOffer_255 = {_zz_nextOffer_256,_zz_nextOffer_258};
  assign _zz_nextOffer_64 = _zz_nextOffer_65;
  assign _zz_nextOffer_66 = _zz_nextOffer_67;
  assign _zz_nextOffer_75 = _zz_nextOffer_76;
  assign _zz_nextOffer_77 = _zz_nextOffer_78;
  assign _zz_nextOffer_89 = _zz_nextOffer_90;
  assign _zz_nextOffer_91 = _zz_nextOffer_92;
  assign _zz_nextOffer_100 = _zz_nextOffer_101;
  assign _zz_nextOffer_102 = _zz_nextOffer_103;
  assign _zz_nextOffer_116 = _zz_nextOffer_117;
  assign _zz_nextOffer_118 = _zz_nextOffer_119;
  assign _zz_nextOffer_127 = _zz_nextOffer_128;
  assign _zz_nextOffer_129 = _zz_nextOffer_130;
  assign _zz_nextOffer_141 = _zz_nextOffer_142;
  assign _zz_nextOffer_143 = _zz_nextOffer_144;
  assign _zz_nextOffer_152 = _zz_nextOffer_153;
  assign _zz_nextOffer_154 = _zz_nextOffer_155;
  assign _zz_nextOffer_168 = _zz_nextOffer_169;
  assign _zz_nextOffer_170 = _zz_nextOffer_171;
  assign _zz_nextOffer_179 = _zz_nextOffer_180;
  assign _zz_nextOffer_181 = _zz_nextOffer_182;
  assign _zz_nextOffer_193 = _zz_nextOffer_194;
  assign _zz_nextOffer_195 = _zz_nextOffer_196;
  assign _zz_nextOffer_204 = _zz_nextOffer_205;
  assign _zz_nextOffer_206 = _zz_nextOffer_207;
  assign _zz_nextOffer_220 = _zz_nextOffer_221;
  assign _zz_nextOffer_222 = _zz_nextOffer_223;
  assign _zz_nextOffer_231 = _zz_nextOffer_232;
  assign _zz_nextOffer_233 = _zz_nextOffer_234;
  assign _zz_nextOffer_245 = _zz_nextOffer_246;
  assign _zz_nextOffer_247 = _zz_nextOffer_248;
  assign _zz_nextOffer_256 = _zz_nextOffer_257;
  assign _zz_nextOffer_258 = _zz_nextOffer_259;
  assign _zz_nextOffer_65 = (! _zz_nextOffer_31);
  assign _zz_nextOffer_67 = (_zz_nextOffer_31 ? _zz_nextOffer_68 : _zz_nextOffer_71);
  assign _zz_nextOffer_76 = (! _zz_nextOffer_32);
  assign _zz_nextOffer_78 = (_zz_nextOffer_32 ? _zz_nextOffer_79 : _zz_nextOffer_82);
  assign _zz_nextOffer_90 = (! _zz_nextOffer_33);
  assign _zz_nextOffer_92 = (_zz_nextOffer_33 ? _zz_nextOffer_93 : _zz_nextOffer_96);
  assign _zz_nextOffer_101 = (! _zz_nextOffer_34);
  assign _zz_nextOffer_103 = (_zz_nextOffer_34 ? _zz_nextOffer_104 : _zz_nextOffer_107);
  assign _zz_nextOffer_117 = (! _zz_nextOffer_35);
  assign _zz_nextOffer_119 = (_zz_nextOffer_35 ? _zz_nextOffer_120 : _zz_nextOffer_123);
  assign _zz_nextOffer_128 = (! _zz_nextOffer_36);
  assign _zz_nextOffer_130 = (_zz_nextOffer_36 ? _zz_nextOffer_131 : _zz_nextOffer_134);
  assign _zz_nextOffer_142 = (! _zz_nextOffer_37);
  assign _zz_nextOffer_144 = (_zz_nextOffer_37 ? _zz_nextOffer_145 : _zz_nextOffer_148);
  assign _zz_nextOffer_153 = (! _zz_nextOffer_38);
  assign _zz_nextOffer_155 = (_zz_nextOffer_38 ? _zz_nextOffer_156 : _zz_nextOffer_159);
  assign _zz_nextOffer_169 = (! _zz_nextOffer_39);
  assign _zz_nextOffer_171 = (_zz_nextOffer_39 ? _zz_nextOffer_172 : _zz_nextOffer_175);
  assign _zz_nextOffer_180 = (! _zz_nextOffer_40);
  assign _zz_nextOffer_182 = (_zz_nextOffer_40 ? _zz_nextOffer_183 : _zz_nextOffer_186);
  assign _zz_nextOffer_194 = (! _zz_nextOffer_41);
  assign _zz_nextOffer_196 = (_zz_nextOffer_41 ? _zz_nextOffer_197 : _zz_nextOffer_200);
  assign _zz_nextOffer_205 = (! _zz_nextOffer_42);
  assign _zz_nextOffer_207 = (_zz_nextOffer_42 ? _zz_nextOffer_208 : _zz_nextOffer_211);
  assign _zz_nextOffer_221 = (! _zz_nextOffer_43);
  assign _zz_nextOffer_223 = (_zz_nextOffer_43 ? _zz_nextOffer_224 : _zz_nextOffer_227);
  assign _zz_nextOffer_232 = (! _zz_nextOffer_44);
  assign _zz_nextOffer_234 = (_zz_nextOffer_44 ? _zz_nextOffer_235 : _zz_nextOffer_238);
  assign _zz_nextOffer_246 = (! _zz_nextOffer_45);
  assign _zz_nextOffer_248 = (_zz_nextOffer_45 ? _zz_nextOffer_249 : _zz_nextOffer_252);
  assign _zz_nextOffer_257 = (! _zz_offerValid_39);
  assign _zz_nextOffer_259 = (_zz_offerValid_39 ? _zz_nextOffer_260 : _zz_nextOffer_263);
  assign _zz_nextOffer_68 = _zz_nextOffer_69;
  assign _zz_nextOffer_71 = _zz_nextOffer_72;
  assign _zz_nextOffer_79 = _zz_nextOffer_80;
  assign _zz_nextOffer_82 = _zz_nextOffer_83;
  assign _zz_nextOffer_93 = _zz_nextOffer_94;
  assign _zz_nextOffer_96 = _zz_nextOffer_97;
  assign _zz_nextOffer_104 = _zz_nextOffer_105;
  assign _zz_nextOffer_107 = _zz_nextOffer_108;
  assign _zz_nextOffer_120 = _zz_nextOffer_121;
  assign _zz_nextOffer_123 = _zz_nextOffer_124;
  assign _zz_nextOffer_131 = _zz_nextOffer_132;
  assign _zz_nextOffer_134 = _zz_nextOffer_135;
  assign _zz_nextOffer_145 = _zz_nextOffer_146;
  assign _zz_nextOffer_148 = _zz_nextOffer_149;
  assign _zz_nextOffer_156 = _zz_nextOffer_157;
  assign _zz_nextOffer_159 = _zz_nextOffer_160;
  assign _zz_nextOffer_172 = _zz_nextOffer_173;
  assign _zz_nextOffer_175 = _zz_nextOffer_176;
  assign _zz_nextOffer_183 = _zz_nextOffer_184;
  assign _zz_nextOffer_186 = _zz_nextOffer_187;
  assign _zz_nextOffer_197 = _zz_nextOffer_198;
  assign _zz_nextOffer_200 = _zz_nextOffer_201;
  assign _zz_nextOffer_208 = _zz_nextOffer_209;
  assign _zz_nextOffer_211 = _zz_nextOffer_212;
  assign _zz_nextOffer_224 = _zz_nextOffer_225;
  assign _zz_nextOffer_227 = _zz_nextOffer_228;
  assign _zz_nextOffer_235 = _zz_nextOffer_236;
  assign _zz_nextOffer_238 = _zz_nextOffer_239;
  assign _zz_nextOffer_249 = _zz_nextOffer_250;
  assign _zz_nextOffer_252 = _zz_nextOffer_253;
  assign _zz_nextOffer_260 = _zz_nextOffer_261;
  assign _zz_nextOffer_263 = _zz_nextOffer_264;
  assign _zz_nextOffer_69 = _zz_nextOffer_70;
  assign _zz_nextOffer_72 = _zz_nextOffer_73;
  assign _zz_nextOffer_80 = _zz_nextOffer_81;
  assign _zz_nextOffer_83 = _zz_nextOffer_84;
  assign _zz_nextOffer_94 = _zz_nextOffer_95;
  assign _zz_nextOffer_97 = _zz_nextOffer_98;
  assign _zz_nextOffer_105 = _zz_nextOffer_106;
  assign _zz_nextOffer_108 = _zz_nextOffer_109;
  assign _zz_nextOffer_121 = _zz_nextOffer_122;
  assign _zz_nextOffer_124 = _zz_nextOffer_125;
  assign _zz_nextOffer_132 = _zz_nextOffer_133;
  assign _zz_nextOffer_135 = _zz_nextOffer_136;
  assign _zz_nextOffer_146 = _zz_nextOffer_147;
  assign _zz_nextOffer_149 = _zz_nextOffer_150;
  assign _zz_nextOffer_157 = _zz_nextOffer_158;
  assign _zz_nextOffer_160 = _zz_nextOffer_161;
  assign _zz_nextOffer_173 = _zz_nextOffer_174;
  assign _zz_nextOffer_176 = _zz_nextOffer_177;
  assign _zz_nextOffer_184 = _zz_nextOffer_185;
  assign _zz_nextOffer_187 = _zz_nextOffer_188;
  assign _zz_nextOffer_198 = _zz_nextOffer_199;
  assign _zz_nextOffer_201 = _zz_nextOffer_202;
  assign _zz_nextOffer_209 = _zz_nextOffer_210;
  assign _zz_nextOffer_212 = _zz_nextOffer_213;
  assign _zz_nextOffer_225 = _zz_nextOffer_226;
  assign _zz_nextOffer_228 = _zz_nextOffer_229;
  assign _zz_nextOffer_236 = _zz_nextOffer_237;
  assign _zz_nextOffer_239 = _zz_nextOffer_240;
  assign _zz_nextOffer_250 = _zz_nextOffer_251;
  assign _zz_nextOffer_253 = _zz_nextOffer_254;
  assign _zz_nextOffer_261 = _zz_nextOffer_262;
  assign _zz_nextOffer_264 = _zz_nextOffer_265;
  assign _zz_nextOffer_70 = (! _zz_nextOffer);
  assign _zz_nextOffer_73 = (! _zz_nextOffer_1);
  assign _zz_nextOffer_81 = (! _zz_nextOffer_2);
  assign _zz_nextOffer_84 = (! _zz_nextOffer_3);
  assign _zz_nextOffer_95 = (! _zz_nextOffer_4);
  assign _zz_nextOffer_98 = (! _zz_nextOffer_5);
  assign _zz_nextOffer_106 = (! _zz_nextOffer_6);
  assign _zz_nextOffer_109 = (! _zz_nextOffer_7);
  assign _zz_nextOffer_122 = (! _zz_nextOffer_8);
  assign _zz_nextOffer_125 = (! _zz_nextOffer_9);
  assign _zz_nextOffer_133 = (! _zz_nextOffer_10);
  assign _zz_nextOffer_136 = (! _zz_nextOffer_11);
  assign _zz_nextOffer_147 = (! _zz_nextOffer_12);
  assign _zz_nextOffer_150 = (! _zz_nextOffer_13);
  assign _zz_nextOffer_158 = (! _zz_nextOffer_14);
  assign _zz_nextOffer_161 = (! _zz_nextOffer_15);
  assign _zz_nextOffer_174 = (! _zz_nextOffer_16);
  assign _zz_nextOffer_177 = (! _zz_nextOffer_17);
  assign _zz_nextOffer_185 = (! _zz_nextOffer_18);
  assign _zz_nextOffer_188 = (! _zz_nextOffer_19);
  assign _zz_nextOffer_199 = (! _zz_nextOffer_20);
  assign _zz_nextOffer_202 = (! _zz_nextOffer_21);
  assign _zz_nextOffer_210 = (! _zz_nextOffer_22);
  assign _zz_nextOffer_213 = (! _zz_nextOffer_23);
  assign _zz_nextOffer_226 = (! _zz_nextOffer_24);
  assign _zz_nextOffer_229 = (! _zz_nextOffer_25);
  assign _zz_nextOffer_237 = (! _zz_nextOffer_26);
  assign _zz_nextOffer_240 = (! _zz_nextOffer_27);
  assign _zz_nextOffer_251 = (! _zz_nextOffer_28);
  assign _zz_nextOffer_254 = (! _zz_nextOffer_29);
  assign _zz_nextOffer_262 = (! _zz_nextOffer_30);
  assign _zz_nextOffer_265 = (! _zz_offerValid_38);
  assign _zz_pendingNonZero = _zz_pendingNonZero_1;
  assign _zz_pendingNonZero_6 = _zz_pendingNonZero_7;
  assign _zz_pendingNonZero_12 = _zz_pendingNonZero_13;
  assign _zz_pendingNonZero_18 = _zz_pendingNonZero_19;
  assign _zz_pendingNonZero_24 = _zz_pendingNonZero_25;
  assign _zz_pendingNonZero_30 = _zz_pendingNonZero_31;
  assign _zz_pendingNonZero_36 = _zz_pendingNonZero_37;
  assign _zz_pendingNonZero_42 = _zz_pendingNonZero_43;
  assign _zz_pendingNonZero_48 = _zz_pendingNonZero_49;
  assign _zz_pendingNonZero_54 = _zz_pendingNonZero_55;
  assign _zz_pendingNonZero_60 = _zz_pendingNonZero_61;
  assign _zz_pendingNonZero_66 = _zz_pendingNonZero_67;
  assign _zz_pendingNonZero_72 = _zz_pendingNonZero_73;
  assign _zz_pendingNonZero_78 = _zz_pendingNonZero_79;
  assign _zz_pendingNonZero_84 = _zz_pendingNonZero_85;
  assign _zz_pendingNonZero_90 = _zz_pendingNonZero_91;
  assign _zz_pendingNonZero_96 = _zz_pendingNonZero_97;
  assign _zz_pendingNonZero_102 = _zz_pendingNonZero_103;
  assign _zz_pendingNonZero_108 = _zz_pendingNonZero_109;
  assign _zz_pendingNonZero_114 = _zz_pendingNonZero_115;
  assign _zz_pendingNonZero_120 = _zz_pendingNonZero_121;
  assign _zz_pendingNonZero_126 = _zz_pendingNonZero_127;
  assign _zz_pendingNonZero_132 = _zz_pendingNonZero_133;
  assign _zz_pendingNonZero_138 = _zz_pendingNonZero_139;
  assign _zz_pendingNonZero_144 = _zz_pendingNonZero_145;
  assign _zz_pendingNonZero_150 = _zz_pendingNonZero_151;
  assign _zz_pendingNonZero_156 = _zz_pendingNonZero_157;
  assign _zz_pendingNonZero_162 = _zz_pendingNonZero_163;
  assign _zz_pendingNonZero_168 = _zz_pendingNonZero_169;
  assign _zz_pendingNonZero_174 = _zz_pendingNonZero_175;
  assign _zz_pendingNonZero_180 = _zz_pendingNonZero_181;
  assign _zz_pendingNonZero_186 = _zz_pendingNonZero_187;
  assign _zz_pendingNonZero_1 = (_zz_pendingNonZero_2 ? _zz_pendingNonZero_3 : _zz_pendingNonZero_5);
  assign _zz_pendingNonZero_7 = (_zz_pendingNonZero_8 ? _zz_pendingNonZero_9 : _zz_pendingNonZero_11);
  assign _zz_pendingNonZero_13 = (_zz_pendingNonZero_14 ? _zz_pendingNonZero_15 : _zz_pendingNonZero_17);
  assign _zz_pendingNonZero_19 = (_zz_pendingNonZero_20 ? _zz_pendingNonZero_21 : _zz_pendingNonZero_23);
  assign _zz_pendingNonZero_25 = (_zz_pendingNonZero_26 ? _zz_pendingNonZero_27 : _zz_pendingNonZero_29);
  assign _zz_pendingNonZero_31 = (_zz_pendingNonZero_32 ? _zz_pendingNonZero_33 : _zz_pendingNonZero_35);
  assign _zz_pendingNonZero_37 = (_zz_pendingNonZero_38 ? _zz_pendingNonZero_39 : _zz_pendingNonZero_41);
  assign _zz_pendingNonZero_43 = (_zz_pendingNonZero_44 ? _zz_pendingNonZero_45 : _zz_pendingNonZero_47);
  assign _zz_pendingNonZero_49 = (_zz_pendingNonZero_50 ? _zz_pendingNonZero_51 : _zz_pendingNonZero_53);
  assign _zz_pendingNonZero_55 = (_zz_pendingNonZero_56 ? _zz_pendingNonZero_57 : _zz_pendingNonZero_59);
  assign _zz_pendingNonZero_61 = (_zz_pendingNonZero_62 ? _zz_pendingNonZero_63 : _zz_pendingNonZero_65);
  assign _zz_pendingNonZero_67 = (_zz_pendingNonZero_68 ? _zz_pendingNonZero_69 : _zz_pendingNonZero_71);
  assign _zz_pendingNonZero_73 = (_zz_pendingNonZero_74 ? _zz_pendingNonZero_75 : _zz_pendingNonZero_77);
  assign _zz_pendingNonZero_79 = (_zz_pendingNonZero_80 ? _zz_pendingNonZero_81 : _zz_pendingNonZero_83);
  assign _zz_pendingNonZero_85 = (_zz_pendingNonZero_86 ? _zz_pendingNonZero_87 : _zz_pendingNonZero_89);
  assign _zz_pendingNonZero_91 = (_zz_pendingNonZero_92 ? _zz_pendingNonZero_93 : _zz_pendingNonZero_95);
  assign _zz_pendingNonZero_97 = (_zz_pendingNonZero_98 ? _zz_pendingNonZero_99 : _zz_pendingNonZero_101);
  assign _zz_pendingNonZero_103 = (_zz_pendingNonZero_104 ? _zz_pendingNonZero_105 : _zz_pendingNonZero_107);
  assign _zz_pendingNonZero_109 = (_zz_pendingNonZero_110 ? _zz_pendingNonZero_111 : _zz_pendingNonZero_113);
  assign _zz_pendingNonZero_115 = (_zz_pendingNonZero_116 ? _zz_pendingNonZero_117 : _zz_pendingNonZero_119);
  assign _zz_pendingNonZero_121 = (_zz_pendingNonZero_122 ? _zz_pendingNonZero_123 : _zz_pendingNonZero_125);
  assign _zz_pendingNonZero_127 = (_zz_pendingNonZero_128 ? _zz_pendingNonZero_129 : _zz_pendingNonZero_131);
  assign _zz_pendingNonZero_133 = (_zz_pendingNonZero_134 ? _zz_pendingNonZero_135 : _zz_pendingNonZero_137);
  assign _zz_pendingNonZero_139 = (_zz_pendingNonZero_140 ? _zz_pendingNonZero_141 : _zz_pendingNonZero_143);
  assign _zz_pendingNonZero_145 = (_zz_pendingNonZero_146 ? _zz_pendingNonZero_147 : _zz_pendingNonZero_149);
  assign _zz_pendingNonZero_151 = (_zz_pendingNonZero_152 ? _zz_pendingNonZero_153 : _zz_pendingNonZero_155);
  assign _zz_pendingNonZero_157 = (_zz_pendingNonZero_158 ? _zz_pendingNonZero_159 : _zz_pendingNonZero_161);
  assign _zz_pendingNonZero_163 = (_zz_pendingNonZero_164 ? _zz_pendingNonZero_165 : _zz_pendingNonZero_167);
  assign _zz_pendingNonZero_169 = (_zz_pendingNonZero_170 ? _zz_pendingNonZero_171 : _zz_pendingNonZero_173);
  assign _zz_pendingNonZero_175 = (_zz_pendingNonZero_176 ? _zz_pendingNonZero_177 : _zz_pendingNonZero_179);
  assign _zz_pendingNonZero_181 = (_zz_pendingNonZero_182 ? _zz_pendingNonZero_183 : _zz_pendingNonZero_185);
  assign _zz_pendingNonZero_187 = (_zz_pendingNonZero_188 ? _zz_pendingNonZero_189 : _zz_pendingNonZero_191);
  assign _zz_pendingNonZero_2 = countDown[31];
  assign _zz_pendingNonZero_3 = (|_zz_pendingNonZero_4);
  assign _zz_pendingNonZero_5 = (|pending_31);
  assign _zz_pendingNonZero_8 = countDown[30];
  assign _zz_pendingNonZero_9 = (|_zz_pendingNonZero_10);
  assign _zz_pendingNonZero_11 = (|pending_30);
  assign _zz_pendingNonZero_14 = countDown[29];
  assign _zz_pendingNonZero_15 = (|_zz_pendingNonZero_16);
  assign _zz_pendingNonZero_17 = (|pending_29);
  assign _zz_pendingNonZero_20 = countDown[28];
  assign _zz_pendingNonZero_21 = (|_zz_pendingNonZero_22);
  assign _zz_pendingNonZero_23 = (|pending_28);
  assign _zz_pendingNonZero_26 = countDown[27];
  assign _zz_pendingNonZero_27 = (|_zz_pendingNonZero_28);
  assign _zz_pendingNonZero_29 = (|pending_27);
  assign _zz_pendingNonZero_32 = countDown[26];
  assign _zz_pendingNonZero_33 = (|_zz_pendingNonZero_34);
  assign _zz_pendingNonZero_35 = (|pending_26);
  assign _zz_pendingNonZero_38 = countDown[25];
  assign _zz_pendingNonZero_39 = (|_zz_pendingNonZero_40);
  assign _zz_pendingNonZero_41 = (|pending_25);
  assign _zz_pendingNonZero_44 = countDown[24];
  assign _zz_pendingNonZero_45 = (|_zz_pendingNonZero_46);
  assign _zz_pendingNonZero_47 = (|pending_24);
  assign _zz_pendingNonZero_50 = countDown[23];
  assign _zz_pendingNonZero_51 = (|_zz_pendingNonZero_52);
  assign _zz_pendingNonZero_53 = (|pending_23);
  assign _zz_pendingNonZero_56 = countDown[22];
  assign _zz_pendingNonZero_57 = (|_zz_pendingNonZero_58);
  assign _zz_pendingNonZero_59 = (|pending_22);
  assign _zz_pendingNonZero_62 = countDown[21];
  assign _zz_pendingNonZero_63 = (|_zz_pendingNonZero_64);
  assign _zz_pendingNonZero_65 = (|pending_21);
  assign _zz_pendingNonZero_68 = countDown[20];
  assign _zz_pendingNonZero_69 = (|_zz_pendingNonZero_70);
  assign _zz_pendingNonZero_71 = (|pending_20);
  assign _zz_pendingNonZero_74 = countDown[19];
  assign _zz_pendingNonZero_75 = (|_zz_pendingNonZero_76);
  assign _zz_pendingNonZero_77 = (|pending_19);
  assign _zz_pendingNonZero_80 = countDown[18];
  assign _zz_pendingNonZero_81 = (|_zz_pendingNonZero_82);
  assign _zz_pendingNonZero_83 = (|pending_18);
  assign _zz_pendingNonZero_86 = countDown[17];
  assign _zz_pendingNonZero_87 = (|_zz_pendingNonZero_88);
  assign _zz_pendingNonZero_89 = (|pending_17);
  assign _zz_pendingNonZero_92 = countDown[16];
  assign _zz_pendingNonZero_93 = (|_zz_pendingNonZero_94);
  assign _zz_pendingNonZero_95 = (|pending_16);
  assign _zz_pendingNonZero_98 = countDown[15];
  assign _zz_pendingNonZero_99 = (|_zz_pendingNonZero_100);
  assign _zz_pendingNonZero_101 = (|pending_15);
  assign _zz_pendingNonZero_104 = countDown[14];
  assign _zz_pendingNonZero_105 = (|_zz_pendingNonZero_106);
  assign _zz_pendingNonZero_107 = (|pending_14);
  assign _zz_pendingNonZero_110 = countDown[13];
  assign _zz_pendingNonZero_111 = (|_zz_pendingNonZero_112);
  assign _zz_pendingNonZero_113 = (|pending_13);
  assign _zz_pendingNonZero_116 = countDown[12];
  assign _zz_pendingNonZero_117 = (|_zz_pendingNonZero_118);
  assign _zz_pendingNonZero_119 = (|pending_12);
  assign _zz_pendingNonZero_122 = countDown[11];
  assign _zz_pendingNonZero_123 = (|_zz_pendingNonZero_124);
  assign _zz_pendingNonZero_125 = (|pending_11);
  assign _zz_pendingNonZero_128 = countDown[10];
  assign _zz_pendingNonZero_129 = (|_zz_pendingNonZero_130);
  assign _zz_pendingNonZero_131 = (|pending_10);
  assign _zz_pendingNonZero_134 = countDown[9];
  assign _zz_pendingNonZero_135 = (|_zz_pendingNonZero_136);
  assign _zz_pendingNonZero_137 = (|pending_9);
  assign _zz_pendingNonZero_140 = countDown[8];
  assign _zz_pendingNonZero_141 = (|_zz_pendingNonZero_142);
  assign _zz_pendingNonZero_143 = (|pending_8);
  assign _zz_pendingNonZero_146 = countDown[7];
  assign _zz_pendingNonZero_147 = (|_zz_pendingNonZero_148);
  assign _zz_pendingNonZero_149 = (|pending_7);
  assign _zz_pendingNonZero_152 = countDown[6];
  assign _zz_pendingNonZero_153 = (|_zz_pendingNonZero_154);
  assign _zz_pendingNonZero_155 = (|pending_6);
  assign _zz_pendingNonZero_158 = countDown[5];
  assign _zz_pendingNonZero_159 = (|_zz_pendingNonZero_160);
  assign _zz_pendingNonZero_161 = (|pending_5);
  assign _zz_pendingNonZero_164 = countDown[4];
  assign _zz_pendingNonZero_165 = (|_zz_pendingNonZero_166);
  assign _zz_pendingNonZero_167 = (|pending_4);
  assign _zz_pendingNonZero_170 = countDown[3];
  assign _zz_pendingNonZero_171 = (|_zz_pendingNonZero_172);
  assign _zz_pendingNonZero_173 = (|pending_3);
  assign _zz_pendingNonZero_176 = countDown[2];
  assign _zz_pendingNonZero_177 = (|_zz_pendingNonZero_178);
  assign _zz_pendingNonZero_179 = (|pending_2);
  assign _zz_pendingNonZero_182 = countDown[1];
  assign _zz_pendingNonZero_183 = (|_zz_pendingNonZero_184);
  assign _zz_pendingNonZero_185 = (|pending_1);
  assign _zz_pendingNonZero_188 = countDown[0];
  assign _zz_pendingNonZero_189 = (|_zz_pendingNonZero_190);
  assign _zz_pendingNonZero_191 = (|pending_0);
  assign _zz_pendingNonZero_4 = pending_31[15 : 1];
  assign _zz_pendingNonZero_10 = pending_30[15 : 1];
  assign _zz_pendingNonZero_16 = pending_29[15 : 1];
  assign _zz_pendingNonZero_22 = pending_28[15 : 1];
  assign _zz_pendingNonZero_28 = pending_27[15 : 1];
  assign _zz_pendingNonZero_34 = pending_26[15 : 1];
  assign _zz_pendingNonZero_40 = pending_25[15 : 1];
  assign _zz_pendingNonZero_46 = pending_24[15 : 1];
  assign _zz_pendingNonZero_52 = pending_23[15 : 1];
  assign _zz_pendingNonZero_58 = pending_22[15 : 1];
  assign _zz_pendingNonZero_64 = pending_21[15 : 1];
  assign _zz_pendingNonZero_70 = pending_20[15 : 1];
  assign _zz_pendingNonZero_76 = pending_19[15 : 1];
  assign _zz_pendingNonZero_82 = pending_18[15 : 1];
  assign _zz_pendingNonZero_88 = pending_17[15 : 1];
  assign _zz_pendingNonZero_94 = pending_16[15 : 1];
  assign _zz_pendingNonZero_100 = pending_15[15 : 1];
  assign _zz_pendingNonZero_106 = pending_14[15 : 1];
  assign _zz_pendingNonZero_112 = pending_13[15 : 1];
  assign _zz_pendingNonZero_118 = pending_12[15 : 1];
  assign _zz_pendingNonZero_124 = pending_11[15 : 1];
  assign _zz_pendingNonZero_130 = pending_10[15 : 1];
  assign _zz_pendingNonZero_136 = pending_9[15 : 1];
  assign _zz_pendingNonZero_142 = pending_8[15 : 1];
  assign _zz_pendingNonZero_148 = pending_7[15 : 1];
  assign _zz_pendingNonZero_154 = pending_6[15 : 1];
  assign _zz_pendingNonZero_160 = pending_5[15 : 1];
  assign _zz_pendingNonZero_166 = pending_4[15 : 1];
  assign _zz_pendingNonZero_172 = pending_3[15 : 1];
  assign _zz_pendingNonZero_178 = pending_2[15 : 1];
  assign _zz_pendingNonZero_184 = pending_1[15 : 1];
  assign _zz_pendingNonZero_190 = pending_0[15 : 1];
  assign _zz_lost_1 = _zz_lost_2;
  assign _zz_lost_8 = _zz_lost_9;
  assign _zz_lost_15 = _zz_lost_16;
  assign _zz_lost_22 = _zz_lost_23;
  assign _zz_lost_29 = _zz_lost_30;
  assign _zz_lost_36 = _zz_lost_37;
  assign _zz_lost_43 = _zz_lost_44;
  assign _zz_lost_50 = _zz_lost_51;
  assign _zz_lost_57 = _zz_lost_58;
  assign _zz_lost_64 = _zz_lost_65;
  assign _zz_lost_71 = _zz_lost_72;
  assign _zz_lost_78 = _zz_lost_79;
  assign _zz_lost_85 = _zz_lost_86;
  assign _zz_lost_92 = _zz_lost_93;
  assign _zz_lost_99 = _zz_lost_100;
  assign _zz_lost_106 = _zz_lost_107;
  assign _zz_lost_113 = _zz_lost_114;
  assign _zz_lost_120 = _zz_lost_121;
  assign _zz_lost_127 = _zz_lost_128;
  assign _zz_lost_134 = _zz_lost_135;
  assign _zz_lost_141 = _zz_lost_142;
  assign _zz_lost_148 = _zz_lost_149;
  assign _zz_lost_155 = _zz_lost_156;
  assign _zz_lost_162 = _zz_lost_163;
  assign _zz_lost_169 = _zz_lost_170;
  assign _zz_lost_176 = _zz_lost_177;
  assign _zz_lost_183 = _zz_lost_184;
  assign _zz_lost_190 = _zz_lost_191;
  assign _zz_lost_197 = _zz_lost_198;
  assign _zz_lost_204 = _zz_lost_205;
  assign _zz_lost_211 = _zz_lost_212;
  assign _zz_lost_218 = _zz_lost_219;
  assign _zz_lost_2 = (_zz_lost_3 || _zz_pending_31_2);
  assign _zz_lost_9 = (_zz_lost_10 || _zz_pending_30_2);
  assign _zz_lost_16 = (_zz_lost_17 || _zz_pending_29_2);
  assign _zz_lost_23 = (_zz_lost_24 || _zz_pending_28_2);
  assign _zz_lost_30 = (_zz_lost_31 || _zz_pending_27_2);
  assign _zz_lost_37 = (_zz_lost_38 || _zz_pending_26_2);
  assign _zz_lost_44 = (_zz_lost_45 || _zz_pending_25_2);
  assign _zz_lost_51 = (_zz_lost_52 || _zz_pending_24_2);
  assign _zz_lost_58 = (_zz_lost_59 || _zz_pending_23_2);
  assign _zz_lost_65 = (_zz_lost_66 || _zz_pending_22_2);
  assign _zz_lost_72 = (_zz_lost_73 || _zz_pending_21_2);
  assign _zz_lost_79 = (_zz_lost_80 || _zz_pending_20_2);
  assign _zz_lost_86 = (_zz_lost_87 || _zz_pending_19_2);
  assign _zz_lost_93 = (_zz_lost_94 || _zz_pending_18_2);
  assign _zz_lost_100 = (_zz_lost_101 || _zz_pending_17_2);
  assign _zz_lost_107 = (_zz_lost_108 || _zz_pending_16_2);
  assign _zz_lost_114 = (_zz_lost_115 || _zz_pending_15_2);
  assign _zz_lost_121 = (_zz_lost_122 || _zz_pending_14_2);
  assign _zz_lost_128 = (_zz_lost_129 || _zz_pending_13_2);
  assign _zz_lost_135 = (_zz_lost_136 || _zz_pending_12_2);
  assign _zz_lost_142 = (_zz_lost_143 || _zz_pending_11_2);
  assign _zz_lost_149 = (_zz_lost_150 || _zz_pending_10_2);
  assign _zz_lost_156 = (_zz_lost_157 || _zz_pending_9_2);
  assign _zz_lost_163 = (_zz_lost_164 || _zz_pending_8_2);
  assign _zz_lost_170 = (_zz_lost_171 || _zz_pending_7_2);
  assign _zz_lost_177 = (_zz_lost_178 || _zz_pending_6_2);
  assign _zz_lost_184 = (_zz_lost_185 || _zz_pending_5_2);
  assign _zz_lost_191 = (_zz_lost_192 || _zz_pending_4_2);
  assign _zz_lost_198 = (_zz_lost_199 || _zz_pending_3_2);
  assign _zz_lost_205 = (_zz_lost_206 || _zz_pending_2_2);
  assign _zz_lost_212 = (_zz_lost_213 || _zz_pending_1_2);
  assign _zz_lost_219 = (_zz_lost_220 || _zz_pending_0_2);
  assign _zz_lost_3 = (_zz_lost_4 && _zz_lost_5);
  assign _zz_lost_10 = (_zz_lost_11 && _zz_lost_12);
  assign _zz_lost_17 = (_zz_lost_18 && _zz_lost_19);
  assign _zz_lost_24 = (_zz_lost_25 && _zz_lost_26);
  assign _zz_lost_31 = (_zz_lost_32 && _zz_lost_33);
  assign _zz_lost_38 = (_zz_lost_39 && _zz_lost_40);
  assign _zz_lost_45 = (_zz_lost_46 && _zz_lost_47);
  assign _zz_lost_52 = (_zz_lost_53 && _zz_lost_54);
  assign _zz_lost_59 = (_zz_lost_60 && _zz_lost_61);
  assign _zz_lost_66 = (_zz_lost_67 && _zz_lost_68);
  assign _zz_lost_73 = (_zz_lost_74 && _zz_lost_75);
  assign _zz_lost_80 = (_zz_lost_81 && _zz_lost_82);
  assign _zz_lost_87 = (_zz_lost_88 && _zz_lost_89);
  assign _zz_lost_94 = (_zz_lost_95 && _zz_lost_96);
  assign _zz_lost_101 = (_zz_lost_102 && _zz_lost_103);
  assign _zz_lost_108 = (_zz_lost_109 && _zz_lost_110);
  assign _zz_lost_115 = (_zz_lost_116 && _zz_lost_117);
  assign _zz_lost_122 = (_zz_lost_123 && _zz_lost_124);
  assign _zz_lost_129 = (_zz_lost_130 && _zz_lost_131);
  assign _zz_lost_136 = (_zz_lost_137 && _zz_lost_138);
  assign _zz_lost_143 = (_zz_lost_144 && _zz_lost_145);
  assign _zz_lost_150 = (_zz_lost_151 && _zz_lost_152);
  assign _zz_lost_157 = (_zz_lost_158 && _zz_lost_159);
  assign _zz_lost_164 = (_zz_lost_165 && _zz_lost_166);
  assign _zz_lost_171 = (_zz_lost_172 && _zz_lost_173);
  assign _zz_lost_178 = (_zz_lost_179 && _zz_lost_180);
  assign _zz_lost_185 = (_zz_lost_186 && _zz_lost_187);
  assign _zz_lost_192 = (_zz_lost_193 && _zz_lost_194);
  assign _zz_lost_199 = (_zz_lost_200 && _zz_lost_201);
  assign _zz_lost_206 = (_zz_lost_207 && _zz_lost_208);
  assign _zz_lost_213 = (_zz_lost_214 && _zz_lost_215);
  assign _zz_lost_220 = (_zz_lost_221 && _zz_lost_222);
  assign _zz_lost_4 = lost[31];
  assign _zz_lost_5 = (! _zz_lost_6);
  assign _zz_lost_11 = lost[30];
  assign _zz_lost_12 = (! _zz_lost_13);
  assign _zz_lost_18 = lost[29];
  assign _zz_lost_19 = (! _zz_lost_20);
  assign _zz_lost_25 = lost[28];
  assign _zz_lost_26 = (! _zz_lost_27);
  assign _zz_lost_32 = lost[27];
  assign _zz_lost_33 = (! _zz_lost_34);
  assign _zz_lost_39 = lost[26];
  assign _zz_lost_40 = (! _zz_lost_41);
  assign _zz_lost_46 = lost[25];
  assign _zz_lost_47 = (! _zz_lost_48);
  assign _zz_lost_53 = lost[24];
  assign _zz_lost_54 = (! _zz_lost_55);
  assign _zz_lost_60 = lost[23];
  assign _zz_lost_61 = (! _zz_lost_62);
  assign _zz_lost_67 = lost[22];
  assign _zz_lost_68 = (! _zz_lost_69);
  assign _zz_lost_74 = lost[21];
  assign _zz_lost_75 = (! _zz_lost_76);
  assign _zz_lost_81 = lost[20];
  assign _zz_lost_82 = (! _zz_lost_83);
  assign _zz_lost_88 = lost[19];
  assign _zz_lost_89 = (! _zz_lost_90);
  assign _zz_lost_95 = lost[18];
  assign _zz_lost_96 = (! _zz_lost_97);
  assign _zz_lost_102 = lost[17];
  assign _zz_lost_103 = (! _zz_lost_104);
  assign _zz_lost_109 = lost[16];
  assign _zz_lost_110 = (! _zz_lost_111);
  assign _zz_lost_116 = lost[15];
  assign _zz_lost_117 = (! _zz_lost_118);
  assign _zz_lost_123 = lost[14];
  assign _zz_lost_124 = (! _zz_lost_125);
  assign _zz_lost_130 = lost[13];
  assign _zz_lost_131 = (! _zz_lost_132);
  assign _zz_lost_137 = lost[12];
  assign _zz_lost_138 = (! _zz_lost_139);
  assign _zz_lost_144 = lost[11];
  assign _zz_lost_145 = (! _zz_lost_146);
  assign _zz_lost_151 = lost[10];
  assign _zz_lost_152 = (! _zz_lost_153);
  assign _zz_lost_158 = lost[9];
  assign _zz_lost_159 = (! _zz_lost_160);
  assign _zz_lost_165 = lost[8];
  assign _zz_lost_166 = (! _zz_lost_167);
  assign _zz_lost_172 = lost[7];
  assign _zz_lost_173 = (! _zz_lost_174);
  assign _zz_lost_179 = lost[6];
  assign _zz_lost_180 = (! _zz_lost_181);
  assign _zz_lost_186 = lost[5];
  assign _zz_lost_187 = (! _zz_lost_188);
  assign _zz_lost_193 = lost[4];
  assign _zz_lost_194 = (! _zz_lost_195);
  assign _zz_lost_200 = lost[3];
  assign _zz_lost_201 = (! _zz_lost_202);
  assign _zz_lost_207 = lost[2];
  assign _zz_lost_208 = (! _zz_lost_209);
  assign _zz_lost_214 = lost[1];
  assign _zz_lost_215 = (! _zz_lost_216);
  assign _zz_lost_221 = lost[0];
  assign _zz_lost_222 = (! _zz_lost_223);
  assign _zz_lost_6 = (_zz_lost && _zz_lost_7);
  assign _zz_lost_13 = (_zz_lost && _zz_lost_14);
  assign _zz_lost_20 = (_zz_lost && _zz_lost_21);
  assign _zz_lost_27 = (_zz_lost && _zz_lost_28);
  assign _zz_lost_34 = (_zz_lost && _zz_lost_35);
  assign _zz_lost_41 = (_zz_lost && _zz_lost_42);
  assign _zz_lost_48 = (_zz_lost && _zz_lost_49);
  assign _zz_lost_55 = (_zz_lost && _zz_lost_56);
  assign _zz_lost_62 = (_zz_lost && _zz_lost_63);
  assign _zz_lost_69 = (_zz_lost && _zz_lost_70);
  assign _zz_lost_76 = (_zz_lost && _zz_lost_77);
  assign _zz_lost_83 = (_zz_lost && _zz_lost_84);
  assign _zz_lost_90 = (_zz_lost && _zz_lost_91);
  assign _zz_lost_97 = (_zz_lost && _zz_lost_98);
  assign _zz_lost_104 = (_zz_lost && _zz_lost_105);
  assign _zz_lost_111 = (_zz_lost && _zz_lost_112);
  assign _zz_lost_118 = (_zz_lost && _zz_lost_119);
  assign _zz_lost_125 = (_zz_lost && _zz_lost_126);
  assign _zz_lost_132 = (_zz_lost && _zz_lost_133);
  assign _zz_lost_139 = (_zz_lost && _zz_lost_140);
  assign _zz_lost_146 = (_zz_lost && _zz_lost_147);
  assign _zz_lost_153 = (_zz_lost && _zz_lost_154);
  assign _zz_lost_160 = (_zz_lost && _zz_lost_161);
  assign _zz_lost_167 = (_zz_lost && _zz_lost_168);
  assign _zz_lost_174 = (_zz_lost && _zz_lost_175);
  assign _zz_lost_181 = (_zz_lost && _zz_lost_182);
  assign _zz_lost_188 = (_zz_lost && _zz_lost_189);
  assign _zz_lost_195 = (_zz_lost && _zz_lost_196);
  assign _zz_lost_202 = (_zz_lost && _zz_lost_203);
  assign _zz_lost_209 = (_zz_lost && _zz_lost_210);
  assign _zz_lost_216 = (_zz_lost && _zz_lost_217);
  assign _zz_lost_223 = (_zz_lost && _zz_lost_224);
  assign _zz_lost_7 = upd_oneHot[31];
  assign _zz_lost_14 = upd_oneHot[30];
  assign _zz_lost_21 = upd_oneHot[29];
  assign _zz_lost_28 = upd_oneHot[28];
  assign _zz_lost_35 = upd_oneHot[27];
  assign _zz_lost_42 = upd_oneHot[26];
  assign _zz_lost_49 = upd_oneHot[25];
  assign _zz_lost_56 = upd_oneHot[24];
  assign _zz_lost_63 = upd_oneHot[23];
  assign _zz_lost_70 = upd_oneHot[22];
  assign _zz_lost_77 = upd_oneHot[21];
  assign _zz_lost_84 = upd_oneHot[20];
  assign _zz_lost_91 = upd_oneHot[19];
  assign _zz_lost_98 = upd_oneHot[18];
  assign _zz_lost_105 = upd_oneHot[17];
  assign _zz_lost_112 = upd_oneHot[16];
  assign _zz_lost_119 = upd_oneHot[15];
  assign _zz_lost_126 = upd_oneHot[14];
  assign _zz_lost_133 = upd_oneHot[13];
  assign _zz_lost_140 = upd_oneHot[12];
  assign _zz_lost_147 = upd_oneHot[11];
  assign _zz_lost_154 = upd_oneHot[10];
  assign _zz_lost_161 = upd_oneHot[9];
  assign _zz_lost_168 = upd_oneHot[8];
  assign _zz_lost_175 = upd_oneHot[7];
  assign _zz_lost_182 = upd_oneHot[6];
  assign _zz_lost_189 = upd_oneHot[5];
  assign _zz_lost_196 = upd_oneHot[4];
  assign _zz_lost_203 = upd_oneHot[3];
  assign _zz_lost_210 = upd_oneHot[2];
  assign _zz_lost_217 = upd_oneHot[1];
  assign _zz_lost_224 = upd_oneHot[0];
  always @(posedge clk) begin
    if(_zz_modesLoad) begin
      offerModes[sched_update_payload_source] <= _zz_offerModes_port;
    end
  end

  always @(posedge clk) begin
    if(_zz_offerModes_rd0) begin
      offerModes_spinal_port1 <= offerModes[nextOffer];
    end
  end

  always @(*) begin
    case(query_source)
      5'b00000 : _zz_query_pending = pending_0;
      5'b00001 : _zz_query_pending = pending_1;
      5'b00010 : _zz_query_pending = pending_2;
      5'b00011 : _zz_query_pending = pending_3;
      5'b00100 : _zz_query_pending = pending_4;
      5'b00101 : _zz_query_pending = pending_5;
      5'b00110 : _zz_query_pending = pending_6;
      5'b00111 : _zz_query_pending = pending_7;
      5'b01000 : _zz_query_pending = pending_8;
      5'b01001 : _zz_query_pending = pending_9;
      5'b01010 : _zz_query_pending = pending_10;
      5'b01011 : _zz_query_pending = pending_11;
      5'b01100 : _zz_query_pending = pending_12;
      5'b01101 : _zz_query_pending = pending_13;
      5'b01110 : _zz_query_pending = pending_14;
      5'b01111 : _zz_query_pending = pending_15;
      5'b10000 : _zz_query_pending = pending_16;
      5'b10001 : _zz_query_pending = pending_17;
      5'b10010 : _zz_query_pending = pending_18;
      5'b10011 : _zz_query_pending = pending_19;
      5'b10100 : _zz_query_pending = pending_20;
      5'b10101 : _zz_query_pending = pending_21;
      5'b10110 : _zz_query_pending = pending_22;
      5'b10111 : _zz_query_pending = pending_23;
      5'b11000 : _zz_query_pending = pending_24;
      5'b11001 : _zz_query_pending = pending_25;
      5'b11010 : _zz_query_pending = pending_26;
      5'b11011 : _zz_query_pending = pending_27;
      5'b11100 : _zz_query_pending = pending_28;
      5'b11101 : _zz_query_pending = pending_29;
      5'b11110 : _zz_query_pending = pending_30;
      default : _zz_query_pending = pending_31;
    endcase
  end

  assign upd_oneHot = {{{{{_zz_upd_oneHot,_zz_upd_oneHot_3},{_zz_upd_oneHot_6,_zz_upd_oneHot_9}},{{_zz_upd_oneHot_12,_zz_upd_oneHot_15},{_zz_upd_oneHot_18,_zz_upd_oneHot_21}}},{{{_zz_upd_oneHot_24,_zz_upd_oneHot_27},{_zz_upd_oneHot_30,_zz_upd_oneHot_33}},{{_zz_upd_oneHot_36,_zz_upd_oneHot_39},{_zz_upd_oneHot_42,_zz_upd_oneHot_45}}}},{{{{_zz_upd_oneHot_48,_zz_upd_oneHot_51},{_zz_upd_oneHot_54,_zz_upd_oneHot_57}},{{_zz_upd_oneHot_60,_zz_upd_oneHot_63},{_zz_upd_oneHot_66,_zz_upd_oneHot_69}}},{{{_zz_upd_oneHot_72,_zz_upd_oneHot_75},{_zz_upd_oneHot_78,_zz_upd_oneHot_81}},{{_zz_upd_oneHot_84,_zz_upd_oneHot_87},{_zz_upd_oneHot_90,_zz_upd_oneHot_93}}}}};
  assign _zz_lost = (sched_update_valid && (sched_update_payload_kind == 3'b011));
  assign _zz_when_NicCoalescing_l77 = (sched_update_valid && (sched_update_payload_kind == 3'b100));
  assign _zz_modesLoad = ((((sched_update_valid && (sched_update_payload_kind == 3'b001)) || (sched_update_valid && (sched_update_payload_kind == 3'b010))) || (sched_update_valid && (sched_update_payload_kind == 3'b101))) || _zz_lost);
  assign modesLoad = (_zz_modesLoad ? upd_oneHot : 32'h0);
  assign _zz_oneShot = (sched_update_payload_waiting && (! sched_update_payload_persistent));
  assign _zz_handlerArmed = (sched_update_payload_handler && sched_update_payload_persistent);
  assign _zz_masked = modesLoad[0];
  assign _zz_masked_1 = modesLoad[1];
  assign _zz_masked_2 = modesLoad[2];
  assign _zz_masked_3 = modesLoad[3];
  assign _zz_masked_4 = modesLoad[4];
  assign _zz_masked_5 = modesLoad[5];
  assign _zz_masked_6 = modesLoad[6];
  assign _zz_masked_7 = modesLoad[7];
  assign _zz_masked_8 = modesLoad[8];
  assign _zz_masked_9 = modesLoad[9];
  assign _zz_masked_10 = modesLoad[10];
  assign _zz_masked_11 = modesLoad[11];
  assign _zz_masked_12 = modesLoad[12];
  assign _zz_masked_13 = modesLoad[13];
  assign _zz_masked_14 = modesLoad[14];
  assign _zz_masked_15 = modesLoad[15];
  assign _zz_masked_16 = modesLoad[16];
  assign _zz_masked_17 = modesLoad[17];
  assign _zz_masked_18 = modesLoad[18];
  assign _zz_masked_19 = modesLoad[19];
  assign _zz_masked_20 = modesLoad[20];
  assign _zz_masked_21 = modesLoad[21];
  assign _zz_masked_22 = modesLoad[22];
  assign _zz_masked_23 = modesLoad[23];
  assign _zz_masked_24 = modesLoad[24];
  assign _zz_masked_25 = modesLoad[25];
  assign _zz_masked_26 = modesLoad[26];
  assign _zz_masked_27 = modesLoad[27];
  assign _zz_masked_28 = modesLoad[28];
  assign _zz_masked_29 = modesLoad[29];
  assign _zz_masked_30 = modesLoad[30];
  assign _zz_masked_31 = modesLoad[31];
  assign waitingNext = {{{{{_zz_waitingNext,_zz_waitingNext_3},{_zz_waitingNext_6,_zz_waitingNext_9}},{{_zz_waitingNext_12,_zz_waitingNext_15},{_zz_waitingNext_18,_zz_waitingNext_21}}},{{{_zz_waitingNext_24,_zz_waitingNext_27},{_zz_waitingNext_30,_zz_waitingNext_33}},{{_zz_waitingNext_36,_zz_waitingNext_39},{_zz_waitingNext_42,_zz_waitingNext_45}}}},{{{{_zz_waitingNext_48,_zz_waitingNext_51},{_zz_waitingNext_54,_zz_waitingNext_57}},{{_zz_waitingNext_60,_zz_waitingNext_63},{_zz_waitingNext_66,_zz_waitingNext_69}}},{{{_zz_waitingNext_72,_zz_waitingNext_75},{_zz_waitingNext_78,_zz_waitingNext_81}},{{_zz_waitingNext_84,_zz_waitingNext_87},{_zz_waitingNext_90,_zz_waitingNext_93}}}}};
  assign line = {{{{{_zz_line,_zz_line_2},{_zz_line_4,_zz_line_6}},{{_zz_line_8,_zz_line_10},{_zz_line_12,_zz_line_14}}},{{{_zz_line_16,_zz_line_18},{_zz_line_20,_zz_line_22}},{{_zz_line_24,_zz_line_26},{_zz_line_28,_zz_line_30}}}},{{{{_zz_line_32,_zz_line_34},{_zz_line_36,_zz_line_38}},{{_zz_line_40,_zz_line_42},{_zz_line_44,_zz_line_46}}},{{{_zz_line_48,_zz_line_50},{_zz_line_52,_zz_line_54}},{{_zz_line_56,_zz_line_58},{_zz_line_60,_zz_line_62}}}}};
  assign gate = (line & (~ prev));
  assign _zz_nicFire_0 = gate[0];
  assign _zz_nicFire_0_1 = nicCount_0;
  assign _zz_nicTimer_0 = nicTimer_0;
  assign _zz_nicReachK = coalesceCount_0;
  assign _zz_nicTimeUp = coalesceTime_0;
  assign _zz_nicFire_0_2 = (nicActive[0] || _zz_nicFire_0);
  assign nicFire_0 = ((_zz_nicFire_0_2 && (((_zz_nicFire_0 ? nicReachKNext[0] : nicReachK[0]) || (_zz_nicReachK <= 6'h01)) || nicTimeUp[0])) && ((_zz_nicFire_0 ? (! (_zz_nicFire_0_1 == 6'h3f)) : (_zz_nicFire_0_1 != 6'h0)) || nicActive[0]));
  assign _zz_nicCount_0 = (nicFire_0 ? 6'h0 : (_zz_nicFire_0_2 ? _zz__zz_nicCount_0 : _zz_nicFire_0_1));
  assign _zz_nicTimer_0_1 = (nicFire_0 ? 16'h0 : (_zz_nicFire_0_2 ? ((_zz_nicTimer_0 == 16'hffff) ? _zz_nicTimer_0 : _zz__zz_nicTimer_0_1) : _zz_nicTimer_0));
  assign when_NicCoalescing_l77 = (_zz_when_NicCoalescing_l77 && upd_oneHot[0]);
  assign _zz_coalesceTime_0 = sched_update_payload_coalesce[21 : 6];
  assign _zz_coalesceCount_0 = sched_update_payload_coalesce[5 : 0];
  assign _zz_nicReachKNext = (_zz_nicCount_0 + 6'h01);
  assign _zz_nicFire_1 = gate[1];
  assign _zz_nicFire_1_1 = nicCount_1;
  assign _zz_nicTimer_1 = nicTimer_1;
  assign _zz_nicReachK_1 = coalesceCount_1;
  assign _zz_nicTimeUp_1 = coalesceTime_1;
  assign _zz_nicFire_1_2 = (nicActive[1] || _zz_nicFire_1);
  assign nicFire_1 = ((_zz_nicFire_1_2 && (((_zz_nicFire_1 ? nicReachKNext[1] : nicReachK[1]) || (_zz_nicReachK_1 <= 6'h01)) || nicTimeUp[1])) && ((_zz_nicFire_1 ? (! (_zz_nicFire_1_1 == 6'h3f)) : (_zz_nicFire_1_1 != 6'h0)) || nicActive[1]));
  assign _zz_nicCount_1 = (nicFire_1 ? 6'h0 : (_zz_nicFire_1_2 ? _zz__zz_nicCount_1 : _zz_nicFire_1_1));
  assign _zz_nicTimer_1_1 = (nicFire_1 ? 16'h0 : (_zz_nicFire_1_2 ? ((_zz_nicTimer_1 == 16'hffff) ? _zz_nicTimer_1 : _zz__zz_nicTimer_1_1) : _zz_nicTimer_1));
  assign when_NicCoalescing_l77_1 = (_zz_when_NicCoalescing_l77 && upd_oneHot[1]);
  assign _zz_coalesceTime_1 = sched_update_payload_coalesce[21 : 6];
  assign _zz_coalesceCount_1 = sched_update_payload_coalesce[5 : 0];
  assign _zz_nicReachKNext_1 = (_zz_nicCount_1 + 6'h01);
  assign _zz_nicFire_2 = gate[2];
  assign _zz_nicFire_2_1 = nicCount_2;
  assign _zz_nicTimer_2 = nicTimer_2;
  assign _zz_nicReachK_2 = coalesceCount_2;
  assign _zz_nicTimeUp_2 = coalesceTime_2;
  assign _zz_nicFire_2_2 = (nicActive[2] || _zz_nicFire_2);
  assign nicFire_2 = ((_zz_nicFire_2_2 && (((_zz_nicFire_2 ? nicReachKNext[2] : nicReachK[2]) || (_zz_nicReachK_2 <= 6'h01)) || nicTimeUp[2])) && ((_zz_nicFire_2 ? (! (_zz_nicFire_2_1 == 6'h3f)) : (_zz_nicFire_2_1 != 6'h0)) || nicActive[2]));
  assign _zz_nicCount_2 = (nicFire_2 ? 6'h0 : (_zz_nicFire_2_2 ? _zz__zz_nicCount_2 : _zz_nicFire_2_1));
  assign _zz_nicTimer_2_1 = (nicFire_2 ? 16'h0 : (_zz_nicFire_2_2 ? ((_zz_nicTimer_2 == 16'hffff) ? _zz_nicTimer_2 : _zz__zz_nicTimer_2_1) : _zz_nicTimer_2));
  assign when_NicCoalescing_l77_2 = (_zz_when_NicCoalescing_l77 && upd_oneHot[2]);
  assign _zz_coalesceTime_2 = sched_update_payload_coalesce[21 : 6];
  assign _zz_coalesceCount_2 = sched_update_payload_coalesce[5 : 0];
  assign _zz_nicReachKNext_2 = (_zz_nicCount_2 + 6'h01);
  assign _zz_nicFire_3 = gate[3];
  assign _zz_nicFire_3_1 = nicCount_3;
  assign _zz_nicTimer_3 = nicTimer_3;
  assign _zz_nicReachK_3 = coalesceCount_3;
  assign _zz_nicTimeUp_3 = coalesceTime_3;
  assign _zz_nicFire_3_2 = (nicActive[3] || _zz_nicFire_3);
  assign nicFire_3 = ((_zz_nicFire_3_2 && (((_zz_nicFire_3 ? nicReachKNext[3] : nicReachK[3]) || (_zz_nicReachK_3 <= 6'h01)) || nicTimeUp[3])) && ((_zz_nicFire_3 ? (! (_zz_nicFire_3_1 == 6'h3f)) : (_zz_nicFire_3_1 != 6'h0)) || nicActive[3]));
  assign _zz_nicCount_3 = (nicFire_3 ? 6'h0 : (_zz_nicFire_3_2 ? _zz__zz_nicCount_3 : _zz_nicFire_3_1));
  assign _zz_nicTimer_3_1 = (nicFire_3 ? 16'h0 : (_zz_nicFire_3_2 ? ((_zz_nicTimer_3 == 16'hffff) ? _zz_nicTimer_3 : _zz__zz_nicTimer_3_1) : _zz_nicTimer_3));
  assign when_NicCoalescing_l77_3 = (_zz_when_NicCoalescing_l77 && upd_oneHot[3]);
  assign _zz_coalesceTime_3 = sched_update_payload_coalesce[21 : 6];
  assign _zz_coalesceCount_3 = sched_update_payload_coalesce[5 : 0];
  assign _zz_nicReachKNext_3 = (_zz_nicCount_3 + 6'h01);
  assign _zz_nicFire_4 = gate[4];
  assign _zz_nicFire_4_1 = nicCount_4;
  assign _zz_nicTimer_4 = nicTimer_4;
  assign _zz_nicReachK_4 = coalesceCount_4;
  assign _zz_nicTimeUp_4 = coalesceTime_4;
  assign _zz_nicFire_4_2 = (nicActive[4] || _zz_nicFire_4);
  assign nicFire_4 = ((_zz_nicFire_4_2 && (((_zz_nicFire_4 ? nicReachKNext[4] : nicReachK[4]) || (_zz_nicReachK_4 <= 6'h01)) || nicTimeUp[4])) && ((_zz_nicFire_4 ? (! (_zz_nicFire_4_1 == 6'h3f)) : (_zz_nicFire_4_1 != 6'h0)) || nicActive[4]));
  assign _zz_nicCount_4 = (nicFire_4 ? 6'h0 : (_zz_nicFire_4_2 ? _zz__zz_nicCount_4 : _zz_nicFire_4_1));
  assign _zz_nicTimer_4_1 = (nicFire_4 ? 16'h0 : (_zz_nicFire_4_2 ? ((_zz_nicTimer_4 == 16'hffff) ? _zz_nicTimer_4 : _zz__zz_nicTimer_4_1) : _zz_nicTimer_4));
  assign when_NicCoalescing_l77_4 = (_zz_when_NicCoalescing_l77 && upd_oneHot[4]);
  assign _zz_coalesceTime_4 = sched_update_payload_coalesce[21 : 6];
  assign _zz_coalesceCount_4 = sched_update_payload_coalesce[5 : 0];
  assign _zz_nicReachKNext_4 = (_zz_nicCount_4 + 6'h01);
  assign _zz_nicFire_5 = gate[5];
  assign _zz_nicFire_5_1 = nicCount_5;
  assign _zz_nicTimer_5 = nicTimer_5;
  assign _zz_nicReachK_5 = coalesceCount_5;
  assign _zz_nicTimeUp_5 = coalesceTime_5;
  assign _zz_nicFire_5_2 = (nicActive[5] || _zz_nicFire_5);
  assign nicFire_5 = ((_zz_nicFire_5_2 && (((_zz_nicFire_5 ? nicReachKNext[5] : nicReachK[5]) || (_zz_nicReachK_5 <= 6'h01)) || nicTimeUp[5])) && ((_zz_nicFire_5 ? (! (_zz_nicFire_5_1 == 6'h3f)) : (_zz_nicFire_5_1 != 6'h0)) || nicActive[5]));
  assign _zz_nicCount_5 = (nicFire_5 ? 6'h0 : (_zz_nicFire_5_2 ? _zz__zz_nicCount_5 : _zz_nicFire_5_1));
  assign _zz_nicTimer_5_1 = (nicFire_5 ? 16'h0 : (_zz_nicFire_5_2 ? ((_zz_nicTimer_5 == 16'hffff) ? _zz_nicTimer_5 : _zz__zz_nicTimer_5_1) : _zz_nicTimer_5));
  assign when_NicCoalescing_l77_5 = (_zz_when_NicCoalescing_l77 && upd_oneHot[5]);
  assign _zz_coalesceTime_5 = sched_update_payload_coalesce[21 : 6];
  assign _zz_coalesceCount_5 = sched_update_payload_coalesce[5 : 0];
  assign _zz_nicReachKNext_5 = (_zz_nicCount_5 + 6'h01);
  assign _zz_nicFire_6 = gate[6];
  assign _zz_nicFire_6_1 = nicCount_6;
  assign _zz_nicTimer_6 = nicTimer_6;
  assign _zz_nicReachK_6 = coalesceCount_6;
  assign _zz_nicTimeUp_6 = coalesceTime_6;
  assign _zz_nicFire_6_2 = (nicActive[6] || _zz_nicFire_6);
  assign nicFire_6 = ((_zz_nicFire_6_2 && (((_zz_nicFire_6 ? nicReachKNext[6] : nicReachK[6]) || (_zz_nicReachK_6 <= 6'h01)) || nicTimeUp[6])) && ((_zz_nicFire_6 ? (! (_zz_nicFire_6_1 == 6'h3f)) : (_zz_nicFire_6_1 != 6'h0)) || nicActive[6]));
  assign _zz_nicCount_6 = (nicFire_6 ? 6'h0 : (_zz_nicFire_6_2 ? _zz__zz_nicCount_6 : _zz_nicFire_6_1));
  assign _zz_nicTimer_6_1 = (nicFire_6 ? 16'h0 : (_zz_nicFire_6_2 ? ((_zz_nicTimer_6 == 16'hffff) ? _zz_nicTimer_6 : _zz__zz_nicTimer_6_1) : _zz_nicTimer_6));
  assign when_NicCoalescing_l77_6 = (_zz_when_NicCoalescing_l77 && upd_oneHot[6]);
  assign _zz_coalesceTime_6 = sched_update_payload_coalesce[21 : 6];
  assign _zz_coalesceCount_6 = sched_update_payload_coalesce[5 : 0];
  assign _zz_nicReachKNext_6 = (_zz_nicCount_6 + 6'h01);
  assign _zz_nicFire_7 = gate[7];
  assign _zz_nicFire_7_1 = nicCount_7;
  assign _zz_nicTimer_7 = nicTimer_7;
  assign _zz_nicReachK_7 = coalesceCount_7;
  assign _zz_nicTimeUp_7 = coalesceTime_7;
  assign _zz_nicFire_7_2 = (nicActive[7] || _zz_nicFire_7);
  assign nicFire_7 = ((_zz_nicFire_7_2 && (((_zz_nicFire_7 ? nicReachKNext[7] : nicReachK[7]) || (_zz_nicReachK_7 <= 6'h01)) || nicTimeUp[7])) && ((_zz_nicFire_7 ? (! (_zz_nicFire_7_1 == 6'h3f)) : (_zz_nicFire_7_1 != 6'h0)) || nicActive[7]));
  assign _zz_nicCount_7 = (nicFire_7 ? 6'h0 : (_zz_nicFire_7_2 ? _zz__zz_nicCount_7 : _zz_nicFire_7_1));
  assign _zz_nicTimer_7_1 = (nicFire_7 ? 16'h0 : (_zz_nicFire_7_2 ? ((_zz_nicTimer_7 == 16'hffff) ? _zz_nicTimer_7 : _zz__zz_nicTimer_7_1) : _zz_nicTimer_7));
  assign when_NicCoalescing_l77_7 = (_zz_when_NicCoalescing_l77 && upd_oneHot[7]);
  assign _zz_coalesceTime_7 = sched_update_payload_coalesce[21 : 6];
  assign _zz_coalesceCount_7 = sched_update_payload_coalesce[5 : 0];
  assign _zz_nicReachKNext_7 = (_zz_nicCount_7 + 6'h01);
  assign nicFire = {{{nicFire_7,nicFire_6},{nicFire_5,nicFire_4}},{{nicFire_3,nicFire_2},{nicFire_1,nicFire_0}}};
  assign coalesced = {gate[31 : 8],nicFire};
  assign nic_rx_ack = nicAck[3 : 0];
  assign nic_tx_ack = nicAck[7 : 4];
  assign nic_rx_mask = masked[3 : 0];
  assign nic_tx_mask = masked[7 : 4];
  assign event_1 = (coalesced & (~ masked));
  assign _zz_countUpdate_take = (sched_update_valid && sched_update_payload_take);
  assign _zz_countUpdate_give = (sched_update_valid && sched_update_payload_give);
  assign offerOneHot = {{{{{_zz_offerOneHot,_zz_offerOneHot_3},{_zz_offerOneHot_6,_zz_offerOneHot_9}},{{_zz_offerOneHot_12,_zz_offerOneHot_15},{_zz_offerOneHot_18,_zz_offerOneHot_21}}},{{{_zz_offerOneHot_24,_zz_offerOneHot_27},{_zz_offerOneHot_30,_zz_offerOneHot_33}},{{_zz_offerOneHot_36,_zz_offerOneHot_39},{_zz_offerOneHot_42,_zz_offerOneHot_45}}}},{{{{_zz_offerOneHot_48,_zz_offerOneHot_51},{_zz_offerOneHot_54,_zz_offerOneHot_57}},{{_zz_offerOneHot_60,_zz_offerOneHot_63},{_zz_offerOneHot_66,_zz_offerOneHot_69}}},{{{_zz_offerOneHot_72,_zz_offerOneHot_75},{_zz_offerOneHot_78,_zz_offerOneHot_81}},{{_zz_offerOneHot_84,_zz_offerOneHot_87},{_zz_offerOneHot_90,_zz_offerOneHot_93}}}}};
  assign offerModes_rd0 = offerModes_spinal_port1;
  assign offerPersistent = offerModes_rd0[0];
  assign sched_pick_valid = (offerValid && (! (offerPersistent && sched_poolFull)));
  assign sched_pick_payload_source = offerSource;
  assign sched_pick_payload_persistent = offerPersistent;
  assign pickTaken = ((sched_pick_valid && sched_pick_ready) ? offerOneHot : 32'h0);
  assign _zz_sched_pick_payload_takesEvent = draining[offerSource];
  assign sched_pick_payload_takesEvent = (offerPersistent || (! _zz_sched_pick_payload_takesEvent));
  assign inS1 = (sched_s1OnSource ? upd_oneHot : 32'h0);
  assign candidates = ((((available | draining) & oneShot) | (sched_poolFull ? 32'h0 : (available & handlerArmed))) & (~ ((handedOver | inS1) | pickTaken)));
  assign _zz_lastPick = ((sched_pick_valid && sched_pick_ready) ? offerSource : lastPick);
  assign _zz_offerValid = 1'b0;
  assign _zz_offerValid_1 = _zz_lastPick[0];
  assign _zz_offerValid_2 = ((! _zz_offerValid_1) && _zz_offerValid);
  assign _zz_offerValid_3 = ((! _zz_offerValid_1) || _zz_offerValid);
  assign _zz_offerValid_4 = _zz_lastPick[1];
  assign _zz_offerValid_5 = ((! _zz_offerValid_4) && _zz_offerValid_2);
  assign _zz_offerValid_6 = ((! _zz_offerValid_4) && _zz_offerValid_3);
  assign _zz_offerValid_7 = ((! _zz_offerValid_4) || _zz_offerValid_2);
  assign _zz_offerValid_8 = ((! _zz_offerValid_4) || _zz_offerValid_3);
  assign _zz_offerValid_9 = _zz_lastPick[2];
  assign _zz_offerValid_10 = ((! _zz_offerValid_9) && _zz_offerValid_5);
  assign _zz_offerValid_11 = ((! _zz_offerValid_9) && _zz_offerValid_6);
  assign _zz_offerValid_12 = ((! _zz_offerValid_9) && _zz_offerValid_7);
  assign _zz_offerValid_13 = ((! _zz_offerValid_9) && _zz_offerValid_8);
  assign _zz_offerValid_14 = ((! _zz_offerValid_9) || _zz_offerValid_5);
  assign _zz_offerValid_15 = ((! _zz_offerValid_9) || _zz_offerValid_6);
  assign _zz_offerValid_16 = ((! _zz_offerValid_9) || _zz_offerValid_7);
  assign _zz_offerValid_17 = ((! _zz_offerValid_9) || _zz_offerValid_8);
  assign _zz_offerValid_18 = _zz_lastPick[3];
  assign _zz_offerValid_19 = ((! _zz_offerValid_18) && _zz_offerValid_10);
  assign _zz_offerValid_20 = ((! _zz_offerValid_18) && _zz_offerValid_11);
  assign _zz_offerValid_21 = ((! _zz_offerValid_18) && _zz_offerValid_12);
  assign _zz_offerValid_22 = ((! _zz_offerValid_18) && _zz_offerValid_13);
  assign _zz_offerValid_23 = ((! _zz_offerValid_18) && _zz_offerValid_14);
  assign _zz_offerValid_24 = ((! _zz_offerValid_18) && _zz_offerValid_15);
  assign _zz_offerValid_25 = ((! _zz_offerValid_18) && _zz_offerValid_16);
  assign _zz_offerValid_26 = ((! _zz_offerValid_18) && _zz_offerValid_17);
  assign _zz_offerValid_27 = ((! _zz_offerValid_18) || _zz_offerValid_10);
  assign _zz_offerValid_28 = ((! _zz_offerValid_18) || _zz_offerValid_11);
  assign _zz_offerValid_29 = ((! _zz_offerValid_18) || _zz_offerValid_12);
  assign _zz_offerValid_30 = ((! _zz_offerValid_18) || _zz_offerValid_13);
  assign _zz_offerValid_31 = ((! _zz_offerValid_18) || _zz_offerValid_14);
  assign _zz_offerValid_32 = ((! _zz_offerValid_18) || _zz_offerValid_15);
  assign _zz_offerValid_33 = ((! _zz_offerValid_18) || _zz_offerValid_16);
  assign _zz_offerValid_34 = ((! _zz_offerValid_18) || _zz_offerValid_17);
  assign _zz_offerValid_35 = _zz_lastPick[4];
  assign _zz_offerValid_36 = 1'b0;
  assign _zz_offerValid_37 = {candidates,(candidates & {{{{_zz__zz_offerValid_37,_zz__zz_offerValid_37_11},{_zz__zz_offerValid_37_22,_zz__zz_offerValid_37_33}},{{_zz__zz_offerValid_37_44,_zz__zz_offerValid_37_55},{_zz__zz_offerValid_37_66,_zz__zz_offerValid_37_77}}},{{{_zz__zz_offerValid_37_88,_zz__zz_offerValid_37_99},{_zz__zz_offerValid_37_110,_zz__zz_offerValid_37_121}},{{_zz__zz_offerValid_37_132,_zz__zz_offerValid_37_143},{_zz__zz_offerValid_37_154,_zz__zz_offerValid_37_165}}}})};
  assign _zz_nextOffer = _zz_offerValid_37[0];
  assign _zz_nextOffer_1 = _zz_offerValid_37[2];
  assign _zz_nextOffer_2 = _zz_offerValid_37[4];
  assign _zz_nextOffer_3 = _zz_offerValid_37[6];
  assign _zz_nextOffer_4 = _zz_offerValid_37[8];
  assign _zz_nextOffer_5 = _zz_offerValid_37[10];
  assign _zz_nextOffer_6 = _zz_offerValid_37[12];
  assign _zz_nextOffer_7 = _zz_offerValid_37[14];
  assign _zz_nextOffer_8 = _zz_offerValid_37[16];
  assign _zz_nextOffer_9 = _zz_offerValid_37[18];
  assign _zz_nextOffer_10 = _zz_offerValid_37[20];
  assign _zz_nextOffer_11 = _zz_offerValid_37[22];
  assign _zz_nextOffer_12 = _zz_offerValid_37[24];
  assign _zz_nextOffer_13 = _zz_offerValid_37[26];
  assign _zz_nextOffer_14 = _zz_offerValid_37[28];
  assign _zz_nextOffer_15 = _zz_offerValid_37[30];
  assign _zz_nextOffer_16 = _zz_offerValid_37[32];
  assign _zz_nextOffer_17 = _zz_offerValid_37[34];
  assign _zz_nextOffer_18 = _zz_offerValid_37[36];
  assign _zz_nextOffer_19 = _zz_offerValid_37[38];
  assign _zz_nextOffer_20 = _zz_offerValid_37[40];
  assign _zz_nextOffer_21 = _zz_offerValid_37[42];
  assign _zz_nextOffer_22 = _zz_offerValid_37[44];
  assign _zz_nextOffer_23 = _zz_offerValid_37[46];
  assign _zz_nextOffer_24 = _zz_offerValid_37[48];
  assign _zz_nextOffer_25 = _zz_offerValid_37[50];
  assign _zz_nextOffer_26 = _zz_offerValid_37[52];
  assign _zz_nextOffer_27 = _zz_offerValid_37[54];
  assign _zz_nextOffer_28 = _zz_offerValid_37[56];
  assign _zz_nextOffer_29 = _zz_offerValid_37[58];
  assign _zz_nextOffer_30 = _zz_offerValid_37[60];
  assign _zz_offerValid_38 = _zz_offerValid_37[62];
  assign _zz_nextOffer_31 = (_zz_nextOffer || _zz_offerValid_37[1]);
  assign _zz_nextOffer_32 = (_zz_nextOffer_2 || _zz_offerValid_37[5]);
  assign _zz_nextOffer_33 = (_zz_nextOffer_4 || _zz_offerValid_37[9]);
  assign _zz_nextOffer_34 = (_zz_nextOffer_6 || _zz_offerValid_37[13]);
  assign _zz_nextOffer_35 = (_zz_nextOffer_8 || _zz_offerValid_37[17]);
  assign _zz_nextOffer_36 = (_zz_nextOffer_10 || _zz_offerValid_37[21]);
  assign _zz_nextOffer_37 = (_zz_nextOffer_12 || _zz_offerValid_37[25]);
  assign _zz_nextOffer_38 = (_zz_nextOffer_14 || _zz_offerValid_37[29]);
  assign _zz_nextOffer_39 = (_zz_nextOffer_16 || _zz_offerValid_37[33]);
  assign _zz_nextOffer_40 = (_zz_nextOffer_18 || _zz_offerValid_37[37]);
  assign _zz_nextOffer_41 = (_zz_nextOffer_20 || _zz_offerValid_37[41]);
  assign _zz_nextOffer_42 = (_zz_nextOffer_22 || _zz_offerValid_37[45]);
  assign _zz_nextOffer_43 = (_zz_nextOffer_24 || _zz_offerValid_37[49]);
  assign _zz_nextOffer_44 = (_zz_nextOffer_26 || _zz_offerValid_37[53]);
  assign _zz_nextOffer_45 = (_zz_nextOffer_28 || _zz_offerValid_37[57]);
  assign _zz_offerValid_39 = (_zz_nextOffer_30 || _zz_offerValid_37[61]);
  assign _zz_nextOffer_46 = (_zz_nextOffer_31 || (_zz_nextOffer_1 || _zz_offerValid_37[3]));
  assign _zz_nextOffer_47 = (_zz_nextOffer_33 || (_zz_nextOffer_5 || _zz_offerValid_37[11]));
  assign _zz_nextOffer_48 = (_zz_nextOffer_35 || (_zz_nextOffer_9 || _zz_offerValid_37[19]));
  assign _zz_nextOffer_49 = (_zz_nextOffer_37 || (_zz_nextOffer_13 || _zz_offerValid_37[27]));
  assign _zz_nextOffer_50 = (_zz_nextOffer_39 || (_zz_nextOffer_17 || _zz_offerValid_37[35]));
  assign _zz_nextOffer_51 = (_zz_nextOffer_41 || (_zz_nextOffer_21 || _zz_offerValid_37[43]));
  assign _zz_nextOffer_52 = (_zz_nextOffer_43 || (_zz_nextOffer_25 || _zz_offerValid_37[51]));
  assign _zz_offerValid_40 = (_zz_nextOffer_45 || (_zz_nextOffer_29 || _zz_offerValid_37[59]));
  assign _zz_nextOffer_53 = (_zz_nextOffer_46 || (_zz_nextOffer_32 || (_zz_nextOffer_3 || _zz_offerValid_37[7])));
  assign _zz_nextOffer_54 = (_zz_nextOffer_48 || (_zz_nextOffer_36 || (_zz_nextOffer_11 || _zz_offerValid_37[23])));
  assign _zz_nextOffer_55 = (_zz_nextOffer_50 || (_zz_nextOffer_40 || (_zz_nextOffer_19 || _zz_offerValid_37[39])));
  assign _zz_offerValid_41 = (_zz_nextOffer_52 || (_zz_nextOffer_44 || (_zz_nextOffer_27 || _zz_offerValid_37[55])));
  assign _zz_nextOffer_56 = (_zz_nextOffer_53 || (_zz_nextOffer_47 || (_zz_nextOffer_34 || (_zz_nextOffer_7 || _zz_offerValid_37[15]))));
  assign _zz_offerValid_42 = (_zz_nextOffer_55 || (_zz_nextOffer_51 || (_zz_nextOffer_42 || (_zz_nextOffer_23 || _zz_offerValid_37[47]))));
  assign _zz_offerValid_43 = (_zz_nextOffer_56 || (_zz_nextOffer_54 || (_zz_nextOffer_49 || (_zz_nextOffer_38 || (_zz_nextOffer_15 || _zz_offerValid_37[31])))));
  assign nextOffer = _zz_nextOffer_57[4:0];
  assign pendingNonZero = {{{{{_zz_pendingNonZero,_zz_pendingNonZero_6},{_zz_pendingNonZero_12,_zz_pendingNonZero_18}},{{_zz_pendingNonZero_24,_zz_pendingNonZero_30},{_zz_pendingNonZero_36,_zz_pendingNonZero_42}}},{{{_zz_pendingNonZero_48,_zz_pendingNonZero_54},{_zz_pendingNonZero_60,_zz_pendingNonZero_66}},{{_zz_pendingNonZero_72,_zz_pendingNonZero_78},{_zz_pendingNonZero_84,_zz_pendingNonZero_90}}}},{{{{_zz_pendingNonZero_96,_zz_pendingNonZero_102},{_zz_pendingNonZero_108,_zz_pendingNonZero_114}},{{_zz_pendingNonZero_120,_zz_pendingNonZero_126},{_zz_pendingNonZero_132,_zz_pendingNonZero_138}}},{{{_zz_pendingNonZero_144,_zz_pendingNonZero_150},{_zz_pendingNonZero_156,_zz_pendingNonZero_162}},{{_zz_pendingNonZero_168,_zz_pendingNonZero_174},{_zz_pendingNonZero_180,_zz_pendingNonZero_186}}}}};
  assign available = ((pendingNonZero | event_1) | countUp);
  assign _zz_pending_0 = (_zz__zz_pending_0 + _zz__zz_pending_0_2);
  assign _zz_pending_0_1 = (_zz__zz_pending_0_1_1 + (countDown[0] ? _zz__zz_pending_0_1_3 : _zz__zz_pending_0_1_5));
  assign _zz_pending_0_2 = _zz_pending_0_1[16];
  assign _zz_pending_1 = (_zz__zz_pending_1 + _zz__zz_pending_1_2);
  assign _zz_pending_1_1 = (_zz__zz_pending_1_1_1 + (countDown[1] ? _zz__zz_pending_1_1_3 : _zz__zz_pending_1_1_5));
  assign _zz_pending_1_2 = _zz_pending_1_1[16];
  assign _zz_pending_2 = (_zz__zz_pending_2 + _zz__zz_pending_2_2);
  assign _zz_pending_2_1 = (_zz__zz_pending_2_1_1 + (countDown[2] ? _zz__zz_pending_2_1_3 : _zz__zz_pending_2_1_5));
  assign _zz_pending_2_2 = _zz_pending_2_1[16];
  assign _zz_pending_3 = (_zz__zz_pending_3 + _zz__zz_pending_3_2);
  assign _zz_pending_3_1 = (_zz__zz_pending_3_1_1 + (countDown[3] ? _zz__zz_pending_3_1_3 : _zz__zz_pending_3_1_5));
  assign _zz_pending_3_2 = _zz_pending_3_1[16];
  assign _zz_pending_4 = (_zz__zz_pending_4 + _zz__zz_pending_4_2);
  assign _zz_pending_4_1 = (_zz__zz_pending_4_1_1 + (countDown[4] ? _zz__zz_pending_4_1_3 : _zz__zz_pending_4_1_5));
  assign _zz_pending_4_2 = _zz_pending_4_1[16];
  assign _zz_pending_5 = (_zz__zz_pending_5 + _zz__zz_pending_5_2);
  assign _zz_pending_5_1 = (_zz__zz_pending_5_1_1 + (countDown[5] ? _zz__zz_pending_5_1_3 : _zz__zz_pending_5_1_5));
  assign _zz_pending_5_2 = _zz_pending_5_1[16];
  assign _zz_pending_6 = (_zz__zz_pending_6 + _zz__zz_pending_6_2);
  assign _zz_pending_6_1 = (_zz__zz_pending_6_1_1 + (countDown[6] ? _zz__zz_pending_6_1_3 : _zz__zz_pending_6_1_5));
  assign _zz_pending_6_2 = _zz_pending_6_1[16];
  assign _zz_pending_7 = (_zz__zz_pending_7 + _zz__zz_pending_7_2);
  assign _zz_pending_7_1 = (_zz__zz_pending_7_1_1 + (countDown[7] ? _zz__zz_pending_7_1_3 : _zz__zz_pending_7_1_5));
  assign _zz_pending_7_2 = _zz_pending_7_1[16];
  assign _zz_pending_8 = (_zz__zz_pending_8 + _zz__zz_pending_8_2);
  assign _zz_pending_8_1 = (_zz__zz_pending_8_1_1 + (countDown[8] ? _zz__zz_pending_8_1_3 : _zz__zz_pending_8_1_5));
  assign _zz_pending_8_2 = _zz_pending_8_1[16];
  assign _zz_pending_9 = (_zz__zz_pending_9 + _zz__zz_pending_9_2);
  assign _zz_pending_9_1 = (_zz__zz_pending_9_1_1 + (countDown[9] ? _zz__zz_pending_9_1_3 : _zz__zz_pending_9_1_5));
  assign _zz_pending_9_2 = _zz_pending_9_1[16];
  assign _zz_pending_10 = (_zz__zz_pending_10 + _zz__zz_pending_10_2);
  assign _zz_pending_10_1 = (_zz__zz_pending_10_1_1 + (countDown[10] ? _zz__zz_pending_10_1_3 : _zz__zz_pending_10_1_5));
  assign _zz_pending_10_2 = _zz_pending_10_1[16];
  assign _zz_pending_11 = (_zz__zz_pending_11 + _zz__zz_pending_11_2);
  assign _zz_pending_11_1 = (_zz__zz_pending_11_1_1 + (countDown[11] ? _zz__zz_pending_11_1_3 : _zz__zz_pending_11_1_5));
  assign _zz_pending_11_2 = _zz_pending_11_1[16];
  assign _zz_pending_12 = (_zz__zz_pending_12 + _zz__zz_pending_12_2);
  assign _zz_pending_12_1 = (_zz__zz_pending_12_1_1 + (countDown[12] ? _zz__zz_pending_12_1_3 : _zz__zz_pending_12_1_5));
  assign _zz_pending_12_2 = _zz_pending_12_1[16];
  assign _zz_pending_13 = (_zz__zz_pending_13 + _zz__zz_pending_13_2);
  assign _zz_pending_13_1 = (_zz__zz_pending_13_1_1 + (countDown[13] ? _zz__zz_pending_13_1_3 : _zz__zz_pending_13_1_5));
  assign _zz_pending_13_2 = _zz_pending_13_1[16];
  assign _zz_pending_14 = (_zz__zz_pending_14 + _zz__zz_pending_14_2);
  assign _zz_pending_14_1 = (_zz__zz_pending_14_1_1 + (countDown[14] ? _zz__zz_pending_14_1_3 : _zz__zz_pending_14_1_5));
  assign _zz_pending_14_2 = _zz_pending_14_1[16];
  assign _zz_pending_15 = (_zz__zz_pending_15 + _zz__zz_pending_15_2);
  assign _zz_pending_15_1 = (_zz__zz_pending_15_1_1 + (countDown[15] ? _zz__zz_pending_15_1_3 : _zz__zz_pending_15_1_5));
  assign _zz_pending_15_2 = _zz_pending_15_1[16];
  assign _zz_pending_16 = (_zz__zz_pending_16 + _zz__zz_pending_16_2);
  assign _zz_pending_16_1 = (_zz__zz_pending_16_1_1 + (countDown[16] ? _zz__zz_pending_16_1_3 : _zz__zz_pending_16_1_5));
  assign _zz_pending_16_2 = _zz_pending_16_1[16];
  assign _zz_pending_17 = (_zz__zz_pending_17 + _zz__zz_pending_17_2);
  assign _zz_pending_17_1 = (_zz__zz_pending_17_1_1 + (countDown[17] ? _zz__zz_pending_17_1_3 : _zz__zz_pending_17_1_5));
  assign _zz_pending_17_2 = _zz_pending_17_1[16];
  assign _zz_pending_18 = (_zz__zz_pending_18 + _zz__zz_pending_18_2);
  assign _zz_pending_18_1 = (_zz__zz_pending_18_1_1 + (countDown[18] ? _zz__zz_pending_18_1_3 : _zz__zz_pending_18_1_5));
  assign _zz_pending_18_2 = _zz_pending_18_1[16];
  assign _zz_pending_19 = (_zz__zz_pending_19 + _zz__zz_pending_19_2);
  assign _zz_pending_19_1 = (_zz__zz_pending_19_1_1 + (countDown[19] ? _zz__zz_pending_19_1_3 : _zz__zz_pending_19_1_5));
  assign _zz_pending_19_2 = _zz_pending_19_1[16];
  assign _zz_pending_20 = (_zz__zz_pending_20 + _zz__zz_pending_20_2);
  assign _zz_pending_20_1 = (_zz__zz_pending_20_1_1 + (countDown[20] ? _zz__zz_pending_20_1_3 : _zz__zz_pending_20_1_5));
  assign _zz_pending_20_2 = _zz_pending_20_1[16];
  assign _zz_pending_21 = (_zz__zz_pending_21 + _zz__zz_pending_21_2);
  assign _zz_pending_21_1 = (_zz__zz_pending_21_1_1 + (countDown[21] ? _zz__zz_pending_21_1_3 : _zz__zz_pending_21_1_5));
  assign _zz_pending_21_2 = _zz_pending_21_1[16];
  assign _zz_pending_22 = (_zz__zz_pending_22 + _zz__zz_pending_22_2);
  assign _zz_pending_22_1 = (_zz__zz_pending_22_1_1 + (countDown[22] ? _zz__zz_pending_22_1_3 : _zz__zz_pending_22_1_5));
  assign _zz_pending_22_2 = _zz_pending_22_1[16];
  assign _zz_pending_23 = (_zz__zz_pending_23 + _zz__zz_pending_23_2);
  assign _zz_pending_23_1 = (_zz__zz_pending_23_1_1 + (countDown[23] ? _zz__zz_pending_23_1_3 : _zz__zz_pending_23_1_5));
  assign _zz_pending_23_2 = _zz_pending_23_1[16];
  assign _zz_pending_24 = (_zz__zz_pending_24 + _zz__zz_pending_24_2);
  assign _zz_pending_24_1 = (_zz__zz_pending_24_1_1 + (countDown[24] ? _zz__zz_pending_24_1_3 : _zz__zz_pending_24_1_5));
  assign _zz_pending_24_2 = _zz_pending_24_1[16];
  assign _zz_pending_25 = (_zz__zz_pending_25 + _zz__zz_pending_25_2);
  assign _zz_pending_25_1 = (_zz__zz_pending_25_1_1 + (countDown[25] ? _zz__zz_pending_25_1_3 : _zz__zz_pending_25_1_5));
  assign _zz_pending_25_2 = _zz_pending_25_1[16];
  assign _zz_pending_26 = (_zz__zz_pending_26 + _zz__zz_pending_26_2);
  assign _zz_pending_26_1 = (_zz__zz_pending_26_1_1 + (countDown[26] ? _zz__zz_pending_26_1_3 : _zz__zz_pending_26_1_5));
  assign _zz_pending_26_2 = _zz_pending_26_1[16];
  assign _zz_pending_27 = (_zz__zz_pending_27 + _zz__zz_pending_27_2);
  assign _zz_pending_27_1 = (_zz__zz_pending_27_1_1 + (countDown[27] ? _zz__zz_pending_27_1_3 : _zz__zz_pending_27_1_5));
  assign _zz_pending_27_2 = _zz_pending_27_1[16];
  assign _zz_pending_28 = (_zz__zz_pending_28 + _zz__zz_pending_28_2);
  assign _zz_pending_28_1 = (_zz__zz_pending_28_1_1 + (countDown[28] ? _zz__zz_pending_28_1_3 : _zz__zz_pending_28_1_5));
  assign _zz_pending_28_2 = _zz_pending_28_1[16];
  assign _zz_pending_29 = (_zz__zz_pending_29 + _zz__zz_pending_29_2);
  assign _zz_pending_29_1 = (_zz__zz_pending_29_1_1 + (countDown[29] ? _zz__zz_pending_29_1_3 : _zz__zz_pending_29_1_5));
  assign _zz_pending_29_2 = _zz_pending_29_1[16];
  assign _zz_pending_30 = (_zz__zz_pending_30 + _zz__zz_pending_30_2);
  assign _zz_pending_30_1 = (_zz__zz_pending_30_1_1 + (countDown[30] ? _zz__zz_pending_30_1_3 : _zz__zz_pending_30_1_5));
  assign _zz_pending_30_2 = _zz_pending_30_1[16];
  assign _zz_pending_31 = (_zz__zz_pending_31 + _zz__zz_pending_31_2);
  assign _zz_pending_31_1 = (_zz__zz_pending_31_1_1 + (countDown[31] ? _zz__zz_pending_31_1_3 : _zz__zz_pending_31_1_5));
  assign _zz_pending_31_2 = _zz_pending_31_1[16];
  assign query_pending = _zz_query_pending;
  assign sched_queryLost = lost[query_source];
  assign _zz_sched_queryCount = (_zz__zz_sched_queryCount - _zz__zz_sched_queryCount_5);
  assign sched_queryPending = ((countUpdate_give && (countUpdate_source == query_source)) || ((countUpdate_take && (countUpdate_source == query_source)) ? (|query_pending[15 : 1]) : (|query_pending)));
  assign sched_queryCount = {8'd0, _zz_sched_queryCount_1};
  always @(posedge clk) begin
    if(reset) begin
      masked <= 32'h0;
      waiting <= 32'h0;
      oneShot <= 32'h0;
      handlerArmed <= 32'h0;
      prev <= 32'h0;
      coalesceCount_0 <= 6'h01;
      coalesceCount_1 <= 6'h01;
      coalesceCount_2 <= 6'h01;
      coalesceCount_3 <= 6'h01;
      coalesceCount_4 <= 6'h01;
      coalesceCount_5 <= 6'h01;
      coalesceCount_6 <= 6'h01;
      coalesceCount_7 <= 6'h01;
      coalesceTime_0 <= 16'h0;
      coalesceTime_1 <= 16'h0;
      coalesceTime_2 <= 16'h0;
      coalesceTime_3 <= 16'h0;
      coalesceTime_4 <= 16'h0;
      coalesceTime_5 <= 16'h0;
      coalesceTime_6 <= 16'h0;
      coalesceTime_7 <= 16'h0;
      nicCount_0 <= 6'h0;
      nicCount_1 <= 6'h0;
      nicCount_2 <= 6'h0;
      nicCount_3 <= 6'h0;
      nicCount_4 <= 6'h0;
      nicCount_5 <= 6'h0;
      nicCount_6 <= 6'h0;
      nicCount_7 <= 6'h0;
      nicTimer_0 <= 16'h0;
      nicTimer_1 <= 16'h0;
      nicTimer_2 <= 16'h0;
      nicTimer_3 <= 16'h0;
      nicTimer_4 <= 16'h0;
      nicTimer_5 <= 16'h0;
      nicTimer_6 <= 16'h0;
      nicTimer_7 <= 16'h0;
      nicActive <= 8'h0;
      nicTimeUp <= 8'h0;
      nicReachK <= 8'h0;
      nicReachKNext <= 8'hff;
      nicAck <= 8'h0;
      countUpdate_take <= 1'b0;
      countUpdate_give <= 1'b0;
      draining <= 32'h0;
      offerValid <= 1'b0;
      offerSource <= 5'h0;
      handedOver <= 32'h0;
      lastPick <= 5'h0;
      pending_0 <= 16'h0;
      pending_1 <= 16'h0;
      pending_2 <= 16'h0;
      pending_3 <= 16'h0;
      pending_4 <= 16'h0;
      pending_5 <= 16'h0;
      pending_6 <= 16'h0;
      pending_7 <= 16'h0;
      pending_8 <= 16'h0;
      pending_9 <= 16'h0;
      pending_10 <= 16'h0;
      pending_11 <= 16'h0;
      pending_12 <= 16'h0;
      pending_13 <= 16'h0;
      pending_14 <= 16'h0;
      pending_15 <= 16'h0;
      pending_16 <= 16'h0;
      pending_17 <= 16'h0;
      pending_18 <= 16'h0;
      pending_19 <= 16'h0;
      pending_20 <= 16'h0;
      pending_21 <= 16'h0;
      pending_22 <= 16'h0;
      pending_23 <= 16'h0;
      pending_24 <= 16'h0;
      pending_25 <= 16'h0;
      pending_26 <= 16'h0;
      pending_27 <= 16'h0;
      pending_28 <= 16'h0;
      pending_29 <= 16'h0;
      pending_30 <= 16'h0;
      pending_31 <= 16'h0;
      lost <= 32'h0;
      countUp <= 32'h0;
      countDown <= 32'h0;
    end else begin
      masked <= {{{{{_zz_masked_32,_zz_masked_35},{_zz_masked_38,_zz_masked_41}},{{_zz_masked_44,_zz_masked_47},{_zz_masked_50,_zz_masked_53}}},{{{_zz_masked_56,_zz_masked_59},{_zz_masked_62,_zz_masked_65}},{{_zz_masked_68,_zz_masked_71},{_zz_masked_74,_zz_masked_77}}}},{{{{_zz_masked_80,_zz_masked_83},{_zz_masked_86,_zz_masked_89}},{{_zz_masked_92,_zz_masked_95},{_zz_masked_98,_zz_masked_101}}},{{{_zz_masked_104,_zz_masked_107},{_zz_masked_110,_zz_masked_113}},{{_zz_masked_116,_zz_masked_119},{_zz_masked_122,_zz_masked_125}}}}};
      oneShot <= {{{{{_zz_oneShot_1,_zz_oneShot_4},{_zz_oneShot_7,_zz_oneShot_10}},{{_zz_oneShot_13,_zz_oneShot_16},{_zz_oneShot_19,_zz_oneShot_22}}},{{{_zz_oneShot_25,_zz_oneShot_28},{_zz_oneShot_31,_zz_oneShot_34}},{{_zz_oneShot_37,_zz_oneShot_40},{_zz_oneShot_43,_zz_oneShot_46}}}},{{{{_zz_oneShot_49,_zz_oneShot_52},{_zz_oneShot_55,_zz_oneShot_58}},{{_zz_oneShot_61,_zz_oneShot_64},{_zz_oneShot_67,_zz_oneShot_70}}},{{{_zz_oneShot_73,_zz_oneShot_76},{_zz_oneShot_79,_zz_oneShot_82}},{{_zz_oneShot_85,_zz_oneShot_88},{_zz_oneShot_91,_zz_oneShot_94}}}}};
      handlerArmed <= {{{{{_zz_handlerArmed_1,_zz_handlerArmed_4},{_zz_handlerArmed_7,_zz_handlerArmed_10}},{{_zz_handlerArmed_13,_zz_handlerArmed_16},{_zz_handlerArmed_19,_zz_handlerArmed_22}}},{{{_zz_handlerArmed_25,_zz_handlerArmed_28},{_zz_handlerArmed_31,_zz_handlerArmed_34}},{{_zz_handlerArmed_37,_zz_handlerArmed_40},{_zz_handlerArmed_43,_zz_handlerArmed_46}}}},{{{{_zz_handlerArmed_49,_zz_handlerArmed_52},{_zz_handlerArmed_55,_zz_handlerArmed_58}},{{_zz_handlerArmed_61,_zz_handlerArmed_64},{_zz_handlerArmed_67,_zz_handlerArmed_70}}},{{{_zz_handlerArmed_73,_zz_handlerArmed_76},{_zz_handlerArmed_79,_zz_handlerArmed_82}},{{_zz_handlerArmed_85,_zz_handlerArmed_88},{_zz_handlerArmed_91,_zz_handlerArmed_94}}}}};
      waiting <= waitingNext;
      prev <= line;
      nicCount_0 <= _zz_nicCount_0;
      nicTimer_0 <= _zz_nicTimer_0_1;
      if(when_NicCoalescing_l77) begin
        coalesceCount_0 <= _zz_coalesceCount_0;
        coalesceTime_0 <= _zz_coalesceTime_0;
      end
      nicCount_1 <= _zz_nicCount_1;
      nicTimer_1 <= _zz_nicTimer_1_1;
      if(when_NicCoalescing_l77_1) begin
        coalesceCount_1 <= _zz_coalesceCount_1;
        coalesceTime_1 <= _zz_coalesceTime_1;
      end
      nicCount_2 <= _zz_nicCount_2;
      nicTimer_2 <= _zz_nicTimer_2_1;
      if(when_NicCoalescing_l77_2) begin
        coalesceCount_2 <= _zz_coalesceCount_2;
        coalesceTime_2 <= _zz_coalesceTime_2;
      end
      nicCount_3 <= _zz_nicCount_3;
      nicTimer_3 <= _zz_nicTimer_3_1;
      if(when_NicCoalescing_l77_3) begin
        coalesceCount_3 <= _zz_coalesceCount_3;
        coalesceTime_3 <= _zz_coalesceTime_3;
      end
      nicCount_4 <= _zz_nicCount_4;
      nicTimer_4 <= _zz_nicTimer_4_1;
      if(when_NicCoalescing_l77_4) begin
        coalesceCount_4 <= _zz_coalesceCount_4;
        coalesceTime_4 <= _zz_coalesceTime_4;
      end
      nicCount_5 <= _zz_nicCount_5;
      nicTimer_5 <= _zz_nicTimer_5_1;
      if(when_NicCoalescing_l77_5) begin
        coalesceCount_5 <= _zz_coalesceCount_5;
        coalesceTime_5 <= _zz_coalesceTime_5;
      end
      nicCount_6 <= _zz_nicCount_6;
      nicTimer_6 <= _zz_nicTimer_6_1;
      if(when_NicCoalescing_l77_6) begin
        coalesceCount_6 <= _zz_coalesceCount_6;
        coalesceTime_6 <= _zz_coalesceTime_6;
      end
      nicCount_7 <= _zz_nicCount_7;
      nicTimer_7 <= _zz_nicTimer_7_1;
      if(when_NicCoalescing_l77_7) begin
        coalesceCount_7 <= _zz_coalesceCount_7;
        coalesceTime_7 <= _zz_coalesceTime_7;
      end
      nicTimeUp <= {{{(when_NicCoalescing_l77_7 ? _zz_nicTimeUp_8 : _zz_nicTimeUp_14),(when_NicCoalescing_l77_6 ? _zz_nicTimeUp_18 : _zz_nicTimeUp_24)},{(when_NicCoalescing_l77_5 ? _zz_nicTimeUp_28 : _zz_nicTimeUp_34),(when_NicCoalescing_l77_4 ? _zz_nicTimeUp_38 : _zz_nicTimeUp_44)}},{{(when_NicCoalescing_l77_3 ? _zz_nicTimeUp_48 : _zz_nicTimeUp_54),(when_NicCoalescing_l77_2 ? _zz_nicTimeUp_58 : _zz_nicTimeUp_64)},{(when_NicCoalescing_l77_1 ? _zz_nicTimeUp_68 : _zz_nicTimeUp_74),(when_NicCoalescing_l77 ? _zz_nicTimeUp_78 : _zz_nicTimeUp_84)}}};
      nicReachK <= {{{(when_NicCoalescing_l77_7 ? _zz_nicReachK_8 : _zz_nicReachK_10),(when_NicCoalescing_l77_6 ? _zz_nicReachK_11 : _zz_nicReachK_13)},{(when_NicCoalescing_l77_5 ? _zz_nicReachK_14 : _zz_nicReachK_16),(when_NicCoalescing_l77_4 ? _zz_nicReachK_17 : _zz_nicReachK_19)}},{{(when_NicCoalescing_l77_3 ? _zz_nicReachK_20 : _zz_nicReachK_22),(when_NicCoalescing_l77_2 ? _zz_nicReachK_23 : _zz_nicReachK_25)},{(when_NicCoalescing_l77_1 ? _zz_nicReachK_26 : _zz_nicReachK_28),(when_NicCoalescing_l77 ? _zz_nicReachK_29 : _zz_nicReachK_31)}}};
      nicReachKNext <= {{{(_zz_nicReachKNext_8 && _zz_nicReachKNext_10),(_zz_nicReachKNext_12 && _zz_nicReachKNext_14)},{(_zz_nicReachKNext_16 && _zz_nicReachKNext_18),(_zz_nicReachKNext_20 && _zz_nicReachKNext_22)}},{{(_zz_nicReachKNext_24 && _zz_nicReachKNext_26),(_zz_nicReachKNext_28 && _zz_nicReachKNext_30)},{(_zz_nicReachKNext_32 && _zz_nicReachKNext_34),(_zz_nicReachKNext_36 && _zz_nicReachKNext_38)}}};
      nicActive <= ((nicActive | gate[7 : 0]) & (~ nicFire));
      nicAck <= nicFire;
      countUpdate_take <= _zz_countUpdate_take;
      countUpdate_give <= _zz_countUpdate_give;
      draining <= ((draining | ((((! offerPersistent) && offerModes_rd0[1]) && (! _zz_sched_pick_payload_takesEvent)) ? pickTaken : 32'h0)) & waitingNext);
      handedOver <= ((handedOver | pickTaken) & (~ inS1));
      lastPick <= _zz_lastPick;
      offerValid <= (_zz_offerValid_43 || (_zz_offerValid_42 || (_zz_offerValid_41 || (_zz_offerValid_40 || (_zz_offerValid_39 || (_zz_offerValid_38 || _zz_offerValid_37[63]))))));
      offerSource <= nextOffer;
      countUp <= (_zz_countUpdate_give ? upd_oneHot : 32'h0);
      countDown <= (_zz_countUpdate_take ? upd_oneHot : 32'h0);
      pending_0 <= (_zz_pending_0_2 ? 16'hffff : _zz_pending_0_3);
      pending_1 <= (_zz_pending_1_2 ? 16'hffff : _zz_pending_1_3);
      pending_2 <= (_zz_pending_2_2 ? 16'hffff : _zz_pending_2_3);
      pending_3 <= (_zz_pending_3_2 ? 16'hffff : _zz_pending_3_3);
      pending_4 <= (_zz_pending_4_2 ? 16'hffff : _zz_pending_4_3);
      pending_5 <= (_zz_pending_5_2 ? 16'hffff : _zz_pending_5_3);
      pending_6 <= (_zz_pending_6_2 ? 16'hffff : _zz_pending_6_3);
      pending_7 <= (_zz_pending_7_2 ? 16'hffff : _zz_pending_7_3);
      pending_8 <= (_zz_pending_8_2 ? 16'hffff : _zz_pending_8_3);
      pending_9 <= (_zz_pending_9_2 ? 16'hffff : _zz_pending_9_3);
      pending_10 <= (_zz_pending_10_2 ? 16'hffff : _zz_pending_10_3);
      pending_11 <= (_zz_pending_11_2 ? 16'hffff : _zz_pending_11_3);
      pending_12 <= (_zz_pending_12_2 ? 16'hffff : _zz_pending_12_3);
      pending_13 <= (_zz_pending_13_2 ? 16'hffff : _zz_pending_13_3);
      pending_14 <= (_zz_pending_14_2 ? 16'hffff : _zz_pending_14_3);
      pending_15 <= (_zz_pending_15_2 ? 16'hffff : _zz_pending_15_3);
      pending_16 <= (_zz_pending_16_2 ? 16'hffff : _zz_pending_16_3);
      pending_17 <= (_zz_pending_17_2 ? 16'hffff : _zz_pending_17_3);
      pending_18 <= (_zz_pending_18_2 ? 16'hffff : _zz_pending_18_3);
      pending_19 <= (_zz_pending_19_2 ? 16'hffff : _zz_pending_19_3);
      pending_20 <= (_zz_pending_20_2 ? 16'hffff : _zz_pending_20_3);
      pending_21 <= (_zz_pending_21_2 ? 16'hffff : _zz_pending_21_3);
      pending_22 <= (_zz_pending_22_2 ? 16'hffff : _zz_pending_22_3);
      pending_23 <= (_zz_pending_23_2 ? 16'hffff : _zz_pending_23_3);
      pending_24 <= (_zz_pending_24_2 ? 16'hffff : _zz_pending_24_3);
      pending_25 <= (_zz_pending_25_2 ? 16'hffff : _zz_pending_25_3);
      pending_26 <= (_zz_pending_26_2 ? 16'hffff : _zz_pending_26_3);
      pending_27 <= (_zz_pending_27_2 ? 16'hffff : _zz_pending_27_3);
      pending_28 <= (_zz_pending_28_2 ? 16'hffff : _zz_pending_28_3);
      pending_29 <= (_zz_pending_29_2 ? 16'hffff : _zz_pending_29_3);
      pending_30 <= (_zz_pending_30_2 ? 16'hffff : _zz_pending_30_3);
      pending_31 <= (_zz_pending_31_2 ? 16'hffff : _zz_pending_31_3);
      lost <= {{{{{_zz_lost_1,_zz_lost_8},{_zz_lost_15,_zz_lost_22}},{{_zz_lost_29,_zz_lost_36},{_zz_lost_43,_zz_lost_50}}},{{{_zz_lost_57,_zz_lost_64},{_zz_lost_71,_zz_lost_78}},{{_zz_lost_85,_zz_lost_92},{_zz_lost_99,_zz_lost_106}}}},{{{{_zz_lost_113,_zz_lost_120},{_zz_lost_127,_zz_lost_134}},{{_zz_lost_141,_zz_lost_148},{_zz_lost_155,_zz_lost_162}}},{{{_zz_lost_169,_zz_lost_176},{_zz_lost_183,_zz_lost_190}},{{_zz_lost_197,_zz_lost_204},{_zz_lost_211,_zz_lost_218}}}}};
    end
  end

  always @(posedge clk) begin
    countUpdate_source <= sched_update_payload_source;
    query_source <= sched_querySource;
  end


endmodule

module TaskIntc_CommandRouter (
  input  wire          in_valid,
  output wire          in_ready,
  input  wire [3:0]    in_payload_op,
  input  wire [3:0]    in_payload_status,
  input  wire          in_payload_control,
  input  wire          in_payload_read,
  input  wire [2:0]    in_payload_context,
  input  wire [1:0]    in_payload_hart,
  input  wire [4:0]    in_payload_source,
  input  wire [3:0]    in_payload_index,
  input  wire [63:0]   in_payload_data,
  output wire          out_valid,
  output reg           out_payload_fault,
  output reg           out_payload_read,
  output reg  [63:0]   out_payload_data,
  output wire          toScheduler_valid,
  input  wire          toScheduler_ready,
  output wire [3:0]    toScheduler_payload_op,
  output wire [3:0]    toScheduler_payload_status,
  output wire          toScheduler_payload_control,
  output wire          toScheduler_payload_read,
  output wire [2:0]    toScheduler_payload_context,
  output wire [1:0]    toScheduler_payload_hart,
  output wire [4:0]    toScheduler_payload_source,
  output wire [3:0]    toScheduler_payload_index,
  output wire [63:0]   toScheduler_payload_data,
  input  wire          fromScheduler_valid,
  input  wire          fromScheduler_payload_fault,
  input  wire          fromScheduler_payload_read,
  input  wire [63:0]   fromScheduler_payload_data,
  output wire          toIpc_valid,
  input  wire          toIpc_ready,
  output wire [3:0]    toIpc_payload_op,
  output wire [3:0]    toIpc_payload_status,
  output wire          toIpc_payload_control,
  output wire          toIpc_payload_read,
  output wire [2:0]    toIpc_payload_context,
  output wire [1:0]    toIpc_payload_hart,
  output wire [4:0]    toIpc_payload_source,
  output wire [3:0]    toIpc_payload_index,
  output wire [63:0]   toIpc_payload_data,
  input  wire          fromIpc_valid,
  input  wire          fromIpc_payload_fault,
  input  wire          fromIpc_payload_read,
  input  wire [63:0]   fromIpc_payload_data,
  input  wire          schedulerWalking,
  input  wire          ipcReady
);

  wire                _zz_in_ready;

  assign _zz_in_ready = (in_payload_op == 4'b1011);
  assign toScheduler_payload_op = in_payload_op;
  assign toScheduler_payload_status = in_payload_status;
  assign toScheduler_payload_control = in_payload_control;
  assign toScheduler_payload_read = in_payload_read;
  assign toScheduler_payload_context = in_payload_context;
  assign toScheduler_payload_hart = in_payload_hart;
  assign toScheduler_payload_source = in_payload_source;
  assign toScheduler_payload_index = in_payload_index;
  assign toScheduler_payload_data = in_payload_data;
  assign toIpc_payload_op = in_payload_op;
  assign toIpc_payload_status = in_payload_status;
  assign toIpc_payload_control = in_payload_control;
  assign toIpc_payload_read = in_payload_read;
  assign toIpc_payload_context = in_payload_context;
  assign toIpc_payload_hart = in_payload_hart;
  assign toIpc_payload_source = in_payload_source;
  assign toIpc_payload_index = in_payload_index;
  assign toIpc_payload_data = in_payload_data;
  assign toScheduler_valid = ((in_valid && (! _zz_in_ready)) && ipcReady);
  assign toIpc_valid = ((in_valid && _zz_in_ready) && (! schedulerWalking));
  assign in_ready = (_zz_in_ready ? (toIpc_ready && (! schedulerWalking)) : (toScheduler_ready && ipcReady));
  assign out_valid = (fromScheduler_valid || fromIpc_valid);
  always @(*) begin
    out_payload_fault = fromScheduler_payload_fault;
    if(fromIpc_valid) begin
      out_payload_fault = fromIpc_payload_fault;
    end
  end

  always @(*) begin
    out_payload_read = fromScheduler_payload_read;
    if(fromIpc_valid) begin
      out_payload_read = fromIpc_payload_read;
    end
  end

  always @(*) begin
    out_payload_data = fromScheduler_payload_data;
    if(fromIpc_valid) begin
      out_payload_data = fromIpc_payload_data;
    end
  end


endmodule

module TaskIntc_IpcUnit (
  input  wire          cmd_valid,
  output wire          cmd_ready,
  input  wire [3:0]    cmd_payload_op,
  input  wire [3:0]    cmd_payload_status,
  input  wire          cmd_payload_control,
  input  wire          cmd_payload_read,
  input  wire [2:0]    cmd_payload_context,
  input  wire [1:0]    cmd_payload_hart,
  input  wire [4:0]    cmd_payload_source,
  input  wire [3:0]    cmd_payload_index,
  input  wire [63:0]   cmd_payload_data,
  output wire          rsp_valid,
  output wire          rsp_payload_fault,
  output wire          rsp_payload_read,
  output reg  [63:0]   rsp_payload_data,
  input  wire          deliveries_ack_valid,
  input  wire          deliveries_ack_ok,
  input  wire          deliveries_poolFull,
  output wire          deliveries_task_valid,
  input  wire          deliveries_task_ready,
  output wire [2:0]    deliveries_task_payload_context,
  output wire [63:0]   deliveries_task_payload_word,
  output wire          initDone,
  input  wire          clk,
  input  wire          reset
);

  reg        [7:0]    errors_spinal_port0;
  reg        [0:0]    grants_spinal_port0;
  reg        [63:0]   stage_spinal_port0;
  reg        [63:0]   result_spinal_port0;
  reg        [63:0]   handlers_spinal_port0;
  reg        [63:0]   inbox_spinal_port0;
  reg        [8:0]    inboxLate_spinal_port1;
  reg        [3:0]    inboxReplyTo_spinal_port0;
  reg        [15:0]   inboxTags_spinal_port0;
  reg        [11:0]   inboxQueue_spinal_port0;
  reg        [63:0]   replies_spinal_port0;
  reg        [5:0]    replyBoxLate_spinal_port1;
  reg        [5:0]    replyBoxAtSender_spinal_port1;
  wire                _zz_hazard;
  wire                _zz_hazard_1;
  wire       [3:0]    _zz_hazard_2;
  wire                _zz_hazard_3;
  wire                _zz_hazard_4;
  wire                _zz_hazard_5;
  wire       [3:0]    _zz_hazard_6;
  wire                _zz_hazard_7;
  wire                _zz_hazard_8;
  wire                _zz_hazard_9;
  wire       [3:0]    _zz_hazard_10;
  wire                _zz_hazard_11;
  wire                _zz_hazard_12;
  wire                _zz_hazard_13;
  wire       [3:0]    _zz_hazard_14;
  wire                _zz_hazard_15;
  wire       [3:0]    _zz_hazard_16;
  wire       [3:0]    _zz_hazard_17;
  wire       [3:0]    _zz_hazard_18;
  wire                _zz_hazard_19;
  wire       [3:0]    _zz_hazard_20;
  wire                _zz_hazard_21;
  wire                _zz_errors_port;
  wire                _zz_errors_rd0;
  wire       [7:0]    _zz_i1_rsp_7;
  wire       [2:0]    _zz_errors_port_1;
  wire       [7:0]    _zz_errors_port_2;
  wire                _zz_errors_port_3;
  wire                _zz_grants_port;
  wire                _zz_grants_rd0_2;
  wire       [7:0]    _zz_grants_port_1;
  wire       [2:0]    _zz_grants_port_2;
  wire       [2:0]    _zz_grants_port_3;
  wire       [1:0]    _zz_grants_port_4;
  wire       [0:0]    _zz_grants_port_5;
  wire                _zz_grants_port_6;
  reg        [66:0]   _zz__zz_deliveries_task_payload_context;
  wire                _zz_stage_port;
  wire                _zz_stage_rd0_2;
  wire       [2:0]    _zz__zz_result_rd0;
  wire       [2:0]    _zz__zz_result_rd0_1;
  wire                _zz_result_port;
  wire                _zz_result_rd0_1;
  wire       [6:0]    _zz_stage_port_1;
  wire       [3:0]    _zz_stage_port_2;
  wire       [3:0]    _zz_stage_port_3;
  wire       [63:0]   _zz_stage_port_4;
  wire                _zz_stage_port_5;
  wire       [5:0]    _zz_result_port_1;
  wire       [2:0]    _zz_result_port_2;
  wire       [2:0]    _zz_result_port_3;
  wire       [2:0]    _zz_result_port_4;
  wire       [63:0]   _zz_result_port_5;
  wire                _zz_result_port_6;
  wire       [2:0]    _zz__zz_i1_handlerChannel;
  wire                _zz_handlers_port;
  wire                _zz_handlers_rd0_1;
  wire       [5:0]    _zz_handlers_port_1;
  wire       [2:0]    _zz_handlers_port_2;
  wire       [2:0]    _zz_handlers_port_3;
  wire       [2:0]    _zz_handlers_port_4;
  wire       [63:0]   _zz_handlers_port_5;
  wire                _zz_handlers_port_6;
  reg        [3:0]    _zz_inbox_i0;
  wire                _zz_inboxLate_port;
  wire                _zz_inboxLate_rd0;
  wire                _zz_inboxTags_port;
  wire                _zz_inboxTags_rd0;
  wire                _zz_inbox_port;
  wire                _zz_inbox_rd0_1;
  wire                _zz_inboxReplyTo_port;
  wire                _zz_inboxReplyTo_rd0_1;
  wire                _zz_inboxQueue_port;
  wire                _zz_inboxQueue_rd0_1;
  wire       [2:0]    _zz_i1_inboxCount;
  wire       [2:0]    _zz_i1_inboxCount_1;
  wire       [2:0]    _zz_i1_inboxCount_2;
  wire       [2:0]    _zz_i1_inboxCount_3;
  wire       [0:0]    _zz_i1_inboxCount_4;
  wire       [2:0]    _zz_i1_inboxCount_5;
  wire       [0:0]    _zz_i1_inboxCount_6;
  wire       [2:0]    _zz_i1_inboxCount_7;
  wire       [0:0]    _zz_i1_inboxCount_8;
  wire       [2:0]    _zz_i1_inboxCount_9;
  wire       [0:0]    _zz_i1_inboxCount_10;
  wire       [2:0]    _zz_i1_inboxWaiting_1;
  wire       [2:0]    _zz_i1_inboxWaiting_2;
  wire       [2:0]    _zz_i1_inboxWaiting_3;
  wire       [2:0]    _zz_i1_inboxWaiting_4;
  wire       [0:0]    _zz_i1_inboxWaiting_5;
  wire       [2:0]    _zz_i1_inboxWaiting_6;
  wire       [0:0]    _zz_i1_inboxWaiting_7;
  wire       [2:0]    _zz_i1_inboxWaiting_8;
  wire       [0:0]    _zz_i1_inboxWaiting_9;
  wire       [2:0]    _zz_i1_inboxWaiting_10;
  wire       [0:0]    _zz_i1_inboxWaiting_11;
  wire       [6:0]    _zz_i1_tokenOk_2;
  wire       [31:0]   _zz_i1_rsp_8;
  wire       [6:0]    _zz_i1_rsp_9;
  wire       [5:0]    _zz_i1_rsp_10;
  wire       [3:0]    _zz_i1_rsp_11;
  wire       [2:0]    _zz_i1_rsp_12;
  wire       [7:0]    _zz_i1_rsp_13;
  wire       [2:0]    _zz_i1_rsp_14;
  wire                _zz__zz_inbox_writeRow_6;
  wire       [1:0]    _zz__zz_inbox_writeRow_6_1;
  wire       [1:0]    _zz__zz_inbox_writeRow_6_2;
  wire       [1:0]    _zz__zz_inbox_writeRow_6_3;
  wire       [1:0]    _zz__zz_inbox_writeRow_6_4;
  wire       [4:0]    _zz_inboxReplyTo_port_1;
  wire       [1:0]    _zz_inboxReplyTo_port_2;
  wire       [3:0]    _zz_inboxReplyTo_port_3;
  wire                _zz_inboxReplyTo_port_4;
  wire       [8:0]    _zz_inbox_port_1;
  wire                _zz_inbox_port_2;
  wire                _zz_replyBoxLate_port;
  wire                _zz_replyBoxLate_rd0;
  wire       [1:0]    _zz__zz_replies_rd0;
  wire       [2:0]    _zz__zz_replies_rd0_1;
  wire                _zz_replies_port;
  wire                _zz_replies_rd0_1;
  wire       [2:0]    _zz__zz_replyBoxLate_writeRow_1;
  wire       [5:0]    _zz_replyBoxLate_writeRow_5;
  wire       [1:0]    _zz_replyBoxLate_writeRow_6;
  wire       [5:0]    _zz_replyBoxLate_writeRow_7;
  wire       [3:0]    _zz__zz_23;
  wire       [2:0]    _zz_inboxTags_port_1;
  wire       [15:0]   _zz_inboxTags_port_2;
  wire                _zz_inboxTags_port_3;
  wire       [4:0]    _zz_inboxQueue_port_1;
  wire       [1:0]    _zz_inboxQueue_port_2;
  wire       [1:0]    _zz_inboxQueue_port_3;
  wire       [11:0]   _zz_inboxQueue_port_4;
  wire                _zz_replyBoxAtSender_port;
  wire                _zz_replyBoxAtSender_rd0_1;
  wire       [1:0]    _zz__zz_copyTargetSlot;
  wire       [5:0]    _zz_replyBoxLate_writeRow_8;
  wire       [2:0]    _zz_replyBoxLate_writeRow_9;
  wire       [7:0]    _zz_replies_port_1;
  wire       [2:0]    _zz_replies_port_2;
  wire       [63:0]   _zz_replies_port_3;
  wire                _zz_replies_port_4;
  wire       [1:0]    _zz__zz_29;
  wire       [1:0]    _zz__zz_29_1;
  wire       [2:0]    _zz_deliveryCount;
  wire       [24:0]   _zz_i1_rsp_15;
  wire       [7:0]    _zz_i1_rsp_16;
  wire       [7:0]    _zz_i1_rsp_17;
  reg                 i1_valid;
  reg        [3:0]    i1_op;
  reg                 i1_read;
  reg                 i2_reply;
  wire                hazard;
  wire                when_IpcStages_l94;
  wire       [2:0]    _zz_grants_rd0;
  wire                _zz_i1_handlerContext;
  wire                _zz_stage_rd0;
  reg        [2:0]    i1_context;
  reg        [2:0]    i2_context;
  reg                 i1_control;
  reg        [3:0]    i1_index;
  reg        [63:0]   i1_data;
  wire                when_Staging_l50;
  wire                _zz_when_Transfers_l53;
  wire                _zz_when_Transfers_l53_1;
  wire                _zz_when_Handlers_l53;
  wire                _zz_i1_inboxTake;
  wire                _zz_i1_inboxTake_1;
  wire                when_Staging_l51;
  wire                when_Transfers_l67;
  wire                when_ContextRows_l69;
  wire                when_IpcUnit_l63;
  wire                when_ErrorRegister_l54;
  wire                _zz_when_Capabilities_l52;
  wire                when_Capabilities_l54;
  wire                _zz_i1_scrub;
  wire                _zz_when_Handlers_l51;
  reg        [63:0]   i1_rsp;
  reg                 i2_valid;
  reg        [63:0]   i2_data;
  reg                 i2_read;
  reg                 clearing;
  reg        [2:0]    clearContext;
  reg        [4:0]    clearStep;
  wire                when_ClearAfterReset_l43;
  wire                when_ClearAfterReset_l46;
  reg        [7:0]    controlErrors;
  reg        [7:0]    i1_error;
  reg        [7:0]    i2_error;
  reg                 i1_errorsClear;
  reg        [2:0]    i1_errorsClearContext;
  wire       [7:0]    errors_rd0;
  wire                i1_errorsUpdate;
  wire       [2:0]    i1_errorsWriteContext;
  wire       [7:0]    i1_errorsWriteData;
  reg                 i1_errorsLastValid;
  reg        [2:0]    i1_errorsLastContext;
  reg        [7:0]    i1_errorsLast;
  wire       [7:0]    i1_errors;
  wire       [7:0]    _zz_controlErrors;
  wire                _zz_i1_errorsUpdate;
  wire                _zz_i1_errorsUpdate_1;
  wire                when_ErrorRegister_l63;
  wire       [7:0]    _zz_i1_scrub_1;
  wire                i1_scrub;
  wire       [2:0]    _zz_i1_errorsClearContext;
  wire                when_Scrub_l40;
  reg                 sweeping;
  reg        [4:0]    sweepAt;
  reg        [2:0]    sweepFor;
  wire                when_Scrub_l54;
  reg                 sweepWriting;
  reg        [2:0]    syscallContext;
  wire       [7:0]    _zz_grants_rd0_1;
  wire       [0:0]    grants_rd0;
  wire       [7:0]    _zz_when_Capabilities_l52_1;
  wire       [7:0]    _zz_when_Capabilities_l52_2;
  wire       [3:0]    _zz_when_Capabilities_l52_3;
  wire                _zz_when_Capabilities_l52_4;
  wire                when_Capabilities_l52;
  wire       [7:0]    _zz_syscallContext;
  wire                when_Capabilities_l55;
  reg        [66:0]   deliveries_0;
  reg        [66:0]   deliveries_1;
  reg        [66:0]   deliveries_2;
  reg        [66:0]   deliveries_3;
  reg        [1:0]    deliveryHead;
  reg        [2:0]    deliveryCount;
  reg                 deliveryInFlight;
  wire                deliveryQueueFull;
  wire                when_DeliveryQueue_l46;
  wire       [66:0]   _zz_deliveries_task_payload_context;
  wire                when_DeliveryQueue_l51;
  reg                 copyActive;
  reg                 copyIsReply;
  reg        [3:0]    copyStep;
  reg        [3:0]    copyLast;
  reg        [2:0]    copySource;
  reg        [2:0]    copyTarget;
  reg        [1:0]    copyTargetSlot;
  reg                 copyWriteValid;
  reg        [3:0]    copyWriteWord;
  wire       [3:0]    copyReadWord;
  reg                 copyWriteIsReply;
  wire       [6:0]    _zz_stage_rd0_1;
  wire       [63:0]   stage_rd0;
  wire       [5:0]    _zz_result_rd0;
  wire       [63:0]   result_rd0;
  wire       [2:0]    _zz_i1_handlerContext_1;
  wire       [2:0]    _zz_i1_handlerChannel;
  wire       [5:0]    _zz_handlers_rd0;
  wire       [63:0]   handlers_rd0;
  reg        [2:0]    i1_handlerContext;
  reg        [2:0]    i1_handlerChannel;
  wire                _zz_when_Handlers_l51_1;
  wire                _zz_when_Handlers_l51_2;
  wire                when_Handlers_l51;
  wire                _zz_i1_rsp;
  wire                when_Handlers_l53;
  reg        [3:0]    inbox_0;
  reg        [3:0]    inbox_1;
  reg        [3:0]    inbox_2;
  reg        [3:0]    inbox_3;
  reg        [3:0]    inbox_4;
  reg        [3:0]    inbox_5;
  reg        [3:0]    inbox_6;
  reg        [3:0]    inbox_7;
  reg                 inbox_write;
  reg        [2:0]    inbox_writeAt;
  reg        [3:0]    inbox_writeRow;
  wire       [7:0]    _zz_11;
  wire       [3:0]    inbox_i0;
  reg        [3:0]    i1_inbox;
  reg                 inboxLate_write;
  reg        [2:0]    inboxLate_writeAt;
  reg        [8:0]    inboxLate_writeRow;
  wire       [8:0]    inboxLate_rd0;
  reg                 i1_inboxLate_bypass;
  reg        [8:0]    i1_inboxLate_written;
  wire       [12:0]   _zz_i1_rsp_1;
  wire                _zz_i1_rsp_2;
  wire       [3:0]    _zz_i1_inboxInService;
  wire       [3:0]    _zz_i1_inboxOccupied;
  wire       [3:0]    _zz_inbox_writeRow;
  wire       [1:0]    _zz_inbox_writeRow_1;
  wire       [1:0]    _zz_inbox_writeRow_2;
  wire       [15:0]   inboxTags_rd0;
  wire       [3:0]    _zz_i1_tokenTag;
  wire       [3:0]    _zz_i1_tokenTag_1;
  wire       [3:0]    _zz_i1_tokenTag_2;
  wire       [3:0]    _zz_i1_tokenTag_3;
  wire       [1:0]    _zz_i1_inboxSlot;
  wire       [8:0]    _zz_inbox_rd0;
  wire       [63:0]   inbox_rd0;
  reg                 i1_inboxReserve;
  reg        [4:0]    i1_inboxReserveAt;
  reg        [3:0]    i1_inboxReserveReplyTo;
  wire       [4:0]    _zz_inboxSweepWriteAt;
  reg        [4:0]    inboxSweepWriteAt;
  wire       [4:0]    _zz_inboxReplyTo_rd0;
  wire       [3:0]    inboxReplyTo_rd0;
  reg        [1:0]    i1_inboxSlot;
  wire       [4:0]    _zz_inboxQueue_rd0;
  wire       [11:0]   inboxQueue_rd0;
  wire       [3:0]    i1_inboxOccupied;
  wire       [3:0]    i1_inboxInService;
  wire                i1_inboxFull;
  wire       [3:0]    _zz_i1_inboxFreeSlot;
  wire                _zz_i1_inboxFreeSlot_1;
  wire                _zz_i1_inboxFreeSlot_2;
  wire       [1:0]    i1_inboxFreeSlot;
  wire       [2:0]    i1_inboxCount;
  wire       [3:0]    _zz_i1_inboxWaiting;
  wire       [2:0]    i1_inboxWaiting;
  wire                _zz_i1_inboxSelect;
  wire       [5:0]    _zz_i1_tokenOk;
  wire       [1:0]    _zz_i1_tokenOk_1;
  wire       [1:0]    _zz_inbox_writeRow_3;
  wire       [3:0]    i1_tokenTag;
  wire                i1_tokenOk;
  wire       [2:0]    _zz_replyBoxAtSender_rd0;
  reg                 i1_inboxFinish;
  wire                _zz_i1_inboxSelect_1;
  wire                i1_inboxSelect;
  wire                when_Inboxes_l162;
  wire                _zz_when_ContextRows_l68;
  wire                i1_inboxTake;
  wire       [1:0]    _zz_i1_rsp_3;
  wire       [1:0]    _zz_inbox_writeRow_4;
  wire       [3:0]    _zz_inbox_writeRow_5;
  wire                _zz_when_ContextRows_l68_1;
  wire       [12:0]   _zz_inbox_writeRow_6;
  wire                when_ContextRows_l68;
  reg                 i2_inboxFinish;
  reg        [12:0]   i2_inboxRow;
  wire       [12:0]   _zz_inbox_writeRow_7;
  wire                when_Inboxes_l201;
  reg                 replyBoxLate_write;
  reg        [2:0]    replyBoxLate_writeAt;
  reg        [5:0]    replyBoxLate_writeRow;
  wire       [5:0]    replyBoxLate_rd0;
  reg                 i1_replyBoxLate_bypass;
  reg        [5:0]    i1_replyBoxLate_written;
  wire       [5:0]    _zz_i1_rsp_4;
  wire                _zz_i1_rsp_5;
  wire       [2:0]    _zz_i1_rsp_6;
  wire       [1:0]    _zz_replyBoxLate_writeRow;
  wire       [7:0]    _zz_replies_rd0;
  wire       [63:0]   replies_rd0;
  wire       [2:0]    _zz_replyBoxLate_writeRow_1;
  reg                 i2_answerFromRead;
  wire                when_Transfers_l56;
  wire                when_Transfers_l53;
  wire                when_Transfers_l54;
  reg                 i1_sendOk;
  wire                when_Transfers_l55;
  wire                when_Transfers_l57;
  wire       [3:0]    _zz_23;
  wire       [12:0]   _zz_inbox_writeRow_8;
  reg                 i1_replying;
  wire                when_Transfers_l68;
  wire                when_Transfers_l69;
  wire                when_Transfers_l70;
  wire       [5:0]    replyBoxAtSender_rd0;
  reg                 i2_replyBoxAtSender_bypass;
  reg        [5:0]    i2_replyBoxAtSender_written;
  wire       [5:0]    _zz_replyBoxLate_writeRow_2;
  wire       [2:0]    _zz_replyBoxLate_writeRow_3;
  wire       [1:0]    _zz_replyBoxLate_writeRow_4;
  reg        [2:0]    i2_replySender;
  wire       [1:0]    _zz_copyTargetSlot;
  reg                 i2_replying;
  reg        [63:0]   i2_replyTask;
  reg                 i2_replyOk;
  wire                when_Transfers_l80;
  wire                when_CopyEngine_l72;
  wire                when_CopyEngine_l62;
  wire                when_DeliveryQueue_l56;
  wire       [66:0]   _zz_deliveries_0;
  wire       [3:0]    _zz_29;
  reg [7:0] errors [0:7];
  reg [0:0] grants [0:255];
  reg [63:0] stage [0:127];
  reg [63:0] result [0:63];
  reg [63:0] handlers [0:63];
  reg [63:0] inbox [0:511];
  reg [8:0] inboxLate [0:7];
  reg [3:0] inboxReplyTo [0:31];
  reg [15:0] inboxTags [0:7];
  reg [11:0] inboxQueue [0:31];
  reg [63:0] replies [0:255];
  reg [5:0] replyBoxLate [0:7];
  reg [5:0] replyBoxAtSender [0:7];

  assign _zz_i1_rsp_7 = (i1_control ? controlErrors : i1_errors);
  assign _zz_grants_port_2 = _zz_when_Capabilities_l52_1[2:0];
  assign _zz_grants_port_3 = _zz_when_Capabilities_l52_2[2:0];
  assign _zz_grants_port_4 = _zz_when_Capabilities_l52_3[1:0];
  assign _zz__zz_result_rd0 = copyReadWord[2:0];
  assign _zz__zz_result_rd0_1 = cmd_payload_index[2:0];
  assign _zz_stage_port_2 = clearStep[3:0];
  assign _zz_stage_port_3 = sweepAt[3:0];
  assign _zz_result_port_2 = clearStep[2:0];
  assign _zz_result_port_3 = sweepAt[2:0];
  assign _zz_result_port_4 = i1_index[2:0];
  assign _zz__zz_i1_handlerChannel = cmd_payload_index[2:0];
  assign _zz_handlers_port_2 = clearStep[2:0];
  assign _zz_handlers_port_3 = sweepAt[2:0];
  assign _zz_handlers_port_4 = i1_index[2:0];
  assign _zz_i1_inboxCount = (_zz_i1_inboxCount_1 + _zz_i1_inboxCount_7);
  assign _zz_i1_inboxCount_1 = (_zz_i1_inboxCount_2 + _zz_i1_inboxCount_5);
  assign _zz_i1_inboxCount_2 = (3'b000 + _zz_i1_inboxCount_3);
  assign _zz_i1_inboxCount_4 = i1_inboxOccupied[0];
  assign _zz_i1_inboxCount_3 = {2'd0, _zz_i1_inboxCount_4};
  assign _zz_i1_inboxCount_6 = i1_inboxOccupied[1];
  assign _zz_i1_inboxCount_5 = {2'd0, _zz_i1_inboxCount_6};
  assign _zz_i1_inboxCount_8 = i1_inboxOccupied[2];
  assign _zz_i1_inboxCount_7 = {2'd0, _zz_i1_inboxCount_8};
  assign _zz_i1_inboxCount_10 = i1_inboxOccupied[3];
  assign _zz_i1_inboxCount_9 = {2'd0, _zz_i1_inboxCount_10};
  assign _zz_i1_inboxWaiting_1 = (_zz_i1_inboxWaiting_2 + _zz_i1_inboxWaiting_8);
  assign _zz_i1_inboxWaiting_2 = (_zz_i1_inboxWaiting_3 + _zz_i1_inboxWaiting_6);
  assign _zz_i1_inboxWaiting_3 = (3'b000 + _zz_i1_inboxWaiting_4);
  assign _zz_i1_inboxWaiting_5 = _zz_i1_inboxWaiting[0];
  assign _zz_i1_inboxWaiting_4 = {2'd0, _zz_i1_inboxWaiting_5};
  assign _zz_i1_inboxWaiting_7 = _zz_i1_inboxWaiting[1];
  assign _zz_i1_inboxWaiting_6 = {2'd0, _zz_i1_inboxWaiting_7};
  assign _zz_i1_inboxWaiting_9 = _zz_i1_inboxWaiting[2];
  assign _zz_i1_inboxWaiting_8 = {2'd0, _zz_i1_inboxWaiting_9};
  assign _zz_i1_inboxWaiting_11 = _zz_i1_inboxWaiting[3];
  assign _zz_i1_inboxWaiting_10 = {2'd0, _zz_i1_inboxWaiting_11};
  assign _zz_i1_tokenOk_2 = {4'd0, i1_context};
  assign _zz_i1_rsp_8 = {{1'b1,{_zz_i1_rsp_9,2'b00}},{{_zz_i1_rsp_10,inboxQueue_rd0[11 : 8]},{_zz_i1_rsp_11,_zz_i1_rsp_13}}};
  assign _zz_i1_rsp_9 = {4'd0, i1_context};
  assign _zz_i1_rsp_10 = {4'd0, _zz_i1_rsp_3};
  assign _zz_i1_rsp_12 = inboxQueue_rd0[7 : 5];
  assign _zz_i1_rsp_11 = {1'd0, _zz_i1_rsp_12};
  assign _zz_i1_rsp_14 = inboxQueue_rd0[4 : 2];
  assign _zz_i1_rsp_13 = {5'd0, _zz_i1_rsp_14};
  assign _zz__zz_inbox_writeRow_6_4 = (_zz_inbox_writeRow_2 + 2'b01);
  assign _zz_inboxReplyTo_port_2 = clearStep[1:0];
  assign _zz__zz_replies_rd0 = (_zz_replyBoxLate_writeRow + 2'b01);
  assign _zz__zz_replies_rd0_1 = i1_index[2:0];
  assign _zz__zz_replyBoxLate_writeRow_1 = (_zz_i1_rsp_6 - 3'b001);
  assign _zz_replyBoxLate_writeRow_5 = {(_zz_replyBoxLate_writeRow_1 != 3'b000),{_zz_replyBoxLate_writeRow_1,(_zz_i1_rsp_5 ? _zz_replyBoxLate_writeRow_6 : _zz_replyBoxLate_writeRow)}};
  assign _zz_replyBoxLate_writeRow_6 = (_zz_replyBoxLate_writeRow + 2'b01);
  assign _zz_replyBoxLate_writeRow_7 = 6'h0;
  assign _zz__zz_23 = ((i1_inboxFreeSlot[1] ? (i1_inboxFreeSlot[0] ? _zz_i1_tokenTag_3 : _zz_i1_tokenTag_2) : (i1_inboxFreeSlot[0] ? _zz_i1_tokenTag_1 : _zz_i1_tokenTag)) + 4'b0001);
  assign _zz_inboxQueue_port_2 = (_zz_inbox_writeRow_2 + _zz_inboxQueue_port_3);
  assign _zz_inboxQueue_port_3 = i1_inboxWaiting[1:0];
  assign _zz__zz_copyTargetSlot = _zz_replyBoxLate_writeRow_3[1:0];
  assign _zz_replyBoxLate_writeRow_8 = {_zz_replyBoxLate_writeRow_2[5],{_zz_replyBoxLate_writeRow_9,_zz_replyBoxLate_writeRow_4}};
  assign _zz_replyBoxLate_writeRow_9 = (_zz_replyBoxLate_writeRow_3 + 3'b001);
  assign _zz_replies_port_2 = copyWriteWord[2:0];
  assign _zz__zz_29 = (deliveryHead + _zz__zz_29_1);
  assign _zz__zz_29_1 = deliveryCount[1:0];
  assign _zz_deliveryCount = (deliveryCount + (when_DeliveryQueue_l56 ? 3'b001 : 3'b000));
  assign _zz_i1_rsp_15 = {{_zz_i1_rsp_5,_zz_i1_rsp_16},{7'h0,{_zz_i1_rsp_2,_zz_i1_rsp_17}}};
  assign _zz_i1_rsp_16 = {5'd0, _zz_i1_rsp_6};
  assign _zz_i1_rsp_17 = {5'd0, i1_inboxCount};
  assign _zz_errors_rd0 = 1'b1;
  assign _zz_errors_port_1 = (clearing ? clearContext : i1_errorsWriteContext);
  assign _zz_errors_port_2 = (clearing ? 8'h0 : i1_errorsWriteData);
  assign _zz_errors_port_3 = (clearing || i1_errorsUpdate);
  assign _zz_grants_rd0_2 = 1'b1;
  assign _zz_grants_port_1 = (clearing ? {clearContext,clearStep} : {_zz_grants_port_2,{_zz_grants_port_3,_zz_grants_port_4}});
  assign _zz_grants_port_5 = (clearing ? 1'b0 : i1_data[31 : 31]);
  assign _zz_grants_port_6 = (clearing || (_zz_when_Capabilities_l52 && _zz_when_Capabilities_l52_4));
  assign _zz_stage_rd0_2 = 1'b1;
  assign _zz_stage_port_1 = (clearing ? {clearContext,_zz_stage_port_2} : (sweeping ? {sweepFor,_zz_stage_port_3} : {i1_context,i1_index}));
  assign _zz_stage_port_4 = (clearing ? 64'h0 : (sweeping ? 64'h0 : i1_data));
  assign _zz_stage_port_5 = (clearing || (sweeping || (when_Staging_l50 && _zz_when_Handlers_l51)));
  assign _zz_result_rd0_1 = 1'b1;
  assign _zz_result_port_1 = (clearing ? {clearContext,_zz_result_port_2} : (sweeping ? {sweepFor,_zz_result_port_3} : {i1_context,_zz_result_port_4}));
  assign _zz_result_port_5 = (clearing ? 64'h0 : (sweeping ? 64'h0 : i1_data));
  assign _zz_result_port_6 = (clearing || (sweeping || (when_Staging_l51 && _zz_when_Handlers_l51)));
  assign _zz_handlers_rd0_1 = 1'b1;
  assign _zz_handlers_port_1 = (clearing ? {clearContext,_zz_handlers_port_2} : (sweeping ? {sweepFor,_zz_handlers_port_3} : {i1_context,_zz_handlers_port_4}));
  assign _zz_handlers_port_5 = (clearing ? 64'h0 : (sweeping ? 64'h0 : i1_data));
  assign _zz_handlers_port_6 = (clearing || (sweeping || (_zz_when_Handlers_l51_2 && (! _zz_when_Handlers_l51_1))));
  assign _zz_inbox_rd0_1 = 1'b1;
  assign _zz_inbox_port_1 = {copyTarget,{copyTargetSlot,copyWriteWord}};
  assign _zz_inbox_port_2 = (copyWriteValid && (! copyWriteIsReply));
  assign _zz_inboxLate_rd0 = 1'b1;
  assign _zz_inboxReplyTo_rd0_1 = 1'b1;
  assign _zz_inboxReplyTo_port_1 = (clearing ? {clearContext,_zz_inboxReplyTo_port_2} : (sweepWriting ? inboxSweepWriteAt : i1_inboxReserveAt));
  assign _zz_inboxReplyTo_port_3 = (clearing ? 4'b0000 : (sweepWriting ? {1'b0,inboxReplyTo_rd0[2 : 0]} : i1_inboxReserveReplyTo));
  assign _zz_inboxReplyTo_port_4 = (clearing || ((sweepWriting && (inboxReplyTo_rd0[2 : 0] == sweepFor)) || i1_inboxReserve));
  assign _zz_inboxTags_rd0 = 1'b1;
  assign _zz_inboxTags_port_1 = (clearing ? clearContext : i1_handlerContext);
  assign _zz_inboxTags_port_2 = (clearing ? 16'h0 : {{((i1_inboxFreeSlot == 2'b11) ? _zz_23 : _zz_i1_tokenTag_3),((i1_inboxFreeSlot == 2'b10) ? _zz_23 : _zz_i1_tokenTag_2)},{((i1_inboxFreeSlot == 2'b01) ? _zz_23 : _zz_i1_tokenTag_1),((i1_inboxFreeSlot == 2'b00) ? _zz_23 : _zz_i1_tokenTag)}});
  assign _zz_inboxTags_port_3 = (clearing || i1_sendOk);
  assign _zz_inboxQueue_rd0_1 = 1'b1;
  assign _zz_inboxQueue_port_1 = {i1_handlerContext,_zz_inboxQueue_port_2};
  assign _zz_inboxQueue_port_4 = {{_zz_23,i1_handlerChannel},{i1_context,i1_inboxFreeSlot}};
  assign _zz_replies_rd0_1 = 1'b1;
  assign _zz_replies_port_1 = (copyWriteValid ? {copyTarget,{copyTargetSlot,_zz_replies_port_2}} : {i2_replySender,{_zz_copyTargetSlot,3'b101}});
  assign _zz_replies_port_3 = (copyWriteValid ? result_rd0 : i2_replyTask);
  assign _zz_replies_port_4 = ((copyWriteValid && copyWriteIsReply) || i2_replyOk);
  assign _zz_replyBoxLate_rd0 = 1'b1;
  assign _zz_replyBoxAtSender_rd0_1 = 1'b1;
  assign _zz_hazard = ((i1_op == 4'b0001) || (i1_op == 4'b0010));
  assign _zz_hazard_1 = (i1_op == 4'b1000);
  assign _zz_hazard_2 = 4'b1111;
  assign _zz_hazard_3 = (((_zz_hazard_4 || _zz_hazard_5) || (cmd_payload_status == _zz_hazard_6)) || (cmd_payload_status == 4'b1000));
  assign _zz_hazard_7 = (cmd_payload_read && ((_zz_hazard_8 || _zz_hazard_9) || (cmd_payload_status == _zz_hazard_10)));
  assign _zz_hazard_11 = ((! i1_read) && ((_zz_hazard_12 || _zz_hazard_13) || (i1_op == _zz_hazard_14)));
  assign _zz_hazard_15 = (((i1_op == _zz_hazard_16) || (i1_op == _zz_hazard_17)) || (i1_op == 4'b1001));
  assign _zz_hazard_18 = 4'b0100;
  assign _zz_hazard_19 = (cmd_payload_status == 4'b0101);
  assign _zz_hazard_20 = 4'b0100;
  assign _zz_hazard_21 = (i1_op == 4'b0101);
  assign _zz_hazard_4 = (((cmd_payload_status == 4'b0001) || (cmd_payload_status == 4'b0010)) || (cmd_payload_status == 4'b0110));
  assign _zz_hazard_5 = (cmd_payload_status == 4'b1010);
  assign _zz_hazard_6 = 4'b1001;
  assign _zz_hazard_8 = (cmd_payload_status == 4'b0000);
  assign _zz_hazard_9 = (cmd_payload_status == 4'b0111);
  assign _zz_hazard_10 = 4'b0011;
  assign _zz_hazard_12 = (((i1_op == 4'b0000) || (i1_op == 4'b0111)) || (i1_op == 4'b0011));
  assign _zz_hazard_13 = (i1_op == 4'b1101);
  assign _zz_hazard_14 = 4'b1110;
  assign _zz_hazard_16 = 4'b0100;
  assign _zz_hazard_17 = 4'b0101;
  assign _zz__zz_inbox_writeRow_6 = (! (_zz_when_ContextRows_l68 || ((when_Transfers_l67 && _zz_i1_rsp_2) && (_zz_inbox_writeRow_3 == _zz_inbox_writeRow_1))));
  assign _zz__zz_inbox_writeRow_6_1 = {(_zz_i1_rsp_3 == 2'b11),(_zz_i1_rsp_3 == 2'b10)};
  assign _zz__zz_inbox_writeRow_6_2 = {(_zz_i1_rsp_3 == 2'b01),(_zz_i1_rsp_3 == 2'b00)};
  assign _zz__zz_inbox_writeRow_6_3 = (i1_inboxTake ? _zz_i1_rsp_3 : _zz_inbox_writeRow_1);
  always @(posedge clk) begin
    if(_zz_errors_rd0) begin
      errors_spinal_port0 <= errors[cmd_payload_context];
    end
  end

  always @(posedge clk) begin
    if(_zz_errors_port_3) begin
      errors[_zz_errors_port_1] <= _zz_errors_port_2;
    end
  end

  always @(posedge clk) begin
    if(_zz_grants_rd0_2) begin
      grants_spinal_port0 <= grants[_zz_grants_rd0_1];
    end
  end

  always @(posedge clk) begin
    if(_zz_grants_port_6) begin
      grants[_zz_grants_port_1] <= _zz_grants_port_5;
    end
  end

  always @(posedge clk) begin
    if(_zz_stage_rd0_2) begin
      stage_spinal_port0 <= stage[_zz_stage_rd0_1];
    end
  end

  always @(posedge clk) begin
    if(_zz_stage_port_5) begin
      stage[_zz_stage_port_1] <= _zz_stage_port_4;
    end
  end

  always @(posedge clk) begin
    if(_zz_result_rd0_1) begin
      result_spinal_port0 <= result[_zz_result_rd0];
    end
  end

  always @(posedge clk) begin
    if(_zz_result_port_6) begin
      result[_zz_result_port_1] <= _zz_result_port_5;
    end
  end

  always @(posedge clk) begin
    if(_zz_handlers_rd0_1) begin
      handlers_spinal_port0 <= handlers[_zz_handlers_rd0];
    end
  end

  always @(posedge clk) begin
    if(_zz_handlers_port_6) begin
      handlers[_zz_handlers_port_1] <= _zz_handlers_port_5;
    end
  end

  always @(posedge clk) begin
    if(_zz_inbox_rd0_1) begin
      inbox_spinal_port0 <= inbox[_zz_inbox_rd0];
    end
  end

  always @(posedge clk) begin
    if(_zz_inbox_port_2) begin
      inbox[_zz_inbox_port_1] <= stage_rd0;
    end
  end

  always @(posedge clk) begin
    if(inboxLate_write) begin
      inboxLate[inboxLate_writeAt] <= inboxLate_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_inboxLate_rd0) begin
      inboxLate_spinal_port1 <= inboxLate[_zz_i1_handlerContext_1];
    end
  end

  always @(posedge clk) begin
    if(_zz_inboxReplyTo_rd0_1) begin
      inboxReplyTo_spinal_port0 <= inboxReplyTo[_zz_inboxReplyTo_rd0];
    end
  end

  always @(posedge clk) begin
    if(_zz_inboxReplyTo_port_4) begin
      inboxReplyTo[_zz_inboxReplyTo_port_1] <= _zz_inboxReplyTo_port_3;
    end
  end

  always @(posedge clk) begin
    if(_zz_inboxTags_rd0) begin
      inboxTags_spinal_port0 <= inboxTags[_zz_i1_handlerContext_1];
    end
  end

  always @(posedge clk) begin
    if(_zz_inboxTags_port_3) begin
      inboxTags[_zz_inboxTags_port_1] <= _zz_inboxTags_port_2;
    end
  end

  always @(posedge clk) begin
    if(_zz_inboxQueue_rd0_1) begin
      inboxQueue_spinal_port0 <= inboxQueue[_zz_inboxQueue_rd0];
    end
  end

  always @(posedge clk) begin
    if(i1_sendOk) begin
      inboxQueue[_zz_inboxQueue_port_1] <= _zz_inboxQueue_port_4;
    end
  end

  always @(posedge clk) begin
    if(_zz_replies_rd0_1) begin
      replies_spinal_port0 <= replies[_zz_replies_rd0];
    end
  end

  always @(posedge clk) begin
    if(_zz_replies_port_4) begin
      replies[_zz_replies_port_1] <= _zz_replies_port_3;
    end
  end

  always @(posedge clk) begin
    if(replyBoxLate_write) begin
      replyBoxLate[replyBoxLate_writeAt] <= replyBoxLate_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_replyBoxLate_rd0) begin
      replyBoxLate_spinal_port1 <= replyBoxLate[cmd_payload_context];
    end
  end

  always @(posedge clk) begin
    if(replyBoxLate_write) begin
      replyBoxAtSender[replyBoxLate_writeAt] <= replyBoxLate_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_replyBoxAtSender_rd0_1) begin
      replyBoxAtSender_spinal_port1 <= replyBoxAtSender[_zz_replyBoxAtSender_rd0];
    end
  end

  always @(*) begin
    case(deliveryHead)
      2'b00 : _zz__zz_deliveries_task_payload_context = deliveries_0;
      2'b01 : _zz__zz_deliveries_task_payload_context = deliveries_1;
      2'b10 : _zz__zz_deliveries_task_payload_context = deliveries_2;
      default : _zz__zz_deliveries_task_payload_context = deliveries_3;
    endcase
  end

  always @(*) begin
    case(_zz_i1_handlerContext_1)
      3'b000 : _zz_inbox_i0 = inbox_0;
      3'b001 : _zz_inbox_i0 = inbox_1;
      3'b010 : _zz_inbox_i0 = inbox_2;
      3'b011 : _zz_inbox_i0 = inbox_3;
      3'b100 : _zz_inbox_i0 = inbox_4;
      3'b101 : _zz_inbox_i0 = inbox_5;
      3'b110 : _zz_inbox_i0 = inbox_6;
      default : _zz_inbox_i0 = inbox_7;
    endcase
  end

  assign hazard = ((i1_valid && ((((_zz_hazard || _zz_hazard_1) || (i1_op == _zz_hazard_2)) || ((_zz_hazard_3 || _zz_hazard_7) && (_zz_hazard_11 || _zz_hazard_15))) || (((cmd_payload_status == _zz_hazard_18) || (_zz_hazard_19 && cmd_payload_read)) && ((i1_op == _zz_hazard_20) || (_zz_hazard_21 && i1_read))))) || i2_reply);
  assign when_IpcStages_l94 = (cmd_valid && cmd_ready);
  assign _zz_grants_rd0 = cmd_payload_data[2 : 0];
  assign _zz_i1_handlerContext = (cmd_payload_status == 4'b0010);
  assign _zz_stage_rd0 = ((cmd_payload_status == 4'b0001) || _zz_i1_handlerContext);
  assign when_Staging_l50 = (i1_valid && (i1_op == 4'b0000));
  assign _zz_when_Transfers_l53 = (i1_valid && (i1_op == 4'b0001));
  assign _zz_when_Transfers_l53_1 = (i1_valid && (i1_op == 4'b0010));
  assign _zz_when_Handlers_l53 = (i1_valid && (i1_op == 4'b0011));
  assign _zz_i1_inboxTake = (i1_valid && (i1_op == 4'b0100));
  assign _zz_i1_inboxTake_1 = (i1_valid && (i1_op == 4'b0101));
  assign when_Staging_l51 = (i1_valid && (i1_op == 4'b0111));
  assign when_Transfers_l67 = (i1_valid && (i1_op == 4'b1000));
  assign when_ContextRows_l69 = (i1_valid && (i1_op == 4'b1001));
  assign when_IpcUnit_l63 = (i1_valid && (i1_op == 4'b1011));
  assign when_ErrorRegister_l54 = (i1_valid && (i1_op == 4'b1100));
  assign _zz_when_Capabilities_l52 = (i1_valid && (i1_op == 4'b1101));
  assign when_Capabilities_l54 = (i1_valid && (i1_op == 4'b1110));
  assign _zz_i1_scrub = (i1_valid && (i1_op == 4'b1111));
  assign _zz_when_Handlers_l51 = (! i1_read);
  always @(*) begin
    i1_rsp = 64'h0;
    if(when_ErrorRegister_l54) begin
      i1_rsp = {56'd0, _zz_i1_rsp_7};
    end
    if(when_Staging_l50) begin
      i1_rsp = stage_rd0;
    end
    if(when_Staging_l51) begin
      i1_rsp = result_rd0;
    end
    if(when_Handlers_l53) begin
      i1_rsp = (_zz_i1_rsp ? handlers_rd0 : 64'h0);
    end
    if(i1_inboxTake) begin
      i1_rsp = {32'd0, _zz_i1_rsp_8};
    end
    if(when_Inboxes_l201) begin
      i1_rsp = inbox_rd0;
    end
    if(when_IpcUnit_l63) begin
      i1_rsp = {39'd0, _zz_i1_rsp_15};
    end
  end

  assign rsp_valid = i2_valid;
  always @(*) begin
    rsp_payload_data = i2_data;
    if(i2_answerFromRead) begin
      rsp_payload_data = replies_rd0;
    end
  end

  assign rsp_payload_read = i2_read;
  assign rsp_payload_fault = 1'b0;
  assign when_ClearAfterReset_l43 = (clearStep == 5'h1f);
  assign when_ClearAfterReset_l46 = (clearContext == 3'b111);
  always @(*) begin
    i1_error = 8'h0;
    if(when_Scrub_l40) begin
      i1_error = 8'h08;
    end
    if(when_Capabilities_l52) begin
      i1_error = 8'h08;
    end
    if(when_Capabilities_l54) begin
      if(!when_Capabilities_l55) begin
        i1_error = 8'h08;
      end
    end
    if(when_Handlers_l51) begin
      i1_error = 8'h20;
    end
    if(when_Inboxes_l162) begin
      i1_error = 8'h80;
    end
    if(when_Transfers_l53) begin
      if(when_Transfers_l54) begin
        i1_error = 8'h08;
      end else begin
        if(when_Transfers_l55) begin
          i1_error = 8'h01;
        end else begin
          if(when_Transfers_l56) begin
            i1_error = 8'h20;
          end else begin
            if(when_Transfers_l57) begin
              i1_error = 8'h04;
            end else begin
              if(i1_inboxFull) begin
                i1_error = 8'h02;
              end else begin
                if(deliveryQueueFull) begin
                  i1_error = 8'h40;
                end
              end
            end
          end
        end
      end
    end
    if(when_Transfers_l67) begin
      if(when_Transfers_l68) begin
        i1_error = 8'h80;
      end else begin
        if(when_Transfers_l69) begin
          i1_error = 8'h10;
        end
      end
    end
  end

  always @(*) begin
    i2_error = 8'h0;
    if(i2_replying) begin
      if(when_Transfers_l80) begin
        i2_error = 8'h02;
      end else begin
        if(deliveryQueueFull) begin
          i2_error = 8'h40;
        end
      end
    end
  end

  always @(*) begin
    i1_errorsClear = 1'b0;
    if(i1_scrub) begin
      i1_errorsClear = 1'b1;
    end
  end

  always @(*) begin
    i1_errorsClearContext = 3'b000;
    if(i1_scrub) begin
      i1_errorsClearContext = _zz_i1_errorsClearContext;
    end
  end

  assign errors_rd0 = errors_spinal_port0;
  assign i1_errors = ((i1_errorsLastValid && (i1_errorsLastContext == i1_context)) ? i1_errorsLast : errors_rd0);
  assign _zz_controlErrors = 8'h0;
  assign _zz_i1_errorsUpdate = (i1_valid && (! i1_control));
  assign _zz_i1_errorsUpdate_1 = (|i2_error);
  assign i1_errorsUpdate = ((_zz_i1_errorsUpdate || i1_errorsClear) || _zz_i1_errorsUpdate_1);
  assign i1_errorsWriteContext = (_zz_i1_errorsUpdate ? i1_context : (_zz_i1_errorsUpdate_1 ? i1_errorsLastContext : i1_errorsClearContext));
  assign i1_errorsWriteData = (_zz_i1_errorsUpdate ? ((when_ErrorRegister_l54 ? _zz_controlErrors : i1_errors) | i1_error) : (_zz_i1_errorsUpdate_1 ? (i1_errorsLast | i2_error) : _zz_controlErrors));
  assign when_ErrorRegister_l63 = (i1_valid && i1_control);
  assign _zz_i1_scrub_1 = i1_data[7 : 0];
  assign i1_scrub = (_zz_i1_scrub && (_zz_i1_scrub_1 < 8'h08));
  assign _zz_i1_errorsClearContext = _zz_i1_scrub_1[2:0];
  assign when_Scrub_l40 = (_zz_i1_scrub && (! i1_scrub));
  assign when_Scrub_l54 = (sweepAt == 5'h1f);
  assign _zz_grants_rd0_1 = {cmd_payload_context,{_zz_grants_rd0,cmd_payload_data[9 : 8]}};
  assign grants_rd0 = grants_spinal_port0;
  assign _zz_when_Capabilities_l52_1 = i1_data[7 : 0];
  assign _zz_when_Capabilities_l52_2 = i1_data[15 : 8];
  assign _zz_when_Capabilities_l52_3 = i1_data[19 : 16];
  assign _zz_when_Capabilities_l52_4 = (((_zz_when_Capabilities_l52_1 < 8'h08) && (_zz_when_Capabilities_l52_2 < 8'h08)) && (_zz_when_Capabilities_l52_3 < 4'b0100));
  assign when_Capabilities_l52 = (_zz_when_Capabilities_l52 && (! _zz_when_Capabilities_l52_4));
  assign _zz_syscallContext = i1_data[7 : 0];
  assign when_Capabilities_l55 = (_zz_syscallContext < 8'h08);
  assign deliveryQueueFull = (deliveryCount == 3'b100);
  assign when_DeliveryQueue_l46 = (deliveries_ack_valid && deliveries_ack_ok);
  assign _zz_deliveries_task_payload_context = _zz__zz_deliveries_task_payload_context;
  assign deliveries_task_valid = (((deliveryCount != 3'b000) && (! deliveryInFlight)) && (! deliveries_poolFull));
  assign deliveries_task_payload_context = _zz_deliveries_task_payload_context[66 : 64];
  assign deliveries_task_payload_word = _zz_deliveries_task_payload_context[63 : 0];
  assign when_DeliveryQueue_l51 = (deliveries_task_valid && deliveries_task_ready);
  assign copyReadWord = copyStep;
  assign _zz_stage_rd0_1 = (copyActive ? {copySource,copyReadWord} : {cmd_payload_context,(_zz_stage_rd0 ? 4'b0001 : cmd_payload_index)});
  assign stage_rd0 = stage_spinal_port0;
  assign _zz_result_rd0 = (copyActive ? {copySource,_zz__zz_result_rd0} : {cmd_payload_context,_zz__zz_result_rd0_1});
  assign result_rd0 = result_spinal_port0;
  assign _zz_i1_handlerContext_1 = (_zz_i1_handlerContext ? syscallContext : (_zz_stage_rd0 ? _zz_grants_rd0 : cmd_payload_context));
  assign _zz_i1_handlerChannel = (_zz_i1_handlerContext ? 3'b100 : (_zz_stage_rd0 ? cmd_payload_data[10 : 8] : _zz__zz_i1_handlerChannel));
  assign _zz_handlers_rd0 = {_zz_i1_handlerContext_1,_zz_i1_handlerChannel};
  assign handlers_rd0 = handlers_spinal_port0;
  assign _zz_when_Handlers_l51_1 = ((! (i1_data[63 : 6] == 58'h0)) && (! (i1_data[5 : 1] < 5'h08)));
  assign _zz_when_Handlers_l51_2 = (_zz_when_Handlers_l53 && _zz_when_Handlers_l51);
  assign when_Handlers_l51 = (_zz_when_Handlers_l51_2 && _zz_when_Handlers_l51_1);
  assign _zz_i1_rsp = (! (handlers_rd0[63 : 6] == 58'h0));
  assign when_Handlers_l53 = (_zz_when_Handlers_l53 && i1_read);
  always @(*) begin
    inbox_write = 1'b0;
    if(when_ContextRows_l68) begin
      inbox_write = 1'b1;
    end
    if(i2_inboxFinish) begin
      inbox_write = 1'b1;
    end
    if(i1_scrub) begin
      inbox_write = 1'b1;
    end
    if(i1_sendOk) begin
      inbox_write = 1'b1;
    end
  end

  always @(*) begin
    inbox_writeAt = 3'b000;
    if(when_ContextRows_l68) begin
      inbox_writeAt = i1_context;
    end
    if(i2_inboxFinish) begin
      inbox_writeAt = i2_context;
    end
    if(i1_scrub) begin
      inbox_writeAt = _zz_i1_errorsClearContext;
    end
    if(i1_sendOk) begin
      inbox_writeAt = i1_handlerContext;
    end
  end

  always @(*) begin
    inbox_writeRow = 4'b0000;
    if(when_ContextRows_l68) begin
      inbox_writeRow = _zz_inbox_writeRow_6[3 : 0];
    end
    if(i2_inboxFinish) begin
      inbox_writeRow = i2_inboxRow[3 : 0];
    end
    if(i1_scrub) begin
      inbox_writeRow = _zz_inbox_writeRow_7[3 : 0];
    end
    if(i1_sendOk) begin
      inbox_writeRow = _zz_inbox_writeRow_8[3 : 0];
    end
  end

  assign _zz_11 = ({7'd0,1'b1} <<< inbox_writeAt);
  assign inbox_i0 = _zz_inbox_i0;
  always @(*) begin
    inboxLate_write = 1'b0;
    if(clearing) begin
      inboxLate_write = 1'b1;
    end
    if(when_ContextRows_l68) begin
      inboxLate_write = 1'b1;
    end
    if(i2_inboxFinish) begin
      inboxLate_write = 1'b1;
    end
    if(i1_scrub) begin
      inboxLate_write = 1'b1;
    end
    if(i1_sendOk) begin
      inboxLate_write = 1'b1;
    end
  end

  always @(*) begin
    inboxLate_writeAt = 3'b000;
    if(clearing) begin
      inboxLate_writeAt = clearContext;
    end
    if(when_ContextRows_l68) begin
      inboxLate_writeAt = i1_context;
    end
    if(i2_inboxFinish) begin
      inboxLate_writeAt = i2_context;
    end
    if(i1_scrub) begin
      inboxLate_writeAt = _zz_i1_errorsClearContext;
    end
    if(i1_sendOk) begin
      inboxLate_writeAt = i1_handlerContext;
    end
  end

  always @(*) begin
    inboxLate_writeRow = 9'h0;
    if(clearing) begin
      inboxLate_writeRow = 9'h0;
    end
    if(when_ContextRows_l68) begin
      inboxLate_writeRow = _zz_inbox_writeRow_6[12 : 4];
    end
    if(i2_inboxFinish) begin
      inboxLate_writeRow = i2_inboxRow[12 : 4];
    end
    if(i1_scrub) begin
      inboxLate_writeRow = _zz_inbox_writeRow_7[12 : 4];
    end
    if(i1_sendOk) begin
      inboxLate_writeRow = _zz_inbox_writeRow_8[12 : 4];
    end
  end

  assign inboxLate_rd0 = inboxLate_spinal_port1;
  assign _zz_i1_rsp_1 = {(i1_inboxLate_bypass ? i1_inboxLate_written : inboxLate_rd0),i1_inbox};
  assign _zz_i1_rsp_2 = _zz_i1_rsp_1[12];
  assign _zz_i1_inboxInService = _zz_i1_rsp_1[11 : 8];
  assign _zz_i1_inboxOccupied = _zz_i1_rsp_1[7 : 4];
  assign _zz_inbox_writeRow = _zz_i1_rsp_1[3 : 0];
  assign _zz_inbox_writeRow_1 = _zz_inbox_writeRow[3 : 2];
  assign _zz_inbox_writeRow_2 = _zz_inbox_writeRow[1 : 0];
  assign inboxTags_rd0 = inboxTags_spinal_port0;
  assign _zz_i1_tokenTag = inboxTags_rd0[3 : 0];
  assign _zz_i1_tokenTag_1 = inboxTags_rd0[7 : 4];
  assign _zz_i1_tokenTag_2 = inboxTags_rd0[11 : 8];
  assign _zz_i1_tokenTag_3 = inboxTags_rd0[15 : 12];
  assign _zz_i1_inboxSlot = ((((cmd_payload_status == 4'b1000) || ((cmd_payload_status == 4'b0101) && (! cmd_payload_read))) && cmd_payload_data[31]) ? cmd_payload_data[17 : 16] : inbox_i0[3 : 2]);
  assign _zz_inbox_rd0 = {cmd_payload_context,{_zz_i1_inboxSlot,((cmd_payload_status == 4'b1000) ? 4'b0001 : cmd_payload_index)}};
  assign inbox_rd0 = inbox_spinal_port0;
  always @(*) begin
    i1_inboxReserve = 1'b0;
    if(i1_sendOk) begin
      i1_inboxReserve = 1'b1;
    end
  end

  always @(*) begin
    i1_inboxReserveAt = 5'h0;
    if(i1_sendOk) begin
      i1_inboxReserveAt = {i1_handlerContext,i1_inboxFreeSlot};
    end
  end

  always @(*) begin
    i1_inboxReserveReplyTo = 4'b0000;
    if(i1_sendOk) begin
      i1_inboxReserveReplyTo = {(! (stage_rd0[63 : 6] == 58'h0)),i1_context};
    end
  end

  assign _zz_inboxSweepWriteAt = sweepAt;
  assign _zz_inboxReplyTo_rd0 = (sweeping ? _zz_inboxSweepWriteAt : {cmd_payload_context,_zz_i1_inboxSlot});
  assign inboxReplyTo_rd0 = inboxReplyTo_spinal_port0;
  assign _zz_inboxQueue_rd0 = {cmd_payload_context,inbox_i0[1 : 0]};
  assign inboxQueue_rd0 = inboxQueue_spinal_port0;
  assign i1_inboxOccupied = _zz_i1_inboxOccupied;
  assign i1_inboxInService = _zz_i1_inboxInService;
  assign i1_inboxFull = (&i1_inboxOccupied);
  assign _zz_i1_inboxFreeSlot = (~ i1_inboxOccupied);
  assign _zz_i1_inboxFreeSlot_1 = _zz_i1_inboxFreeSlot[0];
  assign _zz_i1_inboxFreeSlot_2 = (_zz_i1_inboxFreeSlot_1 || _zz_i1_inboxFreeSlot[1]);
  assign i1_inboxFreeSlot = {(! _zz_i1_inboxFreeSlot_2),(_zz_i1_inboxFreeSlot_2 ? (! _zz_i1_inboxFreeSlot_1) : (! _zz_i1_inboxFreeSlot[2]))};
  assign i1_inboxCount = (_zz_i1_inboxCount + _zz_i1_inboxCount_9);
  assign _zz_i1_inboxWaiting = (i1_inboxOccupied & (~ i1_inboxInService));
  assign i1_inboxWaiting = (_zz_i1_inboxWaiting_1 + _zz_i1_inboxWaiting_10);
  assign _zz_i1_inboxSelect = i1_data[31];
  assign _zz_i1_tokenOk = i1_data[21 : 16];
  assign _zz_i1_tokenOk_1 = _zz_i1_tokenOk[1:0];
  assign _zz_inbox_writeRow_3 = (_zz_i1_inboxSelect ? _zz_i1_tokenOk_1 : _zz_inbox_writeRow_1);
  assign i1_tokenTag = (i1_inboxSlot[1] ? (i1_inboxSlot[0] ? _zz_i1_tokenTag_3 : _zz_i1_tokenTag_2) : (i1_inboxSlot[0] ? _zz_i1_tokenTag_1 : _zz_i1_tokenTag));
  assign i1_tokenOk = ((((i1_data[30 : 24] == _zz_i1_tokenOk_2) && (_zz_i1_tokenOk < 6'h04)) && i1_inboxInService[_zz_i1_tokenOk_1]) && (i1_tokenTag == i1_data[15 : 12]));
  assign _zz_replyBoxAtSender_rd0 = inboxReplyTo_rd0[2 : 0];
  always @(*) begin
    i1_inboxFinish = 1'b0;
    if(when_Transfers_l67) begin
      if(!when_Transfers_l68) begin
        if(!when_Transfers_l69) begin
          if(when_Transfers_l70) begin
            i1_inboxFinish = 1'b1;
          end
        end
      end
    end
  end

  assign _zz_i1_inboxSelect_1 = (_zz_i1_inboxTake_1 && _zz_when_Handlers_l51);
  assign i1_inboxSelect = ((_zz_i1_inboxSelect_1 && _zz_i1_inboxSelect) && i1_tokenOk);
  assign when_Inboxes_l162 = (_zz_i1_inboxSelect_1 && (! i1_inboxSelect));
  assign _zz_when_ContextRows_l68 = (_zz_i1_inboxTake && _zz_i1_rsp_2);
  assign i1_inboxTake = ((_zz_i1_inboxTake || (_zz_i1_inboxTake_1 && i1_read)) && (i1_inboxWaiting != 3'b000));
  assign _zz_i1_rsp_3 = inboxQueue_rd0[1 : 0];
  assign _zz_inbox_writeRow_4 = (when_Transfers_l67 ? _zz_inbox_writeRow_3 : _zz_inbox_writeRow_1);
  assign _zz_inbox_writeRow_5 = ((when_Transfers_l67 || _zz_when_ContextRows_l68) ? {{(_zz_inbox_writeRow_4 == 2'b11),(_zz_inbox_writeRow_4 == 2'b10)},{(_zz_inbox_writeRow_4 == 2'b01),(_zz_inbox_writeRow_4 == 2'b00)}} : 4'b0000);
  assign _zz_when_ContextRows_l68_1 = (i1_inboxTake || i1_inboxSelect);
  assign _zz_inbox_writeRow_6 = {{(_zz_when_ContextRows_l68_1 || (_zz_i1_rsp_2 && _zz__zz_inbox_writeRow_6)),((i1_inboxInService & (~ _zz_inbox_writeRow_5)) | (i1_inboxTake ? {_zz__zz_inbox_writeRow_6_1,_zz__zz_inbox_writeRow_6_2} : 4'b0000))},{(i1_inboxOccupied & (~ _zz_inbox_writeRow_5)),{(i1_inboxSelect ? _zz_i1_tokenOk_1 : _zz__zz_inbox_writeRow_6_3),(i1_inboxTake ? _zz__zz_inbox_writeRow_6_4 : _zz_inbox_writeRow_2)}}};
  assign when_ContextRows_l68 = ((_zz_when_ContextRows_l68_1 || _zz_when_ContextRows_l68) || i1_inboxFinish);
  always @(*) begin
    i2_inboxFinish = 1'b0;
    if(i2_replying) begin
      if(!when_Transfers_l80) begin
        if(!deliveryQueueFull) begin
          i2_inboxFinish = 1'b1;
        end
      end
    end
  end

  assign _zz_inbox_writeRow_7 = 13'h0;
  assign when_Inboxes_l201 = ((i1_valid && (i1_op == 4'b0110)) && _zz_i1_rsp_2);
  always @(*) begin
    replyBoxLate_write = 1'b0;
    if(clearing) begin
      replyBoxLate_write = 1'b1;
    end
    if(when_ContextRows_l69) begin
      replyBoxLate_write = 1'b1;
    end
    if(i1_scrub) begin
      replyBoxLate_write = 1'b1;
    end
    if(i2_replyOk) begin
      replyBoxLate_write = 1'b1;
    end
  end

  always @(*) begin
    replyBoxLate_writeAt = 3'b000;
    if(clearing) begin
      replyBoxLate_writeAt = clearContext;
    end
    if(when_ContextRows_l69) begin
      replyBoxLate_writeAt = i1_context;
    end
    if(i1_scrub) begin
      replyBoxLate_writeAt = _zz_i1_errorsClearContext;
    end
    if(i2_replyOk) begin
      replyBoxLate_writeAt = i2_replySender;
    end
  end

  always @(*) begin
    replyBoxLate_writeRow = 6'h0;
    if(clearing) begin
      replyBoxLate_writeRow = 6'h0;
    end
    if(when_ContextRows_l69) begin
      replyBoxLate_writeRow = _zz_replyBoxLate_writeRow_5[5 : 0];
    end
    if(i1_scrub) begin
      replyBoxLate_writeRow = _zz_replyBoxLate_writeRow_7[5 : 0];
    end
    if(i2_replyOk) begin
      replyBoxLate_writeRow = _zz_replyBoxLate_writeRow_8[5 : 0];
    end
  end

  assign replyBoxLate_rd0 = replyBoxLate_spinal_port1;
  assign _zz_i1_rsp_4 = (i1_replyBoxLate_bypass ? i1_replyBoxLate_written : replyBoxLate_rd0);
  assign _zz_i1_rsp_5 = _zz_i1_rsp_4[5];
  assign _zz_i1_rsp_6 = _zz_i1_rsp_4[4 : 2];
  assign _zz_replyBoxLate_writeRow = _zz_i1_rsp_4[1 : 0];
  assign _zz_replies_rd0 = {i1_context,{((when_ContextRows_l69 && _zz_i1_rsp_5) ? _zz__zz_replies_rd0 : _zz_replyBoxLate_writeRow),(when_ContextRows_l69 ? 3'b101 : _zz__zz_replies_rd0_1)}};
  assign replies_rd0 = replies_spinal_port0;
  assign _zz_replyBoxLate_writeRow_1 = (_zz_i1_rsp_5 ? _zz__zz_replyBoxLate_writeRow_1 : _zz_i1_rsp_6);
  assign when_Transfers_l56 = ((! (stage_rd0[63 : 6] == 58'h0)) && (! (stage_rd0[5 : 1] < 5'h08)));
  assign when_Transfers_l53 = (_zz_when_Transfers_l53 || _zz_when_Transfers_l53_1);
  assign when_Transfers_l54 = (_zz_when_Transfers_l53 && ((! (i1_data[7 : 0] < 8'h08)) || (! (i1_data[11 : 8] < 4'b0100))));
  always @(*) begin
    i1_sendOk = 1'b0;
    if(when_Transfers_l53) begin
      if(!when_Transfers_l54) begin
        if(!when_Transfers_l55) begin
          if(!when_Transfers_l56) begin
            if(!when_Transfers_l57) begin
              if(!i1_inboxFull) begin
                if(!deliveryQueueFull) begin
                  i1_sendOk = 1'b1;
                end
              end
            end
          end
        end
      end
    end
  end

  assign when_Transfers_l55 = ((! _zz_when_Transfers_l53_1) && (! grants_rd0[0]));
  assign when_Transfers_l57 = (! _zz_i1_rsp);
  assign _zz_23 = _zz__zz_23;
  assign _zz_inbox_writeRow_8 = {{_zz_i1_rsp_2,_zz_i1_inboxInService},{(_zz_i1_inboxOccupied | {{(i1_inboxFreeSlot == 2'b11),(i1_inboxFreeSlot == 2'b10)},{(i1_inboxFreeSlot == 2'b01),(i1_inboxFreeSlot == 2'b00)}}),{_zz_inbox_writeRow_1,_zz_inbox_writeRow_2}}};
  always @(*) begin
    i1_replying = 1'b0;
    if(when_Transfers_l67) begin
      if(!when_Transfers_l68) begin
        if(!when_Transfers_l69) begin
          if(!when_Transfers_l70) begin
            i1_replying = 1'b1;
          end
        end
      end
    end
  end

  assign when_Transfers_l68 = (_zz_i1_inboxSelect && (! i1_tokenOk));
  assign when_Transfers_l69 = ((! _zz_i1_inboxSelect) && (! _zz_i1_rsp_2));
  assign when_Transfers_l70 = (! inboxReplyTo_rd0[3]);
  assign replyBoxAtSender_rd0 = replyBoxAtSender_spinal_port1;
  assign _zz_replyBoxLate_writeRow_2 = (i2_replyBoxAtSender_bypass ? i2_replyBoxAtSender_written : replyBoxAtSender_rd0);
  assign _zz_replyBoxLate_writeRow_3 = _zz_replyBoxLate_writeRow_2[4 : 2];
  assign _zz_replyBoxLate_writeRow_4 = _zz_replyBoxLate_writeRow_2[1 : 0];
  assign _zz_copyTargetSlot = (_zz_replyBoxLate_writeRow_4 + _zz__zz_copyTargetSlot);
  always @(*) begin
    i2_replyOk = 1'b0;
    if(i2_replying) begin
      if(!when_Transfers_l80) begin
        if(!deliveryQueueFull) begin
          i2_replyOk = 1'b1;
        end
      end
    end
  end

  assign when_Transfers_l80 = (_zz_replyBoxLate_writeRow_3 == 3'b100);
  assign when_CopyEngine_l72 = (copyStep == copyLast);
  assign when_CopyEngine_l62 = (i1_sendOk || i2_replyOk);
  assign when_DeliveryQueue_l56 = (i1_sendOk || i2_replyOk);
  assign _zz_deliveries_0 = (i2_replyOk ? {i2_replySender,i2_replyTask} : {i1_handlerContext,handlers_rd0});
  assign _zz_29 = ({3'd0,1'b1} <<< _zz__zz_29);
  assign initDone = (! clearing);
  assign cmd_ready = ((((initDone && (! copyActive)) && (! copyWriteValid)) && (! (sweeping || sweepWriting))) && (! hazard));
  always @(posedge clk) begin
    if(reset) begin
      i1_valid <= 1'b0;
      i1_op <= 4'b0000;
      i1_read <= 1'b0;
      i2_reply <= 1'b0;
      i1_control <= 1'b0;
      i2_valid <= 1'b0;
      i2_read <= 1'b0;
      clearing <= 1'b1;
      clearContext <= 3'b000;
      clearStep <= 5'h0;
      controlErrors <= 8'h0;
      i1_errorsLastValid <= 1'b0;
      sweeping <= 1'b0;
      sweepAt <= 5'h0;
      sweepFor <= 3'b000;
      sweepWriting <= 1'b0;
      syscallContext <= 3'b000;
      deliveries_0 <= 67'h0;
      deliveries_1 <= 67'h0;
      deliveries_2 <= 67'h0;
      deliveries_3 <= 67'h0;
      deliveryHead <= 2'b00;
      deliveryCount <= 3'b000;
      deliveryInFlight <= 1'b0;
      copyActive <= 1'b0;
      copyIsReply <= 1'b0;
      copyStep <= 4'b0000;
      copyLast <= 4'b0000;
      copySource <= 3'b000;
      copyTarget <= 3'b000;
      copyTargetSlot <= 2'b00;
      copyWriteValid <= 1'b0;
      copyWriteWord <= 4'b0000;
      copyWriteIsReply <= 1'b0;
      inbox_0 <= 4'b0000;
      inbox_1 <= 4'b0000;
      inbox_2 <= 4'b0000;
      inbox_3 <= 4'b0000;
      inbox_4 <= 4'b0000;
      inbox_5 <= 4'b0000;
      inbox_6 <= 4'b0000;
      inbox_7 <= 4'b0000;
      i1_inboxLate_bypass <= 1'b0;
      i1_replyBoxLate_bypass <= 1'b0;
      i2_answerFromRead <= 1'b0;
      i2_replyBoxAtSender_bypass <= 1'b0;
      i2_replying <= 1'b0;
    end else begin
      i2_reply <= (i1_valid && (i1_op == 4'b1000));
      i1_valid <= when_IpcStages_l94;
      if(when_IpcStages_l94) begin
        i1_op <= cmd_payload_status;
        i1_read <= cmd_payload_read;
      end
      i1_control <= cmd_payload_control;
      i2_valid <= i1_valid;
      i2_read <= i1_read;
      if(clearing) begin
        clearStep <= (clearStep + 5'h01);
        if(when_ClearAfterReset_l43) begin
          clearStep <= 5'h0;
          clearContext <= (clearContext + 3'b001);
          if(when_ClearAfterReset_l46) begin
            clearing <= 1'b0;
          end
        end
      end
      i1_errorsLastValid <= i1_errorsUpdate;
      if(when_ErrorRegister_l63) begin
        controlErrors <= ((when_ErrorRegister_l54 ? _zz_controlErrors : controlErrors) | i1_error);
      end
      if(i1_scrub) begin
        sweeping <= 1'b1;
        sweepAt <= 5'h0;
        sweepFor <= _zz_i1_errorsClearContext;
      end
      if(sweeping) begin
        sweepAt <= (sweepAt + 5'h01);
        if(when_Scrub_l54) begin
          sweeping <= 1'b0;
        end
      end
      sweepWriting <= sweeping;
      if(when_Capabilities_l54) begin
        if(when_Capabilities_l55) begin
          syscallContext <= _zz_syscallContext[2:0];
        end
      end
      if(when_DeliveryQueue_l46) begin
        deliveryHead <= (deliveryHead + 2'b01);
      end
      if(when_DeliveryQueue_l51) begin
        deliveryInFlight <= 1'b1;
      end else begin
        if(deliveries_ack_valid) begin
          deliveryInFlight <= 1'b0;
        end
      end
      copyWriteValid <= copyActive;
      copyWriteWord <= copyReadWord;
      copyWriteIsReply <= copyIsReply;
      if(inbox_write) begin
        if(_zz_11[0]) begin
          inbox_0 <= inbox_writeRow;
        end
        if(_zz_11[1]) begin
          inbox_1 <= inbox_writeRow;
        end
        if(_zz_11[2]) begin
          inbox_2 <= inbox_writeRow;
        end
        if(_zz_11[3]) begin
          inbox_3 <= inbox_writeRow;
        end
        if(_zz_11[4]) begin
          inbox_4 <= inbox_writeRow;
        end
        if(_zz_11[5]) begin
          inbox_5 <= inbox_writeRow;
        end
        if(_zz_11[6]) begin
          inbox_6 <= inbox_writeRow;
        end
        if(_zz_11[7]) begin
          inbox_7 <= inbox_writeRow;
        end
      end
      i1_inboxLate_bypass <= (inboxLate_write && (inboxLate_writeAt == _zz_i1_handlerContext_1));
      i1_replyBoxLate_bypass <= (replyBoxLate_write && (replyBoxLate_writeAt == cmd_payload_context));
      i2_answerFromRead <= ((when_ContextRows_l69 && (_zz_replyBoxLate_writeRow_1 != 3'b000)) || ((i1_valid && (i1_op == 4'b1010)) && _zz_i1_rsp_5));
      i2_replyBoxAtSender_bypass <= (replyBoxLate_write && (replyBoxLate_writeAt == _zz_replyBoxAtSender_rd0));
      i2_replying <= i1_replying;
      if(when_CopyEngine_l62) begin
        copyActive <= 1'b1;
        copyIsReply <= i2_replyOk;
        copyStep <= 4'b0000;
        copyLast <= (i2_replyOk ? 4'b0100 : 4'b1010);
        copySource <= (i2_replyOk ? i2_context : i1_context);
        copyTarget <= (i2_replyOk ? i2_replySender : i1_handlerContext);
        copyTargetSlot <= (i2_replyOk ? _zz_copyTargetSlot : i1_inboxFreeSlot);
      end else begin
        if(copyActive) begin
          copyStep <= (copyStep + 4'b0001);
          if(when_CopyEngine_l72) begin
            copyActive <= 1'b0;
          end
        end
      end
      if(when_DeliveryQueue_l56) begin
        if(_zz_29[0]) begin
          deliveries_0 <= _zz_deliveries_0;
        end
        if(_zz_29[1]) begin
          deliveries_1 <= _zz_deliveries_0;
        end
        if(_zz_29[2]) begin
          deliveries_2 <= _zz_deliveries_0;
        end
        if(_zz_29[3]) begin
          deliveries_3 <= _zz_deliveries_0;
        end
      end
      deliveryCount <= (_zz_deliveryCount - (when_DeliveryQueue_l46 ? 3'b001 : 3'b000));
    end
  end

  always @(posedge clk) begin
    i1_context <= cmd_payload_context;
    i2_context <= i1_context;
    i1_index <= cmd_payload_index;
    i1_data <= cmd_payload_data;
    i2_data <= i1_rsp;
    i1_errorsLastContext <= i1_errorsWriteContext;
    i1_errorsLast <= i1_errorsWriteData;
    i1_handlerContext <= _zz_i1_handlerContext_1;
    i1_handlerChannel <= _zz_i1_handlerChannel;
    i1_inbox <= ((inbox_write && (inbox_writeAt == _zz_i1_handlerContext_1)) ? inbox_writeRow : inbox_i0);
    i1_inboxLate_written <= inboxLate_writeRow;
    inboxSweepWriteAt <= _zz_inboxSweepWriteAt;
    i1_inboxSlot <= _zz_i1_inboxSlot;
    i2_inboxRow <= _zz_inbox_writeRow_6;
    i1_replyBoxLate_written <= replyBoxLate_writeRow;
    i2_replyBoxAtSender_written <= replyBoxLate_writeRow;
    i2_replySender <= _zz_replyBoxAtSender_rd0;
    i2_replyTask <= inbox_rd0;
  end


endmodule

module TaskIntc_ReadyQueueCore (
  input  wire          cmd_valid,
  output wire          cmd_ready,
  input  wire [3:0]    cmd_payload_op,
  input  wire [3:0]    cmd_payload_status,
  input  wire          cmd_payload_control,
  input  wire          cmd_payload_read,
  input  wire [2:0]    cmd_payload_context,
  input  wire [1:0]    cmd_payload_hart,
  input  wire [4:0]    cmd_payload_source,
  input  wire [3:0]    cmd_payload_index,
  input  wire [63:0]   cmd_payload_data,
  output wire          rsp_valid,
  output wire          rsp_payload_fault,
  output wire          rsp_payload_read,
  output wire [63:0]   rsp_payload_data,
  output wire          wakeup_s1OnSource,
  output wire          wakeup_poolFull,
  input  wire [23:0]   wakeup_queryCount,
  input  wire          wakeup_queryLost,
  input  wire          wakeup_queryPending,
  input  wire          wakeup_pick_valid,
  output wire          wakeup_pick_ready,
  input  wire          wakeup_pick_payload_persistent,
  input  wire          wakeup_pick_payload_takesEvent,
  input  wire [4:0]    wakeup_pick_payload_source,
  output wire          wakeup_update_valid,
  output wire [2:0]    wakeup_update_payload_kind,
  output wire          wakeup_update_payload_take,
  output wire          wakeup_update_payload_give,
  output wire          wakeup_update_payload_wakeAll,
  output wire          wakeup_update_payload_persistent,
  output wire          wakeup_update_payload_masked,
  output wire          wakeup_update_payload_handler,
  output wire          wakeup_update_payload_waiting,
  output wire [4:0]    wakeup_update_payload_source,
  output wire [21:0]   wakeup_update_payload_coalesce,
  output wire [4:0]    wakeup_querySource,
  output wire [3:0]    usip,
  output wire [3:0]    ssip,
  output wire          deliveries_ack_valid,
  output wire          deliveries_ack_ok,
  output wire          deliveries_poolFull,
  input  wire          deliveries_task_valid,
  output wire          deliveries_task_ready,
  input  wire [2:0]    deliveries_task_payload_context,
  input  wire [63:0]   deliveries_task_payload_word,
  output wire          removeBusy,
  input  wire          clk,
  input  wire          reset
);

  reg        [0:0]    grants_spinal_port0;
  reg        [18:0]   waitHeads_spinal_port0;
  reg        [66:0]   handlers_spinal_port0;
  reg        [26:0]   waitLists_spinal_port0;
  reg        [31:0]   lists_spinal_port0;
  reg        [7:0]    levelMap_spinal_port1;
  reg        [10:0]   contextCounts_spinal_port0;
  reg        [63:0]   words_spinal_port0;
  reg        [18:0]   links_spinal_port0;
  reg        [5:0]    errors_spinal_port1;
  wire                _zz_grants_port;
  wire                _zz_grants_rd0_1;
  wire       [7:0]    _zz__zz_s1_grantBypass;
  wire       [9:0]    _zz__zz_s1_grantBypass_1;
  wire       [7:0]    _zz_grants_port_1;
  wire       [0:0]    _zz_grants_port_2;
  wire                _zz_grants_port_3;
  wire                _zz_wakeup_pick_ready;
  wire                _zz_wakeup_pick_ready_1;
  wire                _zz_wakeup_pick_ready_2;
  wire                _zz_wakeup_pick_ready_3;
  wire                _zz_wakeup_pick_ready_4;
  wire                _zz_waitLists_port;
  wire                _zz_waitLists_rd0;
  wire       [66:0]   _zz_handlers_port;
  wire                _zz_s1_waitRecordAfter_3;
  wire                _zz_s1_waitRecordAfter_4;
  wire       [0:0]    _zz_s1_waitRecordAfter_5;
  wire       [3:0]    _zz_s1_waitRecordAfter_6;
  wire       [10:0]   _zz_s1_waitRecordAfter_7;
  wire       [10:0]   _zz_s1_waitRecordAfter_8;
  wire       [10:0]   _zz_s1_waitRecordAfter_9;
  wire       [4:0]    _zz_waitLists_port_1;
  wire       [26:0]   _zz_waitLists_port_2;
  wire                _zz_waitLists_port_3;
  wire       [4:0]    _zz_waitHeads_port;
  wire       [18:0]   _zz_waitHeads_port_1;
  wire                _zz_waitHeads_port_2;
  wire       [63:0]   _zz__zz_s0_data;
  wire       [5:0]    _zz__zz_s0_data_1;
  wire                _zz_levelMap_port;
  wire                _zz_levelMap_rd0;
  wire       [0:0]    _zz__zz_levelTop_writeRow_8;
  wire       [0:0]    _zz__zz_levelTop_writeRow_8_1;
  wire       [0:0]    _zz__zz_levelTop_writeRow_8_2;
  wire       [0:0]    _zz__zz_levelTop_writeRow_8_3;
  wire       [0:0]    _zz__zz_levelTop_writeRow_17;
  wire       [0:0]    _zz__zz_levelTop_writeRow_17_1;
  wire       [0:0]    _zz__zz_levelTop_writeRow_17_2;
  wire       [0:0]    _zz__zz_levelTop_writeRow_17_3;
  wire       [4:0]    _zz__zz_s0_level;
  reg        [3:0]    _zz__zz_s1_contextNonEmpty_4;
  wire       [2:0]    _zz__zz_s0_level_1;
  wire       [4:0]    _zz__zz_s0_level_1_1;
  wire       [2:0]    _zz_s0_levelOH;
  wire       [2:0]    _zz_s0_levelOH_1;
  wire       [2:0]    _zz_s0_levelOH_2;
  wire       [2:0]    _zz_s0_levelOH_3;
  wire       [2:0]    _zz_s0_levelOH_4;
  wire       [2:0]    _zz_s0_levelOH_5;
  wire       [2:0]    _zz_s0_levelOH_6;
  wire       [2:0]    _zz_s0_levelOH_7;
  wire                _zz_lists_port;
  wire                _zz_lists_rd0;
  wire                _zz_contextCounts_port;
  wire                _zz_contextCounts_rd0;
  reg        [3:0]    _zz_s1_contextNonEmpty_5;
  wire       [10:0]   _zz_s2_newCount_1;
  wire       [10:0]   _zz_s2_newCount_2;
  wire       [5:0]    _zz_lists_port_1;
  wire       [31:0]   _zz_lists_port_2;
  wire                _zz_lists_port_3;
  wire       [10:0]   _zz_s2_newContextCount_q;
  wire       [10:0]   _zz_s2_newContextCount_q_1;
  wire       [2:0]    _zz_contextCounts_port_1;
  wire       [10:0]   _zz_contextCounts_port_2;
  wire                _zz_contextCounts_port_3;
  wire       [9:0]    _zz_s1_alloc_1;
  wire                _zz_links_port;
  wire                _zz_links_rd0;
  wire                _zz_words_port;
  wire                _zz_words_rd0;
  wire       [9:0]    _zz_links_port_1;
  wire       [18:0]   _zz_links_port_2;
  wire                _zz_links_port_3;
  wire                _zz_errors_port;
  wire                _zz_errors_rd0_1;
  wire       [31:0]   _zz_wakeup_update_payload_coalesce;
  wire       [4:0]    _zz_notifyHart;
  wire       [2:0]    _zz__zz_hartCtx_0;
  wire       [7:0]    _zz__zz_hartCtx_0_1;
  wire       [5:0]    _zz__zz_currentKey_0;
  wire       [4:0]    _zz__zz_currentKey_0_1;
  wire       [4:0]    _zz__zz_s2_preemptHart;
  wire       [0:0]    _zz__zz_notifyPending_6;
  wire       [0:0]    _zz__zz_notifyPending_6_1;
  wire       [0:0]    _zz__zz_notifyPending_6_2;
  wire       [0:0]    _zz__zz_notifyPending_6_3;
  wire                _zz_notifyPending_7;
  wire       [3:0]    _zz_notifyPending_8;
  wire                _zz_notifyPending_9;
  wire       [1:0]    _zz_notifyPending_10;
  wire                _zz_notifyPending_11;
  wire                _zz_notifyPending_12;
  wire       [1:0]    _zz_notifyPending_13;
  wire                _zz_notifyPending_14;
  wire                _zz_notifyPending_15;
  wire       [1:0]    _zz_notifyPending_16;
  wire                _zz_notifyPending_17;
  wire                _zz_notifyPending_18;
  wire       [1:0]    _zz_notifyPending_19;
  wire                _zz_notifyPending_20;
  wire                _zz_notifyPending_21;
  wire                _zz_notifyPending_22;
  wire                _zz_notifyPending_23;
  wire                _zz_notifyPending_24;
  wire                _zz_notifyPending_25;
  wire                _zz_notifyPending_26;
  wire                _zz_notifyPending_27;
  wire                _zz_notifyPending_28;
  wire                _zz_notifyPending_29;
  wire       [0:0]    _zz_usipPending;
  wire       [0:0]    _zz_usipPending_1;
  wire       [0:0]    _zz_usipPending_2;
  wire       [0:0]    _zz_usipPending_3;
  wire       [1:0]    _zz_usipPending_4;
  wire       [1:0]    _zz_usipPending_5;
  wire       [1:0]    _zz_usipPending_6;
  wire       [1:0]    _zz_usipPending_7;
  wire       [10:0]   _zz_removeCount;
  wire       [10:0]   _zz_removeListRecord;
  wire       [10:0]   _zz_cancelRecord;
  wire       [4:0]    _zz__zz_removeList;
  wire       [2:0]    _zz_removeLevelOH;
  wire       [2:0]    _zz_removeLevelOH_1;
  wire       [2:0]    _zz_removeLevelOH_2;
  wire       [2:0]    _zz_removeLevelOH_3;
  wire       [2:0]    _zz_removeLevelOH_4;
  wire       [2:0]    _zz_removeLevelOH_5;
  wire       [2:0]    _zz_removeLevelOH_6;
  wire       [2:0]    _zz_removeLevelOH_7;
  wire       [0:0]    _zz_levelTop_writeRow_25;
  wire       [0:0]    _zz_levelTop_writeRow_26;
  wire       [0:0]    _zz_levelTop_writeRow_27;
  wire       [0:0]    _zz_levelTop_writeRow_28;
  wire       [10:0]   _zz_s1_status_value;
  wire       [10:0]   _zz_s1_status_value_1;
  wire       [10:0]   _zz_s1_status_value_2;
  reg        [63:0]   _zz_s2_rsp_data_1;
  reg        [3:0]    _zz__zz_s2_rsp_data;
  wire       [31:0]   _zz_s2_rsp_data_2;
  wire       [63:0]   _zz_rsp_payload_data;
  wire                walkActive;
  wire                cancelHoldsPicks;
  wire       [4:0]    walkSource;
  reg                 walkClearsWaiting;
  wire                walkIsCancel;
  wire       [2:0]    walkContextAt;
  wire                initDone;
  reg                 slot_valid;
  reg        [4:0]    slot_source;
  reg                 slot_persistent;
  reg                 slot_takesEvent;
  reg                 slotNext_valid;
  reg        [4:0]    slotNext_source;
  reg                 slotNext_persistent;
  reg                 slotNext_takesEvent;
  wire                pickFires;
  wire       [4:0]    pickSource;
  wire                s0_fire;
  wire                removeStart;
  wire                cancelStart;
  wire                walkStart;
  wire                takeInternal;
  wire                takeSlot;
  wire                s0_cancelQuiet;
  wire       [3:0]    s0_op;
  wire       [2:0]    s0_context;
  wire       [63:0]   s0_data;
  wire       [4:0]    s0_source;
  wire                _zz_s0_busSource;
  wire                _zz_cmd_ready;
  wire       [4:0]    s0_busSource;
  wire       [2:0]    s0_level;
  wire       [5:0]    s0_list;
  wire       [7:0]    s0_levelOH;
  wire                s0_priorityOk;
  wire                s0_busPriorityOk;
  wire                s0_pointerNull;
  reg                 s1_valid;
  reg        [3:0]    s1_op;
  reg        [2:0]    s1_context;
  reg        [5:0]    s1_list;
  reg        [7:0]    s1_levelOH;
  reg        [4:0]    s1_source;
  reg        [3:0]    s1_status;
  reg        [1:0]    s1_hart;
  reg        [63:0]   s1_data;
  reg                 s1_internal;
  reg                 s1_control;
  reg                 s1_read;
  wire                s1_listNonEmpty;
  reg                 s1_priorityOk;
  reg                 s1_takesEvent;
  reg        [9:0]    s1_moved;
  wire                _zz_s1_atHead;
  wire                _zz_s1_atHead_1;
  wire                _zz_when_ErrorRegisters_l54;
  wire                _zz_s1_listNonEmpty;
  wire                _zz_s1_alloc;
  wire                _zz_s1_countTake;
  wire                _zz_deliveries_ack_valid;
  wire                _zz_s1_configOk;
  wire                _zz_errors_writeRow;
  reg                 s1_pointerNull;
  wire                _zz_s1_setHandler;
  wire       [8:0]    _zz_s2_routing;
  wire                s1_poolFull;
  wire       [9:0]    s1_alloc;
  wire                s1_granted;
  wire                s1_setHandler;
  wire                s1_waitTakesPending;
  wire                s1_waitAppends;
  wire                s1_readyInsert;
  wire                s1_allocates;
  wire                s1_dequeueOk;
  wire                s1_atHead;
  wire                s1_configOk;
  reg                 s2_valid;
  reg        [3:0]    s2_op;
  reg        [3:0]    s2_status;
  reg        [1:0]    s2_hart;
  reg        [2:0]    s2_context;
  reg        [63:0]   s2_data;
  reg                 s2_read;
  reg                 s2_internal;
  reg        [4:0]    s2_source;
  reg                 s2_dequeueOk;
  wire                when_StatusReads_l47;
  wire       [18:0]   s2_next;
  reg        [8:0]    initSweep;
  wire                initializing;
  wire       [7:0]    _zz_1;
  wire       [7:0]    _zz_grants_rd0;
  wire       [0:0]    grants_rd0;
  reg                 s1_grantInRange;
  wire       [2:0]    _zz_s1_grantBypass;
  wire       [4:0]    _zz_s1_grantBypass_1;
  wire       [0:0]    _zz_s1_grantBypassAllow;
  wire                s1_grantWrites;
  reg                 s1_grantBypass;
  reg                 s1_grantBypassAllow;
  wire                when_WaitTable_l122;
  wire                slotLoads;
  wire       [4:0]    _zz_slot_source;
  wire       [4:0]    _zz_waitHeads_rd0;
  wire                _zz_waitHeads_rd0_1;
  wire       [18:0]   waitHeads_rd0;
  wire       [66:0]   handlers_rd0;
  wire                when_WaitTable_l117;
  wire                s1_writesWait;
  reg                 s2_writesWait;
  wire       [26:0]   waitLists_rd0;
  reg                 s1_waitBypassS2;
  reg                 s1_waitBypassW;
  reg        [26:0]   s2_newWait;
  reg        [26:0]   w_wait;
  wire       [26:0]   s1_wait_record;
  wire       [9:0]    _zz_s1_waitRecordAfter;
  wire       [10:0]   _zz_s1_waitRecordAfter_1;
  wire       [4:0]    s1_waitModes;
  wire                s1_waiting;
  wire                _zz_s1_setHandler_1;
  wire       [31:0]   s1_sourceStatus;
  wire                _zz_s1_setHandler_2;
  wire                s1_configuresSource;
  wire                _zz_s2_linkEnable;
  reg                 s2_wake;
  reg                 s2_appendToEmpty;
  reg        [9:0]    s2_alloc;
  reg        [8:0]    s2_routing;
  wire       [3:0]    _zz_s1_waitRecordAfter_2;
  wire       [26:0]   s1_waitRecordAfter;
  reg                 cancelHeadWrite;
  reg                 cancelRecordWrite;
  wire       [18:0]   cancelHead;
  wire       [26:0]   cancelRecord;
  wire       [4:0]    _zz_8;
  wire                _zz_s0_fire;
  wire                _zz_cmd_ready_1;
  wire                busOnSlotSource;
  wire                _zz_cmd_ready_2;
  wire                _zz_takeInternal;
  reg                 slotWentLast;
  reg                 deliverWentLast;
  wire                slotFirst;
  wire                takeDeliver;
  wire                when_Intake_l81;
  reg                 cancelWaited;
  wire       [2:0]    _zz_s0_context;
  wire       [63:0]   _zz_s0_data;
  reg                 levelMap_write;
  reg        [2:0]    levelMap_writeAt;
  reg        [7:0]    levelMap_writeRow;
  reg        [3:0]    levelTop_0;
  reg        [3:0]    levelTop_1;
  reg        [3:0]    levelTop_2;
  reg        [3:0]    levelTop_3;
  reg        [3:0]    levelTop_4;
  reg        [3:0]    levelTop_5;
  reg        [3:0]    levelTop_6;
  reg        [3:0]    levelTop_7;
  reg                 levelTop_write;
  reg        [2:0]    levelTop_writeAt;
  reg        [3:0]    levelTop_writeRow;
  wire       [7:0]    _zz_12;
  reg                 s1_contextNonEmpty;
  wire       [7:0]    levelMap_rd0;
  reg                 s1_levelMap_bypass;
  reg        [7:0]    s1_levelMap_written;
  wire       [7:0]    s1_levels;
  wire       [7:0]    _zz_levelMap_writeRow;
  wire       [7:0]    _zz_levelMap_writeRow_1;
  wire                _zz_levelTop_writeRow;
  wire                _zz_levelTop_writeRow_1;
  wire                _zz_levelTop_writeRow_2;
  wire                _zz_levelTop_writeRow_3;
  wire                _zz_levelTop_writeRow_4;
  wire                _zz_levelTop_writeRow_5;
  wire                _zz_levelTop_writeRow_6;
  wire                _zz_levelTop_writeRow_7;
  wire       [2:0]    _zz_levelTop_writeRow_8;
  wire                _zz_levelTop_writeRow_9;
  wire                _zz_levelTop_writeRow_10;
  wire                _zz_levelTop_writeRow_11;
  wire                _zz_levelTop_writeRow_12;
  wire                _zz_levelTop_writeRow_13;
  wire                _zz_levelTop_writeRow_14;
  wire                _zz_levelTop_writeRow_15;
  wire                _zz_levelTop_writeRow_16;
  wire       [2:0]    _zz_levelTop_writeRow_17;
  wire                s1_setLevel;
  wire                s1_clearLevel;
  reg        [5:0]    s2_list;
  wire                _zz_s1_contextNonEmpty;
  wire       [2:0]    _zz_s0_level;
  wire       [5:0]    _zz_s1_bypassS2;
  wire                _zz_s1_contextNonEmpty_1;
  wire                _zz_s1_contextNonEmpty_2;
  wire                _zz_s1_contextNonEmpty_3;
  wire       [3:0]    _zz_s1_contextNonEmpty_4;
  wire       [2:0]    _zz_s0_level_1;
  wire       [5:0]    _zz_s1_bypassS2_1;
  wire                _zz_s0_priorityOk;
  wire       [2:0]    _zz_s0_level_2;
  wire       [31:0]   lists_rd0;
  wire       [10:0]   contextCounts_rd0;
  wire                s1_writesList;
  reg                 s2_writesList;
  reg                 s1_bypassS2;
  reg                 s1_bypassW;
  reg                 s1_countBypassS2;
  reg                 s1_countBypassW;
  wire       [31:0]   s2_newList;
  reg        [31:0]   w_list;
  wire       [31:0]   s1_list_record;
  wire       [10:0]   _zz_s2_newCount;
  wire       [9:0]    _zz_s2_newTail;
  wire       [9:0]    _zz_s2_newHead;
  wire       [10:0]   s2_newContextCount;
  reg        [10:0]   w_contextCount;
  wire       [10:0]   s1_contextCount;
  wire                when_LevelLists_l200;
  wire                when_LevelLists_l200_1;
  reg        [9:0]    s2_newHead;
  reg        [9:0]    s2_newTail;
  reg        [10:0]   s2_newCount;
  reg                 s2_newOne;
  reg                 removeListWrite;
  wire       [5:0]    removeListAddr;
  wire       [31:0]   removeListRecord;
  reg        [10:0]   s2_newContextCount_q;
  wire       [10:0]   removeCount;
  wire                _zz_s1_readyInsert;
  wire                _zz_s1_readyInsert_1;
  reg        [10:0]   used;
  reg                 poolFull;
  reg        [10:0]   fresh;
  reg        [9:0]    freeHead;
  reg                 s2_allocFromFreeList;
  reg        [9:0]    s2_head;
  wire                s1_fromFreeList;
  wire       [9:0]    s1_freeHead;
  wire       [9:0]    removeReadAddr;
  wire       [9:0]    s1_linkReadAddr;
  wire       [9:0]    s1_wordReadAddr;
  wire       [18:0]   links_rd0;
  wire       [63:0]   words_rd0;
  wire                s2_linkWriteEnable;
  wire       [9:0]    s2_linkWriteAddr;
  wire       [18:0]   s2_linkWriteData;
  wire                when_TaskPool_l82;
  reg                 s2_linkEnable;
  reg        [9:0]    s2_linkAddr;
  reg        [18:0]   s2_linkData;
  reg                 s2_linkBypass;
  reg        [18:0]   s2_linkBypassData;
  reg                 removeLinkWrite;
  wire       [9:0]    removeLinkAddr;
  wire       [18:0]   removeLinkData;
  wire                when_TaskPool_l104;
  wire                when_TaskPool_l105;
  reg                 errors_write;
  reg        [2:0]    errors_writeAt;
  reg        [5:0]    errors_writeRow;
  reg        [5:0]    controlError;
  reg        [5:0]    s1_error;
  wire                when_ErrorRegisters_l54;
  wire                when_ErrorRegisters_l55;
  wire                when_ErrorRegisters_l56;
  wire                when_ErrorRegisters_l58;
  reg                 s1_configRefused;
  wire       [9:0]    _zz_s1_configRefused;
  wire                _zz_s1_configRefused_1;
  wire       [5:0]    _zz_errors_writeRow_1;
  wire       [5:0]    _zz_errors_writeRow_2;
  wire                _zz_errors_writeRow_3;
  wire       [2:0]    _zz_errors_rd0;
  wire       [5:0]    errors_rd0;
  reg                 s1_contextError_bypass;
  reg        [5:0]    s1_contextError_written;
  wire       [5:0]    s1_contextError;
  wire                when_ErrorRegisters_l86;
  wire                when_ErrorRegisters_l88;
  reg        [2:0]    s1_gatewayKind;
  wire                when_SourceUpdates_l29;
  wire                when_SourceUpdates_l30;
  wire                when_SourceUpdates_l33;
  wire                s1_countTake;
  wire                s1_countGive;
  wire       [26:0]   _zz_wakeup_update_payload_waiting;
  wire       [4:0]    _zz_wakeup_update_payload_wakeAll;
  reg        [63:0]   currentTask_0;
  reg        [63:0]   currentTask_1;
  reg        [63:0]   currentTask_2;
  reg        [63:0]   currentTask_3;
  reg        [3:0]    currentContext_0;
  reg        [3:0]    currentContext_1;
  reg        [3:0]    currentContext_2;
  reg        [3:0]    currentContext_3;
  wire       [63:0]   _zz_currentTask_0;
  wire                when_CurrentTasks_l28;
  wire       [3:0]    _zz_24;
  wire       [3:0]    _zz_25;
  wire       [3:0]    _zz_currentContext_0;
  reg        [3:0]    hartCtx_0;
  reg        [3:0]    hartCtx_1;
  reg        [3:0]    hartCtx_2;
  reg        [3:0]    hartCtx_3;
  reg        [1:0]    notifyHart;
  wire                when_Preemption_l51;
  wire                when_Preemption_l52;
  wire       [3:0]    _zz_26;
  wire       [3:0]    _zz_hartCtx_0;
  reg                 s2_readyInsert;
  reg        [7:0]    notifyPending;
  reg        [3:0]    usipPending;
  wire       [31:0]   s2_notify_value;
  reg        [5:0]    currentKey_0;
  reg        [5:0]    currentKey_1;
  reg        [5:0]    currentKey_2;
  reg        [5:0]    currentKey_3;
  wire                when_Preemption_l66;
  wire       [3:0]    _zz_27;
  wire       [5:0]    _zz_currentKey_0;
  wire       [5:0]    _zz_s2_preemptHart;
  wire                s2_wakeDecision;
  wire                _zz_s2_notifyKernel;
  wire       [5:0]    _zz_s2_victimHart;
  wire                _zz_s2_preemptHart_1;
  wire                _zz_s2_notifyKernel_1;
  wire       [5:0]    _zz_s2_victimHart_1;
  wire                _zz_s2_preemptHart_2;
  wire                _zz_s2_notifyKernel_2;
  wire       [5:0]    _zz_s2_victimHart_2;
  wire                _zz_s2_preemptHart_3;
  wire                _zz_s2_notifyKernel_3;
  wire       [5:0]    _zz_s2_victimHart_3;
  wire                _zz_s2_preemptHart_4;
  wire                _zz_s2_victimHart_4;
  wire                _zz_s2_preemptHart_5;
  wire                _zz_s2_victimHart_5;
  wire                _zz_s2_preemptHart_6;
  wire                s2_notifyKernel;
  wire                s2_preemptHart;
  wire       [1:0]    s2_victimHart;
  wire                _zz_notifyPending;
  wire                _zz_notifyPending_1;
  wire                _zz_notifyPending_2;
  wire                _zz_notifyPending_3;
  wire                _zz_notifyPending_4;
  wire                _zz_notifyPending_5;
  wire       [2:0]    _zz_notifyPending_6;
  reg        [2:0]    walkState;
  reg                 walkCancel;
  reg        [4:0]    walkSourceReg;
  reg        [5:0]    removeList;
  reg        [2:0]    walkContext;
  reg        [63:0]   walkWord;
  reg                 walkRead;
  reg        [9:0]    walkCur;
  reg        [2:0]    walkCurContext;
  reg        [4:0]    walkModes;
  reg        [9:0]    walkPrev;
  reg        [9:0]    walkPrev2;
  reg        [18:0]   walkNext;
  reg        [9:0]    walkHead;
  reg        [9:0]    walkTail;
  reg        [10:0]   walkCount;
  reg        [10:0]   removeContextCount;
  reg        [5:0]    walkError;
  reg        [7:0]    removeLevelOH;
  reg        [7:0]    removeLevels;
  wire       [9:0]    _zz_removeReadAddr;
  wire                when_ListWalker_l104;
  wire       [2:0]    _zz_removeList;
  wire                when_ListWalker_l124;
  wire                when_ListWalker_l138;
  wire                when_ListWalker_l141;
  wire       [9:0]    _zz_walkCur;
  wire                when_ListWalker_l211;
  wire                when_ListWalker_l157;
  wire                when_ListWalker_l160;
  wire                when_LevelLists_l200_2;
  wire       [7:0]    _zz_levelMap_writeRow_2;
  wire                _zz_levelTop_writeRow_18;
  wire                _zz_levelTop_writeRow_19;
  wire                _zz_levelTop_writeRow_20;
  wire                _zz_levelTop_writeRow_21;
  wire                _zz_levelTop_writeRow_22;
  wire                _zz_levelTop_writeRow_23;
  wire                _zz_levelTop_writeRow_24;
  wire                when_ListWalker_l190;
  wire                _zz_rsp_valid;
  reg        [63:0]   s1_status_value;
  wire                when_StatusReads_l33;
  reg        [63:0]   s2_status_value;
  reg        [63:0]   s2_rsp_data;
  wire                _zz_when_StatusReads_l49;
  wire       [3:0]    _zz_s2_rsp_data;
  wire                when_StatusReads_l48;
  wire                when_StatusReads_l49;
  wire                when_StatusReads_l51;
  wire                when_StatusReads_l55;
  wire                when_StatusReads_l56;
  reg [0:0] grants [0:255];
  reg [18:0] waitHeads [0:31];
  reg [66:0] handlers [0:31];
  reg [26:0] waitLists [0:31];
  reg [31:0] lists [0:63];
  (* ram_style = "logic" *) reg [7:0] levelMap [0:7];
  (* ram_style = "logic" *) reg [10:0] contextCounts [0:7];
  reg [63:0] words [0:1023];
  reg [18:0] links [0:1023];
  (* ram_style = "logic" *) reg [5:0] errors [0:7];

  assign _zz__zz_s1_grantBypass = s1_data[23 : 16];
  assign _zz__zz_s1_grantBypass_1 = s1_data[9 : 0];
  assign _zz_s1_waitRecordAfter_7 = (_zz_s1_waitRecordAfter_1 - 11'h001);
  assign _zz_s1_waitRecordAfter_9 = (_zz_s1_waitRecordAfter_1 + 11'h001);
  assign _zz__zz_s0_data_1 = waitHeads_rd0[15 : 10];
  assign _zz__zz_s0_data = {58'd0, _zz__zz_s0_data_1};
  assign _zz__zz_s0_level = _zz_s0_data[5 : 1];
  assign _zz__zz_s0_level_1_1 = cmd_payload_data[5 : 1];
  assign _zz__zz_s0_level_1 = _zz__zz_s0_level_1_1[2:0];
  assign _zz_s2_newCount_1 = (_zz_s2_newCount - 11'h001);
  assign _zz_s2_newCount_2 = (_zz_s2_newCount + 11'h001);
  assign _zz_s2_newContextCount_q = (s1_contextCount - 11'h001);
  assign _zz_s2_newContextCount_q_1 = (s1_contextCount + 11'h001);
  assign _zz_s1_alloc_1 = fresh[9:0];
  assign _zz_wakeup_update_payload_coalesce = s1_data[31:0];
  assign _zz_notifyHart = s1_data[4 : 0];
  assign _zz__zz_hartCtx_0_1 = s1_data[7 : 0];
  assign _zz__zz_hartCtx_0 = _zz__zz_hartCtx_0_1[2:0];
  assign _zz__zz_currentKey_0_1 = _zz_currentTask_0[5 : 1];
  assign _zz__zz_currentKey_0 = {1'd0, _zz__zz_currentKey_0_1};
  assign _zz__zz_s2_preemptHart = s2_data[5 : 1];
  assign _zz_removeCount = (removeContextCount - 11'h001);
  assign _zz_removeListRecord = (walkCount - 11'h001);
  assign _zz_cancelRecord = (walkCount - 11'h001);
  assign _zz__zz_removeList = cmd_payload_data[5 : 1];
  assign _zz_s1_status_value = s1_contextCount;
  assign _zz_s1_status_value_1 = _zz_s1_status_value_2;
  assign _zz_s1_status_value_2 = (11'h400 - used);
  assign _zz_s2_rsp_data_2 = {_zz_s2_rsp_data[3],{28'h0,_zz_s2_rsp_data[2 : 0]}};
  assign _zz_rsp_payload_data = {58'd0, walkError};
  assign _zz_grants_rd0_1 = 1'b1;
  assign _zz_grants_port_1 = (initializing ? _zz_1 : {_zz_s1_grantBypass,_zz_s1_grantBypass_1});
  assign _zz_grants_port_2 = (initializing ? 1'b0 : _zz_s1_grantBypassAllow);
  assign _zz_grants_port_3 = (initializing || s1_grantWrites);
  assign _zz_waitHeads_port = (walkActive ? walkSource : s2_source);
  assign _zz_waitHeads_port_1 = (walkActive ? cancelHead : (s2_wake ? s2_next : {s2_routing,s2_alloc}));
  assign _zz_waitHeads_port_2 = ((s2_valid && (s2_wake || s2_appendToEmpty)) || cancelHeadWrite);
  assign _zz_handlers_port = {s1_context,s1_data};
  assign _zz_waitLists_rd0 = 1'b1;
  assign _zz_waitLists_port_1 = (initializing ? _zz_8 : (walkActive ? walkSource : s2_source));
  assign _zz_waitLists_port_2 = (initializing ? {{1'b0,{4'b0000,(_zz_8 < 5'h08)}},{11'h0,10'h0}} : (walkActive ? cancelRecord : s2_newWait));
  assign _zz_waitLists_port_3 = ((initializing || (s2_valid && s2_writesWait)) || cancelRecordWrite);
  assign _zz_lists_rd0 = 1'b1;
  assign _zz_lists_port_1 = (walkActive ? removeListAddr : s2_list);
  assign _zz_lists_port_2 = (walkActive ? removeListRecord : s2_newList);
  assign _zz_lists_port_3 = ((s2_valid && s2_writesList) || removeListWrite);
  assign _zz_levelMap_rd0 = 1'b1;
  assign _zz_contextCounts_rd0 = 1'b1;
  assign _zz_contextCounts_port_1 = (walkActive ? walkContextAt : s2_context);
  assign _zz_contextCounts_port_2 = (walkActive ? removeCount : s2_newContextCount);
  assign _zz_contextCounts_port_3 = ((s2_valid && s2_writesList) || removeListWrite);
  assign _zz_words_rd0 = 1'b1;
  assign _zz_links_rd0 = 1'b1;
  assign _zz_links_port_1 = (walkActive ? removeLinkAddr : s2_linkWriteAddr);
  assign _zz_links_port_2 = (walkActive ? removeLinkData : s2_linkWriteData);
  assign _zz_links_port_3 = (s2_linkWriteEnable || removeLinkWrite);
  assign _zz_errors_rd0_1 = 1'b1;
  assign _zz_wakeup_pick_ready = (slot_source == wakeup_pick_payload_source);
  assign _zz_wakeup_pick_ready_1 = (slotNext_source == wakeup_pick_payload_source);
  assign _zz_wakeup_pick_ready_2 = ((((s1_op == 4'b0111) || (s1_op == 4'b1001)) || (s1_op == 4'b1010)) || (s1_op == 4'b1000));
  assign _zz_wakeup_pick_ready_3 = (((s2_op == 4'b0111) || (s2_op == 4'b1001)) || (s2_op == 4'b1010));
  assign _zz_wakeup_pick_ready_4 = (s2_op == 4'b1000);
  assign _zz_s1_waitRecordAfter_3 = (! (_zz_s1_alloc && (_zz_s1_waitRecordAfter_1 == 11'h001)));
  assign _zz_s1_waitRecordAfter_4 = (s1_waitModes[4] && _zz_s1_waitRecordAfter_2[2]);
  assign _zz_s1_waitRecordAfter_5 = 1'b1;
  assign _zz_s1_waitRecordAfter_6 = s1_waitModes[3 : 0];
  assign _zz_s1_waitRecordAfter_8 = (s1_waiting ? _zz_s1_waitRecordAfter_9 : 11'h001);
  assign _zz__zz_levelTop_writeRow_8 = (! _zz_levelTop_writeRow);
  assign _zz__zz_levelTop_writeRow_8_1 = (! _zz_levelTop_writeRow_1);
  assign _zz__zz_levelTop_writeRow_8_2 = (! _zz_levelTop_writeRow_2);
  assign _zz__zz_levelTop_writeRow_8_3 = (! _zz_levelTop_writeRow_3);
  assign _zz__zz_levelTop_writeRow_17 = (! _zz_levelTop_writeRow_9);
  assign _zz__zz_levelTop_writeRow_17_1 = (! _zz_levelTop_writeRow_10);
  assign _zz__zz_levelTop_writeRow_17_2 = (! _zz_levelTop_writeRow_11);
  assign _zz__zz_levelTop_writeRow_17_3 = (! _zz_levelTop_writeRow_12);
  assign _zz_s0_levelOH = 3'b111;
  assign _zz_s0_levelOH_1 = 3'b110;
  assign _zz_s0_levelOH_2 = 3'b101;
  assign _zz_s0_levelOH_3 = 3'b100;
  assign _zz_s0_levelOH_4 = 3'b011;
  assign _zz_s0_levelOH_5 = 3'b010;
  assign _zz_s0_levelOH_6 = 3'b001;
  assign _zz_s0_levelOH_7 = 3'b000;
  assign _zz__zz_notifyPending_6 = (! _zz_notifyPending);
  assign _zz__zz_notifyPending_6_1 = (! _zz_notifyPending_1);
  assign _zz__zz_notifyPending_6_2 = (! _zz_notifyPending_2);
  assign _zz__zz_notifyPending_6_3 = (! notifyPending[6]);
  assign _zz_notifyPending_7 = (s2_valid && (s2_op == _zz_notifyPending_8));
  assign _zz_notifyPending_9 = (s2_status == 4'b1000);
  assign _zz_notifyPending_10 = {_zz_notifyPending_11,_zz_notifyPending_12};
  assign _zz_notifyPending_13 = {_zz_notifyPending_14,_zz_notifyPending_15};
  assign _zz_notifyPending_16 = {_zz_notifyPending_17,_zz_notifyPending_18};
  assign _zz_notifyPending_19 = {_zz_notifyPending_20,_zz_notifyPending_21};
  assign _zz_notifyPending_22 = (s2_context == 3'b111);
  assign _zz_notifyPending_23 = (s2_context == 3'b110);
  assign _zz_notifyPending_24 = (s2_context == 3'b101);
  assign _zz_notifyPending_25 = (s2_context == 3'b100);
  assign _zz_notifyPending_26 = (s2_context == 3'b011);
  assign _zz_notifyPending_27 = (s2_context == 3'b010);
  assign _zz_notifyPending_28 = (s2_context == 3'b001);
  assign _zz_notifyPending_29 = (s2_context == 3'b000);
  assign _zz_notifyPending_8 = 4'b0100;
  assign _zz_notifyPending_11 = (_zz_notifyPending_6 == 3'b111);
  assign _zz_notifyPending_12 = (_zz_notifyPending_6 == 3'b110);
  assign _zz_notifyPending_14 = (_zz_notifyPending_6 == 3'b101);
  assign _zz_notifyPending_15 = (_zz_notifyPending_6 == 3'b100);
  assign _zz_notifyPending_17 = (_zz_notifyPending_6 == 3'b011);
  assign _zz_notifyPending_18 = (_zz_notifyPending_6 == 3'b010);
  assign _zz_notifyPending_20 = (_zz_notifyPending_6 == 3'b001);
  assign _zz_notifyPending_21 = (_zz_notifyPending_6 == 3'b000);
  assign _zz_usipPending = (s2_hart == 2'b11);
  assign _zz_usipPending_1 = (s2_hart == 2'b10);
  assign _zz_usipPending_2 = (s2_hart == 2'b01);
  assign _zz_usipPending_3 = (s2_hart == 2'b00);
  assign _zz_usipPending_4 = 2'b11;
  assign _zz_usipPending_5 = 2'b10;
  assign _zz_usipPending_6 = 2'b01;
  assign _zz_usipPending_7 = 2'b00;
  assign _zz_removeLevelOH = 3'b111;
  assign _zz_removeLevelOH_1 = 3'b110;
  assign _zz_removeLevelOH_2 = 3'b101;
  assign _zz_removeLevelOH_3 = 3'b100;
  assign _zz_removeLevelOH_4 = 3'b011;
  assign _zz_removeLevelOH_5 = 3'b010;
  assign _zz_removeLevelOH_6 = 3'b001;
  assign _zz_removeLevelOH_7 = 3'b000;
  assign _zz_levelTop_writeRow_25 = (! _zz_levelTop_writeRow_18);
  assign _zz_levelTop_writeRow_26 = (! _zz_levelTop_writeRow_19);
  assign _zz_levelTop_writeRow_27 = (! _zz_levelTop_writeRow_20);
  assign _zz_levelTop_writeRow_28 = (! _zz_levelTop_writeRow_21);
  always @(posedge clk) begin
    if(_zz_grants_rd0_1) begin
      grants_spinal_port0 <= grants[_zz_grants_rd0];
    end
  end

  always @(posedge clk) begin
    if(_zz_grants_port_3) begin
      grants[_zz_grants_port_1] <= _zz_grants_port_2;
    end
  end

  always @(posedge clk) begin
    if(_zz_waitHeads_rd0_1) begin
      waitHeads_spinal_port0 <= waitHeads[_zz_waitHeads_rd0];
    end
  end

  always @(posedge clk) begin
    if(_zz_waitHeads_port_2) begin
      waitHeads[_zz_waitHeads_port] <= _zz_waitHeads_port_1;
    end
  end

  always @(posedge clk) begin
    if(slotLoads) begin
      handlers_spinal_port0 <= handlers[_zz_slot_source];
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
    if(_zz_waitLists_port_3) begin
      waitLists[_zz_waitLists_port_1] <= _zz_waitLists_port_2;
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
    if(levelMap_write) begin
      levelMap[levelMap_writeAt] <= levelMap_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_levelMap_rd0) begin
      levelMap_spinal_port1 <= levelMap[s0_context];
    end
  end

  always @(posedge clk) begin
    if(_zz_contextCounts_rd0) begin
      contextCounts_spinal_port0 <= contextCounts[s0_context];
    end
  end

  always @(posedge clk) begin
    if(_zz_contextCounts_port_3) begin
      contextCounts[_zz_contextCounts_port_1] <= _zz_contextCounts_port_2;
    end
  end

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
    if(errors_write) begin
      errors[errors_writeAt] <= errors_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_errors_rd0_1) begin
      errors_spinal_port1 <= errors[_zz_errors_rd0];
    end
  end

  always @(*) begin
    case(cmd_payload_context)
      3'b000 : _zz__zz_s1_contextNonEmpty_4 = levelTop_0;
      3'b001 : _zz__zz_s1_contextNonEmpty_4 = levelTop_1;
      3'b010 : _zz__zz_s1_contextNonEmpty_4 = levelTop_2;
      3'b011 : _zz__zz_s1_contextNonEmpty_4 = levelTop_3;
      3'b100 : _zz__zz_s1_contextNonEmpty_4 = levelTop_4;
      3'b101 : _zz__zz_s1_contextNonEmpty_4 = levelTop_5;
      3'b110 : _zz__zz_s1_contextNonEmpty_4 = levelTop_6;
      default : _zz__zz_s1_contextNonEmpty_4 = levelTop_7;
    endcase
  end

  always @(*) begin
    case(_zz_s0_context)
      3'b000 : _zz_s1_contextNonEmpty_5 = levelTop_0;
      3'b001 : _zz_s1_contextNonEmpty_5 = levelTop_1;
      3'b010 : _zz_s1_contextNonEmpty_5 = levelTop_2;
      3'b011 : _zz_s1_contextNonEmpty_5 = levelTop_3;
      3'b100 : _zz_s1_contextNonEmpty_5 = levelTop_4;
      3'b101 : _zz_s1_contextNonEmpty_5 = levelTop_5;
      3'b110 : _zz_s1_contextNonEmpty_5 = levelTop_6;
      default : _zz_s1_contextNonEmpty_5 = levelTop_7;
    endcase
  end

  always @(*) begin
    case(s2_hart)
      2'b00 : begin
        _zz_s2_rsp_data_1 = currentTask_0;
        _zz__zz_s2_rsp_data = currentContext_0;
      end
      2'b01 : begin
        _zz_s2_rsp_data_1 = currentTask_1;
        _zz__zz_s2_rsp_data = currentContext_1;
      end
      2'b10 : begin
        _zz_s2_rsp_data_1 = currentTask_2;
        _zz__zz_s2_rsp_data = currentContext_2;
      end
      default : begin
        _zz_s2_rsp_data_1 = currentTask_3;
        _zz__zz_s2_rsp_data = currentContext_3;
      end
    endcase
  end

  assign deliveries_poolFull = wakeup_poolFull;
  assign _zz_s0_busSource = (cmd_payload_op == 4'b1000);
  assign _zz_cmd_ready = (_zz_s0_busSource || (cmd_payload_op == 4'b0111));
  assign s0_busSource = (_zz_s0_busSource ? cmd_payload_data[4 : 0] : cmd_payload_source);
  assign _zz_s1_atHead = (s1_op == 4'b0000);
  assign _zz_s1_atHead_1 = (s1_op == 4'b0001);
  assign _zz_when_ErrorRegisters_l54 = (_zz_s1_atHead || _zz_s1_atHead_1);
  assign _zz_s1_listNonEmpty = (s1_op == 4'b0010);
  assign _zz_s1_alloc = (s1_valid && (s1_op == 4'b1001));
  assign _zz_s1_countTake = (s1_valid && (s1_op == 4'b1010));
  assign _zz_deliveries_ack_valid = (s1_valid && (s1_op == 4'b1100));
  assign _zz_s1_configOk = (s1_valid && (s1_op == 4'b1000));
  assign _zz_errors_writeRow = (s1_valid && (s1_op == 4'b0100));
  assign _zz_s1_setHandler = (s1_priorityOk && (! s1_pointerNull));
  assign _zz_s2_routing = {s1_context,s1_data[5 : 0]};
  assign when_StatusReads_l47 = (s2_op == 4'b0010);
  assign initializing = (! initSweep[8]);
  assign _zz_1 = initSweep[7:0];
  assign _zz_grants_rd0 = {cmd_payload_context,s0_busSource};
  assign grants_rd0 = grants_spinal_port0;
  assign _zz_s1_grantBypass = _zz__zz_s1_grantBypass[2:0];
  assign _zz_s1_grantBypass_1 = _zz__zz_s1_grantBypass_1[4:0];
  assign _zz_s1_grantBypassAllow = s1_data[31 : 31];
  assign s1_grantWrites = (((_zz_s1_configOk && (! s1_internal)) && (s1_status == 4'b0000)) && s1_grantInRange);
  assign s1_granted = (s1_grantBypass ? s1_grantBypassAllow : grants_rd0[0]);
  assign initDone = (! initializing);
  assign wakeup_pick_ready = (((! slotNext_valid) && (! cancelHoldsPicks)) && (! ((((slot_valid && _zz_wakeup_pick_ready) || (slotNext_valid && _zz_wakeup_pick_ready_1)) || ((s1_valid && _zz_wakeup_pick_ready_2) && (s1_source == wakeup_pick_payload_source))) || ((s2_valid && (_zz_wakeup_pick_ready_3 || _zz_wakeup_pick_ready_4)) && (s2_source == wakeup_pick_payload_source)))));
  assign pickFires = (wakeup_pick_valid && wakeup_pick_ready);
  assign pickSource = wakeup_pick_payload_source;
  assign when_WaitTable_l122 = ((! slot_valid) || takeSlot);
  assign slotLoads = (when_WaitTable_l122 && (slotNext_valid || (wakeup_pick_valid && wakeup_pick_ready)));
  assign _zz_slot_source = (slotNext_valid ? slotNext_source : wakeup_pick_payload_source);
  assign _zz_waitHeads_rd0 = (s0_cancelQuiet ? s0_busSource : _zz_slot_source);
  assign _zz_waitHeads_rd0_1 = (slotLoads || cancelStart);
  assign waitHeads_rd0 = waitHeads_spinal_port0;
  assign handlers_rd0 = handlers_spinal_port0;
  assign when_WaitTable_l117 = ((wakeup_pick_valid && wakeup_pick_ready) && (! when_WaitTable_l122));
  assign waitLists_rd0 = waitLists_spinal_port0;
  assign s1_wait_record = (s1_waitBypassS2 ? s2_newWait : (s1_waitBypassW ? w_wait : waitLists_rd0));
  assign _zz_s1_waitRecordAfter = s1_wait_record[9 : 0];
  assign _zz_s1_waitRecordAfter_1 = s1_wait_record[20 : 10];
  assign s1_waitModes = s1_wait_record[25 : 21];
  assign wakeup_querySource = s0_busSource;
  assign s1_waiting = s1_wait_record[26];
  assign _zz_s1_setHandler_1 = s1_waitModes[2];
  assign s1_sourceStatus = {{{1'b0,wakeup_queryLost},{s1_waitModes[3],s1_waitModes[2]}},{{s1_waitModes[1],s1_waitModes[0]},{s1_waitModes[4],{s1_waiting,wakeup_queryCount}}}};
  assign _zz_s1_setHandler_2 = (((s1_valid && (s1_op == 4'b0111)) && s1_granted) && _zz_s1_setHandler);
  assign s1_setHandler = (_zz_s1_setHandler_2 && _zz_s1_setHandler_1);
  assign s1_waitTakesPending = ((((_zz_s1_setHandler_2 && (! _zz_s1_setHandler_1)) && (! s1_waiting)) && wakeup_queryPending) && (! s1_poolFull));
  assign s1_waitAppends = (((_zz_s1_setHandler_2 && (! _zz_s1_setHandler_1)) && (! s1_waitTakesPending)) && (! s1_poolFull));
  assign s1_configuresSource = (s1_configOk && (s1_status == 4'b0001));
  assign s1_writesWait = (((s1_waitAppends || _zz_s1_alloc) || s1_setHandler) || s1_configuresSource);
  assign _zz_s2_linkEnable = (s1_waitAppends && s1_waiting);
  assign _zz_s1_waitRecordAfter_2 = s1_data[19 : 16];
  assign s1_waitRecordAfter = {{((s1_waiting && _zz_s1_waitRecordAfter_3) || s1_waitAppends),(s1_configuresSource ? {_zz_s1_waitRecordAfter_4,_zz_s1_waitRecordAfter_2} : (s1_setHandler ? {_zz_s1_waitRecordAfter_5,_zz_s1_waitRecordAfter_6} : s1_waitModes))},{(_zz_s1_alloc ? _zz_s1_waitRecordAfter_7 : (s1_waitAppends ? _zz_s1_waitRecordAfter_8 : _zz_s1_waitRecordAfter_1)),(s1_waitAppends ? s1_alloc : _zz_s1_waitRecordAfter)}};
  assign _zz_8 = _zz_1[4:0];
  assign _zz_s0_fire = (cmd_payload_op == 4'b0011);
  assign _zz_cmd_ready_1 = (cmd_payload_op == 4'b1101);
  assign busOnSlotSource = (_zz_cmd_ready && ((slot_valid && (s0_busSource == slot_source)) || (slotNext_valid && (s0_busSource == slotNext_source))));
  assign _zz_cmd_ready_2 = ((((! walkActive) && ((! (_zz_s0_fire || _zz_cmd_ready_1)) || ((! s1_valid) && (! s2_valid)))) && ((! _zz_cmd_ready_1) || (! slot_valid))) && (! busOnSlotSource));
  assign _zz_takeInternal = (cmd_valid && _zz_cmd_ready_1);
  assign s0_cancelQuiet = (_zz_takeInternal && ((! slot_valid) && (! pickFires)));
  assign slotFirst = (slot_valid && ((! deliveries_task_valid) || deliverWentLast));
  assign takeInternal = (((((slot_valid || deliveries_task_valid) && (! walkActive)) && (! ((cmd_valid && _zz_s0_fire) || (_zz_takeInternal && (! slot_valid))))) && (! ((cmd_valid && _zz_cmd_ready_2) && slotWentLast))) && initDone);
  assign takeSlot = (takeInternal && slotFirst);
  assign takeDeliver = (takeInternal && (! slotFirst));
  assign deliveries_task_ready = takeDeliver;
  assign cmd_ready = ((((_zz_cmd_ready_2 && (! (_zz_cmd_ready_1 && pickFires))) && (! ((pickFires && _zz_cmd_ready) && (s0_busSource == pickSource)))) && (! takeInternal)) && initDone);
  assign when_Intake_l81 = (cmd_valid && cmd_ready);
  assign s0_fire = ((((cmd_valid && cmd_ready) && (! _zz_s0_fire)) && (! _zz_cmd_ready_1)) || takeInternal);
  assign removeStart = ((cmd_valid && cmd_ready) && _zz_s0_fire);
  assign cancelStart = ((cmd_valid && cmd_ready) && _zz_cmd_ready_1);
  assign walkStart = (removeStart || cancelStart);
  assign cancelHoldsPicks = (cancelWaited || (walkActive && walkIsCancel));
  assign _zz_s0_context = (slotFirst ? (slot_persistent ? handlers_rd0[66 : 64] : waitHeads_rd0[18 : 16]) : deliveries_task_payload_context);
  assign _zz_s0_data = (slotFirst ? (slot_persistent ? handlers_rd0[63 : 0] : _zz__zz_s0_data) : deliveries_task_payload_word);
  assign s0_op = (takeInternal ? (slotFirst ? (slot_persistent ? 4'b1010 : 4'b1001) : 4'b1100) : cmd_payload_op);
  assign s0_context = (takeInternal ? _zz_s0_context : cmd_payload_context);
  assign s0_data = (takeInternal ? _zz_s0_data : cmd_payload_data);
  assign s0_pointerNull = (takeInternal ? (_zz_s0_data[63 : 6] == 58'h0) : (cmd_payload_data[63 : 6] == 58'h0));
  assign s0_source = (takeSlot ? slot_source : s0_busSource);
  always @(*) begin
    levelMap_write = 1'b0;
    if(when_LevelLists_l200) begin
      levelMap_write = 1'b1;
    end
    if(when_LevelLists_l200_1) begin
      levelMap_write = 1'b1;
    end
    case(walkState)
      3'b011 : begin
        if(!walkCancel) begin
          if(when_LevelLists_l200_2) begin
            levelMap_write = 1'b1;
          end
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    levelMap_writeAt = 3'b000;
    if(when_LevelLists_l200) begin
      levelMap_writeAt = s1_context;
    end
    if(when_LevelLists_l200_1) begin
      levelMap_writeAt = s1_context;
    end
    case(walkState)
      3'b011 : begin
        if(!walkCancel) begin
          if(when_LevelLists_l200_2) begin
            levelMap_writeAt = walkContext;
          end
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    levelMap_writeRow = 8'h0;
    if(when_LevelLists_l200) begin
      levelMap_writeRow = _zz_levelMap_writeRow;
    end
    if(when_LevelLists_l200_1) begin
      levelMap_writeRow = _zz_levelMap_writeRow_1;
    end
    case(walkState)
      3'b011 : begin
        if(!walkCancel) begin
          if(when_LevelLists_l200_2) begin
            levelMap_writeRow = _zz_levelMap_writeRow_2;
          end
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    levelTop_write = 1'b0;
    if(when_LevelLists_l200) begin
      levelTop_write = 1'b1;
    end
    if(when_LevelLists_l200_1) begin
      levelTop_write = 1'b1;
    end
    case(walkState)
      3'b011 : begin
        if(!walkCancel) begin
          if(when_LevelLists_l200_2) begin
            levelTop_write = 1'b1;
          end
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    levelTop_writeAt = 3'b000;
    if(when_LevelLists_l200) begin
      levelTop_writeAt = s1_context;
    end
    if(when_LevelLists_l200_1) begin
      levelTop_writeAt = s1_context;
    end
    case(walkState)
      3'b011 : begin
        if(!walkCancel) begin
          if(when_LevelLists_l200_2) begin
            levelTop_writeAt = walkContext;
          end
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    levelTop_writeRow = 4'b0000;
    if(when_LevelLists_l200) begin
      levelTop_writeRow = {_zz_levelTop_writeRow_7,_zz_levelTop_writeRow_8};
    end
    if(when_LevelLists_l200_1) begin
      levelTop_writeRow = {_zz_levelTop_writeRow_16,_zz_levelTop_writeRow_17};
    end
    case(walkState)
      3'b011 : begin
        if(!walkCancel) begin
          if(when_LevelLists_l200_2) begin
            levelTop_writeRow = {(_zz_levelTop_writeRow_24 || (_zz_levelTop_writeRow_23 || (_zz_levelTop_writeRow_21 || _zz_levelMap_writeRow_2[7]))),{(! _zz_levelTop_writeRow_24),(_zz_levelTop_writeRow_24 ? {(! _zz_levelTop_writeRow_22),(_zz_levelTop_writeRow_22 ? _zz_levelTop_writeRow_25 : _zz_levelTop_writeRow_26)} : {(! _zz_levelTop_writeRow_23),(_zz_levelTop_writeRow_23 ? _zz_levelTop_writeRow_27 : _zz_levelTop_writeRow_28)})}};
          end
        end
      end
      default : begin
      end
    endcase
  end

  assign _zz_12 = ({7'd0,1'b1} <<< levelTop_writeAt);
  assign levelMap_rd0 = levelMap_spinal_port1;
  assign s1_levels = (s1_contextNonEmpty ? (s1_levelMap_bypass ? s1_levelMap_written : levelMap_rd0) : 8'h0);
  assign _zz_levelMap_writeRow = (s1_levels | s1_levelOH);
  assign _zz_levelMap_writeRow_1 = (s1_levels & (~ s1_levelOH));
  assign _zz_levelTop_writeRow = _zz_levelMap_writeRow[0];
  assign _zz_levelTop_writeRow_1 = _zz_levelMap_writeRow[2];
  assign _zz_levelTop_writeRow_2 = _zz_levelMap_writeRow[4];
  assign _zz_levelTop_writeRow_3 = _zz_levelMap_writeRow[6];
  assign _zz_levelTop_writeRow_4 = (_zz_levelTop_writeRow || _zz_levelMap_writeRow[1]);
  assign _zz_levelTop_writeRow_5 = (_zz_levelTop_writeRow_2 || _zz_levelMap_writeRow[5]);
  assign _zz_levelTop_writeRow_6 = (_zz_levelTop_writeRow_4 || (_zz_levelTop_writeRow_1 || _zz_levelMap_writeRow[3]));
  assign _zz_levelTop_writeRow_7 = (_zz_levelTop_writeRow_6 || (_zz_levelTop_writeRow_5 || (_zz_levelTop_writeRow_3 || _zz_levelMap_writeRow[7])));
  assign _zz_levelTop_writeRow_8 = {(! _zz_levelTop_writeRow_6),(_zz_levelTop_writeRow_6 ? {(! _zz_levelTop_writeRow_4),(_zz_levelTop_writeRow_4 ? _zz__zz_levelTop_writeRow_8 : _zz__zz_levelTop_writeRow_8_1)} : {(! _zz_levelTop_writeRow_5),(_zz_levelTop_writeRow_5 ? _zz__zz_levelTop_writeRow_8_2 : _zz__zz_levelTop_writeRow_8_3)})};
  assign _zz_levelTop_writeRow_9 = _zz_levelMap_writeRow_1[0];
  assign _zz_levelTop_writeRow_10 = _zz_levelMap_writeRow_1[2];
  assign _zz_levelTop_writeRow_11 = _zz_levelMap_writeRow_1[4];
  assign _zz_levelTop_writeRow_12 = _zz_levelMap_writeRow_1[6];
  assign _zz_levelTop_writeRow_13 = (_zz_levelTop_writeRow_9 || _zz_levelMap_writeRow_1[1]);
  assign _zz_levelTop_writeRow_14 = (_zz_levelTop_writeRow_11 || _zz_levelMap_writeRow_1[5]);
  assign _zz_levelTop_writeRow_15 = (_zz_levelTop_writeRow_13 || (_zz_levelTop_writeRow_10 || _zz_levelMap_writeRow_1[3]));
  assign _zz_levelTop_writeRow_16 = (_zz_levelTop_writeRow_15 || (_zz_levelTop_writeRow_14 || (_zz_levelTop_writeRow_12 || _zz_levelMap_writeRow_1[7])));
  assign _zz_levelTop_writeRow_17 = {(! _zz_levelTop_writeRow_15),(_zz_levelTop_writeRow_15 ? {(! _zz_levelTop_writeRow_13),(_zz_levelTop_writeRow_13 ? _zz__zz_levelTop_writeRow_17 : _zz__zz_levelTop_writeRow_17_1)} : {(! _zz_levelTop_writeRow_14),(_zz_levelTop_writeRow_14 ? _zz__zz_levelTop_writeRow_17_2 : _zz__zz_levelTop_writeRow_17_3)})};
  assign _zz_s1_contextNonEmpty = (s1_valid && (s1_context == _zz_s0_context));
  assign _zz_s0_level = _zz__zz_s0_level[2:0];
  assign _zz_s1_bypassS2 = {_zz_s0_context,_zz_s0_level};
  assign _zz_s1_contextNonEmpty_1 = (s1_valid && (s1_context == cmd_payload_context));
  assign _zz_s1_contextNonEmpty_2 = (_zz_s1_contextNonEmpty_1 && s1_setLevel);
  assign _zz_s1_contextNonEmpty_3 = (_zz_s1_contextNonEmpty_1 && s1_clearLevel);
  assign _zz_s1_contextNonEmpty_4 = _zz__zz_s1_contextNonEmpty_4;
  assign _zz_s0_level_1 = ((cmd_payload_op == 4'b0010) ? (_zz_s1_contextNonEmpty_2 ? _zz_levelTop_writeRow_8 : (_zz_s1_contextNonEmpty_3 ? _zz_levelTop_writeRow_17 : _zz_s1_contextNonEmpty_4[2 : 0])) : _zz__zz_s0_level_1);
  assign _zz_s1_bypassS2_1 = {cmd_payload_context,_zz_s0_level_1};
  assign _zz_s0_priorityOk = (cmd_payload_data[5 : 1] < 5'h08);
  assign _zz_s0_level_2 = (takeInternal ? _zz_s0_level : _zz_s0_level_1);
  assign s0_priorityOk = (takeInternal ? (_zz_s0_data[5 : 1] < 5'h08) : _zz_s0_priorityOk);
  assign s0_busPriorityOk = _zz_s0_priorityOk;
  assign s0_level = _zz_s0_level_2;
  assign s0_list = {s0_context,s0_level};
  assign s0_levelOH = {{{(_zz_s0_level_2 == _zz_s0_levelOH),(_zz_s0_level_2 == _zz_s0_levelOH_1)},{(_zz_s0_level_2 == _zz_s0_levelOH_2),(_zz_s0_level_2 == _zz_s0_levelOH_3)}},{{(_zz_s0_level_2 == _zz_s0_levelOH_4),(_zz_s0_level_2 == _zz_s0_levelOH_5)},{(_zz_s0_level_2 == _zz_s0_levelOH_6),(_zz_s0_level_2 == _zz_s0_levelOH_7)}}};
  assign lists_rd0 = lists_spinal_port0;
  assign contextCounts_rd0 = contextCounts_spinal_port0;
  assign s1_list_record = (s1_bypassS2 ? s2_newList : (s1_bypassW ? w_list : lists_rd0));
  assign _zz_s2_newCount = s1_list_record[30 : 20];
  assign _zz_s2_newTail = s1_list_record[19 : 10];
  assign _zz_s2_newHead = s1_list_record[9 : 0];
  assign s1_listNonEmpty = (_zz_s1_listNonEmpty ? s1_contextNonEmpty : (|(s1_levels & s1_levelOH)));
  assign s1_contextCount = (s1_contextNonEmpty ? (s1_countBypassS2 ? s2_newContextCount : (s1_countBypassW ? w_contextCount : contextCounts_rd0)) : 11'h0);
  assign s1_setLevel = s1_readyInsert;
  assign s1_clearLevel = (s1_dequeueOk && s1_list_record[31]);
  assign s1_writesList = (s1_readyInsert || s1_dequeueOk);
  assign when_LevelLists_l200 = (s1_valid && s1_setLevel);
  assign when_LevelLists_l200_1 = (s1_valid && s1_clearLevel);
  assign s2_newList = {{s2_newOne,s2_newCount},{s2_newTail,(s2_dequeueOk ? s2_next[9 : 0] : s2_newHead)}};
  assign s2_newContextCount = s2_newContextCount_q;
  assign _zz_s1_readyInsert = (((s1_valid && _zz_when_ErrorRegisters_l54) && _zz_s1_setHandler) && (! s1_poolFull));
  assign _zz_s1_readyInsert_1 = ((_zz_s1_countTake || _zz_deliveries_ack_valid) && (! s1_poolFull));
  assign deliveries_ack_valid = _zz_deliveries_ack_valid;
  assign deliveries_ack_ok = (! s1_poolFull);
  assign s1_readyInsert = (((_zz_s1_readyInsert || _zz_s1_readyInsert_1) || _zz_s1_alloc) || s1_waitTakesPending);
  assign s1_allocates = (((_zz_s1_readyInsert || _zz_s1_readyInsert_1) || s1_waitTakesPending) || s1_waitAppends);
  assign s1_dequeueOk = ((s1_valid && _zz_s1_listNonEmpty) && s1_listNonEmpty);
  assign s1_atHead = (_zz_s1_atHead_1 || ((! _zz_s1_atHead) && s1_data[0]));
  assign s1_poolFull = poolFull;
  assign s1_fromFreeList = (fresh != used);
  assign s1_freeHead = ((s2_valid && s2_dequeueOk) ? s2_head : ((s2_valid && s2_allocFromFreeList) ? s2_next[9 : 0] : freeHead));
  assign s1_alloc = (_zz_s1_alloc ? s1_moved : (s1_fromFreeList ? s1_freeHead : _zz_s1_alloc_1));
  assign s1_linkReadAddr = (walkActive ? removeReadAddr : (_zz_s1_listNonEmpty ? _zz_s2_newHead : s1_alloc));
  assign s1_wordReadAddr = (walkActive ? removeReadAddr : _zz_s2_newHead);
  assign links_rd0 = links_spinal_port0;
  assign words_rd0 = words_spinal_port0;
  assign when_TaskPool_l82 = (! s1_fromFreeList);
  assign s2_next = (s2_linkBypass ? s2_linkBypassData : links_rd0);
  assign s2_linkWriteEnable = (s2_valid && (s2_dequeueOk || s2_linkEnable));
  assign s2_linkWriteAddr = (s2_dequeueOk ? s2_head : s2_linkAddr);
  assign s2_linkWriteData = (s2_dequeueOk ? {9'h0,freeHead} : s2_linkData);
  assign when_TaskPool_l104 = (s2_valid && s2_dequeueOk);
  assign when_TaskPool_l105 = (s2_valid && s2_allocFromFreeList);
  always @(*) begin
    errors_write = 1'b0;
    if(initializing) begin
      errors_write = 1'b1;
    end
    if(when_ErrorRegisters_l86) begin
      errors_write = 1'b1;
    end
    case(walkState)
      3'b101 : begin
        if(when_ListWalker_l190) begin
          errors_write = 1'b1;
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    errors_writeAt = 3'b000;
    if(initializing) begin
      errors_writeAt = initSweep[7 : 5];
    end
    if(when_ErrorRegisters_l86) begin
      errors_writeAt = s1_context;
    end
    case(walkState)
      3'b101 : begin
        if(when_ListWalker_l190) begin
          errors_writeAt = walkContext;
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    errors_writeRow = 6'h0;
    if(initializing) begin
      errors_writeRow = 6'h0;
    end
    if(when_ErrorRegisters_l86) begin
      errors_writeRow = ((((_zz_errors_writeRow && (s1_status == 4'b0010)) ? _zz_errors_writeRow_2 : s1_contextError) | s1_error) | (_zz_errors_writeRow_3 ? _zz_errors_writeRow_1 : _zz_errors_writeRow_2));
    end
    case(walkState)
      3'b101 : begin
        if(when_ListWalker_l190) begin
          errors_writeRow = (s1_contextError | walkError);
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    s1_error = 6'h0;
    if(when_ErrorRegisters_l54) begin
      if(when_ErrorRegisters_l55) begin
        s1_error = 6'h20;
      end else begin
        if(when_ErrorRegisters_l56) begin
          s1_error = 6'h02;
        end else begin
          if(s1_pointerNull) begin
            s1_error = 6'h04;
          end else begin
            if(when_ErrorRegisters_l58) begin
              s1_error = 6'h01;
            end
          end
        end
      end
    end
  end

  assign when_ErrorRegisters_l54 = (s1_valid && (_zz_when_ErrorRegisters_l54 || (s1_op == 4'b0111)));
  assign when_ErrorRegisters_l55 = ((s1_op == 4'b0111) && (! s1_granted));
  assign when_ErrorRegisters_l56 = (! s1_priorityOk);
  assign when_ErrorRegisters_l58 = (s1_poolFull && (! s1_setHandler));
  always @(*) begin
    s1_configRefused = 1'b0;
    case(s1_status)
      4'b0000 : begin
        s1_configRefused = (! s1_grantInRange);
      end
      4'b0001 : begin
        s1_configRefused = (! _zz_s1_configRefused_1);
      end
      4'b0010 : begin
        s1_configRefused = (! (_zz_s1_configRefused < 10'h008));
      end
      4'b0011 : begin
        s1_configRefused = (! _zz_s1_configRefused_1);
      end
      4'b0100 : begin
        s1_configRefused = (! (s1_data[4 : 0] < 5'h04));
      end
      4'b0101 : begin
        s1_configRefused = (s1_data[31] && (! (s1_data[7 : 0] < 8'h08)));
      end
      default : begin
      end
    endcase
  end

  assign _zz_s1_configRefused = s1_data[9 : 0];
  assign _zz_s1_configRefused_1 = (_zz_s1_configRefused < 10'h020);
  assign s1_configOk = (_zz_s1_configOk && (! s1_configRefused));
  assign _zz_errors_writeRow_1 = 6'h10;
  assign _zz_errors_writeRow_2 = 6'h0;
  assign _zz_errors_writeRow_3 = ((s1_valid && (s1_op == 4'b0110)) || (_zz_s1_configOk && s1_configRefused));
  assign _zz_errors_rd0 = (walkActive ? walkContextAt : cmd_payload_context);
  assign errors_rd0 = errors_spinal_port1;
  assign s1_contextError = (s1_contextError_bypass ? s1_contextError_written : errors_rd0);
  assign when_ErrorRegisters_l86 = ((s1_valid && (! s1_control)) && (! s1_internal));
  assign when_ErrorRegisters_l88 = ((s1_valid && s1_control) && (! s1_internal));
  always @(*) begin
    s1_gatewayKind = 3'b000;
    if(when_SourceUpdates_l29) begin
      s1_gatewayKind = 3'b001;
    end else begin
      if(when_SourceUpdates_l30) begin
        s1_gatewayKind = 3'b010;
      end else begin
        if(s1_setHandler) begin
          s1_gatewayKind = 3'b101;
        end else begin
          if(s1_configuresSource) begin
            s1_gatewayKind = 3'b011;
          end else begin
            if(when_SourceUpdates_l33) begin
              s1_gatewayKind = 3'b100;
            end
          end
        end
      end
    end
  end

  assign when_SourceUpdates_l29 = (s1_waitAppends && (! s1_waiting));
  assign when_SourceUpdates_l30 = ((_zz_s1_alloc && (_zz_s1_waitRecordAfter_1 == 11'h001)) || walkClearsWaiting);
  assign when_SourceUpdates_l33 = (s1_configOk && (s1_status == 4'b0010));
  assign s1_countTake = ((s1_waitTakesPending || (_zz_s1_alloc && s1_takesEvent)) || (_zz_s1_countTake && (! s1_poolFull)));
  assign s1_countGive = ((s1_configOk && (s1_status == 4'b0011)) && (! s1_waitModes[3]));
  assign wakeup_update_valid = (((! (s1_gatewayKind == 3'b000)) || s1_countTake) || s1_countGive);
  assign wakeup_update_payload_kind = s1_gatewayKind;
  assign wakeup_update_payload_take = s1_countTake;
  assign wakeup_update_payload_give = s1_countGive;
  assign wakeup_update_payload_source = (walkActive ? walkSource : s1_source);
  assign _zz_wakeup_update_payload_waiting = (walkActive ? cancelRecord : s1_waitRecordAfter);
  assign _zz_wakeup_update_payload_wakeAll = _zz_wakeup_update_payload_waiting[25 : 21];
  assign wakeup_update_payload_wakeAll = _zz_wakeup_update_payload_wakeAll[1];
  assign wakeup_update_payload_persistent = _zz_wakeup_update_payload_wakeAll[2];
  assign wakeup_update_payload_masked = _zz_wakeup_update_payload_wakeAll[3];
  assign wakeup_update_payload_handler = _zz_wakeup_update_payload_wakeAll[4];
  assign wakeup_update_payload_waiting = _zz_wakeup_update_payload_waiting[26];
  assign wakeup_update_payload_coalesce = _zz_wakeup_update_payload_coalesce[31 : 10];
  assign wakeup_poolFull = s1_poolFull;
  assign _zz_currentTask_0 = (s2_dequeueOk ? words_rd0 : 64'h0);
  assign when_CurrentTasks_l28 = (s2_valid && when_StatusReads_l47);
  assign _zz_24 = ({3'd0,1'b1} <<< s2_hart);
  assign _zz_25 = ({3'd0,1'b1} <<< s2_hart);
  assign _zz_currentContext_0 = {s2_dequeueOk,s2_context};
  assign when_Preemption_l51 = (s1_configOk && (s1_status == 4'b0100));
  assign when_Preemption_l52 = (s1_configOk && (s1_status == 4'b0101));
  assign _zz_26 = ({3'd0,1'b1} <<< s1_hart);
  assign _zz_hartCtx_0 = {s1_data[31],_zz__zz_hartCtx_0};
  assign when_Preemption_l66 = (s2_valid && when_StatusReads_l47);
  assign _zz_27 = ({3'd0,1'b1} <<< s2_hart);
  assign _zz_currentKey_0 = ((_zz_currentTask_0[63 : 6] == 58'h0) ? 6'h20 : _zz__zz_currentKey_0);
  assign _zz_s2_preemptHart = {1'd0, _zz__zz_s2_preemptHart};
  assign s2_wakeDecision = (s2_valid && s2_readyInsert);
  assign _zz_s2_notifyKernel = (hartCtx_0[3] && (hartCtx_0[2 : 0] == s2_context));
  assign _zz_s2_victimHart = currentKey_0;
  assign _zz_s2_preemptHart_1 = (_zz_s2_notifyKernel && (_zz_s2_preemptHart < _zz_s2_victimHart));
  assign _zz_s2_notifyKernel_1 = (hartCtx_1[3] && (hartCtx_1[2 : 0] == s2_context));
  assign _zz_s2_victimHart_1 = currentKey_1;
  assign _zz_s2_preemptHart_2 = (_zz_s2_notifyKernel_1 && (_zz_s2_preemptHart < _zz_s2_victimHart_1));
  assign _zz_s2_notifyKernel_2 = (hartCtx_2[3] && (hartCtx_2[2 : 0] == s2_context));
  assign _zz_s2_victimHart_2 = currentKey_2;
  assign _zz_s2_preemptHart_3 = (_zz_s2_notifyKernel_2 && (_zz_s2_preemptHart < _zz_s2_victimHart_2));
  assign _zz_s2_notifyKernel_3 = (hartCtx_3[3] && (hartCtx_3[2 : 0] == s2_context));
  assign _zz_s2_victimHart_3 = currentKey_3;
  assign _zz_s2_preemptHart_4 = (_zz_s2_notifyKernel_3 && (_zz_s2_preemptHart < _zz_s2_victimHart_3));
  assign _zz_s2_victimHart_4 = (_zz_s2_preemptHart_2 && ((! _zz_s2_preemptHart_1) || (_zz_s2_victimHart < _zz_s2_victimHart_1)));
  assign _zz_s2_preemptHart_5 = (_zz_s2_preemptHart_1 || _zz_s2_preemptHart_2);
  assign _zz_s2_victimHart_5 = (_zz_s2_preemptHart_4 && ((! _zz_s2_preemptHart_3) || (_zz_s2_victimHart_2 < _zz_s2_victimHart_3)));
  assign _zz_s2_preemptHart_6 = (_zz_s2_preemptHart_3 || _zz_s2_preemptHart_4);
  assign s2_notifyKernel = (s2_wakeDecision && (! ((((1'b0 || _zz_s2_notifyKernel) || _zz_s2_notifyKernel_1) || _zz_s2_notifyKernel_2) || _zz_s2_notifyKernel_3)));
  assign s2_preemptHart = ((s2_wakeDecision && s2_data[0]) && (_zz_s2_preemptHart_5 || _zz_s2_preemptHart_6));
  assign s2_victimHart = ((_zz_s2_preemptHart_6 && ((! _zz_s2_preemptHart_5) || ((_zz_s2_victimHart_4 ? _zz_s2_victimHart_1 : _zz_s2_victimHart) < (_zz_s2_victimHart_5 ? _zz_s2_victimHart_3 : _zz_s2_victimHart_2)))) ? (_zz_s2_victimHart_5 ? 2'b11 : 2'b10) : (_zz_s2_victimHart_4 ? 2'b01 : 2'b00));
  assign _zz_notifyPending = notifyPending[0];
  assign _zz_notifyPending_1 = notifyPending[2];
  assign _zz_notifyPending_2 = notifyPending[4];
  assign _zz_notifyPending_3 = (_zz_notifyPending || notifyPending[1]);
  assign _zz_notifyPending_4 = (_zz_notifyPending_2 || notifyPending[5]);
  assign _zz_notifyPending_5 = (_zz_notifyPending_3 || (_zz_notifyPending_1 || notifyPending[3]));
  assign _zz_notifyPending_6 = {(! _zz_notifyPending_5),(_zz_notifyPending_5 ? {(! _zz_notifyPending_3),(_zz_notifyPending_3 ? _zz__zz_notifyPending_6 : _zz__zz_notifyPending_6_1)} : {(! _zz_notifyPending_4),(_zz_notifyPending_4 ? _zz__zz_notifyPending_6_2 : _zz__zz_notifyPending_6_3)})};
  assign s2_notify_value = ((|notifyPending) ? {1'b1,{28'h0,_zz_notifyPending_6}} : 32'h0);
  assign usip = usipPending;
  assign ssip = ((|notifyPending) ? {{(notifyHart == 2'b11),(notifyHart == 2'b10)},{(notifyHart == 2'b01),(notifyHart == 2'b00)}} : 4'b0000);
  assign walkActive = (walkState != 3'b000);
  assign _zz_removeReadAddr = s2_next[9 : 0];
  assign removeReadAddr = ((walkState == 3'b001) ? (walkCancel ? waitHeads_rd0[9 : 0] : lists_rd0[9 : 0]) : _zz_removeReadAddr);
  always @(*) begin
    removeListWrite = 1'b0;
    case(walkState)
      3'b011 : begin
        if(!walkCancel) begin
          removeListWrite = 1'b1;
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    removeLinkWrite = 1'b0;
    case(walkState)
      3'b011 : begin
        removeLinkWrite = (walkPrev != walkHead);
      end
      3'b100 : begin
        removeLinkWrite = 1'b1;
      end
      default : begin
      end
    endcase
  end

  assign removeLinkAddr = ((walkState == 3'b011) ? walkPrev2 : walkPrev);
  assign removeLinkData = ((walkState == 3'b011) ? walkNext : {9'h0,freeHead});
  assign removeListAddr = removeList;
  assign walkContextAt = walkContext;
  assign removeCount = _zz_removeCount;
  assign removeListRecord = {{(walkCount == 11'h002),_zz_removeListRecord},{((walkPrev == walkTail) ? walkPrev2 : walkTail),((walkPrev == walkHead) ? walkNext[9 : 0] : walkHead)}};
  assign walkSource = walkSourceReg;
  assign walkIsCancel = walkCancel;
  always @(*) begin
    walkClearsWaiting = 1'b0;
    case(walkState)
      3'b011 : begin
        if(walkCancel) begin
          walkClearsWaiting = (walkCount == 11'h001);
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    cancelHeadWrite = 1'b0;
    case(walkState)
      3'b011 : begin
        if(walkCancel) begin
          cancelHeadWrite = (walkPrev == walkHead);
        end
      end
      default : begin
      end
    endcase
  end

  always @(*) begin
    cancelRecordWrite = 1'b0;
    case(walkState)
      3'b011 : begin
        if(walkCancel) begin
          cancelRecordWrite = 1'b1;
        end
      end
      default : begin
      end
    endcase
  end

  assign cancelHead = walkNext;
  assign cancelRecord = {{(! (walkCount == 11'h001)),walkModes},{_zz_cancelRecord,((walkPrev == walkTail) ? walkPrev2 : walkTail)}};
  assign when_ListWalker_l104 = (walkState == 3'b000);
  assign _zz_removeList = _zz__zz_removeList[2:0];
  assign when_ListWalker_l124 = (removeStart && (! s0_busPriorityOk));
  assign when_ListWalker_l138 = (! s1_granted);
  assign when_ListWalker_l141 = (! s1_waiting);
  assign _zz_walkCur = lists_rd0[9 : 0];
  assign when_ListWalker_l211 = (|(s1_levels & removeLevelOH));
  assign when_ListWalker_l157 = ((words_rd0 == walkWord) && ((! walkCancel) || (walkCurContext == walkContext)));
  assign when_ListWalker_l160 = (walkCur == walkTail);
  assign when_LevelLists_l200_2 = (walkCount == 11'h001);
  assign _zz_levelMap_writeRow_2 = (removeLevels & (~ removeLevelOH));
  assign _zz_levelTop_writeRow_18 = _zz_levelMap_writeRow_2[0];
  assign _zz_levelTop_writeRow_19 = _zz_levelMap_writeRow_2[2];
  assign _zz_levelTop_writeRow_20 = _zz_levelMap_writeRow_2[4];
  assign _zz_levelTop_writeRow_21 = _zz_levelMap_writeRow_2[6];
  assign _zz_levelTop_writeRow_22 = (_zz_levelTop_writeRow_18 || _zz_levelMap_writeRow_2[1]);
  assign _zz_levelTop_writeRow_23 = (_zz_levelTop_writeRow_20 || _zz_levelMap_writeRow_2[5]);
  assign _zz_levelTop_writeRow_24 = (_zz_levelTop_writeRow_22 || (_zz_levelTop_writeRow_19 || _zz_levelMap_writeRow_2[3]));
  assign when_ListWalker_l190 = 1'b1;
  assign _zz_rsp_valid = (walkState == 3'b101);
  always @(*) begin
    s1_status_value = 64'h0;
    if(when_StatusReads_l33) begin
      case(s1_status)
        4'b0000 : begin
          s1_status_value = {53'd0, _zz_s1_status_value};
        end
        4'b0001 : begin
          s1_status_value = {56'd0, s1_levels};
        end
        4'b0010 : begin
          s1_status_value = {58'd0, s1_contextError};
        end
        4'b0011 : begin
          s1_status_value = {53'd0, _zz_s1_status_value_1};
        end
        4'b0110 : begin
          s1_status_value = {58'd0, controlError};
        end
        4'b0111 : begin
          s1_status_value = {32'd0, s1_sourceStatus};
        end
        default : begin
        end
      endcase
    end
  end

  assign when_StatusReads_l33 = (s1_op == 4'b0100);
  always @(*) begin
    s2_rsp_data = s2_status_value;
    if(when_StatusReads_l47) begin
      s2_rsp_data = _zz_currentTask_0;
    end else begin
      if(when_StatusReads_l48) begin
        s2_rsp_data = s2_data;
      end else begin
        if(when_StatusReads_l49) begin
          s2_rsp_data = _zz_s2_rsp_data_1;
        end else begin
          if(when_StatusReads_l51) begin
            s2_rsp_data = {32'd0, _zz_s2_rsp_data_2};
          end else begin
            if(when_StatusReads_l55) begin
              s2_rsp_data = {32'd0, s2_notify_value};
            end else begin
              if(when_StatusReads_l56) begin
                s2_rsp_data = {60'd0, usipPending};
              end
            end
          end
        end
      end
    end
  end

  assign _zz_when_StatusReads_l49 = (s2_op == 4'b0100);
  assign _zz_s2_rsp_data = _zz__zz_s2_rsp_data;
  assign when_StatusReads_l48 = (s2_op == 4'b0101);
  assign when_StatusReads_l49 = (_zz_when_StatusReads_l49 && (s2_status == 4'b0100));
  assign when_StatusReads_l51 = (_zz_when_StatusReads_l49 && (s2_status == 4'b0101));
  assign when_StatusReads_l55 = (_zz_when_StatusReads_l49 && (s2_status == 4'b1000));
  assign when_StatusReads_l56 = (_zz_when_StatusReads_l49 && (s2_status == 4'b1001));
  assign rsp_valid = ((s2_valid && (! s2_internal)) || _zz_rsp_valid);
  assign rsp_payload_data = (_zz_rsp_valid ? (walkCancel ? _zz_rsp_payload_data : 64'h0) : s2_rsp_data);
  assign rsp_payload_fault = (s2_valid && (s2_op == 4'b0110));
  assign rsp_payload_read = (_zz_rsp_valid ? walkRead : s2_read);
  assign wakeup_s1OnSource = (s1_valid && ((((s1_op == 4'b0111) || (s1_op == 4'b1001)) || (s1_op == 4'b1010)) || (s1_op == 4'b1000)));
  assign removeBusy = walkActive;
  always @(posedge clk) begin
    if(reset) begin
      slot_valid <= 1'b0;
      slot_persistent <= 1'b0;
      slot_takesEvent <= 1'b0;
      slotNext_valid <= 1'b0;
      slotNext_persistent <= 1'b0;
      slotNext_takesEvent <= 1'b0;
      s1_valid <= 1'b0;
      s1_internal <= 1'b0;
      s1_control <= 1'b0;
      s1_read <= 1'b0;
      s1_priorityOk <= 1'b0;
      s1_takesEvent <= 1'b0;
      s1_pointerNull <= 1'b0;
      s2_valid <= 1'b0;
      s2_read <= 1'b0;
      s2_internal <= 1'b0;
      s2_dequeueOk <= 1'b0;
      initSweep <= 9'h0;
      s1_grantInRange <= 1'b0;
      s1_grantBypass <= 1'b0;
      s1_grantBypassAllow <= 1'b0;
      s2_writesWait <= 1'b0;
      s1_waitBypassS2 <= 1'b0;
      s1_waitBypassW <= 1'b0;
      s2_wake <= 1'b0;
      s2_appendToEmpty <= 1'b0;
      slotWentLast <= 1'b0;
      deliverWentLast <= 1'b0;
      cancelWaited <= 1'b0;
      levelTop_0 <= 4'b0111;
      levelTop_1 <= 4'b0111;
      levelTop_2 <= 4'b0111;
      levelTop_3 <= 4'b0111;
      levelTop_4 <= 4'b0111;
      levelTop_5 <= 4'b0111;
      levelTop_6 <= 4'b0111;
      levelTop_7 <= 4'b0111;
      s1_contextNonEmpty <= 1'b0;
      s1_levelMap_bypass <= 1'b0;
      s2_writesList <= 1'b0;
      s1_bypassS2 <= 1'b0;
      s1_bypassW <= 1'b0;
      s1_countBypassS2 <= 1'b0;
      s1_countBypassW <= 1'b0;
      s2_newOne <= 1'b0;
      used <= 11'h0;
      poolFull <= 1'b0;
      fresh <= 11'h0;
      s2_allocFromFreeList <= 1'b0;
      s2_linkEnable <= 1'b0;
      s2_linkBypass <= 1'b0;
      controlError <= 6'h0;
      s1_contextError_bypass <= 1'b0;
      currentTask_0 <= 64'h0;
      currentTask_1 <= 64'h0;
      currentTask_2 <= 64'h0;
      currentTask_3 <= 64'h0;
      currentContext_0 <= 4'b0000;
      currentContext_1 <= 4'b0000;
      currentContext_2 <= 4'b0000;
      currentContext_3 <= 4'b0000;
      hartCtx_0 <= 4'b0000;
      hartCtx_1 <= 4'b0000;
      hartCtx_2 <= 4'b0000;
      hartCtx_3 <= 4'b0000;
      notifyHart <= 2'b00;
      s2_readyInsert <= 1'b0;
      notifyPending <= 8'h0;
      usipPending <= 4'b0000;
      currentKey_0 <= 6'h20;
      currentKey_1 <= 6'h20;
      currentKey_2 <= 6'h20;
      currentKey_3 <= 6'h20;
      walkState <= 3'b000;
      walkCancel <= 1'b0;
      walkRead <= 1'b0;
      walkError <= 6'h0;
    end else begin
      s1_valid <= s0_fire;
      s1_internal <= takeInternal;
      s1_control <= cmd_payload_control;
      s1_read <= cmd_payload_read;
      s1_priorityOk <= s0_priorityOk;
      s1_takesEvent <= (takeSlot && slot_takesEvent);
      s1_pointerNull <= s0_pointerNull;
      s2_valid <= s1_valid;
      s2_read <= s1_read;
      s2_internal <= s1_internal;
      s2_dequeueOk <= s1_dequeueOk;
      if(initializing) begin
        initSweep <= (initSweep + 9'h001);
      end
      s1_grantInRange <= ((cmd_payload_data[23 : 16] < 8'h08) && (cmd_payload_data[9 : 0] < 10'h020));
      s1_grantBypass <= ((s1_grantWrites && (_zz_s1_grantBypass == cmd_payload_context)) && (_zz_s1_grantBypass_1 == s0_busSource));
      s1_grantBypassAllow <= _zz_s1_grantBypassAllow[0];
      if(slotLoads) begin
        slot_valid <= 1'b1;
        slot_persistent <= (slotNext_valid ? slotNext_persistent : wakeup_pick_payload_persistent);
        slot_takesEvent <= (slotNext_valid ? slotNext_takesEvent : wakeup_pick_payload_takesEvent);
      end else begin
        if(takeSlot) begin
          slot_valid <= 1'b0;
        end
      end
      if(when_WaitTable_l117) begin
        slotNext_valid <= 1'b1;
        slotNext_persistent <= wakeup_pick_payload_persistent;
        slotNext_takesEvent <= wakeup_pick_payload_takesEvent;
      end else begin
        if(when_WaitTable_l122) begin
          slotNext_valid <= 1'b0;
        end
      end
      s2_writesWait <= s1_writesWait;
      s1_waitBypassS2 <= ((s1_valid && s1_writesWait) && (s1_source == s0_source));
      s1_waitBypassW <= ((s2_valid && s2_writesWait) && (s2_source == s0_source));
      s2_wake <= _zz_s1_alloc;
      s2_appendToEmpty <= (s1_waitAppends && (! s1_waiting));
      if(takeDeliver) begin
        deliverWentLast <= 1'b1;
      end else begin
        if(takeSlot) begin
          deliverWentLast <= 1'b0;
        end
      end
      if(takeInternal) begin
        slotWentLast <= 1'b1;
      end else begin
        if(when_Intake_l81) begin
          slotWentLast <= 1'b0;
        end
      end
      cancelWaited <= (_zz_takeInternal && (! cancelStart));
      if(levelTop_write) begin
        if(_zz_12[0]) begin
          levelTop_0 <= levelTop_writeRow;
        end
        if(_zz_12[1]) begin
          levelTop_1 <= levelTop_writeRow;
        end
        if(_zz_12[2]) begin
          levelTop_2 <= levelTop_writeRow;
        end
        if(_zz_12[3]) begin
          levelTop_3 <= levelTop_writeRow;
        end
        if(_zz_12[4]) begin
          levelTop_4 <= levelTop_writeRow;
        end
        if(_zz_12[5]) begin
          levelTop_5 <= levelTop_writeRow;
        end
        if(_zz_12[6]) begin
          levelTop_6 <= levelTop_writeRow;
        end
        if(_zz_12[7]) begin
          levelTop_7 <= levelTop_writeRow;
        end
      end
      s1_levelMap_bypass <= (levelMap_write && (levelMap_writeAt == s0_context));
      s1_contextNonEmpty <= (takeInternal ? ((_zz_s1_contextNonEmpty && s1_setLevel) ? _zz_levelTop_writeRow_7 : ((_zz_s1_contextNonEmpty && s1_clearLevel) ? _zz_levelTop_writeRow_16 : _zz_s1_contextNonEmpty_5[3])) : (_zz_s1_contextNonEmpty_2 ? _zz_levelTop_writeRow_7 : (_zz_s1_contextNonEmpty_3 ? _zz_levelTop_writeRow_16 : _zz_s1_contextNonEmpty_4[3])));
      s2_writesList <= s1_writesList;
      s1_bypassS2 <= ((s1_valid && s1_writesList) && (takeInternal ? (s1_list == _zz_s1_bypassS2) : (s1_list == _zz_s1_bypassS2_1)));
      s1_bypassW <= ((s2_valid && s2_writesList) && (takeInternal ? (s2_list == _zz_s1_bypassS2) : (s2_list == _zz_s1_bypassS2_1)));
      s1_countBypassS2 <= ((s1_valid && s1_writesList) && (s1_context == s0_context));
      s1_countBypassW <= ((s2_valid && s2_writesList) && (s2_context == s0_context));
      s2_newOne <= (_zz_s1_listNonEmpty ? (_zz_s2_newCount == 11'h002) : (! s1_listNonEmpty));
      if(s1_valid) begin
        if(s1_allocates) begin
          used <= (used + 11'h001);
          poolFull <= (used == 11'h3ff);
          if(when_TaskPool_l82) begin
            fresh <= (fresh + 11'h001);
          end
        end
        if(s1_dequeueOk) begin
          used <= (used - 11'h001);
          poolFull <= 1'b0;
        end
      end
      s2_allocFromFreeList <= (s1_allocates && s1_fromFreeList);
      s2_linkEnable <= ((s1_readyInsert && s1_listNonEmpty) || _zz_s2_linkEnable);
      s2_linkBypass <= (s2_linkWriteEnable && (s2_linkWriteAddr == s1_linkReadAddr));
      s1_contextError_bypass <= (errors_write && (errors_writeAt == _zz_errors_rd0));
      if(when_ErrorRegisters_l88) begin
        controlError <= (((_zz_errors_writeRow && (s1_status == 4'b0110)) ? _zz_errors_writeRow_2 : controlError) | (_zz_errors_writeRow_3 ? _zz_errors_writeRow_1 : _zz_errors_writeRow_2));
      end
      if(when_CurrentTasks_l28) begin
        if(_zz_24[0]) begin
          currentTask_0 <= _zz_currentTask_0;
        end
        if(_zz_24[1]) begin
          currentTask_1 <= _zz_currentTask_0;
        end
        if(_zz_24[2]) begin
          currentTask_2 <= _zz_currentTask_0;
        end
        if(_zz_24[3]) begin
          currentTask_3 <= _zz_currentTask_0;
        end
        if(_zz_25[0]) begin
          currentContext_0 <= _zz_currentContext_0;
        end
        if(_zz_25[1]) begin
          currentContext_1 <= _zz_currentContext_0;
        end
        if(_zz_25[2]) begin
          currentContext_2 <= _zz_currentContext_0;
        end
        if(_zz_25[3]) begin
          currentContext_3 <= _zz_currentContext_0;
        end
      end
      if(when_Preemption_l51) begin
        notifyHart <= _zz_notifyHart[1:0];
      end
      if(when_Preemption_l52) begin
        if(_zz_26[0]) begin
          hartCtx_0 <= _zz_hartCtx_0;
        end
        if(_zz_26[1]) begin
          hartCtx_1 <= _zz_hartCtx_0;
        end
        if(_zz_26[2]) begin
          hartCtx_2 <= _zz_hartCtx_0;
        end
        if(_zz_26[3]) begin
          hartCtx_3 <= _zz_hartCtx_0;
        end
      end
      s2_readyInsert <= (s1_readyInsert && (! _zz_when_ErrorRegisters_l54));
      if(when_Preemption_l66) begin
        if(_zz_27[0]) begin
          currentKey_0 <= _zz_currentKey_0;
        end
        if(_zz_27[1]) begin
          currentKey_1 <= _zz_currentKey_0;
        end
        if(_zz_27[2]) begin
          currentKey_2 <= _zz_currentKey_0;
        end
        if(_zz_27[3]) begin
          currentKey_3 <= _zz_currentKey_0;
        end
      end
      notifyPending <= ((notifyPending & (~ (((_zz_notifyPending_7 && _zz_notifyPending_9) && (|notifyPending)) ? {{_zz_notifyPending_10,_zz_notifyPending_13},{_zz_notifyPending_16,_zz_notifyPending_19}} : 8'h0))) | (s2_notifyKernel ? {{{_zz_notifyPending_22,_zz_notifyPending_23},{_zz_notifyPending_24,_zz_notifyPending_25}},{{_zz_notifyPending_26,_zz_notifyPending_27},{_zz_notifyPending_28,_zz_notifyPending_29}}} : 8'h0));
      usipPending <= ((usipPending & (~ ((s2_valid && when_StatusReads_l47) ? {{_zz_usipPending,_zz_usipPending_1},{_zz_usipPending_2,_zz_usipPending_3}} : 4'b0000))) | (s2_preemptHart ? {{(s2_victimHart == _zz_usipPending_4),(s2_victimHart == _zz_usipPending_5)},{(s2_victimHart == _zz_usipPending_6),(s2_victimHart == _zz_usipPending_7)}} : 4'b0000));
      if(when_ListWalker_l104) begin
        walkRead <= cmd_payload_read;
        walkError <= 6'h0;
        walkCancel <= (cmd_payload_op == 4'b1101);
      end
      if(walkStart) begin
        walkState <= 3'b001;
      end
      if(when_ListWalker_l124) begin
        walkError <= 6'h02;
        walkState <= 3'b101;
      end
      case(walkState)
        3'b001 : begin
          if(walkCancel) begin
            if(when_ListWalker_l138) begin
              walkError <= 6'h20;
              walkState <= 3'b101;
            end else begin
              if(when_ListWalker_l141) begin
                walkError <= 6'h08;
                walkState <= 3'b101;
              end else begin
                walkState <= 3'b010;
              end
            end
          end else begin
            if(when_ListWalker_l211) begin
              walkState <= 3'b010;
            end else begin
              walkError <= 6'h08;
              walkState <= 3'b101;
            end
          end
        end
        3'b010 : begin
          if(when_ListWalker_l157) begin
            walkState <= 3'b011;
          end else begin
            if(when_ListWalker_l160) begin
              walkError <= 6'h08;
              walkState <= 3'b101;
            end
          end
        end
        3'b011 : begin
          used <= (used - 11'h001);
          poolFull <= 1'b0;
          walkState <= 3'b100;
        end
        3'b100 : begin
          walkState <= 3'b101;
        end
        3'b101 : begin
          walkState <= 3'b000;
        end
        default : begin
        end
      endcase
    end
  end

  always @(posedge clk) begin
    s1_op <= s0_op;
    s1_context <= s0_context;
    s1_list <= s0_list;
    s1_levelOH <= s0_levelOH;
    s1_source <= s0_source;
    s1_status <= cmd_payload_status;
    s1_hart <= cmd_payload_hart;
    s1_data <= s0_data;
    s2_op <= s1_op;
    s2_status <= s1_status;
    s2_hart <= s1_hart;
    s2_context <= s1_context;
    s2_data <= s1_data;
    s2_source <= s1_source;
    if(slotLoads) begin
      slot_source <= _zz_slot_source;
    end
    if(when_WaitTable_l117) begin
      slotNext_source <= wakeup_pick_payload_source;
    end
    s1_moved <= waitHeads_rd0[9 : 0];
    s2_alloc <= s1_alloc;
    s2_routing <= _zz_s2_routing;
    s2_newWait <= s1_waitRecordAfter;
    w_wait <= s2_newWait;
    s1_levelMap_written <= levelMap_writeRow;
    s2_list <= s1_list;
    s2_newHead <= (((! s1_atHead) && s1_listNonEmpty) ? _zz_s2_newHead : s1_alloc);
    s2_newTail <= ((_zz_s1_listNonEmpty || (s1_atHead && s1_listNonEmpty)) ? _zz_s2_newTail : s1_alloc);
    s2_newCount <= (_zz_s1_listNonEmpty ? _zz_s2_newCount_1 : ((! s1_listNonEmpty) ? 11'h001 : _zz_s2_newCount_2));
    w_list <= s2_newList;
    s2_newContextCount_q <= (_zz_s1_listNonEmpty ? _zz_s2_newContextCount_q : _zz_s2_newContextCount_q_1);
    w_contextCount <= s2_newContextCount;
    s2_head <= _zz_s2_newHead;
    s2_linkAddr <= (_zz_s2_linkEnable ? _zz_s1_waitRecordAfter : (s1_atHead ? s1_alloc : _zz_s2_newTail));
    s2_linkData <= ((_zz_s2_linkEnable || (! s1_atHead)) ? {_zz_s2_routing,s1_alloc} : {9'h0,_zz_s2_newHead});
    s2_linkBypassData <= s2_linkWriteData;
    if(when_TaskPool_l104) begin
      freeHead <= s2_head;
    end else begin
      if(when_TaskPool_l105) begin
        freeHead <= s2_next[9 : 0];
      end
    end
    s1_contextError_written <= errors_writeRow;
    if(when_ListWalker_l104) begin
      walkContext <= cmd_payload_context;
      walkWord <= cmd_payload_data;
      walkSourceReg <= s0_busSource;
      removeList <= {cmd_payload_context,_zz_removeList};
      removeLevelOH <= {{{(_zz_removeList == _zz_removeLevelOH),(_zz_removeList == _zz_removeLevelOH_1)},{(_zz_removeList == _zz_removeLevelOH_2),(_zz_removeList == _zz_removeLevelOH_3)}},{{(_zz_removeList == _zz_removeLevelOH_4),(_zz_removeList == _zz_removeLevelOH_5)},{(_zz_removeList == _zz_removeLevelOH_6),(_zz_removeList == _zz_removeLevelOH_7)}}};
    end
    case(walkState)
      3'b001 : begin
        if(walkCancel) begin
          walkHead <= waitHeads_rd0[9 : 0];
          walkTail <= _zz_s1_waitRecordAfter;
          walkCount <= _zz_s1_waitRecordAfter_1;
          walkModes <= s1_waitModes;
          walkCur <= waitHeads_rd0[9 : 0];
          walkCurContext <= waitHeads_rd0[18 : 16];
        end else begin
          removeLevels <= s1_levels;
          removeContextCount <= contextCounts_rd0;
          walkHead <= _zz_walkCur;
          walkTail <= lists_rd0[19 : 10];
          walkCount <= lists_rd0[30 : 20];
          walkCur <= _zz_walkCur;
        end
      end
      3'b010 : begin
        walkPrev2 <= walkPrev;
        walkPrev <= walkCur;
        walkCur <= _zz_removeReadAddr;
        walkCurContext <= s2_next[18 : 16];
        if(when_ListWalker_l157) begin
          walkNext <= s2_next;
        end
      end
      3'b100 : begin
        freeHead <= walkPrev;
      end
      default : begin
      end
    endcase
    s2_status_value <= s1_status_value;
  end


endmodule

module TaskIntc_RegisterDecoder (
  input  wire          req_valid,
  output wire          req_ready,
  input  wire          req_payload_write,
  input  wire          req_payload_fullWidth,
  input  wire [15:0]   req_payload_address,
  input  wire [63:0]   req_payload_data,
  output wire          cmd_valid,
  input  wire          cmd_ready,
  output reg  [3:0]    cmd_payload_op,
  output reg  [3:0]    cmd_payload_status,
  output wire          cmd_payload_control,
  output wire          cmd_payload_read,
  output reg  [2:0]    cmd_payload_context,
  output reg  [1:0]    cmd_payload_hart,
  output reg  [4:0]    cmd_payload_source,
  output reg  [3:0]    cmd_payload_index,
  output reg  [63:0]   cmd_payload_data,
  output wire          refused
);

  wire       [3:0]    _zz_cmd_payload_context;
  wire       [3:0]    page;
  wire       [11:0]   offset;
  wire                onControl;
  wire                onContext;
  wire                when_RegisterDecoder_l76;
  wire                when_RegisterDecoder_l76_1;
  wire                when_RegisterDecoder_l76_2;
  wire                when_RegisterDecoder_l76_3;
  wire                when_RegisterDecoder_l76_4;
  wire                when_RegisterDecoder_l76_5;
  wire                when_RegisterDecoder_l76_6;
  wire                when_RegisterDecoder_l76_7;
  wire                when_RegisterDecoder_l76_8;
  wire                when_RegisterDecoder_l76_9;
  wire                when_RegisterDecoder_l76_10;
  wire                when_RegisterDecoder_l76_11;
  wire                when_RegisterDecoder_l76_12;
  wire                when_RegisterDecoder_l76_13;
  wire                when_RegisterDecoder_l76_14;
  wire                when_RegisterDecoder_l76_15;
  wire                when_RegisterDecoder_l76_16;
  wire                when_RegisterDecoder_l76_17;
  wire                when_RegisterDecoder_l76_18;
  wire                when_RegisterDecoder_l76_19;
  wire                when_RegisterDecoder_l76_20;
  wire                when_RegisterDecoder_l76_21;
  wire                when_RegisterDecoder_l76_22;
  wire                when_RegisterDecoder_l76_23;
  wire                when_RegisterDecoder_l76_24;
  wire                when_RegisterDecoder_l76_25;
  wire                when_RegisterDecoder_l76_26;
  wire                when_RegisterDecoder_l76_27;
  wire                when_RegisterDecoder_l76_28;
  wire                when_RegisterDecoder_l76_29;
  wire                when_RegisterDecoder_l76_30;
  wire                when_RegisterDecoder_l76_31;
  wire                when_RegisterDecoder_l76_32;
  wire                when_RegisterDecoder_l76_33;
  wire                when_RegisterDecoder_l76_34;
  wire                when_RegisterDecoder_l76_35;
  wire                when_RegisterDecoder_l76_36;
  wire                when_RegisterDecoder_l76_37;
  wire       [2:0]    _zz_cmd_payload_index;
  wire                when_RegisterDecoder_l76_38;
  wire       [2:0]    _zz_cmd_payload_index_1;
  wire                when_RegisterDecoder_l76_39;
  wire       [2:0]    _zz_cmd_payload_index_2;
  wire                when_RegisterDecoder_l76_40;
  wire       [3:0]    _zz_cmd_payload_index_3;
  wire                when_RegisterDecoder_l76_41;
  wire       [3:0]    _zz_cmd_payload_index_4;
  wire                when_RegisterDecoder_l76_42;

  assign _zz_cmd_payload_context = (page - 4'b0001);
  assign cmd_valid = req_valid;
  assign req_ready = cmd_ready;
  assign page = req_payload_address[15 : 12];
  assign offset = req_payload_address[11 : 0];
  assign onControl = (page == 4'b0000);
  assign onContext = ((page != 4'b0000) && (page <= 4'b1000));
  always @(*) begin
    cmd_payload_op = 4'b0110;
    if(when_RegisterDecoder_l76) begin
      cmd_payload_op = 4'b0101;
    end
    if(when_RegisterDecoder_l76_1) begin
      cmd_payload_op = 4'b0101;
    end
    if(when_RegisterDecoder_l76_2) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_3) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_4) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l76_5) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l76_6) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l76_7) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l76_8) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_9) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l76_10) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_11) begin
      cmd_payload_op = 4'b1000;
    end
    if(when_RegisterDecoder_l76_12) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_13) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_14) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_15) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_16) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_17) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_18) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_19) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_20) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_21) begin
      cmd_payload_op = 4'b0000;
    end
    if(when_RegisterDecoder_l76_22) begin
      cmd_payload_op = 4'b0001;
    end
    if(when_RegisterDecoder_l76_23) begin
      cmd_payload_op = 4'b0011;
    end
    if(when_RegisterDecoder_l76_24) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_25) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_26) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_27) begin
      cmd_payload_op = 4'b0010;
    end
    if(when_RegisterDecoder_l76_28) begin
      cmd_payload_op = 4'b0111;
    end
    if(when_RegisterDecoder_l76_29) begin
      cmd_payload_op = 4'b1101;
    end
    if(when_RegisterDecoder_l76_30) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_31) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_32) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_33) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_34) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_35) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_36) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_37) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_38) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_39) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_40) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_41) begin
      cmd_payload_op = 4'b1011;
    end
    if(when_RegisterDecoder_l76_42) begin
      cmd_payload_op = 4'b1011;
    end
  end

  always @(*) begin
    cmd_payload_status = 4'b0000;
    if(when_RegisterDecoder_l76) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_1) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_2) begin
      cmd_payload_status = 4'b0011;
    end
    if(when_RegisterDecoder_l76_3) begin
      cmd_payload_status = 4'b0110;
    end
    if(when_RegisterDecoder_l76_4) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_5) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l76_6) begin
      cmd_payload_status = 4'b0010;
    end
    if(when_RegisterDecoder_l76_7) begin
      cmd_payload_status = 4'b0011;
    end
    if(when_RegisterDecoder_l76_8) begin
      cmd_payload_status = 4'b1000;
    end
    if(when_RegisterDecoder_l76_9) begin
      cmd_payload_status = 4'b0100;
    end
    if(when_RegisterDecoder_l76_10) begin
      cmd_payload_status = 4'b1001;
    end
    if(when_RegisterDecoder_l76_11) begin
      cmd_payload_status = 4'b0101;
    end
    if(when_RegisterDecoder_l76_12) begin
      cmd_payload_status = 4'b1101;
    end
    if(when_RegisterDecoder_l76_13) begin
      cmd_payload_status = 4'b1110;
    end
    if(when_RegisterDecoder_l76_14) begin
      cmd_payload_status = 4'b1111;
    end
    if(when_RegisterDecoder_l76_15) begin
      cmd_payload_status = 4'b1100;
    end
    if(when_RegisterDecoder_l76_16) begin
      cmd_payload_status = 4'b0100;
    end
    if(when_RegisterDecoder_l76_17) begin
      cmd_payload_status = 4'b0101;
    end
    if(when_RegisterDecoder_l76_18) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_19) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l76_20) begin
      cmd_payload_status = 4'b0111;
    end
    if(when_RegisterDecoder_l76_21) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_22) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_23) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_24) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_25) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l76_26) begin
      cmd_payload_status = 4'b0010;
    end
    if(when_RegisterDecoder_l76_27) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_28) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_29) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_30) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l76_31) begin
      cmd_payload_status = 4'b0010;
    end
    if(when_RegisterDecoder_l76_32) begin
      cmd_payload_status = 4'b0100;
    end
    if(when_RegisterDecoder_l76_33) begin
      cmd_payload_status = 4'b0101;
    end
    if(when_RegisterDecoder_l76_34) begin
      cmd_payload_status = 4'b1000;
    end
    if(when_RegisterDecoder_l76_35) begin
      cmd_payload_status = 4'b1001;
    end
    if(when_RegisterDecoder_l76_36) begin
      cmd_payload_status = 4'b1011;
    end
    if(when_RegisterDecoder_l76_37) begin
      cmd_payload_status = 4'b1100;
    end
    if(when_RegisterDecoder_l76_38) begin
      cmd_payload_status = 4'b0011;
    end
    if(when_RegisterDecoder_l76_39) begin
      cmd_payload_status = 4'b0111;
    end
    if(when_RegisterDecoder_l76_40) begin
      cmd_payload_status = 4'b1010;
    end
    if(when_RegisterDecoder_l76_41) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_42) begin
      cmd_payload_status = 4'b0110;
    end
  end

  always @(*) begin
    cmd_payload_context = (onContext ? _zz_cmd_payload_context[2 : 0] : 3'b000);
    if(when_RegisterDecoder_l76_18) begin
      cmd_payload_context = offset[5 : 3];
    end
    if(when_RegisterDecoder_l76_19) begin
      cmd_payload_context = offset[5 : 3];
    end
  end

  always @(*) begin
    cmd_payload_hart = 2'b00;
    if(when_RegisterDecoder_l76_11) begin
      cmd_payload_hart = offset[4 : 3];
    end
    if(when_RegisterDecoder_l76_16) begin
      cmd_payload_hart = offset[4 : 3];
    end
    if(when_RegisterDecoder_l76_17) begin
      cmd_payload_hart = offset[4 : 3];
    end
    if(when_RegisterDecoder_l76_27) begin
      cmd_payload_hart = offset[4 : 3];
    end
  end

  always @(*) begin
    cmd_payload_source = 5'h0;
    if(when_RegisterDecoder_l76_20) begin
      cmd_payload_source = offset[7 : 3];
    end
    if(when_RegisterDecoder_l76_28) begin
      cmd_payload_source = offset[7 : 3];
    end
    if(when_RegisterDecoder_l76_29) begin
      cmd_payload_source = offset[7 : 3];
    end
  end

  always @(*) begin
    cmd_payload_index = 4'b0000;
    if(when_RegisterDecoder_l76_38) begin
      cmd_payload_index = {1'd0, _zz_cmd_payload_index};
    end
    if(when_RegisterDecoder_l76_39) begin
      cmd_payload_index = {1'd0, _zz_cmd_payload_index_1};
    end
    if(when_RegisterDecoder_l76_40) begin
      cmd_payload_index = {1'd0, _zz_cmd_payload_index_2};
    end
    if(when_RegisterDecoder_l76_41) begin
      cmd_payload_index = _zz_cmd_payload_index_3;
    end
    if(when_RegisterDecoder_l76_42) begin
      cmd_payload_index = _zz_cmd_payload_index_4;
    end
  end

  always @(*) begin
    cmd_payload_data = req_payload_data;
    if(when_RegisterDecoder_l76) begin
      cmd_payload_data = 64'h0000000054494304;
    end
    if(when_RegisterDecoder_l76_1) begin
      cmd_payload_data = 64'h0000000008451008;
    end
  end

  assign cmd_payload_control = (! onContext);
  assign cmd_payload_read = (! req_payload_write);
  assign when_RegisterDecoder_l76 = ((onControl && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_1 = ((onControl && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_2 = ((onControl && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_3 = ((onControl && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_4 = ((onControl && ((offset[11 : 3] == 9'h004) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_5 = ((onControl && ((offset[11 : 3] == 9'h005) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_6 = ((onControl && ((offset[11 : 3] == 9'h006) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_7 = ((onControl && ((offset[11 : 3] == 9'h007) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_8 = ((onControl && ((offset[11 : 3] == 9'h008) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_9 = ((onControl && ((offset[11 : 3] == 9'h009) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_10 = ((onControl && ((offset[11 : 3] == 9'h00a) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_11 = ((onControl && ((offset[11 : 5] == 7'h18) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_12 = ((onControl && ((offset[11 : 3] == 9'h00b) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_13 = ((onControl && ((offset[11 : 3] == 9'h00c) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_14 = ((onControl && ((offset[11 : 3] == 9'h00e) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_15 = ((onControl && ((offset[11 : 3] == 9'h00d) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_16 = ((onControl && ((offset[11 : 5] == 7'h08) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_17 = ((onControl && ((offset[11 : 5] == 7'h10) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_18 = ((onControl && ((offset[11 : 6] == 6'h10) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_19 = ((onControl && ((offset[11 : 6] == 6'h20) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_20 = ((onControl && ((offset[11 : 8] == 4'b1100) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_21 = ((onContext && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_22 = ((onContext && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_23 = ((onContext && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_24 = ((onContext && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_25 = ((onContext && ((offset[11 : 3] == 9'h004) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_26 = ((onContext && ((offset[11 : 3] == 9'h005) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_27 = ((onContext && ((offset[11 : 5] == 7'h08) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_28 = ((onContext && ((offset[11 : 8] == 4'b1000) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_29 = ((onContext && ((offset[11 : 8] == 4'b1001) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_30 = ((onContext && ((offset[11 : 3] == 9'h008) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_31 = ((onContext && ((offset[11 : 3] == 9'h009) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_32 = ((onContext && ((offset[11 : 3] == 9'h00a) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_33 = ((onContext && ((offset[11 : 3] == 9'h00f) && (offset[2 : 0] == 3'b000))) && (((! req_payload_write) && req_payload_fullWidth) || (req_payload_write && req_payload_fullWidth)));
  assign when_RegisterDecoder_l76_34 = ((onContext && ((offset[11 : 3] == 9'h00b) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_35 = ((onContext && ((offset[11 : 3] == 9'h00c) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_36 = ((onContext && ((offset[11 : 3] == 9'h00d) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_37 = ((onContext && ((offset[11 : 3] == 9'h00e) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign _zz_cmd_payload_index = offset[5 : 3];
  assign when_RegisterDecoder_l76_38 = ((onContext && (((offset[11 : 6] == 6'h08) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_index < 3'b101))) && (((! req_payload_write) && req_payload_fullWidth) || (req_payload_write && req_payload_fullWidth)));
  assign _zz_cmd_payload_index_1 = offset[5 : 3];
  assign when_RegisterDecoder_l76_39 = ((onContext && (((offset[11 : 6] == 6'h0a) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_index_1 < 3'b101))) && (((! req_payload_write) && req_payload_fullWidth) || (req_payload_write && req_payload_fullWidth)));
  assign _zz_cmd_payload_index_2 = offset[5 : 3];
  assign when_RegisterDecoder_l76_40 = ((onContext && (((offset[11 : 6] == 6'h0c) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_index_2 < 3'b101))) && ((! req_payload_write) && req_payload_fullWidth));
  assign _zz_cmd_payload_index_3 = offset[6 : 3];
  assign when_RegisterDecoder_l76_41 = ((onContext && (((offset[11 : 7] == 5'h08) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_index_3 < 4'b1011))) && (((! req_payload_write) && req_payload_fullWidth) || (req_payload_write && req_payload_fullWidth)));
  assign _zz_cmd_payload_index_4 = offset[6 : 3];
  assign when_RegisterDecoder_l76_42 = ((onContext && (((offset[11 : 7] == 5'h0c) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_index_4 < 4'b1011))) && ((! req_payload_write) && req_payload_fullWidth));
  assign refused = (cmd_payload_op == 4'b0110);

endmodule

module TaskIntc_AxiLite4Adapter (
  output wire          req_valid,
  input  wire          req_ready,
  output wire          req_payload_write,
  output wire          req_payload_fullWidth,
  output wire [15:0]   req_payload_address,
  output wire [63:0]   req_payload_data,
  input  wire          rsp_valid,
  input  wire          rsp_payload_fault,
  input  wire          rsp_payload_read,
  input  wire [63:0]   rsp_payload_data,
  input  wire          refused,
  input  wire          axi_aw_valid,
  output wire          axi_aw_ready,
  input  wire [15:0]   axi_aw_payload_addr,
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
  input  wire [15:0]   axi_ar_payload_addr,
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
  wire                when_AxiLite4Adapter_l48;
  wire                when_AxiLite4Adapter_l53;
  wire                rspRead;
  wire       [1:0]    _zz_axi_r_payload_resp;
  wire                _zz_axi_r_valid;
  wire                when_AxiLite4Adapter_l66;
  wire                when_AxiLite4Adapter_l71;

  assign canWrite = ((axi_aw_valid && axi_w_valid) && ((! bValid) || axi_b_ready));
  assign canRead = (axi_ar_valid && (! readBusy));
  assign pickWrite = (canWrite && ((! canRead) || preferWrite));
  assign req_valid = (canWrite || canRead);
  assign req_payload_write = pickWrite;
  assign req_payload_address = (pickWrite ? axi_aw_payload_addr : axi_ar_payload_addr);
  assign req_payload_data = axi_w_payload_data;
  assign req_payload_fullWidth = (pickWrite ? (&axi_w_payload_strb) : 1'b1);
  assign when_AxiLite4Adapter_l48 = (pickWrite && req_ready);
  assign when_AxiLite4Adapter_l53 = (((! pickWrite) && canRead) && req_ready);
  assign axi_aw_ready = when_AxiLite4Adapter_l48;
  assign axi_w_ready = when_AxiLite4Adapter_l48;
  assign axi_ar_ready = when_AxiLite4Adapter_l53;
  assign axi_b_valid = bValid;
  assign axi_b_payload_resp = bResp;
  assign rspRead = (rsp_valid && rsp_payload_read);
  assign _zz_axi_r_payload_resp = (rsp_payload_fault ? 2'b10 : 2'b00);
  assign _zz_axi_r_valid = (rHold || rspRead);
  assign axi_r_valid = _zz_axi_r_valid;
  assign axi_r_payload_data = (rHold ? rHoldData : rsp_payload_data);
  assign axi_r_payload_resp = (rHold ? rHoldResp : _zz_axi_r_payload_resp);
  assign when_AxiLite4Adapter_l66 = (rspRead && (! axi_r_ready));
  assign when_AxiLite4Adapter_l71 = (_zz_axi_r_valid && axi_r_ready);
  always @(posedge clk) begin
    if(reset) begin
      bValid <= 1'b0;
      bResp <= 2'b00;
      readBusy <= 1'b0;
      rHold <= 1'b0;
      preferWrite <= 1'b0;
    end else begin
      if(when_AxiLite4Adapter_l48) begin
        bValid <= 1'b1;
        bResp <= (refused ? 2'b10 : 2'b00);
        preferWrite <= 1'b0;
      end else begin
        if(axi_b_ready) begin
          bValid <= 1'b0;
        end
      end
      if(when_AxiLite4Adapter_l53) begin
        readBusy <= 1'b1;
        preferWrite <= 1'b1;
      end
      if(when_AxiLite4Adapter_l66) begin
        rHold <= 1'b1;
      end
      if(when_AxiLite4Adapter_l71) begin
        rHold <= 1'b0;
        readBusy <= 1'b0;
      end
    end
  end

  always @(posedge clk) begin
    if(when_AxiLite4Adapter_l66) begin
      rHoldData <= rsp_payload_data;
      rHoldResp <= _zz_axi_r_payload_resp;
    end
  end


endmodule
