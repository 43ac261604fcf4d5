# Pinpoint Transition — Deutsch (de). Übersetzung der Referenzsprache en.ftl:
# dieselben Nachrichten, mit denselben Variablen.
# Hinweise zum Übersetzen: docs/translating.md.

### Fehlermeldungen: Probleme und Hinweise der API, Berichte der CLI, die App.


## Der Pinpoint-Export (SPEC §2)

issue-export_too_large = Der Export ist { $actual } Bytes groß; zulässig sind höchstens { $limit } Bytes.
issue-export_not_json = Der Export ist kein gültiges JSON (Zeile { $line }, Spalte { $column }): { $reason }.
issue-export_format_unknown = Unbekanntes Exportformat „{ $found }“; erwartet wird „{ $expected }“.
issue-export_field_missing = Das Pflichtfeld „{ $field }“ fehlt.
issue-export_malformed = Dieser Wert hat nicht die erwartete Struktur: { $reason }.
issue-export_value_invalid = „{ $value }“ ist hier ungültig. Erwartet wird: { $expected }.
issue-duplicate_id = Die ID „{ $id }“ wird bereits an der Stelle { $first } verwendet.
issue-dangling_reference = „{ $id }“ verweist auf keinen Eintrag in { $target }.

## Die Importanforderung

issue-list_too_long = Diese Liste hat { $actual } Einträge; zulässig sind höchstens { $limit }.
issue-pinpoint_account_closed = Dieses Pinpoint-Konto ist geschlossen: Es wurde bereits importiert oder deaktiviert und kann nicht erneut importiert werden. Falls Sie das nicht erwartet haben, wenden Sie sich an Ihr Regionales Servicecenter.
issue-selection_empty = Wählen Sie mindestens ein Pinpoint-Unternehmensprofil für den Import aus.
issue-selection_profile_unknown = Ihr Pinpoint-Konto enthält kein Unternehmensprofil „{ $id }“.
issue-selection_duplicate = Das Pinpoint-Profil „{ $id }“ ist doppelt ausgewählt.
issue-region_selected_twice = Pro Region ist nur ein Unternehmensprofil möglich: { $region } ist doppelt ausgewählt.
issue-region_already_has_profile = Für { $region } haben Sie bereits ein Unternehmensprofil. Wenn Sie es ändern möchten, wenden Sie sich an Ihr Regionales Servicecenter.
issue-location_unknown = Dieses Profil hat keinen Standort „{ $id }“.
issue-solution_source_unknown = „{ $id }“ ist kein Anwendungs- oder Dienstprofil dieses Unternehmensprofils.
issue-solution_chosen_twice = Die Lösung „{ $id }“ ist doppelt aufgeführt.
issue-location_solution_unknown = Ein Standort kann nur die Lösungen seines eigenen Profils vermarkten; „{ $id }“ gehört nicht dazu.
issue-acknowledgement_required = Bestätigen Sie, dass Sie Ihre Kundenempfehlungen notiert haben und dass der Import Ihr Pinpoint-Konto schließt.

## Regeln für Unternehmensprofile (SPEC §3)

