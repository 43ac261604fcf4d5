//! The operator's words: the text the CLI's `check` and `plan` print
//! (account, holdings, verdicts), in French and English. Apart from
//! [`labels`](crate::labels), which the app shares, so that the app's
//! bundle does not carry them.

crate::catalogue! {
    /// A word of the CLI's text reports.
    pub enum Report;

    Account, en: "{company} (Pinpoint account {account}, partner {partner}): {status}",
        fr: "{company} (compte Pinpoint {account}, partenaire {partner}) : {status}";
    StatusActive, en: "active", fr: "actif";
    StatusClosed, en: "closed", fr: "clôturé";
    Holdings, en: "{profiles} {profiles|business profile|business profiles}, {solutions} {solutions|app or service profile|app or service profiles}, {referrals} {referrals|customer referral|customer referrals}, {reviews} {reviews|customer review|customer reviews}",
        fr: "{profiles} {profiles|profil commercial|profils commerciaux}, {solutions} {solutions|profil d’application ou de service|profils d’application ou de service}, {referrals} {referrals|référence client|références client}, {reviews} avis des clients";
    Error, en: "error", fr: "erreur";
    Warning, en: "warning", fr: "avertissement";
    NoIssue, en: "No issue.", fr: "Aucun problème.";
    WillCreate, en: "Will be created:", fr: "Sera créé :";
    ProfileLine, en: "{region} — {name}: {locations} {locations|location|locations}, {solutions} {solutions|solution|solutions}",
        fr: "{region} — {name} : {locations} {locations|emplacement|emplacements}, {solutions} {solutions|solution|solutions}";
    NotImported, en: "Will not be imported:", fr: "Ne sera pas importé :";
    VerdictCanImport, en: "Verdict: can be imported.", fr: "Verdict : peut être importé.";
    VerdictBlocked, en: "Verdict: cannot be imported — {errors} {errors|error|errors} to fix.",
        fr: "Verdict : ne peut pas être importé — {errors} {errors|erreur|erreurs} à corriger.";
    VerdictNeedsAcknowledgements, en: "Verdict: no error; both acknowledgements are still needed.",
        fr: "Verdict : aucune erreur ; les deux confirmations sont encore nécessaires.";
    ExportRefused, en: "The export {file} is refused:", fr: "L’export {file} est refusé :";
    CheckValid, en: "The export follows every rule.", fr: "L’export respecte toutes les règles.";
    CheckInvalid, en: "The export breaks {errors} {errors|rule|rules}.", fr: "L’export enfreint {errors} {errors|règle|règles}.";
}
