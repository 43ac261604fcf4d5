//! Every enum that crosses a boundary as text has one text per variant:
//! serde's (the JSON), `as_str` (SQL, URLs, the CLI) and `parse` agree.

use strum::VariantArray;
use transition_domain::export::{AccountStatus, ReferralStatus};
use transition_domain::input::SolutionKind;
use transition_domain::wire::drafts::Step;

fn agree<T>(as_str: impl Fn(&T) -> &'static str, parse: impl Fn(&str) -> Option<T>)
where
    T: VariantArray + serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    for variant in T::VARIANTS {
        let text = as_str(variant);
        assert_eq!(
            serde_json::to_value(variant).ok(),
            Some(serde_json::Value::String(text.to_owned()))
        );
        assert_eq!(parse(text).as_ref(), Some(variant));
        let read: Option<T> = serde_json::from_value(text.into()).ok();
        assert_eq!(read.as_ref(), Some(variant));
    }
    assert_eq!(parse("no such variant"), None);
}

#[test]
fn serde_and_as_str_say_the_same() {
    agree(|s: &AccountStatus| s.as_str(), AccountStatus::parse);
    agree(|s: &SolutionKind| s.as_str(), SolutionKind::parse);
    agree(|s: &ReferralStatus| s.as_str(), |t| t.parse().ok());
    agree(|s: &Step| s.as_str(), |t| t.parse().ok());
    assert_eq!(AccountStatus::VARIANTS.len(), 2);
    assert_eq!(ReferralStatus::VARIANTS.len(), 6);
}
