# Pinpoint Transition — français (fr).
# Comment traduire : docs/translating.md.

### Issue messages: the API's problems and issues, the CLI's reports, the app.


## The Pinpoint export (SPEC §2)

issue-export_too_large = L’export fait { $actual } octets ; la limite est de { $limit } octets.
issue-export_not_json = L’export n’est pas un JSON valide (ligne { $line }, colonne { $column }) : { $reason }.
issue-export_format_unknown = Format d’export inconnu « { $found } » ; attendu : « { $expected } ».
issue-export_field_missing = Le champ obligatoire « { $field } » est absent.
issue-export_malformed = Cette valeur n’a pas la structure attendue : { $reason }.
issue-export_value_invalid = « { $value } » n’est pas valide ici (valeur attendue : { $expected }).
issue-duplicate_id = L’identifiant « { $id } » est déjà utilisé (voir { $first }).
issue-dangling_reference = « { $id } » ne correspond à rien dans { $target }.

## The import request

issue-list_too_long = Cette liste compte { $actual } entrées ; la limite est de { $limit }.
issue-pinpoint_account_closed = Ce compte Pinpoint est clôturé : il a déjà été importé ou désactivé et ne peut plus être importé. Si cela vous semble anormal, contactez votre Centre de service régional.
issue-selection_empty = Sélectionnez au moins un profil commercial Pinpoint à importer.
issue-selection_profile_unknown = Votre compte Pinpoint n’a pas de profil commercial « { $id } ».
issue-selection_duplicate = Le profil Pinpoint « { $id } » est sélectionné deux fois.
issue-region_selected_twice = Un seul profil commercial par région : la région { $region } est sélectionnée deux fois.
issue-region_already_has_profile = Vous avez déjà un profil commercial pour { $region }. Contactez votre Centre de service régional pour le modifier.
issue-location_unknown = Ce profil n’a pas d’emplacement « { $id } ».
issue-solution_source_unknown = « { $id } » n’est pas un profil d’application ou de service de ce profil commercial.
issue-solution_chosen_twice = La solution « { $id } » figure deux fois dans la liste.
issue-location_solution_unknown = Un emplacement ne peut commercialiser que les solutions de ce profil ; « { $id } » n’en fait pas partie.
issue-acknowledgement_required = Confirmez que vous avez noté vos références client et que l’importation clôture votre compte Pinpoint.

## Business profile rules (SPEC §3)

issue-region_invalid = « { $value } » n’est pas un code de pays ou de région ISO 3166-1.
issue-name_empty = Saisissez un nom.
issue-name_too_long = Le nom compte { $actual } caractères ; la limite est de { $limit }.
issue-description_too_long = La description compte { $actual } caractères ; la limite est de { $limit }.
issue-website_invalid = « { $value } » n’est pas une adresse web : saisissez une adresse complète commençant par https:// ou http://.
issue-linkedin_invalid = « { $value } » n’est pas une page entreprise LinkedIn : utilisez https://www.linkedin.com/company/votre-entreprise.
issue-logo_format_unsupported = Le logo est un fichier { $format } ; chargez un remplaçant en GIF, JPG ou PNG, d’au plus { $limit } px de large.
issue-logo_too_wide = Le logo fait { $actual } px de large ; la limite est de { $limit } px. Chargez un remplaçant en GIF, JPG ou PNG, d’au plus { $limit } px de large.
issue-logo_taller_than_wide = Le logo est plus haut ({ $height } px) que large ({ $width } px) : un logo horizontal s’affiche mieux.
issue-logo_url_invalid = « { $value } » n’est pas une adresse web valide pour le logo.
issue-industry_unknown = « { $value } » n’est pas un secteur du catalogue.
issue-industries_too_many = { $actual } secteurs sont sélectionnés ; la limite est de { $limit }.
issue-industry_dropped = « { $value } » n’est pas un secteur du catalogue : il n’est pas importé.
issue-service_type_unknown = « { $value } » n’est pas un type de service du catalogue.
issue-product_unknown = « { $value } » n’est pas un produit Microsoft du catalogue.
issue-product_dropped = « { $value } » n’est pas un produit Microsoft : il n’est pas importé.
issue-tag_empty = Un mot-clé ne peut pas être vide.
issue-tag_too_long = Le mot-clé compte { $actual } caractères ; la limite est de { $limit }.
issue-tags_too_many = { $actual } mots-clés ; la limite est de { $limit }.
issue-tag_duplicate = Le mot-clé « { $value } » figure déjà dans la liste (sans tenir compte des majuscules et minuscules).
issue-target_sizes_empty = Choisissez au moins une taille de client.
issue-target_size_unknown = « { $value } » n’est pas une taille de client : utilisez small (petite), medium (moyenne), large (grande) ou enterprise (très grande).
issue-locations_empty = Un profil commercial doit avoir au moins un emplacement.
issue-locations_too_many = { $actual } emplacements ; un profil commercial en compte au plus { $limit }. Excluez-en certains.
issue-location_outside_region = Cet emplacement (pays : { $country }) se trouve hors de la région { $region } du profil.
issue-location_address_duplicate = Cette adresse est identique à celle de l’emplacement { $first }.
issue-location_name_empty = Saisissez un nom pour l’emplacement.
issue-location_name_too_long = Le nom de l’emplacement compte { $actual } caractères ; la limite est de { $limit }.
issue-address_incomplete = L’adresse doit comporter { $field }.
issue-address_field_too_long = Ce champ d’adresse compte { $actual } caractères ; la limite est de { $limit }.
issue-country_invalid = « { $value } » n’est pas un code de pays ISO 3166-1.
issue-email_invalid = « { $value } » n’est pas une adresse e-mail.
issue-phone_invalid = « { $value } » n’est pas un numéro de téléphone.
issue-location_address_immutable = Une adresse ne peut pas être modifiée : supprimez l’emplacement puis ajoutez-le à nouveau.
issue-solution_name_empty = Saisissez un nom pour la solution.
issue-solution_name_too_long = Le nom de la solution compte { $actual } caractères ; la limite est de { $limit }.
issue-solution_name_duplicate = Une autre solution de ce profil s’appelle déjà « { $value } » (sans tenir compte des majuscules et minuscules).
issue-solution_summary_too_long = Le résumé compte { $actual } caractères ; la limite est de { $limit }.
issue-solution_description_too_long = La description de la solution compte { $actual } caractères ; la limite est de { $limit }.
issue-solution_url_invalid = « { $value } » n’est pas une adresse web : saisissez une adresse complète commençant par https:// ou http://.
issue-solutions_import_only = Les solutions ne peuvent être créées que par une importation à partir de Pinpoint. Vous pouvez toujours modifier ou supprimer celles qui ont été importées.
issue-solution_not_found = Ce profil n’a pas de solution « { $id } ».
issue-csp_only = Seuls les partenaires inscrits au programme Fournisseur de solutions Cloud (CSP) peuvent créer un nouveau profil commercial ; vous pouvez en revanche importer à partir de Pinpoint. Contactez votre Centre de service régional pour obtenir de l’aide.