issue-region_invalid = „{ $value }“ ist kein Länder- oder Regionscode nach ISO 3166-1.
issue-name_empty = Geben Sie einen Namen ein.
issue-name_too_long = Der Name hat { $actual } Zeichen; zulässig sind höchstens { $limit }.
issue-description_too_long = Die Beschreibung hat { $actual } Zeichen; zulässig sind höchstens { $limit }.
issue-website_invalid = „{ $value }“ ist keine Webadresse: Geben Sie eine vollständige Adresse ein, die mit https:// oder http:// beginnt.
issue-linkedin_invalid = „{ $value }“ ist keine LinkedIn-Unternehmensseite: Verwenden Sie https://www.linkedin.com/company/ihr-unternehmen.
issue-logo_format_unsupported = Das Logo ist eine { $format }-Datei; laden Sie einen Ersatz als GIF, JPG oder PNG mit höchstens { $limit } px Breite hoch.
issue-logo_too_wide = Das Logo ist { $actual } px breit; zulässig sind höchstens { $limit } px. Laden Sie einen Ersatz als GIF, JPG oder PNG mit höchstens { $limit } px Breite hoch.
issue-logo_taller_than_wide = Das Logo ist höher ({ $height } px) als breit ({ $width } px): Ein Logo im Querformat wird besser dargestellt.
issue-logo_url_invalid = „{ $value }“ ist keine gültige Webadresse für das Logo.
issue-industry_unknown = „{ $value }“ ist keine Branche aus dem Katalog.
issue-industries_too_many = { $actual } Branchen ausgewählt; zulässig sind höchstens { $limit }.
issue-industry_dropped = „{ $value }“ ist keine Branche aus dem Katalog und wird nicht importiert.
issue-service_type_unknown = „{ $value }“ ist kein Servicetyp aus dem Katalog.
issue-product_unknown = „{ $value }“ ist kein Microsoft-Produkt aus dem Katalog.
issue-product_dropped = „{ $value }“ ist kein Microsoft-Produkt und wird nicht importiert.
issue-tag_empty = Ein Tag darf nicht leer sein.
issue-tag_too_long = Das Tag hat { $actual } Zeichen; zulässig sind höchstens { $limit }.
issue-tags_too_many = { $actual } Tags; zulässig sind höchstens { $limit }.
issue-tag_duplicate = Das Tag „{ $value }“ ist bereits vorhanden (Groß- und Kleinschreibung werden nicht unterschieden).
issue-target_sizes_empty = Wählen Sie mindestens eine Kundengröße aus.
issue-target_size_unknown = „{ $value }“ ist keine Kundengröße: Verwenden Sie small (klein), medium (mittel), large (groß) oder enterprise (sehr groß).
issue-locations_empty = Ein Unternehmensprofil braucht mindestens einen Standort.
issue-locations_too_many = { $actual } Standorte; ein Unternehmensprofil hat höchstens { $limit }. Schließen Sie einige aus.
issue-location_outside_region = Dieser Standort (Land: { $country }) liegt außerhalb der Region { $region } des Profils.
issue-location_address_duplicate = Diese Adresse ist identisch mit der des Standorts an der Stelle { $first }.
issue-location_name_empty = Geben Sie einen Namen für den Standort ein.
issue-location_name_too_long = Der Standortname hat { $actual } Zeichen; zulässig sind höchstens { $limit }.
issue-address_incomplete = In der Adresse fehlt { $field }.
issue-address_field_too_long = Dieses Adressfeld hat { $actual } Zeichen; zulässig sind höchstens { $limit }.
issue-country_invalid = „{ $value }“ ist kein Ländercode nach ISO 3166-1.
issue-email_invalid = „{ $value }“ ist keine E-Mail-Adresse.
issue-phone_invalid = „{ $value }“ ist keine Telefonnummer.
issue-location_address_immutable = Eine Adresse kann nicht geändert werden: Löschen Sie den Standort und fügen Sie ihn erneut hinzu.
issue-solution_name_empty = Geben Sie einen Namen für die Lösung ein.
issue-solution_name_too_long = Der Name der Lösung hat { $actual } Zeichen; zulässig sind höchstens { $limit }.
issue-solution_name_duplicate = Eine andere Lösung dieses Profils heißt bereits „{ $value }“ (Groß- und Kleinschreibung werden nicht unterschieden).
issue-solution_summary_too_long = Die Zusammenfassung hat { $actual } Zeichen; zulässig sind höchstens { $limit }.
issue-solution_description_too_long = Die Beschreibung der Lösung hat { $actual } Zeichen; zulässig sind höchstens { $limit }.
issue-solution_url_invalid = „{ $value }“ ist keine Webadresse: Geben Sie eine vollständige Adresse ein, die mit https:// oder http:// beginnt.
issue-solutions_import_only = Lösungen können nur durch einen Import aus Pinpoint erstellt werden. Importierte Lösungen können Sie weiterhin bearbeiten oder löschen.
issue-solution_not_found = Dieses Profil enthält keine Lösung „{ $id }“.
issue-csp_only = Nur Partner im CSP-Programm (Cloud-Lösungsanbieter) können ein neues Unternehmensprofil erstellen; Sie können stattdessen aus Pinpoint importieren. Bei Fragen wenden Sie sich an Ihr Regionales Servicecenter.

## HTTP-Probleme (API.md); ihre Titel stammen aus demselben Katalog

issue-validation_failed = Einige Werte verstoßen gegen die Regeln für Unternehmensprofile.
issue-role_required = Ihre Rolle erlaubt nur Lesezugriff. Wenden Sie sich an einen Kontoadministrator oder an Ihr Regionales Servicecenter.
issue-idempotency_key_reused = Dieser Idempotency-Key wurde bereits für eine andere Anforderung verwendet.
issue-idempotency_key_missing = Der Header „Idempotency-Key“ ist erforderlich.
issue-idempotency_key_in_progress = Eine Anforderung mit diesem Idempotency-Key wird noch verarbeitet; versuchen Sie es gleich noch einmal.
issue-profile_busy = Dieses Unternehmensprofil wird gerade an anderer Stelle geändert; es wurde nichts geändert. Versuchen Sie es gleich noch einmal.
issue-malformed_request = Die Anforderung ist an der Stelle { $path } fehlerhaft: { $reason }.
issue-payload_too_large = Der Anforderungstext ist größer als { $limit } Bytes.
issue-not_found = Nicht gefunden.
issue-unauthorized = Melden Sie sich erneut an: Ihre Sitzung fehlt oder ist abgelaufen.
issue-method_not_allowed = Diese Methode ist hier nicht zulässig.
issue-request_timeout = Der Server hat zu lange nicht geantwortet; versuchen Sie es erneut.
issue-request_body_timeout = Der Anforderungstext ist zu langsam eingetroffen; es wurde nichts geändert. Versuchen Sie es erneut.
issue-rate_limited = Zu viele Änderungen in kurzer Zeit; es wurde nichts geändert. Versuchen Sie es in { $retry_after } { $retry_after ->
        [one] Sekunde
       *[other] Sekunden
    } erneut.
issue-overloaded = Der Dienst ist überlastet; es wurde nichts geändert. Versuchen Sie es in { $retry_after } { $retry_after ->
        [one] Sekunde
       *[other] Sekunden
    } erneut.
issue-internal_error = Bei uns ist ein Fehler aufgetreten; es wurde nichts geändert. Versuchen Sie es erneut.
issue-storage_unavailable = Unser Speicher ist kurzzeitig nicht verfügbar; es wurde nichts geändert. Versuchen Sie es in einigen Sekunden erneut.

### Gemeinsame Texte von CLI und App.

label-referrals_not_imported = { $count } { $count ->
        [one] Kundenempfehlung
       *[other] Kundenempfehlungen
    }: nie importiert; laden Sie sie vor und nach dem Import herunter
