//! The edits a partner makes to a profile's fields, as data. The wizard,
//! the profile page and the new-profile page all turn a keystroke into an
//! [`Edit`], fold it into `ProfileOverrides` (the API's own patch type), and
//! let the domain check the result. Catalogue choices (industries, products,
//! service types, sizes) are matched with the catalogue's own `find`.

use transition_domain::catalog::{Industry, Product, ServiceType, TargetSize};
use transition_domain::input::LogoInput;
use transition_domain::request::ProfileOverrides;
use transition_domain::Messages;

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Name(String),
    Description(String),
    Website(String),
    /// Empty text removes the page.
    Linkedin(String),
    Logo(Option<LogoInput>),
    Industries(Vec<String>),
    Products(Vec<String>),
    ServiceTypes(Vec<String>),
    Tags(Vec<String>),
    TargetSizes(Vec<String>),
    Endorsements(bool),
}

impl Edit {
    /// Folds this edit into a patch.
    pub fn apply(self, o: &mut ProfileOverrides) {
        match self {
            Edit::Name(v) => o.name = Some(v),
            Edit::Description(v) => o.description = Some(v),
            Edit::Website(v) => o.website = Some(v),
            Edit::Linkedin(v) => {
                o.linkedin = Some(if v.trim().is_empty() { None } else { Some(v) });
            }
            Edit::Logo(v) => o.logo = Some(v),
            Edit::Industries(v) => o.industries = Some(v),
            Edit::Products(v) => o.products = Some(v),
            Edit::ServiceTypes(v) => o.service_types = Some(v),
            Edit::Tags(v) => o.tags = Some(v),
            Edit::TargetSizes(v) => o.target_sizes = Some(v),
            Edit::Endorsements(v) => o.allow_endorsements = Some(v),
        }
    }
}

/// One checkbox of a catalogue choice.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// The catalogue's canonical name, or a value the catalogue does not
    /// know (shown so that it can be unchecked).
    pub key: String,
    pub label: String,
    pub checked: bool,
}

/// Which catalogue a list of values draws from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Catalogue {
    Industries,
    Products,
    ServiceTypes,
    TargetSizes,
}