## HTTP problems (API.md); the same catalogue titles them

issue-validation_failed = Certaines valeurs ne respectent pas les règles du profil commercial.
issue-role_required = Votre rôle ne permet que la lecture. Adressez-vous à un administrateur du compte ou contactez votre Centre de service régional.
issue-idempotency_key_reused = Cette clé Idempotency-Key a déjà servi pour une autre requête.
issue-idempotency_key_missing = L’en-tête Idempotency-Key est obligatoire.
issue-idempotency_key_in_progress = Une requête avec cette clé Idempotency-Key est en cours ; réessayez dans un instant.
issue-profile_busy = Ce profil commercial est en cours de modification ailleurs ; rien n’a été modifié. Réessayez dans un instant.
issue-malformed_request = La requête est mal formée ({ $path }) : { $reason }.
issue-payload_too_large = Le corps de la requête dépasse { $limit } octets.
issue-not_found = Introuvable.
issue-unauthorized = Reconnectez-vous : votre session est introuvable ou a expiré.
issue-method_not_allowed = Cette méthode n’est pas autorisée ici.
issue-request_timeout = Le serveur a mis trop de temps à répondre ; réessayez.
issue-request_body_timeout = Le corps de la requête est arrivé trop lentement ; rien n’a été modifié. Réessayez.
issue-rate_limited = Trop de modifications en peu de temps ; rien n’a été modifié. Réessayez dans { $retry_after } secondes.
issue-overloaded = Le service est surchargé ; rien n’a été modifié. Réessayez dans { $retry_after } secondes.
issue-internal_error = Une erreur s’est produite de notre côté ; rien n’a été modifié. Réessayez.
issue-storage_unavailable = Notre stockage est momentanément indisponible ; rien n’a été modifié. Réessayez dans quelques secondes.

### Words shared by the CLI and the app.

label-referrals_not_imported = { $count } { $count ->
        [one] référence client : jamais importée ; téléchargez-la
       *[other] références client : jamais importées ; téléchargez-les
    } avant et après l’importation
label-reviews_not_imported = { $count } avis des clients : non repris, car la fonctionnalité a été supprimée
label-dropped_product = produit « { $value } » ({ $profile }) : pas un produit Microsoft
label-dropped_industry = secteur « { $value } » ({ $profile }) : absent du catalogue
label-excluded_location = emplacement « { $name } » ({ $profile }) : exclu
label-excluded_solution = solution « { $name } » ({ $profile }) : exclue
label-unselected_solution = solution « { $name } » ({ $profile }) : son profil commercial n’est pas importé
label-unselected_profile = profil commercial « { $name } » ({ $profile }) : non sélectionné
label-more_issues = et { $count } { $count ->
        [one] autre problème non affiché
       *[other] autres problèmes non affichés
    }