label-reviews_not_imported = { $count } { $count ->
        [one] Kundenrezension
       *[other] Kundenrezensionen
    }: nicht übernommen, da die Funktion entfernt wurde
label-dropped_product = Produkt-Tag „{ $value }“ ({ $profile }): kein Microsoft-Produkt
label-dropped_industry = Branche „{ $value }“ ({ $profile }): nicht im Katalog
label-excluded_location = Standort „{ $name }“ ({ $profile }): ausgeschlossen
label-excluded_solution = Lösung „{ $name }“ ({ $profile }): ausgeschlossen
label-unselected_solution = Lösung „{ $name }“ ({ $profile }): Das zugehörige Unternehmensprofil wird nicht importiert
label-unselected_profile = Unternehmensprofil „{ $name }“ ({ $profile }): nicht ausgewählt
label-more_issues = und { $count } { $count ->
        [one] weiteres, hier nicht aufgeführtes Problem
       *[other] weitere, hier nicht aufgeführte Probleme
    }
label-address_line1 = die erste Zeile
label-address_line2 = die zweite Zeile
label-address_city = die Stadt
label-address_postal_code = die Postleitzahl
label-referral_new = Neu
label-referral_accepted = Angenommen
label-referral_declined = Abgelehnt
label-referral_won = Gewonnen
label-referral_lost = Verloren
label-referral_expired = Abgelaufen

### Die Textberichte der Operator-CLI.

cli-account = { $company } (Pinpoint-Konto { $account }, Partner { $partner }): { $status }
cli-status_active = aktiv
cli-status_closed = geschlossen
cli-holdings = { $profiles } { $profiles ->
        [one] Unternehmensprofil
       *[other] Unternehmensprofile
    }, { $solutions } { $solutions ->
        [one] Anwendungs- oder Dienstprofil
       *[other] Anwendungs- oder Dienstprofile
    }, { $referrals } { $referrals ->
        [one] Kundenempfehlung
       *[other] Kundenempfehlungen
    }, { $reviews } { $reviews ->
        [one] Kundenrezension
       *[other] Kundenrezensionen
    }
cli-error = Fehler
cli-warning = Warnung
cli-no_issue = Keine Probleme.
cli-will_create = Wird erstellt:
cli-profile_line = { $region } – { $name }: { $locations } { $locations ->
        [one] Standort
       *[other] Standorte
    }, { $solutions } { $solutions ->
        [one] Lösung
       *[other] Lösungen
    }
cli-not_imported = Wird nicht importiert:
cli-verdict_can_import = Ergebnis: kann importiert werden.
cli-verdict_blocked = Ergebnis: kann nicht importiert werden – { $errors } { $errors ->
        [one] Fehler muss
       *[other] Fehler müssen
    } behoben werden.
cli-verdict_needs_acknowledgements = Ergebnis: keine Fehler; beide Bestätigungen fehlen noch.
cli-export_refused = Der Export { $file } wird abgelehnt:
cli-check_valid = Der Export erfüllt alle Regeln.
cli-check_invalid = Der Export verstößt gegen { $errors } { $errors ->
        [one] Regel
       *[other] Regeln
    }.

### Die App und das Widget.


## App-Rahmen

app-product_name = Partner Center
app-app_name = Pinpoint Transition
app-breadcrumb = Navigationspfad
app-dashboard = Dashboard
app-account_settings = Kontoeinstellungen
app-business_profile = Unternehmensprofil
app-loading = Wird geladen…
app-saving = Wird gespeichert…
app-not_found_page = Diese Seite existiert nicht.
app-back_to_profiles = Zurück zu den Unternehmensprofilen
app-signed_out = Melden Sie sich über das Partnerportal an, um Pinpoint Transition zu verwenden: Das Portal übergibt dieser Seite Ihr Zugriffstoken.
app-sign_in_failed = Die Anmeldung ist fehlgeschlagen.
app-service_centre = Wenden Sie sich an Ihr Regionales Servicecenter
app-network_error = Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; es ist nichts verloren gegangen.
app-unexpected_answer = Der Server hat eine unerwartete Antwort gesendet ({ $status }).
app-read_only_reason = Ihre Rolle hat nur Lesezugriff: Diese Änderung kann ein Administrator des Kontos oder des Unternehmensprofils vornehmen.
app-read_only_notice = Ihre Rolle hat nur Lesezugriff: Importieren und Bearbeiten erfordern eine Administratorrolle (Kontoadministrator, Administrator für Unternehmensprofile, globaler Administrator oder Empfehlungsadministrator).
app-none = Keine
app-optional = optional
app-characters = { $count } / { $limit } Zeichen

## Demo

app-demo_banner = Demomodus
app-demo_signed_in_as = Angemeldet als
app-demo_read_only = { $company } – Benutzer mit Lesezugriff

## Dashboard und Einstellungen

app-welcome = Willkommen, { $company }
app-partner_id = Partner-ID { $id }
app-csp_member = Cloud-Lösungsanbieter (CSP)
app-dashboard_pinpoint_active = Pinpoint wurde eingestellt. Übertragen Sie Ihre Unternehmenspräsenz in Unternehmensprofile in Partner Center.
app-dashboard_pinpoint_closed = Ihr Pinpoint-Konto ist geschlossen. Verwalten Sie Ihre Unternehmensprofile in Partner Center.
app-dashboard_no_pinpoint = Sie haben kein Pinpoint-Konto, das importiert werden kann.
app-go_to_business_profile = Zum Unternehmensprofil
app-settings_intro = Legen Sie fest, wie sich Ihre Organisation Kunden präsentiert.
app-business_profile_card_text = Unternehmensprofile pro Land oder Region, mit ihren Standorten und Lösungen.

