//! Words a person reads that are not issue messages, shared by the CLI and
//! the app (what an import leaves behind, referral statuses), in every
//! language (`locales/`). The CLI's own words are in [`report`](crate::report).

use crate::messages::Messages;

crate::catalogue! {
    /// A word of the labels' catalogue.
    pub enum Label = "label-";

    ReferralsNotImported = "referrals_not_imported";
    ReviewsNotImported = "reviews_not_imported";
    DroppedProduct = "dropped_product";
    DroppedIndustry = "dropped_industry";
    ExcludedLocation = "excluded_location";
    ExcludedSolution = "excluded_solution";
    UnselectedSolution = "unselected_solution";
    UnselectedProfile = "unselected_profile";
    MoreIssues = "more_issues";
    AddressLine1 = "address_line1";
    AddressLine2 = "address_line2";
    AddressCity = "address_city";
    AddressPostalCode = "address_postal_code";
    ReferralNew = "referral_new";
    ReferralAccepted = "referral_accepted";
    ReferralDeclined = "referral_declined";
    ReferralWon = "referral_won";
    ReferralLost = "referral_lost";
    ReferralExpired = "referral_expired";
}

/// The words for an address field the rules name by its key (`city`,
/// `postal_code`, ...), as a message reads it in `messages`' language.
pub fn address_field(key: &str, messages: &Messages) -> Option<String> {
    let label = match key {
        "line1" => Label::AddressLine1,
        "line2" => Label::AddressLine2,
        "city" => Label::AddressCity,
        "postal_code" => Label::AddressPostalCode,
        _ => return None,
    };
    Some(messages.text(label))
}
