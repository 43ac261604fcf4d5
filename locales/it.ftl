# Pinpoint Transition — italiano (it). Traduzione della lingua di riferimento, en.ftl:
# gli stessi messaggi, con le stesse variabili.
# Come tradurre: docs/translating.md.

### Messaggi di problema: problemi e segnalazioni dell’API, report della CLI, l’app.


## L’esportazione di Pinpoint (SPEC §2)

issue-export_too_large = L’esportazione occupa { $actual } byte; il limite è di { $limit } byte.
issue-export_not_json = L’esportazione non è un JSON valido (riga { $line }, colonna { $column }): { $reason }.
issue-export_format_unknown = Formato di esportazione sconosciuto: «{ $found }»; previsto: «{ $expected }».
issue-export_field_missing = Manca il campo obbligatorio «{ $field }».
issue-export_malformed = Questo valore non ha la struttura prevista: { $reason }.
issue-export_value_invalid = «{ $value }» non è valido in questo punto: previsto { $expected }.
issue-duplicate_id = L’ID «{ $id }» è già usato in { $first }.
issue-dangling_reference = «{ $id }» non fa riferimento a nessun elemento in { $target }.

## La richiesta di importazione

issue-list_too_long = Questo elenco contiene { $actual } voci; il limite è { $limit }.
issue-pinpoint_account_closed = Questo account Pinpoint è chiuso: è già stato importato o ritirato e non può essere importato di nuovo. Se si tratta di un errore, contatta il Regional Service Center di competenza.
issue-selection_empty = Seleziona almeno un profilo di lavoro Pinpoint da importare.
issue-selection_profile_unknown = L’account Pinpoint non contiene il profilo di lavoro «{ $id }».
issue-selection_duplicate = Il profilo Pinpoint «{ $id }» è selezionato due volte.
issue-region_selected_twice = È consentito un solo profilo di lavoro per paese o area geografica: { $region } compare due volte nella selezione.
issue-region_already_has_profile = Esiste già un profilo di lavoro per { $region }. Per modificarlo, contatta il Regional Service Center di competenza.
issue-location_unknown = Questo profilo non contiene la posizione «{ $id }».
issue-solution_source_unknown = «{ $id }» non è un profilo di applicazione o servizio di questo profilo di lavoro.
issue-solution_chosen_twice = La soluzione «{ $id }» è presente due volte.
issue-location_solution_unknown = Una posizione può commercializzare solo le soluzioni del proprio profilo; «{ $id }» non è tra queste.
issue-acknowledgement_required = Conferma di aver annotato le segnalazioni di clienti e di aver compreso che l’importazione chiude l’account Pinpoint.

## Regole del profilo di lavoro (SPEC §3)

