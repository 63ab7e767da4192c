// Generator : SpinalHDL v1.14.2    git head : 78f29dc66110fc099a777992b6daa2f803ab445e
// Component : TaskIntc_c1_p1_n4_w64_h1_axi4lite

`timescale 1ns/1ps

module TaskIntc_c1_p1_n4_w64_h1_axi4lite (
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
  wire       [2:0]    decoder_cmd_payload_op;
  wire       [2:0]    decoder_cmd_payload_status;
  wire                decoder_cmd_payload_control;
  wire                decoder_cmd_payload_read;
  wire       [0:0]    decoder_cmd_payload_context;
  wire       [0:0]    decoder_cmd_payload_hart;
  wire       [63:0]   decoder_cmd_payload_data;
  wire                decoder_refused;
  wire                core_cmd_ready;
  wire                core_rsp_valid;
  wire                core_rsp_payload_fault;
  wire                core_rsp_payload_read;
  wire       [63:0]   core_rsp_payload_data;

  TaskIntc_c1_p1_n4_w64_h1_axi4lite_AxiLite4Adapter busAdapter (
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
  TaskIntc_c1_p1_n4_w64_h1_axi4lite_RegisterDecoder decoder (
    .req_valid             (busAdapter_req_valid                ), //i
    .req_ready             (decoder_req_ready                   ), //o
    .req_payload_write     (busAdapter_req_payload_write        ), //i
    .req_payload_fullWidth (busAdapter_req_payload_fullWidth    ), //i
    .req_payload_address   (busAdapter_req_payload_address[12:0]), //i
    .req_payload_data      (busAdapter_req_payload_data[63:0]   ), //i
    .cmd_valid             (decoder_cmd_valid                   ), //o
    .cmd_ready             (core_cmd_ready                      ), //i
    .cmd_payload_op        (decoder_cmd_payload_op[2:0]         ), //o
    .cmd_payload_status    (decoder_cmd_payload_status[2:0]     ), //o
    .cmd_payload_control   (decoder_cmd_payload_control         ), //o
    .cmd_payload_read      (decoder_cmd_payload_read            ), //o
    .cmd_payload_context   (decoder_cmd_payload_context         ), //o
    .cmd_payload_hart      (decoder_cmd_payload_hart            ), //o
    .cmd_payload_data      (decoder_cmd_payload_data[63:0]      ), //o
    .refused               (decoder_refused                     )  //o
  );
  TaskIntc_c1_p1_n4_w64_h1_axi4lite_ReadyQueueCore core (
    .cmd_valid           (decoder_cmd_valid              ), //i
    .cmd_ready           (core_cmd_ready                 ), //o
    .cmd_payload_op      (decoder_cmd_payload_op[2:0]    ), //i
    .cmd_payload_status  (decoder_cmd_payload_status[2:0]), //i
    .cmd_payload_control (decoder_cmd_payload_control    ), //i
    .cmd_payload_read    (decoder_cmd_payload_read       ), //i
    .cmd_payload_context (decoder_cmd_payload_context    ), //i
    .cmd_payload_hart    (decoder_cmd_payload_hart       ), //i
    .cmd_payload_data    (decoder_cmd_payload_data[63:0] ), //i
    .rsp_valid           (core_rsp_valid                 ), //o
    .rsp_payload_fault   (core_rsp_payload_fault         ), //o
    .rsp_payload_read    (core_rsp_payload_read          ), //o
    .rsp_payload_data    (core_rsp_payload_data[63:0]    ), //o
    .clk                 (clk                            ), //i
    .reset               (reset                          )  //i
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

module TaskIntc_c1_p1_n4_w64_h1_axi4lite_ReadyQueueCore (
  input  wire          cmd_valid,
  output wire          cmd_ready,
  input  wire [2:0]    cmd_payload_op,
  input  wire [2:0]    cmd_payload_status,
  input  wire          cmd_payload_control,
  input  wire          cmd_payload_read,
  input  wire [0:0]    cmd_payload_context,
  input  wire [0:0]    cmd_payload_hart,
  input  wire [63:0]   cmd_payload_data,
  output wire          rsp_valid,
  output wire          rsp_payload_fault,
  output wire          rsp_payload_read,
  output wire [63:0]   rsp_payload_data,
  input  wire          clk,
  input  wire          reset
);

  reg        [63:0]   words_spinal_port0;
  reg        [1:0]    links_spinal_port0;
  reg        [6:0]    lists_spinal_port0;
  wire       [0:0]    _zz_s0_level_2;
  wire                _zz_lists_port;
  wire                _zz_lists_rd0;
  wire       [1:0]    _zz_s1_alloc;
  wire                _zz_links_port;
  wire                _zz_links_rd0;
  wire                _zz_words_port;
  wire                _zz_words_rd0;
  wire       [2:0]    _zz_readyCount_0;
  wire       [2:0]    _zz_readyCount_0_1;
  wire       [2:0]    _zz_s1_status_value;
  wire       [2:0]    _zz_s1_status_value_1;
  wire       [2:0]    _zz_s2_newCount;
  wire       [2:0]    _zz_s2_newCount_1;
  wire       [1:0]    _zz_lists_port_1;
  wire       [6:0]    _zz_lists_port_2;
  wire                _zz_lists_port_3;
  wire       [1:0]    _zz_links_port_1;
  wire       [1:0]    _zz_links_port_2;
  wire                _zz_links_port_3;
  wire       [31:0]   _zz_s2_rsp_data;
  wire       [2:0]    _zz_removeListRecord;
  wire       [2:0]    _zz_readyCount_0_2;
  reg        [0:0]    levelMap_0;
  reg        [2:0]    readyCount_0;
  reg        [4:0]    errors_0;
  reg        [63:0]   currentTask_0;
  reg        [1:0]    currentContext_0;
  reg        [4:0]    controlError;
  reg        [2:0]    used;
  reg        [2:0]    fresh;
  reg        [1:0]    freeHead;
  reg        [2:0]    removeState;
  wire                removeActive;
  reg                 s1_valid;
  reg                 s2_valid;
  reg        [2:0]    s1_op;
  reg        [0:0]    s1_context;
  reg        [1:0]    s1_list;
  reg        [0:0]    s1_levelOH;
  reg        [1:0]    s2_list;
  reg                 s2_writesList;
  wire                _zz_cmd_ready;
  wire                s0_fire;
  wire                removeStart;
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
  reg        [2:0]    s1_status;
  reg        [0:0]    s1_hart;
  reg        [63:0]   s1_data;
  reg                 s1_control;
  reg                 s1_read;
  reg                 s1_listNonEmpty;
  reg                 s1_priorityOk;
  reg                 s1_bypassS2;
  reg                 s1_bypassW;
  wire       [6:0]    s2_newList;
  reg        [6:0]    w_list;
  reg                 s2_dequeueOk;
  reg                 s2_enqueueOk;
  reg                 s2_fromFreeList;
  reg        [1:0]    s2_head;
  wire       [1:0]    s2_next;
  wire       [6:0]    s1_list_record;
  wire       [1:0]    _zz_s2_head;
  wire       [1:0]    _zz_s2_newTail;
  wire       [2:0]    _zz_s1_clearLevel;
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
  wire       [1:0]    s1_freeHead;
  wire       [1:0]    s1_alloc;
  wire       [1:0]    removeReadAddr;
  wire       [1:0]    s1_linkReadAddr;
  wire       [1:0]    s1_wordReadAddr;
  wire       [1:0]    links_rd0;
  wire       [63:0]   words_rd0;
  wire                s2_linkWriteEnable;
  wire       [1:0]    s2_linkWriteAddr;
  wire       [1:0]    s2_linkWriteData;
  wire                when_ReadyQueueCore_l195;
  wire                _zz_errors_0;
  wire                _zz_errors_0_1;
  reg        [63:0]   s1_status_value;
  wire                when_ReadyQueueCore_l208;
  wire       [4:0]    _zz_errors_0_2;
  wire       [4:0]    _zz_errors_0_3;
  wire                when_ReadyQueueCore_l217;
  wire                when_ReadyQueueCore_l222;
  reg        [2:0]    s2_op;
  reg        [2:0]    s2_status;
  reg        [0:0]    s2_hart;
  reg        [0:0]    s2_context;
  reg        [63:0]   s2_data;
  reg                 s2_read;
  reg        [63:0]   s2_status_value;
  reg        [1:0]    s2_newHead;
  reg        [1:0]    s2_newTail;
  reg        [2:0]    s2_newCount;
  reg                 s2_linkEnable;
  reg        [1:0]    s2_linkAddr;
  reg        [1:0]    s2_linkData;
  reg                 s2_linkBypass;
  reg        [1:0]    s2_linkBypassData;
  reg                 removeListWrite;
  wire       [6:0]    removeListRecord;
  reg        [1:0]    removeList;
  reg                 removeLinkWrite;
  wire       [1:0]    removeLinkAddr;
  wire       [1:0]    removeLinkData;
  wire                when_ReadyQueueCore_l274;
  wire                when_ReadyQueueCore_l275;
  wire                when_ReadyQueueCore_l286;
  wire       [63:0]   _zz_currentTask_0;
  wire                when_ReadyQueueCore_l279;
  reg        [63:0]   s2_rsp_data;
  wire                when_ReadyQueueCore_l287;
  wire                when_ReadyQueueCore_l288;
  wire                when_ReadyQueueCore_l290;
  reg        [0:0]    removeContext;
  reg        [63:0]   removeWord;
  reg                 removeRead;
  reg        [1:0]    removeCur;
  reg        [1:0]    removePrev;
  reg        [1:0]    removeNext;
  reg        [1:0]    removeHead;
  reg        [1:0]    removeTail;
  reg        [2:0]    removeCount;
  reg        [4:0]    removeError;
  reg        [0:0]    removeLevelOH;
  wire                when_ReadyQueueCore_l323;
  wire                when_ReadyQueueCore_l326;
  wire                when_ReadyQueueCore_l340;
  wire                when_ReadyQueueCore_l343;
  wire                when_ReadyQueueCore_l354;
  wire                _zz_rsp_valid;
  reg [63:0] words [0:3];
  reg [1:0] links [0:3];
  reg [6:0] lists [0:3];

  assign _zz_s0_level_2 = _zz_s0_level[0:0];
  assign _zz_s1_alloc = fresh[1:0];
  assign _zz_readyCount_0 = (readyCount_0 + 3'b001);
  assign _zz_readyCount_0_1 = (readyCount_0 - 3'b001);
  assign _zz_s1_status_value = _zz_s1_status_value_1;
  assign _zz_s1_status_value_1 = (3'b100 - used);
  assign _zz_s2_newCount = (_zz_s1_clearLevel - 3'b001);
  assign _zz_s2_newCount_1 = (_zz_s1_clearLevel + 3'b001);
  assign _zz_s2_rsp_data = {{currentContext_0[1],30'h0},currentContext_0[0 : 0]};
  assign _zz_removeListRecord = (removeCount - 3'b001);
  assign _zz_readyCount_0_2 = (readyCount_0 - 3'b001);
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

  assign removeActive = (removeState != 3'b000);
  assign _zz_cmd_ready = (cmd_payload_op == 3'b011);
  assign cmd_ready = ((! removeActive) && ((! _zz_cmd_ready) || ((! s1_valid) && (! s2_valid))));
  assign s0_fire = ((cmd_valid && cmd_ready) && (! _zz_cmd_ready));
  assign removeStart = ((cmd_valid && cmd_ready) && _zz_cmd_ready);
  assign _zz_s0_levels = (s1_valid && (s1_context == cmd_payload_context));
  assign _zz_s0_levels_1 = 1'b0;
  assign s0_levels = ((levelMap_0 | ((_zz_s0_levels && s1_setLevel) ? s1_levelOH : _zz_s0_levels_1)) & (~ ((_zz_s0_levels && s1_clearLevel) ? s1_levelOH : _zz_s0_levels_1)));
  assign _zz_s0_level = cmd_payload_data[5 : 1];
  assign _zz_s1_priorityOk = (_zz_s0_level < 5'h01);
  assign _zz_s0_level_1 = (cmd_payload_op == 3'b010);
  assign s0_level = (_zz_s0_level_1 ? 1'b0 : _zz_s0_level_2);
  assign s0_listNonEmpty = (_zz_s0_level_1 ? (|s0_levels) : s0_levels[0]);
  assign s0_list = {cmd_payload_context,s0_level};
  assign s0_levelOH = (1'b1 <<< s0_level);
  assign lists_rd0 = lists_spinal_port0;
  assign s1_list_record = (s1_bypassS2 ? s2_newList : (s1_bypassW ? w_list : lists_rd0));
  assign _zz_s2_head = s1_list_record[1 : 0];
  assign _zz_s2_newTail = s1_list_record[3 : 2];
  assign _zz_s1_clearLevel = s1_list_record[6 : 4];
  assign _zz_s2_newHead = (s1_op == 3'b000);
  assign _zz_s1_enqueueOk = (_zz_s2_newHead || (s1_op == 3'b001));
  assign _zz_s1_dequeueOk = (s1_op == 3'b010);
  assign when_ReadyQueueCore_l154 = (s1_data[63 : 6] == 58'h0);
  assign when_ReadyQueueCore_l155 = (used == 3'b100);
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
  assign s1_clearLevel = (s1_dequeueOk && (_zz_s1_clearLevel == 3'b001));
  assign s1_linkReadAddr = (removeActive ? removeReadAddr : (_zz_s1_dequeueOk ? _zz_s2_head : s1_alloc));
  assign s1_wordReadAddr = (removeActive ? removeReadAddr : _zz_s2_head);
  assign links_rd0 = links_spinal_port0;
  assign words_rd0 = words_spinal_port0;
  assign when_ReadyQueueCore_l195 = (! s1_fromFreeList);
  assign _zz_errors_0 = (s1_valid && (s1_op == 3'b100));
  assign _zz_errors_0_1 = (s1_valid && (s1_op == 3'b110));
  always @(*) begin
    s1_status_value = 64'h0;
    if(when_ReadyQueueCore_l208) begin
      case(s1_status)
        3'b000 : begin
          s1_status_value = {61'd0, readyCount_0};
        end
        3'b001 : begin
          s1_status_value = {63'd0, levelMap_0};
        end
        3'b010 : begin
          s1_status_value = {59'd0, errors_0};
        end
        3'b011 : begin
          s1_status_value = {61'd0, _zz_s1_status_value};
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
  assign _zz_errors_0_2 = 5'h10;
  assign _zz_errors_0_3 = 5'h0;
  assign when_ReadyQueueCore_l217 = (s1_valid && (! s1_control));
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
  always @(*) begin
    s2_rsp_data = s2_status_value;
    if(when_ReadyQueueCore_l286) begin
      s2_rsp_data = _zz_currentTask_0;
    end else begin
      if(when_ReadyQueueCore_l287) begin
        s2_rsp_data = s2_data;
      end else begin
        if(when_ReadyQueueCore_l288) begin
          s2_rsp_data = currentTask_0;
        end else begin
          if(when_ReadyQueueCore_l290) begin
            s2_rsp_data = {32'd0, _zz_s2_rsp_data};
          end
        end
      end
    end
  end

  assign when_ReadyQueueCore_l287 = (s2_op == 3'b101);
  assign when_ReadyQueueCore_l288 = ((s2_op == 3'b100) && (s2_status == 3'b100));
  assign when_ReadyQueueCore_l290 = ((s2_op == 3'b100) && (s2_status == 3'b101));
  assign removeReadAddr = ((removeState == 3'b001) ? lists_rd0[1 : 0] : s2_next);
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
  assign when_ReadyQueueCore_l354 = (removeCount == 3'b001);
  assign _zz_rsp_valid = (removeState == 3'b101);
  assign rsp_valid = (s2_valid || _zz_rsp_valid);
  assign rsp_payload_data = (_zz_rsp_valid ? 64'h0 : s2_rsp_data);
  assign rsp_payload_fault = (s2_valid && (s2_op == 3'b110));
  assign rsp_payload_read = (_zz_rsp_valid ? removeRead : s2_read);
  always @(posedge clk) begin
    if(reset) begin
      levelMap_0 <= 1'b0;
      readyCount_0 <= 3'b000;
      errors_0 <= 5'h0;
      currentTask_0 <= 64'h0;
      currentContext_0 <= 2'b00;
      controlError <= 5'h0;
      used <= 3'b000;
      fresh <= 3'b000;
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
          levelMap_0 <= (levelMap_0 | s1_levelOH);
        end
        if(s1_clearLevel) begin
          levelMap_0 <= (levelMap_0 & (~ s1_levelOH));
        end
        if(s1_enqueueOk) begin
          readyCount_0 <= _zz_readyCount_0;
          used <= (used + 3'b001);
          if(when_ReadyQueueCore_l195) begin
            fresh <= (fresh + 3'b001);
          end
        end
        if(s1_dequeueOk) begin
          readyCount_0 <= _zz_readyCount_0_1;
          used <= (used - 3'b001);
        end
      end
      if(when_ReadyQueueCore_l217) begin
        errors_0 <= ((((_zz_errors_0 && (s1_status == 3'b010)) ? _zz_errors_0_3 : errors_0) | s1_enqueueError) | (_zz_errors_0_1 ? _zz_errors_0_2 : _zz_errors_0_3));
      end
      if(when_ReadyQueueCore_l222) begin
        controlError <= (((_zz_errors_0 && (s1_status == 3'b110)) ? _zz_errors_0_3 : controlError) | (_zz_errors_0_1 ? _zz_errors_0_2 : _zz_errors_0_3));
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
        currentTask_0 <= _zz_currentTask_0;
        currentContext_0 <= {s2_dequeueOk,s2_context};
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
    s2_newCount <= (_zz_s1_dequeueOk ? _zz_s2_newCount : ((! s1_listNonEmpty) ? 3'b001 : _zz_s2_newCount_1));
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
        removeHead <= lists_rd0[1 : 0];
        removeTail <= lists_rd0[3 : 2];
        removeCount <= lists_rd0[6 : 4];
        removeCur <= lists_rd0[1 : 0];
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

module TaskIntc_c1_p1_n4_w64_h1_axi4lite_RegisterDecoder (
  input  wire          req_valid,
  output wire          req_ready,
  input  wire          req_payload_write,
  input  wire          req_payload_fullWidth,
  input  wire [12:0]   req_payload_address,
  input  wire [63:0]   req_payload_data,
  output wire          cmd_valid,
  input  wire          cmd_ready,
  output reg  [2:0]    cmd_payload_op,
  output reg  [2:0]    cmd_payload_status,
  output wire          cmd_payload_control,
  output wire          cmd_payload_read,
  output reg  [0:0]    cmd_payload_context,
  output reg  [0:0]    cmd_payload_hart,
  output reg  [63:0]   cmd_payload_data,
  output wire          refused
);

  wire       [0:0]    _zz_cmd_payload_context_2;
  wire       [0:0]    page;
  wire       [11:0]   offset;
  wire                onControl;
  wire                onContext;
  wire                when_RegisterDecoder_l70;
  wire                when_RegisterDecoder_l70_1;
  wire                when_RegisterDecoder_l70_2;
  wire                when_RegisterDecoder_l70_3;
  wire       [0:0]    _zz_cmd_payload_hart;
  wire                when_RegisterDecoder_l70_4;
  wire       [0:0]    _zz_cmd_payload_hart_1;
  wire                when_RegisterDecoder_l70_5;
  wire       [0:0]    _zz_cmd_payload_context;
  wire                when_RegisterDecoder_l70_6;
  wire       [0:0]    _zz_cmd_payload_context_1;
  wire                when_RegisterDecoder_l70_7;
  wire                when_RegisterDecoder_l70_8;
  wire                when_RegisterDecoder_l70_9;
  wire                when_RegisterDecoder_l70_10;
  wire                when_RegisterDecoder_l70_11;
  wire                when_RegisterDecoder_l70_12;
  wire                when_RegisterDecoder_l70_13;
  wire       [0:0]    _zz_cmd_payload_hart_2;
  wire                when_RegisterDecoder_l70_14;

  assign _zz_cmd_payload_context_2 = (page - 1'b1);
  assign cmd_valid = req_valid;
  assign req_ready = cmd_ready;
  assign page = req_payload_address[12 : 12];
  assign offset = req_payload_address[11 : 0];
  assign onControl = (page == 1'b0);
  assign onContext = (page != 1'b0);
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
    cmd_payload_context = (onContext ? _zz_cmd_payload_context_2[0 : 0] : 1'b0);
    if(when_RegisterDecoder_l70_6) begin
      cmd_payload_context = _zz_cmd_payload_context;
    end
    if(when_RegisterDecoder_l70_7) begin
      cmd_payload_context = _zz_cmd_payload_context_1;
    end
  end

  always @(*) begin
    cmd_payload_hart = 1'b0;
    if(when_RegisterDecoder_l70_4) begin
      cmd_payload_hart = _zz_cmd_payload_hart;
    end
    if(when_RegisterDecoder_l70_5) begin
      cmd_payload_hart = _zz_cmd_payload_hart_1;
    end
    if(when_RegisterDecoder_l70_14) begin
      cmd_payload_hart = _zz_cmd_payload_hart_2;
    end
  end

  always @(*) begin
    cmd_payload_data = req_payload_data;
    if(when_RegisterDecoder_l70) begin
      cmd_payload_data = 64'h0000000054494301;
    end
    if(when_RegisterDecoder_l70_1) begin
      cmd_payload_data = 64'h0000000008110201;
    end
  end

  assign cmd_payload_control = (! onContext);
  assign cmd_payload_read = (! req_payload_write);
  assign when_RegisterDecoder_l70 = ((onControl && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_1 = ((onControl && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_2 = ((onControl && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_3 = ((onControl && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign _zz_cmd_payload_hart = offset[3 : 3];
  assign when_RegisterDecoder_l70_4 = ((onControl && (((offset[11 : 4] == 8'h10) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_hart < 1'b1))) && (! req_payload_write));
  assign _zz_cmd_payload_hart_1 = offset[3 : 3];
  assign when_RegisterDecoder_l70_5 = ((onControl && (((offset[11 : 4] == 8'h20) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_hart_1 < 1'b1))) && (! req_payload_write));
  assign _zz_cmd_payload_context = offset[3 : 3];
  assign when_RegisterDecoder_l70_6 = ((onControl && (((offset[11 : 4] == 8'h40) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_context < 1'b1))) && (! req_payload_write));
  assign _zz_cmd_payload_context_1 = offset[3 : 3];
  assign when_RegisterDecoder_l70_7 = ((onControl && (((offset[11 : 4] == 8'h80) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_context_1 < 1'b1))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_8 = ((onContext && ((offset[11 : 3] == 9'h0) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_9 = ((onContext && ((offset[11 : 3] == 9'h001) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_10 = ((onContext && ((offset[11 : 3] == 9'h002) && (offset[2 : 0] == 3'b000))) && (req_payload_write && req_payload_fullWidth));
  assign when_RegisterDecoder_l70_11 = ((onContext && ((offset[11 : 3] == 9'h003) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_12 = ((onContext && ((offset[11 : 3] == 9'h004) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign when_RegisterDecoder_l70_13 = ((onContext && ((offset[11 : 3] == 9'h005) && (offset[2 : 0] == 3'b000))) && (! req_payload_write));
  assign _zz_cmd_payload_hart_2 = offset[3 : 3];
  assign when_RegisterDecoder_l70_14 = ((onContext && (((offset[11 : 4] == 8'h10) && (offset[2 : 0] == 3'b000)) && (_zz_cmd_payload_hart_2 < 1'b1))) && (! req_payload_write));
  assign refused = (cmd_payload_op == 3'b110);

endmodule

module TaskIntc_c1_p1_n4_w64_h1_axi4lite_AxiLite4Adapter (
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