impl Catalogue {
    /// The canonical name `text` stands for, if the catalogue knows it.
    fn canonical(self, text: &str) -> Option<&'static str> {
        match self {
            Catalogue::Industries => Industry::find(text).map(Industry::name),
            Catalogue::Products => Product::find(text).map(Product::name),
            Catalogue::ServiceTypes => ServiceType::find(text).map(ServiceType::name),
            Catalogue::TargetSizes => TargetSize::find(text).map(TargetSize::name),
        }
    }

    /// Every entry: canonical name and label in `messages`' language.
    fn entries(self, messages: &Messages) -> Vec<(&'static str, String)> {
        match self {
            Catalogue::Industries => Industry::ALL
                .iter()
                .map(|e| (e.name(), e.label(messages)))
                .collect(),
            Catalogue::Products => Product::ALL
                .iter()
                .map(|e| (e.name(), e.label(messages)))
                .collect(),
            Catalogue::ServiceTypes => ServiceType::ALL
                .iter()
                .map(|e| (e.name(), e.label(messages)))
                .collect(),
            Catalogue::TargetSizes => TargetSize::ALL
                .iter()
                .map(|e| (e.name(), e.label(messages)))
                .collect(),
        }
    }

    /// True when the partner's search `query` finds the choice `key`
    /// (shown as `label`): the catalogue's own search
    /// ([`transition_domain::catalog::search_matches`]) over its name in
    /// the partner's language, its canonical name and its aliases; a value
    /// the catalogue does not know, by its text.
    pub fn matches(self, key: &str, label: &str, query: &str, messages: &Messages) -> bool {
        let known = match self {
            Catalogue::Industries => Industry::find(key).map(|e| e.matches(query, messages)),
            Catalogue::Products => Product::find(key).map(|e| e.matches(query, messages)),
            Catalogue::ServiceTypes => ServiceType::find(key).map(|e| e.matches(query, messages)),
            Catalogue::TargetSizes => TargetSize::find(key).map(|e| e.matches(query, messages)),
        };
        known.unwrap_or_else(|| transition_domain::catalog::search_matches(label, query))
    }

    /// The checkboxes for `current`: every catalogue entry, then each
    /// current value the catalogue does not know.
    pub fn choices(self, current: &[String], messages: &Messages) -> Vec<Choice> {
        let mut out: Vec<Choice> = self
            .entries(messages)
            .into_iter()
            .map(|(name, label)| Choice {
                key: name.to_owned(),
                label,
                checked: current.iter().any(|v| self.canonical(v) == Some(name)),
            })
            .collect();
        for value in current {
            if self.canonical(value).is_none() && !out.iter().any(|c| &c.key == value) {
                out.push(Choice {
                    key: value.clone(),
                    label: value.clone(),
                    checked: true,
                });
            }
        }
        out
    }

    /// The values of `current` as chosen entries, in their order: each
    /// entry once, by its canonical name and label; a value the catalogue
    /// does not know, as it is.
    pub fn chosen(self, current: &[String], messages: &Messages) -> Vec<Choice> {
        let entries = self.entries(messages);
        let mut out: Vec<Choice> = Vec::new();
        for value in current {
            let (key, label) = match self.canonical(value) {
                Some(name) => {
                    let label = entries
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map_or_else(|| name.to_owned(), |(_, l)| l.clone());
                    (name.to_owned(), label)
                }
                None => (value.clone(), value.clone()),
            };
            if !out.iter().any(|c| c.key == key) {
                out.push(Choice {
                    key,
                    label,
                    checked: true,
                });
            }
        }
        out
    }

    /// `current` with `key` checked or unchecked: every spelling of the
    /// same entry goes, and a checked entry is added by its canonical name.
    pub fn toggle(self, current: &[String], key: &str, on: bool) -> Vec<String> {
        let target = self.canonical(key);
        let mut out: Vec<String> = current
            .iter()
            .filter(|v| match target {
                Some(name) => self.canonical(v) != Some(name),
                None => v.as_str() != key,
            })
            .cloned()
            .collect();
        if on {
            out.push(target.map(str::to_owned).unwrap_or_else(|| key.to_owned()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_fold_into_overrides() {
        let mut o = ProfileOverrides::default();
        Edit::Name("Contoso".into()).apply(&mut o);
        Edit::Linkedin("  ".into()).apply(&mut o);
        Edit::Endorsements(false).apply(&mut o);
        assert_eq!(o.name.as_deref(), Some("Contoso"));
        assert_eq!(o.linkedin, Some(None));
        assert_eq!(o.allow_endorsements, Some(false));
        Edit::Linkedin("https://www.linkedin.com/company/x".into()).apply(&mut o);
        assert_eq!(
            o.linkedin,
            Some(Some("https://www.linkedin.com/company/x".into()))
        );
    }

    #[test]
    fn choices_follow_the_catalogue_and_keep_unknown_values() {
        let current = vec!["office 365".to_owned(), "Salesforce CRM".to_owned()];
        let choices = Catalogue::Products.choices(
            &current,
            transition_domain::locales::messages(transition_domain::Lang::En),
        );
        assert!(choices
            .iter()
            .any(|c| c.key == "Microsoft 365" && c.checked));
        assert!(choices
            .iter()
            .any(|c| c.key == "Microsoft Azure" && !c.checked));
        assert_eq!(
            choices.last().map(|c| c.key.as_str()),
            Some("Salesforce CRM")
        );
        let off = Catalogue::Products.toggle(&current, "Microsoft 365", false);
        assert_eq!(off, vec!["Salesforce CRM"]);
        let off = Catalogue::Products.toggle(&off, "Salesforce CRM", false);
        assert!(off.is_empty());
        let on = Catalogue::Products.toggle(&off, "Azure", true);
        assert_eq!(on, vec!["Microsoft Azure"]);
    }

    #[test]
    fn a_search_finds_choices_by_label_name_or_alias() {
        let fr = transition_domain::locales::messages(transition_domain::Lang::Fr);
        let found = |catalogue: Catalogue, query: &str| -> Vec<String> {
            catalogue
                .choices(&["Salesforce CRM".to_owned()], fr)
                .into_iter()
                .filter(|c| catalogue.matches(&c.key, &c.label, query, fr))
                .map(|c| c.key)
                .collect()
        };
        assert_eq!(found(Catalogue::Industries, "éduc"), vec!["Education"]);
        assert_eq!(found(Catalogue::Industries, "EDUC"), vec!["Education"]);
        assert_eq!(found(Catalogue::Products, "o365"), vec!["Microsoft 365"]);
        assert_eq!(found(Catalogue::Products, "salesf"), vec!["Salesforce CRM"]);
        assert!(found(Catalogue::Products, "zzz").is_empty());
        assert_eq!(found(Catalogue::Products, "").len(), 16);
    }

    #[test]
    fn chosen_values_keep_their_order_once_each() {
        let fr = transition_domain::locales::messages(transition_domain::Lang::Fr);
        let current: Vec<String> = [
            "Retail",
            "education",
            "Salesforce CRM",
            "Éducation",
            "EDUCATION",
        ]
        .map(str::to_owned)
        .to_vec();
        let chosen = Catalogue::Industries.chosen(&current, fr);
        let keys: Vec<&str> = chosen.iter().map(|c| c.key.as_str()).collect();
        assert_eq!(
            keys,
            vec!["Retail", "Education", "Salesforce CRM", "Éducation"]
        );
        assert_eq!(chosen[1].label, "Éducation");
        assert!(chosen.iter().all(|c| c.checked));
    }

    #[test]
    fn sizes_have_labels_in_both_languages() {
        let fr = Catalogue::TargetSizes.choices(
            &["small".into()],
            transition_domain::locales::messages(transition_domain::Lang::Fr),
        );
        assert_eq!(fr.len(), 4);
        assert!(fr[0].checked && fr[0].label.starts_with("Petite"));
    }
}