issue-region_invalid = «{ $value }» non è un codice di paese o area geografica ISO 3166-1.
issue-name_empty = Immetti un nome.
issue-name_too_long = Il nome contiene { $actual } caratteri; il limite è { $limit }.
issue-description_too_long = La descrizione contiene { $actual } caratteri; il limite è { $limit }.
issue-website_invalid = «{ $value }» non è un indirizzo Web: immetti un indirizzo completo che inizi con https:// o http://.
issue-linkedin_invalid = «{ $value }» non è una pagina aziendale LinkedIn: usa https://www.linkedin.com/company/nome-azienda.
issue-logo_format_unsupported = Il logo è un file { $format }; carica un sostituto in GIF, JPG o PNG, largo al massimo { $limit } px.
issue-logo_too_wide = Il logo è largo { $actual } px; il limite è di { $limit } px. Carica un sostituto in GIF, JPG o PNG, largo al massimo { $limit } px.
issue-logo_taller_than_wide = Il logo è più alto ({ $height } px) che largo ({ $width } px): un logo orizzontale viene visualizzato meglio.
issue-logo_url_invalid = «{ $value }» non è un indirizzo Web valido per il logo.
issue-industry_unknown = «{ $value }» non è un settore del catalogo.
issue-industries_too_many = Sono selezionati { $actual } settori; il limite è { $limit }.
issue-industry_dropped = «{ $value }» non è un settore del catalogo: non viene importato.
issue-service_type_unknown = «{ $value }» non è un tipo di servizio del catalogo.
issue-product_unknown = «{ $value }» non è un prodotto Microsoft del catalogo.
issue-product_dropped = «{ $value }» non è un prodotto Microsoft: non viene importato.
issue-tag_empty = Un tag non può essere vuoto.
issue-tag_too_long = Il tag contiene { $actual } caratteri; il limite è { $limit }.
issue-tags_too_many = { $actual } tag; il limite è { $limit }.
issue-tag_duplicate = Il tag «{ $value }» è già presente (senza distinzione tra maiuscole e minuscole).
issue-target_sizes_empty = Scegli almeno una dimensione dei clienti.
issue-target_size_unknown = «{ $value }» non è una dimensione dei clienti: usa small (piccola), medium (media), large (grande) o enterprise (molto grande).
issue-locations_empty = Un profilo di lavoro richiede almeno una posizione.
issue-locations_too_many = { $actual } posizioni; un profilo di lavoro ne può avere al massimo { $limit }. Escludine alcune.
issue-location_outside_region = Questa posizione (paese: { $country }) si trova fuori dal paese o area geografica del profilo ({ $region }).
issue-location_address_duplicate = Questo indirizzo coincide con quello della posizione in { $first }.
issue-location_name_empty = Immetti un nome per la posizione.
issue-location_name_too_long = Il nome della posizione contiene { $actual } caratteri; il limite è { $limit }.
issue-address_incomplete = Nell’indirizzo manca { $field }.
issue-address_field_too_long = Questo campo dell’indirizzo contiene { $actual } caratteri; il limite è { $limit }.
issue-country_invalid = «{ $value }» non è un codice paese ISO 3166-1.
issue-email_invalid = «{ $value }» non è un indirizzo e-mail.
issue-phone_invalid = «{ $value }» non è un numero di telefono.
issue-location_address_immutable = Un indirizzo non può essere modificato: elimina la posizione e aggiungila di nuovo.
issue-solution_name_empty = Immetti un nome per la soluzione.
issue-solution_name_too_long = Il nome della soluzione contiene { $actual } caratteri; il limite è { $limit }.
issue-solution_name_duplicate = Un’altra soluzione di questo profilo si chiama già «{ $value }» (senza distinzione tra maiuscole e minuscole).
issue-solution_summary_too_long = Il riepilogo contiene { $actual } caratteri; il limite è { $limit }.
issue-solution_description_too_long = La descrizione della soluzione contiene { $actual } caratteri; il limite è { $limit }.
issue-solution_url_invalid = «{ $value }» non è un indirizzo Web: immetti un indirizzo completo che inizi con https:// o http://.
issue-solutions_import_only = Le soluzioni possono essere create solo importandole da Pinpoint. Quelle importate possono comunque essere modificate o eliminate.
issue-solution_not_found = Questo profilo non contiene la soluzione «{ $id }».
issue-csp_only = Solo i partner iscritti al programma Cloud Solution Provider possono creare un nuovo profilo di lavoro; in alternativa, è possibile importare da Pinpoint. Per assistenza, contatta il Regional Service Center di competenza.

## Problemi HTTP (API.md); i titoli provengono da questo stesso catalogo

issue-validation_failed = Alcuni valori non rispettano le regole del profilo di lavoro.
issue-role_required = Il ruolo assegnato consente solo la lettura. Chiedi a un amministratore dell’account o contatta il Regional Service Center di competenza.
issue-idempotency_key_reused = Questa chiave Idempotency-Key è già stata usata con una richiesta diversa.
issue-idempotency_key_missing = L’intestazione Idempotency-Key è obbligatoria.
issue-idempotency_key_in_progress = Una richiesta con questa chiave Idempotency-Key è ancora in corso; riprova tra qualche istante.
issue-profile_busy = Questo profilo di lavoro è in corso di modifica altrove; non è stato modificato nulla. Riprova tra qualche istante.
issue-malformed_request = La richiesta non è formata correttamente in { $path }: { $reason }.
issue-payload_too_large = Il corpo della richiesta supera i { $limit } byte.
issue-not_found = Non trovato.
issue-unauthorized = Accedi di nuovo: la sessione è assente o scaduta.
issue-method_not_allowed = Questo metodo non è consentito qui.
issue-request_timeout = Il server ha impiegato troppo tempo a rispondere; riprova.
issue-request_body_timeout = Il corpo della richiesta è arrivato troppo lentamente; non è stato modificato nulla. Riprova.
issue-rate_limited = Troppe modifiche in poco tempo; non è stato modificato nulla. Riprova tra { $retry_after } { $retry_after ->
        [one] secondo
       *[other] secondi
    }.
issue-overloaded = Il servizio è sovraccarico; non è stato modificato nulla. Riprova tra { $retry_after } { $retry_after ->
        [one] secondo
       *[other] secondi
    }.
issue-internal_error = Si è verificato un errore da parte nostra; non è stato modificato nulla. Riprova.
issue-storage_unavailable = Lo spazio di archiviazione non è momentaneamente disponibile; non è stato modificato nulla. Riprova tra qualche secondo.

### Termini condivisi da CLI e app.

label-referrals_not_imported = { $count } { $count ->
        [one] segnalazione di cliente: mai importata; scaricala
       *[other] segnalazioni di clienti: mai importate; scaricale
    } prima e dopo l’importazione
label-reviews_not_imported = { $count } { $count ->
        [one] recensione di cliente: non trasferita
       *[other] recensioni di clienti: non trasferite
    } perché la funzionalità è stata rimossa