label-address_line1 = une première ligne
label-address_line2 = une deuxième ligne
label-address_city = une ville
label-address_postal_code = un code postal
label-referral_new = Nouvelle
label-referral_accepted = Acceptée
label-referral_declined = Refusée
label-referral_won = Gagnée
label-referral_lost = Perdue
label-referral_expired = Expirée

### The operator CLI's text reports.

cli-account = { $company } (compte Pinpoint { $account }, partenaire { $partner }) : { $status }
cli-status_active = actif
cli-status_closed = clôturé
cli-holdings = { $profiles } { $profiles ->
        [one] profil commercial
       *[other] profils commerciaux
    }, { $solutions } { $solutions ->
        [one] profil d’application ou de service
       *[other] profils d’application ou de service
    }, { $referrals } { $referrals ->
        [one] référence client
       *[other] références client
    }, { $reviews } avis des clients
cli-error = erreur
cli-warning = avertissement
cli-no_issue = Aucun problème.
cli-will_create = Sera créé :
cli-profile_line = { $region } — { $name } : { $locations } { $locations ->
        [one] emplacement
       *[other] emplacements
    }, { $solutions } { $solutions ->
        [one] solution
       *[other] solutions
    }
cli-not_imported = Ne sera pas importé :
cli-verdict_can_import = Verdict : peut être importé.
cli-verdict_blocked = Verdict : ne peut pas être importé — { $errors } { $errors ->
        [one] erreur
       *[other] erreurs
    } à corriger.
cli-verdict_needs_acknowledgements = Verdict : aucune erreur ; les deux confirmations sont encore nécessaires.
cli-export_refused = L’export { $file } est refusé :
cli-check_valid = L’export respecte toutes les règles.
cli-check_invalid = L’export enfreint { $errors } { $errors ->
        [one] règle
       *[other] règles
    }.

### The app and the widget.


## Shell

app-product_name = Espace partenaires
app-app_name = Transition Pinpoint
app-breadcrumb = Fil d’Ariane
app-dashboard = Tableau de bord
app-account_settings = Paramètres du compte
app-business_profile = Profil commercial
app-loading = Chargement…
app-saving = Enregistrement…
app-not_found_page = Cette page n’existe pas.
app-back_to_profiles = Retour aux profils commerciaux
app-signed_out = Connectez-vous via le portail partenaires pour utiliser Transition Pinpoint : c’est le portail qui transmet votre jeton d’accès à cette page.
app-sign_in_failed = La connexion a échoué.
app-service_centre = Contactez votre Centre de service régional
app-network_error = Le serveur est injoignable. Vérifiez votre connexion et réessayez ; rien n’a été perdu.
app-unexpected_answer = Le serveur a renvoyé une réponse inattendue ({ $status }).
app-read_only_reason = Votre rôle ne permet que la lecture : un administrateur du compte ou du profil commercial peut effectuer cette modification.
app-read_only_notice = Votre rôle ne permet que la lecture : l’importation et la modification nécessitent un rôle d’administrateur (du compte, du profil commercial, global ou des références client).
app-none = Aucun
app-optional = facultatif
app-characters = { $count } / { $limit } caractères

## Demo

app-demo_banner = Mode démo
app-demo_signed_in_as = Connecté en tant que
app-demo_read_only = { $company } — utilisateur en lecture seule

## Dashboard & settings

app-welcome = Bienvenue, { $company }
app-partner_id = ID partenaire { $id }
app-csp_member = Fournisseur de solutions Cloud (CSP)
app-dashboard_pinpoint_active = Pinpoint a été mis hors service. Transférez votre présence commerciale vers les profils commerciaux de l’Espace partenaires.
app-dashboard_pinpoint_closed = Votre compte Pinpoint est clôturé. Gérez vos profils commerciaux dans l’Espace partenaires.
app-dashboard_no_pinpoint = Vous n’avez pas de compte Pinpoint à importer.
app-go_to_business_profile = Aller au profil commercial
app-settings_intro = Gérez la façon dont votre organisation se présente aux clients.
app-business_profile_card_text = Profils commerciaux par pays ou région, leurs emplacements et leurs solutions.

## Business profile: tabs

