# Pinpoint Transition — English (en). The reference locale: every other
# locale has exactly its messages, with the same variables.
# How to translate: docs/translating.md.

### Issue messages: the API's problems and issues, the CLI's reports, the app.


## The Pinpoint export (SPEC §2)

issue-export_too_large = The export is { $actual } bytes; the limit is { $limit } bytes.
issue-export_not_json = The export is not valid JSON (line { $line }, column { $column }): { $reason }.
issue-export_format_unknown = Unknown export format “{ $found }”; expected “{ $expected }”.
issue-export_field_missing = The required field “{ $field }” is missing.
issue-export_malformed = This value has the wrong shape: { $reason }.
issue-export_value_invalid = “{ $value }” is not valid here: expected { $expected }.
issue-duplicate_id = The id “{ $id }” is already used at { $first }.
issue-dangling_reference = “{ $id }” refers to nothing in { $target }.

## The import request

issue-list_too_long = This list has { $actual } entries; the limit is { $limit }.
issue-pinpoint_account_closed = This Pinpoint account is closed: it was already imported or retired and cannot be imported again. Contact your Regional Service Center if this is unexpected.
issue-selection_empty = Select at least one Pinpoint business profile to import.
issue-selection_profile_unknown = Your Pinpoint account has no business profile “{ $id }”.
issue-selection_duplicate = The Pinpoint profile “{ $id }” is selected twice.
issue-region_selected_twice = Only one business profile per region: { $region } is selected twice.
issue-region_already_has_profile = You already have a business profile for { $region }. Contact your Regional Service Center to change it.
issue-location_unknown = There is no location “{ $id }” in this profile.
issue-solution_source_unknown = “{ $id }” is not an app or service profile of this business profile.
issue-solution_chosen_twice = The solution “{ $id }” is listed twice.
issue-location_solution_unknown = A location can only market this profile's own solutions; “{ $id }” is not one of them.
issue-acknowledgement_required = Confirm that you have noted your customer referrals and that importing closes your Pinpoint account.

## Business profile rules (SPEC §3)

issue-region_invalid = “{ $value }” is not an ISO 3166-1 country or region code.
issue-name_empty = Enter a name.
issue-name_too_long = The name has { $actual } characters; the limit is { $limit }.
issue-description_too_long = The description has { $actual } characters; the limit is { $limit }.
issue-website_invalid = “{ $value }” is not a web address: enter a full address starting with https:// or http://.
issue-linkedin_invalid = “{ $value }” is not a LinkedIn company page: use https://www.linkedin.com/company/your-company.
issue-logo_format_unsupported = The logo is a { $format } file; upload a replacement in GIF, JPG or PNG, at most { $limit } px wide.
issue-logo_too_wide = The logo is { $actual } px wide; the limit is { $limit } px. Upload a replacement in GIF, JPG or PNG, at most { $limit } px wide.
issue-logo_taller_than_wide = The logo is taller ({ $height } px) than wide ({ $width } px): a wide logo displays better.
issue-logo_url_invalid = “{ $value }” is not a web address for the logo.
issue-industry_unknown = “{ $value }” is not an industry in the catalogue.
issue-industries_too_many = { $actual } industries are selected; the limit is { $limit }.
issue-industry_dropped = “{ $value }” is not an industry in the catalogue: it is not imported.
issue-service_type_unknown = “{ $value }” is not a service type in the catalogue.
issue-product_unknown = “{ $value }” is not a Microsoft product in the catalogue.
issue-product_dropped = “{ $value }” is not a Microsoft product: it is not imported.
issue-tag_empty = A tag cannot be empty.
issue-tag_too_long = The tag has { $actual } characters; the limit is { $limit }.
issue-tags_too_many = { $actual } tags; the limit is { $limit }.
issue-tag_duplicate = The tag “{ $value }” is already listed (case is ignored).
issue-target_sizes_empty = Choose at least one customer size.
issue-target_size_unknown = “{ $value }” is not a customer size: use small, medium, large or enterprise.
issue-locations_empty = A business profile needs at least one location.
issue-locations_too_many = { $actual } locations; a business profile has at most { $limit }. Exclude some.
issue-location_outside_region = This location is in { $country }, outside the profile's region { $region }.
issue-location_address_duplicate = This address is the same as the location at { $first }.
issue-location_name_empty = Enter a name for the location.
issue-location_name_too_long = The location name has { $actual } characters; the limit is { $limit }.
issue-address_incomplete = The address needs { $field }.
issue-address_field_too_long = This address field has { $actual } characters; the limit is { $limit }.
issue-country_invalid = “{ $value }” is not an ISO 3166-1 country code.
issue-email_invalid = “{ $value }” is not an email address.
issue-phone_invalid = “{ $value }” is not a phone number.
issue-location_address_immutable = An address cannot be changed: delete the location and add it again.
issue-solution_name_empty = Enter a name for the solution.
issue-solution_name_too_long = The solution name has { $actual } characters; the limit is { $limit }.
issue-solution_name_duplicate = Another solution of this profile is already named “{ $value }” (case is ignored).
issue-solution_summary_too_long = The summary has { $actual } characters; the limit is { $limit }.
issue-solution_description_too_long = The solution description has { $actual } characters; the limit is { $limit }.
issue-solution_url_invalid = “{ $value }” is not a web address: enter a full address starting with https:// or http://.
issue-solutions_import_only = Solutions can only be created by importing from Pinpoint. You can still edit or delete the imported ones.
issue-solution_not_found = There is no solution “{ $id }” in this profile.
issue-csp_only = Only partners enrolled in the Cloud Solution Provider program can create a new business profile; you can import from Pinpoint instead. Contact your Regional Service Center for help.