label-dropped_product = tag di prodotto «{ $value }» ({ $profile }): non è un prodotto Microsoft
label-dropped_industry = settore «{ $value }» ({ $profile }): non presente nel catalogo
label-excluded_location = posizione «{ $name }» ({ $profile }): esclusa
label-excluded_solution = soluzione «{ $name }» ({ $profile }): esclusa
label-unselected_solution = soluzione «{ $name }» ({ $profile }): il relativo profilo di lavoro non viene importato
label-unselected_profile = profilo di lavoro «{ $name }» ({ $profile }): non selezionato
label-more_issues = e { $count } { $count ->
        [one] altro problema non elencato qui
       *[other] altri problemi non elencati qui
    }
label-address_line1 = una prima riga
label-address_line2 = una seconda riga
label-address_city = una città
label-address_postal_code = un codice postale
label-referral_new = Nuova
label-referral_accepted = Accettata
label-referral_declined = Rifiutata
label-referral_won = Vinta
label-referral_lost = Persa
label-referral_expired = Scaduta

### I report di testo della CLI dell’operatore.

cli-account = { $company } (account Pinpoint { $account }, partner { $partner }): { $status }
cli-status_active = attivo
cli-status_closed = chiuso
cli-holdings = { $profiles } { $profiles ->
        [one] profilo di lavoro
       *[other] profili di lavoro
    }, { $solutions } { $solutions ->
        [one] profilo di applicazione o servizio
       *[other] profili di applicazioni o servizi
    }, { $referrals } { $referrals ->
        [one] segnalazione di cliente
       *[other] segnalazioni di clienti
    }, { $reviews } { $reviews ->
        [one] recensione di cliente
       *[other] recensioni di clienti
    }
cli-error = errore
cli-warning = avviso
cli-no_issue = Nessun problema.
cli-will_create = Elementi che verranno creati:
cli-profile_line = { $region } – { $name }: { $locations } { $locations ->
        [one] posizione
       *[other] posizioni
    }, { $solutions } { $solutions ->
        [one] soluzione
       *[other] soluzioni
    }
cli-not_imported = Elementi che non verranno importati:
cli-verdict_can_import = Esito: può essere importato.
cli-verdict_blocked = Esito: non può essere importato – { $errors } { $errors ->
        [one] errore
       *[other] errori
    } da correggere.
cli-verdict_needs_acknowledgements = Esito: nessun errore; mancano ancora entrambe le conferme.
cli-export_refused = L’esportazione { $file } è stata rifiutata:
cli-check_valid = L’esportazione rispetta tutte le regole.
cli-check_invalid = L’esportazione viola { $errors } { $errors ->
        [one] regola
       *[other] regole
    }.

### L’app e il widget.


## Struttura

app-product_name = Centro per i partner
app-app_name = Pinpoint Transition
app-breadcrumb = Percorso di navigazione
app-dashboard = Dashboard
app-account_settings = Impostazioni account
app-business_profile = Profilo di lavoro
app-loading = Caricamento…
app-saving = Salvataggio…
app-not_found_page = Questa pagina non esiste.
app-back_to_profiles = Torna ai profili di lavoro
app-signed_out = Accedi tramite il portale per i partner per usare Pinpoint Transition: è il portale a fornire a questa pagina il token di accesso.
app-sign_in_failed = Accesso non riuscito.
app-service_centre = Contatta il Regional Service Center di competenza
app-network_error = Impossibile raggiungere il server. Controlla la connessione e riprova; non è andato perso nulla.
app-unexpected_answer = Il server ha restituito una risposta imprevista ({ $status }).
app-read_only_reason = Il ruolo assegnato consente solo la lettura: questa modifica può essere apportata da un amministratore dell’account o del profilo di lavoro.
app-read_only_notice = Il ruolo assegnato consente solo la lettura: per importare e modificare è necessario un ruolo di amministratore (dell’account, del profilo di lavoro, globale o delle segnalazioni).
app-none = Nessuno
app-optional = facoltativo
app-characters = { $count } / { $limit } caratteri

## Demo

app-demo_banner = Modalità demo
app-demo_signed_in_as = Accesso eseguito come
app-demo_read_only = { $company } – utente in sola lettura

## Dashboard e impostazioni

app-welcome = Ti diamo il benvenuto, { $company }
app-partner_id = ID partner { $id }
app-csp_member = Cloud Solution Provider
app-dashboard_pinpoint_active = Pinpoint è stato ritirato. Trasferisci la presenza aziendale nei profili di lavoro del Centro per i partner.
app-dashboard_pinpoint_closed = L’account Pinpoint è chiuso. Gestisci i profili di lavoro nel Centro per i partner.
app-dashboard_no_pinpoint = Non hai un account Pinpoint da importare.
app-go_to_business_profile = Vai al profilo di lavoro
app-settings_intro = Gestisci il modo in cui l’organizzazione si presenta ai clienti.
app-business_profile_card_text = Profili di lavoro per paese o area geografica, con le relative posizioni e soluzioni.

## Profilo di lavoro: schede