## Unternehmensprofil: Registerkarten

app-tab_profiles = Profile
app-tab_referrals = Kundenempfehlungen
app-profiles_intro = Ein Unternehmensprofil pro Land oder Region. Darüber finden Kunden zu Ihnen.
app-import_from_pinpoint = Aus Pinpoint importieren
app-import_from_pinpoint_text = Übernehmen Sie Ihre Pinpoint-Unternehmensprofile, -Anwendungen und -Dienste in Partner Center. Sie können alles prüfen, bevor etwas geändert wird.
app-create_profile = Neues Unternehmensprofil erstellen
app-create_profile_text = Als Cloud-Lösungsanbieter können Sie ein Profil auch ganz neu anlegen.
app-pinpoint_closed_no_date = Ihr Pinpoint-Konto ist geschlossen.
app-see_import = Importergebnisse anzeigen
app-no_profiles = Sie haben noch kein Unternehmensprofil.
app-profile_summary = { $locations } { $locations ->
        [one] Standort
       *[other] Standorte
    } · { $solutions } { $solutions ->
        [one] Lösung
       *[other] Lösungen
    }
app-region = Land oder Region
app-manage = Verwalten
app-referrals_intro = Kundenempfehlungen sind die Vertriebs-Leads, die Microsoft Ihnen über Pinpoint gesendet hat. Diese werden nie importiert und stehen hier vor und nach dem Import zum Herunterladen bereit.
app-download_csv = Als CSV herunterladen
app-download_json = Als JSON herunterladen
app-no_referrals = Es sind keine Kundenempfehlungen vorhanden.
app-referral_customer = Kunde
app-referral_need = Bedarf
app-referral_status = Status
app-referral_received = Eingegangen am
app-referral_value = Auftragswert
app-referral_contact = Kontakt

## Assistent

app-wizard_title = Aus Pinpoint importieren
app-wizard_steps = Importschritte
app-step_of = Schritt { $n } von { $total }
app-step_account = Ihr Pinpoint-Konto
app-step_choose = Profile auswählen
app-step_edit = Profile bearbeiten
app-step_solutions = Lösungen
app-step_locations = Standorte
app-step_preview = Prüfen und importieren
app-next = Weiter
app-back = Zurück
app-account_holds = Ihr Pinpoint-Konto enthält:
app-business_profiles = Unternehmensprofile
app-app_profiles = Anwendungsprofile
app-service_profiles = Dienstprofile
app-customer_referrals = Kundenempfehlungen
app-customer_reviews = Kundenrezensionen
app-account_intro = Unternehmensprofile werden zu Unternehmensprofilen in Partner Center (eines pro Land oder Region); Anwendungs- und Dienstprofile werden zu deren Lösungen. Kundenempfehlungen und -rezensionen werden nicht importiert.
app-account_closed_stop = Dieses Pinpoint-Konto ist geschlossen und kann nicht erneut importiert werden.
app-choose_intro = Wählen Sie die Pinpoint-Unternehmensprofile aus, die übernommen werden sollen. Pro Land oder Region ist ein Unternehmensprofil möglich.
app-import_this_profile = „{ $name }“ ({ $region }) importieren
app-profile_counts = { $locations } { $locations ->
        [one] Standort
       *[other] Standorte
    }, { $solutions } { $solutions ->
        [one] Anwendungs- oder Dienstprofil
       *[other] Anwendungs- oder Dienstprofile
    }
app-nothing_chosen = Wählen Sie mindestens ein Profil aus, um fortzufahren.
app-profile_picker = Profil
app-edit_intro = Bearbeiten Sie jedes Profil vor dem Import. Die Partner Center-Regeln werden schon während der Eingabe geprüft.
app-solutions_intro = Anwendungs- und Dienstprofile werden zu Lösungen des Unternehmensprofils. Wählen Sie aus, welche übernommen werden sollen, und bearbeiten Sie sie.
app-locations_intro = Wählen Sie die zu übernehmenden Standorte aus (1 bis { $limit }) und für jeden Standort die Lösungen, die von dort aus vermarktet werden sollen.
app-preview_intro = Prüfen Sie, was geschehen wird. Erst wenn Sie „Importieren“ auswählen, wird etwas geändert.
app-issues_heading = Partner Center-Prüfungen
app-issues_count = { $errors } { $errors ->
        [one] Fehler
       *[other] Fehler
    }, { $warnings } { $warnings ->
        [one] Warnung
       *[other] Warnungen
    }
