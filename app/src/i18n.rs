//! The app's own words, in French and English. Issue messages, field
//! labels shared with the CLI and catalogue names come from the domain
//! crate; everything else a person reads in the app is here, written with
//! the domain's `catalogue!` like the domain's own catalogues: an entry
//! without both texts does not compile.

use leptos::prelude::*;
use transition_domain::Lang;

/// The language signal the app provides.
pub fn use_lang() -> RwSignal<Lang> {
    use_context::<RwSignal<Lang>>().unwrap_or_else(|| RwSignal::new(Lang::En))
}

/// A text that follows the language switch, for use in a view.
pub fn tr(key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || key.text(lang.get())
}

/// The same, as a `Signal<String>` for component props.
pub fn ts(key: T) -> Signal<String> {
    let lang = use_lang();
    Signal::derive(move || key.text(lang.get()).to_owned())
}

transition_domain::catalogue! {
    /// A text of the app's catalogue.
    pub enum T;

    // --- Shell ---
    ProductName, en: "Partner Center", fr: "Espace partenaires";
    AppName, en: "Pinpoint Transition", fr: "Transition Pinpoint";
    LanguageOther, en: "Français", fr: "English";
        Breadcrumb, en: "Breadcrumb", fr: "Fil d’Ariane";
    Dashboard, en: "Dashboard", fr: "Tableau de bord";
    AccountSettings, en: "Account settings", fr: "Paramètres du compte";
    BusinessProfile, en: "Business profile", fr: "Profil commercial";
    Loading, en: "Loading…", fr: "Chargement…";
    Saving, en: "Saving…", fr: "Enregistrement…";
    NotFoundPage, en: "This page does not exist.", fr: "Cette page n’existe pas.";
    BackToProfiles, en: "Back to business profiles", fr: "Retour aux profils commerciaux";
    SignedOut, en: "Sign in through the partner portal to use Pinpoint Transition: the portal gives this page your access token.",
        fr: "Connectez-vous via l’espace partenaires pour utiliser Transition Pinpoint : l’espace transmet votre jeton d’accès à cette page.";
    SignInFailed, en: "Signing in failed.", fr: "La connexion a échoué.";
    ServiceCentre, en: "Contact your regional service center", fr: "Contactez votre Centre de service régional";
    NetworkError, en: "The server could not be reached. Check your connection and try again; nothing was lost.",
        fr: "Le serveur est injoignable. Vérifiez votre connexion et réessayez ; rien n’a été perdu.";
    UnexpectedAnswer, en: "The server answered something unexpected ({status}).", fr: "Le serveur a donné une réponse inattendue ({status}).";
    ReadOnlyReason, en: "Your role reads only: an admin of the account or of the business profile can make this change.",
        fr: "Votre rôle ne permet que la lecture : un administrateur du compte ou du profil commercial peut effectuer cette modification.";
    ReadOnlyNotice, en: "Your role lets you read only: importing and editing need an admin role (account, business profile, global or referrals admin).",
        fr: "Votre rôle ne permet que la lecture : importer et modifier demandent un rôle d’administrateur (compte, profil commercial, global ou références).";
    None, en: "None", fr: "Aucun";
    Optional, en: "optional", fr: "facultatif";
    Characters, en: "{count} / {limit} characters", fr: "{count} / {limit} caractères";

    // --- Demo ---
    DemoBanner, en: "Demo mode", fr: "Mode démo";
    DemoSignedInAs, en: "Signed in as", fr: "Connecté en tant que";
    DemoReadOnly, en: "{company} — read-only user", fr: "{company} — utilisateur en lecture seule";

    // --- Dashboard & settings ---
    Welcome, en: "Welcome, {company}", fr: "Bienvenue, {company}";
    PartnerId, en: "Partner ID {id}", fr: "ID partenaire {id}";
    CspMember, en: "Cloud Solution Provider", fr: "Fournisseur de solutions cloud (CSP)";
    DashboardPinpointActive, en: "Pinpoint is retired. Move your business presence into Partner Center business profiles.",
        fr: "Pinpoint est retiré. Transférez votre présence commerciale dans les profils commerciaux de l’Espace partenaires.";
    DashboardPinpointClosed, en: "Your Pinpoint account is closed. Manage your business profiles in Partner Center.",
        fr: "Votre compte Pinpoint est clôturé. Gérez vos profils commerciaux dans l’Espace partenaires.";
    DashboardNoPinpoint, en: "You have no Pinpoint account to import.", fr: "Vous n’avez pas de compte Pinpoint à importer.";
    GoToBusinessProfile, en: "Go to business profile", fr: "Aller au profil commercial";
    SettingsIntro, en: "Manage how your organization appears to customers.", fr: "Gérez la façon dont votre organisation apparaît aux clients.";
    BusinessProfileCardText, en: "Business profiles per country or region, their locations and solutions.",
        fr: "Profils commerciaux par pays ou région, leurs emplacements et leurs solutions.";

    // --- Business profile: tabs ---
    TabProfiles, en: "Profiles", fr: "Profils";
    TabReferrals, en: "Customer referrals", fr: "Références client";
    ProfilesIntro, en: "One business profile per country or region. Customers find you through them.",
        fr: "Un profil commercial par pays ou région. Les clients vous trouvent grâce à eux.";
    ImportFromPinpoint, en: "Import from Pinpoint", fr: "Importer à partir de Pinpoint";
    ImportFromPinpointText, en: "Copy your Pinpoint business profiles, apps and services into Partner Center. You review everything before it happens.",
        fr: "Copiez vos profils commerciaux, applications et services Pinpoint dans l’Espace partenaires. Vous vérifiez tout avant l’importation.";
    CreateProfile, en: "Create a new business profile", fr: "Créer un nouveau profil commercial";
    CreateProfileText, en: "As a Cloud Solution Provider partner, you can also start a profile from scratch.",
        fr: "En tant que partenaire Fournisseur de solutions cloud, vous pouvez aussi créer un profil de zéro.";
    PinpointClosedNoDate, en: "Your Pinpoint account is closed.", fr: "Votre compte Pinpoint est clôturé.";
    SeeImport, en: "See the import results", fr: "Voir les résultats de l’importation";
    NoProfiles, en: "You have no business profile yet.", fr: "Vous n’avez pas encore de profil commercial.";
    ProfileSummary, en: "{locations} {locations|location|locations} · {solutions} {solutions|solution|solutions}", fr: "{locations} {locations|emplacement|emplacements} · {solutions} {solutions|solution|solutions}";
    Region, en: "Country or region", fr: "Pays ou région";
    Manage, en: "Manage", fr: "Gérer";
    ReferralsIntro, en: "Customer referrals are the sales leads Microsoft sent you through Pinpoint. They are never imported, and stay downloadable here before and after the import.",
        fr: "Les références client sont les prospects que Microsoft vous a transmis via Pinpoint. Elles ne sont jamais importées et restent téléchargeables ici, avant et après l’importation.";
    DownloadCsv, en: "Download CSV", fr: "Télécharger en CSV";
    DownloadJson, en: "Download JSON", fr: "Télécharger en JSON";
    NoReferrals, en: "There are no customer referrals.", fr: "Il n’y a aucune référence client.";
    ReferralCustomer, en: "Customer", fr: "Client";
    ReferralNeed, en: "Need", fr: "Besoin";
    ReferralStatus, en: "Status", fr: "Statut";
    ReferralReceived, en: "Received", fr: "Reçue le";
    ReferralValue, en: "Deal value", fr: "Valeur de l’affaire";
    ReferralContact, en: "Contact", fr: "Contact";

    // --- Wizard ---
    WizardTitle, en: "Import from Pinpoint", fr: "Importer à partir de Pinpoint";
    WizardSteps, en: "Import steps", fr: "Étapes de l’importation";
    StepOf, en: "Step {n} of {total}", fr: "Étape {n} sur {total}";
    StepAccount, en: "Your Pinpoint account", fr: "Votre compte Pinpoint";
    StepChoose, en: "Choose profiles", fr: "Choisir les profils";
    StepEdit, en: "Edit profiles", fr: "Modifier les profils";
    StepSolutions, en: "Solutions", fr: "Solutions";
    StepLocations, en: "Locations", fr: "Emplacements";
    StepPreview, en: "Review and import", fr: "Vérifier et importer";
    Next, en: "Next", fr: "Suivant";
    Back, en: "Back", fr: "Précédent";
    AccountHolds, en: "Your Pinpoint account holds:", fr: "Votre compte Pinpoint contient :";
    BusinessProfiles, en: "Business profiles", fr: "Profils commerciaux";
    AppProfiles, en: "App profiles", fr: "Profils d’application";
    ServiceProfiles, en: "Service profiles", fr: "Profils de service";
    CustomerReferrals, en: "Customer referrals", fr: "Références client";
    CustomerReviews, en: "Customer reviews", fr: "Avis des clients";
    AccountIntro, en: "Business profiles become Partner Center business profiles (one per country or region); app and service profiles become their solutions. Customer referrals and reviews are not imported.",
        fr: "Les profils commerciaux deviennent des profils commerciaux de l’Espace partenaires (un par pays ou région) ; les profils d’application et de service deviennent leurs solutions. Les références client et les avis des clients ne sont pas importés.";
    AccountClosedStop, en: "This Pinpoint account is closed and cannot be imported again.", fr: "Ce compte Pinpoint est clôturé et ne peut plus être importé.";
    ChooseIntro, en: "Choose the Pinpoint business profiles to copy. You can have one business profile per country or region.",
        fr: "Choisissez les profils commerciaux Pinpoint à copier. Vous pouvez avoir un profil commercial par pays ou région.";
    ImportThisProfile, en: "Import “{name}” ({region})", fr: "Importer « {name} » ({region})";
    ProfileCounts, en: "{locations} {locations|location|locations}, {solutions} {solutions|app or service profile|app or service profiles}", fr: "{locations} {locations|emplacement|emplacements}, {solutions} {solutions|profil d’application ou de service|profils d’application ou de service}";
    NothingChosen, en: "Choose at least one profile to continue.", fr: "Choisissez au moins un profil pour continuer.";
    ProfilePicker, en: "Profile", fr: "Profil";
    EditIntro, en: "Edit each profile before it is imported. Partner Center rules are checked as you type.",
        fr: "Modifiez chaque profil avant son importation. Les règles de l’Espace partenaires sont vérifiées pendant la saisie.";
    SolutionsIntro, en: "App and service profiles become solutions of the business profile. Choose which to bring and edit them.",
        fr: "Les profils d’application et de service deviennent des solutions du profil commercial. Choisissez lesquels importer et modifiez-les.";
    LocationsIntro, en: "Choose the locations to bring (1 to {limit}) and, for each, the solutions to market from it.",
        fr: "Choisissez les emplacements à importer (1 à {limit}) et, pour chacun, les solutions à commercialiser à partir de cet emplacement.";
    PreviewIntro, en: "Check what will happen. Nothing changes until you select Import.", fr: "Vérifiez ce qui va se passer. Rien ne change tant que vous n’avez pas sélectionné Importer.";
    IssuesHeading, en: "Partner Center checks", fr: "Vérifications de l’Espace partenaires";
    IssuesCount, en: "{errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}", fr: "{errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}";
    NoIssues, en: "No problem found.", fr: "Aucun problème détecté.";
    GoToField, en: "Go to the field", fr: "Aller au champ";
    ErrorPrefix, en: "Error:", fr: "Erreur :";
    WarningPrefix, en: "Warning:", fr: "Avertissement :";
    IncludeSolution, en: "Import “{name}”", fr: "Importer « {name} »";
    SolutionApp, en: "App", fr: "Application";
    SolutionService, en: "Service", fr: "Service";
    ImportLocation, en: "Import the location “{name}”", fr: "Importer l’emplacement « {name} »";
    MarketsHeading, en: "Solutions to market from this location", fr: "Solutions à commercialiser à partir de cet emplacement";
    NoSolutionsToMarket, en: "No solution is being imported for this profile.", fr: "Aucune solution n’est importée pour ce profil.";
    NoSolutions, en: "This profile has no app or service profile.", fr: "Ce profil n’a aucun profil d’application ou de service.";
    WillBeCreated, en: "Will be created", fr: "Sera créé";
    WillNotBeImported, en: "Will not be imported", fr: "Ne sera pas importé";
    WasNotImported, en: "Not imported", fr: "Non importé";
    ReferralsKept, en: "{count} {count|customer referral was|customer referrals were} not imported: see and download them in the Customer referrals tab.",
        fr: "{count} {count|référence client n’a pas été importée|références client n’ont pas été importées} : consultez-les et téléchargez-les dans l’onglet Références client.";
    Referrals, en: "Customer referrals ({count})", fr: "Références client ({count})";
    DroppedProducts, en: "Product tags that are not Microsoft products", fr: "Produits qui ne sont pas des produits Microsoft";
    OtherLeftOut, en: "Also left out", fr: "Également exclus";
    AckReferrals, en: "I have noted or downloaded my customer referrals.", fr: "J’ai noté ou téléchargé mes références client.";
    AckClosure, en: "I understand that importing closes my Pinpoint account for good.", fr: "Je comprends que l’importation clôture définitivement mon compte Pinpoint.";
    ClosureStatement, en: "Importing closes your Pinpoint account for good: it cannot be reopened or imported again. Everything below is created at once, or nothing is.",
        fr: "L’importation clôture définitivement votre compte Pinpoint : il ne pourra être ni rouvert ni importé à nouveau. Tout ce qui suit est créé d’un coup, ou rien ne l’est.";
    ImportNow, en: "Import and close my Pinpoint account", fr: "Importer et clôturer mon compte Pinpoint";
    Importing, en: "Importing… keep this page open.", fr: "Importation en cours… gardez cette page ouverte.";
    CannotImportYet, en: "Fix the errors and give both confirmations to import.", fr: "Corrigez les erreurs et donnez les deux confirmations pour importer.";
    RetryImport, en: "Retry the import", fr: "Relancer l’importation";
    ImportRefused, en: "The import was refused; your edits are kept.", fr: "L’importation a été refusée ; vos modifications sont conservées.";
    Solutions, en: "Solutions", fr: "Solutions";
    Locations, en: "Locations", fr: "Emplacements";
    MarketedHere, en: "Markets: {list}", fr: "Commercialise : {list}";

    // --- Profile fields ---
    FieldName, en: "Business name", fr: "Nom de l’entreprise";
    FieldDescription, en: "Description", fr: "Description";
    FieldWebsite, en: "Website", fr: "Site web";
    FieldLinkedin, en: "LinkedIn company page", fr: "Page entreprise LinkedIn";
    FieldLogo, en: "Logo", fr: "Logo";
    FieldLogoUrl, en: "Logo address (URL)", fr: "Adresse du logo (URL)";
    FieldLogoFormat, en: "Logo format", fr: "Format du logo";
    FieldLogoWidth, en: "Width (px)", fr: "Largeur (px)";
    FieldLogoHeight, en: "Height (px)", fr: "Hauteur (px)";
    LogoNone, en: "No logo", fr: "Pas de logo";
    AddLogo, en: "Add a logo", fr: "Ajouter un logo";
    RemoveLogo, en: "Remove the logo", fr: "Retirer le logo";
    FieldIndustries, en: "Industries", fr: "Secteurs";
    FieldProducts, en: "Microsoft products", fr: "Produits Microsoft";
    FieldServiceTypes, en: "Service types", fr: "Types de service";
    FieldTags, en: "Solutions, skills and capabilities (tags)", fr: "Solutions, compétences et capacités (mots-clés)";
    TagN, en: "Tag {n}", fr: "Mot-clé {n}";
    TagsCount, en: "{count} of at most {limit} tags", fr: "{count} {count|mot-clé|mots-clés} sur {limit} au plus";
    AddTag, en: "Add a tag", fr: "Ajouter un mot-clé";
    RemoveTag, en: "Remove tag {n}", fr: "Retirer le mot-clé {n}";
    FieldTargetSizes, en: "Customer sizes you target", fr: "Tailles de clients visées";
    FieldEndorsements, en: "Allow customers to endorse this profile", fr: "Autoriser les clients à recommander ce profil";
    SectionInfo, en: "Partner info", fr: "Informations sur le partenaire";
    SectionExpertise, en: "Expertise", fr: "Expertise";
    SectionPreferences, en: "Preferences", fr: "Préférences";
    FieldSolutionName, en: "Solution name", fr: "Nom de la solution";
    FieldSummary, en: "Summary", fr: "Résumé";
    FieldSolutionDescription, en: "Solution description", fr: "Description de la solution";
    FieldUrl, en: "Web address", fr: "Adresse web";
    FieldLocationName, en: "Location name", fr: "Nom de l’emplacement";
    FieldPhone, en: "Phone", fr: "Téléphone";
    FieldEmail, en: "Email", fr: "E-mail";
    FieldLine1, en: "Address line 1", fr: "Adresse ligne 1";
    FieldLine2, en: "Address line 2", fr: "Adresse ligne 2";
    FieldCity, en: "City", fr: "Ville";
    FieldPostalCode, en: "Postal code", fr: "Code postal";
    FieldCountry, en: "Country (ISO code, e.g. FR)", fr: "Pays (code ISO, p. ex. FR)";
    FieldRegion, en: "Country or region (ISO code, e.g. FR)", fr: "Pays ou région (code ISO, p. ex. FR)";

    // --- Profile page ---
    ProfileNotFound, en: "This business profile does not exist.", fr: "Ce profil commercial n’existe pas.";
    SaveChanges, en: "Save changes", fr: "Enregistrer les modifications";
    Saved, en: "Saved.", fr: "Enregistré.";
    Deleting, en: "Deleting…", fr: "Suppression…";
    ResetChanges, en: "Undo changes", fr: "Annuler les modifications";
    AddressImmutable, en: "An address cannot be edited: to move a location, delete it and add it again.",
        fr: "Une adresse ne peut pas être modifiée : pour déplacer un emplacement, supprimez-le puis ajoutez-le à nouveau.";
    LocationsLimit, en: "A business profile has 1 to {limit} locations ({count} now).", fr: "Un profil commercial a de 1 à {limit} emplacements ({count} actuellement).";
    AddLocation, en: "Add a location", fr: "Ajouter un emplacement";
    NewLocationN, en: "New location {n}", fr: "Nouvel emplacement {n}";
    RemoveNewLocation, en: "Remove new location {n}", fr: "Retirer le nouvel emplacement {n}";
    CorrectBeforeImport, en: "Correct this location before importing it: once imported, its address can no longer change.",
        fr: "Corrigez cet emplacement avant de l’importer : une fois importé, son adresse ne peut plus être modifiée.";
    DeleteLocationNamed, en: "Delete the location “{name}”", fr: "Supprimer l’emplacement « {name} »";
    SaveLocationNamed, en: "Save the location “{name}”", fr: "Enregistrer l’emplacement « {name} »";
    DeleteSolutionNamed, en: "Delete the solution “{name}”", fr: "Supprimer la solution « {name} »";
    Cancel, en: "Cancel", fr: "Annuler";
    DeleteAction, en: "Delete", fr: "Supprimer";
    DeleteLocationTitle, en: "Delete the location “{name}”?", fr: "Supprimer l’emplacement « {name} » ?";
    DeleteLocationText, en: "Its name, address, phone number and e-mail address, and the solutions it markets, are removed from this business profile. This cannot be undone.",
        fr: "Son nom, son adresse, son numéro de téléphone et son adresse e-mail, ainsi que les solutions qui y sont commercialisées, sont retirés de ce profil commercial. Cette action est irréversible.";
    DeleteSolutionTitle, en: "Delete the solution “{name}”?", fr: "Supprimer la solution « {name} » ?";
    DeleteSolutionText, en: "It is removed from this business profile and from every location. A deleted solution can never be added again: solutions come only from the Pinpoint import.",
        fr: "Elle est retirée de ce profil commercial et de tous ses emplacements. Une solution supprimée ne pourra plus jamais être ajoutée : les solutions proviennent uniquement de l’importation Pinpoint.";
    SaveSolutions, en: "Save the solutions of “{name}”", fr: "Enregistrer les solutions de « {name} »";
    NoSolutionsLeft, en: "This profile has no solution.", fr: "Ce profil n’a aucune solution.";
    ImportedFrom, en: "Imported from Pinpoint profile {id}", fr: "Importé du profil Pinpoint {id}";

    // --- New profile ---
    NewProfileTitle, en: "Create a new business profile", fr: "Créer un nouveau profil commercial";
    NewProfileIntro, en: "A new profile starts without solutions (solutions come only from the Pinpoint import) and needs at least one location.",
        fr: "Un nouveau profil commence sans solution (les solutions proviennent uniquement de l’importation Pinpoint) et demande au moins un emplacement.";
    FirstLocation, en: "First location", fr: "Premier emplacement";
    CreateAction, en: "Create the profile", fr: "Créer le profil";
    Creating, en: "Creating…", fr: "Création…";
    CspOnlyNotice, en: "Only Cloud Solution Provider partners can create a new business profile.", fr: "Seuls les partenaires Fournisseur de solutions cloud peuvent créer un nouveau profil commercial.";

    // --- Results ---
    ResultsTitle, en: "Import complete", fr: "Importation terminée";
    ResultsIntro, en: "Imported on {date}. Your Pinpoint account is now closed.", fr: "Importé le {date}. Votre compte Pinpoint est désormais clôturé.";
    ResultsCreated, en: "Business profiles created", fr: "Profils commerciaux créés";
    ResultsWarnings, en: "Notes", fr: "Remarques";
    ImportId, en: "Import {id}", fr: "Importation {id}";
    OpenProfile, en: "Open “{name}”", fr: "Ouvrir « {name} »";
}

