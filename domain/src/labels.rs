//! Words a person reads that are not issue messages, shared by the CLI and
//! the app (what an import leaves behind, referral statuses), in French
//! and English. As with issue codes, an entry without both texts does not
//! compile. The CLI's own words are in [`report`](crate::report).

use crate::catalogue::Lang;
use crate::export::ReferralStatus;

crate::catalogue! {
    /// A word of the labels' catalogue.
    pub enum Label;

    ReferralsNotImported, en: "{count} {count|customer referral|customer referrals}: never imported; download them before and after the import",
        fr: "{count} {count|référence client|références client} : jamais importées ; téléchargez-les avant et après l’importation";
    ReviewsNotImported, en: "{count} {count|customer review|customer reviews}: not carried over, the feature was removed",
        fr: "{count} avis des clients : non repris, la fonctionnalité a été supprimée";
    DroppedProduct, en: "product tag “{value}” ({profile}): not a Microsoft product",
        fr: "produit « {value} » ({profile}) : pas un produit Microsoft";
    DroppedIndustry, en: "industry “{value}” ({profile}): not in the catalogue",
        fr: "secteur « {value} » ({profile}) : absent du catalogue";
    ExcludedLocation, en: "location “{name}” ({profile}): excluded", fr: "emplacement « {name} » ({profile}) : exclu";
    ExcludedSolution, en: "solution “{name}” ({profile}): excluded", fr: "solution « {name} » ({profile}) : exclue";
    UnselectedSolution, en: "solution “{name}” ({profile}): its business profile is not imported",
        fr: "solution « {name} » ({profile}) : son profil commercial n’est pas importé";
    UnselectedProfile, en: "business profile “{name}” ({profile}): not selected",
        fr: "profil commercial « {name} » ({profile}) : non sélectionné";
    MoreIssues, en: "and {count} more {count|issue|issues} not listed here",
        fr: "et {count} {count|autre problème non affiché|autres problèmes non affichés}";
    AddressLine1, en: "a first line", fr: "une première ligne";
    AddressLine2, en: "a second line", fr: "une deuxième ligne";
    AddressCity, en: "a city", fr: "une ville";
    AddressPostalCode, en: "a postal code", fr: "un code postal";
    ReferralNew, en: "New", fr: "Nouvelle";
    ReferralAccepted, en: "Accepted", fr: "Acceptée";
    ReferralDeclined, en: "Declined", fr: "Refusée";
    ReferralWon, en: "Won", fr: "Gagnée";
    ReferralLost, en: "Lost", fr: "Perdue";
    ReferralExpired, en: "Expired", fr: "Expirée";
}

impl ReferralStatus {
    /// The status as a person reads it in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        let label = match self {
            ReferralStatus::New => Label::ReferralNew,
            ReferralStatus::Accepted => Label::ReferralAccepted,
            ReferralStatus::Declined => Label::ReferralDeclined,
            ReferralStatus::Won => Label::ReferralWon,
            ReferralStatus::Lost => Label::ReferralLost,
            ReferralStatus::Expired => Label::ReferralExpired,
        };
        label.text(lang)
    }
}

/// The words for an address field the rules name by its key (`city`,
/// `postal_code`, ...), as a message reads it in `lang`.
pub fn address_field(key: &str, lang: Lang) -> Option<&'static str> {
    let label = match key {
        "line1" => Label::AddressLine1,
        "line2" => Label::AddressLine2,
        "city" => Label::AddressCity,
        "postal_code" => Label::AddressPostalCode,
        _ => return None,
    };
    Some(label.text(lang))
}