app-no_issues = Keine Probleme gefunden.
app-go_to_field = Zum Feld
app-error_prefix = Fehler:
app-warning_prefix = Warnung:
app-include_solution = „{ $name }“ importieren
app-solution_app = Anwendung
app-solution_service = Dienst
app-import_location = Standort „{ $name }“ importieren
app-markets_heading = Von diesem Standort aus vermarktete Lösungen
app-no_solutions_to_market = Für dieses Profil wird keine Lösung importiert.
app-no_solutions = Dieses Profil hat kein Anwendungs- oder Dienstprofil.
app-will_be_created = Wird erstellt
app-will_not_be_imported = Wird nicht importiert
app-was_not_imported = Nicht importiert
app-referrals = Kundenempfehlungen ({ $count })
app-dropped_products = Produkt-Tags, die keine Microsoft-Produkte sind
app-other_left_out = Ebenfalls nicht übernommen
app-ack_referrals = Ich habe meine Kundenempfehlungen notiert oder heruntergeladen.
app-ack_closure = Mir ist bewusst, dass der Import mein Pinpoint-Konto endgültig schließt.
app-closure_statement = Der Import schließt Ihr Pinpoint-Konto endgültig: Es kann weder wieder geöffnet noch erneut importiert werden. Alles oben Aufgeführte wird in einem Schritt erstellt – oder gar nichts.
app-import_now = Importieren und Pinpoint-Konto schließen
app-importing = Import läuft… Lassen Sie diese Seite geöffnet.
app-retry_import = Import wiederholen
app-import_refused = Der Import wurde abgelehnt; Ihre Änderungen bleiben erhalten.
app-profile_of = Profil { $n } von { $total }: { $name }
app-reviewed = Geprüft
app-blocked_errors = { $count ->
        [one] Beheben Sie den oben aufgeführten Fehler, um zu importieren.
       *[other] Beheben Sie die { $count } oben aufgeführten Fehler, um zu importieren.
    }
app-blocked_acks = Bestätigen Sie oben beide Punkte, um zu importieren.
app-discard_title = Änderungen verwerfen?
app-discard_text = Ihre Änderungen an diesem Import gehen verloren. Es wird nichts importiert, und Ihr Pinpoint-Konto bleibt geöffnet.
app-discard = Änderungen verwerfen
app-show_issues = Liste anzeigen
app-hide_issues = Liste ausblenden
app-solutions = Lösungen
app-locations = Standorte
app-marketed_here = Vermarktet: { $list }

## Profilfelder

app-field_name = Unternehmensname
app-field_description = Beschreibung
app-field_website = Website
app-field_linkedin = LinkedIn-Unternehmensseite
app-field_logo = Logo
app-logo_none = Kein Logo
app-add_logo = Logo hinzufügen
app-remove_logo = Logo entfernen
app-field_industries = Branchen
app-field_products = Microsoft-Produkte
app-field_service_types = Servicetypen
app-field_tags = Lösungen, Fähigkeiten und Kompetenzen (Tags)
app-tag_n = Tag { $n }
app-tags_count = { $count } von höchstens { $limit } Tags
app-add_tag = Tag hinzufügen
app-remove_tag = Tag { $n } entfernen
app-field_target_sizes = Zielkunden nach Größe
app-field_endorsements = Kunden dürfen dieses Profil befürworten
app-section_info = Partnerinformationen
app-section_expertise = Fachkompetenz
app-section_preferences = Einstellungen
app-field_solution_name = Name der Lösung
app-field_summary = Zusammenfassung
app-field_solution_description = Beschreibung der Lösung
app-field_url = Webadresse
app-field_location_name = Name des Standorts
app-field_phone = Telefon
app-field_email = E-Mail
app-field_line1 = Adresszeile 1
app-field_line2 = Adresszeile 2
app-field_city = Stadt
app-field_postal_code = Postleitzahl
app-field_country = Land
app-field_region = Land oder Region

## Profilseite

app-profile_not_found = Dieses Unternehmensprofil existiert nicht.
app-save_changes = Änderungen speichern
app-saved = Gespeichert.
app-deleting = Wird gelöscht…
app-reset_changes = Änderungen verwerfen
app-address_immutable = Eine Adresse kann nicht bearbeitet werden: Um einen Standort zu verlegen, löschen Sie ihn und fügen Sie ihn neu hinzu.
app-locations_limit = Ein Unternehmensprofil hat 1 bis { $limit } Standorte (derzeit { $count }).
app-add_location = Standort hinzufügen
app-new_location_n = Neuer Standort { $n }
app-remove_new_location = Neuen Standort { $n } entfernen
app-correct_before_import = Korrigieren Sie diesen Standort vor dem Import: Danach lässt sich seine Adresse nicht mehr ändern.
app-delete_location_named = Standort „{ $name }“ löschen
app-save_location_named = Standort „{ $name }“ speichern
app-delete_solution_named = Lösung „{ $name }“ löschen
app-cancel = Abbrechen
app-delete_action = Löschen
app-delete_location_title = Standort „{ $name }“ löschen?
app-delete_location_text = Name, Adresse, Telefonnummer und E-Mail-Adresse des Standorts sowie die dort vermarkteten Lösungen werden aus diesem Unternehmensprofil entfernt. Dies kann nicht rückgängig gemacht werden.
app-delete_solution_title = Lösung „{ $name }“ löschen?
app-delete_solution_text = Die Lösung wird aus diesem Unternehmensprofil und von allen Standorten entfernt. Eine gelöschte Lösung kann nie wieder hinzugefügt werden: Lösungen stammen ausschließlich aus dem Pinpoint-Import.
app-save_solutions = Lösungen von „{ $name }“ speichern
app-no_solutions_left = Dieses Profil hat keine Lösungen.
app-imported_from = Importiert aus dem Pinpoint-Profil { $id }

## Neues Profil

app-new_profile_title = Neues Unternehmensprofil erstellen
app-new_profile_intro = Ein neues Profil beginnt ohne Lösungen (diese stammen ausschließlich aus dem Pinpoint-Import) und braucht mindestens einen Standort.
app-first_location = Erster Standort
app-create_action = Profil erstellen
app-creating = Wird erstellt…
app-csp_only_notice = Nur Cloud-Lösungsanbieter können ein neues Unternehmensprofil erstellen.

## Ergebnisse

