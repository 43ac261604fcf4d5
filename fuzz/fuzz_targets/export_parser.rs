//! The export parser on arbitrary bytes: never panics; a parsed export
//! passes `check_export`'s integrity rules the same way, serializes and
//! parses back to itself; a refusal renders its issues in both languages;
//! a size limit below the input's size refuses it as too large.
#![no_main]

use libfuzzer_sys::fuzz_target;
use transition_domain::{
    check_export, parse_export, parse_export_with, ExportError, Lang, ParseLimits,
};

fuzz_target!(|data: &[u8]| {
    match parse_export(data) {
        Ok(export) => {
            let _ = check_export(&export);
            let json = serde_json::to_vec(&export).expect("a parsed export serializes");
            let again = parse_export(&json).expect("a serialized export parses again");
            assert_eq!(again, export, "export round trip");
        }
        Err(error) => {
            for issue in error.issues() {
                for lang in Lang::ALL {
                    let _ = issue.localized(transition_domain::locales::messages(lang));
                }
            }
        }
    }
    // Small limits: anything over the limit is refused before it is read.
    for max_bytes in [0, 1, data.len() / 2, data.len()] {
        let limits = ParseLimits { max_bytes };
        match parse_export_with(data, limits) {
            Err(ExportError::TooLarge { limit, actual }) => {
                assert!(data.len() > max_bytes);
                assert_eq!((limit, actual), (max_bytes, data.len()));
            }
            _ => assert!(data.len() <= max_bytes, "over the limit yet not refused"),
        }
    }
});