## HTTP problems (API.md); the same catalogue titles them

issue-validation_failed = Some values break the business profile rules.
issue-role_required = Your role lets you read only. Ask an account admin, or contact your Regional Service Center.
issue-idempotency_key_reused = This Idempotency-Key was already used with a different request.
issue-idempotency_key_missing = The Idempotency-Key header is required.
issue-idempotency_key_in_progress = A request with this Idempotency-Key is still running; retry in a moment.
issue-profile_busy = This business profile is being changed elsewhere right now; nothing was changed. Try again in a moment.
issue-malformed_request = The request is malformed at { $path }: { $reason }.
issue-payload_too_large = The request body is larger than { $limit } bytes.
issue-not_found = Not found.
issue-unauthorized = Sign in again: your session is missing or has expired.
issue-method_not_allowed = This method is not allowed here.
issue-request_timeout = The server took too long to answer; try again.
issue-request_body_timeout = The request body arrived too slowly; nothing was changed. Try again.
issue-rate_limited = Too many changes in a short time; nothing was changed. Try again in { $retry_after } seconds.
issue-overloaded = The service is busy; nothing was changed. Try again in { $retry_after } seconds.
issue-internal_error = Something went wrong on our side; nothing was changed. Try again.
issue-storage_unavailable = Our storage is unavailable for a moment; nothing was changed. Try again in a few seconds.

### Words shared by the CLI and the app.

label-referrals_not_imported = { $count } { $count ->
        [one] customer referral
       *[other] customer referrals
    }: never imported; download them before and after the import
label-reviews_not_imported = { $count } { $count ->
        [one] customer review
       *[other] customer reviews
    }: not carried over because the feature was removed
label-dropped_product = product tag “{ $value }” ({ $profile }): not a Microsoft product
label-dropped_industry = industry “{ $value }” ({ $profile }): not in the catalogue
label-excluded_location = location “{ $name }” ({ $profile }): excluded
label-excluded_solution = solution “{ $name }” ({ $profile }): excluded
label-unselected_solution = solution “{ $name }” ({ $profile }): its business profile is not imported
label-unselected_profile = business profile “{ $name }” ({ $profile }): not selected
label-more_issues = and { $count } more { $count ->
        [one] issue
       *[other] issues
    } not listed here
label-address_line1 = a first line
label-address_line2 = a second line
label-address_city = a city
label-address_postal_code = a postal code
label-referral_new = New
label-referral_accepted = Accepted
label-referral_declined = Declined
label-referral_won = Won
label-referral_lost = Lost
label-referral_expired = Expired

### The operator CLI's text reports.

cli-account = { $company } (Pinpoint account { $account }, partner { $partner }): { $status }
cli-status_active = active
cli-status_closed = closed
cli-holdings = { $profiles } { $profiles ->
        [one] business profile
       *[other] business profiles
    }, { $solutions } { $solutions ->
        [one] app or service profile
       *[other] app or service profiles
    }, { $referrals } { $referrals ->
        [one] customer referral
       *[other] customer referrals
    }, { $reviews } { $reviews ->
        [one] customer review
       *[other] customer reviews
    }