app-tab_profiles = Profils
app-tab_referrals = Références client
app-profiles_intro = Un profil commercial par pays ou région. Les clients vous trouvent grâce à eux.
app-import_from_pinpoint = Importer à partir de Pinpoint
app-import_from_pinpoint_text = Copiez vos profils commerciaux, applications et services Pinpoint dans l’Espace partenaires. Vous pourrez tout vérifier avant l’importation.
app-create_profile = Créer un nouveau profil commercial
app-create_profile_text = En tant que partenaire Fournisseur de solutions Cloud, vous pouvez aussi créer un profil de toutes pièces.
app-pinpoint_closed_no_date = Votre compte Pinpoint est clôturé.
app-see_import = Voir les résultats de l’importation
app-no_profiles = Vous n’avez pas encore de profil commercial.
app-profile_summary = { $locations } { $locations ->
        [one] emplacement
       *[other] emplacements
    } · { $solutions } { $solutions ->
        [one] solution
       *[other] solutions
    }
app-region = Pays ou région
app-manage = Gérer
app-referrals_intro = Les références client sont les prospects que Microsoft vous a transmis via Pinpoint. Elles ne sont jamais importées et restent téléchargeables ici, avant et après l’importation.
app-download_csv = Télécharger en CSV
app-download_json = Télécharger en JSON
app-no_referrals = Il n’y a aucune référence client.
app-referral_customer = Client
app-referral_need = Besoin
app-referral_status = Statut
app-referral_received = Reçue le
app-referral_value = Valeur de l’affaire
app-referral_contact = Contact

## Wizard

app-wizard_title = Importer à partir de Pinpoint
app-wizard_steps = Étapes de l’importation
app-step_of = Étape { $n } sur { $total }
app-step_account = Votre compte Pinpoint
app-step_choose = Choisir les profils
app-step_edit = Modifier les profils
app-step_solutions = Solutions
app-step_locations = Emplacements
app-step_preview = Vérifier et importer
app-next = Suivant
app-back = Précédent
app-account_holds = Votre compte Pinpoint contient :
app-business_profiles = Profils commerciaux
app-app_profiles = Profils d’application
app-service_profiles = Profils de service
app-customer_referrals = Références client
app-customer_reviews = Avis des clients
app-account_intro = Les profils commerciaux deviennent des profils commerciaux de l’Espace partenaires (un par pays ou région) ; les profils d’application et de service deviennent leurs solutions. Les références client et les avis des clients ne sont pas importés.
app-account_closed_stop = Ce compte Pinpoint est clôturé et ne peut plus être importé.
app-choose_intro = Choisissez les profils commerciaux Pinpoint à copier. Vous pouvez avoir un profil commercial par pays ou région.
app-import_this_profile = Importer « { $name } » ({ $region })
app-profile_counts = { $locations } { $locations ->
        [one] emplacement
       *[other] emplacements
    }, { $solutions } { $solutions ->
        [one] profil d’application ou de service
       *[other] profils d’application ou de service
    }
app-nothing_chosen = Choisissez au moins un profil pour continuer.
app-profile_picker = Profil
app-edit_intro = Modifiez chaque profil avant son importation. Les règles de l’Espace partenaires sont vérifiées pendant la saisie.
app-solutions_intro = Les profils d’application et de service deviennent des solutions du profil commercial. Choisissez lesquels importer et modifiez-les.
app-locations_intro = Choisissez les emplacements à importer (1 à { $limit }) et, pour chacun, les solutions à commercialiser à partir de cet emplacement.
app-preview_intro = Vérifiez ce qui va se passer. Rien ne change tant que vous n’avez pas sélectionné Importer.
app-issues_heading = Vérifications de l’Espace partenaires
app-issues_count = { $errors } { $errors ->
        [one] erreur
       *[other] erreurs
    }, { $warnings } { $warnings ->
        [one] avertissement
       *[other] avertissements
    }
app-no_issues = Aucun problème détecté.
app-go_to_field = Aller au champ
app-error_prefix = Erreur :
app-warning_prefix = Avertissement :
app-include_solution = Importer « { $name } »
app-solution_app = Application
app-solution_service = Service
app-import_location = Importer l’emplacement « { $name } »
app-markets_heading = Solutions à commercialiser à partir de cet emplacement
app-no_solutions_to_market = Aucune solution n’est importée pour ce profil.
app-no_solutions = Ce profil n’a aucun profil d’application ou de service.
app-will_be_created = Sera créé
app-will_not_be_imported = Ne sera pas importé
app-was_not_imported = Non importé
app-referrals = Références client ({ $count })
app-dropped_products = Produits qui ne sont pas des produits Microsoft
app-other_left_out = Également exclus
app-ack_referrals = J’ai noté ou téléchargé mes références client.
app-ack_closure = Je comprends que l’importation clôture définitivement mon compte Pinpoint.
app-closure_statement = L’importation clôture définitivement votre compte Pinpoint : il ne pourra être ni rouvert ni importé à nouveau. Tous les éléments ci-dessus sont créés en une seule fois, ou aucun ne l’est.
app-import_now = Importer et clôturer mon compte Pinpoint
app-importing = Importation en cours… Gardez cette page ouverte.
app-retry_import = Relancer l’importation
app-import_refused = L’importation a été refusée ; vos modifications sont conservées.
app-profile_of = Profil { $n } sur { $total } : { $name }
app-reviewed = Vérifié
app-blocked_errors = { $count ->
        [one] Corrigez l’erreur indiquée ci-dessus pour importer.
       *[other] Corrigez les { $count } erreurs indiquées ci-dessus pour importer.
    }
