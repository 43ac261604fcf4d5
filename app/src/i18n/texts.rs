//! The app's own texts: the catalogue [`T`] of typed message ids, each
//! `app-<id>` in the locale files (`locales/`). Issue messages, labels
//! and catalogue names are the domain's.

transition_domain::catalogue! {
    /// A text of the app's catalogue.
    pub enum T = "app-";

    // --- Shell ---
    ProductName = "product_name";
    AppName = "app_name";
    Language = "language";
    Breadcrumb = "breadcrumb";
    Dashboard = "dashboard";
    AccountSettings = "account_settings";
    BusinessProfile = "business_profile";
    Loading = "loading";
    Saving = "saving";
    NotFoundPage = "not_found_page";
    BackToProfiles = "back_to_profiles";
    SignedOut = "signed_out";
    SignInFailed = "sign_in_failed";
    ServiceCentre = "service_centre";
    NetworkError = "network_error";
    UnexpectedAnswer = "unexpected_answer";
    ReadOnlyReason = "read_only_reason";
    ReadOnlyNotice = "read_only_notice";
    None = "none";
    Optional = "optional";
    Characters = "characters";

    // --- Demo ---
    DemoBanner = "demo_banner";
    DemoSignedInAs = "demo_signed_in_as";
    DemoReadOnly = "demo_read_only";

    // --- Dashboard & settings ---
    Welcome = "welcome";
    PartnerId = "partner_id";
    CspMember = "csp_member";
    DashboardPinpointActive = "dashboard_pinpoint_active";
    DashboardPinpointClosed = "dashboard_pinpoint_closed";
    DashboardNoPinpoint = "dashboard_no_pinpoint";
    GoToBusinessProfile = "go_to_business_profile";
    SettingsIntro = "settings_intro";
    BusinessProfileCardText = "business_profile_card_text";

    // --- Business profile: tabs ---
    TabProfiles = "tab_profiles";
    TabReferrals = "tab_referrals";
    ProfilesIntro = "profiles_intro";
    ImportFromPinpoint = "import_from_pinpoint";
    ImportFromPinpointText = "import_from_pinpoint_text";
    CreateProfile = "create_profile";
    CreateProfileText = "create_profile_text";
    PinpointClosedNoDate = "pinpoint_closed_no_date";
    SeeImport = "see_import";
    NoProfiles = "no_profiles";
    ProfileSummary = "profile_summary";
    Region = "region";
    Manage = "manage";
    ReferralsIntro = "referrals_intro";
    DownloadCsv = "download_csv";
    DownloadJson = "download_json";
    NoReferrals = "no_referrals";
    ReferralCustomer = "referral_customer";
    ReferralNeed = "referral_need";
    ReferralStatus = "referral_status";
    ReferralReceived = "referral_received";
    ReferralValue = "referral_value";
    ReferralContact = "referral_contact";

    // --- Wizard ---
    WizardTitle = "wizard_title";
    WizardSteps = "wizard_steps";
    StepOf = "step_of";
    StepAccount = "step_account";
    StepChoose = "step_choose";
    StepEdit = "step_edit";
    StepSolutions = "step_solutions";
    StepLocations = "step_locations";
    StepPreview = "step_preview";
    Next = "next";
    Back = "back";
    AccountHolds = "account_holds";
    BusinessProfiles = "business_profiles";
    AppProfiles = "app_profiles";
    ServiceProfiles = "service_profiles";
    CustomerReferrals = "customer_referrals";
    CustomerReviews = "customer_reviews";
    AccountIntro = "account_intro";
    AccountClosedStop = "account_closed_stop";
    ChooseIntro = "choose_intro";
    ImportThisProfile = "import_this_profile";
    ProfileCounts = "profile_counts";
    NothingChosen = "nothing_chosen";
    ProfilePicker = "profile_picker";
    EditIntro = "edit_intro";
    SolutionsIntro = "solutions_intro";
    LocationsIntro = "locations_intro";
    PreviewIntro = "preview_intro";
    IssuesHeading = "issues_heading";
    IssuesCount = "issues_count";
    NoIssues = "no_issues";
    GoToField = "go_to_field";
    ErrorPrefix = "error_prefix";
    WarningPrefix = "warning_prefix";
    IncludeSolution = "include_solution";
    SolutionApp = "solution_app";
    SolutionService = "solution_service";
    ImportLocation = "import_location";
    MarketsHeading = "markets_heading";
    NoSolutionsToMarket = "no_solutions_to_market";
    NoSolutions = "no_solutions";
    WillBeCreated = "will_be_created";
    WillNotBeImported = "will_not_be_imported";
    WasNotImported = "was_not_imported";
    Referrals = "referrals";
    DroppedProducts = "dropped_products";
    OtherLeftOut = "other_left_out";
    AckReferrals = "ack_referrals";
    AckClosure = "ack_closure";
    ClosureStatement = "closure_statement";
    ImportNow = "import_now";
    ProfileOf = "profile_of";
    Reviewed = "reviewed";
    BlockedErrors = "blocked_errors";
    BlockedAcks = "blocked_acks";
    DiscardTitle = "discard_title";
    DiscardText = "discard_text";
    Discard = "discard";
    ShowIssues = "show_issues";
    HideIssues = "hide_issues";
    Importing = "importing";
    RetryImport = "retry_import";
    ImportRefused = "import_refused";
    Solutions = "solutions";
    Locations = "locations";
    MarketedHere = "marketed_here";

    // --- Profile fields ---
    FieldName = "field_name";
    FieldDescription = "field_description";
    FieldWebsite = "field_website";
    FieldLinkedin = "field_linkedin";
    FieldLogo = "field_logo";
    LogoNone = "logo_none";
    AddLogo = "add_logo";
    RemoveLogo = "remove_logo";
    FieldIndustries = "field_industries";
    FieldProducts = "field_products";
    FieldServiceTypes = "field_service_types";
    FieldTags = "field_tags";
    TagN = "tag_n";
    TagsCount = "tags_count";
    AddTag = "add_tag";
    RemoveTag = "remove_tag";
    FieldTargetSizes = "field_target_sizes";
    FieldEndorsements = "field_endorsements";
    SectionInfo = "section_info";
    SectionExpertise = "section_expertise";
    SectionPreferences = "section_preferences";
    FieldSolutionName = "field_solution_name";
    FieldSummary = "field_summary";
    FieldSolutionDescription = "field_solution_description";
    FieldUrl = "field_url";
    FieldLocationName = "field_location_name";
    FieldPhone = "field_phone";
    FieldEmail = "field_email";
    FieldLine1 = "field_line1";
    FieldLine2 = "field_line2";
    FieldCity = "field_city";
    FieldPostalCode = "field_postal_code";
    FieldCountry = "field_country";
    FieldRegion = "field_region";

    // --- Profile page ---
    ProfileNotFound = "profile_not_found";
    SaveChanges = "save_changes";
    Saved = "saved";
    Deleting = "deleting";
    ResetChanges = "reset_changes";
    AddressImmutable = "address_immutable";
    LocationsLimit = "locations_limit";
    AddLocation = "add_location";
    NewLocationN = "new_location_n";
    RemoveNewLocation = "remove_new_location";
    CorrectBeforeImport = "correct_before_import";
    DeleteLocationNamed = "delete_location_named";
    SaveLocationNamed = "save_location_named";
    DeleteSolutionNamed = "delete_solution_named";
    Cancel = "cancel";
    DeleteAction = "delete_action";
    DeleteLocationTitle = "delete_location_title";
    DeleteLocationText = "delete_location_text";
    DeleteSolutionTitle = "delete_solution_title";
    DeleteSolutionText = "delete_solution_text";
    SaveSolutions = "save_solutions";
    NoSolutionsLeft = "no_solutions_left";
    ImportedFrom = "imported_from";

    // --- New profile ---
    NewProfileTitle = "new_profile_title";
    NewProfileIntro = "new_profile_intro";
    FirstLocation = "first_location";
    CreateAction = "create_action";
    Creating = "creating";
    CspOnlyNotice = "csp_only_notice";

    // --- Results ---
    ResultsTitle = "results_title";
    ResultsIntro = "results_intro";
    ResultsCreated = "results_created";
    ResultsWarnings = "results_warnings";
    ImportId = "import_id";
    OpenProfile = "open_profile";

    // --- Languages and countries ---
    RegionSearch = "region_search";
    RegionNone = "region_none";

    // --- Results and embedding (issue 22) ---
    ResultsSuccess = "results_success";
    ResultsLocations = "results_locations";
    ResultsSolutions = "results_solutions";
    ResultsNextTitle = "results_next_title";
    ResultsSearchDelay = "results_search_delay";
    ResultsReferralsText = "results_referrals_text";
    SupportImportId = "support_import_id";
    CopyAction = "copy_action";
    CopyDone = "copy_done";
    CopyRefused = "copy_refused";
    ProfilesClosed = "profiles_closed";
    ProfilesImported = "profiles_imported";
    ReadOnlyPreview = "read_only_preview";
    PreviewImport = "preview_import";
    // --- Lists (issue 22) ---
    ListDetails = "list_details";
    ListErrors = "list_errors";
    ListSolutions = "list_solutions";
    ListLeftOut = "list_left_out";
    MultiRemove = "multi_remove";
    MultiAdded = "multi_added";
    MultiRemoved = "multi_removed";
    MultiNone = "multi_none";
    MultiSearch = "multi_search";
    MultiHint = "multi_hint";
    // --- Logo (issue 22) ---
    LogoReplace = "logo_replace";
    LogoChoose = "logo_choose";
    LogoUploading = "logo_uploading";
    LogoFacts = "logo_facts";
    LogoUnavailable = "logo_unavailable";
    LogoAlt = "logo_alt";
    // --- Issue 23 — receipt (app) ---
    ReceiptIntro = "receipt_intro";
    ReceiptDownloadPage = "receipt_download_page";
    ReceiptDownloadJson = "receipt_download_json";
    ReceiptPreparing = "receipt_preparing";
    // --- Issue 23 — people ---
    DemoPerson = "demo_person";
    SignedInPerson = "signed_in_person";
    // --- Issue 23 — plan digest ---
    DigestChecking = "digest_checking";
    DigestBlocked = "digest_blocked";
    DigestFailed = "digest_failed";
    DriftTitle = "drift_title";
    DriftIntro = "drift_intro";
    DriftNone = "drift_none";
    DriftReview = "drift_review";
    DriftAdded = "drift_added";
    DriftRemoved = "drift_removed";
    DriftDetails = "drift_details";
    DriftSolutions = "drift_solutions";
    DriftLocations = "drift_locations";
    DriftNotImported = "drift_not_imported";
    DriftErrors = "drift_errors";
    // --- Issue 23 — drafts ---
    DraftSavedAt = "draft_saved_at";
    DraftSaving = "draft_saving";
    DraftNotSaved = "draft_not_saved";
    DraftRetry = "draft_retry";
    DraftWaiting = "draft_waiting";
    DraftConflictTitle = "draft_conflict_title";
    DraftConflictText = "draft_conflict_text";
    DraftLoadNewer = "draft_load_newer";
    DraftKeepMine = "draft_keep_mine";
    DraftForOldExport = "draft_for_old_export";
    // Issue 23: a second admin's approval
    SubmitForApproval = "submit_for_approval";
    Submitting = "submitting";
    ApprovalNote = "approval_note";
    SubmissionTitle = "submission_title";
    SubmissionOwnTitle = "submission_own_title";
    SubmittedBy = "submitted_by";
    SubmissionOwnNote = "submission_own_note";
    SubmissionOtherNote = "submission_other_note";
    Withdraw = "withdraw";
    Approve = "approve";
    ApproveTitle = "approve_title";
    ApproveText = "approve_text";
    ReturnTitle = "return_title";
    ReturnComment = "return_comment";
    ReturnButton = "return_button";
    ReturnedBy = "returned_by";
    ReturnedNext = "returned_next";
    Working = "working";
    PreviewIntroApproval = "preview_intro_approval";
    ResultsApproval = "results_approval";
    ApprovalSettingTitle = "approval_setting_title";
    ApprovalSettingLabel = "approval_setting_label";
    ApprovalSettingHelp = "approval_setting_help";
    ApprovalSettingLocked = "approval_setting_locked";
}
