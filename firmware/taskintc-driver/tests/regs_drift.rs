//! The driver's register constants are a copy of the generator's output: fail when they drift.
//! Fix with `make rtl` (which refreshes the copy) or
//! `cp rtl-out/TaskIntc_regs.rs firmware/taskintc-driver/src/regs.rs`.
use std::path::Path;

#[test]
fn regs_match_rtl_out() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let generated = manifest.join("../../rtl-out/TaskIntc_regs.rs");
    let copy = manifest.join("src/regs.rs");
    let generated = std::fs::read_to_string(&generated).unwrap_or_else(|e| panic!("{}: {}", generated.display(), e));
    let copy = std::fs::read_to_string(&copy).unwrap();
    assert!(
        generated == copy,
        "firmware/taskintc-driver/src/regs.rs differs from rtl-out/TaskIntc_regs.rs: run `make rtl` \
         or copy the generated file"
    );
}