app-blocked_acks = Donnez les deux confirmations ci-dessus pour importer.
app-discard_title = Abandonner vos modifications ?
app-discard_text = Vos modifications de cette importation seront perdues. Rien n’est importé et votre compte Pinpoint reste ouvert.
app-discard = Abandonner les modifications
app-show_issues = Afficher la liste
app-hide_issues = Masquer la liste
app-solutions = Solutions
app-locations = Emplacements
app-marketed_here = Commercialise : { $list }

## Profile fields

app-field_name = Nom de l’entreprise
app-field_description = Description
app-field_website = Site web
app-field_linkedin = Page entreprise LinkedIn
app-field_logo = Logo
app-logo_none = Pas de logo
app-add_logo = Ajouter un logo
app-remove_logo = Retirer le logo
app-field_industries = Secteurs
app-field_products = Produits Microsoft
app-field_service_types = Types de service
app-field_tags = Solutions, compétences et capacités (mots-clés)
app-tag_n = Mot-clé { $n }
app-tags_count = { $count } { $count ->
        [one] mot-clé
       *[other] mots-clés
    } sur { $limit } au plus
app-add_tag = Ajouter un mot-clé
app-remove_tag = Retirer le mot-clé { $n }
app-field_target_sizes = Tailles de clients visées
app-field_endorsements = Autoriser les clients à recommander ce profil
app-section_info = Informations sur le partenaire
app-section_expertise = Expertise
app-section_preferences = Préférences
app-field_solution_name = Nom de la solution
app-field_summary = Résumé
app-field_solution_description = Description de la solution
app-field_url = Adresse web
app-field_location_name = Nom de l’emplacement
app-field_phone = Téléphone
app-field_email = E-mail
app-field_line1 = Ligne d’adresse 1
app-field_line2 = Ligne d’adresse 2
app-field_city = Ville
app-field_postal_code = Code postal
app-field_country = Pays
app-field_region = Pays ou région

## Profile page

app-profile_not_found = Ce profil commercial n’existe pas.
app-save_changes = Enregistrer les modifications
app-saved = Enregistré.
app-deleting = Suppression…
app-reset_changes = Annuler les modifications
app-address_immutable = Une adresse ne peut pas être modifiée : pour déplacer un emplacement, supprimez-le puis ajoutez-le à nouveau.
app-locations_limit = Un profil commercial compte de 1 à { $limit } emplacements ({ $count } actuellement).
app-add_location = Ajouter un emplacement
app-new_location_n = Nouvel emplacement { $n }
app-remove_new_location = Retirer le nouvel emplacement { $n }
app-correct_before_import = Corrigez cet emplacement avant de l’importer : une fois importé, son adresse ne peut plus être modifiée.
app-delete_location_named = Supprimer l’emplacement « { $name } »
app-save_location_named = Enregistrer l’emplacement « { $name } »
app-delete_solution_named = Supprimer la solution « { $name } »
app-cancel = Annuler
app-delete_action = Supprimer
app-delete_location_title = Supprimer l’emplacement « { $name } » ?
app-delete_location_text = Son nom, son adresse, son numéro de téléphone et son adresse e-mail, ainsi que les solutions qui y sont commercialisées, sont retirés de ce profil commercial. Cette action est irréversible.
app-delete_solution_title = Supprimer la solution « { $name } » ?
app-delete_solution_text = Elle est retirée de ce profil commercial et de tous ses emplacements. Une solution supprimée ne pourra jamais être ajoutée à nouveau : les solutions proviennent uniquement de l’importation Pinpoint.
app-save_solutions = Enregistrer les solutions de « { $name } »
app-no_solutions_left = Ce profil n’a aucune solution.
app-imported_from = Importé du profil Pinpoint { $id }

## New profile

app-new_profile_title = Créer un nouveau profil commercial
app-new_profile_intro = Un nouveau profil commence sans solution (les solutions proviennent uniquement de l’importation Pinpoint) et doit comporter au moins un emplacement.
app-first_location = Premier emplacement
app-create_action = Créer le profil
app-creating = Création…
app-csp_only_notice = Seuls les partenaires Fournisseur de solutions Cloud peuvent créer un nouveau profil commercial.

## Results

app-results_title = Importation terminée
app-results_intro = Importé le { $date }. Votre compte Pinpoint est désormais clôturé.
app-results_created = Profils commerciaux créés
app-results_warnings = Remarques
app-import_id = Importation { $id }
app-open_profile = Ouvrir « { $name } »

### Catalogue names: industries, service types, customer sizes.

