//! Words a person reads that are not issue messages: headings, field names,
//! summaries — shared by the CLI and the app, in French and English. As
//! with issue codes, an entry without both texts does not compile.

crate::catalogue! {
    /// A word of the labels' catalogue.
    pub enum Label;

    Account, en: "{company} (Pinpoint account {account}, partner {partner}): {status}",
        fr: "{company} (compte Pinpoint {account}, partenaire {partner}) : {status}";
    StatusActive, en: "active", fr: "actif";
    StatusClosed, en: "closed", fr: "fermé";
    Holdings, en: "{profiles} business profile(s), {solutions} app/service profile(s), {referrals} customer referral(s), {reviews} customer review(s)",
        fr: "{profiles} profil(s) d’entreprise, {solutions} profil(s) d’application ou de service, {referrals} recommandation(s) de clients, {reviews} avis client(s)";
    Error, en: "error", fr: "erreur";
    Warning, en: "warning", fr: "avertissement";
    NoIssue, en: "No issue.", fr: "Aucun problème.";
    WillCreate, en: "Will be created:", fr: "Sera créé :";
    ProfileLine, en: "{region} — {name}: {locations} location(s), {solutions} solution(s)",
        fr: "{region} — {name} : {locations} emplacement(s), {solutions} solution(s)";
    NotImported, en: "Will not be imported:", fr: "Ne sera pas importé :";
    ReferralsNotImported, en: "{count} customer referral(s): never imported; download them before and after the import",
        fr: "{count} recommandation(s) de clients : jamais importées ; téléchargez-les avant et après l’import";
    ReviewsNotImported, en: "{count} customer review(s): not carried over, the feature was removed",
        fr: "{count} avis client(s) : non repris, la fonctionnalité a été supprimée";
    DroppedProduct, en: "product tag “{value}” ({profile}): not a Microsoft product",
        fr: "produit « {value} » ({profile}) : pas un produit Microsoft";
    DroppedIndustry, en: "industry “{value}” ({profile}): not in the catalogue",
        fr: "secteur « {value} » ({profile}) : absent du catalogue";
    ExcludedLocation, en: "location “{name}” ({profile}): excluded", fr: "emplacement « {name} » ({profile}) : exclu";
    ExcludedSolution, en: "solution “{name}” ({profile}): excluded", fr: "solution « {name} » ({profile}) : exclue";
    UnselectedSolution, en: "solution “{name}” ({profile}): its business profile is not imported",
        fr: "solution « {name} » ({profile}) : son profil d’entreprise n’est pas importé";
    UnselectedProfile, en: "business profile “{name}” ({profile}): not selected",
        fr: "profil d’entreprise « {name} » ({profile}) : non sélectionné";
    VerdictCanImport, en: "Verdict: can be imported.", fr: "Verdict : peut être importé.";
    VerdictBlocked, en: "Verdict: cannot be imported — {errors} error(s) to fix.",
        fr: "Verdict : ne peut pas être importé — {errors} erreur(s) à corriger.";
    VerdictNeedsAcknowledgements, en: "Verdict: no error; both acknowledgements are still needed.",
        fr: "Verdict : aucune erreur ; les deux confirmations sont encore nécessaires.";
    ExportRefused, en: "The export {file} is refused:", fr: "L’export {file} est refusé :";
    CheckValid, en: "The export follows every rule.", fr: "L’export respecte toutes les règles.";
    CheckInvalid, en: "The export breaks {errors} rule(s).", fr: "L’export enfreint {errors} règle(s).";
}