cli-error = error
cli-warning = warning
cli-no_issue = No issue.
cli-will_create = Will be created:
cli-profile_line = { $region } — { $name }: { $locations } { $locations ->
        [one] location
       *[other] locations
    }, { $solutions } { $solutions ->
        [one] solution
       *[other] solutions
    }
cli-not_imported = Will not be imported:
cli-verdict_can_import = Verdict: can be imported.
cli-verdict_blocked = Verdict: cannot be imported — { $errors } { $errors ->
        [one] error
       *[other] errors
    } to fix.
cli-verdict_needs_acknowledgements = Verdict: no error; both acknowledgements are still needed.
cli-export_refused = The export { $file } is refused:
cli-check_valid = The export follows every rule.
cli-check_invalid = The export breaks { $errors } { $errors ->
        [one] rule
       *[other] rules
    }.

### The app and the widget.


## Shell

app-product_name = Partner Center
app-app_name = Pinpoint Transition
app-breadcrumb = Breadcrumb
app-dashboard = Dashboard
app-account_settings = Account settings
app-business_profile = Business profile
app-loading = Loading…
app-saving = Saving…
app-not_found_page = This page does not exist.
app-back_to_profiles = Back to business profiles
app-signed_out = Sign in through the partner portal to use Pinpoint Transition: the portal gives this page your access token.
app-sign_in_failed = Signing in failed.
app-service_centre = Contact your Regional Service Center
app-network_error = The server could not be reached. Check your connection and try again; nothing was lost.
app-unexpected_answer = The server answered something unexpected ({ $status }).
app-read_only_reason = Your role reads only: an admin of the account or of the business profile can make this change.
app-read_only_notice = Your role lets you read only: importing and editing need an admin role (account, business profile, global or referrals admin).
app-none = None
app-optional = optional
app-characters = { $count } / { $limit } characters

## Demo

app-demo_banner = Demo mode
app-demo_signed_in_as = Signed in as
app-demo_read_only = { $company } — read-only user

## Dashboard & settings

app-welcome = Welcome, { $company }
app-partner_id = Partner ID { $id }
app-csp_member = Cloud Solution Provider
app-dashboard_pinpoint_active = Pinpoint is retired. Move your business presence into Partner Center business profiles.
app-dashboard_pinpoint_closed = Your Pinpoint account is closed. Manage your business profiles in Partner Center.
app-dashboard_no_pinpoint = You have no Pinpoint account to import.
app-go_to_business_profile = Go to business profile
app-settings_intro = Manage how your organization appears to customers.
app-business_profile_card_text = Business profiles per country or region, their locations and solutions.

## Business profile: tabs

app-tab_profiles = Profiles
app-tab_referrals = Customer referrals
app-profiles_intro = One business profile per country or region. Customers find you through them.
app-import_from_pinpoint = Import from Pinpoint
app-import_from_pinpoint_text = Copy your Pinpoint business profiles, apps and services into Partner Center. You review everything before it happens.
app-create_profile = Create a new business profile
app-create_profile_text = As a Cloud Solution Provider partner, you can also start a profile from scratch.
app-pinpoint_closed_no_date = Your Pinpoint account is closed.
app-see_import = See the import results
app-no_profiles = You have no business profile yet.
app-profile_summary = { $locations } { $locations ->
        [one] location
       *[other] locations
    } · { $solutions } { $solutions ->
        [one] solution
       *[other] solutions
    }
app-region = Country or region
app-manage = Manage
app-referrals_intro = Customer referrals are the sales leads Microsoft sent you through Pinpoint. They are never imported, and stay downloadable here before and after the import.
app-download_csv = Download CSV
app-download_json = Download JSON
app-no_referrals = There are no customer referrals.
app-referral_customer = Customer
app-referral_need = Need
app-referral_status = Status
app-referral_received = Received
app-referral_value = Deal value
app-referral_contact = Contact

## Wizard

