//! Links the Verilated model and the C++ AXI4-Lite harness that `scripts/firmware.sh sim` (run by
//! `make firmware-test`) builds; no C++ is compiled here.
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=TASKINTC_SIM_LIB_DIR");
    println!("cargo:rerun-if-env-changed=TASKINTC_TOP");
    let top = std::env::var("TASKINTC_TOP").unwrap_or_else(|_| "TaskIntc".to_string());
    let dir = match std::env::var("TASKINTC_SIM_LIB_DIR") {
        Ok(dir) => PathBuf::from(dir),
        Err(_) => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../build/firmware-sim").join(&top),
    };
    for lib in ["taskintc_sim", "taskintc_model", "taskintc_verilated"] {
        let file = dir.join(format!("lib{}.a", lib));
        if !file.exists() {
            panic!(
                "{} is missing: build the Verilated model first with `make firmware-sim` \
                 (or set TASKINTC_SIM_LIB_DIR to the directory that holds it)",
                file.display()
            );
        }
        println!("cargo:rerun-if-changed={}", file.display());
    }
    println!("cargo:rustc-link-search=native={}", dir.display());
    // Order matters for static archives: the harness uses the model, the model the run-time.
    println!("cargo:rustc-link-lib=static=taskintc_sim");
    println!("cargo:rustc-link-lib=static=taskintc_model");
    println!("cargo:rustc-link-lib=static=taskintc_verilated");
    println!("cargo:rustc-link-lib=dylib=stdc++");
    println!("cargo:rustc-link-lib=dylib=pthread");
    println!("cargo:rustc-env=TASKINTC_SIM_TOP={}", top);
}
