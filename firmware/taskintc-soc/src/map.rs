//! The SoC's address map, device registers and the records format: generated from the one declaration
//! (`taskintc.soc.SocMap`, `RecordFormat`) into `soc/generated/soc_map.rs` by `taskintc-gen soc-map`.
include!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../soc/generated/soc_map.rs"));
