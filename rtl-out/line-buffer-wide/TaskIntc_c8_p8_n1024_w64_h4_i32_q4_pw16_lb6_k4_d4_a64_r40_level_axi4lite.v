// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite

`timescale 1ns/1ps

module TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite (
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
  wire                core_wakeup_update_payload_startsDrain;
  wire                core_wakeup_poolFull;
  wire       [4:0]    core_wakeup_querySource;
  wire                core_wakeup_pickSourceBusy;
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
  wire                gateways_sched_pick_payload_startsDrain;
  wire       [23:0]   gateways_sched_queryCount;
  wire                gateways_sched_queryLost;
  wire                gateways_sched_queryPending;

  TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_AxiLite4Adapter busAdapter (
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
  TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_RegisterDecoder decoder (
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
  TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_ReadyQueueCore core (
    .cmd_valid                         (router_toScheduler_valid                 ), //i
    .cmd_ready                         (core_cmd_ready                           ), //o
    .cmd_payload_op                    (router_toScheduler_payload_op[3:0]       ), //i
    .cmd_payload_status                (router_toScheduler_payload_status[3:0]   ), //i
    .cmd_payload_control               (router_toScheduler_payload_control       ), //i
    .cmd_payload_read                  (router_toScheduler_payload_read          ), //i
    .cmd_payload_context               (router_toScheduler_payload_context[2:0]  ), //i
    .cmd_payload_hart                  (router_toScheduler_payload_hart[1:0]     ), //i
    .cmd_payload_source                (router_toScheduler_payload_source[4:0]   ), //i
    .cmd_payload_index                 (router_toScheduler_payload_index[3:0]    ), //i
    .cmd_payload_data                  (router_toScheduler_payload_data[63:0]    ), //i
    .rsp_valid                         (core_rsp_valid                           ), //o
    .rsp_payload_fault                 (core_rsp_payload_fault                   ), //o
    .rsp_payload_read                  (core_rsp_payload_read                    ), //o
    .rsp_payload_data                  (core_rsp_payload_data[63:0]              ), //o
    .wakeup_poolFull                   (core_wakeup_poolFull                     ), //o
    .wakeup_queryCount                 (gateways_sched_queryCount[23:0]          ), //i
    .wakeup_queryLost                  (gateways_sched_queryLost                 ), //i
    .wakeup_queryPending               (gateways_sched_queryPending              ), //i
    .wakeup_pick_valid                 (gateways_sched_pick_valid                ), //i
    .wakeup_pick_ready                 (core_wakeup_pick_ready                   ), //o
    .wakeup_pick_payload_persistent    (gateways_sched_pick_payload_persistent   ), //i
    .wakeup_pick_payload_takesEvent    (gateways_sched_pick_payload_takesEvent   ), //i
    .wakeup_pick_payload_source        (gateways_sched_pick_payload_source[4:0]  ), //i
    .wakeup_pick_payload_startsDrain   (gateways_sched_pick_payload_startsDrain  ), //i
    .wakeup_update_valid               (core_wakeup_update_valid                 ), //o
    .wakeup_update_payload_kind        (core_wakeup_update_payload_kind[2:0]     ), //o
    .wakeup_update_payload_take        (core_wakeup_update_payload_take          ), //o
    .wakeup_update_payload_give        (core_wakeup_update_payload_give          ), //o
    .wakeup_update_payload_wakeAll     (core_wakeup_update_payload_wakeAll       ), //o
    .wakeup_update_payload_persistent  (core_wakeup_update_payload_persistent    ), //o
    .wakeup_update_payload_masked      (core_wakeup_update_payload_masked        ), //o
    .wakeup_update_payload_handler     (core_wakeup_update_payload_handler       ), //o
    .wakeup_update_payload_waiting     (core_wakeup_update_payload_waiting       ), //o
    .wakeup_update_payload_source      (core_wakeup_update_payload_source[4:0]   ), //o
    .wakeup_update_payload_coalesce    (core_wakeup_update_payload_coalesce[21:0]), //o
    .wakeup_update_payload_startsDrain (core_wakeup_update_payload_startsDrain   ), //o
    .wakeup_querySource                (core_wakeup_querySource[4:0]             ), //o
    .wakeup_pickSourceBusy             (core_wakeup_pickSourceBusy               ), //o
    .usip                              (core_usip[3:0]                           ), //o
    .ssip                              (core_ssip[3:0]                           ), //o
    .deliveries_ack_valid              (core_deliveries_ack_valid                ), //o
    .deliveries_ack_ok                 (core_deliveries_ack_ok                   ), //o
    .deliveries_poolFull               (core_deliveries_poolFull                 ), //o
    .deliveries_task_valid             (ipc_deliveries_task_valid                ), //i
    .deliveries_task_ready             (core_deliveries_task_ready               ), //o
    .deliveries_task_payload_context   (ipc_deliveries_task_payload_context[2:0] ), //i
    .deliveries_task_payload_word      (ipc_deliveries_task_payload_word[63:0]   ), //i
    .removeBusy                        (core_removeBusy                          ), //o
    .clk                               (clk                                      ), //i
    .reset                             (reset                                    )  //i
  );
  TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_IpcUnit ipc (
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
  TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_CommandRouter router (
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
  TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_SourceGateways gateways (
    .irq                              (irq[23:0]                                ), //i
    .nic_rx_irq                       (nic_rx_irq[3:0]                          ), //i
    .nic_tx_irq                       (nic_tx_irq[3:0]                          ), //i
    .nic_rx_mask                      (gateways_nic_rx_mask[3:0]                ), //o
    .nic_tx_mask                      (gateways_nic_tx_mask[3:0]                ), //o
    .nic_rx_ack                       (gateways_nic_rx_ack[3:0]                 ), //o
    .nic_tx_ack                       (gateways_nic_tx_ack[3:0]                 ), //o
    .sched_poolFull                   (core_wakeup_poolFull                     ), //i
    .sched_queryCount                 (gateways_sched_queryCount[23:0]          ), //o
    .sched_queryLost                  (gateways_sched_queryLost                 ), //o
    .sched_queryPending               (gateways_sched_queryPending              ), //o
    .sched_pick_valid                 (gateways_sched_pick_valid                ), //o
    .sched_pick_ready                 (core_wakeup_pick_ready                   ), //i
    .sched_pick_payload_persistent    (gateways_sched_pick_payload_persistent   ), //o
    .sched_pick_payload_takesEvent    (gateways_sched_pick_payload_takesEvent   ), //o
    .sched_pick_payload_source        (gateways_sched_pick_payload_source[4:0]  ), //o
    .sched_pick_payload_startsDrain   (gateways_sched_pick_payload_startsDrain  ), //o
    .sched_update_valid               (core_wakeup_update_valid                 ), //i
    .sched_update_payload_kind        (core_wakeup_update_payload_kind[2:0]     ), //i
    .sched_update_payload_take        (core_wakeup_update_payload_take          ), //i
    .sched_update_payload_give        (core_wakeup_update_payload_give          ), //i
    .sched_update_payload_wakeAll     (core_wakeup_update_payload_wakeAll       ), //i
    .sched_update_payload_persistent  (core_wakeup_update_payload_persistent    ), //i
    .sched_update_payload_masked      (core_wakeup_update_payload_masked        ), //i
    .sched_update_payload_handler     (core_wakeup_update_payload_handler       ), //i
    .sched_update_payload_waiting     (core_wakeup_update_payload_waiting       ), //i
    .sched_update_payload_source      (core_wakeup_update_payload_source[4:0]   ), //i
    .sched_update_payload_coalesce    (core_wakeup_update_payload_coalesce[21:0]), //i
    .sched_update_payload_startsDrain (core_wakeup_update_payload_startsDrain   ), //i
    .sched_querySource                (core_wakeup_querySource[4:0]             ), //i
    .sched_pickSourceBusy             (core_wakeup_pickSourceBusy               ), //i
    .clk                              (clk                                      ), //i
    .reset                            (reset                                    )  //i
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

module TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_SourceGateways (
  input  wire [23:0]   irq,
  input  wire [3:0]    nic_rx_irq,
  input  wire [3:0]    nic_tx_irq,
  output wire [3:0]    nic_rx_mask,
  output wire [3:0]    nic_tx_mask,
  output wire [3:0]    nic_rx_ack,
  output wire [3:0]    nic_tx_ack,
  input  wire          sched_poolFull,
  output wire [23:0]   sched_queryCount,
  output wire          sched_queryLost,
  output wire          sched_queryPending,
  output wire          sched_pick_valid,
  input  wire          sched_pick_ready,
  output wire          sched_pick_payload_persistent,
  output wire          sched_pick_payload_takesEvent,
  output wire [4:0]    sched_pick_payload_source,
  output wire          sched_pick_payload_startsDrain,
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
  input  wire          sched_update_payload_startsDrain,
  input  wire [4:0]    sched_querySource,
  input  wire          sched_pickSourceBusy,
  input  wire          clk,
  input  wire          reset
);

  reg        [18:0]   counts_spinal_port1;
  reg        [18:0]   countsForStatus_spinal_port1;
  reg        [18:0]   countsForPick_spinal_port1;
  reg        [3:0]    pickRecords_spinal_port1;
  wire       [4:0]    _zz_upd_oneHot;
  wire       [4:0]    _zz_upd_oneHot_1;
  wire       [4:0]    _zz_upd_oneHot_2;
  wire       [4:0]    _zz_upd_oneHot_3;
  wire       [4:0]    _zz_upd_oneHot_4;
  wire       [4:0]    _zz_upd_oneHot_5;
  wire       [4:0]    _zz_upd_oneHot_6;
  wire       [4:0]    _zz_upd_oneHot_7;
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
  wire       [4:0]    _zz_countClearAddress;
  wire       [1:0]    _zz_folded;
  wire       [0:0]    _zz_folded_1;
  wire                _zz_folded_2;
  wire       [4:0]    _zz_folded_3;
  wire       [0:0]    _zz_folded_4;
  wire                _zz_folded_5;
  wire       [4:0]    _zz_folded_6;
  wire       [1:0]    _zz_folded_7;
  wire       [0:0]    _zz_folded_8;
  wire                _zz_folded_9;
  wire       [4:0]    _zz_folded_10;
  wire       [0:0]    _zz_folded_11;
  wire                _zz_folded_12;
  wire       [4:0]    _zz_folded_13;
  wire       [1:0]    _zz_folded_14;
  wire       [0:0]    _zz_folded_15;
  wire                _zz_folded_16;
  wire       [4:0]    _zz_folded_17;
  wire       [0:0]    _zz_folded_18;
  wire                _zz_folded_19;
  wire       [4:0]    _zz_folded_20;
  wire       [1:0]    _zz_folded_21;
  wire       [0:0]    _zz_folded_22;
  wire                _zz_folded_23;
  wire       [4:0]    _zz_folded_24;
  wire       [0:0]    _zz_folded_25;
  wire                _zz_folded_26;
  wire       [4:0]    _zz_folded_27;
  wire       [1:0]    _zz_folded_28;
  wire       [0:0]    _zz_folded_29;
  wire                _zz_folded_30;
  wire       [4:0]    _zz_folded_31;
  wire       [0:0]    _zz_folded_32;
  wire                _zz_folded_33;
  wire       [4:0]    _zz_folded_34;
  wire       [1:0]    _zz_folded_35;
  wire       [0:0]    _zz_folded_36;
  wire                _zz_folded_37;
  wire       [4:0]    _zz_folded_38;
  wire       [0:0]    _zz_folded_39;
  wire                _zz_folded_40;
  wire       [4:0]    _zz_folded_41;
  wire       [1:0]    _zz_folded_42;
  wire       [0:0]    _zz_folded_43;
  wire                _zz_folded_44;
  wire       [4:0]    _zz_folded_45;
  wire       [0:0]    _zz_folded_46;
  wire                _zz_folded_47;
  wire       [4:0]    _zz_folded_48;
  wire       [1:0]    _zz_folded_49;
  wire       [0:0]    _zz_folded_50;
  wire                _zz_folded_51;
  wire       [4:0]    _zz_folded_52;
  wire       [0:0]    _zz_folded_53;
  wire                _zz_folded_54;
  wire       [4:0]    _zz_folded_55;
  wire       [1:0]    _zz_folded_56;
  wire       [0:0]    _zz_folded_57;
  wire                _zz_folded_58;
  wire       [4:0]    _zz_folded_59;
  wire       [0:0]    _zz_folded_60;
  wire                _zz_folded_61;
  wire       [4:0]    _zz_folded_62;
  wire       [1:0]    _zz_folded_63;
  wire       [0:0]    _zz_folded_64;
  wire                _zz_folded_65;
  wire       [4:0]    _zz_folded_66;
  wire       [0:0]    _zz_folded_67;
  wire                _zz_folded_68;
  wire       [4:0]    _zz_folded_69;
  wire       [1:0]    _zz_folded_70;
  wire       [0:0]    _zz_folded_71;
  wire                _zz_folded_72;
  wire       [4:0]    _zz_folded_73;
  wire       [0:0]    _zz_folded_74;
  wire                _zz_folded_75;
  wire       [4:0]    _zz_folded_76;
  wire       [1:0]    _zz_folded_77;
  wire       [0:0]    _zz_folded_78;
  wire                _zz_folded_79;
  wire       [4:0]    _zz_folded_80;
  wire       [0:0]    _zz_folded_81;
  wire                _zz_folded_82;
  wire       [4:0]    _zz_folded_83;
  wire       [1:0]    _zz_folded_84;
  wire       [0:0]    _zz_folded_85;
  wire                _zz_folded_86;
  wire       [4:0]    _zz_folded_87;
  wire       [0:0]    _zz_folded_88;
  wire                _zz_folded_89;
  wire       [4:0]    _zz_folded_90;
  wire       [1:0]    _zz_folded_91;
  wire       [0:0]    _zz_folded_92;
  wire                _zz_folded_93;
  wire       [4:0]    _zz_folded_94;
  wire       [0:0]    _zz_folded_95;
  wire                _zz_folded_96;
  wire       [4:0]    _zz_folded_97;
  wire       [1:0]    _zz_folded_98;
  wire       [0:0]    _zz_folded_99;
  wire                _zz_folded_100;
  wire       [4:0]    _zz_folded_101;
  wire       [0:0]    _zz_folded_102;
  wire                _zz_folded_103;
  wire       [4:0]    _zz_folded_104;
  wire       [1:0]    _zz_folded_105;
  wire       [0:0]    _zz_folded_106;
  wire                _zz_folded_107;
  wire       [4:0]    _zz_folded_108;
  wire       [0:0]    _zz_folded_109;
  wire                _zz_folded_110;
  wire       [4:0]    _zz_folded_111;
  wire                _zz_counts_port;
  wire                _zz_counts_rd0;
  wire       [16:0]   _zz__zz_count_writeRow_3;
  wire       [16:0]   _zz__zz_count_writeRow_3_1;
  wire       [15:0]   _zz__zz_count_writeRow_3_2;
  wire       [16:0]   _zz__zz_count_writeRow_3_3;
  wire       [0:0]    _zz__zz_count_writeRow_3_4;
  wire       [16:0]   _zz__zz_count_writeRow_3_5;
  wire       [4:0]    _zz__zz_count_writeRow_3_6;
  reg        [4:0]    _zz__zz_count_writeRow_3_7;
  wire       [16:0]   _zz__zz_count_writeRow_4;
  wire       [1:0]    _zz__zz_countWritten;
  wire       [0:0]    _zz__zz_countWritten_1;
  wire       [1:0]    _zz__zz_countWritten_2;
  wire       [0:0]    _zz__zz_countWritten_3;
  wire       [16:0]   _zz__zz_countWritten_1_1;
  wire       [15:0]   _zz__zz_countWritten_1_2;
  wire       [15:0]   _zz__zz_countWritten_1_3;
  wire       [16:0]   _zz__zz_countWritten_1_4;
  wire       [16:0]   _zz__zz_countWritten_1_5;
  wire       [16:0]   _zz__zz_countWritten_1_6;
  wire       [15:0]   _zz_countWritten_2;
  wire       [4:0]    _zz_lineExtra_0;
  wire       [4:0]    _zz_lineExtra_1;
  wire       [4:0]    _zz_lineExtra_2;
  wire       [4:0]    _zz_lineExtra_3;
  wire       [4:0]    _zz_lineExtra_4;
  wire       [4:0]    _zz_lineExtra_5;
  wire       [4:0]    _zz_lineExtra_6;
  wire       [4:0]    _zz_lineExtra_7;
  wire       [4:0]    _zz_lineExtra_8;
  wire       [4:0]    _zz_lineExtra_9;
  wire       [4:0]    _zz_lineExtra_10;
  wire       [4:0]    _zz_lineExtra_11;
  wire       [4:0]    _zz_lineExtra_12;
  wire       [4:0]    _zz_lineExtra_13;
  wire       [4:0]    _zz_lineExtra_14;
  wire       [4:0]    _zz_lineExtra_15;
  wire       [4:0]    _zz_lineExtra_16;
  wire       [4:0]    _zz_lineExtra_17;
  wire       [4:0]    _zz_lineExtra_18;
  wire       [4:0]    _zz_lineExtra_19;
  wire       [4:0]    _zz_lineExtra_20;
  wire       [4:0]    _zz_lineExtra_21;
  wire       [4:0]    _zz_lineExtra_22;
  wire       [4:0]    _zz_lineExtra_23;
  wire       [4:0]    _zz_lineExtra_24;
  wire       [4:0]    _zz_lineExtra_25;
  wire       [4:0]    _zz_lineExtra_26;
  wire       [4:0]    _zz_lineExtra_27;
  wire       [4:0]    _zz_lineExtra_28;
  wire       [4:0]    _zz_lineExtra_29;
  wire       [4:0]    _zz_lineExtra_30;
  wire       [4:0]    _zz_lineExtra_31;
  wire       [1:0]    _zz_lineLost_64;
  wire       [0:0]    _zz_lineLost_65;
  wire                _zz_lineLost_66;
  wire       [0:0]    _zz_lineLost_67;
  wire                _zz_lineLost_68;
  wire       [1:0]    _zz_lineLost_69;
  wire       [0:0]    _zz_lineLost_70;
  wire                _zz_lineLost_71;
  wire       [0:0]    _zz_lineLost_72;
  wire                _zz_lineLost_73;
  wire       [1:0]    _zz_lineLost_74;
  wire       [0:0]    _zz_lineLost_75;
  wire                _zz_lineLost_76;
  wire       [0:0]    _zz_lineLost_77;
  wire                _zz_lineLost_78;
  wire       [1:0]    _zz_lineLost_79;
  wire       [0:0]    _zz_lineLost_80;
  wire                _zz_lineLost_81;
  wire       [0:0]    _zz_lineLost_82;
  wire                _zz_lineLost_83;
  wire       [1:0]    _zz_lineLost_84;
  wire       [0:0]    _zz_lineLost_85;
  wire                _zz_lineLost_86;
  wire       [0:0]    _zz_lineLost_87;
  wire                _zz_lineLost_88;
  wire       [1:0]    _zz_lineLost_89;
  wire       [0:0]    _zz_lineLost_90;
  wire                _zz_lineLost_91;
  wire       [0:0]    _zz_lineLost_92;
  wire                _zz_lineLost_93;
  wire       [1:0]    _zz_lineLost_94;
  wire       [0:0]    _zz_lineLost_95;
  wire                _zz_lineLost_96;
  wire       [0:0]    _zz_lineLost_97;
  wire                _zz_lineLost_98;
  wire       [1:0]    _zz_lineLost_99;
  wire       [0:0]    _zz_lineLost_100;
  wire                _zz_lineLost_101;
  wire       [0:0]    _zz_lineLost_102;
  wire                _zz_lineLost_103;
  wire       [1:0]    _zz_lineLost_104;
  wire       [0:0]    _zz_lineLost_105;
  wire                _zz_lineLost_106;
  wire       [0:0]    _zz_lineLost_107;
  wire                _zz_lineLost_108;
  wire       [1:0]    _zz_lineLost_109;
  wire       [0:0]    _zz_lineLost_110;
  wire                _zz_lineLost_111;
  wire       [0:0]    _zz_lineLost_112;
  wire                _zz_lineLost_113;
  wire       [1:0]    _zz_lineLost_114;
  wire       [0:0]    _zz_lineLost_115;
  wire                _zz_lineLost_116;
  wire       [0:0]    _zz_lineLost_117;
  wire                _zz_lineLost_118;
  wire       [1:0]    _zz_lineLost_119;
  wire       [0:0]    _zz_lineLost_120;
  wire                _zz_lineLost_121;
  wire       [0:0]    _zz_lineLost_122;
  wire                _zz_lineLost_123;
  wire       [1:0]    _zz_lineLost_124;
  wire       [0:0]    _zz_lineLost_125;
  wire                _zz_lineLost_126;
  wire       [0:0]    _zz_lineLost_127;
  wire                _zz_lineLost_128;
  wire       [1:0]    _zz_lineLost_129;
  wire       [0:0]    _zz_lineLost_130;
  wire                _zz_lineLost_131;
  wire       [0:0]    _zz_lineLost_132;
  wire                _zz_lineLost_133;
  wire       [1:0]    _zz_lineLost_134;
  wire       [0:0]    _zz_lineLost_135;
  wire                _zz_lineLost_136;
  wire       [0:0]    _zz_lineLost_137;
  wire                _zz_lineLost_138;
  wire       [1:0]    _zz_lineLost_139;
  wire       [0:0]    _zz_lineLost_140;
  wire                _zz_lineLost_141;
  wire       [0:0]    _zz_lineLost_142;
  wire                _zz_lineLost_143;
  wire                _zz_pickRecords_port;
  wire                _zz_pickRecords_rd0;
  wire                _zz_countsForPick_port;
  wire                _zz_countsForPick_rd0;
  wire       [1:0]    _zz__zz_pickChose_37;
  wire       [0:0]    _zz__zz_pickChose_37_1;
  wire                _zz__zz_pickChose_37_2;
  wire                _zz__zz_pickChose_37_3;
  wire                _zz__zz_pickChose_37_4;
  wire                _zz__zz_pickChose_37_5;
  wire       [0:0]    _zz__zz_pickChose_37_6;
  wire                _zz__zz_pickChose_37_7;
  wire                _zz__zz_pickChose_37_8;
  wire                _zz__zz_pickChose_37_9;
  wire                _zz__zz_pickChose_37_10;
  wire       [1:0]    _zz__zz_pickChose_37_11;
  wire       [0:0]    _zz__zz_pickChose_37_12;
  wire                _zz__zz_pickChose_37_13;
  wire                _zz__zz_pickChose_37_14;
  wire                _zz__zz_pickChose_37_15;
  wire                _zz__zz_pickChose_37_16;
  wire       [0:0]    _zz__zz_pickChose_37_17;
  wire                _zz__zz_pickChose_37_18;
  wire                _zz__zz_pickChose_37_19;
  wire                _zz__zz_pickChose_37_20;
  wire                _zz__zz_pickChose_37_21;
  wire       [1:0]    _zz__zz_pickChose_37_22;
  wire       [0:0]    _zz__zz_pickChose_37_23;
  wire                _zz__zz_pickChose_37_24;
  wire                _zz__zz_pickChose_37_25;
  wire                _zz__zz_pickChose_37_26;
  wire                _zz__zz_pickChose_37_27;
  wire       [0:0]    _zz__zz_pickChose_37_28;
  wire                _zz__zz_pickChose_37_29;
  wire                _zz__zz_pickChose_37_30;
  wire                _zz__zz_pickChose_37_31;
  wire                _zz__zz_pickChose_37_32;
  wire       [1:0]    _zz__zz_pickChose_37_33;
  wire       [0:0]    _zz__zz_pickChose_37_34;
  wire                _zz__zz_pickChose_37_35;
  wire                _zz__zz_pickChose_37_36;
  wire                _zz__zz_pickChose_37_37;
  wire                _zz__zz_pickChose_37_38;
  wire       [0:0]    _zz__zz_pickChose_37_39;
  wire                _zz__zz_pickChose_37_40;
  wire                _zz__zz_pickChose_37_41;
  wire                _zz__zz_pickChose_37_42;
  wire                _zz__zz_pickChose_37_43;
  wire       [1:0]    _zz__zz_pickChose_37_44;
  wire       [0:0]    _zz__zz_pickChose_37_45;
  wire                _zz__zz_pickChose_37_46;
  wire                _zz__zz_pickChose_37_47;
  wire                _zz__zz_pickChose_37_48;
  wire                _zz__zz_pickChose_37_49;
  wire       [0:0]    _zz__zz_pickChose_37_50;
  wire                _zz__zz_pickChose_37_51;
  wire                _zz__zz_pickChose_37_52;
  wire                _zz__zz_pickChose_37_53;
  wire                _zz__zz_pickChose_37_54;
  wire       [1:0]    _zz__zz_pickChose_37_55;
  wire       [0:0]    _zz__zz_pickChose_37_56;
  wire                _zz__zz_pickChose_37_57;
  wire                _zz__zz_pickChose_37_58;
  wire                _zz__zz_pickChose_37_59;
  wire                _zz__zz_pickChose_37_60;
  wire       [0:0]    _zz__zz_pickChose_37_61;
  wire                _zz__zz_pickChose_37_62;
  wire                _zz__zz_pickChose_37_63;
  wire                _zz__zz_pickChose_37_64;
  wire                _zz__zz_pickChose_37_65;
  wire       [1:0]    _zz__zz_pickChose_37_66;
  wire       [0:0]    _zz__zz_pickChose_37_67;
  wire                _zz__zz_pickChose_37_68;
  wire                _zz__zz_pickChose_37_69;
  wire                _zz__zz_pickChose_37_70;
  wire                _zz__zz_pickChose_37_71;
  wire       [0:0]    _zz__zz_pickChose_37_72;
  wire                _zz__zz_pickChose_37_73;
  wire                _zz__zz_pickChose_37_74;
  wire                _zz__zz_pickChose_37_75;
  wire                _zz__zz_pickChose_37_76;
  wire       [1:0]    _zz__zz_pickChose_37_77;
  wire       [0:0]    _zz__zz_pickChose_37_78;
  wire                _zz__zz_pickChose_37_79;
  wire                _zz__zz_pickChose_37_80;
  wire                _zz__zz_pickChose_37_81;
  wire                _zz__zz_pickChose_37_82;
  wire       [0:0]    _zz__zz_pickChose_37_83;
  wire                _zz__zz_pickChose_37_84;
  wire                _zz__zz_pickChose_37_85;
  wire                _zz__zz_pickChose_37_86;
  wire                _zz__zz_pickChose_37_87;
  wire       [1:0]    _zz__zz_pickChose_37_88;
  wire       [0:0]    _zz__zz_pickChose_37_89;
  wire                _zz__zz_pickChose_37_90;
  wire                _zz__zz_pickChose_37_91;
  wire                _zz__zz_pickChose_37_92;
  wire                _zz__zz_pickChose_37_93;
  wire       [0:0]    _zz__zz_pickChose_37_94;
  wire                _zz__zz_pickChose_37_95;
  wire                _zz__zz_pickChose_37_96;
  wire                _zz__zz_pickChose_37_97;
  wire                _zz__zz_pickChose_37_98;
  wire       [1:0]    _zz__zz_pickChose_37_99;
  wire       [0:0]    _zz__zz_pickChose_37_100;
  wire                _zz__zz_pickChose_37_101;
  wire                _zz__zz_pickChose_37_102;
  wire                _zz__zz_pickChose_37_103;
  wire                _zz__zz_pickChose_37_104;
  wire       [0:0]    _zz__zz_pickChose_37_105;
  wire                _zz__zz_pickChose_37_106;
  wire                _zz__zz_pickChose_37_107;
  wire                _zz__zz_pickChose_37_108;
  wire                _zz__zz_pickChose_37_109;
  wire       [1:0]    _zz__zz_pickChose_37_110;
  wire       [0:0]    _zz__zz_pickChose_37_111;
  wire                _zz__zz_pickChose_37_112;
  wire                _zz__zz_pickChose_37_113;
  wire                _zz__zz_pickChose_37_114;
  wire                _zz__zz_pickChose_37_115;
  wire       [0:0]    _zz__zz_pickChose_37_116;
  wire                _zz__zz_pickChose_37_117;
  wire                _zz__zz_pickChose_37_118;
  wire                _zz__zz_pickChose_37_119;
  wire                _zz__zz_pickChose_37_120;
  wire       [1:0]    _zz__zz_pickChose_37_121;
  wire       [0:0]    _zz__zz_pickChose_37_122;
  wire                _zz__zz_pickChose_37_123;
  wire                _zz__zz_pickChose_37_124;
  wire                _zz__zz_pickChose_37_125;
  wire                _zz__zz_pickChose_37_126;
  wire       [0:0]    _zz__zz_pickChose_37_127;
  wire                _zz__zz_pickChose_37_128;
  wire                _zz__zz_pickChose_37_129;
  wire                _zz__zz_pickChose_37_130;
  wire                _zz__zz_pickChose_37_131;
  wire       [1:0]    _zz__zz_pickChose_37_132;
  wire       [0:0]    _zz__zz_pickChose_37_133;
  wire                _zz__zz_pickChose_37_134;
  wire                _zz__zz_pickChose_37_135;
  wire                _zz__zz_pickChose_37_136;
  wire                _zz__zz_pickChose_37_137;
  wire       [0:0]    _zz__zz_pickChose_37_138;
  wire                _zz__zz_pickChose_37_139;
  wire                _zz__zz_pickChose_37_140;
  wire                _zz__zz_pickChose_37_141;
  wire                _zz__zz_pickChose_37_142;
  wire       [1:0]    _zz__zz_pickChose_37_143;
  wire       [0:0]    _zz__zz_pickChose_37_144;
  wire                _zz__zz_pickChose_37_145;
  wire                _zz__zz_pickChose_37_146;
  wire                _zz__zz_pickChose_37_147;
  wire                _zz__zz_pickChose_37_148;
  wire       [0:0]    _zz__zz_pickChose_37_149;
  wire                _zz__zz_pickChose_37_150;
  wire                _zz__zz_pickChose_37_151;
  wire                _zz__zz_pickChose_37_152;
  wire                _zz__zz_pickChose_37_153;
  wire       [1:0]    _zz__zz_pickChose_37_154;
  wire       [0:0]    _zz__zz_pickChose_37_155;
  wire                _zz__zz_pickChose_37_156;
  wire                _zz__zz_pickChose_37_157;
  wire                _zz__zz_pickChose_37_158;
  wire                _zz__zz_pickChose_37_159;
  wire       [0:0]    _zz__zz_pickChose_37_160;
  wire                _zz__zz_pickChose_37_161;
  wire                _zz__zz_pickChose_37_162;
  wire                _zz__zz_pickChose_37_163;
  wire                _zz__zz_pickChose_37_164;
  wire       [1:0]    _zz__zz_pickChose_37_165;
  wire       [0:0]    _zz__zz_pickChose_37_166;
  wire                _zz__zz_pickChose_37_167;
  wire                _zz__zz_pickChose_37_168;
  wire                _zz__zz_pickChose_37_169;
  wire                _zz__zz_pickChose_37_170;
  wire       [0:0]    _zz__zz_pickChose_37_171;
  wire                _zz__zz_pickChose_37_172;
  wire                _zz__zz_pickChose_37_173;
  wire                _zz__zz_pickChose_37_174;
  wire                _zz__zz_pickChose_37_175;
  wire       [5:0]    _zz_pickChoice_63;
  wire       [0:0]    _zz_pickChoice_64;
  wire       [2:0]    _zz_pickChoice_65;
  wire       [2:0]    _zz_pickChoice_66;
  wire                _zz_pickChoice_67;
  wire       [1:0]    _zz_pickChoice_68;
  wire       [1:0]    _zz_pickChoice_69;
  wire       [0:0]    _zz_pickChoice_70;
  wire                _zz_pickChoice_71;
  wire       [0:0]    _zz_pickChoice_72;
  wire       [0:0]    _zz_pickChoice_73;
  wire       [0:0]    _zz_pickChoice_74;
  wire       [0:0]    _zz_pickChoice_75;
  wire                _zz_pickChoice_76;
  wire       [0:0]    _zz_pickChoice_77;
  wire       [0:0]    _zz_pickChoice_78;
  wire                _zz_pickChoice_79;
  wire       [1:0]    _zz_pickChoice_80;
  wire       [0:0]    _zz_pickChoice_81;
  wire                _zz_pickChoice_82;
  wire       [0:0]    _zz_pickChoice_83;
  wire       [0:0]    _zz_pickChoice_84;
  wire       [0:0]    _zz_pickChoice_85;
  wire       [0:0]    _zz_pickChoice_86;
  wire                _zz_pickChoice_87;
  wire       [0:0]    _zz_pickChoice_88;
  wire       [0:0]    _zz_pickChoice_89;
  wire                _zz_pickChoice_90;
  wire       [2:0]    _zz_pickChoice_91;
  wire                _zz_pickChoice_92;
  wire       [1:0]    _zz_pickChoice_93;
  wire       [1:0]    _zz_pickChoice_94;
  wire       [0:0]    _zz_pickChoice_95;
  wire                _zz_pickChoice_96;
  wire       [0:0]    _zz_pickChoice_97;
  wire       [0:0]    _zz_pickChoice_98;
  wire       [0:0]    _zz_pickChoice_99;
  wire       [0:0]    _zz_pickChoice_100;
  wire                _zz_pickChoice_101;
  wire       [0:0]    _zz_pickChoice_102;
  wire       [0:0]    _zz_pickChoice_103;
  wire                _zz_pickChoice_104;
  wire       [1:0]    _zz_pickChoice_105;
  wire       [0:0]    _zz_pickChoice_106;
  wire                _zz_pickChoice_107;
  wire       [0:0]    _zz_pickChoice_108;
  wire       [0:0]    _zz_pickChoice_109;
  wire       [0:0]    _zz_pickChoice_110;
  wire       [0:0]    _zz_pickChoice_111;
  wire                _zz_pickChoice_112;
  wire       [0:0]    _zz_pickChoice_113;
  wire       [0:0]    _zz_pickChoice_114;
  wire                _zz_pickChoice_115;
  wire       [0:0]    _zz_pickChoice_116;
  wire       [2:0]    _zz_pickChoice_117;
  wire       [2:0]    _zz_pickChoice_118;
  wire                _zz_pickChoice_119;
  wire       [1:0]    _zz_pickChoice_120;
  wire       [1:0]    _zz_pickChoice_121;
  wire       [0:0]    _zz_pickChoice_122;
  wire                _zz_pickChoice_123;
  wire       [0:0]    _zz_pickChoice_124;
  wire       [0:0]    _zz_pickChoice_125;
  wire       [0:0]    _zz_pickChoice_126;
  wire       [0:0]    _zz_pickChoice_127;
  wire                _zz_pickChoice_128;
  wire       [0:0]    _zz_pickChoice_129;
  wire       [0:0]    _zz_pickChoice_130;
  wire                _zz_pickChoice_131;
  wire       [1:0]    _zz_pickChoice_132;
  wire       [0:0]    _zz_pickChoice_133;
  wire                _zz_pickChoice_134;
  wire       [0:0]    _zz_pickChoice_135;
  wire       [0:0]    _zz_pickChoice_136;
  wire       [0:0]    _zz_pickChoice_137;
  wire       [0:0]    _zz_pickChoice_138;
  wire                _zz_pickChoice_139;
  wire       [0:0]    _zz_pickChoice_140;
  wire       [0:0]    _zz_pickChoice_141;
  wire                _zz_pickChoice_142;
  wire       [2:0]    _zz_pickChoice_143;
  wire                _zz_pickChoice_144;
  wire       [1:0]    _zz_pickChoice_145;
  wire       [1:0]    _zz_pickChoice_146;
  wire       [0:0]    _zz_pickChoice_147;
  wire                _zz_pickChoice_148;
  wire       [0:0]    _zz_pickChoice_149;
  wire       [0:0]    _zz_pickChoice_150;
  wire       [0:0]    _zz_pickChoice_151;
  wire       [0:0]    _zz_pickChoice_152;
  wire                _zz_pickChoice_153;
  wire       [0:0]    _zz_pickChoice_154;
  wire       [0:0]    _zz_pickChoice_155;
  wire                _zz_pickChoice_156;
  wire       [1:0]    _zz_pickChoice_157;
  wire       [0:0]    _zz_pickChoice_158;
  wire                _zz_pickChoice_159;
  wire       [0:0]    _zz_pickChoice_160;
  wire       [0:0]    _zz_pickChoice_161;
  wire       [0:0]    _zz_pickChoice_162;
  wire       [0:0]    _zz_pickChoice_163;
  wire                _zz_pickChoice_164;
  wire       [0:0]    _zz_pickChoice_165;
  wire       [0:0]    _zz_pickChoice_166;
  wire                _zz_pickChoice_167;
  wire       [0:0]    _zz_pickChoice_168;
  wire       [2:0]    _zz_pickChoice_169;
  wire       [2:0]    _zz_pickChoice_170;
  wire                _zz_pickChoice_171;
  wire       [1:0]    _zz_pickChoice_172;
  wire       [1:0]    _zz_pickChoice_173;
  wire       [0:0]    _zz_pickChoice_174;
  wire                _zz_pickChoice_175;
  wire       [0:0]    _zz_pickChoice_176;
  wire       [0:0]    _zz_pickChoice_177;
  wire       [0:0]    _zz_pickChoice_178;
  wire       [0:0]    _zz_pickChoice_179;
  wire                _zz_pickChoice_180;
  wire       [0:0]    _zz_pickChoice_181;
  wire       [0:0]    _zz_pickChoice_182;
  wire                _zz_pickChoice_183;
  wire       [1:0]    _zz_pickChoice_184;
  wire       [0:0]    _zz_pickChoice_185;
  wire                _zz_pickChoice_186;
  wire       [0:0]    _zz_pickChoice_187;
  wire       [0:0]    _zz_pickChoice_188;
  wire       [0:0]    _zz_pickChoice_189;
  wire       [0:0]    _zz_pickChoice_190;
  wire                _zz_pickChoice_191;
  wire       [0:0]    _zz_pickChoice_192;
  wire       [0:0]    _zz_pickChoice_193;
  wire                _zz_pickChoice_194;
  wire       [2:0]    _zz_pickChoice_195;
  wire                _zz_pickChoice_196;
  wire       [1:0]    _zz_pickChoice_197;
  wire       [1:0]    _zz_pickChoice_198;
  wire       [0:0]    _zz_pickChoice_199;
  wire                _zz_pickChoice_200;
  wire       [0:0]    _zz_pickChoice_201;
  wire       [0:0]    _zz_pickChoice_202;
  wire       [0:0]    _zz_pickChoice_203;
  wire       [0:0]    _zz_pickChoice_204;
  wire                _zz_pickChoice_205;
  wire       [0:0]    _zz_pickChoice_206;
  wire       [0:0]    _zz_pickChoice_207;
  wire                _zz_pickChoice_208;
  wire       [1:0]    _zz_pickChoice_209;
  wire       [0:0]    _zz_pickChoice_210;
  wire                _zz_pickChoice_211;
  wire       [0:0]    _zz_pickChoice_212;
  wire       [0:0]    _zz_pickChoice_213;
  wire       [0:0]    _zz_pickChoice_214;
  wire       [0:0]    _zz_pickChoice_215;
  wire                _zz_pickChoice_216;
  wire       [0:0]    _zz_pickChoice_217;
  wire       [0:0]    _zz_pickChoice_218;
  wire                _zz_pickChoice_219;
  wire       [0:0]    _zz_pickChoice_220;
  wire       [2:0]    _zz_pickChoice_221;
  wire       [2:0]    _zz_pickChoice_222;
  wire                _zz_pickChoice_223;
  wire       [1:0]    _zz_pickChoice_224;
  wire       [1:0]    _zz_pickChoice_225;
  wire       [0:0]    _zz_pickChoice_226;
  wire                _zz_pickChoice_227;
  wire       [0:0]    _zz_pickChoice_228;
  wire       [0:0]    _zz_pickChoice_229;
  wire       [0:0]    _zz_pickChoice_230;
  wire       [0:0]    _zz_pickChoice_231;
  wire                _zz_pickChoice_232;
  wire       [0:0]    _zz_pickChoice_233;
  wire       [0:0]    _zz_pickChoice_234;
  wire                _zz_pickChoice_235;
  wire       [1:0]    _zz_pickChoice_236;
  wire       [0:0]    _zz_pickChoice_237;
  wire                _zz_pickChoice_238;
  wire       [0:0]    _zz_pickChoice_239;
  wire       [0:0]    _zz_pickChoice_240;
  wire       [0:0]    _zz_pickChoice_241;
  wire       [0:0]    _zz_pickChoice_242;
  wire                _zz_pickChoice_243;
  wire       [0:0]    _zz_pickChoice_244;
  wire       [0:0]    _zz_pickChoice_245;
  wire                _zz_pickChoice_246;
  wire       [2:0]    _zz_pickChoice_247;
  wire                _zz_pickChoice_248;
  wire       [1:0]    _zz_pickChoice_249;
  wire       [1:0]    _zz_pickChoice_250;
  wire       [0:0]    _zz_pickChoice_251;
  wire                _zz_pickChoice_252;
  wire       [0:0]    _zz_pickChoice_253;
  wire       [0:0]    _zz_pickChoice_254;
  wire       [0:0]    _zz_pickChoice_255;
  wire       [0:0]    _zz_pickChoice_256;
  wire                _zz_pickChoice_257;
  wire       [0:0]    _zz_pickChoice_258;
  wire       [0:0]    _zz_pickChoice_259;
  wire                _zz_pickChoice_260;
  wire       [1:0]    _zz_pickChoice_261;
  wire       [0:0]    _zz_pickChoice_262;
  wire                _zz_pickChoice_263;
  wire       [0:0]    _zz_pickChoice_264;
  wire       [0:0]    _zz_pickChoice_265;
  wire       [0:0]    _zz_pickChoice_266;
  wire       [0:0]    _zz_pickChoice_267;
  wire                _zz_pickChoice_268;
  wire       [0:0]    _zz_pickChoice_269;
  wire       [0:0]    _zz_pickChoice_270;
  wire                _zz_pickChoice_271;
  wire                _zz_countsForStatus_port;
  wire                _zz_countsForStatus_rd0;
  wire       [16:0]   _zz__zz_query_pending;
  wire       [16:0]   _zz__zz_query_pending_1;
  wire       [15:0]   _zz__zz_query_pending_2;
  wire       [16:0]   _zz__zz_query_pending_3;
  wire       [0:0]    _zz__zz_query_pending_4;
  wire       [16:0]   _zz__zz_query_pending_5;
  wire       [4:0]    _zz__zz_query_pending_6;
  reg        [4:0]    _zz__zz_query_pending_7;
  wire       [16:0]   _zz__zz_sched_queryLost_2;
  wire       [15:0]   _zz_query_pending_1;
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
  reg        [7:0]    masked;
  wire       [7:0]    upd_oneHot;
  wire                _zz_when_RecordPicker_l61;
  wire                _zz_when_NicCoalescing_l77;
  wire                when_RecordPicker_l61;
  wire       [7:0]    modesLoad;
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
  reg                 countUpdate_take;
  reg                 countUpdate_give;
  reg        [4:0]    countUpdate_source;
  wire       [4:0]    pickChoice;
  wire                pickChose;
  reg        [31:0]   lineBuffered;
  reg        [31:0]   lineLost;
  reg        [4:0]    lineExtra_0;
  reg        [4:0]    lineExtra_1;
  reg        [4:0]    lineExtra_2;
  reg        [4:0]    lineExtra_3;
  reg        [4:0]    lineExtra_4;
  reg        [4:0]    lineExtra_5;
  reg        [4:0]    lineExtra_6;
  reg        [4:0]    lineExtra_7;
  reg        [4:0]    lineExtra_8;
  reg        [4:0]    lineExtra_9;
  reg        [4:0]    lineExtra_10;
  reg        [4:0]    lineExtra_11;
  reg        [4:0]    lineExtra_12;
  reg        [4:0]    lineExtra_13;
  reg        [4:0]    lineExtra_14;
  reg        [4:0]    lineExtra_15;
  reg        [4:0]    lineExtra_16;
  reg        [4:0]    lineExtra_17;
  reg        [4:0]    lineExtra_18;
  reg        [4:0]    lineExtra_19;
  reg        [4:0]    lineExtra_20;
  reg        [4:0]    lineExtra_21;
  reg        [4:0]    lineExtra_22;
  reg        [4:0]    lineExtra_23;
  reg        [4:0]    lineExtra_24;
  reg        [4:0]    lineExtra_25;
  reg        [4:0]    lineExtra_26;
  reg        [4:0]    lineExtra_27;
  reg        [4:0]    lineExtra_28;
  reg        [4:0]    lineExtra_29;
  reg        [4:0]    lineExtra_30;
  reg        [4:0]    lineExtra_31;
  reg                 countClearing;
  reg        [4:0]    countClearAddress;
  reg                 fold;
  reg        [4:0]    foldSource;
  reg                 foldForS1;
  wire       [31:0]   folded;
  wire       [4:0]    _zz_foldSource;
  reg                 count_write;
  reg        [4:0]    count_writeAt;
  reg        [18:0]   count_writeRow;
  wire       [18:0]   counts_rd0;
  reg                 countForFold_bypass;
  reg        [18:0]   countForFold_written;
  wire       [18:0]   _zz_count_writeRow;
  reg                 configAtFold;
  reg                 maskAtFold;
  wire                _zz_count_writeRow_1;
  wire                _zz_count_writeRow_2;
  wire       [16:0]   _zz_count_writeRow_3;
  wire                _zz_count_writeRow_4;
  wire       [1:0]    _zz_countWritten;
  wire       [16:0]   _zz_countWritten_1;
  wire                _zz_count_writeRow_5;
  wire       [15:0]   countWritten;
  wire                _zz_due;
  reg                 drainStarts;
  reg                 drainEnds;
  wire                drainingWritten;
  wire                _zz_lineLost;
  wire                _zz_lineLost_1;
  wire                _zz_lineLost_2;
  wire                _zz_lineLost_3;
  wire                _zz_lineLost_4;
  wire                _zz_lineLost_5;
  wire                _zz_lineLost_6;
  wire                _zz_lineLost_7;
  wire                _zz_lineLost_8;
  wire                _zz_lineLost_9;
  wire                _zz_lineLost_10;
  wire                _zz_lineLost_11;
  wire                _zz_lineLost_12;
  wire                _zz_lineLost_13;
  wire                _zz_lineLost_14;
  wire                _zz_lineLost_15;
  wire                _zz_lineLost_16;
  wire                _zz_lineLost_17;
  wire                _zz_lineLost_18;
  wire                _zz_lineLost_19;
  wire                _zz_lineLost_20;
  wire                _zz_lineLost_21;
  wire                _zz_lineLost_22;
  wire                _zz_lineLost_23;
  wire                _zz_lineLost_24;
  wire                _zz_lineLost_25;
  wire                _zz_lineLost_26;
  wire                _zz_lineLost_27;
  wire                _zz_lineLost_28;
  wire                _zz_lineLost_29;
  wire                _zz_lineLost_30;
  wire                _zz_lineLost_31;
  wire                _zz_lineLost_32;
  wire                _zz_lineLost_33;
  wire                _zz_lineLost_34;
  wire                _zz_lineLost_35;
  wire                _zz_lineLost_36;
  wire                _zz_lineLost_37;
  wire                _zz_lineLost_38;
  wire                _zz_lineLost_39;
  wire                _zz_lineLost_40;
  wire                _zz_lineLost_41;
  wire                _zz_lineLost_42;
  wire                _zz_lineLost_43;
  wire                _zz_lineLost_44;
  wire                _zz_lineLost_45;
  wire                _zz_lineLost_46;
  wire                _zz_lineLost_47;
  wire                _zz_lineLost_48;
  wire                _zz_lineLost_49;
  wire                _zz_lineLost_50;
  wire                _zz_lineLost_51;
  wire                _zz_lineLost_52;
  wire                _zz_lineLost_53;
  wire                _zz_lineLost_54;
  wire                _zz_lineLost_55;
  wire                _zz_lineLost_56;
  wire                _zz_lineLost_57;
  wire                _zz_lineLost_58;
  wire                _zz_lineLost_59;
  wire                _zz_lineLost_60;
  wire                _zz_lineLost_61;
  wire                _zz_lineLost_62;
  wire                _zz_lineLost_63;
  reg        [31:0]   due;
  wire       [3:0]    _zz_pickRecord_writeRow;
  reg                 pickRecord_write;
  reg        [4:0]    pickRecord_writeAt;
  reg        [3:0]    pickRecord_writeRow;
  reg                 offerValid;
  reg        [4:0]    offerSource;
  wire       [3:0]    pickRecords_rd0;
  reg                 offerRecord_bypass;
  reg        [3:0]    offerRecord_written;
  wire       [3:0]    _zz_sched_pick_payload_startsDrain;
  wire       [18:0]   countsForPick_rd0;
  reg                 countForPick_bypass;
  reg        [18:0]   countForPick_written;
  wire       [18:0]   _zz_sched_pick_payload_takesEvent;
  wire                _zz_offerDelivers;
  wire                _zz_sched_pick_payload_takesEvent_1;
  wire                _zz_sched_pick_payload_persistent;
  wire                offerDelivers;
  reg        [3:0]    pickRecordOfS1;
  wire       [3:0]    _zz_due_1;
  wire       [31:0]   candidates;
  reg        [4:0]    lastPick;
  wire       [4:0]    _zz_lastPick;
  wire                _zz_pickChose;
  wire                _zz_pickChose_1;
  wire                _zz_pickChose_2;
  wire                _zz_pickChose_3;
  wire                _zz_pickChose_4;
  wire                _zz_pickChose_5;
  wire                _zz_pickChose_6;
  wire                _zz_pickChose_7;
  wire                _zz_pickChose_8;
  wire                _zz_pickChose_9;
  wire                _zz_pickChose_10;
  wire                _zz_pickChose_11;
  wire                _zz_pickChose_12;
  wire                _zz_pickChose_13;
  wire                _zz_pickChose_14;
  wire                _zz_pickChose_15;
  wire                _zz_pickChose_16;
  wire                _zz_pickChose_17;
  wire                _zz_pickChose_18;
  wire                _zz_pickChose_19;
  wire                _zz_pickChose_20;
  wire                _zz_pickChose_21;
  wire                _zz_pickChose_22;
  wire                _zz_pickChose_23;
  wire                _zz_pickChose_24;
  wire                _zz_pickChose_25;
  wire                _zz_pickChose_26;
  wire                _zz_pickChose_27;
  wire                _zz_pickChose_28;
  wire                _zz_pickChose_29;
  wire                _zz_pickChose_30;
  wire                _zz_pickChose_31;
  wire                _zz_pickChose_32;
  wire                _zz_pickChose_33;
  wire                _zz_pickChose_34;
  wire                _zz_pickChose_35;
  wire                _zz_pickChose_36;
  wire       [63:0]   _zz_pickChose_37;
  wire                _zz_pickChoice;
  wire                _zz_pickChoice_1;
  wire                _zz_pickChoice_2;
  wire                _zz_pickChoice_3;
  wire                _zz_pickChoice_4;
  wire                _zz_pickChoice_5;
  wire                _zz_pickChoice_6;
  wire                _zz_pickChoice_7;
  wire                _zz_pickChoice_8;
  wire                _zz_pickChoice_9;
  wire                _zz_pickChoice_10;
  wire                _zz_pickChoice_11;
  wire                _zz_pickChoice_12;
  wire                _zz_pickChoice_13;
  wire                _zz_pickChoice_14;
  wire                _zz_pickChoice_15;
  wire                _zz_pickChoice_16;
  wire                _zz_pickChoice_17;
  wire                _zz_pickChoice_18;
  wire                _zz_pickChoice_19;
  wire                _zz_pickChoice_20;
  wire                _zz_pickChoice_21;
  wire                _zz_pickChoice_22;
  wire                _zz_pickChoice_23;
  wire                _zz_pickChoice_24;
  wire                _zz_pickChoice_25;
  wire                _zz_pickChoice_26;
  wire                _zz_pickChoice_27;
  wire                _zz_pickChoice_28;
  wire                _zz_pickChoice_29;
  wire                _zz_pickChoice_30;
  wire                _zz_pickChoice_31;
  wire                _zz_pickChoice_32;
  wire                _zz_pickChoice_33;
  wire                _zz_pickChoice_34;
  wire                _zz_pickChoice_35;
  wire                _zz_pickChoice_36;
  wire                _zz_pickChoice_37;
  wire                _zz_pickChoice_38;
  wire                _zz_pickChoice_39;
  wire                _zz_pickChoice_40;
  wire                _zz_pickChoice_41;
  wire                _zz_pickChoice_42;
  wire                _zz_pickChoice_43;
  wire                _zz_pickChoice_44;
  wire                _zz_pickChoice_45;
  wire                _zz_pickChoice_46;
  wire                _zz_pickChoice_47;
  wire                _zz_pickChoice_48;
  wire                _zz_pickChoice_49;
  wire                _zz_pickChoice_50;
  wire                _zz_pickChoice_51;
  wire                _zz_pickChoice_52;
  wire                _zz_pickChoice_53;
  wire                _zz_pickChoice_54;
  wire                _zz_pickChoice_55;
  wire                _zz_pickChoice_56;
  wire                _zz_pickChoice_57;
  wire                _zz_pickChoice_58;
  wire                _zz_pickChoice_59;
  wire                _zz_pickChoice_60;
  wire                _zz_pickChoice_61;
  wire                _zz_pickChoice_62;
  reg        [4:0]    query_source;
  wire       [18:0]   countsForStatus_rd0;
  reg                 countForStatus_bypass;
  reg        [18:0]   countForStatus_written;
  wire       [18:0]   _zz_sched_queryLost;
  wire                _zz_sched_queryLost_1;
  wire       [16:0]   _zz_query_pending;
  wire                _zz_sched_queryLost_2;
  wire       [15:0]   query_pending;
  wire       [16:0]   _zz_sched_queryCount;
  reg [18:0] counts [0:31];
  reg [18:0] countsForStatus [0:31];
  reg [18:0] countsForPick [0:31];
  (* ram_style = "logic" *) reg [3:0] pickRecords [0:31];

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
  assign _zz_countClearAddress = (countClearAddress + 5'h01);
  assign _zz__zz_count_writeRow_3 = (_zz__zz_count_writeRow_3_1 + _zz__zz_count_writeRow_3_3);
  assign _zz__zz_count_writeRow_3_2 = _zz_count_writeRow[15 : 0];
  assign _zz__zz_count_writeRow_3_1 = {1'd0, _zz__zz_count_writeRow_3_2};
  assign _zz__zz_count_writeRow_3_4 = (lineBuffered[foldSource] && (! _zz_count_writeRow_1));
  assign _zz__zz_count_writeRow_3_3 = {16'd0, _zz__zz_count_writeRow_3_4};
  assign _zz__zz_count_writeRow_3_6 = (_zz__zz_count_writeRow_3_7 & ((! _zz_count_writeRow_1) ? 5'h1f : 5'h0));
  assign _zz__zz_count_writeRow_3_5 = {12'd0, _zz__zz_count_writeRow_3_6};
  assign _zz__zz_count_writeRow_4 = _zz_count_writeRow_3;
  assign _zz__zz_countWritten_1 = (event_1[foldSource] && (! _zz_count_writeRow_2));
  assign _zz__zz_countWritten = {1'd0, _zz__zz_countWritten_1};
  assign _zz__zz_countWritten_3 = countUpdate_give;
  assign _zz__zz_countWritten_2 = {1'd0, _zz__zz_countWritten_3};
  assign _zz__zz_countWritten_1_2 = (_zz_count_writeRow_4 ? 16'hffff : _zz__zz_countWritten_1_3);
  assign _zz__zz_countWritten_1_1 = {1'd0, _zz__zz_countWritten_1_2};
  assign _zz__zz_countWritten_1_3 = _zz_count_writeRow_3[15:0];
  assign _zz__zz_countWritten_1_4 = (_zz__zz_countWritten_1_5 - 17'h00001);
  assign _zz__zz_countWritten_1_5 = {15'd0, _zz_countWritten};
  assign _zz__zz_countWritten_1_6 = {15'd0, _zz_countWritten};
  assign _zz_countWritten_2 = _zz_countWritten_1[15:0];
  assign _zz_lineExtra_0 = (lineExtra_0 + 5'h01);
  assign _zz_lineExtra_1 = (lineExtra_1 + 5'h01);
  assign _zz_lineExtra_2 = (lineExtra_2 + 5'h01);
  assign _zz_lineExtra_3 = (lineExtra_3 + 5'h01);
  assign _zz_lineExtra_4 = (lineExtra_4 + 5'h01);
  assign _zz_lineExtra_5 = (lineExtra_5 + 5'h01);
  assign _zz_lineExtra_6 = (lineExtra_6 + 5'h01);
  assign _zz_lineExtra_7 = (lineExtra_7 + 5'h01);
  assign _zz_lineExtra_8 = (lineExtra_8 + 5'h01);
  assign _zz_lineExtra_9 = (lineExtra_9 + 5'h01);
  assign _zz_lineExtra_10 = (lineExtra_10 + 5'h01);
  assign _zz_lineExtra_11 = (lineExtra_11 + 5'h01);
  assign _zz_lineExtra_12 = (lineExtra_12 + 5'h01);
  assign _zz_lineExtra_13 = (lineExtra_13 + 5'h01);
  assign _zz_lineExtra_14 = (lineExtra_14 + 5'h01);
  assign _zz_lineExtra_15 = (lineExtra_15 + 5'h01);
  assign _zz_lineExtra_16 = (lineExtra_16 + 5'h01);
  assign _zz_lineExtra_17 = (lineExtra_17 + 5'h01);
  assign _zz_lineExtra_18 = (lineExtra_18 + 5'h01);
  assign _zz_lineExtra_19 = (lineExtra_19 + 5'h01);
  assign _zz_lineExtra_20 = (lineExtra_20 + 5'h01);
  assign _zz_lineExtra_21 = (lineExtra_21 + 5'h01);
  assign _zz_lineExtra_22 = (lineExtra_22 + 5'h01);
  assign _zz_lineExtra_23 = (lineExtra_23 + 5'h01);
  assign _zz_lineExtra_24 = (lineExtra_24 + 5'h01);
  assign _zz_lineExtra_25 = (lineExtra_25 + 5'h01);
  assign _zz_lineExtra_26 = (lineExtra_26 + 5'h01);
  assign _zz_lineExtra_27 = (lineExtra_27 + 5'h01);
  assign _zz_lineExtra_28 = (lineExtra_28 + 5'h01);
  assign _zz_lineExtra_29 = (lineExtra_29 + 5'h01);
  assign _zz_lineExtra_30 = (lineExtra_30 + 5'h01);
  assign _zz_lineExtra_31 = (lineExtra_31 + 5'h01);
  assign _zz_pickChoice_63 = {(! _zz_pickChoice_62),(_zz_pickChoice_62 ? {(! _zz_pickChoice_60),(_zz_pickChoice_60 ? {_zz_pickChoice_64,_zz_pickChoice_65} : {_zz_pickChoice_116,_zz_pickChoice_117})} : {(! _zz_pickChoice_61),(_zz_pickChoice_61 ? {_zz_pickChoice_168,_zz_pickChoice_169} : {_zz_pickChoice_220,_zz_pickChoice_221})})};
  assign _zz__zz_query_pending = (_zz__zz_query_pending_1 + _zz__zz_query_pending_3);
  assign _zz__zz_query_pending_2 = _zz_sched_queryLost[15 : 0];
  assign _zz__zz_query_pending_1 = {1'd0, _zz__zz_query_pending_2};
  assign _zz__zz_query_pending_4 = (lineBuffered[query_source] && (! _zz_sched_queryLost_1));
  assign _zz__zz_query_pending_3 = {16'd0, _zz__zz_query_pending_4};
  assign _zz__zz_query_pending_6 = (_zz__zz_query_pending_7 & ((! _zz_sched_queryLost_1) ? 5'h1f : 5'h0));
  assign _zz__zz_query_pending_5 = {12'd0, _zz__zz_query_pending_6};
  assign _zz__zz_sched_queryLost_2 = _zz_query_pending;
  assign _zz_query_pending_1 = _zz_query_pending[15:0];
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
  assign _zz_counts_rd0 = 1'b1;
  assign _zz_countsForStatus_rd0 = 1'b1;
  assign _zz_countsForPick_rd0 = 1'b1;
  assign _zz_pickRecords_rd0 = 1'b1;
  assign _zz_upd_oneHot = 5'h07;
  assign _zz_upd_oneHot_1 = 5'h06;
  assign _zz_upd_oneHot_2 = 5'h05;
  assign _zz_upd_oneHot_3 = 5'h04;
  assign _zz_upd_oneHot_4 = 5'h03;
  assign _zz_upd_oneHot_5 = 5'h02;
  assign _zz_upd_oneHot_6 = 5'h01;
  assign _zz_upd_oneHot_7 = 5'h0;
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
  assign _zz_folded = {_zz_folded_1,_zz_folded_4};
  assign _zz_folded_7 = {_zz_folded_8,_zz_folded_11};
  assign _zz_folded_14 = {_zz_folded_15,_zz_folded_18};
  assign _zz_folded_21 = {_zz_folded_22,_zz_folded_25};
  assign _zz_folded_28 = {_zz_folded_29,_zz_folded_32};
  assign _zz_folded_35 = {_zz_folded_36,_zz_folded_39};
  assign _zz_folded_42 = {_zz_folded_43,_zz_folded_46};
  assign _zz_folded_49 = {_zz_folded_50,_zz_folded_53};
  assign _zz_folded_56 = {_zz_folded_57,_zz_folded_60};
  assign _zz_folded_63 = {_zz_folded_64,_zz_folded_67};
  assign _zz_folded_70 = {_zz_folded_71,_zz_folded_74};
  assign _zz_folded_77 = {_zz_folded_78,_zz_folded_81};
  assign _zz_folded_84 = {_zz_folded_85,_zz_folded_88};
  assign _zz_folded_91 = {_zz_folded_92,_zz_folded_95};
  assign _zz_folded_98 = {_zz_folded_99,_zz_folded_102};
  assign _zz_folded_105 = {_zz_folded_106,_zz_folded_109};
  assign _zz_folded_1 = _zz_folded_2;
  assign _zz_folded_4 = _zz_folded_5;
  assign _zz_folded_8 = _zz_folded_9;
  assign _zz_folded_11 = _zz_folded_12;
  assign _zz_folded_15 = _zz_folded_16;
  assign _zz_folded_18 = _zz_folded_19;
  assign _zz_folded_22 = _zz_folded_23;
  assign _zz_folded_25 = _zz_folded_26;
  assign _zz_folded_29 = _zz_folded_30;
  assign _zz_folded_32 = _zz_folded_33;
  assign _zz_folded_36 = _zz_folded_37;
  assign _zz_folded_39 = _zz_folded_40;
  assign _zz_folded_43 = _zz_folded_44;
  assign _zz_folded_46 = _zz_folded_47;
  assign _zz_folded_50 = _zz_folded_51;
  assign _zz_folded_53 = _zz_folded_54;
  assign _zz_folded_57 = _zz_folded_58;
  assign _zz_folded_60 = _zz_folded_61;
  assign _zz_folded_64 = _zz_folded_65;
  assign _zz_folded_67 = _zz_folded_68;
  assign _zz_folded_71 = _zz_folded_72;
  assign _zz_folded_74 = _zz_folded_75;
  assign _zz_folded_78 = _zz_folded_79;
  assign _zz_folded_81 = _zz_folded_82;
  assign _zz_folded_85 = _zz_folded_86;
  assign _zz_folded_88 = _zz_folded_89;
  assign _zz_folded_92 = _zz_folded_93;
  assign _zz_folded_95 = _zz_folded_96;
  assign _zz_folded_99 = _zz_folded_100;
  assign _zz_folded_102 = _zz_folded_103;
  assign _zz_folded_106 = _zz_folded_107;
  assign _zz_folded_109 = _zz_folded_110;
  assign _zz_folded_2 = (foldSource == _zz_folded_3);
  assign _zz_folded_5 = (foldSource == _zz_folded_6);
  assign _zz_folded_9 = (foldSource == _zz_folded_10);
  assign _zz_folded_12 = (foldSource == _zz_folded_13);
  assign _zz_folded_16 = (foldSource == _zz_folded_17);
  assign _zz_folded_19 = (foldSource == _zz_folded_20);
  assign _zz_folded_23 = (foldSource == _zz_folded_24);
  assign _zz_folded_26 = (foldSource == _zz_folded_27);
  assign _zz_folded_30 = (foldSource == _zz_folded_31);
  assign _zz_folded_33 = (foldSource == _zz_folded_34);
  assign _zz_folded_37 = (foldSource == _zz_folded_38);
  assign _zz_folded_40 = (foldSource == _zz_folded_41);
  assign _zz_folded_44 = (foldSource == _zz_folded_45);
  assign _zz_folded_47 = (foldSource == _zz_folded_48);
  assign _zz_folded_51 = (foldSource == _zz_folded_52);
  assign _zz_folded_54 = (foldSource == _zz_folded_55);
  assign _zz_folded_58 = (foldSource == _zz_folded_59);
  assign _zz_folded_61 = (foldSource == _zz_folded_62);
  assign _zz_folded_65 = (foldSource == _zz_folded_66);
  assign _zz_folded_68 = (foldSource == _zz_folded_69);
  assign _zz_folded_72 = (foldSource == _zz_folded_73);
  assign _zz_folded_75 = (foldSource == _zz_folded_76);
  assign _zz_folded_79 = (foldSource == _zz_folded_80);
  assign _zz_folded_82 = (foldSource == _zz_folded_83);
  assign _zz_folded_86 = (foldSource == _zz_folded_87);
  assign _zz_folded_89 = (foldSource == _zz_folded_90);
  assign _zz_folded_93 = (foldSource == _zz_folded_94);
  assign _zz_folded_96 = (foldSource == _zz_folded_97);
  assign _zz_folded_100 = (foldSource == _zz_folded_101);
  assign _zz_folded_103 = (foldSource == _zz_folded_104);
  assign _zz_folded_107 = (foldSource == _zz_folded_108);
  assign _zz_folded_110 = (foldSource == _zz_folded_111);
  assign _zz_folded_3 = 5'h1f;
  assign _zz_folded_6 = 5'h1e;
  assign _zz_folded_10 = 5'h1d;
  assign _zz_folded_13 = 5'h1c;
  assign _zz_folded_17 = 5'h1b;
  assign _zz_folded_20 = 5'h1a;
  assign _zz_folded_24 = 5'h19;
  assign _zz_folded_27 = 5'h18;
  assign _zz_folded_31 = 5'h17;
  assign _zz_folded_34 = 5'h16;
  assign _zz_folded_38 = 5'h15;
  assign _zz_folded_41 = 5'h14;
  assign _zz_folded_45 = 5'h13;
  assign _zz_folded_48 = 5'h12;
  assign _zz_folded_52 = 5'h11;
  assign _zz_folded_55 = 5'h10;
  assign _zz_folded_59 = 5'h0f;
  assign _zz_folded_62 = 5'h0e;
  assign _zz_folded_66 = 5'h0d;
  assign _zz_folded_69 = 5'h0c;
  assign _zz_folded_73 = 5'h0b;
  assign _zz_folded_76 = 5'h0a;
  assign _zz_folded_80 = 5'h09;
  assign _zz_folded_83 = 5'h08;
  assign _zz_folded_87 = 5'h07;
  assign _zz_folded_90 = 5'h06;
  assign _zz_folded_94 = 5'h05;
  assign _zz_folded_97 = 5'h04;
  assign _zz_folded_101 = 5'h03;
  assign _zz_folded_104 = 5'h02;
  assign _zz_folded_108 = 5'h01;
  assign _zz_folded_111 = 5'h0;
  assign _zz_lineLost_64 = {_zz_lineLost_65,_zz_lineLost_67};
  assign _zz_lineLost_69 = {_zz_lineLost_70,_zz_lineLost_72};
  assign _zz_lineLost_74 = {_zz_lineLost_75,_zz_lineLost_77};
  assign _zz_lineLost_79 = {_zz_lineLost_80,_zz_lineLost_82};
  assign _zz_lineLost_84 = {_zz_lineLost_85,_zz_lineLost_87};
  assign _zz_lineLost_89 = {_zz_lineLost_90,_zz_lineLost_92};
  assign _zz_lineLost_94 = {_zz_lineLost_95,_zz_lineLost_97};
  assign _zz_lineLost_99 = {_zz_lineLost_100,_zz_lineLost_102};
  assign _zz_lineLost_104 = {_zz_lineLost_105,_zz_lineLost_107};
  assign _zz_lineLost_109 = {_zz_lineLost_110,_zz_lineLost_112};
  assign _zz_lineLost_114 = {_zz_lineLost_115,_zz_lineLost_117};
  assign _zz_lineLost_119 = {_zz_lineLost_120,_zz_lineLost_122};
  assign _zz_lineLost_124 = {_zz_lineLost_125,_zz_lineLost_127};
  assign _zz_lineLost_129 = {_zz_lineLost_130,_zz_lineLost_132};
  assign _zz_lineLost_134 = {_zz_lineLost_135,_zz_lineLost_137};
  assign _zz_lineLost_139 = {_zz_lineLost_140,_zz_lineLost_142};
  assign _zz_lineLost_65 = _zz_lineLost_66;
  assign _zz_lineLost_67 = _zz_lineLost_68;
  assign _zz_lineLost_70 = _zz_lineLost_71;
  assign _zz_lineLost_72 = _zz_lineLost_73;
  assign _zz_lineLost_75 = _zz_lineLost_76;
  assign _zz_lineLost_77 = _zz_lineLost_78;
  assign _zz_lineLost_80 = _zz_lineLost_81;
  assign _zz_lineLost_82 = _zz_lineLost_83;
  assign _zz_lineLost_85 = _zz_lineLost_86;
  assign _zz_lineLost_87 = _zz_lineLost_88;
  assign _zz_lineLost_90 = _zz_lineLost_91;
  assign _zz_lineLost_92 = _zz_lineLost_93;
  assign _zz_lineLost_95 = _zz_lineLost_96;
  assign _zz_lineLost_97 = _zz_lineLost_98;
  assign _zz_lineLost_100 = _zz_lineLost_101;
  assign _zz_lineLost_102 = _zz_lineLost_103;
  assign _zz_lineLost_105 = _zz_lineLost_106;
  assign _zz_lineLost_107 = _zz_lineLost_108;
  assign _zz_lineLost_110 = _zz_lineLost_111;
  assign _zz_lineLost_112 = _zz_lineLost_113;
  assign _zz_lineLost_115 = _zz_lineLost_116;
  assign _zz_lineLost_117 = _zz_lineLost_118;
  assign _zz_lineLost_120 = _zz_lineLost_121;
  assign _zz_lineLost_122 = _zz_lineLost_123;
  assign _zz_lineLost_125 = _zz_lineLost_126;
  assign _zz_lineLost_127 = _zz_lineLost_128;
  assign _zz_lineLost_130 = _zz_lineLost_131;
  assign _zz_lineLost_132 = _zz_lineLost_133;
  assign _zz_lineLost_135 = _zz_lineLost_136;
  assign _zz_lineLost_137 = _zz_lineLost_138;
  assign _zz_lineLost_140 = _zz_lineLost_141;
  assign _zz_lineLost_142 = _zz_lineLost_143;
  assign _zz_lineLost_66 = (_zz_lineLost_62 && _zz_lineLost_63);
  assign _zz_lineLost_68 = (_zz_lineLost_60 && _zz_lineLost_61);
  assign _zz_lineLost_71 = (_zz_lineLost_58 && _zz_lineLost_59);
  assign _zz_lineLost_73 = (_zz_lineLost_56 && _zz_lineLost_57);
  assign _zz_lineLost_76 = (_zz_lineLost_54 && _zz_lineLost_55);
  assign _zz_lineLost_78 = (_zz_lineLost_52 && _zz_lineLost_53);
  assign _zz_lineLost_81 = (_zz_lineLost_50 && _zz_lineLost_51);
  assign _zz_lineLost_83 = (_zz_lineLost_48 && _zz_lineLost_49);
  assign _zz_lineLost_86 = (_zz_lineLost_46 && _zz_lineLost_47);
  assign _zz_lineLost_88 = (_zz_lineLost_44 && _zz_lineLost_45);
  assign _zz_lineLost_91 = (_zz_lineLost_42 && _zz_lineLost_43);
  assign _zz_lineLost_93 = (_zz_lineLost_40 && _zz_lineLost_41);
  assign _zz_lineLost_96 = (_zz_lineLost_38 && _zz_lineLost_39);
  assign _zz_lineLost_98 = (_zz_lineLost_36 && _zz_lineLost_37);
  assign _zz_lineLost_101 = (_zz_lineLost_34 && _zz_lineLost_35);
  assign _zz_lineLost_103 = (_zz_lineLost_32 && _zz_lineLost_33);
  assign _zz_lineLost_106 = (_zz_lineLost_30 && _zz_lineLost_31);
  assign _zz_lineLost_108 = (_zz_lineLost_28 && _zz_lineLost_29);
  assign _zz_lineLost_111 = (_zz_lineLost_26 && _zz_lineLost_27);
  assign _zz_lineLost_113 = (_zz_lineLost_24 && _zz_lineLost_25);
  assign _zz_lineLost_116 = (_zz_lineLost_22 && _zz_lineLost_23);
  assign _zz_lineLost_118 = (_zz_lineLost_20 && _zz_lineLost_21);
  assign _zz_lineLost_121 = (_zz_lineLost_18 && _zz_lineLost_19);
  assign _zz_lineLost_123 = (_zz_lineLost_16 && _zz_lineLost_17);
  assign _zz_lineLost_126 = (_zz_lineLost_14 && _zz_lineLost_15);
  assign _zz_lineLost_128 = (_zz_lineLost_12 && _zz_lineLost_13);
  assign _zz_lineLost_131 = (_zz_lineLost_10 && _zz_lineLost_11);
  assign _zz_lineLost_133 = (_zz_lineLost_8 && _zz_lineLost_9);
  assign _zz_lineLost_136 = (_zz_lineLost_6 && _zz_lineLost_7);
  assign _zz_lineLost_138 = (_zz_lineLost_4 && _zz_lineLost_5);
  assign _zz_lineLost_141 = (_zz_lineLost_2 && _zz_lineLost_3);
  assign _zz_lineLost_143 = (_zz_lineLost && _zz_lineLost_1);
  assign _zz__zz_pickChose_37 = {_zz__zz_pickChose_37_1,_zz__zz_pickChose_37_6};
  assign _zz__zz_pickChose_37_11 = {_zz__zz_pickChose_37_12,_zz__zz_pickChose_37_17};
  assign _zz__zz_pickChose_37_22 = {_zz__zz_pickChose_37_23,_zz__zz_pickChose_37_28};
  assign _zz__zz_pickChose_37_33 = {_zz__zz_pickChose_37_34,_zz__zz_pickChose_37_39};
  assign _zz__zz_pickChose_37_44 = {_zz__zz_pickChose_37_45,_zz__zz_pickChose_37_50};
  assign _zz__zz_pickChose_37_55 = {_zz__zz_pickChose_37_56,_zz__zz_pickChose_37_61};
  assign _zz__zz_pickChose_37_66 = {_zz__zz_pickChose_37_67,_zz__zz_pickChose_37_72};
  assign _zz__zz_pickChose_37_77 = {_zz__zz_pickChose_37_78,_zz__zz_pickChose_37_83};
  assign _zz__zz_pickChose_37_88 = {_zz__zz_pickChose_37_89,_zz__zz_pickChose_37_94};
  assign _zz__zz_pickChose_37_99 = {_zz__zz_pickChose_37_100,_zz__zz_pickChose_37_105};
  assign _zz__zz_pickChose_37_110 = {_zz__zz_pickChose_37_111,_zz__zz_pickChose_37_116};
  assign _zz__zz_pickChose_37_121 = {_zz__zz_pickChose_37_122,_zz__zz_pickChose_37_127};
  assign _zz__zz_pickChose_37_132 = {_zz__zz_pickChose_37_133,_zz__zz_pickChose_37_138};
  assign _zz__zz_pickChose_37_143 = {_zz__zz_pickChose_37_144,_zz__zz_pickChose_37_149};
  assign _zz__zz_pickChose_37_154 = {_zz__zz_pickChose_37_155,_zz__zz_pickChose_37_160};
  assign _zz__zz_pickChose_37_165 = {_zz__zz_pickChose_37_166,_zz__zz_pickChose_37_171};
  assign _zz__zz_pickChose_37_1 = _zz__zz_pickChose_37_2;
  assign _zz__zz_pickChose_37_6 = _zz__zz_pickChose_37_7;
  assign _zz__zz_pickChose_37_12 = _zz__zz_pickChose_37_13;
  assign _zz__zz_pickChose_37_17 = _zz__zz_pickChose_37_18;
  assign _zz__zz_pickChose_37_23 = _zz__zz_pickChose_37_24;
  assign _zz__zz_pickChose_37_28 = _zz__zz_pickChose_37_29;
  assign _zz__zz_pickChose_37_34 = _zz__zz_pickChose_37_35;
  assign _zz__zz_pickChose_37_39 = _zz__zz_pickChose_37_40;
  assign _zz__zz_pickChose_37_45 = _zz__zz_pickChose_37_46;
  assign _zz__zz_pickChose_37_50 = _zz__zz_pickChose_37_51;
  assign _zz__zz_pickChose_37_56 = _zz__zz_pickChose_37_57;
  assign _zz__zz_pickChose_37_61 = _zz__zz_pickChose_37_62;
  assign _zz__zz_pickChose_37_67 = _zz__zz_pickChose_37_68;
  assign _zz__zz_pickChose_37_72 = _zz__zz_pickChose_37_73;
  assign _zz__zz_pickChose_37_78 = _zz__zz_pickChose_37_79;
  assign _zz__zz_pickChose_37_83 = _zz__zz_pickChose_37_84;
  assign _zz__zz_pickChose_37_89 = _zz__zz_pickChose_37_90;
  assign _zz__zz_pickChose_37_94 = _zz__zz_pickChose_37_95;
  assign _zz__zz_pickChose_37_100 = _zz__zz_pickChose_37_101;
  assign _zz__zz_pickChose_37_105 = _zz__zz_pickChose_37_106;
  assign _zz__zz_pickChose_37_111 = _zz__zz_pickChose_37_112;
  assign _zz__zz_pickChose_37_116 = _zz__zz_pickChose_37_117;
  assign _zz__zz_pickChose_37_122 = _zz__zz_pickChose_37_123;
  assign _zz__zz_pickChose_37_127 = _zz__zz_pickChose_37_128;
  assign _zz__zz_pickChose_37_133 = _zz__zz_pickChose_37_134;
  assign _zz__zz_pickChose_37_138 = _zz__zz_pickChose_37_139;
  assign _zz__zz_pickChose_37_144 = _zz__zz_pickChose_37_145;
  assign _zz__zz_pickChose_37_149 = _zz__zz_pickChose_37_150;
  assign _zz__zz_pickChose_37_155 = _zz__zz_pickChose_37_156;
  assign _zz__zz_pickChose_37_160 = _zz__zz_pickChose_37_161;
  assign _zz__zz_pickChose_37_166 = _zz__zz_pickChose_37_167;
  assign _zz__zz_pickChose_37_171 = _zz__zz_pickChose_37_172;
  assign _zz__zz_pickChose_37_2 = (_zz__zz_pickChose_37_3 && _zz__zz_pickChose_37_5);
  assign _zz__zz_pickChose_37_7 = (_zz__zz_pickChose_37_8 && _zz__zz_pickChose_37_10);
  assign _zz__zz_pickChose_37_13 = (_zz__zz_pickChose_37_14 && _zz__zz_pickChose_37_16);
  assign _zz__zz_pickChose_37_18 = (_zz__zz_pickChose_37_19 && _zz__zz_pickChose_37_21);
  assign _zz__zz_pickChose_37_24 = (_zz__zz_pickChose_37_25 && _zz__zz_pickChose_37_27);
  assign _zz__zz_pickChose_37_29 = (_zz__zz_pickChose_37_30 && _zz__zz_pickChose_37_32);
  assign _zz__zz_pickChose_37_35 = (_zz__zz_pickChose_37_36 && _zz__zz_pickChose_37_38);
  assign _zz__zz_pickChose_37_40 = (_zz__zz_pickChose_37_41 && _zz__zz_pickChose_37_43);
  assign _zz__zz_pickChose_37_46 = (_zz__zz_pickChose_37_47 && _zz__zz_pickChose_37_49);
  assign _zz__zz_pickChose_37_51 = (_zz__zz_pickChose_37_52 && _zz__zz_pickChose_37_54);
  assign _zz__zz_pickChose_37_57 = (_zz__zz_pickChose_37_58 && _zz__zz_pickChose_37_60);
  assign _zz__zz_pickChose_37_62 = (_zz__zz_pickChose_37_63 && _zz__zz_pickChose_37_65);
  assign _zz__zz_pickChose_37_68 = (_zz__zz_pickChose_37_69 && _zz__zz_pickChose_37_71);
  assign _zz__zz_pickChose_37_73 = (_zz__zz_pickChose_37_74 && _zz__zz_pickChose_37_76);
  assign _zz__zz_pickChose_37_79 = (_zz__zz_pickChose_37_80 && _zz__zz_pickChose_37_82);
  assign _zz__zz_pickChose_37_84 = (_zz__zz_pickChose_37_85 && _zz__zz_pickChose_37_87);
  assign _zz__zz_pickChose_37_90 = (_zz__zz_pickChose_37_91 && _zz__zz_pickChose_37_93);
  assign _zz__zz_pickChose_37_95 = (_zz__zz_pickChose_37_96 && _zz__zz_pickChose_37_98);
  assign _zz__zz_pickChose_37_101 = (_zz__zz_pickChose_37_102 && _zz__zz_pickChose_37_104);
  assign _zz__zz_pickChose_37_106 = (_zz__zz_pickChose_37_107 && _zz__zz_pickChose_37_109);
  assign _zz__zz_pickChose_37_112 = (_zz__zz_pickChose_37_113 && _zz__zz_pickChose_37_115);
  assign _zz__zz_pickChose_37_117 = (_zz__zz_pickChose_37_118 && _zz__zz_pickChose_37_120);
  assign _zz__zz_pickChose_37_123 = (_zz__zz_pickChose_37_124 && _zz__zz_pickChose_37_126);
  assign _zz__zz_pickChose_37_128 = (_zz__zz_pickChose_37_129 && _zz__zz_pickChose_37_131);
  assign _zz__zz_pickChose_37_134 = (_zz__zz_pickChose_37_135 && _zz__zz_pickChose_37_137);
  assign _zz__zz_pickChose_37_139 = (_zz__zz_pickChose_37_140 && _zz__zz_pickChose_37_142);
  assign _zz__zz_pickChose_37_145 = (_zz__zz_pickChose_37_146 && _zz__zz_pickChose_37_148);
  assign _zz__zz_pickChose_37_150 = (_zz__zz_pickChose_37_151 && _zz__zz_pickChose_37_153);
  assign _zz__zz_pickChose_37_156 = (_zz__zz_pickChose_37_157 && _zz__zz_pickChose_37_159);
  assign _zz__zz_pickChose_37_161 = (_zz__zz_pickChose_37_162 && _zz__zz_pickChose_37_164);
  assign _zz__zz_pickChose_37_167 = (_zz__zz_pickChose_37_168 && _zz__zz_pickChose_37_170);
  assign _zz__zz_pickChose_37_172 = (_zz__zz_pickChose_37_173 && _zz__zz_pickChose_37_175);
  assign _zz__zz_pickChose_37_3 = (_zz__zz_pickChose_37_4 || _zz_pickChose_34);
  assign _zz__zz_pickChose_37_5 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_8 = (_zz__zz_pickChose_37_9 || _zz_pickChose_33);
  assign _zz__zz_pickChose_37_10 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_14 = (_zz__zz_pickChose_37_15 || _zz_pickChose_32);
  assign _zz__zz_pickChose_37_16 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_19 = (_zz__zz_pickChose_37_20 || _zz_pickChose_31);
  assign _zz__zz_pickChose_37_21 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_25 = (_zz__zz_pickChose_37_26 || _zz_pickChose_30);
  assign _zz__zz_pickChose_37_27 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_30 = (_zz__zz_pickChose_37_31 || _zz_pickChose_29);
  assign _zz__zz_pickChose_37_32 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_36 = (_zz__zz_pickChose_37_37 || _zz_pickChose_28);
  assign _zz__zz_pickChose_37_38 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_41 = (_zz__zz_pickChose_37_42 || _zz_pickChose_27);
  assign _zz__zz_pickChose_37_43 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_47 = (_zz__zz_pickChose_37_48 || _zz_pickChose_26);
  assign _zz__zz_pickChose_37_49 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_52 = (_zz__zz_pickChose_37_53 || _zz_pickChose_25);
  assign _zz__zz_pickChose_37_54 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_58 = (_zz__zz_pickChose_37_59 || _zz_pickChose_24);
  assign _zz__zz_pickChose_37_60 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_63 = (_zz__zz_pickChose_37_64 || _zz_pickChose_23);
  assign _zz__zz_pickChose_37_65 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_69 = (_zz__zz_pickChose_37_70 || _zz_pickChose_22);
  assign _zz__zz_pickChose_37_71 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_74 = (_zz__zz_pickChose_37_75 || _zz_pickChose_21);
  assign _zz__zz_pickChose_37_76 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_80 = (_zz__zz_pickChose_37_81 || _zz_pickChose_20);
  assign _zz__zz_pickChose_37_82 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_85 = (_zz__zz_pickChose_37_86 || _zz_pickChose_19);
  assign _zz__zz_pickChose_37_87 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_91 = (_zz__zz_pickChose_37_92 && _zz_pickChose_34);
  assign _zz__zz_pickChose_37_93 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_96 = (_zz__zz_pickChose_37_97 && _zz_pickChose_33);
  assign _zz__zz_pickChose_37_98 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_102 = (_zz__zz_pickChose_37_103 && _zz_pickChose_32);
  assign _zz__zz_pickChose_37_104 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_107 = (_zz__zz_pickChose_37_108 && _zz_pickChose_31);
  assign _zz__zz_pickChose_37_109 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_113 = (_zz__zz_pickChose_37_114 && _zz_pickChose_30);
  assign _zz__zz_pickChose_37_115 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_118 = (_zz__zz_pickChose_37_119 && _zz_pickChose_29);
  assign _zz__zz_pickChose_37_120 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_124 = (_zz__zz_pickChose_37_125 && _zz_pickChose_28);
  assign _zz__zz_pickChose_37_126 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_129 = (_zz__zz_pickChose_37_130 && _zz_pickChose_27);
  assign _zz__zz_pickChose_37_131 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_135 = (_zz__zz_pickChose_37_136 && _zz_pickChose_26);
  assign _zz__zz_pickChose_37_137 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_140 = (_zz__zz_pickChose_37_141 && _zz_pickChose_25);
  assign _zz__zz_pickChose_37_142 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_146 = (_zz__zz_pickChose_37_147 && _zz_pickChose_24);
  assign _zz__zz_pickChose_37_148 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_151 = (_zz__zz_pickChose_37_152 && _zz_pickChose_23);
  assign _zz__zz_pickChose_37_153 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_157 = (_zz__zz_pickChose_37_158 && _zz_pickChose_22);
  assign _zz__zz_pickChose_37_159 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_162 = (_zz__zz_pickChose_37_163 && _zz_pickChose_21);
  assign _zz__zz_pickChose_37_164 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_168 = (_zz__zz_pickChose_37_169 && _zz_pickChose_20);
  assign _zz__zz_pickChose_37_170 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_173 = (_zz__zz_pickChose_37_174 && _zz_pickChose_19);
  assign _zz__zz_pickChose_37_175 = (! _zz_pickChose_36);
  assign _zz__zz_pickChose_37_4 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_9 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_15 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_20 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_26 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_31 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_37 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_42 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_48 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_53 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_59 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_64 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_70 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_75 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_81 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_86 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_92 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_97 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_103 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_108 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_114 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_119 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_125 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_130 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_136 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_141 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_147 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_152 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_158 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_163 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_169 = (! _zz_pickChose_35);
  assign _zz__zz_pickChose_37_174 = (! _zz_pickChose_35);
  assign _zz_pickChoice_64 = (! _zz_pickChoice_56);
  assign _zz_pickChoice_65 = (_zz_pickChoice_56 ? _zz_pickChoice_66 : _zz_pickChoice_91);
  assign _zz_pickChoice_116 = (! _zz_pickChoice_57);
  assign _zz_pickChoice_117 = (_zz_pickChoice_57 ? _zz_pickChoice_118 : _zz_pickChoice_143);
  assign _zz_pickChoice_168 = (! _zz_pickChoice_58);
  assign _zz_pickChoice_169 = (_zz_pickChoice_58 ? _zz_pickChoice_170 : _zz_pickChoice_195);
  assign _zz_pickChoice_220 = (! _zz_pickChoice_59);
  assign _zz_pickChoice_221 = (_zz_pickChoice_59 ? _zz_pickChoice_222 : _zz_pickChoice_247);
  assign _zz_pickChoice_66 = {_zz_pickChoice_67,_zz_pickChoice_68};
  assign _zz_pickChoice_91 = {_zz_pickChoice_92,_zz_pickChoice_93};
  assign _zz_pickChoice_118 = {_zz_pickChoice_119,_zz_pickChoice_120};
  assign _zz_pickChoice_143 = {_zz_pickChoice_144,_zz_pickChoice_145};
  assign _zz_pickChoice_170 = {_zz_pickChoice_171,_zz_pickChoice_172};
  assign _zz_pickChoice_195 = {_zz_pickChoice_196,_zz_pickChoice_197};
  assign _zz_pickChoice_222 = {_zz_pickChoice_223,_zz_pickChoice_224};
  assign _zz_pickChoice_247 = {_zz_pickChoice_248,_zz_pickChoice_249};
  assign _zz_pickChoice_67 = (! _zz_pickChoice_48);
  assign _zz_pickChoice_68 = (_zz_pickChoice_48 ? _zz_pickChoice_69 : _zz_pickChoice_80);
  assign _zz_pickChoice_92 = (! _zz_pickChoice_49);
  assign _zz_pickChoice_93 = (_zz_pickChoice_49 ? _zz_pickChoice_94 : _zz_pickChoice_105);
  assign _zz_pickChoice_119 = (! _zz_pickChoice_50);
  assign _zz_pickChoice_120 = (_zz_pickChoice_50 ? _zz_pickChoice_121 : _zz_pickChoice_132);
  assign _zz_pickChoice_144 = (! _zz_pickChoice_51);
  assign _zz_pickChoice_145 = (_zz_pickChoice_51 ? _zz_pickChoice_146 : _zz_pickChoice_157);
  assign _zz_pickChoice_171 = (! _zz_pickChoice_52);
  assign _zz_pickChoice_172 = (_zz_pickChoice_52 ? _zz_pickChoice_173 : _zz_pickChoice_184);
  assign _zz_pickChoice_196 = (! _zz_pickChoice_53);
  assign _zz_pickChoice_197 = (_zz_pickChoice_53 ? _zz_pickChoice_198 : _zz_pickChoice_209);
  assign _zz_pickChoice_223 = (! _zz_pickChoice_54);
  assign _zz_pickChoice_224 = (_zz_pickChoice_54 ? _zz_pickChoice_225 : _zz_pickChoice_236);
  assign _zz_pickChoice_248 = (! _zz_pickChoice_55);
  assign _zz_pickChoice_249 = (_zz_pickChoice_55 ? _zz_pickChoice_250 : _zz_pickChoice_261);
  assign _zz_pickChoice_69 = {_zz_pickChoice_70,_zz_pickChoice_72};
  assign _zz_pickChoice_80 = {_zz_pickChoice_81,_zz_pickChoice_83};
  assign _zz_pickChoice_94 = {_zz_pickChoice_95,_zz_pickChoice_97};
  assign _zz_pickChoice_105 = {_zz_pickChoice_106,_zz_pickChoice_108};
  assign _zz_pickChoice_121 = {_zz_pickChoice_122,_zz_pickChoice_124};
  assign _zz_pickChoice_132 = {_zz_pickChoice_133,_zz_pickChoice_135};
  assign _zz_pickChoice_146 = {_zz_pickChoice_147,_zz_pickChoice_149};
  assign _zz_pickChoice_157 = {_zz_pickChoice_158,_zz_pickChoice_160};
  assign _zz_pickChoice_173 = {_zz_pickChoice_174,_zz_pickChoice_176};
  assign _zz_pickChoice_184 = {_zz_pickChoice_185,_zz_pickChoice_187};
  assign _zz_pickChoice_198 = {_zz_pickChoice_199,_zz_pickChoice_201};
  assign _zz_pickChoice_209 = {_zz_pickChoice_210,_zz_pickChoice_212};
  assign _zz_pickChoice_225 = {_zz_pickChoice_226,_zz_pickChoice_228};
  assign _zz_pickChoice_236 = {_zz_pickChoice_237,_zz_pickChoice_239};
  assign _zz_pickChoice_250 = {_zz_pickChoice_251,_zz_pickChoice_253};
  assign _zz_pickChoice_261 = {_zz_pickChoice_262,_zz_pickChoice_264};
  assign _zz_pickChoice_70 = _zz_pickChoice_71;
  assign _zz_pickChoice_72 = _zz_pickChoice_73;
  assign _zz_pickChoice_81 = _zz_pickChoice_82;
  assign _zz_pickChoice_83 = _zz_pickChoice_84;
  assign _zz_pickChoice_95 = _zz_pickChoice_96;
  assign _zz_pickChoice_97 = _zz_pickChoice_98;
  assign _zz_pickChoice_106 = _zz_pickChoice_107;
  assign _zz_pickChoice_108 = _zz_pickChoice_109;
  assign _zz_pickChoice_122 = _zz_pickChoice_123;
  assign _zz_pickChoice_124 = _zz_pickChoice_125;
  assign _zz_pickChoice_133 = _zz_pickChoice_134;
  assign _zz_pickChoice_135 = _zz_pickChoice_136;
  assign _zz_pickChoice_147 = _zz_pickChoice_148;
  assign _zz_pickChoice_149 = _zz_pickChoice_150;
  assign _zz_pickChoice_158 = _zz_pickChoice_159;
  assign _zz_pickChoice_160 = _zz_pickChoice_161;
  assign _zz_pickChoice_174 = _zz_pickChoice_175;
  assign _zz_pickChoice_176 = _zz_pickChoice_177;
  assign _zz_pickChoice_185 = _zz_pickChoice_186;
  assign _zz_pickChoice_187 = _zz_pickChoice_188;
  assign _zz_pickChoice_199 = _zz_pickChoice_200;
  assign _zz_pickChoice_201 = _zz_pickChoice_202;
  assign _zz_pickChoice_210 = _zz_pickChoice_211;
  assign _zz_pickChoice_212 = _zz_pickChoice_213;
  assign _zz_pickChoice_226 = _zz_pickChoice_227;
  assign _zz_pickChoice_228 = _zz_pickChoice_229;
  assign _zz_pickChoice_237 = _zz_pickChoice_238;
  assign _zz_pickChoice_239 = _zz_pickChoice_240;
  assign _zz_pickChoice_251 = _zz_pickChoice_252;
  assign _zz_pickChoice_253 = _zz_pickChoice_254;
  assign _zz_pickChoice_262 = _zz_pickChoice_263;
  assign _zz_pickChoice_264 = _zz_pickChoice_265;
  assign _zz_pickChoice_71 = (! _zz_pickChoice_32);
  assign _zz_pickChoice_73 = (_zz_pickChoice_32 ? _zz_pickChoice_74 : _zz_pickChoice_77);
  assign _zz_pickChoice_82 = (! _zz_pickChoice_33);
  assign _zz_pickChoice_84 = (_zz_pickChoice_33 ? _zz_pickChoice_85 : _zz_pickChoice_88);
  assign _zz_pickChoice_96 = (! _zz_pickChoice_34);
  assign _zz_pickChoice_98 = (_zz_pickChoice_34 ? _zz_pickChoice_99 : _zz_pickChoice_102);
  assign _zz_pickChoice_107 = (! _zz_pickChoice_35);
  assign _zz_pickChoice_109 = (_zz_pickChoice_35 ? _zz_pickChoice_110 : _zz_pickChoice_113);
  assign _zz_pickChoice_123 = (! _zz_pickChoice_36);
  assign _zz_pickChoice_125 = (_zz_pickChoice_36 ? _zz_pickChoice_126 : _zz_pickChoice_129);
  assign _zz_pickChoice_134 = (! _zz_pickChoice_37);
  assign _zz_pickChoice_136 = (_zz_pickChoice_37 ? _zz_pickChoice_137 : _zz_pickChoice_140);
  assign _zz_pickChoice_148 = (! _zz_pickChoice_38);
  assign _zz_pickChoice_150 = (_zz_pickChoice_38 ? _zz_pickChoice_151 : _zz_pickChoice_154);
  assign _zz_pickChoice_159 = (! _zz_pickChoice_39);
  assign _zz_pickChoice_161 = (_zz_pickChoice_39 ? _zz_pickChoice_162 : _zz_pickChoice_165);
  assign _zz_pickChoice_175 = (! _zz_pickChoice_40);
  assign _zz_pickChoice_177 = (_zz_pickChoice_40 ? _zz_pickChoice_178 : _zz_pickChoice_181);
  assign _zz_pickChoice_186 = (! _zz_pickChoice_41);
  assign _zz_pickChoice_188 = (_zz_pickChoice_41 ? _zz_pickChoice_189 : _zz_pickChoice_192);
  assign _zz_pickChoice_200 = (! _zz_pickChoice_42);
  assign _zz_pickChoice_202 = (_zz_pickChoice_42 ? _zz_pickChoice_203 : _zz_pickChoice_206);
  assign _zz_pickChoice_211 = (! _zz_pickChoice_43);
  assign _zz_pickChoice_213 = (_zz_pickChoice_43 ? _zz_pickChoice_214 : _zz_pickChoice_217);
  assign _zz_pickChoice_227 = (! _zz_pickChoice_44);
  assign _zz_pickChoice_229 = (_zz_pickChoice_44 ? _zz_pickChoice_230 : _zz_pickChoice_233);
  assign _zz_pickChoice_238 = (! _zz_pickChoice_45);
  assign _zz_pickChoice_240 = (_zz_pickChoice_45 ? _zz_pickChoice_241 : _zz_pickChoice_244);
  assign _zz_pickChoice_252 = (! _zz_pickChoice_46);
  assign _zz_pickChoice_254 = (_zz_pickChoice_46 ? _zz_pickChoice_255 : _zz_pickChoice_258);
  assign _zz_pickChoice_263 = (! _zz_pickChoice_47);
  assign _zz_pickChoice_265 = (_zz_pickChoice_47 ? _zz_pickChoice_266 : _zz_pickChoice_269);
  assign _zz_pickChoice_74 = _zz_pickChoice_75;
  assign _zz_pickChoice_77 = _zz_pickChoice_78;
  assign _zz_pickChoice_85 = _zz_pickChoice_86;
  assign _zz_pickChoice_88 = _zz_pickChoice_89;
  assign _zz_pickChoice_99 = _zz_pickChoice_100;
  assign _zz_pickChoice_102 = _zz_pickChoice_103;
  assign _zz_pickChoice_110 = _zz_pickChoice_111;
  assign _zz_pickChoice_113 = _zz_pickChoice_114;
  assign _zz_pickChoice_126 = _zz_pickChoice_127;
  assign _zz_pickChoice_129 = _zz_pickChoice_130;
  assign _zz_pickChoice_137 = _zz_pickChoice_138;
  assign _zz_pickChoice_140 = _zz_pickChoice_141;
  assign _zz_pickChoice_151 = _zz_pickChoice_152;
  assign _zz_pickChoice_154 = _zz_pickChoice_155;
  assign _zz_pickChoice_162 = _zz_pickChoice_163;
  assign _zz_pickChoice_165 = _zz_pickChoice_166;
  assign _zz_pickChoice_178 = _zz_pickChoice_179;
  assign _zz_pickChoice_181 = _zz_pickChoice_182;
  assign _zz_pickChoice_189 = _zz_pickChoice_190;
  assign _zz_pickChoice_192 = _zz_pickChoice_193;
  assign _zz_pickChoice_203 = _zz_pickChoice_204;
  assign _zz_pickChoice_206 = _zz_pickChoice_207;
  assign _zz_pickChoice_214 = _zz_pickChoice_215;
  assign _zz_pickChoice_217 = _zz_pickChoice_218;
  assign _zz_pickChoice_230 = _zz_pickChoice_231;
  assign _zz_pickChoice_233 = _zz_pickChoice_234;
  assign _zz_pickChoice_241 = _zz_pickChoice_242;
  assign _zz_pickChoice_244 = _zz_pickChoice_245;
  assign _zz_pickChoice_255 = _zz_pickChoice_256;
  assign _zz_pickChoice_258 = _zz_pickChoice_259;
  assign _zz_pickChoice_266 = _zz_pickChoice_267;
  assign _zz_pickChoice_269 = _zz_pickChoice_270;
  assign _zz_pickChoice_75 = _zz_pickChoice_76;
  assign _zz_pickChoice_78 = _zz_pickChoice_79;
  assign _zz_pickChoice_86 = _zz_pickChoice_87;
  assign _zz_pickChoice_89 = _zz_pickChoice_90;
  assign _zz_pickChoice_100 = _zz_pickChoice_101;
  assign _zz_pickChoice_103 = _zz_pickChoice_104;
  assign _zz_pickChoice_111 = _zz_pickChoice_112;
  assign _zz_pickChoice_114 = _zz_pickChoice_115;
  assign _zz_pickChoice_127 = _zz_pickChoice_128;
  assign _zz_pickChoice_130 = _zz_pickChoice_131;
  assign _zz_pickChoice_138 = _zz_pickChoice_139;
  assign _zz_pickChoice_141 = _zz_pickChoice_142;
  assign _zz_pickChoice_152 = _zz_pickChoice_153;
  assign _zz_pickChoice_155 = _zz_pickChoice_156;
  assign _zz_pickChoice_163 = _zz_pickChoice_164;
  assign _zz_pickChoice_166 = _zz_pickChoice_167;
  assign _zz_pickChoice_179 = _zz_pickChoice_180;
  assign _zz_pickChoice_182 = _zz_pickChoice_183;
  assign _zz_pickChoice_190 = _zz_pickChoice_191;
  assign _zz_pickChoice_193 = _zz_pickChoice_194;
  assign _zz_pickChoice_204 = _zz_pickChoice_205;
  assign _zz_pickChoice_207 = _zz_pickChoice_208;
  assign _zz_pickChoice_215 = _zz_pickChoice_216;
  assign _zz_pickChoice_218 = _zz_pickChoice_219;
  assign _zz_pickChoice_231 = _zz_pickChoice_232;
  assign _zz_pickChoice_234 = _zz_pickChoice_235;
  assign _zz_pickChoice_242 = _zz_pickChoice_243;
  assign _zz_pickChoice_245 = _zz_pickChoice_246;
  assign _zz_pickChoice_256 = _zz_pickChoice_257;
  assign _zz_pickChoice_259 = _zz_pickChoice_260;
  assign _zz_pickChoice_267 = _zz_pickChoice_268;
  assign _zz_pickChoice_270 = _zz_pickChoice_271;
  assign _zz_pickChoice_76 = (! _zz_pickChoice);
  assign _zz_pickChoice_79 = (! _zz_pickChoice_1);
  assign _zz_pickChoice_87 = (! _zz_pickChoice_2);
  assign _zz_pickChoice_90 = (! _zz_pickChoice_3);
  assign _zz_pickChoice_101 = (! _zz_pickChoice_4);
  assign _zz_pickChoice_104 = (! _zz_pickChoice_5);
  assign _zz_pickChoice_112 = (! _zz_pickChoice_6);
  assign _zz_pickChoice_115 = (! _zz_pickChoice_7);
  assign _zz_pickChoice_128 = (! _zz_pickChoice_8);
  assign _zz_pickChoice_131 = (! _zz_pickChoice_9);
  assign _zz_pickChoice_139 = (! _zz_pickChoice_10);
  assign _zz_pickChoice_142 = (! _zz_pickChoice_11);
  assign _zz_pickChoice_153 = (! _zz_pickChoice_12);
  assign _zz_pickChoice_156 = (! _zz_pickChoice_13);
  assign _zz_pickChoice_164 = (! _zz_pickChoice_14);
  assign _zz_pickChoice_167 = (! _zz_pickChoice_15);
  assign _zz_pickChoice_180 = (! _zz_pickChoice_16);
  assign _zz_pickChoice_183 = (! _zz_pickChoice_17);
  assign _zz_pickChoice_191 = (! _zz_pickChoice_18);
  assign _zz_pickChoice_194 = (! _zz_pickChoice_19);
  assign _zz_pickChoice_205 = (! _zz_pickChoice_20);
  assign _zz_pickChoice_208 = (! _zz_pickChoice_21);
  assign _zz_pickChoice_216 = (! _zz_pickChoice_22);
  assign _zz_pickChoice_219 = (! _zz_pickChoice_23);
  assign _zz_pickChoice_232 = (! _zz_pickChoice_24);
  assign _zz_pickChoice_235 = (! _zz_pickChoice_25);
  assign _zz_pickChoice_243 = (! _zz_pickChoice_26);
  assign _zz_pickChoice_246 = (! _zz_pickChoice_27);
  assign _zz_pickChoice_257 = (! _zz_pickChoice_28);
  assign _zz_pickChoice_260 = (! _zz_pickChoice_29);
  assign _zz_pickChoice_268 = (! _zz_pickChoice_30);
  assign _zz_pickChoice_271 = (! _zz_pickChoice_31);
  always @(posedge clk) begin
    if(count_write) begin
      counts[count_writeAt] <= count_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_counts_rd0) begin
      counts_spinal_port1 <= counts[_zz_foldSource];
    end
  end

  always @(posedge clk) begin
    if(count_write) begin
      countsForStatus[count_writeAt] <= count_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_countsForStatus_rd0) begin
      countsForStatus_spinal_port1 <= countsForStatus[sched_querySource];
    end
  end

  always @(posedge clk) begin
    if(count_write) begin
      countsForPick[count_writeAt] <= count_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_countsForPick_rd0) begin
      countsForPick_spinal_port1 <= countsForPick[pickChoice];
    end
  end

  always @(posedge clk) begin
    if(pickRecord_write) begin
      pickRecords[pickRecord_writeAt] <= pickRecord_writeRow;
    end
  end

  always @(posedge clk) begin
    if(_zz_pickRecords_rd0) begin
      pickRecords_spinal_port1 <= pickRecords[pickChoice];
    end
  end

  always @(*) begin
    case(foldSource)
      5'b00000 : _zz__zz_count_writeRow_3_7 = lineExtra_0;
      5'b00001 : _zz__zz_count_writeRow_3_7 = lineExtra_1;
      5'b00010 : _zz__zz_count_writeRow_3_7 = lineExtra_2;
      5'b00011 : _zz__zz_count_writeRow_3_7 = lineExtra_3;
      5'b00100 : _zz__zz_count_writeRow_3_7 = lineExtra_4;
      5'b00101 : _zz__zz_count_writeRow_3_7 = lineExtra_5;
      5'b00110 : _zz__zz_count_writeRow_3_7 = lineExtra_6;
      5'b00111 : _zz__zz_count_writeRow_3_7 = lineExtra_7;
      5'b01000 : _zz__zz_count_writeRow_3_7 = lineExtra_8;
      5'b01001 : _zz__zz_count_writeRow_3_7 = lineExtra_9;
      5'b01010 : _zz__zz_count_writeRow_3_7 = lineExtra_10;
      5'b01011 : _zz__zz_count_writeRow_3_7 = lineExtra_11;
      5'b01100 : _zz__zz_count_writeRow_3_7 = lineExtra_12;
      5'b01101 : _zz__zz_count_writeRow_3_7 = lineExtra_13;
      5'b01110 : _zz__zz_count_writeRow_3_7 = lineExtra_14;
      5'b01111 : _zz__zz_count_writeRow_3_7 = lineExtra_15;
      5'b10000 : _zz__zz_count_writeRow_3_7 = lineExtra_16;
      5'b10001 : _zz__zz_count_writeRow_3_7 = lineExtra_17;
      5'b10010 : _zz__zz_count_writeRow_3_7 = lineExtra_18;
      5'b10011 : _zz__zz_count_writeRow_3_7 = lineExtra_19;
      5'b10100 : _zz__zz_count_writeRow_3_7 = lineExtra_20;
      5'b10101 : _zz__zz_count_writeRow_3_7 = lineExtra_21;
      5'b10110 : _zz__zz_count_writeRow_3_7 = lineExtra_22;
      5'b10111 : _zz__zz_count_writeRow_3_7 = lineExtra_23;
      5'b11000 : _zz__zz_count_writeRow_3_7 = lineExtra_24;
      5'b11001 : _zz__zz_count_writeRow_3_7 = lineExtra_25;
      5'b11010 : _zz__zz_count_writeRow_3_7 = lineExtra_26;
      5'b11011 : _zz__zz_count_writeRow_3_7 = lineExtra_27;
      5'b11100 : _zz__zz_count_writeRow_3_7 = lineExtra_28;
      5'b11101 : _zz__zz_count_writeRow_3_7 = lineExtra_29;
      5'b11110 : _zz__zz_count_writeRow_3_7 = lineExtra_30;
      default : _zz__zz_count_writeRow_3_7 = lineExtra_31;
    endcase
  end

  always @(*) begin
    case(query_source)
      5'b00000 : _zz__zz_query_pending_7 = lineExtra_0;
      5'b00001 : _zz__zz_query_pending_7 = lineExtra_1;
      5'b00010 : _zz__zz_query_pending_7 = lineExtra_2;
      5'b00011 : _zz__zz_query_pending_7 = lineExtra_3;
      5'b00100 : _zz__zz_query_pending_7 = lineExtra_4;
      5'b00101 : _zz__zz_query_pending_7 = lineExtra_5;
      5'b00110 : _zz__zz_query_pending_7 = lineExtra_6;
      5'b00111 : _zz__zz_query_pending_7 = lineExtra_7;
      5'b01000 : _zz__zz_query_pending_7 = lineExtra_8;
      5'b01001 : _zz__zz_query_pending_7 = lineExtra_9;
      5'b01010 : _zz__zz_query_pending_7 = lineExtra_10;
      5'b01011 : _zz__zz_query_pending_7 = lineExtra_11;
      5'b01100 : _zz__zz_query_pending_7 = lineExtra_12;
      5'b01101 : _zz__zz_query_pending_7 = lineExtra_13;
      5'b01110 : _zz__zz_query_pending_7 = lineExtra_14;
      5'b01111 : _zz__zz_query_pending_7 = lineExtra_15;
      5'b10000 : _zz__zz_query_pending_7 = lineExtra_16;
      5'b10001 : _zz__zz_query_pending_7 = lineExtra_17;
      5'b10010 : _zz__zz_query_pending_7 = lineExtra_18;
      5'b10011 : _zz__zz_query_pending_7 = lineExtra_19;
      5'b10100 : _zz__zz_query_pending_7 = lineExtra_20;
      5'b10101 : _zz__zz_query_pending_7 = lineExtra_21;
      5'b10110 : _zz__zz_query_pending_7 = lineExtra_22;
      5'b10111 : _zz__zz_query_pending_7 = lineExtra_23;
      5'b11000 : _zz__zz_query_pending_7 = lineExtra_24;
      5'b11001 : _zz__zz_query_pending_7 = lineExtra_25;
      5'b11010 : _zz__zz_query_pending_7 = lineExtra_26;
      5'b11011 : _zz__zz_query_pending_7 = lineExtra_27;
      5'b11100 : _zz__zz_query_pending_7 = lineExtra_28;
      5'b11101 : _zz__zz_query_pending_7 = lineExtra_29;
      5'b11110 : _zz__zz_query_pending_7 = lineExtra_30;
      default : _zz__zz_query_pending_7 = lineExtra_31;
    endcase
  end

  assign upd_oneHot = {{{(sched_update_payload_source == _zz_upd_oneHot),(sched_update_payload_source == _zz_upd_oneHot_1)},{(sched_update_payload_source == _zz_upd_oneHot_2),(sched_update_payload_source == _zz_upd_oneHot_3)}},{{(sched_update_payload_source == _zz_upd_oneHot_4),(sched_update_payload_source == _zz_upd_oneHot_5)},{(sched_update_payload_source == _zz_upd_oneHot_6),(sched_update_payload_source == _zz_upd_oneHot_7)}}};
  assign _zz_when_RecordPicker_l61 = (sched_update_valid && (sched_update_payload_kind == 3'b011));
  assign _zz_when_NicCoalescing_l77 = (sched_update_valid && (sched_update_payload_kind == 3'b100));
  assign when_RecordPicker_l61 = ((((sched_update_valid && (sched_update_payload_kind == 3'b001)) || (sched_update_valid && (sched_update_payload_kind == 3'b010))) || (sched_update_valid && (sched_update_payload_kind == 3'b101))) || _zz_when_RecordPicker_l61);
  assign modesLoad = (when_RecordPicker_l61 ? upd_oneHot : 8'h0);
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
  assign event_1 = coalesced;
  assign folded = (fold ? {{{{_zz_folded,_zz_folded_7},{_zz_folded_14,_zz_folded_21}},{{_zz_folded_28,_zz_folded_35},{_zz_folded_42,_zz_folded_49}}},{{{_zz_folded_56,_zz_folded_63},{_zz_folded_70,_zz_folded_77}},{{_zz_folded_84,_zz_folded_91},{_zz_folded_98,_zz_folded_105}}}} : 32'h0);
  assign _zz_foldSource = (sched_update_valid ? sched_update_payload_source : pickChoice);
  always @(*) begin
    count_write = 1'b0;
    if(fold) begin
      count_write = 1'b1;
    end
    if(countClearing) begin
      count_write = 1'b1;
    end
  end

  always @(*) begin
    count_writeAt = 5'h0;
    if(fold) begin
      count_writeAt = foldSource;
    end
    if(countClearing) begin
      count_writeAt = countClearAddress;
    end
  end

  always @(*) begin
    count_writeRow = 19'h0;
    if(fold) begin
      count_writeRow = {{_zz_count_writeRow_2,((((_zz_count_writeRow[17] || (lineLost[foldSource] && (! _zz_count_writeRow_1))) && (! configAtFold)) || _zz_count_writeRow_4) || _zz_count_writeRow_5)},{drainingWritten,countWritten}};
    end
    if(countClearing) begin
      count_writeRow = 19'h0;
    end
  end

  assign counts_rd0 = counts_spinal_port1;
  assign _zz_count_writeRow = (countForFold_bypass ? countForFold_written : counts_rd0);
  assign _zz_count_writeRow_1 = _zz_count_writeRow[18];
  assign _zz_count_writeRow_2 = (configAtFold ? maskAtFold : _zz_count_writeRow_1);
  assign _zz_count_writeRow_3 = (_zz__zz_count_writeRow_3 + _zz__zz_count_writeRow_3_5);
  assign _zz_count_writeRow_4 = (|_zz__zz_count_writeRow_4[16 : 16]);
  assign _zz_countWritten = (_zz__zz_countWritten + _zz__zz_countWritten_2);
  assign _zz_countWritten_1 = (_zz__zz_countWritten_1_1 + (countUpdate_take ? _zz__zz_countWritten_1_4 : _zz__zz_countWritten_1_6));
  assign _zz_count_writeRow_5 = _zz_countWritten_1[16];
  assign countWritten = (_zz_count_writeRow_5 ? 16'hffff : _zz_countWritten_2);
  assign _zz_due = (|countWritten);
  assign drainingWritten = (foldForS1 ? ((_zz_count_writeRow[16] || drainStarts) && (! drainEnds)) : _zz_count_writeRow[16]);
  assign _zz_lineLost = ((lineBuffered[0] && event_1[0]) && (! folded[0]));
  assign _zz_lineLost_1 = (&lineExtra_0);
  assign _zz_lineLost_2 = ((lineBuffered[1] && event_1[1]) && (! folded[1]));
  assign _zz_lineLost_3 = (&lineExtra_1);
  assign _zz_lineLost_4 = ((lineBuffered[2] && event_1[2]) && (! folded[2]));
  assign _zz_lineLost_5 = (&lineExtra_2);
  assign _zz_lineLost_6 = ((lineBuffered[3] && event_1[3]) && (! folded[3]));
  assign _zz_lineLost_7 = (&lineExtra_3);
  assign _zz_lineLost_8 = ((lineBuffered[4] && event_1[4]) && (! folded[4]));
  assign _zz_lineLost_9 = (&lineExtra_4);
  assign _zz_lineLost_10 = ((lineBuffered[5] && event_1[5]) && (! folded[5]));
  assign _zz_lineLost_11 = (&lineExtra_5);
  assign _zz_lineLost_12 = ((lineBuffered[6] && event_1[6]) && (! folded[6]));
  assign _zz_lineLost_13 = (&lineExtra_6);
  assign _zz_lineLost_14 = ((lineBuffered[7] && event_1[7]) && (! folded[7]));
  assign _zz_lineLost_15 = (&lineExtra_7);
  assign _zz_lineLost_16 = ((lineBuffered[8] && event_1[8]) && (! folded[8]));
  assign _zz_lineLost_17 = (&lineExtra_8);
  assign _zz_lineLost_18 = ((lineBuffered[9] && event_1[9]) && (! folded[9]));
  assign _zz_lineLost_19 = (&lineExtra_9);
  assign _zz_lineLost_20 = ((lineBuffered[10] && event_1[10]) && (! folded[10]));
  assign _zz_lineLost_21 = (&lineExtra_10);
  assign _zz_lineLost_22 = ((lineBuffered[11] && event_1[11]) && (! folded[11]));
  assign _zz_lineLost_23 = (&lineExtra_11);
  assign _zz_lineLost_24 = ((lineBuffered[12] && event_1[12]) && (! folded[12]));
  assign _zz_lineLost_25 = (&lineExtra_12);
  assign _zz_lineLost_26 = ((lineBuffered[13] && event_1[13]) && (! folded[13]));
  assign _zz_lineLost_27 = (&lineExtra_13);
  assign _zz_lineLost_28 = ((lineBuffered[14] && event_1[14]) && (! folded[14]));
  assign _zz_lineLost_29 = (&lineExtra_14);
  assign _zz_lineLost_30 = ((lineBuffered[15] && event_1[15]) && (! folded[15]));
  assign _zz_lineLost_31 = (&lineExtra_15);
  assign _zz_lineLost_32 = ((lineBuffered[16] && event_1[16]) && (! folded[16]));
  assign _zz_lineLost_33 = (&lineExtra_16);
  assign _zz_lineLost_34 = ((lineBuffered[17] && event_1[17]) && (! folded[17]));
  assign _zz_lineLost_35 = (&lineExtra_17);
  assign _zz_lineLost_36 = ((lineBuffered[18] && event_1[18]) && (! folded[18]));
  assign _zz_lineLost_37 = (&lineExtra_18);
  assign _zz_lineLost_38 = ((lineBuffered[19] && event_1[19]) && (! folded[19]));
  assign _zz_lineLost_39 = (&lineExtra_19);
  assign _zz_lineLost_40 = ((lineBuffered[20] && event_1[20]) && (! folded[20]));
  assign _zz_lineLost_41 = (&lineExtra_20);
  assign _zz_lineLost_42 = ((lineBuffered[21] && event_1[21]) && (! folded[21]));
  assign _zz_lineLost_43 = (&lineExtra_21);
  assign _zz_lineLost_44 = ((lineBuffered[22] && event_1[22]) && (! folded[22]));
  assign _zz_lineLost_45 = (&lineExtra_22);
  assign _zz_lineLost_46 = ((lineBuffered[23] && event_1[23]) && (! folded[23]));
  assign _zz_lineLost_47 = (&lineExtra_23);
  assign _zz_lineLost_48 = ((lineBuffered[24] && event_1[24]) && (! folded[24]));
  assign _zz_lineLost_49 = (&lineExtra_24);
  assign _zz_lineLost_50 = ((lineBuffered[25] && event_1[25]) && (! folded[25]));
  assign _zz_lineLost_51 = (&lineExtra_25);
  assign _zz_lineLost_52 = ((lineBuffered[26] && event_1[26]) && (! folded[26]));
  assign _zz_lineLost_53 = (&lineExtra_26);
  assign _zz_lineLost_54 = ((lineBuffered[27] && event_1[27]) && (! folded[27]));
  assign _zz_lineLost_55 = (&lineExtra_27);
  assign _zz_lineLost_56 = ((lineBuffered[28] && event_1[28]) && (! folded[28]));
  assign _zz_lineLost_57 = (&lineExtra_28);
  assign _zz_lineLost_58 = ((lineBuffered[29] && event_1[29]) && (! folded[29]));
  assign _zz_lineLost_59 = (&lineExtra_29);
  assign _zz_lineLost_60 = ((lineBuffered[30] && event_1[30]) && (! folded[30]));
  assign _zz_lineLost_61 = (&lineExtra_30);
  assign _zz_lineLost_62 = ((lineBuffered[31] && event_1[31]) && (! folded[31]));
  assign _zz_lineLost_63 = (&lineExtra_31);
  assign _zz_pickRecord_writeRow = {{(sched_update_payload_handler && sched_update_payload_persistent),(sched_update_payload_waiting && (! sched_update_payload_persistent))},{sched_update_payload_persistent,sched_update_payload_wakeAll}};
  always @(*) begin
    pickRecord_write = 1'b0;
    if(when_RecordPicker_l61) begin
      pickRecord_write = 1'b1;
    end
    if(countClearing) begin
      pickRecord_write = 1'b1;
    end
  end

  always @(*) begin
    pickRecord_writeAt = 5'h0;
    if(when_RecordPicker_l61) begin
      pickRecord_writeAt = sched_update_payload_source;
    end
    if(countClearing) begin
      pickRecord_writeAt = countClearAddress;
    end
  end

  always @(*) begin
    pickRecord_writeRow = 4'b0000;
    if(when_RecordPicker_l61) begin
      pickRecord_writeRow = _zz_pickRecord_writeRow;
    end
    if(countClearing) begin
      pickRecord_writeRow = 4'b0000;
    end
  end

  assign pickRecords_rd0 = pickRecords_spinal_port1;
  assign _zz_sched_pick_payload_startsDrain = (offerRecord_bypass ? offerRecord_written : pickRecords_rd0);
  assign countsForPick_rd0 = countsForPick_spinal_port1;
  assign _zz_sched_pick_payload_takesEvent = (countForPick_bypass ? countForPick_written : countsForPick_rd0);
  assign _zz_offerDelivers = ((|_zz_sched_pick_payload_takesEvent[15 : 0]) || ((lineBuffered[offerSource] || event_1[offerSource]) && (! _zz_sched_pick_payload_takesEvent[18])));
  assign _zz_sched_pick_payload_takesEvent_1 = _zz_sched_pick_payload_takesEvent[16];
  assign _zz_sched_pick_payload_persistent = _zz_sched_pick_payload_startsDrain[1];
  assign offerDelivers = ((_zz_sched_pick_payload_startsDrain[2] && (_zz_offerDelivers || _zz_sched_pick_payload_takesEvent_1)) || ((_zz_sched_pick_payload_startsDrain[3] && _zz_offerDelivers) && (! sched_poolFull)));
  assign sched_pick_valid = (offerValid && offerDelivers);
  assign sched_pick_payload_source = offerSource;
  assign sched_pick_payload_persistent = _zz_sched_pick_payload_persistent;
  assign sched_pick_payload_takesEvent = (_zz_sched_pick_payload_persistent || (! _zz_sched_pick_payload_takesEvent_1));
  assign sched_pick_payload_startsDrain = (((! _zz_sched_pick_payload_persistent) && _zz_sched_pick_payload_startsDrain[0]) && (! _zz_sched_pick_payload_takesEvent_1));
  assign _zz_due_1 = (foldForS1 ? pickRecordOfS1 : _zz_sched_pick_payload_startsDrain);
  assign candidates = ((due | event_1) | lineBuffered);
  assign _zz_lastPick = (((sched_pick_valid && sched_pick_ready) || (offerValid && ((! offerDelivers) || sched_pickSourceBusy))) ? offerSource : lastPick);
  assign _zz_pickChose = 1'b0;
  assign _zz_pickChose_1 = _zz_lastPick[0];
  assign _zz_pickChose_2 = ((! _zz_pickChose_1) && _zz_pickChose);
  assign _zz_pickChose_3 = ((! _zz_pickChose_1) || _zz_pickChose);
  assign _zz_pickChose_4 = _zz_lastPick[1];
  assign _zz_pickChose_5 = ((! _zz_pickChose_4) && _zz_pickChose_2);
  assign _zz_pickChose_6 = ((! _zz_pickChose_4) && _zz_pickChose_3);
  assign _zz_pickChose_7 = ((! _zz_pickChose_4) || _zz_pickChose_2);
  assign _zz_pickChose_8 = ((! _zz_pickChose_4) || _zz_pickChose_3);
  assign _zz_pickChose_9 = _zz_lastPick[2];
  assign _zz_pickChose_10 = ((! _zz_pickChose_9) && _zz_pickChose_5);
  assign _zz_pickChose_11 = ((! _zz_pickChose_9) && _zz_pickChose_6);
  assign _zz_pickChose_12 = ((! _zz_pickChose_9) && _zz_pickChose_7);
  assign _zz_pickChose_13 = ((! _zz_pickChose_9) && _zz_pickChose_8);
  assign _zz_pickChose_14 = ((! _zz_pickChose_9) || _zz_pickChose_5);
  assign _zz_pickChose_15 = ((! _zz_pickChose_9) || _zz_pickChose_6);
  assign _zz_pickChose_16 = ((! _zz_pickChose_9) || _zz_pickChose_7);
  assign _zz_pickChose_17 = ((! _zz_pickChose_9) || _zz_pickChose_8);
  assign _zz_pickChose_18 = _zz_lastPick[3];
  assign _zz_pickChose_19 = ((! _zz_pickChose_18) && _zz_pickChose_10);
  assign _zz_pickChose_20 = ((! _zz_pickChose_18) && _zz_pickChose_11);
  assign _zz_pickChose_21 = ((! _zz_pickChose_18) && _zz_pickChose_12);
  assign _zz_pickChose_22 = ((! _zz_pickChose_18) && _zz_pickChose_13);
  assign _zz_pickChose_23 = ((! _zz_pickChose_18) && _zz_pickChose_14);
  assign _zz_pickChose_24 = ((! _zz_pickChose_18) && _zz_pickChose_15);
  assign _zz_pickChose_25 = ((! _zz_pickChose_18) && _zz_pickChose_16);
  assign _zz_pickChose_26 = ((! _zz_pickChose_18) && _zz_pickChose_17);
  assign _zz_pickChose_27 = ((! _zz_pickChose_18) || _zz_pickChose_10);
  assign _zz_pickChose_28 = ((! _zz_pickChose_18) || _zz_pickChose_11);
  assign _zz_pickChose_29 = ((! _zz_pickChose_18) || _zz_pickChose_12);
  assign _zz_pickChose_30 = ((! _zz_pickChose_18) || _zz_pickChose_13);
  assign _zz_pickChose_31 = ((! _zz_pickChose_18) || _zz_pickChose_14);
  assign _zz_pickChose_32 = ((! _zz_pickChose_18) || _zz_pickChose_15);
  assign _zz_pickChose_33 = ((! _zz_pickChose_18) || _zz_pickChose_16);
  assign _zz_pickChose_34 = ((! _zz_pickChose_18) || _zz_pickChose_17);
  assign _zz_pickChose_35 = _zz_lastPick[4];
  assign _zz_pickChose_36 = 1'b0;
  assign _zz_pickChose_37 = {candidates,(candidates & {{{{_zz__zz_pickChose_37,_zz__zz_pickChose_37_11},{_zz__zz_pickChose_37_22,_zz__zz_pickChose_37_33}},{{_zz__zz_pickChose_37_44,_zz__zz_pickChose_37_55},{_zz__zz_pickChose_37_66,_zz__zz_pickChose_37_77}}},{{{_zz__zz_pickChose_37_88,_zz__zz_pickChose_37_99},{_zz__zz_pickChose_37_110,_zz__zz_pickChose_37_121}},{{_zz__zz_pickChose_37_132,_zz__zz_pickChose_37_143},{_zz__zz_pickChose_37_154,_zz__zz_pickChose_37_165}}}})};
  assign _zz_pickChoice = _zz_pickChose_37[0];
  assign _zz_pickChoice_1 = _zz_pickChose_37[2];
  assign _zz_pickChoice_2 = _zz_pickChose_37[4];
  assign _zz_pickChoice_3 = _zz_pickChose_37[6];
  assign _zz_pickChoice_4 = _zz_pickChose_37[8];
  assign _zz_pickChoice_5 = _zz_pickChose_37[10];
  assign _zz_pickChoice_6 = _zz_pickChose_37[12];
  assign _zz_pickChoice_7 = _zz_pickChose_37[14];
  assign _zz_pickChoice_8 = _zz_pickChose_37[16];
  assign _zz_pickChoice_9 = _zz_pickChose_37[18];
  assign _zz_pickChoice_10 = _zz_pickChose_37[20];
  assign _zz_pickChoice_11 = _zz_pickChose_37[22];
  assign _zz_pickChoice_12 = _zz_pickChose_37[24];
  assign _zz_pickChoice_13 = _zz_pickChose_37[26];
  assign _zz_pickChoice_14 = _zz_pickChose_37[28];
  assign _zz_pickChoice_15 = _zz_pickChose_37[30];
  assign _zz_pickChoice_16 = _zz_pickChose_37[32];
  assign _zz_pickChoice_17 = _zz_pickChose_37[34];
  assign _zz_pickChoice_18 = _zz_pickChose_37[36];
  assign _zz_pickChoice_19 = _zz_pickChose_37[38];
  assign _zz_pickChoice_20 = _zz_pickChose_37[40];
  assign _zz_pickChoice_21 = _zz_pickChose_37[42];
  assign _zz_pickChoice_22 = _zz_pickChose_37[44];
  assign _zz_pickChoice_23 = _zz_pickChose_37[46];
  assign _zz_pickChoice_24 = _zz_pickChose_37[48];
  assign _zz_pickChoice_25 = _zz_pickChose_37[50];
  assign _zz_pickChoice_26 = _zz_pickChose_37[52];
  assign _zz_pickChoice_27 = _zz_pickChose_37[54];
  assign _zz_pickChoice_28 = _zz_pickChose_37[56];
  assign _zz_pickChoice_29 = _zz_pickChose_37[58];
  assign _zz_pickChoice_30 = _zz_pickChose_37[60];
  assign _zz_pickChoice_31 = _zz_pickChose_37[62];
  assign _zz_pickChoice_32 = (_zz_pickChoice || _zz_pickChose_37[1]);
  assign _zz_pickChoice_33 = (_zz_pickChoice_2 || _zz_pickChose_37[5]);
  assign _zz_pickChoice_34 = (_zz_pickChoice_4 || _zz_pickChose_37[9]);
  assign _zz_pickChoice_35 = (_zz_pickChoice_6 || _zz_pickChose_37[13]);
  assign _zz_pickChoice_36 = (_zz_pickChoice_8 || _zz_pickChose_37[17]);
  assign _zz_pickChoice_37 = (_zz_pickChoice_10 || _zz_pickChose_37[21]);
  assign _zz_pickChoice_38 = (_zz_pickChoice_12 || _zz_pickChose_37[25]);
  assign _zz_pickChoice_39 = (_zz_pickChoice_14 || _zz_pickChose_37[29]);
  assign _zz_pickChoice_40 = (_zz_pickChoice_16 || _zz_pickChose_37[33]);
  assign _zz_pickChoice_41 = (_zz_pickChoice_18 || _zz_pickChose_37[37]);
  assign _zz_pickChoice_42 = (_zz_pickChoice_20 || _zz_pickChose_37[41]);
  assign _zz_pickChoice_43 = (_zz_pickChoice_22 || _zz_pickChose_37[45]);
  assign _zz_pickChoice_44 = (_zz_pickChoice_24 || _zz_pickChose_37[49]);
  assign _zz_pickChoice_45 = (_zz_pickChoice_26 || _zz_pickChose_37[53]);
  assign _zz_pickChoice_46 = (_zz_pickChoice_28 || _zz_pickChose_37[57]);
  assign _zz_pickChoice_47 = (_zz_pickChoice_30 || _zz_pickChose_37[61]);
  assign _zz_pickChoice_48 = (_zz_pickChoice_32 || (_zz_pickChoice_1 || _zz_pickChose_37[3]));
  assign _zz_pickChoice_49 = (_zz_pickChoice_34 || (_zz_pickChoice_5 || _zz_pickChose_37[11]));
  assign _zz_pickChoice_50 = (_zz_pickChoice_36 || (_zz_pickChoice_9 || _zz_pickChose_37[19]));
  assign _zz_pickChoice_51 = (_zz_pickChoice_38 || (_zz_pickChoice_13 || _zz_pickChose_37[27]));
  assign _zz_pickChoice_52 = (_zz_pickChoice_40 || (_zz_pickChoice_17 || _zz_pickChose_37[35]));
  assign _zz_pickChoice_53 = (_zz_pickChoice_42 || (_zz_pickChoice_21 || _zz_pickChose_37[43]));
  assign _zz_pickChoice_54 = (_zz_pickChoice_44 || (_zz_pickChoice_25 || _zz_pickChose_37[51]));
  assign _zz_pickChoice_55 = (_zz_pickChoice_46 || (_zz_pickChoice_29 || _zz_pickChose_37[59]));
  assign _zz_pickChoice_56 = (_zz_pickChoice_48 || (_zz_pickChoice_33 || (_zz_pickChoice_3 || _zz_pickChose_37[7])));
  assign _zz_pickChoice_57 = (_zz_pickChoice_50 || (_zz_pickChoice_37 || (_zz_pickChoice_11 || _zz_pickChose_37[23])));
  assign _zz_pickChoice_58 = (_zz_pickChoice_52 || (_zz_pickChoice_41 || (_zz_pickChoice_19 || _zz_pickChose_37[39])));
  assign _zz_pickChoice_59 = (_zz_pickChoice_54 || (_zz_pickChoice_45 || (_zz_pickChoice_27 || _zz_pickChose_37[55])));
  assign _zz_pickChoice_60 = (_zz_pickChoice_56 || (_zz_pickChoice_49 || (_zz_pickChoice_35 || (_zz_pickChoice_7 || _zz_pickChose_37[15]))));
  assign _zz_pickChoice_61 = (_zz_pickChoice_58 || (_zz_pickChoice_53 || (_zz_pickChoice_43 || (_zz_pickChoice_23 || _zz_pickChose_37[47]))));
  assign _zz_pickChoice_62 = (_zz_pickChoice_60 || (_zz_pickChoice_57 || (_zz_pickChoice_51 || (_zz_pickChoice_39 || (_zz_pickChoice_15 || _zz_pickChose_37[31])))));
  assign pickChose = ((! countClearing) && (_zz_pickChoice_62 || (_zz_pickChoice_61 || (_zz_pickChoice_59 || (_zz_pickChoice_55 || (_zz_pickChoice_47 || (_zz_pickChoice_31 || _zz_pickChose_37[63])))))));
  assign pickChoice = _zz_pickChoice_63[4:0];
  assign countsForStatus_rd0 = countsForStatus_spinal_port1;
  assign _zz_sched_queryLost = (countForStatus_bypass ? countForStatus_written : countsForStatus_rd0);
  assign _zz_sched_queryLost_1 = _zz_sched_queryLost[18];
  assign _zz_query_pending = (_zz__zz_query_pending + _zz__zz_query_pending_5);
  assign _zz_sched_queryLost_2 = (|_zz__zz_sched_queryLost_2[16 : 16]);
  assign query_pending = (_zz_sched_queryLost_2 ? 16'hffff : _zz_query_pending_1);
  assign sched_queryLost = ((_zz_sched_queryLost[17] || (lineLost[query_source] && (! _zz_sched_queryLost_1))) || _zz_sched_queryLost_2);
  assign _zz_sched_queryCount = (_zz__zz_sched_queryCount - _zz__zz_sched_queryCount_5);
  assign sched_queryPending = ((countUpdate_give && (countUpdate_source == query_source)) || ((countUpdate_take && (countUpdate_source == query_source)) ? (|query_pending[15 : 1]) : (|query_pending)));
  assign sched_queryCount = {8'd0, _zz_sched_queryCount_1};
  always @(posedge clk) begin
    if(reset) begin
      masked <= 8'h0;
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
      lineBuffered <= 32'h0;
      lineLost <= 32'h0;
      lineExtra_0 <= 5'h0;
      lineExtra_1 <= 5'h0;
      lineExtra_2 <= 5'h0;
      lineExtra_3 <= 5'h0;
      lineExtra_4 <= 5'h0;
      lineExtra_5 <= 5'h0;
      lineExtra_6 <= 5'h0;
      lineExtra_7 <= 5'h0;
      lineExtra_8 <= 5'h0;
      lineExtra_9 <= 5'h0;
      lineExtra_10 <= 5'h0;
      lineExtra_11 <= 5'h0;
      lineExtra_12 <= 5'h0;
      lineExtra_13 <= 5'h0;
      lineExtra_14 <= 5'h0;
      lineExtra_15 <= 5'h0;
      lineExtra_16 <= 5'h0;
      lineExtra_17 <= 5'h0;
      lineExtra_18 <= 5'h0;
      lineExtra_19 <= 5'h0;
      lineExtra_20 <= 5'h0;
      lineExtra_21 <= 5'h0;
      lineExtra_22 <= 5'h0;
      lineExtra_23 <= 5'h0;
      lineExtra_24 <= 5'h0;
      lineExtra_25 <= 5'h0;
      lineExtra_26 <= 5'h0;
      lineExtra_27 <= 5'h0;
      lineExtra_28 <= 5'h0;
      lineExtra_29 <= 5'h0;
      lineExtra_30 <= 5'h0;
      lineExtra_31 <= 5'h0;
      countClearing <= 1'b1;
      countClearAddress <= 5'h0;
      fold <= 1'b0;
      foldSource <= 5'h0;
      foldForS1 <= 1'b0;
      countForFold_bypass <= 1'b0;
      configAtFold <= 1'b0;
      maskAtFold <= 1'b0;
      drainStarts <= 1'b0;
      drainEnds <= 1'b0;
      due <= 32'h0;
      offerValid <= 1'b0;
      offerSource <= 5'h0;
      offerRecord_bypass <= 1'b0;
      countForPick_bypass <= 1'b0;
      lastPick <= 5'h0;
      countForStatus_bypass <= 1'b0;
    end else begin
      masked <= ((modesLoad & (sched_update_payload_masked ? 8'hff : 8'h0)) | ((~ modesLoad) & masked));
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
      countUpdate_take <= (sched_update_valid && sched_update_payload_take);
      countUpdate_give <= (sched_update_valid && sched_update_payload_give);
      countClearing <= (countClearing && (! (countClearAddress == 5'h1f)));
      countClearAddress <= (countClearing ? _zz_countClearAddress : countClearAddress);
      fold <= ((! countClearing) && (sched_update_valid || pickChose));
      foldForS1 <= sched_update_valid;
      foldSource <= _zz_foldSource;
      countForFold_bypass <= (count_write && (count_writeAt == _zz_foldSource));
      configAtFold <= _zz_when_RecordPicker_l61;
      maskAtFold <= sched_update_payload_masked;
      drainStarts <= (sched_update_valid && sched_update_payload_startsDrain);
      drainEnds <= (when_RecordPicker_l61 && (! sched_update_payload_waiting));
      lineBuffered <= ((lineBuffered | event_1) & (~ folded));
      lineExtra_0 <= (folded[0] ? 5'h0 : ((_zz_lineLost && (! _zz_lineLost_1)) ? _zz_lineExtra_0 : lineExtra_0));
      lineExtra_1 <= (folded[1] ? 5'h0 : ((_zz_lineLost_2 && (! _zz_lineLost_3)) ? _zz_lineExtra_1 : lineExtra_1));
      lineExtra_2 <= (folded[2] ? 5'h0 : ((_zz_lineLost_4 && (! _zz_lineLost_5)) ? _zz_lineExtra_2 : lineExtra_2));
      lineExtra_3 <= (folded[3] ? 5'h0 : ((_zz_lineLost_6 && (! _zz_lineLost_7)) ? _zz_lineExtra_3 : lineExtra_3));
      lineExtra_4 <= (folded[4] ? 5'h0 : ((_zz_lineLost_8 && (! _zz_lineLost_9)) ? _zz_lineExtra_4 : lineExtra_4));
      lineExtra_5 <= (folded[5] ? 5'h0 : ((_zz_lineLost_10 && (! _zz_lineLost_11)) ? _zz_lineExtra_5 : lineExtra_5));
      lineExtra_6 <= (folded[6] ? 5'h0 : ((_zz_lineLost_12 && (! _zz_lineLost_13)) ? _zz_lineExtra_6 : lineExtra_6));
      lineExtra_7 <= (folded[7] ? 5'h0 : ((_zz_lineLost_14 && (! _zz_lineLost_15)) ? _zz_lineExtra_7 : lineExtra_7));
      lineExtra_8 <= (folded[8] ? 5'h0 : ((_zz_lineLost_16 && (! _zz_lineLost_17)) ? _zz_lineExtra_8 : lineExtra_8));
      lineExtra_9 <= (folded[9] ? 5'h0 : ((_zz_lineLost_18 && (! _zz_lineLost_19)) ? _zz_lineExtra_9 : lineExtra_9));
      lineExtra_10 <= (folded[10] ? 5'h0 : ((_zz_lineLost_20 && (! _zz_lineLost_21)) ? _zz_lineExtra_10 : lineExtra_10));
      lineExtra_11 <= (folded[11] ? 5'h0 : ((_zz_lineLost_22 && (! _zz_lineLost_23)) ? _zz_lineExtra_11 : lineExtra_11));
      lineExtra_12 <= (folded[12] ? 5'h0 : ((_zz_lineLost_24 && (! _zz_lineLost_25)) ? _zz_lineExtra_12 : lineExtra_12));
      lineExtra_13 <= (folded[13] ? 5'h0 : ((_zz_lineLost_26 && (! _zz_lineLost_27)) ? _zz_lineExtra_13 : lineExtra_13));
      lineExtra_14 <= (folded[14] ? 5'h0 : ((_zz_lineLost_28 && (! _zz_lineLost_29)) ? _zz_lineExtra_14 : lineExtra_14));
      lineExtra_15 <= (folded[15] ? 5'h0 : ((_zz_lineLost_30 && (! _zz_lineLost_31)) ? _zz_lineExtra_15 : lineExtra_15));
      lineExtra_16 <= (folded[16] ? 5'h0 : ((_zz_lineLost_32 && (! _zz_lineLost_33)) ? _zz_lineExtra_16 : lineExtra_16));
      lineExtra_17 <= (folded[17] ? 5'h0 : ((_zz_lineLost_34 && (! _zz_lineLost_35)) ? _zz_lineExtra_17 : lineExtra_17));
      lineExtra_18 <= (folded[18] ? 5'h0 : ((_zz_lineLost_36 && (! _zz_lineLost_37)) ? _zz_lineExtra_18 : lineExtra_18));
      lineExtra_19 <= (folded[19] ? 5'h0 : ((_zz_lineLost_38 && (! _zz_lineLost_39)) ? _zz_lineExtra_19 : lineExtra_19));
      lineExtra_20 <= (folded[20] ? 5'h0 : ((_zz_lineLost_40 && (! _zz_lineLost_41)) ? _zz_lineExtra_20 : lineExtra_20));
      lineExtra_21 <= (folded[21] ? 5'h0 : ((_zz_lineLost_42 && (! _zz_lineLost_43)) ? _zz_lineExtra_21 : lineExtra_21));
      lineExtra_22 <= (folded[22] ? 5'h0 : ((_zz_lineLost_44 && (! _zz_lineLost_45)) ? _zz_lineExtra_22 : lineExtra_22));
      lineExtra_23 <= (folded[23] ? 5'h0 : ((_zz_lineLost_46 && (! _zz_lineLost_47)) ? _zz_lineExtra_23 : lineExtra_23));
      lineExtra_24 <= (folded[24] ? 5'h0 : ((_zz_lineLost_48 && (! _zz_lineLost_49)) ? _zz_lineExtra_24 : lineExtra_24));
      lineExtra_25 <= (folded[25] ? 5'h0 : ((_zz_lineLost_50 && (! _zz_lineLost_51)) ? _zz_lineExtra_25 : lineExtra_25));
      lineExtra_26 <= (folded[26] ? 5'h0 : ((_zz_lineLost_52 && (! _zz_lineLost_53)) ? _zz_lineExtra_26 : lineExtra_26));
      lineExtra_27 <= (folded[27] ? 5'h0 : ((_zz_lineLost_54 && (! _zz_lineLost_55)) ? _zz_lineExtra_27 : lineExtra_27));
      lineExtra_28 <= (folded[28] ? 5'h0 : ((_zz_lineLost_56 && (! _zz_lineLost_57)) ? _zz_lineExtra_28 : lineExtra_28));
      lineExtra_29 <= (folded[29] ? 5'h0 : ((_zz_lineLost_58 && (! _zz_lineLost_59)) ? _zz_lineExtra_29 : lineExtra_29));
      lineExtra_30 <= (folded[30] ? 5'h0 : ((_zz_lineLost_60 && (! _zz_lineLost_61)) ? _zz_lineExtra_30 : lineExtra_30));
      lineExtra_31 <= (folded[31] ? 5'h0 : ((_zz_lineLost_62 && (! _zz_lineLost_63)) ? _zz_lineExtra_31 : lineExtra_31));
      lineLost <= ((lineLost | {{{{_zz_lineLost_64,_zz_lineLost_69},{_zz_lineLost_74,_zz_lineLost_79}},{{_zz_lineLost_84,_zz_lineLost_89},{_zz_lineLost_94,_zz_lineLost_99}}},{{{_zz_lineLost_104,_zz_lineLost_109},{_zz_lineLost_114,_zz_lineLost_119}},{{_zz_lineLost_124,_zz_lineLost_129},{_zz_lineLost_134,_zz_lineLost_139}}}}) & (~ folded));
      offerRecord_bypass <= (pickRecord_write && (pickRecord_writeAt == pickChoice));
      countForPick_bypass <= (count_write && (count_writeAt == pickChoice));
      due <= ((folded & (((_zz_due_1[2] && (_zz_due || drainingWritten)) || (_zz_due_1[3] && _zz_due)) ? 32'hffffffff : 32'h0)) | ((~ folded) & due));
      lastPick <= _zz_lastPick;
      offerSource <= pickChoice;
      offerValid <= pickChose;
      countForStatus_bypass <= (count_write && (count_writeAt == sched_querySource));
    end
  end

  always @(posedge clk) begin
    countUpdate_source <= sched_update_payload_source;
    countForFold_written <= count_writeRow;
    offerRecord_written <= pickRecord_writeRow;
    countForPick_written <= count_writeRow;
    pickRecordOfS1 <= _zz_pickRecord_writeRow;
    query_source <= sched_querySource;
    countForStatus_written <= count_writeRow;
  end


endmodule

module TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_CommandRouter (
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

module TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_IpcUnit (
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

module TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_ReadyQueueCore (
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
  output wire          wakeup_poolFull,
  input  wire [23:0]   wakeup_queryCount,
  input  wire          wakeup_queryLost,
  input  wire          wakeup_queryPending,
  input  wire          wakeup_pick_valid,
  output wire          wakeup_pick_ready,
  input  wire          wakeup_pick_payload_persistent,
  input  wire          wakeup_pick_payload_takesEvent,
  input  wire [4:0]    wakeup_pick_payload_source,
  input  wire          wakeup_pick_payload_startsDrain,
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
  output wire          wakeup_update_payload_startsDrain,
  output wire [4:0]    wakeup_querySource,
  output wire          wakeup_pickSourceBusy,
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
  wire                _zz__zz_wakeup_pick_ready;
  wire                _zz__zz_wakeup_pick_ready_1;
  wire                _zz__zz_wakeup_pick_ready_2;
  wire                _zz__zz_wakeup_pick_ready_3;
  wire       [3:0]    _zz__zz_wakeup_pick_ready_4;
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
  wire       [9:0]    _zz_s1_alloc;
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
  reg                 slot_startsDrain;
  reg                 slotNext_startsDrain;
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
  reg                 s1_startsDrain;
  reg        [9:0]    s1_moved;
  wire                _zz_s1_atHead;
  wire                _zz_s1_atHead_1;
  wire                _zz_when_ErrorRegisters_l54;
  wire                _zz_s1_listNonEmpty;
  wire                _zz_wakeup_update_payload_startsDrain;
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
  wire                _zz_wakeup_pick_ready;
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
  assign _zz_s1_alloc = fresh[9:0];
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
  assign _zz__zz_wakeup_pick_ready = (((s1_op == 4'b0111) || (s1_op == 4'b1001)) || (s1_op == 4'b1010));
  assign _zz__zz_wakeup_pick_ready_1 = (s1_op == 4'b1000);
  assign _zz__zz_wakeup_pick_ready_2 = ((s2_op == 4'b0111) || (s2_op == 4'b1001));
  assign _zz__zz_wakeup_pick_ready_3 = (s2_op == 4'b1010);
  assign _zz__zz_wakeup_pick_ready_4 = 4'b1000;
  assign _zz_s1_waitRecordAfter_3 = (! (_zz_wakeup_update_payload_startsDrain && (_zz_s1_waitRecordAfter_1 == 11'h001)));
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
  assign _zz_wakeup_update_payload_startsDrain = (s1_valid && (s1_op == 4'b1001));
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
  assign _zz_wakeup_pick_ready = ((((slot_valid && (slot_source == wakeup_pick_payload_source)) || (slotNext_valid && (slotNext_source == wakeup_pick_payload_source))) || ((s1_valid && (_zz__zz_wakeup_pick_ready || _zz__zz_wakeup_pick_ready_1)) && (s1_source == wakeup_pick_payload_source))) || ((s2_valid && ((_zz__zz_wakeup_pick_ready_2 || _zz__zz_wakeup_pick_ready_3) || (s2_op == _zz__zz_wakeup_pick_ready_4))) && (s2_source == wakeup_pick_payload_source)));
  assign wakeup_pickSourceBusy = _zz_wakeup_pick_ready;
  assign wakeup_pick_ready = (((! slotNext_valid) && (! cancelHoldsPicks)) && (! _zz_wakeup_pick_ready));
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
  assign s1_writesWait = (((s1_waitAppends || _zz_wakeup_update_payload_startsDrain) || s1_setHandler) || s1_configuresSource);
  assign _zz_s2_linkEnable = (s1_waitAppends && s1_waiting);
  assign _zz_s1_waitRecordAfter_2 = s1_data[19 : 16];
  assign s1_waitRecordAfter = {{((s1_waiting && _zz_s1_waitRecordAfter_3) || s1_waitAppends),(s1_configuresSource ? {_zz_s1_waitRecordAfter_4,_zz_s1_waitRecordAfter_2} : (s1_setHandler ? {_zz_s1_waitRecordAfter_5,_zz_s1_waitRecordAfter_6} : s1_waitModes))},{(_zz_wakeup_update_payload_startsDrain ? _zz_s1_waitRecordAfter_7 : (s1_waitAppends ? _zz_s1_waitRecordAfter_8 : _zz_s1_waitRecordAfter_1)),(s1_waitAppends ? s1_alloc : _zz_s1_waitRecordAfter)}};
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
  assign s1_readyInsert = (((_zz_s1_readyInsert || _zz_s1_readyInsert_1) || _zz_wakeup_update_payload_startsDrain) || s1_waitTakesPending);
  assign s1_allocates = (((_zz_s1_readyInsert || _zz_s1_readyInsert_1) || s1_waitTakesPending) || s1_waitAppends);
  assign s1_dequeueOk = ((s1_valid && _zz_s1_listNonEmpty) && s1_listNonEmpty);
  assign s1_atHead = (_zz_s1_atHead_1 || ((! _zz_s1_atHead) && s1_data[0]));
  assign s1_poolFull = poolFull;
  assign s1_fromFreeList = (fresh != used);
  assign s1_freeHead = ((s2_valid && s2_dequeueOk) ? s2_head : ((s2_valid && s2_allocFromFreeList) ? s2_next[9 : 0] : freeHead));
  assign s1_alloc = (_zz_wakeup_update_payload_startsDrain ? s1_moved : (s1_fromFreeList ? s1_freeHead : _zz_s1_alloc));
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
  assign when_SourceUpdates_l30 = ((_zz_wakeup_update_payload_startsDrain && (_zz_s1_waitRecordAfter_1 == 11'h001)) || walkClearsWaiting);
  assign when_SourceUpdates_l33 = (s1_configOk && (s1_status == 4'b0010));
  assign s1_countTake = ((s1_waitTakesPending || (_zz_wakeup_update_payload_startsDrain && s1_takesEvent)) || (_zz_s1_countTake && (! s1_poolFull)));
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
  assign wakeup_update_payload_startsDrain = (_zz_wakeup_update_payload_startsDrain && s1_startsDrain);
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
  assign removeBusy = walkActive;
  always @(posedge clk) begin
    if(reset) begin
      slot_valid <= 1'b0;
      slot_persistent <= 1'b0;
      slot_takesEvent <= 1'b0;
      slotNext_valid <= 1'b0;
      slotNext_persistent <= 1'b0;
      slotNext_takesEvent <= 1'b0;
      slot_startsDrain <= 1'b0;
      slotNext_startsDrain <= 1'b0;
      s1_valid <= 1'b0;
      s1_internal <= 1'b0;
      s1_control <= 1'b0;
      s1_read <= 1'b0;
      s1_priorityOk <= 1'b0;
      s1_takesEvent <= 1'b0;
      s1_startsDrain <= 1'b0;
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
      s1_startsDrain <= (takeSlot && slot_startsDrain);
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
        slot_startsDrain <= (slotNext_valid ? slotNext_startsDrain : wakeup_pick_payload_startsDrain);
      end else begin
        if(takeSlot) begin
          slot_valid <= 1'b0;
        end
      end
      if(when_WaitTable_l117) begin
        slotNext_valid <= 1'b1;
        slotNext_persistent <= wakeup_pick_payload_persistent;
        slotNext_takesEvent <= wakeup_pick_payload_takesEvent;
        slotNext_startsDrain <= wakeup_pick_payload_startsDrain;
      end else begin
        if(when_WaitTable_l122) begin
          slotNext_valid <= 1'b0;
        end
      end
      s2_writesWait <= s1_writesWait;
      s1_waitBypassS2 <= ((s1_valid && s1_writesWait) && (s1_source == s0_source));
      s1_waitBypassW <= ((s2_valid && s2_writesWait) && (s2_source == s0_source));
      s2_wake <= _zz_wakeup_update_payload_startsDrain;
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

module TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_RegisterDecoder (
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

module TaskIntc_c8_p8_n1024_w64_h4_i32_q4_pw16_lb6_k4_d4_a64_r40_level_axi4lite_AxiLite4Adapter (
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
