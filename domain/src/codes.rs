//! Every issue code the product can report, with its message in each
//! language. One entry per code: adding a code without a French and an
//! English text does not compile.
//!
//! Messages take `{name}` placeholders, filled from the parameters.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use crate::catalogue::{render, Lang};

crate::catalogue! {
    /// A stable, snake_case issue code. Its text form never changes once
    /// released: clients match on it.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    #[cfg_attr(feature = "openapi", serde(rename_all = "snake_case"))]
    pub enum Code;

    // --- The Pinpoint export (SPEC §2) ---
    ExportTooLarge = "export_too_large",
        en: "The export is {actual} bytes; the limit is {limit} bytes.",
        fr: "L’export fait {actual} octets ; la limite est de {limit} octets.";
    ExportNotJson = "export_not_json",
        en: "The export is not valid JSON (line {line}, column {column}): {reason}.",
        fr: "L’export n’est pas un JSON valide (ligne {line}, colonne {column}) : {reason}.";
    ExportFormatUnknown = "export_format_unknown",
        en: "Unknown export format “{found}”; expected “{expected}”.",
        fr: "Format d’export inconnu « {found} » ; attendu : « {expected} ».";
    ExportFieldMissing = "export_field_missing",
        en: "The required field “{field}” is missing.",
        fr: "Le champ obligatoire « {field} » est absent.";
    ExportMalformed = "export_malformed",
        en: "This value has the wrong shape: {reason}.",
        fr: "Cette valeur n’a pas la forme attendue : {reason}.";
    ExportValueInvalid = "export_value_invalid",
        en: "“{value}” is not valid here: expected {expected}.",
        fr: "« {value} » n’est pas valide ici : attendu {expected}.";
    DuplicateId = "duplicate_id",
        en: "The id “{id}” is already used at {first}.",
        fr: "L’identifiant « {id} » est déjà utilisé en {first}.";
    DanglingReference = "dangling_reference",
        en: "“{id}” refers to nothing in {target}.",
        fr: "« {id} » ne correspond à rien dans {target}.";

    // --- The import request ---
    ListTooLong = "list_too_long",
        en: "This list has {actual} entries; the limit is {limit}.",
        fr: "Cette liste compte {actual} entrées ; la limite est de {limit}.";
    PinpointAccountClosed = "pinpoint_account_closed",
        en: "This Pinpoint account is closed: it was already imported or retired and cannot be imported again. Contact your regional service center if this is unexpected.",
        fr: "Ce compte Pinpoint est clôturé : il a déjà été importé ou retiré et ne peut plus être importé. Contactez votre Centre de service régional si ce n’est pas normal.";
    SelectionEmpty = "selection_empty",
        en: "Select at least one Pinpoint business profile to import.",
        fr: "Sélectionnez au moins un profil commercial Pinpoint à importer.";
    SelectionProfileUnknown = "selection_profile_unknown",
        en: "Your Pinpoint account has no business profile “{id}”.",
        fr: "Votre compte Pinpoint n’a pas de profil commercial « {id} ».";
    SelectionDuplicate = "selection_duplicate",
        en: "The Pinpoint profile “{id}” is selected twice.",
        fr: "Le profil Pinpoint « {id} » est sélectionné deux fois.";
    RegionSelectedTwice = "region_selected_twice",
        en: "Only one business profile per region: {region} is selected twice.",
        fr: "Un seul profil commercial par région : {region} est sélectionnée deux fois.";
    RegionAlreadyHasProfile = "region_already_has_profile",
        en: "You already have a business profile for {region}. Contact your regional service center to change it.",
        fr: "Vous avez déjà un profil commercial pour {region}. Contactez votre Centre de service régional pour le modifier.";
    LocationUnknown = "location_unknown",
        en: "There is no location “{id}” in this profile.",
        fr: "Ce profil n’a pas d’emplacement « {id} ».";
    SolutionSourceUnknown = "solution_source_unknown",
        en: "“{id}” is not an app or service profile of this business profile.",
        fr: "« {id} » n’est pas un profil d’application ou de service de ce profil commercial.";
    SolutionChosenTwice = "solution_chosen_twice",
        en: "The solution “{id}” is listed twice.",
        fr: "La solution « {id} » figure deux fois.";
    LocationSolutionUnknown = "location_solution_unknown",
        en: "A location can only market this profile's own solutions; “{id}” is not one of them.",
        fr: "Un emplacement ne peut commercialiser que les solutions de ce profil ; « {id} » n’en fait pas partie.";
    AcknowledgementRequired = "acknowledgement_required",
        en: "Confirm that you have noted your customer referrals and that importing closes your Pinpoint account.",
        fr: "Confirmez que vous avez noté vos références client et que l’importation clôture votre compte Pinpoint.";

    // --- Business profile rules (SPEC §3) ---
    RegionInvalid = "region_invalid",
        en: "“{value}” is not an ISO 3166-1 country or region code.",
        fr: "« {value} » n’est pas un code de pays ou de région ISO 3166-1.";
    NameEmpty = "name_empty",
        en: "Enter a name.",
        fr: "Saisissez un nom.";
    NameTooLong = "name_too_long",
        en: "The name has {actual} characters; the limit is {limit}.",
        fr: "Le nom compte {actual} caractères ; la limite est de {limit}.";
    DescriptionTooLong = "description_too_long",
        en: "The description has {actual} characters; the limit is {limit}.",
        fr: "La description compte {actual} caractères ; la limite est de {limit}.";
    WebsiteInvalid = "website_invalid",
        en: "“{value}” is not a web address: enter a full address starting with https:// or http://.",
        fr: "« {value} » n’est pas une adresse web : saisissez une adresse complète commençant par https:// ou http://.";
    LinkedinInvalid = "linkedin_invalid",
        en: "“{value}” is not a LinkedIn company page: use https://www.linkedin.com/company/your-company.",
        fr: "« {value} » n’est pas une page entreprise LinkedIn : utilisez https://www.linkedin.com/company/votre-entreprise.";
    LogoFormatUnsupported = "logo_format_unsupported",
        en: "The logo is a {format} file; use GIF, JPG or PNG.",
        fr: "Le logo est un fichier {format} ; utilisez GIF, JPG ou PNG.";
    LogoTooWide = "logo_too_wide",
        en: "The logo is {actual} px wide; the limit is {limit} px.",
        fr: "Le logo fait {actual} px de large ; la limite est de {limit} px.";
    LogoTallerThanWide = "logo_taller_than_wide",
        en: "The logo is taller ({height} px) than wide ({width} px): a wide logo displays better.",
        fr: "Le logo est plus haut ({height} px) que large ({width} px) : un logo horizontal s’affiche mieux.";
    LogoUrlInvalid = "logo_url_invalid",
        en: "“{value}” is not a web address for the logo.",
        fr: "« {value} » n’est pas une adresse web valide pour le logo.";
    IndustryUnknown = "industry_unknown",
        en: "“{value}” is not an industry of the catalogue.",
        fr: "« {value} » n’est pas un secteur du catalogue.";
    IndustriesTooMany = "industries_too_many",
        en: "{actual} industries are selected; the limit is {limit}.",
        fr: "{actual} secteurs sont sélectionnés ; la limite est de {limit}.";
    IndustryDropped = "industry_dropped",
        en: "“{value}” is not an industry of the catalogue: it is not imported.",
        fr: "« {value} » n’est pas un secteur du catalogue : il n’est pas importé.";
    ServiceTypeUnknown = "service_type_unknown",
        en: "“{value}” is not a service type of the catalogue.",
        fr: "« {value} » n’est pas un type de service du catalogue.";
    ProductUnknown = "product_unknown",
        en: "“{value}” is not a Microsoft product of the catalogue.",
        fr: "« {value} » n’est pas un produit Microsoft du catalogue.";
    ProductDropped = "product_dropped",
        en: "“{value}” is not a Microsoft product: it is not imported.",
        fr: "« {value} » n’est pas un produit Microsoft : il n’est pas importé.";
    TagEmpty = "tag_empty",
        en: "A tag cannot be empty.",
        fr: "Un mot-clé ne peut pas être vide.";
    TagTooLong = "tag_too_long",
        en: "The tag has {actual} characters; the limit is {limit}.",
        fr: "Le mot-clé compte {actual} caractères ; la limite est de {limit}.";
    TagsTooMany = "tags_too_many",
        en: "{actual} tags; the limit is {limit}.",
        fr: "{actual} mots-clés ; la limite est de {limit}.";
    TagDuplicate = "tag_duplicate",
        en: "The tag “{value}” is already listed (case is ignored).",
        fr: "Le mot-clé « {value} » figure déjà (sans tenir compte de la casse).";
    TargetSizesEmpty = "target_sizes_empty",
        en: "Choose at least one customer size.",
        fr: "Choisissez au moins une taille de client.";
    TargetSizeUnknown = "target_size_unknown",
        en: "“{value}” is not a customer size: use small, medium, large or enterprise.",
        fr: "« {value} » n’est pas une taille de client : utilisez small (petite), medium (moyenne), large (grande) ou enterprise (très grande).";
    LocationsEmpty = "locations_empty",
        en: "A business profile needs at least one location.",
        fr: "Un profil commercial doit avoir au moins un emplacement.";
    LocationsTooMany = "locations_too_many",
        en: "{actual} locations; a business profile has at most {limit}. Exclude some.",
        fr: "{actual} emplacements ; un profil commercial en a au plus {limit}. Excluez-en.";
    LocationOutsideRegion = "location_outside_region",
        en: "This location is in {country}, outside the profile's region {region}.",
        fr: "Cet emplacement est en {country}, hors de la région {region} du profil.";
    LocationAddressDuplicate = "location_address_duplicate",
        en: "This address is the same as the location at {first}.",
        fr: "Cette adresse est identique à celle de l’emplacement en {first}.";
    LocationNameEmpty = "location_name_empty",
        en: "Enter a name for the location.",
        fr: "Saisissez un nom pour l’emplacement.";
    LocationNameTooLong = "location_name_too_long",
        en: "The location name has {actual} characters; the limit is {limit}.",
        fr: "Le nom de l’emplacement compte {actual} caractères ; la limite est de {limit}.";
    AddressIncomplete = "address_incomplete",
        en: "The address needs {field}.",
        fr: "L’adresse doit comporter {field}.";
    AddressFieldTooLong = "address_field_too_long",
        en: "This address field has {actual} characters; the limit is {limit}.",
        fr: "Ce champ d’adresse compte {actual} caractères ; la limite est de {limit}.";
    CountryInvalid = "country_invalid",
        en: "“{value}” is not an ISO 3166-1 country code.",
        fr: "« {value} » n’est pas un code de pays ISO 3166-1.";
    EmailInvalid = "email_invalid",
        en: "“{value}” is not an email address.",
        fr: "« {value} » n’est pas une adresse e-mail.";
    PhoneInvalid = "phone_invalid",
        en: "“{value}” is not a phone number.",
        fr: "« {value} » n’est pas un numéro de téléphone.";
    LocationAddressImmutable = "location_address_immutable",
        en: "An address cannot be changed: delete the location and add it again.",
        fr: "Une adresse ne peut pas être modifiée : supprimez l’emplacement puis ajoutez-le à nouveau.";
    SolutionNameEmpty = "solution_name_empty",
        en: "Enter a name for the solution.",
        fr: "Saisissez un nom pour la solution.";
    SolutionNameTooLong = "solution_name_too_long",
        en: "The solution name has {actual} characters; the limit is {limit}.",
        fr: "Le nom de la solution compte {actual} caractères ; la limite est de {limit}.";
    SolutionNameDuplicate = "solution_name_duplicate",
        en: "Another solution of this profile is already named “{value}” (case is ignored).",
        fr: "Une autre solution de ce profil s’appelle déjà « {value} » (sans tenir compte de la casse).";
    SolutionSummaryTooLong = "solution_summary_too_long",
        en: "The summary has {actual} characters; the limit is {limit}.",
        fr: "Le résumé compte {actual} caractères ; la limite est de {limit}.";
    SolutionDescriptionTooLong = "solution_description_too_long",
        en: "The solution description has {actual} characters; the limit is {limit}.",
        fr: "La description de la solution compte {actual} caractères ; la limite est de {limit}.";
    SolutionUrlInvalid = "solution_url_invalid",
        en: "“{value}” is not a web address: enter a full address starting with https:// or http://.",
        fr: "« {value} » n’est pas une adresse web : saisissez une adresse complète commençant par https:// ou http://.";
    SolutionsImportOnly = "solutions_import_only",
        en: "Solutions can only be created by importing from Pinpoint. You can still edit or delete the imported ones.",
        fr: "Les solutions ne peuvent être créées que par une importation à partir de Pinpoint. Vous pouvez toujours modifier ou supprimer celles qui ont été importées.";
    SolutionNotFound = "solution_not_found",
        en: "There is no solution “{id}” in this profile.",
        fr: "Ce profil n’a pas de solution « {id} ».";
    CspOnly = "csp_only",
        en: "Only partners enrolled in the Cloud Solution Provider program can create a new business profile; you can import from Pinpoint instead. Contact your regional service center for help.",
        fr: "Seuls les partenaires inscrits au programme Cloud Solution Provider peuvent créer un nouveau profil commercial ; vous pouvez importer à partir de Pinpoint. Contactez votre Centre de service régional pour obtenir de l’aide.";

    // --- HTTP problems (API.md); the same catalogue titles them ---
    ValidationFailed = "validation_failed",
        en: "Some values break the business profile rules.",
        fr: "Certaines valeurs ne respectent pas les règles du profil commercial.";
    RoleRequired = "role_required",
        en: "Your role lets you read only. Ask an account admin, or contact your regional service center.",
        fr: "Votre rôle ne permet que la lecture. Demandez à un administrateur du compte, ou contactez votre Centre de service régional.";
    IdempotencyKeyReused = "idempotency_key_reused",
        en: "This Idempotency-Key was already used with a different request.",
        fr: "Cette clé Idempotency-Key a déjà servi pour une autre requête.";
    IdempotencyKeyMissing = "idempotency_key_missing",
        en: "The Idempotency-Key header is required.",
        fr: "L’en-tête Idempotency-Key est obligatoire.";
    IdempotencyKeyInProgress = "idempotency_key_in_progress",
        en: "A request with this Idempotency-Key is still running; retry in a moment.",
        fr: "Une requête avec cette clé Idempotency-Key est en cours ; réessayez dans un instant.";
    ProfileBusy = "profile_busy",
        en: "This business profile is being changed elsewhere right now; nothing was changed. Try again in a moment.",
        fr: "Ce profil commercial est en cours de modification ailleurs ; rien n’a été modifié. Réessayez dans un instant.";
    MalformedRequest = "malformed_request",
        en: "The request is malformed at {path}: {reason}.",
        fr: "La requête est mal formée en {path} : {reason}.";
    PayloadTooLarge = "payload_too_large",
        en: "The request body is larger than {limit} bytes.",
        fr: "Le corps de la requête dépasse {limit} octets.";
    NotFound = "not_found",
        en: "Not found.",
        fr: "Introuvable.";
    Unauthorized = "unauthorized",
        en: "Sign in again: your session is missing or has expired.",
        fr: "Reconnectez-vous : votre session est absente ou a expiré.";
    MethodNotAllowed = "method_not_allowed",
        en: "This method is not allowed here.",
        fr: "Cette méthode n’est pas autorisée ici.";
    RequestTimeout = "request_timeout",
        en: "The server took too long to answer; try again.",
        fr: "Le serveur a mis trop de temps à répondre ; réessayez.";
    RequestBodyTimeout = "request_body_timeout",
        en: "The request body arrived too slowly; nothing was changed. Try again.",
        fr: "Le corps de la requête est arrivé trop lentement ; rien n’a été modifié. Réessayez.";
    RateLimited = "rate_limited",
        en: "Too many changes in a short time; nothing was changed. Try again in {retry_after} seconds.",
        fr: "Trop de modifications en peu de temps ; rien n’a été modifié. Réessayez dans {retry_after} secondes.";
    Overloaded = "overloaded",
        en: "The service is busy; nothing was changed. Try again in {retry_after} seconds.",
        fr: "Le service est surchargé ; rien n’a été modifié. Réessayez dans {retry_after} secondes.";
    InternalError = "internal_error",
        en: "Something went wrong on our side; nothing was changed. Try again.",
        fr: "Une erreur s’est produite de notre côté ; rien n’a été modifié. Réessayez.";
    StorageUnavailable = "storage_unavailable",
        en: "Our storage is unavailable for a moment; nothing was changed. Try again in a few seconds.",
        fr: "Notre stockage est momentanément indisponible ; rien n’a été modifié. Réessayez dans quelques secondes.";
}