industry-agriculture = Agriculture
industry-automotive = Automobile
industry-education = Éducation
industry-energy = Énergie
industry-financial_services = Services financiers
industry-government = Administration publique
industry-healthcare = Santé
industry-hospitality = Hôtellerie et restauration
industry-manufacturing = Industrie manufacturière
industry-media = Médias
industry-nonprofit = Organisations à but non lucratif
industry-professional_services = Services professionnels
industry-retail = Commerce de détail
industry-telecommunications = Télécommunications
industry-transportation = Transports
service-consulting = Conseil
service-deployment = Déploiement
service-development = Développement
service-implementation = Mise en œuvre
service-integration = Intégration
service-licensing = Licences
service-managed_services = Services managés
service-migration = Migration
service-support = Support
service-training = Formation
size-small = Petite (1 à 50 employés)
size-medium = Moyenne (51 à 1 000 employés)
size-large = Grande (1 001 à 10 000 employés)
size-enterprise = Très grande (plus de 10 000 employés)

### Les autres sorties de la CLI de l’opérateur.

cli-error_line = erreur : { $error }
cli-ingested = { $files } { $files ->
        [one] fichier traité
       *[other] fichiers traités
    } : { $created } { $created ->
        [one] créé
       *[other] créés
    }, { $updated } { $updated ->
        [one] mis à jour
       *[other] mis à jour
    }, { $closed } { $closed ->
        [one] ignoré (déjà importé)
       *[other] ignorés (déjà importés)
    }, { $conflicts } { $conflicts ->
        [one] ignoré
       *[other] ignorés
    } (conflit d’identifiant), { $refused } { $refused ->
        [one] refusé
       *[other] refusés
    }.
cli-ingest_refused = { $file } : refusé, rien n’a été chargé :
cli-ingest_created = { $file } : compte { $account } créé
cli-ingest_updated = { $file } : compte { $account } mis à jour
cli-ingest_skipped_closed = { $file } : compte { $account } ignoré : déjà importé (clôturé)
cli-ingest_skipped_conflict = { $file } : compte { $account } ignoré : l’identifiant du partenaire ou du compte appartient à un autre compte
cli-backup_written = Sauvegarde écrite dans { $path } ({ $bytes } octets).
cli-no_account = erreur : aucun compte Pinpoint pour le partenaire { $partner }
cli-stored_export_unparsable = erreur : l’export enregistré ne peut pas être lu : { $error }

### Le téléchargement des références client (en-têtes des colonnes CSV).

referrals-id = ID de la référence
referrals-business_profile_id = ID du profil commercial
referrals-customer_name = Client
referrals-contact_name = Nom du contact
referrals-contact_email = E-mail du contact
referrals-contact_phone = Téléphone du contact
referrals-need = Besoin
referrals-status = Statut
referrals-received_on = Reçue le
referrals-deal_amount = Valeur de l’affaire
referrals-deal_currency = Devise

### Le choix de la langue et la liste des pays ou régions.

app-language = Langue
app-region_search = Rechercher un pays ou une région
app-region_none = Aucun pays ni aucune région ne correspond à « { $text } ».

## Results and embedding (issue 22)

app-results_success = { $count ->
        [one] Votre profil commercial a été créé à partir de votre compte Pinpoint.
       *[other] Vos { $count } profils commerciaux ont été créés à partir de votre compte Pinpoint.
    }
app-results_locations = { $count } { $count ->
        [one] emplacement
       *[other] emplacements
    }
app-results_solutions = { $count } { $count ->
        [one] solution
       *[other] solutions
    }
app-results_next_title = Et maintenant
app-results_search_delay = La recherche de l’Espace partenaires peut mettre jusqu’à 24 heures à afficher les nouveaux profils commerciaux : vos clients risquent de ne pas trouver les vôtres avant. Vous pouvez déjà les gérer ici.
app-results_referrals_text = { $count ->
        [one] Votre référence client n’a pas été importée : elle reste dans votre compte Pinpoint. Téléchargez-la pour en garder une copie.
       *[other] Vos { $count } références client n’ont pas été importées : elles restent dans votre compte Pinpoint. Téléchargez-les pour en garder une copie.
    }
app-support_import_id = Identifiant de l’importation (pour le support)
app-copy_action = Copier
app-copy_done = Identifiant de l’importation copié.
app-copy_refused = Votre navigateur n’a pas autorisé la copie. L’identifiant de l’importation est sélectionné : appuyez sur Ctrl+C (⌘+C sur Mac) pour le copier.
app-profiles_closed = Votre compte Pinpoint est clôturé : il n’y a rien à importer.
app-profiles_imported = Votre compte Pinpoint a été importé dans les profils commerciaux ci-dessous ; il est désormais clôturé.
app-read_only_preview = Votre rôle ne permet que la lecture : vous pouvez consulter l’aperçu de l’importation, mais pas importer.
app-preview_import = Ouvrir l’aperçu
## Lists (issue 22)