app-results_title = Import abgeschlossen
app-results_intro = Importiert am { $date }. Ihr Pinpoint-Konto ist jetzt geschlossen.
app-results_created = Erstellte Unternehmensprofile
app-results_warnings = Hinweise
app-import_id = Import { $id }
app-open_profile = „{ $name }“ öffnen

### Katalognamen: Branchen, Servicetypen, Kundengrößen.

industry-agriculture = Landwirtschaft
industry-automotive = Automobilindustrie
industry-education = Bildungswesen
industry-energy = Energie
industry-financial_services = Finanzdienstleistungen
industry-government = Öffentliche Verwaltung
industry-healthcare = Gesundheitswesen
industry-hospitality = Gastgewerbe
industry-manufacturing = Fertigung
industry-media = Medien
industry-nonprofit = Gemeinnützige Organisationen
industry-professional_services = Professionelle Dienstleistungen
industry-retail = Einzelhandel
industry-telecommunications = Telekommunikation
industry-transportation = Transportwesen
service-consulting = Beratung
service-deployment = Bereitstellung
service-development = Entwicklung
service-implementation = Implementierung
service-integration = Integration
service-licensing = Lizenzierung
service-managed_services = Managed Services
service-migration = Migration
service-support = Support
service-training = Schulung
size-small = Klein (1–50 Mitarbeitende)
size-medium = Mittel (51–1.000 Mitarbeitende)
size-large = Groß (1.001–10.000 Mitarbeitende)
size-enterprise = Sehr groß (über 10.000 Mitarbeitende)

### Weitere Ausgaben der Operator-CLI.

cli-error_line = Fehler: { $error }
cli-ingested = { $files } { $files ->
        [one] Datei
       *[other] Dateien
    } eingelesen: { $created } erstellt, { $updated } aktualisiert, { $closed } übersprungen (bereits importiert), { $conflicts } übersprungen (ID-Konflikt), { $refused } abgelehnt.
cli-ingest_refused = { $file }: abgelehnt, nichts geladen:
cli-ingest_created = { $file }: Konto { $account } erstellt
cli-ingest_updated = { $file }: Konto { $account } aktualisiert
cli-ingest_skipped_closed = { $file }: Konto { $account } übersprungen: bereits importiert (geschlossen)
cli-ingest_skipped_conflict = { $file }: Konto { $account } übersprungen: Die Partner- oder Konto-ID gehört zu einem anderen Konto
cli-backup_written = Sicherung in { $path } geschrieben ({ $bytes } Bytes).
cli-no_account = Fehler: kein Pinpoint-Konto für Partner { $partner }
cli-stored_export_unparsable = Fehler: Der gespeicherte Export lässt sich nicht parsen: { $error }

### Download der Kundenempfehlungen (CSV-Spaltenüberschriften).

referrals-id = Empfehlungs-ID
referrals-business_profile_id = Unternehmensprofil-ID
referrals-customer_name = Kunde
referrals-contact_name = Name des Kontakts
referrals-contact_email = E-Mail des Kontakts
referrals-contact_phone = Telefon des Kontakts
referrals-need = Bedarf
referrals-status = Status
referrals-received_on = Eingegangen am
referrals-deal_amount = Auftragswert
referrals-deal_currency = Währung

### Sprachauswahl und Liste der Länder oder Regionen.

app-language = Sprache
app-region_search = Länder oder Regionen suchen
app-region_none = Kein Land und keine Region entspricht „{ $text }“.

## Results and embedding (issue 22)

app-results_success = { $count ->
        [one] Ihr Unternehmensprofil wurde aus Ihrem Pinpoint-Konto erstellt.
       *[other] Ihre { $count } Unternehmensprofile wurden aus Ihrem Pinpoint-Konto erstellt.
    }
app-results_locations = { $count } { $count ->
        [one] Standort
       *[other] Standorte
    }
app-results_solutions = { $count } { $count ->
        [one] Lösung
       *[other] Lösungen
    }
app-results_next_title = Wie es weitergeht
app-results_search_delay = Die Suche im Partner Center kann bis zu 24 Stunden brauchen, bis sie neue Unternehmensprofile anzeigt: Bis dahin finden Kunden Ihre Profile möglicherweise nicht. Verwalten können Sie sie hier schon jetzt.
app-results_referrals_text = { $count ->
        [one] Ihre Kundenempfehlung wurde nicht importiert: Sie bleibt in Ihrem Pinpoint-Konto. Laden Sie sie herunter, um eine Kopie zu behalten.
       *[other] Ihre { $count } Kundenempfehlungen wurden nicht importiert: Sie bleiben in Ihrem Pinpoint-Konto. Laden Sie sie herunter, um eine Kopie zu behalten.
    }
app-support_import_id = Import-ID (für den Support)
app-copy_action = Kopieren
app-copy_done = Import-ID kopiert.
app-copy_refused = Ihr Browser hat das Kopieren nicht erlaubt. Die Import-ID ist markiert: Drücken Sie Strg+C (⌘+C auf einem Mac), um sie zu kopieren.
app-profiles_closed = Ihr Pinpoint-Konto ist geschlossen: Es gibt nichts zu importieren.
app-profiles_imported = Ihr Pinpoint-Konto wurde in die Unternehmensprofile unten importiert und ist jetzt geschlossen.
app-read_only_preview = Ihre Rolle erlaubt nur Lesezugriff: Sie können die Vorschau des Imports ansehen, aber nicht importieren.
app-preview_import = Vorschau öffnen
## Lists (issue 22)

