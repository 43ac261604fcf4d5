//! Every issue code the product can report. Its message, in every
//! language, is `issue-<code>` in the locale files (`locales/`), with
//! `{ $name }` variables filled from the parameters.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

crate::catalogue! {
    /// A stable, snake_case issue code. Its text form never changes once
    /// released: clients match on it.
    #[derive(PartialOrd, Ord)]
    #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
    #[cfg_attr(feature = "openapi", serde(rename_all = "snake_case"))]
    pub enum Code = "issue-";

    // --- The Pinpoint export (SPEC §2) ---
    ExportTooLarge = "export_too_large";
    ExportNotJson = "export_not_json";
    ExportFormatUnknown = "export_format_unknown";
    ExportFieldMissing = "export_field_missing";
    ExportMalformed = "export_malformed";
    ExportValueInvalid = "export_value_invalid";
    DuplicateId = "duplicate_id";
    DanglingReference = "dangling_reference";

    // --- The import request ---
    ListTooLong = "list_too_long";
    PinpointAccountClosed = "pinpoint_account_closed";
    SelectionEmpty = "selection_empty";
    SelectionProfileUnknown = "selection_profile_unknown";
    SelectionDuplicate = "selection_duplicate";
    RegionSelectedTwice = "region_selected_twice";
    RegionAlreadyHasProfile = "region_already_has_profile";
    LocationUnknown = "location_unknown";
    SolutionSourceUnknown = "solution_source_unknown";
    SolutionChosenTwice = "solution_chosen_twice";
    LocationSolutionUnknown = "location_solution_unknown";
    AcknowledgementRequired = "acknowledgement_required";

    // --- Business profile rules (SPEC §3) ---
    RegionInvalid = "region_invalid";
    NameEmpty = "name_empty";
    NameTooLong = "name_too_long";
    DescriptionTooLong = "description_too_long";
    WebsiteInvalid = "website_invalid";
    LinkedinInvalid = "linkedin_invalid";
    LogoFormatUnsupported = "logo_format_unsupported";
    LogoTooWide = "logo_too_wide";
    LogoTallerThanWide = "logo_taller_than_wide";
    LogoUrlInvalid = "logo_url_invalid";
    LogoUnreadable = "logo_unreadable";
    LogoUploadUnknown = "logo_upload_unknown";
    LogoUploadsFull = "logo_uploads_full";
    IndustryUnknown = "industry_unknown";
    IndustriesTooMany = "industries_too_many";
    IndustryDropped = "industry_dropped";
    ServiceTypeUnknown = "service_type_unknown";
    ProductUnknown = "product_unknown";
    ProductDropped = "product_dropped";
    TagEmpty = "tag_empty";
    TagTooLong = "tag_too_long";
    TagsTooMany = "tags_too_many";
    TagDuplicate = "tag_duplicate";
    TargetSizesEmpty = "target_sizes_empty";
    TargetSizeUnknown = "target_size_unknown";
    LocationsEmpty = "locations_empty";
    LocationsTooMany = "locations_too_many";
    LocationOutsideRegion = "location_outside_region";
    LocationAddressDuplicate = "location_address_duplicate";
    LocationNameEmpty = "location_name_empty";
    LocationNameTooLong = "location_name_too_long";
    AddressIncomplete = "address_incomplete";
    AddressFieldTooLong = "address_field_too_long";
    CountryInvalid = "country_invalid";
    EmailInvalid = "email_invalid";
    PhoneInvalid = "phone_invalid";
    LocationAddressImmutable = "location_address_immutable";
    SolutionNameEmpty = "solution_name_empty";
    SolutionNameTooLong = "solution_name_too_long";
    SolutionNameDuplicate = "solution_name_duplicate";
    SolutionSummaryTooLong = "solution_summary_too_long";
    SolutionDescriptionTooLong = "solution_description_too_long";
    SolutionUrlInvalid = "solution_url_invalid";
    SolutionsImportOnly = "solutions_import_only";
    SolutionNotFound = "solution_not_found";
    CspOnly = "csp_only";

    // --- HTTP problems (API.md); the same catalogue titles them ---
    ValidationFailed = "validation_failed";
    RoleRequired = "role_required";
    IdempotencyKeyReused = "idempotency_key_reused";
    IdempotencyKeyMissing = "idempotency_key_missing";
    IdempotencyKeyInProgress = "idempotency_key_in_progress";
    ProfileBusy = "profile_busy";
    MalformedRequest = "malformed_request";
    PayloadTooLarge = "payload_too_large";
    NotFound = "not_found";
    Unauthorized = "unauthorized";
    MethodNotAllowed = "method_not_allowed";
    RequestTimeout = "request_timeout";
    RequestBodyTimeout = "request_body_timeout";
    RateLimited = "rate_limited";
    Overloaded = "overloaded";
    InternalError = "internal_error";
    StorageUnavailable = "storage_unavailable";

    // --- Issue 23: the plan digest ---
    PlanChanged = "plan_changed";
    PlanDigestRequired = "plan_digest_required";
    // --- Issue 23: drafts ---
    DraftChanged = "draft_changed";
    // --- Issue 23: a second admin's approval ---
    ApprovalRequired = "approval_required";
    ApprovalSelf = "approval_self";
    ApprovalNotSubmitter = "approval_not_submitter";
    DraftSubmitted = "draft_submitted";
    NotSubmitted = "not_submitted";
    SubmissionChanged = "submission_changed";
    SettingsRoleRequired = "settings_role_required";
    CommentEmpty = "comment_empty";
    CommentTooLong = "comment_too_long";
    CommentInvalid = "comment_invalid";
    // --- Issue 24: text storage can keep, and JSON's media type ---
    TextControlCharacter = "text_control_character";
    UnsupportedMediaType = "unsupported_media_type";
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
        #[cfg(feature = "locales")]
        for code in help {
            for lang in crate::Lang::ALL {
                let term = match lang {
                    crate::Lang::En => "Regional Service Center",
                    crate::Lang::Fr => "Centre de service régional",
                    _ => continue,
                };
                let text = crate::locales::messages(lang).text(code);
                assert!(
                    text.contains(term),
                    "{code}: its message names the {term}: {text}"
                );
            }
        }
    }
}