app-wizard_title = Import from Pinpoint
app-wizard_steps = Import steps
app-step_of = Step { $n } of { $total }
app-step_account = Your Pinpoint account
app-step_choose = Choose profiles
app-step_edit = Edit profiles
app-step_solutions = Solutions
app-step_locations = Locations
app-step_preview = Review and import
app-next = Next
app-back = Back
app-account_holds = Your Pinpoint account holds:
app-business_profiles = Business profiles
app-app_profiles = App profiles
app-service_profiles = Service profiles
app-customer_referrals = Customer referrals
app-customer_reviews = Customer reviews
app-account_intro = Business profiles become Partner Center business profiles (one per country or region); app and service profiles become their solutions. Customer referrals and reviews are not imported.
app-account_closed_stop = This Pinpoint account is closed and cannot be imported again.
app-choose_intro = Choose the Pinpoint business profiles to copy. You can have one business profile per country or region.
app-import_this_profile = Import “{ $name }” ({ $region })
app-profile_counts = { $locations } { $locations ->
        [one] location
       *[other] locations
    }, { $solutions } { $solutions ->
        [one] app or service profile
       *[other] app or service profiles
    }
app-nothing_chosen = Choose at least one profile to continue.
app-profile_picker = Profile
app-edit_intro = Edit each profile before it is imported. Partner Center rules are checked as you type.
app-solutions_intro = App and service profiles become solutions of the business profile. Choose which to bring and edit them.
app-locations_intro = Choose the locations to bring (1 to { $limit }) and, for each, the solutions to market from it.
app-preview_intro = Check what will happen. Nothing changes until you select Import.
app-issues_heading = Partner Center checks
app-issues_count = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
app-no_issues = No problem found.
app-go_to_field = Go to the field
app-error_prefix = Error:
app-warning_prefix = Warning:
app-include_solution = Import “{ $name }”
app-solution_app = App
app-solution_service = Service
app-import_location = Import the location “{ $name }”
app-markets_heading = Solutions to market from this location
app-no_solutions_to_market = No solution is being imported for this profile.
app-no_solutions = This profile has no app or service profile.
app-will_be_created = Will be created
app-will_not_be_imported = Will not be imported
app-was_not_imported = Not imported
app-referrals = Customer referrals ({ $count })
app-dropped_products = Product tags that are not Microsoft products
app-other_left_out = Also left out
app-ack_referrals = I have noted or downloaded my customer referrals.
app-ack_closure = I understand that importing closes my Pinpoint account for good.
app-closure_statement = Importing closes your Pinpoint account for good: it cannot be reopened or imported again. Everything listed above is created at once, or nothing is.
app-import_now = Import and close my Pinpoint account
app-importing = Importing… keep this page open.
app-retry_import = Retry the import
app-import_refused = The import was refused; your edits are kept.
app-profile_of = Profile { $n } of { $total }: { $name }
app-reviewed = Reviewed
app-blocked_errors = { $count ->
        [one] Correct the error listed above to import.
       *[other] Correct the { $count } errors listed above to import.
    }
app-blocked_acks = Give both confirmations above to import.
app-discard_title = Discard your changes?
app-discard_text = Your changes to this import will be lost. Nothing is imported, and your Pinpoint account stays open.
app-discard = Discard changes
app-show_issues = Show the list
app-hide_issues = Hide the list
app-solutions = Solutions
app-locations = Locations
app-marketed_here = Markets: { $list }

## Profile fields

app-field_name = Business name
app-field_description = Description
app-field_website = Website
app-field_linkedin = LinkedIn company page
app-field_logo = Logo
app-logo_none = No logo
app-add_logo = Add a logo
app-remove_logo = Remove the logo
app-field_industries = Industries
app-field_products = Microsoft products
app-field_service_types = Service types
app-field_tags = Solutions, skills and capabilities (tags)
app-tag_n = Tag { $n }
app-tags_count = { $count } of at most { $limit } tags
app-add_tag = Add a tag
app-remove_tag = Remove tag { $n }
app-field_target_sizes = Customer sizes you target
app-field_endorsements = Allow customers to endorse this profile
app-section_info = Partner info
app-section_expertise = Expertise
app-section_preferences = Preferences
app-field_solution_name = Solution name
app-field_summary = Summary
app-field_solution_description = Solution description
app-field_url = Web address
app-field_location_name = Location name
app-field_phone = Phone
app-field_email = Email
app-field_line1 = Address line 1
app-field_line2 = Address line 2
app-field_city = City
app-field_postal_code = Postal code
app-field_country = Country
app-field_region = Country or region