app-list_details = Details
app-list_errors = { $count } Fehler
app-list_solutions = Lösungen: { $solutions }
app-list_left_out = Nicht importiert
app-multi_remove = { $value } entfernen
app-multi_added = { $value } hinzugefügt.
app-multi_removed = { $value } entfernt.
app-multi_none = Keine Übereinstimmung mit „{ $text }“.
app-multi_search = Zum Suchen tippen
app-multi_hint = Tippen Sie, um die Liste zu filtern; wählen Sie dann mit den Pfeiltasten einen Eintrag und fügen Sie ihn mit der Eingabetaste hinzu. Die Rücktaste im leeren Feld entfernt den letzten Eintrag.
## Logo (issue 22)

issue-logo_unreadable = Diese Datei ist kein lesbares Bild; laden Sie ein GIF, JPG oder PNG mit höchstens { $limit } px Breite hoch.
issue-logo_upload_unknown = Das hochgeladene Logo „{ $id }“ gehört nicht zu Ihren Uploads; laden Sie das Logo erneut hoch.
issue-logo_uploads_full = Sie haben bereits { $limit } hochgeladene Logos, die alle von einem Unternehmensprofil verwendet werden; es wurde nichts hochgeladen.
app-logo_replace = Logo ersetzen
app-logo_choose = Wählen Sie ein GIF-, JPG- oder PNG-Bild mit höchstens 300 px Breite
app-logo_uploading = Das Logo wird hochgeladen…
app-logo_facts = { $format }, { $width } × { $height } px
app-logo_unavailable = Das Logo unter { $url } kann hier nicht angezeigt werden; Format und Größe stammen aus Ihrem Pinpoint-Export.
app-logo_alt = Ihr Logo

## Issue 23 — receipt

receipt-title = Importbeleg
receipt-partner = Partner
receipt-account = Pinpoint-Konto
receipt-import_id = Import-ID
receipt-imported_at = Importiert am (UTC)
receipt-prepared_by = Vorbereitet von
receipt-approved_by = Genehmigt von
receipt-no_approval = Eine Genehmigung durch einen zweiten Administrator wurde nicht angefordert.
receipt-plan_digest = Prüfsumme des überprüften Plans
receipt-no_plan_digest = Dieser Import wurde durchgeführt, bevor Pläne eine Prüfsumme hatten.
receipt-created = Erstellte Unternehmensprofile
receipt-locations = Standorte
receipt-solutions = Lösungen
receipt-not_imported = Nicht importiert
receipt-sha256 = SHA-256 dieses Belegs
receipt-how_to_check = Dieser Wert ist der SHA-256 des JSON dieses Belegs (GET /api/v1/imports/{ $id }/receipt) in kanonischer Form: Schlüssel sortiert, ohne Leerzeichen. Berechnen Sie ihn erneut, um zu prüfen, ob diese Seite übereinstimmt.
receipt-print = Drucken
app-receipt_intro = Bewahren Sie diesen Beleg auf: Er hält fest, was übertragen wurde, wer es vorbereitet hat und was nicht importiert wurde. Sein SHA-256 kennzeichnet ihn eindeutig.
app-receipt_download_page = Druckbaren Beleg herunterladen (HTML)
app-receipt_download_json = Beleg herunterladen (JSON)
app-receipt_preparing = Beleg wird vorbereitet…

## Issue 23 — people

app-demo_person = { $company } – { $person }
app-signed_in_person = Angemeldet als { $person }
## Issue 23 — plan digest

issue-plan_changed = Was Sie importieren, hat sich geändert, seit Sie die Vorschau geprüft haben (ein neuerer Pinpoint-Export, Ihre Unternehmensprofile oder die Importregeln); es wurde nichts importiert. Prüfen Sie die neue Vorschau, und importieren Sie dann.
issue-plan_digest_required = Senden Sie in If-Match den Plan-Digest der Vorschau, die Sie geprüft haben: Öffnen Sie die Vorschau, und importieren Sie dann.
app-digest_checking = Was importiert wird, wird geprüft…
app-digest_blocked = Der Import ist verfügbar, sobald geprüft wurde, was importiert wird.
app-digest_failed = Was importiert wird, konnte nicht geprüft werden.
app-drift_title = Was Sie importieren, hat sich seit Ihrer Prüfung geändert
app-drift_intro = Es wurde nichts importiert. Diese Änderungen sind jetzt in der Vorschau:
app-drift_none = Die Vorschau sieht gleich aus, aber Ihre Unternehmensprofile oder die Importregeln haben sich seit Ihrer Prüfung geändert.
app-drift_review = Erneut prüfen
app-drift_added = { $name } ({ $region }) wird jetzt erstellt.
app-drift_removed = { $name } ({ $region }) wird nicht mehr erstellt.
app-drift_details = { $name }: Die Angaben haben sich geändert.
app-drift_solutions = Lösungen von { $name }: vorher { $before }, jetzt { $after }.
app-drift_locations = Standorte von { $name }: vorher { $before }, jetzt { $after }.
app-drift_not_imported = Was nicht importiert wird, hat sich geändert.
app-drift_errors = Die Vorschau enthält jetzt Fehler, die Sie vor dem Import beheben müssen.
## Issue 23 — drafts