/// On the wire, its stable key. Written out rather than derived: serde's
/// derive matches every key in the browser's code twice (as text and as
/// bytes), where [`Code::parse`] is one loop over the table.
impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Code, D::Error> {
        let key = String::deserialize(deserializer)?;
        Code::parse(&key)
            .ok_or_else(|| serde::de::Error::custom(format_args!("unknown issue code `{key}`")))
    }
}

impl Code {
    /// The message template in `lang`, with `{param}` placeholders: the
    /// catalogue's [`Code::text`].
    pub fn template(self, lang: Lang) -> &'static str {
        self.text(lang)
    }

    /// True when the partner cannot fix this in the app and should be
    /// pointed to the regional service center (SPEC §1.10).
    pub fn needs_service_centre(self) -> bool {
        matches!(
            self,
            Code::PinpointAccountClosed
                | Code::RegionAlreadyHasProfile
                | Code::CspOnly
                | Code::RoleRequired
        )
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_own_french_message() {
        for &code in Code::ALL {
            assert_ne!(
                code.text(Lang::En),
                code.text(Lang::Fr),
                "{code}: the French text is the English one"
            );
        }
    }

    #[test]
    fn codes_are_stable_snake_case_and_round_trip() {
        for &code in Code::ALL {
            let text = code.as_str();
            assert!(
                text.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{text}"
            );
            assert_eq!(Code::parse(text), Some(code));
            let json = serde_json::to_string(&code).unwrap_or_default();
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<Code>(&json).ok(), Some(code));
        }
        assert_eq!(Code::parse("no_such_code"), None);
        let unknown = serde_json::from_str::<Code>("\"no_such_code\"");
        assert!(unknown.is_err_and(|e| e.to_string().contains("no_such_code")));
        assert!(serde_json::from_str::<Code>("3").is_err());
    }

    #[test]
    fn a_few_codes_point_to_the_regional_service_center() {
        let help: Vec<Code> = Code::ALL
            .iter()
            .copied()
            .filter(|c| c.needs_service_centre())
            .collect();
        assert_eq!(
            help,
            [
                Code::PinpointAccountClosed,
                Code::RegionAlreadyHasProfile,
                Code::CspOnly,
                Code::RoleRequired
            ]
        );
        for code in help {
            assert!(
                code.text(Lang::En).contains("regional service center"),
                "{code}: its message names the regional service center"
            );
        }
    }
}