app-tab_profiles = Profili
app-tab_referrals = Segnalazioni di clienti
app-profiles_intro = Un profilo di lavoro per paese o area geografica. I clienti ti trovano tramite questi profili.
app-import_from_pinpoint = Importa da Pinpoint
app-import_from_pinpoint_text = Copia i profili di lavoro, le applicazioni e i servizi di Pinpoint nel Centro per i partner. Prima dell’importazione è possibile rivedere tutto.
app-create_profile = Crea un nuovo profilo di lavoro
app-create_profile_text = I partner Cloud Solution Provider possono anche creare un profilo da zero.
app-pinpoint_closed_no_date = L’account Pinpoint è chiuso.
app-see_import = Visualizza i risultati dell’importazione
app-no_profiles = Non è ancora presente alcun profilo di lavoro.
app-profile_summary = { $locations } { $locations ->
        [one] posizione
       *[other] posizioni
    } · { $solutions } { $solutions ->
        [one] soluzione
       *[other] soluzioni
    }
app-region = Paese o area geografica
app-manage = Gestisci
app-referrals_intro = Le segnalazioni di clienti sono i lead di vendita inviati da Microsoft tramite Pinpoint. Non vengono mai importate e restano scaricabili da qui prima e dopo l’importazione.
app-download_csv = Scarica CSV
app-download_json = Scarica JSON
app-no_referrals = Non sono presenti segnalazioni di clienti.
app-referral_customer = Cliente
app-referral_need = Esigenza
app-referral_status = Stato
app-referral_received = Data di ricezione
app-referral_value = Valore della trattativa
app-referral_contact = Contatto

## Procedura guidata

app-wizard_title = Importa da Pinpoint
app-wizard_steps = Passaggi dell’importazione
app-step_of = Passaggio { $n } di { $total }
app-step_account = Account Pinpoint
app-step_choose = Scegli i profili
app-step_edit = Modifica i profili
app-step_solutions = Soluzioni
app-step_locations = Posizioni
app-step_preview = Rivedi e importa
app-next = Avanti
app-back = Indietro
app-account_holds = L’account Pinpoint contiene:
app-business_profiles = Profili di lavoro
app-app_profiles = Profili di applicazioni
app-service_profiles = Profili di servizi
app-customer_referrals = Segnalazioni di clienti
app-customer_reviews = Recensioni dei clienti
app-account_intro = I profili di lavoro diventano profili di lavoro del Centro per i partner (uno per paese o area geografica); i profili di applicazioni o servizi diventano le relative soluzioni. Le segnalazioni di clienti e le recensioni non vengono importate.
app-account_closed_stop = Questo account Pinpoint è chiuso e non può essere importato di nuovo.
app-choose_intro = Scegli i profili di lavoro Pinpoint da copiare. È possibile avere un profilo di lavoro per paese o area geografica.
app-import_this_profile = Importa «{ $name }» ({ $region })
app-profile_counts = { $locations } { $locations ->
        [one] posizione
       *[other] posizioni
    }, { $solutions } { $solutions ->
        [one] profilo di applicazione o servizio
       *[other] profili di applicazioni o servizi
    }
app-nothing_chosen = Scegli almeno un profilo per continuare.
app-profile_picker = Profilo
app-edit_intro = Modifica ogni profilo prima dell’importazione. Le regole del Centro per i partner vengono verificate durante la digitazione.
app-solutions_intro = I profili di applicazioni o servizi diventano soluzioni del profilo di lavoro. Scegli quali includere e modificali.
app-locations_intro = Scegli le posizioni da includere (da 1 a { $limit }) e, per ognuna, le soluzioni da commercializzare da quella posizione.
app-preview_intro = Controlla cosa succederà. Non cambia nulla finché non selezioni Importa.
app-issues_heading = Controlli del Centro per i partner
app-issues_count = { $errors } { $errors ->
        [one] errore
       *[other] errori
    }, { $warnings } { $warnings ->
        [one] avviso
       *[other] avvisi
    }
app-no_issues = Nessun problema rilevato.
app-go_to_field = Vai al campo
app-error_prefix = Errore:
app-warning_prefix = Avviso:
app-include_solution = Importa «{ $name }»
app-solution_app = Applicazione
app-solution_service = Servizio
app-import_location = Importa la posizione «{ $name }»
app-markets_heading = Soluzioni da commercializzare da questa posizione
app-no_solutions_to_market = Per questo profilo non viene importata alcuna soluzione.
app-no_solutions = Questo profilo non ha profili di applicazioni o servizi.
app-will_be_created = Verrà creato
app-will_not_be_imported = Non verrà importato
app-was_not_imported = Non importato
app-referrals = Segnalazioni di clienti ({ $count })
app-dropped_products = Tag di prodotto che non sono prodotti Microsoft
app-other_left_out = Altri elementi esclusi
app-ack_referrals = Ho annotato o scaricato le mie segnalazioni di clienti.
app-ack_closure = Sono consapevole che l’importazione chiude definitivamente il mio account Pinpoint.
app-closure_statement = L’importazione chiude definitivamente l’account Pinpoint: non sarà possibile riaprirlo né importarlo di nuovo. Tutto ciò che è elencato sopra viene creato in un’unica operazione, oppure non viene creato nulla.
app-import_now = Importa e chiudi il mio account Pinpoint
app-importing = Importazione in corso… Non chiudere questa pagina.
app-retry_import = Riprova l’importazione
app-import_refused = L’importazione è stata rifiutata; le modifiche sono state mantenute.
app-profile_of = Profilo { $n } di { $total }: { $name }
app-reviewed = Verificato
app-blocked_errors = { $count ->
        [one] Per importare, correggi l’errore indicato sopra.
       *[other] Per importare, correggi i { $count } errori indicati sopra.
    }