#[cfg(test)]
mod tests {
    use super::*;
    use transition_domain::labels::Label;
    use transition_domain::report::Report;
    use transition_domain::vocabulary::{replaced_word, uses, TERMS};
    use transition_domain::Code;

    /// Every text a person reads, in `lang`: the app's, the labels', the
    /// issues' (the API's problems and the CLI use them too) and the CLI's
    /// reports'.
    fn every_text(lang: Lang) -> Vec<&'static str> {
        let app = T::ALL.iter().map(|t| t.text(lang));
        let labels = Label::ALL.iter().map(|l| l.text(lang));
        let codes = Code::ALL.iter().map(|c| c.text(lang));
        let report = Report::ALL.iter().map(|r| r.text(lang));
        app.chain(labels).chain(codes).chain(report).collect()
    }

    #[test]
    fn the_catalogues_speak_the_documents_words_and_none_of_the_replaced_ones() {
        for lang in Lang::ALL {
            let texts = every_text(lang);
            for text in &texts {
                assert_eq!(replaced_word(text), None, "{lang:?}: {text}");
            }
            for &term in TERMS {
                assert!(
                    texts.iter().any(|text| uses(text, term, lang)),
                    "{lang:?}: no text says “{}”",
                    term.text(lang)
                );
            }
        }
        // The menu path of the document, word for word.
        assert_eq!(T::AccountSettings.text(Lang::Fr), "Paramètres du compte");
        assert_eq!(T::BusinessProfile.text(Lang::Fr), "Profil commercial");
        assert_eq!(
            T::ImportFromPinpoint.text(Lang::Fr),
            "Importer à partir de Pinpoint"
        );
        assert_eq!(
            T::ServiceCentre.text(Lang::Fr),
            "Contactez votre Centre de service régional"
        );
        assert_eq!(
            T::MarketsHeading.text(Lang::Fr),
            "Solutions à commercialiser à partir de cet emplacement"
        );
    }

    #[test]
    fn counts_agree_with_their_nouns() {
        let issues = |lang, errors: usize, warnings: usize| {
            T::IssuesCount.fill(lang, &[("errors", &errors), ("warnings", &warnings)])
        };
        assert_eq!(issues(Lang::En, 1, 0), "1 error, 0 warnings");
        assert_eq!(issues(Lang::En, 2, 1), "2 errors, 1 warning");
        assert_eq!(issues(Lang::Fr, 1, 0), "1 erreur, 0 avertissement");
        assert_eq!(issues(Lang::Fr, 9, 2), "9 erreurs, 2 avertissements");
        for lang in Lang::ALL {
            for text in every_text(lang) {
                assert!(!text.contains("(s)"), "{lang:?}: {text}");
            }
        }
    }

    #[test]
    fn texts_fill_their_placeholders() {
        assert_eq!(
            T::StepOf.fill(Lang::Fr, &[("n", &2), ("total", &6)]),
            "Étape 2 sur 6"
        );
        assert_eq!(
            T::Characters.fill(Lang::En, &[("count", &3), ("limit", &100)]),
            "3 / 100 characters"
        );
    }
}