issue-draft_changed = Dieser Entwurf wurde inzwischen in einer anderen Registerkarte oder auf einem anderen Gerät gespeichert. Laden Sie den neueren Entwurf, oder speichern Sie Ihren bewusst darüber.
app-draft_saved_at = Gespeichert um { $time }
app-draft_saving = Wird gespeichert…
app-draft_not_saved = Nicht gespeichert.
app-draft_retry = Erneut versuchen
app-draft_waiting = Noch nicht gespeichert: zu viele Speichervorgänge in kurzer Zeit. Neuer Versuch in { $seconds } s.
app-draft_conflict_title = Dieser Entwurf wurde an anderer Stelle geändert
app-draft_conflict_text = { $name } hat diesen Entwurf um { $time } in einer anderen Registerkarte oder auf einem anderen Gerät gespeichert.
app-draft_load_newer = Neueren Entwurf laden
app-draft_keep_mine = Meinen behalten
app-draft_for_old_export = Ihr gespeicherter Entwurf bezog sich auf eine frühere Version Ihres Pinpoint-Exports und wurde daher verworfen: Der Import beginnt erneut mit Ihrem aktuellen Export.
## Issue 23 — a second admin's approval

issue-approval_required = Ihre Importe erfordern einen zweiten Administrator: Reichen Sie diesen Import zur Genehmigung ein; ein anderer Administrator Ihres Kontos genehmigt ihn.
issue-approval_self = Sie haben diesen Import eingereicht, daher genehmigt ihn ein anderer Administrator Ihres Kontos oder gibt ihn zurück. Sie können ihn zurückziehen.
issue-approval_not_submitter = Nur der Administrator, der diesen Import eingereicht hat, kann ihn zurückziehen. Sie können ihn genehmigen oder mit einem Kommentar zurückgeben.
issue-draft_submitted = Dieser Import wartet auf die Genehmigung durch einen zweiten Administrator und kann jetzt nicht geändert werden. Der Administrator, der ihn eingereicht hat, kann ihn zurückziehen.
issue-not_submitted = Kein Import wartet auf Genehmigung: Er wurde inzwischen genehmigt, zurückgegeben oder zurückgezogen.
issue-submission_changed = Was importiert würde, hat sich geändert, seit dieser Import eingereicht wurde (ein neuerer Pinpoint-Export, Ihre Unternehmensprofile oder die Importregeln); es wurde nichts importiert. Geben Sie ihn zurück, damit er geprüft und erneut eingereicht wird.
issue-settings_role_required = Nur ein Kontoadministrator oder ein globaler Administrator kann diese Einstellung ändern.
issue-comment_empty = Schreiben Sie einen Kommentar für den Administrator, der den Import eingereicht hat.
issue-comment_too_long = Der Kommentar darf höchstens { $max } Zeichen haben.
issue-comment_invalid = Der Kommentar enthält Steuerzeichen, die nicht gespeichert werden können. Entfernen Sie sie.
issue-text_control_character = Dieses Feld darf keine Steuerzeichen wie NUL enthalten. Entfernen Sie sie.
issue-unsupported_media_type = Der Anforderungstext muss JSON sein und mit dem Header Content-Type: application/json gesendet werden.

app-submit_for_approval = Zur Genehmigung einreichen
app-submitting = Wird eingereicht… lassen Sie diese Seite geöffnet.
app-approval_note = Ein anderer Administrator Ihres Kontos prüft diesen Import und genehmigt ihn. Bis dahin wird nichts importiert.
app-submission_title = Ein Import wartet auf Ihre Genehmigung
app-submission_own_title = Wartet auf die Genehmigung durch einen zweiten Administrator
app-submitted_by = { $name } hat diesen Import am { $date } um { $time } eingereicht.
app-submission_own_note = Ein anderer Administrator Ihres Kontos genehmigt ihn oder gibt ihn an Sie zurück. Bis dahin kann er nicht geändert werden, Sie können ihn aber zurückziehen.
app-submission_other_note = Das wird importiert, erneut geprüft mit Ihrem Pinpoint-Export und Ihren Unternehmensprofilen, wie sie jetzt sind. Genehmigen Sie ihn, um ihn zu importieren, oder geben Sie ihn mit einem Kommentar zurück.
app-withdraw = Zurückziehen
app-approve = Genehmigen und importieren
app-approve_title = Genehmigen und importieren?
app-approve_text = Der Import wird jetzt ausgeführt: vorbereitet von { $name }, genehmigt von Ihnen. Ihr Pinpoint-Konto wird danach deaktiviert; dies kann nicht rückgängig gemacht werden.
app-return_title = Mit einem Kommentar zurückgeben
app-return_comment = Kommentar für { $name }
app-return_button = Zurückgeben
app-returned_by = { $name } hat diesen Import am { $date } um { $time } mit diesem Kommentar zurückgegeben:
app-returned_next = Nehmen Sie die Änderungen vor, und reichen Sie ihn dann erneut zur Genehmigung ein.
app-working = Wird gesendet…
app-preview_intro_approval = Prüfen Sie, was geschehen wird. Erst wenn Sie den Import einreichen und ein anderer Administrator Ihres Kontos ihn genehmigt, wird etwas geändert.
app-results_approval = Vorbereitet von { $prepared }, genehmigt von { $approved }.
app-approval_setting_title = Importe aus Pinpoint
app-approval_setting_label = Importe erfordern einen zweiten Administrator
app-approval_setting_help = Ein Administrator bereitet den Import vor und reicht ihn ein; ein anderer Administrator Ihres Kontos genehmigt ihn, bevor etwas importiert wird.
app-approval_setting_locked = Nur ein Kontoadministrator oder ein globaler Administrator kann diese Einstellung ändern.