app-blocked_acks = Per importare, fornisci entrambe le conferme qui sopra.
app-discard_title = Annullare le modifiche?
app-discard_text = Le modifiche a questa importazione andranno perse. Non viene importato nulla e l’account Pinpoint resta aperto.
app-discard = Annulla le modifiche
app-show_issues = Mostra l’elenco
app-hide_issues = Nascondi l’elenco
app-solutions = Soluzioni
app-locations = Posizioni
app-marketed_here = Commercializza: { $list }

## Campi del profilo

app-field_name = Nome dell’azienda
app-field_description = Descrizione
app-field_website = Sito Web
app-field_linkedin = Pagina aziendale LinkedIn
app-field_logo = Logo
app-logo_none = Nessun logo
app-add_logo = Aggiungi un logo
app-remove_logo = Rimuovi il logo
app-field_industries = Settori
app-field_products = Prodotti Microsoft
app-field_service_types = Tipi di servizio
app-field_tags = Soluzioni, competenze e capacità (tag)
app-tag_n = Tag { $n }
app-tags_count = { $count } tag su un massimo di { $limit }
app-add_tag = Aggiungi un tag
app-remove_tag = Rimuovi il tag { $n }
app-field_target_sizes = Dimensioni dei clienti target
app-field_endorsements = Consenti ai clienti di raccomandare questo profilo
app-section_info = Informazioni sul partner
app-section_expertise = Competenze
app-section_preferences = Preferenze
app-field_solution_name = Nome della soluzione
app-field_summary = Riepilogo
app-field_solution_description = Descrizione della soluzione
app-field_url = Indirizzo Web
app-field_location_name = Nome della posizione
app-field_phone = Telefono
app-field_email = E-mail
app-field_line1 = Riga indirizzo 1
app-field_line2 = Riga indirizzo 2
app-field_city = Città
app-field_postal_code = Codice postale
app-field_country = Paese
app-field_region = Paese o area geografica

## Pagina del profilo

app-profile_not_found = Questo profilo di lavoro non esiste.
app-save_changes = Salva le modifiche
app-saved = Salvato.
app-deleting = Eliminazione…
app-reset_changes = Annulla le modifiche
app-address_immutable = Un indirizzo non può essere modificato: per spostare una posizione, eliminala e aggiungila di nuovo.
app-locations_limit = Un profilo di lavoro ha da 1 a { $limit } posizioni (attualmente { $count }).
app-add_location = Aggiungi una posizione
app-new_location_n = Nuova posizione { $n }
app-remove_new_location = Rimuovi la nuova posizione { $n }
app-correct_before_import = Correggi questa posizione prima di importarla: dopo l’importazione, il suo indirizzo non potrà più essere modificato.
app-delete_location_named = Elimina la posizione «{ $name }»
app-save_location_named = Salva la posizione «{ $name }»
app-delete_solution_named = Elimina la soluzione «{ $name }»
app-cancel = Annulla
app-delete_action = Elimina
app-delete_location_title = Eliminare la posizione «{ $name }»?
app-delete_location_text = Il nome, l’indirizzo, il numero di telefono e l’indirizzo e-mail della posizione, insieme alle soluzioni che commercializza, vengono rimossi da questo profilo di lavoro. L’operazione non può essere annullata.
app-delete_solution_title = Eliminare la soluzione «{ $name }»?
app-delete_solution_text = La soluzione viene rimossa da questo profilo di lavoro e da tutte le posizioni. Una soluzione eliminata non potrà mai più essere aggiunta: le soluzioni provengono solo dall’importazione da Pinpoint.
app-save_solutions = Salva le soluzioni di «{ $name }»
app-no_solutions_left = Questo profilo non ha soluzioni.
app-imported_from = Importato dal profilo Pinpoint { $id }

## Nuovo profilo

app-new_profile_title = Crea un nuovo profilo di lavoro
app-new_profile_intro = Un nuovo profilo parte senza soluzioni (le soluzioni provengono solo dall’importazione da Pinpoint) e richiede almeno una posizione.
app-first_location = Prima posizione
app-create_action = Crea il profilo
app-creating = Creazione…
app-csp_only_notice = Solo i partner Cloud Solution Provider possono creare un nuovo profilo di lavoro.

