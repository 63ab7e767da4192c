// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : TaskIntc_c64_p32_n16384_w64_h8_axi4lite

`timescale 1ns/1ps

module TaskIntc_c64_p32_n16384_w64_h8_axi4lite (
  input  wire          axi_awvalid,
  output wire          axi_awready,
  input  wire [18:0]   axi_awaddr,
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
  input  wire [18:0]   axi_araddr,
  input  wire [2:0]    axi_arprot,
  output wire          axi_rvalid,
  input  wire          axi_rready,
  output wire [63:0]   axi_rdata,
  output wire [1:0]    axi_rresp,
  input  wire          clk,
  input  wire          reset
);

  wire                busAdapter_req_valid;
  wire                busAdapter_req_payload_write;
  wire                busAdapter_req_payload_fullWidth;
  wire       [18:0]   busAdapter_req_payload_address;
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
  wire       [2:0]    decoder_cmd_payload_op;
  wire       [2:0]    decoder_cmd_payload_status;
  wire                decoder_cmd_payload_control;
  wire                decoder_cmd_payload_read;
  wire       [5:0]    decoder_cmd_payload_context;
  wire       [2:0]    decoder_cmd_payload_hart;
  wire       [63:0]   decoder_cmd_payload_data;
  wire                decoder_refused;
  wire                core_cmd_ready;
  wire                core_rsp_valid;
  wire                core_rsp_payload_fault;
  wire                core_rsp_payload_read;
  wire       [63:0]   core_rsp_payload_data;

  TaskIntc_c64_p32_n16384_w64_h8_axi4lite_AxiLite4Adapter busAdapter (
    .req_valid             (busAdapter_req_valid                ), //o
    .req_ready             (decoder_req_ready                   ), //i
    .req_payload_write     (busAdapter_req_payload_write        ), //o
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //o
    .req_payload_address   (busAdapter_req_payload_address[18:0]), //o
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //o
    .rsp_valid             (core_rsp_valid                      ), //i
    .rsp_payload_fault     (core_rsp_payload_fault              ), //i
    .rsp_payload_read      (core_rsp_payload_read               ), //i
    .rsp_payload_data      (core_rsp_payload_data[63:0]         ), //i
    .refused               (decoder_refused                     ), //i
    .axi_aw_valid          (axi_awvalid                         ), //i
    .axi_aw_ready          (busAdapter_axi_aw_ready             ), //o
    .axi_aw_payload_addr   (axi_awaddr[18:0]                    ), //i
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
    .axi_ar_payload_addr   (axi_araddr[18:0]                    ), //i
    .axi_ar_payload_prot   (axi_arprot[2:0]                     ), //i
    .axi_r_valid           (busAdapter_axi_r_valid              ), //o
    .axi_r_ready           (axi_rready                          ), //i
    .axi_r_payload_data    (busAdapter_axi_r_payload_data[63:0] ), //o
    .axi_r_payload_resp    (busAdapter_axi_r_payload_resp[1:0]  ), //o
    .clk                   (clk                                 ), //i
    .reset                 (reset                               )  //i
  );
  TaskIntc_c64_p32_n16384_w64_h8_axi4lite_RegisterDecoder decoder (
    .req_valid             (busAdapter_req_valid                ), //i
    .req_ready             (decoder_req_ready                   ), //o
    .req_payload_write     (busAdapter_req_payload_write        ), //i
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //i
    .req_payload_address   (busAdapter_req_payload_address[18:0]), //i
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //i
    .cmd_valid             (decoder_cmd_valid                   ), //o
    .cmd_ready             (core_cmd_ready                      ), //i
    .cmd_payload_op        (decoder_cmd_payload_op[2:0]         ), //o
    .cmd_payload_status    (decoder_cmd_payload_status[2:0]     ), //o
    .cmd_payload_control   (decoder_cmd_payload_control         ), //o
    .cmd_payload_read      (decoder_cmd_payload_read            ), //o
    .cmd_payload_context   (decoder_cmd_payload_context[5:0]    ), //o
    .cmd_payload_hart      (decoder_cmd_payload_hart[2:0]       ), //o
    .cmd_payload_data      (decoder_cmd_payload_data[63:0]      ), //o
    .refused               (decoder_refused                     )  //o
  );
  TaskIntc_c64_p32_n16384_w64_h8_axi4lite_ReadyQueueCore core (
    .cmd_valid           (decoder_cmd_valid               ), //i
    .cmd_ready           (core_cmd_ready                  ), //o
    .cmd_payload_op      (decoder_cmd_payload_op[2:0]     ), //i
    .cmd_payload_status  (decoder_cmd_payload_status[2:0] ), //i
    .cmd_payload_control (decoder_cmd_payload_control     ), //i
    .cmd_payload_read    (decoder_cmd_payload_read        ), //i
    .cmd_payload_context (decoder_cmd_payload_context[5:0]), //i
    .cmd_payload_hart    (decoder_cmd_payload_hart[2:0]   ), //i
    .cmd_payload_data    (decoder_cmd_payload_data[63:0]  ), //i
    .rsp_valid           (core_rsp_valid                  ), //o
    .rsp_payload_fault   (core_rsp_payload_fault          ), //o
    .rsp_payload_read    (core_rsp_payload_read           ), //o
    .rsp_payload_data    (core_rsp_payload_data[63:0]     ), //o
    .clk                 (clk                             ), //i
    .reset               (reset                           )  //i
  );
  assign axi_awready = busAdapter_axi_aw_ready;
  assign axi_wready = busAdapter_axi_w_ready;
  assign axi_bvalid = busAdapter_axi_b_valid;
  assign axi_bresp = busAdapter_axi_b_payload_resp;
  assign axi_arready = busAdapter_axi_ar_ready;
  assign axi_rvalid = busAdapter_axi_r_valid;
  assign axi_rdata = busAdapter_axi_r_payload_data;
  assign axi_rresp = busAdapter_axi_r_payload_resp;

endmodule

module TaskIntc_c64_p32_n16384_w64_h8_axi4lite_ReadyQueueCore (
  input  wire          cmd_valid,
  output wire          cmd_ready,
  input  wire [2:0]    cmd_payload_op,
  input  wire [2:0]    cmd_payload_status,
  input  wire          cmd_payload_control,
  input  wire          cmd_payload_read,
  input  wire [5:0]    cmd_payload_context,
  input  wire [2:0]    cmd_payload_hart,
  input  wire [63:0]   cmd_payload_data,
  output wire          rsp_valid,
  output wire          rsp_payload_fault,
  output wire          rsp_payload_read,
  output wire [63:0]   rsp_payload_data,
  input  wire          clk,
  input  wire          reset
);

  reg        [63:0]   words_spinal_port0;
  reg        [13:0]   links_spinal_port0;
  reg        [42:0]   lists_spinal_port0;
  reg        [31:0]   _zz_s0_levels_2;
  wire       [31:0]   _zz_s0_levels_ohFirst_masked;
  wire                _zz_lists_port;
  wire                _zz_lists_rd0;
  wire       [13:0]   _zz_s1_alloc;
  wire                _zz_links_port;
  wire                _zz_links_rd0;
  wire                _zz_words_port;
  wire                _zz_words_rd0;
  reg        [31:0]   _zz__zz_levelMap_0_1;
  reg        [14:0]   _zz__zz_readyCount_0_1;
  wire       [14:0]   _zz__zz_readyCount_0_2;
  wire       [14:0]   _zz__zz_readyCount_0_3;
  reg        [14:0]   _zz_s1_status_value;
  reg        [31:0]   _zz_s1_status_value_1;
  reg        [4:0]    _zz_s1_status_value_2;
  wire       [14:0]   _zz_s1_status_value_3;
  wire       [14:0]   _zz_s1_status_value_4;
  reg        [4:0]    _zz__zz_errors_0_1;
  wire       [14:0]   _zz_s2_newCount;
  wire       [14:0]   _zz_s2_newCount_1;
  wire       [10:0]   _zz_lists_port_1;
  wire       [42:0]   _zz_lists_port_2;
  wire                _zz_lists_port_3;
  wire       [13:0]   _zz_links_port_1;
  wire       [13:0]   _zz_links_port_2;
  wire                _zz_links_port_3;
  reg        [63:0]   _zz_s2_rsp_data_1;
  reg        [6:0]    _zz__zz_s2_rsp_data;
  wire       [31:0]   _zz_s2_rsp_data_2;
  wire       [14:0]   _zz_removeListRecord;
  reg        [31:0]   _zz__zz_levelMap_0_5;
  wire       [14:0]   _zz__zz_readyCount_0_5;
  reg        [14:0]   _zz__zz_readyCount_0_5_1;
  reg        [4:0]    _zz__zz_errors_0_3;
  reg        [31:0]   levelMap_0;
  reg        [31:0]   levelMap_1;
  reg        [31:0]   levelMap_2;
  reg        [31:0]   levelMap_3;
  reg        [31:0]   levelMap_4;
  reg        [31:0]   levelMap_5;
  reg        [31:0]   levelMap_6;
  reg        [31:0]   levelMap_7;
  reg        [31:0]   levelMap_8;
  reg        [31:0]   levelMap_9;
  reg        [31:0]   levelMap_10;
  reg        [31:0]   levelMap_11;
  reg        [31:0]   levelMap_12;
  reg        [31:0]   levelMap_13;
  reg        [31:0]   levelMap_14;
  reg        [31:0]   levelMap_15;
  reg        [31:0]   levelMap_16;
  reg        [31:0]   levelMap_17;
  reg        [31:0]   levelMap_18;
  reg        [31:0]   levelMap_19;
  reg        [31:0]   levelMap_20;
  reg        [31:0]   levelMap_21;
  reg        [31:0]   levelMap_22;
  reg        [31:0]   levelMap_23;
  reg        [31:0]   levelMap_24;
  reg        [31:0]   levelMap_25;
  reg        [31:0]   levelMap_26;
  reg        [31:0]   levelMap_27;
  reg        [31:0]   levelMap_28;
  reg        [31:0]   levelMap_29;
  reg        [31:0]   levelMap_30;
  reg        [31:0]   levelMap_31;
  reg        [31:0]   levelMap_32;
  reg        [31:0]   levelMap_33;
  reg        [31:0]   levelMap_34;
  reg        [31:0]   levelMap_35;
  reg        [31:0]   levelMap_36;
  reg        [31:0]   levelMap_37;
  reg        [31:0]   levelMap_38;
  reg        [31:0]   levelMap_39;
  reg        [31:0]   levelMap_40;
  reg        [31:0]   levelMap_41;
  reg        [31:0]   levelMap_42;
  reg        [31:0]   levelMap_43;
  reg        [31:0]   levelMap_44;
  reg        [31:0]   levelMap_45;
  reg        [31:0]   levelMap_46;
  reg        [31:0]   levelMap_47;
  reg        [31:0]   levelMap_48;
  reg        [31:0]   levelMap_49;
  reg        [31:0]   levelMap_50;
  reg        [31:0]   levelMap_51;
  reg        [31:0]   levelMap_52;
  reg        [31:0]   levelMap_53;
  reg        [31:0]   levelMap_54;
  reg        [31:0]   levelMap_55;
  reg        [31:0]   levelMap_56;
  reg        [31:0]   levelMap_57;
  reg        [31:0]   levelMap_58;
  reg        [31:0]   levelMap_59;
  reg        [31:0]   levelMap_60;
  reg        [31:0]   levelMap_61;
  reg        [31:0]   levelMap_62;
  reg        [31:0]   levelMap_63;
  reg        [14:0]   readyCount_0;
  reg        [14:0]   readyCount_1;
  reg        [14:0]   readyCount_2;
  reg        [14:0]   readyCount_3;
  reg        [14:0]   readyCount_4;
  reg        [14:0]   readyCount_5;
  reg        [14:0]   readyCount_6;
  reg        [14:0]   readyCount_7;
  reg        [14:0]   readyCount_8;
  reg        [14:0]   readyCount_9;
  reg        [14:0]   readyCount_10;
  reg        [14:0]   readyCount_11;
  reg        [14:0]   readyCount_12;
  reg        [14:0]   readyCount_13;
  reg        [14:0]   readyCount_14;
  reg        [14:0]   readyCount_15;
  reg        [14:0]   readyCount_16;
  reg        [14:0]   readyCount_17;
  reg        [14:0]   readyCount_18;
  reg        [14:0]   readyCount_19;
  reg        [14:0]   readyCount_20;
  reg        [14:0]   readyCount_21;
  reg        [14:0]   readyCount_22;
  reg        [14:0]   readyCount_23;
  reg        [14:0]   readyCount_24;
  reg        [14:0]   readyCount_25;
  reg        [14:0]   readyCount_26;
  reg        [14:0]   readyCount_27;
  reg        [14:0]   readyCount_28;
  reg        [14:0]   readyCount_29;
  reg        [14:0]   readyCount_30;
  reg        [14:0]   readyCount_31;
  reg        [14:0]   readyCount_32;
  reg        [14:0]   readyCount_33;
  reg        [14:0]   readyCount_34;
  reg        [14:0]   readyCount_35;
  reg        [14:0]   readyCount_36;
  reg        [14:0]   readyCount_37;
  reg        [14:0]   readyCount_38;
  reg        [14:0]   readyCount_39;
  reg        [14:0]   readyCount_40;
  reg        [14:0]   readyCount_41;
  reg        [14:0]   readyCount_42;
  reg        [14:0]   readyCount_43;
  reg        [14:0]   readyCount_44;
  reg        [14:0]   readyCount_45;
  reg        [14:0]   readyCount_46;
  reg        [14:0]   readyCount_47;
  reg        [14:0]   readyCount_48;
  reg        [14:0]   readyCount_49;
  reg        [14:0]   readyCount_50;
  reg        [14:0]   readyCount_51;
  reg        [14:0]   readyCount_52;
  reg        [14:0]   readyCount_53;
  reg        [14:0]   readyCount_54;
  reg        [14:0]   readyCount_55;
  reg        [14:0]   readyCount_56;
  reg        [14:0]   readyCount_57;
  reg        [14:0]   readyCount_58;
  reg        [14:0]   readyCount_59;
  reg        [14:0]   readyCount_60;
  reg        [14:0]   readyCount_61;
  reg        [14:0]   readyCount_62;
  reg        [14:0]   readyCount_63;
  reg        [4:0]    errors_0;
  reg        [4:0]    errors_1;
  reg        [4:0]    errors_2;
  reg        [4:0]    errors_3;
  reg        [4:0]    errors_4;
  reg        [4:0]    errors_5;
  reg        [4:0]    errors_6;
  reg        [4:0]    errors_7;
  reg        [4:0]    errors_8;
  reg        [4:0]    errors_9;
  reg        [4:0]    errors_10;
  reg        [4:0]    errors_11;
  reg        [4:0]    errors_12;
  reg        [4:0]    errors_13;
  reg        [4:0]    errors_14;
  reg        [4:0]    errors_15;
  reg        [4:0]    errors_16;
  reg        [4:0]    errors_17;
  reg        [4:0]    errors_18;
  reg        [4:0]    errors_19;
  reg        [4:0]    errors_20;
  reg        [4:0]    errors_21;
  reg        [4:0]    errors_22;
  reg        [4:0]    errors_23;
  reg        [4:0]    errors_24;
  reg        [4:0]    errors_25;
  reg        [4:0]    errors_26;
  reg        [4:0]    errors_27;
  reg        [4:0]    errors_28;
  reg        [4:0]    errors_29;
  reg        [4:0]    errors_30;
  reg        [4:0]    errors_31;
  reg        [4:0]    errors_32;
  reg        [4:0]    errors_33;
  reg        [4:0]    errors_34;
  reg        [4:0]    errors_35;
  reg        [4:0]    errors_36;
  reg        [4:0]    errors_37;
  reg        [4:0]    errors_38;
  reg        [4:0]    errors_39;
  reg        [4:0]    errors_40;
  reg        [4:0]    errors_41;
  reg        [4:0]    errors_42;
  reg        [4:0]    errors_43;
  reg        [4:0]    errors_44;
  reg        [4:0]    errors_45;
  reg        [4:0]    errors_46;
  reg        [4:0]    errors_47;
  reg        [4:0]    errors_48;
  reg        [4:0]    errors_49;
  reg        [4:0]    errors_50;
  reg        [4:0]    errors_51;
  reg        [4:0]    errors_52;
  reg        [4:0]    errors_53;
  reg        [4:0]    errors_54;
  reg        [4:0]    errors_55;
  reg        [4:0]    errors_56;
  reg        [4:0]    errors_57;
  reg        [4:0]    errors_58;
  reg        [4:0]    errors_59;
  reg        [4:0]    errors_60;
  reg        [4:0]    errors_61;
  reg        [4:0]    errors_62;
  reg        [4:0]    errors_63;
  reg        [63:0]   currentTask_0;
  reg        [63:0]   currentTask_1;
  reg        [63:0]   currentTask_2;
  reg        [63:0]   currentTask_3;
  reg        [63:0]   currentTask_4;
  reg        [63:0]   currentTask_5;
  reg        [63:0]   currentTask_6;
  reg        [63:0]   currentTask_7;
  reg        [6:0]    currentContext_0;
  reg        [6:0]    currentContext_1;
  reg        [6:0]    currentContext_2;
  reg        [6:0]    currentContext_3;
  reg        [6:0]    currentContext_4;
  reg        [6:0]    currentContext_5;
  reg        [6:0]    currentContext_6;
  reg        [6:0]    currentContext_7;
  reg        [4:0]    controlError;
  reg        [14:0]   used;
  reg        [14:0]   fresh;
  reg        [13:0]   freeHead;
  reg        [2:0]    removeState;
  wire                removeActive;
  reg                 s1_valid;
  reg                 s2_valid;
  reg        [2:0]    s1_op;
  reg        [5:0]    s1_context;
  reg        [10:0]   s1_list;
  reg        [31:0]   s1_levelOH;
  reg        [10:0]   s2_list;
  reg                 s2_writesList;
  wire                _zz_cmd_ready;
  wire                s0_fire;
  wire                removeStart;
  wire                s1_setLevel;
  wire                s1_clearLevel;
  wire                _zz_s0_levels;
  wire       [31:0]   _zz_s0_levels_1;
  wire       [31:0]   s0_levels;
  wire                _zz_s0_level;
  wire       [31:0]   s0_levels_ohFirst_input;
  wire       [31:0]   s0_levels_ohFirst_masked;
  wire       [31:0]   s0_levels_ohFirst_value;
  wire                _zz_s0_level_1;
  wire                _zz_s0_level_2;
  wire                _zz_s0_level_3;
  wire                _zz_s0_level_4;
  wire                _zz_s0_level_5;
  wire                _zz_s0_level_6;
  wire                _zz_s0_level_7;
  wire                _zz_s0_level_8;
  wire                _zz_s0_level_9;
  wire                _zz_s0_level_10;
  wire                _zz_s0_level_11;
  wire                _zz_s0_level_12;
  wire                _zz_s0_level_13;
  wire                _zz_s0_level_14;
  wire                _zz_s0_level_15;
  wire                _zz_s0_level_16;
  wire                _zz_s0_level_17;
  wire                _zz_s0_level_18;
  wire                _zz_s0_level_19;
  wire                _zz_s0_level_20;
  wire                _zz_s0_level_21;
  wire                _zz_s0_level_22;
  wire                _zz_s0_level_23;
  wire                _zz_s0_level_24;
  wire                _zz_s0_level_25;
  wire                _zz_s0_level_26;
  wire                _zz_s0_level_27;
  wire                _zz_s0_level_28;
  wire                _zz_s0_level_29;
  wire                _zz_s0_level_30;
  wire                _zz_s0_level_31;
  wire       [4:0]    s0_level;
  wire                s0_listNonEmpty;
  wire       [10:0]   s0_list;
  wire       [31:0]   s0_levelOH;
  wire       [42:0]   lists_rd0;
  wire                s1_writesList;
  reg        [2:0]    s1_status;
  reg        [2:0]    s1_hart;
  reg        [63:0]   s1_data;
  reg                 s1_control;
  reg                 s1_read;
  reg                 s1_listNonEmpty;
  reg                 s1_priorityOk;
  reg                 s1_bypassS2;
  reg                 s1_bypassW;
  wire       [42:0]   s2_newList;
  reg        [42:0]   w_list;
  reg                 s2_dequeueOk;
  reg                 s2_enqueueOk;
  reg                 s2_fromFreeList;
  reg        [13:0]   s2_head;
  wire       [13:0]   s2_next;
  wire       [42:0]   s1_list_record;
  wire       [13:0]   _zz_s2_head;
  wire       [13:0]   _zz_s2_newTail;
  wire       [14:0]   _zz_s1_clearLevel;
  wire                _zz_s2_newHead;
  wire                _zz_s1_enqueueOk;
  wire                _zz_s1_dequeueOk;
  wire                when_ReadyQueueCore_l154;
  wire                when_ReadyQueueCore_l155;
  wire                s1_enqueueOk;
  wire                s1_dequeueOk;
  reg        [4:0]    s1_enqueueError;
  wire                when_ReadyQueueCore_l152;
  wire                when_ReadyQueueCore_l153;
  wire                s1_fromFreeList;
  wire       [13:0]   s1_freeHead;
  wire       [13:0]   s1_alloc;
  wire       [13:0]   removeReadAddr;
  wire       [13:0]   s1_linkReadAddr;
  wire       [13:0]   s1_wordReadAddr;
  wire       [13:0]   links_rd0;
  wire       [63:0]   words_rd0;
  wire                s2_linkWriteEnable;
  wire       [13:0]   s2_linkWriteAddr;
  wire       [13:0]   s2_linkWriteData;
  wire       [5:0]    _zz_levelMap_0;
  wire       [31:0]   _zz_levelMap_0_1;
  wire       [63:0]   _zz_5;
  wire                _zz_6;
  wire                _zz_7;
  wire                _zz_8;
  wire                _zz_9;
  wire                _zz_10;
  wire                _zz_11;
  wire                _zz_12;
  wire                _zz_13;
  wire                _zz_14;
  wire                _zz_15;
  wire                _zz_16;
  wire                _zz_17;
  wire                _zz_18;
  wire                _zz_19;
  wire                _zz_20;
  wire                _zz_21;
  wire                _zz_22;
  wire                _zz_23;
  wire                _zz_24;
  wire                _zz_25;
  wire                _zz_26;
  wire                _zz_27;
  wire                _zz_28;
  wire                _zz_29;
  wire                _zz_30;
  wire                _zz_31;
  wire                _zz_32;
  wire                _zz_33;
  wire                _zz_34;
  wire                _zz_35;
  wire                _zz_36;
  wire                _zz_37;
  wire                _zz_38;
  wire                _zz_39;
  wire                _zz_40;
  wire                _zz_41;
  wire                _zz_42;
  wire                _zz_43;
  wire                _zz_44;
  wire                _zz_45;
  wire                _zz_46;
  wire                _zz_47;
  wire                _zz_48;
  wire                _zz_49;
  wire                _zz_50;
  wire                _zz_51;
  wire                _zz_52;
  wire                _zz_53;
  wire                _zz_54;
  wire                _zz_55;
  wire                _zz_56;
  wire                _zz_57;
  wire                _zz_58;
  wire                _zz_59;
  wire                _zz_60;
  wire                _zz_61;
  wire                _zz_62;
  wire                _zz_63;
  wire                _zz_64;
  wire                _zz_65;
  wire                _zz_66;
  wire                _zz_67;
  wire                _zz_68;
  wire                _zz_69;
  wire       [31:0]   _zz_levelMap_0_2;
  wire       [31:0]   _zz_levelMap_0_3;
  wire       [5:0]    _zz_readyCount_0;
  wire       [14:0]   _zz_readyCount_0_1;
  wire       [63:0]   _zz_70;
  wire                _zz_71;
  wire                _zz_72;
  wire                _zz_73;
  wire                _zz_74;
  wire                _zz_75;
  wire                _zz_76;
  wire                _zz_77;
  wire                _zz_78;
  wire                _zz_79;
  wire                _zz_80;
  wire                _zz_81;
  wire                _zz_82;
  wire                _zz_83;
  wire                _zz_84;
  wire                _zz_85;
  wire                _zz_86;
  wire                _zz_87;
  wire                _zz_88;
  wire                _zz_89;
  wire                _zz_90;
  wire                _zz_91;
  wire                _zz_92;
  wire                _zz_93;
  wire                _zz_94;
  wire                _zz_95;
  wire                _zz_96;
  wire                _zz_97;
  wire                _zz_98;
  wire                _zz_99;
  wire                _zz_100;
  wire                _zz_101;
  wire                _zz_102;
  wire                _zz_103;
  wire                _zz_104;
  wire                _zz_105;
  wire                _zz_106;
  wire                _zz_107;
  wire                _zz_108;
  wire                _zz_109;
  wire                _zz_110;
  wire                _zz_111;
  wire                _zz_112;
  wire                _zz_113;
  wire                _zz_114;
  wire                _zz_115;
  wire                _zz_116;
  wire                _zz_117;
  wire                _zz_118;
  wire                _zz_119;
  wire                _zz_120;
  wire                _zz_121;
  wire                _zz_122;
  wire                _zz_123;
  wire                _zz_124;
  wire                _zz_125;
  wire                _zz_126;
  wire                _zz_127;
  wire                _zz_128;
  wire                _zz_129;
  wire                _zz_130;
  wire                _zz_131;
  wire                _zz_132;
  wire                _zz_133;
  wire                _zz_134;
  wire       [14:0]   _zz_readyCount_0_2;
  wire                when_ReadyQueueCore_l195;
  wire       [14:0]   _zz_readyCount_0_3;
  wire                _zz_controlError;
  wire                _zz_controlError_1;
  reg        [63:0]   s1_status_value;
  wire                when_ReadyQueueCore_l208;
  wire       [4:0]    _zz_controlError_2;
  wire       [4:0]    _zz_controlError_3;
  wire                when_ReadyQueueCore_l217;
  wire       [5:0]    _zz_errors_0;
  wire       [63:0]   _zz_135;
  wire       [4:0]    _zz_errors_0_1;
  wire                when_ReadyQueueCore_l222;
  reg        [2:0]    s2_op;
  reg        [2:0]    s2_status;
  reg        [2:0]    s2_hart;
  reg        [5:0]    s2_context;
  reg        [63:0]   s2_data;
  reg                 s2_read;
  reg        [63:0]   s2_status_value;
  reg        [13:0]   s2_newHead;
  reg        [13:0]   s2_newTail;
  reg        [14:0]   s2_newCount;
  reg                 s2_linkEnable;
  reg        [13:0]   s2_linkAddr;
  reg        [13:0]   s2_linkData;
  reg                 s2_linkBypass;
  reg        [13:0]   s2_linkBypassData;
  reg                 removeListWrite;
  wire       [42:0]   removeListRecord;
  reg        [10:0]   removeList;
  reg                 removeLinkWrite;
  wire       [13:0]   removeLinkAddr;
  wire       [13:0]   removeLinkData;
  wire                when_ReadyQueueCore_l274;
  wire                when_ReadyQueueCore_l275;
  wire                when_ReadyQueueCore_l286;
  wire       [63:0]   _zz_currentTask_0;
  wire                when_ReadyQueueCore_l279;
  wire       [7:0]    _zz_138;
  wire       [7:0]    _zz_139;
  wire       [6:0]    _zz_currentContext_0;
  reg        [63:0]   s2_rsp_data;
  wire       [6:0]    _zz_s2_rsp_data;
  wire                when_ReadyQueueCore_l287;
  wire                when_ReadyQueueCore_l288;
  wire                when_ReadyQueueCore_l290;
  reg        [5:0]    removeContext;
  reg        [63:0]   removeWord;
  reg                 removeRead;
  reg        [13:0]   removeCur;
  reg        [13:0]   removePrev;
  reg        [13:0]   removeNext;
  reg        [13:0]   removeHead;
  reg        [13:0]   removeTail;
  reg        [14:0]   removeCount;
  reg        [4:0]    removeError;
  reg        [31:0]   removeLevelOH;
  wire                when_ReadyQueueCore_l323;
  wire                when_ReadyQueueCore_l326;
  wire                when_ReadyQueueCore_l340;
  wire                when_ReadyQueueCore_l343;
  wire                when_ReadyQueueCore_l354;
  wire       [5:0]    _zz_levelMap_0_4;
  wire       [63:0]   _zz_140;
  wire       [31:0]   _zz_levelMap_0_5;
  wire       [5:0]    _zz_readyCount_0_4;
  wire       [63:0]   _zz_141;
  wire       [14:0]   _zz_readyCount_0_5;
  wire       [5:0]    _zz_errors_0_2;
  wire       [63:0]   _zz_142;
  wire       [4:0]    _zz_errors_0_3;
  wire                _zz_rsp_valid;
  reg [63:0] words [0:16383];
  reg [13:0] links [0:16383];
  reg [42:0] lists [0:2047];

  assign _zz_s0_levels_ohFirst_masked = (s0_levels_ohFirst_input - 32'h00000001);
  assign _zz_s1_alloc = fresh[13:0];
  assign _zz__zz_readyCount_0_2 = (_zz_readyCount_0_1 + 15'h0001);
  assign _zz__zz_readyCount_0_3 = (_zz_readyCount_0_1 - 15'h0001);
  assign _zz_s1_status_value_3 = _zz_s1_status_value_4;
  assign _zz_s1_status_value_4 = (15'h4000 - used);
  assign _zz_s2_newCount = (_zz_s1_clearLevel - 15'h0001);
  assign _zz_s2_newCount_1 = (_zz_s1_clearLevel + 15'h0001);
  assign _zz_s2_rsp_data_2 = {{_zz_s2_rsp_data[6],25'h0},_zz_s2_rsp_data[5 : 0]};
  assign _zz_removeListRecord = (removeCount - 15'h0001);
  assign _zz__zz_readyCount_0_5 = (_zz__zz_readyCount_0_5_1 - 15'h0001);
  assign _zz_words_rd0 = 1'b1;
  assign _zz_links_rd0 = 1'b1;
  assign _zz_links_port_1 = (removeActive ? removeLinkAddr : s2_linkWriteAddr);
  assign _zz_links_port_2 = (removeActive ? removeLinkData : s2_linkWriteData);
  assign _zz_links_port_3 = (s2_linkWriteEnable || removeLinkWrite);
  assign _zz_lists_rd0 = 1'b1;
  assign _zz_lists_port_1 = (removeActive ? removeList : s2_list);
  assign _zz_lists_port_2 = (removeActive ? removeListRecord : s2_newList);
  assign _zz_lists_port_3 = ((s2_valid && s2_writesList) || removeListWrite);
  always @(posedge clk) begin
    if(_zz_words_rd0) begin
      words_spinal_port0 <= words[s1_wordReadAddr];
    end
  end

  always @(posedge clk) begin
    if(s1_enqueueOk) begin
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

  always @(*) begin
    case(cmd_payload_context)
      6'b000000 : _zz_s0_levels_2 = levelMap_0;
      6'b000001 : _zz_s0_levels_2 = levelMap_1;
      6'b000010 : _zz_s0_levels_2 = levelMap_2;
      6'b000011 : _zz_s0_levels_2 = levelMap_3;
      6'b000100 : _zz_s0_levels_2 = levelMap_4;
      6'b000101 : _zz_s0_levels_2 = levelMap_5;
      6'b000110 : _zz_s0_levels_2 = levelMap_6;
      6'b000111 : _zz_s0_levels_2 = levelMap_7;
      6'b001000 : _zz_s0_levels_2 = levelMap_8;
      6'b001001 : _zz_s0_levels_2 = levelMap_9;
      6'b001010 : _zz_s0_levels_2 = levelMap_10;
      6'b001011 : _zz_s0_levels_2 = levelMap_11;
      6'b001100 : _zz_s0_levels_2 = levelMap_12;
      6'b001101 : _zz_s0_levels_2 = levelMap_13;
      6'b001110 : _zz_s0_levels_2 = levelMap_14;
      6'b001111 : _zz_s0_levels_2 = levelMap_15;
      6'b010000 : _zz_s0_levels_2 = levelMap_16;
      6'b010001 : _zz_s0_levels_2 = levelMap_17;
      6'b010010 : _zz_s0_levels_2 = levelMap_18;
      6'b010011 : _zz_s0_levels_2 = levelMap_19;
      6'b010100 : _zz_s0_levels_2 = levelMap_20;
      6'b010101 : _zz_s0_levels_2 = levelMap_21;
      6'b010110 : _zz_s0_levels_2 = levelMap_22;
      6'b010111 : _zz_s0_levels_2 = levelMap_23;
      6'b011000 : _zz_s0_levels_2 = levelMap_24;
      6'b011001 : _zz_s0_levels_2 = levelMap_25;
      6'b011010 : _zz_s0_levels_2 = levelMap_26;
      6'b011011 : _zz_s0_levels_2 = levelMap_27;
      6'b011100 : _zz_s0_levels_2 = levelMap_28;
      6'b011101 : _zz_s0_levels_2 = levelMap_29;
      6'b011110 : _zz_s0_levels_2 = levelMap_30;
      6'b011111 : _zz_s0_levels_2 = levelMap_31;
      6'b100000 : _zz_s0_levels_2 = levelMap_32;
      6'b100001 : _zz_s0_levels_2 = levelMap_33;
      6'b100010 : _zz_s0_levels_2 = levelMap_34;
      6'b100011 : _zz_s0_levels_2 = levelMap_35;
      6'b100100 : _zz_s0_levels_2 = levelMap_36;
      6'b100101 : _zz_s0_levels_2 = levelMap_37;
      6'b100110 : _zz_s0_levels_2 = levelMap_38;
      6'b100111 : _zz_s0_levels_2 = levelMap_39;
      6'b101000 : _zz_s0_levels_2 = levelMap_40;
      6'b101001 : _zz_s0_levels_2 = levelMap_41;
      6'b101010 : _zz_s0_levels_2 = levelMap_42;
      6'b101011 : _zz_s0_levels_2 = levelMap_43;
      6'b101100 : _zz_s0_levels_2 = levelMap_44;
      6'b101101 : _zz_s0_levels_2 = levelMap_45;
      6'b101110 : _zz_s0_levels_2 = levelMap_46;
      6'b101111 : _zz_s0_levels_2 = levelMap_47;
      6'b110000 : _zz_s0_levels_2 = levelMap_48;
      6'b110001 : _zz_s0_levels_2 = levelMap_49;
      6'b110010 : _zz_s0_levels_2 = levelMap_50;
      6'b110011 : _zz_s0_levels_2 = levelMap_51;
      6'b110100 : _zz_s0_levels_2 = levelMap_52;
      6'b110101 : _zz_s0_levels_2 = levelMap_53;
      6'b110110 : _zz_s0_levels_2 = levelMap_54;
      6'b110111 : _zz_s0_levels_2 = levelMap_55;
      6'b111000 : _zz_s0_levels_2 = levelMap_56;
      6'b111001 : _zz_s0_levels_2 = levelMap_57;
      6'b111010 : _zz_s0_levels_2 = levelMap_58;
      6'b111011 : _zz_s0_levels_2 = levelMap_59;
      6'b111100 : _zz_s0_levels_2 = levelMap_60;
      6'b111101 : _zz_s0_levels_2 = levelMap_61;
      6'b111110 : _zz_s0_levels_2 = levelMap_62;
      default : _zz_s0_levels_2 = levelMap_63;
    endcase
  end

  always @(*) begin
    case(_zz_levelMap_0)
      6'b000000 : _zz__zz_levelMap_0_1 = levelMap_0;
      6'b000001 : _zz__zz_levelMap_0_1 = levelMap_1;
      6'b000010 : _zz__zz_levelMap_0_1 = levelMap_2;
      6'b000011 : _zz__zz_levelMap_0_1 = levelMap_3;
      6'b000100 : _zz__zz_levelMap_0_1 = levelMap_4;
      6'b000101 : _zz__zz_levelMap_0_1 = levelMap_5;
      6'b000110 : _zz__zz_levelMap_0_1 = levelMap_6;
      6'b000111 : _zz__zz_levelMap_0_1 = levelMap_7;
      6'b001000 : _zz__zz_levelMap_0_1 = levelMap_8;
      6'b001001 : _zz__zz_levelMap_0_1 = levelMap_9;
      6'b001010 : _zz__zz_levelMap_0_1 = levelMap_10;
      6'b001011 : _zz__zz_levelMap_0_1 = levelMap_11;
      6'b001100 : _zz__zz_levelMap_0_1 = levelMap_12;
      6'b001101 : _zz__zz_levelMap_0_1 = levelMap_13;
      6'b001110 : _zz__zz_levelMap_0_1 = levelMap_14;
      6'b001111 : _zz__zz_levelMap_0_1 = levelMap_15;
      6'b010000 : _zz__zz_levelMap_0_1 = levelMap_16;
      6'b010001 : _zz__zz_levelMap_0_1 = levelMap_17;
      6'b010010 : _zz__zz_levelMap_0_1 = levelMap_18;
      6'b010011 : _zz__zz_levelMap_0_1 = levelMap_19;
      6'b010100 : _zz__zz_levelMap_0_1 = levelMap_20;
      6'b010101 : _zz__zz_levelMap_0_1 = levelMap_21;
      6'b010110 : _zz__zz_levelMap_0_1 = levelMap_22;
      6'b010111 : _zz__zz_levelMap_0_1 = levelMap_23;
      6'b011000 : _zz__zz_levelMap_0_1 = levelMap_24;
      6'b011001 : _zz__zz_levelMap_0_1 = levelMap_25;
      6'b011010 : _zz__zz_levelMap_0_1 = levelMap_26;
      6'b011011 : _zz__zz_levelMap_0_1 = levelMap_27;
      6'b011100 : _zz__zz_levelMap_0_1 = levelMap_28;
      6'b011101 : _zz__zz_levelMap_0_1 = levelMap_29;
      6'b011110 : _zz__zz_levelMap_0_1 = levelMap_30;
      6'b011111 : _zz__zz_levelMap_0_1 = levelMap_31;
      6'b100000 : _zz__zz_levelMap_0_1 = levelMap_32;
      6'b100001 : _zz__zz_levelMap_0_1 = levelMap_33;
      6'b100010 : _zz__zz_levelMap_0_1 = levelMap_34;
      6'b100011 : _zz__zz_levelMap_0_1 = levelMap_35;
      6'b100100 : _zz__zz_levelMap_0_1 = levelMap_36;
      6'b100101 : _zz__zz_levelMap_0_1 = levelMap_37;
      6'b100110 : _zz__zz_levelMap_0_1 = levelMap_38;
      6'b100111 : _zz__zz_levelMap_0_1 = levelMap_39;
      6'b101000 : _zz__zz_levelMap_0_1 = levelMap_40;
      6'b101001 : _zz__zz_levelMap_0_1 = levelMap_41;
      6'b101010 : _zz__zz_levelMap_0_1 = levelMap_42;
      6'b101011 : _zz__zz_levelMap_0_1 = levelMap_43;
      6'b101100 : _zz__zz_levelMap_0_1 = levelMap_44;
      6'b101101 : _zz__zz_levelMap_0_1 = levelMap_45;
      6'b101110 : _zz__zz_levelMap_0_1 = levelMap_46;
      6'b101111 : _zz__zz_levelMap_0_1 = levelMap_47;
      6'b110000 : _zz__zz_levelMap_0_1 = levelMap_48;
      6'b110001 : _zz__zz_levelMap_0_1 = levelMap_49;
      6'b110010 : _zz__zz_levelMap_0_1 = levelMap_50;
      6'b110011 : _zz__zz_levelMap_0_1 = levelMap_51;
      6'b110100 : _zz__zz_levelMap_0_1 = levelMap_52;
      6'b110101 : _zz__zz_levelMap_0_1 = levelMap_53;
      6'b110110 : _zz__zz_levelMap_0_1 = levelMap_54;
      6'b110111 : _zz__zz_levelMap_0_1 = levelMap_55;
      6'b111000 : _zz__zz_levelMap_0_1 = levelMap_56;
      6'b111001 : _zz__zz_levelMap_0_1 = levelMap_57;
      6'b111010 : _zz__zz_levelMap_0_1 = levelMap_58;
      6'b111011 : _zz__zz_levelMap_0_1 = levelMap_59;
      6'b111100 : _zz__zz_levelMap_0_1 = levelMap_60;
      6'b111101 : _zz__zz_levelMap_0_1 = levelMap_61;
      6'b111110 : _zz__zz_levelMap_0_1 = levelMap_62;
      default : _zz__zz_levelMap_0_1 = levelMap_63;
    endcase
  end

  always @(*) begin
    case(_zz_readyCount_0)
      6'b000000 : _zz__zz_readyCount_0_1 = readyCount_0;
      6'b000001 : _zz__zz_readyCount_0_1 = readyCount_1;
      6'b000010 : _zz__zz_readyCount_0_1 = readyCount_2;
      6'b000011 : _zz__zz_readyCount_0_1 = readyCount_3;
      6'b000100 : _zz__zz_readyCount_0_1 = readyCount_4;
      6'b000101 : _zz__zz_readyCount_0_1 = readyCount_5;
      6'b000110 : _zz__zz_readyCount_0_1 = readyCount_6;
      6'b000111 : _zz__zz_readyCount_0_1 = readyCount_7;
      6'b001000 : _zz__zz_readyCount_0_1 = readyCount_8;
      6'b001001 : _zz__zz_readyCount_0_1 = readyCount_9;
      6'b001010 : _zz__zz_readyCount_0_1 = readyCount_10;
      6'b001011 : _zz__zz_readyCount_0_1 = readyCount_11;
      6'b001100 : _zz__zz_readyCount_0_1 = readyCount_12;
      6'b001101 : _zz__zz_readyCount_0_1 = readyCount_13;
      6'b001110 : _zz__zz_readyCount_0_1 = readyCount_14;
      6'b001111 : _zz__zz_readyCount_0_1 = readyCount_15;
      6'b010000 : _zz__zz_readyCount_0_1 = readyCount_16;
      6'b010001 : _zz__zz_readyCount_0_1 = readyCount_17;
      6'b010010 : _zz__zz_readyCount_0_1 = readyCount_18;
      6'b010011 : _zz__zz_readyCount_0_1 = readyCount_19;
      6'b010100 : _zz__zz_readyCount_0_1 = readyCount_20;
      6'b010101 : _zz__zz_readyCount_0_1 = readyCount_21;
      6'b010110 : _zz__zz_readyCount_0_1 = readyCount_22;
      6'b010111 : _zz__zz_readyCount_0_1 = readyCount_23;
      6'b011000 : _zz__zz_readyCount_0_1 = readyCount_24;
      6'b011001 : _zz__zz_readyCount_0_1 = readyCount_25;
      6'b011010 : _zz__zz_readyCount_0_1 = readyCount_26;
      6'b011011 : _zz__zz_readyCount_0_1 = readyCount_27;
      6'b011100 : _zz__zz_readyCount_0_1 = readyCount_28;
      6'b011101 : _zz__zz_readyCount_0_1 = readyCount_29;
      6'b011110 : _zz__zz_readyCount_0_1 = readyCount_30;
      6'b011111 : _zz__zz_readyCount_0_1 = readyCount_31;
      6'b100000 : _zz__zz_readyCount_0_1 = readyCount_32;
      6'b100001 : _zz__zz_readyCount_0_1 = readyCount_33;
      6'b100010 : _zz__zz_readyCount_0_1 = readyCount_34;
      6'b100011 : _zz__zz_readyCount_0_1 = readyCount_35;
      6'b100100 : _zz__zz_readyCount_0_1 = readyCount_36;
      6'b100101 : _zz__zz_readyCount_0_1 = readyCount_37;
      6'b100110 : _zz__zz_readyCount_0_1 = readyCount_38;
      6'b100111 : _zz__zz_readyCount_0_1 = readyCount_39;
      6'b101000 : _zz__zz_readyCount_0_1 = readyCount_40;
      6'b101001 : _zz__zz_readyCount_0_1 = readyCount_41;
      6'b101010 : _zz__zz_readyCount_0_1 = readyCount_42;
      6'b101011 : _zz__zz_readyCount_0_1 = readyCount_43;
      6'b101100 : _zz__zz_readyCount_0_1 = readyCount_44;
      6'b101101 : _zz__zz_readyCount_0_1 = readyCount_45;
      6'b101110 : _zz__zz_readyCount_0_1 = readyCount_46;
      6'b101111 : _zz__zz_readyCount_0_1 = readyCount_47;
      6'b110000 : _zz__zz_readyCount_0_1 = readyCount_48;
      6'b110001 : _zz__zz_readyCount_0_1 = readyCount_49;
      6'b110010 : _zz__zz_readyCount_0_1 = readyCount_50;
      6'b110011 : _zz__zz_readyCount_0_1 = readyCount_51;
      6'b110100 : _zz__zz_readyCount_0_1 = readyCount_52;
      6'b110101 : _zz__zz_readyCount_0_1 = readyCount_53;
      6'b110110 : _zz__zz_readyCount_0_1 = readyCount_54;
      6'b110111 : _zz__zz_readyCount_0_1 = readyCount_55;
      6'b111000 : _zz__zz_readyCount_0_1 = readyCount_56;
      6'b111001 : _zz__zz_readyCount_0_1 = readyCount_57;
      6'b111010 : _zz__zz_readyCount_0_1 = readyCount_58;
      6'b111011 : _zz__zz_readyCount_0_1 = readyCount_59;
      6'b111100 : _zz__zz_readyCount_0_1 = readyCount_60;
      6'b111101 : _zz__zz_readyCount_0_1 = readyCount_61;
      6'b111110 : _zz__zz_readyCount_0_1 = readyCount_62;
      default : _zz__zz_readyCount_0_1 = readyCount_63;
    endcase
  end

  always @(*) begin
    case(s1_context)
      6'b000000 : begin
        _zz_s1_status_value = readyCount_0;
        _zz_s1_status_value_1 = levelMap_0;
        _zz_s1_status_value_2 = errors_0;
      end
      6'b000001 : begin
        _zz_s1_status_value = readyCount_1;
        _zz_s1_status_value_1 = levelMap_1;
        _zz_s1_status_value_2 = errors_1;
      end
      6'b000010 : begin
        _zz_s1_status_value = readyCount_2;
        _zz_s1_status_value_1 = levelMap_2;
        _zz_s1_status_value_2 = errors_2;
      end
      6'b000011 : begin
        _zz_s1_status_value = readyCount_3;
        _zz_s1_status_value_1 = levelMap_3;
        _zz_s1_status_value_2 = errors_3;
      end
      6'b000100 : begin
        _zz_s1_status_value = readyCount_4;
        _zz_s1_status_value_1 = levelMap_4;
        _zz_s1_status_value_2 = errors_4;
      end
      6'b000101 : begin
        _zz_s1_status_value = readyCount_5;
        _zz_s1_status_value_1 = levelMap_5;
        _zz_s1_status_value_2 = errors_5;
      end
      6'b000110 : begin
        _zz_s1_status_value = readyCount_6;
        _zz_s1_status_value_1 = levelMap_6;
        _zz_s1_status_value_2 = errors_6;
      end
      6'b000111 : begin
        _zz_s1_status_value = readyCount_7;
        _zz_s1_status_value_1 = levelMap_7;
        _zz_s1_status_value_2 = errors_7;
      end
      6'b001000 : begin
        _zz_s1_status_value = readyCount_8;
        _zz_s1_status_value_1 = levelMap_8;
        _zz_s1_status_value_2 = errors_8;
      end
      6'b001001 : begin
        _zz_s1_status_value = readyCount_9;
        _zz_s1_status_value_1 = levelMap_9;
        _zz_s1_status_value_2 = errors_9;
      end
      6'b001010 : begin
        _zz_s1_status_value = readyCount_10;
        _zz_s1_status_value_1 = levelMap_10;
        _zz_s1_status_value_2 = errors_10;
      end
      6'b001011 : begin
        _zz_s1_status_value = readyCount_11;
        _zz_s1_status_value_1 = levelMap_11;
        _zz_s1_status_value_2 = errors_11;
      end
      6'b001100 : begin
        _zz_s1_status_value = readyCount_12;
        _zz_s1_status_value_1 = levelMap_12;
        _zz_s1_status_value_2 = errors_12;
      end
      6'b001101 : begin
        _zz_s1_status_value = readyCount_13;
        _zz_s1_status_value_1 = levelMap_13;
        _zz_s1_status_value_2 = errors_13;
      end
      6'b001110 : begin
        _zz_s1_status_value = readyCount_14;
        _zz_s1_status_value_1 = levelMap_14;
        _zz_s1_status_value_2 = errors_14;
      end
      6'b001111 : begin
        _zz_s1_status_value = readyCount_15;
        _zz_s1_status_value_1 = levelMap_15;
        _zz_s1_status_value_2 = errors_15;
      end
      6'b010000 : begin
        _zz_s1_status_value = readyCount_16;
        _zz_s1_status_value_1 = levelMap_16;
        _zz_s1_status_value_2 = errors_16;
      end
      6'b010001 : begin
        _zz_s1_status_value = readyCount_17;
        _zz_s1_status_value_1 = levelMap_17;
        _zz_s1_status_value_2 = errors_17;
      end
      6'b010010 : begin
        _zz_s1_status_value = readyCount_18;
        _zz_s1_status_value_1 = levelMap_18;
        _zz_s1_status_value_2 = errors_18;
      end
      6'b010011 : begin
        _zz_s1_status_value = readyCount_19;
        _zz_s1_status_value_1 = levelMap_19;
        _zz_s1_status_value_2 = errors_19;
      end
      6'b010100 : begin
        _zz_s1_status_value = readyCount_20;
        _zz_s1_status_value_1 = levelMap_20;
        _zz_s1_status_value_2 = errors_20;
      end
      6'b010101 : begin
        _zz_s1_status_value = readyCount_21;
        _zz_s1_status_value_1 = levelMap_21;
        _zz_s1_status_value_2 = errors_21;
      end
      6'b010110 : begin
        _zz_s1_status_value = readyCount_22;
        _zz_s1_status_value_1 = levelMap_22;
        _zz_s1_status_value_2 = errors_22;
      end
      6'b010111 : begin
        _zz_s1_status_value = readyCount_23;
        _zz_s1_status_value_1 = levelMap_23;
        _zz_s1_status_value_2 = errors_23;
      end
      6'b011000 : begin
        _zz_s1_status_value = readyCount_24;
        _zz_s1_status_value_1 = levelMap_24;
        _zz_s1_status_value_2 = errors_24;
      end
      6'b011001 : begin
        _zz_s1_status_value = readyCount_25;
        _zz_s1_status_value_1 = levelMap_25;
        _zz_s1_status_value_2 = errors_25;
      end
      6'b011010 : begin
        _zz_s1_status_value = readyCount_26;
        _zz_s1_status_value_1 = levelMap_26;
        _zz_s1_status_value_2 = errors_26;
      end
      6'b011011 : begin
        _zz_s1_status_value = readyCount_27;
        _zz_s1_status_value_1 = levelMap_27;
        _zz_s1_status_value_2 = errors_27;
      end
      6'b011100 : begin
        _zz_s1_status_value = readyCount_28;
        _zz_s1_status_value_1 = levelMap_28;
        _zz_s1_status_value_2 = errors_28;
      end
      6'b011101 : begin
        _zz_s1_status_value = readyCount_29;
        _zz_s1_status_value_1 = levelMap_29;
        _zz_s1_status_value_2 = errors_29;
      end
      6'b011110 : begin
        _zz_s1_status_value = readyCount_30;
        _zz_s1_status_value_1 = levelMap_30;
        _zz_s1_status_value_2 = errors_30;
      end
      6'b011111 : begin
        _zz_s1_status_value = readyCount_31;
        _zz_s1_status_value_1 = levelMap_31;
        _zz_s1_status_value_2 = errors_31;
      end
      6'b100000 : begin
        _zz_s1_status_value = readyCount_32;
        _zz_s1_status_value_1 = levelMap_32;
        _zz_s1_status_value_2 = errors_32;
      end
      6'b100001 : begin
        _zz_s1_status_value = readyCount_33;
        _zz_s1_status_value_1 = levelMap_33;
        _zz_s1_status_value_2 = errors_33;
      end
      6'b100010 : begin
        _zz_s1_status_value = readyCount_34;
        _zz_s1_status_value_1 = levelMap_34;
        _zz_s1_status_value_2 = errors_34;
      end
      6'b100011 : begin
        _zz_s1_status_value = readyCount_35;
        _zz_s1_status_value_1 = levelMap_35;
        _zz_s1_status_value_2 = errors_35;
      end
      6'b100100 : begin
        _zz_s1_status_value = readyCount_36;
        _zz_s1_status_value_1 = levelMap_36;
        _zz_s1_status_value_2 = errors_36;
      end
      6'b100101 : begin
        _zz_s1_status_value = readyCount_37;
        _zz_s1_status_value_1 = levelMap_37;
        _zz_s1_status_value_2 = errors_37;
      end
      6'b100110 : begin
        _zz_s1_status_value = readyCount_38;
        _zz_s1_status_value_1 = levelMap_38;
        _zz_s1_status_value_2 = errors_38;
      end
      6'b100111 : begin
        _zz_s1_status_value = readyCount_39;
        _zz_s1_status_value_1 = levelMap_39;
        _zz_s1_status_value_2 = errors_39;
      end
      6'b101000 : begin
        _zz_s1_status_value = readyCount_40;
        _zz_s1_status_value_1 = levelMap_40;
        _zz_s1_status_value_2 = errors_40;
      end
      6'b101001 : begin
        _zz_s1_status_value = readyCount_41;
        _zz_s1_status_value_1 = levelMap_41;
        _zz_s1_status_value_2 = errors_41;
      end
      6'b101010 : begin
        _zz_s1_status_value = readyCount_42;
        _zz_s1_status_value_1 = levelMap_42;
        _zz_s1_status_value_2 = errors_42;
      end
      6'b101011 : begin
        _zz_s1_status_value = readyCount_43;
        _zz_s1_status_value_1 = levelMap_43;
        _zz_s1_status_value_2 = errors_43;
      end
      6'b101100 : begin
        _zz_s1_status_value = readyCount_44;
        _zz_s1_status_value_1 = levelMap_44;
        _zz_s1_status_value_2 = errors_44;
      end
      6'b101101 : begin
        _zz_s1_status_value = readyCount_45;
        _zz_s1_status_value_1 = levelMap_45;
        _zz_s1_status_value_2 = errors_45;
      end
      6'b101110 : begin
        _zz_s1_status_value = readyCount_46;
        _zz_s1_status_value_1 = levelMap_46;
        _zz_s1_status_value_2 = errors_46;
      end
      6'b101111 : begin
        _zz_s1_status_value = readyCount_47;
        _zz_s1_status_value_1 = levelMap_47;
        _zz_s1_status_value_2 = errors_47;
      end
      6'b110000 : begin
        _zz_s1_status_value = readyCount_48;
        _zz_s1_status_value_1 = levelMap_48;
        _zz_s1_status_value_2 = errors_48;
      end
      6'b110001 : begin
        _zz_s1_status_value = readyCount_49;
        _zz_s1_status_value_1 = levelMap_49;
        _zz_s1_status_value_2 = errors_49;
      end
      6'b110010 : begin
        _zz_s1_status_value = readyCount_50;
        _zz_s1_status_value_1 = levelMap_50;
        _zz_s1_status_value_2 = errors_50;
      end
      6'b110011 : begin
        _zz_s1_status_value = readyCount_51;
        _zz_s1_status_value_1 = levelMap_51;
        _zz_s1_status_value_2 = errors_51;
      end
      6'b110100 : begin
        _zz_s1_status_value = readyCount_52;
        _zz_s1_status_value_1 = levelMap_52;
        _zz_s1_status_value_2 = errors_52;
      end
      6'b110101 : begin
        _zz_s1_status_value = readyCount_53;
        _zz_s1_status_value_1 = levelMap_53;
        _zz_s1_status_value_2 = errors_53;
      end
      6'b110110 : begin
        _zz_s1_status_value = readyCount_54;
        _zz_s1_status_value_1 = levelMap_54;
        _zz_s1_status_value_2 = errors_54;
      end
      6'b110111 : begin
        _zz_s1_status_value = readyCount_55;
        _zz_s1_status_value_1 = levelMap_55;
        _zz_s1_status_value_2 = errors_55;
      end
      6'b111000 : begin
        _zz_s1_status_value = readyCount_56;
        _zz_s1_status_value_1 = levelMap_56;
        _zz_s1_status_value_2 = errors_56;
      end
      6'b111001 : begin
        _zz_s1_status_value = readyCount_57;
        _zz_s1_status_value_1 = levelMap_57;
        _zz_s1_status_value_2 = errors_57;
      end
      6'b111010 : begin
        _zz_s1_status_value = readyCount_58;
        _zz_s1_status_value_1 = levelMap_58;
        _zz_s1_status_value_2 = errors_58;
      end
      6'b111011 : begin
        _zz_s1_status_value = readyCount_59;
        _zz_s1_status_value_1 = levelMap_59;
        _zz_s1_status_value_2 = errors_59;
      end
      6'b111100 : begin
        _zz_s1_status_value = readyCount_60;
        _zz_s1_status_value_1 = levelMap_60;
        _zz_s1_status_value_2 = errors_60;
      end
      6'b111101 : begin
        _zz_s1_status_value = readyCount_61;
        _zz_s1_status_value_1 = levelMap_61;
        _zz_s1_status_value_2 = errors_61;
      end
      6'b111110 : begin
        _zz_s1_status_value = readyCount_62;
        _zz_s1_status_value_1 = levelMap_62;
        _zz_s1_status_value_2 = errors_62;
      end
      default : begin
        _zz_s1_status_value = readyCount_63;
        _zz_s1_status_value_1 = levelMap_63;
        _zz_s1_status_value_2 = errors_63;
      end
    endcase
  end

  always @(*) begin
    case(_zz_errors_0)
      6'b000000 : _zz__zz_errors_0_1 = errors_0;
      6'b000001 : _zz__zz_errors_0_1 = errors_1;
      6'b000010 : _zz__zz_errors_0_1 = errors_2;
      6'b000011 : _zz__zz_errors_0_1 = errors_3;
      6'b000100 : _zz__zz_errors_0_1 = errors_4;
      6'b000101 : _zz__zz_errors_0_1 = errors_5;
      6'b000110 : _zz__zz_errors_0_1 = errors_6;
      6'b000111 : _zz__zz_errors_0_1 = errors_7;
      6'b001000 : _zz__zz_errors_0_1 = errors_8;
      6'b001001 : _zz__zz_errors_0_1 = errors_9;
      6'b001010 : _zz__zz_errors_0_1 = errors_10;
      6'b001011 : _zz__zz_errors_0_1 = errors_11;
      6'b001100 : _zz__zz_errors_0_1 = errors_12;
      6'b001101 : _zz__zz_errors_0_1 = errors_13;
      6'b001110 : _zz__zz_errors_0_1 = errors_14;
      6'b001111 : _zz__zz_errors_0_1 = errors_15;
      6'b010000 : _zz__zz_errors_0_1 = errors_16;
      6'b010001 : _zz__zz_errors_0_1 = errors_17;
      6'b010010 : _zz__zz_errors_0_1 = errors_18;
      6'b010011 : _zz__zz_errors_0_1 = errors_19;
      6'b010100 : _zz__zz_errors_0_1 = errors_20;
      6'b010101 : _zz__zz_errors_0_1 = errors_21;
      6'b010110 : _zz__zz_errors_0_1 = errors_22;
      6'b010111 : _zz__zz_errors_0_1 = errors_23;
      6'b011000 : _zz__zz_errors_0_1 = errors_24;
      6'b011001 : _zz__zz_errors_0_1 = errors_25;
      6'b011010 : _zz__zz_errors_0_1 = errors_26;
      6'b011011 : _zz__zz_errors_0_1 = errors_27;
      6'b011100 : _zz__zz_errors_0_1 = errors_28;
      6'b011101 : _zz__zz_errors_0_1 = errors_29;
      6'b011110 : _zz__zz_errors_0_1 = errors_30;
      6'b011111 : _zz__zz_errors_0_1 = errors_31;
      6'b100000 : _zz__zz_errors_0_1 = errors_32;
      6'b100001 : _zz__zz_errors_0_1 = errors_33;
      6'b100010 : _zz__zz_errors_0_1 = errors_34;
      6'b100011 : _zz__zz_errors_0_1 = errors_35;
      6'b100100 : _zz__zz_errors_0_1 = errors_36;
      6'b100101 : _zz__zz_errors_0_1 = errors_37;
      6'b100110 : _zz__zz_errors_0_1 = errors_38;
      6'b100111 : _zz__zz_errors_0_1 = errors_39;
      6'b101000 : _zz__zz_errors_0_1 = errors_40;
      6'b101001 : _zz__zz_errors_0_1 = errors_41;
      6'b101010 : _zz__zz_errors_0_1 = errors_42;
      6'b101011 : _zz__zz_errors_0_1 = errors_43;
      6'b101100 : _zz__zz_errors_0_1 = errors_44;
      6'b101101 : _zz__zz_errors_0_1 = errors_45;
      6'b101110 : _zz__zz_errors_0_1 = errors_46;
      6'b101111 : _zz__zz_errors_0_1 = errors_47;
      6'b110000 : _zz__zz_errors_0_1 = errors_48;
      6'b110001 : _zz__zz_errors_0_1 = errors_49;
      6'b110010 : _zz__zz_errors_0_1 = errors_50;
      6'b110011 : _zz__zz_errors_0_1 = errors_51;
      6'b110100 : _zz__zz_errors_0_1 = errors_52;
      6'b110101 : _zz__zz_errors_0_1 = errors_53;
      6'b110110 : _zz__zz_errors_0_1 = errors_54;
      6'b110111 : _zz__zz_errors_0_1 = errors_55;
      6'b111000 : _zz__zz_errors_0_1 = errors_56;
      6'b111001 : _zz__zz_errors_0_1 = errors_57;
      6'b111010 : _zz__zz_errors_0_1 = errors_58;
      6'b111011 : _zz__zz_errors_0_1 = errors_59;
      6'b111100 : _zz__zz_errors_0_1 = errors_60;
      6'b111101 : _zz__zz_errors_0_1 = errors_61;
      6'b111110 : _zz__zz_errors_0_1 = errors_62;
      default : _zz__zz_errors_0_1 = errors_63;
    endcase
  end

  always @(*) begin
    case(s2_hart)
      3'b000 : begin
        _zz_s2_rsp_data_1 = currentTask_0;
        _zz__zz_s2_rsp_data = currentContext_0;
      end
      3'b001 : begin
        _zz_s2_rsp_data_1 = currentTask_1;
        _zz__zz_s2_rsp_data = currentContext_1;
      end
      3'b010 : begin
        _zz_s2_rsp_data_1 = currentTask_2;
        _zz__zz_s2_rsp_data = currentContext_2;
      end
      3'b011 : begin
        _zz_s2_rsp_data_1 = currentTask_3;
        _zz__zz_s2_rsp_data = currentContext_3;
      end
      3'b100 : begin
        _zz_s2_rsp_data_1 = currentTask_4;
        _zz__zz_s2_rsp_data = currentContext_4;
      end
      3'b101 : begin
        _zz_s2_rsp_data_1 = currentTask_5;
        _zz__zz_s2_rsp_data = currentContext_5;
      end
      3'b110 : begin
        _zz_s2_rsp_data_1 = currentTask_6;
        _zz__zz_s2_rsp_data = currentContext_6;
      end
      default : begin
        _zz_s2_rsp_data_1 = currentTask_7;
        _zz__zz_s2_rsp_data = currentContext_7;
      end
    endcase
  end

  always @(*) begin
    case(_zz_levelMap_0_4)
      6'b000000 : _zz__zz_levelMap_0_5 = levelMap_0;
      6'b000001 : _zz__zz_levelMap_0_5 = levelMap_1;
      6'b000010 : _zz__zz_levelMap_0_5 = levelMap_2;
      6'b000011 : _zz__zz_levelMap_0_5 = levelMap_3;
      6'b000100 : _zz__zz_levelMap_0_5 = levelMap_4;
      6'b000101 : _zz__zz_levelMap_0_5 = levelMap_5;
      6'b000110 : _zz__zz_levelMap_0_5 = levelMap_6;
      6'b000111 : _zz__zz_levelMap_0_5 = levelMap_7;
      6'b001000 : _zz__zz_levelMap_0_5 = levelMap_8;
      6'b001001 : _zz__zz_levelMap_0_5 = levelMap_9;
      6'b001010 : _zz__zz_levelMap_0_5 = levelMap_10;
      6'b001011 : _zz__zz_levelMap_0_5 = levelMap_11;
      6'b001100 : _zz__zz_levelMap_0_5 = levelMap_12;
      6'b001101 : _zz__zz_levelMap_0_5 = levelMap_13;
      6'b001110 : _zz__zz_levelMap_0_5 = levelMap_14;
      6'b001111 : _zz__zz_levelMap_0_5 = levelMap_15;
      6'b010000 : _zz__zz_levelMap_0_5 = levelMap_16;
      6'b010001 : _zz__zz_levelMap_0_5 = levelMap_17;
      6'b010010 : _zz__zz_levelMap_0_5 = levelMap_18;
      6'b010011 : _zz__zz_levelMap_0_5 = levelMap_19;
      6'b010100 : _zz__zz_levelMap_0_5 = levelMap_20;
      6'b010101 : _zz__zz_levelMap_0_5 = levelMap_21;
      6'b010110 : _zz__zz_levelMap_0_5 = levelMap_22;
      6'b010111 : _zz__zz_levelMap_0_5 = levelMap_23;
      6'b011000 : _zz__zz_levelMap_0_5 = levelMap_24;
      6'b011001 : _zz__zz_levelMap_0_5 = levelMap_25;
      6'b011010 : _zz__zz_levelMap_0_5 = levelMap_26;
      6'b011011 : _zz__zz_levelMap_0_5 = levelMap_27;
      6'b011100 : _zz__zz_levelMap_0_5 = levelMap_28;
      6'b011101 : _zz__zz_levelMap_0_5 = levelMap_29;
      6'b011110 : _zz__zz_levelMap_0_5 = levelMap_30;
      6'b011111 : _zz__zz_levelMap_0_5 = levelMap_31;
      6'b100000 : _zz__zz_levelMap_0_5 = levelMap_32;
      6'b100001 : _zz__zz_levelMap_0_5 = levelMap_33;
      6'b100010 : _zz__zz_levelMap_0_5 = levelMap_34;
      6'b100011 : _zz__zz_levelMap_0_5 = levelMap_35;
      6'b100100 : _zz__zz_levelMap_0_5 = levelMap_36;
      6'b100101 : _zz__zz_levelMap_0_5 = levelMap_37;
      6'b100110 : _zz__zz_levelMap_0_5 = levelMap_38;
      6'b100111 : _zz__zz_levelMap_0_5 = levelMap_39;
      6'b101000 : _zz__zz_levelMap_0_5 = levelMap_40;
      6'b101001 : _zz__zz_levelMap_0_5 = levelMap_41;
      6'b101010 : _zz__zz_levelMap_0_5 = levelMap_42;
      6'b101011 : _zz__zz_levelMap_0_5 = levelMap_43;
      6'b101100 : _zz__zz_levelMap_0_5 = levelMap_44;
      6'b101101 : _zz__zz_levelMap_0_5 = levelMap_45;
      6'b101110 : _zz__zz_levelMap_0_5 = levelMap_46;
      6'b101111 : _zz__zz_levelMap_0_5 = levelMap_47;
      6'b110000 : _zz__zz_levelMap_0_5 = levelMap_48;
      6'b110001 : _zz__zz_levelMap_0_5 = levelMap_49;
      6'b110010 : _zz__zz_levelMap_0_5 = levelMap_50;
      6'b110011 : _zz__zz_levelMap_0_5 = levelMap_51;
      6'b110100 : _zz__zz_levelMap_0_5 = levelMap_52;
      6'b110101 : _zz__zz_levelMap_0_5 = levelMap_53;
      6'b110110 : _zz__zz_levelMap_0_5 = levelMap_54;
      6'b110111 : _zz__zz_levelMap_0_5 = levelMap_55;
      6'b111000 : _zz__zz_levelMap_0_5 = levelMap_56;
      6'b111001 : _zz__zz_levelMap_0_5 = levelMap_57;
      6'b111010 : _zz__zz_levelMap_0_5 = levelMap_58;
      6'b111011 : _zz__zz_levelMap_0_5 = levelMap_59;
      6'b111100 : _zz__zz_levelMap_0_5 = levelMap_60;
      6'b111101 : _zz__zz_levelMap_0_5 = levelMap_61;
      6'b111110 : _zz__zz_levelMap_0_5 = levelMap_62;
      default : _zz__zz_levelMap_0_5 = levelMap_63;
    endcase
  end

  always @(*) begin
    case(_zz_readyCount_0_4)
      6'b000000 : _zz__zz_readyCount_0_5_1 = readyCount_0;
      6'b000001 : _zz__zz_readyCount_0_5_1 = readyCount_1;
      6'b000010 : _zz__zz_readyCount_0_5_1 = readyCount_2;
      6'b000011 : _zz__zz_readyCount_0_5_1 = readyCount_3;
      6'b000100 : _zz__zz_readyCount_0_5_1 = readyCount_4;
      6'b000101 : _zz__zz_readyCount_0_5_1 = readyCount_5;
      6'b000110 : _zz__zz_readyCount_0_5_1 = readyCount_6;
      6'b000111 : _zz__zz_readyCount_0_5_1 = readyCount_7;
      6'b001000 : _zz__zz_readyCount_0_5_1 = readyCount_8;
      6'b001001 : _zz__zz_readyCount_0_5_1 = readyCount_9;
      6'b001010 : _zz__zz_readyCount_0_5_1 = readyCount_10;
      6'b001011 : _zz__zz_readyCount_0_5_1 = readyCount_11;
      6'b001100 : _zz__zz_readyCount_0_5_1 = readyCount_12;
      6'b001101 : _zz__zz_readyCount_0_5_1 = readyCount_13;
      6'b001110 : _zz__zz_readyCount_0_5_1 = readyCount_14;
      6'b001111 : _zz__zz_readyCount_0_5_1 = readyCount_15;
      6'b010000 : _zz__zz_readyCount_0_5_1 = readyCount_16;
      6'b010001 : _zz__zz_readyCount_0_5_1 = readyCount_17;
      6'b010010 : _zz__zz_readyCount_0_5_1 = readyCount_18;
      6'b010011 : _zz__zz_readyCount_0_5_1 = readyCount_19;
      6'b010100 : _zz__zz_readyCount_0_5_1 = readyCount_20;
      6'b010101 : _zz__zz_readyCount_0_5_1 = readyCount_21;
      6'b010110 : _zz__zz_readyCount_0_5_1 = readyCount_22;
      6'b010111 : _zz__zz_readyCount_0_5_1 = readyCount_23;
      6'b011000 : _zz__zz_readyCount_0_5_1 = readyCount_24;
      6'b011001 : _zz__zz_readyCount_0_5_1 = readyCount_25;
      6'b011010 : _zz__zz_readyCount_0_5_1 = readyCount_26;
      6'b011011 : _zz__zz_readyCount_0_5_1 = readyCount_27;
      6'b011100 : _zz__zz_readyCount_0_5_1 = readyCount_28;
      6'b011101 : _zz__zz_readyCount_0_5_1 = readyCount_29;
      6'b011110 : _zz__zz_readyCount_0_5_1 = readyCount_30;
      6'b011111 : _zz__zz_readyCount_0_5_1 = readyCount_31;
      6'b100000 : _zz__zz_readyCount_0_5_1 = readyCount_32;
      6'b100001 : _zz__zz_readyCount_0_5_1 = readyCount_33;
      6'b100010 : _zz__zz_readyCount_0_5_1 = readyCount_34;
      6'b100011 : _zz__zz_readyCount_0_5_1 = readyCount_35;
      6'b100100 : _zz__zz_readyCount_0_5_1 = readyCount_36;
      6'b100101 : _zz__zz_readyCount_0_5_1 = readyCount_37;
      6'b100110 : _zz__zz_readyCount_0_5_1 = readyCount_38;
      6'b100111 : _zz__zz_readyCount_0_5_1 = readyCount_39;
      6'b101000 : _zz__zz_readyCount_0_5_1 = readyCount_40;
      6'b101001 : _zz__zz_readyCount_0_5_1 = readyCount_41;
      6'b101010 : _zz__zz_readyCount_0_5_1 = readyCount_42;
      6'b101011 : _zz__zz_readyCount_0_5_1 = readyCount_43;
      6'b101100 : _zz__zz_readyCount_0_5_1 = readyCount_44;
      6'b101101 : _zz__zz_readyCount_0_5_1 = readyCount_45;
      6'b101110 : _zz__zz_readyCount_0_5_1 = readyCount_46;
      6'b101111 : _zz__zz_readyCount_0_5_1 = readyCount_47;
      6'b110000 : _zz__zz_readyCount_0_5_1 = readyCount_48;
      6'b110001 : _zz__zz_readyCount_0_5_1 = readyCount_49;
      6'b110010 : _zz__zz_readyCount_0_5_1 = readyCount_50;
      6'b110011 : _zz__zz_readyCount_0_5_1 = readyCount_51;
      6'b110100 : _zz__zz_readyCount_0_5_1 = readyCount_52;
      6'b110101 : _zz__zz_readyCount_0_5_1 = readyCount_53;
      6'b110110 : _zz__zz_readyCount_0_5_1 = readyCount_54;
      6'b110111 : _zz__zz_readyCount_0_5_1 = readyCount_55;
      6'b111000 : _zz__zz_readyCount_0_5_1 = readyCount_56;
      6'b111001 : _zz__zz_readyCount_0_5_1 = readyCount_57;
      6'b111010 : _zz__zz_readyCount_0_5_1 = readyCount_58;
      6'b111011 : _zz__zz_readyCount_0_5_1 = readyCount_59;
      6'b111100 : _zz__zz_readyCount_0_5_1 = readyCount_60;
      6'b111101 : _zz__zz_readyCount_0_5_1 = readyCount_61;
      6'b111110 : _zz__zz_readyCount_0_5_1 = readyCount_62;
      default : _zz__zz_readyCount_0_5_1 = readyCount_63;
    endcase
  end

  always @(*) begin
    case(_zz_errors_0_2)
      6'b000000 : _zz__zz_errors_0_3 = errors_0;
      6'b000001 : _zz__zz_errors_0_3 = errors_1;
      6'b000010 : _zz__zz_errors_0_3 = errors_2;
      6'b000011 : _zz__zz_errors_0_3 = errors_3;
      6'b000100 : _zz__zz_errors_0_3 = errors_4;
      6'b000101 : _zz__zz_errors_0_3 = errors_5;
      6'b000110 : _zz__zz_errors_0_3 = errors_6;
      6'b000111 : _zz__zz_errors_0_3 = errors_7;
      6'b001000 : _zz__zz_errors_0_3 = errors_8;
      6'b001001 : _zz__zz_errors_0_3 = errors_9;
      6'b001010 : _zz__zz_errors_0_3 = errors_10;
      6'b001011 : _zz__zz_errors_0_3 = errors_11;
      6'b001100 : _zz__zz_errors_0_3 = errors_12;
      6'b001101 : _zz__zz_errors_0_3 = errors_13;
      6'b001110 : _zz__zz_errors_0_3 = errors_14;
      6'b001111 : _zz__zz_errors_0_3 = errors_15;
      6'b010000 : _zz__zz_errors_0_3 = errors_16;
      6'b010001 : _zz__zz_errors_0_3 = errors_17;
      6'b010010 : _zz__zz_errors_0_3 = errors_18;
      6'b010011 : _zz__zz_errors_0_3 = errors_19;
      6'b010100 : _zz__zz_errors_0_3 = errors_20;
      6'b010101 : _zz__zz_errors_0_3 = errors_21;
      6'b010110 : _zz__zz_errors_0_3 = errors_22;
      6'b010111 : _zz__zz_errors_0_3 = errors_23;
      6'b011000 : _zz__zz_errors_0_3 = errors_24;
      6'b011001 : _zz__zz_errors_0_3 = errors_25;
      6'b011010 : _zz__zz_errors_0_3 = errors_26;
      6'b011011 : _zz__zz_errors_0_3 = errors_27;
      6'b011100 : _zz__zz_errors_0_3 = errors_28;
      6'b011101 : _zz__zz_errors_0_3 = errors_29;
      6'b011110 : _zz__zz_errors_0_3 = errors_30;
      6'b011111 : _zz__zz_errors_0_3 = errors_31;
      6'b100000 : _zz__zz_errors_0_3 = errors_32;
      6'b100001 : _zz__zz_errors_0_3 = errors_33;
      6'b100010 : _zz__zz_errors_0_3 = errors_34;
      6'b100011 : _zz__zz_errors_0_3 = errors_35;
      6'b100100 : _zz__zz_errors_0_3 = errors_36;
      6'b100101 : _zz__zz_errors_0_3 = errors_37;
      6'b100110 : _zz__zz_errors_0_3 = errors_38;
      6'b100111 : _zz__zz_errors_0_3 = errors_39;
      6'b101000 : _zz__zz_errors_0_3 = errors_40;
      6'b101001 : _zz__zz_errors_0_3 = errors_41;
      6'b101010 : _zz__zz_errors_0_3 = errors_42;
      6'b101011 : _zz__zz_errors_0_3 = errors_43;
      6'b101100 : _zz__zz_errors_0_3 = errors_44;
      6'b101101 : _zz__zz_errors_0_3 = errors_45;
      6'b101110 : _zz__zz_errors_0_3 = errors_46;
      6'b101111 : _zz__zz_errors_0_3 = errors_47;
      6'b110000 : _zz__zz_errors_0_3 = errors_48;
      6'b110001 : _zz__zz_errors_0_3 = errors_49;
      6'b110010 : _zz__zz_errors_0_3 = errors_50;
      6'b110011 : _zz__zz_errors_0_3 = errors_51;
      6'b110100 : _zz__zz_errors_0_3 = errors_52;
      6'b110101 : _zz__zz_errors_0_3 = errors_53;
      6'b110110 : _zz__zz_errors_0_3 = errors_54;
      6'b110111 : _zz__zz_errors_0_3 = errors_55;
      6'b111000 : _zz__zz_errors_0_3 = errors_56;
      6'b111001 : _zz__zz_errors_0_3 = errors_57;
      6'b111010 : _zz__zz_errors_0_3 = errors_58;
      6'b111011 : _zz__zz_errors_0_3 = errors_59;
      6'b111100 : _zz__zz_errors_0_3 = errors_60;
      6'b111101 : _zz__zz_errors_0_3 = errors_61;
      6'b111110 : _zz__zz_errors_0_3 = errors_62;
      default : _zz__zz_errors_0_3 = errors_63;
    endcase
  end

  assign removeActive = (removeState != 3'b000);
  assign _zz_cmd_ready = (cmd_payload_op == 3'b011);
  assign cmd_ready = ((! removeActive) && ((! _zz_cmd_ready) || ((! s1_valid) && (! s2_valid))));
  assign s0_fire = ((cmd_valid && cmd_ready) && (! _zz_cmd_ready));
  assign removeStart = ((cmd_valid && cmd_ready) && _zz_cmd_ready);
  assign _zz_s0_levels = (s1_valid && (s1_context == cmd_payload_context));
  assign _zz_s0_levels_1 = 32'h0;
  assign s0_levels = ((_zz_s0_levels_2 | ((_zz_s0_levels && s1_setLevel) ? s1_levelOH : _zz_s0_levels_1)) & (~ ((_zz_s0_levels && s1_clearLevel) ? s1_levelOH : _zz_s0_levels_1)));
  assign _zz_s0_level = (cmd_payload_op == 3'b010);
  assign s0_levels_ohFirst_input = s0_levels;
  assign s0_levels_ohFirst_masked = (s0_levels_ohFirst_input & (~ _zz_s0_levels_ohFirst_masked));
  assign s0_levels_ohFirst_value = s0_levels_ohFirst_masked;
  assign _zz_s0_level_1 = s0_levels_ohFirst_value[3];
  assign _zz_s0_level_2 = s0_levels_ohFirst_value[5];
  assign _zz_s0_level_3 = s0_levels_ohFirst_value[6];
  assign _zz_s0_level_4 = s0_levels_ohFirst_value[7];
  assign _zz_s0_level_5 = s0_levels_ohFirst_value[9];
  assign _zz_s0_level_6 = s0_levels_ohFirst_value[10];
  assign _zz_s0_level_7 = s0_levels_ohFirst_value[11];
  assign _zz_s0_level_8 = s0_levels_ohFirst_value[12];
  assign _zz_s0_level_9 = s0_levels_ohFirst_value[13];
  assign _zz_s0_level_10 = s0_levels_ohFirst_value[14];
  assign _zz_s0_level_11 = s0_levels_ohFirst_value[15];
  assign _zz_s0_level_12 = s0_levels_ohFirst_value[17];
  assign _zz_s0_level_13 = s0_levels_ohFirst_value[18];
  assign _zz_s0_level_14 = s0_levels_ohFirst_value[19];
  assign _zz_s0_level_15 = s0_levels_ohFirst_value[20];
  assign _zz_s0_level_16 = s0_levels_ohFirst_value[21];
  assign _zz_s0_level_17 = s0_levels_ohFirst_value[22];
  assign _zz_s0_level_18 = s0_levels_ohFirst_value[23];
  assign _zz_s0_level_19 = s0_levels_ohFirst_value[24];
  assign _zz_s0_level_20 = s0_levels_ohFirst_value[25];
  assign _zz_s0_level_21 = s0_levels_ohFirst_value[26];
  assign _zz_s0_level_22 = s0_levels_ohFirst_value[27];
  assign _zz_s0_level_23 = s0_levels_ohFirst_value[28];
  assign _zz_s0_level_24 = s0_levels_ohFirst_value[29];
  assign _zz_s0_level_25 = s0_levels_ohFirst_value[30];
  assign _zz_s0_level_26 = s0_levels_ohFirst_value[31];
  assign _zz_s0_level_27 = (((((((((((((((s0_levels_ohFirst_value[1] || _zz_s0_level_1) || _zz_s0_level_2) || _zz_s0_level_4) || _zz_s0_level_5) || _zz_s0_level_7) || _zz_s0_level_9) || _zz_s0_level_11) || _zz_s0_level_12) || _zz_s0_level_14) || _zz_s0_level_16) || _zz_s0_level_18) || _zz_s0_level_20) || _zz_s0_level_22) || _zz_s0_level_24) || _zz_s0_level_26);
  assign _zz_s0_level_28 = (((((((((((((((s0_levels_ohFirst_value[2] || _zz_s0_level_1) || _zz_s0_level_3) || _zz_s0_level_4) || _zz_s0_level_6) || _zz_s0_level_7) || _zz_s0_level_10) || _zz_s0_level_11) || _zz_s0_level_13) || _zz_s0_level_14) || _zz_s0_level_17) || _zz_s0_level_18) || _zz_s0_level_21) || _zz_s0_level_22) || _zz_s0_level_25) || _zz_s0_level_26);
  assign _zz_s0_level_29 = (((((((((((((((s0_levels_ohFirst_value[4] || _zz_s0_level_2) || _zz_s0_level_3) || _zz_s0_level_4) || _zz_s0_level_8) || _zz_s0_level_9) || _zz_s0_level_10) || _zz_s0_level_11) || _zz_s0_level_15) || _zz_s0_level_16) || _zz_s0_level_17) || _zz_s0_level_18) || _zz_s0_level_23) || _zz_s0_level_24) || _zz_s0_level_25) || _zz_s0_level_26);
  assign _zz_s0_level_30 = (((((((((((((((s0_levels_ohFirst_value[8] || _zz_s0_level_5) || _zz_s0_level_6) || _zz_s0_level_7) || _zz_s0_level_8) || _zz_s0_level_9) || _zz_s0_level_10) || _zz_s0_level_11) || _zz_s0_level_19) || _zz_s0_level_20) || _zz_s0_level_21) || _zz_s0_level_22) || _zz_s0_level_23) || _zz_s0_level_24) || _zz_s0_level_25) || _zz_s0_level_26);
  assign _zz_s0_level_31 = (((((((((((((((s0_levels_ohFirst_value[16] || _zz_s0_level_12) || _zz_s0_level_13) || _zz_s0_level_14) || _zz_s0_level_15) || _zz_s0_level_16) || _zz_s0_level_17) || _zz_s0_level_18) || _zz_s0_level_19) || _zz_s0_level_20) || _zz_s0_level_21) || _zz_s0_level_22) || _zz_s0_level_23) || _zz_s0_level_24) || _zz_s0_level_25) || _zz_s0_level_26);
  assign s0_level = (_zz_s0_level ? {_zz_s0_level_31,{_zz_s0_level_30,{_zz_s0_level_29,{_zz_s0_level_28,_zz_s0_level_27}}}} : cmd_payload_data[5 : 1]);
  assign s0_listNonEmpty = (_zz_s0_level ? (|s0_levels) : s0_levels[s0_level]);
  assign s0_list = {cmd_payload_context,s0_level};
  assign s0_levelOH = (32'h00000001 <<< s0_level);
  assign lists_rd0 = lists_spinal_port0;
  assign s1_list_record = (s1_bypassS2 ? s2_newList : (s1_bypassW ? w_list : lists_rd0));
  assign _zz_s2_head = s1_list_record[13 : 0];
  assign _zz_s2_newTail = s1_list_record[27 : 14];
  assign _zz_s1_clearLevel = s1_list_record[42 : 28];
  assign _zz_s2_newHead = (s1_op == 3'b000);
  assign _zz_s1_enqueueOk = (_zz_s2_newHead || (s1_op == 3'b001));
  assign _zz_s1_dequeueOk = (s1_op == 3'b010);
  assign when_ReadyQueueCore_l154 = (s1_data[63 : 6] == 58'h0);
  assign when_ReadyQueueCore_l155 = (used == 15'h4000);
  assign s1_enqueueOk = ((((s1_valid && _zz_s1_enqueueOk) && s1_priorityOk) && (! when_ReadyQueueCore_l154)) && (! when_ReadyQueueCore_l155));
  assign s1_dequeueOk = ((s1_valid && _zz_s1_dequeueOk) && s1_listNonEmpty);
  assign s1_writesList = (s1_enqueueOk || s1_dequeueOk);
  always @(*) begin
    s1_enqueueError = 5'h0;
    if(when_ReadyQueueCore_l152) begin
      if(when_ReadyQueueCore_l153) begin
        s1_enqueueError = 5'h02;
      end else begin
        if(when_ReadyQueueCore_l154) begin
          s1_enqueueError = 5'h04;
        end else begin
          if(when_ReadyQueueCore_l155) begin
            s1_enqueueError = 5'h01;
          end
        end
      end
    end
  end

  assign when_ReadyQueueCore_l152 = (s1_valid && _zz_s1_enqueueOk);
  assign when_ReadyQueueCore_l153 = (! s1_priorityOk);
  assign s1_fromFreeList = (fresh != used);
  assign s1_freeHead = ((s2_valid && s2_dequeueOk) ? s2_head : (((s2_valid && s2_enqueueOk) && s2_fromFreeList) ? s2_next : freeHead));
  assign s1_alloc = (s1_fromFreeList ? s1_freeHead : _zz_s1_alloc);
  assign s1_setLevel = s1_enqueueOk;
  assign s1_clearLevel = (s1_dequeueOk && (_zz_s1_clearLevel == 15'h0001));
  assign s1_linkReadAddr = (removeActive ? removeReadAddr : (_zz_s1_dequeueOk ? _zz_s2_head : s1_alloc));
  assign s1_wordReadAddr = (removeActive ? removeReadAddr : _zz_s2_head);
  assign links_rd0 = links_spinal_port0;
  assign words_rd0 = words_spinal_port0;
  assign _zz_levelMap_0 = s1_context;
  assign _zz_levelMap_0_1 = _zz__zz_levelMap_0_1;
  assign _zz_5 = ({63'd0,1'b1} <<< _zz_levelMap_0);
  assign _zz_6 = _zz_5[0];
  assign _zz_7 = _zz_5[1];
  assign _zz_8 = _zz_5[2];
  assign _zz_9 = _zz_5[3];
  assign _zz_10 = _zz_5[4];
  assign _zz_11 = _zz_5[5];
  assign _zz_12 = _zz_5[6];
  assign _zz_13 = _zz_5[7];
  assign _zz_14 = _zz_5[8];
  assign _zz_15 = _zz_5[9];
  assign _zz_16 = _zz_5[10];
  assign _zz_17 = _zz_5[11];
  assign _zz_18 = _zz_5[12];
  assign _zz_19 = _zz_5[13];
  assign _zz_20 = _zz_5[14];
  assign _zz_21 = _zz_5[15];
  assign _zz_22 = _zz_5[16];
  assign _zz_23 = _zz_5[17];
  assign _zz_24 = _zz_5[18];
  assign _zz_25 = _zz_5[19];
  assign _zz_26 = _zz_5[20];
  assign _zz_27 = _zz_5[21];
  assign _zz_28 = _zz_5[22];
  assign _zz_29 = _zz_5[23];
  assign _zz_30 = _zz_5[24];
  assign _zz_31 = _zz_5[25];
  assign _zz_32 = _zz_5[26];
  assign _zz_33 = _zz_5[27];
  assign _zz_34 = _zz_5[28];
  assign _zz_35 = _zz_5[29];
  assign _zz_36 = _zz_5[30];
  assign _zz_37 = _zz_5[31];
  assign _zz_38 = _zz_5[32];
  assign _zz_39 = _zz_5[33];
  assign _zz_40 = _zz_5[34];
  assign _zz_41 = _zz_5[35];
  assign _zz_42 = _zz_5[36];
  assign _zz_43 = _zz_5[37];
  assign _zz_44 = _zz_5[38];
  assign _zz_45 = _zz_5[39];
  assign _zz_46 = _zz_5[40];
  assign _zz_47 = _zz_5[41];
  assign _zz_48 = _zz_5[42];
  assign _zz_49 = _zz_5[43];
  assign _zz_50 = _zz_5[44];
  assign _zz_51 = _zz_5[45];
  assign _zz_52 = _zz_5[46];
  assign _zz_53 = _zz_5[47];
  assign _zz_54 = _zz_5[48];
  assign _zz_55 = _zz_5[49];
  assign _zz_56 = _zz_5[50];
  assign _zz_57 = _zz_5[51];
  assign _zz_58 = _zz_5[52];
  assign _zz_59 = _zz_5[53];
  assign _zz_60 = _zz_5[54];
  assign _zz_61 = _zz_5[55];
  assign _zz_62 = _zz_5[56];
  assign _zz_63 = _zz_5[57];
  assign _zz_64 = _zz_5[58];
  assign _zz_65 = _zz_5[59];
  assign _zz_66 = _zz_5[60];
  assign _zz_67 = _zz_5[61];
  assign _zz_68 = _zz_5[62];
  assign _zz_69 = _zz_5[63];
  assign _zz_levelMap_0_2 = (_zz_levelMap_0_1 | s1_levelOH);
  assign _zz_levelMap_0_3 = (_zz_levelMap_0_1 & (~ s1_levelOH));
  assign _zz_readyCount_0 = s1_context;
  assign _zz_readyCount_0_1 = _zz__zz_readyCount_0_1;
  assign _zz_70 = ({63'd0,1'b1} <<< _zz_readyCount_0);
  assign _zz_71 = _zz_70[0];
  assign _zz_72 = _zz_70[1];
  assign _zz_73 = _zz_70[2];
  assign _zz_74 = _zz_70[3];
  assign _zz_75 = _zz_70[4];
  assign _zz_76 = _zz_70[5];
  assign _zz_77 = _zz_70[6];
  assign _zz_78 = _zz_70[7];
  assign _zz_79 = _zz_70[8];
  assign _zz_80 = _zz_70[9];
  assign _zz_81 = _zz_70[10];
  assign _zz_82 = _zz_70[11];
  assign _zz_83 = _zz_70[12];
  assign _zz_84 = _zz_70[13];
  assign _zz_85 = _zz_70[14];
  assign _zz_86 = _zz_70[15];
  assign _zz_87 = _zz_70[16];
  assign _zz_88 = _zz_70[17];
  assign _zz_89 = _zz_70[18];
  assign _zz_90 = _zz_70[19];
  assign _zz_91 = _zz_70[20];
  assign _zz_92 = _zz_70[21];
  assign _zz_93 = _zz_70[22];
  assign _zz_94 = _zz_70[23];
  assign _zz_95 = _zz_70[24];
  assign _zz_96 = _zz_70[25];
  assign _zz_97 = _zz_70[26];
  assign _zz_98 = _zz_70[27];
  assign _zz_99 = _zz_70[28];
  assign _zz_100 = _zz_70[29];
  assign _zz_101 = _zz_70[30];
  assign _zz_102 = _zz_70[31];
  assign _zz_103 = _zz_70[32];
  assign _zz_104 = _zz_70[33];
  assign _zz_105 = _zz_70[34];
  assign _zz_106 = _zz_70[35];
  assign _zz_107 = _zz_70[36];
  assign _zz_108 = _zz_70[37];
  assign _zz_109 = _zz_70[38];
  assign _zz_110 = _zz_70[39];
  assign _zz_111 = _zz_70[40];
  assign _zz_112 = _zz_70[41];
  assign _zz_113 = _zz_70[42];
  assign _zz_114 = _zz_70[43];
  assign _zz_115 = _zz_70[44];
  assign _zz_116 = _zz_70[45];
  assign _zz_117 = _zz_70[46];
  assign _zz_118 = _zz_70[47];
  assign _zz_119 = _zz_70[48];
  assign _zz_120 = _zz_70[49];
  assign _zz_121 = _zz_70[50];
  assign _zz_122 = _zz_70[51];
  assign _zz_123 = _zz_70[52];
  assign _zz_124 = _zz_70[53];
  assign _zz_125 = _zz_70[54];
  assign _zz_126 = _zz_70[55];
  assign _zz_127 = _zz_70[56];
  assign _zz_128 = _zz_70[57];
  assign _zz_129 = _zz_70[58];
  assign _zz_130 = _zz_70[59];
  assign _zz_131 = _zz_70[60];
  assign _zz_132 = _zz_70[61];
  assign _zz_133 = _zz_70[62];
  assign _zz_134 = _zz_70[63];
  assign _zz_readyCount_0_2 = _zz__zz_readyCount_0_2;
  assign when_ReadyQueueCore_l195 = (! s1_fromFreeList);
  assign _zz_readyCount_0_3 = _zz__zz_readyCount_0_3;
  assign _zz_controlError = (s1_valid && (s1_op == 3'b100));
  assign _zz_controlError_1 = (s1_valid && (s1_op == 3'b110));
  always @(*) begin
    s1_status_value = 64'h0;
    if(when_ReadyQueueCore_l208) begin
      case(s1_status)
        3'b000 : begin
          s1_status_value = {49'd0, _zz_s1_status_value};
        end
        3'b001 : begin
          s1_status_value = {32'd0, _zz_s1_status_value_1};
        end
        3'b010 : begin
          s1_status_value = {59'd0, _zz_s1_status_value_2};
        end
        3'b011 : begin
          s1_status_value = {49'd0, _zz_s1_status_value_3};
        end
        3'b110 : begin
          s1_status_value = {59'd0, controlError};
        end
        default : begin
        end
      endcase
    end
  end

  assign when_ReadyQueueCore_l208 = (s1_op == 3'b100);
  assign _zz_controlError_2 = 5'h10;
  assign _zz_controlError_3 = 5'h0;
  assign when_ReadyQueueCore_l217 = (s1_valid && (! s1_control));
  assign _zz_errors_0 = s1_context;
  assign _zz_135 = ({63'd0,1'b1} <<< _zz_errors_0);
  assign _zz_errors_0_1 = ((((_zz_controlError && (s1_status == 3'b010)) ? _zz_controlError_3 : _zz__zz_errors_0_1) | s1_enqueueError) | (_zz_controlError_1 ? _zz_controlError_2 : _zz_controlError_3));
  assign when_ReadyQueueCore_l222 = (s1_valid && s1_control);
  assign s2_next = (s2_linkBypass ? s2_linkBypassData : links_rd0);
  assign s2_newList = {{s2_newCount,s2_newTail},(s2_dequeueOk ? s2_next : s2_newHead)};
  assign s2_linkWriteEnable = (s2_valid && (s2_dequeueOk || s2_linkEnable));
  assign s2_linkWriteAddr = (s2_dequeueOk ? s2_head : s2_linkAddr);
  assign s2_linkWriteData = (s2_dequeueOk ? freeHead : s2_linkData);
  assign when_ReadyQueueCore_l274 = (s2_valid && s2_dequeueOk);
  assign when_ReadyQueueCore_l275 = ((s2_valid && s2_enqueueOk) && s2_fromFreeList);
  assign when_ReadyQueueCore_l286 = (s2_op == 3'b010);
  assign _zz_currentTask_0 = (s2_dequeueOk ? words_rd0 : 64'h0);
  assign when_ReadyQueueCore_l279 = (s2_valid && when_ReadyQueueCore_l286);
  assign _zz_138 = ({7'd0,1'b1} <<< s2_hart);
  assign _zz_139 = ({7'd0,1'b1} <<< s2_hart);
  assign _zz_currentContext_0 = {s2_dequeueOk,s2_context};
  always @(*) begin
    s2_rsp_data = s2_status_value;
    if(when_ReadyQueueCore_l286) begin
      s2_rsp_data = _zz_currentTask_0;
    end else begin
      if(when_ReadyQueueCore_l287) begin
        s2_rsp_data = s2_data;
      end else begin
        if(when_ReadyQueueCore_l288) begin
          s2_rsp_data = _zz_s2_rsp_data_1;
        end else begin
          if(when_ReadyQueueCore_l290) begin
            s2_rsp_data = {32'd0, _zz_s2_rsp_data_2};
          end
        end
      end
    end
  end

  assign _zz_s2_rsp_data = _zz__zz_s2_rsp_data;
  assign when_ReadyQueueCore_l287 = (s2_op == 3'b101);
  assign when_ReadyQueueCore_l288 = ((s2_op == 3'b100) && (s2_status == 3'b100));
  assign when_ReadyQueueCore_l290 = ((s2_op == 3'b100) && (s2_status == 3'b101));
  assign removeReadAddr = ((removeState == 3'b001) ? lists_rd0[13 : 0] : s2_next);
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
  assign removeListRecord = {{_zz_removeListRecord,((removeCur == removeTail) ? removePrev : removeTail)},((removeCur == removeHead) ? removeNext : removeHead)};
  assign when_ReadyQueueCore_l323 = (! 1'b1);
  assign when_ReadyQueueCore_l326 = (! s0_listNonEmpty);
  assign when_ReadyQueueCore_l340 = (words_rd0 == removeWord);
  assign when_ReadyQueueCore_l343 = (removeCur == removeTail);
  assign when_ReadyQueueCore_l354 = (removeCount == 15'h0001);
  assign _zz_levelMap_0_4 = removeContext;
  assign _zz_140 = ({63'd0,1'b1} <<< _zz_levelMap_0_4);
  assign _zz_levelMap_0_5 = (_zz__zz_levelMap_0_5 & (~ removeLevelOH));
  assign _zz_readyCount_0_4 = removeContext;
  assign _zz_141 = ({63'd0,1'b1} <<< _zz_readyCount_0_4);
  assign _zz_readyCount_0_5 = _zz__zz_readyCount_0_5;
  assign _zz_errors_0_2 = removeContext;
  assign _zz_142 = ({63'd0,1'b1} <<< _zz_errors_0_2);
  assign _zz_errors_0_3 = (_zz__zz_errors_0_3 | removeError);
  assign _zz_rsp_valid = (removeState == 3'b101);
  assign rsp_valid = (s2_valid || _zz_rsp_valid);
  assign rsp_payload_data = (_zz_rsp_valid ? 64'h0 : s2_rsp_data);
  assign rsp_payload_fault = (s2_valid && (s2_op == 3'b110));
  assign rsp_payload_read = (_zz_rsp_valid ? removeRead : s2_read);
  always @(posedge clk) begin
    if(reset) begin
      levelMap_0 <= 32'h0;
      levelMap_1 <= 32'h0;
      levelMap_2 <= 32'h0;
      levelMap_3 <= 32'h0;
      levelMap_4 <= 32'h0;
      levelMap_5 <= 32'h0;
      levelMap_6 <= 32'h0;
      levelMap_7 <= 32'h0;
      levelMap_8 <= 32'h0;
      levelMap_9 <= 32'h0;
      levelMap_10 <= 32'h0;
      levelMap_11 <= 32'h0;
      levelMap_12 <= 32'h0;
      levelMap_13 <= 32'h0;
      levelMap_14 <= 32'h0;
      levelMap_15 <= 32'h0;
      levelMap_16 <= 32'h0;
      levelMap_17 <= 32'h0;
      levelMap_18 <= 32'h0;
      levelMap_19 <= 32'h0;
      levelMap_20 <= 32'h0;
      levelMap_21 <= 32'h0;
      levelMap_22 <= 32'h0;
      levelMap_23 <= 32'h0;
      levelMap_24 <= 32'h0;
      levelMap_25 <= 32'h0;
      levelMap_26 <= 32'h0;
      levelMap_27 <= 32'h0;
      levelMap_28 <= 32'h0;
      levelMap_29 <= 32'h0;
      levelMap_30 <= 32'h0;
      levelMap_31 <= 32'h0;
      levelMap_32 <= 32'h0;
      levelMap_33 <= 32'h0;
      levelMap_34 <= 32'h0;
      levelMap_35 <= 32'h0;
      levelMap_36 <= 32'h0;
      levelMap_37 <= 32'h0;
      levelMap_38 <= 32'h0;
      levelMap_39 <= 32'h0;
      levelMap_40 <= 32'h0;
      levelMap_41 <= 32'h0;
      levelMap_42 <= 32'h0;
      levelMap_43 <= 32'h0;
      levelMap_44 <= 32'h0;
      levelMap_45 <= 32'h0;
      levelMap_46 <= 32'h0;
      levelMap_47 <= 32'h0;
      levelMap_48 <= 32'h0;
      levelMap_49 <= 32'h0;
      levelMap_50 <= 32'h0;
      levelMap_51 <= 32'h0;
      levelMap_52 <= 32'h0;
      levelMap_53 <= 32'h0;
      levelMap_54 <= 32'h0;
      levelMap_55 <= 32'h0;
      levelMap_56 <= 32'h0;
      levelMap_57 <= 32'h0;
      levelMap_58 <= 32'h0;
      levelMap_59 <= 32'h0;
      levelMap_60 <= 32'h0;
      levelMap_61 <= 32'h0;
      levelMap_62 <= 32'h0;
      levelMap_63 <= 32'h0;
      readyCount_0 <= 15'h0;
      readyCount_1 <= 15'h0;
      readyCount_2 <= 15'h0;
      readyCount_3 <= 15'h0;
      readyCount_4 <= 15'h0;
      readyCount_5 <= 15'h0;
      readyCount_6 <= 15'h0;
      readyCount_7 <= 15'h0;
      readyCount_8 <= 15'h0;
      readyCount_9 <= 15'h0;
      readyCount_10 <= 15'h0;
      readyCount_11 <= 15'h0;
      readyCount_12 <= 15'h0;
      readyCount_13 <= 15'h0;
      readyCount_14 <= 15'h0;
      readyCount_15 <= 15'h0;
      readyCount_16 <= 15'h0;
      readyCount_17 <= 15'h0;
      readyCount_18 <= 15'h0;
      readyCount_19 <= 15'h0;
      readyCount_20 <= 15'h0;
      readyCount_21 <= 15'h0;
      readyCount_22 <= 15'h0;
      readyCount_23 <= 15'h0;
      readyCount_24 <= 15'h0;
      readyCount_25 <= 15'h0;
      readyCount_26 <= 15'h0;
      readyCount_27 <= 15'h0;
      readyCount_28 <= 15'h0;
      readyCount_29 <= 15'h0;
      readyCount_30 <= 15'h0;
      readyCount_31 <= 15'h0;
      readyCount_32 <= 15'h0;
      readyCount_33 <= 15'h0;
      readyCount_34 <= 15'h0;
      readyCount_35 <= 15'h0;
      readyCount_36 <= 15'h0;
      readyCount_37 <= 15'h0;
      readyCount_38 <= 15'h0;
      readyCount_39 <= 15'h0;
      readyCount_40 <= 15'h0;
      readyCount_41 <= 15'h0;
      readyCount_42 <= 15'h0;
      readyCount_43 <= 15'h0;
      readyCount_44 <= 15'h0;
      readyCount_45 <= 15'h0;
      readyCount_46 <= 15'h0;
      readyCount_47 <= 15'h0;
      readyCount_48 <= 15'h0;
      readyCount_49 <= 15'h0;
      readyCount_50 <= 15'h0;
      readyCount_51 <= 15'h0;
      readyCount_52 <= 15'h0;
      readyCount_53 <= 15'h0;
      readyCount_54 <= 15'h0;
      readyCount_55 <= 15'h0;
      readyCount_56 <= 15'h0;
      readyCount_57 <= 15'h0;
      readyCount_58 <= 15'h0;
      readyCount_59 <= 15'h0;
      readyCount_60 <= 15'h0;
      readyCount_61 <= 15'h0;
      readyCount_62 <= 15'h0;
      readyCount_63 <= 15'h0;
      errors_0 <= 5'h0;
      errors_1 <= 5'h0;
      errors_2 <= 5'h0;
      errors_3 <= 5'h0;
      errors_4 <= 5'h0;
      errors_5 <= 5'h0;
      errors_6 <= 5'h0;
      errors_7 <= 5'h0;
      errors_8 <= 5'h0;
      errors_9 <= 5'h0;
      errors_10 <= 5'h0;
      errors_11 <= 5'h0;
      errors_12 <= 5'h0;
      errors_13 <= 5'h0;
      errors_14 <= 5'h0;
      errors_15 <= 5'h0;
      errors_16 <= 5'h0;
      errors_17 <= 5'h0;
      errors_18 <= 5'h0;
      errors_19 <= 5'h0;
      errors_20 <= 5'h0;
      errors_21 <= 5'h0;
      errors_22 <= 5'h0;
      errors_23 <= 5'h0;
      errors_24 <= 5'h0;
      errors_25 <= 5'h0;
      errors_26 <= 5'h0;
      errors_27 <= 5'h0;
      errors_28 <= 5'h0;
      errors_29 <= 5'h0;
      errors_30 <= 5'h0;
      errors_31 <= 5'h0;
      errors_32 <= 5'h0;
      errors_33 <= 5'h0;
      errors_34 <= 5'h0;
      errors_35 <= 5'h0;
      errors_36 <= 5'h0;
      errors_37 <= 5'h0;
      errors_38 <= 5'h0;
      errors_39 <= 5'h0;
      errors_40 <= 5'h0;
      errors_41 <= 5'h0;
      errors_42 <= 5'h0;
      errors_43 <= 5'h0;
      errors_44 <= 5'h0;
      errors_45 <= 5'h0;
      errors_46 <= 5'h0;
      errors_47 <= 5'h0;
      errors_48 <= 5'h0;
      errors_49 <= 5'h0;
      errors_50 <= 5'h0;
      errors_51 <= 5'h0;
      errors_52 <= 5'h0;
      errors_53 <= 5'h0;
      errors_54 <= 5'h0;
      errors_55 <= 5'h0;
      errors_56 <= 5'h0;
      errors_57 <= 5'h0;
      errors_58 <= 5'h0;
      errors_59 <= 5'h0;
      errors_60 <= 5'h0;
      errors_61 <= 5'h0;
      errors_62 <= 5'h0;
      errors_63 <= 5'h0;
      currentTask_0 <= 64'h0;
      currentTask_1 <= 64'h0;
      currentTask_2 <= 64'h0;
      currentTask_3 <= 64'h0;
      currentTask_4 <= 64'h0;
      currentTask_5 <= 64'h0;
      currentTask_6 <= 64'h0;
      currentTask_7 <= 64'h0;
      currentContext_0 <= 7'h0;
      currentContext_1 <= 7'h0;
      currentContext_2 <= 7'h0;
      currentContext_3 <= 7'h0;
      currentContext_4 <= 7'h0;
      currentContext_5 <= 7'h0;
      currentContext_6 <= 7'h0;
      currentContext_7 <= 7'h0;
      controlError <= 5'h0;
      used <= 15'h0;
      fresh <= 15'h0;
      removeState <= 3'b000;
      s1_valid <= 1'b0;
      s2_valid <= 1'b0;
      s2_writesList <= 1'b0;
      s1_control <= 1'b0;
      s1_read <= 1'b0;
      s1_listNonEmpty <= 1'b0;
      s1_priorityOk <= 1'b0;
      s1_bypassS2 <= 1'b0;
      s1_bypassW <= 1'b0;
      s2_dequeueOk <= 1'b0;
      s2_enqueueOk <= 1'b0;
      s2_fromFreeList <= 1'b0;
      s2_read <= 1'b0;
      s2_linkEnable <= 1'b0;
      s2_linkBypass <= 1'b0;
      removeRead <= 1'b0;
      removeError <= 5'h0;
    end else begin
      s1_valid <= s0_fire;
      s1_control <= cmd_payload_control;
      s1_read <= cmd_payload_read;
      s1_listNonEmpty <= s0_listNonEmpty;
      s1_priorityOk <= 1'b1;
      s1_bypassS2 <= ((s1_valid && s1_writesList) && (s1_list == s0_list));
      s1_bypassW <= ((s2_valid && s2_writesList) && (s2_list == s0_list));
      if(s1_valid) begin
        if(s1_setLevel) begin
          if(_zz_6) begin
            levelMap_0 <= _zz_levelMap_0_2;
          end
          if(_zz_7) begin
            levelMap_1 <= _zz_levelMap_0_2;
          end
          if(_zz_8) begin
            levelMap_2 <= _zz_levelMap_0_2;
          end
          if(_zz_9) begin
            levelMap_3 <= _zz_levelMap_0_2;
          end
          if(_zz_10) begin
            levelMap_4 <= _zz_levelMap_0_2;
          end
          if(_zz_11) begin
            levelMap_5 <= _zz_levelMap_0_2;
          end
          if(_zz_12) begin
            levelMap_6 <= _zz_levelMap_0_2;
          end
          if(_zz_13) begin
            levelMap_7 <= _zz_levelMap_0_2;
          end
          if(_zz_14) begin
            levelMap_8 <= _zz_levelMap_0_2;
          end
          if(_zz_15) begin
            levelMap_9 <= _zz_levelMap_0_2;
          end
          if(_zz_16) begin
            levelMap_10 <= _zz_levelMap_0_2;
          end
          if(_zz_17) begin
            levelMap_11 <= _zz_levelMap_0_2;
          end
          if(_zz_18) begin
            levelMap_12 <= _zz_levelMap_0_2;
          end
          if(_zz_19) begin
            levelMap_13 <= _zz_levelMap_0_2;
          end
          if(_zz_20) begin
            levelMap_14 <= _zz_levelMap_0_2;
          end
          if(_zz_21) begin
            levelMap_15 <= _zz_levelMap_0_2;
          end
          if(_zz_22) begin
            levelMap_16 <= _zz_levelMap_0_2;
          end
          if(_zz_23) begin
            levelMap_17 <= _zz_levelMap_0_2;
          end
          if(_zz_24) begin
            levelMap_18 <= _zz_levelMap_0_2;
          end
          if(_zz_25) begin
            levelMap_19 <= _zz_levelMap_0_2;
          end
          if(_zz_26) begin
            levelMap_20 <= _zz_levelMap_0_2;
          end
          if(_zz_27) begin
            levelMap_21 <= _zz_levelMap_0_2;
          end
          if(_zz_28) begin
            levelMap_22 <= _zz_levelMap_0_2;
          end
          if(_zz_29) begin
            levelMap_23 <= _zz_levelMap_0_2;
          end
          if(_zz_30) begin
            levelMap_24 <= _zz_levelMap_0_2;
          end
          if(_zz_31) begin
            levelMap_25 <= _zz_levelMap_0_2;
          end
          if(_zz_32) begin
            levelMap_26 <= _zz_levelMap_0_2;
          end
          if(_zz_33) begin
            levelMap_27 <= _zz_levelMap_0_2;
          end
          if(_zz_34) begin
            levelMap_28 <= _zz_levelMap_0_2;
          end
          if(_zz_35) begin
            levelMap_29 <= _zz_levelMap_0_2;
          end
          if(_zz_36) begin
            levelMap_30 <= _zz_levelMap_0_2;
          end
          if(_zz_37) begin
            levelMap_31 <= _zz_levelMap_0_2;
          end
          if(_zz_38) begin
            levelMap_32 <= _zz_levelMap_0_2;
          end
          if(_zz_39) begin
            levelMap_33 <= _zz_levelMap_0_2;
          end
          if(_zz_40) begin
            levelMap_34 <= _zz_levelMap_0_2;
          end
          if(_zz_41) begin
            levelMap_35 <= _zz_levelMap_0_2;
          end
          if(_zz_42) begin
            levelMap_36 <= _zz_levelMap_0_2;
          end
          if(_zz_43) begin
            levelMap_37 <= _zz_levelMap_0_2;
          end
          if(_zz_44) begin
            levelMap_38 <= _zz_levelMap_0_2;
          end
          if(_zz_45) begin
            levelMap_39 <= _zz_levelMap_0_2;
          end
          if(_zz_46) begin
            levelMap_40 <= _zz_levelMap_0_2;
          end
          if(_zz_47) begin
            levelMap_41 <= _zz_levelMap_0_2;
          end
          if(_zz_48) begin
            levelMap_42 <= _zz_levelMap_0_2;
          end
          if(_zz_49) begin
            levelMap_43 <= _zz_levelMap_0_2;
          end
          if(_zz_50) begin
            levelMap_44 <= _zz_levelMap_0_2;
          end
          if(_zz_51) begin
            levelMap_45 <= _zz_levelMap_0_2;
          end
          if(_zz_52) begin
            levelMap_46 <= _zz_levelMap_0_2;
          end
          if(_zz_53) begin
            levelMap_47 <= _zz_levelMap_0_2;
          end
          if(_zz_54) begin
            levelMap_48 <= _zz_levelMap_0_2;
          end
          if(_zz_55) begin
            levelMap_49 <= _zz_levelMap_0_2;
          end
          if(_zz_56) begin
            levelMap_50 <= _zz_levelMap_0_2;
          end
          if(_zz_57) begin
            levelMap_51 <= _zz_levelMap_0_2;
          end
          if(_zz_58) begin
            levelMap_52 <= _zz_levelMap_0_2;
          end
          if(_zz_59) begin
            levelMap_53 <= _zz_levelMap_0_2;
          end
          if(_zz_60) begin
            levelMap_54 <= _zz_levelMap_0_2;
          end
          if(_zz_61) begin
            levelMap_55 <= _zz_levelMap_0_2;
          end
          if(_zz_62) begin
            levelMap_56 <= _zz_levelMap_0_2;
          end
          if(_zz_63) begin
            levelMap_57 <= _zz_levelMap_0_2;
          end
          if(_zz_64) begin
            levelMap_58 <= _zz_levelMap_0_2;
          end
          if(_zz_65) begin
            levelMap_59 <= _zz_levelMap_0_2;
          end
          if(_zz_66) begin
            levelMap_60 <= _zz_levelMap_0_2;
          end
          if(_zz_67) begin
            levelMap_61 <= _zz_levelMap_0_2;
          end
          if(_zz_68) begin
            levelMap_62 <= _zz_levelMap_0_2;
          end
          if(_zz_69) begin
            levelMap_63 <= _zz_levelMap_0_2;
          end
        end
        if(s1_clearLevel) begin
          if(_zz_6) begin
            levelMap_0 <= _zz_levelMap_0_3;
          end
          if(_zz_7) begin
            levelMap_1 <= _zz_levelMap_0_3;
          end
          if(_zz_8) begin
            levelMap_2 <= _zz_levelMap_0_3;
          end
          if(_zz_9) begin
            levelMap_3 <= _zz_levelMap_0_3;
          end
          if(_zz_10) begin
            levelMap_4 <= _zz_levelMap_0_3;
          end
          if(_zz_11) begin
            levelMap_5 <= _zz_levelMap_0_3;
          end
          if(_zz_12) begin
            levelMap_6 <= _zz_levelMap_0_3;
          end
          if(_zz_13) begin
            levelMap_7 <= _zz_levelMap_0_3;
          end
          if(_zz_14) begin
            levelMap_8 <= _zz_levelMap_0_3;
          end
          if(_zz_15) begin
            levelMap_9 <= _zz_levelMap_0_3;
          end
          if(_zz_16) begin
            levelMap_10 <= _zz_levelMap_0_3;
          end
          if(_zz_17) begin
            levelMap_11 <= _zz_levelMap_0_3;
          end
          if(_zz_18) begin
            levelMap_12 <= _zz_levelMap_0_3;
          end
          if(_zz_19) begin
            levelMap_13 <= _zz_levelMap_0_3;
          end
          if(_zz_20) begin
            levelMap_14 <= _zz_levelMap_0_3;
          end
          if(_zz_21) begin
            levelMap_15 <= _zz_levelMap_0_3;
          end
          if(_zz_22) begin
            levelMap_16 <= _zz_levelMap_0_3;
          end
          if(_zz_23) begin
            levelMap_17 <= _zz_levelMap_0_3;
          end
          if(_zz_24) begin
            levelMap_18 <= _zz_levelMap_0_3;
          end
          if(_zz_25) begin
            levelMap_19 <= _zz_levelMap_0_3;
          end
          if(_zz_26) begin
            levelMap_20 <= _zz_levelMap_0_3;
          end
          if(_zz_27) begin
            levelMap_21 <= _zz_levelMap_0_3;
          end
          if(_zz_28) begin
            levelMap_22 <= _zz_levelMap_0_3;
          end
          if(_zz_29) begin
            levelMap_23 <= _zz_levelMap_0_3;
          end
          if(_zz_30) begin
            levelMap_24 <= _zz_levelMap_0_3;
          end
          if(_zz_31) begin
            levelMap_25 <= _zz_levelMap_0_3;
          end
          if(_zz_32) begin
            levelMap_26 <= _zz_levelMap_0_3;
          end
          if(_zz_33) begin
            levelMap_27 <= _zz_levelMap_0_3;
          end
          if(_zz_34) begin
            levelMap_28 <= _zz_levelMap_0_3;
          end
          if(_zz_35) begin
            levelMap_29 <= _zz_levelMap_0_3;
          end
          if(_zz_36) begin
            levelMap_30 <= _zz_levelMap_0_3;
          end
          if(_zz_37) begin
            levelMap_31 <= _zz_levelMap_0_3;
          end
          if(_zz_38) begin
            levelMap_32 <= _zz_levelMap_0_3;
          end
          if(_zz_39) begin
            levelMap_33 <= _zz_levelMap_0_3;
          end
          if(_zz_40) begin
            levelMap_34 <= _zz_levelMap_0_3;
          end
          if(_zz_41) begin
            levelMap_35 <= _zz_levelMap_0_3;
          end
          if(_zz_42) begin
            levelMap_36 <= _zz_levelMap_0_3;
          end
          if(_zz_43) begin
            levelMap_37 <= _zz_levelMap_0_3;
          end
          if(_zz_44) begin
            levelMap_38 <= _zz_levelMap_0_3;
          end
          if(_zz_45) begin
            levelMap_39 <= _zz_levelMap_0_3;
          end
          if(_zz_46) begin
            levelMap_40 <= _zz_levelMap_0_3;
          end
          if(_zz_47) begin
            levelMap_41 <= _zz_levelMap_0_3;
          end
          if(_zz_48) begin
            levelMap_42 <= _zz_levelMap_0_3;
          end
          if(_zz_49) begin
            levelMap_43 <= _zz_levelMap_0_3;
          end
          if(_zz_50) begin
            levelMap_44 <= _zz_levelMap_0_3;
          end
          if(_zz_51) begin
            levelMap_45 <= _zz_levelMap_0_3;
          end
          if(_zz_52) begin
            levelMap_46 <= _zz_levelMap_0_3;
          end
          if(_zz_53) begin
            levelMap_47 <= _zz_levelMap_0_3;
          end
          if(_zz_54) begin
            levelMap_48 <= _zz_levelMap_0_3;
          end
          if(_zz_55) begin
            levelMap_49 <= _zz_levelMap_0_3;
          end
          if(_zz_56) begin
            levelMap_50 <= _zz_levelMap_0_3;
          end
          if(_zz_57) begin
            levelMap_51 <= _zz_levelMap_0_3;
          end
          if(_zz_58) begin
            levelMap_52 <= _zz_levelMap_0_3;
          end
          if(_zz_59) begin
            levelMap_53 <= _zz_levelMap_0_3;
          end
          if(_zz_60) begin
            levelMap_54 <= _zz_levelMap_0_3;
          end
          if(_zz_61) begin
            levelMap_55 <= _zz_levelMap_0_3;
          end
          if(_zz_62) begin
            levelMap_56 <= _zz_levelMap_0_3;
          end
          if(_zz_63) begin
            levelMap_57 <= _zz_levelMap_0_3;
          end
          if(_zz_64) begin
            levelMap_58 <= _zz_levelMap_0_3;
          end
          if(_zz_65) begin
            levelMap_59 <= _zz_levelMap_0_3;
          end
          if(_zz_66) begin
            levelMap_60 <= _zz_levelMap_0_3;
          end
          if(_zz_67) begin
            levelMap_61 <= _zz_levelMap_0_3;
          end
          if(_zz_68) begin
            levelMap_62 <= _zz_levelMap_0_3;
          end
          if(_zz_69) begin
            levelMap_63 <= _zz_levelMap_0_3;
          end
        end
        if(s1_enqueueOk) begin
          if(_zz_71) begin
            readyCount_0 <= _zz_readyCount_0_2;
          end
          if(_zz_72) begin
            readyCount_1 <= _zz_readyCount_0_2;
          end
          if(_zz_73) begin
            readyCount_2 <= _zz_readyCount_0_2;
          end
          if(_zz_74) begin
            readyCount_3 <= _zz_readyCount_0_2;
          end
          if(_zz_75) begin
            readyCount_4 <= _zz_readyCount_0_2;
          end
          if(_zz_76) begin
            readyCount_5 <= _zz_readyCount_0_2;
          end
          if(_zz_77) begin
            readyCount_6 <= _zz_readyCount_0_2;
          end
          if(_zz_78) begin
            readyCount_7 <= _zz_readyCount_0_2;
          end
          if(_zz_79) begin
            readyCount_8 <= _zz_readyCount_0_2;
          end
          if(_zz_80) begin
            readyCount_9 <= _zz_readyCount_0_2;
          end
          if(_zz_81) begin
            readyCount_10 <= _zz_readyCount_0_2;
          end
          if(_zz_82) begin
            readyCount_11 <= _zz_readyCount_0_2;
          end
          if(_zz_83) begin
            readyCount_12 <= _zz_readyCount_0_2;
          end
          if(_zz_84) begin
            readyCount_13 <= _zz_readyCount_0_2;
          end
          if(_zz_85) begin
            readyCount_14 <= _zz_readyCount_0_2;
          end
          if(_zz_86) begin
            readyCount_15 <= _zz_readyCount_0_2;
          end
          if(_zz_87) begin
            readyCount_16 <= _zz_readyCount_0_2;
          end
          if(_zz_88) begin
            readyCount_17 <= _zz_readyCount_0_2;
          end
          if(_zz_89) begin
            readyCount_18 <= _zz_readyCount_0_2;
          end
          if(_zz_90) begin
            readyCount_19 <= _zz_readyCount_0_2;
          end
          if(_zz_91) begin
            readyCount_20 <= _zz_readyCount_0_2;
          end
          if(_zz_92) begin
            readyCount_21 <= _zz_readyCount_0_2;
          end
          if(_zz_93) begin
            readyCount_22 <= _zz_readyCount_0_2;
          end
          if(_zz_94) begin
            readyCount_23 <= _zz_readyCount_0_2;
          end
          if(_zz_95) begin
            readyCount_24 <= _zz_readyCount_0_2;
          end
          if(_zz_96) begin
            readyCount_25 <= _zz_readyCount_0_2;
          end
          if(_zz_97) begin
            readyCount_26 <= _zz_readyCount_0_2;
          end
          if(_zz_98) begin
            readyCount_27 <= _zz_readyCount_0_2;
          end
          if(_zz_99) begin
            readyCount_28 <= _zz_readyCount_0_2;
          end
          if(_zz_100) begin
            readyCount_29 <= _zz_readyCount_0_2;
          end
          if(_zz_101) begin
            readyCount_30 <= _zz_readyCount_0_2;
          end
          if(_zz_102) begin
            readyCount_31 <= _zz_readyCount_0_2;
          end
          if(_zz_103) begin
            readyCount_32 <= _zz_readyCount_0_2;
          end
          if(_zz_104) begin
            readyCount_33 <= _zz_readyCount_0_2;
          end
          if(_zz_105) begin
            readyCount_34 <= _zz_readyCount_0_2;
          end
          if(_zz_106) begin
            readyCount_35 <= _zz_readyCount_0_2;
          end
          if(_zz_107) begin
            readyCount_36 <= _zz_readyCount_0_2;
          end
          if(_zz_108) begin
            readyCount_37 <= _zz_readyCount_0_2;
          end
          if(_zz_109) begin
            readyCount_38 <= _zz_readyCount_0_2;
          end
          if(_zz_110) begin
            readyCount_39 <= _zz_readyCount_0_2;
          end
          if(_zz_111) begin
            readyCount_40 <= _zz_readyCount_0_2;
          end
          if(_zz_112) begin
            readyCount_41 <= _zz_readyCount_0_2;
          end
          if(_zz_113) begin
            readyCount_42 <= _zz_readyCount_0_2;
          end
          if(_zz_114) begin
            readyCount_43 <= _zz_readyCount_0_2;
          end
          if(_zz_115) begin
            readyCount_44 <= _zz_readyCount_0_2;
          end
          if(_zz_116) begin
            readyCount_45 <= _zz_readyCount_0_2;
          end
          if(_zz_117) begin
            readyCount_46 <= _zz_readyCount_0_2;
          end
          if(_zz_118) begin
            readyCount_47 <= _zz_readyCount_0_2;
          end
          if(_zz_119) begin
            readyCount_48 <= _zz_readyCount_0_2;
          end
          if(_zz_120) begin
            readyCount_49 <= _zz_readyCount_0_2;
          end
          if(_zz_121) begin
            readyCount_50 <= _zz_readyCount_0_2;
          end
          if(_zz_122) begin
            readyCount_51 <= _zz_readyCount_0_2;
          end
          if(_zz_123) begin
            readyCount_52 <= _zz_readyCount_0_2;
          end
          if(_zz_124) begin
            readyCount_53 <= _zz_readyCount_0_2;
          end
          if(_zz_125) begin
            readyCount_54 <= _zz_readyCount_0_2;
          end
          if(_zz_126) begin
            readyCount_55 <= _zz_readyCount_0_2;
          end
          if(_zz_127) begin
            readyCount_56 <= _zz_readyCount_0_2;
          end
          if(_zz_128) begin
            readyCount_57 <= _zz_readyCount_0_2;
          end
          if(_zz_129) begin
            readyCount_58 <= _zz_readyCount_0_2;
          end
          if(_zz_130) begin
            readyCount_59 <= _zz_readyCount_0_2;
          end
          if(_zz_131) begin
            readyCount_60 <= _zz_readyCount_0_2;
          end
          if(_zz_132) begin
            readyCount_61 <= _zz_readyCount_0_2;
          end
          if(_zz_133) begin
            readyCount_62 <= _zz_readyCount_0_2;
          end
          if(_zz_134) begin
            readyCount_63 <= _zz_readyCount_0_2;
          end
          used <= (used + 15'h0001);
          if(when_ReadyQueueCore_l195) begin
            fresh <= (fresh + 15'h0001);
          end
        end
        if(s1_dequeueOk) begin
          if(_zz_71) begin
            readyCount_0 <= _zz_readyCount_0_3;
          end
          if(_zz_72) begin
            readyCount_1 <= _zz_readyCount_0_3;
          end
          if(_zz_73) begin
            readyCount_2 <= _zz_readyCount_0_3;
          end
          if(_zz_74) begin
            readyCount_3 <= _zz_readyCount_0_3;
          end
          if(_zz_75) begin
            readyCount_4 <= _zz_readyCount_0_3;
          end
          if(_zz_76) begin
            readyCount_5 <= _zz_readyCount_0_3;
          end
          if(_zz_77) begin
            readyCount_6 <= _zz_readyCount_0_3;
          end
          if(_zz_78) begin
            readyCount_7 <= _zz_readyCount_0_3;
          end
          if(_zz_79) begin
            readyCount_8 <= _zz_readyCount_0_3;
          end
          if(_zz_80) begin
            readyCount_9 <= _zz_readyCount_0_3;
          end
          if(_zz_81) begin
            readyCount_10 <= _zz_readyCount_0_3;
          end
          if(_zz_82) begin
            readyCount_11 <= _zz_readyCount_0_3;
          end
          if(_zz_83) begin
            readyCount_12 <= _zz_readyCount_0_3;
          end
          if(_zz_84) begin
            readyCount_13 <= _zz_readyCount_0_3;
          end
          if(_zz_85) begin
            readyCount_14 <= _zz_readyCount_0_3;
          end
          if(_zz_86) begin
            readyCount_15 <= _zz_readyCount_0_3;
          end
          if(_zz_87) begin
            readyCount_16 <= _zz_readyCount_0_3;
          end
          if(_zz_88) begin
            readyCount_17 <= _zz_readyCount_0_3;
          end
          if(_zz_89) begin
            readyCount_18 <= _zz_readyCount_0_3;
          end
          if(_zz_90) begin
            readyCount_19 <= _zz_readyCount_0_3;
          end
          if(_zz_91) begin
            readyCount_20 <= _zz_readyCount_0_3;
          end
          if(_zz_92) begin
            readyCount_21 <= _zz_readyCount_0_3;
          end
          if(_zz_93) begin
            readyCount_22 <= _zz_readyCount_0_3;
          end
          if(_zz_94) begin
            readyCount_23 <= _zz_readyCount_0_3;
          end
          if(_zz_95) begin
            readyCount_24 <= _zz_readyCount_0_3;
          end
          if(_zz_96) begin
            readyCount_25 <= _zz_readyCount_0_3;
          end
          if(_zz_97) begin
            readyCount_26 <= _zz_readyCount_0_3;
          end
          if(_zz_98) begin
            readyCount_27 <= _zz_readyCount_0_3;
          end
          if(_zz_99) begin
            readyCount_28 <= _zz_readyCount_0_3;
          end
          if(_zz_100) begin
            readyCount_29 <= _zz_readyCount_0_3;
          end
          if(_zz_101) begin
            readyCount_30 <= _zz_readyCount_0_3;
          end
          if(_zz_102) begin
            readyCount_31 <= _zz_readyCount_0_3;
          end
          if(_zz_103) begin
            readyCount_32 <= _zz_readyCount_0_3;
          end
          if(_zz_104) begin
            readyCount_33 <= _zz_readyCount_0_3;
          end
          if(_zz_105) begin
            readyCount_34 <= _zz_readyCount_0_3;
          end
          if(_zz_106) begin
            readyCount_35 <= _zz_readyCount_0_3;
          end
          if(_zz_107) begin
            readyCount_36 <= _zz_readyCount_0_3;
          end
          if(_zz_108) begin
            readyCount_37 <= _zz_readyCount_0_3;
          end
          if(_zz_109) begin
            readyCount_38 <= _zz_readyCount_0_3;
          end
          if(_zz_110) begin
            readyCount_39 <= _zz_readyCount_0_3;
          end
          if(_zz_111) begin
            readyCount_40 <= _zz_readyCount_0_3;
          end
          if(_zz_112) begin
            readyCount_41 <= _zz_readyCount_0_3;
          end
          if(_zz_113) begin
            readyCount_42 <= _zz_readyCount_0_3;
          end
          if(_zz_114) begin
            readyCount_43 <= _zz_readyCount_0_3;
          end
          if(_zz_115) begin
            readyCount_44 <= _zz_readyCount_0_3;
          end
          if(_zz_116) begin
            readyCount_45 <= _zz_readyCount_0_3;
          end
          if(_zz_117) begin
            readyCount_46 <= _zz_readyCount_0_3;
          end
          if(_zz_118) begin
            readyCount_47 <= _zz_readyCount_0_3;
          end
          if(_zz_119) begin
            readyCount_48 <= _zz_readyCount_0_3;
          end
          if(_zz_120) begin
            readyCount_49 <= _zz_readyCount_0_3;
          end
          if(_zz_121) begin
            readyCount_50 <= _zz_readyCount_0_3;
          end
          if(_zz_122) begin
            readyCount_51 <= _zz_readyCount_0_3;
          end
          if(_zz_123) begin
            readyCount_52 <= _zz_readyCount_0_3;
          end
          if(_zz_124) begin
            readyCount_53 <= _zz_readyCount_0_3;
          end
          if(_zz_125) begin
            readyCount_54 <= _zz_readyCount_0_3;
          end
          if(_zz_126) begin
            readyCount_55 <= _zz_readyCount_0_3;
          end
          if(_zz_127) begin
            readyCount_56 <= _zz_readyCount_0_3;
          end
          if(_zz_128) begin
            readyCount_57 <= _zz_readyCount_0_3;
          end
          if(_zz_129) begin
            readyCount_58 <= _zz_readyCount_0_3;
          end
          if(_zz_130) begin
            readyCount_59 <= _zz_readyCount_0_3;
          end
          if(_zz_131) begin
            readyCount_60 <= _zz_readyCount_0_3;
          end
          if(_zz_132) begin
            readyCount_61 <= _zz_readyCount_0_3;
          end
          if(_zz_133) begin
            readyCount_62 <= _zz_readyCount_0_3;
          end
          if(_zz_134) begin
            readyCount_63 <= _zz_readyCount_0_3;
          end
          used <= (used - 15'h0001);
        end
      end
      if(when_ReadyQueueCore_l217) begin
        if(_zz_135[0]) begin
          errors_0 <= _zz_errors_0_1;
        end
        if(_zz_135[1]) begin
          errors_1 <= _zz_errors_0_1;
        end
        if(_zz_135[2]) begin
          errors_2 <= _zz_errors_0_1;
        end
        if(_zz_135[3]) begin
          errors_3 <= _zz_errors_0_1;
        end
        if(_zz_135[4]) begin
          errors_4 <= _zz_errors_0_1;
        end
        if(_zz_135[5]) begin
          errors_5 <= _zz_errors_0_1;
        end
        if(_zz_135[6]) begin
          errors_6 <= _zz_errors_0_1;
        end
        if(_zz_135[7]) begin
          errors_7 <= _zz_errors_0_1;
        end
        if(_zz_135[8]) begin
          errors_8 <= _zz_errors_0_1;
        end
        if(_zz_135[9]) begin
          errors_9 <= _zz_errors_0_1;
        end
        if(_zz_135[10]) begin
          errors_10 <= _zz_errors_0_1;
        end
        if(_zz_135[11]) begin
          errors_11 <= _zz_errors_0_1;
        end
        if(_zz_135[12]) begin
          errors_12 <= _zz_errors_0_1;
        end
        if(_zz_135[13]) begin
          errors_13 <= _zz_errors_0_1;
        end
        if(_zz_135[14]) begin
          errors_14 <= _zz_errors_0_1;
        end
        if(_zz_135[15]) begin
          errors_15 <= _zz_errors_0_1;
        end
        if(_zz_135[16]) begin
          errors_16 <= _zz_errors_0_1;
        end
        if(_zz_135[17]) begin
          errors_17 <= _zz_errors_0_1;
        end
        if(_zz_135[18]) begin
          errors_18 <= _zz_errors_0_1;
        end
        if(_zz_135[19]) begin
          errors_19 <= _zz_errors_0_1;
        end
        if(_zz_135[20]) begin
          errors_20 <= _zz_errors_0_1;
        end
        if(_zz_135[21]) begin
          errors_21 <= _zz_errors_0_1;
        end
        if(_zz_135[22]) begin
          errors_22 <= _zz_errors_0_1;
        end
        if(_zz_135[23]) begin
          errors_23 <= _zz_errors_0_1;
        end
        if(_zz_135[24]) begin
          errors_24 <= _zz_errors_0_1;
        end
        if(_zz_135[25]) begin
          errors_25 <= _zz_errors_0_1;
        end
        if(_zz_135[26]) begin
          errors_26 <= _zz_errors_0_1;
        end
        if(_zz_135[27]) begin
          errors_27 <= _zz_errors_0_1;
        end
        if(_zz_135[28]) begin
          errors_28 <= _zz_errors_0_1;
        end
        if(_zz_135[29]) begin
          errors_29 <= _zz_errors_0_1;
        end
        if(_zz_135[30]) begin
          errors_30 <= _zz_errors_0_1;
        end
        if(_zz_135[31]) begin
          errors_31 <= _zz_errors_0_1;
        end
        if(_zz_135[32]) begin
          errors_32 <= _zz_errors_0_1;
        end
        if(_zz_135[33]) begin
          errors_33 <= _zz_errors_0_1;
        end
        if(_zz_135[34]) begin
          errors_34 <= _zz_errors_0_1;
        end
        if(_zz_135[35]) begin
          errors_35 <= _zz_errors_0_1;
        end
        if(_zz_135[36]) begin
          errors_36 <= _zz_errors_0_1;
        end
        if(_zz_135[37]) begin
          errors_37 <= _zz_errors_0_1;
        end
        if(_zz_135[38]) begin
          errors_38 <= _zz_errors_0_1;
        end
        if(_zz_135[39]) begin
          errors_39 <= _zz_errors_0_1;
        end
        if(_zz_135[40]) begin
          errors_40 <= _zz_errors_0_1;
        end
        if(_zz_135[41]) begin
          errors_41 <= _zz_errors_0_1;
        end
        if(_zz_135[42]) begin
          errors_42 <= _zz_errors_0_1;
        end
        if(_zz_135[43]) begin
          errors_43 <= _zz_errors_0_1;
        end
        if(_zz_135[44]) begin
          errors_44 <= _zz_errors_0_1;
        end
        if(_zz_135[45]) begin
          errors_45 <= _zz_errors_0_1;
        end
        if(_zz_135[46]) begin
          errors_46 <= _zz_errors_0_1;
        end
        if(_zz_135[47]) begin
          errors_47 <= _zz_errors_0_1;
        end
        if(_zz_135[48]) begin
          errors_48 <= _zz_errors_0_1;
        end
        if(_zz_135[49]) begin
          errors_49 <= _zz_errors_0_1;
        end
        if(_zz_135[50]) begin
          errors_50 <= _zz_errors_0_1;
        end
        if(_zz_135[51]) begin
          errors_51 <= _zz_errors_0_1;
        end
        if(_zz_135[52]) begin
          errors_52 <= _zz_errors_0_1;
        end
        if(_zz_135[53]) begin
          errors_53 <= _zz_errors_0_1;
        end
        if(_zz_135[54]) begin
          errors_54 <= _zz_errors_0_1;
        end
        if(_zz_135[55]) begin
          errors_55 <= _zz_errors_0_1;
        end
        if(_zz_135[56]) begin
          errors_56 <= _zz_errors_0_1;
        end
        if(_zz_135[57]) begin
          errors_57 <= _zz_errors_0_1;
        end
        if(_zz_135[58]) begin
          errors_58 <= _zz_errors_0_1;
        end
        if(_zz_135[59]) begin
          errors_59 <= _zz_errors_0_1;
        end
        if(_zz_135[60]) begin
          errors_60 <= _zz_errors_0_1;
        end
        if(_zz_135[61]) begin
          errors_61 <= _zz_errors_0_1;
        end
        if(_zz_135[62]) begin
          errors_62 <= _zz_errors_0_1;
        end
        if(_zz_135[63]) begin
          errors_63 <= _zz_errors_0_1;
        end
      end
      if(when_ReadyQueueCore_l222) begin
        controlError <= (((_zz_controlError && (s1_status == 3'b110)) ? _zz_controlError_3 : controlError) | (_zz_controlError_1 ? _zz_controlError_2 : _zz_controlError_3));
      end
      s2_valid <= s1_valid;
      s2_writesList <= s1_writesList;
      s2_dequeueOk <= s1_dequeueOk;
      s2_enqueueOk <= s1_enqueueOk;
      s2_fromFreeList <= s1_fromFreeList;
      s2_read <= s1_read;
      s2_linkEnable <= (s1_enqueueOk && s1_listNonEmpty);
      s2_linkBypass <= (s2_linkWriteEnable && (s2_linkWriteAddr == s1_linkReadAddr));
      if(when_ReadyQueueCore_l279) begin
        if(_zz_138[0]) begin
          currentTask_0 <= _zz_currentTask_0;
        end
        if(_zz_138[1]) begin
          currentTask_1 <= _zz_currentTask_0;
        end
        if(_zz_138[2]) begin
          currentTask_2 <= _zz_currentTask_0;
        end
        if(_zz_138[3]) begin
          currentTask_3 <= _zz_currentTask_0;
        end
        if(_zz_138[4]) begin
          currentTask_4 <= _zz_currentTask_0;
        end
        if(_zz_138[5]) begin
          currentTask_5 <= _zz_currentTask_0;
        end
        if(_zz_138[6]) begin
          currentTask_6 <= _zz_currentTask_0;
        end
        if(_zz_138[7]) begin
          currentTask_7 <= _zz_currentTask_0;
        end
        if(_zz_139[0]) begin
          currentContext_0 <= _zz_currentContext_0;
        end
        if(_zz_139[1]) begin
          currentContext_1 <= _zz_currentContext_0;
        end
        if(_zz_139[2]) begin
          currentContext_2 <= _zz_currentContext_0;
        end
        if(_zz_139[3]) begin
          currentContext_3 <= _zz_currentContext_0;
        end
        if(_zz_139[4]) begin
          currentContext_4 <= _zz_currentContext_0;
        end
        if(_zz_139[5]) begin
          currentContext_5 <= _zz_currentContext_0;
        end
        if(_zz_139[6]) begin
          currentContext_6 <= _zz_currentContext_0;
        end
        if(_zz_139[7]) begin
          currentContext_7 <= _zz_currentContext_0;
        end
      end
      if(removeStart) begin
        removeRead <= cmd_payload_read;
        removeError <= 5'h0;
        if(when_ReadyQueueCore_l323) begin
          removeError <= 5'h02;
          removeState <= 3'b101;
        end else begin
          if(when_ReadyQueueCore_l326) begin
            removeError <= 5'h08;
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
          if(when_ReadyQueueCore_l340) begin
            removeState <= 3'b011;
          end else begin
            if(when_ReadyQueueCore_l343) begin
              removeError <= 5'h08;
              removeState <= 3'b101;
            end
          end
        end
        3'b011 : begin
          if(when_ReadyQueueCore_l354) begin
            if(_zz_140[0]) begin
              levelMap_0 <= _zz_levelMap_0_5;
            end
            if(_zz_140[1]) begin
              levelMap_1 <= _zz_levelMap_0_5;
            end
            if(_zz_140[2]) begin
              levelMap_2 <= _zz_levelMap_0_5;
            end
            if(_zz_140[3]) begin
              levelMap_3 <= _zz_levelMap_0_5;
            end
            if(_zz_140[4]) begin
              levelMap_4 <= _zz_levelMap_0_5;
            end
            if(_zz_140[5]) begin
              levelMap_5 <= _zz_levelMap_0_5;
            end
            if(_zz_140[6]) begin
              levelMap_6 <= _zz_levelMap_0_5;
            end
            if(_zz_140[7]) begin
              levelMap_7 <= _zz_levelMap_0_5;
            end
            if(_zz_140[8]) begin
              levelMap_8 <= _zz_levelMap_0_5;
            end
            if(_zz_140[9]) begin
              levelMap_9 <= _zz_levelMap_0_5;
            end
            if(_zz_140[10]) begin
              levelMap_10 <= _zz_levelMap_0_5;
            end
            if(_zz_140[11]) begin
              levelMap_11 <= _zz_levelMap_0_5;
            end
            if(_zz_140[12]) begin
              levelMap_12 <= _zz_levelMap_0_5;
            end
            if(_zz_140[13]) begin
              levelMap_13 <= _zz_levelMap_0_5;
            end
            if(_zz_140[14]) begin
              levelMap_14 <= _zz_levelMap_0_5;
            end
            if(_zz_140[15]) begin
              levelMap_15 <= _zz_levelMap_0_5;
            end
            if(_zz_140[16]) begin
              levelMap_16 <= _zz_levelMap_0_5;
            end
            if(_zz_140[17]) begin
              levelMap_17 <= _zz_levelMap_0_5;
            end
            if(_zz_140[18]) begin
              levelMap_18 <= _zz_levelMap_0_5;
            end
            if(_zz_140[19]) begin
              levelMap_19 <= _zz_levelMap_0_5;
            end
            if(_zz_140[20]) begin
              levelMap_20 <= _zz_levelMap_0_5;
            end
            if(_zz_140[21]) begin
              levelMap_21 <= _zz_levelMap_0_5;
            end
            if(_zz_140[22]) begin
              levelMap_22 <= _zz_levelMap_0_5;
            end
            if(_zz_140[23]) begin
              levelMap_23 <= _zz_levelMap_0_5;
            end
            if(_zz_140[24]) begin
              levelMap_24 <= _zz_levelMap_0_5;
            end
            if(_zz_140[25]) begin
              levelMap_25 <= _zz_levelMap_0_5;
            end
            if(_zz_140[26]) begin
              levelMap_26 <= _zz_levelMap_0_5;
            end
            if(_zz_140[27]) begin
              levelMap_27 <= _zz_levelMap_0_5;
            end
            if(_zz_140[28]) begin
              levelMap_28 <= _zz_levelMap_0_5;
            end
            if(_zz_140[29]) begin
              levelMap_29 <= _zz_levelMap_0_5;
            end
            if(_zz_140[30]) begin
              levelMap_30 <= _zz_levelMap_0_5;
            end
            if(_zz_140[31]) begin
              levelMap_31 <= _zz_levelMap_0_5;
            end
            if(_zz_140[32]) begin
              levelMap_32 <= _zz_levelMap_0_5;
            end
            if(_zz_140[33]) begin
              levelMap_33 <= _zz_levelMap_0_5;
            end
            if(_zz_140[34]) begin
              levelMap_34 <= _zz_levelMap_0_5;
            end
            if(_zz_140[35]) begin
              levelMap_35 <= _zz_levelMap_0_5;
            end
            if(_zz_140[36]) begin
              levelMap_36 <= _zz_levelMap_0_5;
            end
            if(_zz_140[37]) begin
              levelMap_37 <= _zz_levelMap_0_5;
            end
            if(_zz_140[38]) begin
              levelMap_38 <= _zz_levelMap_0_5;
            end
            if(_zz_140[39]) begin
              levelMap_39 <= _zz_levelMap_0_5;
            end
            if(_zz_140[40]) begin
              levelMap_40 <= _zz_levelMap_0_5;
            end
            if(_zz_140[41]) begin
              levelMap_41 <= _zz_levelMap_0_5;
            end
            if(_zz_140[42]) begin
              levelMap_42 <= _zz_levelMap_0_5;
            end
            if(_zz_140[43]) begin
              levelMap_43 <= _zz_levelMap_0_5;
            end
            if(_zz_140[44]) begin
              levelMap_44 <= _zz_levelMap_0_5;
            end
            if(_zz_140[45]) begin
              levelMap_45 <= _zz_levelMap_0_5;
            end
            if(_zz_140[46]) begin
              levelMap_46 <= _zz_levelMap_0_5;
            end
            if(_zz_140[47]) begin
              levelMap_47 <= _zz_levelMap_0_5;
            end
            if(_zz_140[48]) begin
              levelMap_48 <= _zz_levelMap_0_5;
            end
            if(_zz_140[49]) begin
              levelMap_49 <= _zz_levelMap_0_5;
            end
            if(_zz_140[50]) begin
              levelMap_50 <= _zz_levelMap_0_5;
            end
            if(_zz_140[51]) begin
              levelMap_51 <= _zz_levelMap_0_5;
            end
            if(_zz_140[52]) begin
              levelMap_52 <= _zz_levelMap_0_5;
            end
            if(_zz_140[53]) begin
              levelMap_53 <= _zz_levelMap_0_5;
            end
            if(_zz_140[54]) begin
              levelMap_54 <= _zz_levelMap_0_5;
            end
            if(_zz_140[55]) begin
              levelMap_55 <= _zz_levelMap_0_5;
            end
            if(_zz_140[56]) begin
              levelMap_56 <= _zz_levelMap_0_5;
            end
            if(_zz_140[57]) begin
              levelMap_57 <= _zz_levelMap_0_5;
            end
            if(_zz_140[58]) begin
              levelMap_58 <= _zz_levelMap_0_5;
            end
            if(_zz_140[59]) begin
              levelMap_59 <= _zz_levelMap_0_5;
            end
            if(_zz_140[60]) begin
              levelMap_60 <= _zz_levelMap_0_5;
            end
            if(_zz_140[61]) begin
              levelMap_61 <= _zz_levelMap_0_5;
            end
            if(_zz_140[62]) begin
              levelMap_62 <= _zz_levelMap_0_5;
            end
            if(_zz_140[63]) begin
              levelMap_63 <= _zz_levelMap_0_5;
            end
          end
          if(_zz_141[0]) begin
            readyCount_0 <= _zz_readyCount_0_5;
          end
          if(_zz_141[1]) begin
            readyCount_1 <= _zz_readyCount_0_5;
          end
          if(_zz_141[2]) begin
            readyCount_2 <= _zz_readyCount_0_5;
          end
          if(_zz_141[3]) begin
            readyCount_3 <= _zz_readyCount_0_5;
          end
          if(_zz_141[4]) begin
            readyCount_4 <= _zz_readyCount_0_5;
          end
          if(_zz_141[5]) begin
            readyCount_5 <= _zz_readyCount_0_5;
          end
          if(_zz_141[6]) begin
            readyCount_6 <= _zz_readyCount_0_5;
          end
          if(_zz_141[7]) begin
            readyCount_7 <= _zz_readyCount_0_5;
          end
          if(_zz_141[8]) begin
            readyCount_8 <= _zz_readyCount_0_5;
          end
          if(_zz_141[9]) begin
            readyCount_9 <= _zz_readyCount_0_5;
          end
          if(_zz_141[10]) begin
            readyCount_10 <= _zz_readyCount_0_5;
          end
          if(_zz_141[11]) begin
            readyCount_11 <= _zz_readyCount_0_5;
          end
          if(_zz_141[12]) begin
            readyCount_12 <= _zz_readyCount_0_5;
          end
          if(_zz_141[13]) begin
            readyCount_13 <= _zz_readyCount_0_5;
          end
          if(_zz_141[14]) begin
            readyCount_14 <= _zz_readyCount_0_5;
          end
          if(_zz_141[15]) begin
            readyCount_15 <= _zz_readyCount_0_5;
          end
          if(_zz_141[16]) begin
            readyCount_16 <= _zz_readyCount_0_5;
          end
          if(_zz_141[17]) begin
            readyCount_17 <= _zz_readyCount_0_5;
          end
          if(_zz_141[18]) begin
            readyCount_18 <= _zz_readyCount_0_5;
          end
          if(_zz_141[19]) begin
            readyCount_19 <= _zz_readyCount_0_5;
          end
          if(_zz_141[20]) begin
            readyCount_20 <= _zz_readyCount_0_5;
          end
          if(_zz_141[21]) begin
            readyCount_21 <= _zz_readyCount_0_5;
          end
          if(_zz_141[22]) begin
            readyCount_22 <= _zz_readyCount_0_5;
          end
          if(_zz_141[23]) begin
            readyCount_23 <= _zz_readyCount_0_5;
          end
          if(_zz_141[24]) begin
            readyCount_24 <= _zz_readyCount_0_5;
          end
          if(_zz_141[25]) begin
            readyCount_25 <= _zz_readyCount_0_5;
          end
          if(_zz_141[26]) begin
            readyCount_26 <= _zz_readyCount_0_5;
          end
          if(_zz_141[27]) begin
            readyCount_27 <= _zz_readyCount_0_5;
          end
          if(_zz_141[28]) begin
            readyCount_28 <= _zz_readyCount_0_5;
          end
          if(_zz_141[29]) begin
            readyCount_29 <= _zz_readyCount_0_5;
          end
          if(_zz_141[30]) begin
            readyCount_30 <= _zz_readyCount_0_5;
          end
          if(_zz_141[31]) begin
            readyCount_31 <= _zz_readyCount_0_5;
          end
          if(_zz_141[32]) begin
            readyCount_32 <= _zz_readyCount_0_5;
          end
          if(_zz_141[33]) begin
            readyCount_33 <= _zz_readyCount_0_5;
          end
          if(_zz_141[34]) begin
            readyCount_34 <= _zz_readyCount_0_5;
          end
          if(_zz_141[35]) begin
            readyCount_35 <= _zz_readyCount_0_5;
          end
          if(_zz_141[36]) begin
            readyCount_36 <= _zz_readyCount_0_5;
          end
          if(_zz_141[37]) begin
            readyCount_37 <= _zz_readyCount_0_5;
          end
          if(_zz_141[38]) begin
            readyCount_38 <= _zz_readyCount_0_5;
          end
          if(_zz_141[39]) begin
            readyCount_39 <= _zz_readyCount_0_5;
          end
          if(_zz_141[40]) begin
            readyCount_40 <= _zz_readyCount_0_5;
          end
          if(_zz_141[41]) begin
            readyCount_41 <= _zz_readyCount_0_5;
          end
          if(_zz_141[42]) begin
            readyCount_42 <= _zz_readyCount_0_5;
          end
          if(_zz_141[43]) begin
            readyCount_43 <= _zz_readyCount_0_5;
          end
          if(_zz_141[44]) begin
            readyCount_44 <= _zz_readyCount_0_5;
          end
          if(_zz_141[45]) begin
            readyCount_45 <= _zz_readyCount_0_5;
          end
          if(_zz_141[46]) begin
            readyCount_46 <= _zz_readyCount_0_5;
          end
          if(_zz_141[47]) begin
            readyCount_47 <= _zz_readyCount_0_5;
          end
          if(_zz_141[48]) begin
            readyCount_48 <= _zz_readyCount_0_5;
          end
          if(_zz_141[49]) begin
            readyCount_49 <= _zz_readyCount_0_5;
          end
          if(_zz_141[50]) begin
            readyCount_50 <= _zz_readyCount_0_5;
          end
          if(_zz_141[51]) begin
            readyCount_51 <= _zz_readyCount_0_5;
          end
          if(_zz_141[52]) begin
            readyCount_52 <= _zz_readyCount_0_5;
          end
          if(_zz_141[53]) begin
            readyCount_53 <= _zz_readyCount_0_5;
          end
          if(_zz_141[54]) begin
            readyCount_54 <= _zz_readyCount_0_5;
          end
          if(_zz_141[55]) begin
            readyCount_55 <= _zz_readyCount_0_5;
          end
          if(_zz_141[56]) begin
            readyCount_56 <= _zz_readyCount_0_5;
          end
          if(_zz_141[57]) begin
            readyCount_57 <= _zz_readyCount_0_5;
          end
          if(_zz_141[58]) begin
            readyCount_58 <= _zz_readyCount_0_5;
          end
          if(_zz_141[59]) begin
            readyCount_59 <= _zz_readyCount_0_5;
          end
          if(_zz_141[60]) begin
            readyCount_60 <= _zz_readyCount_0_5;
          end
          if(_zz_141[61]) begin
            readyCount_61 <= _zz_readyCount_0_5;
          end
          if(_zz_141[62]) begin
            readyCount_62 <= _zz_readyCount_0_5;
          end
          if(_zz_141[63]) begin
            readyCount_63 <= _zz_readyCount_0_5;
          end
          used <= (used - 15'h0001);
          removeState <= 3'b100;
        end
        3'b100 : begin
          removeState <= 3'b101;
        end
        3'b101 : begin
          if(_zz_142[0]) begin
            errors_0 <= _zz_errors_0_3;
          end
          if(_zz_142[1]) begin
            errors_1 <= _zz_errors_0_3;
          end
          if(_zz_142[2]) begin
            errors_2 <= _zz_errors_0_3;
          end
          if(_zz_142[3]) begin
            errors_3 <= _zz_errors_0_3;
          end
          if(_zz_142[4]) begin
            errors_4 <= _zz_errors_0_3;
          end
          if(_zz_142[5]) begin
            errors_5 <= _zz_errors_0_3;
          end
          if(_zz_142[6]) begin
            errors_6 <= _zz_errors_0_3;
          end
          if(_zz_142[7]) begin
            errors_7 <= _zz_errors_0_3;
          end
          if(_zz_142[8]) begin
            errors_8 <= _zz_errors_0_3;
          end
          if(_zz_142[9]) begin
            errors_9 <= _zz_errors_0_3;
          end
          if(_zz_142[10]) begin
            errors_10 <= _zz_errors_0_3;
          end
          if(_zz_142[11]) begin
            errors_11 <= _zz_errors_0_3;
          end
          if(_zz_142[12]) begin
            errors_12 <= _zz_errors_0_3;
          end
          if(_zz_142[13]) begin
            errors_13 <= _zz_errors_0_3;
          end
          if(_zz_142[14]) begin
            errors_14 <= _zz_errors_0_3;
          end
          if(_zz_142[15]) begin
            errors_15 <= _zz_errors_0_3;
          end
          if(_zz_142[16]) begin
            errors_16 <= _zz_errors_0_3;
          end
          if(_zz_142[17]) begin
            errors_17 <= _zz_errors_0_3;
          end
          if(_zz_142[18]) begin
            errors_18 <= _zz_errors_0_3;
          end
          if(_zz_142[19]) begin
            errors_19 <= _zz_errors_0_3;
          end
          if(_zz_142[20]) begin
            errors_20 <= _zz_errors_0_3;
          end
          if(_zz_142[21]) begin
            errors_21 <= _zz_errors_0_3;
          end
          if(_zz_142[22]) begin
            errors_22 <= _zz_errors_0_3;
          end
          if(_zz_142[23]) begin
            errors_23 <= _zz_errors_0_3;
          end
          if(_zz_142[24]) begin
            errors_24 <= _zz_errors_0_3;
          end
          if(_zz_142[25]) begin
            errors_25 <= _zz_errors_0_3;
          end
          if(_zz_142[26]) begin
            errors_26 <= _zz_errors_0_3;
          end
          if(_zz_142[27]) begin
            errors_27 <= _zz_errors_0_3;
          end
          if(_zz_142[28]) begin
            errors_28 <= _zz_errors_0_3;
          end
          if(_zz_142[29]) begin
            errors_29 <= _zz_errors_0_3;
          end
          if(_zz_142[30]) begin
            errors_30 <= _zz_errors_0_3;
          end
          if(_zz_142[31]) begin
            errors_31 <= _zz_errors_0_3;
          end
          if(_zz_142[32]) begin
            errors_32 <= _zz_errors_0_3;
          end
          if(_zz_142[33]) begin
            errors_33 <= _zz_errors_0_3;
          end
          if(_zz_142[34]) begin
            errors_34 <= _zz_errors_0_3;
          end
          if(_zz_142[35]) begin
            errors_35 <= _zz_errors_0_3;
          end
          if(_zz_142[36]) begin
            errors_36 <= _zz_errors_0_3;
          end
          if(_zz_142[37]) begin
            errors_37 <= _zz_errors_0_3;
          end
          if(_zz_142[38]) begin
            errors_38 <= _zz_errors_0_3;
          end
          if(_zz_142[39]) begin
            errors_39 <= _zz_errors_0_3;
          end
          if(_zz_142[40]) begin
            errors_40 <= _zz_errors_0_3;
          end
          if(_zz_142[41]) begin
            errors_41 <= _zz_errors_0_3;
          end
          if(_zz_142[42]) begin
            errors_42 <= _zz_errors_0_3;
          end
          if(_zz_142[43]) begin
            errors_43 <= _zz_errors_0_3;
          end
          if(_zz_142[44]) begin
            errors_44 <= _zz_errors_0_3;
          end
          if(_zz_142[45]) begin
            errors_45 <= _zz_errors_0_3;
          end
          if(_zz_142[46]) begin
            errors_46 <= _zz_errors_0_3;
          end
          if(_zz_142[47]) begin
            errors_47 <= _zz_errors_0_3;
          end
          if(_zz_142[48]) begin
            errors_48 <= _zz_errors_0_3;
          end
          if(_zz_142[49]) begin
            errors_49 <= _zz_errors_0_3;
          end
          if(_zz_142[50]) begin
            errors_50 <= _zz_errors_0_3;
          end
          if(_zz_142[51]) begin
            errors_51 <= _zz_errors_0_3;
          end
          if(_zz_142[52]) begin
            errors_52 <= _zz_errors_0_3;
          end
          if(_zz_142[53]) begin
            errors_53 <= _zz_errors_0_3;
          end
          if(_zz_142[54]) begin
            errors_54 <= _zz_errors_0_3;
          end
          if(_zz_142[55]) begin
            errors_55 <= _zz_errors_0_3;
          end
          if(_zz_142[56]) begin
            errors_56 <= _zz_errors_0_3;
          end
          if(_zz_142[57]) begin
            errors_57 <= _zz_errors_0_3;
          end
          if(_zz_142[58]) begin
            errors_58 <= _zz_errors_0_3;
          end
          if(_zz_142[59]) begin
            errors_59 <= _zz_errors_0_3;
          end
          if(_zz_142[60]) begin
            errors_60 <= _zz_errors_0_3;
          end
          if(_zz_142[61]) begin
            errors_61 <= _zz_errors_0_3;
          end
          if(_zz_142[62]) begin
            errors_62 <= _zz_errors_0_3;
          end
          if(_zz_142[63]) begin
            errors_63 <= _zz_errors_0_3;
          end
          removeState <= 3'b000;
        end
        default : begin
        end
      endcase
    end
  end

  always @(posedge clk) begin
    s1_op <= cmd_payload_op;
    s1_context <= cmd_payload_context;
    s1_list <= s0_list;
    s1_levelOH <= s0_levelOH;
    s1_status <= cmd_payload_status;
    s1_hart <= cmd_payload_hart;
    s1_data <= cmd_payload_data;
    s2_list <= s1_list;
    s2_head <= _zz_s2_head;
    s2_op <= s1_op;
    s2_status <= s1_status;
    s2_hart <= s1_hart;
    s2_context <= s1_context;
    s2_data <= s1_data;
    s2_status_value <= s1_status_value;
    s2_newHead <= ((_zz_s2_newHead && s1_listNonEmpty) ? _zz_s2_head : s1_alloc);
    s2_newTail <= ((_zz_s1_dequeueOk || ((! _zz_s2_newHead) && s1_listNonEmpty)) ? _zz_s2_newTail : s1_alloc);
    s2_newCount <= (_zz_s1_dequeueOk ? _zz_s2_newCount : ((! s1_listNonEmpty) ? 15'h0001 : _zz_s2_newCount_1));
    s2_linkAddr <= (_zz_s2_newHead ? _zz_s2_newTail : s1_alloc);
    s2_linkData <= (_zz_s2_newHead ? s1_alloc : _zz_s2_head);
    s2_linkBypassData <= s2_linkWriteData;
    w_list <= s2_newList;
    if(when_ReadyQueueCore_l274) begin
      freeHead <= s2_head;
    end else begin
      if(when_ReadyQueueCore_l275) begin
        freeHead <= s2_next;
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
        removeHead <= lists_rd0[13 : 0];
        removeTail <= lists_rd0[27 : 14];
        removeCount <= lists_rd0[42 : 28];
        removeCur <= lists_rd0[13 : 0];
      end
      3'b010 : begin
        if(when_ReadyQueueCore_l340) begin
          removeNext <= s2_next;
        end else begin
          if(!when_ReadyQueueCore_l343) begin
            removePrev <= removeCur;
            removeCur <= s2_next;
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

module TaskIntc_c64_p32_n16384_w64_h8_axi4lite_RegisterDecoder (
  input  wire          req_valid,
  output wire          req_ready,
  input  wire          req_payload_write,
  input  wire          req_payload_fullWidth,
  input  wire [18:0]   req_payload_address,
  input  wire [63:0]   req_payload_data,
  output wire          cmd_valid,
  input  wire          cmd_ready,
  output reg  [2:0]    cmd_payload_op,
  output reg  [2:0]    cmd_payload_status,
  output wire          cmd_payload_control,
  output wire          cmd_payload_read,
  output reg  [5:0]    cmd_payload_context,
  output reg  [2:0]    cmd_payload_hart,
  output reg  [63:0]   cmd_payload_data,
  output wire          refused
);

  wire       [6:0]    _zz_cmd_payload_context;
  wire       [6:0]    page;
  wire       [11:0]   offset;
  wire                onControl;
  wire                onContext;
  wire                when_RegisterDecoder_l70;
  wire                when_RegisterDecoder_l70_1;
  wire                when_RegisterDecoder_l70_2;
  wire                when_RegisterDecoder_l70_3;
  wire                when_RegisterDecoder_l70_4;
  wire                when_RegisterDecoder_l70_5;
  wire                when_RegisterDecoder_l70_6;
  wire                when_RegisterDecoder_l70_7;
  wire                when_RegisterDecoder_l70_8;
  wire                when_RegisterDecoder_l70_9;
  wire                when_RegisterDecoder_l70_10;
  wire                when_RegisterDecoder_l70_11;
  wire                when_RegisterDecoder_l70_12;
  wire                when_RegisterDecoder_l70_13;
  wire                when_RegisterDecoder_l70_14;

  assign _zz_cmd_payload_context = (page - 7'h01);
  assign cmd_valid = req_valid;
  assign req_ready = cmd_ready;
  assign page = req_payload_address[18 : 12];
  assign offset = req_payload_address[11 : 0];
  assign onControl = (page == 7'h0);
  assign onContext = ((page != 7'h0) && (page <= 7'h40));
  always @(*) begin
    cmd_payload_op = 3'b110;
    if(when_RegisterDecoder_l70) begin
      cmd_payload_op = 3'b101;
    end
    if(when_RegisterDecoder_l70_1) begin
      cmd_payload_op = 3'b101;
    end
    if(when_RegisterDecoder_l70_2) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_3) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_4) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_5) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_6) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_7) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_8) begin
      cmd_payload_op = 3'b000;
    end
    if(when_RegisterDecoder_l70_9) begin
      cmd_payload_op = 3'b001;
    end
    if(when_RegisterDecoder_l70_10) begin
      cmd_payload_op = 3'b011;
    end
    if(when_RegisterDecoder_l70_11) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_12) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_13) begin
      cmd_payload_op = 3'b100;
    end
    if(when_RegisterDecoder_l70_14) begin
      cmd_payload_op = 3'b010;
    end
  end

  always @(*) begin
    cmd_payload_status = 3'b000;
    if(when_RegisterDecoder_l70_2) begin
      cmd_payload_status = 3'b011;
    end
    if(when_RegisterDecoder_l70_3) begin
      cmd_payload_status = 3'b110;
    end
    if(when_RegisterDecoder_l70_4) begin
      cmd_payload_status = 3'b100;
    end
    if(when_RegisterDecoder_l70_5) begin
      cmd_payload_status = 3'b101;
    end
    if(when_RegisterDecoder_l70_6) begin
      cmd_payload_status = 3'b000;
    end
    if(when_RegisterDecoder_l70_7) begin
      cmd_payload_status = 3'b001;
    end
    if(when_RegisterDecoder_l70_11) begin
      cmd_payload_status = 3'b000;
    end
    if(when_RegisterDecoder_l70_12) begin
      cmd_payload_status = 3'b001;
    end
    if(when_RegisterDecoder_l70_13) begin
      cmd_payload_status = 3'b010;
    end
  end

  always @(*) begin
    cmd_payload_context = (onContext ? _zz_cmd_payload_context[5 : 0] : 6'h0);
    if(when_RegisterDecoder_l70_6) begin
      cmd_payload_context = offset[8 : 3];
    end
    if(when_RegisterDecoder_l70_7) begin
      cmd_payload_context = offset[8 : 3];
    end
  end

  always @(*) begin
    cmd_payload_hart = 3'b000;
    if(when_RegisterDecoder_l70_4) begin
      cmd_payload_hart = offset[5 : 3];
    end
    if(when_RegisterDecoder_l70_5) begin
      cmd_payload_hart = offset[5 : 3];
    end
    if(when_RegisterDecoder_l70_14) begin
      cmd_payload_hart = offset[5 : 3];
    end
  end

  always @(*) begin
    cmd_payload_data = req_payload_data;
    if(when_RegisterDecoder_l70) begin
      cmd_payload_data = 64'h0000000054494301;
    end
    if(when_RegisterDecoder_l70_1) begin
      cmd_payload_data = 64'h0000000008874040;
    end
  end

  assign cmd_payload_control = (! onContext);
  assign cmd_payload_read = (! req_payload_write);
  assign when_RegisterDecoder_l70 = ((onControl && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_1 = ((onControl && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_2 = ((onControl && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_3 = ((onControl && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_4 = ((onControl && ((offset[11 : 6] == 6'h04) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_5 = ((onControl && ((offset[11 : 6] == 6'h08) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_6 = ((onControl && ((offset[11 : 9] == 3'b010) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_7 = ((onControl && ((offset[11 : 9] == 3'b100) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_8 = ((onContext && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_9 = ((onContext && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_10 = ((onContext && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_11 = ((onContext && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_12 = ((onContext && ((offset[11 : 3] == 9'h004) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_13 = ((onContext && ((offset[11 : 3] == 9'h005) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_14 = ((onContext && ((offset[11 : 6] == 6'h04) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign refused = (cmd_payload_op == 3'b110);

endmodule

module TaskIntc_c64_p32_n16384_w64_h8_axi4lite_AxiLite4Adapter (
  output wire          req_valid,
  input  wire          req_ready,
  output wire          req_payload_write,
  output wire          req_payload_fullWidth,
  output wire [18:0]   req_payload_address,
  output wire [63:0]   req_payload_data,
  input  wire          rsp_valid,
  input  wire          rsp_payload_fault,
  input  wire          rsp_payload_read,
  input  wire [63:0]   rsp_payload_data,
  input  wire          refused,
  input  wire          axi_aw_valid,
  output wire          axi_aw_ready,
  input  wire [18:0]   axi_aw_payload_addr,
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
  input  wire [18:0]   axi_ar_payload_addr,
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
