// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : TaskIntc_c8_p8_n1024_w64_h4_i0_q0_pw16_level_axi4lite

`timescale 1ns/1ps

module TaskIntc_c8_p8_n1024_w64_h4_i0_q0_pw16_level_axi4lite (
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
  wire       [63:0]   decoder_cmd_payload_data;
  wire                decoder_refused;
  wire                core_cmd_ready;
  wire                core_rsp_valid;
  wire                core_rsp_payload_fault;
  wire                core_rsp_payload_read;
  wire       [63:0]   core_rsp_payload_data;

  TaskIntc_c8_p8_n1024_w64_h4_i0_q0_pw16_level_axi4lite_AxiLite4Adapter busAdapter (
    .req_valid             (busAdapter_req_valid                ), //o
    .req_ready             (decoder_req_ready                   ), //i
    .req_payload_write     (busAdapter_req_payload_write        ), //o
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //o
    .req_payload_address   (busAdapter_req_payload_address[15:0]), //o
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //o
    .rsp_valid             (core_rsp_valid                      ), //i
    .rsp_payload_fault     (core_rsp_payload_fault              ), //i
    .rsp_payload_read      (core_rsp_payload_read               ), //i
    .rsp_payload_data      (core_rsp_payload_data[63:0]         ), //i
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
  TaskIntc_c8_p8_n1024_w64_h4_i0_q0_pw16_level_axi4lite_RegisterDecoder decoder (
    .req_valid             (busAdapter_req_valid                ), //i
    .req_ready             (decoder_req_ready                   ), //o
    .req_payload_write     (busAdapter_req_payload_write        ), //i
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //i
    .req_payload_address   (busAdapter_req_payload_address[15:0]), //i
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //i
    .cmd_valid             (decoder_cmd_valid                   ), //o
    .cmd_ready             (core_cmd_ready                      ), //i
    .cmd_payload_op        (decoder_cmd_payload_op[3:0]         ), //o
    .cmd_payload_status    (decoder_cmd_payload_status[3:0]     ), //o
    .cmd_payload_control   (decoder_cmd_payload_control         ), //o
    .cmd_payload_read      (decoder_cmd_payload_read            ), //o
    .cmd_payload_context   (decoder_cmd_payload_context[2:0]    ), //o
    .cmd_payload_hart      (decoder_cmd_payload_hart[1:0]       ), //o
    .cmd_payload_data      (decoder_cmd_payload_data[63:0]      ), //o
    .refused               (decoder_refused                     )  //o
  );
  TaskIntc_c8_p8_n1024_w64_h4_i0_q0_pw16_level_axi4lite_ReadyQueueCore core (
    .cmd_valid           (decoder_cmd_valid               ), //i
    .cmd_ready           (core_cmd_ready                  ), //o
    .cmd_payload_op      (decoder_cmd_payload_op[3:0]     ), //i
    .cmd_payload_status  (decoder_cmd_payload_status[3:0] ), //i
    .cmd_payload_control (decoder_cmd_payload_control     ), //i
    .cmd_payload_read    (decoder_cmd_payload_read        ), //i
    .cmd_payload_context (decoder_cmd_payload_context[2:0]), //i
    .cmd_payload_hart    (decoder_cmd_payload_hart[1:0]   ), //i
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

module TaskIntc_c8_p8_n1024_w64_h4_i0_q0_pw16_level_axi4lite_ReadyQueueCore (
  input  wire          cmd_valid,
  output wire          cmd_ready,
  input  wire [3:0]    cmd_payload_op,
  input  wire [3:0]    cmd_payload_status,
  input  wire          cmd_payload_control,
  input  wire          cmd_payload_read,
  input  wire [2:0]    cmd_payload_context,
  input  wire [1:0]    cmd_payload_hart,
  input  wire [63:0]   cmd_payload_data,
  output wire          rsp_valid,
  output wire          rsp_payload_fault,
  output wire          rsp_payload_read,
  output wire [63:0]   rsp_payload_data,
  input  wire          clk,
  input  wire          reset
);

  reg        [31:0]   lists_spinal_port0;
  reg        [7:0]    levelMap_spinal_port1;
  reg        [10:0]   contextCounts_spinal_port0;
  reg        [63:0]   words_spinal_port0;
  reg        [9:0]    links_spinal_port0;
  reg        [5:0]    errors_spinal_port1;
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
  reg        [3:0]    _zz__zz_s1_contextNonEmpty_3;
  wire       [2:0]    _zz__zz_s0_level;
  wire       [4:0]    _zz__zz_s0_level_1;
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
  wire       [9:0]    _zz_links_port_2;
  wire                _zz_links_port_3;
  wire                _zz_errors_port;
  wire                _zz_errors_rd0_1;
  wire       [10:0]   _zz_removeCount;
  wire       [10:0]   _zz_removeListRecord;
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
  wire       [31:0]   _zz_s1_status_value_3;
  reg        [63:0]   _zz_s2_rsp_data_1;
  reg        [3:0]    _zz__zz_s2_rsp_data;
  wire       [31:0]   _zz_s2_rsp_data_2;
  wire       [31:0]   _zz_s2_rsp_data_3;
  wire                walkActive;
  wire       [2:0]    walkContextAt;
  wire                initDone;
  wire                s0_fire;
  wire                removeStart;
  wire                cancelStart;
  wire                walkStart;
  wire                takeInternal;
  wire       [3:0]    s0_op;
  wire       [2:0]    s0_context;
  wire       [63:0]   s0_data;
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
  reg        [3:0]    s1_status;
  reg        [1:0]    s1_hart;
  reg        [63:0]   s1_data;
  reg                 s1_internal;
  reg                 s1_control;
  reg                 s1_read;
  wire                s1_listNonEmpty;
  reg                 s1_priorityOk;
  wire                _zz_s1_atHead;
  wire                _zz_s1_atHead_1;
  wire                _zz_when_ErrorRegisters_l54;
  wire                _zz_s1_listNonEmpty;
  wire                _zz_s1_alloc;
  wire                _zz_errors_writeRow;
  reg                 s1_pointerNull;
  wire                s1_poolFull;
  wire       [9:0]    s1_alloc;
  wire                _zz_s1_readyInsert;
  wire                s1_readyInsert;
  wire                s1_allocates;
  wire                s1_dequeueOk;
  wire                s1_atHead;
  reg                 s2_valid;
  reg        [3:0]    s2_op;
  reg        [3:0]    s2_status;
  reg        [1:0]    s2_hart;
  reg        [2:0]    s2_context;
  reg        [63:0]   s2_data;
  reg                 s2_read;
  reg                 s2_internal;
  reg                 s2_dequeueOk;
  wire                when_StatusReads_l47;
  wire       [9:0]    s2_next;
  reg        [3:0]    initSweep;
  wire                initializing;
  wire                _zz_cmd_ready;
  wire                _zz_cmd_ready_1;
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
  wire       [7:0]    _zz_2;
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
  wire                _zz_s1_contextNonEmpty_1;
  wire                _zz_s1_contextNonEmpty_2;
  wire       [3:0]    _zz_s1_contextNonEmpty_3;
  wire       [2:0]    _zz_s0_level;
  wire       [5:0]    _zz_s1_bypassS2;
  wire                _zz_s0_priorityOk;
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
  wire                _zz_s1_readyInsert_1;
  wire                _zz_s1_readyInsert_2;
  reg        [10:0]   used;
  reg                 poolFull;
  reg        [10:0]   fresh;
  reg        [9:0]    freeHead;
  reg                 s2_allocFromFreeList;
  reg        [9:0]    s2_head;
  wire                s1_fromFreeList;
  wire       [9:0]    s1_freeHead;
  wire                _zz_s2_linkEnable;
  wire       [9:0]    removeReadAddr;
  wire       [9:0]    s1_linkReadAddr;
  wire       [9:0]    s1_wordReadAddr;
  wire       [9:0]    links_rd0;
  wire       [63:0]   words_rd0;
  wire                s2_linkWriteEnable;
  wire       [9:0]    s2_linkWriteAddr;
  wire       [9:0]    s2_linkWriteData;
  wire                when_TaskPool_l82;
  reg                 s2_linkEnable;
  reg        [9:0]    s2_linkAddr;
  reg        [9:0]    s2_linkData;
  reg                 s2_linkBypass;
  reg        [9:0]    s2_linkBypassData;
  reg                 removeLinkWrite;
  wire       [9:0]    removeLinkAddr;
  wire       [9:0]    removeLinkData;
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
  wire                s1_configRefused;
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
  wire       [3:0]    _zz_14;
  wire       [3:0]    _zz_15;
  wire       [3:0]    _zz_currentContext_0;
  reg        [2:0]    walkState;
  reg        [5:0]    removeList;
  reg        [2:0]    walkContext;
  reg        [63:0]   walkWord;
  reg                 walkRead;
  reg        [9:0]    walkCur;
  reg        [9:0]    walkPrev;
  reg        [9:0]    walkPrev2;
  reg        [9:0]    walkNext;
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
  reg [31:0] lists [0:63];
  (* ram_style = "logic" *) reg [7:0] levelMap [0:7];
  (* ram_style = "logic" *) reg [10:0] contextCounts [0:7];
  reg [63:0] words [0:1023];
  reg [9:0] links [0:1023];
  (* ram_style = "logic" *) reg [5:0] errors [0:7];

  assign _zz__zz_s0_level_1 = cmd_payload_data[5 : 1];
  assign _zz__zz_s0_level = _zz__zz_s0_level_1[2:0];
  assign _zz_s2_newCount_1 = (_zz_s2_newCount - 11'h001);
  assign _zz_s2_newCount_2 = (_zz_s2_newCount + 11'h001);
  assign _zz_s2_newContextCount_q = (s1_contextCount - 11'h001);
  assign _zz_s2_newContextCount_q_1 = (s1_contextCount + 11'h001);
  assign _zz_s1_alloc_1 = fresh[9:0];
  assign _zz_removeCount = (removeContextCount - 11'h001);
  assign _zz_removeListRecord = (walkCount - 11'h001);
  assign _zz__zz_removeList = cmd_payload_data[5 : 1];
  assign _zz_s1_status_value = s1_contextCount;
  assign _zz_s1_status_value_1 = _zz_s1_status_value_2;
  assign _zz_s1_status_value_2 = (11'h400 - used);
  assign _zz_s1_status_value_3 = 32'h0;
  assign _zz_s2_rsp_data_2 = {_zz_s2_rsp_data[3],{28'h0,_zz_s2_rsp_data[2 : 0]}};
  assign _zz_s2_rsp_data_3 = 32'h0;
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
      3'b000 : _zz__zz_s1_contextNonEmpty_3 = levelTop_0;
      3'b001 : _zz__zz_s1_contextNonEmpty_3 = levelTop_1;
      3'b010 : _zz__zz_s1_contextNonEmpty_3 = levelTop_2;
      3'b011 : _zz__zz_s1_contextNonEmpty_3 = levelTop_3;
      3'b100 : _zz__zz_s1_contextNonEmpty_3 = levelTop_4;
      3'b101 : _zz__zz_s1_contextNonEmpty_3 = levelTop_5;
      3'b110 : _zz__zz_s1_contextNonEmpty_3 = levelTop_6;
      default : _zz__zz_s1_contextNonEmpty_3 = levelTop_7;
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

  assign _zz_s1_atHead = (s1_op == 4'b0000);
  assign _zz_s1_atHead_1 = (s1_op == 4'b0001);
  assign _zz_when_ErrorRegisters_l54 = (_zz_s1_atHead || _zz_s1_atHead_1);
  assign _zz_s1_listNonEmpty = (s1_op == 4'b0010);
  assign _zz_s1_alloc = (s1_valid && (s1_op == 4'b1001));
  assign _zz_errors_writeRow = (s1_valid && (s1_op == 4'b0100));
  assign _zz_s1_readyInsert = 1'b0;
  assign when_StatusReads_l47 = (s2_op == 4'b0010);
  assign initializing = (! initSweep[3]);
  assign initDone = (! initializing);
  assign _zz_cmd_ready = (cmd_payload_op == 4'b0011);
  assign _zz_cmd_ready_1 = 1'b0;
  assign takeInternal = 1'b0;
  assign cmd_ready = ((((((! walkActive) && ((! (_zz_cmd_ready || _zz_cmd_ready_1)) || ((! s1_valid) && (! s2_valid)))) && ((! _zz_cmd_ready_1) || (! 1'b0))) && (! 1'b0)) && (! takeInternal)) && initDone);
  assign s0_fire = ((((cmd_valid && cmd_ready) && (! _zz_cmd_ready)) && (! _zz_cmd_ready_1)) || takeInternal);
  assign removeStart = ((cmd_valid && cmd_ready) && _zz_cmd_ready);
  assign cancelStart = ((cmd_valid && cmd_ready) && _zz_cmd_ready_1);
  assign walkStart = (removeStart || cancelStart);
  assign s0_op = cmd_payload_op;
  assign s0_context = cmd_payload_context;
  assign s0_data = cmd_payload_data;
  assign s0_pointerNull = (cmd_payload_data[63 : 6] == 58'h0);
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
        if(when_LevelLists_l200_2) begin
          levelMap_write = 1'b1;
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
        if(when_LevelLists_l200_2) begin
          levelMap_writeAt = walkContext;
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
        if(when_LevelLists_l200_2) begin
          levelMap_writeRow = _zz_levelMap_writeRow_2;
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
        if(when_LevelLists_l200_2) begin
          levelTop_write = 1'b1;
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
        if(when_LevelLists_l200_2) begin
          levelTop_writeAt = walkContext;
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
        if(when_LevelLists_l200_2) begin
          levelTop_writeRow = {(_zz_levelTop_writeRow_24 || (_zz_levelTop_writeRow_23 || (_zz_levelTop_writeRow_21 || _zz_levelMap_writeRow_2[7]))),{(! _zz_levelTop_writeRow_24),(_zz_levelTop_writeRow_24 ? {(! _zz_levelTop_writeRow_22),(_zz_levelTop_writeRow_22 ? _zz_levelTop_writeRow_25 : _zz_levelTop_writeRow_26)} : {(! _zz_levelTop_writeRow_23),(_zz_levelTop_writeRow_23 ? _zz_levelTop_writeRow_27 : _zz_levelTop_writeRow_28)})}};
        end
      end
      default : begin
      end
    endcase
  end

  assign _zz_2 = ({7'd0,1'b1} <<< levelTop_writeAt);
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
  assign _zz_s1_contextNonEmpty = (s1_valid && (s1_context == cmd_payload_context));
  assign _zz_s1_contextNonEmpty_1 = (_zz_s1_contextNonEmpty && s1_setLevel);
  assign _zz_s1_contextNonEmpty_2 = (_zz_s1_contextNonEmpty && s1_clearLevel);
  assign _zz_s1_contextNonEmpty_3 = _zz__zz_s1_contextNonEmpty_3;
  assign _zz_s0_level = ((cmd_payload_op == 4'b0010) ? (_zz_s1_contextNonEmpty_1 ? _zz_levelTop_writeRow_8 : (_zz_s1_contextNonEmpty_2 ? _zz_levelTop_writeRow_17 : _zz_s1_contextNonEmpty_3[2 : 0])) : _zz__zz_s0_level);
  assign _zz_s1_bypassS2 = {cmd_payload_context,_zz_s0_level};
  assign _zz_s0_priorityOk = (cmd_payload_data[5 : 1] < 5'h08);
  assign s0_priorityOk = _zz_s0_priorityOk;
  assign s0_busPriorityOk = _zz_s0_priorityOk;
  assign s0_level = _zz_s0_level;
  assign s0_list = {s0_context,s0_level};
  assign s0_levelOH = {{{(_zz_s0_level == _zz_s0_levelOH),(_zz_s0_level == _zz_s0_levelOH_1)},{(_zz_s0_level == _zz_s0_levelOH_2),(_zz_s0_level == _zz_s0_levelOH_3)}},{{(_zz_s0_level == _zz_s0_levelOH_4),(_zz_s0_level == _zz_s0_levelOH_5)},{(_zz_s0_level == _zz_s0_levelOH_6),(_zz_s0_level == _zz_s0_levelOH_7)}}};
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
  assign _zz_s1_readyInsert_1 = (((s1_valid && _zz_when_ErrorRegisters_l54) && (s1_priorityOk && (! s1_pointerNull))) && (! s1_poolFull));
  assign _zz_s1_readyInsert_2 = (((s1_valid && (s1_op == 4'b1010)) || (s1_valid && (s1_op == 4'b1100))) && (! s1_poolFull));
  assign s1_readyInsert = (((_zz_s1_readyInsert_1 || _zz_s1_readyInsert_2) || _zz_s1_alloc) || _zz_s1_readyInsert);
  assign s1_allocates = (((_zz_s1_readyInsert_1 || _zz_s1_readyInsert_2) || _zz_s1_readyInsert) || 1'b0);
  assign s1_dequeueOk = ((s1_valid && _zz_s1_listNonEmpty) && s1_listNonEmpty);
  assign s1_atHead = (_zz_s1_atHead_1 || ((! _zz_s1_atHead) && s1_data[0]));
  assign s1_poolFull = poolFull;
  assign s1_fromFreeList = (fresh != used);
  assign s1_freeHead = ((s2_valid && s2_dequeueOk) ? s2_head : ((s2_valid && s2_allocFromFreeList) ? s2_next[9 : 0] : freeHead));
  assign s1_alloc = (_zz_s1_alloc ? 10'h0 : (s1_fromFreeList ? s1_freeHead : _zz_s1_alloc_1));
  assign _zz_s2_linkEnable = 1'b0;
  assign s1_linkReadAddr = (walkActive ? removeReadAddr : (_zz_s1_listNonEmpty ? _zz_s2_newHead : s1_alloc));
  assign s1_wordReadAddr = (walkActive ? removeReadAddr : _zz_s2_newHead);
  assign links_rd0 = links_spinal_port0;
  assign words_rd0 = words_spinal_port0;
  assign when_TaskPool_l82 = (! s1_fromFreeList);
  assign s2_next = (s2_linkBypass ? s2_linkBypassData : links_rd0);
  assign s2_linkWriteEnable = (s2_valid && (s2_dequeueOk || s2_linkEnable));
  assign s2_linkWriteAddr = (s2_dequeueOk ? s2_head : s2_linkAddr);
  assign s2_linkWriteData = (s2_dequeueOk ? freeHead : s2_linkData);
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
      errors_writeAt = initSweep[2 : 0];
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
  assign when_ErrorRegisters_l55 = ((s1_op == 4'b0111) && (! 1'b0));
  assign when_ErrorRegisters_l56 = (! s1_priorityOk);
  assign when_ErrorRegisters_l58 = (s1_poolFull && (! 1'b0));
  assign s1_configRefused = 1'b0;
  assign _zz_errors_writeRow_1 = 6'h10;
  assign _zz_errors_writeRow_2 = 6'h0;
  assign _zz_errors_writeRow_3 = ((s1_valid && (s1_op == 4'b0110)) || ((s1_valid && (s1_op == 4'b1000)) && s1_configRefused));
  assign _zz_errors_rd0 = (walkActive ? walkContextAt : cmd_payload_context);
  assign errors_rd0 = errors_spinal_port1;
  assign s1_contextError = (s1_contextError_bypass ? s1_contextError_written : errors_rd0);
  assign when_ErrorRegisters_l86 = ((s1_valid && (! s1_control)) && (! s1_internal));
  assign when_ErrorRegisters_l88 = ((s1_valid && s1_control) && (! s1_internal));
  assign _zz_currentTask_0 = (s2_dequeueOk ? words_rd0 : 64'h0);
  assign when_CurrentTasks_l28 = (s2_valid && when_StatusReads_l47);
  assign _zz_14 = ({3'd0,1'b1} <<< s2_hart);
  assign _zz_15 = ({3'd0,1'b1} <<< s2_hart);
  assign _zz_currentContext_0 = {s2_dequeueOk,s2_context};
  assign walkActive = (walkState != 3'b000);
  assign _zz_removeReadAddr = s2_next[9 : 0];
  assign removeReadAddr = ((walkState == 3'b001) ? lists_rd0[9 : 0] : _zz_removeReadAddr);
  always @(*) begin
    removeListWrite = 1'b0;
    case(walkState)
      3'b011 : begin
        removeListWrite = 1'b1;
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
  assign removeLinkData = ((walkState == 3'b011) ? walkNext : freeHead);
  assign removeListAddr = removeList;
  assign walkContextAt = walkContext;
  assign removeCount = _zz_removeCount;
  assign removeListRecord = {{(walkCount == 11'h002),_zz_removeListRecord},{((walkPrev == walkTail) ? walkPrev2 : walkTail),((walkPrev == walkHead) ? walkNext[9 : 0] : walkHead)}};
  assign when_ListWalker_l104 = (walkState == 3'b000);
  assign _zz_removeList = _zz__zz_removeList[2:0];
  assign when_ListWalker_l124 = (removeStart && (! s0_busPriorityOk));
  assign _zz_walkCur = lists_rd0[9 : 0];
  assign when_ListWalker_l211 = (|(s1_levels & removeLevelOH));
  assign when_ListWalker_l157 = (words_rd0 == walkWord);
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
          s1_status_value = {32'd0, _zz_s1_status_value_3};
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
              s2_rsp_data = {32'd0, _zz_s2_rsp_data_3};
            end else begin
              if(when_StatusReads_l56) begin
                s2_rsp_data = 64'h0;
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
  assign rsp_payload_data = (_zz_rsp_valid ? 64'h0 : s2_rsp_data);
  assign rsp_payload_fault = (s2_valid && (s2_op == 4'b0110));
  assign rsp_payload_read = (_zz_rsp_valid ? walkRead : s2_read);
  always @(posedge clk) begin
    if(reset) begin
      s1_valid <= 1'b0;
      s1_internal <= 1'b0;
      s1_control <= 1'b0;
      s1_read <= 1'b0;
      s1_priorityOk <= 1'b0;
      s1_pointerNull <= 1'b0;
      s2_valid <= 1'b0;
      s2_read <= 1'b0;
      s2_internal <= 1'b0;
      s2_dequeueOk <= 1'b0;
      initSweep <= 4'b0000;
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
      walkState <= 3'b000;
      walkRead <= 1'b0;
      walkError <= 6'h0;
    end else begin
      s1_valid <= s0_fire;
      s1_internal <= takeInternal;
      s1_control <= cmd_payload_control;
      s1_read <= cmd_payload_read;
      s1_priorityOk <= s0_priorityOk;
      s1_pointerNull <= s0_pointerNull;
      s2_valid <= s1_valid;
      s2_read <= s1_read;
      s2_internal <= s1_internal;
      s2_dequeueOk <= s1_dequeueOk;
      if(initializing) begin
        initSweep <= (initSweep + 4'b0001);
      end
      if(levelTop_write) begin
        if(_zz_2[0]) begin
          levelTop_0 <= levelTop_writeRow;
        end
        if(_zz_2[1]) begin
          levelTop_1 <= levelTop_writeRow;
        end
        if(_zz_2[2]) begin
          levelTop_2 <= levelTop_writeRow;
        end
        if(_zz_2[3]) begin
          levelTop_3 <= levelTop_writeRow;
        end
        if(_zz_2[4]) begin
          levelTop_4 <= levelTop_writeRow;
        end
        if(_zz_2[5]) begin
          levelTop_5 <= levelTop_writeRow;
        end
        if(_zz_2[6]) begin
          levelTop_6 <= levelTop_writeRow;
        end
        if(_zz_2[7]) begin
          levelTop_7 <= levelTop_writeRow;
        end
      end
      s1_levelMap_bypass <= (levelMap_write && (levelMap_writeAt == s0_context));
      s1_contextNonEmpty <= (_zz_s1_contextNonEmpty_1 ? _zz_levelTop_writeRow_7 : (_zz_s1_contextNonEmpty_2 ? _zz_levelTop_writeRow_16 : _zz_s1_contextNonEmpty_3[3]));
      s2_writesList <= s1_writesList;
      s1_bypassS2 <= ((s1_valid && s1_writesList) && (s1_list == _zz_s1_bypassS2));
      s1_bypassW <= ((s2_valid && s2_writesList) && (s2_list == _zz_s1_bypassS2));
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
        if(_zz_14[0]) begin
          currentTask_0 <= _zz_currentTask_0;
        end
        if(_zz_14[1]) begin
          currentTask_1 <= _zz_currentTask_0;
        end
        if(_zz_14[2]) begin
          currentTask_2 <= _zz_currentTask_0;
        end
        if(_zz_14[3]) begin
          currentTask_3 <= _zz_currentTask_0;
        end
        if(_zz_15[0]) begin
          currentContext_0 <= _zz_currentContext_0;
        end
        if(_zz_15[1]) begin
          currentContext_1 <= _zz_currentContext_0;
        end
        if(_zz_15[2]) begin
          currentContext_2 <= _zz_currentContext_0;
        end
        if(_zz_15[3]) begin
          currentContext_3 <= _zz_currentContext_0;
        end
      end
      if(when_ListWalker_l104) begin
        walkRead <= cmd_payload_read;
        walkError <= 6'h0;
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
          if(when_ListWalker_l211) begin
            walkState <= 3'b010;
          end else begin
            walkError <= 6'h08;
            walkState <= 3'b101;
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
    s1_status <= cmd_payload_status;
    s1_hart <= cmd_payload_hart;
    s1_data <= s0_data;
    s2_op <= s1_op;
    s2_status <= s1_status;
    s2_hart <= s1_hart;
    s2_context <= s1_context;
    s2_data <= s1_data;
    s1_levelMap_written <= levelMap_writeRow;
    s2_list <= s1_list;
    s2_newHead <= (((! s1_atHead) && s1_listNonEmpty) ? _zz_s2_newHead : s1_alloc);
    s2_newTail <= ((_zz_s1_listNonEmpty || (s1_atHead && s1_listNonEmpty)) ? _zz_s2_newTail : s1_alloc);
    s2_newCount <= (_zz_s1_listNonEmpty ? _zz_s2_newCount_1 : ((! s1_listNonEmpty) ? 11'h001 : _zz_s2_newCount_2));
    w_list <= s2_newList;
    s2_newContextCount_q <= (_zz_s1_listNonEmpty ? _zz_s2_newContextCount_q : _zz_s2_newContextCount_q_1);
    w_contextCount <= s2_newContextCount;
    s2_head <= _zz_s2_newHead;
    s2_linkAddr <= (s1_atHead ? s1_alloc : _zz_s2_newTail);
    s2_linkData <= ((_zz_s2_linkEnable || (! s1_atHead)) ? s1_alloc : _zz_s2_newHead);
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
      removeList <= {cmd_payload_context,_zz_removeList};
      removeLevelOH <= {{{(_zz_removeList == _zz_removeLevelOH),(_zz_removeList == _zz_removeLevelOH_1)},{(_zz_removeList == _zz_removeLevelOH_2),(_zz_removeList == _zz_removeLevelOH_3)}},{{(_zz_removeList == _zz_removeLevelOH_4),(_zz_removeList == _zz_removeLevelOH_5)},{(_zz_removeList == _zz_removeLevelOH_6),(_zz_removeList == _zz_removeLevelOH_7)}}};
    end
    case(walkState)
      3'b001 : begin
        removeLevels <= s1_levels;
        removeContextCount <= contextCounts_rd0;
        walkHead <= _zz_walkCur;
        walkTail <= lists_rd0[19 : 10];
        walkCount <= lists_rd0[30 : 20];
        walkCur <= _zz_walkCur;
      end
      3'b010 : begin
        walkPrev2 <= walkPrev;
        walkPrev <= walkCur;
        walkCur <= _zz_removeReadAddr;
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

module TaskIntc_c8_p8_n1024_w64_h4_i0_q0_pw16_level_axi4lite_RegisterDecoder (
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
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_5) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_6) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_7) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_8) begin
      cmd_payload_op = 4'b0000;
    end
    if(when_RegisterDecoder_l76_9) begin
      cmd_payload_op = 4'b0001;
    end
    if(when_RegisterDecoder_l76_10) begin
      cmd_payload_op = 4'b0011;
    end
    if(when_RegisterDecoder_l76_11) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_12) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_13) begin
      cmd_payload_op = 4'b0100;
    end
    if(when_RegisterDecoder_l76_14) begin
      cmd_payload_op = 4'b0010;
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
      cmd_payload_status = 4'b0100;
    end
    if(when_RegisterDecoder_l76_5) begin
      cmd_payload_status = 4'b0101;
    end
    if(when_RegisterDecoder_l76_6) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_7) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l76_8) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_9) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_10) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_11) begin
      cmd_payload_status = 4'b0000;
    end
    if(when_RegisterDecoder_l76_12) begin
      cmd_payload_status = 4'b0001;
    end
    if(when_RegisterDecoder_l76_13) begin
      cmd_payload_status = 4'b0010;
    end
    if(when_RegisterDecoder_l76_14) begin
      cmd_payload_status = 4'b0000;
    end
  end

  always @(*) begin
    cmd_payload_context = (onContext ? _zz_cmd_payload_context[2 : 0] : 3'b000);
    if(when_RegisterDecoder_l76_6) begin
      cmd_payload_context = offset[5 : 3];
    end
    if(when_RegisterDecoder_l76_7) begin
      cmd_payload_context = offset[5 : 3];
    end
  end

  always @(*) begin
    cmd_payload_hart = 2'b00;
    if(when_RegisterDecoder_l76_4) begin
      cmd_payload_hart = offset[4 : 3];
    end
    if(when_RegisterDecoder_l76_5) begin
      cmd_payload_hart = offset[4 : 3];
    end
    if(when_RegisterDecoder_l76_14) begin
      cmd_payload_hart = offset[4 : 3];
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
  assign when_RegisterDecoder_l76_4 = ((onControl && ((offset[11 : 5] == 7'h08) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_5 = ((onControl && ((offset[11 : 5] == 7'h10) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_6 = ((onControl && ((offset[11 : 6] == 6'h10) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_7 = ((onControl && ((offset[11 : 6] == 6'h20) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_8 = ((onContext && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_9 = ((onContext && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_10 = ((onContext && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_11 = ((onContext && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_12 = ((onContext && ((offset[11 : 3] == 9'h004) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_13 = ((onContext && ((offset[11 : 3] == 9'h005) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign when_RegisterDecoder_l76_14 = ((onContext && ((offset[11 : 5] == 7'h08) && (offset[2 : 0] == 3'b000))) && ((! req_payload_write) && req_payload_fullWidth));
  assign refused = (cmd_payload_op == 4'b0110);

endmodule

module TaskIntc_c8_p8_n1024_w64_h4_i0_q0_pw16_level_axi4lite_AxiLite4Adapter (
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