## Risultati

app-results_title = Importazione completata
app-results_intro = Importazione eseguita il { $date }. L’account Pinpoint è ora chiuso.
app-results_created = Profili di lavoro creati
app-results_warnings = Note
app-import_id = Importazione { $id }
app-open_profile = Apri «{ $name }»

### Nomi del catalogo: settori, tipi di servizio, dimensioni dei clienti.

industry-agriculture = Agricoltura
industry-automotive = Settore automobilistico
industry-education = Istruzione
industry-energy = Energia
industry-financial_services = Servizi finanziari
industry-government = Pubblica amministrazione
industry-healthcare = Sanità
industry-hospitality = Turismo e ospitalità
industry-manufacturing = Settore manifatturiero
industry-media = Media
industry-nonprofit = Non profit
industry-professional_services = Servizi professionali
industry-retail = Vendita al dettaglio
industry-telecommunications = Telecomunicazioni
industry-transportation = Trasporti
service-consulting = Consulenza
service-deployment = Distribuzione
service-development = Sviluppo
service-implementation = Implementazione
service-integration = Integrazione
service-licensing = Licenze
service-managed_services = Servizi gestiti
service-migration = Migrazione
service-support = Supporto
service-training = Formazione
size-small = Piccola (1–50 dipendenti)
size-medium = Media (51–1.000 dipendenti)
size-large = Grande (1.001–10.000 dipendenti)
size-enterprise = Molto grande (oltre 10.000 dipendenti)

### Altro output della CLI dell’operatore.

cli-error_line = errore: { $error }
cli-ingested = { $files } { $files ->
        [one] file acquisito
       *[other] file acquisiti
    }: { $created } { $created ->
        [one] creato
       *[other] creati
    }, { $updated } { $updated ->
        [one] aggiornato
       *[other] aggiornati
    }, { $closed } { $closed ->
        [one] ignorato (già importato)
       *[other] ignorati (già importati)
    }, { $conflicts } { $conflicts ->
        [one] ignorato
       *[other] ignorati
    } (conflitto di ID), { $refused } { $refused ->
        [one] rifiutato
       *[other] rifiutati
    }.
cli-ingest_refused = { $file }: rifiutato, non è stato caricato nulla:
cli-ingest_created = { $file }: account { $account } creato
cli-ingest_updated = { $file }: account { $account } aggiornato
cli-ingest_skipped_closed = { $file }: account { $account } ignorato: già importato (chiuso)
cli-ingest_skipped_conflict = { $file }: account { $account } ignorato: l’ID del partner o dell’account appartiene a un altro account
cli-backup_written = Backup scritto in { $path } ({ $bytes } byte).
cli-no_account = errore: nessun account Pinpoint per il partner { $partner }
cli-stored_export_unparsable = errore: impossibile analizzare l’esportazione archiviata: { $error }

### Download delle segnalazioni di clienti (intestazioni delle colonne CSV).

referrals-id = ID segnalazione
referrals-business_profile_id = ID profilo di lavoro
referrals-customer_name = Cliente
referrals-contact_name = Nome del contatto
referrals-contact_email = E-mail del contatto
referrals-contact_phone = Telefono del contatto
referrals-need = Esigenza
referrals-status = Stato
referrals-received_on = Data di ricezione
referrals-deal_amount = Valore della trattativa
referrals-deal_currency = Valuta

### Selettore della lingua ed elenco di paesi o aree geografiche.

app-language = Lingua
app-region_search = Cerca paesi o aree geografiche
app-region_none = Nessun paese o area geografica corrisponde a «{ $text }».

## Results and embedding (issue 22)

app-results_success = { $count ->
        [one] Il profilo di lavoro è stato creato dall’account Pinpoint.
       *[other] I { $count } profili di lavoro sono stati creati dall’account Pinpoint.
    }
app-results_locations = { $count } { $count ->
        [one] posizione
       *[other] posizioni
    }
app-results_solutions = { $count } { $count ->
        [one] soluzione
       *[other] soluzioni
    }
app-results_next_title = Passaggi successivi
app-results_search_delay = La ricerca del Centro per i partner può impiegare fino a 24 ore per mostrare i nuovi profili di lavoro: fino ad allora i clienti potrebbero non trovare i tuoi. Nel frattempo puoi già gestirli qui.
app-results_referrals_text = { $count ->
        [one] La segnalazione di clienti non è stata importata: resta nell’account Pinpoint. Scaricala per conservarne una copia.
       *[other] Le { $count } segnalazioni di clienti non sono state importate: restano nell’account Pinpoint. Scaricale per conservarne una copia.
    }
