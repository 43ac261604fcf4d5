//! Words a person reads that are not issue messages: headings, field names,
//! summaries — shared by the CLI and the app, in French and English. As
//! with issue codes, an entry without both texts does not compile.

use crate::catalogue::Lang;
use crate::export::ReferralStatus;

crate::catalogue! {
    /// A word of the labels' catalogue.
    pub enum Label;

    Account, en: "{company} (Pinpoint account {account}, partner {partner}): {status}",
        fr: "{company} (compte Pinpoint {account}, partenaire {partner}) : {status}";
    StatusActive, en: "active", fr: "actif";
    StatusClosed, en: "closed", fr: "clôturé";
    Holdings, en: "{profiles} {profiles|business profile|business profiles}, {solutions} {solutions|app or service profile|app or service profiles}, {referrals} {referrals|customer referral|customer referrals}, {reviews} {reviews|customer review|customer reviews}",
        fr: "{profiles} {profiles|profil commercial|profils commerciaux}, {solutions} {solutions|profil d’application ou de service|profils d’application ou de service}, {referrals} {referrals|référence client|références client}, {reviews} {reviews|avis des clients|avis des clients}";
    Error, en: "error", fr: "erreur";
    Warning, en: "warning", fr: "avertissement";
    NoIssue, en: "No issue.", fr: "Aucun problème.";
    WillCreate, en: "Will be created:", fr: "Sera créé :";
    ProfileLine, en: "{region} — {name}: {locations} {locations|location|locations}, {solutions} {solutions|solution|solutions}",
        fr: "{region} — {name} : {locations} {locations|emplacement|emplacements}, {solutions} {solutions|solution|solutions}";
    NotImported, en: "Will not be imported:", fr: "Ne sera pas importé :";
    ReferralsNotImported, en: "{count} {count|customer referral|customer referrals}: never imported; download them before and after the import",
        fr: "{count} {count|référence client|références client} : jamais importées ; téléchargez-les avant et après l’importation";
    ReviewsNotImported, en: "{count} {count|customer review|customer reviews}: not carried over, the feature was removed",
        fr: "{count} {count|avis des clients|avis des clients} : non repris, la fonctionnalité a été supprimée";
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
    VerdictCanImport, en: "Verdict: can be imported.", fr: "Verdict : peut être importé.";
    VerdictBlocked, en: "Verdict: cannot be imported — {errors} {errors|error|errors} to fix.",
        fr: "Verdict : ne peut pas être importé — {errors} {errors|erreur|erreurs} à corriger.";
    VerdictNeedsAcknowledgements, en: "Verdict: no error; both acknowledgements are still needed.",
        fr: "Verdict : aucune erreur ; les deux confirmations sont encore nécessaires.";
    ExportRefused, en: "The export {file} is refused:", fr: "L’export {file} est refusé :";
    CheckValid, en: "The export follows every rule.", fr: "L’export respecte toutes les règles.";
    ReferralNew, en: "New", fr: "Nouvelle";
    ReferralAccepted, en: "Accepted", fr: "Acceptée";
    ReferralDeclined, en: "Declined", fr: "Refusée";
    ReferralWon, en: "Won", fr: "Gagnée";
    ReferralLost, en: "Lost", fr: "Perdue";
    ReferralExpired, en: "Expired", fr: "Expirée";
    CheckInvalid, en: "The export breaks {errors} {errors|rule|rules}.", fr: "L’export enfreint {errors} {errors|règle|règles}.";
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