## Profile page

app-profile_not_found = This business profile does not exist.
app-save_changes = Save changes
app-saved = Saved.
app-deleting = Deleting…
app-reset_changes = Undo changes
app-address_immutable = An address cannot be edited: to move a location, delete it and add it again.
app-locations_limit = A business profile has 1 to { $limit } locations ({ $count } now).
app-add_location = Add a location
app-new_location_n = New location { $n }
app-remove_new_location = Remove new location { $n }
app-correct_before_import = Correct this location before importing it: once imported, its address can no longer change.
app-delete_location_named = Delete the location “{ $name }”
app-save_location_named = Save the location “{ $name }”
app-delete_solution_named = Delete the solution “{ $name }”
app-cancel = Cancel
app-delete_action = Delete
app-delete_location_title = Delete the location “{ $name }”?
app-delete_location_text = Its name, address, phone number and email address, and the solutions it markets, are removed from this business profile. This cannot be undone.
app-delete_solution_title = Delete the solution “{ $name }”?
app-delete_solution_text = It is removed from this business profile and from every location. A deleted solution can never be added again: solutions come only from the Pinpoint import.
app-save_solutions = Save the solutions of “{ $name }”
app-no_solutions_left = This profile has no solution.
app-imported_from = Imported from Pinpoint profile { $id }

## New profile

app-new_profile_title = Create a new business profile
app-new_profile_intro = A new profile starts without solutions (solutions come only from the Pinpoint import) and needs at least one location.
app-first_location = First location
app-create_action = Create the profile
app-creating = Creating…
app-csp_only_notice = Only Cloud Solution Provider partners can create a new business profile.

## Results

app-results_title = Import complete
app-results_intro = Imported on { $date }. Your Pinpoint account is now closed.
app-results_created = Business profiles created
app-results_warnings = Notes
app-import_id = Import { $id }
app-open_profile = Open “{ $name }”

### Catalogue names: industries, service types, customer sizes.

industry-agriculture = Agriculture
industry-automotive = Automotive
industry-education = Education
industry-energy = Energy
industry-financial_services = Financial services
industry-government = Government
industry-healthcare = Healthcare
industry-hospitality = Hospitality
industry-manufacturing = Manufacturing
industry-media = Media
industry-nonprofit = Nonprofit
industry-professional_services = Professional services
industry-retail = Retail
industry-telecommunications = Telecommunications
industry-transportation = Transportation
service-consulting = Consulting
service-deployment = Deployment
service-development = Development
service-implementation = Implementation
service-integration = Integration
service-licensing = Licensing
service-managed_services = Managed services
service-migration = Migration
service-support = Support
service-training = Training
size-small = Small (1–50 employees)
size-medium = Medium (51–1,000 employees)
size-large = Large (1,001–10,000 employees)
size-enterprise = Enterprise (over 10,000 employees)

### The operator CLI's other output.

cli-error_line = error: { $error }
cli-ingested = Ingested { $files } { $files ->
        [one] file
       *[other] files
    }: { $created } created, { $updated } updated, { $closed } skipped (already imported), { $conflicts } skipped (id conflict), { $refused } refused.
cli-ingest_refused = { $file }: refused, nothing loaded:
cli-ingest_created = { $file }: account { $account } created
cli-ingest_updated = { $file }: account { $account } updated
cli-ingest_skipped_closed = { $file }: account { $account } skipped: already imported (closed)
cli-ingest_skipped_conflict = { $file }: account { $account } skipped: the partner or account id belongs to another account
cli-backup_written = Backup written to { $path } ({ $bytes } bytes).
cli-no_account = error: no Pinpoint account for partner { $partner }
cli-stored_export_unparsable = error: the stored export does not parse: { $error }

### The customer referrals download (CSV column headers).

referrals-id = Referral ID
referrals-business_profile_id = Business profile ID
referrals-customer_name = Customer
referrals-contact_name = Contact name
referrals-contact_email = Contact email
referrals-contact_phone = Contact phone
referrals-need = Need
referrals-status = Status
referrals-received_on = Received on
referrals-deal_amount = Deal value
referrals-deal_currency = Currency

### The language switch and the country or region list.