app-support_import_id = ID dell’importazione (per il supporto)
app-copy_action = Copia
app-copy_done = ID dell’importazione copiato.
app-copy_refused = Il browser non ha consentito la copia. L’ID dell’importazione è selezionato: premi CTRL+C (⌘+C su Mac) per copiarlo.
app-profiles_closed = L’account Pinpoint è chiuso: non c’è nulla da importare.
app-profiles_imported = L’account Pinpoint è stato importato nei profili di lavoro qui sotto ed è ora chiuso.
app-read_only_preview = Il tuo ruolo consente solo la lettura: puoi consultare l’anteprima dell’importazione, ma non importare.
app-preview_import = Apri l’anteprima
## Lists (issue 22)

app-list_details = Dettagli
app-list_errors = { $count } { $count ->
        [one] errore
       *[other] errori
    }
app-list_solutions = Soluzioni: { $solutions }
app-list_left_out = Non importato
app-multi_remove = Rimuovi { $value }
app-multi_added = Elemento aggiunto: { $value }
app-multi_removed = Elemento rimosso: { $value }
app-multi_none = Nessuna corrispondenza per «{ $text }».
app-multi_search = Digita per cercare
app-multi_hint = Digita per filtrare l'elenco, poi scegli una voce con i tasti freccia e aggiungila con Invio. Backspace nel campo vuoto rimuove l'ultima.
## Logo (issue 22)

issue-logo_unreadable = Questo file non è un'immagine leggibile; carica un file GIF, JPG o PNG largo al massimo { $limit } px.
issue-logo_upload_unknown = Il logo caricato «{ $id }» non è tra i tuoi; carica di nuovo il logo.
issue-logo_uploads_full = Hai già { $limit } loghi caricati, ognuno usato da un profilo di lavoro; non è stato caricato nulla.
app-logo_replace = Sostituisci il logo
app-logo_choose = Scegli un'immagine GIF, JPG o PNG larga al massimo 300 px
app-logo_uploading = Caricamento del logo…
app-logo_facts = { $format }, { $width } × { $height } px
app-logo_unavailable = Il logo all'indirizzo { $url } non può essere visualizzato qui; formato e dimensioni provengono dalla tua esportazione Pinpoint.
app-logo_alt = Il tuo logo

## Issue 23 — receipt

receipt-title = Ricevuta di importazione
receipt-partner = Partner
receipt-account = Account Pinpoint
receipt-import_id = ID importazione
receipt-imported_at = Importato il (UTC)
receipt-prepared_by = Preparato da
receipt-approved_by = Approvato da
receipt-no_approval = Non è stata richiesta l'approvazione di un secondo amministratore.
receipt-plan_digest = Impronta del piano esaminato
receipt-no_plan_digest = Questa importazione è stata eseguita prima che i piani avessero un'impronta.
receipt-created = Profili di lavoro creati
receipt-locations = Posizioni
receipt-solutions = Soluzioni
receipt-not_imported = Non importato
receipt-sha256 = SHA-256 di questa ricevuta
receipt-how_to_check = Questo valore è lo SHA-256 del JSON della ricevuta (GET /api/v1/imports/{ $id }/receipt) in forma canonica: chiavi ordinate, senza spazi. Ricalcolalo per verificare che questa pagina corrisponda.
receipt-print = Stampa
app-receipt_intro = Conserva questa ricevuta: indica cosa è stato trasferito, chi l'ha preparato e cosa non è stato importato. Il suo SHA-256 la identifica.
app-receipt_download_page = Scarica la ricevuta stampabile (HTML)
app-receipt_download_json = Scarica la ricevuta (JSON)
app-receipt_preparing = Preparazione della ricevuta…

## Issue 23 — people

app-demo_person = { $company } – { $person }
app-signed_in_person = Accesso eseguito come { $person }
## Issue 23 — plan digest

issue-plan_changed = Ciò che stai importando è cambiato da quando hai esaminato l’anteprima (un’esportazione di Pinpoint più recente, i tuoi profili di lavoro o le regole di importazione); non è stato importato nulla. Esamina la nuova anteprima, poi importa.
issue-plan_digest_required = Invia in If-Match il digest del piano dell’anteprima che hai esaminato: apri l’anteprima, poi importa.
app-digest_checking = Verifica di ciò che verrà importato…
app-digest_blocked = L’importazione sarà disponibile dopo la verifica di ciò che verrà importato.
app-digest_failed = Non è stato possibile verificare ciò che verrà importato.
app-drift_title = Ciò che stai importando è cambiato da quando l’hai esaminato
app-drift_intro = Non è stato importato nulla. Queste modifiche sono ora nell’anteprima:
app-drift_none = L’anteprima sembra uguale, ma i tuoi profili di lavoro o le regole di importazione sono cambiati da quando l’hai esaminata.
app-drift_review = Esamina di nuovo
app-drift_added = { $name } ({ $region }) verrà ora creato.
app-drift_removed = { $name } ({ $region }) non verrà più creato.
app-drift_details = { $name }: i dettagli sono cambiati.
app-drift_solutions = Soluzioni di { $name }: { $before } prima, { $after } ora.
app-drift_locations = Posizioni di { $name }: { $before } prima, { $after } ora.
app-drift_not_imported = Ciò che non verrà importato è cambiato.
app-drift_errors = L’anteprima contiene ora errori da correggere prima di importare.
## Issue 23 — drafts

