//! The document's own words. The product implements Partner Center's
//! "Effectuer la transition de Pinpoint vers l’Espace partenaires": its
//! French terms, and Partner Center's English ones, are the product's;
//! the words they replaced must not come back. The catalogues' tests (here
//! for the domain's, in the app for all of them) hold every text to it.

use crate::catalogue::Lang;

/// A term of the document, in both languages, with the French words it
/// replaced.
#[derive(Debug, Clone, Copy)]
pub struct Term {
    pub en: &'static str,
    pub fr: &'static str,
    /// Words once used for it that the document does not use.
    pub replaced: &'static [&'static str],
}

impl Term {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Fr => self.fr,
        }
    }
}

/// The terms, as the document and Partner Center write them.
pub const TERMS: &[Term] = &[
    Term {
        en: "Business profile",
        fr: "Profil commercial",
        replaced: &[
            "profil d’entreprise",
            "profils d’entreprise",
            "profil d'entreprise",
        ],
    },
    Term {
        en: "Business profiles",
        fr: "Profils commerciaux",
        replaced: &[],
    },
    Term {
        en: "Import from Pinpoint",
        fr: "Importer à partir de Pinpoint",
        replaced: &["depuis Pinpoint"],
    },
    Term {
        en: "customer referrals",
        fr: "références client",
        replaced: &["recommandation"],
    },
    Term {
        en: "solutions to market",
        fr: "solutions à commercialiser",
        replaced: &[
            "solutions proposées",
            "solutions qu’il propose",
            "solutions marketed",
        ],
    },
    Term {
        en: "closed",
        fr: "clôturé",
        replaced: &["fermé", "ferme votre", "ferme mon", "ferme définitivement"],
    },
    Term {
        en: "regional service center",
        fr: "Centre de service régional",
        replaced: &["centre de services", "service centre"],
    },
    Term {
        en: "Customer reviews",
        fr: "Avis des clients",
        replaced: &["avis client"],
    },
];

/// The first replaced word `text` uses, if any (case is ignored).
pub fn replaced_word(text: &str) -> Option<&'static str> {
    let text = text.to_lowercase();
    TERMS
        .iter()
        .flat_map(|term| term.replaced.iter().copied())
        .find(|word| text.contains(&word.to_lowercase()))
}

/// True when `text` uses `term` in `lang` (case is ignored).
pub fn uses(text: &str, term: Term, lang: Lang) -> bool {
    text.to_lowercase()
        .contains(&term.text(lang).to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;
    use crate::labels::Label;
    use crate::report::Report;

    fn texts(lang: Lang) -> Vec<&'static str> {
        let codes = Code::ALL.iter().map(|c| c.text(lang));
        let labels = Label::ALL.iter().map(|l| l.text(lang));
        let report = Report::ALL.iter().map(|r| r.text(lang));
        codes.chain(labels).chain(report).collect()
    }

    #[test]
    fn the_domain_catalogues_use_none_of_the_replaced_words() {
        for lang in Lang::ALL {
            for text in texts(lang) {
                assert_eq!(replaced_word(text), None, "{text}");
            }
        }
    }

    #[test]
    fn the_domain_catalogues_use_the_document_terms() {
        for (fr, en) in [
            ("Profil commercial", "business profile"),
            ("références client", "customer referrals"),
            ("clôturé", "closed"),
            ("Centre de service régional", "regional service center"),
            ("importer à partir de Pinpoint", "import from Pinpoint"),
        ] {
            let used = |lang, word: &str| {
                texts(lang)
                    .iter()
                    .any(|t| t.to_lowercase().contains(&word.to_lowercase()))
            };
            assert!(used(Lang::Fr, fr), "no French text says {fr}");
            assert!(used(Lang::En, en), "no English text says {en}");
        }
    }

    #[test]
    fn replaced_words_are_found_whatever_their_case() {
        assert_eq!(
            replaced_word("Le Profil d’entreprise"),
            Some("profil d’entreprise")
        );
        assert_eq!(
            replaced_word("Contactez votre centre de services régional"),
            Some("centre de services")
        );
        assert_eq!(replaced_word("Compte clôturé"), None);
        assert!(uses("Votre PROFIL COMMERCIAL", TERMS[0], Lang::Fr));
    }
}