app-language = Language
app-region_search = Search countries or regions
app-region_none = No country or region matches “{ $text }”.

## Results and embedding (issue 22)

app-results_success = { $count ->
        [one] Your business profile was created from your Pinpoint account.
       *[other] Your { $count } business profiles were created from your Pinpoint account.
    }
app-results_locations = { $count } { $count ->
        [one] location
       *[other] locations
    }
app-results_solutions = { $count } { $count ->
        [one] solution
       *[other] solutions
    }
app-results_next_title = What happens next
app-results_search_delay = Partner Center's search can take up to 24 hours to show new business profiles: customers may not find yours before then. Meanwhile you can already manage them here.
app-results_referrals_text = { $count ->
        [one] Your customer referral was not imported: it stays with your Pinpoint account. Download it to keep a copy.
       *[other] Your { $count } customer referrals were not imported: they stay with your Pinpoint account. Download them to keep a copy.
    }
app-support_import_id = Import id (for support)
app-copy_action = Copy
app-copy_done = Import id copied.
app-copy_refused = Your browser did not allow copying. The import id is selected: press Ctrl+C (⌘+C on a Mac) to copy it.
app-profiles_closed = Your Pinpoint account is closed, so there is nothing to import from it.
app-profiles_imported = Your Pinpoint account was imported into your business profiles below, and is now closed.
app-read_only_preview = Your role lets you read only: you can look at the import's preview, but not import.
app-preview_import = Open the preview
## Lists (issue 22)

app-list_details = Details
app-list_errors = { $count } { $count ->
        [one] error
       *[other] errors
    }
app-list_solutions = Solutions: { $solutions }
app-list_left_out = Not imported
app-multi_remove = Remove { $value }
app-multi_added = { $value } added.
app-multi_removed = { $value } removed.
app-multi_none = Nothing matches “{ $text }”.
app-multi_search = Type to search
app-multi_hint = Type to filter the list, then use the arrow keys and Enter to add an entry. Backspace in the empty field removes the last one.
## Logo (issue 22)

issue-logo_unreadable = This file is not an image that can be read; upload a GIF, JPG or PNG, at most { $limit } px wide.
issue-logo_upload_unknown = The uploaded logo “{ $id }” is not one of yours; upload the logo again.
issue-logo_uploads_full = You already have { $limit } uploaded logos, each used by a business profile; nothing was uploaded.
app-logo_replace = Replace the logo
app-logo_choose = Choose a GIF, JPG or PNG image, at most 300 px wide
app-logo_uploading = Uploading the logo…
app-logo_facts = { $format }, { $width } × { $height } px
app-logo_unavailable = The logo at { $url } cannot be shown here; its format and size come from your Pinpoint export.
app-logo_alt = Your logo

## Issue 23 — receipt

receipt-title = Import receipt
receipt-partner = Partner
receipt-account = Pinpoint account
receipt-import_id = Import ID
receipt-imported_at = Imported on (UTC)
receipt-prepared_by = Prepared by
receipt-approved_by = Approved by
receipt-no_approval = No second admin's approval was asked for.
receipt-plan_digest = Digest of the reviewed plan
receipt-no_plan_digest = This import was made before plans carried a digest.
receipt-created = Business profiles created
receipt-locations = Locations
receipt-solutions = Solutions
receipt-not_imported = Not imported
receipt-sha256 = SHA-256 of this receipt
receipt-how_to_check = This value is the SHA-256 of the receipt's JSON (GET /api/v1/imports/{ $id }/receipt) in its canonical form: keys sorted, no spaces. Compute it again to check that this page matches.
receipt-print = Print
app-receipt_intro = Keep this receipt: it records what was moved, who prepared it and what was not imported. Its SHA-256 identifies it.
app-receipt_download_page = Download the printable receipt (HTML)
app-receipt_download_json = Download the receipt (JSON)
app-receipt_preparing = Preparing the receipt…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = Signed in as { $person }
## Issue 23 — plan digest