app-list_details = Détails
app-list_errors = { $count } { $count ->
        [one] erreur
       *[other] erreurs
    }
app-list_solutions = Solutions : { $solutions }
app-list_left_out = Non importé
app-multi_remove = Retirer { $value }
app-multi_added = Élément ajouté : { $value }
app-multi_removed = Élément retiré : { $value }
app-multi_none = Aucun élément ne correspond à « { $text } ».
app-multi_search = Tapez pour rechercher
app-multi_hint = Tapez pour filtrer la liste, puis choisissez avec les flèches et ajoutez avec Entrée. Retour arrière dans le champ vide retire le dernier élément.
## Logo (issue 22)

issue-logo_unreadable = Ce fichier n’est pas une image lisible ; chargez un GIF, JPG ou PNG d’au plus { $limit } px de large.
issue-logo_upload_unknown = Le logo chargé « { $id } » ne fait pas partie des vôtres ; chargez à nouveau le logo.
issue-logo_uploads_full = Vous avez déjà { $limit } logos chargés, chacun utilisé par un profil commercial ; rien n’a été chargé.
app-logo_replace = Remplacer le logo
app-logo_choose = Choisissez une image GIF, JPG ou PNG d’au plus 300 px de large
app-logo_uploading = Chargement du logo…
app-logo_facts = { $format }, { $width } × { $height } px
app-logo_unavailable = Le logo situé à { $url } ne peut pas être affiché ici ; son format et sa taille proviennent de votre export Pinpoint.
app-logo_alt = Votre logo

## Issue 23 — receipt

receipt-title = Reçu d’importation
receipt-partner = Partenaire
receipt-account = Compte Pinpoint
receipt-import_id = ID de l’importation
receipt-imported_at = Importé le (UTC)
receipt-prepared_by = Préparé par
receipt-approved_by = Approuvé par
receipt-no_approval = L’approbation d’un second administrateur n’a pas été demandée.
receipt-plan_digest = Empreinte du plan vérifié
receipt-no_plan_digest = Cette importation a été faite avant que les plans ne portent une empreinte.
receipt-created = Profils commerciaux créés
receipt-locations = Emplacements
receipt-solutions = Solutions
receipt-not_imported = Non importé
receipt-sha256 = SHA-256 de ce reçu
receipt-how_to_check = Cette valeur est le SHA-256 du JSON du reçu (GET /api/v1/imports/{ $id }/receipt) sous sa forme canonique : clés triées, sans espaces. Recalculez-la pour vérifier que cette page y correspond.
receipt-print = Imprimer
app-receipt_intro = Conservez ce reçu : il indique ce qui a été transféré, qui l’a préparé et ce qui n’a pas été importé. Son SHA-256 l’identifie.
app-receipt_download_page = Télécharger le reçu imprimable (HTML)
app-receipt_download_json = Télécharger le reçu (JSON)
app-receipt_preparing = Préparation du reçu…

## Issue 23 — people

app-demo_person = { $company } — { $person }
app-signed_in_person = Connecté en tant que { $person }
## Issue 23 — plan digest

issue-plan_changed = Ce que vous importez a changé depuis que vous avez vérifié l’aperçu (un export Pinpoint plus récent, vos profils commerciaux ou les règles d’importation) ; rien n’a été importé. Vérifiez le nouvel aperçu, puis importez.
issue-plan_digest_required = Envoyez dans If-Match l’empreinte du plan de l’aperçu que vous avez vérifié : ouvrez l’aperçu, puis importez.
app-digest_checking = Vérification de ce qui sera importé…
app-digest_blocked = L’importation sera disponible une fois que ce qui sera importé aura été vérifié.
app-digest_failed = Ce qui sera importé n’a pas pu être vérifié.
app-drift_title = Ce que vous importez a changé depuis votre vérification
app-drift_intro = Rien n’a été importé. Voici ce qui a changé dans l’aperçu :
app-drift_none = L’aperçu semble identique, mais vos profils commerciaux ou les règles d’importation ont changé depuis votre vérification.
app-drift_review = Vérifier à nouveau
app-drift_added = { $name } ({ $region }) sera désormais créé.
app-drift_removed = { $name } ({ $region }) ne sera plus créé.
app-drift_details = { $name } : ses informations ont changé.
app-drift_solutions = Solutions de { $name } : { $before } avant, { $after } maintenant.
app-drift_locations = Emplacements de { $name } : { $before } avant, { $after } maintenant.
app-drift_not_imported = Ce qui ne sera pas importé a changé.
app-drift_errors = L’aperçu comporte maintenant des erreurs à corriger avant de pouvoir importer.
## Issue 23 — drafts