issue-draft_changed = Nel frattempo questa bozza è stata salvata in un'altra scheda o su un altro dispositivo; carica la bozza più recente oppure salva consapevolmente la tua al suo posto.
app-draft_saved_at = Salvato alle { $time }
app-draft_saving = Salvataggio in corso…
app-draft_not_saved = Non salvato.
app-draft_retry = Riprova
app-draft_waiting = Non ancora salvato: troppi salvataggi in poco tempo. Nuovo tentativo tra { $seconds } s.
app-draft_conflict_title = Questa bozza è stata modificata altrove
app-draft_conflict_text = { $name } ha salvato questa bozza alle { $time } in un'altra scheda o su un altro dispositivo.
app-draft_load_newer = Carica la bozza più recente
app-draft_keep_mine = Mantieni la mia
app-draft_for_old_export = La bozza salvata si riferiva a una versione precedente dell'esportazione di Pinpoint, quindi è stata accantonata: l'importazione riparte dall'esportazione attuale.
## Issue 23 — a second admin's approval

issue-approval_required = Le importazioni richiedono un secondo amministratore: invia questa importazione per l’approvazione e un altro amministratore dell’account la approverà.
issue-approval_self = Hai inviato tu questa importazione, quindi un altro amministratore dell’account la approva o la restituisce. Puoi ritirarla.
issue-approval_not_submitter = Solo l’amministratore che ha inviato questa importazione può ritirarla. Puoi approvarla o restituirla con un commento.
issue-draft_submitted = Questa importazione è in attesa dell’approvazione di un secondo amministratore e non può essere modificata ora. L’amministratore che l’ha inviata può ritirarla.
issue-not_submitted = Nessuna importazione è in attesa di approvazione: nel frattempo è stata approvata, restituita o ritirata.
issue-submission_changed = Ciò che verrebbe importato è cambiato da quando questa importazione è stata inviata (un’esportazione di Pinpoint più recente, i tuoi profili di lavoro o le regole di importazione); non è stato importato nulla. Restituiscila, in modo che venga esaminata e inviata di nuovo.
issue-settings_role_required = Solo un amministratore dell’account o un amministratore globale può modificare questa impostazione.
issue-comment_empty = Scrivi un commento per l’amministratore che ha inviato l’importazione.
issue-comment_too_long = Il commento può contenere al massimo { $max } caratteri.
issue-comment_invalid = Il commento contiene caratteri di controllo, che non possono essere salvati. Rimuovili.
issue-text_control_character = Questo campo non può contenere caratteri di controllo come NUL. Rimuovili.
issue-unsupported_media_type = Il corpo della richiesta deve essere JSON inviato con l'intestazione Content-Type: application/json.

app-submit_for_approval = Invia per l’approvazione
app-submitting = Invio in corso… tieni aperta questa pagina.
app-approval_note = Un altro amministratore dell’account esamina questa importazione e la approva. Fino ad allora non viene importato nulla.
app-submission_title = Un’importazione è in attesa della tua approvazione
app-submission_own_title = In attesa dell’approvazione di un secondo amministratore
app-submitted_by = { $name } ha inviato questa importazione il { $date } alle { $time }.
app-submission_own_note = Un altro amministratore dell’account la approva o te la restituisce. Fino ad allora non può essere modificata, ma puoi ritirarla.
app-submission_other_note = Ecco cosa verrà importato, verificato di nuovo con l’esportazione di Pinpoint e i profili di lavoro come sono ora. Approvala per importarla, oppure restituiscila con un commento.
app-withdraw = Ritira
app-approve = Approva e importa
app-approve_title = Approvare e importare?
app-approve_text = L’importazione viene eseguita ora: preparata da { $name }, approvata da te. L’account Pinpoint viene poi ritirato e l’operazione non può essere annullata.
app-return_title = Restituisci con un commento
app-return_comment = Commento per { $name }
app-return_button = Restituisci
app-returned_by = { $name } ha restituito questa importazione il { $date } alle { $time }, con questo commento:
app-returned_next = Apporta le modifiche, poi inviala di nuovo per l’approvazione.
app-working = Invio in corso…
app-preview_intro_approval = Controlla cosa succederà. Non cambia nulla finché non la invii e un altro amministratore dell’account non la approva.
app-results_approval = Preparata da { $prepared }, approvata da { $approved }.
app-approval_setting_title = Importazioni da Pinpoint
app-approval_setting_label = Le importazioni richiedono un secondo amministratore
app-approval_setting_help = Un amministratore prepara l’importazione e la invia; un altro amministratore dell’account la approva prima che venga importato qualcosa.
app-approval_setting_locked = Solo un amministratore dell’account o un amministratore globale può modificare questa impostazione.