issue-plan_changed = What you are importing changed since you reviewed the preview (a newer Pinpoint export, your business profiles or the import rules); nothing was imported. Review the new preview, then import.
issue-plan_digest_required = Send the plan digest of the preview you reviewed in If-Match: open the preview, then import.
app-digest_checking = Checking what will be imported…
app-digest_blocked = Import becomes available once what will be imported has been checked.
app-digest_failed = What will be imported could not be checked.
app-drift_title = What you are importing changed since you reviewed it
app-drift_intro = Nothing was imported. These changes are now in the preview:
app-drift_none = The preview looks the same, but your business profiles or the import rules changed since you reviewed it.
app-drift_review = Review again
app-drift_added = { $name } ({ $region }) will now be created.
app-drift_removed = { $name } ({ $region }) will no longer be created.
app-drift_details = { $name }: its details changed.
app-drift_solutions = Solutions of { $name }: { $before } before, { $after } now.
app-drift_locations = Locations of { $name }: { $before } before, { $after } now.
app-drift_not_imported = What will not be imported changed.
app-drift_errors = The preview now has errors to fix before you can import.
## Issue 23 — drafts

issue-draft_changed = This draft was saved meanwhile in another tab or on another device; load the newer draft, or save yours over it knowingly.
app-draft_saved_at = Saved at { $time }
app-draft_saving = Saving…
app-draft_not_saved = Not saved.
app-draft_retry = Try again
app-draft_waiting = Not saved yet: too many saves in a short time. Saving again in { $seconds } s.
app-draft_conflict_title = This draft was changed elsewhere
app-draft_conflict_text = { $name } saved this draft at { $time } in another tab or on another device.
app-draft_load_newer = Load the newer draft
app-draft_keep_mine = Keep mine
app-draft_for_old_export = Your saved draft was made for an earlier version of your Pinpoint export, so it was set aside: the import starts again from your export as it is now.
## Issue 23 — a second admin's approval

issue-approval_required = Your imports need a second admin: submit this import for approval, and another admin of your account approves it.
issue-approval_self = You submitted this import, so another admin of your account approves it or returns it. You can withdraw it.
issue-approval_not_submitter = Only the admin who submitted this import can withdraw it. You can approve it, or return it with a comment.
issue-draft_submitted = This import is waiting for a second admin's approval and cannot be changed now. The admin who submitted it can withdraw it.
issue-not_submitted = No import is waiting for approval: it was approved, returned or withdrawn meanwhile.
issue-submission_changed = What would be imported changed since this import was submitted (a newer Pinpoint export, your business profiles or the import rules); nothing was imported. Return it, so that it is reviewed and submitted again.
issue-settings_role_required = Only an account admin or a global admin can change this setting.
issue-comment_empty = Write a comment for the admin who submitted the import.
issue-comment_too_long = The comment can have at most { $max } characters.
issue-comment_invalid = The comment contains control characters, which cannot be kept. Remove them.
issue-text_control_character = This field can't contain control characters such as NUL. Remove them.
issue-unsupported_media_type = The request body must be JSON sent with the header Content-Type: application/json.

app-submit_for_approval = Submit for approval
app-submitting = Submitting… keep this page open.
app-approval_note = Another admin of your account reviews this import and approves it. Nothing is imported until then.
app-submission_title = An import is waiting for your approval
app-submission_own_title = Waiting for a second admin's approval
app-submitted_by = { $name } submitted this import on { $date } at { $time }.
app-submission_own_note = Another admin of your account approves it or returns it to you. Until then it cannot be changed, but you can withdraw it.
app-submission_other_note = This is what will be imported, checked again against your Pinpoint export and business profiles as they are now. Approve it to import it, or return it with a comment.
app-withdraw = Withdraw
app-approve = Approve and import
app-approve_title = Approve and import?
app-approve_text = The import is carried out now: prepared by { $name }, approved by you. Your Pinpoint account is then closed, and this cannot be undone.
app-return_title = Return with a comment
app-return_comment = Comment for { $name }
app-return_button = Return
app-returned_by = { $name } returned this import on { $date } at { $time }, with this comment:
app-returned_next = Make the changes, then submit it for approval again.
app-working = Sending…
app-preview_intro_approval = Check what will happen. Nothing changes until you submit it and another admin of your account approves it.
app-results_approval = Prepared by { $prepared }, approved by { $approved }.
app-approval_setting_title = Imports from Pinpoint
app-approval_setting_label = Imports need a second admin
app-approval_setting_help = One admin prepares the import and submits it; another admin of your account approves it before anything is imported.
app-approval_setting_locked = Only an account admin or a global admin can change this setting.