issue-draft_changed = Ce brouillon a été enregistré entre-temps dans un autre onglet ou sur un autre appareil ; chargez le brouillon le plus récent, ou enregistrez le vôtre à sa place en connaissance de cause.
app-draft_saved_at = Enregistré à { $time }
app-draft_saving = Enregistrement…
app-draft_not_saved = Non enregistré.
app-draft_retry = Réessayer
app-draft_waiting = Pas encore enregistré : trop d’enregistrements en peu de temps. Nouvel essai dans { $seconds } s.
app-draft_conflict_title = Ce brouillon a été modifié ailleurs
app-draft_conflict_text = { $name } a enregistré ce brouillon à { $time } dans un autre onglet ou sur un autre appareil.
app-draft_load_newer = Charger le brouillon le plus récent
app-draft_keep_mine = Garder le mien
app-draft_for_old_export = Votre brouillon enregistré portait sur une version antérieure de votre export Pinpoint ; il a donc été mis de côté et l’importation repart de votre export actuel.
## Issue 23 — a second admin's approval

issue-approval_required = Vos importations nécessitent un second administrateur : soumettez cette importation pour approbation, puis un autre administrateur de votre compte l’approuve.
issue-approval_self = Vous avez soumis cette importation : un autre administrateur de votre compte l’approuve ou la renvoie. Vous pouvez la retirer.
issue-approval_not_submitter = Seul l’administrateur qui a soumis cette importation peut la retirer. Vous pouvez l’approuver, ou la renvoyer avec un commentaire.
issue-draft_submitted = Cette importation attend l’approbation d’un second administrateur et ne peut pas être modifiée pour l’instant. L’administrateur qui l’a soumise peut la retirer.
issue-not_submitted = Aucune importation n’attend d’approbation : elle a été approuvée, renvoyée ou retirée entre-temps.
issue-submission_changed = Ce qui serait importé a changé depuis que cette importation a été soumise (un export Pinpoint plus récent, vos profils commerciaux ou les règles d’importation) ; rien n’a été importé. Renvoyez-la pour qu’elle soit vérifiée et soumise à nouveau.
issue-settings_role_required = Seul un administrateur du compte ou un administrateur global peut modifier ce paramètre.
issue-comment_empty = Rédigez un commentaire pour l’administrateur qui a soumis l’importation.
issue-comment_too_long = Le commentaire peut contenir au plus { $max } caractères.
issue-comment_invalid = Le commentaire contient des caractères de contrôle, qui ne peuvent pas être conservés. Supprimez-les.
issue-text_control_character = Ce champ ne peut pas contenir de caractères de contrôle, comme NUL. Supprimez-les.
issue-unsupported_media_type = Le corps de la requête doit être du JSON envoyé avec l’en-tête Content-Type: application/json.

app-submit_for_approval = Soumettre pour approbation
app-submitting = Soumission en cours… gardez cette page ouverte.
app-approval_note = Un autre administrateur de votre compte vérifie cette importation et l’approuve. Rien n’est importé d’ici là.
app-submission_title = Une importation attend votre approbation
app-submission_own_title = En attente de l’approbation d’un second administrateur
app-submitted_by = { $name } a soumis cette importation le { $date } à { $time }.
app-submission_own_note = Un autre administrateur de votre compte l’approuve ou vous la renvoie. D’ici là, elle ne peut pas être modifiée, mais vous pouvez la retirer.
app-submission_other_note = Voici ce qui sera importé, vérifié à nouveau avec votre export Pinpoint et vos profils commerciaux tels qu’ils sont maintenant. Approuvez-la pour l’importer, ou renvoyez-la avec un commentaire.
app-withdraw = Retirer
app-approve = Approuver et importer
app-approve_title = Approuver et importer ?
app-approve_text = L’importation est effectuée maintenant : préparée par { $name }, approuvée par vous. Votre compte Pinpoint est ensuite clôturé, et cette opération est irréversible.
app-return_title = Renvoyer avec un commentaire
app-return_comment = Commentaire pour { $name }
app-return_button = Renvoyer
app-returned_by = { $name } a renvoyé cette importation le { $date } à { $time }, avec ce commentaire :
app-returned_next = Apportez les modifications, puis soumettez-la de nouveau pour approbation.
app-working = Envoi en cours…
app-preview_intro_approval = Vérifiez ce qui va se passer. Rien ne change tant que vous ne l’avez pas soumise et qu’un autre administrateur de votre compte ne l’a pas approuvée.
app-results_approval = Préparée par { $prepared }, approuvée par { $approved }.
app-approval_setting_title = Importations à partir de Pinpoint
app-approval_setting_label = Les importations nécessitent un second administrateur
app-approval_setting_help = Un administrateur prépare l’importation et la soumet ; un autre administrateur de votre compte l’approuve avant que quoi que ce soit ne soit importé.
app-approval_setting_locked = Seul un administrateur du compte ou un administrateur global peut modifier ce paramètre.
