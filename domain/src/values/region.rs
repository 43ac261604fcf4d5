//! Countries and regions: ISO 3166-1 alpha-2 codes.

use serde::{Deserialize, Serialize};

use crate::codes::Code;
use crate::issue::Issue;

/// ISO 3166-1 alpha-2 codes, sorted (249 assigned codes).
const ISO_3166_ALPHA2: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// A country or region: an assigned ISO 3166-1 alpha-2 code, upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Region([u8; 2]);

impl Region {
    /// Accepts any case ("fr" → "FR"); `code` is the issue raised when the
    /// text is not an assigned code (`region_invalid`, `country_invalid`).
    pub fn parse_as(raw: &str, code: Code) -> Result<Region, Issue> {
        let text = raw.trim();
        let bytes = text.as_bytes();
        let invalid = || Issue::error(code, "").with("value", text);
        let [first, second] = bytes else {
            return Err(invalid());
        };
        if !first.is_ascii_alphabetic() || !second.is_ascii_alphabetic() {
            return Err(invalid());
        }
        let upper = [first.to_ascii_uppercase(), second.to_ascii_uppercase()];
        let known = ISO_3166_ALPHA2
            .split(' ')
            .any(|candidate| candidate.as_bytes() == upper);
        if known {
            Ok(Region(upper))
        } else {
            Err(invalid())
        }
    }

    pub fn parse(raw: &str) -> Result<Region, Issue> {
        Region::parse_as(raw, Code::RegionInvalid)
    }

    /// Every assigned code, in order (a country list to choose from).
    pub fn codes() -> impl Iterator<Item = &'static str> {
        ISO_3166_ALPHA2.split(' ')
    }

    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

string_conversions!(Region, Region::parse);

impl std::fmt::Display for Region {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
