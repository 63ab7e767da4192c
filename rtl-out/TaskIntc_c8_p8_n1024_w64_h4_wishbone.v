// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : TaskIntc_c8_p8_n1024_w64_h4_wishbone

`timescale 1ns/1ps

module TaskIntc_c8_p8_n1024_w64_h4_wishbone (
  input  wire          wb_CYC,
  input  wire          wb_STB,
  output wire          wb_ACK,
  input  wire          wb_WE,
  input  wire [12:0]   wb_ADR,
  output wire [63:0]   wb_DAT_MISO,
  input  wire [63:0]   wb_DAT_MOSI,
  input  wire [7:0]    wb_SEL,
  output wire          wb_ERR,
  input  wire          clk,
  input  wire          reset
);

  wire                busAdapter_req_valid;
  wire                busAdapter_req_payload_write;
  wire                busAdapter_req_payload_fullWidth;
  wire       [15:0]   busAdapter_req_payload_address;
  wire       [63:0]   busAdapter_req_payload_data;
  wire       [63:0]   busAdapter_wb_DAT_MISO;
  wire                busAdapter_wb_ACK;
  wire                busAdapter_wb_ERR;
  wire                decoder_req_ready;
  wire                decoder_cmd_valid;
  wire       [2:0]    decoder_cmd_payload_op;
  wire       [2:0]    decoder_cmd_payload_status;
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

  TaskIntc_c8_p8_n1024_w64_h4_wishbone_WishboneAdapter busAdapter (
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
    .wb_CYC                (wb_CYC                              ), //i
    .wb_STB                (wb_STB                              ), //i
    .wb_ACK                (busAdapter_wb_ACK                   ), //o
    .wb_WE                 (wb_WE                               ), //i
    .wb_ADR                (wb_ADR[12:0]                        ), //i
    .wb_DAT_MISO           (busAdapter_wb_DAT_MISO[63:0]        ), //o
    .wb_DAT_MOSI           (wb_DAT_MOSI[63:0]                   ), //i
    .wb_SEL                (wb_SEL[7:0]                         ), //i
    .wb_ERR                (busAdapter_wb_ERR                   ), //o
    .clk                   (clk                                 ), //i
    .reset                 (reset                               )  //i
  );
  TaskIntc_c8_p8_n1024_w64_h4_wishbone_RegisterDecoder decoder (
    .req_valid             (busAdapter_req_valid                ), //i
    .req_ready             (decoder_req_ready                   ), //o
    .req_payload_write     (busAdapter_req_payload_write        ), //i
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //i
    .req_payload_address   (busAdapter_req_payload_address[15:0]), //i
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //i
    .cmd_valid             (decoder_cmd_valid                   ), //o
    .cmd_ready             (core_cmd_ready                      ), //i
    .cmd_payload_op        (decoder_cmd_payload_op[2:0]         ), //o
    .cmd_payload_status    (decoder_cmd_payload_status[2:0]     ), //o
    .cmd_payload_control   (decoder_cmd_payload_control         ), //o
    .cmd_payload_read      (decoder_cmd_payload_read            ), //o
    .cmd_payload_context   (decoder_cmd_payload_context[2:0]    ), //o
    .cmd_payload_hart      (decoder_cmd_payload_hart[1:0]       ), //o
    .cmd_payload_data      (decoder_cmd_payload_data[63:0]      ), //o
    .refused               (decoder_refused                     )  //o
  );
  TaskIntc_c8_p8_n1024_w64_h4_wishbone_ReadyQueueCore core (
    .cmd_valid           (decoder_cmd_valid               ), //i
    .cmd_ready           (core_cmd_ready                  ), //o
    .cmd_payload_op      (decoder_cmd_payload_op[2:0]     ), //i
    .cmd_payload_status  (decoder_cmd_payload_status[2:0] ), //i
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
  assign wb_ACK = busAdapter_wb_ACK;
  assign wb_DAT_MISO = busAdapter_wb_DAT_MISO;
  assign wb_ERR = busAdapter_wb_ERR;

endmodule

module TaskIntc_c8_p8_n1024_w64_h4_wishbone_ReadyQueueCore (
  input  wire          cmd_valid,
  output wire          cmd_ready,
  input  wire [2:0]    cmd_payload_op,
  input  wire [2:0]    cmd_payload_status,
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

  reg        [63:0]   words_spinal_port0;
  reg        [9:0]    links_spinal_port0;
  reg        [30:0]   lists_spinal_port0;
  reg        [7:0]    _zz_s0_levels_2;
  wire       [7:0]    _zz_s0_levels_ohFirst_masked;
  wire       [2:0]    _zz_s0_level_9;
  wire                _zz_lists_port;
  wire                _zz_lists_rd0;
  wire       [9:0]    _zz_s1_alloc;
  wire                _zz_links_port;
  wire                _zz_links_rd0;
  wire                _zz_words_port;
  wire                _zz_words_rd0;
  reg        [7:0]    _zz__zz_levelMap_0_1;
  reg        [10:0]   _zz__zz_readyCount_0_1;
  wire       [10:0]   _zz__zz_readyCount_0_2;
  wire       [10:0]   _zz__zz_readyCount_0_3;
  reg        [10:0]   _zz_s1_status_value;
  reg        [7:0]    _zz_s1_status_value_1;
  reg        [4:0]    _zz_s1_status_value_2;
  wire       [10:0]   _zz_s1_status_value_3;
  wire       [10:0]   _zz_s1_status_value_4;
  reg        [4:0]    _zz__zz_errors_0_1;
  wire       [10:0]   _zz_s2_newCount;
  wire       [10:0]   _zz_s2_newCount_1;
  wire       [5:0]    _zz_lists_port_1;
  wire       [30:0]   _zz_lists_port_2;
  wire                _zz_lists_port_3;
  wire       [9:0]    _zz_links_port_1;
  wire       [9:0]    _zz_links_port_2;
  wire                _zz_links_port_3;
  reg        [63:0]   _zz_s2_rsp_data_1;
  reg        [3:0]    _zz__zz_s2_rsp_data;
  wire       [31:0]   _zz_s2_rsp_data_2;
  wire       [10:0]   _zz_removeListRecord;
  reg        [7:0]    _zz__zz_levelMap_0_5;
  wire       [10:0]   _zz__zz_readyCount_0_5;
  reg        [10:0]   _zz__zz_readyCount_0_5_1;
  reg        [4:0]    _zz__zz_errors_0_3;
  reg        [7:0]    levelMap_0;
  reg        [7:0]    levelMap_1;
  reg        [7:0]    levelMap_2;
  reg        [7:0]    levelMap_3;
  reg        [7:0]    levelMap_4;
  reg        [7:0]    levelMap_5;
  reg        [7:0]    levelMap_6;
  reg        [7:0]    levelMap_7;
  reg        [10:0]   readyCount_0;
  reg        [10:0]   readyCount_1;
  reg        [10:0]   readyCount_2;
  reg        [10:0]   readyCount_3;
  reg        [10:0]   readyCount_4;
  reg        [10:0]   readyCount_5;
  reg        [10:0]   readyCount_6;
  reg        [10:0]   readyCount_7;
  reg        [4:0]    errors_0;
  reg        [4:0]    errors_1;
  reg        [4:0]    errors_2;
  reg        [4:0]    errors_3;
  reg        [4:0]    errors_4;
  reg        [4:0]    errors_5;
  reg        [4:0]    errors_6;
  reg        [4:0]    errors_7;
  reg        [63:0]   currentTask_0;
  reg        [63:0]   currentTask_1;
  reg        [63:0]   currentTask_2;
  reg        [63:0]   currentTask_3;
  reg        [3:0]    currentContext_0;
  reg        [3:0]    currentContext_1;
  reg        [3:0]    currentContext_2;
  reg        [3:0]    currentContext_3;
  reg        [4:0]    controlError;
  reg        [10:0]   used;
  reg        [10:0]   fresh;
  reg        [9:0]    freeHead;
  reg        [2:0]    removeState;
  wire                removeActive;
  reg                 s1_valid;
  reg                 s2_valid;
  reg        [2:0]    s1_op;
  reg        [2:0]    s1_context;
  reg        [5:0]    s1_list;
  reg        [7:0]    s1_levelOH;
  reg        [5:0]    s2_list;
  reg                 s2_writesList;
  wire                _zz_cmd_ready;
  wire                s0_fire;
  wire                removeStart;
  wire                s1_setLevel;
  wire                s1_clearLevel;
  wire                _zz_s0_levels;
  wire       [7:0]    _zz_s0_levels_1;
  wire       [7:0]    s0_levels;
  wire       [4:0]    _zz_s0_level;
  wire                _zz_s1_priorityOk;
  wire                _zz_s0_level_1;
  wire       [7:0]    s0_levels_ohFirst_input;
  wire       [7:0]    s0_levels_ohFirst_masked;
  wire       [7:0]    s0_levels_ohFirst_value;
  wire                _zz_s0_level_2;
  wire                _zz_s0_level_3;
  wire                _zz_s0_level_4;
  wire                _zz_s0_level_5;
  wire                _zz_s0_level_6;
  wire                _zz_s0_level_7;
  wire                _zz_s0_level_8;
  wire       [2:0]    s0_level;
  wire                s0_listNonEmpty;
  wire       [5:0]    s0_list;
  wire       [7:0]    s0_levelOH;
  wire       [30:0]   lists_rd0;
  wire                s1_writesList;
  reg        [2:0]    s1_status;
  reg        [1:0]    s1_hart;
  reg        [63:0]   s1_data;
  reg                 s1_control;
  reg                 s1_read;
  reg                 s1_listNonEmpty;
  reg                 s1_priorityOk;
  reg                 s1_bypassS2;
  reg                 s1_bypassW;
  wire       [30:0]   s2_newList;
  reg        [30:0]   w_list;
  reg                 s2_dequeueOk;
  reg                 s2_enqueueOk;
  reg                 s2_fromFreeList;
  reg        [9:0]    s2_head;
  wire       [9:0]    s2_next;
  wire       [30:0]   s1_list_record;
  wire       [9:0]    _zz_s2_head;
  wire       [9:0]    _zz_s2_newTail;
  wire       [10:0]   _zz_s1_clearLevel;
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
  wire       [9:0]    s1_freeHead;
  wire       [9:0]    s1_alloc;
  wire       [9:0]    removeReadAddr;
  wire       [9:0]    s1_linkReadAddr;
  wire       [9:0]    s1_wordReadAddr;
  wire       [9:0]    links_rd0;
  wire       [63:0]   words_rd0;
  wire                s2_linkWriteEnable;
  wire       [9:0]    s2_linkWriteAddr;
  wire       [9:0]    s2_linkWriteData;
  wire       [2:0]    _zz_levelMap_0;
  wire       [7:0]    _zz_levelMap_0_1;
  wire       [7:0]    _zz_5;
  wire                _zz_6;
  wire                _zz_7;
  wire                _zz_8;
  wire                _zz_9;
  wire                _zz_10;
  wire                _zz_11;
  wire                _zz_12;
  wire                _zz_13;
  wire       [7:0]    _zz_levelMap_0_2;
  wire       [7:0]    _zz_levelMap_0_3;
  wire       [2:0]    _zz_readyCount_0;
  wire       [10:0]   _zz_readyCount_0_1;
  wire       [7:0]    _zz_14;
  wire                _zz_15;
  wire                _zz_16;
  wire                _zz_17;
  wire                _zz_18;
  wire                _zz_19;
  wire                _zz_20;
  wire                _zz_21;
  wire                _zz_22;
  wire       [10:0]   _zz_readyCount_0_2;
  wire                when_ReadyQueueCore_l195;
  wire       [10:0]   _zz_readyCount_0_3;
  wire                _zz_controlError;
  wire                _zz_controlError_1;
  reg        [63:0]   s1_status_value;
  wire                when_ReadyQueueCore_l208;
  wire       [4:0]    _zz_controlError_2;
  wire       [4:0]    _zz_controlError_3;
  wire                when_ReadyQueueCore_l217;
  wire       [2:0]    _zz_errors_0;
  wire       [7:0]    _zz_23;
  wire       [4:0]    _zz_errors_0_1;
  wire                when_ReadyQueueCore_l222;
  reg        [2:0]    s2_op;
  reg        [2:0]    s2_status;
  reg        [1:0]    s2_hart;
  reg        [2:0]    s2_context;
  reg        [63:0]   s2_data;
  reg                 s2_read;
  reg        [63:0]   s2_status_value;
  reg        [9:0]    s2_newHead;
  reg        [9:0]    s2_newTail;
  reg        [10:0]   s2_newCount;
  reg                 s2_linkEnable;
  reg        [9:0]    s2_linkAddr;
  reg        [9:0]    s2_linkData;
  reg                 s2_linkBypass;
  reg        [9:0]    s2_linkBypassData;
  reg                 removeListWrite;
  wire       [30:0]   removeListRecord;
  reg        [5:0]    removeList;
  reg                 removeLinkWrite;
  wire       [9:0]    removeLinkAddr;
  wire       [9:0]    removeLinkData;
  wire                when_ReadyQueueCore_l274;
  wire                when_ReadyQueueCore_l275;
  wire                when_ReadyQueueCore_l286;
  wire       [63:0]   _zz_currentTask_0;
  wire                when_ReadyQueueCore_l279;
  wire       [3:0]    _zz_26;
  wire       [3:0]    _zz_27;
  wire       [3:0]    _zz_currentContext_0;
  reg        [63:0]   s2_rsp_data;
  wire       [3:0]    _zz_s2_rsp_data;
  wire                when_ReadyQueueCore_l287;
  wire                when_ReadyQueueCore_l288;
  wire                when_ReadyQueueCore_l290;
  reg        [2:0]    removeContext;
  reg        [63:0]   removeWord;
  reg                 removeRead;
  reg        [9:0]    removeCur;
  reg        [9:0]    removePrev;
  reg        [9:0]    removeNext;
  reg        [9:0]    removeHead;
  reg        [9:0]    removeTail;
  reg        [10:0]   removeCount;
  reg        [4:0]    removeError;
  reg        [7:0]    removeLevelOH;
  wire                when_ReadyQueueCore_l323;
  wire                when_ReadyQueueCore_l326;
  wire                when_ReadyQueueCore_l340;
  wire                when_ReadyQueueCore_l343;
  wire                when_ReadyQueueCore_l354;
  wire       [2:0]    _zz_levelMap_0_4;
  wire       [7:0]    _zz_28;
  wire       [7:0]    _zz_levelMap_0_5;
  wire       [2:0]    _zz_readyCount_0_4;
  wire       [7:0]    _zz_29;
  wire       [10:0]   _zz_readyCount_0_5;
  wire       [2:0]    _zz_errors_0_2;
  wire       [7:0]    _zz_30;
  wire       [4:0]    _zz_errors_0_3;
  wire                _zz_rsp_valid;
  reg [63:0] words [0:1023];
  reg [9:0] links [0:1023];
  reg [30:0] lists [0:63];

  assign _zz_s0_levels_ohFirst_masked = (s0_levels_ohFirst_input - 8'h01);
  assign _zz_s0_level_9 = _zz_s0_level[2:0];
  assign _zz_s1_alloc = fresh[9:0];
  assign _zz__zz_readyCount_0_2 = (_zz_readyCount_0_1 + 11'h001);
  assign _zz__zz_readyCount_0_3 = (_zz_readyCount_0_1 - 11'h001);
  assign _zz_s1_status_value_3 = _zz_s1_status_value_4;
  assign _zz_s1_status_value_4 = (11'h400 - used);
  assign _zz_s2_newCount = (_zz_s1_clearLevel - 11'h001);
  assign _zz_s2_newCount_1 = (_zz_s1_clearLevel + 11'h001);
  assign _zz_s2_rsp_data_2 = {{_zz_s2_rsp_data[3],28'h0},_zz_s2_rsp_data[2 : 0]};
  assign _zz_removeListRecord = (removeCount - 11'h001);
  assign _zz__zz_readyCount_0_5 = (_zz__zz_readyCount_0_5_1 - 11'h001);
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
      3'b000 : _zz_s0_levels_2 = levelMap_0;
      3'b001 : _zz_s0_levels_2 = levelMap_1;
      3'b010 : _zz_s0_levels_2 = levelMap_2;
      3'b011 : _zz_s0_levels_2 = levelMap_3;
      3'b100 : _zz_s0_levels_2 = levelMap_4;
      3'b101 : _zz_s0_levels_2 = levelMap_5;
      3'b110 : _zz_s0_levels_2 = levelMap_6;
      default : _zz_s0_levels_2 = levelMap_7;
    endcase
  end

  always @(*) begin
    case(_zz_levelMap_0)
      3'b000 : _zz__zz_levelMap_0_1 = levelMap_0;
      3'b001 : _zz__zz_levelMap_0_1 = levelMap_1;
      3'b010 : _zz__zz_levelMap_0_1 = levelMap_2;
      3'b011 : _zz__zz_levelMap_0_1 = levelMap_3;
      3'b100 : _zz__zz_levelMap_0_1 = levelMap_4;
      3'b101 : _zz__zz_levelMap_0_1 = levelMap_5;
      3'b110 : _zz__zz_levelMap_0_1 = levelMap_6;
      default : _zz__zz_levelMap_0_1 = levelMap_7;
    endcase
  end

  always @(*) begin
    case(_zz_readyCount_0)
      3'b000 : _zz__zz_readyCount_0_1 = readyCount_0;
      3'b001 : _zz__zz_readyCount_0_1 = readyCount_1;
      3'b010 : _zz__zz_readyCount_0_1 = readyCount_2;
      3'b011 : _zz__zz_readyCount_0_1 = readyCount_3;
      3'b100 : _zz__zz_readyCount_0_1 = readyCount_4;
      3'b101 : _zz__zz_readyCount_0_1 = readyCount_5;
      3'b110 : _zz__zz_readyCount_0_1 = readyCount_6;
      default : _zz__zz_readyCount_0_1 = readyCount_7;
    endcase
  end

  always @(*) begin
    case(s1_context)
      3'b000 : begin
        _zz_s1_status_value = readyCount_0;
        _zz_s1_status_value_1 = levelMap_0;
        _zz_s1_status_value_2 = errors_0;
      end
      3'b001 : begin
        _zz_s1_status_value = readyCount_1;
        _zz_s1_status_value_1 = levelMap_1;
        _zz_s1_status_value_2 = errors_1;
      end
      3'b010 : begin
        _zz_s1_status_value = readyCount_2;
        _zz_s1_status_value_1 = levelMap_2;
        _zz_s1_status_value_2 = errors_2;
      end
      3'b011 : begin
        _zz_s1_status_value = readyCount_3;
        _zz_s1_status_value_1 = levelMap_3;
        _zz_s1_status_value_2 = errors_3;
      end
      3'b100 : begin
        _zz_s1_status_value = readyCount_4;
        _zz_s1_status_value_1 = levelMap_4;
        _zz_s1_status_value_2 = errors_4;
      end
      3'b101 : begin
        _zz_s1_status_value = readyCount_5;
        _zz_s1_status_value_1 = levelMap_5;
        _zz_s1_status_value_2 = errors_5;
      end
      3'b110 : begin
        _zz_s1_status_value = readyCount_6;
        _zz_s1_status_value_1 = levelMap_6;
        _zz_s1_status_value_2 = errors_6;
      end
      default : begin
        _zz_s1_status_value = readyCount_7;
        _zz_s1_status_value_1 = levelMap_7;
        _zz_s1_status_value_2 = errors_7;
      end
    endcase
  end

  always @(*) begin
    case(_zz_errors_0)
      3'b000 : _zz__zz_errors_0_1 = errors_0;
      3'b001 : _zz__zz_errors_0_1 = errors_1;
      3'b010 : _zz__zz_errors_0_1 = errors_2;
      3'b011 : _zz__zz_errors_0_1 = errors_3;
      3'b100 : _zz__zz_errors_0_1 = errors_4;
      3'b101 : _zz__zz_errors_0_1 = errors_5;
      3'b110 : _zz__zz_errors_0_1 = errors_6;
      default : _zz__zz_errors_0_1 = errors_7;
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

  always @(*) begin
    case(_zz_levelMap_0_4)
      3'b000 : _zz__zz_levelMap_0_5 = levelMap_0;
      3'b001 : _zz__zz_levelMap_0_5 = levelMap_1;
      3'b010 : _zz__zz_levelMap_0_5 = levelMap_2;
      3'b011 : _zz__zz_levelMap_0_5 = levelMap_3;
      3'b100 : _zz__zz_levelMap_0_5 = levelMap_4;
      3'b101 : _zz__zz_levelMap_0_5 = levelMap_5;
      3'b110 : _zz__zz_levelMap_0_5 = levelMap_6;
      default : _zz__zz_levelMap_0_5 = levelMap_7;
    endcase
  end

  always @(*) begin
    case(_zz_readyCount_0_4)
      3'b000 : _zz__zz_readyCount_0_5_1 = readyCount_0;
      3'b001 : _zz__zz_readyCount_0_5_1 = readyCount_1;
      3'b010 : _zz__zz_readyCount_0_5_1 = readyCount_2;
      3'b011 : _zz__zz_readyCount_0_5_1 = readyCount_3;
      3'b100 : _zz__zz_readyCount_0_5_1 = readyCount_4;
      3'b101 : _zz__zz_readyCount_0_5_1 = readyCount_5;
      3'b110 : _zz__zz_readyCount_0_5_1 = readyCount_6;
      default : _zz__zz_readyCount_0_5_1 = readyCount_7;
    endcase
  end

  always @(*) begin
    case(_zz_errors_0_2)
      3'b000 : _zz__zz_errors_0_3 = errors_0;
      3'b001 : _zz__zz_errors_0_3 = errors_1;
      3'b010 : _zz__zz_errors_0_3 = errors_2;
      3'b011 : _zz__zz_errors_0_3 = errors_3;
      3'b100 : _zz__zz_errors_0_3 = errors_4;
      3'b101 : _zz__zz_errors_0_3 = errors_5;
      3'b110 : _zz__zz_errors_0_3 = errors_6;
      default : _zz__zz_errors_0_3 = errors_7;
    endcase
  end

  assign removeActive = (removeState != 3'b000);
  assign _zz_cmd_ready = (cmd_payload_op == 3'b011);
  assign cmd_ready = ((! removeActive) && ((! _zz_cmd_ready) || ((! s1_valid) && (! s2_valid))));
  assign s0_fire = ((cmd_valid && cmd_ready) && (! _zz_cmd_ready));
  assign removeStart = ((cmd_valid && cmd_ready) && _zz_cmd_ready);
  assign _zz_s0_levels = (s1_valid && (s1_context == cmd_payload_context));
  assign _zz_s0_levels_1 = 8'h0;
  assign s0_levels = ((_zz_s0_levels_2 | ((_zz_s0_levels && s1_setLevel) ? s1_levelOH : _zz_s0_levels_1)) & (~ ((_zz_s0_levels && s1_clearLevel) ? s1_levelOH : _zz_s0_levels_1)));
  assign _zz_s0_level = cmd_payload_data[5 : 1];
  assign _zz_s1_priorityOk = (_zz_s0_level < 5'h08);
  assign _zz_s0_level_1 = (cmd_payload_op == 3'b010);
  assign s0_levels_ohFirst_input = s0_levels;
  assign s0_levels_ohFirst_masked = (s0_levels_ohFirst_input & (~ _zz_s0_levels_ohFirst_masked));
  assign s0_levels_ohFirst_value = s0_levels_ohFirst_masked;
  assign _zz_s0_level_2 = s0_levels_ohFirst_value[3];
  assign _zz_s0_level_3 = s0_levels_ohFirst_value[5];
  assign _zz_s0_level_4 = s0_levels_ohFirst_value[6];
  assign _zz_s0_level_5 = s0_levels_ohFirst_value[7];
  assign _zz_s0_level_6 = (((s0_levels_ohFirst_value[1] || _zz_s0_level_2) || _zz_s0_level_3) || _zz_s0_level_5);
  assign _zz_s0_level_7 = (((s0_levels_ohFirst_value[2] || _zz_s0_level_2) || _zz_s0_level_4) || _zz_s0_level_5);
  assign _zz_s0_level_8 = (((s0_levels_ohFirst_value[4] || _zz_s0_level_3) || _zz_s0_level_4) || _zz_s0_level_5);
  assign s0_level = (_zz_s0_level_1 ? {_zz_s0_level_8,{_zz_s0_level_7,_zz_s0_level_6}} : _zz_s0_level_9);
  assign s0_listNonEmpty = (_zz_s0_level_1 ? (|s0_levels) : s0_levels[s0_level]);
  assign s0_list = {cmd_payload_context,s0_level};
  assign s0_levelOH = (8'h01 <<< s0_level);
  assign lists_rd0 = lists_spinal_port0;
  assign s1_list_record = (s1_bypassS2 ? s2_newList : (s1_bypassW ? w_list : lists_rd0));
  assign _zz_s2_head = s1_list_record[9 : 0];
  assign _zz_s2_newTail = s1_list_record[19 : 10];
  assign _zz_s1_clearLevel = s1_list_record[30 : 20];
  assign _zz_s2_newHead = (s1_op == 3'b000);
  assign _zz_s1_enqueueOk = (_zz_s2_newHead || (s1_op == 3'b001));
  assign _zz_s1_dequeueOk = (s1_op == 3'b010);
  assign when_ReadyQueueCore_l154 = (s1_data[63 : 6] == 58'h0);
  assign when_ReadyQueueCore_l155 = (used == 11'h400);
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
  assign s1_clearLevel = (s1_dequeueOk && (_zz_s1_clearLevel == 11'h001));
  assign s1_linkReadAddr = (removeActive ? removeReadAddr : (_zz_s1_dequeueOk ? _zz_s2_head : s1_alloc));
  assign s1_wordReadAddr = (removeActive ? removeReadAddr : _zz_s2_head);
  assign links_rd0 = links_spinal_port0;
  assign words_rd0 = words_spinal_port0;
  assign _zz_levelMap_0 = s1_context;
  assign _zz_levelMap_0_1 = _zz__zz_levelMap_0_1;
  assign _zz_5 = ({7'd0,1'b1} <<< _zz_levelMap_0);
  assign _zz_6 = _zz_5[0];
  assign _zz_7 = _zz_5[1];
  assign _zz_8 = _zz_5[2];
  assign _zz_9 = _zz_5[3];
  assign _zz_10 = _zz_5[4];
  assign _zz_11 = _zz_5[5];
  assign _zz_12 = _zz_5[6];
  assign _zz_13 = _zz_5[7];
  assign _zz_levelMap_0_2 = (_zz_levelMap_0_1 | s1_levelOH);
  assign _zz_levelMap_0_3 = (_zz_levelMap_0_1 & (~ s1_levelOH));
  assign _zz_readyCount_0 = s1_context;
  assign _zz_readyCount_0_1 = _zz__zz_readyCount_0_1;
  assign _zz_14 = ({7'd0,1'b1} <<< _zz_readyCount_0);
  assign _zz_15 = _zz_14[0];
  assign _zz_16 = _zz_14[1];
  assign _zz_17 = _zz_14[2];
  assign _zz_18 = _zz_14[3];
  assign _zz_19 = _zz_14[4];
  assign _zz_20 = _zz_14[5];
  assign _zz_21 = _zz_14[6];
  assign _zz_22 = _zz_14[7];
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
          s1_status_value = {53'd0, _zz_s1_status_value};
        end
        3'b001 : begin
          s1_status_value = {56'd0, _zz_s1_status_value_1};
        end
        3'b010 : begin
          s1_status_value = {59'd0, _zz_s1_status_value_2};
        end
        3'b011 : begin
          s1_status_value = {53'd0, _zz_s1_status_value_3};
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
  assign _zz_23 = ({7'd0,1'b1} <<< _zz_errors_0);
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
  assign _zz_26 = ({3'd0,1'b1} <<< s2_hart);
  assign _zz_27 = ({3'd0,1'b1} <<< s2_hart);
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
  assign removeReadAddr = ((removeState == 3'b001) ? lists_rd0[9 : 0] : s2_next);
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
  assign when_ReadyQueueCore_l323 = (! _zz_s1_priorityOk);
  assign when_ReadyQueueCore_l326 = (! s0_listNonEmpty);
  assign when_ReadyQueueCore_l340 = (words_rd0 == removeWord);
  assign when_ReadyQueueCore_l343 = (removeCur == removeTail);
  assign when_ReadyQueueCore_l354 = (removeCount == 11'h001);
  assign _zz_levelMap_0_4 = removeContext;
  assign _zz_28 = ({7'd0,1'b1} <<< _zz_levelMap_0_4);
  assign _zz_levelMap_0_5 = (_zz__zz_levelMap_0_5 & (~ removeLevelOH));
  assign _zz_readyCount_0_4 = removeContext;
  assign _zz_29 = ({7'd0,1'b1} <<< _zz_readyCount_0_4);
  assign _zz_readyCount_0_5 = _zz__zz_readyCount_0_5;
  assign _zz_errors_0_2 = removeContext;
  assign _zz_30 = ({7'd0,1'b1} <<< _zz_errors_0_2);
  assign _zz_errors_0_3 = (_zz__zz_errors_0_3 | removeError);
  assign _zz_rsp_valid = (removeState == 3'b101);
  assign rsp_valid = (s2_valid || _zz_rsp_valid);
  assign rsp_payload_data = (_zz_rsp_valid ? 64'h0 : s2_rsp_data);
  assign rsp_payload_fault = (s2_valid && (s2_op == 3'b110));
  assign rsp_payload_read = (_zz_rsp_valid ? removeRead : s2_read);
  always @(posedge clk) begin
    if(reset) begin
      levelMap_0 <= 8'h0;
      levelMap_1 <= 8'h0;
      levelMap_2 <= 8'h0;
      levelMap_3 <= 8'h0;
      levelMap_4 <= 8'h0;
      levelMap_5 <= 8'h0;
      levelMap_6 <= 8'h0;
      levelMap_7 <= 8'h0;
      readyCount_0 <= 11'h0;
      readyCount_1 <= 11'h0;
      readyCount_2 <= 11'h0;
      readyCount_3 <= 11'h0;
      readyCount_4 <= 11'h0;
      readyCount_5 <= 11'h0;
      readyCount_6 <= 11'h0;
      readyCount_7 <= 11'h0;
      errors_0 <= 5'h0;
      errors_1 <= 5'h0;
      errors_2 <= 5'h0;
      errors_3 <= 5'h0;
      errors_4 <= 5'h0;
      errors_5 <= 5'h0;
      errors_6 <= 5'h0;
      errors_7 <= 5'h0;
      currentTask_0 <= 64'h0;
      currentTask_1 <= 64'h0;
      currentTask_2 <= 64'h0;
      currentTask_3 <= 64'h0;
      currentContext_0 <= 4'b0000;
      currentContext_1 <= 4'b0000;
      currentContext_2 <= 4'b0000;
      currentContext_3 <= 4'b0000;
      controlError <= 5'h0;
      used <= 11'h0;
      fresh <= 11'h0;
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
      s1_priorityOk <= _zz_s1_priorityOk;
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
        end
        if(s1_enqueueOk) begin
          if(_zz_15) begin
            readyCount_0 <= _zz_readyCount_0_2;
          end
          if(_zz_16) begin
            readyCount_1 <= _zz_readyCount_0_2;
          end
          if(_zz_17) begin
            readyCount_2 <= _zz_readyCount_0_2;
          end
          if(_zz_18) begin
            readyCount_3 <= _zz_readyCount_0_2;
          end
          if(_zz_19) begin
            readyCount_4 <= _zz_readyCount_0_2;
          end
          if(_zz_20) begin
            readyCount_5 <= _zz_readyCount_0_2;
          end
          if(_zz_21) begin
            readyCount_6 <= _zz_readyCount_0_2;
          end
          if(_zz_22) begin
            readyCount_7 <= _zz_readyCount_0_2;
          end
          used <= (used + 11'h001);
          if(when_ReadyQueueCore_l195) begin
            fresh <= (fresh + 11'h001);
          end
        end
        if(s1_dequeueOk) begin
          if(_zz_15) begin
            readyCount_0 <= _zz_readyCount_0_3;
          end
          if(_zz_16) begin
            readyCount_1 <= _zz_readyCount_0_3;
          end
          if(_zz_17) begin
            readyCount_2 <= _zz_readyCount_0_3;
          end
          if(_zz_18) begin
            readyCount_3 <= _zz_readyCount_0_3;
          end
          if(_zz_19) begin
            readyCount_4 <= _zz_readyCount_0_3;
          end
          if(_zz_20) begin
            readyCount_5 <= _zz_readyCount_0_3;
          end
          if(_zz_21) begin
            readyCount_6 <= _zz_readyCount_0_3;
          end
          if(_zz_22) begin
            readyCount_7 <= _zz_readyCount_0_3;
          end
          used <= (used - 11'h001);
        end
      end
      if(when_ReadyQueueCore_l217) begin
        if(_zz_23[0]) begin
          errors_0 <= _zz_errors_0_1;
        end
        if(_zz_23[1]) begin
          errors_1 <= _zz_errors_0_1;
        end
        if(_zz_23[2]) begin
          errors_2 <= _zz_errors_0_1;
        end
        if(_zz_23[3]) begin
          errors_3 <= _zz_errors_0_1;
        end
        if(_zz_23[4]) begin
          errors_4 <= _zz_errors_0_1;
        end
        if(_zz_23[5]) begin
          errors_5 <= _zz_errors_0_1;
        end
        if(_zz_23[6]) begin
          errors_6 <= _zz_errors_0_1;
        end
        if(_zz_23[7]) begin
          errors_7 <= _zz_errors_0_1;
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
        if(_zz_26[0]) begin
          currentTask_0 <= _zz_currentTask_0;
        end
        if(_zz_26[1]) begin
          currentTask_1 <= _zz_currentTask_0;
        end
        if(_zz_26[2]) begin
          currentTask_2 <= _zz_currentTask_0;
        end
        if(_zz_26[3]) begin
          currentTask_3 <= _zz_currentTask_0;
        end
        if(_zz_27[0]) begin
          currentContext_0 <= _zz_currentContext_0;
        end
        if(_zz_27[1]) begin
          currentContext_1 <= _zz_currentContext_0;
        end
        if(_zz_27[2]) begin
          currentContext_2 <= _zz_currentContext_0;
        end
        if(_zz_27[3]) begin
          currentContext_3 <= _zz_currentContext_0;
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
            if(_zz_28[0]) begin
              levelMap_0 <= _zz_levelMap_0_5;
            end
            if(_zz_28[1]) begin
              levelMap_1 <= _zz_levelMap_0_5;
            end
            if(_zz_28[2]) begin
              levelMap_2 <= _zz_levelMap_0_5;
            end
            if(_zz_28[3]) begin
              levelMap_3 <= _zz_levelMap_0_5;
            end
            if(_zz_28[4]) begin
              levelMap_4 <= _zz_levelMap_0_5;
            end
            if(_zz_28[5]) begin
              levelMap_5 <= _zz_levelMap_0_5;
            end
            if(_zz_28[6]) begin
              levelMap_6 <= _zz_levelMap_0_5;
            end
            if(_zz_28[7]) begin
              levelMap_7 <= _zz_levelMap_0_5;
            end
          end
          if(_zz_29[0]) begin
            readyCount_0 <= _zz_readyCount_0_5;
          end
          if(_zz_29[1]) begin
            readyCount_1 <= _zz_readyCount_0_5;
          end
          if(_zz_29[2]) begin
            readyCount_2 <= _zz_readyCount_0_5;
          end
          if(_zz_29[3]) begin
            readyCount_3 <= _zz_readyCount_0_5;
          end
          if(_zz_29[4]) begin
            readyCount_4 <= _zz_readyCount_0_5;
          end
          if(_zz_29[5]) begin
            readyCount_5 <= _zz_readyCount_0_5;
          end
          if(_zz_29[6]) begin
            readyCount_6 <= _zz_readyCount_0_5;
          end
          if(_zz_29[7]) begin
            readyCount_7 <= _zz_readyCount_0_5;
          end
          used <= (used - 11'h001);
          removeState <= 3'b100;
        end
        3'b100 : begin
          removeState <= 3'b101;
        end
        3'b101 : begin
          if(_zz_30[0]) begin
            errors_0 <= _zz_errors_0_3;
          end
          if(_zz_30[1]) begin
            errors_1 <= _zz_errors_0_3;
          end
          if(_zz_30[2]) begin
            errors_2 <= _zz_errors_0_3;
          end
          if(_zz_30[3]) begin
            errors_3 <= _zz_errors_0_3;
          end
          if(_zz_30[4]) begin
            errors_4 <= _zz_errors_0_3;
          end
          if(_zz_30[5]) begin
            errors_5 <= _zz_errors_0_3;
          end
          if(_zz_30[6]) begin
            errors_6 <= _zz_errors_0_3;
          end
          if(_zz_30[7]) begin
            errors_7 <= _zz_errors_0_3;
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
    s2_newCount <= (_zz_s1_dequeueOk ? _zz_s2_newCount : ((! s1_listNonEmpty) ? 11'h001 : _zz_s2_newCount_1));
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
        removeHead <= lists_rd0[9 : 0];
        removeTail <= lists_rd0[19 : 10];
        removeCount <= lists_rd0[30 : 20];
        removeCur <= lists_rd0[9 : 0];
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

module TaskIntc_c8_p8_n1024_w64_h4_wishbone_RegisterDecoder (
  input  wire          req_valid,
  output wire          req_ready,
  input  wire          req_payload_write,
  input  wire          req_payload_fullWidth,
  input  wire [15:0]   req_payload_address,
  input  wire [63:0]   req_payload_data,
  output wire          cmd_valid,
  input  wire          cmd_ready,
  output reg  [2:0]    cmd_payload_op,
  output reg  [2:0]    cmd_payload_status,
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

  assign _zz_cmd_payload_context = (page - 4'b0001);
  assign cmd_valid = req_valid;
  assign req_ready = cmd_ready;
  assign page = req_payload_address[15 : 12];
  assign offset = req_payload_address[11 : 0];
  assign onControl = (page == 4'b0000);
  assign onContext = ((page != 4'b0000) && (page <= 4'b1000));
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
    cmd_payload_context = (onContext ? _zz_cmd_payload_context[2 : 0] : 3'b000);
    if(when_RegisterDecoder_l70_6) begin
      cmd_payload_context = offset[5 : 3];
    end
    if(when_RegisterDecoder_l70_7) begin
      cmd_payload_context = offset[5 : 3];
    end
  end

  always @(*) begin
    cmd_payload_hart = 2'b00;
    if(when_RegisterDecoder_l70_4) begin
      cmd_payload_hart = offset[4 : 3];
    end
    if(when_RegisterDecoder_l70_5) begin
      cmd_payload_hart = offset[4 : 3];
    end
    if(when_RegisterDecoder_l70_14) begin
      cmd_payload_hart = offset[4 : 3];
    end
  end

  always @(*) begin
    cmd_payload_data = req_payload_data;
    if(when_RegisterDecoder_l70) begin
      cmd_payload_data = 64'h0000000054494301;
    end
    if(when_RegisterDecoder_l70_1) begin
      cmd_payload_data = 64'h0000000008451008;
    end
  end

  assign cmd_payload_control = (! onContext);
  assign cmd_payload_read = (! req_payload_write);
  assign when_RegisterDecoder_l70 = ((onControl && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_1 = ((onControl && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_2 = ((onControl && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_3 = ((onControl && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_4 = ((onControl && ((offset[11 : 5] == 7'h08) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_5 = ((onControl && ((offset[11 : 5] == 7'h10) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_6 = ((onControl && ((offset[11 : 6] == 6'h10) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_7 = ((onControl && ((offset[11 : 6] == 6'h20) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_8 = ((onContext && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_9 = ((onContext && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_10 = ((onContext && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_11 = ((onContext && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_12 = ((onContext && ((offset[11 : 3] == 9'h004) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_13 = ((onContext && ((offset[11 : 3] == 9'h005) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_14 = ((onContext && ((offset[11 : 5] == 7'h08) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign refused = (cmd_payload_op == 3'b110);

endmodule

module TaskIntc_c8_p8_n1024_w64_h4_wishbone_WishboneAdapter (
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
  input  wire          wb_CYC,
  input  wire          wb_STB,
  output wire          wb_ACK,
  input  wire          wb_WE,
  input  wire [12:0]   wb_ADR,
  output wire [63:0]   wb_DAT_MISO,
  input  wire [63:0]   wb_DAT_MOSI,
  input  wire [7:0]    wb_SEL,
  output wire          wb_ERR,
  input  wire          clk,
  input  wire          reset
);

  wire                strobe;
  reg                 issued;
  wire                when_WishboneAdapter_l41;
  wire                when_WishboneAdapter_l40;
  wire                _zz_wb_ACK;
  wire                _zz_wb_ACK_1;

  assign strobe = (wb_CYC && wb_STB);
  assign req_valid = (strobe && (! issued));
  assign req_payload_write = wb_WE;
  assign req_payload_address = {wb_ADR,3'b000};
  assign req_payload_data = wb_DAT_MOSI;
  assign req_payload_fullWidth = (&wb_SEL);
  assign when_WishboneAdapter_l41 = ((issued && rsp_valid) && rsp_payload_read);
  assign when_WishboneAdapter_l40 = ((req_valid && req_ready) && (! wb_WE));
  assign _zz_wb_ACK = (issued ? rsp_payload_fault : refused);
  assign _zz_wb_ACK_1 = (((req_valid && req_ready) && wb_WE) || when_WishboneAdapter_l41);
  assign wb_ACK = (_zz_wb_ACK_1 && (! _zz_wb_ACK));
  assign wb_ERR = (_zz_wb_ACK_1 && _zz_wb_ACK);
  assign wb_DAT_MISO = rsp_payload_data;
  always @(posedge clk) begin
    if(reset) begin
      issued <= 1'b0;
    end else begin
      if(when_WishboneAdapter_l40) begin
        issued <= 1'b1;
      end
      if(when_WishboneAdapter_l41) begin
        issued <= 1'b0;
      end
    end
  end


endmodule
